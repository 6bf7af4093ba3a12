/// Terminal column widths of text, so a caret lands under the right character.
///
/// East Asian wide and full-width characters take two terminal columns; combining marks
/// take none. This is the subset of Unicode's East Asian Width property (UAX #11) that
/// matters for Chinese contracts: CJK ideographs, full-width forms, CJK punctuation,
/// Hangul, Kana, and emoji presentation.
public enum DisplayWidth {
    /// The number of terminal columns `character` occupies.
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if character == "\t" { return 1 }
        return isWide(scalar.value) ? 2 : (scalar.properties.generalCategory == .nonspacingMark ? 0 : 1)
    }

    /// The number of terminal columns `text` occupies.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
