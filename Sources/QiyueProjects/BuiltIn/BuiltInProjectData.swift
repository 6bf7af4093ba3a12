import Foundation
import QiyueCore

/// The project schema, industry catalogue, glossary and admission thresholds compiled into
/// the library, each decoded once on first use.
///
/// The public `builtIn` values are plain properties because every validator takes them as
/// defaults; `verify()` lets a program find out at its start, with a clear message, that a
/// build lacks one of them, instead of trapping in the middle of a check.
public enum BuiltInProjectData {
    static let schema = EmbeddedResourceFolder.resources.decoded("project.schema.json") { data in
        JSONSchema(root: try JSONParser.parse(Array(data)))
    }
    static let catalog = EmbeddedResourceFolder.resources.decoded("industry-catalog.json") { data in
        try JSONDecoder().decode(IndustryCatalog.self, from: data)
    }
    static let glossary = EmbeddedResourceFolder.resources.decoded("glossary.json") { data in
        try Glossary.decode(data, path: "glossary.json")
    }
    static let thresholds = EmbeddedResourceFolder.resources.decoded("admission-thresholds.json") { data in
        try ResourceDecoder.decode(AdmissionThresholds.self, from: data, path: "admission-thresholds.json")
    }

    /// Throws the first built-in file that is missing or does not decode.
    public static func verify() throws(EmbeddedResourceError) {
        _ = try schema.get()
        _ = try catalog.get()
        _ = try glossary.get()
        _ = try thresholds.get()
    }

    /// The value of a built-in file the caller relies on; reaching the trap means a program
    /// used the data without calling `verify()` first on a broken build.
    static func value<Value>(_ result: Result<Value, EmbeddedResourceError>) -> Value {
        switch result {
        case let .success(value): return value
        case let .failure(error): fatalError(error.message.en)
        }
    }
}
