/// The per-character part of normalisation: maps each Unicode scalar to the one form the
/// rules are written in.
///
/// Agreements copied from PDF or Word mix full-width and half-width digits, letters and
/// punctuation, and use several bracket styles for document numbers (〔2014〕, ［2014］,
/// [2014]). Folding them to one form lets one trigger term match every spelling, and it
/// keeps exactly one output unit per input scalar so positions map back without a table.
enum CharacterFolding {
    /// The folded UTF-16 unit for a scalar; scalars outside the Basic Multilingual Plane
    /// fold to U+FFFD because no rule term contains them.
    @inline(__always)
    static func fold(_ scalar: UInt32) -> UInt16 {
        // Full-width ASCII block (ＡＢＣ１２３（）：；，) first becomes ASCII, then folds as ASCII
        // does; done before the switch rather than by recursion, so the function inlines.
        let value = scalar >= 0xFF01 && scalar <= 0xFF5E ? scalar - 0xFEE0 : scalar
        switch value {
        case 0x41...0x5A:
            return UInt16(value + 0x20)
        case 0x3000, 0x00A0, 0x09, 0x0D, 0x2002...0x200A, 0x202F:
            return 0x20
        case 0x3014, 0x3010, 0x3016, 0x3018, 0x301A, 0x5B:
            return 0x5B  // [
        case 0x3015, 0x3011, 0x3017, 0x3019, 0x301B, 0x5D:
            return 0x5D  // ]
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x300C, 0x300D, 0x300E, 0x300F, 0x27:
            return 0x22  // every quotation mark becomes "
        case 0x2014, 0x2015, 0x2012, 0x2013, 0x2212, 0xFE58:
            return 0x2D  // dashes become -
        case 0xFF0E, 0x2024:
            return 0x2E
        case 0x10000...:
            return 0xFFFD
        default:
            return UInt16(truncatingIfNeeded: value)
        }
    }

    /// Scalars that normalisation removes: every default-ignorable code point (soft
    /// hyphen, zero-width and joiner characters, bidirectional controls, variation
    /// selectors, the byte-order mark, tags). They are invisible, so one placed inside
    /// 返还土地出让金 must not split the term a rule looks for.
    @inline(__always)
    static func isIgnorable(_ value: UInt32) -> Bool {
        switch value {
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B...0x180F, 0x200B...0x200F, 0x202A...0x202E,
             0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xFFF0...0xFFF8, 0x1BCA0...0x1BCA3, 0x1D173...0x1D17A,
             0xE0000...0xE0FFF:
            return true
        default:
            return false
        }
    }

    /// Han ideographs (the blocks contracts use) and CJK punctuation, between which a space
    /// is an artefact of copy-paste rather than meaning.
    @inline(__always)
    static func isHanOrCJKPunctuation(_ unit: UInt16) -> Bool {
        (unit >= 0x4E00 && unit <= 0x9FFF) || (unit >= 0x3400 && unit <= 0x4DBF) || (unit >= 0xF900 && unit <= 0xFAFF)
            || (unit >= 0x3001 && unit <= 0x3003) || unit == 0xFF0C || unit == 0xFF1B || unit == 0xFF1A
    }

    /// Units that a copy-paste space may separate from a Chinese character without meaning:
    /// digits, Latin letters and the punctuation of amounts and sentences (4.5 万, % , ，).
    @inline(__always)
    static func joinsHan(_ unit: UInt16) -> Bool {
        (unit >= 0x30 && unit <= 0x39) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x2E || unit == 0x25
            || unit == 0x2C || unit == 0x3B || unit == 0x3A || unit == 0x28 || unit == 0x29 || unit == 0x21 || unit == 0x3F
    }

    /// Markdown's inline markup characters (`*`, `_`, `~`, a backquote, a backslash), which
    /// never belong inside a Chinese word.
    @inline(__always)
    static func isMarkupResidue(_ unit: UInt16) -> Bool {
        unit == 0x2A || unit == 0x5F || unit == 0x7E || unit == 0x60 || unit == 0x5C
    }

    @inline(__always)
    static func isHan(_ unit: UInt16) -> Bool {
        (unit >= 0x4E00 && unit <= 0x9FFF) || (unit >= 0x3400 && unit <= 0x4DBF) || (unit >= 0xF900 && unit <= 0xFAFF)
    }
}
