import QiyueCore

/// Writes the bytes of a JSON document value by value, exactly as `ReportJSON` renders the
/// same document, without building the `ReportJSON` tree first.
///
/// A review report holds thousands of findings of twenty members each; built as a tree, the
/// report spent about as much on allocating and freeing its nodes as on writing them. The
/// reporter now writes each value as it goes. `compact` gives `ReportJSON.renderedLine()`'s
/// shape (one line, no spaces), otherwise `rendered(indentLevel:)`'s: members and items on
/// lines of their own, two spaces per level, the first line not indented.
struct ReportJSONWriter {
    /// The UTF-8 written so far.
    private(set) var bytes: [UInt8] = []
    /// Whether the document goes on one line (JSON Lines) instead of indented lines.
    let compact: Bool
    /// The nesting depth of the value being written.
    private var level: Int
    /// For each object or array open, how many members or items it has so far: its bracket is
    /// written with the first of them, so an empty one can still be written `{}` or `[]`.
    private var counts: [Int] = []

    init(compact: Bool, indentLevel: Int = 0) {
        self.compact = compact
        level = indentLevel
        bytes.reserveCapacity(4096)
    }

    /// Makes room for `count` bytes at once, so a file's part of many findings is not copied
    /// again at every doubling of the buffer.
    mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    mutating func string(_ value: String) { appendShort(value) }

    /// A member name or a short value (a rule id, a severity, a side) is mostly ASCII that
    /// needs no escaping: such a string is copied as it is, since the general string writer's
    /// set-up cost more than the string. Anything else goes through `JSONStringLiteral`.
    private mutating func appendShort(_ text: String) {
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard utf8.count <= 32 else { return false }
            for byte in utf8 where byte < 0x20 || byte >= 0x80 || byte == 0x22 || byte == 0x5C { return false }
            bytes.append(0x22)
            bytes.append(contentsOf: utf8)
            bytes.append(0x22)
            return true
        }
        if copied != true { JSONStringLiteral.append(text, toUTF8: &bytes) }
    }

    /// `"x"` or `null`, as `ReportJSON.optional`.
    mutating func optional(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func int(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    /// A whole number without a fraction, anything else as Swift prints a `Double`.
    mutating func double(_ value: Double) {
        bytes.append(contentsOf: (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8)
    }

    /// An object whose members `body` writes with `member(_:_:)`.
    mutating func object(_ body: (inout ReportJSONWriter) -> Void) {
        open()
        body(&self)
        close(opening: UInt8(ascii: "{"), closing: UInt8(ascii: "}"))
    }

    /// One member of the object being written; `value` writes its value.
    mutating func member(_ key: String, _ value: (inout ReportJSONWriter) -> Void) {
        startElement(opening: UInt8(ascii: "{"))
        appendShort(key)
        bytes.append(UInt8(ascii: ":"))
        if !compact { bytes.append(UInt8(ascii: " ")) }
        level += 1
        value(&self)
        level -= 1
    }

    /// An array of `items`, each written by `item`.
    mutating func array<Items: Sequence>(_ items: Items, _ item: (inout ReportJSONWriter, Items.Element) -> Void) {
        open()
        for element in items {
            startElement(opening: UInt8(ascii: "["))
            level += 1
            item(&self, element)
            level -= 1
        }
        close(opening: UInt8(ascii: "["), closing: UInt8(ascii: "]"))
    }

    /// An array of strings.
    mutating func strings(_ items: [String]) { array(items) { $0.string($1) } }

    private mutating func open() { counts.append(0) }

    /// Before a member or item: the bracket for the first, a comma after any other, then the
    /// new line and indentation of the indented shape.
    private mutating func startElement(opening: UInt8) {
        let index = counts.count - 1
        if counts[index] == 0 {
            bytes.append(opening)
        } else {
            bytes.append(UInt8(ascii: ","))
        }
        counts[index] += 1
        guard !compact else { return }
        bytes.append(0x0A)
        appendPad(level + 1)
    }

    private mutating func close(opening: UInt8, closing: UInt8) {
        let count = counts.removeLast()
        if count == 0 {
            bytes.append(opening)
        } else if !compact {
            bytes.append(0x0A)
            appendPad(level)
        }
        bytes.append(closing)
    }

    /// Indentation for the deepest level a report reaches, made once: each pad is a prefix of
    /// it, appended without taking a reference to an array per member written.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func appendPad(_ depth: Int) {
        let count = 2 * depth
        if count <= Self.spaces.count {
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
        } else {
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
        }
    }
}
