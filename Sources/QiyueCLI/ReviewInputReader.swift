import Foundation
import QiyueCore

/// Turns an input file of any supported format into the text the review engine analyses.
///
/// The review command never looks at file formats itself: it hands the bytes here, and
/// the document readers (DOCX, HTML, Markdown) or the plain-text decoder answer with an
/// `ExtractedText` whose origins lead back to the original file.
enum ReviewInputReader {
    /// The file extensions `qiyue review` picks up when walking a directory.
    static let reviewableExtensions: Set<String> = ["txt", "md", "markdown"]

    static func extract(path: String, data: Data) throws -> ExtractedText {
        ExtractedText(text: try PlainTextDecoder.decode(data, path: path))
    }
}
