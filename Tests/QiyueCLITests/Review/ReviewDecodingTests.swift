import Foundation
import QiyueTestSupport
import XCTest

/// Encodings and invisible characters never turn a draft with a banned clause into a
/// "clean" verdict: the file is refused (exit 2) or the clause is found (exit 1).
final class ReviewDecodingTests: ScratchDirectoryTestCase {
    func review(_ bytes: Data) throws -> QiyueProcess.Result {
        try bytes.write(to: directory.appendingPathComponent("d.txt"))
        return try run(["review", "d.txt"])
    }

    func utf16LE(_ text: String) -> Data {
        Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    }

    func testUTF32IsRefusedNotReadAsUTF16() throws {
        let text = "第一条 甲方承诺返还土地出让金的50%。\n"
        let result = try review(Data([0xFF, 0xFE, 0x00, 0x00]) + text.data(using: .utf32LittleEndian)!)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("d.txt:1:1: 错误: 不支持 UTF-32 编码；请另存为 UTF-8 后再审查\n"), result.stderr)
    }

    func testNulInsideUTF16TextIsRefused() throws {
        let result = try review(utf16LE("第一条 甲方承诺返\u{0}还土地出让金的50%。\n"))
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("d.txt:1:10: 错误: 不是文本文件（第 20 字节为空字节）\n"), result.stderr)
    }

    func testInvisibleCharactersInsideAClauseDoNotHideIt() throws {
        for invisible in ["\u{AD}", "\u{200B}", "\u{2063}", "\u{202E}", "\u{FE0F}", "\u{180E}", "\u{E0041}"] {
            let result = try review(Data("第一条 甲方承诺返\(invisible)还土地出\(invisible)让金的50%。\n".utf8))
            XCTAssertEqual(result.status, 1, "U+\(String(invisible.unicodeScalars.first!.value, radix: 16))")
            XCTAssertTrue(result.stdout.hasPrefix("d.txt:1:9: 错误: [land.fee-rebate]"), result.stdout)
        }
    }
}
