import Foundation
import QiyueCore
@testable import QiyueDocuments

/// The RTF, ODT and Word 97–2003 fixtures made by `Fixtures/formats/generate.sh`.
enum FormatFixtures {
    static let directory = Fixtures.directory.appendingPathComponent("formats")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// The review text's lines with their place labels, `第3段: text`, for comparing readers.
    static func labelledLines(_ text: ExtractedText) -> [String] {
        zip(text.text.split(separator: "\n", omittingEmptySubsequences: false), text.origins).map { line, origin in
            "\(origin.label ?? "?")@\(origin.column): \(line)"
        }
    }

    /// The labelled lines of the body only, without those of headers and footers.
    static func bodyLines(_ text: ExtractedText) -> [String] {
        labelledLines(text).filter { !$0.hasPrefix("页眉") && !$0.hasPrefix("页脚") }
    }
}
