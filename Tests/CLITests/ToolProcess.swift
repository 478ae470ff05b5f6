import Foundation

/// The built `vr-docs`, run as a case manager's shell would run it: arguments, optional
/// standard input, environment and working folder; standard output and error captured.
enum ToolProcess {
    /// Next to the test bundle in the build folder, or in `.build/debug`.
    static var url: URL {
        var folder = Bundle(for: CommandLineTests.self).bundleURL.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("vr-docs").path) {
            folder = CommandLineTests.root.appendingPathComponent(".build/debug")
        }
        return folder.appendingPathComponent("vr-docs")
    }

    struct Result {
        var status: Int32
        var output: Data
        var error: String
        var text: String { String(decoding: output, as: UTF8.self) }
    }

    /// Runs `executable` (the tool by default) and waits for it.
    static func run(_ arguments: [String], executable: URL = url, input: Data? = nil,
                    environment: [String: String]? = nil, in folder: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let inPipe = Pipe(), outPipe = Pipe(), errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(input) }
        try inPipe.fileHandleForWriting.close()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: out, error: String(decoding: err, as: UTF8.self))
    }
}
