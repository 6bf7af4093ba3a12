/// The report formats of `qiyue review --format`.
enum ReviewOutputFormat: String, CaseIterable {
    case text
    case json
    case sarif
    /// The 合法性审查意见书 as one self-contained page.
    case html
    /// The same opinion as a Word document (needs `-o`).
    case docx
    /// One line of JSON per file, streamed as files are done, then a summary line.
    case jsonl

    static let expected = allCases.map(\.rawValue).joined(separator: "|")

    /// Whether the report shows the reviewed text and names the file by its digest, so the
    /// review must keep them.
    var isOpinion: Bool { self == .html || self == .docx }
}
