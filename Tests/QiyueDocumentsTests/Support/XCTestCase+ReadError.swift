import QiyueTestSupport
import XCTest
@testable import QiyueDocuments

extension XCTestCase {
    /// Asserts that `body` throws a `DocumentReadError` whose English message contains `fragment`,
    /// and returns it for further checks.
    @discardableResult
    func assertReadError<T>(_ fragment: String, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T) -> DocumentReadError? {
        do {
            let value = try body()
            XCTFail("expected an error containing \"\(fragment)\", got \(value)", file: file, line: line)
        } catch let error as DocumentReadError {
            XCTAssertTrue(error.message.en.contains(fragment), "\"\(error.message.en)\" does not contain \"\(fragment)\"", file: file, line: line)
            return error
        } catch {
            XCTFail("unexpected error type: \(error)", file: file, line: line)
        }
        return nil
    }

    /// Fails when `body` uses more than `seconds` of the thread's processor time: hostile input
    /// must be refused quickly, however busy the machine is with other work.
    func assertFast(within seconds: Double, file: StaticString = #filePath, line: UInt = #line, _ body: () -> Void) {
        let elapsed = ThreadCPUTime.measure(body)
        XCTAssertLessThan(elapsed, seconds, "took \(elapsed) s", file: file, line: line)
    }
}
