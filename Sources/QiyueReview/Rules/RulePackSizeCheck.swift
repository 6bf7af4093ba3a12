import QiyueCore

/// Bounds on the terms of a pack, checked before its matcher is built.
///
/// All terms compile into one automaton whose table has about a row per term character and
/// a column per distinct character, so one pasted megabyte in a term (or thousands of long
/// terms in rare characters) would claim gigabytes before the first draft is read. Real
/// terms are words and short phrases: the longest in the built-in pack has 28 characters,
/// and the whole built-in pack needs about five million cells.
enum RulePackSizeCheck {
    /// The longest term accepted, in characters.
    static let maximumTermCharacters = 100
    /// The most cells (term characters times distinct characters) the terms may need.
    static let maximumTableCells = 40_000_000

    static func problems(_ pack: RulePack, over base: RulePack?) -> [RulePackProblem] {
        var problems: [RulePackProblem] = []
        for (name, terms) in pack.termSets.sorted(by: { $0.key < $1.key }) {
            for (index, term) in terms.enumerated() where term.count > maximumTermCharacters {
                problems.append(overlong(term, at: JSONPointer(["termSets", name, String(index)])))
            }
        }
        for (number, rule) in pack.rules.enumerated() {
            for (field, terms) in fields(of: rule.match) {
                for term in terms where term.count > maximumTermCharacters {
                    problems.append(overlong(term, at: JSONPointer(["rules", String(number), "match", field])))
                }
            }
        }
        guard problems.isEmpty else { return problems }
        var units = 0
        var distinct = Set<UInt16>()
        let packs = [pack] + (base.map { [$0] } ?? [])
        for term in Set(packs.flatMap { $0.termSets.values.joined() + $0.rules.flatMap { fields(of: $0.match).flatMap(\.1) } }) where !term.hasPrefix("@") {
            let folded = NormalizedText.fold(term: term)
            units += folded.count
            distinct.formUnion(folded)
        }
        let cells = units * (distinct.count + 1)
        if cells > maximumTableCells {
            problems.append(RulePackProblem(
                zh: "规则包的词条过多：共 \(units) 个字符、\(distinct.count) 个不同字符，匹配表需要 \(cells) 格，超过上限 \(maximumTableCells)；请删减词条",
                en: "the pack's terms are too many: \(units) characters, \(distinct.count) distinct, needing a table of \(cells) cells, beyond the limit of \(maximumTableCells); remove terms"))
        }
        return problems
    }

    private static func overlong(_ term: String, at pointer: JSONPointer) -> RulePackProblem {
        RulePackProblem(zh: "词条有 \(term.count) 个字符，超过上限 \(maximumTermCharacters)", en: "the term has \(term.count) characters, beyond the limit of \(maximumTermCharacters)", at: pointer)
    }

    private static func fields(of match: RuleMatch) -> [(String, [String])] {
        [("triggers", match.triggers), ("requireAll", match.requireAll.flatMap { $0 }), ("excludeAny", match.excludeAny),
         ("excludeInClause", match.excludeInClause), ("lawfulWith", match.lawfulWith), ("lawfulIfClaimed", match.lawfulIfClaimed),
         ("expected", match.expected), ("expectedFromInvestor", match.expectedFromInvestor)]
    }
}
