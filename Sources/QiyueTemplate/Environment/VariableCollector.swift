/// The data a template reads: every variable path it uses that the template does not bind
/// itself (`project.name`, `project.land.area_mu`), for `qiyue render --variables`.
///
/// Names bound by `set`, `for`, `with`, macro parameters and imports are the template's own
/// and are left out, as are the built-in functions; a path stops where a computed key or a
/// call makes the rest unknowable (`rows[i]` gives `rows`).
struct VariableCollector {
    private(set) var paths: [String] = []
    private var seen: Set<String> = []

    /// The names the template binds at a point, and those that stand for a data path
    /// (`{% set p = project %}`, `{% for c in project.contacts %}` gives `project.contacts[]`).
    struct Names {
        var bound: Set<String> = []
        var aliases: [String: String] = [:]

        func contains(_ name: String) -> Bool { bound.contains(name) }

        func union<S: Sequence>(_ names: S) -> Names where S.Element == String {
            var copy = self
            copy.formUnion(names)
            return copy
        }

        mutating func formUnion<S: Sequence>(_ names: S) where S.Element == String {
            for name in names {
                bound.insert(name)
                aliases[name] = nil
            }
        }

        mutating func insert(_ name: String) { formUnion([name]) }
    }

    mutating func collect(_ nodes: [Node], blocks: [String: [Node]]) {
        var bound = Names()
        visit(nodes, bound: &bound, blocks: blocks)
    }

    private mutating func add(_ path: String) {
        if seen.insert(path).inserted { paths.append(path) }
    }

    private mutating func visit(_ nodes: [Node], bound: inout Names, blocks: [String: [Node]]) {
        for node in nodes {
            switch node {
            case .text, .loopControl: break
            case let .output(expression, _): visit(expression, bound)
            case let .conditional(branches, otherwise):
                for branch in branches {
                    visit(branch.condition, bound)
                    var inner = bound
                    visit(branch.body, bound: &inner, blocks: blocks)
                }
                var inner = bound
                visit(otherwise, bound: &inner, blocks: blocks)
            case let .forLoop(loop):
                visit(loop.iterable, bound)
                var inner = bound.union(Self.names(loop.target)).union(["loop"])
                if case let .name(item) = loop.target, let path = Self.dataPath(of: loop.iterable, bound) { inner.aliases[item] = path + "[]" }
                if let condition = loop.condition { visit(condition, inner) }
                visit(loop.body, bound: &inner, blocks: blocks)
                var otherwise = bound
                visit(loop.otherwise, bound: &otherwise, blocks: blocks)
            case let .assign(target, expression):
                visit(expression, bound)
                let path = Self.dataPath(of: expression, bound)
                bound.formUnion(Self.names(target))
                if case let .name(name) = target, let path { bound.aliases[name] = path }
            case let .assignBlock(target, body, filters):
                var inner = bound
                visit(body, bound: &inner, blocks: blocks)
                for filter in filters { visit(filter.arguments, bound) }
                bound.formUnion(Self.names(target))
            case let .include(expression, _, _, _): visit(expression, bound)
            case let .block(name, _):
                var inner = bound
                visit(blocks[name] ?? [], bound: &inner, blocks: blocks)
            case let .macro(definition):
                bound.insert(definition.name)
                visit(definition, bound)
            case let .callBlock(block):
                visit(block.call, bound)
                visit(block.caller, bound)
            case let .filterBlock(filters, body):
                for filter in filters { visit(filter.arguments, bound) }
                var inner = bound
                visit(body, bound: &inner, blocks: blocks)
            case let .with(assignments, body):
                var inner = bound
                for (target, value) in assignments {
                    visit(value, inner)
                    inner.formUnion(Self.names(target))
                }
                visit(body, bound: &inner, blocks: blocks)
            case let .importTemplate(statement):
                visit(statement.template, bound)
                if let alias = statement.alias { bound.insert(alias) }
                bound.formUnion(statement.names.map(\.alias))
            }
        }
    }

    private mutating func visit(_ definition: MacroDefinition, _ bound: Names) {
        var inner = bound.union(definition.parameters.map(\.name)).union(["caller", "varargs", "kwargs"])
        for parameter in definition.parameters { if let value = parameter.defaultValue { visit(value, bound) } }
        visit(definition.body, bound: &inner, blocks: [:])
    }

    private mutating func visit(_ arguments: Arguments, _ bound: Names) {
        for expression in arguments.positional { visit(expression, bound) }
        for pair in arguments.keyword { visit(pair.value, bound) }
    }

    private mutating func visit(_ expression: Expression, _ bound: Names) {
        if Self.path(of: expression) != nil {
            if let path = Self.dataPath(of: expression, bound) { add(path) }
            return
        }
        switch expression {
        case .literal, .name: break
        case let .attribute(base, _, _): visit(base, bound)
        case let .item(base, key, _):
            visit(base, bound)
            visit(key, bound)
        case let .slice(base, start, stop, step, _):
            visit(base, bound)
            for part in [start, stop, step].compactMap({ $0 }) { visit(part, bound) }
        case let .list(items): for item in items { visit(item, bound) }
        case let .dictionary(pairs):
            for pair in pairs {
                visit(pair.key, bound)
                visit(pair.value, bound)
            }
        case let .negate(inner, _), let .plus(inner, _), let .not(inner): visit(inner, bound)
        case let .binary(_, left, right, _), let .and(left, right), let .or(left, right):
            visit(left, bound)
            visit(right, bound)
        case let .compare(left, rest):
            visit(left, bound)
            for part in rest { visit(part.operand, bound) }
        case let .concat(parts, _): for part in parts { visit(part, bound) }
        case let .conditional(condition, then, otherwise):
            visit(condition, bound)
            visit(then, bound)
            if let otherwise { visit(otherwise, bound) }
        case let .filter(base, filter):
            visit(base, bound)
            visit(filter.arguments, bound)
        case let .test(base, test):
            visit(base, bound)
            visit(test.arguments, bound)
        case let .call(callee, arguments, _):
            // `project.get('x')`, `row.items()`: the method is no data; what it is called on is.
            if case let .attribute(base, _, _) = callee { visit(base, bound) } else { visit(callee, bound) }
            visit(arguments, bound)
        }
    }

    /// `project.land.area_mu` for a chain of attributes and literal keys on a name.
    private static func path(of expression: Expression) -> String? {
        switch expression {
        case let .name(name, _): return name
        case let .attribute(base, name, _): return path(of: base).map { $0 + "." + name }
        case let .item(base, .literal(.string(key)), _): return path(of: base).map { $0 + "." + key }
        case let .item(base, .literal(.int(index)), _): return path(of: base).map { $0 + "[\(index)]" }
        default: return nil
        }
    }

    private static func names(_ target: AssignTarget) -> Set<String> {
        switch target {
        case let .name(name): return [name]
        case .attribute: return []
        case let .tuple(targets, _): return targets.reduce(into: []) { $0.formUnion(names($1)) }
        }
    }

    /// The data path an expression stands for under `names`, when it is one.
    private static func dataPath(of expression: Expression, _ names: Names) -> String? {
        guard let path = path(of: expression) else { return nil }
        let root = String(path.prefix { $0 != "." && $0 != "[" })
        if let alias = names.aliases[root] { return alias + path.dropFirst(root.count) }
        guard !names.contains(root), BuiltinFunction(rawValue: root) == nil else { return nil }
        return path
    }
}

extension Template {
    /// The variable paths the template reads from its data, in order of first use.
    public var variables: [String] {
        var collector = VariableCollector()
        collector.collect(compiled.nodes, blocks: compiled.blocks)
        return collector.paths
    }
}
