import QiyueCore
import QiyueReview

/// Loads the built-in pack and any `--rules FILE` packs on top of it.
enum RulePackLoader {
    /// The built-in pack merged with the user's packs, in the order given.
    ///
    /// Each pack may use the categories and term sets of those before it. A broken user
    /// pack prints every problem it has (as `file:line:col: error: …`) and stops
    /// the run with exit status 2: reviewing with half a pack would give false comfort.
    static func load(userPacks paths: [String], context: CommandContext) throws -> RulePack? {
        do {
            var pack = try RulePack.builtIn()
            for path in paths { pack = pack.merging(try RulePack.load(path: path, over: pack)) }
            return pack
        } catch let error as RulePackError {
            for diagnostic in error.diagnostics(in: context.language) { context.report(diagnostic) }
            return nil
        }
    }

    /// Only the rules of the user's packs (for `qiyue rules test --rules FILE`).
    static func userRules(_ paths: [String]) -> Set<String> {
        Set(paths.compactMap { try? RulePack.load(path: $0) }.flatMap { $0.rules.map(\.id) })
    }
}
