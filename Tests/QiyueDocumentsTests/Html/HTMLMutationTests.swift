import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// Damaged HTML is read (the reader is tolerant) or refused for invalid UTF-8, never a crash;
/// every line it reads still points inside the file.
final class HTMLMutationTests: XCTestCase {
    func testDamagedHTMLIsReadWithOriginsInsideTheFile() throws {
        let original = [UInt8](try ReaderFixtures.data("html/agreement.html"))
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let iterations = FuzzBudget.iterations(default: 200)
        for iteration in 0 ..< iterations {
            var bytes = original
            for _ in 0 ... next(6) {
                let position = next(bytes.count)
                switch next(3) {
                case 0: bytes[position] = Array("<>&;/=\"'![]-".utf8)[next(12)]
                case 1: bytes.remove(at: position)
                default: bytes.insert(contentsOf: bytes[position ..< min(bytes.count, position + next(80))], at: next(bytes.count))
                }
            }
            do {
                let read = try HTMLReader().read(Data(bytes))
                let lineCount = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
                XCTAssertTrue(read.text.origins.allSatisfy { $0.line >= 1 && $0.line <= lineCount && $0.column >= 1 }, "iteration \(iteration)")
            } catch let error as DocumentReadError {
                XCTAssertEqual(error.message.en, "the HTML file is not valid UTF-8 and declares no GBK/GB2312/GB18030 charset; save it as UTF-8 first", "iteration \(iteration)")
            }
        }
    }
}
