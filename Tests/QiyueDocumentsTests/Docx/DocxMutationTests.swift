import Foundation
import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

/// Randomly damaged documents must be read or refused with a `DocumentReadError`, never
/// crash: each case flips, deletes or duplicates bytes of a real document's XML parts.
/// 50 cases run by default; QIYUE_FUZZ_ITERATIONS=5000 ran clean before this was committed.
final class DocxMutationTests: XCTestCase {
    /// A small deterministic generator, so a failure can be reproduced from its iteration number.
    private struct SplitMix64 {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    func testDamagedXMLIsReadOrRefusedCleanly() throws {
        let original = try ZipReader(data: ReaderFixtures.data("docx/python-docx-agreement.docx"))
        let parts = try original.entries.map { ($0.name, try original.contents(of: $0)) }
        let iterations = FuzzBudget.iterations(default: 50)
        var random = SplitMix64(state: 2025)
        var outcomes = (read: 0, refused: 0)
        for iteration in 0 ..< iterations {
            var archive = TestArchive()
            let target = ["word/document.xml", "word/numbering.xml", "word/styles.xml"][random.next(3)]
            for (name, bytes) in parts {
                var bytes = bytes
                if name == target { mutate(&bytes, with: &random) }
                archive.add(name, bytes: bytes)
            }
            do {
                _ = try DocxReader().read(archive.data)
                outcomes.read += 1
            } catch is DocumentReadError {
                outcomes.refused += 1
            } catch {
                XCTFail("iteration \(iteration): unexpected error \(error)")
            }
        }
        XCTAssertEqual(outcomes.read + outcomes.refused, iterations)
        XCTAssertGreaterThan(outcomes.refused, 0, "mutations should break some documents")
        XCTAssertGreaterThan(outcomes.read, 0, "some mutations only touch text")
    }

    private func mutate(_ bytes: inout [UInt8], with random: inout SplitMix64) {
        for _ in 0 ... random.next(4) {
            let position = random.next(bytes.count)
            switch random.next(4) {
            case 0: bytes[position] = UInt8(random.next(256))
            case 1: bytes.remove(at: position)
            case 2:
                let length = min(random.next(200), bytes.count - position)
                let chunk = bytes[position ..< position + length]
                bytes.insert(contentsOf: chunk, at: random.next(bytes.count))
            default: bytes[position] = Array("<>&\"/=:".utf8)[random.next(7)]
            }
        }
    }
}
