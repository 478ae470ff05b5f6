import Foundation
import PlanBuilder
import Synchronization

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

/// Which references have been counted, shared by the scanning threads. Only a 32-bit
/// fingerprint and a 32-bit listing position are kept per client (8 bytes, 16 to 24 with
/// the table's spare room), so memory stays small however many clients there are. Two
/// references can share a fingerprint (about once in 100,000 clients): every match is
/// settled on the references themselves by `DuplicateResolver`, so that costs one
/// re-read, never a wrong count.
final class ReferenceRegistry: Sendable {
    private let firstSeen = Mutex<[UInt32: UInt32]>([:])

    /// Records that the file at listing position `sequence` has `reference`; returns
    /// nil when the reference is new, or the position of the file that claimed it first.
    func claim(_ reference: String, sequence: Int) -> Int? {
        let key = Self.fingerprint(reference)
        return firstSeen.withLock { firstSeen in
            if let first = firstSeen[key] { return Int(first) }
            firstSeen[key] = UInt32(truncatingIfNeeded: sequence)
            return nil
        }
    }

    /// FNV-1a (32-bit) over the reference's UTF-8: the same on every run and machine.
    static func fingerprint(_ reference: String) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in reference.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
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
            let first = (summary: CaseSummary(caseFile), path: path, sequence: firstSequence)
            let all = [first] + later.map { (summary: $0.summary, path: $0.path, sequence: $0.sequence) }
            // One group per reference: copies sharing only a fingerprint are other clients.
            for (reference, files) in Dictionary(grouping: all, by: \.summary.reference).sorted(by: { $0.key < $1.key }) {
                let sorted = files.sorted { Self.precedes($0.path, $1.path) }
                let counted = sorted[0]
                if files.contains(where: { $0.sequence == firstSequence }) {
                    if counted.sequence != firstSequence {
                        tally.remove(first.summary)
                        tally.add(counted.summary)
                    }
                } else {
                    tally.add(counted.summary)
                }
                if sorted.count > 1 { duplicates.append(DuplicateReference(reference: reference, paths: sorted.map(\.path))) }
            }
        }
        return duplicates.sorted { $0.reference < $1.reference }
    }

    /// Paths compared by their bytes, so the order is the same in every locale.
    static func precedes(_ left: String, _ right: String) -> Bool {
        Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
    }

    private static func group(_ files: [(reference: String, path: String, sequence: Int)]) -> [DuplicateReference] {
        Dictionary(grouping: files, by: \.reference).map { reference, files in
            DuplicateReference(reference: reference, paths: files.map(\.path).sorted(by: precedes))
        }
    }
}
