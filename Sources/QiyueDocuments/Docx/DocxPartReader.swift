/// Streams one WordprocessingML part (the body, a header, footnotes) into `DocxBodyItem`s.
///
/// The rules that make extracted text match what a reader of the printed agreement sees:
/// - text comes only from `w:t` (and math `m:t`) inside runs; `w:tab` and `w:br` become a
///   tab and a line break; adjacent runs with equal formatting are joined;
/// - tracked changes are shown accepted: `w:ins`/`w:moveTo` kept, `w:del`/`w:moveFrom`
///   and their `w:delText` dropped unless `includeDeletedText` asks for them;
/// - fields show their result, never their instruction (`w:instrText` between the
///   `begin` and `separate` field characters is skipped, nested fields included);
/// - the fallback branch of `mc:AlternateContent`, ruby annotations (`w:rt`), revision history of properties
///   (`w:pPrChange`, `w:rPrChange`…) and hidden text (`w:vanish`) are skipped, since they
///   would duplicate or resurrect text no one sees.
///
/// It reads the part through `XMLTokenizer` and switches over `DocxName` ids, so the only
/// strings it builds are the text people read and the few attribute values it needs.
struct DocxPartReader {
    private enum TextTarget { case none, visible, deleted }

    let includeDeletedText: Bool
    let limits: XMLLimits
    /// Relationship id → target, for hyperlinks.
    let hyperlinkTargets: [String: String]
    /// Whether paragraphs carry the source anchors of their text (for the package editor).
    var recordsAnchors = false

    private var items: [DocxBodyItem] = []
    var paragraphs: [DocxParagraph] = []
    private var texts: [DocxParagraphText] = []
    var ignoredDepth = 0
    private var inParagraphProperties = false
    private var inRunProperties = false
    private var inRowProperties = false
    private var inCellProperties = false
    private var inTableGrid = false
    var runFormat = DocxRunFormat()
    private var textTarget = TextTarget.none
    private var deletedDepth = 0
    /// One entry per open complex field: `true` once its result is showing.
    private var fields: [Bool] = []
    private var links: [String?] = []
    private var drawing: DocxImageReference?
    private var tableItems: [Int] = []
    private var rowItems: [Int] = []
    private var cellItems: [Int] = []
    /// Where the token being handled starts in the part.
    private var tokenStart = 0
    /// The open `w:r` and `w:t`, while anchors are recorded.
    private var runAnchor: DocxRunAnchor?
    private var textTag: Range<Int>?

    init(includeDeletedText: Bool, limits: XMLLimits, hyperlinkTargets: [String: String]) {
        self.includeDeletedText = includeDeletedText
        self.limits = limits
        self.hyperlinkTargets = hyperlinkTargets
    }

    /// Reads the part, handing items to `sink` in reading order as they are completed.
    ///
    /// Items are passed on after each paragraph rather than collected, so a large body is
    /// never held twice. A table, row or cell start waits in `items` until its properties
    /// (grid widths, header flag, spans), which directly follow it, have been read.
    ///
    /// With a `source`, `storage` is still being inflated: the tokenizer reads what is ready.
    mutating func read(_ storage: OwnedBytes, source: ZipStreamingInflation? = nil, sink: (DocxBodyItem) -> Void) throws {
        var tokenizer = try XMLTokenizer(
            storage: storage, source: source, canonicalPrefixes: DocxNamespaces.canonicalPrefixes, limits: limits, names: DocxName.nameTable
        )
        while true {
            tokenStart = tokenizer.position
            guard let token = try tokenizer.next() else { break }
            switch token {
            case let .start(id):
                guard let name = DocxName(rawValue: id) else {
                    if ignoredDepth > 0 { ignoredDepth += 1 }
                    continue
                }
                try start(name, tokenizer: &tokenizer)
            case let .end(id):
                let name = DocxName(rawValue: id)
                try end(name, tokenizer: tokenizer)
                if name == .paragraph, paragraphs.isEmpty { flush(into: sink) }
            case let .text(range), let .characterData(range):
                try appendText(range, tokenizer: tokenizer)
            }
        }
        flush(into: sink)
    }

    private mutating func flush(into sink: (DocxBodyItem) -> Void) {
        for item in items { sink(item) }
        items.removeAll(keepingCapacity: true)
    }

    /// Rewrites the pending start item at `index`, if it is still pending.
    private mutating func patch(_ index: Int?, _ transform: (DocxBodyItem) -> DocxBodyItem) {
        guard let index, index < items.count else { return }
        items[index] = transform(items[index])
    }

