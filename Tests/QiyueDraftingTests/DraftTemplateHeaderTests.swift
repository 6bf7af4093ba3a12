@testable import QiyueDrafting
import XCTest

/// Templates declare their document name and required data in the comment block they open with.
final class DraftTemplateHeaderTests: XCTestCase {
    func testDeclarationsAreRead() throws {
        let text = """
        {#---
        document: 投资协议 / agreement
        requires: /name /land/area_mu
          /agreement/number
        requires if /agreement/dispute_resolution/method = arbitration: /agreement/dispute_resolution/institution
        english: required
        ---#}
        正文
        """
        let header = try DraftTemplateHeader.parse(text, name: "t.md.jinja", language: .en)
        XCTAssertEqual(header.document.zh, "投资协议")
        XCTAssertEqual(header.document.en, "agreement")
        XCTAssertEqual(header.required, ["/name", "/land/area_mu", "/agreement/number"])
        XCTAssertEqual(header.conditional, [.init(pointer: "/agreement/dispute_resolution/method", value: "arbitration", required: ["/agreement/dispute_resolution/institution"])])
        XCTAssertTrue(header.needsEnglish)
    }

    func testATemplateWithoutADeclarationRequiresNothing() throws {
        XCTAssertEqual(try DraftTemplateHeader.parse("{# 说明 #}\n{{ x }}", name: "t", language: .en), DraftTemplateHeader())
    }

    func testMalformedDeclarationsAreLocatedErrors() {
        func message(_ text: String) -> String? {
            do {
                _ = try DraftTemplateHeader.parse(text, name: "t.md.jinja", language: .en)
                return nil
            } catch {
                let diagnostic = error.messages[0].diagnostic
                return "\(diagnostic.location.map { "\($0.line)" } ?? "-"): \(diagnostic.message)"
            }
        }
        XCTAssertEqual(message("{#---\nrequires: /a\n"), "1: the template declaration lacks its closing line '---#}'")
        XCTAssertEqual(message("{#---\nrequires: /a\nneeds /b\n---#}\n"), "3: a template declaration line must be 'key: value'")
        XCTAssertEqual(message("{#---\nrequired: /a\n---#}\n"), "2: unknown template declaration 'required'")
        XCTAssertEqual(message("{#---\nrequires: name\n---#}\n"), "1: 'name' in the template declaration is not a JSON pointer")
    }
}
