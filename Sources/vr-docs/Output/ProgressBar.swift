import Foundation
import Synchronization

/// Progress of a long run on standard error: a bar redrawn in place on a terminal, or
/// an occasional plain line when the output goes to a file or another program, so logs
/// stay readable. Safe to call from several threads.
final class ProgressBar: Sendable {
    private let total: Int?
    private let label: String
    private let interactive: Bool
    private let started = Date()
    /// When the bar was last drawn, and the last tenth reported as a plain line.
    private let drawn = Mutex((lastDraw: Date.distantPast, lastPlainStep: 0))

    /// `total` nil when the number of items is not known in advance.
    init(total: Int?, label: String, interactive: Bool = isatty(STDERR_FILENO) != 0) {
        self.total = total
        self.label = label
        self.interactive = interactive
    }

    /// Reports `done` items finished, `failed` of them unsuccessfully.
    func update(done: Int, failed: Int = 0) {
        drawn.withLock { drawn in
            let now = Date()
            if interactive {
                guard now.timeIntervalSince(drawn.lastDraw) >= 0.1 || done == total else { return }
                drawn.lastDraw = now
                write("\r" + bar(done: done, failed: failed) + "\u{1B}[K")
            } else if let total, total > 0 {
                let step = done * 10 / total
                guard step > drawn.lastPlainStep else { return }
                drawn.lastPlainStep = step
                write("\(label): \(done) of \(total) (\(step * 10) %)\(failed > 0 ? ", \(failed) failed" : "")\n")
            }
        }
    }

    /// Clears the bar so the summary starts on a clean line.
    func finish() {
        drawn.withLock { _ in
            if interactive { write("\r\u{1B}[K") }
        }
    }

    private func bar(done: Int, failed: Int) -> String {
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Double(done) / seconds : 0
        var text = "\(label) "
        if let total, total > 0 {
            let width = 30
            let filled = min(width, done * width / total)
            text += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
        } else {
            text += "\(done)"
        }
        text += String(format: "  %.0f/s", rate)
        if failed > 0 { text += "  \(failed) failed" }
        return text
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
