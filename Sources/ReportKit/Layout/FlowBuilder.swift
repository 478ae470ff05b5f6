/// Turns blocks into prepared flowables for a given text width: the only
/// place that maps the theme onto fonts, colours and spacing.
final class FlowBuilder {
    let engine: TextEngine
    let theme: Theme
    /// Layouts that recur in a document in the same style and width, made once and drawn
    /// wherever they recur (a layout is only read once made): every list's bullet, and
    /// the "(continued)" caption of tables that carry the same one.
    private lazy var bullet = engine.layout("•", style: paragraphStyle(.body).with { $0.color = theme.accentColor },
                                            width: nil)
    private var continuedCaptions: [CaptionText: TextLayout] = [:]

    init(engine: TextEngine, theme: Theme) {
        self.engine = engine
        self.theme = theme
    }

    /// `documentLanguage`: a change back to it ends a passage in another language.
    func build(_ blocks: [Block], width: Double, languageChanges: [LanguageChange] = [],
               documentLanguage: String? = nil) throws -> [Flowable] {
        var result: [Flowable] = []
        result.reserveCapacity(blocks.count)
        let changes = Dictionary(languageChanges.map { ($0.blockIndex, $0.language) }) { _, later in later }
        for (index, block) in blocks.enumerated() {
            if let language = changes[index] {
                result.append(LanguageMarkFlowable(language: language == documentLanguage ? nil : language, blockIndex: index))
            }
            try result.append(contentsOf: flowables(for: block, width: width))
        }
        return result
    }

    // MARK: Styles

    func textStyle(size: Double, color: RGBColor? = nil, bold: Bool = false,
                   family: String? = nil, alignment: TextAlignment = .leading) -> TextStyle {
        TextStyle(family: family ?? theme.bodyFont, size: theme.textSize(size), color: color ?? theme.textColor, bold: bold,
                  lineSpacing: theme.lineSpacing, alignment: alignment, linkColor: theme.linkColor)
    }

    func paragraphStyle(_ style: ParagraphStyle) -> TextStyle {
        switch style {
        case .body: return textStyle(size: theme.bodySize)
        case .lead: return textStyle(size: theme.bodySize * 1.15)
        case .small: return textStyle(size: theme.smallSize)
        case .note: return textStyle(size: theme.smallSize, color: theme.mutedColor)
        }
    }

    // MARK: Blocks

    private func flowables(for block: Block, width: Double) throws -> [Flowable] {
        switch block {
        case let .heading(level, text):
            return [heading(level: min(max(level, 1), 3), text: text, width: width)]
        case let .paragraph(text, style):
            let layout = engine.layout(TextRules.linked(text), style: paragraphStyle(style), width: width)
            return [ParagraphFlowable(text: layout, spaceAfter: theme.paragraphSpacing)]
        case let .keyValues(pairs):
            return pairs.isEmpty ? [] : [keyValues(pairs, width: width)]
        case let .bulletList(items):
            return items.isEmpty ? [] : [bulletList(items, width: width)]
        case let .table(table):
            return [try self.table(table, width: width)]
        case let .callout(title, body, bullets, closing):
            return [callout(title: title, body: body, bullets: bullets, closing: closing, width: width)]
        case let .signatures(fields, labels):
            return fields.isEmpty ? [] : [signatures(fields, labels: labels, width: width)]
        case let .chart(chart):
            return [try self.chart(chart, width: width)]
        case let .keepTogether(blocks):
            let children = try build(blocks, width: width).filter { !($0 is PageBreakFlowable) }
            return children.isEmpty ? [] : [StackFlowable(children: children, keepTogether: true)]
        case let .columns(columns, weights):
            return try self.columns(columns, weights: weights, width: width)
        case let .spacer(height):
            return [SpacerFlowable(height: height)]
        case .pageBreak:
            return [PageBreakFlowable()]
        }
    }

