/// Names an article defines for itself, so that a sentence using the name is read with what it
/// names: 甲方每年按基数的50%兑现扶持资金。本条所称基数，是指乙方缴纳增值税形成的地方财政收入 —
/// the payout is computed from tax although its own sentence says only 基数.
///
/// A definition is 所称 followed by a short name and 是指, 指 or 为 (本条所称约定比例为百分之六十).
/// Drafters put it after the sentence that uses the name, or before; either way it holds inside
/// its article only, and only for the sentences that repeat the name.
struct DefinedTerms {
    struct Definition {
        /// The defined name, in normalised units.
        let name: ArraySlice<UInt16>
        /// The sentence that gives the definition.
        let sentence: DocumentStructure.Span
        /// The start of the enclosing article, as `DocumentStructure.articleBoundary` gives it.
        let article: Int
    }

    let definitions: [Definition]

    static let marker = Array("所称".utf16)
    /// Words that end the defined name and open what it names.
    static let openers: [[UInt16]] = ["是指", "指", "为"].map { Array($0.utf16) }
    /// The longest name read: definitions name a word or two (基数, 超出额, 约定比例).
    static let nameReach = 8

    init(text: NormalizedText, structure: DocumentStructure) {
        let units = text.units
        var definitions: [Definition] = []
        var index = 0
        // 所称 is rare: one cheap comparison per unit, and most documents have no definition.
        // The marker's units are read once here: a static read in the loop is a lazy-global
        // check on every unit of the text.
        let markerCount = Self.marker.count, markerFirst = Self.marker[0], markerSecond = Self.marker[1]
        let count = units.count
        while index + markerCount < count {
            guard units[index] == markerFirst, units[index + 1] == markerSecond else { index += 1; continue }
            // The name may stand in quotes (本协议所称“综合贡献”，指…).
            let quoted = index + markerCount < count && Self.quotes.contains(units[index + markerCount])
            let nameStart = index + markerCount + (quoted ? 1 : 0)
            var end = nameStart
            var opened = false
            while end < min(units.count, nameStart + Self.nameReach + 1) {
                if quoted, end > nameStart, Self.quotes.contains(units[end]) {
                    let after = end + 1
                    opened = after < count && (units[after] == Self.comma || Self.openers.contains(where: { Self.starts($0, at: after, in: units) }))
                    break
                }
                if !quoted, end > nameStart, units[end] == Self.comma || Self.openers.contains(where: { Self.starts($0, at: end, in: units) }) { opened = true; break }
                if !CharacterFolding.isHan(units[end]) { break }
                end += 1
            }
            if opened {
                let clause = structure.clauseIndex(containing: nameStart)
                let sentence = structure.sentences[structure.clauseSentence[clause]]
                definitions.append(Definition(name: units[nameStart..<end], sentence: sentence, article: structure.articleBoundary(at: nameStart)))
            }
            index = max(end, index + 1)
        }
        self.definitions = definitions
    }

    static let comma: UInt16 = ",".utf16.first!
    /// Quotation marks around a defined name, as the review text has them (“” become ").
    static let quotes: Set<UInt16> = Set("\"“”「」『』".utf16)

    static func starts(_ word: [UInt16], at offset: Int, in units: [UInt16]) -> Bool {
        offset + word.count <= units.count && units[offset..<(offset + word.count)].elementsEqual(word)
    }

    /// The definition sentences of the names that `span` uses, in its article, other than its own sentence.
    func sentences(definingNamesIn span: DocumentStructure.Span, sentence: DocumentStructure.Span, structure: DocumentStructure, units: [UInt16]) -> [DocumentStructure.Span] {
        guard !definitions.isEmpty else { return [] }
        let article = structure.articleBoundary(at: span.start)
        return definitions.filter { definition in
            definition.article == article && definition.sentence.start != sentence.start
                && units[span.start..<span.end].firstRange(of: definition.name) != nil
        }.map(\.sentence)
    }
}
