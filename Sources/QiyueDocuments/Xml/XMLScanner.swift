import QiyueCore

/// A pull parser for the XML inside Office packages, safe by construction.
///
/// FoundationXML's `XMLParser` on Linux is libxml2 with entity loading left to the
/// library's defaults, and its "tidy HTML" mode silently drops undefined entities; so the
/// readers use this scanner instead. It understands elements, attributes, text, CDATA,
/// comments and processing instructions, and nothing else: a `<!DOCTYPE` or `<!ENTITY`
/// is refused outright (OOXML parts never contain one), which makes external entities
/// (XXE) and entity expansion ("billion laughs") impossible rather than merely disabled.
/// Only the five predefined entities and character references are decoded. Text must be
/// valid UTF-8, nesting is bounded by `XMLLimits`, and every error carries a line and column.
///
/// Namespace prefixes are rewritten to canonical ones (`canonicalPrefixes` maps a
/// namespace URI to the prefix the caller compares against), so a part that binds the
/// WordprocessingML namespace to `ns0:` still yields `w:p`. Declarations are treated as
/// document-wide, which is how every Office producer writes them.
public struct XMLScanner {
    let bytes: [UInt8]
    private let limits: XMLLimits
    private let canonicalPrefixes: [String: String]
    private var position = 0
    private var openElements: [String] = []
    private var pendingEnd: String?
    private var prefixRewrites: [String: String] = [:]

    public init(bytes: [UInt8], canonicalPrefixes: [String: String] = [:], limits: XMLLimits = .default) throws {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw DocumentReadError(zh: "XML 使用 UTF-16 编码，仅支持 UTF-8", en: "the XML is UTF-16 encoded; only UTF-8 is supported")
        }
        self.bytes = bytes
        self.limits = limits
        self.canonicalPrefixes = canonicalPrefixes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next event, or `nil` at the end of a well-formed document.
    public mutating func next() throws -> XMLEvent? {
        if let name = pendingEnd {
            pendingEnd = nil
            openElements.removeLast()
            return .end(name: name)
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else {
                let start = position
                position = find(UInt8(ascii: "<"), from: start) ?? bytes.count
                return .text(try decodeText(start ..< position))
            }
            let marker = position + 1 < bytes.count ? bytes[position + 1] : 0
            switch marker {
            case UInt8(ascii: "/"):
                return try readEndTag()
            case UInt8(ascii: "?"):
                position = try skip(past: Array("?>".utf8), what: "处理指令", "processing instruction")
            case UInt8(ascii: "!"):
                if let text = try readDeclaration() { return .text(text) }
            default:
                return try readStartTag()
            }
        }
        if let open = openElements.last {
            throw error(zh: "文档意外结束：元素 <\(open)> 未闭合", en: "unexpected end of document: element <\(open)> is not closed", at: bytes.count)
        }
        return nil
    }

    // MARK: - Tags

