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
        var output = ""
        write(to: &output, indent: 0)
        return output + "\n"
    }

    /// The value as it is written `level` levels deep in an indented document: nested lines
    /// indented for that depth, the first line not indented, no final newline.
    public func rendered(indentLevel level: Int) -> String {
        var output = ""
        write(to: &output, indent: level)
        return output
    }

    /// The document on one line, without indentation and with a final newline (JSON Lines).
    public func renderedLine() -> String {
        var output = ""
        writeCompact(to: &output)
        return output + "\n"
    }

    private func writeCompact(to output: inout String) {
        switch self {
        case let .array(items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.writeCompact(to: &output)
            }
            output += "]"
        case let .object(members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                JSONStringLiteral.append(key, to: &output)
                output += ":"
                value.writeCompact(to: &output)
            }
            output += "}"
        default:
            write(to: &output, indent: 0)
        }
    }

    /// Indentation strings, made once rather than for every value written.
    private static let pads: [String] = (0..<32).map { String(repeating: "  ", count: $0) }

    private static func pad(_ level: Int) -> String { level < pads.count ? pads[level] : String(repeating: "  ", count: level) }

    private func write(to output: inout String, indent: Int) {
        let pad = Self.pad(indent + 1), closePad = Self.pad(indent)
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .int(value): output += String(value)
        case let .double(value):
            output += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case let .string(value): JSONStringLiteral.append(value, to: &output)
        case let .array(items):
            if items.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += pad
                item.write(to: &output, indent: indent + 1)
                output += index + 1 < items.count ? ",\n" : "\n"
            }
            output += closePad + "]"
        case let .object(members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += pad
                JSONStringLiteral.append(key, to: &output)
                output += ": "
                value.write(to: &output, indent: indent + 1)
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            output += closePad + "}"
        }
    }
}
