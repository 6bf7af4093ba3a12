/// One key and its value in a `TemplateObject`.
struct ObjectEntry: Sendable {
    let key: String
    var value: TemplateValue
}
