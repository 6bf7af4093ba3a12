/// Turns the XML of a Word part into a Jinja template, following docxtpl's conventions.
///
/// Word splits what an officer types into runs wherever formatting, spell checking or an
/// edit session changes, so `{{ project.name }}` may arrive as `{{ proj` + `ect.name }}` in two
/// runs. As docxtpl does:
/// 1. inside a tag, the XML between one run's text and the next run's text is removed, so the
///    tag (and the rest of the run it ends in) joins the run where it starts and keeps that
///    run's formatting;
/// 2. the paragraph, table row, cell or run holding a `{%p …%}`, `{%tr …%}`, `{%tc …%}` or
///    `{%r …%}` tag is replaced by the plain tag, so conditionals and loops leave no empty
///    paragraphs or rows behind;
/// 3. inside tags, `&lt;`, `&gt;`, `&#8216;` and Word's curly quotes become the characters
///    Jinja expects, and so do `&apos;` and `&quot;`, which LibreOffice writes for straight
///    quotes: docxtpl never sees them because lxml re-serialises the text before it patches.
/// Each step is a linear scan; the result remembers where its bytes came from.
enum WordTemplatePatcher {
    static func patch(_ xml: [UInt8]) -> MappedText {
        var text = MappedText(original: xml)
        text = joinSplitDelimiters(text)
        text = joinSplitTags(text)
        text = isolateRunTags(text)
        text = joinTrimmedText(text)
        for element in ["tr", "tc", "p", "r"] { text = replaceElements(holding: element, in: text) }
        for element in ["tr", "tc", "p"] { text = replaceElements(holding: element, in: text, comments: true) }
        return cleanTags(text)
    }

    private static let textEnd = Array("</w:t>".utf8)
    private static let textStart = Array("<w:t".utf8)

