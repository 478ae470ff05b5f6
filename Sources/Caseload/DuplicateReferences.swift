import Foundation
import PlanBuilder

/// Two or more case files with the same `case.reference`: one client, counted once.
/// The copy counted is the one whose path sorts first (by its bytes), whatever order the
/// folders list their files in and whichever thread read it first, so the report is
/// the same on every run. The references and paths go to the terminal only, never into
/// the report.
public struct DuplicateReference: Sendable, Equatable {
    public var reference: String
    /// Every file with the reference, sorted by path; the first is the one counted.
    public var paths: [String]
}

/// Which references have been counted, shared by the scanning threads. Only a 64-bit
/// fingerprint and a listing position are kept per client (about 20 bytes), so memory
/// stays small however many clients there are; a fingerprint match is confirmed on the
/// reference itself before anyone is called a duplicate.
final class ReferenceRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var firstSeen: [UInt64: Int] = [:]

    /// Records that the file at listing position `sequence` has `reference`; returns
    /// nil when the reference is new, or the position of the file that claimed it first.
    func claim(_ reference: String, sequence: Int) -> Int? {
        let key = Self.fingerprint(reference)
        lock.lock()
        defer { lock.unlock() }
        if let first = firstSeen[key] { return first }
        firstSeen[key] = sequence
        return nil
    }

    /// FNV-1a over the reference's UTF-8: the same on every run and every machine.
    static func fingerprint(_ reference: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in reference.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// A file read after another with the same reference fingerprint had been counted.
struct LaterCopy: Sendable {
    var path: String
    var sequence: Int
    var summary: CaseSummary
    /// The listing position of the file counted first.
    var firstSequence: Int
}

/// Settles duplicates after the scan: finds the first-counted files again (by walking
/// the listing, without keeping it), reads them, and makes sure the copy counted is the
/// one whose path sorts first, so the report is the same bytes on every run.
struct DuplicateResolver {
    let roots: [String]
    let reader: CaseFileReader

    func resolve(_ copies: [LaterCopy], into tally: inout CaseloadTally) throws(CaseloadError) -> [DuplicateReference] {
        guard !copies.isEmpty else { return [] }
        let wanted = Set(copies.map(\.firstSequence))
        var paths: [Int: String] = [:]
        let source = try CaseFileSource(roots: roots)
        while paths.count < wanted.count, let next = source.nextNumbered() {
            if wanted.contains(next.sequence) { paths[next.sequence] = next.path }
        }
        var duplicates: [DuplicateReference] = []
        for (firstSequence, later) in Dictionary(grouping: copies, by: \.firstSequence).sorted(by: { $0.key < $1.key }) {
            guard let path = paths[firstSequence], let caseFile = try? reader.read(path: path) else {
                // The first file changed or went while the report ran: keep what was counted.
                duplicates += Self.group(later.map { ($0.summary.reference, $0.path, $0.sequence) })
                continue
            }
            let first = CaseSummary(caseFile)
            var all = [(summary: first, path: path, sequence: firstSequence)]
            for copy in later {
                if copy.summary.reference == first.reference {
                    all.append((copy.summary, copy.path, copy.sequence))
                } else {
                    // Same fingerprint, different reference: a different client after all.
                    tally.add(copy.summary)
                }
            }
            guard all.count > 1 else { continue }
            all.sort { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
            if all[0].sequence != firstSequence {
                tally.remove(first)
                tally.add(all[0].summary)
            }
            duplicates.append(DuplicateReference(reference: first.reference, paths: all.map(\.path)))
        }
        return duplicates.sorted { $0.reference < $1.reference }
    }

    private static func group(_ files: [(reference: String, path: String, sequence: Int)]) -> [DuplicateReference] {
        Dictionary(grouping: files, by: \.reference).map { reference, files in
            DuplicateReference(reference: reference, paths: files.map(\.path).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
    }
}
