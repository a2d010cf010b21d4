import Testing
@testable import SitegenKit

@Suite struct ByteSearchTests {
    @Test(arguments: [
        ("a TODO: here", "TODO:", true),
        ("TODO:", "TODO:", true),
        ("ends with TODO:", "TODO:", true),
        ("TODO without colon", "TODO:", false),
        ("cut short TODO", "TODO:", false),
        ("", "TODO:", false),
        ("é ü TODO: ñ", "TODO:", true),
        ("[text][label]", "][", true),
        ("[text] [label]", "][", false),
    ])
    func findsMarkers(_ text: String, _ needle: String, _ expected: Bool) {
        #expect(text.containsBytes(needle) == expected)
        #expect(text[...].containsBytes(needle) == expected)
    }
}
