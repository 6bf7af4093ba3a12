import XCTest
@testable import QiyueReview

