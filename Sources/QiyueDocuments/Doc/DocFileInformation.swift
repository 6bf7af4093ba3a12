/// The parts of the File Information Block ([MS-DOC] 2.5.1) that locate the text.
///
/// The FIB opens the WordDocument stream: a fixed base, then three arrays whose lengths are
/// stored before each, so the offsets of later fields depend on what the writer chose; they
/// are computed here, never assumed to be Word 97's.
struct DocFileInformation {
    /// Whether the piece table lives in `1Table` (otherwise `0Table`).
    var usesTable1: Bool
    var isEncrypted: Bool
    /// Character counts of the main text and of the footnotes, headers, comments and endnotes after it.
    var mainTextLength: Int
    var footnoteLength: Int
    var headerLength: Int
    var commentLength: Int
    var endnoteLength: Int
    /// Where the CLX (with the piece table) lies in the table stream.
    var clxOffset: Int
    var clxLength: Int
    /// Where PlcBtePapx (paragraph properties by stream offset) lies in the table stream.
    var paragraphPropertiesOffset: Int
    var paragraphPropertiesLength: Int

    init(stream: [UInt8]) throws {
        let reader = FieldReader(bytes: stream)
        guard stream.count >= 0x9A, reader.uint16(at: 0) == 0xA5EC else {
            throw DocReader.error("WordDocument 流不以 Word 文件信息块开头", "the WordDocument stream does not start with a Word file information block")
        }
        guard reader.uint16(at: 2) >= 0x00C1 else {
            throw DocReader.error("这是 Word 6/95 或更早的 .doc，不支持：请另存为 .docx 后再审查", "this .doc is from Word 6/95 or earlier and is not supported: save it as .docx")
        }
        let flags = reader.uint16(at: 0x0A)
        usesTable1 = flags & 0x0200 != 0
        isEncrypted = flags & 0x0100 != 0
        let wordCount = Int(reader.uint16(at: 32))
        let longStart = 34 + wordCount * 2
        let longCount = Int(reader.uint16(at: longStart))
        let longs = longStart + 2
        let pairCountOffset = longs + longCount * 4
        let pairCount = Int(reader.uint16(at: pairCountOffset))
        let pairs = pairCountOffset + 2
        // FibRgLw97 holds 22 longs and FibRgFcLcb97 93 pairs; fewer means a file we cannot place.
        guard longCount >= 11, pairCount >= 34, pairs + 34 * 8 <= stream.count else {
            throw DocReader.error("Word 文件信息块过短", "the Word file information block is too short")
        }
        func long(_ index: Int) -> Int { Int(Int32(bitPattern: reader.uint32(at: longs + index * 4))) }
        mainTextLength = long(3)
        footnoteLength = long(4)
        headerLength = long(5)
        commentLength = long(7)
        endnoteLength = long(8)
        clxOffset = Int(reader.uint32(at: pairs + 33 * 8))
        clxLength = Int(reader.uint32(at: pairs + 33 * 8 + 4))
        paragraphPropertiesOffset = Int(reader.uint32(at: pairs + 13 * 8))
        paragraphPropertiesLength = Int(reader.uint32(at: pairs + 13 * 8 + 4))
        guard [mainTextLength, footnoteLength, headerLength, commentLength, endnoteLength].allSatisfy({ $0 >= 0 }) else {
            throw DocReader.error("Word 文件信息块中的字符数为负", "a character count in the Word file information block is negative")
        }
    }
}
