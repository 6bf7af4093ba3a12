/// The properties the reader takes from `w:pPr` and `w:rPr`: style, list numbering,
/// outline level and bottom border of a paragraph; bold, italic, underline, superscript and
/// hidden for a run. Everything else in them is layout, which review text does not need.
extension DocxPartReader {
    mutating func paragraphProperty(_ name: DocxName, tokenizer: inout XMLTokenizer) throws {
        guard !paragraphs.isEmpty else { return }
        let last = paragraphs.count - 1
        switch name {
        case .paragraphStyle: paragraphs[last].styleId = try tokenizer.attribute(DocxName.valueAttribute.rawValue)
        case .level: paragraphs[last].level = try tokenizer.attribute(DocxName.valueAttribute.rawValue).flatMap { Int($0) }
        case .numberingId: paragraphs[last].numId = try tokenizer.attribute(DocxName.valueAttribute.rawValue)
        case .outlineLevel: paragraphs[last].outlineLevel = try tokenizer.attribute(DocxName.valueAttribute.rawValue).flatMap { Int($0) }
        case .bottomBorder:
            let value = try tokenizer.attribute(DocxName.valueAttribute.rawValue)
            paragraphs[last].hasBottomBorder = value != "none" && value != "nil"
        case .runProperties, .tabs: ignoredDepth = 1
        default: break
        }
    }

    mutating func runProperty(_ name: DocxName, tokenizer: inout XMLTokenizer) throws {
        let value = { (tokenizer: inout XMLTokenizer) in try tokenizer.attribute(DocxName.valueAttribute.rawValue) }
        switch name {
        case .bold: runFormat.bold = DocxOnOff.isOn(try value(&tokenizer))
        case .italic: runFormat.italic = DocxOnOff.isOn(try value(&tokenizer))
        case .underline: runFormat.underline = (try value(&tokenizer) ?? "single") != "none"
        case .verticalAlignment: runFormat.superscript = try value(&tokenizer) == "superscript"
        case .vanish, .specialVanish: runFormat.hidden = DocxOnOff.isOn(try value(&tokenizer))
        default: break
        }
    }
}
