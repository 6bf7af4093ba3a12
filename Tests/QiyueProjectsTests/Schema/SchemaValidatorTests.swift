import XCTest
import QiyueCore
@testable import QiyueProjects

/// Every documented schema message, produced by the broken fixture, in exact words.
final class SchemaValidatorTests: XCTestCase {
    func testBrokenFixtureYieldsEachDocumentedMessageInEnglish() throws {
        let file = try Fixture.load("broken-schema.json")
        let validation = ProjectValidator().validate(file)
        XCTAssertEqual(Fixture.lines(validation.findings, in: file), [
            "1:1: error: /: missing required field \"location\"",
            "2:9: error: /id: \"Broken Project\" does not match the pattern ^[a-z0-9][a-z0-9-]*$ (lower-case letters, digits and hyphens, e.g. puer-coffee-2025)",
            "3:19: error: /name/zh: must not be empty",
            "4:14: error: /summary: expected a string or an object {\"zh\", \"en\"}, found 3",
            "5:25: error: /industry/code: \"1-6\" does not match the pattern ^[0-9]{2}(-[0-9]{2})?$ (a two-digit industry code or industry-item code such as 01 or 01-06)",
            "6:35: error: /site/planning_compliant: expected true or false, found \"是\"",
            "8:16: error: /land/area_mu: expected a number, found \"三百\"",
            "9:16: error: /land/area_m2: expected a number greater than 0, found -5",
            "10:12: error: /land/use: expected one of \"industrial\", \"warehousing\", \"commercial\", \"mixed\", \"facility_agriculture\", \"other\", found \"工业用地\"",
            "11:22: error: /land/supply_method: expected one of \"tender\", \"auction\", \"listing\", \"long_term_lease\", \"lease_then_transfer\", \"flexible_term\", found \"listng\"; did you mean \"listing\"?",
            "12:14: error: /land/grade: expected a number of at most 15, found 16",
            "15:5: error: /investment/total_yaun: unknown field \"total_yaun\"; did you mean \"total_yuan\"?",
            "17:5: error: /investment/jobs: field \"jobs\" appears more than once; the last one is used",
            "17:13: error: /investment/jobs: expected an integer, found 3.5",
            "19:15: error: /policies: expected an array, found an object",
            "20:28: error: /timeline/signing: expected a date YYYY-MM-DD, found \"2025/3/8\"",
            "20:54: error: /timeline/completion: \"2026-02-30\" is not a valid date",
            "21:42: error: /contacts/0/email: \"nobody\" does not match the pattern ^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$ (an email address such as invest@example.gov.cn)",
            "24:56: error: /agreement/investor/credit_code: \"91530800MA6K2X3Y4\" does not match the pattern ^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$ (an 18-character unified social credit code)",
            "25:17: error: /agreement/platform: expected an object or null, found \"无\"",
            "26:35: error: /agreement/liquidated_damages_per_day: \"万分之五\" does not match the pattern ^[0-9]+(\\.[0-9]+)?%$ (a percentage such as 0.05%)",
            "27:27: error: /agreement/dispute_resolution: missing required field \"method\"",
            "29:3: error: /budget: unknown field \"budget\"",
        ])
        XCTAssertEqual(validation.findings.last?.notes.first?.en,
                       "allowed fields: $schema, id, name, summary, industry, location, site, land, construction, investment, market, risks, pictures, conditions, policies, cooperation, timeline, lifecycle, contacts, agreement")
        XCTAssertFalse(validation.isValid)
    }

    func testChineseWordingOfEachKindOfMessage() throws {
        let file = try Fixture.load("broken-schema.json")
        let messages = ProjectValidator().validate(file).findings.map { $0.text(in: .zh) }
        for expected in [
            "/: 缺少必填字段 \"location\"",
            "/name/zh: 不能为空",
            "/summary: 应为字符串或对象 {\"zh\", \"en\"}，实际为 3",
            "/site/planning_compliant: 应为 true 或 false，实际为 \"是\"",
            "/land/area_mu: 应为数字，实际为 \"三百\"",
            "/land/area_m2: 应为大于 0 的数，实际为 -5",
            "/land/supply_method: 应为以下取值之一：\"tender\"、\"auction\"、\"listing\"、\"long_term_lease\"、\"lease_then_transfer\"、\"flexible_term\"，实际为 \"listng\"；是否应为 \"listing\"？",
            "/land/grade: 应为不大于 15 的数，实际为 16",
            "/investment/total_yaun: 未知字段 \"total_yaun\"；是否应为 \"total_yuan\"？",
            "/investment/jobs: 字段 \"jobs\" 重复出现，以最后一个为准",
            "/investment/jobs: 应为整数，实际为 3.5",
            "/policies: 应为数组，实际为对象",
            "/timeline/signing: 应为 YYYY-MM-DD 格式的日期，实际为 \"2025/3/8\"",
            "/timeline/completion: \"2026-02-30\" 不是有效日期",
            "/agreement/platform: 应为对象或 null，实际为 \"无\"",
            "/agreement/liquidated_damages_per_day: \"万分之五\" 不符合格式 ^[0-9]+(\\.[0-9]+)?%$（百分数，如 0.05%）",
        ] {
            XCTAssertTrue(messages.contains(expected), expected)
        }
    }

    func testTextFieldsAreFoundThroughTheSchema() throws {
        let file = try Fixture.example("puer-coffee.json")
        let validation = ProjectValidator().validate(file)
        XCTAssertEqual(validation.textFields.count, 21)
        XCTAssertTrue(validation.textFields.contains(JSONPointer(["risks"])))
        XCTAssertEqual(validation.textFields.first, JSONPointer(["name"]))
        XCTAssertTrue(validation.textFields.contains(JSONPointer(["policies", "1"])))
        XCTAssertFalse(validation.textFields.contains(JSONPointer(["agreement", "government", "name"])))
    }

    func testNotesFieldsAreAcceptedAtEveryLevel() throws {
        let file = try Fixture.project(#"{"_说明": "x", "_comment": {"any": 1}, "id": "a", "name": {"zh": "名", "en": "N", "_note": 1}, "industry": {"code": "01", "_说明": "x"}, "location": {"prefecture": "普洱市"}}"#)
        XCTAssertEqual(SchemaValidator(schema: .project).validate(file.root).findings.map { $0.text(in: .en) }, [])
    }

    func testAnyOfReportsTheBranchOfTheValuesOwnType() throws {
        let file = try Fixture.project(#"{"id": "a", "name": {"zh": "名", "fr": "nom"}, "industry": {"code": "01"}, "location": {"prefecture": ""}}"#)
        XCTAssertEqual(SchemaValidator(schema: .project).validate(file.root).findings.map { $0.text(in: .en) }, [
            "/name/fr: unknown field \"fr\"",
            "/location/prefecture: must not be empty",
        ])
    }
}
