/// Reviews the case records as held, against the date the documents are issued. A
/// progress review issued on 23 February that reports the review of 13 March, with the
/// hours worked that week, tells its reader something that had not happened yet: either
/// the review's date is wrong or the issue date is. The case manager is told which, at the
/// review's line. The other documents are still made (a plan may be issued before its
/// reviews), but the progress review is not (`DocumentEngine.reviewsAfterIssue`); a draft
/// with no issue date is never checked.
public struct RecordedReviewCheck: Sendable {
    public init() {}

    public func warnings(for caseFile: CaseFile, issued: LocalDate?) -> [CaseWarning] {
        guard let issued else { return [] }
        return caseFile.reviews.enumerated().compactMap { index, review in
            guard let date = review.date, date > issued else { return nil }
            let worked = review.hoursWorked == nil ? "" : " with the hours worked"
            return CaseWarning(
                field: "reviews[\(index)].date",
                problem: "the review of \(date.iso) is recorded as held\(worked), but the documents are issued "
                    + "\(issued.iso), \(issued.days(until: date)) day\(issued.days(until: date) == 1 ? "" : "s") before it, "
                    + "so the progress review is not made",
                fix: "Correct the review's date, or issue the documents on \(date.iso) or later (case.issued or --issued).")
        }
    }
}
