#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QiyueCore

/// The byte-level core of the XML reader: finds tags and text without building strings.
///
/// A 44 MB `document.xml` has close to a million elements; building a `String` for every
/// name, attribute and whitespace run cost most of the reading time, so the tokenizer hands
/// out interned name ids and byte ranges and decodes only what its reader asks for.
/// `XMLScanner` wraps it for callers that want strings and a tree.
///
/// The safety rules are the scanner's: `<!DOCTYPE` and `<!ENTITY` are refused outright (no
/// external entity can be loaded, no entity can expand), only the five predefined entities
/// and character references are decoded, nesting is bounded by `XMLLimits`, tags must
/// balance, and every error has a line and column. UTF-8 is checked where text becomes a
/// string (names, decoded values and text); bytes that no reader ever decodes — layout
/// whitespace, ignored attributes — are only scanned past.
struct XMLTokenizer {
    let storage: OwnedBytes
    let base: UnsafePointer<UInt8>
    /// The size of the part.
    let count: Int
    /// How many bytes can be read now: all of them, or as many as a streamed part has inflated so far.
    private(set) var limit: Int
    /// The inflation still filling `storage`, if the part is streamed.
    private let source: ZipStreamingInflation?
    let limits: XMLLimits
    private let canonicalPrefixes: [String: String]
    private(set) var names: XMLNameTable
    private(set) var position = 0
    /// The attributes of the start tag just returned.
    private(set) var attributes: [XMLRawAttribute] = []
    private var openElements: [OpenElement] = []
    private var pendingEnd: Int32?
    private var prefixRewrites: [String: String] = [:]

