import QiyueCore

/// The entity table and the position arithmetic shared by the XML and HTML readers.
extension XMLScanner {
    /// The character a predefined entity or character reference (`amp`, `#20108`, `#x4E00`) stands for.
    static func predefinedEntity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, value != 0 else { return nil }
            return Unicode.Scalar(value)
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        bytes.withUnsafeBufferPointer { lineAndColumn(of: offset, in: $0) }
    }

    static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        let position = LineIndex.positions(ofBytes: [offset], in: bytes)[0]
        return (position.line, position.column)
    }
}
