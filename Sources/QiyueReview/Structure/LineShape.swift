/// What the start and the end of one line look like, enough to tell whether a line break next
/// to it can fall inside a sentence.
struct LineShape {
    /// Whether the line ends a block whatever follows it.
    let endsBlock: Bool
    /// Whether the line starts a new block whatever precedes it.
    let startsBlock: Bool

    /// Lines this short without any punctuation are titles or headings, not wrapped text.
    static let titleLength = 12
    /// Headings (第五条 土地, 二、用地保障) longer than a title but still without punctuation.
    static let headingLength = 16
    /// How far into a line a `label：` of a role, signature or form line may end.
    static let labelReach = 10

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        let scalars = Self.scalars(bytes)
        let trimmed = scalars.drop { Self.isBlank($0) }
        var body = trimmed[...]
        while let last = body.last, Self.isBlank(last) { body = body.dropLast() }
        guard let first = body.first, let last = body.last else {
            endsBlock = true
            startsBlock = true
            return
        }
        let opensBlock = Self.opensBlock(Array(body.prefix(16)))
        let hasPunctuation = body.contains { Self.punctuation.contains($0) }
        // A title or heading ends with a noun; a line ending with 的, 由, 按… stops mid-phrase.
        let endsMidPhrase = Self.phraseContinuers.contains(last)
        // A line that is markup (an HTML comment such as `<!-- qiyue-disable … -->`, a tag) is
        // a block of its own: the clause after it is a sentence of its own.
        endsBlock = Self.closers.contains(last) || first == "#" || first == "|" || last == "|" || last == ">"
            || (!hasPunctuation && !endsMidPhrase && body.count <= Self.titleLength)
            || (opensBlock && !hasPunctuation && !endsMidPhrase && body.count <= Self.headingLength)
        startsBlock = opensBlock || first == "<"
    }

    /// The scalars of a line (at most its first and last few hundred bytes matter, but a line
    /// is decoded whole only once).
    static func scalars(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): result.append(scalar)
            case .emptyInput: break loop
            case .error: result.append("\u{FFFD}")
            }
        }
        return result
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    /// Marks that close a sentence or a lead-in at the end of a line.
    static let closers: Set<Unicode.Scalar> = Set("。！？；：!?;:".unicodeScalars)
    /// Characters after which a phrase must go on: particles, prepositions and conjunctions.
    static let phraseContinuers: Set<Unicode.Scalar> = Set("的由按向为在对将把给与和及或并且而以于从自至被让使其之所".unicodeScalars)
    static let punctuation: Set<Unicode.Scalar> = Set("，、。！？；：,.!?;:（）()".unicodeScalars)
    static let numerals: Set<Unicode.Scalar> = Set("零〇一二两三四五六七八九十百千0123456789０１２３４５６７８９".unicodeScalars)
    static let bullets: Set<Unicode.Scalar> = Set("#|-*+>•·●○■□◆◇▪①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳【[".unicodeScalars)

    /// Whether a line opens with a heading, a list or table marker, or a `label：` (甲方：,
    /// 法定代表人（签字）：, 日期：).
    static func opensBlock(_ head: [Unicode.Scalar]) -> Bool {
        guard let first = head.first else { return true }
        if bullets.contains(first) { return true }
        if first == "（" || first == "(" {
            return head.dropFirst().prefix { numerals.contains($0) }.count > 0
        }
        let number = head.prefix { numerals.contains($0) }.count
        if first == "第" {
            let digits = head.dropFirst().prefix { numerals.contains($0) }.count
            if digits > 0, head.count > digits + 1, "条章节部款".unicodeScalars.contains(head[digits + 1]) { return true }
        } else if number > 0, head.count > number, "、.．)）".unicodeScalars.contains(head[number]) {
            return true
        }
        if head.starts(with: "附件".unicodeScalars) { return true }
        // A label and a colon near the start: role, signature and form lines.
        if let colon = head.prefix(labelReach + 1).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > 0 {
            let label = head[..<colon]
            if !label.contains(where: { "，。；、,;\"“”'‘’」』".unicodeScalars.contains($0) }) { return true }
        }
        return false
    }
}
