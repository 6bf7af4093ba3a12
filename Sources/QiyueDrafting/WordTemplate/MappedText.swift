/// UTF-8 text built from pieces of an original text, remembering where each byte came from.
///
/// Preparing a Word part for the template engine deletes and rewrites XML; an error the
/// engine reports at an offset of the prepared text must still be told in terms of the
/// paragraph the officer typed it in. Each piece appended records an anchor: copied bytes
/// map one to one, inserted bytes map to the place they replace.
struct MappedText {
    private(set) var bytes: [UInt8] = []
    /// Sorted by `start`: from `start` on, bytes map to `original` (+ the distance when `copied`).
    private var anchors: [(start: Int, original: Int, copied: Bool)] = []

    init() {}

    /// The original text itself, every byte mapping to itself.
    init(original: [UInt8]) {
        bytes = original
        anchors = [(0, 0, true)]
    }

    /// Where the byte at `offset` came from in the original text.
    func original(of offset: Int) -> Int {
        guard !anchors.isEmpty else { return offset }
        var low = 0, high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        return anchor.copied ? anchor.original + max(0, offset - anchor.start) : anchor.original
    }

    /// Appends `range` of `source`, keeping the origins `source` knows for it.
    mutating func append(copying range: Range<Int>, of source: MappedText) {
        guard !range.isEmpty else { return }
        anchors.append((bytes.count, source.original(of: range.lowerBound), source.isCopied(at: range.lowerBound)))
        // Anchors of the source inside the range split it where its origins jump.
        for anchor in source.anchors where anchor.start > range.lowerBound && anchor.start < range.upperBound {
            anchors.append((bytes.count + anchor.start - range.lowerBound, anchor.original, anchor.copied))
        }
        bytes.append(contentsOf: source.bytes[range])
    }

    /// Appends new bytes standing for the place `offset` of `source`.
    mutating func append(inserting text: [UInt8], at offset: Int, of source: MappedText) {
        guard !text.isEmpty else { return }
        anchors.append((bytes.count, source.original(of: offset), false))
        bytes.append(contentsOf: text)
    }

    private func isCopied(at offset: Int) -> Bool {
        guard !anchors.isEmpty else { return true }
        var low = 0, high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return anchors[low].copied
    }
}
