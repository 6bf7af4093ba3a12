/// What the start and the end of one line look like, enough to tell whether a line break next
/// to it can fall inside a sentence.
struct LineShape {
    /// Whether the line ends a block whatever follows it: it closes a sentence or a lead-in,
    /// is a table row, markup, or a party or form line.
    let endsBlock: Bool
    /// Whether the line is shaped like a title or a heading (short, no punctuation, not cut
    /// mid-phrase). It ends its block only when it also began one: the tail of a wrapped
    /// sentence (实际控制人 cut after 实) can be just as short.
    let isTitleShaped: Bool
    /// Whether the line stops on a particle, preposition or conjunction (的, 按, 由…).
    let endsMidPhrase: Bool
    /// Whether the line starts a new block whatever precedes it.
    let startsBlock: Bool
    /// Whether the line starts a new block only by a `label：` near its start (乙方：, 备注：).
    /// After a line cut mid-phrase (…按⏎下列比例给予扶持：…) such a line goes on the sentence.
    let startsByLabelOnly: Bool
    /// Whether that label is one character (还：): after a line that ends no sentence it is the
    /// tail of a word cut by the break (分档返⏎还：), not a label; a note (注：) after a finished
    /// sentence still opens its block, because the line before it ends one.
    let startsByOneCharacterLabel: Bool

    /// Lines this short without any punctuation are titles or headings, not wrapped text.
    static let titleLength = 12
    /// Headings (第五条 土地, 二、用地保障) longer than a title but still without punctuation.
    static let headingLength = 16
    /// How far into a line a `label：` of a role, signature or form line may end.
    static let labelReach = 10

    /// How many scalars of a line are decoded: enough for its opening marker and to tell a
    /// short title from running text; the last scalar is read from the end.
    static let headReach = 24

