/// A service's look and name on every page: the theme, the name at the left of the
/// running header, the logo and the paper size.
///
/// ReportKit takes branding as values; reading it from a theme file is the templates'
/// business (Documents reads `templates/themes/*.yaml` the way it reads every template),
/// so ReportKit needs no YAML library.
public struct Branding: Sendable {
    public var theme: Theme
    /// Shown at the left of the running header.
    public var serviceName: String?
    /// Path of the logo PNG.
    public var logoPNG: String?
    public var pageSize: PageSize?

    public init(theme: Theme = .standard, serviceName: String? = nil, logoPNG: String? = nil,
                pageSize: PageSize? = nil) {
        self.theme = theme
        self.serviceName = serviceName
        self.logoPNG = logoPNG
        self.pageSize = pageSize
    }
}
