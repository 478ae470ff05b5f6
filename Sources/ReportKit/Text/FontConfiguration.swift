import CCairo
import Foundation

/// The fontconfig configuration every `TextEngine` uses: the system's fonts and
/// caches under a short rule set of vr-docs' own, rather than the system's 35
/// rule files.
///
/// Why not the system's rules: fontconfig applies every rule to every font Pango
/// asks for, and a desktop's rules (metric aliases, per-language preferences, hinting)
/// cost about 25M instructions of a one-plan `render` and their XML another 20M,
/// for documents that name their fonts and are drawn to PDF, where hinting does not
/// apply. Fallback for scripts the theme's font lacks still works: fontconfig sorts
/// every installed font and Pango takes the first that covers a character.
///
/// The rules kept:
/// - colour fonts are rejected: Pango asks for a colour emoji font first whenever one
///   is installed, and cairo 1.16 embeds every emoji as a 13-pixel bitmap that prints
///   blurred and is lost to text extraction and screen readers; without colour fonts,
///   emoji come from an outline font (Symbola), as vectors with their text intact;
/// - a family that is not installed falls back to a sans-serif font, DejaVu first, as
///   on Debian's own configuration;
/// - Symbola comes straight after DejaVu Sans among the sans-serif fonts, so emoji are
///   drawn as vector outlines that extract as text (given a colour emoji font, cairo 1.16
///   embeds each emoji as a small bitmap with no text). It is a rule here rather than a
///   second family in every font description ("DejaVu Sans,Symbola"): Pango measures
///   each font's metrics in a description naming the font's own family alone, and a
///   description that differs from the one laid out makes fontconfig sort every
///   installed font a second time for each font and size (about 19M instructions of a
///   one-plan `render`);
/// - a font without a bold or italic face is emboldened or slanted (a Chinese name in
///   a bold table header stays bold);
/// - no standard ligatures: letters stay letters, where an "fi" or "ff" glyph is read
///   by a screen reader, a search or a copy as one compatibility character (U+FB01),
///   and cairo can embed it only in a second, CID-keyed subset of the font. As a font
///   property rather than a text attribute it costs nothing to lay out (an attribute
///   over every paragraph cost Pango about 4M instructions of a plan), and with
///   no-break spaces drawn as spaces (`PangoTextBuilder`) each face is one subset.
///
/// Someone who sets `FONTCONFIG_FILE` or `FONTCONFIG_PATH` gets the configuration
/// they asked for (with colour fonts still rejected), and so does a system whose font
/// folders are not where Debian puts them.
///
/// Built once per process: loading the font list costs milliseconds, and a finished
/// configuration is only read afterwards. It is made fontconfig's current
/// configuration before any Pango font map exists: a new font map starts a thread that
/// calls `FcInit`, which loads the system's configuration a second time unless a
/// current one is already set.
enum FontConfiguration {
    nonisolated(unsafe) static let shared: OpaquePointer? = {
        let environment = ProcessInfo.processInfo.environment
        let asked = environment["FONTCONFIG_FILE"] != nil || environment["FONTCONFIG_PATH"] != nil
        guard let config = (asked ? nil : ownConfiguration()) ?? systemConfiguration() else { return nil }
        FcConfigSetCurrent(config)
        return config
    }()

    private static let rejectColourFonts = """
        <selectfont><rejectfont><pattern>
        <patelt name="color"><bool>true</bool></patelt>
        </pattern></rejectfont></selectfont>
        """

    private static let ownRules = """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
        <dir>/usr/share/fonts</dir>
        <dir>/usr/local/share/fonts</dir>
        <dir prefix="xdg">fonts</dir>
        <dir>~/.fonts</dir>
        <cachedir>/var/cache/fontconfig</cachedir>
        <cachedir prefix="xdg">fontconfig</cachedir>
        <cachedir>~/.fontconfig</cachedir>
        \(rejectColourFonts)
        <match target="pattern">
          <test qual="all" name="family" compare="not_eq"><string>sans-serif</string></test>
          <test qual="all" name="family" compare="not_eq"><string>serif</string></test>
          <test qual="all" name="family" compare="not_eq"><string>monospace</string></test>
          <edit name="family" mode="append_last"><string>sans-serif</string></edit>
        </match>
        <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family><family>Symbola</family><family>Noto Sans</family></prefer></alias>
        <alias><family>serif</family><prefer><family>DejaVu Serif</family><family>Noto Serif</family></prefer></alias>
        <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family><family>Noto Sans Mono</family></prefer></alias>
        <match target="font">
          <test name="slant"><const>roman</const></test>
          <test target="pattern" name="slant" compare="not_eq"><const>roman</const></test>
          <edit name="matrix" mode="assign"><times><name>matrix</name>
            <matrix><double>1</double><double>0.2</double><double>0</double><double>1</double></matrix></times></edit>
          <edit name="slant" mode="assign"><const>oblique</const></edit>
        </match>
        <match target="font">
          <test name="weight" compare="less_eq"><const>medium</const></test>
          <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
          <edit name="embolden" mode="assign"><bool>true</bool></edit>
          <edit name="weight" mode="assign"><const>bold</const></edit>
        </match>
        <match target="font">
          <edit name="fontfeatures" mode="append"><string>liga=0</string><string>clig=0</string></edit>
        </match>
        </fontconfig>
        """

    /// The system's fonts under vr-docs' rules, or nil when that finds no fonts.
    private static func ownConfiguration() -> OpaquePointer? {
        guard let config = FcConfigCreate() else { return nil }
        guard FcConfigParseAndLoadFromMemory(config, ownRules, FcTrue) != 0, FcConfigBuildFonts(config) != 0,
              let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0 else {
            FcConfigDestroy(config)
            return nil
        }
        return config
    }

    /// The system's (or the user's chosen) configuration, colour fonts rejected.
    private static func systemConfiguration() -> OpaquePointer? {
        guard let config = FcInitLoadConfig() else { return nil }
        let rule = """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>\(rejectColourFonts)</fontconfig>
            """
        guard FcConfigParseAndLoadFromMemory(config, rule, FcTrue) != 0, FcConfigBuildFonts(config) != 0 else {
            FcConfigDestroy(config)
            return nil
        }
        return config
    }
}
