import QiyueCore

/// A GNU-style command-line parser: `--name value`, `--name=value`, `-o value`, `-ovalue`,
/// grouped short flags (`-fq`), `--` to end options, and `-` as an ordinary argument.
///
/// It is hand-written because the toolkit may depend on nothing but the toolchain; its
/// behaviour follows getopt_long, which is what users of command-line tools expect.
public struct OptionParser: Sendable {
    public var specs: [OptionSpec]

    public init(_ specs: [OptionSpec]) {
        self.specs = specs
    }

    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
            } else if argument == "--" {
                optionsEnded = true
            } else if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                let name: String
                var inlineValue: String?
                if let equals = body.firstIndex(of: "=") {
                    name = String(body[..<equals])
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    name = String(body)
                }
                guard let spec = specs.first(where: { $0.name == name }) else {
                    throw .unknownOption("--" + name, suggestion: suggestion(forLong: name))
                }
                if spec.takesValue {
                    if let inlineValue {
                        result.options[name, default: []].append(inlineValue)
                    } else if index < arguments.count {
                        result.options[name, default: []].append(arguments[index])
                        index += 1
                    } else {
                        throw .missingValue(option: "--" + name)
                    }
                } else {
                    if inlineValue != nil { throw .unexpectedValue(option: "--" + name) }
                    result.options[name, default: []].append("")
                }
            } else {
                // `-format` is a long option typed with one dash, not the flags -f -o -r …:
                // getopt would silently misread it, so say what was probably meant.
                let word = String(argument.dropFirst())
                if word.count > 1, specs.contains(where: { $0.name == word.split(separator: "=").first.map(String.init) }) {
                    throw .unknownOption(argument, suggestion: "--" + word)
                }
                // One or more short options: -o FILE, -oFILE, -fq.
                var letters = Substring(argument.dropFirst())
                while let letter = letters.first {
                    letters = letters.dropFirst()
                    guard let spec = specs.first(where: { $0.short == letter }) else {
                        throw .unknownOption("-" + String(letter), suggestion: suggestion(forShort: letter, whole: argument))
                    }
                    if spec.takesValue {
                        if !letters.isEmpty {
                            result.options[spec.name, default: []].append(String(letters))
                        } else if index < arguments.count {
                            result.options[spec.name, default: []].append(arguments[index])
                            index += 1
                        } else {
                            throw .missingValue(option: "-" + String(letter))
                        }
                        break
                    }
                    result.options[spec.name, default: []].append("")
                }
            }
        }
        return result
    }

    private func suggestion(forLong name: String) -> String? {
        EditDistance.closest(to: name, among: specs.map(\.name)).map { "--" + $0 }
    }

    private func suggestion(forShort letter: Character, whole: String) -> String? {
        suggestion(forLong: String(whole.dropFirst()))
    }
}
