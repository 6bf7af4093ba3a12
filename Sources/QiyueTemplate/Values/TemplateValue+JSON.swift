import Foundation
import QiyueCore

extension TemplateValue {
    /// Reads JSON data with QiyueCore's position-keeping parser, the one project files, rule
    /// packs and schemas are read with, so a data file is accepted or refused, and its mistakes
    /// explained, the same way by every command.
    ///
    /// Object keys keep their order; errors name `file:line:column`.
    ///
    /// - Parameters:
    ///   - jsonData: UTF-8 JSON text.
    ///   - fileName: the name errors are reported under (`data.json`, `-` for standard input).
    ///   - language: the language of error messages.
    ///   - unit: whether the data is a whole file or one line of a JSON Lines file.
    public init(jsonData: Data, fileName: String = "<data>", unit: JSONParser.Unit = .file, language: Language = .zh) throws {
        let bytes = [UInt8](jsonData)
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, as: unit)
        } catch {
            let source = SourceText(name: fileName, text: String(decoding: bytes, as: UTF8.self), normalizingNewlines: false)
            throw source.error(RenderFailure(error.message, offset: error.offset), language: language)
        }
        self.init(jsonNode: root)
    }

    /// Reads JSON text; see `init(jsonData:fileName:language:)`.
    public init(json: String, fileName: String = "<data>", language: Language = .zh) throws {
        try self.init(jsonData: Data(json.utf8), fileName: fileName, language: language)
    }
}
