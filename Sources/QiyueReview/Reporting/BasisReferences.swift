import QiyueCore

/// Numbers the basis entries of one file's findings in order of first use, so a text
/// report prints each provision once per file and every finding refers to it by number.
struct BasisReferences {
    private(set) var entries: [BasisEntry] = []
    private var numberOf: [String: Int] = [:]

    init(_ findings: [Finding]) {
        for finding in findings {
            for entry in finding.review.basis where numberOf[entry.id] == nil {
                entries.append(entry)
                numberOf[entry.id] = entries.count
            }
        }
    }

    /// `[1] [3]` for a finding citing the first and third entries; `nil` when it cites none.
    func numbers(for finding: Finding) -> String? {
        let numbers = finding.review.basis.compactMap { numberOf[$0.id] }
        return numbers.isEmpty ? nil : numbers.map { "[\($0)]" }.joined(separator: " ")
    }

    /// `依据（a.md）：` followed by one numbered line per entry; empty when there are none.
    func list(for path: String, language: Language) -> String {
        guard !entries.isEmpty else { return "" }
        var text = language == .zh ? "依据（\(TerminalText.escaped(path))）：\n" : "basis (\(TerminalText.escaped(path))):\n"
        for (index, entry) in entries.enumerated() { text += "[\(index + 1)] \(entry.line)\n" }
        return text
    }
}