    private mutating func readStartTag() throws -> XMLEvent {
        let tagStart = position
        position += 1
        let rawName = try readName()
        var attributes: [XMLAttribute] = []
        while true {
            skipWhitespace()
            guard position < bytes.count else {
                throw error(zh: "文档意外结束：标签未闭合", en: "unexpected end of document inside a tag", at: tagStart)
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
            let attributeName = try readName()
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw error(zh: "属性 \(attributeName) 缺少“=”", en: "attribute \(attributeName) lacks \"=\"", at: position)
            }
            position += 1
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw error(zh: "属性值缺少引号", en: "an attribute value is not quoted", at: position)
            }
            let quote = bytes[position]
            guard let close = find(quote, from: position + 1) else {
                throw error(zh: "文档意外结束：属性值未闭合", en: "unexpected end of document inside an attribute value", at: position)
            }
            let value = try decodeText(position + 1 ..< close)
            position = close + 1
            if attributeName.hasPrefix("xmlns") { declareNamespace(attributeName, uri: value) }
            attributes.append(XMLAttribute(name: canonical(attributeName, isElement: false), value: value))
        }
        let name = canonical(rawName, isElement: true)
        guard openElements.count < limits.maximumDepth else {
            throw error(
                zh: "元素嵌套超过 \(limits.maximumDepth) 层",
                en: "elements are nested more than \(limits.maximumDepth) deep", at: tagStart
            )
        }
        openElements.append(name)
        if bytes[position] == UInt8(ascii: "/") {
            guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                throw error(zh: "标签中有多余的“/”", en: "stray \"/\" in a tag", at: position)
            }
            position += 2
            pendingEnd = name
        } else {
            position += 1
        }
        return .start(XMLStartTag(name: name, attributes: attributes))
    }

    private mutating func readEndTag() throws -> XMLEvent {
        let tagStart = position
        position += 2
        let name = canonical(try readName(), isElement: true)
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else {
            throw error(zh: "结束标签 </\(name)> 不完整", en: "the end tag </\(name)> is incomplete", at: tagStart)
        }
        position += 1
        guard let open = openElements.last else {
            throw error(zh: "多余的结束标签 </\(name)>", en: "unexpected end tag </\(name)>", at: tagStart)
        }
        guard open == name else {
            throw error(zh: "结束标签 </\(name)> 与开始标签 <\(open)> 不匹配", en: "end tag </\(name)> does not match <\(open)>", at: tagStart)
        }
        openElements.removeLast()
        return .end(name: name)
    }

    /// Skips comments, returns CDATA as text, and refuses document type and entity declarations.
    private mutating func readDeclaration() throws -> String? {
        if matches("<!--") {
            position = try skip(past: Array("-->".utf8), what: "注释", "comment")
            return nil
        }
        if matches("<![CDATA[") {
            let start = position + 9
            position = start
            let end = try skip(past: Array("]]>".utf8), what: "CDATA 段", "CDATA section")
            position = end
            return try decodeText(start ..< end - 3, decodeEntities: false)
        }
        if matches("<!DOCTYPE") || matches("<!ENTITY") || matches("<!doctype") {
            throw error(
                zh: "XML 含有 DOCTYPE 或 ENTITY 声明；Office 文档从不包含它们，为防止外部实体（XXE）和实体膨胀攻击，拒绝读取",
                en: "the XML contains a DOCTYPE or ENTITY declaration; Office documents never do, so it is refused to rule out external-entity (XXE) and entity-expansion attacks",
                at: position
            )
        }
        throw error(zh: "无法识别的 XML 声明", en: "unrecognised XML declaration", at: position)
    }

    private mutating func readName() throws -> String {
        let start = position
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                 UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<"):
                guard position > start else {
                    throw error(zh: "此处应为名称", en: "a name was expected here", at: position)
                }
                return try decodeText(start ..< position, decodeEntities: false)
            default:
                position += 1
            }
        }
        throw error(zh: "文档意外结束：名称未完", en: "unexpected end of document inside a name", at: start)
    }

    // MARK: - Namespaces

    private mutating func declareNamespace(_ attribute: String, uri: String) {
        guard let wanted = canonicalPrefixes[uri] else { return }
        let declared = attribute == "xmlns" ? "" : String(attribute.dropFirst("xmlns:".count))
        if declared != wanted { prefixRewrites[declared] = wanted }
    }

    private func canonical(_ name: String, isElement: Bool) -> String {
        guard !prefixRewrites.isEmpty else { return name }
        guard let colon = name.firstIndex(of: ":") else {
            guard isElement, let prefix = prefixRewrites[""] else { return name }
            return prefix + ":" + name
        }
        guard let prefix = prefixRewrites[String(name[..<colon])] else { return name }
        return prefix + name[colon...]
    }

    // MARK: - Bytes

    func find(_ byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func matches(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            for index in 0 ..< count where bytes[position + index] != buffer[index] { return false }
            return true
        }
    }

    /// Moves past the next occurrence of `terminator`, returning the position after it.
    private func skip(past terminator: [UInt8], what zh: String, _ en: String) throws -> Int {
        var index = position
        while let candidate = find(terminator[0], from: index) {
            if candidate + terminator.count <= bytes.count, bytes[candidate ..< candidate + terminator.count].elementsEqual(terminator) {
                return candidate + terminator.count
            }
            index = candidate + 1
        }
        throw error(zh: "文档意外结束：\(zh)未闭合", en: "unexpected end of document inside a \(en)", at: position)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }
}
