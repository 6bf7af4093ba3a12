import Foundation
import QiyueCore
import QiyueProjects

/// The entry point behind `main.swift`: picks the command, parses its options, runs it
/// and turns every failure into a message and an exit status, never a stack trace.
public struct CommandLineTool: Sendable {
    public init() {}

    /// Runs `qiyue` with `arguments` (without the program name) and returns the exit status.
    public func run(_ arguments: [String], context: CommandContext) -> Int32 {
        var arguments = arguments
        // `--lang` may also stand before the command: `qiyue --lang en review …`.
        while let first = arguments.first, first.hasPrefix("--lang") {
            let value: String?
            if first.hasPrefix("--lang=") {
                value = String(first.dropFirst("--lang=".count))
                arguments.removeFirst()
            } else if first == "--lang", arguments.count >= 2 {
                value = arguments[1]
                arguments.removeFirst(2)
            } else {
                break
            }
            guard let value, let language = Language(code: value) else {
                return usageFailure(.invalidValue(option: "--lang", value: value ?? "", expected: "zh|en"), context: context)
            }
            context.language = language
        }
        guard let first = arguments.first else {
            context.writeOut(HelpFormatter(language: context.language).overview())
            return ExitCode.success.rawValue
        }
        switch first {
        case "--help", "-h":
            context.writeOut(HelpFormatter(language: context.language).overview())
            return ExitCode.success.rawValue
        case "--version", "-V":
            context.writeOut("qiyue \(QiyueVersion.current)\n")
            return ExitCode.success.rawValue
        default:
            break
        }
        guard let command = CommandRegistry.command(named: first) else {
            let suggestion = EditDistance.closest(to: first, among: CommandRegistry.commands.map(\.name))
            if first.hasPrefix("-") {
                return usageFailure(.unknownOption(first, suggestion: nil), context: context)
            }
            return usageFailure(.unknownCommand(first, suggestion: suggestion), context: context)
        }
        let parser = OptionParser(command.options + CommonOptions.all)
        let parsed: ParsedArguments
        do {
            parsed = try parser.parse(Array(arguments.dropFirst()))
        } catch {
            return usageFailure(error, context: context, command: command)
        }
        if let code = parsed.value("lang") {
            guard let language = Language(code: code) else {
                return usageFailure(.invalidValue(option: "--lang", value: code, expected: "zh|en"), context: context, command: command)
            }
            context.language = language
        }
        if parsed.flag("help") {
            context.writeOut(HelpFormatter(language: context.language).help(for: command))
            return ExitCode.success.rawValue
        }
        do {
            // A build without its built-in project data says so here, before any command
            // relies on it half-way through; decoding it once now is the same work the
            // project commands would do anyway. Review and rules never read it, so a review
            // of one small file does not pay for decoding it.
            if command.usesProjectData { try BuiltInProjectData.verify() }
            return try command.run(parsed, context: context)
        } catch let error as UsageError {
            return usageFailure(error, context: context, command: command)
        } catch let diagnostic as Diagnostic {
            context.report(diagnostic)
            return ExitCode.usageOrInput.rawValue
        } catch let error as EmbeddedResourceError {
            context.report(.error(error.message.text(in: context.language)))
            return ExitCode.usageOrInput.rawValue
        } catch {
            context.report(.error(String(describing: error)))
            return ExitCode.usageOrInput.rawValue
        }
    }

    private func usageFailure(_ error: UsageError, context: CommandContext, command: (any Command)? = nil) -> Int32 {
        let printer = context.errorPrinter
        context.writeErr("qiyue: " + printer.headline(.error(error.message(in: context.language))) + "\n")
        let helpHint = command.map { "qiyue \($0.name) --help" } ?? "qiyue --help"
        context.writeErr(context.localized(zh: "运行“\(helpHint)”查看用法。\n", en: "Run '\(helpHint)' for usage.\n"))
        return ExitCode.usageOrInput.rawValue
    }
}
