import Foundation
/// Checks that an English text uses the glossary's rendering of every official term in
/// its Chinese counterpart.
///
/// Terms are found in the Chinese by longest match, so 中国（云南）自由贸易试验区 asks for
/// "China (Yunnan) Pilot Free Trade Zone" and not also for the shorter term inside it.
/// The English must contain an accepted rendering as whole words (so "port" is not found
/// in "transport"), ignoring case, the difference between hyphens and dashes, full- and
/// half-width brackets, curly and straight apostrophes, and a plural ending.
public struct GlossaryCheck: Sendable {
    public let glossary: Glossary
    /// Entries grouped by the first character of their normalised Chinese, longest first,
    /// each with its accepted English renderings already normalised.
    private let byFirstCharacter: [Character: [(term: [Character], entry: GlossaryEntry, renderings: [String])]]

    public init(glossary: Glossary = .builtIn) {
        self.glossary = glossary
        var index: [Character: [(term: [Character], entry: GlossaryEntry, renderings: [String])]] = [:]
        for entry in glossary.entries {
            let term = Array(Self.normalizeChinese(entry.zh))
            guard let first = term.first else { continue }
            index[first, default: []].append((term, entry, entry.acceptedRenderings.map(Self.normalizeEnglish)))
        }
        byFirstCharacter = index.mapValues { $0.sorted { $0.term.count > $1.term.count } }
    }

    /// The glossary terms in `chinese`, longest match first, each once, in order of appearance.
    public func terms(in chinese: String) -> [GlossaryEntry] {
        matches(in: chinese).map(\.entry)
    }

    /// The terms of `zh` whose rendering `en` lacks. An empty `en` is not checked here
    /// (a missing translation is reported as such, not as a hundred missing terms).
    public func check(zh: String, en: String) -> [GlossaryMismatch] {
        guard !en.allSatisfy(\.isWhitespace) else { return [] }
        let english = Self.normalizeEnglish(en)
        return matches(in: zh).filter { match in
            !match.renderings.contains { Self.contains(english, rendering: $0) }
        }.map { GlossaryMismatch(entry: $0.entry) }
    }

    private func matches(in chinese: String) -> [(term: [Character], entry: GlossaryEntry, renderings: [String])] {
        let text = Array(Self.normalizeChinese(chinese))
        var found: [(term: [Character], entry: GlossaryEntry, renderings: [String])] = []
        var position = 0
        while position < text.count {
            let candidates = byFirstCharacter[text[position]] ?? []
            if let match = candidates.first(where: { position + $0.term.count <= text.count && text[position..<position + $0.term.count].elementsEqual($0.term) }) {
                if !found.contains(where: { $0.entry == match.entry }) { found.append(match) }
                position += match.term.count
            } else {
                position += 1
            }
        }
        return found
    }

    // MARK: - Normalisation

    static func normalizeChinese(_ text: String) -> String {
        String(text.map { character -> Character in
            switch character {
            case "（": return "("
            case "）": return ")"
            case "–", "—", "―", "‐", "‑", "-": return "-"
            default: return character
            }
        })
    }

    static func normalizeEnglish(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.lowercased().unicodeScalars {
            var mapped = scalar
            switch scalar {
            case "’", "‘", "`": mapped = "'"
            case "–", "—", "―", "‐", "‑", "-": mapped = " "
            case "（": mapped = "("
            case "）": mapped = ")"
            default: break
            }
            let isSpace = mapped.isASCII ? (mapped == " " || mapped == "\n" || mapped == "\t" || mapped == "\r") : mapped.properties.isWhitespace
            if isSpace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(mapped)
                lastWasSpace = false
            }
        }
        if lastWasSpace, !result.isEmpty { result.removeLast() }
        return String(result)
    }

    /// Whether `rendering` occurs in `text` as whole words, allowing a plural ending, or —
    /// for a plural rendering such as "vegetables" — its singular.
    static func contains(_ text: String, rendering: String) -> Bool {
        guard !rendering.isEmpty else { return false }
        var forms = [rendering]
        if rendering.hasSuffix("s"), rendering.count > 3 { forms.append(String(rendering.dropLast())) }
        return forms.contains { containsWholeWords(text, $0) }
    }

    private static func containsWholeWords(_ text: String, _ word: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: word, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            var after = text[range.upperBound...]
            if after.hasPrefix("es") { after = after.dropFirst(2) } else if after.hasPrefix("s") { after = after.dropFirst() }
            let startOK = before.map { !isWordCharacter($0) } ?? true
            let endOK = after.first.map { !isWordCharacter($0) } ?? true
            let endExact = text[range.upperBound...].first.map { !isWordCharacter($0) } ?? true
            if startOK && (endOK || endExact) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
