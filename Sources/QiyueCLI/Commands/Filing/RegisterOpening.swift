import QiyueCore
import QiyueFiling

/// Opens a register for reading and reports, once, an incomplete last line left by an
/// interrupted append (the next `register add` removes it).
enum RegisterOpening {
    static func read(_ path: String, context: CommandContext) -> RegisterContents? {
        do throws(RegisterError) {
            let contents = try RegisterStore.read(path)
            if let tail = contents.tornTail { reportTornTail(tail, path: path, removed: false, context: context) }
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
