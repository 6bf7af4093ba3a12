import QiyueCore
import QiyueTemplate

/// One `--set key=value`: a dotted path and a value, JSON when the text parses as JSON.
///
/// `--set amount=120000000` gives a number, `--set name=光伏` a string, and
/// `--set project.name=光伏` creates or extends the `project` object.
struct VariableAssignment {
    let path: [String]
    let value: TemplateValue

    init(parsing argument: String, language: Language) throws {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
            throw UsageError.invalidValue(option: "--set", value: argument, expected: "KEY=VALUE")
        }
        let key = argument[..<equals]
        let text = String(argument[argument.index(after: equals)...])
        let path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.contains(where: \.isEmpty) else {
            throw UsageError.invalidValue(option: "--set", value: argument, expected: "KEY=VALUE")
        }
        self.path = path
        self.value = (try? TemplateValue(json: text)) ?? .string(text)
    }

    /// Stores the value at the path, creating objects on the way; later `--set`s win.
    func apply(to data: inout TemplateValue) throws {
        data = Self.store(value, at: path[...], in: data)
    }

    private static func store(_ value: TemplateValue, at path: ArraySlice<String>, in container: TemplateValue) -> TemplateValue {
        guard let key = path.first else { return value }
        var object = TemplateObject()
        if case let .object(existing) = container { object = existing }
        object[key] = store(value, at: path.dropFirst(), in: object[key] ?? .none)
        return .object(object)
    }
}