    /// Step 1a: `{<w:…>…{` becomes `{{` (also `{%`, `{#`), and `%<w:…>}` becomes `%}` (also `}}`, `#}`).
    static func joinSplitDelimiters(_ source: MappedText) -> MappedText {
        let bytes = source.bytes
        var result = MappedText()
        var copied = 0
        var index = 0
        while index + 1 < bytes.count {
            let byte = bytes[index]
            guard [UInt8(ascii: "{"), UInt8(ascii: "%"), UInt8(ascii: "}"), UInt8(ascii: "#")].contains(byte), bytes[index + 1] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] == UInt8(ascii: "<"), let close = bytes[end...].firstIndex(of: UInt8(ascii: ">")) { end = close + 1 }
            let next = end < bytes.count ? bytes[end] : 0
            let joins = byte == UInt8(ascii: "{")
                ? (next == UInt8(ascii: "{") || next == UInt8(ascii: "%") || next == UInt8(ascii: "#"))
                : next == UInt8(ascii: "}")
            if joins {
                result.append(copying: copied..<index + 1, of: source)
                copied = end
            }
            index = max(index + 1, joins ? end : index + 1)
        }
        result.append(copying: copied..<bytes.count, of: source)
        return result
    }

    /// Step 1b: `{%…`, `{#…` and `{{…` up to their closing delimiter lose the run boundaries inside.
    static func joinSplitTags(_ source: MappedText) -> MappedText {
        let bytes = source.bytes
        var result = MappedText()
        var copied = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), let closer = closer(for: bytes[index + 1]) else {
                index += 1
                continue
            }
            let regionEnd = ByteSearch.find(closer, in: bytes, from: index + 2) ?? bytes.count
            var cursor = index
            while let end = ByteSearch.find(textEnd, in: bytes, from: cursor, before: regionEnd),
                  let start = nextTextStart(in: bytes, from: end + textEnd.count, before: regionEnd) {
                result.append(copying: copied..<end, of: source)
                copied = start.upperBound
                cursor = start.upperBound
            }
            index = regionEnd
        }
        result.append(copying: copied..<bytes.count, of: source)
        return result
    }

    private static func closer(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "%"): return Array("%}".utf8)
        case UInt8(ascii: "#"): return Array("#}".utf8)
        case UInt8(ascii: "{"): return Array("}}".utf8)
        default: return nil
        }
    }

    /// The next `<w:t>` or `<w:t …>` element start, as the range of its start tag.
    private static func nextTextStart(in bytes: [UInt8], from start: Int, before end: Int) -> Range<Int>? {
        var index = start
        while let found = ByteSearch.find(textStart, in: bytes, from: index, before: end) {
            let after = found + textStart.count
            if after < end, bytes[after] == UInt8(ascii: ">") { return found..<after + 1 }
            if after < end, bytes[after] == UInt8(ascii: " "), let close = bytes[after..<end].firstIndex(of: UInt8(ascii: ">")) {
                return found..<close + 1
            }
            index = found + 1
        }
        return nil
    }

    /// Step 2a: a `{%r …%}` or `{{r …}}` tag moves into a run of its own, so that replacing its
    /// run (step 3) takes nothing else with it.
    static func isolateRunTags(_ source: MappedText) -> MappedText {
        let bytes = source.bytes
        let close = Array("</w:t></w:r><w:r><w:t xml:space=\"preserve\">".utf8)
        var result = MappedText()
        var copied = 0
        var index = 0
        while index + 3 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "%") || bytes[index + 1] == UInt8(ascii: "{"),
                  bytes[index + 2] == UInt8(ascii: "r"), isSpace(bytes[index + 3]) else {
                index += 1
                continue
            }
            let closer = bytes[index + 1] == UInt8(ascii: "%") ? Array("%}".utf8) : Array("}}".utf8)
            guard let end = ByteSearch.find(closer, in: bytes, from: index + 3) else { break }
            result.append(copying: copied..<index, of: source)
            result.append(inserting: close, at: index, of: source)
            result.append(copying: index..<end + 2, of: source)
            result.append(inserting: close, at: end + 2, of: source)
            copied = end + 2
            index = copied
        }
        result.append(copying: copied..<bytes.count, of: source)
        return result
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Step 2b: `{%-` joins the text before it (the XML from the last `</w:t>` goes) and `-%}`
    /// the text after it (the XML up to the next `<w:t…>` goes), as docxtpl does.
    static func joinTrimmedText(_ source: MappedText) -> MappedText {
        let bytes = source.bytes
        let opener = Array("{%-".utf8), closer = Array("-%}".utf8), textEnd = Array("</w:t>".utf8)
        var result = MappedText()
        var copied = 0
        var lastTextEnd: Int?
        // The last forward scan for a `-%}`: where it stopped and what it found, reused by a
        // `-%}` inside the stretch it already crossed, so hostile input stays linear.
        var lastScan: (end: Int, found: Int?)?
        var index = 0
        while index + 2 < bytes.count {
            if ByteSearch.matches(textEnd, in: bytes, at: index) {
                lastTextEnd = index
                index += textEnd.count
                continue
            }
            if ByteSearch.matches(opener, in: bytes, at: index), let start = lastTextEnd, start >= copied {
                result.append(copying: copied..<start, of: source)
                result.append(inserting: Array("{%".utf8), at: index, of: source)
                copied = index + 3
                lastTextEnd = nil
                index += 3
                continue
            }
            if ByteSearch.matches(closer, in: bytes, at: index) {
                let scan = lastScan.flatMap { index + 3 <= $0.end ? $0 : nil } ?? textElementAfter(index + 3, in: bytes)
                lastScan = scan
                guard let next = scan.found else {
                    index += 1
                    continue
                }
                result.append(copying: copied..<index, of: source)
                result.append(inserting: Array("%}".utf8), at: index, of: source)
                copied = next
                index = next
                continue
            }
            index += 1
        }
        result.append(copying: copied..<bytes.count, of: source)
        return result
    }

    /// The end of the next `<w:t…>` start tag after `start` (`found`, `nil` when a tag starts
    /// first or the part ends), and where the scan stopped (`end`).
    private static func textElementAfter(_ start: Int, in bytes: [UInt8]) -> (end: Int, found: Int?) {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "%") || bytes[index + 1] == UInt8(ascii: "{") { return (index, nil) }
            if ByteSearch.matches(textStart, in: bytes, at: index), index + 4 < bytes.count {
                let after = bytes[index + 4]
                if after == UInt8(ascii: ">") || after == UInt8(ascii: " ") {
                    return (index, bytes[index...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 })
                }
            }
            index += 1
        }
        return (bytes.count, nil)
    }

    /// Step 3: `<w:X …>…{%X body %}…</w:X>` becomes `{% body %}` (and `{{X …}}` becomes
    /// `{{ … }}`; with `comments`, `{#X …#}` becomes `{# … #}`).
    static func replaceElements(holding element: String, in source: MappedText, comments: Bool = false) -> MappedText {
        let bytes = source.bytes
        let statement = Array((comments ? "{#\(element) " : "{%\(element) ").utf8), output = comments ? statement : Array("{{\(element) ".utf8)
        let closing = Array("</w:\(element)>".utf8)
        var result = MappedText()
        var copied = 0
        var stops = StopCache()
        var start = ByteSearch.elementStart(element, in: bytes, from: 0)
        while let elementStart = start {
            let next = ByteSearch.elementStart(element, in: bytes, from: elementStart + 1)
            let limit = next ?? bytes.count
            if let (tagStart, bodyRange, opener) = lastTag(statement, output, comment: comments, in: bytes, from: elementStart, before: limit, stops: &stops),
               let end = ByteSearch.find(closing, in: bytes, from: bodyRange.upperBound) {
                result.append(copying: copied..<elementStart, of: source)
                result.append(inserting: opener, at: tagStart, of: source)
                result.append(inserting: [UInt8(ascii: " ")], at: tagStart, of: source)
                result.append(copying: bodyRange, of: source)
                copied = end + closing.count
                start = ByteSearch.elementStart(element, in: bytes, from: copied)
                continue
            }
            start = next
        }
        result.append(copying: copied..<bytes.count, of: source)
        return result
    }

    /// The last `{%X ` or `{{X ` before `limit` whose body (no `}` or `%`) ends with its closer;
    /// the body range runs from after `X ` to the end of the closer.
    private static func lastTag(_ statement: [UInt8], _ output: [UInt8], comment: Bool, in bytes: [UInt8], from start: Int, before limit: Int,
                                stops: inout StopCache) -> (Int, Range<Int>, [UInt8])? {
        var candidates: [Int] = []
        var index = start
        while index < limit {
            if bytes[index] == UInt8(ascii: "{"), ByteSearch.matches(statement, in: bytes, at: index) || ByteSearch.matches(output, in: bytes, at: index) {
                candidates.append(index)
            }
            index += 1
        }
        // Each body runs to the first `}` (or `%`, `#`) at or after its start. A stop found
        // once serves every later start up to it (`stops`), so hostile input stays linear.
        let stop = comment ? UInt8(ascii: "#") : UInt8(ascii: "%")
        for candidate in candidates.reversed() {
            let bodyStart = candidate + statement.count
            let cursor = stops.firstStop(from: bodyStart, in: bytes, stop: stop)
            guard cursor + 1 < bytes.count else { continue }
            let pair = (bytes[cursor], bytes[cursor + 1])
            if comment ? pair == (stop, UInt8(ascii: "}")) : (pair == (UInt8(ascii: "%"), UInt8(ascii: "}")) || pair == (UInt8(ascii: "}"), UInt8(ascii: "}"))) {
                return (candidate, bodyStart..<cursor + 2, Array(bytes[candidate..<candidate + 2]))
            }
        }
        return nil
    }

    /// The first `}` or stop character at or after a position, remembering the stretches
    /// already scanned: every position in `scanned` has its first stop at `scanned.upperBound`.
    struct StopCache {
        var scanned: ClosedRange<Int>?

        mutating func firstStop(from start: Int, in bytes: [UInt8], stop: UInt8) -> Int {
            if let scanned, scanned.contains(start) { return scanned.upperBound }
            // A scan that reaches a stretch already scanned ends where that stretch ends.
            let known = scanned.flatMap { $0.lowerBound > start ? $0 : nil }
            var cursor = start
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "}"), bytes[cursor] != stop {
                if let known, cursor == known.lowerBound {
                    cursor = known.upperBound
                    break
                }
                cursor += 1
            }
            scanned = start...cursor
            return cursor
        }
    }

    /// Step 4: inside `{{ … }}` and `{% … %}`, XML escapes and typographic quotes become plain characters.
    static func cleanTags(_ source: MappedText) -> MappedText {
        let bytes = source.bytes
        var result = MappedText()
        var copied = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") || bytes[index + 1] == UInt8(ascii: "%") else {
                index += 1
                continue
            }
            let contentStart = index + 2
            var end = contentStart
            while end + 1 < bytes.count, !((bytes[end] == UInt8(ascii: "}") || bytes[end] == UInt8(ascii: "%")) && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
            guard end + 1 < bytes.count else { break }
            var cursor = contentStart
            while cursor < end {
                if let (length, replacement) = replacement(in: bytes, at: cursor, before: end) {
                    result.append(copying: copied..<cursor, of: source)
                    result.append(inserting: replacement, at: cursor, of: source)
                    cursor += length
                    copied = cursor
                } else {
                    cursor += 1
                }
            }
            index = end
        }
        result.append(copying: copied..<bytes.count, of: source)
        return result
    }

    private static let replacements: [([UInt8], [UInt8])] = [
        ("&#8216;", "'"), ("&apos;", "'"), ("&#39;", "'"), ("&quot;", "\""), ("&#34;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("\u{201C}", "\""), ("\u{201D}", "\""), ("\u{2018}", "'"), ("\u{2019}", "'"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    private static func replacement(in bytes: [UInt8], at index: Int, before end: Int) -> (Int, [UInt8])? {
        for (pattern, replacement) in replacements where index + pattern.count <= end && ByteSearch.matches(pattern, in: bytes, at: index) {
            return (pattern.count, replacement)
        }
        return nil
    }
}
