/// A document's text in the single form rules match against, with the way back to the
/// original.
///
/// Normalisation folds every scalar to one UTF-16 unit (see `CharacterFolding`) and drops
/// zero-width characters and spaces between Chinese characters. Because at most one unit
/// is produced per scalar, the only bookkeeping needed to map a position back is the list
/// of dropped scalars, which is short, instead of an offset per character.
public struct NormalizedText: Sendable {
    /// The folded text, one unit per kept scalar.
    public let units: [UInt16]
    /// For each dropped scalar, the number of units kept before it (non-decreasing).
    let droppedBefore: [Int]
    /// Unit offsets at which each line starts (line 1 starts at 0).
    public let lineStarts: [Int]
    /// The original text, kept for columns in characters and excerpts.
    public let original: String
    /// For each line, where it starts in `original` and how many scalars precede it there.
    let originalLineStarts: [String.UnicodeScalarView.Index]
    let originalLineScalarOffsets: [Int]

    public init(_ original: String) {
        self.original = original
        var units: [UInt16] = []
        units.reserveCapacity(original.utf8.count / 2 + 16)
        var dropped: [Int] = []
        var lineStarts = [0]
        var originalStarts = [original.unicodeScalars.startIndex]
        var scalarOffsets = [0]
        // Spaces seen since the last kept character: dropped if the next one is Han too.
        var pendingSpaceCount = 0
        var previousIsHan = false
        var scalarOffset = 0
        let view = original.unicodeScalars
        var index = view.startIndex
        while index < view.endIndex {
            let value = view[index].value
            let next = view.index(after: index)
            defer { index = next; scalarOffset += 1 }
            if CharacterFolding.isIgnorable(value) {
                dropped.append(units.count)
                continue
            }
            let unit = CharacterFolding.fold(value)
            if unit == 0x20, value != 0x0D {
                if previousIsHan {
                    pendingSpaceCount += 1
                    continue
                }
                units.append(unit)
                continue
            }
            if pendingSpaceCount > 0 {
                if CharacterFolding.isHanOrCJKPunctuation(unit) {
                    for _ in 0..<pendingSpaceCount { dropped.append(units.count) }
                } else {
                    for _ in 0..<pendingSpaceCount { units.append(0x20) }
                }
                pendingSpaceCount = 0
            }
            units.append(unit)
            previousIsHan = CharacterFolding.isHanOrCJKPunctuation(unit)
            if value == 0x0A {
                lineStarts.append(units.count)
                originalStarts.append(next)
                scalarOffsets.append(scalarOffset + 1)
                previousIsHan = false
            }
        }
        for _ in 0..<pendingSpaceCount { units.append(0x20) }
        self.units = units
        self.droppedBefore = dropped
        self.lineStarts = lineStarts
        self.originalLineStarts = originalStarts
        self.originalLineScalarOffsets = scalarOffsets
    }

    /// The scalar offset in the original text of the unit at `offset`.
    func originalScalarOffset(of offset: Int) -> Int {
        // Number of dropped scalars recorded at or before this unit position.
        var low = 0, high = droppedBefore.count
        while low < high {
            let mid = (low + high) / 2
            if droppedBefore[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return offset + low
    }

    /// The 0-based line containing the unit at `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The 1-based line and character column in the original text of the unit at `offset`.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let line = lineIndex(of: offset)
        let scalarsIntoLine = max(0, originalScalarOffset(of: offset) - originalLineScalarOffsets[line])
        let view = original.unicodeScalars
        let start = originalLineStarts[line]
        let end = view.index(start, offsetBy: scalarsIntoLine, limitedBy: view.endIndex) ?? view.endIndex
        let characters = original[start..<end].count
        return (line + 1, characters + 1)
    }

    /// The original text of a 0-based line, without its terminator.
    public func originalLine(_ line: Int) -> Substring {
        let start = originalLineStarts[line]
        var end = line + 1 < originalLineStarts.count ? original.unicodeScalars.index(before: originalLineStarts[line + 1]) : original.endIndex
        if end > start, original.unicodeScalars[original.unicodeScalars.index(before: end)] == "\r" {
            end = original.unicodeScalars.index(before: end)
        }
        return original[start..<end]
    }

    /// The normalised text of a unit range, for excerpts and amounts.
    public func string(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(units.count, range.upperBound)
        return String(decoding: units[clamped], as: UTF16.self)
    }

    /// Normalises a rule term the way document text is normalised, so they compare equal.
    public static func fold(term: String) -> [UInt16] {
        NormalizedText(term).units
    }
}
