import Foundation
import QiyueCore

/// Why a project file (or a glossary or thresholds file) could not be used at all.
///
/// These are input errors, exit status 2: the file is missing, too large, not JSON, or
/// (for the toolkit's own data files) not of the expected shape. A syntax error knows
/// its line and column, so the CLI prints it like a compiler, source line and caret included.
public enum ProjectFileError: Error, Sendable {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, bytes: Int)
    case syntax(path: String, error: JSONSyntaxError, line: Int, column: Int, source: String)
    case invalid(path: String, pointer: JSONPointer, message: LocalizedText)

    /// Files larger than this are refused: a project file is a few kilobytes.
    public static let maximumSize = 16 * 1024 * 1024

    /// Reads a file whole, refusing directories and oversized files with clear messages.
    static func read(_ path: String) throws(ProjectFileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(path: path, reason: "is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumSize {
            throw .tooLarge(path: path, bytes: size)
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard data.count <= maximumSize else { throw ProjectFileError.tooLarge(path: path, bytes: data.count) }
            return data
        } catch let error as ProjectFileError {
            throw error
        } catch {
            throw .unreadable(path: path, reason: "cannot be read")
        }
    }

    /// Parses bytes as JSON, turning a syntax error into a located `ProjectFileError`.
    static func parse(_ bytes: [UInt8], path: String) throws(ProjectFileError) -> JSONNode {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            let position = JSONSourceMap(bytes: bytes).position(ofByte: error.offset)
            throw .syntax(path: path, error: error, line: position.line, column: position.column,
                          source: String(decoding: bytes, as: UTF8.self))
        }
    }

    public var path: String {
        switch self {
        case let .unreadable(path, _), let .tooLarge(path, _), let .syntax(path, _, _, _, _), let .invalid(path, _, _):
            return path
        }
    }

    /// The error as a diagnostic in the user's language, located when the place is known.
    public func diagnostic(in language: Language) -> Diagnostic {
        let zh = language == .zh
        switch self {
        case let .unreadable(path, reason):
            let reasonText: String
            switch reason {
            case "no such file": reasonText = zh ? "文件不存在" : "no such file"
            case "is a directory": reasonText = zh ? "是一个目录，不是文件" : "is a directory, not a file"
            default: reasonText = zh ? "无法读取" : "cannot be read"
            }
            return .error("\(path): \(reasonText)")
        case let .tooLarge(path, bytes):
            let limit = Self.maximumSize / 1024 / 1024
            return .error(zh ? "\(path): 文件过大（\(bytes) 字节），上限 \(limit) MiB" : "\(path): file too large (\(bytes) bytes); the limit is \(limit) MiB")
        case let .syntax(path, error, line, column, _):
            let prefix = zh ? "JSON 语法错误：" : "invalid JSON: "
            return .error(prefix + error.message.text(in: language), at: SourceLocation(file: path, line: line, column: column))
        case let .invalid(path, pointer, message):
            return .error("\(path): \(pointer): " + message.text(in: language))
        }
    }

    /// The file's text for printing the source line under a syntax error.
    public var lineIndex: LineIndex? {
        if case let .syntax(_, _, _, _, source) = self { return LineIndex(source) }
        return nil
    }
}
