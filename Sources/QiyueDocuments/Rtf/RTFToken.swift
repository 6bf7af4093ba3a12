/// One lexical unit of an RTF file.
enum RTFToken: Equatable {
    case groupStart
    case groupEnd
    /// `\word` or `\wordN`; the name is at most 32 ASCII letters, the parameter a signed number.
    case controlWord(String, Int?)
    /// `\` followed by one character that is not a letter (`\~`, `\*`, `\{`).
    case controlSymbol(UInt8)
    /// `\'hh`: one byte of text in the current code page.
    case hexByte(UInt8)
    /// A byte of plain text (CR and LF, which RTF ignores, never appear).
    case text(UInt8)
    /// The bytes of `\binN`, which are data, never text.
    case binary(Int)
}