    private mutating func start(_ name: DocxName, tokenizer: inout XMLTokenizer) throws {
        if ignoredDepth > 0 || name.isIgnoredElement {
            ignoredDepth += 1
            return
        }
        if inParagraphProperties {
            try paragraphProperty(name, tokenizer: &tokenizer)
            return
        }
        if inRunProperties {
            try runProperty(name, tokenizer: &tokenizer)
            return
        }
        switch name {
        case .paragraph:
            paragraphs.append(DocxParagraph())
            texts.append(DocxParagraphText(sourceStart: tokenizer.position))
            texts[texts.count - 1].anchor.contentStart = tokenizer.position
        case .paragraphProperties: inParagraphProperties = true
        case .runProperties:
            inRunProperties = true
            runAnchor?.properties = tokenStart ..< tokenStart
        case .run:
            runFormat = DocxRunFormat(deleted: deletedDepth > 0, link: links.last ?? nil)
            if recordsAnchors { runAnchor = DocxRunAnchor(start: tokenStart, contentStart: tokenizer.position, properties: 0 ..< 0) }
        case .text:
            textTarget = deletedDepth > 0 ? .deleted : .visible
            textTag = tokenStart ..< tokenizer.position
        case .mathText:
            textTarget = deletedDepth > 0 ? .deleted : .visible
            // Math runs (`m:r`) cannot be split the way `w:r` is, so their text has no anchors.
            textTag = nil
        case .deletedText: textTarget = .deleted
        case .tab, .positionalTab: append(UInt8(ascii: "\t"), tokenizer: tokenizer)
        case .lineBreak, .carriageReturn:
            if try tokenizer.attribute(DocxName.typeAttribute.rawValue) == "page" {
                if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].hasPageBreak = true }
            } else {
                append(UInt8(ascii: "\n"), tokenizer: tokenizer)
            }
        case .noBreakHyphen: append(UInt8(ascii: "-"), tokenizer: tokenizer)
        case .fieldCharacter:
            switch try tokenizer.attribute(DocxName.fieldCharacterType.rawValue) {
            case "begin": fields.append(false)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
            case "end": _ = fields.popLast()
            default: break
            }
        case .hyperlink:
            let relationship = try tokenizer.attribute(DocxName.relationshipId.rawValue)
            let target = try relationship.flatMap { hyperlinkTargets[$0] } ?? tokenizer.attribute(DocxName.anchor.rawValue).map { "#" + $0 }
            links.append(target)
        case .deletion, .moveFrom: deletedDepth += 1
        case .drawing: drawing = DocxImageReference()
        case .extent:
            drawing?.widthEMU = try tokenizer.attribute(DocxName.widthEMU.rawValue).flatMap { Int($0) }
            drawing?.heightEMU = try tokenizer.attribute(DocxName.heightEMU.rawValue).flatMap { Int($0) }
        case .drawingProperties:
            drawing?.altText = try tokenizer.attribute(DocxName.description.rawValue) ?? tokenizer.attribute(DocxName.title.rawValue) ?? ""
        case .blip: if let id = try tokenizer.attribute(DocxName.embed.rawValue) { drawing?.relationshipId = id }
        default: try structure(name, tokenizer: &tokenizer)
        }
    }

    /// Tables, rows, cells and notes: the boundaries around paragraphs.
    private mutating func structure(_ name: DocxName, tokenizer: inout XMLTokenizer) throws {
        switch name {
        case .table:
            tableItems.append(items.count)
            items.append(.tableStart(columnWidths: []))
        case .tableGrid: inTableGrid = true
        case .gridColumn where inTableGrid:
            let width = try tokenizer.attribute(DocxName.width.rawValue).flatMap { Double($0) } ?? 0
            patch(tableItems.last) { if case let .tableStart(widths) = $0 { .tableStart(columnWidths: widths + [width]) } else { $0 } }
        case .tableRow:
            rowItems.append(items.count)
            items.append(.rowStart(isHeader: false))
        case .tableRowProperties: inRowProperties = true
        case .tableHeader where inRowProperties:
            if DocxOnOff.isOn(try tokenizer.attribute(DocxName.valueAttribute.rawValue)) {
                patch(rowItems.last) { if case .rowStart = $0 { .rowStart(isHeader: true) } else { $0 } }
            }
        case .tableCell:
            cellItems.append(items.count)
            items.append(.cellStart(columnSpan: 1, verticalMerge: .none))
        case .tableCellProperties: inCellProperties = true
        case .gridSpan where inCellProperties:
            let span = max(1, min(1_000, try tokenizer.attribute(DocxName.valueAttribute.rawValue).flatMap { Int($0) } ?? 1))
            patch(cellItems.last) { if case let .cellStart(_, merge) = $0 { .cellStart(columnSpan: span, verticalMerge: merge) } else { $0 } }
        case .verticalMerge where inCellProperties:
            let merge: DocxBodyItem.VerticalMerge = try tokenizer.attribute(DocxName.valueAttribute.rawValue) == "restart" ? .restart : .continue
            patch(cellItems.last) { if case let .cellStart(span, _) = $0 { .cellStart(columnSpan: span, verticalMerge: merge) } else { $0 } }
        case .footnote, .endnote:
            switch try tokenizer.attribute(DocxName.typeAttribute.rawValue) {
            case "separator", "continuationSeparator", "continuationNotice": ignoredDepth = 1
            default: items.append(.noteStart)
            }
        case .importedChunk:
            // Word pours the chunk (an HTML page, an RTF file, another document) into the text
            // when it opens the file, but the chunk is a part of its own that is never read
            // here: passing the document would pass a clause nobody reviewed.
            throw tokenizer.error(
                zh: "文档通过 w:altChunk 导入了另一份内容，无法审查：请在 Word 中打开并另存为 .docx 后再审查",
                en: "the document imports other content through w:altChunk, which cannot be reviewed: open it in Word, save it as .docx and review that",
                at: tokenizer.position)
        default: break
        }
    }

    private mutating func end(_ name: DocxName?, tokenizer: XMLTokenizer) throws {
        if ignoredDepth > 0 {
            ignoredDepth -= 1
            return
        }
        guard let name else { return }
        switch name {
        case .paragraphProperties:
            inParagraphProperties = false
            if !texts.isEmpty { texts[texts.count - 1].anchor.contentStart = tokenizer.position }
        case .runProperties:
            inRunProperties = false
            if let properties = runAnchor?.properties {
                runAnchor?.properties = properties.lowerBound ..< tokenizer.position
                runAnchor?.contentStart = tokenizer.position
            }
        case .tableRowProperties: inRowProperties = false
        case .tableCellProperties: inCellProperties = false
        case .tableGrid: inTableGrid = false
        case _ where inParagraphProperties || inRunProperties: break
        case .paragraph:
            guard let paragraph = paragraphs.popLast(), let text = texts.popLast() else { return }
            guard let segments = text.segments() else { throw tokenizer.invalidUTF8(in: text.sourceStart ..< tokenizer.position) }
            paragraph.setSegments(segments, hasLineBreak: text.hasLineBreak)
            if recordsAnchors {
                paragraph.pieces = text.pieces
                paragraph.anchor = DocxParagraphAnchor(contentStart: text.anchor.contentStart, contentEnd: tokenStart)
            }
            items.append(.paragraph(paragraph))
        case .text, .mathText, .deletedText:
            textTarget = .none
            textTag = nil
        case .run: runAnchor = nil
        case .hyperlink: _ = links.popLast()
        case .deletion, .moveFrom: deletedDepth = max(0, deletedDepth - 1)
        case .drawing:
            if let drawing, !drawing.relationshipId.isEmpty, !paragraphs.isEmpty, deletedDepth == 0 {
                paragraphs[paragraphs.count - 1].imageReferences.append(drawing)
            }
            drawing = nil
        case .table:
            _ = tableItems.popLast()
            items.append(.tableEnd)
        case .tableRow:
            _ = rowItems.popLast()
            items.append(.rowEnd)
        case .tableCell:
            _ = cellItems.popLast()
            items.append(.cellEnd)
        default: break
        }
    }

    /// The format text gets now, or `nil` when it is not shown: outside `w:t` (unless
    /// forced, for tabs and breaks), inside a field instruction, hidden, or deleted unless asked.
    private func currentFormat(forced: Bool) -> DocxRunFormat? {
        guard ignoredDepth == 0, !texts.isEmpty, !runFormat.hidden, !fields.contains(false) else { return nil }
        let target = forced ? (deletedDepth > 0 ? TextTarget.deleted : .visible) : textTarget
        switch target {
        case .none: return nil
        case .visible: return runFormat
        case .deleted:
            guard includeDeletedText else { return nil }
            var format = runFormat
            format.deleted = true
            return format
        }
    }

    private mutating func appendText(_ range: Range<Int>, tokenizer: XMLTokenizer) throws {
        guard let format = currentFormat(forced: false) else { return }
        let before = texts[texts.count - 1].decodedCount
        try texts[texts.count - 1].append(range, of: tokenizer, format: format)
        guard recordsAnchors, let runAnchor, let textTag else { return }
        let after = texts[texts.count - 1].decodedCount
        guard after > before else { return }
        texts[texts.count - 1].pieces.append(
            DocxTextPiece(decoded: before ..< after, source: range, kind: .text, textTag: textTag, run: runAnchor)
        )
    }

    private mutating func append(_ character: UInt8, tokenizer: XMLTokenizer) {
        guard let format = currentFormat(forced: true) else { return }
        let before = texts[texts.count - 1].decodedCount
        texts[texts.count - 1].append(character, format: format)
        guard recordsAnchors, let runAnchor else { return }
        let tag = tokenStart ..< tokenizer.position
        texts[texts.count - 1].pieces.append(DocxTextPiece(decoded: before ..< before + 1, source: tag, kind: .element, textTag: tag, run: runAnchor))
    }
}
