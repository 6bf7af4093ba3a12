/// The global functions Jinja2 provides that documents use: `range`, `namespace`, `dict`.
///
/// `lipsum`, `cycler` and `joiner` are left out on purpose: the first produces random text
/// and the others are rarely used in documents.
enum BuiltinFunction: String, Sendable, CaseIterable {
    case range
    case namespace
    case dict
}
