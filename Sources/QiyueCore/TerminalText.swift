/// File names as they may be printed on a terminal.
///
/// A file name can hold any byte but `/` and NUL: a line feed makes one diagnostic look like
/// two, an escape sequence recolours or clears the screen, and U+202E turns `exe.txt` around.
/// Every name a message prints goes through `escaped`, which writes such characters as `\n`,
/// `\r`, `\t` or `\u{202E}`; ordinary names, Chinese included, are printed as they are.
public enum TerminalText {
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where needsEscape(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, and the bidirectional formatting characters.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
