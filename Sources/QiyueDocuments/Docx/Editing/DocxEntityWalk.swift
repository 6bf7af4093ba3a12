/// Finds where in encoded character data (`&amp;`, `&#x4E00;` still spelled out) a number
/// of decoded bytes ends.
enum DocxEntityWalk {
    static func encodedOffset(decoded target: Int, in source: Range<Int>, of part: UnsafeBufferPointer<UInt8>) -> Int {
        var position = source.lowerBound
        var decoded = 0
        while position < source.upperBound, decoded < target {
            guard part[position] == UInt8(ascii: "&"),
                  let semicolon = (position + 1 ..< min(source.upperBound, position + 13)).first(where: { part[$0] == UInt8(ascii: ";") })
            else {
                decoded += 1
                position += 1
                continue
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: part[position + 1 ..< semicolon]), as: UTF8.self)
            decoded += XMLScanner.predefinedEntity(name).map { UTF8.width($0) } ?? (semicolon + 1 - position)
            position = semicolon + 1
        }
        return position
    }
}