    /// - Parameter source: the inflation filling `storage` while it is read, for a streamed part;
    ///   the tokenizer then waits for bytes it needs and, at the end, for the CRC check.
    init(storage: OwnedBytes, source: ZipStreamingInflation? = nil, canonicalPrefixes: [String: String] = [:], limits: XMLLimits = .default, names: XMLNameTable = XMLNameTable()) throws {
        // The first three bytes decide the encoding checks below.
        let ready = try source?.waitForMore(than: min(3, storage.count) - 1) ?? storage.count
        let bytes = UnsafeBufferPointer(start: storage.base, count: ready)
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw DocumentReadError(zh: "XML 使用 UTF-16 编码，仅支持 UTF-8", en: "the XML is UTF-16 encoded; only UTF-8 is supported")
        }
        self.storage = storage
        base = UnsafePointer(storage.base)
        count = storage.count
        limit = ready
        self.source = source
        self.limits = limits
        self.canonicalPrefixes = canonicalPrefixes
        self.names = names
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        attributes.reserveCapacity(16)
    }

    /// An element whose end tag has not been seen: its id and where its name is spelled.
    private struct OpenElement {
        var id: Int32
        var nameStart: Int
        var nameLength: Int
    }

    /// How many elements are open.
    var depth: Int { openElements.count }

    /// The next token, or `nil` at the end of a well-formed document.
    mutating func next() throws -> XMLToken? {
        if let id = pendingEnd {
            pendingEnd = nil
            openElements.removeLast()
            return .end(id)
        }
        while true {
            let start = position
            do {
                return try nextToken()
            } catch where limit < count {
                // The construct may run past the bytes inflated so far; read it again once
                // more have arrived (a real error is thrown again when all have).
                position = start
                try waitForMoreInput()
            }
        }
    }

    private mutating func nextToken() throws -> XMLToken? {
        while position < limit {
            guard base[position] == UInt8(ascii: "<") else {
                let start = position
                guard let end = find(UInt8(ascii: "<"), from: start) else {
                    if limit < count { throw IncompleteInput() }
                    position = limit
                    return .text(start ..< limit)
                }
                position = end
                return .text(start ..< end)
            }
            let marker = position + 1 < limit ? base[position + 1] : 0
            switch marker {
            case UInt8(ascii: "/"):
                return try readEndTag()
            case UInt8(ascii: "?"):
                position = try skip(past: "?>", what: "处理指令", "processing instruction")
            case UInt8(ascii: "!"):
                if let range = try readDeclaration() { return .characterData(range) }
            default:
                return try readStartTag()
            }
        }
        if limit < count { throw IncompleteInput() }
        // Only now is the CRC of a streamed part known; nothing is handed out as complete before it.
        try source?.waitUntilFinished()
        if let open = openElements.last {
            let name = names.names[Int(open.id)]
            throw error(zh: "文档意外结束：元素 <\(name)> 未闭合", en: "unexpected end of document: element <\(name)> is not closed", at: count)
        }
        return nil
    }

    /// Thrown where a token needs bytes that are still being inflated.
    private struct IncompleteInput: Error {}

    private mutating func waitForMoreInput() throws {
        guard let source else { return }
        limit = try source.waitForMore(than: limit)
    }

    /// The canonical name of an id, for messages and string-based callers.
    func name(_ id: Int32) -> String {
        names.names[Int(id)]
    }

    // MARK: - Tags

    private mutating func readStartTag() throws -> XMLToken {
        let tagStart = position
        position += 1
        let nameStart = position
        try scanName()
        let nameLength = position - nameStart
        if !attributes.isEmpty { attributes.removeAll(keepingCapacity: true) }
        while true {
            skipWhitespace()
            guard position < limit else {
                throw error(zh: "文档意外结束：标签未闭合", en: "unexpected end of document inside a tag", at: tagStart)
            }
            let byte = base[position]
            if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") { break }
            let attributeStart = position
            try scanName()
            let attributeLength = position - attributeStart
            skipWhitespace()
            guard position < limit, base[position] == UInt8(ascii: "=") else {
                let attribute = String(decoding: UnsafeBufferPointer(start: base + attributeStart, count: attributeLength), as: UTF8.self)
                throw error(zh: "属性 \(attribute) 缺少“=”", en: "attribute \(attribute) lacks \"=\"", at: position)
            }
            position += 1
            skipWhitespace()
            guard position < limit, base[position] == UInt8(ascii: "\"") || base[position] == UInt8(ascii: "'") else {
                throw error(zh: "属性值缺少引号", en: "an attribute value is not quoted", at: position)
            }
            let quote = base[position]
            guard let close = find(quote, from: position + 1) else {
                throw error(zh: "文档意外结束：属性值未闭合", en: "unexpected end of document inside an attribute value", at: position)
            }
            let attribute = XMLRawAttribute(nameStart: attributeStart, nameLength: attributeLength, valueStart: position + 1, valueEnd: close)
            position = close + 1
            if attributeLength >= 5, isNamespaceDeclaration(attribute) { try declareNamespace(attribute) }
            attributes.append(attribute)
        }
        let id = try elementId(start: nameStart, length: nameLength)
        guard openElements.count < limits.maximumDepth else {
            throw error(zh: "元素嵌套超过 \(limits.maximumDepth) 层", en: "elements are nested more than \(limits.maximumDepth) deep", at: tagStart)
        }
        openElements.append(OpenElement(id: id, nameStart: nameStart, nameLength: nameLength))
        if base[position] == UInt8(ascii: "/") {
            guard position + 1 < limit, base[position + 1] == UInt8(ascii: ">") else {
                throw error(zh: "标签中有多余的“/”", en: "stray \"/\" in a tag", at: position)
            }
            position += 2
            pendingEnd = id
        } else {
            position += 1
        }
        return .start(id)
    }

    private mutating func readEndTag() throws -> XMLToken {
        let tagStart = position
        position += 2
        let nameStart = position
        try scanName()
        let nameLength = position - nameStart
        skipWhitespace()
        guard position < limit, base[position] == UInt8(ascii: ">") else {
            let id = try elementId(start: nameStart, length: nameLength)
            let name = self.name(id)
            throw error(zh: "结束标签 </\(name)> 不完整", en: "the end tag </\(name)> is incomplete", at: tagStart)
        }
        position += 1
        guard let open = openElements.last else {
            let id = try elementId(start: nameStart, length: nameLength)
            let name = self.name(id)
            throw error(zh: "多余的结束标签 </\(name)>", en: "unexpected end tag </\(name)>", at: tagStart)
        }
        // The same spelling as the start tag is by far the common case and needs no lookup.
        if nameLength != open.nameLength || memcmp(base + nameStart, base + open.nameStart, nameLength) != 0 {
            let id = try elementId(start: nameStart, length: nameLength)
            guard id == open.id else {
                let name = self.name(id), openName = self.name(open.id)
                throw error(zh: "结束标签 </\(name)> 与开始标签 <\(openName)> 不匹配", en: "end tag </\(name)> does not match <\(openName)>", at: tagStart)
            }
        }
        openElements.removeLast()
        return .end(open.id)
    }

    /// Skips comments, returns CDATA content, and refuses document type and entity declarations.
    private mutating func readDeclaration() throws -> Range<Int>? {
        if matches("<!--") {
            position = try skip(past: "-->", what: "注释", "comment")
            return nil
        }
        if matches("<![CDATA[") {
            let start = position + 9
            position = start
            let end = try skip(past: "]]>", what: "CDATA 段", "CDATA section")
            position = end
            return start ..< end - 3
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

    private mutating func scanName() throws {
        let start = position
        while position < limit {
            switch base[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                 UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<"):
                guard position > start else { throw error(zh: "此处应为名称", en: "a name was expected here", at: position) }
                return
            default:
                position += 1
            }
        }
        throw error(zh: "文档意外结束：名称未完", en: "unexpected end of document inside a name", at: start)
    }

    // MARK: - Bytes

    /// The offset of the first `byte` at or after `start` and before `end` (the end of the part by default).
    func find(_ byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
        let end = end ?? limit
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private func matches(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard position + length <= limit else { return false }
        return memcmp(base + position, literal.utf8Start, length) == 0
    }

    /// The position after the next occurrence of `terminator`.
    private func skip(past terminator: StaticString, what zh: String, _ en: String) throws -> Int {
        let length = terminator.utf8CodeUnitCount
        var index = position
        while let candidate = find(terminator.utf8Start[0], from: index) {
            if candidate + length <= limit, memcmp(base + candidate, terminator.utf8Start, length) == 0 { return candidate + length }
            index = candidate + 1
        }
        throw error(zh: "文档意外结束：\(zh)未闭合", en: "unexpected end of document inside a \(en)", at: position)
    }

    private mutating func skipWhitespace() {
        while position < limit {
            switch base[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    func bytes(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}

// MARK: - Names and namespaces

extension XMLTokenizer {
    /// The id of the element name spelled at `start`, with its prefix made canonical.
    mutating func elementId(start: Int, length: Int) throws -> Int32 {
        let key = XMLNameTable.Key(base, start, length)
        if let key, let id = names.elementSpellings.id(for: key) { return id }
        let id = names.intern(canonical(try decodedName(start: start, length: length), isElement: true))
        if let key { names.elementSpellings.insert(key, id: id) }
        return id
    }

    /// The id of an attribute of the current start tag.
    mutating func attributeId(_ attribute: XMLRawAttribute) throws -> Int32 {
        let key = XMLNameTable.Key(base, attribute.nameStart, attribute.nameLength)
        if let key, let id = names.attributeSpellings.id(for: key) { return id }
        let raw = try decodedName(start: attribute.nameStart, length: attribute.nameLength)
        let id = names.intern(canonical(raw, isElement: false))
        if let key { names.attributeSpellings.insert(key, id: id) }
        return id
    }

    /// The decoded value of the current start tag's attribute with this canonical name id.
    mutating func attribute(_ id: Int32) throws -> String? {
        for attribute in attributes where try attributeId(attribute) == id {
            return try decodedText(attribute.valueStart ..< attribute.valueEnd)
        }
        return nil
    }

    private func decodedName(start: Int, length: Int) throws -> String {
        let range = start ..< start + length
        guard let name = String(validating: bytes(range), as: UTF8.self) else { throw invalidUTF8(in: range) }
        return name
    }

    private func isNamespaceDeclaration(_ attribute: XMLRawAttribute) -> Bool {
        memcmp(base + attribute.nameStart, "xmlns", 5) == 0 && (attribute.nameLength == 5 || base[attribute.nameStart + 5] == UInt8(ascii: ":"))
    }

    private mutating func declareNamespace(_ attribute: XMLRawAttribute) throws {
        let uri = try decodedText(attribute.valueStart ..< attribute.valueEnd)
        guard let wanted = canonicalPrefixes[uri] else { return }
        let name = try decodedName(start: attribute.nameStart, length: attribute.nameLength)
        let declared = name == "xmlns" ? "" : String(name.dropFirst("xmlns:".count))
        let rewrite = declared == wanted ? nil : wanted
        guard prefixRewrites[declared] != rewrite else { return }
        prefixRewrites[declared] = rewrite
        names.forgetSpellings()
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
}
