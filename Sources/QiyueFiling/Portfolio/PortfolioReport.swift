import QiyueCore
import QiyueProjects

/// The result of one scan of the project library.
public struct PortfolioReport: Sendable {
    public var asOf: String
    public var projects: [ScannedProject]
    /// The register consulted, if any, and how many of its entries matched a scanned project.
    public var registerPath: String?

    public init(asOf: String, projects: [ScannedProject], registerPath: String?) {
        self.asOf = asOf
        self.projects = projects
        self.registerPath = registerPath
    }

    public var flagged: [ScannedProject] { projects.filter { !$0.flags.isEmpty } }
    public var unreadable: [ScannedProject] { projects.filter { $0.error != nil } }

    /// Rows of (stage, county, projects, flagged), stages in lifecycle order, counties by name.
    public func summary(in language: Language) -> [(stage: String, county: String, count: Int, flagged: Int)] {
        var groups: [String: [String: (Int, Int)]] = [:]
        var stageOrder: [String: Int] = [:]
        for project in projects where project.error == nil {
            let stage = project.stageLabel(in: language)
            stageOrder[stage] = project.stage?.order ?? -1
            let county = project.county ?? (language == .zh ? "（未填县区）" : "(no county)")
            var row = groups[stage, default: [:]][county, default: (0, 0)]
            row.0 += 1
            if !project.flags.isEmpty { row.1 += 1 }
            groups[stage, default: [:]][county] = row
        }
        return groups.keys.sorted { (stageOrder[$0] ?? 0, $0) < (stageOrder[$1] ?? 0, $1) }.flatMap { stage in
            groups[stage]!.keys.sorted().map { county in
                let row = groups[stage]![county]!
                return (stage, county, row.0, row.1)
            }
        }
    }
}
