import QiyueCore

/// A document's text in the single form rules match against, with the way back to the
/// original.
///
/// Normalisation folds every scalar to one UTF-16 unit (see `CharacterFolding`) and drops
/// zero-width characters and the spaces that PDF copy-paste puts between Chinese
/// characters — also between a Chinese character and a digit, a Latin letter or
/// punctuation (甲 方 以 每 亩 4.5 万 元 reads 甲方以每亩4.5万元), since Chinese text never
/// separates words with spaces. Spaces between two Latin words or numbers stay. Markup
/// residue (`*`, `_`, `~`, a backquote or a backslash) in the same places is dropped the same
/// way: `出让价**格为每亩8**万元` reads as the clause it spells, whether the asterisks are
/// emphasis lost on the way or characters put there to split the words apart. Because at
/// most one unit is produced per scalar, the only bookkeeping needed to map a position back
/// is the list of dropped scalars, which is short, instead of an offset per character. The text is
/// read as UTF-8 bytes directly, the fastest way through a native Swift string.
public struct NormalizedText: Sendable {
    /// The folded text, one unit per kept scalar.
    public let units: [UInt16]
    /// For each dropped scalar, the number of units kept before it (non-decreasing).
    let droppedBefore: [Int]
    /// Unit offsets at which each line starts (line 1 starts at 0).
    public let lineStarts: [Int]
    /// For each 0-based line, whether the break after it was soft and read as a space.
    public let softBreaks: [Bool]
    /// The original text, kept for columns in characters and excerpts.
    public let original: String
    /// For each line, its UTF-8 offset in `original` and how many scalars precede it.
    let originalLineUTF8Offsets: [Int]
    let originalLineScalarOffsets: [Int]

    /// Normalises `original`; `softBreaks[line]` says the break after that 0-based line only
    /// wraps running text (see `BlockBreaks`), so it is read like a copy-paste space and a
    /// sentence, or a word, runs on across it. Line numbers and columns stay those of the
    /// original.
    public init(_ original: String, softBreaks: [Bool] = []) {
        var text = original
        text.makeContiguousUTF8()
        self.original = text
        let folded = text.utf8.withContiguousStorageIfAvailable { Self.fold($0, softBreaks: softBreaks) } ?? Folded()
        self.units = folded.units
        self.droppedBefore = folded.dropped
        self.lineStarts = folded.lineStarts
        self.softBreaks = softBreaks
        self.originalLineUTF8Offsets = folded.utf8Starts
        self.originalLineScalarOffsets = folded.scalarStarts
    }

    /// What the one pass over a text's UTF-8 bytes produces.
    private struct Folded {
        var units: [UInt16] = []
        var dropped: [Int] = []
        var lineStarts = [0]
        var utf8Starts = [0]
        var scalarStarts = [0]
    }

