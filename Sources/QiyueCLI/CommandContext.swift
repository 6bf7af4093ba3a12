import Foundation
import QiyueCore
import QiyueDocuments

/// Everything a command may touch outside its arguments: the streams, the language and
/// whether to colour output.
///
/// Commands receive the world through this value instead of reaching for globals, so
/// tests run them in-process with captured output and a fake standard input.
public final class CommandContext: @unchecked Sendable {
    public var language: Language
    /// Whether standard error is a terminal that should get ANSI colours.
    public var colorErrors: Bool
    /// Whether standard output is a terminal that should get ANSI colours.
    public var colorOutput: Bool
    /// Whether standard error is a terminal, where a progress line may be redrawn in place.
    public var errorIsTerminal: Bool = false
    public let writeOut: @Sendable (String) -> Void
    /// Writes UTF-8 bytes to standard output. A review report is made as bytes, so it goes
    /// out as they are instead of being checked again as text on the way; a context that
    /// only captures text (the tests) gets them through `writeOut`.
    public let writeOutBytes: @Sendable ([UInt8]) -> Void
    public let writeErr: @Sendable (String) -> Void
    /// Standard input, read whole on demand. Returns `nil` if unreadable.
    public let readStandardInput: @Sendable () -> Data?
    /// The largest HTML page a command writes (a document, a brochure, an opinion); in-process
    /// tests lower it to see the refusal without writing a page of that size.
    public var maximumHTMLBytes = DocumentLimits.maximumHTMLBytes

    public init(
        language: Language = .zh,
        colorErrors: Bool = false,
        colorOutput: Bool = false,
        writeOut: @escaping @Sendable (String) -> Void,
        writeErr: @escaping @Sendable (String) -> Void,
        readStandardInput: @escaping @Sendable () -> Data? = { nil },
        writeOutBytes: (@Sendable ([UInt8]) -> Void)? = nil
    ) {
        self.language = language
        self.colorErrors = colorErrors
        self.colorOutput = colorOutput
        self.writeOut = writeOut
        self.writeOutBytes = writeOutBytes ?? { writeOut(String(decoding: $0, as: UTF8.self)) }
        self.writeErr = writeErr
        self.readStandardInput = readStandardInput
    }

    /// The context of a real process: stdout, stderr, stdin, colour when a terminal and `NO_COLOR` unset.
    public static func standard() -> CommandContext {
        let environment = ProcessInfo.processInfo.environment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let language = environment["QIYUE_LANG"].flatMap(Language.init(code:)) ?? .zh
        let context = CommandContext(
            language: language,
            colorErrors: !noColor && isatty(2) == 1,
            colorOutput: !noColor && isatty(1) == 1,
            writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeErr: { FileHandle.standardError.write(Data($0.utf8)) },
            readStandardInput: { try? FileHandle.standardInput.readToEnd() ?? Data() },
            writeOutBytes: { FileHandle.standardOutput.write(Data($0)) }
        )
        context.errorIsTerminal = isatty(2) == 1
        return context
    }

    /// A printer for diagnostics on standard error in the user's language.
    public var errorPrinter: DiagnosticPrinter {
        DiagnosticPrinter(language: language, colored: colorErrors)
    }

    /// Prints a diagnostic to standard error, with its source line when `index` has it.
    public func report(_ diagnostic: Diagnostic, source index: LineIndex? = nil) {
        writeErr(errorPrinter.render(diagnostic, in: index))
    }

    /// Picks the message for the user's language.
    public func localized(zh: String, en: String) -> String {
        language == .zh ? zh : en
    }
}
