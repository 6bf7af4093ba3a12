import QiyueCore
import QiyueFiling

/// Opens a register for reading and reports, once, an incomplete last line left by an
/// interrupted append (the next `register add` removes it).
enum RegisterOpening {
    /// - Parameter warningIfBroken: also warn when the chain does not verify, for actions that
    ///   show entries and would otherwise show a tampered register as if it were sound.
    static func read(_ path: String, context: CommandContext, warningIfBroken: Bool = false) -> RegisterContents? {
        do throws(RegisterError) {
            let contents = try RegisterStore.read(path)
            if let tail = contents.tornTail { reportTornTail(tail, path: path, removed: false, context: context) }
            if warningIfBroken, let problem = RegisterVerifier().verify(contents).problem, problem.kind != .incomplete {
                var diagnostic = problem.diagnostic(path: path, language: context.language)
                diagnostic.severity = .warning
                diagnostic.notes.append(.init(context.localized(zh: "登记簿未通过校验，以下内容不可全信；运行 register verify 查看", en: "the register does not verify, so what follows cannot be fully trusted; run register verify")))
                context.report(diagnostic)
            }
            return contents
        } catch {
            context.report(error.diagnostic(in: context.language))
            return nil
        }
    }

    static func reportTornTail(_ tail: RegisterContents.TornTail, path: String, removed: Bool, context: CommandContext) {
        let location = SourceLocation(file: path, line: tail.line, column: 1)
        let message = removed
            ? context.localized(zh: "第 \(tail.line) 行是中断的登记（\(tail.byteCount) 字节，不完整），已在本次登记前移除",
                                en: "line \(tail.line) is an interrupted entry (\(tail.byteCount) bytes, incomplete); removed before this entry")
            : context.localized(zh: "第 \(tail.line) 行是中断的登记（\(tail.byteCount) 字节，不完整），已忽略；下次登记时将移除",
                                en: "line \(tail.line) is an interrupted entry (\(tail.byteCount) bytes, incomplete); ignored, and removed by the next add")
        context.report(.warning(message, at: location))
    }
}
