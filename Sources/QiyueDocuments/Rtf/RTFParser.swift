import QiyueCore

/// Reads RTF tokens into body items: paragraphs with their text, table cells and rows, notes.
///
/// Text bytes (plain 8-bit characters and `\'hh`) are gathered and decoded together when a
/// control word or a group boundary ends them, so a two-byte GBK character written as
/// `\'b5\'da` is decoded as one. `\uN` gives a UTF-16 unit directly (surrogate pairs joined),
/// and the `\ucN` fallback characters after it are skipped. Groups that hold no visible text
/// (font and colour tables, style sheet, metadata, pictures, field instructions, headers and
/// footers, every `\*` destination) are skipped, but the font table and the style sheet are
/// read for the code page of each font and the names of heading styles.
struct RTFParser {
    static let maximumDepth = 256

    private var lexer: RTFLexer
    private var state = RTFGroupState()
    private var stack: [RTFGroupState] = []
    private var documentCodePage = 1252
    private var defaultFont: Int?
    private var fontCodePages: [Int: Int] = [:]
    private var styleHeadingLevels: [Int: Int] = [:]
    /// The style being read in the style sheet: its number, its outline level and its name so far.
    private var styleEntry: (number: Int, outline: Int?, name: [UInt8]) = (0, nil, [])
    private var pendingBytes: [UInt8] = []
    /// Raw text bytes are UTF-8 whatever the header says (`RTFRawUTF8`); `\'hh` bytes never are.
    private let rawTextIsUTF8: Bool
    /// Whether `pendingBytes` holds raw UTF-8 text rather than code-page bytes.
    private var pendingIsUTF8 = false
    private var pendingHighSurrogate: UInt16?
    private var fallbackToSkip = 0

    private var body = RTFParagraphBuffer()
    private var note = RTFParagraphBuffer()
    private(set) var items: [DocxBodyItem] = []
    private(set) var notes: [DocxBodyItem] = []
    private var tables = FlatTableTracker()
    /// Paragraph properties, kept until `\pard` resets them.
    private var inTable = false
    private var paragraphStyle: Int?
    private var outlineLevel: Int?

    init(bytes: [UInt8]) {
        lexer = RTFLexer(bytes: bytes)
        rawTextIsUTF8 = RTFRawUTF8.detect(bytes)
    }

    mutating func parse() throws {
        guard try lexer.next() == .groupStart, case .controlWord("rtf", _)? = try lexer.next() else {
            throw DocumentReadError(zh: "不是 RTF 文件（应以 {\\rtf 开头）", en: "not an RTF file (it must start with {\\rtf)")
        }
        while let token = try lexer.next() {
            if fallbackToSkip > 0 {
                switch token {
                case .groupStart, .groupEnd: fallbackToSkip = 0
                default:
                    fallbackToSkip -= 1
                    continue
                }
            }
            switch token {
            case .groupStart:
                flushText()
                guard stack.count < Self.maximumDepth else {
                    throw lexer.error("RTF 分组嵌套超过 \(Self.maximumDepth) 层", "RTF groups are nested deeper than \(Self.maximumDepth)")
                }
                stack.append(state)
            case .groupEnd:
                flushText()
                if state.destination == .styleSheet, !stack.isEmpty, stack.last?.destination == .styleSheet { endStyleEntry() }
                // The closing brace of the document itself: whatever follows is not RTF.
                guard let outer = stack.popLast() else { return finish() }
                if state.destination == .note, outer.destination != .note { endNoteParagraph() }
                state = outer
            case let .controlWord(name, parameter):
                flushText()
                controlWord(name, parameter)
            case let .controlSymbol(symbol):
                controlSymbol(symbol)
            case let .hexByte(byte), let .text(byte):
                guard state.isText || state.destination == .styleSheet else { continue }
                if state.destination == .styleSheet {
                    if byte == UInt8(ascii: ";") { endStyleEntry() } else { styleEntry.name.append(byte) }
                    continue
                }
                let isUTF8: Bool
                if case .text = token { isUTF8 = rawTextIsUTF8 } else { isUTF8 = false }
                if isUTF8 != pendingIsUTF8 {
                    flushText()
                    pendingIsUTF8 = isUTF8
                }
                pendingBytes.append(byte)
            case .binary:
                continue
            }
        }
        finish()
    }

    /// Ends the document: the last paragraph, if it has text, and any open table.
    private mutating func finish() {
        flushText()
        if !body.isEmpty { endParagraph() }
        tables.close(into: &items)
        if !note.isEmpty { endNoteParagraph() }
    }

    private mutating func flushText() {
        guard !pendingBytes.isEmpty else { return }
        let codePage = (state.font ?? defaultFont).flatMap { fontCodePages[$0] } ?? documentCodePage
        append(pendingIsUTF8 ? String(decoding: pendingBytes, as: UTF8.self) : RTFCodePage.decode(pendingBytes, codePage: codePage))
        pendingBytes.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ text: String) {
        switch state.destination {
        case .body: body.append(text, format: state.format)
        case .note: note.append(text, format: state.format)
        default: break
        }
    }

