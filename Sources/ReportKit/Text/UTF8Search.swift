#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Whether the text's UTF-8 holds `byte`: `memchr` over the stored bytes. The rules
    /// ask this of every run of every paragraph before doing anything ("is there an en
    /// dash?", "a NUL?"), and `utf8.contains` walks the view one byte at a time through
    /// the generic sequence, about ten instructions a byte.
    func utf8Contains(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? utf8.contains(byte)
    }
}
