/// A name or attribute that the data does not have.
///
/// Jinja's `StrictUndefined` lets a template ask `is defined` or give a `default`, and
/// fails on any other use; the value keeps the full path (`project.amount`) and the
/// object the lookup failed on, so the failure can name the keys that do exist. Its fields
/// live in one shared box, which keeps every `TemplateValue` small and cheap to copy.
public struct UndefinedValue: Sendable {
    private let details: UndefinedDetails

    /// A missing top-level name or a value with no neighbours to suggest.
    init(path: String, siblings: [String]?, offset: Int, lenient: Bool = false) {
        details = UndefinedDetails(path: path, object: nil, topLevel: siblings == nil, offset: offset, lenient: lenient)
    }

    /// A key missing from `object`; its keys are listed only if the failure is reported.
    init(path: String, missingFrom object: TemplateObject, offset: Int) {
        details = UndefinedDetails(path: path, object: object, topLevel: false, offset: offset, lenient: false)
    }

    /// The dotted path as written, such as `project.amount` or `items[3]`.
    var path: String { details.path }
    /// The keys of the object the lookup failed on; `nil` for a top-level name, whose
    /// neighbours are the variables in scope when the failure is reported.
    var siblings: [String]? { details.topLevel ? nil : (details.object?.keys ?? []) }
    /// Where in the template the lookup was written (a byte offset).
    var offset: Int { details.offset }
    /// Whether this is the lenient undefined of `a if c` without `else`, which Jinja2
    /// prints as nothing even under `StrictUndefined`.
    var lenient: Bool { details.lenient }
}
