import Foundation
import PlanBuilder

/// Six case files whose figures were worked out by hand (see each test for the sums),
/// covering every band of the wait, discharged and open episodes, tiers, deprivation
/// bands, follow-up, and measures with and without a later review.
enum HandMadeCaseload {
    struct Client {
        var reference: String
        var tier: Int
        var source: String?
        var referral = "2026-01-01"
        var firstContact: String?
        var assessed: String?
        var contacts: Int?
        var decile: Int?
        var status: String
        var outcome: String?
        var followUp: String?
        var baseline: String = ""
        var reviews: String = ""
    }

    static let clients: [Client] = [
        Client(reference: "A", tier: 1, source: "gp", firstContact: "2026-01-05", assessed: "2026-01-05", contacts: 2, decile: 1,
               status: "off-sick", outcome: "at-work", followUp: "at-work",
               baseline: hads("2026-01-05", 12, 9, indent: 4),
               reviews: """
                 - date: 2026-03-01
                   week: 4
                   hours_worked: 20
                   measures:
               \(hads("2026-03-01", 8, 10, indent: 6))
                 - date: 2026-02-01
                   week: 2
                   hours_worked: 12
                   measures:
               \(hads("2026-02-01", 13, 13, indent: 6))
               """),
        Client(reference: "B", tier: 2, source: "employer", firstContact: "2026-01-05", assessed: "2026-01-12", contacts: 4, decile: 2,
               status: "off-sick", outcome: "off-sick", baseline: hads("2026-01-12", 14, 12, indent: 4),
               reviews: review("2026-02-20", hads("2026-02-20", 11, 9, indent: 6))),
        Client(reference: "C", tier: 2, source: "employer", firstContact: nil, assessed: "2026-01-15", contacts: 6, decile: 5,
               status: "at-work", outcome: "at-work", baseline: score("WAI", "2026-01-15", 20, indent: 4),
               reviews: review("2026-03-01", score("WAI", "2026-03-01", 30, indent: 6))),
        Client(reference: "D", tier: 3, source: "self", firstContact: "2026-01-01", assessed: "2026-01-29", contacts: 10, decile: nil,
               status: "off-sick", outcome: nil, baseline: score("confidence", "2026-01-29", 3, indent: 4),
               reviews: review("2026-03-10", score("confidence", "2026-03-10", 6, indent: 6))),
        Client(reference: "E", tier: 3, source: "gp", firstContact: "2026-01-01", assessed: "2026-02-15", contacts: nil, decile: 9,
               status: "unemployed", outcome: "at-work", followUp: "at-work",
               baseline: eq5d("2026-02-15", vas: 50, indent: 4), reviews: review("2026-04-01", eq5d("2026-04-01", vas: 70, indent: 6))),
        Client(reference: "F", tier: 1, source: nil, referral: "", firstContact: nil, assessed: nil, contacts: 3, decile: 10,
               status: "off-sick", outcome: "at-work", followUp: "off-sick", baseline: hads("2026-01-20", 10, 11, indent: 4)),
    ]

    static func hads(_ date: String, _ anxiety: Int, _ depression: Int, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return "\(pad)- instrument: HADS\n\(pad)  date: \(date)\n\(pad)  anxiety: \(anxiety)\n\(pad)  depression: \(depression)"
    }

    static func score(_ instrument: String, _ date: String, _ score: Int, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return "\(pad)- instrument: \(instrument)\n\(pad)  date: \(date)\n\(pad)  score: \(score)"
    }

    static func eq5d(_ date: String, vas: Int, indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        return "\(pad)- instrument: EQ-5D-5L\n\(pad)  date: \(date)\n\(pad)  vas: \(vas)"
    }

    static func review(_ date: String, _ measures: String) -> String {
        "  - date: \(date)\n    week: 2\n    hours_worked: 10\n    measures:\n\(measures)"
    }

    static func yaml(_ client: Client) -> String {
        var text = "format: 1\ncase:\n  reference: \(client.reference)\n  tier: \(client.tier)\n"
        if !client.referral.isEmpty || client.source != nil {
            text += "  referral:\n"
            if !client.referral.isEmpty { text += "    date: \(client.referral)\n" }
            if let source = client.source { text += "    source: \(source)\n" }
        }
        if let firstContact = client.firstContact { text += "  first_contact: \(firstContact)\n" }
        if let assessed = client.assessed { text += "  assessed: \(assessed)\n" }
        if let contacts = client.contacts { text += "  contacts: \(contacts)\n" }
        text += "client:\n  name: Client \(client.reference)\n"
        if let decile = client.decile { text += "  deprivation_decile: \(decile)\n" }
        text += "employment:\n  status: \(client.status)\n"
        if !client.baseline.isEmpty { text += "assessment:\n  measures:\n\(client.baseline)\n" }
        if !client.reviews.isEmpty { text += "reviews:\n\(client.reviews)\n" }
        if let outcome = client.outcome {
            text += "outcome:\n  discharged: 2026-05-01\n  status: \(outcome)\n"
            if let followUp = client.followUp { text += "  follow_up:\n    date: 2026-11-01\n    status: \(followUp)\n" }
        }
        return text
    }

    /// Writes the six files (and any extra ones) into a fresh folder.
    static func folder(extra: [String: String] = [:]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
        for (index, client) in clients.enumerated() {
            let sub = index % 2 == 0 ? folder : folder.appendingPathComponent("nested")
            try yaml(client).write(to: sub.appendingPathComponent("\(client.reference).yaml"), atomically: true, encoding: .utf8)
        }
        for (name, text) in extra { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }
}
