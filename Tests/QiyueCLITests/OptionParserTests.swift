import XCTest
@testable import QiyueCLI
import QiyueCore

final class OptionParserTests: XCTestCase {
    let parser = OptionParser([
        OptionSpec("format", value: "FORMAT", help: LocalizedText(zh: "", en: "")),
        OptionSpec("output", short: "o", value: "FILE", help: LocalizedText(zh: "", en: "")),
        OptionSpec("set", value: "K=V", help: LocalizedText(zh: "", en: "")),
        OptionSpec("force", short: "f", help: LocalizedText(zh: "", en: "")),
        OptionSpec("quiet", short: "q", help: LocalizedText(zh: "", en: "")),
    ])

    func testLongOptionWithSeparateAndInlineValue() throws {
        XCTAssertEqual(try parser.parse(["--format", "json", "a.md"]), ParsedArguments(options: ["format": ["json"]], positionals: ["a.md"]))
        XCTAssertEqual(try parser.parse(["--format=sarif"]).value("format"), "sarif")
        XCTAssertEqual(try parser.parse(["--format="]).value("format"), "")
    }

    func testShortOptionForms() throws {
        XCTAssertEqual(try parser.parse(["-o", "out.docx"]).value("output"), "out.docx")
        XCTAssertEqual(try parser.parse(["-oout.docx"]).value("output"), "out.docx")
        let grouped = try parser.parse(["-fq", "x"])
        XCTAssertTrue(grouped.flag("force"))
        XCTAssertTrue(grouped.flag("quiet"))
        XCTAssertEqual(grouped.positionals, ["x"])
        XCTAssertEqual(try parser.parse(["-fo", "o.md"]).value("output"), "o.md")
    }

    func testRepeatedOptionsKeepEveryValueAndLastWins() throws {
        let parsed = try parser.parse(["--set", "a=1", "--set=b=2", "--format", "text", "--format", "json"])
        XCTAssertEqual(parsed.values("set"), ["a=1", "b=2"])
        XCTAssertEqual(parsed.value("format"), "json")
    }

    func testDoubleDashEndsOptionsAndDashIsPositional() throws {
        let parsed = try parser.parse(["-", "--", "--format", "-o"])
        XCTAssertEqual(parsed.positionals, ["-", "--format", "-o"])
        XCTAssertTrue(parsed.options.isEmpty)
    }

    func testMissingValue() {
        XCTAssertThrowsError(try parser.parse(["--format"])) { error in
            XCTAssertEqual(error as? UsageError, .missingValue(option: "--format"))
        }
        XCTAssertThrowsError(try parser.parse(["-o"])) { error in
            XCTAssertEqual(error as? UsageError, .missingValue(option: "-o"))
        }
    }

    func testUnknownOptionSuggestsClosest() {
        XCTAssertThrowsError(try parser.parse(["--fromat", "json"])) { error in
            XCTAssertEqual(error as? UsageError, .unknownOption("--fromat", suggestion: "--format"))
            XCTAssertEqual((error as? UsageError)?.message(in: .en), "unknown option '--fromat'; did you mean '--format'?")
            XCTAssertEqual((error as? UsageError)?.message(in: .zh), "未知选项“--fromat”；您是否想输入“--format”？")
        }
        XCTAssertThrowsError(try parser.parse(["-format", "json"])) { error in
            XCTAssertEqual(error as? UsageError, .unknownOption("-format", suggestion: "--format"))
        }
        XCTAssertThrowsError(try parser.parse(["--zzzzzz"])) { error in
            XCTAssertEqual(error as? UsageError, .unknownOption("--zzzzzz", suggestion: nil))
        }
    }

    func testFlagRejectsInlineValue() {
        XCTAssertThrowsError(try parser.parse(["--force=yes"])) { error in
            XCTAssertEqual(error as? UsageError, .unexpectedValue(option: "--force"))
        }
    }
}
