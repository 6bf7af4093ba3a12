import Foundation
import QiyueCore

/// The entry point: compiles templates once, with one set of options and one template root.
///
/// ```swift
/// let environment = TemplateEnvironment(root: templatesDirectory)
/// let template = try environment.template(named: "agreement.md")
/// let text = try template.render(try TemplateValue(jsonData: data))
/// ```
///
/// `include` and `extends` load from `root` only (nil: no loader, so they fail). Compiled
/// templates are cached, so rendering thousands of records parses each file once.
public struct TemplateEnvironment: Sendable {
    public let options: TemplateOptions
    let loader: TemplateLoader?
    let cache = TemplateCache()

    public init(root: URL?, options: TemplateOptions = TemplateOptions()) {
        self.loader = root.map(TemplateLoader.init(root:))
        self.options = options
    }

    /// An environment whose templates are the given texts by `/`-separated name, for
    /// templates compiled into the program; `include` and `extends` reach only these.
    public init(files: [String: String], options: TemplateOptions = TemplateOptions()) {
        self.loader = TemplateLoader(files: files)
        self.options = options
    }

    /// Loads and compiles a template from the root (cached).
    public func template(named name: String) throws -> Template {
        do {
            return Template(compiled: try compiled(named: name, offset: 0), environment: self)
        } catch let failure as RenderFailure {
            let message = failure.message.text(in: options.language)
            throw TemplateError(diagnostic: .error(message), sourceLine: nil)
        }
    }

    /// The files read from the root so far (the named templates and what they included or
    /// extended), so that a command can refuse to write its output over any of them.
    public var loadedFiles: [String] { cache.files }

    /// Compiles template text given directly; `name` is used in messages and decides autoescaping.
    public func template(source: String, name: String) throws -> Template {
        let compiled = try CompiledTemplate(source: SourceText(name: name, text: source), options: options)
        cache.store(compiled, as: name)
        return Template(compiled: compiled, environment: self)
    }

    /// The compiled template of a name, for `include` and `extends`. Loader problems are
    /// `RenderFailure`s positioned at `offset` in the including template.
    func compiled(named name: String, offset: Int) throws -> CompiledTemplate {
        if let cached = cache.template(named: name) { return cached }
        guard let loader else {
            var failure = RenderFailure(zh: "找不到模板“\(name)”（未设置模板目录）", en: "template '\(name)' not found (no template root)", offset: offset)
            failure.isMissingTemplate = true
            throw failure
        }
        let text: String
        do {
            let loaded = try loader.load(name)
            text = loaded.text
            if let path = loaded.path { cache.recordFile(path) }
        } catch {
            var failure: RenderFailure
            switch error {
            case .outsideRoot:
                failure = RenderFailure(zh: "模板“\(name)”不在模板目录之内，拒绝读取", en: "template '\(name)' is outside the template root", offset: offset)
            case .notFound:
                failure = RenderFailure(zh: "找不到模板“\(name)”", en: "template '\(name)' not found", offset: offset)
                failure.isMissingTemplate = true
            case let .unreadable(path):
                failure = RenderFailure(zh: "无法读取模板“\(path)”（须为 UTF-8 文本）", en: "cannot read template '\(path)' (must be UTF-8 text)", offset: offset)
            }
            throw failure
        }
        let compiled = try CompiledTemplate(source: SourceText(name: name, text: text), options: options)
        cache.store(compiled, as: name)
        return compiled
    }
}
