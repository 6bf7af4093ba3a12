/// Plain byte searches over the XML of a Word part: every scan is linear in what it reads.
enum ByteSearch {
    /// The first occurrence of `needle` at or after `start` (and before `end`), or `nil`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before end: Int? = nil) -> Int? {
        let limit = min(end ?? bytes.count, bytes.count) - needle.count
        guard let first = needle.first, start <= limit else { return nil }
        var index = max(0, start)
        while index <= limit {
            if bytes[index] == first, matches(needle, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    static func matches(_ needle: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + needle.count <= bytes.count else { return false }
        for offset in needle.indices where bytes[index + offset] != needle[offset] { return false }
        return true
    }

    /// The first `<w:NAME>` or `<w:NAME ` (an element start, not `<w:NAMEPr>`) at or after
    /// `start`; with `selfClosing`, an empty `<w:NAME/>` too.
    static func elementStart(_ name: String, in bytes: [UInt8], from start: Int, before end: Int? = nil, selfClosing: Bool = false) -> Int? {
        let opening = Array("<w:\(name)".utf8)
        var index = start
        while let found = find(opening, in: bytes, from: index, before: end) {
            let after = found + opening.count
            if after < bytes.count, bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: " ") || (selfClosing && bytes[after] == UInt8(ascii: "/")) {
                return found
            }
            index = found + 1
        }
        return nil
    }
}
