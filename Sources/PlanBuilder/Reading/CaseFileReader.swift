import Foundation

/// Reads a case file (YAML, or the same structure as JSON) into a `CaseFile`, or throws
/// every problem found in it at once, each with its line, field and a way to fix it.
///
/// Hostile input (huge, binary, deeply nested, alias bombs) is refused before or while
/// parsing, so reading always ends quickly with either a case file or an error.
public struct CaseFileReader: Sendable {
    /// Catalogue codes to check limitations, job demands and adjustments against; without
    /// them any code is accepted.
    public let knownCodes: KnownCodes?
    /// The templates folder: besides the case file's own folder, the one place a logo
    /// named in a case file may be (`LogoPath`).
    public var templatesDirectory: String?

    /// Whether to record the file's SHA-256 in `CaseFile.fingerprint`: documents carry it,
    /// a caseload of 100,000 files does not need it.
    public var recordsFingerprint = false
    /// Whether to keep where every field was written (`CaseFile.locations`), which
    /// documents use to point at a line; a caseload does not.
    public var recordsLocations = true

    public init(knownCodes: KnownCodes? = nil, templatesDirectory: String? = nil, recordsFingerprint: Bool = false) {
        self.knownCodes = knownCodes
        self.templatesDirectory = templatesDirectory
        self.recordsFingerprint = recordsFingerprint
    }

    /// Reads the file at `path`; problems are reported against `path` as given.
    public func read(path: String) throws(CaseFileErrors) -> CaseFile {
        let bytes = try CaseFileBytes.load(path: path)
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try read(bytes: bytes, fileName: path, baseDirectory: directory)
    }

    /// Reads a case file already in memory. `baseDirectory` is the folder that relative
    /// paths in the file (the service logo) are resolved against; nil leaves them as written.
    public func read(bytes: [UInt8], fileName: String, baseDirectory: String?) throws(CaseFileErrors) -> CaseFile {
        let log = IssueLog(fileName: fileName)
        log.recordsLocations = recordsLocations
        guard let text = CaseFileText.decode(bytes, log: log),
              StructureLimits.check(text, log: log),
              let parsed = YAMLDocument.parse(CaseFileReader.prepared(text, fileName: fileName), log: log) else {
            throw log.errors()
        }
        var sections = CaseFileSections(log: log, knownCodes: knownCodes, baseDirectory: baseDirectory)
        sections.templatesDirectory = templatesDirectory
        let caseFile = sections.read(parsed.root)
        DuplicateKeyMarker.reportUnseen(parsed.duplicates, in: log)
        UnfilledBlanks.report(in: text, fileName: fileName, log: log)
        guard var caseFile, log.isEmpty else { throw log.errors() }
        caseFile.locations = log.locations
        if recordsFingerprint { caseFile.fingerprint = SHA256.hex(bytes) }
        return caseFile
    }

    /// JSON goes through the YAML parser too (JSON is YAML's flow style), so that line
    /// numbers work the same. JSON may indent with tabs, which YAML forbids; as JSON text
    /// cannot hold a raw tab inside a string, tabs are replaced by spaces one for one,
    /// keeping every column.
    static func prepared(_ text: String, fileName: String) -> String {
        let firstCharacter = text.first { !$0.isWhitespace }
        let isJSON = fileName.lowercased().hasSuffix(".json") || firstCharacter == "{"
        guard isJSON, text.contains("\t") else { return text }
        return String(text.map { $0 == "\t" ? " " : $0 })
    }
}

/// Loads a case file's bytes, refusing a file over the size limit before reading it, and
/// anything that is not a regular file: a FIFO or a device named `case.yaml` among a
/// batch's files would otherwise block the reader for ever, or feed it without end.
enum CaseFileBytes {
    static func load(path: String) throws(CaseFileErrors) -> [UInt8] {
        let log = IssueLog(fileName: path)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let exists = FileManager.default.fileExists(atPath: path)
            log.report("", at: nil, exists ? "the file cannot be opened" : "there is no file at this path",
                       fix: exists ? "Check that you may read it." : "Check the path and the file name.")
            throw log.errors()
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            let folder = (info.st_mode & S_IFMT) == S_IFDIR
            log.report("", at: nil, folder ? "this is a folder, not a case file" : "this is not a regular file (a pipe or a device)",
                       fix: "Give the path of a case file (.yaml or .json).")
            throw log.errors()
        }
        // Reading a regular file never waits, so the descriptor can go back to blocking
        // mode for FileHandle.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: CaseFileText.sizeLimit + 1) ?? Data()
        } catch {
            log.report("", at: nil, "the file cannot be read (\(error.localizedDescription))",
                       fix: "Check that it is a file, not a folder, and that you may read it.")
            throw log.errors()
        }
        if data.count > CaseFileText.sizeLimit {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            CaseFileText.reportTooLarge((attributes?[.size] as? Int) ?? data.count, log: log)
            throw log.errors()
        }
        return [UInt8](data)
    }
}
