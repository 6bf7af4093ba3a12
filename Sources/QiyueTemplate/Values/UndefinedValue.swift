/// A name or attribute that the data does not have.
///
/// Jinja's `StrictUndefined` lets a template ask `is defined` or give a `default`, and
/// fails on any other use; the value keeps the full path (`project.amount`) and the
/// names that do exist beside it, so the failure can say what was meant.
public struct UndefinedValue: Sendable {
    /// The dotted path as written, such as `project.amount` or `items[3]`.
    let path: String
    /// The keys of the object the lookup failed on; `nil` for a top-level name, whose
    /// neighbours are the variables in scope when the failure is reported.
    let siblings: [String]?
    /// Where in the template the lookup was written (a byte offset).
    let offset: Int
    /// Whether this is the lenient undefined of `a if c` without `else`, which Jinja2
    /// prints as nothing even under `StrictUndefined`.
    var lenient = false

    init(path: String, siblings: [String]?, offset: Int, lenient: Bool = false) {
        self.path = path
        self.siblings = siblings
        self.offset = offset
        self.lenient = lenient
    }
}
