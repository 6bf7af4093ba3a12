/// The `loop` variable of one `{% for %}`: position, length, neighbours and `cycle()`.
///
/// A class, so that advancing the loop updates the one object the body's scope holds
/// instead of rebuilding a dictionary of ten entries on every iteration.
final class LoopState: @unchecked Sendable {
    let items: [TemplateValue]
    @exclusivity(unchecked) var index0 = 0
    /// The arguments of the last `loop.changed(…)` call; `nil` before the first.
    var lastChanged: [TemplateValue]?
    /// 1 for the outermost level of a `recursive` loop.
    let depth: Int
    /// The loop itself, so that `loop(children)` can recurse in a `recursive` loop.
    let definition: ForLoop?
    let template: CompiledTemplate?

    init(items: [TemplateValue], depth: Int, definition: ForLoop?, template: CompiledTemplate?) {
        self.items = items
        self.depth = depth
        self.definition = definition
        self.template = template
    }

    /// The value of `loop.<name>`, or `nil` for an attribute the loop does not have.
    func attribute(_ name: String) -> TemplateValue? {
        let length = items.count
        // Dispatch on the name's length first: comparing unequal strings is the slow case.
        switch name.utf8.count {
        case 4:
            if name == "last" { return .bool(index0 == length - 1) }
        case 5:
            switch name {
            case "index": return .int(index0 + 1)
            case "first": return .bool(index0 == 0)
            case "depth": return .int(depth)
            case "cycle": return .native(NativeValue(kind: .cycler(self)))
            default: break
            }
        case 6:
            switch name {
            case "index0": return .int(index0)
            case "length": return .int(length)
            case "depth0": return .int(depth - 1)
            default: break
            }
        case 7:
            if name == "changed" { return .native(NativeValue(kind: .changed(self))) }
        case 8:
            switch name {
            case "revindex": return .int(length - index0)
            case "previtem": return index0 > 0 ? items[index0 - 1] : .undefined(UndefinedValue(path: "loop.previtem", siblings: [], offset: -1))
            case "nextitem": return index0 + 1 < length ? items[index0 + 1] : .undefined(UndefinedValue(path: "loop.nextitem", siblings: [], offset: -1))
            default: break
            }
        case 9:
            if name == "revindex0" { return .int(length - index0 - 1) }
        default:
            break
        }
        return nil
    }
}
