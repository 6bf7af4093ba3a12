import Foundation

/// Compiled regular expressions by source text, built once per schema.
///
/// `NSRegularExpression` is immutable after creation and safe to share between threads,
/// which is why the cache can be `Sendable`.
final class PatternCache: @unchecked Sendable {
    private let compiled: [String: NSRegularExpression]

    init(_ patterns: Set<String>) {
        var compiled: [String: NSRegularExpression] = [:]
        for pattern in patterns {
            compiled[pattern] = try? NSRegularExpression(pattern: pattern)
        }
        self.compiled = compiled
    }

    /// ECMA-262-style `pattern` matching as JSON Schema specifies: an unanchored search.
    /// A pattern the schema did not declare is compiled on the spot; an invalid one never matches.
    func matches(_ text: String, pattern: String) -> Bool {
        guard let expression = compiled[pattern] ?? (try? NSRegularExpression(pattern: pattern)) else { return false }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
