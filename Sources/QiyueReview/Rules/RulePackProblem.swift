import QiyueCore

/// One thing wrong with a rule pack, at the place in the file where it is.
///
/// The place is a JSON pointer into the pack (`/rules/3/category`); the reader turns it into
/// the line and column of that value, so a message reads `pack.json:120:19: error: …` and
/// an editor jumps to the field to fix.
public struct RulePackProblem: Sendable, Hashable {
    public var message: LocalizedText
    /// The value at fault; the root when the problem concerns the whole pack.
    public var pointer: JSONPointer
    /// Whether the problem is about the member's name rather than its value (an unknown or
    /// repeated key), so the position is that of the key.
    public var atKey: Bool
    /// 1-based; filled in by the reader from the pack's source.
    public var line: Int
    public var column: Int

    public init(_ message: LocalizedText, at pointer: JSONPointer = .root, atKey: Bool = false, line: Int = 1, column: Int = 1) {
        self.message = message
        self.pointer = pointer
        self.atKey = atKey
        self.line = line
        self.column = column
    }

    public init(zh: String, en: String, at pointer: JSONPointer = .root, atKey: Bool = false) {
        self.init(LocalizedText(zh: zh, en: en), at: pointer, atKey: atKey)
    }
}
