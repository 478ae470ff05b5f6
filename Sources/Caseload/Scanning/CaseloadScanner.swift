import Concurrency
import Foundation
import PlanBuilder
import Synchronization

/// A case file that could not be read, with every problem the reader found in it. For
/// the case manager's terminal only: the problems quote the file's name and values.
public struct InvalidCaseFile: Sendable, Equatable {
    public var path: String
    public var problems: [String]

    public init(path: String, problems: [String]) {
        self.path = path
        self.problems = problems
    }
}

/// The outcome of reading a caseload: the running totals and the files left out.
public struct CaseloadScan: Sendable {
    public var tally: CaseloadTally
    /// Sorted by path, so the list reads the same on every run.
    public var invalid: [InvalidCaseFile]
    /// Invalid files beyond `CaseloadScanner.invalidListLimit` are counted, not listed.
    public var invalidNotListed: Int
    /// Case files read, duplicates and unreadable ones included.
    public var filesRead: Int
    /// Folders or files named more than once (or inside another one named), walked once.
    public var overlaps: [RootOverlap] = []
    /// References found in more than one file; each client is counted once.
    public var duplicates: [DuplicateReference] = []

    public init(tally: CaseloadTally, invalid: [InvalidCaseFile] = [], invalidNotListed: Int = 0, filesRead: Int,
                overlaps: [RootOverlap] = [], duplicates: [DuplicateReference] = []) {
        self.tally = tally
        self.invalid = invalid
        self.invalidNotListed = invalidNotListed
        self.filesRead = filesRead
        self.overlaps = overlaps
        self.duplicates = duplicates
    }

    public var invalidCount: Int { invalid.count + invalidNotListed }
    /// Files left out because their reference was already counted from another file.
    public var duplicateFilesLeftOut: Int { duplicates.reduce(0) { $0 + $1.paths.count - 1 } }
}

/// Reads a caseload on several threads. Each thread pulls the next file from a shared
/// `CaseFileSource`, keeps only its `CaseSummary` in a tally of its own, and the tallies
/// are added up at the end: memory stays flat however many files there are (apart from
/// 8 to 24 bytes a client to recognise a reference seen before).
public struct CaseloadScanner: Sendable {
    /// Beyond this many invalid files only the count is kept, to bound memory when a
    /// folder holds something other than case files.
    public static let invalidListLimit = 10_000

    public let reader: CaseFileReader
    public let jobs: Int
    /// True to read each file with the full reader, as `validate` does, so a problem
    /// anywhere in a file leaves its client out. False (the default) reads only the
    /// fields the report counts (`OutcomeFieldsReader`), and the full reader only for the
    /// files those fields cannot be read from, for its exact problems.
    public let readsWholeFiles: Bool

    public init(reader: CaseFileReader, jobs: Int = ProcessInfo.processInfo.activeProcessorCount, readsWholeFiles: Bool = false) {
        var reader = reader
        reader.recordsLocations = false
        reader.recordsFingerprint = false
        self.reader = reader
        self.jobs = max(1, jobs)
        self.readsWholeFiles = readsWholeFiles
    }

    /// `progress` is called now and then with the number of files read so far, from
    /// whichever thread read them.
    public func scan(_ roots: [String], progress: (@Sendable (Int) -> Void)? = nil) throws(CaseloadError) -> CaseloadScan {
        let source = try CaseFileSource(roots: roots)
        let results = ScanResults()
        let registry = ReferenceRegistry()
        let reader = self.reader
        let outcomeFields: OutcomeFieldsReader? = readsWholeFiles ? nil : OutcomeFieldsReader()
        let readAhead = CaseFileReadAhead(roots: roots, readers: source)
        WorkerPool(jobs: jobs).onEachThread {
            var tally = CaseloadTally()
            var invalid: [InvalidCaseFile] = []
            var later: [LaterCopy] = []
            var invalidCount = 0
            var read = 0
            while let (path, sequence) = source.nextNumbered() {
                do throws(CaseFileErrors) {
                    let caseFile: CaseFile
                    if let fields = outcomeFields?.read(path: path) { caseFile = fields } else { caseFile = try reader.read(path: path) }
                    let summary = CaseSummary(caseFile)
                    if let first = registry.claim(summary.reference, sequence: sequence) {
                        later.append(LaterCopy(path: path, sequence: sequence, summary: summary, firstSequence: first))
                    } else {
                        tally.add(summary)
                    }
                } catch {
                    invalidCount += 1
                    if invalid.count < Self.invalidListLimit {
                        invalid.append(InvalidCaseFile(path: path, problems: error.issues.map { issue in
                            issue.location == nil ? "\(path): \(issue)" : issue.description
                        }))
                    }
                }
                read += 1
                if read % 256 == 0 {
                    let total = results.addRead(256)
                    progress?(total)
                }
            }
            results.finish(tally: tally, invalid: invalid, later: later, invalidCount: invalidCount, remainder: read % 256)
        }
        readAhead?.stop()
        var (tally, invalid, later, invalidCount, filesRead) = results.combined()
        for folder in source.foldersNotOpened {
            invalidCount += 1
            invalid.append(InvalidCaseFile(path: folder, problems: ["\(folder): this folder cannot be opened (check its permissions); its case files are not counted."]))
        }
        guard filesRead > 0 else { throw .noCaseFiles(roots) }
        let duplicates = try DuplicateResolver(roots: roots, reader: reader).resolve(later, into: &tally)
        let sorted = invalid.sorted { $0.path < $1.path }
        let listed = Array(sorted.prefix(Self.invalidListLimit))
        return CaseloadScan(tally: tally, invalid: listed, invalidNotListed: invalidCount - listed.count, filesRead: filesRead,
                            overlaps: source.overlaps, duplicates: duplicates)
    }
}

/// Where the worker threads hand in their tallies.
private final class ScanResults: Sendable {
    private struct Combined {
        var tally = CaseloadTally()
        var invalid: [InvalidCaseFile] = []
        var later: [LaterCopy] = []
        var invalidCount = 0
        var read = 0
    }

    private let combinedSoFar = Mutex(Combined())

    func addRead(_ count: Int) -> Int {
        combinedSoFar.withLock { combined in
            combined.read += count
            return combined.read
        }
    }

    func finish(tally other: CaseloadTally, invalid more: [InvalidCaseFile], later copies: [LaterCopy], invalidCount count: Int, remainder: Int) {
        combinedSoFar.withLock { combined in
            combined.tally.merge(other)
            combined.invalid += more
            combined.later += copies
            combined.invalidCount += count
            combined.read += remainder
        }
    }

    func combined() -> (CaseloadTally, [InvalidCaseFile], [LaterCopy], Int, Int) {
        combinedSoFar.withLock { ($0.tally, $0.invalid, $0.later, $0.invalidCount, $0.read) }
    }
}
