import QiyueCore
import QiyueTemplate
import XCTest

/// Renders template text with JSON data, for tests that state input and output inline; the
/// environment is Jinja2's reference one (HTML names escaped, nothing else), since these tests
/// state Jinja2's behaviour.
func render(_ source: String, _ json: String = "{}", name: String = "test.md", language: Language = .zh) throws -> String {
    var options = TemplateOptions.jinjaReference
    options.language = language
    let environment = TemplateEnvironment(root: nil, options: options)
    return try environment.template(source: source, name: name).render(try TemplateValue(json: json))
}

/// The diagnostic a template fails with; fails the test when it renders.
func renderError(_ source: String, _ json: String = "{}", name: String = "test.md", language: Language = .zh,
                 file: StaticString = #filePath, line: UInt = #line) -> TemplateError? {
    do {
        let output = try render(source, json, name: name, language: language)
        XCTFail("expected an error, got output \(output.debugDescription)", file: file, line: line)
        return nil
    } catch let error as TemplateError {
        return error
    } catch {
        XCTFail("expected TemplateError, got \(error)", file: file, line: line)
        return nil
    }
}
