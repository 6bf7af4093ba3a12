import Foundation

/// Reads the title, subject, author and date from `docProps/core.xml` into `DocumentMetadata`.
enum DocxCoreProperties {
    static func metadata(of package: DocxPackage) throws -> DocumentMetadata {
        var metadata = DocumentMetadata()
        guard let root = try package.tree(of: "docProps/core.xml") else { return metadata }
        func value(_ name: String) -> String? {
            let text = root.child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return text?.isEmpty == false ? text : nil
        }
        metadata.title = value("dc:title")
        metadata.subject = value("dc:subject")
        metadata.author = value("dc:creator")
        metadata.date = value("dcterms:created").map { String($0.prefix(10)) }
        if let language = value("dc:language") { metadata.language = language }
        return metadata
    }
}
