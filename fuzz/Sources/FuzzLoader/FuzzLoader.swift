import FuzzSupport
import SitegenKit

/// The content loader and front-matter reader (YAML, the three code shapes, text decoding) on
/// one file of arbitrary bytes. Any crash, hang or memory blow-up is a bug; diagnostics are fine.
@_cdecl("FuzzLoader_main")
func fuzzLoaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc: argc, argv: argv) { fuzzLoader($0, $1) }
}

/// Also the plain libFuzzer hook, which libFuzzer's own (unused) `main` refers to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput.file(from: UnsafeRawBufferPointer(UnsafeBufferPointer(start: start, count: count)))
    let fileSystem = MemoryFileSystem()
    fileSystem.setFile("content/" + input.path, input.data)
    var log = DiagnosticLog()
    _ = ContentLoader(fileSystem: fileSystem).load(from: "content", log: &log)
    for diagnostic in log.diagnostics { _ = diagnostic.description }
    return 0
}
