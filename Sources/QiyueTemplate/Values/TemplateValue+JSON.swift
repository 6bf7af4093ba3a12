import Foundation
import QiyueCore

extension TemplateValue {
    /// Reads JSON data, keeping object key order; errors name `file:line:column`.
    ///
    /// - Parameters:
    ///   - jsonData: UTF-8 JSON text.
    ///   - fileName: the name errors are reported under (`data.json`, `-` for standard input).
    ///   - language: the language of error messages.
    public init(jsonData: Data, fileName: String = "<data>", language: Language = .zh) throws {
        let bytes = [UInt8](jsonData)
        var reader = JSONReader(bytes: bytes)
        do {
            self = try reader.parseDocument()
        } catch {
            let source = SourceText(name: fileName, text: String(decoding: bytes, as: UTF8.self), normalizingNewlines: false)
            throw source.error(error, language: language)
        }
    }

    /// Reads JSON text; see `init(jsonData:fileName:language:)`.
    public init(json: String, fileName: String = "<data>", language: Language = .zh) throws {
        try self.init(jsonData: Data(json.utf8), fileName: fileName, language: language)
    }
}
