import CommandLineSupport
import ArgumentParser
import Foundation

/// Checks on the `--out` folder shared by every command that writes documents, so that
/// misuse is refused the same way (exit 2) everywhere and before any work is done.
enum OutputFolder {
    /// Refuses an empty `--out` while the command line is parsed.
    static func validate(_ out: String, option: String = "--out") throws {
        guard !out.allSatisfy(\.isWhitespace) else {
            throw ValidationError("\(option) is empty; give the folder to write into, e.g. \(option) letters/.")
        }
    }

    /// Refuses a path that exists but is not a folder (exit 2).
    static func requireFolder(_ out: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            throw CommandFailure.misuse("\(out) is a file, not a folder; give --out a folder to write into.")
        }
    }
}
