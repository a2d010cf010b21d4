import Foundation

/// A `sitegen serve` process started by a test; `stop()` or `deinit` always ends it.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = ""

    init(arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = Fixtures.sitegenExecutable
        process.arguments = ["serve"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let text = String(decoding: handle.availableData, as: UTF8.self)
            self?.lock.withLock { self?.output += text }
        }
        try process.run()
    }

    deinit {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Everything printed so far, standard output and standard error together.
    var printed: String { lock.withLock { output } }

    /// Waits up to `seconds` until the output contains `text`.
    func waitForOutput(_ text: String, seconds: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if printed.contains(text) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return printed.contains(text)
    }

    /// The URL from the line `sitegen: serving http://...`, once it is printed.
    func servedURL() -> URL? {
        guard waitForOutput("sitegen: serving http://"),
              let line = printed.split(separator: "\n").first(where: { $0.hasPrefix("sitegen: serving http://") }),
              let address = line.split(separator: " ").dropFirst(2).first else { return nil }
        return URL(string: String(address))
    }

    /// Sends SIGINT and returns the exit status (nil if it did not exit within 10 s).
    func interrupt() -> Int32? {
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
