import Foundation
import QiyueCore

/// The glossary of official Chinese terms and their standard English renderings
/// (`Templates/glossary.json`).
///
/// Foreign investors compare documents from many Chinese parks; one zone called a "free
/// trade area" in one brochure and a "Pilot Free Trade Zone" in another reads as two
/// different things. The glossary fixes one rendering per term and `GlossaryCheck`
/// enforces it on project files and rendered brochures alike.
public struct Glossary: Sendable {
    public var entries: [GlossaryEntry]

    public init(entries: [GlossaryEntry]) {
        self.entries = entries
    }

    private struct File: Decodable {
        var entries: [GlossaryEntry]
    }

    /// The glossary shipped with the library (a copy of `Templates/glossary.json`).
    public static var builtIn: Glossary { BuiltInProjectData.value(BuiltInProjectData.glossary) }

    /// Loads a glossary file: `{"entries": [{"zh", "en", "note"?, "variants"?}, …]}`.
    ///
    /// Syntax errors come back located (`glossary.json:12:5`), structural ones with the
    /// JSON pointer of the entry at fault.
    public static func load(_ path: String) throws(ProjectFileError) -> Glossary {
        try decode(try ProjectFileError.read(path), path: path)
    }

    static func decode(_ data: Data, path: String) throws(ProjectFileError) -> Glossary {
        let file = try ResourceDecoder.decode(File.self, from: data, path: path)
        for (index, entry) in file.entries.enumerated() where entry.zh.isEmpty || entry.en.isEmpty {
            throw ProjectFileError.invalid(path: path, pointer: JSONPointer(["entries", String(index)]),
                                           message: LocalizedText(zh: "条目的 zh 和 en 都不能为空", en: "an entry needs a non-empty zh and en"))
        }
        return Glossary(entries: file.entries)
    }

    /// The entry for an exact Chinese term.
    public func entry(for zh: String) -> GlossaryEntry? {
        entries.first { $0.zh == zh }
    }
}
