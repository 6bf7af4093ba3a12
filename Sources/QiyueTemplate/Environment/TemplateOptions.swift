import QiyueCore

/// Settings of a `TemplateEnvironment`.
///
/// The defaults reproduce the reference Jinja2 environment of issue 3 —
/// `trim_blocks`, `lstrip_blocks`, `keep_trailing_newline`, `StrictUndefined` (always on)
/// and autoescaping for `.html` / `.html.jinja` — plus the limits that keep a hostile
/// template from exhausting time or memory.
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
    /// Template names ending in one of these are HTML-escaped (Jinja's `select_autoescape(["html"])`).
    public var autoescapeSuffixes: [String]
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
        autoescapeSuffixes: [String] = [".html", ".html.jinja"],
        trimBlocks: Bool = true,
        lstripBlocks: Bool = true,
        keepTrailingNewline: Bool = true
    ) {
        self.language = language
        self.outputLimit = outputLimit
        self.maximumDepth = maximumDepth
        self.maximumLoopIterations = maximumLoopIterations
        self.workBudget = workBudget
        self.autoescapeSuffixes = autoescapeSuffixes
        self.trimBlocks = trimBlocks
        self.lstripBlocks = lstripBlocks
        self.keepTrailingNewline = keepTrailingNewline
    }

    /// Whether a template of this name is HTML-escaped.
    public func autoescapes(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return autoescapeSuffixes.contains { lowered.hasSuffix($0) }
    }
}
