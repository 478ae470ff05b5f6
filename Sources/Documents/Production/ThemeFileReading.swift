import Foundation
import PlanBuilder
import ReportKit

/// Reads a service's branding from a theme file such as `templates/themes/default.yaml`:
/// `key: value` lines over `Theme.standard`, e.g. `accent_color: "#1F4E79"` (colours in
/// quotes, as YAML reads an unquoted `#` as a comment). Unknown keys and values out of
/// range are errors naming the line, so a typo never silently falls back to the default
/// look; with `large_print: true` the result goes through `Theme.largePrint`.
enum ThemeFileReading {
    /// Every key a theme file may use.
    static let keys: [String] = [
        "service_name", "logo", "paper", "large_print",
        "body_font", "heading_font", "monospace_font",
        "body_size", "small_size", "heading_sizes", "line_spacing", "paragraph_spacing",
        "accent_color", "text_color", "muted_color", "rule_color", "table_header_fill", "table_stripe_fill", "table_shaded_fill",
        "callout_fill", "link_color", "chart_palette",
    ]

    /// Reads the theme file at `path`; a relative `logo` is resolved against its folder.
    static func read(path: String) throws(DocumentError) -> Branding {
        do throws(TemplateErrors) {
            let file = try TemplateFile(path: path, loss: "the documents' fonts, colours and service name are read from it")
            return try read(file, baseDirectory: (path as NSString).deletingLastPathComponent)
        } catch {
            throw .templateFile(error)
        }
    }

    /// Parses theme text; `path` names it in messages.
    static func parse(text: String, path: String = "theme file", baseDirectory: String? = nil) throws(DocumentError) -> Branding {
        do throws(TemplateErrors) {
            return try read(try TemplateFile(text: text, path: path), baseDirectory: baseDirectory)
        } catch {
            throw .templateFile(error)
        }
    }

    private static func read(_ file: TemplateFile, baseDirectory: String?) throws(TemplateErrors) -> Branding {
        var branding = Branding()
        var largePrint = false
        let fields = file.root == nil ? [:] : file.rootMapping(allowed: keys) ?? [:]
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            var theme = branding.theme
            switch key {
            case "service_name": branding.serviceName = value.text()
            case "logo":
                if let path = value.text() {
                    branding.logoPNG = path.hasPrefix("/") || baseDirectory == nil
                        ? path : (baseDirectory! as NSString).appendingPathComponent(path)
                }
            case "paper":
                switch value.text()?.lowercased() {
                case "a4": branding.pageSize = .a4
                case "letter": branding.pageSize = .letter
                case nil: break
                default: value.report("paper must be a4 or letter")
                }
            case "large_print": largePrint = value.bool() ?? false
            case "body_font": theme.bodyFont = value.text() ?? theme.bodyFont
            case "heading_font": theme.headingFont = value.text() ?? theme.headingFont
            case "monospace_font": theme.monospaceFont = value.text() ?? theme.monospaceFont
            case "body_size": theme.bodySize = value.number(in: 6...48) ?? theme.bodySize
            case "small_size": theme.smallSize = value.number(in: 5...36) ?? theme.smallSize
            case "heading_sizes": theme.headingSizes = numbers(value, in: 6...72, example: "[18, 14, 11.5]") ?? theme.headingSizes
            case "line_spacing": theme.lineSpacing = value.number(in: 0.8...3) ?? theme.lineSpacing
            case "paragraph_spacing": theme.paragraphSpacing = value.number(in: 0...72) ?? theme.paragraphSpacing
            case "accent_color": theme.accentColor = color(value) ?? theme.accentColor
            case "text_color": theme.textColor = color(value) ?? theme.textColor
            case "muted_color": theme.mutedColor = color(value) ?? theme.mutedColor
            case "rule_color": theme.ruleColor = color(value) ?? theme.ruleColor
            case "table_header_fill": theme.tableHeaderFill = color(value) ?? theme.tableHeaderFill
            case "table_stripe_fill": theme.tableStripeFill = color(value) ?? theme.tableStripeFill
            case "table_shaded_fill": theme.tableShadedFill = color(value) ?? theme.tableShadedFill
            case "callout_fill": theme.calloutFill = color(value) ?? theme.calloutFill
            case "link_color": theme.linkColor = color(value) ?? theme.linkColor
            case "chart_palette": theme.chartPalette = colors(value) ?? theme.chartPalette
            default: break
            }
            branding.theme = theme
        }
        try file.finish()
        if largePrint { branding.theme = .largePrint(from: branding.theme) }
        return branding
    }

    private static func numbers(_ node: TemplateNode, in range: ClosedRange<Double>, example: String) -> [Double]? {
        guard let items = node.list() else { return nil }
        guard !items.isEmpty else {
            node.report("\(node.key) needs at least one size", fix: "Write e.g. \(example).")
            return nil
        }
        let values = items.compactMap { $0.number(in: range) }
        return values.count == items.count ? values : nil
    }

    private static func color(_ node: TemplateNode) -> RGBColor? {
        guard let text = node.text() else { return nil }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard [3, 6].contains(digits.count), digits.allSatisfy(\.isHexDigit) else {
            node.report("\"\(text)\" is not a colour", fix: "Write a colour as \"#1F4E79\", in quotes.")
            return nil
        }
        return RGBColor(hex: digits)
    }

    private static func colors(_ node: TemplateNode) -> [RGBColor]? {
        guard let items = node.list() else { return nil }
        guard !items.isEmpty else {
            node.report("chart_palette needs at least one colour", fix: "Write e.g. [\"#E69F00\", \"#009E73\"].")
            return nil
        }
        let values = items.compactMap(color)
        return values.count == items.count ? values : nil
    }
}
