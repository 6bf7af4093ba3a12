/// The characters of a "compressed" (8-bit) piece of a Word 97–2003 document.
///
/// [MS-DOC] 2.4.1: such bytes are Windows-1252, whose 0x80–0x9F are typographic marks rather
/// than control characters; every other byte is the Unicode code point of the same value.
/// Word writes Chinese text as UTF-16 pieces, so only Latin text comes this way.
enum DocCompressedText {
    private static let windows1252: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func unit(_ byte: UInt8) -> UInt16 {
        (0x80...0x9F).contains(byte) ? windows1252[Int(byte) - 0x80] : UInt16(byte)
    }
}
