/// The version of vr-docs: printed by `vr-docs --version` and recorded with every issued
/// document, so a reader can tell which wording and rules produced it. Raise it when
/// behaviour or wording changes.
public enum ReleaseVersion {
    public static let string = "0.9.0"
}