    private func columns(_ columns: [[Block]], weights: [Double]?, width: Double) throws -> [Flowable] {
        let given = columns.indices.map { index -> Double in
            guard let weights, weights.indices.contains(index), weights[index] > 0, weights[index].isFinite else { return 1 }
            return weights[index]
        }
        // An empty column takes no room: the others share the width.
        let filled = columns.indices.filter { !columns[$0].isEmpty }
        guard !filled.isEmpty else { return [] }
        let gutter = theme.bodySize * 2
        let shared = width - gutter * Double(filled.count - 1)
        let total = filled.map { given[$0] }.reduce(0, +)
        var stacks: [StackFlowable] = []
        var offsets: [Double] = []
        var x = 0.0
        for index in filled {
            let columnWidth = shared * given[index] / total
            stacks.append(StackFlowable(children: try build(columns[index], width: columnWidth).filter { !($0 is PageBreakFlowable) }))
            offsets.append(x)
            x += columnWidth + gutter
        }
        return [ColumnsFlowable(columns: stacks, offsets: offsets)]
    }

    private func heading(level: Int, text: RichText, width: Double) -> HeadingFlowable {
        let size = theme.headingSize(level: level)
        var style = textStyle(size: size, color: theme.accentColor, bold: true,
                              family: theme.headingFont)
        style.lineSpacing = 1.0
        let layout = engine.layout(text, style: style, width: width)
        let spacing: (before: Double, after: Double) = switch level {
        case 1: (size * 0.9, size * 0.5)
        case 2: (size * 0.95, size * 0.4)
        default: (size * 0.9, size * 0.3)
        }
        return HeadingFlowable(text: layout, level: level, title: text.plainText, spaceBefore: spacing.before,
                               spaceAfter: spacing.after, rule: level == 1 ? theme.ruleColor : nil,
                               ruleWidth: width)
    }

    private func bulletList(_ items: [RichText], width: Double) -> StackFlowable {
        let indent = theme.bodySize * 1.4
        let style = paragraphStyle(.body)
        let children: [Flowable] = items.map { item in
            let layout = engine.layout(TextRules.linked(item), style: style, width: width - indent)
            return ParagraphFlowable(text: layout, tag: "LBody", indent: indent, marker: bullet)
        }
        return StackFlowable(children: children, tag: "L", childTag: "LI", minimumGap: theme.bodySize * 0.3,
                             spaceAfter: theme.paragraphSpacing)
    }

    private func keyValues(_ pairs: [KeyValue], width: Double) -> TableFlowable {
        let labelStyle = textStyle(size: theme.bodySize, bold: true)
        let valueStyle = textStyle(size: theme.bodySize)
        let gutter = theme.bodySize * 1.4
        let labels = pairs.map { engine.layout($0.label, style: labelStyle, width: nil) }
        let natural = labels.map(\.naturalWidth).max() ?? 0
        // Labels get the room they need within 22–38% of the width, so short
        // labels do not waste space and long ones wrap instead of squeezing values.
        var labelWidth = min(max(natural + gutter, width * 0.22), width * 0.38)
        let values = pairs.map { engine.layout(TextRules.linked($0.value), style: valueStyle, width: width - labelWidth) }
        for label in labels { label.rewrap(width: labelWidth - gutter) }
        // In a narrow column (or a language with longer words) up to half the width goes
        // to labels when unwrapped labels cost the values no more lines than they save
        // and break no word of a value (an e-mail address split at a dot).
        let unwrapped = natural + gutter
        if unwrapped > labelWidth, unwrapped <= width * 0.5,
           ColumnWidths.longestWords(in: pairs.map(\.value.plainText)).allSatisfy({
               engine.wordWidth($0, style: valueStyle) <= width - unwrapped }) {
            let lines = zip(labels, values).map { max($0.lineCount, $1.lineCount) }.reduce(0, +)
            let wider = values.map { value -> Int in value.rewrap(width: width - unwrapped); return max(1, value.lineCount) }
            if wider.reduce(0, +) <= lines {
                labelWidth = unwrapped
                for label in labels { label.rewrap(width: labelWidth - gutter) }
            } else {
                for value in values { value.rewrap(width: width - labelWidth) }
            }
        }
        let rows = zip(labels, values).map { label, value in
            PreparedRow(cells: [label, value], emphasis: .normal)
        }
        let style = TableStyle(paddingX: 0, paddingY: theme.bodySize * 0.22, headerFill: nil, stripeFill: nil,
                               shadedFill: theme.tableStripeFill, ruleColor: nil,
                               headerRuleColor: theme.ruleColor, mutedColor: theme.mutedColor, captionGap: 0,
                               firstColumnHeads: true)
        let model = TableModel(columnWidths: [labelWidth, width - labelWidth], header: nil, rows: rows,
                               caption: nil, style: style)
        return TableFlowable(model: model, spaceBefore: 0, spaceAfter: theme.paragraphSpacing)
    }

