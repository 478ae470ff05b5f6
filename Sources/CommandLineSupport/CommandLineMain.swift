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
    ///
    /// A line that starts with the name of one of `direct` is parsed by that command alone
    /// first (see `parse`).
    public static func run<Root: ParsableCommand>(_ root: Root.Type, direct: [ParsableCommand.Type] = [], arguments: [String],
                                                  report: (String) -> Void,
                                                  usage: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) -> Never {
        do {
            var command = try parse(root, direct: direct, arguments: arguments)
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

    /// The command a line asks for. ArgumentParser's parse from the root also tries the
    /// line as a request for a shell completion script, twice, through reflection: about
    /// 3M instructions of a 200M `render`. A line naming one of `direct` is parsed by that
    /// command alone; whatever that parse does not accept (help, `--version`, a mistake)
    /// is parsed again from the root, so every message and exit code is the root's own.
    public static func parse<Root: ParsableCommand>(_ root: Root.Type, direct: [ParsableCommand.Type],
                                                    arguments: [String]) throws -> ParsableCommand {
        if let name = arguments.first, let command = direct.first(where: { $0.configuration.commandName == name }),
           let parsed = try? command.parseAsRoot(Array(arguments.dropFirst())), type(of: parsed) == command {
            return parsed
        }
        return try root.parseAsRoot(arguments)
    }
}
