import QiyueCore

/// Why a file is not JSON, and where: the first byte the parser could not accept.
///
/// The message is in both languages because the CLI picks one at print time; the hint
/// names the fix (a trailing comma, a full-width comma, a comment) rather than the grammar.
public struct JSONSyntaxError: Error, Sendable, Hashable {
    /// The UTF-8 byte offset of the offending character.
    public var offset: Int
    public var message: LocalizedText

    public init(offset: Int, message: LocalizedText) {
        self.offset = offset
        self.message = message
    }

    public init(offset: Int, zh: String, en: String) {
        self.init(offset: offset, message: LocalizedText(zh: zh, en: en))
    }
}
