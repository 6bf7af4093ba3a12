/// The variables in scope while rendering: a stack of frames kept as two flat arrays.
///
/// Frames are small (a loop variable, `loop`, a few `set`s), so a backwards scan with
/// string comparison beats hashing every name into a dictionary per frame; inner frames
/// come later in the arrays, so the scan finds the innermost binding first.
struct Scope: Sendable {
    private(set) var names: [String] = []
    private(set) var values: [TemplateValue] = []
    /// Where each frame starts in `names`; the root frame starts at 0.
    private var frameStarts: [Int] = [0]

    mutating func push() {
        frameStarts.append(names.count)
    }

    mutating func pop() {
        let start = frameStarts.removeLast()
        names.removeSubrange(start...)
        values.removeSubrange(start...)
    }

    /// The innermost binding of `name`.
    func lookup(_ name: String) -> TemplateValue? {
        let length = name.utf8.count
        var index = names.count - 1
        while index >= 0 {
            // Comparing byte counts first skips most non-matching names without a string comparison.
            if names[index].utf8.count == length, names[index] == name { return values[index] }
            index -= 1
        }
        return nil
    }

    /// Binds `name` in the innermost frame, replacing a binding of the same frame.
    mutating func set(_ name: String, _ value: TemplateValue) {
        let start = frameStarts[frameStarts.count - 1]
        var index = names.count - 1
        while index >= start {
            if names[index] == name {
                values[index] = value
                return
            }
            index -= 1
        }
        names.append(name)
        values.append(value)
    }

    /// The bindings of every frame above the root, outermost first: what a macro defined
    /// inside loops and `with` blocks closes over.
    var bindingsAboveRoot: [(name: String, value: TemplateValue)] {
        guard frameStarts.count > 1 else { return [] }
        return (frameStarts[1]..<names.count).map { (names[$0], values[$0]) }
    }

    /// The bindings of the innermost frame, in the order they were made.
    var innermostBindings: [(name: String, value: TemplateValue)] {
        (frameStarts[frameStarts.count - 1]..<names.count).map { (names[$0], values[$0]) }
    }

    /// Every visible binding in one root frame, the innermost binding of each name winning.
    var flattened: Scope {
        var flat = Scope()
        for index in names.indices { flat.set(names[index], values[index]) }
        return flat
    }

    /// Only the root frame: what a macro body sees besides its arguments.
    var rootFrame: Scope {
        let end = frameStarts.count > 1 ? frameStarts[1] : names.count
        var root = Scope()
        root.names = Array(names[..<end])
        root.values = Array(values[..<end])
        return root
    }
}
