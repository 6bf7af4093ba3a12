import QiyueCore
import Foundation

extension JSONSchema {
    /// The project schema compiled into the library — a byte-for-byte copy of
    /// `Templates/project.schema.json` (a test keeps the two identical).
    public static var project: JSONSchema { BuiltInProjectData.value(BuiltInProjectData.schema) }
}
