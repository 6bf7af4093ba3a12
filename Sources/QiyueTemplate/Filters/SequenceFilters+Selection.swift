/// The filters that apply a filter or test to each item: `map`, `select`, `reject`,
/// `selectattr`, `rejectattr`.
extension SequenceFilters {
    static let map: FilterFunction = { value, arguments, context in
        let items = try ValueAccess.elements(of: value)
        if arguments.positional.isEmpty, let attribute = arguments.keyword.first(where: { $0.name == "attribute" }) {
            let defaultValue = arguments.keyword.first(where: { $0.name == "default" })?.value
            if let extra = arguments.keyword.first(where: { $0.name != "attribute" && $0.name != "default" }) {
                throw RenderFailure.type("map 没有参数“\(extra.name)”", "Unexpected keyword argument '\(extra.name)'")
            }
            let path = AttributePath(try attribute.value.text())
            return .array(try items.map { try path.value(in: $0, default: defaultValue) })
        }
        guard let name = arguments.positional.first?.stringContent else {
            throw RenderFailure.type("map 需要过滤器名称或 attribute=", "map requires a filter argument")
        }
        guard let filter = FilterRegistry.filters[name] else {
            throw RenderFailure.type("未知的过滤器“\(name)”", "no filter named '\(name)'")
        }
        let rest = FilterArguments(positional: Array(arguments.positional.dropFirst()), keyword: arguments.keyword)
        return .array(try items.map { try filter($0, rest, context) })
    }

    static func select(_ value: TemplateValue, _ arguments: FilterArguments, _ context: FilterContext, attribute: Bool, keep: Bool) throws -> TemplateValue {
        let items = try ValueAccess.elements(of: value)
        var positional = arguments.positional[...]
        var path: AttributePath?
        if attribute {
            guard let name = positional.popFirst() else { throw RenderFailure.type("缺少属性名", "Missing parameter for attribute name") }
            path = AttributePath(try name.text())
        }
        var test: TestFunction?
        if let name = positional.popFirst() {
            let testName = try name.text()
            guard let found = TestRegistry.tests[testName] else {
                throw RenderFailure.type("未知的测试“\(testName)”", "no test named '\(testName)'")
            }
            test = found
        }
        let testArguments = Array(positional)
        return .array(try items.filter { item in
            let subject = try path?.value(in: item) ?? item
            let passed = try test.map { try $0(subject, testArguments) } ?? subject.truthy()
            return passed == keep
        })
    }
}
