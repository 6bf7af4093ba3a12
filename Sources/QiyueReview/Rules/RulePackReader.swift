import Foundation
import QiyueCore

/// Reads one pack file: parses it keeping positions, checks its field names, decodes it,
/// validates it and puts every problem at its line and column.
///
/// The position-keeping parser comes first so that a syntax error, an unknown key and a
/// rule naming an undeclared category are all reported as `pack.json:LINE:COL`, the way
/// every other input of the toolkit is.
struct RulePackReader {
    let data: Data
    let path: String

    /// The largest pack file read.
    static let maximumBytes = 16 << 20

    /// The pack, read on top of `base` when given (its categories and term sets count as
    /// declared); every problem found is thrown at once, in file order.
    func read(over base: RulePack?) throws -> RulePack {
        // Parsed with positions a pack takes about four times its size; the built-in one has
        // under a megabyte, so a larger file is a mistake (or an attack), refused unparsed.
        guard data.count <= Self.maximumBytes else {
            throw RulePackError(path: path, message: LocalizedText(zh: "规则包超过 \(Self.maximumBytes >> 20) MiB 的上限，未读取",
                                                               en: "the rule pack is larger than the \(Self.maximumBytes >> 20) MiB limit and was not read"))
        }
        let bytes = [UInt8](data)
        let source = JSONSourceMap(bytes: bytes)
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            let (line, column) = source.position(ofByte: error.offset)
            throw RulePackError(path: path, problems: [RulePackProblem(error.message, line: line, column: column)])
        }
        guard root.value.members != nil else {
            throw RulePackError(path: path, problems: [RulePackProblem(zh: "规则包应为一个 JSON 对象", en: "a rule pack must be a JSON object")])
        }
        let fieldProblems = RulePackFieldCheck.problems(in: root)
        var pack: RulePack
        do {
            pack = try JSONDecoder().decode(RulePack.self, from: data)
        } catch let error as DecodingError {
            throw RulePackError(path: path, problems: locate(fieldProblems + [Self.describe(error)], in: root, source: source))
        }
        if let base { pack.resolveCategories(from: base.categories) }
        let problems = fieldProblems + RulePackValidator.problems(in: pack, over: base)
        guard problems.isEmpty else { throw RulePackError(path: path, problems: locate(problems, in: root, source: source)) }
        return pack
    }

    /// Gives each problem the line and column of its value (or key), sorted by place.
    func locate(_ problems: [RulePackProblem], in root: JSONNode, source: JSONSourceMap) -> [RulePackProblem] {
        let located = problems.map { problem -> (Int, RulePackProblem) in
            var problem = problem
            let offset = Self.offset(of: problem.pointer, atKey: problem.atKey, in: root)
            (problem.line, problem.column) = source.position(ofByte: offset)
            return (offset, problem)
        }
        return located.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    /// The byte offset of the value at `pointer`, of its key when `atKey`, or of the
    /// nearest enclosing value that exists.
    static func offset(of pointer: JSONPointer, atKey: Bool, in root: JSONNode) -> Int {
        var pointer = pointer
        while !pointer.tokens.isEmpty, root.node(at: pointer) == nil { pointer = pointer.parent }
        guard let node = root.node(at: pointer) else { return root.offset }
        if atKey, let key = pointer.last, let member = root.node(at: pointer.parent)?.value.members?.last(where: { $0.key == key }) {
            return member.keyOffset
        }
        return node.offset
    }

    /// A decoding error (missing field, wrong type, a value out of its set) as a problem at
    /// the JSON path it names.
    static func describe(_ error: DecodingError) -> RulePackProblem {
        func pointer(_ context: DecodingError.Context) -> JSONPointer {
            JSONPointer(context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue })
        }
        switch error {
        case let .keyNotFound(key, context):
            let at = pointer(context)
            return RulePackProblem(zh: "缺少字段“\(key.stringValue)”（位置 \(RulePackFieldCheck.path(at))）",
                en: "missing field '\(key.stringValue)' at \(RulePackFieldCheck.path(at))", at: at)
        case let .typeMismatch(_, context), let .valueNotFound(_, context):
            let at = pointer(context)
            return RulePackProblem(zh: "字段类型错误（位置 \(RulePackFieldCheck.path(at))）", en: "wrong type at \(RulePackFieldCheck.path(at))", at: at)
        case let .dataCorrupted(context):
            let at = pointer(context)
            return RulePackProblem(zh: "取值无效（位置 \(RulePackFieldCheck.path(at))）", en: "invalid value at \(RulePackFieldCheck.path(at))", at: at)
        @unknown default:
            return RulePackProblem(zh: "规则包格式错误", en: "malformed rule pack")
        }
    }
}
