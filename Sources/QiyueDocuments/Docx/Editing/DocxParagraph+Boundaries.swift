extension DocxParagraph {
    /// The UTF-8 offset in the paragraph's text of a 1-based character column (clamped to the text).
    func decodedOffset(ofColumn column: Int) -> Int {
        let text = plainText
        let index = text.index(text.startIndex, offsetBy: max(0, column - 1), limitedBy: text.endIndex) ?? text.endIndex
        return text.utf8.distance(from: text.startIndex, to: index)
    }

    /// Where a span starting at decoded `offset` begins in the part.
    func startBoundary(atDecoded offset: Int, in part: UnsafeBufferPointer<UInt8>) -> DocxBoundary {
        guard let piece = pieces.first(where: { $0.decoded.upperBound > offset }) else { return .point(anchor.contentEnd) }
        let within = max(0, offset - piece.decoded.lowerBound)
        if within == 0 {
            // At the start of a piece: before its element, or before the whole run when nothing precedes it there.
            let start = piece.kind == .text ? piece.textTag.lowerBound : piece.source.lowerBound
            if start == piece.run.contentStart { return .point(piece.run.start) }
            return .split(offset: start, run: piece.run, inText: false, textTag: piece.textTag)
        }
        return boundary(in: piece, within: within, part: part)
    }

    /// Where a span ending (exclusively) at decoded `offset` ends in the part.
    func endBoundary(atDecoded offset: Int, in part: UnsafeBufferPointer<UInt8>) -> DocxBoundary {
        guard let piece = pieces.last(where: { $0.decoded.lowerBound < offset }) else { return .point(anchor.contentStart) }
        let within = min(piece.decoded.count, offset - piece.decoded.lowerBound)
        if within == piece.decoded.count {
            // At the end of the run's last content the span ends after the run, and nothing is split.
            let after = piece.kind == .element ? piece.source.upperBound : piece.source.upperBound + Self.textEnd.count
            if piece.kind == .element || Self.bytes(part, at: piece.source.upperBound, are: Self.textEnd),
               Self.bytes(part, at: after, are: Self.runEnd) {
                return .point(after + Self.runEnd.count)
            }
        }
        if piece.kind == .element { return .split(offset: piece.source.upperBound, run: piece.run, inText: false, textTag: piece.textTag) }
        return boundary(in: piece, within: within, part: part)
    }

    private static let textEnd = Array("</w:t>".utf8)
    private static let runEnd = Array("</w:r>".utf8)

    private static func bytes(_ part: UnsafeBufferPointer<UInt8>, at offset: Int, are expected: [UInt8]) -> Bool {
        offset + expected.count <= part.count && part[offset ..< offset + expected.count].elementsEqual(expected)
    }

    private func boundary(in piece: DocxTextPiece, within: Int, part: UnsafeBufferPointer<UInt8>) -> DocxBoundary {
        guard piece.kind == .text else { return .split(offset: piece.source.upperBound, run: piece.run, inText: false, textTag: piece.textTag) }
        let offset = DocxEntityWalk.encodedOffset(decoded: within, in: piece.source, of: part)
        return .split(offset: offset, run: piece.run, inText: true, textTag: piece.textTag)
    }
}
