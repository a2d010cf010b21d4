import ArgumentParser
import Foundation
import SitegenKit
import SitegenServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site with live reload while you edit.",
        discussion: """
            Builds the site in memory (never writing the output directory), serves it, and rebuilds when \
            content or templates change. Open pages reload by themselves; build errors show in the page and \
            here, and the last good build stays served. Ctrl-C stops.
            """,
        version: SitegenVersion.current
    )

    @Option(help: "The content directory.")
    var content = "content"

    @Option(help: "The templates directory.")
    var templates = "templates"

    @Option(name: .customLong("base-url"), help: "The deployed address; the preview serves the site under its path.")
    var baseURL: String?

    @Option(help: "The address to listen on. Other machines can reach the preview only with an explicit non-loopback address.")
    var host = "127.0.0.1"

    @Option(help: "The port; 0, or a port in use, picks a free one.")
    var port: UInt16 = 8000

    @Flag(help: "Open the preview in the default browser.")
    var open = false

    @Flag(help: "Poll for changes instead of using inotify (for network or container file systems).")
    var poll = false

    func run() async throws {
        let options = PreviewOptions(contentDirectory: content, templatesDirectory: templates, baseURL: baseURL,
                                     host: host, port: port, forcePolling: poll)
        let server = PreviewServer(options: options, console: .init(
            line: { Self.write($0, to: .standardOutput) },
            diagnostic: { Self.write($0, to: .standardError) }))
        // Ctrl-C (and a plain kill) stop the server cleanly; the command then exits with status 0.
        let signalSources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { server.stop() }
            source.resume()
            return source
        }
        defer { signalSources.forEach { $0.cancel() } }
        do {
            try await server.run { url in
                if open { Browser.open(url) }
            }
        } catch let error as PreviewError {
            Self.write("sitegen: error: \(error)", to: .standardError)
            throw ExitCode.failure
        }
    }

    /// Unbuffered, so a script or a test reading the output sees each line as it happens.
    private static func write(_ line: String, to handle: FileHandle) {
        handle.write(Data((line + "\n").utf8))
    }
}

/// Opens a URL with the platform's opener.
enum Browser {
    static func open(_ url: String) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        #endif
        do {
            try process.run()
        } catch {
            FileHandle.standardError.write(Data("sitegen: could not open a browser (\(error.localizedDescription)); open \(url) yourself\n".utf8))
        }
    }
}
