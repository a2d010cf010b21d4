/// The day a page's facts were last checked against their sources (`checked: 2026-11-27`).
public struct CheckedDate: Sendable, Equatable, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Accepts exactly `YYYY-MM-DD` naming a real calendar day; anything else is `nil`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// `2026-11-27`, for `<time datetime>` and data files.
    public var iso: String {
        String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
    }

    /// `27 November 2026`: unambiguous for readers everywhere, unlike 11/27 or 27/11.
    public var display: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension CheckedDate {
    /// The day as one number, `YYYYMMDD` (never 0), for records kept by the thousand.
    var packed: UInt32 { UInt32(year * 10_000 + month * 100 + day) }

    /// The day `packed` gave.
    init(packed: UInt32) {
        (year, month, day) = (Int(packed / 10_000), Int(packed / 100 % 100), Int(packed % 100))
    }
}

extension YAMLMapping {
    /// Reads `checked:`; a value that is not a `YYYY-MM-DD` day is an error at its line.
    func checkedDate(log: inout DiagnosticLog) -> CheckedDate? {
        guard let text = string("checked", log: &log) else { return nil }
        guard let date = CheckedDate(text) else {
            log.error("'checked' must be the date the facts were last verified, written YYYY-MM-DD (such as 2026-11-27)",
                      at: self["checked"].map { location(of: $0) } ?? location(ofKey: "checked"))
            return nil
        }
        return date
    }
}
