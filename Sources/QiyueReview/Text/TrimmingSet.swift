/// Membership of a character in the set of `trimming(_:)`, exactly as `Array.contains`
/// decides it for `Character`s.
enum TrimmingSet {
    /// The scalar of a character made of one scalar whose canonical form is itself (no
    /// canonical decomposition), or nil. Only ranges known to have no canonical decompositions
    /// are taken: ASCII, CJK symbols and punctuation, the unified ideographs and the
    /// half- and full-width forms (whose decompositions are all compatibility ones).
    static func plainScalar(_ character: Character) -> Unicode.Scalar? {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return isPlain(scalar.value) ? scalar : nil
    }

    static func isPlain(_ value: UInt32) -> Bool {
        value < 0x80 || (0x3000...0x303F).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xFF00...0xFFEF).contains(value)
    }

    /// Whether `character` equals one of `members`; `scalars` are their `plainScalar`s.
    static func contains(_ character: Character, members: [Character], scalars: [Unicode.Scalar?]) -> Bool {
        guard let scalar = plainScalar(character) else { return members.contains(character) }
        for index in members.indices {
            if let member = scalars[index] {
                if member == scalar { return true }
            } else if members[index] == character {
                return true
            }
        }
        return false
    }

    /// A mark that joins the character before it (the ideographic tone marks and the
    /// half-width voiced marks): the only scalars of the plain ranges that do not stand as a
    /// character of their own between two others.
    static func joinsPrevious(_ value: UInt32) -> Bool {
        (0x302A...0x302F).contains(value) || value == 0xFF9E || value == 0xFF9F
    }

    /// The scalar values of `set` when each of its characters is one plain scalar (a CR LF
    /// pair, one character, is skipped: `trimPlain` leaves line breaks to the general path),
    /// or nil.
    static func plainValues(of set: String) -> [UInt32]? {
        var values: [UInt32] = []
        var pendingCarriageReturn = false
        for scalar in set.unicodeScalars {
            let value = scalar.value
            if pendingCarriageReturn {
                guard value == 0x0A else { return nil }
                pendingCarriageReturn = false
                continue
            }
            if value == 0x0D { pendingCarriageReturn = true; continue }
            guard isPlain(value), !joinsPrevious(value) else { return nil }
            values.append(value)
        }
        return pendingCarriageReturn ? nil : values
    }

    /// Whether the scalar `value` is a character of its own before `next`: both plain, `next`
    /// no joining mark, and no line break involved (CR LF is one character).
    private static func standsAlone(_ value: UInt32, before next: UInt32) -> Bool {
        isPlain(value) && isPlain(next) && !joinsPrevious(value) && !joinsPrevious(next)
            && value != 0x0A && value != 0x0D && next != 0x0A && next != 0x0D
    }

    /// Trims `text` at both ends while its end character is one plain scalar with a plain
    /// neighbour inside the text, so that the scalar alone is the character (grapheme
    /// breaking between two such scalars never joins them). It stops at the first end it cannot
    /// decide that way; `settled` says both ends stopped at a character that is surely no
    /// member, so the general path would remove nothing more.
    static func trimPlain(_ text: Substring, members: [UInt32]) -> (Substring, settled: Bool) {
        let view = text.unicodeScalars
        var start = view.startIndex, end = view.endIndex
        var frontSettled = false
        while start < end {
            let next = view.index(after: start)
            guard next < end, standsAlone(view[start].value, before: view[next].value) else { break }
            guard members.contains(view[start].value) else { frontSettled = true; break }
            start = next
        }
        var backSettled = false
        if frontSettled {
            while true {
                let last = view.index(before: end)
                guard last > start else { break }
                let previous = view.index(before: last)
                guard standsAlone(view[previous].value, before: view[last].value) else { break }
                guard members.contains(view[last].value) else { backSettled = true; break }
                end = last
            }
        }
        return (Substring(view[start..<end]), frontSettled && backSettled)
    }
}
