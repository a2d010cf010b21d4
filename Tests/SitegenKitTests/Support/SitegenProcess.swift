import Foundation

/// Runs the built `sitegen` executable as a user would.
enum SitegenProcess {
    static var executable: URL {
        // The test bundle sits next to the built products.
        var directory = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("sitegen").path), directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("sitegen")
    }

    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        let errData = Locked(Data())
        let reader = Thread { errData.set(err.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        while !errData.isSet { usleep(1000) }
        return (process.terminationStatus, stdout, String(decoding: errData.value, as: UTF8.self))
    }

    /// A project directory holding a copy of the basic fixture's content and templates.
    static func project() throws -> URL {
        let root = try Fixtures.temporaryDirectory()
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Fixtures.basicSite.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }
}

/// A value written by one thread and read by another.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    private var wasSet = false
    init(_ value: Value) { stored = value }
    func set(_ value: Value) { lock.withLock { stored = value; wasSet = true } }
    var value: Value { lock.withLock { stored } }
    var isSet: Bool { lock.withLock { wasSet } }
}
