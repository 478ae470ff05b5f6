import ArgumentParser
import Foundation

/// An error a command has already worded for the person at the terminal, with its exit
/// code: 1 for invalid input, 2 for misuse.
public struct CommandFailure: Error {
    public var message: String
    public var exitCode: Int32

    public init(message: String, exitCode: Int32) {
        self.message = message
        self.exitCode = exitCode
    }

    public static func misuse(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 2) }
    public static func invalid(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: 1) }
}

/// How `vr-docs` and `vr-docs-workspace` run a command line, so both end the same way:
/// 0 done, 1 invalid input, 2 misuse, with ArgumentParser's own help and usage messages.
public enum CommandLineMain {
    /// Parses `arguments` (without the program's name) as `Root`, runs the command and
    /// exits; `report` writes an already worded failure to standard error, `usage` a
    /// misuse message (which may quote what was typed).
    public static func run<Root: ParsableCommand>(_ root: Root.Type, arguments: [String], report: (String) -> Void,
                                                  usage: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) -> Never {
        do {
            var command = try root.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let failure as CommandFailure {
            report(failure.message)
            exit(failure.exitCode)
        } catch {
            if root.exitCode(for: error) == .success {
                print(root.fullMessage(for: error))
                exit(0)
            }
            usage(root.fullMessage(for: error))
            exit(2)
        }
    }
}
