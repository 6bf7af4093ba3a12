import XCTest
import QiyueCore
@testable import QiyueFiling
@testable import QiyueProjects

/// Each portfolio rule fires exactly on its side of its date, and not on lawful progress.
final class PortfolioRulesTests: XCTestCase {
    func lifecycle(_ progress: String, timeline: String = #"{"signing": "2023-01-10", "construction_start": "2023-06-01", "completion": "2024-06-01", "production": "2024-09-01"}"#) throws -> ProjectLifecycle {
        let file = try ProjectFile(path: "p.json", bytes: Array("""
        {"id": "p", "name": "项目", "industry": {"code": "01-06"}, "location": {"prefecture": "普洱市", "county": "思茅区"},
         "land": {"area_mu": 100}, "investment": {"total_yuan": 500000000}, "timeline": \(timeline), "lifecycle": \(progress)}
        """.utf8))
        return ProjectLifecycle(file: file)
    }

    func kinds(_ lifecycle: ProjectLifecycle, asOf: String, registered: [RegisterEntry] = []) -> [PortfolioFlag.Kind] {
        PortfolioRules().flags(lifecycle, asOf: CalendarDate(asOf)!, registered: registered).map(\.kind)
    }

    func testStalledFromTheDayTwoYearsAfterSigning() throws {
        let project = try lifecycle(#"{"status": "under_construction", "signed": "2023-01-10", "construction_started": "2023-06-10", "investment_in_place_yuan": 500000000}"#)
        XCTAssertEqual(kinds(project, asOf: "2025-01-09"), [])
        XCTAssertEqual(kinds(project, asOf: "2025-01-10"), [.stalled])
        let flag = try XCTUnwrap(PortfolioRules().flags(project, asOf: CalendarDate("2025-04-20")!, registered: []).first)
        XCTAssertEqual(flag.reason.zh, "签约于 2023-01-10，至 2025-04-20 已 2 年 3 个月仍未投产（约定投产 2024-09-01）")
        XCTAssertEqual(flag.dates.map(\.date), ["2023-01-10", "2024-09-01", "2025-04-20"])
        XCTAssertTrue(flag.rule.zh.contains("第21项"))
    }

    func testInProductionOrExitedIsNotStalled() throws {
        let producing = try lifecycle(#"{"status": "in_production", "signed": "2023-01-10", "construction_started": "2023-06-10", "completed": "2024-05-01", "production_started": "2024-08-01", "investment_in_place_yuan": 500000000}"#)
        XCTAssertEqual(kinds(producing, asOf: "2026-01-01"), [])
        let exited = try lifecycle(#"{"status": "exited", "signed": "2023-01-10", "exited": "2024-12-01", "land_supplied_mu": 100}"#)
        XCTAssertEqual(kinds(exited, asOf: "2026-01-01"), [])
    }

    func testIdleLandOneFullYearAfterTheAgreedStart() throws {
        let project = try lifecycle(#"{"status": "signed", "signed": "2023-01-10", "land_supplied_mu": 100, "land_supplied_date": "2023-05-01", "land_contract_start": "2023-07-01"}"#,
                                    timeline: #"{"signing": "2023-01-10", "construction_start": "2023-06-01"}"#)
        XCTAssertEqual(kinds(project, asOf: "2024-06-30"), [])
        XCTAssertEqual(kinds(project, asOf: "2024-07-01"), [.idleLand])
        let flag = try XCTUnwrap(PortfolioRules().flags(project, asOf: CalendarDate("2024-07-01")!, registered: []).first)
        XCTAssertEqual(flag.reason.zh, "已供地 2023-05-01 100 亩，约定动工 2023-07-01，至 2024-07-01 超过约定动工日期 1 年仍未动工")
        XCTAssertTrue(flag.rule.zh.hasPrefix("《闲置土地处置办法》（国土资源部令第53号）第二条"))
    }

    func testNoIdleLandWithoutLandOrOnceStarted() throws {
        let noLand = try lifecycle(#"{"status": "signed", "signed": "2023-01-10"}"#, timeline: #"{"signing": "2023-01-10", "construction_start": "2023-06-01"}"#)
        XCTAssertEqual(kinds(noLand, asOf: "2024-12-01"), [])
        let started = try lifecycle(#"{"status": "under_construction", "signed": "2023-01-10", "construction_started": "2023-09-01", "land_supplied_mu": 100}"#,
                                    timeline: #"{"signing": "2023-01-10", "construction_start": "2023-06-01"}"#)
        XCTAssertEqual(kinds(started, asOf: "2024-12-01"), [])
    }

    func testInvestmentShortfallAgainstTheAgreedSchedule() throws {
        // Halfway through the agreed construction period (2023-06-01 → 2024-06-01), 50% is due; 25% is within tolerance, 20% is not.
        let within = try lifecycle(#"{"status": "under_construction", "signed": "2023-01-10", "construction_started": "2023-06-01", "investment_in_place_yuan": 150000000}"#)
        XCTAssertEqual(kinds(within, asOf: "2023-12-01"), [])
        let behind = try lifecycle(#"{"status": "under_construction", "signed": "2023-01-10", "construction_started": "2023-06-01", "investment_in_place_yuan": 100000000}"#)
        XCTAssertEqual(kinds(behind, asOf: "2023-12-01"), [.investmentShortfall])
        let flag = try XCTUnwrap(PortfolioRules().flags(behind, asOf: CalendarDate("2023-12-01")!, registered: []).first)
        XCTAssertEqual(flag.reason.zh, "按约定 2023-06-01 开工、2024-06-01 竣工，至 2023-12-01 应到位约 50%，实际到位 100,000,000 元，占总投资 20%")
    }

    func testReviewErrorsInForceUseTheLatestFiling() throws {
        let project = try lifecycle(#"{"status": "in_production", "signed": "2023-01-10", "construction_started": "2023-06-01", "completed": "2024-05-01", "production_started": "2024-06-01", "investment_in_place_yuan": 500000000}"#)
        func entry(_ errors: Int) -> RegisterEntry {
            RegisterEntry(sequence: 1, number: "2023-0001", filingDate: "2023-01-20", signingDate: "2023-01-10",
                          project: RegisteredProject(id: "p", name: "项目", parties: [], investmentYuan: nil, landAreaMu: nil),
                          review: ReviewRecord(rulePack: "x 1", source: "qiyue review", errors: errors, warnings: 0, findings: [], acceptedReason: errors > 0 ? "领导同意" : nil),
                          fairCompetition: nil, collectiveDecision: nil, reviewer: nil,
                          file: RegisteredFile(path: "a.docx", digest: FileDigest(of: [1])), previous: RegisterEntry.genesis)
        }
        XCTAssertEqual(kinds(project, asOf: "2025-01-01", registered: [entry(2)]), [.reviewErrorsInForce])
        let scanner = PortfolioScanner(asOf: CalendarDate("2025-01-01")!, registerEntries: [entry(2), entry(0)])
        XCTAssertEqual(scanner.register["p"]?.map(\.review.errors), [0], "a corrected re-filing replaces the flawed one")
    }

    func testDateSpan() {
        XCTAssertEqual(DateSpan(from: CalendarDate("2023-01-31")!, to: CalendarDate("2023-03-01")!).zh, "1 个月")
        XCTAssertEqual(DateSpan(from: CalendarDate("2023-01-10")!, to: CalendarDate("2025-01-09")!).en, "1 year 11 months")
        XCTAssertEqual(CalendarDate("1970-01-01")!.dayNumber, 0)
        XCTAssertEqual(CalendarDate("2024-03-01")!.dayNumber - CalendarDate("2024-02-28")!.dayNumber, 2)
    }
}
