import Foundation
import QiyueCore
import QiyueDocuments

/// What a Word template declares about itself: the same declaration a Markdown template opens
/// with (`document:`, `requires:`, `requires if …:`, `english:`), held in the custom document
/// property `qiyue.declaration` (Word: File › Properties › Custom; LibreOffice: File ›
/// Properties › Custom Properties).
///
/// A Word template has no place for a leading comment block that would not print, but every
/// Word processor keeps custom properties through open and save, and they never reach the
/// drafted text. The value holds the declaration's lines; since a properties dialog takes one
/// line only, `;` separates lines too: `document: 投资协议 / agreement; requires: /name /land/area_mu`.
/// A template without the property declares nothing, as a Markdown template without a header.
enum WordTemplateDeclaration {
    static let propertyName = "qiyue.declaration"

    /// The declaration's text, or `nil` when the package has no such property.
    static func text(in package: ZipReader) -> String? {
        guard let bytes = try? package.contents(ofEntryNamed: "docProps/custom.xml"),
              let root = try? XMLTreeElement.parse(bytes) else { return nil }
        for property in root.children where localName(property.name) == "property" && property.attribute("name") == propertyName {
            return property.children.first.map(\.text) ?? property.text
        }
        return nil
    }

    /// The header the template declares; a malformed declaration is an error at the template.
    static func header(in package: ZipReader, path: String, language: Language) throws(DraftingFailure) -> DraftTemplateHeader {
        guard let value = text(in: package) else { return DraftTemplateHeader() }
        let lines = value.contains("\n")
            ? value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            : value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let label = "\(path)（\(propertyName)）"
        return try DraftTemplateHeader.parse(([DraftTemplateHeader.opening] + lines + [DraftTemplateHeader.closing]).joined(separator: "\n"), name: label, language: language)
    }

    private static func localName(_ name: String) -> Substring {
        name.split(separator: ":").last ?? Substring(name)
    }
}
