// Layout benchmark: renders a 3-page plan-like document with ReportKit as
// many times as fits in the given seconds and prints documents per second.
// Compiled by run.sh together with Sources/ReportKit into one module (no
// package target), so `ReportDocument` etc. need no import.
//
// usage: reportkit-bench SECONDS TEXT_OUT PDF_OUT
// TEXT_OUT receives the document's text, one paragraph or cell per line, for
// the pango-cairo floor (floor.c) to draw the same text.
import Foundation

func planDocument() -> ReportDocument {
    let weeks = 1...12
    let schedule = weeks.map { week in
        TableRow(cells: ["Week \(week)", "Mon \(6 + week) Apr", week < 4 ? "Mon, Wed, Fri" : "Mon to Thu",
                         "\(min(4 + week / 2, 7)) h", "\(min(12 + week * 2, 37)) h", "\(min(32 + week * 5, 100))%",
                         week % 4 == 0 ? "Review with line manager" : "Office duties only"],
                 emphasis: week % 4 == 0 ? .shaded : .normal)
    }
    let adjustments = (1...8).map { index in
        TableRow(cells: ["Adjustment \(index): a quieter desk away from the main walkway, with a headset",
                         "Line manager", "By week \(index)", "Reduces noise and interruptions while concentration recovers."])
    }
    let filler = "Your return builds up gradually so that the hours and duties you take on match what you can sustain, "
        + "and so that any difficulty is noticed early and the plan adjusted rather than abandoned. "
    return ReportDocument(
        metadata: DocumentMetadata(title: "Phased return-to-work plan: Alex Example", author: "Northwind VR",
                                   creator: "bench", creationDate: "2026-03-02", language: "en-GB"),
        header: RunningHeader(left: "Northwind Vocational Rehabilitation", right: "Phased return-to-work plan"),
        footer: RunningFooter(left: "NW-2026-0042", center: "Confidential: for the employee, employer and case manager"),
        blocks: [
            .heading(level: 1, text: "Phased return-to-work plan"),
            .paragraph(.bold("Alex Example, Customer services adviser") + ", Northwind Utilities", style: .lead),
            .paragraph(RichText(filler + filler)),
            .heading(level: 2, text: "Who is involved"),
            .keyValues([
                KeyValue("Employee", "Alex Example, Customer services adviser"),
                KeyValue("Employer", "Northwind Utilities, 1 Harbour Street, Glasgow G1 1AA"),
                KeyValue("Line manager", RichText("Peter Doyle, 0141 555 0123, ") + .email("p.doyle@example.org")),
                KeyValue("Case manager", RichText("Sam Rivers, 0141 555 0456, ") + .email("s.rivers@example.org")),
            ]),
            .heading(level: 2, text: "Aims"),
            .bulletList(["Return to full contracted hours (37 hours) by week 12.",
                         "Resume telephone duties from week 6, starting with two hours a day.",
                         "Keep symptoms manageable, with regular breaks away from the screen."]),
            .heading(level: 2, text: "Week by week"),
            .paragraph(RichText(filler)),
            .table(Table(columns: [TableColumn("Week"), TableColumn("Starting"), TableColumn("Days", weight: 1.4),
                                   TableColumn("Hours a day", alignment: .trailing),
                                   TableColumn("Hours a week", alignment: .trailing),
                                   TableColumn("Of contract", alignment: .trailing),
                                   TableColumn("Duties", weight: 2)],
                         rows: schedule, caption: "Schedule")),
            .heading(level: 2, text: "Adjustments"),
            .table(Table(columns: [TableColumn("Adjustment", weight: 2.5), TableColumn("Who"), TableColumn("When"),
                                   TableColumn("Why", weight: 2.5)], rows: adjustments)),
            .heading(level: 2, text: "If things get harder"),
            .callout(title: "A bad week or a flare-up", body: [RichText(filler), "Call your case manager the same day."]),
            .paragraph(RichText(filler + filler + filler)),
            .keepTogether([
                .heading(level: 2, text: "Agreement"),
                .paragraph("By signing below we agree to this plan and to review it at the dates above."),
                .signatures([SignatureField(role: "Employee", name: "Alex Example"),
                             SignatureField(role: "Employer", name: "Peter Doyle"),
                             SignatureField(role: "Case manager", name: "Sam Rivers")], labels: SignatureLabels(name: "Name", signature: "Signature", date: "Date")),
            ]),
        ])
}

/// Every string the document shows, in order: what the floor draws.
func texts(of document: ReportDocument) -> [String] {
    var lines: [String] = [document.header?.left ?? "", document.footer.left, document.footer.center ?? ""]
    func add(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case let .heading(_, text): lines.append(text.plainText)
            case let .paragraph(text, _): lines.append(text.plainText)
            case let .keyValues(pairs): lines += pairs.flatMap { [$0.label.plainText, $0.value.plainText] }
            case let .bulletList(items): lines += items.map(\.plainText)
            case let .table(table):
                lines += table.columns.map(\.title.plainText) + table.rows.flatMap { $0.cells.map(\.plainText) }
            case let .callout(title, body, bullets, closing):
                lines += [title?.plainText ?? ""] + (body + bullets + closing).map { $0.plainText }
            case let .signatures(fields, labels): lines += fields.flatMap { [$0.role, $0.name ?? "", labels.name, labels.signature, labels.date] }
            case let .keepTogether(inner): add(inner)
            case let .columns(columns, _): add(Array(columns.joined()))
            case .chart, .spacer, .pageBreak: break
            }
        }
    }
    add(document.blocks)
    return lines.filter { !$0.isEmpty }
}

let arguments = CommandLine.arguments
let seconds = arguments.count > 1 ? Double(arguments[1]) ?? 3 : 3
let document = planDocument()
let renderer = PDFRenderer()
let sample = try renderer.render(document)
if arguments.count > 2 { try texts(of: document).joined(separator: "\n").write(toFile: arguments[2], atomically: true, encoding: .utf8) }
if arguments.count > 3 { try Data(sample).write(to: URL(fileURLWithPath: arguments[3])) }
let start = Date()
var count = 0
var bytes = 0
while Date().timeIntervalSince(start) < seconds {
    bytes += try renderer.render(document).count
    count += 1
}
let elapsed = Date().timeIntervalSince(start)
print(String(format: "reportkit %.1f docs/s (%.2f ms each, %d KB)", Double(count) / elapsed,
             elapsed / Double(count) * 1000, sample.count / 1024))
