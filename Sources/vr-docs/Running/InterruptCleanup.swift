import Dispatch
import Documents
import Foundation

/// On Ctrl-C (SIGINT), `kill` (SIGTERM) or a closed terminal (SIGHUP), removes the temporary files of documents still
/// being written before exiting, so an interrupted run leaves only complete documents
/// behind, never a half-written or hidden copy of a client's PDF.
///
/// The signals are handled on a dispatch queue of their own, which runs even while every
/// worker thread of a batch is busy laying out documents.
enum InterruptCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: DispatchQueue(label: "vr-docs.signal"))
            source.setEventHandler {
                TemporaryFiles.removeAll()
                FileHandle.standardError.write(Data("\ninterrupted: documents already written are complete; no partial files are left.\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
