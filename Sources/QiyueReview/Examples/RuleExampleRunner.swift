/// Runs the examples every rule carries, the way `qiyue rules test` and the test suite do.
///
/// Each example is reviewed alone with the whole pack, so an example also proves that
/// no other rule interferes (a triggering example must produce a finding of its own rule;
/// a non-triggering example must produce none of its own rule).
public struct RuleExampleRunner: Sendable {
    public struct Failure: Sendable, Hashable {
        public var ruleID: String
        public var example: String
        /// Whether the example should have triggered the rule.
        public var expectedToTrigger: Bool
    }

    public let engine: ReviewEngine

    public init(pack: RulePack) {
        engine = ReviewEngine(pack: pack, oneFindingPerCategory: false)
    }

    /// The examples that do not behave as their rule says, and how many examples ran.
    public func run() -> (failures: [Failure], examplesRun: Int) {
        var failures: [Failure] = []
        var count = 0
        for rule in engine.compiled.pack.rules {
            for (examples, expected) in [(rule.examples.triggering, true), (rule.examples.nonTriggering, false)] {
                for example in examples {
                    count += 1
                    let fired = engine.review(text: example).contains { $0.ruleID == rule.id }
                    if fired != expected { failures.append(Failure(ruleID: rule.id, example: example, expectedToTrigger: expected)) }
                }
            }
        }
        return (failures, count)
    }
}
