import XCTest
@testable import QiyueDocuments

