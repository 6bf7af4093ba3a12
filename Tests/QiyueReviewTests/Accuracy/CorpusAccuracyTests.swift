import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueReview

/// Measures the built-in pack on the labeled corpora: the development corpus and six held-out ones.
///
/// A clause counts as predicted positive for a category when any error or warning finding
/// of that category fires on it. All corpora were written by people who had not seen the
/// rules, and all but the newest are now development sets: their misses were studied for the *kinds*
/// of clause the analyzer did not understand, so their figures are optimistic; the honest
/// estimate comes from a blind corpus the lead measures on the final build. The test prints
/// the tables and, with `QIYUE_MISSES=/path`, writes the misclassified clauses for study.
final class CorpusAccuracyTests: XCTestCase {
    static let fixtures = TestSupport.repositoryRoot.appendingPathComponent("Tests/QiyueReviewTests/Fixtures")
    static let categories: [RuleCategory] = [.land, .tax, .guarantee]

    /// The development corpus: the issue's bar of 0.95 per category.
    func testPrecisionAndRecallOnDevelopmentCorpus() throws {
        try assertFloor(Dictionary(uniqueKeysWithValues: Self.categories.map { ($0, (precision: 0.95, recall: 0.95)) }), corpus: "corpus", name: "development")
    }

    /// The first held-out corpus: a regression floor a little under the figures measured after
    /// its gap kinds were fixed (see docs/review.md), so a change that loses a kind fails.
    func testPrecisionAndRecallOnHeldOutCorpus() throws {
        try assertFloor(Self.heldOutFloor, corpus: "holdout", name: "held-out")
    }

    /// The second held-out corpus: blind until engine v2, which used it as a development set.
    func testPrecisionAndRecallOnSecondHeldOutCorpus() throws {
        try assertFloor(Self.secondHeldOutFloor, corpus: "holdout2", name: "held-out-2")
    }

    /// The third held-out corpus (blind corpora 5a and 5b): blind for the first release and for
    /// engine v2 as integrated, a development set since.
    func testPrecisionAndRecallOnThirdHeldOutCorpus() throws {
        try assertFloor(Self.thirdHeldOutFloor, corpus: "holdout3", name: "held-out-3")
    }

    /// The fourth held-out corpus (blind corpora 7a and 7b): blind once, a development set since.
    func testPrecisionAndRecallOnFourthHeldOutCorpus() throws {
        try assertFloor(Self.fourthHeldOutFloor, corpus: "holdout4", name: "held-out-4")
    }

    /// The fifth held-out corpus (blind corpora 9a and 9b): measured blind twice, a development set since.
    func testPrecisionAndRecallOnFifthHeldOutCorpus() throws {
        try assertFloor(Self.fifthHeldOutFloor, corpus: "holdout5", name: "held-out-5")
    }

    /// The sixth held-out corpus (blind corpora 10a and 10b): measured blind, never tuned on.
    func testPrecisionAndRecallOnSixthHeldOutCorpus() throws {
        try assertFloor(Self.sixthHeldOutFloor, corpus: "holdout6", name: "held-out-6")
    }

    /// The seventh held-out corpus (blind corpora 11a and 11b): measured blind, then the
    /// development set of the next round of work.
    func testPrecisionAndRecallOnSeventhHeldOutCorpus() throws {
        try assertFloor(Self.seventhHeldOutFloor, corpus: "holdout7", name: "held-out-7")
    }

    /// The eighth held-out corpus (blind corpora 12a and 12b): sealed during two rounds of work,
    /// measured blind before and after them.
    func testPrecisionAndRecallOnEighthHeldOutCorpus() throws {
        try assertFloor(Self.eighthHeldOutFloor, corpus: "holdout8", name: "held-out-8")
    }

    /// The ninth held-out corpus (blind corpora 13a and 13b): sealed during three rounds of
    /// work, measured blind on each.
    func testPrecisionAndRecallOnNinthHeldOutCorpus() throws {
        try assertFloor(Self.ninthHeldOutFloor, corpus: "holdout9", name: "held-out-9")
    }

