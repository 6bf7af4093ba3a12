import QiyueCore

/// One line of the filing register (备案登记簿): one signed agreement and its review.
///
/// Each entry carries the SM3 of the entry before it (`previous`) and the SM3 of its own
/// bytes (`hash`), so changing, removing, inserting or reordering any entry breaks the
/// chain at that entry, and the head hash sent upward with an export pins the whole list.
public struct RegisterEntry: Sendable, Hashable {
    /// The position in the register, from 1.
    public var sequence: Int
    /// 登记号: `YYYY-NNNN`, numbered afresh each filing year.
    public var number: String
    /// 备案日期.
    public var filingDate: String
    /// 签署日期.
    public var signingDate: String?
    public var project: RegisteredProject
    public var review: ReviewRecord
    /// 公平竞争审查 result as the officer states it, e.g. `通过`.
    public var fairCompetition: String?
    /// 集体决策 date.
    public var collectiveDecision: String?
    /// 审查人.
    public var reviewer: String?
    public var file: RegisteredFile
    /// The SM3 (hex) of the previous entry's bytes; 64 zeros for the first entry.
    public var previous: String
    /// The SM3 (hex) of this entry's bytes before the `hash` member.
    public var hash: String

    public static let genesis = String(repeating: "0", count: 64)

    public init(sequence: Int, number: String, filingDate: String, signingDate: String?, project: RegisteredProject, review: ReviewRecord,
                fairCompetition: String?, collectiveDecision: String?, reviewer: String?, file: RegisteredFile, previous: String, hash: String = "") {
        self.sequence = sequence
        self.number = number
        self.filingDate = filingDate
        self.signingDate = signingDate
        self.project = project
        self.review = review
        self.fairCompetition = fairCompetition
        self.collectiveDecision = collectiveDecision
        self.reviewer = reviewer
        self.file = file
        self.previous = previous
        self.hash = hash
    }

    /// The members before `hash`, in the order they are written and hashed.
    var bodyMembers: [(String, JSONValue)] {
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        return [
            ("seq", .number(sequence)), ("number", .string(number)),
            ("filing_date", .string(filingDate)), ("signing_date", optional(signingDate)),
            ("project", project.json), ("review", review.json),
            ("fair_competition", optional(fairCompetition)), ("collective_decision", optional(collectiveDecision)),
            ("reviewer", optional(reviewer)), ("file", file.json), ("previous", .string(previous)),
        ]
    }

    /// The entry as JSON, `hash` included (for `register show` and the JSON export).
    public var json: JSONValue { .orderedObject(bodyMembers + [("hash", .string(hash))]) }

    /// Reads an entry back from its parsed line; `nil` when a required member is missing.
    public init?(_ node: JSONNode) {
        guard let sequence = node["seq"]?.value.doubleValue, sequence.isFinite, sequence.rounded() == sequence, abs(sequence) < 1e15, let number = node["number"]?.value.stringValue,
              let filingDate = node["filing_date"]?.value.stringValue, let project = RegisteredProject(node["project"]),
              let review = ReviewRecord(node["review"]), let file = RegisteredFile(node["file"]),
              let previous = node["previous"]?.value.stringValue, let hash = node["hash"]?.value.stringValue else { return nil }
        self.init(sequence: Int(sequence), number: number, filingDate: filingDate, signingDate: node["signing_date"]?.value.stringValue,
                  project: project, review: review, fairCompetition: node["fair_competition"]?.value.stringValue,
                  collectiveDecision: node["collective_decision"]?.value.stringValue, reviewer: node["reviewer"]?.value.stringValue,
                  file: file, previous: previous, hash: hash)
    }
}
