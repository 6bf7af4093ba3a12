/// The few paragraph properties the reader needs, from the PAPX FKPs ([MS-DOC] 2.9.175):
/// whether a paragraph is in a table, whether it is a row's end mark, its outline level.
///
/// PlcBtePapx in the table stream maps stream offsets to 512-byte FKP pages in the
/// WordDocument stream; each page maps offsets to a grpprl of sprms. Pages are parsed once
/// and cached; a page or sprm that does not fit is treated as "no properties" rather than
/// trusted, so a damaged table gives cells in one row, never a crash.
struct DocParagraphProperties {
    struct Properties: Equatable {
        var inTable = false
        var isRowEnd = false
        var outlineLevel: Int?
        var styleIndex = 0
    }

    private let stream: [UInt8]
    private var pageStarts: [UInt32] = []
    private var pageNumbers: [Int] = []
    private var pages: [Int: [(start: UInt32, end: UInt32, properties: Properties)]] = [:]

    init(stream: [UInt8], table: [UInt8], offset: Int, length: Int) {
        self.stream = stream
        guard length >= 8, offset >= 0, offset <= table.count, length <= table.count - offset, (length - 4) % 8 == 0 else { return }
        let reader = FieldReader(bytes: Array(table[offset..<offset + length]))
        let count = (length - 4) / 8
        pageStarts = (0...count).map { reader.uint32(at: $0 * 4) }
        pageNumbers = (0..<count).map { Int(reader.uint32(at: (count + 1) * 4 + $0 * 4) & 0x3F_FFFF) }
    }

    /// The properties of the paragraph whose mark is at stream offset `fc`.
    mutating func properties(at fc: UInt32) -> Properties {
        guard let pageIndex = index(of: fc, in: pageStarts) else { return Properties() }
        let number = pageNumbers[pageIndex]
        if pages[number] == nil { pages[number] = Self.parse(page: number, of: stream) }
        return pages[number]?.first { $0.start <= fc && fc < $0.end }?.properties ?? Properties()
    }

    private func index(of fc: UInt32, in starts: [UInt32]) -> Int? {
        var low = 0, high = starts.count - 1
        guard high >= 1, fc >= starts[0], fc < starts[high] else { return nil }
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= fc { low = middle } else { high = middle }
        }
        return low
    }

    private static func parse(page number: Int, of stream: [UInt8]) -> [(start: UInt32, end: UInt32, properties: Properties)] {
        let base = number * 512
        guard number >= 0, base <= stream.count - 512 else { return [] }
        let page = Array(stream[base..<base + 512])
        let reader = FieldReader(bytes: page)
        let runCount = Int(page[511])
        guard runCount > 0, (runCount + 1) * 4 + runCount * 13 <= 511 else { return [] }
        var result: [(UInt32, UInt32, Properties)] = []
        for run in 0..<runCount {
            let start = reader.uint32(at: run * 4), end = reader.uint32(at: (run + 1) * 4)
            let offset = Int(page[(runCount + 1) * 4 + run * 13]) * 2
            result.append((start, end, offset == 0 ? Properties() : properties(in: page, at: offset)))
        }
        return result
    }

    /// Reads a PapxInFkp: its size byte (or two), the style index, then the sprms.
    private static func properties(in page: [UInt8], at offset: Int) -> Properties {
        guard offset < 511 else { return Properties() }
        var start = offset + 1, length = 2 * Int(page[offset]) - 1
        if page[offset] == 0 {
            guard offset + 1 < 511 else { return Properties() }
            start = offset + 2
            length = 2 * Int(page[offset + 1])
        }
        guard length >= 2, start + length <= 511 else { return Properties() }
        let reader = FieldReader(bytes: page)
        var properties = Properties(styleIndex: Int(reader.uint16(at: start)))
        var position = start + 2
        let end = start + length
        while position + 2 <= end {
            let sprm = reader.uint16(at: position)
            position += 2
            guard let size = operandSize(sprm, at: position, in: page, end: end), position + size <= end else { break }
            let operand = position < end ? page[position] : 0
            switch sprm {
            case 0x2416: properties.inTable = operand != 0
            case 0x2417, 0x244C: if operand != 0 { properties.isRowEnd = true }
            case 0x6649: if reader.uint32(at: position) >= 1 { properties.inTable = true }
            case 0x2640: properties.outlineLevel = operand < 9 ? Int(operand) : nil
            default: break
            }
            position += size
        }
        return properties
    }

    /// The operand length a sprm's `spra` bits give ([MS-DOC] 2.2.5.1), reading the length byte
    /// of variable ones (two bytes for sprmTDefTable).
    private static func operandSize(_ sprm: UInt16, at position: Int, in page: [UInt8], end: Int) -> Int? {
        switch sprm >> 13 {
        case 0, 1: return 1
        case 2, 4, 5: return 2
        case 3: return 4
        case 7: return 3
        default:
            guard position < end else { return nil }
            if sprm == 0xD608 || sprm == 0xD606 {
                let size = Int(FieldReader(bytes: page).uint16(at: position))
                return size + 1
            }
            return Int(page[position]) + 1
        }
    }
}
