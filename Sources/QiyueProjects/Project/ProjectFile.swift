import Foundation
import QiyueCore

/// A project file as read from disk: its bytes, its parsed JSON with source positions,
/// and the means to turn a JSON pointer or byte offset back into `file:line:col`.
///
/// This is the one entry point to project data for every command: `qiyue check`
/// validates it, `qiyue agreement` and `qiyue dossier` render from it. Keeping the raw
/// JSON (rather than decoding into structs and forgetting the source) is what lets any
/// later stage point at the exact place in the officer's file.
public struct ProjectFile: Sendable {
    /// The path as the user gave it, used in messages.
    public let path: String
    public let bytes: [UInt8]
    public let root: JSONNode
    public let sourceMap: JSONSourceMap

    public init(path: String, bytes: [UInt8]) throws(ProjectFileError) {
        self.path = path
        self.bytes = bytes
        self.root = try ProjectFileError.parse(bytes, path: path)
        self.sourceMap = JSONSourceMap(bytes: bytes)
    }

    /// Reads and parses a project file; throws for a missing, oversized or non-JSON file.
    public static func load(_ path: String) throws(ProjectFileError) -> ProjectFile {
        try ProjectFile(path: path, bytes: Array(try ProjectFileError.read(path)))
    }

    /// The file's text, for printing source lines under messages.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A line index of the whole text, for `DiagnosticPrinter.render(_:in:)`. For one line,
    /// `sourceLine(_:)` is cheaper: it decodes only that line.
    public var lineIndex: LineIndex { LineIndex(text) }

    /// The text of a 1-based line, without its line break; `nil` past `maximumBytes`.
    public func sourceLine(_ line: Int, maximumBytes: Int = Int.max) -> String? {
        sourceMap.lineText(line, maximumBytes: maximumBytes)
    }

    /// The line and column of a byte offset in this file.
    public func location(ofByte offset: Int) -> SourceLocation {
        let position = sourceMap.position(ofByte: offset)
        return SourceLocation(file: path, line: position.line, column: position.column)
    }

    /// Where the value at `pointer` starts, or `nil` when the file has no such value.
    public func location(of pointer: JSONPointer) -> SourceLocation? {
        root.node(at: pointer).map { location(ofByte: $0.offset) }
    }

    /// A finding as a compiler-style diagnostic: located, with the pointer in the message.
    public func diagnostic(for finding: ProjectFinding, in language: Language) -> Diagnostic {
        var location: SourceLocation?
        var length = 1
        if let offset = finding.byteOffset {
            location = self.location(ofByte: offset)
            length = sourceMap.characterLength(ofByte: offset, length: finding.byteLength)
            // Underlining a whole paragraph hides the line; mark only where a long value starts.
            if length > Self.longestUnderline { length = 1 }
        }
        return Diagnostic(severity: finding.severity, location: location, length: length,
                          message: finding.text(in: language), notes: finding.notes.map { $0.text(in: language) },
                          code: finding.code)
    }

    /// Values longer than this many characters get a one-character caret.
    static let longestUnderline = 40

    // MARK: - Reading values

    /// The text at `pointer`: a plain string is Chinese only; `{"zh", "en"}` gives both.
    /// Returns `nil` when there is no text there.
    public func text(at pointer: String) -> LocalizedText? {
        guard let node = root.node(at: pointer) else { return nil }
        return Self.text(of: node)
    }

    /// The text of a text-valued node (see `text(at:)`).
    public static func text(of node: JSONNode) -> LocalizedText? {
        switch node.value {
        case let .string(zh): return LocalizedText(zh: zh, en: "")
        case .object:
            let zh = node["zh"]?.value.stringValue ?? ""
            let en = node["en"]?.value.stringValue ?? ""
            return zh.isEmpty && en.isEmpty ? nil : LocalizedText(zh: zh, en: en)
        default: return nil
        }
    }

    /// The number at `pointer`, or `nil`.
    public func number(at pointer: String) -> Double? {
        root.number(at: pointer)
    }

    /// The industry code the project declares, if any.
    public var industryCode: String? {
        root.string(at: "/industry/code")
    }

    /// Whether the project is a three-party one (`agreement.platform` is an object).
    public var hasPlatformParty: Bool {
        root.node(at: "/agreement/platform")?.value.members != nil
    }
}
