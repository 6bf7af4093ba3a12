// Byte classes of the template lexer, on UTF-8 bytes.

/// Python's `str.isspace` for the ASCII range, which is all Jinja's `\s` and `rstrip` meet in practice.
@inline(__always)
func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

/// Letters, `_` and any non-ASCII byte (Jinja accepts Unicode identifiers such as `甲方`).
@inline(__always) func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
}

/// The length of the UTF-8 sequence a lead byte starts.
func utf8Length(_ lead: UInt8) -> Int {
    lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
}

/// The length of the whitespace character starting at `index` (0 if none), counting the
/// Unicode spaces Python's `\s` and `str.rstrip` know: U+3000 (the full-width space common
/// in Chinese documents), U+00A0, U+2000–U+200A and the rest.
@inline(__always)
func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return isWhitespace(byte) || (byte >= 0x1C && byte <= 0x1F) ? 1 : 0 }
    guard index + 1 < bytes.count else { return 0 }
    let second = bytes[index + 1]
    if byte == 0xC2 { return second == 0x85 || second == 0xA0 ? 2 : 0 }
    guard index + 2 < bytes.count else { return 0 }
    let third = bytes[index + 2]
    switch (byte, second) {
    case (0xE3, 0x80): return third == 0x80 ? 3 : 0
    case (0xE2, 0x80): return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
    case (0xE2, 0x81): return third == 0x9F ? 3 : 0
    case (0xE1, 0x9A): return third == 0x80 ? 3 : 0
    default: return 0
    }
}

/// The length of the whitespace character ending just before `end` (0 if none).
@inline(__always)
func whitespaceLength(_ bytes: [UInt8], endingAt end: Int, notBefore start: Int) -> Int {
    guard end > start else { return 0 }
    if bytes[end - 1] < 0x80 { return whitespaceLength(bytes, at: end - 1) }
    for length in [2, 3] where end - length >= start {
        if whitespaceLength(bytes, at: end - length) == length { return length }
    }
    return 0
}

/// Whether `bytes[start..<end]` is all whitespace in Python's `\s` sense (true when empty).
func isAllWhitespace(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
    var index = start
    while index < end {
        let length = whitespaceLength(bytes, at: index)
        guard length > 0 else { return false }
        index += length
    }
    return true
}