    /// Reads a line's shape, decoding its head into `buffer` (reused from line to line).
    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, buffer: inout [Unicode.Scalar]) {
        Self.scalars(bytes, limit: Self.headReach, into: &buffer)
        let head = buffer[...]
        let body = head.drop { Self.isBlank($0) }
        guard let first = body.first, let last = Self.lastScalar(bytes) else {
            endsBlock = true
            isTitleShaped = false
            endsMidPhrase = false
            startsBlock = true
            startsByLabelOnly = false
            startsByOneCharacterLabel = false
            return
        }
        let opensBlock = Self.opensBlock(body.prefix(16))
        // Only a short line can be a title; `head` then holds all of it.
        let isShort = head.count < Self.headReach
        var trimmed = body[...]
        while let end = trimmed.last, Self.isBlank(end) { trimmed = trimmed.dropLast() }
        let hasPunctuation = !isShort || trimmed.contains { Self.punctuation.contains($0) }
        // A title or heading ends with a noun; a line ending with 的, 由, 按… stops mid-phrase.
        let endsMidPhrase = Self.phraseContinuers.contains(last)
        self.endsMidPhrase = endsMidPhrase
        // A party or form line (乙方：某某科技有限公司, 法定代表人：张三) holds a name or a value,
        // never running text: the next line does not continue it, even without a blank line.
        // A cut sentence is not such a line: one that stops mid-phrase or inside a bracket.
        let isFormLine = isShort && !endsMidPhrase && Self.labelColon(trimmed).map { colon in
            let value = trimmed[(colon + 1)...]
            return Self.isFormLabel(trimmed[trimmed.startIndex..<colon]) && !value.contains(where: Self.sentenceMarks.contains)
                && Self.bracketsBalance(value)
        } ?? false
        // A header line of parties, however long (甲方：某某县人民政府　乙方：某某科技有限公司),
        // ends with the head of the last party's name: the promise on the next line is a
        // sentence of its own, not the tail of a name.
        let isPartyHeader = !isShort && Self.labelColon(trimmed).map { colon in
            Self.isFormLabel(trimmed[trimmed.startIndex..<colon]) && Self.nameHeads.contains(last)
        } ?? false
        // A line that is markup (an HTML comment such as `<!-- qiyue-disable … -->`, a tag) is
        // a block of its own: the clause after it is a sentence of its own.
        endsBlock = Self.closers.contains(last) || first == "#" || first == "|" || last == "|" || last == ">" || isFormLine || isPartyHeader
            || (opensBlock && !hasPunctuation && !endsMidPhrase && trimmed.count <= Self.headingLength)
        isTitleShaped = !hasPunctuation && !endsMidPhrase && trimmed.count <= Self.titleLength
        startsBlock = opensBlock || first == "<"
        startsByLabelOnly = opensBlock && first != "<" && !Self.opensBlock(body.prefix(16), labels: false)
        startsByOneCharacterLabel = startsByLabelOnly && Self.labelColon(body) == body.startIndex + 1
    }

    /// Whether a line ends its block by its last character alone: it is blank, or it closes a
    /// sentence or a lead-in. `endsBlock` of such a line is true whatever else it holds.
    static func endsBlockByItsEnd(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let last = lastScalar(bytes) else { return true }
        return closers.contains(last)
    }

    /// The first `limit` scalars of a line, into `result`. A line of a Swift string is valid
    /// UTF-8, decoded here directly into a buffer on the stack and appended to `result` in one
    /// step: the generic decoder, and then appending scalar by scalar, cost more than the rest
    /// of the line's shape. Anything that is not well-formed goes to the generic decoder.
    static func scalars(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, limit: Int, into result: inout [Unicode.Scalar]) {
        result.removeAll(keepingCapacity: true)
        guard let base = bytes.base.baseAddress, limit > 0 else { return }
        let line = base + bytes.startIndex
        let count = bytes.count
        let wellFormed = withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: limit) { decoded -> Bool in
            var written = 0
            var index = 0
            while written < limit, index < count {
                let lead = line[index]
                if lead < 0x80 {
                    decoded.initializeElement(at: written, to: Unicode.Scalar(lead))
                    written += 1
                    index += 1
                    continue
                }
                // Most of a Chinese line: a three-byte sequence outside the surrogates, whose
                // value is then at least U+0800 and a scalar.
                if lead >= 0xE1, lead < 0xF0, lead != 0xED, index + 2 < count, line[index + 1] & 0xC0 == 0x80, line[index + 2] & 0xC0 == 0x80 {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(line[index + 1] & 0x3F) << 6 | UInt32(line[index + 2] & 0x3F)
                    decoded.initializeElement(at: written, to: Unicode.Scalar(UInt16(truncatingIfNeeded: value)).unsafelyUnwrapped)
                    written += 1
                    index += 3
                    continue
                }
                func continuation(_ offset: Int) -> UInt32? {
                    guard index + offset < count, line[index + offset] & 0xC0 == 0x80 else { return nil }
                    return UInt32(line[index + offset] & 0x3F)
                }
                var scalar: Unicode.Scalar?
                var length = 0
                if lead >= 0xE0, lead < 0xF0, let second = continuation(1), let third = continuation(2) {
                    let value = UInt32(lead & 0x0F) << 12 | second << 6 | third
                    scalar = value >= 0x800 ? Unicode.Scalar(value) : nil
                    length = 3
                } else if lead >= 0xC2, lead < 0xE0, let second = continuation(1) {
                    scalar = Unicode.Scalar(UInt32(lead & 0x1F) << 6 | second)
                    length = 2
                } else if lead >= 0xF0, lead < 0xF5, let second = continuation(1), let third = continuation(2), let fourth = continuation(3) {
                    let value = UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth
                    scalar = value >= 0x10000 ? Unicode.Scalar(value) : nil
                    length = 4
                }
                guard let scalar else { return false }
                decoded.initializeElement(at: written, to: scalar)
                written += 1
                index += length
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: decoded[..<written]))
            return true
        }
        if !wellFormed { genericScalars(bytes, limit: limit, into: &result) }
    }

    /// `scalars(_:limit:into:)` by the standard library's decoder, which repairs ill-formed input.
    static func genericScalars(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, limit: Int, into result: inout [Unicode.Scalar]) {
        result.removeAll(keepingCapacity: true)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while result.count < limit {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar): result.append(scalar)
            case .emptyInput: return
            case .error: result.append("\u{FFFD}")
            }
        }
    }

    /// The one scalar that starts at the beginning of `bytes`, if it decodes.
    static func firstScalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        if case let .scalarValue(scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The last scalar of a line that is not blank, decoded from the end.
    static func lastScalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        var end = bytes.endIndex
        while end > bytes.startIndex {
            var start = end - 1
            while start > bytes.startIndex, bytes[start] & 0xC0 == 0x80, end - start < 4 { start -= 1 }
            if let scalar = firstScalar(bytes[start..<end]), !isBlank(scalar) { return scalar }
            end = start
        }
        return nil
    }

    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{3000}" || scalar == "\u{A0}"
    }

    /// Marks that close a sentence or a lead-in at the end of a line.
    static let closers = Scalars("。！？；：!?;:")
    /// Characters after which a phrase must go on: particles, prepositions and conjunctions.
    static let phraseContinuers = Scalars("的由按向为在对将把给与和及或并且而以于从自至被让使其之所")
    static let punctuation = Scalars("，、。！？；：,.!?;:（）()")
    static let numerals = Scalars("零〇一二两三四五六七八九十百千0123456789０１２３４５６７８９")
    static let labelBreaks = Scalars("，。；、,;\"“”'‘’」』")
    static let headingUnits = Scalars("条章节部款")
    static let numberEnds = Scalars("、.．)）")
    static let bullets = Scalars("#|-*+>•·●○■□◆◇▪①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳【[")

    /// Whether a line opens with a heading, a list or table marker, or a `label：` (甲方：,
    /// 法定代表人（签字）：, 日期：).
    static func opensBlock(_ head: ArraySlice<Unicode.Scalar>, labels: Bool = true) -> Bool {
        guard let first = head.first else { return true }
        let base = head.startIndex
        if bullets.contains(first) { return true }
        if first == "（" || first == "(" {
            return head.dropFirst().prefix { numerals.contains($0) }.count > 0
        }
        if first == "第" {
            let digits = head.dropFirst().prefix { numerals.contains($0) }.count
            if digits > 0, head.count > digits + 1, Self.headingUnits.contains(head[base + digits + 1]) { return true }
        } else if numerals.contains(first) {
            let number = head.prefix { numerals.contains($0) }.count
            if head.count > number, Self.numberEnds.contains(head[base + number]) { return true }
        }
        // 附件 compared unit by unit: a generic `starts(with:)` cost more than the rest of the test.
        if first == "附", head.count > 1, head[base + 1] == "件" { return true }
        // A label and a colon near the start: role, signature and form lines.
        return labels && labelColon(head) != nil
    }

    /// Whether a value opens as many brackets as it closes (full- or half-width), counted
    /// without making arrays of them.
    static func bracketsBalance(_ value: ArraySlice<Unicode.Scalar>) -> Bool {
        var opened = 0, closed = 0
        for scalar in value {
            if scalar == "（" || scalar == "(" { opened += 1 } else if scalar == "）" || scalar == ")" { closed += 1 }
        }
        return opened == closed
    }

    /// Where the colon of a `label：` near the start of a line is (甲方：, 法定代表人（签字）：, 日期：).
    static func labelColon(_ head: ArraySlice<Unicode.Scalar>) -> Int? {
        guard let colon = head.prefix(labelReach + 1).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > head.startIndex else { return nil }
        return head[head.startIndex..<colon].contains(where: Self.labelBreaks.contains) ? nil : colon
    }

    /// The labels of a party or form line: a party (甲方, 出让方, 甲方（盖章）) or a field of the
    /// parties' particulars or the signature block.
    static func isFormLabel(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
        var name = label
        while let end = name.last, isBlank(end) { name = name.dropLast() }
        if name.last == "）" || name.last == ")", let open = name.lastIndex(where: { $0 == "（" || $0 == "(" }) { name = name[..<open] }
        if name.last == "方", name.count <= 4 { return true }
        // An abbreviated role of a header (甲：…, 乙：…).
        if name.count == 1, let role = name.first, abbreviatedRoles.contains(role) { return true }
        return formFields.contains(String(String.UnicodeScalarView(name)))
    }

    static let abbreviatedRoles = Scalars("甲乙丙丁")

    /// The last characters of a party's name (…有限公司, …人民政府, …管理委员会, …自然资源局).
    static let nameHeads = Scalars("司府会局团厂心处")

    static let formFields: Set<String> = [
        "地址", "住所", "住所地", "通讯地址", "法定代表人", "负责人", "委托代理人", "联系人", "电话", "联系电话", "传真", "邮编",
        "邮政编码", "日期", "签订日期", "签约日期", "签订地点", "签约地点", "统一社会信用代码", "开户银行", "开户行", "账号",
    ]

    /// Marks that show running text after a label: a value or a name has none of them.
    static let sentenceMarks = Scalars("，。；！？,;!?")
}

/// A small set of scalars searched by value: cheaper than hashing for the dozen or so
/// characters a line's shape is read from.
struct Scalars {
    let values: [UInt32]
    /// Bit `value % 64` is set for each value, so most scalars are turned away by one test
    /// before the values are searched.
    let filter: UInt64

    init(_ characters: String) {
        values = characters.unicodeScalars.map(\.value)
        filter = values.reduce(0) { $0 | 1 << ($1 & 63) }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        filter & 1 << (scalar.value & 63) != 0 && values.contains(scalar.value)
    }
}
