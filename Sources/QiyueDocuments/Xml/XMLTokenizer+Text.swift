import QiyueCore

/// Text decoding and error positions of the tokenizer: entity references, UTF-8 checks, and
/// the line and column every error carries.
extension XMLTokenizer {
    /// The text of `range` with entities decoded (unless `decodeEntities` is false, for CDATA), checked to be UTF-8.
    func decodedText(_ range: Range<Int>, decodeEntities: Bool = true) throws -> String {
        let raw = bytes(range)
        if !decodeEntities || find(UInt8(ascii: "&"), from: range.lowerBound, before: range.upperBound) == nil {
            guard let text = String(validating: raw, as: UTF8.self) else { throw invalidUTF8(in: range) }
            return text
        }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        try appendDecodedText(range, to: &output)
        guard let text = output.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) else { throw invalidUTF8(in: range) }
        return text
    }

    /// Appends the bytes of `range` to `output` with entity references decoded.
    ///
    /// UTF-8 is not checked here: a reader that gathers the runs of a paragraph checks the
    /// whole paragraph once when it makes it a string, and calls `invalidUTF8(in:)` to
    /// locate the fault if that fails.
    func appendDecodedText(_ range: Range<Int>, to output: inout [UInt8]) throws {
        var index = range.lowerBound
        while index < range.upperBound {
            guard let ampersand = find(UInt8(ascii: "&"), from: index, before: range.upperBound) else {
                output.append(contentsOf: bytes(index ..< range.upperBound))
                return
            }
            output.append(contentsOf: bytes(index ..< ampersand))
            guard let semicolon = find(UInt8(ascii: ";"), from: ampersand, before: min(range.upperBound, ampersand + 13)) else {
                throw error(zh: "“&”后缺少实体名和“;”", en: "\"&\" is not followed by an entity name and \";\"", at: ampersand)
            }
            let name = String(decoding: bytes(ampersand + 1 ..< semicolon), as: UTF8.self)
            guard let scalar = XMLScanner.predefinedEntity(name) else {
                throw error(
                    zh: "未定义的实体 &\(name);（只接受 XML 预定义实体和字符引用）",
                    en: "undefined entity &\(name); (only the predefined XML entities and character references are accepted)",
                    at: ampersand
                )
            }
            UTF8.encode(scalar) { output.append($0) }
            index = semicolon + 1
        }
    }

    /// The error for invalid UTF-8 somewhere in `range`, placed at the first bad byte.
    func invalidUTF8(in range: Range<Int>) -> DocumentReadError {
        let offset = UTF8Validation.firstInvalidOffset(in: bytes(range)).map { range.lowerBound + $0 } ?? range.upperBound
        return error(zh: "文本不是有效的 UTF-8 编码", en: "the text is not valid UTF-8", at: offset)
    }

    func error(zh: String, en: String, at offset: Int) -> DocumentReadError {
        let (line, column) = XMLScanner.lineAndColumn(of: offset, in: bytes(0 ..< limit))
        return DocumentReadError(LocalizedText(zh: zh, en: en), line: line, column: column)
    }
}