    private func table(_ table: Table, width: Double) throws -> TableFlowable {
        guard !table.columns.isEmpty else { throw ReportKitError.tableWithoutColumns }
        let columnCount = table.columns.count
        for (index, row) in table.rows.enumerated() where row.cells.count != columnCount {
            throw ReportKitError.tableRowCellCount(row: index, expected: columnCount, actual: row.cells.count)
        }
        let weights = table.columns.map { $0.weight > 0 && $0.weight.isFinite ? $0.weight : 1 }
        // Padding stops growing past 6 pt so large print leaves room for words.
        var paddingX = min(theme.bodySize * 0.5, 6)
        let size = theme.bodySize * 0.95
        func cellStyle(_ column: Int, bold: Bool) -> TextStyle {
            var style = textStyle(size: size, bold: bold, alignment: table.columns[column].alignment)
            style.lineSpacing = min(theme.lineSpacing, 1.15)
            return style
        }
        let longest = table.columns.indices.map { column -> Double in
            let texts = [table.columns[column].title.plainText] + table.rows.map { $0.cells[column].plainText }
            return ColumnWidths.longestWords(in: texts).map { engine.wordWidth($0, style: cellStyle(column, bold: true)) }
                .max() ?? 0
        }
        // Tight padding when that is what lets every word fit (many columns in large print).
        if longest.reduce(0, { $0 + $1 + 2 * paddingX + 1 }) > width { paddingX = min(paddingX, 2.5) }
        let widths = ColumnWidths.fit(weights: weights, minimums: longest.map { $0 + 2 * paddingX + 1 }, width: width)
        let header = PreparedRow(cells: table.columns.enumerated().map { index, column in
            engine.layout(column.title, style: cellStyle(index, bold: true), width: widths[index] - 2 * paddingX)
        }, emphasis: .normal)
        // A cell repeated in its column (the same date, "100 %", the same person) is the
        // same text in the same style and width: laid out once and drawn in each row (a
        // layout is only read once made).
        var laidOut: [CellText: TextLayout] = [:]
        let rows = table.rows.map { row in
            PreparedRow(cells: row.cells.enumerated().map { index, cell in
                let key = CellText(column: index, text: cell, strong: row.emphasis == .strong)
                if let layout = laidOut[key] { return layout }
                let layout = engine.layout(TextRules.linked(key.strong ? cell.emboldened() : cell),
                                           style: cellStyle(index, bold: false), width: widths[index] - 2 * paddingX)
                laidOut[key] = layout
                return layout
            }, emphasis: row.emphasis)
        }
        let captionStyle = textStyle(size: theme.bodySize, bold: true)
        let caption = table.caption.map { engine.layout($0, style: captionStyle, width: width) }
        let continued = table.continuedLabel.flatMap { label -> TextLayout? in
            guard !label.isEmpty else { return nil }
            let text = (table.caption.map { $0 + " " } ?? RichText([])) + .italic(label)
            let key = CaptionText(text: text, width: width)
            if let layout = continuedCaptions[key] { return layout }
            let layout = engine.layout(text, style: captionStyle, width: width)
            continuedCaptions[key] = layout
            return layout
        }
        // Rows shaded for a meaning ("a shaded week ends with a review") get no zebra
        // stripes around them, which look the same and would say the wrong thing.
        let striped = !table.rows.contains { $0.emphasis == .shaded }
        let style = TableStyle(paddingX: paddingX, paddingY: theme.bodySize * (table.dense ? 0.2 : 0.4),
                               headerFill: theme.tableHeaderFill, stripeFill: striped ? theme.tableStripeFill : nil,
                               shadedFill: theme.tableShadedFill, ruleColor: theme.ruleColor,
                               headerRuleColor: theme.accentColor, mutedColor: theme.mutedColor,
                               captionGap: theme.bodySize * 0.4, firstColumnHeads: false)
        let model = TableModel(columnWidths: widths, header: header, rows: rows, caption: caption,
                               continuedCaption: continued, style: style)
        return TableFlowable(model: model, spaceBefore: theme.paragraphSpacing * 0.5,
                             spaceAfter: theme.paragraphSpacing * 1.5)
    }

