import FlyingFox
import Foundation

/// Answers every request of the preview from the in-memory site: files with validators, the
/// site's 404 page, directory redirects, the live-reload script and its event stream.
struct PreviewHTTPHandler: HTTPHandler {
    let site: LiveSite
    let resolver: RequestPathResolver

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return plain(.methodNotAllowed, "405 Method Not Allowed: the preview only reads.", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let rawPath = request.target.path(percentEncoded: true)
        switch rawPath {
        case LiveReloadScript.scriptPath:
            return respond(to: request, status: .ok, body: Data(LiveReloadScript.source.utf8),
                           headers: [.contentType: ContentType.forPath(rawPath), .cacheControl: "no-cache"])
        case LiveReloadScript.eventsPath where request.method == .GET:
            return events(page: request.query["page"] ?? "", fingerprint: request.query["fingerprint"] ?? "")
        case LiveReloadScript.eventsPath:
            return respond(to: request, status: .ok, body: Data(), headers: [.contentType: "text/event-stream", .cacheControl: "no-store"])
        default:
            break
        }
        guard let snapshot = site.snapshot else {
            if let lines = site.failureLines {
                return respond(to: request, status: .internalServerError, body: ErrorPage.html(diagnostics: lines),
                               headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"])
            }
            return plain(.serviceUnavailable, "503 Service Unavailable: the first build is still running.", extra: [HTTPHeader("Retry-After"): "1"])
        }
        switch resolver.resolve(rawPath, query: request.target.query(percentEncoded: true), exists: { snapshot.files[$0] != nil }) {
        case .file(let path):
            return serve(snapshot.files[path]!, status: .ok, to: request)
        case .redirect(let location):
            return plain(.movedPermanently, "301 Moved Permanently: \(location)", extra: [.location: location])
        case .notFound:
            guard let notFound = snapshot.files["404.html"] else { return plain(.notFound, "404 Not Found") }
            return serve(notFound, status: .notFound, to: request)
        case .badRequest:
            return plain(.badRequest, "400 Bad Request: the path is not one the site can have.")
        }
    }

    private func events(page: String, fingerprint: String) -> HTTPResponse {
        let messages = site.subscribe(page: page, fingerprint: fingerprint)
        return HTTPResponse(statusCode: .ok,
                            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: HTTPBodySequence(from: EventStreamBody(messages: messages)))
    }

    /// A file of the site; `no-cache` makes the browser revalidate every time, so a reload
    /// always shows the new bytes, and the `ETag` makes an unchanged file cost a 304.
    private func serve(_ file: ServedFile, status: HTTPStatusCode, to request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: file.contentType, .cacheControl: "no-cache", .eTag: file.etag,
                                    HTTPHeader("X-Content-Type-Options"): "nosniff"]
        if status == .ok, let validators = request.headers[.ifNoneMatch], Self.matches(validators, file.etag) {
            // The length a 200 would have, as HEAD reports it; a 304 never has a body.
            headers[.contentLength] = String(file.body.count)
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        if status != .ok { headers[.eTag] = nil }
        return respond(to: request, status: status, body: file.body, headers: headers)
    }

    /// `If-None-Match` holds `*` or a list of validators, possibly weak (`W/"..."`).
    static func matches(_ validators: String, _ etag: String) -> Bool {
        validators.split(separator: ",").contains { candidate in
            let trimmed = candidate.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == etag || trimmed == "W/" + etag
        }
    }

    private func plain(_ status: HTTPStatusCode, _ text: String, extra: HTTPHeaders = [:]) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"]
        for (name, value) in extra { headers[name] = value }
        return HTTPResponse(statusCode: status, headers: headers, body: Data((text + "\n").utf8))
    }

    /// `HEAD` gets the same headers as `GET`, with the length of the body it does not get.
    private func respond(to request: HTTPRequest, status: HTTPStatusCode, body: Data, headers: HTTPHeaders) -> HTTPResponse {
        guard request.method == .HEAD else {
            // One socket write per response instead of one per 4 KiB.
            return HTTPResponse(statusCode: status, headers: headers, body: HTTPBodySequence(data: body, suggestedBufferSize: max(body.count, 1)))
        }
        var headers = headers
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers)
    }
}
