import XCTest
@testable import QiyueProjects

