import Foundation

/// `agreements/<name>.expected.json`: the findings a whole agreement must produce.
struct AgreementExpectation: Decodable {
    struct ExpectedFinding: Decodable, Hashable {
        var category: String
        var line: Int
    }

    var findings: [ExpectedFinding]
    /// The completeness element ids (`exit-clause`, …) the agreement lacks.
    var completeness: [String]
}
