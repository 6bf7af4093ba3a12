import QiyueCore

/// How mature a project package is: a score out of 100, per-element points, and what to add.
public struct MaturityReport: Sendable {
    /// The points one element earned, the fields that earned them, and those missing.
    public struct ElementResult: Sendable {
        public var element: MaturityElement
        public var points: Int
        public var present: [MaturityElement.Field]
        public var missing: [MaturityElement.Field]
        /// Why a present-looking field earned nothing (e.g. `planning_compliant` is false).
        public var remarks: [LocalizedText]
    }

    public var elements: [ElementResult]

    public var score: Int { elements.reduce(0) { $0 + $1.points } }
    public var maximum: Int { elements.reduce(0) { $0 + $1.element.maximum } }
    public var level: MaturityLevel { MaturityLevel(score: score) }

    /// Every missing field in rubric order, for the "what to add" list.
    public var missing: [MaturityElement.Field] { elements.flatMap(\.missing) }
}
