import QiyueCore

/// Why a register could not be read or appended to.
public enum RegisterError: Error, Sendable {
    case missing(path: String)
    case cannotOpen(path: String, reason: String)
    case tooLarge(path: String, bytes: Int)
    /// The register does not verify; nothing is appended to a broken chain.
    case broken(path: String, problem: RegisterProblem)

    public func diagnostic(in language: Language) -> Diagnostic {
        let zh = language == .zh
        switch self {
        case let .missing(path):
            return .error(zh ? "登记簿不存在（可用 register add 创建）" : "no such register (register add creates one)", at: SourceLocation(file: path, line: 1, column: 1))
        case let .cannotOpen(path, reason):
            return .error((zh ? "无法打开登记簿：" : "cannot open the register: ") + reason, at: SourceLocation(file: path, line: 1, column: 1))
        case let .tooLarge(path, bytes):
            return .error(zh ? "登记簿过大（\(bytes) 字节）" : "the register is too large (\(bytes) bytes)", at: SourceLocation(file: path, line: 1, column: 1))
        case let .broken(path, problem):
            var diagnostic = problem.diagnostic(path: path, language: language)
            diagnostic.notes.append(.init(zh ? "登记簿未通过校验，不再追加条目；请先用 register verify 查明原因" : "the register does not verify, so nothing is appended; run register verify first"))
            return diagnostic
        }
    }
}
