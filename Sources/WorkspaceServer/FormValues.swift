import Documents
import PlanBuilder
import Workspace

/// The form page's values: every field with its current value, its choices and the
/// reader's messages about it (matched by the line the value is on), and every list
/// with its items and the fields to add one.
struct FormValues {
    let editor: CaseFormEditor
    let spans: YAMLSpans
    let messages: [CaseMessage]
    let catalogue: Catalogue
    let caseFile: CaseFile?

    /// Messages no field on the form holds, shown above the form.
    var unplaced: [CaseMessage] {
        let lines = Set(editor.form.sections.flatMap(\.fields).compactMap { spans.node(at: $0.path).map(spans.line) })
        return messages.filter { message in message.location.map { !lines.contains($0.line) } ?? true }
    }

    func sections() -> [[String: Any]] {
        editor.form.sections.map { section in
            var values: [String: Any] = ["id": section.id, "title": section.title, "fields": section.fields.map(field)]
            if let intro = section.intro { values["intro"] = intro }
            return values
        }
    }

    private func field(_ field: CaseForm.Field) -> [String: Any] {
        let current = editor.current(field, in: spans)
        var values: [String: Any] = ["name": field.name, "label": field.label, "id": "f-" + field.name.replacingOccurrences(of: ".", with: "-"),
                                     "value": current.first ?? "", "kind_" + kindName(field.kind): true,
                                     // Always set, or mustache would show the page's own messages here.
                                     "messages": [[String: Any]](), "hint": field.hint ?? ""]
        values["options"] = field.options.map { option in
            ["value": option.value, "label": option.label, "selected": current.contains(option.value),
             "id": "f-" + field.name.replacingOccurrences(of: ".", with: "-") + "-" + option.value] as [String: Any]
        }
        if field.kind == .flag { values["checked"] = current.first == "true" }
        if field.kind == .choice, let value = current.first, !field.options.contains(where: { $0.value == value }) {
            // A value the form does not list is kept and shown, never silently replaced.
            values["options"] = [["value": value, "label": value, "selected": true]] + (values["options"] as? [[String: Any]] ?? [])
        }
        if let node = spans.node(at: field.path) {
            let line = spans.line(of: node)
            var seen = Set<String>()
            values["messages"] = PageValues.messages(messages.filter { $0.location?.line == line && seen.insert($0.text).inserted })
        }
        return values
    }

    func lists() -> [[String: Any]] {
        editor.form.lists.map { list in
            var items: [[String: Any]] = []
            if case .sequence(let nodes, _, _)? = spans.node(at: list.path) {
                for (index, _) in nodes.enumerated() {
                    let item = list.path + ["\(index)"]
                    let cells = list.columns.isEmpty ? [["text": spans.scalar(at: item) ?? ""]]
                        : list.columns.map { column in ["text": cell(list, column: column, item: item)] }
                    items.append(["index": index, "cells": cells])
                }
            }
            return ["name": list.name, "title": list.title, "id": "l-" + list.name.replacingOccurrences(of: ".", with: "-"),
                    "columns": (list.columns.isEmpty ? [list.title] : list.columns).map { column in
                        // "Since (YYYY, ...)" heads its column as "Since".
                        let label = list.add.first { $0.name == column }?.label ?? column.replacingOccurrences(of: "_", with: " ")
                        return ["name": label.components(separatedBy: " (").first ?? label]
                    }, "items": items, "has_items": !items.isEmpty,
                    "add": list.add.map(addField)]
        }
    }

    /// A list item's value as the case manager knows it: a catalogue code by its title,
    /// and an adjustment without a code by its own title.
    private func cell(_ list: CaseForm.ListSection, column: String, item: [String]) -> String {
        let value = spans.scalar(at: item + [column])
        switch list.add.first(where: { $0.name == column })?.kind {
        case .catalogueLimitation?: return value.map { catalogue.limitation($0)?.title ?? $0 } ?? ""
        case .catalogueDemand?: return value.map { catalogue.demand($0)?.title ?? $0 } ?? ""
        case .catalogueAdjustment?:
            return value.map { catalogue.adjustment($0)?.title ?? $0 } ?? spans.scalar(at: item + ["title"]) ?? ""
        default: return value ?? ""
        }
    }

    private func addField(_ field: CaseForm.Field) -> [String: Any] {
        var options = field.options
        switch field.kind {
        case .catalogueDemand:
            options = catalogue.demands.sorted { $0.title < $1.title }.map { CaseForm.Option(value: $0.code, label: $0.title) }
        case .flag:
            options = [CaseForm.Option(value: "false", label: "No"), CaseForm.Option(value: "true", label: "Yes")]
        case .catalogueLimitation:
            options = catalogue.limitations.sorted { $0.title < $1.title }.map { CaseForm.Option(value: $0.code, label: $0.title) }
        case .catalogueAdjustment:
            let suggested = caseFile.map { AdjustmentSuggester(catalogue: catalogue).suggest(for: $0) } ?? []
            let first = suggested.map { CaseForm.Option(value: $0.entry.code, label: "Suggested: " + $0.entry.title) }
            let rest = catalogue.adjustments.filter { entry in !suggested.contains { $0.entry.code == entry.code } }
                .sorted { $0.title < $1.title }.map { CaseForm.Option(value: $0.code, label: $0.title) }
            options = first + rest
        default: break
        }
        let kind = [.catalogueLimitation, .catalogueAdjustment, .catalogueDemand, .flag].contains(field.kind) ? "choice" : kindName(field.kind)
        return ["name": "add." + field.name, "label": field.label, "id": "a-" + field.name, "kind_" + kind: true,
                "options": options.map { ["value": $0.value, "label": $0.label] }]
    }

    private func kindName(_ kind: CaseForm.Kind) -> String {
        switch kind {
        case .longText: return "long"
        case .catalogueLimitation, .catalogueAdjustment, .catalogueDemand: return "choice"
        default: return kind.rawValue
        }
    }
}
