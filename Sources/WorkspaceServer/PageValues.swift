import Documents
import PlanBuilder
import Workspace

/// The values pages are filled with, built from the workspace's types: mustache gets
/// plain dictionaries and lists, so templates stay free of logic.
enum PageValues {
    /// What every page's header needs: who is signed in, their links, the CSRF token
    /// for the sign-out button.
    static func common(_ title: String, _ context: WorkspaceRequestContext) -> [String: Any] {
        var values: [String: Any] = ["title": title]
        if let account = context.account {
            values["account"] = ["name": account.displayName, "role": account.role.title]
            values["may_read_cases"] = account.role.mayReadCases
            values["may_see_caseload"] = account.role.maySeeCaseload
            values["may_manage_accounts"] = account.role.mayManageAccounts
        }
        if let session = context.session { values["csrf"] = session.csrfToken }
        return values
    }

    /// Each message with its line, for the list beside the editor.
    static func messages(_ messages: [CaseMessage]) -> [[String: Any]] {
        messages.map { message in
            ["line": message.location.map { "\($0.line)" } ?? "", "text": message.text, "error": message.severity == .error]
        }
    }

    /// The week-by-week schedule as the preview table shows it: the hours actually
    /// worked each day and week, and review weeks marked.
    static func schedule(_ schedule: GradedSchedule?) -> [[String: Any]] {
        guard let schedule else { return [] }
        return schedule.weeks.map { week in
            let days = week.days.map { day in
                let name = day.date.weekday.rawValue.prefix(1).uppercased() + day.date.weekday.rawValue.dropFirst()
                let times = day.start.flatMap { start in day.finish.map { " \(start)–\($0)" } } ?? ""
                return "\(name)\(times) \(HoursText.duration(minutes: day.minutes))"
            }
            var row: [String: Any] = ["week": week.number, "dates": "\(week.start.iso) to \(week.end.iso)",
                                      "days": days.isEmpty ? (week.isPause ? "Break (leave)" : "No work") : days.joined(separator: ", "),
                                      "hours": HoursText.duration(minutes: week.totalMinutes),
                                      "percent": "\(Int(week.percentOfContract.rounded())) %"]
            if let review = week.review { row["review"] = "Review \(review.date.iso)" }
            return row
        }
    }

    static func version(_ version: IssuedVersion, caseID: Int64) -> [String: Any] {
        let documents: [[String: Any]] = version.documents.map { document in
            let employer = DocumentKind(rawValue: document.kind)?.audience == .employer
            return ["kind": document.kind, "title": title(of: document.kind),
                    "url": "/cases/\(caseID)/versions/\(version.number)/\(document.kind).pdf",
                    "png": "/cases/\(caseID)/versions/\(version.number)/\(document.kind).png",
                    "held": employer && version.approval == nil, "sha256": document.sha256]
        }
        var values: [String: Any] = ["number": version.number, "issued_at": version.issuedAt, "issue_date": version.issueDate,
                                     "issued_to": version.issuedTo, "sha256": version.sha256, "templates": version.templatesVersion,
                                     "documents": documents, "case_id": caseID]
        if let approval = version.approval {
            values["approval"] = ["at": approval.approvedAt, "method": approval.method]
        }
        if version.number > 1 { values["previous"] = version.number - 1 }
        return values
    }

    static func title(of kind: String) -> String {
        switch kind {
        case "rtw-plan": return "Phased return-to-work plan (employer, signed)"
        case "employer-report": return "Health and work report (employer)"
        case "client-copy": return "The client's own copy"
        case "review": return "Progress review (case record)"
        default: return kind
        }
    }
}
