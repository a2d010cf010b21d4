/// Resolves `.` and `..` in slash-separated relative paths, on UTF-8 bytes: a path's separator is
/// the byte `/`, and this runs for every link of every page.
enum DotSegments {
    /// What a `..` that would climb above the start of the path does.
    enum Climb {
        /// It is dropped: `../a` is `a`.
        case dropped
        /// It makes the whole path invalid.
        case refused
    }

    /// `path` with `.` and `..` components resolved and empty ones dropped, its components
    /// joined with `/`; `nil` when a `..` climbs above the start and `climb` is `.refused`.
    static func remove(from path: String, climb: Climb) -> String? {
        let slash = UInt8(ascii: "/")
        var output: [UInt8] = []
        output.reserveCapacity(path.utf8.count)
        for component in path.utf8.split(separator: slash) {
            if component.elementsEqual(".".utf8) { continue }
            if component.elementsEqual("..".utf8) {
                if output.isEmpty {
                    if climb == .refused { return nil }
                    continue
                }
                output.removeSubrange((output.lastIndex(of: slash) ?? 0)...)
                continue
            }
            if !output.isEmpty { output.append(slash) }
            output.append(contentsOf: component)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
