import CCairo

/// The fontconfig configuration every `TextEngine` uses: the system's own,
/// plus one rule that rejects colour fonts.
///
/// Pango asks fontconfig for a colour emoji font first whenever one is
/// installed (e.g. Noto Color Emoji on a desktop), and cairo 1.16 then
/// embeds every emoji as a 13-pixel bitmap that prints blurred and is lost
/// to text extraction and screen readers. Without colour fonts, emoji come
/// from an outline font (Symbola), as vectors with their text intact.
///
/// Built once per process: loading the font list costs milliseconds, and a
/// finished configuration is only read afterwards. It is also made fontconfig's
/// current configuration before any Pango font map exists: a new font map starts a
/// thread that calls `FcInit`, which loads the system's configuration and scans the
/// fonts a second time unless a current one is already set.
enum FontConfiguration {
    nonisolated(unsafe) static let shared: OpaquePointer? = {
        guard let config = FcInitLoadConfig() else { return nil }
        let rule = """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig><selectfont><rejectfont><pattern>
            <patelt name="color"><bool>true</bool></patelt>
            </pattern></rejectfont></selectfont></fontconfig>
            """
        guard FcConfigParseAndLoadFromMemory(config, rule, FcTrue) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            return nil
        }
        FcConfigSetCurrent(config)
        return config
    }()
}
