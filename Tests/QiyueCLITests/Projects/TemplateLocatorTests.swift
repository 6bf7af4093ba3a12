import Foundation
import QiyueTestSupport
import XCTest

@testable import QiyueCLI

/// Where the binary looks for its templates, in the documented order.
final class TemplateLocatorTests: ScratchDirectoryTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        for name in ["option", "environment", "repo/Templates", "cwd/Templates"] {
            let folder = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "x".write(to: folder.appendingPathComponent("agreement.md.jinja"), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("repo/.build/debug"), withIntermediateDirectories: true)
    }

    func locator(option: String? = nil, environment: [String: String] = [:], executable: String? = nil) -> TemplateLocator {
        TemplateLocator(option: option, environment: environment, executablePath: executable, currentDirectory: directory.appendingPathComponent("cwd").path)
    }

    var executable: String { directory.appendingPathComponent("repo/.build/debug/qiyue").path }

    func testOptionComesFirst() throws {
        let found = try locator(option: directory.appendingPathComponent("option").path, environment: ["QIYUE_TEMPLATES": directory.appendingPathComponent("environment").path], executable: executable)
            .directory(containing: "agreement.md.jinja")
        XCTAssertEqual(found, directory.appendingPathComponent("option").path)
    }

    func testEnvironmentComesBeforeThePackage() throws {
        let found = try locator(environment: ["QIYUE_TEMPLATES": directory.appendingPathComponent("environment").path], executable: executable)
            .directory(containing: "agreement.md.jinja")
        XCTAssertEqual(found, directory.appendingPathComponent("environment").path)
    }

    func testThePackageAboveTheExecutableComesBeforeTheCurrentDirectory() throws {
        let found = try locator(executable: executable).directory(containing: "agreement.md.jinja")
        XCTAssertEqual(found, directory.appendingPathComponent("repo/Templates").path)
    }

    func testCurrentDirectoryIsTheLastResort() throws {
        let found = try locator(executable: "/nonexistent/bin/qiyue").directory(containing: "agreement.md.jinja")
        XCTAssertEqual(found, directory.appendingPathComponent("cwd/Templates").path)
    }

    func testRelativeOptionIsResolvedAgainstTheCurrentDirectory() throws {
        let found = try locator(option: "Templates").directory(containing: "agreement.md.jinja")
        XCTAssertEqual(found, directory.appendingPathComponent("cwd/Templates").path)
    }

    func testAnExplicitDirectoryWithoutTheTemplateIsAnErrorNotAFallback() {
        XCTAssertThrowsError(try locator(environment: ["QIYUE_TEMPLATES": directory.path], executable: executable).directory(containing: "agreement.md.jinja")) { error in
            XCTAssertEqual(error as? UsageError, .other(.init(
                zh: "QIYUE_TEMPLATES 指定的目录“\(self.directory.path)”中没有模板“agreement.md.jinja”",
                en: "the directory '\(self.directory.path)' given by QIYUE_TEMPLATES has no template 'agreement.md.jinja'")))
        }
    }

    func testNothingFoundMeansTheBuiltInTemplates() throws {
        XCTAssertNil(try locator(executable: "/nonexistent/bin/qiyue").directory(containing: "brochure.md.jinja"))
    }
}
