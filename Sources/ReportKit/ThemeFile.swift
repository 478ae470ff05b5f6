import Foundation

/// A service's branding read from a small text file of `key: value` lines,
/// e.g. `templates/themes/default.yaml`.
///
/// The format is the flat subset of YAML a designer would write by hand —
/// `#` comments, optionally quoted values, `[a, b]` lists — parsed here so
/// ReportKit needs no YAML library. Colours must be quoted in the file
/// (`accent_color: "#1F4E79"`), as YAML would otherwise read `#…` as a
/// comment. Unknown keys and malformed values are errors naming the line,
/// so a typo never silently falls back to the default look.
public struct ThemeFile: Sendable {
    public var theme: Theme
    /// Shown at the left of the running header.
    public var serviceName: String?
    /// Path of the logo PNG; relative paths in a loaded file are resolved
    /// against the file's directory.
    public var logoPNG: String?
    public var pageSize: PageSize?

    public init(theme: Theme = .standard, serviceName: String? = nil, logoPNG: String? = nil,
                pageSize: PageSize? = nil) {
        self.theme = theme
        self.serviceName = serviceName
        self.logoPNG = logoPNG
        self.pageSize = pageSize
    }

    /// Every key a theme file may use.
    public static let keys: [String] = [
        "service_name", "logo", "paper", "large_print",
        "body_font", "heading_font", "monospace_font",
        "body_size", "small_size", "heading_sizes", "line_spacing", "paragraph_spacing",
        "accent_color", "text_color", "muted_color", "rule_color", "table_header_fill", "table_stripe_fill",
        "callout_fill", "link_color", "chart_palette",
    ]

    /// Reads a theme file; a relative `logo` is resolved against its directory.
    public static func load(contentsOf url: URL) throws -> ThemeFile {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ReportKitError.themeFile(path: url.path, line: 0, message: "cannot read the file")
        }
        do {
            return try parse(text: String(decoding: data, as: UTF8.self),
                             baseDirectory: url.deletingLastPathComponent().path)
        } catch let ReportKitError.themeFile(_, line, message) {
            throw ReportKitError.themeFile(path: url.path, line: line, message: message)
        }
    }

    /// Parses theme text. Settings apply over `Theme.standard`; with
    /// `large_print: true` the result is then passed through `Theme.largePrint`.
    public static func parse(text: String, baseDirectory: String? = nil) throws -> ThemeFile {
        var file = ThemeFile()
        var largePrint = false
        var seen: Set<String> = []
        for (index, rawLine) in text.components(separatedBy: .newlines).enumerated() {
            let number = index + 1
            func fail(_ message: String) -> ReportKitError {
                .themeFile(path: nil, line: number, message: message)
            }
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line == "---" { continue }
            guard let colon = line.firstIndex(of: ":") else { throw fail("expected \"key: value\"") }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            guard keys.contains(key) else {
                throw fail("unknown key \"\(key)\" (known keys: \(keys.joined(separator: ", ")))")
            }
            guard seen.insert(key).inserted else { throw fail("\"\(key)\" is set twice") }
            let value = try ThemeValue(line[line.index(after: colon)...], line: number)
            switch key {
            case "service_name": file.serviceName = try value.string(key)
            case "logo":
                let path = try value.string(key)
                file.logoPNG = path.hasPrefix("/") || baseDirectory == nil
                    ? path : URL(fileURLWithPath: baseDirectory!).appendingPathComponent(path).path
            case "paper":
                switch try value.string(key).lowercased() {
                case "a4": file.pageSize = .a4
                case "letter": file.pageSize = .letter
                default: throw fail("paper must be a4 or letter")
                }
            case "large_print": largePrint = try value.bool(key)
            case "body_font": file.theme.bodyFont = try value.string(key)
            case "heading_font": file.theme.headingFont = try value.string(key)
            case "monospace_font": file.theme.monospaceFont = try value.string(key)
            case "body_size": file.theme.bodySize = try value.number(key, in: 6...48)
            case "small_size": file.theme.smallSize = try value.number(key, in: 5...36)
            case "heading_sizes": file.theme.headingSizes = try value.numbers(key, in: 6...72)
            case "line_spacing": file.theme.lineSpacing = try value.number(key, in: 0.8...3)
            case "paragraph_spacing": file.theme.paragraphSpacing = try value.number(key, in: 0...72)
            case "accent_color": file.theme.accentColor = try value.color(key)
            case "text_color": file.theme.textColor = try value.color(key)
            case "muted_color": file.theme.mutedColor = try value.color(key)
            case "rule_color": file.theme.ruleColor = try value.color(key)
            case "table_header_fill": file.theme.tableHeaderFill = try value.color(key)
            case "table_stripe_fill": file.theme.tableStripeFill = try value.color(key)
            case "callout_fill": file.theme.calloutFill = try value.color(key)
            case "link_color": file.theme.linkColor = try value.color(key)
            case "chart_palette": file.theme.chartPalette = try value.colors(key)
            default: throw fail("unknown key \"\(key)\"")
            }
        }
        if largePrint { file.theme = .largePrint(from: file.theme) }
        return file
    }
}

