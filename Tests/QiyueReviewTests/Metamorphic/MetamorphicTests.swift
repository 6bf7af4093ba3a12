import Foundation
import XCTest
@testable import QiyueReview

/// Lawful-sounding words never hide a violation and never create one.
///
/// Every triggering example of the built-in pack and every positive of the development
/// corpora must keep its category under each `LawfulWrapper`; every non-triggering example and
/// every lawful corpus clause must stay clean under each. The requirement is 100%, not a rate:
/// a reviewer who learns that 依法 silences the tool cannot trust any clean report. With
/// `QIYUE_METAMORPHIC=/path` the failures are written out for study.
final class MetamorphicTests: XCTestCase {
    static let engine = ClauseReview.engine
    static let categories: [RuleCategory] = [.land, .tax, .guarantee]

    /// The categories with an error or warning in `document`.
    static func flagged(_ document: String) -> Set<RuleCategory> {
        Set(engine.review(text: document).filter { $0.severity >= .warning }.map(\.category)).intersection(categories)
    }

    func testRuleExamplesUnderLawfulWrappers() throws {
        var failures: [String] = []
        var checked = 0
        for rule in Self.engine.compiled.pack.rules where Self.categories.contains(rule.category) {
            for example in rule.examples.triggering {
                for wrapper in LawfulWrapper.all {
                    checked += 1
                    let variant = wrapper.apply(example)
                    if !Self.flagged(variant).contains(rule.category) {
                        failures.append("hidden by \(wrapper.name) [\(rule.id)]: \(variant)")
                    }
                }
            }
            for example in rule.examples.nonTriggering where Self.flagged(example).isDisjoint(with: [rule.category]) {
                for wrapper in LawfulWrapper.all {
                    checked += 1
                    let variant = wrapper.apply(example)
                    if Self.flagged(variant).contains(rule.category) {
                        failures.append("raised by \(wrapper.name) [\(rule.id)]: \(variant)")
                    }
                }
            }
        }
        try report(failures, checked: checked, name: "examples")
    }

    func testCorpusClausesUnderLawfulWrappers() throws {
        var failures: [String] = []
        var checked = 0
        for corpus in ["corpus", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10"] {
            let url = CorpusAccuracyTests.fixtures.appendingPathComponent(corpus).appendingPathComponent("clauses.jsonl")
            for clause in try LabeledClause.load(url) {
                let labels = Set(RulePack.builtInCategories.filter { clause.labels.contains($0.id) })
                // Only what the engine gets right as written is held to the variants; the
                // accuracy tests count the rest.
                let original = Self.flagged(clause.document)
                for wrapper in LawfulWrapper.all where !(wrapper.governmentFirstOnly && clause.context == "investor") {
                    var variant = clause
                    variant.text = wrapper.apply(clause.text)
                    let flagged = Self.flagged(variant.document)
                    for category in Self.categories where original.contains(category) == labels.contains(category) {
                        checked += 1
                        if labels.contains(category), !flagged.contains(category) {
                            failures.append("hidden \(category.rawValue) by \(wrapper.name) [\(clause.id)]: \(variant.text)")
                        } else if !labels.contains(category), flagged.contains(category) {
                            failures.append("raised \(category.rawValue) by \(wrapper.name) [\(clause.id)]: \(variant.text)")
                        }
                    }
                }
            }
        }
        try report(failures, checked: checked, name: "corpus")
    }

    private func report(_ failures: [String], checked: Int, name: String) throws {
        print("metamorphic \(name): \(failures.count) of \(checked) checks failed")
        var byWrapper: [String: Int] = [:]
        for failure in failures {
            let words = failure.split(separator: " ")
            let key = words.first == "hidden" || words.first == "raised" ? words.prefix(4).joined(separator: " ") : failure
            byWrapper[key, default: 0] += 1
        }
        for (key, count) in byWrapper.sorted(by: { $0.key < $1.key }) { print("  \(key): \(count)") }
        if let path = ProcessInfo.processInfo.environment["QIYUE_METAMORPHIC"] {
            try failures.joined(separator: "\n").write(toFile: path + "." + name, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(failures.count, 0, failures.prefix(20).joined(separator: "\n"))
        XCTAssertGreaterThan(checked, 1000)
    }
}
