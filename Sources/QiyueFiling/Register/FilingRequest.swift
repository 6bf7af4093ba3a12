import QiyueCore
import QiyueProjects

/// What an officer files with `register add`: the agreement, its project, its review and
/// the decisions taken on it. Turning it into an entry checks what the register requires.
public struct FilingRequest: Sendable {
    public var agreementPath: String
    public var digest: FileDigest
    public var project: RegisteredProject
    public var review: ReviewRecord
    public var signingDate: String?
    public var filingDate: String
    public var fairCompetition: String?
    public var collectiveDecision: String?
    public var reviewer: String?
    /// The reason for registering despite review errors (`--accept-findings`).
    public var acceptedReason: String?

    public init(agreementPath: String, digest: FileDigest, project: RegisteredProject, review: ReviewRecord, signingDate: String?,
                filingDate: String, fairCompetition: String? = nil, collectiveDecision: String? = nil, reviewer: String? = nil,
                acceptedReason: String? = nil) {
        self.agreementPath = agreementPath
        self.digest = digest
        self.project = project
        self.review = review
        self.signingDate = signingDate
        self.filingDate = filingDate
        self.fairCompetition = fairCompetition
        self.collectiveDecision = collectiveDecision
        self.reviewer = reviewer
        self.acceptedReason = acceptedReason
    }

    /// Why the request cannot be filed, or `nil` when it can.
    public func refusal() -> LocalizedText? {
        if review.errors > 0, (acceptedReason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            return LocalizedText(
                zh: "审查发现 \(review.errors) 个错误；确需登记的，用 --accept-findings \"理由\" 说明理由（理由将记入登记簿）",
                en: "the review found \(review.errors) error(s); to file it anyway give --accept-findings \"reason\" (the reason is recorded)")
        }
        for (name, value) in [("--filing-date", Optional(filingDate)), ("--signing-date", signingDate), ("--collective-decision", collectiveDecision)] {
            if let value, CalendarDate(value) == nil {
                return LocalizedText(zh: "\(name) 的取值“\(value)”不是 YYYY-MM-DD 日期", en: "\(name) value '\(value)' is not a YYYY-MM-DD date")
            }
        }
        return nil
    }

    /// The entry for a register at `registerPath`; position, chain and hash are set by the store.
    public func entry(number: String, registerPath: String) -> RegisterEntry {
        var review = self.review
        if review.errors > 0 { review.acceptedReason = acceptedReason }
        return RegisterEntry(sequence: 0, number: number, filingDate: filingDate, signingDate: signingDate, project: project, review: review,
                             fairCompetition: fairCompetition, collectiveDecision: collectiveDecision, reviewer: reviewer,
                             file: RegisteredFile(path: RegisterPath.relative(agreementPath, toRegister: registerPath), digest: digest),
                             previous: RegisterEntry.genesis)
    }
}