    /// The pass itself. It is a function of its own, not a closure over the initialiser's
    /// variables, so that its state lives in locals the optimiser keeps in registers.
    private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, softBreaks: [Bool]) -> Folded {
        // The units are written through a pointer into storage for one unit per scalar, the
        // most there can be: appending to an array checks its uniqueness and capacity at
        // every one of millions of units.
        let capacity = scalarCount(bytes) + 1
        let units = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity)
        defer { units.deallocate() }
        var unitCount = 0
        var dropped: [Int] = []
        var lineStarts = [0]
        var utf8Starts = [0]
        var scalarStarts = [0]
        // Spaces and markup residue seen since the last kept character: dropped if the
        // characters on both sides are Chinese, or one is Chinese and the other a digit,
        // letter or punctuation.
        var pending: [UInt16] = []
        var previousIsHan = false
        var previousJoinsHan = false
        var scalarOffset = 0
        // Whether the last kept unit is a carriage return folded to a space, and what the
        // text looked like before it (a soft CRLF drops both).
        var lastWasCarriageReturn = false
        var beforeCarriageReturn = (isHan: false, joinsHan: false)
        let count = bytes.count
        var index = 0
        while index < count {
            // Decode one scalar (the string is valid UTF-8).
            let lead = UInt32(bytes[index])
            var value: UInt32
            var length: Int
            if lead < 0x80 {
                value = lead; length = 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F); length = 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F); length = 3
            } else {
                value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F)
                length = 4
            }
            index += length
            defer { scalarOffset += 1 }
            // Most of a Chinese agreement: a CJK ideograph with no space or markup pending. It is
            // not ignorable, folds to itself and ends no line, so what the steps below would
            // do for it is done directly.
            if value >= 0x4E00, value <= 0x9FFF, pending.isEmpty {
                units[unitCount] = UInt16(truncatingIfNeeded: value)
                unitCount += 1
                // The rest of a run of ideographs (E4–E9 leads) in a loop of its own: each of
                // them leaves the state as the first one did.
                while index + 2 < count {
                    let lead = UInt32(bytes[index])
                    guard lead >= 0xE4, lead <= 0xE9 else { break }
                    let next = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    guard next >= 0x4E00 else { break }
                    units[unitCount] = UInt16(truncatingIfNeeded: next)
                    unitCount += 1
                    index += 3
                    scalarOffset += 1
                }
                previousIsHan = true
                previousJoinsHan = false
                lastWasCarriageReturn = false
                continue
            }
            if CharacterFolding.isIgnorable(value) {
                dropped.append(unitCount)
                continue
            }
            // A lone CR ends its line as LF does (`LineIndex`'s rule); the CR of a CRLF
            // stays a unit of its line, so lines and columns match the original.
            let endsLine = value == 0x0A || (value == 0x0D && LineIndex.breakLength(in: bytes, at: index - 1) == 1)
            let unit = endsLine ? 0x0A : CharacterFolding.fold(value)
            if endsLine, lineStarts.count - 1 < softBreaks.count, softBreaks[lineStarts.count - 1] {
                if lastWasCarriageReturn {
                    unitCount -= 1
                    dropped.append(unitCount)
                    (previousIsHan, previousJoinsHan) = beforeCarriageReturn
                    lastWasCarriageReturn = false
                }
                // Read like a space: dropped next to Chinese, kept between Latin words.
                if previousIsHan || previousJoinsHan {
                    pending.append(0x20)
                } else {
                    units[unitCount] = 0x20
                    unitCount += 1
                }
                lineStarts.append(unitCount)
                utf8Starts.append(index)
                scalarStarts.append(scalarOffset + 1)
                continue
            }
            if value == 0x0D, !endsLine {
                beforeCarriageReturn = (previousIsHan, previousJoinsHan)
                lastWasCarriageReturn = true
            } else {
                lastWasCarriageReturn = false
            }
            if (unit == 0x20 && value != 0x0D) || CharacterFolding.isMarkupResidue(unit) {
                if previousIsHan || previousJoinsHan {
                    pending.append(unit)
                    continue
                }
                if unit == 0x20 {
                    units[unitCount] = unit
                    unitCount += 1
                    continue
                }
            }
            if !pending.isEmpty {
                let nextIsHan = CharacterFolding.isHanOrCJKPunctuation(unit)
                if nextIsHan || (previousIsHan && CharacterFolding.joinsHan(unit)) {
                    for _ in pending { dropped.append(unitCount) }
                } else {
                    for space in pending {
                        units[unitCount] = space
                        unitCount += 1
                    }
                }
                pending.removeAll(keepingCapacity: true)
            }
            units[unitCount] = unit
            unitCount += 1
            previousIsHan = CharacterFolding.isHanOrCJKPunctuation(unit)
            previousJoinsHan = CharacterFolding.joinsHan(unit)
            if endsLine {
                lineStarts.append(unitCount)
                utf8Starts.append(index)
                scalarStarts.append(scalarOffset + 1)
                previousIsHan = false
                previousJoinsHan = false
            }
        }
        for space in pending {
            units[unitCount] = space
            unitCount += 1
        }
        return Folded(units: Array(UnsafeBufferPointer(start: units, count: unitCount)), dropped: dropped, lineStarts: lineStarts, utf8Starts: utf8Starts, scalarStarts: scalarStarts)
    }

    /// How many scalars valid UTF-8 holds: its bytes less its continuation bytes (10xxxxxx),
    /// counted eight at a time. The flags of each word are added up lane by lane (a population
    /// count is a library call on the baseline x86-64 target) and the lanes summed every 31
    /// words, before any lane can pass 255.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var continuations = 0
        var index = 0
        let lows: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= bytes.count {
            var lanes: UInt64 = 0
            var words = 0
            while words < 31, index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // Bit 7 of a byte set and bit 6 clear: a continuation byte, flagged as 1 in its lane.
                lanes &+= (word & ~(word << 1)) >> 7 & lows
                index += 8
                words += 1
            }
            continuations += Int((lanes &* lows) >> 56)
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
            index += 1
        }
        return bytes.count - continuations
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

    /// The unit offset where a 0-based line ends, before its line break (a soft break left no
    /// unit of its own).
    public func lineEnd(_ line: Int) -> Int {
        guard line + 1 < lineStarts.count else { return units.count }
        return line < softBreaks.count && softBreaks[line] ? lineStarts[line + 1] : lineStarts[line + 1] - 1
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

    /// Where a line starts in `original`.
    func originalLineStart(_ line: Int) -> String.Index {
        original.utf8.index(original.utf8.startIndex, offsetBy: originalLineUTF8Offsets[line])
    }

    /// The 1-based line and character column in the original text of the unit at `offset`.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        let line = lineIndex(of: offset)
        let scalarsIntoLine = max(0, originalScalarOffset(of: offset) - originalLineScalarOffsets[line])
        let view = original.unicodeScalars
        let start = originalLineStart(line)
        let end = view.index(start, offsetBy: scalarsIntoLine, limitedBy: view.endIndex) ?? view.endIndex
        let characters = original[start..<end].count
        return (line + 1, characters + 1)
    }

    /// The original text of a 0-based line, without its terminator.
    public func originalLine(_ line: Int) -> Substring {
        let start = originalLineStart(line)
        let view = original.unicodeScalars
        var end = line + 1 < originalLineUTF8Offsets.count ? view.index(before: originalLineStart(line + 1)) : original.endIndex
        if end > start, view[view.index(before: end)] == "\r" {
            end = view.index(before: end)
        }
        return original[start..<end]
    }

    /// The normalised text of a unit range, for excerpts and amounts.
    public func string(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(units.count, max(max(0, range.lowerBound), range.upperBound))
        return Self.string(of: units[clamped])
    }

    /// Units as text, exactly as `String(decoding:as: UTF16.self)` reads them, for any slice
    /// of folded units (a heading's label, a measure's words).
    static func string(of slice: ArraySlice<UInt16>) -> String {
        // Every unit is a whole scalar of the Basic Multilingual Plane (scalars beyond it fold
        // to U+FFFD), so it is written as UTF-8 directly: the standard library's generic UTF-16
        // transcoding cost more than the rest of an excerpt's making. A surrogate, which
        // normalisation never produces, takes that general path.
        if slice.contains(where: { $0 & 0xF800 == 0xD800 }) { return String(decoding: slice, as: UTF16.self) }
        return String(unsafeUninitializedCapacity: slice.count * 3) { buffer in
            var count = 0
            for unit in slice {
                if unit < 0x80 {
                    buffer[count] = UInt8(unit)
                    count += 1
                } else if unit < 0x800 {
                    buffer[count] = UInt8(0xC0 | (unit >> 6))
                    buffer[count + 1] = UInt8(0x80 | (unit & 0x3F))
                    count += 2
                } else {
                    buffer[count] = UInt8(0xE0 | (unit >> 12))
                    buffer[count + 1] = UInt8(0x80 | ((unit >> 6) & 0x3F))
                    buffer[count + 2] = UInt8(0x80 | (unit & 0x3F))
                    count += 3
                }
            }
            return count
        }
    }

    /// Normalises a rule term the way document text is normalised, so they compare equal.
    public static func fold(term: String) -> [UInt16] {
        NormalizedText(term).units
    }
}
