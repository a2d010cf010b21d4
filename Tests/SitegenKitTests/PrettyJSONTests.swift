import Foundation
import Testing
@testable import SitegenKit

/// The code records are written by `PrettyJSON` instead of `JSONEncoder`; the published files
/// must not change by a byte, so it is checked against the encoder on values of every kind.
@Suite struct PrettyJSONTests {
    /// The same value as `PrettyJSON`, encoded the way the records were.
    indirect enum Tree: Encodable, Sendable {
        case string(String), number(Int), null, array([Tree]), object([String: Tree])

        var pretty: PrettyJSON {
            switch self {
            case .string(let text): .string(text)
            case .number(let number): .number(number)
            case .null: .null
            case .array(let elements): .array(elements.map(\.pretty))
            case .object(let members): .object(members.map { ($0.key, $0.value.pretty) })
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let text): try container.encode(text)
            case .number(let number): try container.encode(number)
            case .null: try container.encodeNil()
            case .array(let elements): try container.encode(elements)
            case .object(let members): try container.encode(members)
            }
        }
    }

    private static let awkward = "quote \" backslash \\ slash / https://example.org/a?b=c&d "
        + "tab \t newline \n return \r backspace \u{08} form feed \u{0C} nul \u{00} unit \u{1F} delete \u{7F} "
        + "curly \u{2019} line separator \u{2028} emoji \u{1F600} combining e\u{301}"

    @Test(arguments: [
        Tree.object([:]),
        .array([]),
        .object(["b": .number(-2), "a": .string(""), "B": .null, "é": .number(0), "aa": .array([]), "ab": .object([:])]),
        .object(["version": .number(1), "codes": .array([
            .object(["code": .number(100), "related": .array([.number(417), .number(413)]), "constants": .object(["go": .string("http.StatusContinue")]),
                     "spec": .array([.object(["title": .string("RFC 9110"), "section": .null, "url": .string("https://www.rfc-editor.org/rfc/rfc9110")])]),
                     "summary": .string(awkward)]),
            .object(["code": .number(599), "headers": .array([.string("Retry-After"), .string(awkward)])]),
        ])]),
        .array([.array([.array([.string(awkward)])]), .object(["x": .object(["y": .array([.null, .number(Int.max), .number(Int.min)])])])]),
    ])
    func writesWhatJSONEncoderWrites(_ tree: Tree) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var expected = try encoder.encode(tree)
        expected.append(0x0A)
        #expect(String(decoding: tree.pretty.data, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }
}
