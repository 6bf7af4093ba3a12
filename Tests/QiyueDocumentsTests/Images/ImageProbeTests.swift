import Foundation
import XCTest
@testable import QiyueDocuments

final class ImageProbeTests: XCTestCase {
    func testReadsPNGAndJPEGSizes() throws {
        let png = try Fixtures.data("site-plan.png")
        XCTAssertEqual(ImageProbe.format(of: png), .png)
        XCTAssertEqual(ImageProbe.pixelSize(of: png)?.width, 400)
        XCTAssertEqual(ImageProbe.pixelSize(of: png)?.height, 200)
        let jpeg = try Fixtures.data("cover.jpg")
        XCTAssertEqual(ImageProbe.format(of: jpeg), .jpeg)
        let size = try XCTUnwrap(ImageProbe.pixelSize(of: jpeg))
        XCTAssertGreaterThan(size.width, 0)
        XCTAssertGreaterThan(size.height, size.width)  // a portrait A4 page rendered small
    }

    func testRejectsOtherAndTruncatedData() {
        XCTAssertNil(ImageProbe.format(of: Data("GIF89a".utf8)))
        XCTAssertNil(ImageProbe.pixelSize(of: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])))
        XCTAssertNil(ImageProbe.pixelSize(of: Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00])))
    }

    func testDisplaySizeUsesNinetySixDPIAndFitsTheColumn() throws {
        let png = try Fixtures.data("site-plan.png")
        let natural = Image(data: png, format: .png).displaySize(maximumWidth: 1000)
        XCTAssertEqual(natural.width, 300)
        XCTAssertEqual(natural.height, 150)
        let fitted = Image(data: png, format: .png).displaySize(maximumWidth: 150)
        XCTAssertEqual(fitted.width, 150)
        XCTAssertEqual(fitted.height, 75)
        let given = Image(data: png, format: .png, widthPoints: 100).displaySize(maximumWidth: 1000)
        XCTAssertEqual(given.height, 50)
    }
}
