import Foundation
import QiyueTestSupport
import XCTest

/// Directory walks of `qiyue review` end, and take each file once, whatever links the tree holds.
final class ReviewDirectoryWalkTests: ScratchDirectoryTestCase {
    func link(_ name: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent(name).path, withDestinationPath: destination)
    }

    /// `ln -s . d/l1; ln -s . d/l2` used to hang; one such link reviewed the file 41 times.
    func testLinksBackToTheFolderAndToASiblingAreWalkedOnce() throws {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("d/sub"), withIntermediateDirectories: true)
        try write("d/a.txt", "第一条 甲方承诺返还土地出让金的50%。\n")
        try write("d/sub/b.txt", "乙方依法纳税。\n")
        try link("d/l1", to: ".")
        try link("d/l2", to: ".")
        try link("d/sub/up", to: "..")
        try link("d/s2", to: "sub")
        try link("d/same.txt", to: "a.txt")
        let start = Date()
        let result = try run(["review", "d"])
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout.components(separatedBy: "[land.fee-rebate]").count - 1, 1, result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("审查 2 个文件：错误 1，警告 0，提示 0；土地 1，税收 0，担保与隐性债务 0，协议完整性 0\n"), result.stdout)
    }
}
