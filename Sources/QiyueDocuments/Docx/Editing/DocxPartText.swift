/// Small byte edits on package parts that are plain XML written by office programs.
enum DocxPartText {
    /// `bytes` with `text` inserted before the last occurrence of `marker`, or `nil` if there is none.
    static func inserting(_ text: String, beforeLast marker: String, in bytes: [UInt8]) -> [UInt8]? {
        let needle = Array(marker.utf8)
        guard bytes.count >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index] == needle[0], Array(bytes[index ..< index + needle.count]) == needle {
                return Array(bytes[..<index]) + Array(text.utf8) + Array(bytes[index...])
            }
            index -= 1
        }
        return nil
    }

    /// `<root …/>` opened up to hold `text`, for a part written with an empty root element.
    static func expandingEmptyRoot(_ root: String, with text: String, in bytes: [UInt8]) -> [UInt8]? {
        let source = String(decoding: bytes, as: UTF8.self)
        guard let open = source.range(of: "<" + root), let close = source[open.upperBound...].range(of: "/>") else { return nil }
        guard !source[open.upperBound ..< close.lowerBound].contains(">") else { return nil }
        return Array((source[..<close.lowerBound] + ">" + text + "</" + root + ">" + source[close.upperBound...]).utf8)
    }
}
