import CommandLineSupport
import ArgumentParser
import Caseload
import Documents
import Foundation
import PlanBuilder

struct CaseloadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload",
        abstract: "Report a service's outcomes across every case file in some folders.",
        discussion: """
            Reads every .yaml, .yml and .json file under the folders (and their subfolders) on all \
            cores and prints the figures: referrals by source, tier mix, time from first contact to \
            assessment, contacts per client, employment status at referral, discharge and follow-up \
            (with transition tables by tier and deprivation), and every measure at assessment against \
            the latest review. Small counts are shown as <5. Each client is counted once: a folder or \
            file named twice is read once, and a file repeating a case reference already counted is \
            left out. Files left out are listed here (on standard error, or with --problems in a \
            file for the case manager), never in the report. With --out, writes the report as a PDF; \
            with --csv, one CSV file per table. Exit 1 if any case file was left out (unreadable, a \
            repeated reference, or named twice), after writing the report; exit 2 on misuse.
            """)

    @Argument(help: ArgumentHelp("Folders of case files (or single case files).", valueName: "dir"))
    var folders: [String]

    @Option(name: .long, help: ArgumentHelp("Write the report as a PDF to this file.", valueName: "report.pdf"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Write one CSV file per table into this folder.", valueName: "dir"))
    var csv: String?

    @Option(name: .long, help: ArgumentHelp("Also write the files left out, and why, to this file (for the case manager; it names files).",
                                            valueName: "problems.txt"))
    var problems: String?

    @OptionGroup var parallel: JobsOption

    @Flag(name: .long, help: "Print only the summary line, not the tables.")
    var quiet = false

    @Flag(name: .long, help: "Read every case file in full, as validate does, and leave out any file with a problem anywhere in it (slower). Without it, only the fields the report counts are checked.")
    var checkWholeFiles = false

    @OptionGroup var common: CommonOptions


    func validate() throws {
        if let out { try OutputFolder.validate(out) }
        if let csv { try OutputFolder.validate(csv, option: "--csv") }
    }

    func run() throws {
        let loading = try CaseLoading(options: common)
        let wording: Wording
        do {
            wording = try CaseloadDocument.wording(templates: loading.engine.templatesDirectory)
        } catch {
            throw CommandFailure.misuse("\(error)")
        }
        let started = Date()
        let progress = ProgressBar(total: nil, label: "Reading case files")
        let scan: CaseloadScan
        do throws(CaseloadError) {
            scan = try CaseloadScanner(reader: loading.engine.reader, jobs: parallel.jobs, readsWholeFiles: checkWholeFiles).scan(folders) { read in
                progress.update(done: read)
            }
        } catch {
            progress.finish()
            throw CommandFailure.misuse("\(error)")
        }
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        let leftOut = CaseloadLeftOut(scan: scan)
        for line in leftOut.warnings { Terminal.warning(line) }
        for line in leftOut.errors { Terminal.error(line) }

        let labels = CaseloadLabels(wording: wording)
        if !quiet {
            print(try CaseloadTerminalReport(tables: CaseloadFigures(scan.tally).tables, labels: labels).render(), terminator: "")
        }
        print("Read \(leftOut.plural(scan.filesRead, "case file")) (\(leftOut.summary)) in \(String(format: "%.2f", seconds)) s.")

        if let problems {
            do {
                try AtomicFile.write(Array(leftOut.lines.map { $0 + "\n" }.joined().utf8), to: problems)
                print("wrote the files left out to \(problems)")
            } catch {
                throw CommandFailure.invalid("\(problems): \(error)")
            }
        }
        if let csv {
            do {
                let written = try CaseloadCSV.write(CaseloadFigures(scan.tally).tables, to: csv, label: labels.plainLabel)
                print("wrote \(written.count) CSV files into \(csv)")
            } catch {
                throw CommandFailure.invalid("\(error)")
            }
        }
        if let out {
            do {
                let bytes = try DocumentWorker(engine: loading.engine).renderCaseload(scan, wording: wording)
                try AtomicFile.write(bytes, to: out)
                print("wrote \(out)")
            } catch {
                throw CommandFailure.invalid("\(out): \(error)")
            }
        }
        if leftOut.anything { throw ExitCode(1) }
    }
}
