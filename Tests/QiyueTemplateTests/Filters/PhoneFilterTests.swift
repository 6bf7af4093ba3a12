import QiyueTemplate
import XCTest

/// `phone_intl`: a Chinese number as a caller abroad dials it; anything else as typed.
final class PhoneFilterTests: XCTestCase {
    func testChineseNumbersGainTheCountryCode() throws {
        let goldens: [(String, String)] = [
            ("0879-2123456", "+86 879 2123456"),
            ("0871-63112233", "+86 871 63112233"),
            ("010-65123456", "+86 10 65123456"),
            ("02161234567", "+86 21 61234567"),
            ("(0691) 2123123", "+86 691 2123123"),
            ("13812345678", "+86 138 1234 5678"),
            ("138-1234-5678", "+86 138 1234 5678"),
            ("8613812345678", "+86 138 1234 5678"),
            ("400-123-4567", "+86 400 123 4567"),
        ]
        for (typed, expected) in goldens {
            XCTAssertEqual(try render("{{ p | phone_intl }}", "{\"p\": \"\(typed)\"}"), expected, typed)
        }
    }

    /// A number with a country code, and what cannot be read as a Chinese number, stay as typed.
    func testOtherNumbersAreLeftAlone() throws {
        for typed in ["+86 879 2123456", "+856 21 123456", "0086 10 65123456", "12345", "0879-21", "分机 8001", "2123456 ext. 12"] {
            XCTAssertEqual(try render("{{ p | phone_intl }}", "{\"p\": \"\(typed)\"}"), typed, typed)
        }
    }

    func testAMissingNumberIsAnError() {
        XCTAssertThrowsError(try render("{{ nothing | phone_intl }}"))
    }
}
