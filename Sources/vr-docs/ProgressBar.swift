import Foundation

/// Progress of a long run on standard error: a bar redrawn in place on a terminal, or
/// an occasional plain line when the output goes to a file or another program, so logs
/// stay readable. Safe to call from several threads.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int?
    private let label: String
    private let interactive: Bool
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var lastPlainStep = 0

    /// `total` nil when the number of items is not known in advance.
    init(total: Int?, label: String, interactive: Bool = isatty(STDERR_FILENO) != 0) {
        self.total = total
        self.label = label
        self.interactive = interactive
    }

    /// Reports `done` items finished, `failed` of them unsuccessfully.
    func update(done: Int, failed: Int = 0) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if interactive {
            guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
            lastDraw = now
            write("\r" + bar(done: done, failed: failed) + "\u{1B}[K")
        } else if let total, total > 0 {
            let step = done * 10 / total
            guard step > lastPlainStep else { return }
            lastPlainStep = step
            write("\(label): \(done) of \(total) (\(step * 10) %)\(failed > 0 ? ", \(failed) failed" : "")\n")
        }
    }

    /// Clears the bar so the summary starts on a clean line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if interactive { write("\r\u{1B}[K") }
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
