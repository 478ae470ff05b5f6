/// ArgumentParser 1.x removes each positional argument from an array as it parses it, so
/// parsing is quadratic in their number: 10,000 file names took 2.7 s before any file was
/// read. For `validate`, which is given thousands of files (`validate cases/*.yaml`), the
/// file names are taken out in one linear pass and only the options go through
/// ArgumentParser.
enum ManyFileArguments {
    /// The file names taken out of the command line, read once by the command.
    nonisolated(unsafe) static var files: [String] = []

    /// Splits `arguments` (after the command name) into options, with the values of those
    /// in `valueOptions`, and everything else, which are file names. After `--` everything
    /// is a file name.
    static func split(_ arguments: [String], valueOptions: Set<String>) -> (options: [String], files: [String]) {
        var options: [String] = [], files: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                files += arguments[index...]
                break
            }
            guard argument.hasPrefix("-"), argument.count > 1 else {
                files.append(argument)
                continue
            }
            options.append(argument)
            if valueOptions.contains(argument), index < arguments.endIndex {
                options.append(arguments[index])
                index += 1
            }
        }
        return (options, files)
    }

    /// The command line with `validate`'s file names taken out into `files`; any other
    /// command's is returned as it is.
    static func prepare(_ arguments: [String]) -> [String] {
        guard arguments.first == ValidateCommand.configuration.commandName else { return arguments }
        let (options, files) = split(Array(arguments.dropFirst()), valueOptions: ValidateCommand.valueOptions)
        Self.files = files
        return [arguments[0]] + options
    }
}
