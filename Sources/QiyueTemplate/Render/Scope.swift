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

    /// Only the root frame: what a macro body sees besides its arguments.
    var rootFrame: Scope {
        let end = frameStarts.count > 1 ? frameStarts[1] : names.count
        var root = Scope()
        root.names = Array(names[..<end])
        root.values = Array(values[..<end])
        return root
    }
}
