/// One provision a finding relies on: an article of a law or regulation (quoted exactly,
/// and only when its wording was checked in the official text) or an item of the seed
/// policy.
public struct BasisEntry: Sendable, Hashable {
    /// A stable id the rules refer to, e.g. `civil-code-347-2`.
    public var id: String
    /// Title and article: 《中华人民共和国民法典》第三百四十七条第二款.
    public var citation: String
    /// The wording of the provision (or the summary of a seed item).
    public var text: String

    public init(id: String, citation: String, text: String) {
        self.id = id
        self.citation = citation
        self.text = text
    }

    /// `citation：text`, the form printed in reports.
    public var line: String { text.isEmpty ? citation : citation + "：" + text }
}

extension BasisEntry {
    /// An entry from a line `citation：text`; the citation is its id.
    init(legacyLine line: String) {
        if let colon = line.firstIndex(of: "：") {
            let citation = String(line[..<colon])
            self.init(id: citation, citation: citation, text: String(line[line.index(after: colon)...]))
        } else {
            self.init(id: line, citation: line, text: "")
        }
    }
}
