import Foundation
#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue)
private let closeSocket = Glibc.close
private let readSocket = Glibc.read
private let writeSocket = Glibc.write
#else
import Darwin
private let streamSocket = SOCK_STREAM
private let closeSocket = Darwin.close
private let readSocket = Darwin.read
private let writeSocket = Darwin.write
#endif

/// A minimal HTTP/1.1 client over a plain socket, so tests send paths exactly as written
/// (no dot-segment clean-up, no redirect following) and can read an event stream as it arrives.
struct RawHTTPClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: UInt16

    /// Sends one request with `Connection: close` and reads the whole answer.
    func send(_ method: String, _ path: String, headers: [String: String] = [:]) throws -> Response {
        let connection = try Connection(port: port)
        defer { connection.close() }
        try connection.write(request(method, path, headers: headers))
        let raw = connection.read(until: { _ in false }, timeout: .seconds(20))
        guard let split = raw.range(of: "\r\n\r\n") else { throw Failure(description: "no response head in \(raw.debugDescription)") }
        let head = raw[..<split.lowerBound].components(separatedBy: "\r\n")
        guard let status = head.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
            throw Failure(description: "bad status line \(head.first ?? "")")
        }
        var fields: [String: String] = [:]
        for line in head.dropFirst() {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { fields[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return Response(status: status, headers: fields, body: String(raw[split.upperBound...]))
    }

    /// Opens an event stream; read from it with `Connection.read(until:timeout:)`.
    func openStream(_ path: String) throws -> Connection {
        let connection = try Connection(port: port)
        try connection.write(request("GET", path, headers: ["Accept": "text/event-stream"]))
        return connection
    }

    /// True when nothing accepts connections on the port any more.
    var isRefused: Bool {
        guard let connection = try? Connection(port: port) else { return true }
        connection.close()
        return false
    }

    private func request(_ method: String, _ path: String, headers: [String: String]) -> String {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        return text + "\r\n"
    }

    /// One TCP connection to 127.0.0.1.
    final class Connection {
        private let descriptor: Int32
        private(set) var received = ""

        init(port: UInt16) throws {
            descriptor = socket(AF_INET, streamSocket, 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard result == 0 else {
                closeSocket(descriptor)
                throw Failure(description: "cannot connect to port \(port)")
            }
        }

        func write(_ text: String) throws {
            let bytes = Array(text.utf8)
            guard writeSocket(descriptor, bytes, bytes.count) == bytes.count else { throw Failure(description: "write failed") }
        }

        /// Reads until `done` holds for everything received so far, the peer closes, or `timeout` passes.
        @discardableResult
        func read(until done: (String) -> Bool, timeout: Duration) -> String {
            let deadline = ContinuousClock.now + timeout
            var buffer = [UInt8](repeating: 0, count: 65536)
            var bytes = Array(received.utf8)
            while !done(received), ContinuousClock.now < deadline {
                var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                guard poll(&request, 1, 200) > 0 else { continue }
                let count = readSocket(descriptor, &buffer, buffer.count)
                guard count > 0 else { break }
                bytes += buffer[0..<count]
                received = String(decoding: bytes, as: UTF8.self)
            }
            return received
        }

        func close() {
            closeSocket(descriptor)
        }
    }
}
