import Foundation
import QiyueDocuments

/// The test fixtures: the Markdown corpus and the Python oracle scripts.
enum Fixtures {
    static let directory: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let corpus = directory.appendingPathComponent("corpus")

    /// The names of the corpus documents, without extension, in a stable order.
    static let corpusNames = ["agreement", "brochure", "hostile", "official", "tables"]

    static func markdown(_ name: String) throws -> String {
        try String(contentsOf: corpus.appendingPathComponent(name + ".md"), encoding: .utf8)
    }

    /// A corpus document read with images resolved against the corpus directory.
    static func document(_ name: String) throws -> Document {
        MarkdownReader(baseDirectory: corpus, fileName: name + ".md").read(try markdown(name)).document
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: corpus.appendingPathComponent(name))
    }
}
