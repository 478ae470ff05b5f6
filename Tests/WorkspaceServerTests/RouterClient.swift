import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOEmbedded
import WorkspaceServer

/// Requests answered by the workspace's router in the test's own process, as the
/// server would answer them, without a socket. (HummingbirdTesting would do this too,
/// but brings an HTTP client with TLS that more than doubles the test build.)
struct RouterClient: Sendable {
    let responder: RouterResponder<WorkspaceRequestContext>

    init(router: Router<WorkspaceRequestContext>) {
        responder = router.buildResponder()
    }

    struct Answer: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: ByteBuffer
    }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> Answer {
        let head = HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1", path: uri, headerFields: headers)
        let request = Request(head: head, body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = WorkspaceRequestContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: Logger(label: "test")))
        let response: Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch let error as HTTPError {
            // What the server does with an error no middleware turned into a page.
            return Answer(status: error.status, headers: error.headers, body: ByteBuffer(string: error.body ?? ""))
        }
        var collector = BodyCollector()
        try await response.body.write(collector.writer)
        return Answer(status: response.status, headers: response.headers, body: await collector.storage.buffer)
    }
}

/// Gathers a response body as the server would send it.
private struct BodyCollector {
    actor Storage {
        var buffer = ByteBuffer()
        func append(_ part: ByteBuffer) { var part = part; buffer.writeBuffer(&part) }
    }

    struct Writer: ResponseBodyWriter {
        let storage: Storage
        mutating func write(_ buffer: ByteBuffer) async throws { await storage.append(buffer) }
        mutating func write(contentsOf buffers: some Sequence<ByteBuffer>) async throws {
            for buffer in buffers { await storage.append(buffer) }
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }

    let storage = Storage()
    var writer: Writer { Writer(storage: storage) }
}
