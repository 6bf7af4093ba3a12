import Foundation
import XCTest
@testable import QiyueDocuments

final class XMLScannerTests: XCTestCase {
    private func events(_ xml: String, prefixes: [String: String] = [:], limits: XMLLimits = .default) throws -> [XMLEvent] {
        var scanner = try XMLScanner(bytes: Array(xml.utf8), canonicalPrefixes: prefixes, limits: limits)
        var result: [XMLEvent] = []
        while let event = try scanner.next() { result.append(event) }
        return result
    }

    func testReportsElementsAttributesAndText() throws {
        let xml = #"<?xml version="1.0"?><!-- c --><a x="1" y='二'><b/>文本<![CDATA[<raw>&amp;]]></a>"#
        XCTAssertEqual(try events(xml), [
            .start(XMLStartTag(name: "a", attributes: [XMLAttribute(name: "x", value: "1"), XMLAttribute(name: "y", value: "二")])),
            .start(XMLStartTag(name: "b")), .end(name: "b"),
            .text("文本"), .text("<raw>&amp;"),
            .end(name: "a"),
        ])
    }

    func testDecodesPredefinedEntitiesAndCharacterReferences() throws {
        XCTAssertEqual(try events("<a v=\"&quot;&#x4E00;\">&lt;&gt;&amp;&apos;&#20108;</a>"), [
            .start(XMLStartTag(name: "a", attributes: [XMLAttribute(name: "v", value: "\"一")])), .text("<>&'二"), .end(name: "a"),
        ])
    }

    func testRefusesDocumentTypeDeclarations() {
        let error = assertReadError("DOCTYPE or ENTITY declaration") {
            try events("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>")
        }
        XCTAssertEqual(error?.line, 2)
        XCTAssertEqual(error?.column, 1)
    }

    func testRefusesUndefinedEntities() {
        assertReadError("undefined entity &nbsp;") { try events("<a>&nbsp;</a>") }
        assertReadError("undefined entity &#0;") { try events("<a>&#0;</a>") }
    }

    func testRefusesExternalEntityAndNeverReadsTheFile() throws {
        let directory = try TestSupportDirectory.make()
        let secret = directory.appendingPathComponent("secret.txt")
        try "TOP-SECRET-4711".write(to: secret, atomically: true, encoding: .utf8)
        let xml = "<!DOCTYPE a [<!ENTITY xxe SYSTEM \"\(secret.absoluteString)\">]><a>&xxe;</a>"
        let error = assertReadError("XXE") { try events(xml) }
        XCTAssertFalse(error.map { $0.text(in: .zh) + $0.text(in: .en) }?.contains("TOP-SECRET") ?? true)
    }

    func testRefusesInvalidUTF8WithPosition() {
        var bytes = Array("<a>\n合同".utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("</a>".utf8)
        do {
            var scanner = try XMLScanner(bytes: bytes)
            while try scanner.next() != nil {}
            XCTFail("expected an error")
        } catch let error as DocumentReadError {
            XCTAssertEqual(error.message.en, "the text is not valid UTF-8")
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 3)
        } catch {
            XCTFail("\(error)")
        }
    }

    func testRefusesDeepNestingQuickly() {
        let xml = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        assertFast(within: 1) {
            assertReadError("nested more than 256 deep") { try events(xml) }
        }
    }

    func testRefusesMalformedDocuments() {
        assertReadError("does not match") { try events("<a><b></a></b>") }
        assertReadError("is not closed") { try events("<a><b></b>") }
        assertReadError("unexpected end tag") { try events("</a>") }
        assertReadError("not quoted") { try events("<a x=1/>") }
        assertReadError("inside a comment") { try events("<a><!-- open") }
    }

    func testRewritesNamespacePrefixesToCanonicalOnes() throws {
        let xml = #"<ns0:document xmlns:ns0="urn:w"><ns0:p ns0:val="1"/></ns0:document>"#
        let result = try events(xml, prefixes: ["urn:w": "w"])
        XCTAssertEqual(result[1], .start(XMLStartTag(name: "w:p", attributes: [XMLAttribute(name: "w:val", value: "1")])))
        let defaulted = try events(#"<document xmlns="urn:w"><p/></document>"#, prefixes: ["urn:w": "w"])
        XCTAssertEqual(defaulted[1], .start(XMLStartTag(name: "w:p")))
    }

    func testRefusesUTF16() {
        assertReadError("UTF-16") { try XMLScanner(bytes: [0xFF, 0xFE, 0x3C, 0x00]) }
    }

    func testTreeKeepsChildrenAndText() throws {
        let root = try XMLTreeElement.parse(Array("<r><a k=\"v\">一</a><a>二</a><b/></r>".utf8))
        XCTAssertEqual(root.children("a").map(\.text), ["一", "二"])
        XCTAssertEqual(root.child("a")?.attribute("k"), "v")
        XCTAssertNotNil(root.child("b"))
    }
}
