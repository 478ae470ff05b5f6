/// The documents vr-docs can produce from one case file, named as on the command line.
public enum DocumentKind: String, CaseIterable, Sendable {
    case rtwPlan = "rtw-plan"
}
