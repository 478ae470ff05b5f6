import ReportKit

/// The words above a table continued on a later page, in the document's language.
///
/// ReportKit's tables say "(continued)" unless told otherwise; the documents build many
/// tables, so rather than pass the label to each one, the finished blocks are given the
/// wording's `table_continued` here, tables inside kept-together groups included.
enum ContinuedLabel {
    static func apply(_ label: String, to blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .table(var table):
                if table.continuedLabel != nil { table.continuedLabel = label }
                return .table(table)
            case .keepTogether(let inner):
                return .keepTogether(apply(label, to: inner))
            case .columns(let columns, let weights):
                return .columns(columns.map { apply(label, to: $0) }, weights: weights)
            default:
                return block
            }
        }
    }
}
