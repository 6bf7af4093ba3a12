@testable import QiyueReview

/// The built-in pack's categories by id, for tests that name them; a category is equal to
/// its pack declaration by id, so these compare equal to what findings carry.
extension RuleCategory {
    static let land = RuleCategory(id: "land")
    static let tax = RuleCategory(id: "tax")
    static let guarantee = RuleCategory(id: "guarantee")
}
