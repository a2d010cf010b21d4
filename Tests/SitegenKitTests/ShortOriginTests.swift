import Foundation
import Testing
@testable import SitegenKit

/// `ShortOrigin` cuts ASCII origins by their bytes; it must cut them exactly where the pattern
/// it stands for (whitespace, then `(`, `,` or ` / `) would.
@Suite struct ShortOriginTests {
    @Test(arguments: [
        ("nginx", "nginx"),
        ("Microsoft (WebDAV client extensions, Exchange ActiveSync)", "Microsoft"),
        ("Apache / cPanel bandwidth-limiting modules (attributed)", "Apache"),
        ("Microsoft IIS / Exchange", nil),
        ("Esri ArcGIS (per third-party lists), nginx", "Esri ArcGIS"),
        ("  Laravel\t", "Laravel"),
        ("a/b", "a/b"),
        ("a /b", "a /b"),
        ("x ,y", "x"),
        ("(only a qualifier)", nil),
        ("nginx\n(x)", "nginx"),
        ("nginx\r\n/ x", "nginx"),
        ("Caf\u{E9} (x)", "Caf\u{E9}"),
        ("Twelve chars", "Twelve chars"),
        ("Thirteen char", nil),
    ] as [(String, String?)])
    func cutsAtTheFirstQualifier(_ origin: String, _ expected: String?) {
        #expect(ShortOrigin.make(origin) == expected)
    }

    @Test(arguments: ["a (b", "a  ,  b", "a / b", "a\t/\tb", "a\u{0B}/\u{0C}b", "a/ b", "a /", " / ", ",", "", "  ",
                      "one, two (three)", "one / two, three", "x\r\n(y", "abc\r\ndef", "line\nbreak", "q/ /r"])
    func agreesWithThePattern(_ origin: String) {
        let pattern = /\s*(\(|,|\s\/\s)/
        let cut = origin.firstRange(of: pattern).map { origin[..<$0.lowerBound] } ?? origin[...]
        let short = cut.trimmingCharacters(in: .whitespaces)
        #expect(ShortOrigin.make(origin) == (short.isEmpty || short.count > ShortOrigin.maximumLength ? nil : short))
    }
}
