import QiyueCore
import QiyueProjects

/// One file of the project library as the scan saw it: the project and its flags, or why
/// the file could not be read. Every scanned file is listed, flagged or not.
public struct ScannedProject: Sendable {
    public var path: String
    public var id: String?
    public var name: String?
    public var county: String?
    public var stage: LifecycleStage?
    public var flags: [PortfolioFlag]
    /// Why the file was not scanned (unreadable, not JSON, not a project), with its place.
    public var error: Diagnostic?

    public init(path: String, id: String? = nil, name: String? = nil, county: String? = nil, stage: LifecycleStage? = nil,
                flags: [PortfolioFlag] = [], error: Diagnostic? = nil) {
        self.path = path
        self.id = id
        self.name = name
        self.county = county
        self.stage = stage
        self.flags = flags
        self.error = error
    }

    /// The stage for summaries: untracked projects count as signed when they have a signing date.
    public func stageLabel(in language: Language) -> String {
        if let stage { return stage.label.text(in: language) }
        return language == .zh ? "未填进展" : "no progress data"
    }
}
