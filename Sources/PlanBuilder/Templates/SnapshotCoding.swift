/// FNV-1a, 64 bits: the key of a snapshot, from the bytes it was made from. Not for
/// security; only to notice that a template file has changed.
public struct FNV1a {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func mix(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }

    public mutating func mix(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { mix($0) }
    }

    public mutating func mix(_ text: String) {
        mix(UInt64(text.utf8.count))
        var text = text
        text.withUTF8 { mix(UnsafeRawBufferPointer($0)) }
    }
}

/// Integers as LEB128, strings as a length and UTF-8.
public struct SnapshotWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func raw(_ values: [UInt8]) {
        bytes += values
    }

    public mutating func integer(_ value: UInt64) {
        var value = value
        repeat {
            let low = UInt8(value & 0x7F)
            value >>= 7
            bytes.append(value == 0 ? low : low | 0x80)
        } while value != 0
    }

    public mutating func strings(_ values: [String]) {
        for value in values {
            integer(UInt64(value.utf8.count))
            bytes += value.utf8
        }
    }

    public mutating func list(_ values: [String]) {
        integer(UInt64(values.count))
        strings(values)
    }
}

/// Reads what `SnapshotWriter` wrote; every read is bounds-checked and gives nil past
/// the end, so a damaged file is refused, never trusted.
public struct SnapshotReader {
    let bytes: [UInt8]
    var offset = 0

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var isAtEnd: Bool { offset == bytes.count }

    /// The bytes not read yet.
    public var rest: ArraySlice<UInt8> { bytes[offset...] }

    public mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    public mutating func integer() -> UInt64? {
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
    public mutating func count() -> Int? {
        guard let value = integer(), value <= UInt64(bytes.count - offset) else { return nil }
        return Int(value)
    }

    public mutating func string() -> String? {
        guard let length = count(), let slice = take(length) else { return nil }
        return String(validating: slice, as: UTF8.self)
    }

    public mutating func list() -> [String]? {
        guard let count = count() else { return nil }
        var values: [String] = []
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }
}
