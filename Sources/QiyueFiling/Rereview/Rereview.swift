import QiyueCore
import QiyueProjects

/// Re-review of registered agreements: what the current rules flag that the review at
/// filing did not, and which agreements predate 国发〔2015〕25号.
///
/// Item 3 of 国发〔2015〕25号 (2015-05-10) reads: “各地与企业已签订合同中的优惠政策，继续有效；
/// 对已兑现的部分，不溯及既往。” Preferences (land and tax) in an agreement signed before that
/// date are therefore marked rather than listed as something to undo; guarantees and other
/// categories are not preferences and are listed as for any agreement. Which categories are
/// preferences is the rule pack's to say (`"preference": true`).
public enum Rereview {
    public static let cutoff = CalendarDate("2015-05-10")!

    public static let grandfatherNote = LocalizedText(
        zh: "签订于 2015-05-10 之前：国发〔2015〕25号第三条“各地与企业已签订合同中的优惠政策，继续有效；对已兑现的部分，不溯及既往。”",
        en: "signed before 2015-05-10: item 3 of 国发〔2015〕25号 keeps preferences in contracts already signed in force and does not claw back what was paid out")

    /// Whether the agreement was signed before the notice of 2015-05-10.
    public static func signedBeforeCutoff(_ entry: RegisterEntry) -> Bool {
        guard let signed = entry.signingDate.flatMap(CalendarDate.init) else { return false }
        return signed < cutoff
    }

    /// The current findings beyond what the filing recorded, rule by rule (a rule that
    /// flagged two clauses then and three now contributes its last one).
    public static func newFindings(recorded: [RecordedFinding], current: [RecordedFinding]) -> [RecordedFinding] {
        var remaining: [String: Int] = [:]
        for finding in recorded { remaining[finding.rule, default: 0] += 1 }
        var fresh: [RecordedFinding] = []
        for finding in current {
            if let count = remaining[finding.rule], count > 0 {
                remaining[finding.rule] = count - 1
            } else {
                fresh.append(finding)
            }
        }
        return fresh
    }

    /// Whether a new finding on `entry` is a preference that item 3 keeps in force.
    /// `preferences` are the ids of the categories item 3 speaks of (优惠政策).
    public static func isGrandfathered(_ finding: RecordedFinding, in entry: RegisterEntry, preferences: Set<String>) -> Bool {
        signedBeforeCutoff(entry) && preferences.contains(finding.category ?? finding.rule.split(separator: ".").first.map(String.init) ?? "")
    }
}
