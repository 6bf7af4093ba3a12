import Foundation
import QiyueCore

/// Decodes the toolkit's own JSON data files (glossary, thresholds) into `Decodable` types
/// with errors people can act on.
///
/// The positional parser runs first so a typo is reported at its line and column; only
/// then does `JSONDecoder` map the structure, and its coding path becomes a JSON pointer.
enum ResourceDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws(ProjectFileError) -> T {
        _ = try ProjectFileError.parse(Array(data), path: path)
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw describe(error, path: path)
        } catch {
            throw .unreadable(path: path, reason: "cannot be read")
        }
    }

    /// What a decoded type looks like in JSON, in the words of the schema messages.
    private static func expectedName(_ type: Any.Type) -> LocalizedText {
        switch type {
        case is String.Type: return LocalizedText(zh: "字符串", en: "a string")
        case is Double.Type, is Int.Type: return LocalizedText(zh: "数字", en: "a number")
        case is Bool.Type: return LocalizedText(zh: " true 或 false", en: "true or false")
        default:
            return String(describing: type).hasPrefix("Array")
                ? LocalizedText(zh: "数组", en: "an array") : LocalizedText(zh: "对象", en: "an object")
        }
    }

    private static func describe(_ error: DecodingError, path: String) -> ProjectFileError {
        func pointer(_ codingPath: [any CodingKey]) -> JSONPointer {
            JSONPointer(codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue })
        }
        switch error {
        case let .keyNotFound(key, context):
            return .invalid(path: path, pointer: pointer(context.codingPath),
                            message: LocalizedText(zh: "缺少必填字段 \"\(key.stringValue)\"", en: "missing required field \"\(key.stringValue)\""))
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            let name = expectedName(type)
            return .invalid(path: path, pointer: pointer(context.codingPath),
                            message: LocalizedText(zh: "应为\(name.zh)", en: "expected \(name.en)"))
        case let .dataCorrupted(context):
            return .invalid(path: path, pointer: pointer(context.codingPath),
                            message: LocalizedText(zh: "数据无效", en: "invalid data"))
        @unknown default:
            return .invalid(path: path, pointer: .root, message: LocalizedText(zh: "数据无效", en: "invalid data"))
        }
    }
}
