import Foundation

/// Writing to the terminal: results to standard output, problems to standard error.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }
}
