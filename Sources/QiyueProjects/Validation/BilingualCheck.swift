import QiyueCore

/// Bilingual quality of a project's text fields: each has both languages, the English is
/// actually English, and it uses the glossary's rendering of every official term in the
/// Chinese.
///
/// The brochure for foreign investors is rendered from these fields, so a gap here is a
/// gap (or a wrong name for an official zone) in a document that leaves the country.
public struct BilingualCheck: Sendable {
    public var glossary: GlossaryCheck

    public init(glossary: GlossaryCheck = GlossaryCheck()) {
        self.glossary = glossary
    }

    /// English text in which more than this share of letters are Chinese is untranslated.
    static let untranslatedShare = 0.3

    public func findings(in file: ProjectFile, textFields: [JSONPointer]) -> [ProjectFinding] {
        var findings: [ProjectFinding] = []
        for pointer in textFields {
            guard let node = file.root.node(at: pointer) else { continue }
            switch node.value {
            case .string:
                findings.append(ProjectFinding(.warning, pointer, code: "bilingual.chinese-only", message: LocalizedText(
                    zh: "只有中文；双语字段请写作 {\"zh\": \"…\", \"en\": \"…\"}",
                    en: "Chinese only; write bilingual fields as {\"zh\": \"…\", \"en\": \"…\"}"
                ), at: node))
            case .object:
                let zh = node["zh"]?.value.stringValue ?? ""
                guard let enNode = node["en"], let en = enNode.value.stringValue else {
                    findings.append(ProjectFinding(.warning, pointer, code: "bilingual.missing-en", message: LocalizedText(
                        zh: "缺少英文（\"en\"）", en: "missing the English text (\"en\")"
                    ), at: node))
                    continue
                }
                let enPointer = pointer.appending("en")
                if Self.chineseShare(en) > Self.untranslatedShare {
                    findings.append(ProjectFinding(.warning, enPointer, code: "bilingual.untranslated", message: LocalizedText(
                        zh: "英文中大部分是汉字，似乎未翻译", en: "the English text is mostly Chinese characters; it looks untranslated"
                    ), at: enNode))
                    continue
                }
                for mismatch in glossary.check(zh: zh, en: en) {
                    findings.append(Self.finding(for: mismatch, at: enPointer, node: enNode, chinesePointer: pointer.appending("zh")))
                }
            default:
                continue
            }
        }
        return findings
    }

    /// `/summary/en: the term 中老铁路 (in /summary/zh) should be rendered "China–Laos Railway"`.
    static func finding(for mismatch: GlossaryMismatch, at pointer: JSONPointer, node: JSONNode, chinesePointer: JSONPointer) -> ProjectFinding {
        var notes: [LocalizedText] = []
        if let variants = mismatch.entry.variants, !variants.isEmpty {
            let list = variants.map { "\"\($0)\"" }
            notes.append(LocalizedText(zh: "也可写作：" + list.joined(separator: "、"), en: "also accepted: " + list.joined(separator: ", ")))
        }
        return ProjectFinding(.warning, pointer, code: "glossary.term", message: LocalizedText(
            zh: "术语“\(mismatch.term)”（见 \(chinesePointer)）的英文应为 \"\(mismatch.expected)\"",
            en: "the term \(mismatch.term) (in \(chinesePointer)) should be rendered \"\(mismatch.expected)\""
        ), at: node, notes: notes)
    }

    /// The share of Han characters among the letters of `text`.
    static func chineseShare(_ text: String) -> Double {
        var han = 0
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) { han += 1 }
        }
        return letters == 0 ? 0 : Double(han) / Double(letters)
    }
}
