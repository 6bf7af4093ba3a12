/// Splits HTML source into tags and text, tolerating what browsers tolerate.
///
/// Comments, `<!DOCTYPE …>` (including an internal subset in brackets) and processing
/// instructions are skipped without interpretation: no entity is ever declared or
/// expanded, so the XXE and "billion laughs" attacks have nothing to work with. The
/// contents of `<script>` and `<style>` are dropped; a `<` that does not start a tag is text.
struct HTMLTokenizer {
    private let bytes: [UInt8]
    private var position = 0
    private var pending: [HTMLToken] = []

    /// `bytes` must be valid UTF-8 (the reader checks this first).
    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func next() -> HTMLToken? {
        if !pending.isEmpty { return pending.removeFirst() }
        while position < bytes.count {
            let start = position
            guard bytes[position] == UInt8(ascii: "<") else {
                position = find(UInt8(ascii: "<"), from: position + 1) ?? bytes.count
                return .text(decodedText(start ..< position), offset: start)
            }
            let next = byte(at: position + 1)
            if isLetter(next) { return startTag() }
            if next == UInt8(ascii: "/"), isLetter(byte(at: position + 2)) { return endTag() }
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: "/") {
                skipMarkupDeclaration()
                continue
            }
            position += 1
            let end = find(UInt8(ascii: "<"), from: position) ?? bytes.count
            position = end
            return .text(decodedText(start ..< end), offset: start)
        }
        return nil
    }

    private mutating func startTag() -> HTMLToken {
        let offset = position
        position += 1
        let name = readName().lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while position < bytes.count {
            skipWhitespace()
            guard position < bytes.count else { break }
            if bytes[position] == UInt8(ascii: ">") { position += 1; break }
            if bytes[position] == UInt8(ascii: "/") { selfClosing = true; position += 1; continue }
            let attribute = readName().lowercased()
            if attribute.isEmpty { position += 1; continue }
            skipWhitespace()
            var value = ""
            if byte(at: position) == UInt8(ascii: "=") {
                position += 1
                skipWhitespace()
                value = readAttributeValue()
            }
            if attributes[attribute] == nil { attributes[attribute] = value }
        }
        if name == "script" || name == "style" {
            position = endOfRawText(name)
        } else if name == "title" || name == "textarea" {
            let textStart = position
            let end = endOfRawText(name)
            let closing = bytes[textStart ..< end].lastIndex(of: UInt8(ascii: "<")) ?? end
            pending = [.text(decodedText(textStart ..< closing), offset: textStart), .endTag(name: name, offset: closing)]
            position = end
        }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing, offset: offset)
    }

    private mutating func endTag() -> HTMLToken {
        let offset = position
        position += 2
        let name = readName().lowercased()
        position = (find(UInt8(ascii: ">"), from: position) ?? bytes.count - 1) + 1
        return .endTag(name: name, offset: offset)
    }

    /// Skips `<!-- … -->`, `<!DOCTYPE … [ … ]>`, `<? … >` and `</ …>` without looking inside.
    private mutating func skipMarkupDeclaration() {
        if matches("<!--", at: position) {
            var index = position + 4
            while index < bytes.count, !matches("-->", at: index) { index += 1 }
            position = min(bytes.count, index + 3)
            return
        }
        var index = position + 2
        var bracketDepth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "["): bracketDepth += 1
            case UInt8(ascii: "]"): bracketDepth = max(0, bracketDepth - 1)
            case UInt8(ascii: ">") where bracketDepth == 0:
                position = index + 1
                return
            default: break
            }
            index += 1
        }
        position = bytes.count
    }

    /// The position after `</name>`, or the end of input when it never closes.
    private func endOfRawText(_ name: String) -> Int {
        var index = position
        let closing = Array("</\(name)".utf8)
        while let candidate = find(UInt8(ascii: "<"), from: index) {
            if candidate + closing.count <= bytes.count,
               zip(bytes[candidate ..< candidate + closing.count], closing).allSatisfy({ lowercase($0) == $1 }) {
                return (find(UInt8(ascii: ">"), from: candidate) ?? bytes.count - 1) + 1
            }
            index = candidate + 1
        }
        return bytes.count
    }

    private mutating func readName() -> String {
        let start = position
        while position < bytes.count {
            let value = bytes[position]
            if value == UInt8(ascii: ">") || value == UInt8(ascii: "/") || value == UInt8(ascii: "=") || isWhitespace(value) { break }
            position += 1
        }
        return String(decoding: bytes[start ..< position], as: UTF8.self)
    }

    private mutating func readAttributeValue() -> String {
        guard position < bytes.count else { return "" }
        let quote = bytes[position]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            let start = position + 1
            let end = find(quote, from: start) ?? bytes.count
            position = min(bytes.count, end + 1)
            return decodedText(start ..< end)
        }
        let start = position
        while position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: ">") { position += 1 }
        return decodedText(start ..< position)
    }

    private func decodedText(_ range: Range<Int>) -> String {
        HTMLEntities.decodeAll(in: String(decoding: bytes[range], as: UTF8.self)[...])
    }

    private func find(_ value: UInt8, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == value { return index }
            index += 1
        }
        return nil
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        let literalBytes = Array(literal.utf8)
        return index + literalBytes.count <= bytes.count && bytes[index ..< index + literalBytes.count].elementsEqual(literalBytes)
    }

    private func byte(at index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }
    private func isLetter(_ value: UInt8) -> Bool { (0x41 ... 0x5A).contains(value) || (0x61 ... 0x7A).contains(value) }
    private func isWhitespace(_ value: UInt8) -> Bool { value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D || value == 0x0C }
    private func lowercase(_ value: UInt8) -> UInt8 { (0x41 ... 0x5A).contains(value) ? value + 0x20 : value }

    private mutating func skipWhitespace() {
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
    }
}
