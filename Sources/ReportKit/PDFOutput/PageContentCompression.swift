import Foundation

/// Who compresses page content: cairo, or ReportKit once it has marked the artifacts.
///
/// Marking artifacts (`ContentArtifacts`) means rewriting every page's content stream,
/// and cairo 1.16 compresses that content first, so each page was compressed, inflated
/// and compressed again (about 9M instructions of a three-page plan). Cairo has no API
/// to leave content uncompressed, only its debugging variable `CAIRO_DEBUG_PDF`, read
/// whenever a PDF surface is made. Setting an environment variable is not safe while
/// other threads may read the environment, so a program opts in once, first thing in
/// `main`, before it starts any thread. The PDF is the same either way, byte for byte:
/// `ContentArtifacts` compresses what it rewrites (every page's content, whoever
/// compressed it first) at its own level, and `UncompressedStreams` compresses the rest
/// at cairo's level, with the filter entry cairo would have written.
public enum PageContentCompression {
    /// Call before any thread starts; a program that does not call it gets the same
    /// documents a little more slowly.
    public static func leaveToReportKit() {
        setenv("CAIRO_DEBUG_PDF", "1", 1)
    }
}
