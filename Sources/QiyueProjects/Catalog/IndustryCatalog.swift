import Foundation
import QiyueCore

/// The key-industry catalogue of the 2022 guidance (annex 1, part 1) as data.
///
/// Codes are positional and stable forever: `NN` is the industry's number in the annex
/// ((一) 高原特色现代农业 = `01` … (十) 现代物流业 = `10`) and `NN-MM` its numbered item
/// (咖啡 = `01-06`). Project files, thresholds and reports refer to industries only by
/// these codes, so renaming an English title never breaks a project file.
public struct IndustryCatalog: Sendable, Codable {
    public var source: LocalizedText
    public var industries: [Industry]

    /// The catalogue compiled into the library.
    public static var builtIn: IndustryCatalog { BuiltInProjectData.value(BuiltInProjectData.catalog) }

    /// What a code names: an industry, or an item together with its industry.
    public enum Entry: Sendable, Hashable {
        case industry(Industry)
        case item(IndustryItem, in: Industry)

        public var code: String {
            switch self {
            case let .industry(industry): return industry.code
            case let .item(item, _): return item.code
            }
        }

        /// The industry the entry belongs to (itself for an industry).
        public var industry: Industry {
            switch self {
            case let .industry(industry): return industry
            case let .item(_, industry): return industry
            }
        }

        public var name: LocalizedText {
            switch self {
            case let .industry(industry): return industry.name
            case let .item(item, _): return item.name
            }
        }

        /// `绿色铝 › 交通运输领域` — the full name shown in reports.
        public var path: LocalizedText {
            switch self {
            case let .industry(industry): return industry.name
            case let .item(item, industry):
                return LocalizedText(zh: industry.zh + " › " + item.zh, en: industry.en + " › " + item.en)
            }
        }
    }

    /// The entry for `01` or `01-06`, or `nil` when the code is not in the catalogue.
    public func entry(for code: String) -> Entry? {
        let industryCode = String(code.prefix(2))
        guard let industry = industries.first(where: { $0.code == industryCode }) else { return nil }
        if code.count == 2 { return .industry(industry) }
        return industry.items.first { $0.code == code }.map { .item($0, in: industry) }
    }

    /// Every code in catalogue order: each industry followed by its items.
    public var allEntries: [Entry] {
        industries.flatMap { industry in [.industry(industry)] + industry.items.map { .item($0, in: industry) } }
    }

    /// The catalogue entries whose names or details contain `query` (case-insensitive, in
    /// Chinese or English), names first. Several words must all occur.
    public func search(_ query: String) -> [CatalogSearchMatch] {
        let words = query.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { return [] }
        var matches: [CatalogSearchMatch] = []
        for entry in allEntries {
            let nameText = (entry.name.zh + " " + entry.name.en).lowercased()
            var detailText = ""
            if case let .item(item, _) = entry { detailText = (item.details.zh + " " + item.details.en).lowercased() }
            let all = nameText + " " + detailText
            guard words.allSatisfy({ all.contains($0) }) else { continue }
            let inName = words.allSatisfy { nameText.contains($0) }
            matches.append(CatalogSearchMatch(entry: entry, field: inName ? .name : .details,
                                              excerpt: inName ? nil : Self.excerpt(of: entry, around: words[0])))
        }
        return matches.filter { $0.field == .name } + matches.filter { $0.field == .details }
    }

    /// The detail phrase (between enumeration commas) that contains `word`, in the
    /// language it was found in.
    static func excerpt(of entry: Entry, around word: String) -> String? {
        guard case let .item(item, _) = entry else { return nil }
        for text in [item.details.zh, item.details.en] {
            let phrases = text.split(whereSeparator: { "、，,;；".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            if let phrase = phrases.first(where: { $0.lowercased().contains(word) }) { return phrase }
        }
        return nil
    }
}
