/// The character classes CommonMark's emphasis rules are written in, with one Chinese
/// adjustment.
///
/// CommonMark decides whether `**` may open or close emphasis from the characters around it.
/// Its rules assume spaces between words, so `是**“甲方”**的` fails: the closing `**` follows
/// punctuation and precedes a letter. Treating Han characters next to a delimiter like
/// whitespace in that second test (what the "CJK-friendly" proposals do) makes such text work
/// while leaving every space-separated case as the specification has it.
enum MarkdownCharacterClass {
    static func isWhitespace(_ character: Character?) -> Bool {
        guard let character else { return true }
        return character.isWhitespace
    }

    static func isPunctuation(_ character: Character?) -> Bool {
        guard let character, let scalar = character.unicodeScalars.first else { return false }
        if scalar.isASCII { return character.isPunctuation || character.isSymbol }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// Han ideographs, kana, Hangul, and the CJK symbol and full-width blocks.
    static func isCJK(_ character: Character?) -> Bool {
        guard let scalar = character?.unicodeScalars.first?.value else { return false }
        switch scalar {
        case 0x2E80...0x2FDF, 0x3000...0x30FF, 0x3100...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// ASCII punctuation, the characters a backslash can escape.
    static func isEscapable(_ character: Character) -> Bool {
        character.isASCII && (character.isPunctuation || character.isSymbol)
    }
}
