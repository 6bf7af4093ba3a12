import Foundation

/// A DOCX file opened as an Office package: its ZIP archive, the main document part and
/// the parts related to it.
///
/// Part names are found through relationships rather than assumed, because producers
/// differ (LibreOffice and Word both use `word/document.xml`, but other tools do not).
struct DocxPackage {
    let zip: ZipReader
    let mainPart: String
    let relationships: [DocxRelationship]
    let xmlLimits: XMLLimits

    init(data: Data, zipLimits: ZipLimits, xmlLimits: XMLLimits) throws {
        zip = try ZipReader(data: data, limits: zipLimits)
        self.xmlLimits = xmlLimits
        var main = "word/document.xml"
        if let rootRelationships = try zip.contents(ofEntryNamed: "_rels/.rels") {
            let found = try DocxPackage.parseRelationships(rootRelationships, part: "_rels/.rels", source: "")
            if let office = found.first(where: { $0.kind == "officeDocument" && !$0.isExternal }) { main = office.target }
        }
        guard zip.entry(named: main) != nil else {
            throw DocumentReadError(zh: "不是 Word 文档：缺少正文部件 \(main)", en: "not a Word document: the main part \(main) is missing")
        }
        mainPart = main
        let relationshipsPart = DocxRelationship.relationshipsPart(of: main)
        if let bytes = try zip.contents(ofEntryNamed: relationshipsPart) {
            relationships = try DocxPackage.parseRelationships(bytes, part: relationshipsPart, source: main)
        } else {
            relationships = []
        }
    }

    private static func parseRelationships(_ bytes: [UInt8], part: String, source: String) throws -> [DocxRelationship] {
        do {
            return try DocxRelationship.parse(bytes, sourcePart: source)
        } catch let error as DocumentReadError {
            throw error.inPart(part)
        }
    }

    /// The bytes of a part in memory the XML tokenizer reads directly, or `nil` if there is no such part.
    func ownedPart(_ name: String) throws -> OwnedBytes? {
        try zip.ownedContents(ofEntryNamed: name)
    }

    /// The internal parts the main document relates to with this kind, in part-name order.
    func relatedParts(ofKind kind: String) -> [String] {
        relationships.filter { $0.kind == kind && !$0.isExternal }.map(\.target)
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
    }

    /// Relationship id → URL of the main document's external hyperlinks.
    var hyperlinkTargets: [String: String] {
        Dictionary(relationships.filter { $0.kind == "hyperlink" }.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })
    }

    /// Parses a small part as a tree, naming the part in any error.
    func tree(of name: String) throws -> XMLTreeElement? {
        guard let bytes = try ownedPart(name) else { return nil }
        do {
            return try XMLTreeElement.parse(bytes, canonicalPrefixes: DocxNamespaces.canonicalPrefixes, limits: xmlLimits)
        } catch let error as DocumentReadError {
            throw error.inPart(name)
        }
    }
}
