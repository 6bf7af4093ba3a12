import QiyueCore

/// Checks a register's hash chain and numbering and names the first bad entry.
///
/// An edited entry no longer matches its own hash; a removed entry leaves a gap in the
/// positions (the next entry says it is number k+1 on line k); entries swapped or inserted
/// break the positions or the links between neighbours; an interrupted append leaves an
/// incomplete last line.
public struct RegisterVerifier: Sendable {
    public init() {}

    public struct Result: Sendable {
        public var entryCount: Int
        /// The hash of the last entry: what pins the whole register when sent upward.
        public var headHash: String
        public var problem: RegisterProblem?
    }

    public func verify(_ contents: RegisterContents) -> Result {
        var previousHash = RegisterEntry.genesis
        var count = 0
        for line in contents.lines {
            let position = line.number
            if let problem = check(line, position: position, previousHash: previousHash) {
                return Result(entryCount: count, headHash: previousHash, problem: problem)
            }
            previousHash = line.chain!.hash
            count += 1
        }
        if let tail = contents.tornTail {
            let problem = RegisterProblem(.incomplete, line: tail.line, entry: tail.line, message: LocalizedText(
                zh: "第 \(tail.line) 条不完整（\(tail.byteCount) 字节，没有换行结尾）：登记时写入被中断，或登记簿被截断",
                en: "entry \(tail.line) is incomplete (\(tail.byteCount) bytes without a line break): an append was interrupted or the register was truncated"))
            return Result(entryCount: count, headHash: previousHash, problem: problem)
        }
        return Result(entryCount: count, headHash: previousHash, problem: nil)
    }

    private func check(_ line: RegisterContents.Line, position: Int, previousHash: String) -> RegisterProblem? {
        if let error = line.syntaxError {
            return RegisterProblem(.notJSON, line: line.number, entry: position, message: LocalizedText(
                zh: "第 \(position) 条不是有效的 JSON（第 \(error.offset + 1) 字节：\(error.message.zh)）：该条被改动",
                en: "entry \(position) is not valid JSON (byte \(error.offset + 1): \(error.message.en)): the entry was changed"))
        }
        guard let entry = line.chain else {
            return RegisterProblem(.notAnEntry, line: line.number, entry: position, message: LocalizedText(
                zh: "第 \(position) 条缺少登记项目：该条被改动", en: "entry \(position) lacks required members: the entry was changed"))
        }
        guard let (body, stored) = EntryLine.split(line.bytes), stored == entry.hash, SM3.Hasher.hex(body) == stored else {
            return RegisterProblem(.contentChanged, line: line.number, entry: position, message: LocalizedText(
                zh: "第 \(position) 条（登记号 \(entry.number)）的内容与其 SM3 哈希不符：该条登记后被改动",
                en: "entry \(position) (number \(entry.number)) does not match its SM3 hash: it was changed after filing"))
        }
        if entry.sequence > position {
            return RegisterProblem(.missingEntry, line: line.number, entry: position, message: LocalizedText(
                zh: "第 \(line.number) 行应为第 \(position) 条，实为第 \(entry.sequence) 条：第 \(position) 条被删除或被移到别处",
                en: "line \(line.number) should hold entry \(position) but holds entry \(entry.sequence): entry \(position) was deleted or moved"))
        }
        if entry.sequence < position {
            return RegisterProblem(.extraEntry, line: line.number, entry: position, message: LocalizedText(
                zh: "第 \(line.number) 行应为第 \(position) 条，实为第 \(entry.sequence) 条：条目被插入、重复或调换",
                en: "line \(line.number) should hold entry \(position) but holds entry \(entry.sequence): an entry was inserted, repeated or moved"))
        }
        if entry.previous != previousHash, position == 1 {
            return RegisterProblem(.chainBroken, line: line.number, entry: position, message: LocalizedText(
                zh: "第 1 条记录的前一条哈希不是起始值（64 个 0）：登记簿开头被替换",
                en: "entry 1 records a previous hash other than the start value (64 zeros): the start of the register was replaced"))
        }
        if entry.previous != previousHash {
            return RegisterProblem(.chainBroken, line: line.number, entry: position, message: LocalizedText(
                zh: "第 \(position) 条记录的前一条哈希与第 \(position - 1) 条不符：其前的条目被替换",
                en: "entry \(position) records a previous hash that is not entry \(position - 1)'s: an earlier entry was replaced"))
        }
        return nil
    }
}
