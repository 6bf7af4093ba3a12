import XCTest
@testable import QiyueDocuments

/// The byte-level tokenizer under the scanner: name ids, lazily decoded attributes and text
/// ranges, and the spelling cache that makes names cheap.
final class XMLTokenizerTests: XCTestCase {
    private func tokenizer(_ xml: String, names: XMLNameTable = XMLNameTable(), prefixes: [String: String] = [:]) throws -> XMLTokenizer {
        try XMLTokenizer(storage: OwnedBytes(copying: Array(xml.utf8)), canonicalPrefixes: prefixes, names: names)
    }

    /// Every token as text: `<name>`, `</name>`, `"text"` (entities decoded) or `[cdata]`.
    private func tokens(_ xml: String, prefixes: [String: String] = [:]) throws -> [String] {
        var tokenizer = try tokenizer(xml, prefixes: prefixes)
        var result: [String] = []
        while let token = try tokenizer.next() {
            switch token {
            case let .start(id): result.append("<\(tokenizer.name(id))>")
            case let .end(id): result.append("</\(tokenizer.name(id))>")
            case let .text(range): result.append("\"\(try tokenizer.decodedText(range))\"")
            case let .characterData(range): result.append("[\(try tokenizer.decodedText(range, decodeEntities: false))]")
            }
        }
        return result
    }

    func testPredefinedNamesKeepTheirIds() throws {
        var tokenizer = try tokenizer("<w:p><w:r/></w:p>", names: XMLNameTable(predefined: ["w:r", "w:p"]))
        XCTAssertEqual(try tokenizer.next(), .start(1))
        XCTAssertEqual(try tokenizer.next(), .start(0))
        XCTAssertEqual(try tokenizer.next(), .end(0))
        XCTAssertEqual(try tokenizer.next(), .end(1))
        XCTAssertNil(try tokenizer.next())
    }

    func testAttributesAreDecodedOnlyWhenAskedFor() throws {
        var names = XMLNameTable()
        let value = names.intern("w:val"), missing = names.intern("w:type")
        var tokenizer = try tokenizer(#"<w:b w:val="&quot;一&#x4E8C;&quot;" w:rsid="&bogus;"/>"#, names: names)
        _ = try tokenizer.next()
        XCTAssertEqual(try tokenizer.attribute(value), "\"一二\"")
        XCTAssertNil(try tokenizer.attribute(missing))
        // The malformed value is an error as soon as it is read, with its position.
        let rsid = tokenizer.attributes[1]
        let error = assertReadError("undefined entity &bogus;") { try tokenizer.decodedText(rsid.valueStart ..< rsid.valueEnd) }
        XCTAssertEqual(error?.column, 44)
    }

    func testEndTagSpelledWithAnotherPrefixForTheSameNamespaceMatches() throws {
        let xml = #"<w:document xmlns:w="urn:w" xmlns:ns0="urn:w"><w:p>一</ns0:p></w:document>"#
        XCTAssertEqual(try tokens(xml, prefixes: ["urn:w": "w"]), ["<w:document>", "<w:p>", "\"一\"", "</w:p>", "</w:document>"])
        assertReadError("end tag </w:q> does not match <w:p>") { try tokens("<w:p></w:q>") }
    }

    /// Declarations count from where they appear to the end of the part (Office producers put
    /// them all on the root), so a spelling cached before a redeclaration must not outlive it.
    func testRedeclaredPrefixIsReadWithItsNewMeaning() throws {
        let xml = #"<a xmlns:x="urn:w"><x:p/><b xmlns:x="urn:r"><x:p/></b></a>"#
        XCTAssertEqual(try tokens(xml, prefixes: ["urn:w": "w", "urn:r": "r"]), ["<a>", "<w:p>", "</w:p>", "<b>", "<r:p>", "</r:p>", "</b>", "</a>"])
    }

    /// Only `xmlns` and `xmlns:…` declare; an attribute that merely starts with the letters is
    /// an ordinary one (the string scanner took `xmlnsXns0` for a declaration of `ns0`).
    func testOnlyXmlnsAndXmlnsColonDeclarePrefixes() throws {
        XCTAssertEqual(try tokens(#"<ns0:p xmlnsXns0="urn:w"/>"#, prefixes: ["urn:w": "w"]), ["<ns0:p>", "</ns0:p>"])
        XCTAssertEqual(try tokens(#"<ns0:p xmlns:ns0="urn:w"/>"#, prefixes: ["urn:w": "w"]), ["<w:p>", "</w:p>"])
        XCTAssertEqual(try tokens(#"<p xmlns="urn:w"/>"#, prefixes: ["urn:w": "w"]), ["<w:p>", "</w:p>"])
    }

    func testLongNamesAndManyDistinctNames() throws {
        let long = "w:" + String(repeating: "verylongname", count: 5)
        XCTAssertEqual(try tokens("<\(long)>文</\(long)>"), ["<\(long)>", "\"文\"", "</\(long)>"])
        // More spellings than the cache starts with: it grows and keeps every one apart.
        let names = (0 ..< 500).map { "n\($0)" }
        let xml = "<root>" + names.map { "<\($0)/>" }.joined() + names.map { "<\($0)></\($0)>" }.joined() + "</root>"
        let expected = ["<root>"] + (names + names).flatMap { ["<\($0)>", "</\($0)>"] } + ["</root>"]
        XCTAssertEqual(try tokens(xml), expected)
    }

    func testTextRangesDecodeEntitiesAndCDATAStaysLiteral() throws {
        XCTAssertEqual(try tokens("<a>甲&amp;乙<![CDATA[&lt;丙]]></a>"), ["<a>", "\"甲&乙\"", "[&lt;丙]", "</a>"])
        var bytes: [UInt8] = []
        let tokenizer = try tokenizer("<a>&lt;&#20108;&gt;</a>")
        try tokenizer.appendDecodedText(3 ..< 19, to: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "<二>")
    }

    func testAnEntityNeedsItsSemicolonWithinTwelveBytes() {
        assertReadError("is not followed by an entity name") { try tokens("<a>&#0000000000020108;</a>") }
        assertReadError("is not followed by an entity name") { try tokens("<a>AT&T</a>") }
    }
}
