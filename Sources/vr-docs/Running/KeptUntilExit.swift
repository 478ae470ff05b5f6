/// What a command has finished with but need not take apart: the process is about to
/// end and the system takes its memory back whole. Tearing down the templates, the
/// case files and the rendered documents one object at a time cost about 1.5M
/// instructions at the end of every `render` (as compilers skip freeing at exit).
/// Only the main thread adds here, at the end of a command.
enum KeptUntilExit {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ values: Any...) {
        kept.append(contentsOf: values)
    }
}