    /// The theme's fonts and colours for charts.
    func chartStyle() -> ChartStyle {
        ChartStyle(
            title: textStyle(size: theme.bodySize * 1.05, bold: true),
            label: textStyle(size: theme.smallSize, color: theme.textColor),
            axisTitle: textStyle(size: theme.smallSize, color: theme.mutedColor),
            axisColor: theme.mutedColor,
            gridColor: theme.ruleColor,
            // Series at least 3:1 against the white page, whatever the theme names.
            seriesColors: ([theme.accentColor] + theme.chartPalette).map { $0.darkened(toContrast: 3) },
            background: .white)
    }

    private func chart(_ chart: Chart, width: Double) throws -> ChartFlowable {
        try chart.validate()
        return ChartFlowable(layout: ChartLayout(chart: chart, style: chartStyle(), engine: engine, width: width),
                             spaceBefore: theme.paragraphSpacing, spaceAfter: theme.paragraphSpacing * 1.5)
    }

    private func callout(title: RichText?, body: [RichText], bullets: [RichText], closing: [RichText], width: Double) -> CalloutFlowable {
        let padding = theme.bodySize
        let bar = 3.5
        let inner = width - bar - 2 * padding
        var children: [Flowable] = []
        if let title, !title.isEmpty {
            let style = textStyle(size: theme.bodySize * 1.05, color: theme.accentColor, bold: true)
            children.append(ParagraphFlowable(text: engine.layout(title, style: style, width: inner),
                                              spaceAfter: theme.bodySize * 0.35))
        }
        for paragraph in body {
            var linked = TextRules.linked(paragraph)
            linked.hangingRuns = paragraph.hangingRuns
            children.append(ParagraphFlowable(text: engine.layout(linked, style: paragraphStyle(.body), width: inner),
                                              spaceAfter: theme.bodySize * 0.45))
        }
        if !bullets.isEmpty { children.append(bulletList(bullets, width: inner)) }
        for paragraph in closing {
            children.append(ParagraphFlowable(text: engine.layout(TextRules.linked(paragraph), style: paragraphStyle(.body), width: inner),
                                              spaceAfter: theme.bodySize * 0.45))
        }
        return CalloutFlowable(content: StackFlowable(children: children), fill: theme.calloutFill,
                               accent: theme.accentColor, width: width, padding: padding, barWidth: bar,
                               spaceBefore: theme.paragraphSpacing * 0.5, spaceAfter: theme.paragraphSpacing * 1.5)
    }

    private func signatures(_ fields: [SignatureField], labels: SignatureLabels, width: Double) -> SignatureFlowable {
        let perRow = fields.count <= 3 ? fields.count : (fields.count == 4 ? 2 : 3)
        let columnWidth = (width - 20 * Double(perRow - 1)) / Double(perRow)
        let label = textStyle(size: theme.smallSize, color: theme.mutedColor)
        // Every party's labels are the same text in the same column width: laid out once
        // and drawn under each party (a layout is only read once made).
        let nameLabel = engine.layout(labels.name, style: label, width: columnWidth)
        let signatureLabel = engine.layout(labels.signature, style: label, width: columnWidth)
        let dateLabel = engine.layout(labels.date, style: label, width: columnWidth)
        let parties = fields.map { field in
            SignatureParty(
                role: engine.layout(field.role, style: textStyle(size: theme.bodySize, bold: true), width: columnWidth),
                name: field.name.map { engine.layout($0, style: paragraphStyle(.body), width: columnWidth) },
                nameLabel: nameLabel, signatureLabel: signatureLabel, dateLabel: dateLabel)
        }
        return SignatureFlowable(parties: parties, perRow: perRow, width: width, lineColor: theme.mutedColor,
                                 spaceBefore: theme.paragraphSpacing * 1.5, spaceAfter: theme.paragraphSpacing * 2)
    }
}

/// A table cell's text as written, in its column and row emphasis: what decides its layout.
private struct CellText: Hashable {
    var column: Int
    var text: RichText
    var strong: Bool
}

/// A table's "(continued)" caption and the width it is laid out in.
private struct CaptionText: Hashable {
    var text: RichText
    var width: Double
}
