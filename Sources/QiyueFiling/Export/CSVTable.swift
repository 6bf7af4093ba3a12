/// CSV as Excel and WPS open it with Chinese intact: UTF-8 with a byte order mark, CRLF
/// line ends, RFC 4180 quoting.
///
/// A cell that starts with `=`, `+`, `-` or `@` would run as a formula in a spreadsheet, so
/// text cells beginning so are prefixed with an apostrophe; numbers are written as numbers.
public struct CSVTable: Sendable {
    public enum Cell: Sendable {
        case text(String)
        case number(Double?)
    }

    public var header: [String]
    public var rows: [[Cell]] = []

    public init(header: [String]) {
        self.header = header
    }

    public var rendered: String {
        var output = "\u{FEFF}"
        output += header.map { Self.quote($0) }.joined(separator: ",") + "\r\n"
        for row in rows {
            output += row.map(Self.render).joined(separator: ",") + "\r\n"
        }
        return output
    }

    static func render(_ cell: Cell) -> String {
        switch cell {
        case let .number(value):
            guard let value else { return "" }
            return value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case let .text(text):
            var text = text
            if let first = text.first, "=+-@".contains(first) { text = "'" + text }
            return quote(text)
        }
    }

    static func quote(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
