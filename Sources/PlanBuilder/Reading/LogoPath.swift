import Foundation

/// Resolves `case.service.logo`, written relative to the case file, and checks it when the
/// file is read, so that a wrong or hostile path is reported with its line rather than
/// met when a document is drawn.
///
/// A case file can come from anywhere (an export, an e-mail), so the path it names is not
/// trusted: it must be a regular file (a FIFO named `x.png` would block the renderer for
/// ever), inside the case file's folder or the templates folder (not any PNG on the disk,
/// such as another service's letterhead or a screenshot), a real PNG, and small enough
/// to draw quickly (a 20,000 × 20,000 pixel image takes seconds and gigabytes).
enum LogoPath {
    /// Largest logo file accepted.
    static let maxBytes = 2 * 1024 * 1024
    /// Largest width or height, in pixels; a logo is drawn about 22 points high.
    static let maxSide = 4_000
    /// Largest number of pixels.
    static let maxPixels = 4_000_000

    static func resolve(_ written: String, against baseDirectory: String?, templatesDirectory: String?,
                        fields: MappingReader) -> String? {
        let path = ScalarText.trimmed(written)
        guard path.lowercased().hasSuffix(".png") else {
            fields.report("logo", "\(ScalarText.shown(path)) is not a PNG file",
                          fix: "Give the path of a .png image, relative to the case file.")
            return nil
        }
        let base = baseDirectory ?? FileManager.default.currentDirectoryPath
        let joined = path.hasPrefix("/") ? path
            : URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(path).standardizedFileURL.path
        guard let real = realPath(joined) else {
            fields.report("logo", "there is no file at \(joined)",
                          fix: "Give the logo's path relative to the folder of the case file.")
            return nil
        }
        let allowed = [base, templatesDirectory].compactMap { $0 }.compactMap(realPath)
        guard allowed.contains(where: { real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
            fields.report("logo", "\(ScalarText.shown(path)) is outside the case file's folder and the templates folder",
                          fix: "Copy the logo into the folder of the case file (or the templates folder) and give its name, e.g. logo: logo.png.")
            return nil
        }
        if let problem = problem(with: real) {
            fields.report("logo", problem.problem, fix: problem.fix)
            return nil
        }
        return real
    }

    /// The path with every symbolic link and `..` resolved, or nil when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why the file at `path` cannot be a logo, or nil when it can. The file is opened
    /// without waiting (a FIFO or device swapped in after the check cannot block), and
    /// only its first 24 bytes are read: the PNG signature and the image's size.
    static func problem(with path: String) -> ValueProblem? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return ValueProblem(problem: "the logo \(path) cannot be opened", fix: "Check that you may read it.")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            return ValueProblem(problem: "the logo \(path) is not a regular file",
                                fix: "Give the path of a PNG image file.")
        }
        guard Int(info.st_size) <= maxBytes else {
            return ValueProblem(problem: "the logo is \(Int(info.st_size) / 1024) KB, more than the \(maxBytes / 1024 / 1024) MB a logo may be",
                                fix: "Use a smaller image; a logo 600 pixels wide is plenty.")
        }
        var header = [UInt8](repeating: 0, count: 24)
        let count = read(descriptor, &header, 24)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard count == 24, Array(header[0..<8]) == signature, Array(header[12..<16]) == Array("IHDR".utf8) else {
            return ValueProblem(problem: "the logo \(path) is not a PNG image",
                                fix: "Save the logo as PNG.")
        }
        let width = header[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = header[20..<24].reduce(0) { $0 << 8 | Int($1) }
        guard width > 0, height > 0, width <= maxSide, height <= maxSide, width * height <= maxPixels else {
            return ValueProblem(problem: "the logo is \(width) × \(height) pixels, larger than a logo may be "
                                    + "(at most \(maxSide) pixels a side and \(maxPixels / 1_000_000) million pixels)",
                                fix: "Use a smaller image; a logo 600 pixels wide is plenty.")
        }
        return nil
    }
}