    /// The tenth held-out corpus (blind corpora 15a–15d), measured blind once on main fb1ce65.
    func testPrecisionAndRecallOnTenthHeldOutCorpus() throws {
        try assertFloor(Self.tenthHeldOutFloor, corpus: "holdout10", name: "held-out-10")
    }

    /// Each category's precision and recall on `corpus` reach the floor.
    private func assertFloor(_ floor: [RuleCategory: (precision: Double, recall: Double)], corpus: String, name: String) throws {
        let scores = try measure(corpus: corpus)
        for category in Self.categories {
            XCTAssertGreaterThanOrEqual(scores[category]!.precision, floor[category]!.precision, "\(name) precision of \(category.rawValue)")
            XCTAssertGreaterThanOrEqual(scores[category]!.recall, floor[category]!.recall, "\(name) recall of \(category.rawValue)")
        }
    }

    static let tenthHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall), main fb1ce65: land 0.986 / 0.810, tax 0.973 / 0.869,
        // guarantee 0.972 / 0.875. The floor sits a little under that.
        .land: (0.96, 0.79), .tax: (0.95, 0.85), .guarantee: (0.95, 0.85),
    ]

    static let ninthHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall), main 4f731d7: land 0.967 / 0.831, tax 1.000 / 0.878,
        // guarantee 0.950 / 0.792; the release after three rounds of engine work, still blind:
        // land 0.967 / 0.831, tax 1.000 / 0.919, guarantee 0.922 / 0.819. The floor sits a little under that.
        .land: (0.95, 0.81), .tax: (0.98, 0.90), .guarantee: (0.90, 0.80),
    ]

    static let eighthHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall), main 4f731d7: land 0.969 / 0.873, tax 0.985 / 0.853,
        // guarantee 0.970 / 0.878; the release after two rounds of engine work, still blind: land
        // 0.969 / 0.873, tax 0.985 / 0.867, guarantee 0.970 / 0.878. Then the frame rules were
        // built on its misses (no longer blind): land 0.970 / 0.915, tax 0.986 / 0.933, guarantee
        // 0.973 / 0.959. The floor sits a little under that.
        .land: (0.95, 0.90), .tax: (0.97, 0.92), .guarantee: (0.95, 0.94),
    ]

    static let seventhHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall), main 4f731d7: land 0.967 / 0.831, tax 0.958 / 0.908,
        // guarantee 0.955 / 0.829. After its miss kinds were worked on (no longer blind): land
        // 1.000 / 0.972, tax 1.000 / 0.974, guarantee 0.986 / 0.961. The floor sits a little under that.
        .land: (0.98, 0.95), .tax: (0.98, 0.95), .guarantee: (0.97, 0.94),
    ]

    static let sixthHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall) on the release that committed it: land 0.968 / 0.859, tax
        // 0.960 / 0.935, guarantee 0.938 / 0.836. The floor sits a little under that.
        .land: (0.95, 0.84), .tax: (0.94, 0.92), .guarantee: (0.92, 0.82),
    ]

    static let fifthHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall), main fa364b2: land 0.966 / 0.792, tax 0.958 / 0.932,
        // guarantee 0.940 / 0.887; the release after it, still blind: land 0.983 / 0.819, tax
        // 0.972 / 0.932, guarantee 0.942 / 0.915. After its miss kinds were closed (no longer
        // blind): land 1.000 / 1.000, tax 1.000 / 1.000, guarantee 1.000 / 1.000. The floor sits a
        // little under that.
        .land: (0.98, 0.98), .tax: (0.98, 0.98), .guarantee: (0.98, 0.98),
    ]

    static let fourthHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall), main a88f087: land 1.000 / 0.830, tax 0.981 / 0.913,
        // guarantee 0.961 / 0.846. After its miss kinds were closed (no longer blind): land 1.000 / 0.991, tax
        // 0.991 / 1.000, guarantee 1.000 / 0.991.
        // The floor sits a little under that.
        .land: (0.98, 0.97), .tax: (0.97, 0.98), .guarantee: (0.98, 0.97),
    ]

    static let thirdHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind (precision / recall): the first release (d91186d) land 0.953 / 0.739, tax
        // 0.928 / 0.915, guarantee 0.921 / 0.853; engine v2 as integrated land 0.953 / 0.732,
        // tax 0.942 / 0.922, guarantee 0.895 / 0.691 — a party line followed by a clause with no
        // blank line between them swallowed the clause's actor. After that and the wrapped-title
        // defect were fixed (no longer blind): land 0.965 / 0.790, tax 0.949 / 0.922, guarantee
        // 0.928 / 0.853. After its remaining misses were studied by kind (refunds paid in as
        // 注入 or 返拨, fixed-return exits, budget-backed repayment, 约定向出让人 misread as a
        // directed sale, the tax authority applying a national preference…): land 0.992 / 0.913,
        // tax 0.979 / 0.986, guarantee 0.992 / 0.971. The floor sits a little under that.
        .land: (0.98, 0.90), .tax: (0.97, 0.97), .guarantee: (0.98, 0.96),
    ]

    static let secondHeldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Measured 2026-11-23, blind (precision / recall): with the rules of the first release
        // land 0.929 / 0.732, tax 0.909 / 0.811, guarantee 0.828 / 0.757; after the rules were
        // generalised using the first held-out set (never this one) land 0.948 / 0.775,
        // tax 0.930 / 0.892, guarantee 0.906 / 0.829. Engine v2 (frames, no wrapper exclusions)
        // was developed with this set as a development set — its misses were studied by kind —
        // and measures land 1.000 / 0.958, tax 1.000 / 0.946, guarantee 0.986 / 0.971; the floor
        // sits a little under that.
        .land: (0.97, 0.93), .tax: (0.97, 0.92), .guarantee: (0.96, 0.94),
    ]

    static let heldOutFloor: [RuleCategory: (precision: Double, recall: Double)] = [
        // Blind, with the rules as they were before the held-out set was read:
        // land 1.000 / 0.686, tax 0.938 / 0.864, guarantee 0.939 / 0.738 (precision / recall).
        // After its misses were studied and the engine and rules generalised (no longer blind):
        // land 1.000 / 1.000, tax 1.000 / 1.000, guarantee 1.000 / 1.000.
        .land: (0.97, 0.96), .tax: (0.97, 0.97), .guarantee: (0.97, 0.96),
    ]

    private func measure(corpus: String) throws -> [RuleCategory: CategoryScore] {
        let url = Self.fixtures.appendingPathComponent(corpus).appendingPathComponent("clauses.jsonl")
        let clauses = try LabeledClause.load(url)
        let engine = ReviewEngine(pack: try RulePack.builtIn())
        var scores = Dictionary(uniqueKeysWithValues: Self.categories.map { ($0, CategoryScore()) })
        var misses: [String] = []
        for clause in clauses {
            let findings = engine.review(text: clause.document).filter { $0.severity >= .warning }
            let predicted = Set(findings.map(\.category))
            for category in Self.categories {
                let actual = clause.labels.contains(category.rawValue)
                scores[category]!.record(predicted: predicted.contains(category), actual: actual)
                if predicted.contains(category) != actual {
                    misses.append("\(actual ? "FN" : "FP") \(category.rawValue) \(clause.id): \(clause.text)")
                }
            }
        }
        var table = "\ncategory   clauses  TP   FP   FN   precision  recall\n"
        for category in Self.categories {
            let score = scores[category]!
            let positives = score.truePositives + score.falseNegatives
            table += category.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: " %7d %4d %4d %4d   %.3f     %.3f\n", positives, score.truePositives, score.falsePositives, score.falseNegatives, score.precision, score.recall)
        }
        print("\n\(corpus):" + table + "(\(clauses.count) clauses)")
        if let path = ProcessInfo.processInfo.environment["QIYUE_MISSES"] {
            try misses.joined(separator: "\n").write(toFile: path + "." + corpus, atomically: true, encoding: .utf8)
        }
        return scores
    }
}
