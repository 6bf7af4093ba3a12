import XCTest
@testable import QiyueDocuments

final class DocxNameTests: XCTestCase {
    /// The part reader switches on raw values, so each must be the id its name gets.
    func testEveryNameHasItsRawValueAsId() {
        for name in DocxName.allCases {
            XCTAssertEqual(DocxName.nameTable.id(of: name.qualifiedName), name.rawValue, name.qualifiedName)
        }
        XCTAssertEqual(Set(DocxName.allCases.map(\.qualifiedName)).count, DocxName.allCases.count)
    }
}
