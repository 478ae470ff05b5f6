import Foundation

/// `-` as a file name: a case file read from standard input, or (`--out -`) one PDF
/// written to standard output, so vr-docs fits in a pipe like any other command-line tool.
enum StandardStreams {
    static let name = "-"

    /// Everything on standard input, once.
    static func readInput() -> [UInt8] {
        [UInt8](FileHandle.standardInput.readDataToEndOfFile())
    }

    /// Writes the whole document to standard output; messages stay on standard error.
    static func write(_ bytes: [UInt8]) throws {
        try FileHandle.standardOutput.write(contentsOf: Data(bytes))
    }
}
