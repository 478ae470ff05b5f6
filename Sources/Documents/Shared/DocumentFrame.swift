import PlanBuilder
import ReportKit

/// What every document shares: the service in the header, the case reference and a
/// confidentiality line in the footer, and metadata whose creation date comes from the
/// case, not the clock, so the same case file always gives the same bytes.
struct DocumentFrame {
    let identity: DocumentIdentity
    let wording: Wording

    func document(title: String, subject: String, confidentialKey: String, blocks: [Block]) throws(DocumentError) -> ReportDocument {
        let service = identity.service?.name
        let metadata = DocumentMetadata(
            title: "\(title): \(identity.name)",
            author: service ?? identity.caseManager?.name,
            subject: subject,
            keywords: keywords,
            creator: "vr-docs \(ReleaseVersion.string)",
            creationDate: creationDate,
            language: wording.language)
        let footer = RunningFooter(
            left: identity.reference,
            center: try wording.text(confidentialKey),
            pageLabel: try wording.text("page_label"))
        return ReportDocument(metadata: metadata, header: RunningHeader(left: service ?? "", right: title),
                              footer: footer, blocks: blocks)
    }

    /// The title, then who the document is about: "Jane Morrison, Customer services
    /// adviser, Northside Housing Association".
    func titleBlocks(title: String) throws(DocumentError) -> [Block] {
        let name = identity.name
        let subtitle: String
        if let job = identity.jobTitle {
            subtitle = try wording.text("subtitle", ["name": name, "job": job])
        } else {
            subtitle = try wording.text("subtitle_no_job", ["name": name])
        }
        let employer = identity.employerName
        return [.heading(level: 1, text: RichText(title)),
                .paragraph(.bold(subtitle) + RichText(employer.map { ", " + $0 } ?? ""), style: .lead),
                .paragraph(RichText(try issueLine()), style: .small)]
    }

    /// "Issued 3 December 2026 · Version 2", or "Draft: not yet issued" when the case file
    /// gives no issue date; never the clock, so the same file always gives the same bytes.
    func issueLine() throws(DocumentError) -> String {
        let dates = DateWords(wording: wording)
        var parts: [String] = []
        if let issued = identity.issued {
            parts.append(try wording.text("issued_on", ["date": dates.long(issued)]))
        } else {
            parts.append(try wording.text("issued_draft"))
        }
        if let version = identity.version, !version.isEmpty {
            parts.append(try wording.text("issued_version", ["version": version]))
        }
        return parts.joined(separator: " \u{00B7} ")
    }

    /// The reference, the case file's fingerprint and the vr-docs release that made the
    /// document, so an issued PDF can be traced to exactly what produced it.
    var keywords: String {
        var words = [identity.reference]
        if let fingerprint = identity.fingerprint { words.append("case-file-sha256:\(fingerprint)") }
        words.append("vr-docs:\(ReleaseVersion.string)")
        return words.joined(separator: "; ")
    }

    /// The case's own date (`DocumentIdentity.creationDate`) at midnight UTC.
    var creationDate: String { identity.creationDate.iso + "T00:00:00Z" }
}

extension Contact {
    /// "Peter Doyle, Customer services team leader, 0141 555 0123, p.doyle@example.org"
    /// with the e-mail address as a link.
    var richText: RichText {
        var text = RichText([TextRun([name, role, phone].compactMap { $0 }.joined(separator: ", "))])
        if let email {
            if !text.runs.isEmpty && !(text.runs.first?.text.isEmpty ?? true) { text += RichText(", ") }
            text += .email(email)
        }
        return text
    }

    var isEmpty: Bool { name == nil && role == nil && phone == nil && email == nil }
}
