import Foundation

/// `vr-docs serve` and `vr-docs backup` belong to the workspace program,
/// `vr-docs-workspace`, installed beside `vr-docs`: this process becomes it (exec), so
/// signals, exit codes and output are the workspace's own. Keeping the web server and
/// SQLite out of `vr-docs` keeps every other command's start-up as small as before.
enum WorkspaceProgram {
    static let commands: Set<String> = ["serve", "backup"]
    static let name = "vr-docs-workspace"

    /// Returns only when the command is not the workspace's; exits when the workspace
    /// program cannot be found or started.
    static func handOver(_ arguments: [String]) {
        guard arguments.count > 1, commands.contains(arguments[1]) else { return }
        let folder = URL(fileURLWithPath: executablePath()).deletingLastPathComponent()
        let program = folder.appendingPathComponent(name).path
        guard FileManager.default.isExecutableFile(atPath: program) else {
            Terminal.error("vr-docs \(arguments[1]) needs \(name) beside vr-docs (\(program)); `make install` puts it there, `swift build` builds it.")
            exit(2)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments.dropFirst()).map { strdup($0) }
        argv.append(nil)
        execv(program, &argv)
        Terminal.error("\(program) could not be started: \(String(cString: strerror(errno))).")
        exit(2)
    }

    /// This program's own file, symbolic links resolved (a link on PATH leads to the
    /// installed folder, where the workspace program is).
    private static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(cString: buffer) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }
}
