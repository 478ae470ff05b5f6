import Foundation

/// What a template file (a wording file, the health-terms list, the proclaimed holidays,
/// the catalogue's three files) gave when it was last read, kept in the user's cache folder beside the catalogue's
/// snapshot, so that a command does not parse the same YAML every time it starts.
///
/// Why: a one-plan `render` spent about 28M instructions composing and checking these
/// files (the catalogue 16M of them), more than a fifth of its own work; like
/// fontconfig's cache, the key is the file's bytes (and the format's version), so an edited file is read and checked again
/// at once; only a file that was read without a problem is kept, so a broken one is
/// reported every time; a missing, damaged or foreign snapshot is ignored.
public enum TemplateSnapshot {
    /// How one kind of value is kept: `version` is bumped whenever `encode`'s layout or
    /// the value's model changes.
    public struct Format<Value>: Sendable {
        public let name: String
        public let version: UInt64
        public let encode: @Sendable (Value, inout SnapshotWriter) -> Void
        public let decode: @Sendable (inout SnapshotReader) -> Value?

        public init(name: String, version: UInt64, encode: @escaping @Sendable (Value, inout SnapshotWriter) -> Void,
                    decode: @escaping @Sendable (inout SnapshotReader) -> Value?) {
            self.name = name
            self.version = version
            self.encode = encode
            self.decode = decode
        }
    }

    static let magic = Array("VRTS".utf8)

    /// The cache folder from the environment, or nil when snapshots are off:
    /// `VR_DOCS_CACHE_DIR` when set (empty: no snapshots at all), else
    /// `$XDG_CACHE_HOME/vr-docs`, else `~/.cache/vr-docs`.
    public static var defaultFolder: String? {
        if let folder = variable("VR_DOCS_CACHE_DIR") { return folder.isEmpty ? nil : folder }
        if let base = variable("XDG_CACHE_HOME"), base.hasPrefix("/") { return base + "/vr-docs" }
        if let home = variable("HOME"), !home.isEmpty { return home + "/.cache/vr-docs" }
        return nil
    }

    /// One variable, without copying the whole environment as `ProcessInfo` does.
    private static func variable(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// `read()`'s value for the file at `path`: from the snapshot of these exact bytes
    /// when `folder` has one, else from `read()`, which is then kept if it succeeded.
    /// With no folder, or a file that cannot be read, it is always `read()`, which
    /// reports the problem.
    public static func value<Value, Failure: Error>(of path: String, format: Format<Value>, folder: String?,
                                                    read: () throws(Failure) -> Value) throws(Failure) -> Value {
        try value(of: [path], format: format, folder: folder, read: read)
    }

    /// The same for a value read from several files (the catalogue's three), kept
    /// while none of them changes.
    public static func value<Value, Failure: Error>(of paths: [String], format: Format<Value>, folder: String?,
                                                    read: () throws(Failure) -> Value) throws(Failure) -> Value {
        guard let folder, let key = key(of: paths, format: format) else { return try read() }
        // One snapshot per set of files and format: their paths name it, their bytes key it.
        var place = FNV1a()
        for path in paths { place.mix(path) }
        let prefix = format.name + "-" + String(place.value, radix: 16) + "-"
        let target = folder + "/" + prefix + String(key, radix: 16) + ".bin"
        if let kept = FileManager.default.contents(atPath: target), let value = decode(Array(kept), key: key, format: format) {
            return value
        }
        let value = try read()
        write(encode(value, key: key, format: format), to: target, replacing: prefix, in: folder)
        return value
    }

    /// The key of the files' bytes, nil when one cannot be read.
    static func key<Value>(of paths: [String], format: Format<Value>) -> UInt64? {
        var hash = FNV1a()
        hash.mix(format.version)
        hash.mix(format.name)
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            hash.mix(UInt64(data.count))
            data.withUnsafeBytes { hash.mix($0) }
        }
        return hash.value
    }

    /// The magic, the key, a checksum of the rest, then the value: a snapshot damaged
    /// anywhere is refused, not decoded into a different value.
    static func encode<Value>(_ value: Value, key: UInt64, format: Format<Value>) -> [UInt8] {
        var payload = SnapshotWriter()
        format.encode(value, &payload)
        var out = SnapshotWriter()
        out.raw(magic)
        out.integer(key)
        out.integer(checksum(payload.bytes[...]))
        out.raw(payload.bytes)
        return out.bytes
    }

    static func decode<Value>(_ bytes: [UInt8], key: UInt64, format: Format<Value>) -> Value? {
        var input = SnapshotReader(bytes: bytes)
        guard input.take(magic.count).map(Array.init) == magic, input.integer() == key,
              let sum = input.integer(), sum == checksum(input.rest) else { return nil }
        guard let value = format.decode(&input), input.isAtEnd else { return nil }
        return value
    }

    private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash = FNV1a()
        bytes.withUnsafeBytes { hash.mix($0) }
        return hash.value
    }

    /// Any failure (a read-only home, a full disk) only means the next command reads the
    /// YAML again.
    private static func write(_ bytes: [UInt8], to target: String, replacing prefix: String, in folder: String) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        // Written whole under another name, then renamed: a reader never sees half a file.
        guard (try? Data(bytes).write(to: URL(fileURLWithPath: target), options: .atomic)) != nil else { return }
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && name.hasSuffix(".bin") && folder + "/" + name != target {
            try? manager.removeItem(atPath: folder + "/" + name)
        }
    }
}
