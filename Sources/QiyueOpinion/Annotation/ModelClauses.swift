import QiyueCore
import QiyueDocuments
import QiyueReview

/// The model clauses a redline adds for the elements an agreement lacks, and where they go.
///
/// A completeness finding (no 违约责任, no 争议解决 …) has no sentence to rewrite; what the
/// drafter needs is the missing clause itself. The pack's `rewrite` of such a rule is a model
/// clause written with 甲方 as the government side; in an agreement whose 甲方 is the
/// investor the two role words are swapped, so the clause binds the right party.
struct ModelClauses {
    /// The body paragraph after which the clauses are inserted, or `nil` when the body has no text.
    let insertionParagraph: Int?
    private let rewrites: [String: LocalizedText]
    /// Each rule's place in the pack: model clauses are added in the order the pack lists them.
    private let order: [String: Int]
    private let rolesReversed: Bool

    /// - Parameter parties: the parties the review of `document`'s text found (`ReviewOutcome.parties`).
    init(document: DocxEditableDocument, pack: RulePack, parties: PartyTable) {
        rewrites = pack.rewrites
        order = Dictionary(pack.rules.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        let texts = (0 ..< document.paragraphCount).map { document.paragraphText($0 + 1) ?? "" }
        insertionParagraph = ModelClausePlacement(pack: pack).paragraph(after: texts) { document.isInTable($0) }
        rolesReversed = parties.side(ofRole: "甲方") == .investor && parties.side(ofRole: "乙方") == .government
    }

    /// The lawful wording the pack gives for the rule, with the roles of this agreement.
    func rewrite(for ruleID: String) -> String? {
        guard let text = rewrites[ruleID]?.zh else { return nil }
        return rolesReversed ? Self.swappingRoles(text) : text
    }

    /// Where the rule's model clause goes among the others.
    func rank(of ruleID: String) -> Int {
        order[ruleID] ?? Int.max
    }

    static func swappingRoles(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("甲方") {
                result += "乙方"
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("乙方") {
                result += "甲方"
                rest = rest.dropFirst(2)
            } else {
                result.append(rest.removeFirst())
            }
        }
        return result
    }
}
