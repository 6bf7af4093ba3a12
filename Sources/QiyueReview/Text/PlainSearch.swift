import Foundation

/// Whether one string holds another, answered without bridging to NSString when it can be.
///
/// On Linux, Foundation's `contains` bridges both strings to NSString and compares composed
/// character sequences under canonical equivalence; for the few words tested on every
/// finding (公司, 电价, an article label) that cost more than reading the finding's promise.
/// Text made only of scalars that are each a character of their own and canonically equal
/// only to themselves (printable ASCII, CJK unified ideographs, CJK and general punctuation,
/// full-width forms) has no other spelling to match, so Foundation's answer there is the
/// plain search of UTF-8 bytes done here; any other text is left to Foundation, so the
/// answer is always the one Foundation gives.
enum PlainSearch {
    /// Whether `text` contains `word`, as `text.contains(word)` with Foundation says.
    static func contains(_ text: String, _ word: String) -> Bool {
        guard !word.isEmpty, isPlain(text), isPlain(word) else { return text.contains(word) }
        var text = text, word = word
        text.makeContiguousUTF8()
        word.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { haystack in
            word.utf8.withContiguousStorageIfAvailable { needle in
                Self.occurs(needle, in: haystack)
            }
        }.flatMap { $0 } ?? text.contains(word)
    }

    /// Whether every scalar of `text` is one whose only canonical equivalent is itself and
    /// which never joins a neighbour into one character.
    static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0x2010...0x2027, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF5E: return true
            default: return false
            }
        }
    }

    /// Whether `needle` occurs in `haystack` (valid UTF-8, so a byte match is a scalar match).
    static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}
