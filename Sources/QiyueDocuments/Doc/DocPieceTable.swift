import QiyueCore

/// The piece table of a Word 97–2003 document ([MS-DOC] 2.9.177 PlcPcd): which byte range of
/// the WordDocument stream holds each run of character positions, and in what encoding.
///
/// Word saves quickly by appending: the text is not stored in order but as pieces, each either
/// "compressed" (one byte per character, Windows-1252) or UTF-16LE. The table sits in the CLX
/// of the table stream after any number of property blocks (Prc), which are skipped.
struct DocPieceTable {
    struct Piece {
        var characterStart: Int
        var characterEnd: Int
        var byteOffset: Int
        var isCompressed: Bool
    }

    private(set) var pieces: [Piece] = []

    init(clx: ArraySlice<UInt8>) throws {
        var offset = clx.startIndex
        let reader = FieldReader(bytes: Array(clx))
        let base = clx.startIndex
        // Prc blocks: clxt 1, a 2-byte size, the properties.
        while offset < clx.endIndex, clx[offset] == 0x01 {
            let size = Int(Int16(bitPattern: reader.uint16(at: offset - base + 1)))
            guard size >= 0 else { throw DocReader.error("文档的 CLX 中属性块长度无效", "a property block in the document's CLX has an invalid size") }
            offset += 3 + size
        }
        guard offset + 5 <= clx.endIndex, clx[offset] == 0x02 else {
            throw DocReader.error("文档缺少片段表（CLX 中没有 Pcdt）", "the document has no piece table (no Pcdt in the CLX)")
        }
        let length = Int(reader.uint32(at: offset - base + 1))
        let start = offset - base + 5
        guard length >= 4, length <= clx.endIndex - offset - 5, (length - 4) % 12 == 0 else {
            throw DocReader.error("文档的片段表长度无效", "the document's piece table has an invalid length")
        }
        let count = (length - 4) / 12
        var previous = 0
        for index in 0..<count {
            let characterStart = Int(reader.uint32(at: start + index * 4))
            let characterEnd = Int(reader.uint32(at: start + (index + 1) * 4))
            let descriptor = start + (count + 1) * 4 + index * 8
            let fc = reader.uint32(at: descriptor + 2)
            let isCompressed = fc & 0x4000_0000 != 0
            let value = Int(fc & 0x3FFF_FFFF)
            guard characterStart >= previous, characterEnd >= characterStart else {
                throw DocReader.error("文档的片段表未按字符位置排序", "the document's piece table is not in character order")
            }
            previous = characterEnd
            pieces.append(Piece(characterStart: characterStart, characterEnd: characterEnd, byteOffset: isCompressed ? value / 2 : value, isCompressed: isCompressed))
        }
    }

    /// The stream offset of the character at position `cp`, or `nil` if no piece holds it.
    func streamOffset(of cp: Int) -> UInt32? {
        guard let piece = pieces.first(where: { $0.characterStart <= cp && cp < $0.characterEnd }) else { return nil }
        return UInt32(truncatingIfNeeded: piece.byteOffset + (cp - piece.characterStart) * (piece.isCompressed ? 1 : 2))
    }

    /// The UTF-16 code units of character positions `range`, read from the WordDocument stream.
    func text(_ range: Range<Int>, in stream: [UInt8]) throws -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(min(range.count, stream.count))
        for piece in pieces where piece.characterEnd > range.lowerBound && piece.characterStart < range.upperBound {
            let from = max(piece.characterStart, range.lowerBound), to = min(piece.characterEnd, range.upperBound)
            let width = piece.isCompressed ? 1 : 2
            let first = piece.byteOffset + (from - piece.characterStart) * width
            let count = to - from
            guard first >= 0, count <= (stream.count - first) / width, first <= stream.count else {
                throw DocReader.error("文档的片段指向 WordDocument 流之外", "a piece of the document lies outside the WordDocument stream")
            }
            if piece.isCompressed {
                for index in first..<first + count { units.append(DocCompressedText.unit(stream[index])) }
            } else {
                for index in 0..<count { units.append(UInt16(stream[first + 2 * index]) | UInt16(stream[first + 2 * index + 1]) << 8) }
            }
        }
        return units
    }
}
