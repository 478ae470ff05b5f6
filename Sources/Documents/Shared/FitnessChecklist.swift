import PlanBuilder
import ReportKit

/// The fitness recommendation set out as employers and GPs know it from the fit note and
/// the AHP Health and Work Report: every option is printed, the chosen ones ticked, so
/// the reader sees what was advised and what was not.
struct FitnessChecklist {
    let status: Fitness.Status
    let options: [Fitness.Option]
    let wording: Wording

    /// One line per option, the "may be fit" advice indented beneath its status.
    func lines() throws(DocumentError) -> [RichText] {
        let ticked = try wording.text("box_ticked")
        let empty = try wording.text("box_empty")
        let yes = try wording.text("box_ticked_spoken")
        let no = try wording.text("box_empty_spoken")
        // The box is read out as words ("Yes", "No"): its Unicode name means nothing to a listener.
        // A wrapped option continues under its words, not under its box.
        func line(_ chosen: Bool, _ text: String, indent: Bool = false) -> RichText {
            var box = RichText(indent ? "\u{2003}\u{2003}" : "")
                + .spoken(chosen ? ticked : empty, as: chosen ? yes : no) + RichText("\u{2002}")
            box.hangingRuns = box.runs.count
            return chosen ? box + .bold(text) : box + RichText(text)
        }
        var lines = [line(status == .notFit, wording.lookup("fitness_status", Fitness.Status.notFit.rawValue)),
                     line(status == .mayBeFit, wording.lookup("fitness_status", Fitness.Status.mayBeFit.rawValue))]
        for option in Fitness.Option.allCases {
            let chosen = status == .mayBeFit && options.contains(option)
            lines.append(line(chosen, wording.lookup("fitness_option", option.rawValue), indent: true))
        }
        lines.append(line(status == .fit, wording.lookup("fitness_status", Fitness.Status.fit.rawValue)))
        return lines
    }
}
