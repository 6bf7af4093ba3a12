import Foundation
import XCTest
import QiyueCore
import QiyueTestSupport
@testable import QiyueFiling
@testable import QiyueProjects

/// The scan lists every file it read, flagged, clean or unreadable, in path order.
final class PortfolioScannerTests: ScratchDirectoryTestCase {
    func testEveryFileIsListedInOrder() throws {
        let example = try Data(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/puer-coffee.json"))
        try example.write(to: directory.appendingPathComponent("a.json"))
        try write("b.json", "{\"id\": \"x\",}")
        try write("c.json", "{\"rules\": []}")
        try write("d.txt", "not json")
        let (files, missing) = PortfolioScanner.projectFiles(in: [directory.path, directory.appendingPathComponent("nope").path])
        XCTAssertEqual(files.map { ($0 as NSString).lastPathComponent }, ["a.json", "b.json", "c.json"])
        XCTAssertEqual(missing.count, 1)
        let scanned = PortfolioScanner(asOf: CalendarDate("2026-12-01")!).scan(files)
        XCTAssertEqual(scanned.map { ($0.path as NSString).lastPathComponent }, ["a.json", "b.json", "c.json"])
        XCTAssertEqual(scanned[0].flags.map(\.kind), [.idleLand, .investmentShortfall])
        XCTAssertEqual(scanned[0].county, "思茅区")
        XCTAssertEqual(scanned[1].error?.location?.line, 1)
        XCTAssertNotNil(scanned[2].error)
        let report = PortfolioReport(asOf: "2026-12-01", projects: scanned, registerPath: nil)
        XCTAssertEqual(report.flagged.count, 1)
        XCTAssertEqual(report.unreadable.count, 2)
        let html = PortfolioRenderer().html(report)
        XCTAssertTrue(html.contains("<td>已签约</td><td>思茅区</td><td class=\"num\">1</td><td class=\"num flag\">1</td>"), html)
        XCTAssertEqual(html.components(separatedBy: "<td class=\"meta\">\(HTMLEscaping.escape(directory.path))").count - 1, 3, "every file in the last table")
        let csv = PortfolioRenderer().csv(report)
        XCTAssertEqual(csv.components(separatedBy: "\r\n").count - 2, 4, "two flag rows and two unreadable rows")
    }

    /// A thousand project files: all listed, and the scan's time printed for the record.
    func testThousandFilesScan() throws {
        let example = try String(contentsOf: TestSupport.repositoryRoot.appendingPathComponent("Examples/projects/qujing-pv-modules.json"), encoding: .utf8)
        for index in 0..<1000 {
            let text = example.replacingOccurrences(of: "\"id\": \"qujing-pv-modules-2025\"", with: "\"id\": \"qujing-\(index)\"")
            try Data(text.utf8).write(to: directory.appendingPathComponent(String(format: "p%04d.json", index)))
        }
        let start = Date()
        let (files, _) = PortfolioScanner.projectFiles(in: [directory.path])
        let scanned = PortfolioScanner(asOf: CalendarDate("2026-12-01")!).scan(files)
        let seconds = Date().timeIntervalSince(start)
        print("portfolio: 1000 project files scanned in \(String(format: "%.3f", seconds)) s (debug build)")
        XCTAssertEqual(scanned.count, 1000)
        XCTAssertEqual(Set(scanned.compactMap(\.id)).count, 1000)
        XCTAssertTrue(scanned.allSatisfy { $0.flags.map(\.kind) == [.investmentShortfall] })
    }
}
