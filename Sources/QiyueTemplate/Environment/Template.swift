import QiyueCore

/// A compiled template: compile once, render many times, from any thread.
public struct Template: Sendable {
    let compiled: CompiledTemplate
    let environment: TemplateEnvironment

    /// The name the template was loaded or compiled under.
    public var name: String { compiled.source.name }

    /// Renders the template with `context` (a JSON object) as its variables.
    ///
    /// - Throws: `TemplateError` positioned in the template (or an included one).
    public func render(_ context: TemplateValue) throws -> String {
        String(decoding: try renderUTF8(context), as: UTF8.self)
    }

    /// Renders to UTF-8 bytes, for writing to a file without converting to `String` and back.
    public func renderUTF8(_ context: TemplateValue) throws -> [UInt8] {
        let data: TemplateObject
        switch context {
        case let .object(object): data = object
        case .none: data = TemplateObject()
        default:
            let message = LocalizedText(zh: "模板数据必须是 JSON 对象，而不是“\(context.kindName)”", en: "template data must be a JSON object, not '\(context.kindName)'")
            throw TemplateError(diagnostic: .error(message.text(in: environment.options.language)), sourceLine: nil)
        }
        let renderer = Renderer(environment: environment, data: data)
        return try renderer.render(compiled)
    }
}
