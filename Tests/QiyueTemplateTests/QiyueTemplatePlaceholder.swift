import XCTest
@testable import QiyueTemplate

