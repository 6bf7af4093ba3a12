import Foundation
import QiyueCore

extension RulePack {
    /// The pack compiled into the library (`Resources/default-rules.json`), which must
    /// declare every category and term set it uses itself.
    public static func builtIn() throws -> RulePack {
        try RulePackReader(data: try EmbeddedResourceFolder.resources.data("default-rules.json"), path: "default-rules.json").read(over: nil)
    }

    /// The categories of the built-in pack in report order (empty if it cannot be read,
    /// which the test suite rules out).
    public static let builtInCategories: [RuleCategory] = (try? builtIn().orderedCategories) ?? []

    /// Reads and validates a user pack read on top of `base` (the built-in pack when
    /// `nil`): its rules may use the categories and term sets `base` declares. A pack with
    /// any problem is rejected as a whole.
    public static func load(path: String, over base: RulePack? = nil) throws -> RulePack {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RulePackError(path: path, message: LocalizedText(zh: "无法读取规则包", en: "cannot read the rule pack"))
        }
        return try decode(data, path: path, over: base)
    }

    /// Decodes and validates a user pack given as bytes, on top of `base` (the built-in
    /// pack when `nil`).
    public static func decode(_ data: Data, path: String, over base: RulePack? = nil) throws -> RulePack {
        try RulePackReader(data: data, path: path).read(over: try base ?? builtIn())
    }

    /// Decodes and validates a pack that stands alone: every category and term set its
    /// rules use must be declared in it.
    public static func decodeStandalone(_ data: Data, path: String) throws -> RulePack {
        try RulePackReader(data: data, path: path).read(over: nil)
    }
}
