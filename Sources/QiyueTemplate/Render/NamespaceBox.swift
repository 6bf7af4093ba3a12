/// The object `namespace()` returns: attributes a loop body can change and the code after
/// the loop can read, which is the one sanctioned way out of Jinja's loop scoping.
final class NamespaceBox: @unchecked Sendable {
    var attributes: TemplateObject

    init(_ attributes: TemplateObject) {
        self.attributes = attributes
    }
}
