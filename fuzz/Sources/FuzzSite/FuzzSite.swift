import Foundation
import FuzzSupport
import SitegenKit

/// A whole small site in memory (the real templates and a few real pages) with one file
/// replaced by the fuzz input, built into an in-memory output directory: loader, Markdown,
/// links, graph, templates, fragment checks and the transactional writer all run.
@_cdecl("FuzzSite_main")
func fuzzSiteMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv) { fuzzSite($0, $1) }
}

/// Also the plain libFuzzer hook, which libFuzzer's own (unused) `main` refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSite(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput.file(from: UnsafeRawBufferPointer(UnsafeBufferPointer(start: start, count: count)))
    let fileSystem = MemoryFileSystem()
    for (path, data) in ProjectFiles.smallSite { fileSystem.setFile(path, data) }
    fileSystem.setFile("content/" + input.path, input.data)
    let builder = SiteBuilder(fileSystem: fileSystem, workingDirectory: "/fuzz")
    do {
        _ = try builder.build(BuildOptions(outputDirectory: "site", useCache: false))
    } catch {
        for diagnostic in error.diagnostics { _ = diagnostic.description }
    }
    return 0
}
