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
struct DocxPartReader {
    private enum TextTarget { case none, visible, deleted }

    let includeDeletedText: Bool
    let limits: XMLLimits
    /// Relationship id → target, for hyperlinks.
    let hyperlinkTargets: [String: String]

    private var items: [DocxBodyItem] = []
    var paragraphs: [DocxParagraph] = []
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
    mutating func read(_ bytes: [UInt8], sink: (DocxBodyItem) -> Void) throws {
        var scanner = try XMLScanner(bytes: bytes, canonicalPrefixes: DocxNamespaces.canonicalPrefixes, limits: limits)
        while let event = try scanner.next() {
            switch event {
            case let .start(tag): start(tag)
            case let .end(name):
                end(name)
                if name == "w:p", paragraphs.isEmpty { flush(into: sink) }
            case let .text(text): append(text)
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

    private static let ignoredElements: Set<String> = [
        "mc:Fallback", "w:pPrChange", "w:rPrChange", "w:sectPrChange", "w:tblPrChange", "w:trPrChange", "w:tcPrChange",
        "w:tblGridChange", "w:numberingChange", "w:sdtPr", "w:sectPr", "w:fldData", "w:delInstrText",
        // Phonetic guide text above characters (ruby); the base text is what is read.
        "w:rt",
    ]

    private mutating func start(_ tag: XMLStartTag) {
        if ignoredDepth > 0 || Self.ignoredElements.contains(tag.name) {
            ignoredDepth += 1
            return
        }
        if inParagraphProperties {
            paragraphProperty(tag)
            return
        }
        if inRunProperties {
            runProperty(tag)
            return
        }
        switch tag.name {
        case "w:p": paragraphs.append(DocxParagraph())
        case "w:pPr": inParagraphProperties = true
        case "w:rPr": inRunProperties = true
        case "w:r": runFormat = DocxRunFormat(deleted: deletedDepth > 0, link: links.last ?? nil)
        case "w:t", "m:t": textTarget = deletedDepth > 0 ? .deleted : .visible
        case "w:delText": textTarget = .deleted
        case "w:tab", "w:ptab": append("\t", force: true)
        case "w:br", "w:cr":
            if tag.attribute("w:type") == "page" {
                if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].hasPageBreak = true }
            } else {
                append("\n", force: true)
            }
        case "w:noBreakHyphen": append("-", force: true)
        case "w:fldChar":
            switch tag.attribute("w:fldCharType") {
            case "begin": fields.append(false)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
            case "end": _ = fields.popLast()
            default: break
            }
        case "w:hyperlink":
            let target = tag.attribute("r:id").flatMap { hyperlinkTargets[$0] } ?? tag.attribute("w:anchor").map { "#" + $0 }
            links.append(target)
        case "w:del", "w:moveFrom": deletedDepth += 1
        case "w:drawing": drawing = DocxImageReference()
        case "wp:extent":
            drawing?.widthEMU = tag.attribute("cx").flatMap { Int($0) }
            drawing?.heightEMU = tag.attribute("cy").flatMap { Int($0) }
        case "wp:docPr": drawing?.altText = tag.attribute("descr") ?? tag.attribute("title") ?? ""
        case "a:blip": if let id = tag.attribute("r:embed") { drawing?.relationshipId = id }
        case "w:tbl":
            tableItems.append(items.count)
            items.append(.tableStart(columnWidths: []))
        case "w:tblGrid": inTableGrid = true
        case "w:gridCol" where inTableGrid:
            let width = tag.attribute("w:w").flatMap { Double($0) } ?? 0
            patch(tableItems.last) { if case let .tableStart(widths) = $0 { .tableStart(columnWidths: widths + [width]) } else { $0 } }
        case "w:tr":
            rowItems.append(items.count)
            items.append(.rowStart(isHeader: false))
        case "w:trPr": inRowProperties = true
        case "w:tblHeader" where inRowProperties:
            if DocxOnOff.isOn(tag) { patch(rowItems.last) { if case .rowStart = $0 { .rowStart(isHeader: true) } else { $0 } } }
        case "w:tc":
            cellItems.append(items.count)
            items.append(.cellStart(columnSpan: 1, verticalMerge: .none))
        case "w:tcPr": inCellProperties = true
        case "w:gridSpan" where inCellProperties:
            let span = max(1, min(1_000, tag.attribute("w:val").flatMap { Int($0) } ?? 1))
            patch(cellItems.last) { if case let .cellStart(_, merge) = $0 { .cellStart(columnSpan: span, verticalMerge: merge) } else { $0 } }
        case "w:vMerge" where inCellProperties:
            let merge: DocxBodyItem.VerticalMerge = tag.attribute("w:val") == "restart" ? .restart : .continue
            patch(cellItems.last) { if case let .cellStart(span, _) = $0 { .cellStart(columnSpan: span, verticalMerge: merge) } else { $0 } }
        case "w:footnote", "w:endnote":
            switch tag.attribute("w:type") {
            case "separator", "continuationSeparator", "continuationNotice": ignoredDepth = 1
            default: items.append(.noteStart)
            }
        default: break
        }
    }

    private mutating func end(_ name: String) {
        if ignoredDepth > 0 {
            ignoredDepth -= 1
            return
        }
        switch name {
        case "w:pPr": inParagraphProperties = false
        case "w:rPr": inRunProperties = false
        case "w:trPr": inRowProperties = false
        case "w:tcPr": inCellProperties = false
        case "w:tblGrid": inTableGrid = false
        case _ where inParagraphProperties || inRunProperties: break
        case "w:p":
            if let paragraph = paragraphs.popLast() { items.append(.paragraph(paragraph)) }
        case "w:t", "m:t", "w:delText": textTarget = .none
        case "w:hyperlink": _ = links.popLast()
        case "w:del", "w:moveFrom": deletedDepth = max(0, deletedDepth - 1)
        case "w:drawing":
            if let drawing, !drawing.relationshipId.isEmpty, !paragraphs.isEmpty, deletedDepth == 0 {
                paragraphs[paragraphs.count - 1].imageReferences.append(drawing)
            }
            drawing = nil
        case "w:tbl":
            _ = tableItems.popLast()
            items.append(.tableEnd)
        case "w:tr":
            _ = rowItems.popLast()
            items.append(.rowEnd)
        case "w:tc":
            _ = cellItems.popLast()
            items.append(.cellEnd)
        default: break
        }
    }

    /// Adds text to the open paragraph if it is visible: inside `w:t` (or forced, for tabs
    /// and breaks), outside field instructions, not hidden, and not deleted unless asked.
    private mutating func append(_ text: String, force: Bool = false) {
        guard ignoredDepth == 0, !paragraphs.isEmpty, !runFormat.hidden, !fields.contains(false) else { return }
        let target = force ? (deletedDepth > 0 ? TextTarget.deleted : .visible) : textTarget
        switch target {
        case .none: return
        case .visible: paragraphs[paragraphs.count - 1].append(text, format: runFormat)
        case .deleted:
            guard includeDeletedText else { return }
            var format = runFormat
            format.deleted = true
            paragraphs[paragraphs.count - 1].append(text, format: format)
        }
    }
}
