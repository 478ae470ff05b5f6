// Long-text benchmark: lays out and renders one document whose text is `scale` times a
// base size, in one of four shapes, and prints the time and the process's peak memory.
// Compiled by run.sh together with Sources/ReportKit into one module (no package
// target), so `ReportDocument` etc. need no import.
//
// usage: longtext-bench SHAPE SCALE PDF_OUT
//   SHAPE  document  SCALE x 20 paragraphs of 1,000 characters of ordinary words
//          words     one paragraph of ordinary words (base: 450 characters)
//          word      one unbroken word in a paragraph (base: 450 characters)
//          cell      one unbroken word in a table cell, beside short cells (base: 450)
//          header    one unbroken word as a running header and a heading (base: 450)
// The base is small enough that 100x (45,000 characters) is within the 50,000 a single
// text may have (`TextLimits`); longer text is refused with an error, never clipped.
//          cellwords, list, keyvalue   ordinary words in a table cell, a list item, a
//                    key-value pair (with an unbroken word as a label)
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 4, let scale = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: longtext-bench words|word|cell|header SCALE PDF_OUT\n".utf8))
    exit(2)
}
let shape = arguments[1]
let base = shape == "document" ? 20_000 : 450
let sentence = "Work builds up gradually so that the hours match what can be sustained. "
let words = String(String(repeating: sentence, count: base * scale / sentence.count + 1).prefix(base * scale))
let word = String(repeating: "W", count: base * scale)

var header = RunningHeader(left: "Service", right: "Plan")
var blocks: [Block] = [.heading(level: 1, text: "Long text")]
switch shape {
case "document":
    let paragraph = String(String(repeating: sentence, count: 1_000 / sentence.count + 1).prefix(1_000))
    blocks += Array(repeating: Block.paragraph(RichText(paragraph)), count: 20 * scale)
case "words": blocks.append(.paragraph(RichText(words)))
case "word": blocks.append(.paragraph(RichText(word)))
case "cell":
    blocks.append(.table(Table(columns: [TableColumn("Name"), TableColumn("Week"), TableColumn("Notes", weight: 2)],
                               rows: [TableRow([RichText(word), "1", "Short note"]), TableRow(["Ann", "2", "Another"])])))
case "cellwords":
    blocks.append(.table(Table(columns: [TableColumn("Name"), TableColumn("Week"), TableColumn("Notes", weight: 2)],
                               rows: [TableRow(["Ann", "1", RichText(words)]), TableRow(["Ann", "2", "Another"])])))
case "list":
    blocks.append(.bulletList([RichText(words), "Short item"]))
case "keyvalue":
    blocks.append(.keyValues([KeyValue("Note", RichText(words)), KeyValue(RichText(word), "Value")]))
case "header":
    header = RunningHeader(left: word, right: "Plan")
    blocks.append(.heading(level: 2, text: RichText(word)))
default:
    FileHandle.standardError.write(Data("unknown shape \(shape)\n".utf8))
    exit(2)
}
let document = ReportDocument(
    metadata: DocumentMetadata(title: "Long text", author: "bench", creator: "bench", creationDate: "2026-03-02",
                               language: "en-GB"),
    header: header, footer: RunningFooter(left: "BENCH"), blocks: blocks)

let started = Date()
let status: String
do {
    let pdf = try PDFRenderer().render(document)
    try Data(pdf).write(to: URL(fileURLWithPath: arguments[3]))
    status = "ok"
} catch {
    status = "error: \(error)"
}
let seconds = Date().timeIntervalSince(started)
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "%@ x%d (%d characters): %.3f s, peak %.0f MB, %@", shape, scale, base * scale, seconds,
             Double(usage.ru_maxrss) / 1024, status))
