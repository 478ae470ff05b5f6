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
            Reads every .yaml, .yml and .json file under the folders (and their subfolders) on all
            cores and prints the figures: referrals by source, tier mix, time from first contact to
            assessment, contacts per client, employment status at referral, discharge and follow-up
            (with transition tables by tier and deprivation), and measures at assessment against the
            latest review. Files that cannot be read are listed with their problems and left out;
            the others are still counted. With --out, writes the report as a PDF; with --csv, one
            CSV file per table. Exit 1 if any case file could not be read (after writing the report).
            """)

    @Argument(help: ArgumentHelp("Folders of case files (or single case files).", valueName: "dir"))
    var folders: [String]

    @Option(name: .long, help: ArgumentHelp("Write the report as a PDF to this file.", valueName: "report.pdf"))
    var out: String?

    @Option(name: .long, help: ArgumentHelp("Write one CSV file per table into this folder.", valueName: "dir"))
    var csv: String?

    @OptionGroup var parallel: JobsOption

    @Flag(name: .long, help: "Print only the summary line, not the tables.")
    var quiet = false

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
            scan = try CaseloadScanner(reader: loading.engine.reader, jobs: parallel.jobs).scan(folders) { read in
                progress.update(done: read)
            }
        } catch {
            progress.finish()
            throw CommandFailure.misuse("\(error)")
        }
        progress.finish()
        let seconds = Date().timeIntervalSince(started)
        for file in scan.invalid { for problem in file.problems { Terminal.error(problem) } }
        if scan.invalidNotListed > 0 { Terminal.note("\(scan.invalidNotListed) more case files could not be read; they are not listed.") }

        let labels = CaseloadLabels(wording: wording)
        if !quiet {
            print(try CaseloadTerminalReport(tables: CaseloadFigures(scan.tally).tables, labels: labels).render(), terminator: "")
        }
        let invalidNote = scan.invalidCount == 0 ? "" : scan.invalidCount == 1
            ? "; 1 could not be read and is left out" : "; \(scan.invalidCount) could not be read and are left out"
        print(String(format: "Read %d case files (%d clients counted%@) in %.2f s.", scan.filesRead, scan.tally.clients, invalidNote, seconds))

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
                let bytes = try CaseloadDocument(scan: scan, wording: wording, serviceName: nil).render()
                try AtomicFile.write(bytes, to: out)
                print("wrote \(out)")
            } catch {
                throw CommandFailure.invalid("\(out): \(error)")
            }
        }
        if scan.invalidCount > 0 { throw ExitCode(1) }
    }
}
