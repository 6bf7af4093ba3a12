import QiyueCore

/// A JSON document with object keys kept in the order written.
///
/// Reports promise a field order (`tool`, `version`, `files`, `summary`), which
/// Foundation's serializer does not keep on Linux; this small writer does.
public indirect enum ReportJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([ReportJSON])
    case object([(String, ReportJSON)])

    public static func == (lhs: ReportJSON, rhs: ReportJSON) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// `"x"` or `null` for an optional string.
    public static func optional(_ text: String?) -> ReportJSON { text.map(ReportJSON.string) ?? .null }

    /// The document with two-space indentation and a final newline.
    public func rendered() -> String {
        var output: [UInt8] = []
        write(to: &output, indent: 0)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    /// The value as it is written `level` levels deep in an indented document: nested lines
    /// indented for that depth, the first line not indented, no final newline.
    public func rendered(indentLevel level: Int) -> String {
        var output: [UInt8] = []
        write(to: &output, indent: level)
        return String(decoding: output, as: UTF8.self)
    }

    /// The document on one line, without indentation and with a final newline (JSON Lines).
    public func renderedLine() -> String {
        var output: [UInt8] = []
        writeCompact(to: &output)
        output.append(0x0A)
        return String(decoding: output, as: UTF8.self)
    }

    // The writers build UTF-8 bytes and make one string at the end: appending to a `String`
    // piece by piece cost more than the review of the text the report is about.

    private func writeCompact(to output: inout [UInt8]) {
        switch self {
        case let .array(items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.writeCompact(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case let .object(members):
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONStringLiteral.append(key, toUTF8: &output)
                output.append(UInt8(ascii: ":"))
                value.writeCompact(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        default:
            write(to: &output, indent: 0)
        }
    }

    /// Indentation, made once rather than for every value written.
    private static let pads: [[UInt8]] = (0..<32).map { Array(String(repeating: "  ", count: $0).utf8) }

    private static func append(pad level: Int, to output: inout [UInt8]) {
        if level < pads.count { output.append(contentsOf: pads[level]) } else { output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level)) }
    }

    private func write(to output: inout [UInt8], indent: Int) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case let .bool(value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case let .int(value): output.append(contentsOf: String(value).utf8)
        case let .double(value):
            output.append(contentsOf: (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8)
        case let .string(value): JSONStringLiteral.append(value, toUTF8: &output)
        case let .array(items):
            if items.isEmpty { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            output.append(0x0A)
            for (index, item) in items.enumerated() {
                Self.append(pad: indent + 1, to: &output)
                item.write(to: &output, indent: indent + 1)
                if index + 1 < items.count { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            Self.append(pad: indent, to: &output)
            output.append(UInt8(ascii: "]"))
        case let .object(members):
            if members.isEmpty { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            output.append(0x0A)
            for (index, (key, value)) in members.enumerated() {
                Self.append(pad: indent + 1, to: &output)
                JSONStringLiteral.append(key, toUTF8: &output)
                output.append(UInt8(ascii: ":"))
                output.append(UInt8(ascii: " "))
                value.write(to: &output, indent: indent + 1)
                if index + 1 < members.count { output.append(UInt8(ascii: ",")) }
                output.append(0x0A)
            }
            Self.append(pad: indent, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }
}
