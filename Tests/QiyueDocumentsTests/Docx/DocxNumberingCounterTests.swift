import XCTest
@testable import QiyueDocuments

final class DocxNumberingCounterTests: XCTestCase {
    private let numberingXML = """
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
    </w:numbering>
    """

    private func counter() throws -> DocxNumberingCounter {
        let root = try XMLTreeElement.parse(Array(numberingXML.utf8), canonicalPrefixes: DocxNamespaces.canonicalPrefixes)
        return DocxNumberingCounter(numbering: DocxNumbering(root), styles: DocxStyles())
    }

    func testCountsLevelsAndRestartsDeeperOnes() throws {
        var counter = try counter()
        let labels = [(0, "第一条"), (1, "（一）"), (1, "（二）"), (2, "1.2.3"), (2, "1.2.4"), (0, "第二条"), (1, "（一）"), (2, "2.1.3")]
            .map { level, _ in counter.next(numId: "1", level: level)?.text }
        XCTAssertEqual(labels, ["第一条", "（一）", "（二）", "1.2.3", "1.2.4", "第二条", "（一）", "2.1.3"])
    }

    func testInstancesOfOneDefinitionContinueTheSameList() throws {
        var counter = try counter()
        XCTAssertEqual(counter.next(numId: "1", level: 0)?.text, "第一条")
        XCTAssertEqual(counter.next(numId: "2", level: 0)?.text, "第二条")
    }

    func testStartOverrideRestartsAnInstance() throws {
        var counter = try counter()
        XCTAssertEqual(counter.next(numId: "1", level: 0)?.text, "第一条")
        XCTAssertEqual(counter.next(numId: "3", level: 0)?.text, "第十条")
        XCTAssertEqual(counter.next(numId: "3", level: 0)?.text, "第十一条")
        XCTAssertEqual(counter.next(numId: "1", level: 0)?.text, "第二条")
    }

    func testUnknownOrDisabledNumberingHasNoLabel() throws {
        var counter = try counter()
        XCTAssertNil(counter.next(numId: "0", level: 0))
        XCTAssertNil(counter.next(numId: "99", level: 0))
    }
}
