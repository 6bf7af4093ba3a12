import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueReview

/// Measures the built-in pack on the independently written labeled corpus.
///
/// A clause counts as predicted positive for a category when any error or warning finding
/// of that category fires on it. The corpus was written without sight of the rules, so
/// these figures are the honest accuracy of the analyzer; the test prints the table the
/// documentation quotes and the misclassified clause ids.
final class CorpusAccuracyTests: XCTestCase {
    static let corpus = TestSupport.repositoryRoot.appendingPathComponent("Tests/QiyueReviewTests/Fixtures/corpus")
    static let categories: [RuleCategory] = [.land, .tax, .guarantee]

    func testPrecisionAndRecallPerCategory() throws {
        let url = Self.corpus.appendingPathComponent("clauses.jsonl")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: url.path), "labeled corpus not merged yet")
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
            table += String(format: "%-10@ %7d %4d %4d %4d   %.3f     %.3f\n", category.rawValue as NSString, positives, score.truePositives, score.falsePositives, score.falseNegatives, score.precision, score.recall)
        }
        print(table + "(\(clauses.count) clauses)")
        // QIYUE_MISSES=/path writes the misclassified clauses there, for studying the errors.
        if let path = ProcessInfo.processInfo.environment["QIYUE_MISSES"] {
            try misses.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        for category in Self.categories {
            XCTAssertGreaterThanOrEqual(scores[category]!.precision, 0.95, "precision of \(category.rawValue)")
            XCTAssertGreaterThanOrEqual(scores[category]!.recall, 0.95, "recall of \(category.rawValue)")
        }
    }
}
