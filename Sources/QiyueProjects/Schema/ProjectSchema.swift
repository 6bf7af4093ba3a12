import QiyueCore
import Foundation

extension JSONSchema {
    /// The project schema shipped in the library's resources — a byte-for-byte copy of
    /// `Templates/project.schema.json` (a test keeps the two identical).
    public static let project: JSONSchema = {
        guard let url = Bundle.module.url(forResource: "project.schema", withExtension: "json", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url),
              let root = try? JSONParser.parse(Array(data))
        else { fatalError("the built-in project schema resource is missing or damaged; the package is broken") }
        return JSONSchema(root: root)
    }()
}
