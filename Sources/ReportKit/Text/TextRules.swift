import Foundation

/// Rules every text of a document follows, applied where text is laid out
/// so no document has to remember them:
///
/// - phone numbers and dates never break across lines: the spaces inside
///   them become no-break spaces (a reader copying "0800 121 7479" from two
///   lines gets half a number; "3 / March 2026" reads badly);
/// - web addresses, e-mail addresses and phone numbers in body text are
///   links (`linked`), so a screen reader announces them and a reader can
///   tap them.
enum TextRules {
    private static let months = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
        + "|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        + "|Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
    /// Abbreviated weekdays stay with their date ("Wed 18 Mar"); a full
    /// name may end a line, or a narrow table column could not hold the date.
    private static let weekdays = "Mon|Tue|Wed|Thu|Fri|Sat|Sun|Llun|Maw|Mer|Iau|Gwe|Sad|Sul"

    /// UK and Irish numbers as services print them: "0800 121 7479",
    /// "0141 555 0123", "07700 900123", "0808 808 00 00", "+44 20 7946 0000",
    /// "(01) 555 1234" (9 to 13 digits, `isPhoneNumber`), plus the short
    /// helplines "116 123" and "NHS 111".
    private static let phone = try! NSRegularExpression(pattern:
        "(?<![\\w/.+-])(?:(?:\\+44|\\+353)[ \\u00A0]?\\(?0?\\)?\\d{1,4}|\\(0\\d{1,4}\\)|0\\d{2,4})"
        + "(?:[ \\u00A0]\\d{2,6}){1,4}(?![\\w/])"
        + "|(?<![\\w.])116[ \\u00A0]\\d{3}(?!\\w|\\.\\d)|(?<=(?:NHS|[Cc]all)[ \\u00A0])111(?!\\w)")
    private static let date = try! NSRegularExpression(pattern:
        "(?:\\b(?:\(weekdays)),? )?\\b\\d{1,2} (?:\(months))\\b(?: \\d{4}\\b)?"
        + "|\\b(?:\(months)) \\d{4}\\b")
    private static let email = try! NSRegularExpression(pattern:
        "(?<![\\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")
    private static let web = try! NSRegularExpression(pattern:
        "(?<![\\w@./-])(?:https?://[^\\s]+|www\\.[^\\s]+"
        + "|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:uk|org|com|ie|net|gov|scot|wales|cymru|info)(?:/[^\\s]*)?)"
        + "(?<![.,;:!?)\\]'\"])")

    /// A match of `phone` with as many digits as a real number has.
    private static func isPhoneNumber(_ match: String) -> Bool {
        let digits = match.filter(\.isNumber).count
        return match.hasPrefix("116") || match == "111" || (9...13).contains(digits)
    }

    /// `text` with the spaces inside phone numbers and dates made no-break.
    static func keepingNumbersWhole(_ text: String) -> String {
        guard text.contains(where: \.isNumber) else { return text }
        var result = text
        for pattern in [phone, date] {
            let ns = result as NSString
            let matches = pattern.matches(in: result, range: NSRange(location: 0, length: ns.length))
            for match in matches.reversed() {
                let found = ns.substring(with: match.range)
                if pattern === phone && !isPhoneNumber(found) { continue }
                let piece = found.replacingOccurrences(of: " ", with: "\u{00A0}")
                result = (result as NSString).replacingCharacters(in: match.range, with: piece)
            }
        }
        return result
    }

    /// The link a piece of text stands for, with the range it covers.
    private struct Found {
        var range: Range<String.Index>
        var uri: String
    }

    /// `text` with web addresses, e-mail addresses and phone numbers in
    /// runs that are not links already turned into links.
    static func linked(_ text: RichText) -> RichText {
        var runs: [TextRun] = []
        for run in text.runs {
            guard run.link == nil, run.spoken == nil, run.text.contains(where: { $0 == "@" || $0 == "." || $0.isNumber })
            else { runs.append(run); continue }
            var cursor = run.text.startIndex
            for found in links(in: run.text) {
                if cursor < found.range.lowerBound {
                    runs.append(TextRun(String(run.text[cursor..<found.range.lowerBound]), bold: run.bold, italic: run.italic))
                }
                runs.append(TextRun(String(run.text[found.range]), bold: run.bold, italic: run.italic, link: found.uri))
                cursor = found.range.upperBound
            }
            if cursor < run.text.endIndex {
                runs.append(TextRun(String(run.text[cursor...]), bold: run.bold, italic: run.italic))
            }
        }
        return RichText(runs)
    }

    private static func links(in text: String) -> [Found] {
        let whole = NSRange(text.startIndex..., in: text)
        var found: [Found] = []
        func add(_ pattern: NSRegularExpression, _ uri: (String) -> String) {
            for match in pattern.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text),
                      !found.contains(where: { $0.range.overlaps(range) }),
                      pattern !== phone || isPhoneNumber(String(text[range])) else { continue }
                found.append(Found(range: range, uri: uri(String(text[range]))))
            }
        }
        add(email) { "mailto:" + $0 }
        add(web) { $0.hasPrefix("http://") || $0.hasPrefix("https://") ? $0 : "https://" + $0 }
        add(phone) { "tel:" + $0.filter { $0.isNumber || $0 == "+" } }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