/// One value of a theme file line: a scalar or a `[a, b, c]` list.
struct ThemeValue {
    let items: [String]
    let isList: Bool
    let line: Int

    init(_ raw: Substring, line: Int) throws {
        self.line = line
        var text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("[") {
            guard let close = text.lastIndex(of: "]") else {
                throw ReportKitError.themeFile(path: nil, line: line, message: "list is missing \"]\"")
            }
            let inner = text[text.index(after: text.startIndex)..<close]
            items = try inner.split(separator: ",").map { try ThemeValue.scalar(Substring($0), line: line) }
            isList = true
        } else {
            text = try ThemeValue.scalar(Substring(text), line: line)
            items = [text]
            isList = false
        }
    }

    /// A scalar without quotes or a trailing ` # comment`.
    private static func scalar(_ raw: Substring, line: Int) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let quote = text.first, quote == "\"" || quote == "'" {
            let rest = text.dropFirst()
            guard let end = rest.firstIndex(of: quote) else {
                throw ReportKitError.themeFile(path: nil, line: line, message: "unterminated quoted value")
            }
            return String(rest[..<end])
        }
        if let comment = text.range(of: " #") { return text[..<comment.lowerBound].trimmingCharacters(in: .whitespaces) }
        return text
    }

    private func fail(_ message: String) -> ReportKitError {
        .themeFile(path: nil, line: line, message: message)
    }

    func string(_ key: String) throws -> String {
        guard !isList, let value = items.first, !value.isEmpty else { throw fail("\(key) needs a value") }
        return value
    }

    func bool(_ key: String) throws -> Bool {
        switch try string(key).lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw fail("\(key) must be true or false")
        }
    }

    func number(_ key: String, in range: ClosedRange<Double>) throws -> Double {
        try ThemeValue.number(try string(key), key: key, in: range, fail: fail)
    }

    func numbers(_ key: String, in range: ClosedRange<Double>) throws -> [Double] {
        guard isList, !items.isEmpty else { throw fail("\(key) must be a list such as [18, 14, 11.5]") }
        return try items.map { try ThemeValue.number($0, key: key, in: range, fail: fail) }
    }

    func color(_ key: String) throws -> RGBColor {
        try ThemeValue.color(try string(key), key: key, fail: fail)
    }

    func colors(_ key: String) throws -> [RGBColor] {
        guard isList, !items.isEmpty else { throw fail("\(key) must be a list such as [\"#E69F00\", \"#009E73\"]") }
        return try items.map { try ThemeValue.color($0, key: key, fail: fail) }
    }

    private static func number(_ text: String, key: String, in range: ClosedRange<Double>,
                               fail: (String) -> ReportKitError) throws -> Double {
        guard let value = Double(text), range.contains(value) else {
            throw fail("\(key) must be a number from \(range.lowerBound) to \(range.upperBound), not \"\(text)\"")
        }
        return value
    }

    private static func color(_ text: String, key: String, fail: (String) -> ReportKitError) throws -> RGBColor {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard [3, 6].contains(digits.count), digits.allSatisfy(\.isHexDigit) else {
            throw fail("\(key) must be a colour such as \"#1F4E79\", not \"\(text)\"")
        }
        return RGBColor(hex: digits)
    }
}
