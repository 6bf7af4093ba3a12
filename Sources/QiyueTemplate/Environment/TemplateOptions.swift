import QiyueCore

/// Settings of a `TemplateEnvironment`.
///
/// The defaults reproduce the reference Jinja2 environment — `trim_blocks`, `lstrip_blocks`,
/// `keep_trailing_newline`, `StrictUndefined` (always on) and HTML autoescaping for `.html`
/// names — and add escaping for the other content types Qiyue drafts (Markdown, XML), plus
/// the limits that keep a hostile template from exhausting time or memory. `jinjaReference`
/// escapes HTML only, exactly as Jinja2's `select_autoescape(["html"])`, for comparing output
/// with Jinja2.
public struct TemplateOptions: Sendable {
    /// The language of error messages.
    public var language: Language
    /// The most bytes one render may produce before it stops with an error.
    public var outputLimit: Int
    /// The deepest nesting of macro calls, includes, extends and recursive loops.
    public var maximumDepth: Int
    /// The most loop iterations one render may run, so a template cannot loop for hours.
    public var maximumLoopIterations: Int
    /// The most work one render may do, in units: one per macro call, include, recursive
    /// loop call and loop step, plus one per 256 bytes (or elements) of every value an
    /// operator, filter or call builds, or a filter reads. The standard agreement uses a few
    /// thousand; the limit stops exponential macros and include chains within a second or two.
    public var workBudget: Int
    /// How a template's printed values are escaped, by the ending of its name; the first
    /// matching ending wins and names matching none are not escaped.
    public var contentTypes: [(suffix: String, escaping: OutputEscaping)]
    /// Remove the first newline after a block tag.
    public var trimBlocks: Bool
    /// Strip spaces and tabs before a block tag at the start of a line.
    public var lstripBlocks: Bool
    /// Keep a single newline at the end of the template.
    public var keepTrailingNewline: Bool

    public init(
        language: Language = .zh,
        outputLimit: Int = 64 << 20,
        maximumDepth: Int = 64,
        maximumLoopIterations: Int = 10_000_000,
        workBudget: Int = 1_000_000,
        contentTypes: [(suffix: String, escaping: OutputEscaping)] = TemplateOptions.standardContentTypes,
        trimBlocks: Bool = true,
        lstripBlocks: Bool = true,
        keepTrailingNewline: Bool = true
    ) {
        self.language = language
        self.outputLimit = outputLimit
        self.maximumDepth = maximumDepth
        self.maximumLoopIterations = maximumLoopIterations
        self.workBudget = workBudget
        self.contentTypes = contentTypes
        self.trimBlocks = trimBlocks
        self.lstripBlocks = lstripBlocks
        self.keepTrailingNewline = keepTrailingNewline
    }

    /// Jinja2's `select_autoescape(["html"])`: HTML names are HTML-escaped, nothing else is.
    public static let jinjaContentTypes: [(suffix: String, escaping: OutputEscaping)] = [
        (".html", .html), (".html.jinja", .html), (".htm", .html), (".htm.jinja", .html),
    ]

    /// HTML as Jinja2, and Markdown and XML (Word's parts) escaped for their own syntax.
    public static let standardContentTypes: [(suffix: String, escaping: OutputEscaping)] = jinjaContentTypes + [
        (".md", .markdown), (".md.jinja", .markdown), (".markdown", .markdown), (".markdown.jinja", .markdown),
        (".xml", .xml), (".xml.jinja", .xml),
    ]

    /// The options of the reference Jinja2 environment, which escapes HTML names only.
    public static var jinjaReference: TemplateOptions {
        TemplateOptions(contentTypes: jinjaContentTypes)
    }

    /// How a template of this name escapes what it prints.
    public func escaping(for name: String) -> OutputEscaping {
        let lowered = name.lowercased()
        return contentTypes.first { lowered.hasSuffix($0.suffix) }?.escaping ?? .none
    }

    /// Whether a template of this name escapes what it prints.
    public func autoescapes(_ name: String) -> Bool {
        escaping(for: name).isActive
    }
}
