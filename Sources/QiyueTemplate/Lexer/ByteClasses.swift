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