    private mutating func controlSymbol(_ symbol: UInt8) {
        switch symbol {
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"):
            if state.isText { pendingBytes.append(symbol) }
        case UInt8(ascii: "~"):
            flushText()
            append("\u{00A0}")
        case UInt8(ascii: "_"):
            flushText()
            append("-")
        case UInt8(ascii: "*"):
            flushText()
            state.destination = .skipped
        default:
            break
        }
    }

    private mutating func controlWord(_ name: String, _ parameter: Int?) {
        if let destination = Self.destinations[name] {
            if destination == .note, state.destination == .body {
                notes.append(.noteStart)
            }
            if destination == .styleSheet { styleEntry = (0, nil, []) }
            state.destination = state.destination == .skipped ? .skipped : destination
            return
        }
        if let text = Self.characters[name] {
            append(text)
            return
        }
        switch state.destination {
        case .fontTable:
            fontTableWord(name, parameter)
            return
        case .styleSheet:
            styleSheetWord(name, parameter)
            return
        case .skipped:
            return
        case .body, .note:
            break
        }
        let on = parameter.map { $0 != 0 } ?? true
        switch name {
        case "ansicpg": if let parameter, parameter > 0 { documentCodePage = parameter }
        case "deff": defaultFont = parameter
        case "f": state.font = parameter
        case "uc": state.unicodeFallback = min(max(parameter ?? 1, 0), 16)
        case "u": unicode(parameter ?? 0)
        case "plain": state.format = DocxRunFormat(); state.font = nil
        case "b": state.format.bold = on
        case "i": state.format.italic = on
        case "ul": state.format.underline = on
        case "ulnone": state.format.underline = false
        case "super": state.format.superscript = on
        case "nosupersub": state.format.superscript = false
        case "v": state.format.hidden = on
        case "deleted": state.format.deleted = on
        case "line": append("\n")
        case "par": state.destination == .note ? endNoteParagraph() : endParagraph()
        case "sect": if state.destination == .body, !body.isEmpty { endParagraph() }
        case "cell":
            guard state.destination == .body else { return endNoteParagraph() }
            inTable = true
            endParagraph()
            tables.endCell(in: &items)
        case "nestcell", "nestrow":
            if state.destination == .body { endParagraph() }
        case "row": if state.destination == .body { tables.endRow(in: &items) }
        case "trowd": tables.rowDefinition()
        case "cellx": tables.cellEdge(parameter ?? 0)
        case "pard":
            inTable = false
            paragraphStyle = nil
            outlineLevel = nil
        case "intbl": inTable = true
        case "s": paragraphStyle = parameter
        case "outlinelevel": outlineLevel = parameter
        default: break
        }
    }

    private mutating func unicode(_ value: Int) {
        fallbackToSkip = state.unicodeFallback
        let unit = UInt16(truncatingIfNeeded: value < 0 ? value + 65_536 : value)
        if UTF16.isLeadSurrogate(unit) {
            pendingHighSurrogate = unit
            return
        }
        var units: [UInt16] = [unit]
        if UTF16.isTrailSurrogate(unit) {
            guard let high = pendingHighSurrogate else { return }
            units = [high, unit]
        }
        pendingHighSurrogate = nil
        append(String(decoding: units, as: UTF16.self))
    }

    private mutating func endParagraph() {
        let level = outlineLevel.map { $0 + 1 } ?? paragraphStyle.flatMap { styleHeadingLevels[$0] }
        let paragraph = body.take(headingLevel: level.flatMap { (1...9).contains($0) ? $0 : nil })
        tables.add(paragraph, inTable: inTable, to: &items)
    }

    private mutating func endNoteParagraph() {
        notes.append(.paragraph(note.take(headingLevel: nil)))
    }

    private mutating func fontTableWord(_ name: String, _ parameter: Int?) {
        switch name {
        case "f": state.font = parameter
        case "fcharset":
            if let font = state.font, fontCodePages[font] == nil, let codePage = RTFCodePage.codePage(charset: parameter ?? 0) {
                fontCodePages[font] = codePage
            }
        case "cpg":
            if let font = state.font, let parameter, parameter > 0 { fontCodePages[font] = parameter }
        default: break
        }
    }

    private mutating func styleSheetWord(_ name: String, _ parameter: Int?) {
        switch name {
        case "s": styleEntry.number = parameter ?? 0
        case "outlinelevel": styleEntry.outline = parameter
        default: break
        }
    }

    /// Ends a style sheet entry at its `;` (or its closing brace): a style named `heading N`
    /// or `标题 N`, or given an outline level, makes its paragraphs headings.
    private mutating func endStyleEntry() {
        defer { styleEntry = (0, nil, []) }
        guard styleEntry.number != 0 || !styleEntry.name.isEmpty else { return }
        let decoded = (rawTextIsUTF8 ? String(validating: styleEntry.name, as: UTF8.self) : nil) ?? RTFCodePage.decode(styleEntry.name, codePage: documentCodePage)
        let name = decoded.trimmingCharacters(in: .whitespaces).lowercased()
        if let outline = styleEntry.outline, (0...8).contains(outline) {
            styleHeadingLevels[styleEntry.number] = outline + 1
        } else if let level = Self.headingLevel(styleName: name) {
            styleHeadingLevels[styleEntry.number] = level
        }
    }

    static func headingLevel(styleName name: String) -> Int? {
        for prefix in ["heading ", "标题 ", "标题"] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }
}
