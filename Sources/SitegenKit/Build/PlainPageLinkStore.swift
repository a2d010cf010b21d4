import Foundation

/// The links the plain pages keep for the whole-site stages (see `SiteBuilder.PlainPageRecord.links`), packed
/// as bytes into a few large blocks. A site may have any number of plain pages with a few such
/// links each: as an array of `SiteBuilder.PlainPageLink`s per page they take about 200 bytes a page, spread
/// between blocks that stay, so freeing them gives little memory back; packed, a link takes about
/// a dozen bytes, and the blocks, which have mappings of their own (see `LargeAllocations`), are
/// given back whole. A link to a plain page is kept by the page's position in `SiteIndex.sortedPages`.
///
/// Pages are added from several threads; links are read once every page is added.
final class PlainPageLinkStore: @unchecked Sendable {
    typealias Link = SiteBuilder.PlainPageLink

    /// Where one page's links are.
    struct Span: Sendable {
        var block: Int32
        var start: Int32
        var end: Int32
    }

    private static let blockSize = 1 << 18
    private let lock = NSLock()
    private var blocks: [[UInt8]] = []

    /// Packs `links` (targets resolved in `index`); `nil` when there are none.
    func add(_ links: [Link], index: SiteIndex) -> Span? {
        guard !links.isEmpty else { return nil }
        var bytes: [UInt8] = []
        for link in links { Self.pack(link, index: index, into: &bytes) }
        return lock.withLock {
            if blocks.isEmpty || blocks[blocks.count - 1].count + bytes.count > blocks[blocks.count - 1].capacity {
                var block: [UInt8] = []
                block.reserveCapacity(max(Self.blockSize, bytes.count))
                blocks.append(block)
            }
            let last = blocks.count - 1
            let start = blocks[last].count
            blocks[last].append(contentsOf: bytes)
            return Span(block: Int32(last), start: Int32(start), end: Int32(blocks[last].count))
        }
    }

    /// The links packed at `span`; none for `nil`.
    func links(at span: Span?, index: SiteIndex) -> [Link] {
        var links: [Link] = []
        forEachLink(at: span) { links.append($0.link(in: index)) }
        return links
    }

    /// A packed link as read back, its target not yet a `PageID`: the whole-site stages read every
    /// plain page's links on every build, and a plain page is best found by its position.
    struct PackedLink {
        var target: Target
        var fragment: String?
        var line: Int32
        var column: Int32

        func link(in index: SiteIndex) -> Link {
            Link(target: target.page(in: index), fragment: fragment, line: line, column: column)
        }
    }

    /// A link's target: a plain page by its position in `SiteIndex.sortedPages`, or any other page.
    enum Target: Equatable {
        case plainPage(Int)
        case other(PageID)

        func page(in index: SiteIndex) -> PageID {
            switch self {
            case .plainPage(let position): .page(index.sortedPages[position].path)
            case .other(let page): page
            }
        }
    }

    /// Calls `body` with each link packed at `span`, in order; none for `nil`.
    func forEachLink(at span: Span?, _ body: (PackedLink) throws -> Void) rethrows {
        guard let span else { return }
        let bytes = blocks[Int(span.block)][Int(span.start)..<Int(span.end)]
        var offset = bytes.startIndex
        while offset < bytes.endIndex { try body(Self.unpack(bytes, at: &offset)) }
    }

    /// The codes the links packed at `span` point to, in order.
    func codeTargets(at span: Span?) -> [Int] {
        var codes: [Int] = []
        forEachLink(at: span) { link in
            if case .other(.code(let code)) = link.target { codes.append(code) }
        }
        return codes
    }

    // MARK: Bytes

    /// The kinds of target, each with what follows it.
    private enum Kind: UInt8 {
        /// A plain page by its position; a page that failed to load, which has none, by its path.
        case pageAt, pageNamed, code, family, home, guideIndex, notFound
    }

    private static func pack(_ link: Link, index: SiteIndex, into bytes: inout [UInt8]) {
        switch link.target {
        case .page(let path):
            if let position = index.position(ofPage: path) {
                bytes.append(Kind.pageAt.rawValue)
                appendNumber(UInt64(position), to: &bytes)
            } else {
                bytes.append(Kind.pageNamed.rawValue)
                appendText(path, to: &bytes)
            }
        case .code(let code):
            bytes.append(Kind.code.rawValue)
            appendNumber(UInt64(code), to: &bytes)
        case .family(let digit):
            bytes.append(Kind.family.rawValue)
            appendNumber(UInt64(digit), to: &bytes)
        case .home: bytes.append(Kind.home.rawValue)
        case .guideIndex: bytes.append(Kind.guideIndex.rawValue)
        case .notFound: bytes.append(Kind.notFound.rawValue)
        }
        // The fragment's length plus one, so that 0 stands for none.
        appendNumber(link.fragment.map { UInt64($0.utf8.count) + 1 } ?? 0, to: &bytes)
        if let fragment = link.fragment { bytes.append(contentsOf: fragment.utf8) }
        appendNumber(UInt64(UInt32(bitPattern: link.line)), to: &bytes)
        appendNumber(UInt64(UInt32(bitPattern: link.column)), to: &bytes)
    }

    private static func unpack(_ bytes: ArraySlice<UInt8>, at offset: inout Int) -> PackedLink {
        let kind = Kind(rawValue: bytes[offset])
        offset += 1
        let target: Target
        switch kind {
        case .pageAt: target = .plainPage(Int(number(bytes, at: &offset)))
        case .pageNamed: target = .other(.page(text(bytes, count: Int(number(bytes, at: &offset)), at: &offset)))
        case .code: target = .other(.code(Int(number(bytes, at: &offset))))
        case .family: target = .other(.family(Int(number(bytes, at: &offset))))
        case .home: target = .other(.home)
        case .guideIndex: target = .other(.guideIndex)
        case .notFound, nil: target = .other(.notFound)
        }
        let fragmentLength = Int(number(bytes, at: &offset))
        let fragment = fragmentLength == 0 ? nil : text(bytes, count: fragmentLength - 1, at: &offset)
        let line = Int32(bitPattern: UInt32(truncatingIfNeeded: number(bytes, at: &offset)))
        let column = Int32(bitPattern: UInt32(truncatingIfNeeded: number(bytes, at: &offset)))
        return PackedLink(target: target, fragment: fragment, line: line, column: column)
    }

    /// Seven bits a byte, lowest first; the high bit says that more follow.
    private static func appendNumber(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    private static func number(_ bytes: ArraySlice<UInt8>, at offset: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    private static func appendText(_ text: String, to bytes: inout [UInt8]) {
        appendNumber(UInt64(text.utf8.count), to: &bytes)
        bytes.append(contentsOf: text.utf8)
    }

    private static func text(_ bytes: ArraySlice<UInt8>, count: Int, at offset: inout Int) -> String {
        defer { offset += count }
        return String(decoding: bytes[offset..<offset + count], as: UTF8.self)
    }
}
