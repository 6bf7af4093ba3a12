/// One field of `DocumentMetadata` as users name it: in a Markdown front matter block
/// (`author: 普洱市投资促进局` or `作者：…`) and in `qiyue convert --author`.
///
/// Keeping the names and the value rules here means the Markdown reader and the command
/// line accept exactly the same spellings and normalise dates the same way.
public enum MetadataField: String, CaseIterable, Sendable {
    case title, subject, author, date, language

    /// The Chinese key, accepted in front matter beside the English one.
    public var chineseKey: String {
        switch self {
        case .title: return "标题"
        case .subject: return "主题"
        case .author: return "作者"
        case .date: return "日期"
        case .language: return "语言"
        }
    }

    /// The field a front-matter key names: the English key in any letter case, or the Chinese key.
    public init?(key: some StringProtocol) {
        let lowered = key.lowercased()
        guard let field = Self.allCases.first(where: { $0.rawValue == lowered || $0.chineseKey == key }) else { return nil }
        self = field
    }

    /// The value as stored in `DocumentMetadata`, or `nil` when it is not valid for this field.
    ///
    /// Dates become ISO `YYYY-MM-DD` (`2025年3月8日` is accepted, as Chinese documents write
    /// it); a language must have the shape of a BCP 47 tag. Other fields take any text.
    public func normalized(_ value: String) -> String? {
        switch self {
        case .title, .subject, .author: return value
        case .date: return Self.isoDate(value)
        case .language: return Self.isLanguageTag(value) ? value : nil
        }
    }

    /// Stores `value` (already normalised) in its field of `metadata`.
    public func assign(_ value: String, to metadata: inout DocumentMetadata) {
        switch self {
        case .title: metadata.title = value
        case .subject: metadata.subject = value
        case .author: metadata.author = value
        case .date: metadata.date = value
        case .language: metadata.language = value
        }
    }

    /// `2025-03-08`, `2025年3月8日` (also with full-width digits) → `2025-03-08`, if that day exists.
    static func isoDate(_ text: String) -> String? {
        let ascii = String(text.unicodeScalars.map { scalar -> Character in
            (0xFF10...0xFF19).contains(scalar.value) ? Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) : Character(scalar)
        })
        let parts: [Substring]
        if ascii.hasSuffix("日"), ascii.contains("年"), ascii.contains("月") {
            parts = ascii.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
            guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count) else { return nil }
        } else {
            parts = ascii.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts.map(\.count) == [4, 2, 2] else { return nil }
        }
        guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(parts[0])-\(twoDigits(month))-\(twoDigits(day))"
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The shape of a BCP 47 tag: a 2–3 letter language, then subtags of 1–8 letters or digits
    /// (`zh`, `zh-CN`, `zh-Hans-CN`, `en`). The registry itself is not consulted.
    static func isLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = subtags.first, (2...3).contains(first.count),
              first.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) })
        else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
    }
}
