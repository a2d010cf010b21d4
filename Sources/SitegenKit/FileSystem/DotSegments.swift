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
        let dot = UInt8(ascii: ".")
        var output: [UInt8] = []
        output.reserveCapacity(path.utf8.count)
        // Components are walked in place: splitting into an array first cost more than the rest.
        let bytes = path.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: slash) ?? bytes.endIndex
            let component = bytes[start..<end]
            start = end < bytes.endIndex ? bytes.index(after: end) : end
            switch component.count {
            case 0:
                continue
            case 1 where component.first == dot:
                continue
            case 2 where component.first == dot && component.last == dot:
                if output.isEmpty {
                    if climb == .refused { return nil }
                    continue
                }
                output.removeSubrange((output.lastIndex(of: slash) ?? 0)...)
                continue
            default:
                if !output.isEmpty { output.append(slash) }
                output.append(contentsOf: component)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
