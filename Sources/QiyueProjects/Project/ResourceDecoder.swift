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

    private static func describe(_ error: DecodingError, path: String) -> ProjectFileError {
        func pointer(_ codingPath: [any CodingKey]) -> JSONPointer {
            JSONPointer(codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue })
        }
        switch error {
        case let .keyNotFound(key, context):
            return .invalid(path: path, pointer: pointer(context.codingPath),
                            message: LocalizedText(zh: "缺少必填字段 \"\(key.stringValue)\"", en: "missing required field \"\(key.stringValue)\""))
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            let name = type == String.self ? ("字符串", "a string") : (type == Double.self || type == Int.self ? ("数字", "a number") : ("其他类型", "another type"))
            return .invalid(path: path, pointer: pointer(context.codingPath),
                            message: LocalizedText(zh: "应为\(name.0)", en: "expected \(name.1)"))
        case let .dataCorrupted(context):
            return .invalid(path: path, pointer: pointer(context.codingPath),
                            message: LocalizedText(zh: "数据无效", en: "invalid data"))
        @unknown default:
            return .invalid(path: path, pointer: .root, message: LocalizedText(zh: "数据无效", en: "invalid data"))
        }
    }
}
