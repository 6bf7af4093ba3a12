import Foundation

/// One line of `Fixtures/corpus/clauses.jsonl`: a clause and the categories it violates.
struct LabeledClause: Decodable {
    var id: String
    var text: String
    var labels: [String]
    /// The role of 甲方 in the agreement the clause comes from (`government`, `investor` or null).
    var context: String?

    /// The clause as it would stand in its agreement: after a preamble defining the parties
    /// the way the corpus says (甲方 the company only when the context is `investor`).
    var document: String {
        context == "investor"
            ? "甲方：某某科技有限公司\n乙方：某某县人民政府\n\n\(text)\n"
            : "甲方：某某县人民政府\n乙方：某某科技有限公司\n\n\(text)\n"
    }

    static func load(_ url: URL) throws -> [LabeledClause] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
            try JSONDecoder().decode(LabeledClause.self, from: Data($0.utf8))
        }
    }
}
