/// Whether an RTF file's raw 8-bit text is UTF-8 although its header names another code page.
///
/// RTF text outside `\'hh` escapes is meant to be in the document's code page, but some tools
/// write the raw bytes as UTF-8 and still say `\ansicpg936`; decoded as GBK such a draft is
/// mojibake and its clauses escape review. The file is taken for UTF-8 only when all of it is
/// valid UTF-8 and it holds at least three multibyte sequences, at least half of them three
/// bytes long (Chinese characters). Raw GBK text rarely forms valid UTF-8 at all, and almost
/// never with that shape, so a GBK file stays GBK.
enum RTFRawUTF8 {
    static let minimumSequences = 3

    static func detect(_ bytes: [UInt8]) -> Bool {
        var sequences = 0, threeByte = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: index) else { return false }
            sequences += 1
            if length == 3 { threeByte += 1 }
            index += length
        }
        return sequences >= minimumSequences && threeByte * 2 >= sequences
    }

    /// The length of the well-formed UTF-8 sequence at `index` (Unicode table 3-7), or `nil`.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return nil }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) { return nil }
        return length
    }
}
