/// The immutable fields of an `UndefinedValue`.
final class UndefinedDetails: Sendable {
    let path: String
    let object: TemplateObject?
    let topLevel: Bool
    let offset: Int
    let lenient: Bool

    init(path: String, object: TemplateObject?, topLevel: Bool, offset: Int, lenient: Bool) {
        self.path = path
        self.object = object
        self.topLevel = topLevel
        self.offset = offset
        self.lenient = lenient
    }
}
