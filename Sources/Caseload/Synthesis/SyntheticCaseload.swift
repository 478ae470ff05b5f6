import Concurrency
import Foundation
import PlanBuilder
import Synchronization

/// Writes a synthetic caseload for demos and benchmarks: case files (format 1 YAML) with
/// varied conditions, jobs, contracts (part-time, shifts), feasible plans, reviews with
/// hours and measures, outcomes, referral sources, deprivation deciles and tiers.
///
/// File `n` depends only on the seed and `n`, so the same seed gives the same bytes,
/// whether the files are written one by one or on many threads.
public struct SyntheticCaseload: Sendable {
    public let seed: UInt64

    public init(seed: UInt64) { self.seed = seed }

    /// `synth-000042.yaml`, padded so the files sort in order.
    public static func fileName(_ index: Int) -> String { "synth-" + padded(index) + ".yaml" }

    /// `000042`: six digits at least, so names and references sort in order.
    static func padded(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The YAML text of case file `index` (from 1).
    public func caseFile(_ index: Int) -> String {
        var random = SplitMix64(seed: seed, stream: UInt64(index))
        var synthetic = SyntheticCase(index: index, random: &random)
        return synthetic.yaml()
    }

    /// Writes files 1...count into `folder` on `jobs` threads; each file is written whole
    /// or not at all.
    public func write(count: Int, to folder: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws(CaseloadError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: folder, problem: "the folder cannot be created")
        }
        // The first write error seen by any thread; the others stop soon after.
        let firstFailure = Mutex<CaseloadError?>(nil)
        WorkerPool(jobs: jobs, items: count).forEach(count) { offset in
            guard firstFailure.withLock({ $0 == nil }) else { return }
            let index = offset + 1
            let path = (folder as NSString).appendingPathComponent(Self.fileName(index))
            do {
                try Data(caseFile(index).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                let failure = CaseloadError.cannotWrite(path: path, problem: error.localizedDescription)
                firstFailure.withLock { $0 = $0 ?? failure }
            }
        }
        if let error = firstFailure.withLock({ $0 }) { throw error }
    }
}
