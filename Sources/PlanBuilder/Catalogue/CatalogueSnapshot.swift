import Foundation

/// The catalogue as last read from the same files, kept in the user's cache folder, so
/// that a command does not parse and check 56 KB of YAML every time it starts.
///
/// Why: every `render`, `validate` and `plan` loads the catalogue, and reading it from
/// YAML was the largest piece of work vr-docs does before its first page (about 18M
/// instructions of a one-plan `render`, most of it libyaml's scanner); the snapshot is
/// read in a few hundred thousand. Like fontconfig's cache, it is keyed by the files'
/// contents, so an edited catalogue is read from its YAML (and checked) again at once;
/// only a catalogue that loaded without a fault is kept, so a broken file is reported
/// every time. A snapshot that is missing, unreadable or from another version of the
/// format is ignored and the YAML is read.
///
/// The folder: `VR_DOCS_CACHE_DIR` when set (empty: no snapshot at all), else
/// `$XDG_CACHE_HOME/vr-docs`, else `~/.cache/vr-docs`.
public enum CatalogueSnapshot {
    /// Bumped whenever the encoding or the catalogue's model changes.
    static let formatVersion: UInt32 = 1
    static let magic = Array("VRCS".utf8)

    /// The cache folder from the environment, or nil when snapshots are off.
    public static var defaultFolder: String? {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["VR_DOCS_CACHE_DIR"] { return folder.isEmpty ? nil : folder }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") { return base + "/vr-docs" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/vr-docs" }
        return nil
    }

    /// The three catalogue files' contents, the key of their snapshot.
    struct Sources {
        let key: UInt64

        /// Nil when a file cannot be read; the YAML readers then report it.
        init?(catalogueFolder: String) {
            // FNV-1a over the format version and each file's length and bytes.
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            hash = withUnsafeBytes(of: CatalogueSnapshot.formatVersion.littleEndian) { Self.mix($0, into: hash) }
            for name in ["limitations.yaml", "demands.yaml", "adjustments.yaml"] {
                guard let data = FileManager.default.contents(atPath: catalogueFolder + "/" + name) else { return nil }
                hash = withUnsafeBytes(of: UInt64(data.count).littleEndian) { Self.mix($0, into: hash) }
                hash = data.withUnsafeBytes { Self.mix($0, into: hash) }
            }
            key = hash
        }

        private static func mix(_ bytes: UnsafeRawBufferPointer, into start: UInt64) -> UInt64 {
            var hash = start
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash
        }
    }

    static func path(folder: String, key: UInt64) -> String {
        folder + "/catalogue-" + String(key, radix: 16) + ".bin"
    }

    /// The snapshot for `key` in `folder`, or nil.
    static func read(folder: String, key: UInt64) -> Catalogue? {
        guard let data = FileManager.default.contents(atPath: path(folder: folder, key: key)) else { return nil }
        return decode(Array(data), key: key)
    }

    /// Keeps `catalogue` as the snapshot for `key`, replacing older snapshots; any
    /// failure (a read-only home, a full disk) only means the next command reads YAML.
    static func write(_ catalogue: Catalogue, folder: String, key: UInt64) {
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        let target = path(folder: folder, key: key)
        // Written whole under another name, then renamed: a reader never sees half a file.
        guard (try? Data(encode(catalogue, key: key)).write(to: URL(fileURLWithPath: target), options: .atomic)) != nil else { return }
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix("catalogue-") && name.hasSuffix(".bin") && folder + "/" + name != target {
            try? manager.removeItem(atPath: folder + "/" + name)
        }
    }

    // MARK: Encoding

    static func encode(_ catalogue: Catalogue, key: UInt64) -> [UInt8] {
        var out = SnapshotWriter()
        out.bytes += magic
        out.integer(UInt64(formatVersion))
        out.integer(key)
        for entries in [catalogue.limitations, catalogue.demands] {
            out.integer(UInt64(entries.count))
            for entry in entries { out.strings([entry.code, entry.title, entry.description]) }
        }
        out.integer(UInt64(catalogue.adjustments.count))
        for entry in catalogue.adjustments {
            out.strings([entry.code, entry.title, entry.category, entry.involves, entry.why])
            out.list(entry.limitations)
            out.list(entry.demands)
            out.list(entry.requiresDemands)
            out.integer(entry.accessToWork ? 1 : 0)
            out.integer(entry.reviewWeeks.map { UInt64($0) + 1 } ?? 0)
        }
        return out.bytes
    }

    static func decode(_ bytes: [UInt8], key: UInt64) -> Catalogue? {
        var input = SnapshotReader(bytes: bytes)
        guard input.take(magic.count).map(Array.init) == magic, input.integer() == UInt64(formatVersion), input.integer() == key else { return nil }
        var plain: [[CatalogueEntry]] = []
        for _ in 0..<2 {
            guard let count = input.count() else { return nil }
            var entries: [CatalogueEntry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let code = input.string(), let title = input.string(), let description = input.string() else { return nil }
                entries.append(CatalogueEntry(code: code, title: title, description: description))
            }
            plain.append(entries)
        }
        guard let count = input.count() else { return nil }
        var adjustments: [AdjustmentEntry] = []
        adjustments.reserveCapacity(count)
        for _ in 0..<count {
            guard let code = input.string(), let title = input.string(), let category = input.string(),
                  let involves = input.string(), let why = input.string(),
                  let limitations = input.list(), let demands = input.list(), let requires = input.list(),
                  let access = input.integer(), access <= 1, let review = input.integer(), review <= 1_000
            else { return nil }
            adjustments.append(AdjustmentEntry(code: code, title: title, category: category, involves: involves, why: why,
                                               limitations: limitations, demands: demands, accessToWork: access == 1,
                                               reviewWeeks: review == 0 ? nil : Int(review - 1), requiresDemands: requires))
        }
        guard input.isAtEnd else { return nil }
        return Catalogue(adjustments: adjustments, limitations: plain[0], demands: plain[1])
    }
}

/// Integers as LEB128, strings as a length and UTF-8.
private struct SnapshotWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: UInt64) {
        var value = value
        repeat {
            let low = UInt8(value & 0x7F)
            value >>= 7
            bytes.append(value == 0 ? low : low | 0x80)
        } while value != 0
    }

    mutating func strings(_ values: [String]) {
        for value in values {
            integer(UInt64(value.utf8.count))
            bytes += value.utf8
        }
    }

    mutating func list(_ values: [String]) {
        integer(UInt64(values.count))
        strings(values)
    }
}

/// Reads what `SnapshotWriter` wrote; every read is bounds-checked and gives nil past
/// the end, so a damaged file is refused, never trusted.
private struct SnapshotReader {
    let bytes: [UInt8]
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func integer() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    /// A count no larger than the bytes left could hold.
    mutating func count() -> Int? {
        guard let value = integer(), value <= UInt64(bytes.count - offset) else { return nil }
        return Int(value)
    }

    mutating func string() -> String? {
        guard let length = count(), let slice = take(length) else { return nil }
        return String(validating: slice, as: UTF8.self)
    }

    mutating func list() -> [String]? {
        guard let count = count() else { return nil }
        var values: [String] = []
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }
}
