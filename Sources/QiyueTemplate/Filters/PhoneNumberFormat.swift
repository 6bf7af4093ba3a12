import Foundation

/// A Chinese telephone number as a caller abroad dials it: `0879-2123456` → `+86 879 2123456`,
/// `13812345678` → `+86 138 1234 5678`, `400-123-4567` → `+86 400 123 4567`.
///
/// A brochure goes to foreign investors, for whom a number starting with the domestic trunk
/// prefix 0 is undialable. A number that already carries a country code (`+`, `00`) is left
/// as typed, and so is anything this cannot read as a Chinese number: a wrong number that
/// looks right is worse than the officer's own spelling.
enum PhoneNumberFormat {
    static func international(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.hasPrefix("+"), !trimmed.hasPrefix("00"), !trimmed.isEmpty else { return text }
        let separators: Set<Character> = [" ", "-", "(", ")", "（", "）", "\u{2013}", "\u{00A0}"]
        guard trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || separators.contains($0)) }) else { return text }
        var digits = trimmed.filter(\.isNumber)
        if digits.count == 13, digits.hasPrefix("861") { digits.removeFirst(2) }
        if digits.count == 11, digits.hasPrefix("1") {
            return "+86 " + group(digits, [3, 4, 4])
        }
        if digits.count == 10, digits.hasPrefix("400") || digits.hasPrefix("800") {
            return "+86 " + group(digits, [3, 3, 4])
        }
        guard digits.hasPrefix("0"), (10...12).contains(digits.count) else { return text }
        digits.removeFirst()
        // The area code is where the officer put the separator, else by the numbering plan:
        // 10 and 2X are two digits (Beijing, Shanghai, …), the others three.
        let typedArea = trimmed.split(whereSeparator: { separators.contains($0) }).first.map(String.init) ?? ""
        let areaLength: Int
        if typedArea.count >= 3, typedArea.count <= 4, typedArea.hasPrefix("0"), typedArea.count - 1 < digits.count {
            areaLength = typedArea.count - 1
        } else {
            areaLength = digits.hasPrefix("1") || digits.hasPrefix("2") ? 2 : 3
        }
        let area = digits.prefix(areaLength)
        let local = digits.dropFirst(areaLength)
        guard (7...8).contains(local.count) else { return text }
        return "+86 \(area) \(local)"
    }

    private static func group(_ digits: String, _ sizes: [Int]) -> String {
        var rest = Substring(digits)
        var parts: [Substring] = []
        for size in sizes {
            parts.append(rest.prefix(size))
            rest = rest.dropFirst(size)
        }
        return parts.joined(separator: " ")
    }
}
