import QiyueCore

/// One problem (or remark) about one field of a project file.
///
/// Findings name their field by JSON pointer and carry the byte span of the value, so
/// the same finding prints as `puer.json:23:16: error: /land/area_mu: …` on a terminal
/// and as `{"pointer": "/land/area_mu", …}` in a JSON report.
public struct ProjectFinding: Sendable, Hashable {
    public var severity: Severity
    public var pointer: JSONPointer
    /// The message without the pointer prefix, in both languages.
    public var message: LocalizedText
    /// A stable identifier such as `schema.type` or `units.wan-yuan`, for filtering and tests.
    public var code: String
    /// The UTF-8 byte span the finding is about, when it is about a place in the file.
    public var byteOffset: Int?
    public var byteLength: Int
    /// Further explanation, printed as notes under the message.
    public var notes: [LocalizedText]

    public init(
        _ severity: Severity,
        _ pointer: JSONPointer,
        code: String,
        message: LocalizedText,
        at node: JSONNode? = nil,
        notes: [LocalizedText] = []
    ) {
        self.severity = severity
        self.pointer = pointer
        self.code = code
        self.message = message
        self.byteOffset = node?.offset
        self.byteLength = node?.length ?? 1
        self.notes = notes
    }

    /// `/land/area_mu: expected a number, found "三百"` in the chosen language.
    public func text(in language: Language) -> String {
        pointer.description + ": " + message.text(in: language)
    }
}
