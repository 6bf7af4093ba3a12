import QiyueCore

/// The declaration of one command-line option.
///
/// Options are declared as values so that the parser, the help text and the "did you
/// mean" suggestions all come from one list.
public struct OptionSpec: Sendable {
    /// The long name without the leading dashes, e.g. `format` for `--format`.
    public var name: String
    /// A one-letter alias, e.g. `o` for `-o`.
    public var short: Character?
    /// The placeholder shown in help (`FILE`, `FORMAT`); `nil` for a flag that takes no value.
    public var valueName: String?
    public var help: LocalizedText

    public init(_ name: String, short: Character? = nil, value valueName: String? = nil, help: LocalizedText) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
    }

    public var takesValue: Bool { valueName != nil }

    /// `-o, --output FILE` as shown in help.
    public var synopsis: String {
        var text = short.map { "-\($0), " } ?? "    "
        text += "--\(name)"
        if let valueName { text += " \(valueName)" }
        return text
    }
}
