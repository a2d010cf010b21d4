import FlyingFox
import FlyingSocks
import Foundation

/// The interface and port the preview listens on, from `--host` and `--port`.
struct ListenAddress {
    private enum Storage {
        case ipv4(sockaddr_in)
        case ipv6(sockaddr_in6)
    }

    let host: String
    let port: UInt16
    private let storage: Storage

    /// `host` is an IPv4 or IPv6 address, or `localhost`; names are not looked up.
    init(host: String, port: UInt16) throws(PreviewError) {
        let literal = host == "localhost" ? "127.0.0.1" : host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if let address = try? sockaddr_in.inet(ip4: literal, port: port) {
            storage = .ipv4(address)
        } else if let address = try? sockaddr_in6.inet6(ip6: literal, port: port) {
            storage = .ipv6(address)
        } else {
            throw PreviewError("--host must be an IP address such as 127.0.0.1 (the default), ::1 or 0.0.0.0, not '\(host)'")
        }
        self.host = literal
        self.port = port
    }

    /// The same interface on another port.
    func withPort(_ port: UInt16) -> ListenAddress {
        // The host was valid a moment ago, so it still is.
        try! ListenAddress(host: host, port: port)
    }

    /// Only the loopback interface: other machines cannot reach the preview.
    var isLoopback: Bool { host == "::1" || host.hasPrefix("127.") }

    /// The host as it appears in a URL (IPv6 in brackets).
    var urlHost: String { host.contains(":") ? "[\(host)]" : host }

    /// True when something already listens on this port, so the preview should take a free one.
    var isInUse: Bool {
        func probe(_ address: some SocketAddress) -> Bool {
            guard let socket = try? Socket(domain: Int32(type(of: address).family)) else { return false }
            defer { try? socket.close() }
            try? socket.setValue(true, for: .localAddressReuse)
            do {
                try socket.bind(to: address)
                return false
            } catch SocketError.failed(_, let code, _) {
                return code == EADDRINUSE
            } catch {
                return false
            }
        }
        switch storage {
        case .ipv4(let address): return probe(address)
        case .ipv6(let address): return probe(address)
        }
    }

    func makeServer(handler: some HTTPHandler) -> HTTPServer {
        switch storage {
        case .ipv4(let address): HTTPServer(address: address, logger: .disabled, handler: handler)
        case .ipv6(let address): HTTPServer(address: address, logger: .disabled, handler: handler)
        }
    }
}
