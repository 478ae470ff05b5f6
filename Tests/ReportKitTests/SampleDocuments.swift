import Foundation
@testable import ReportKit

/// Documents used by the tests: one with every block type, and stress cases.
enum SampleDocuments {
    static let metadata = DocumentMetadata(
        title: "Quarterly Facilities Report", author: "ReportKit Tests", subject: "Layout engine sample",
        keywords: "report, sample", creator: "ReportKitTests", creationDate: "2026-03-02T00:00:00Z",
        language: "en-GB")

    static let footer = RunningFooter(left: "REF-2026-0042", center: "Confidential: for the named recipients only")

    /// `everyBlock(tableRows:)` with a small grey logo (written as `name`) in its running header.
    static func withLogo(tableRows: Int, name: String) throws -> ReportDocument {
        let logo = PDFTools.directory.appendingPathComponent(name)
        let square = try ImageSurface(grayscale: [UInt8](repeating: 90, count: 40 * 20), width: 40, height: 20)
        try Data(try square.pngData()).write(to: logo)
        var document = everyBlock(tableRows: tableRows)
        document.header?.logoPNG = logo.path
        return document
    }

    static func everyBlock(tableRows: Int = 12) -> ReportDocument {
        let rows = (1...max(tableRows, 1)).map { index in
            TableRow(cells: ["Week \(index)", "Mon, Wed, Fri", "\(index * 2) h", index % 5 == 0 ? "Review" : "—"],
                     emphasis: index % 5 == 0 ? .shaded : .normal)
        } + [TableRow(cells: ["Total", "", "\(tableRows * (tableRows + 1)) h", ""], emphasis: .strong)]
        let filler = "The quick brown fox jumps over the lazy dog while the committee reviews the figures. "
        return ReportDocument(
            metadata: metadata,
            header: RunningHeader(left: "Northwind Facilities", right: "Quarterly report"),
            footer: footer,
            blocks: [
                .heading(level: 1, text: "Quarterly Facilities Report"),
                .paragraph("This report summarises the quarter's work and the plan for the next one.", style: .lead),
                .keyValues([
                    KeyValue("Prepared for", "Board of directors"),
                    KeyValue("Contact", RichText("Alex Example, ") + .email("alex@example.org")),
                    KeyValue("A rather long label that must wrap", "Value next to a long label"),
                ]),
                .heading(level: 2, text: "Summary"),
                .paragraph(RichText("Work went ") + .bold("well") + " and " + .italic("mostly") + " to plan. "
                    + RichText(String(repeating: filler, count: 4)), style: .body),
                .bulletList([
                    "Roof repairs finished ahead of schedule.",
                    RichText("A long bullet point that wraps onto a second line so that the hanging indent can be "
                        + "checked by eye: wrapped lines should line up with the text, not the bullet."),
                    RichText("See ") + .link("the website", url: "https://example.org/report") + " for details.",
                ]),
                .callout(title: "Key message", body: [
                    "Callouts hold the one thing a reader must not miss.",
                    "They are kept together on one page.",
                ]),
                .heading(level: 2, text: "Schedule"),
                .table(Table(
                    columns: [
                        TableColumn("Week", weight: 1),
                        TableColumn("Days", weight: 2),
                        TableColumn("Hours", weight: 1, alignment: .trailing),
                        TableColumn("Notes", weight: 1.5, alignment: .center),
                    ],
                    rows: rows,
                    caption: "Table 1: Weekly schedule")),
                .paragraph("Figures in the table are provisional.", style: .note),
                .heading(level: 3, text: "Small print"),
                .paragraph("Small text for terms and conditions.", style: .small),
                .spacer(12),
                .keepTogether([
                    .heading(level: 2, text: "Agreement"),
                    .paragraph("By signing below the parties agree to the plan above.", style: .body),
                    .signatures([
                        SignatureField(role: "Director", name: "Sam Signer"),
                        SignatureField(role: "Manager", name: nil),
                        SignatureField(role: "Auditor", name: "Robin Reviewer"),
                    ], labels: SignatureLabels(name: "Name", signature: "Signature", date: "Date")),
                ]),
                .pageBreak,
                .heading(level: 1, text: "Appendix"),
                .paragraph(RichText(String(repeating: filler, count: 10))),
            ])
    }
}
