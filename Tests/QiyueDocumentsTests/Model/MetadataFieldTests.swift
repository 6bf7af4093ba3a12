import XCTest
@testable import QiyueDocuments

/// The metadata names and value rules shared by front matter and `qiyue convert`.
final class MetadataFieldTests: XCTestCase {
    func testKeysInEnglishAnyCaseAndInChinese() {
        XCTAssertEqual(MetadataField.allCases.map { MetadataField(key: $0.rawValue.uppercased()) }, MetadataField.allCases)
        XCTAssertEqual(["标题", "主题", "作者", "日期", "语言"].map { MetadataField(key: $0) }, [.title, .subject, .author, .date, .language])
        XCTAssertNil(MetadataField(key: "creator"))
        XCTAssertNil(MetadataField(key: "标题 "))
    }

    func testDatesAreNormalisedToISO() {
        XCTAssertEqual(MetadataField.date.normalized("2025-03-08"), "2025-03-08")
        XCTAssertEqual(MetadataField.date.normalized("2025年3月8日"), "2025-03-08")
        XCTAssertEqual(MetadataField.date.normalized("2025年12月31日"), "2025-12-31")
        XCTAssertEqual(MetadataField.date.normalized("２０２５年３月８日"), "2025-03-08")
        XCTAssertEqual(MetadataField.date.normalized("2024-02-29"), "2024-02-29")
    }

    func testImpossibleOrMisshapenDatesAreRejected() {
        for text in ["2025-02-29", "1900-02-29", "2025-04-31", "2025-3-8", "2025/03/08", "25-03-08", "2025年3月", "2025年0月1日",
                     "二〇二五年三月八日", "2025-03-08T10:00", "", "2025年3月8日日"] {
            XCTAssertNil(MetadataField.date.normalized(text), text)
        }
        XCTAssertEqual(MetadataField.date.normalized("2000-02-29"), "2000-02-29")
    }

    func testLanguageTagsNeedTheShapeOfBCP47() {
        for tag in ["zh", "zh-CN", "zh-Hans-CN", "en", "yue", "en-US"] { XCTAssertEqual(MetadataField.language.normalized(tag), tag) }
        for tag in ["中文", "z", "chinese", "zh_CN", "zh-", "-zh", "zh-toolongsubtag", "zh CN", ""] { XCTAssertNil(MetadataField.language.normalized(tag), tag) }
    }

    func testTextFieldsTakeAnyTextAndAssignSetsOnlyTheirField() {
        var metadata = DocumentMetadata()
        for field in MetadataField.allCases { field.assign(field.normalized(field == .date ? "2025-03-08" : field == .language ? "en" : field.rawValue)!, to: &metadata) }
        XCTAssertEqual(metadata, DocumentMetadata(title: "title", subject: "subject", author: "author", date: "2025-03-08", language: "en"))
    }
}
