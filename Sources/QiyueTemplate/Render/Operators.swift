import Foundation

/// Python's arithmetic on template values.
///
/// Integers stay integers (`7 // 2` is `3`), `/` always gives a float, `%` and `//` round
/// towards negative infinity, and `+`/`*` also join and repeat strings and lists. Python's
/// integers never overflow; ours are 64-bit, so an overflow is an error instead of a crash.
enum Operators {
    static func binary(_ op: BinaryOperator, _ left: TemplateValue, _ right: TemplateValue, outputLimit: Int, escaping: OutputEscaping = .none) throws -> TemplateValue {
        if case let .undefined(undefined) = left { throw RenderFailure.undefined(undefined) }
        if case let .undefined(undefined) = right { throw RenderFailure.undefined(undefined) }
        if let a = left.numeric, let b = right.numeric, !(op == .modulo && left.stringContent != nil) {
            return try numeric(op, a, b)
        }
        if op == .add, left.builtSize + right.builtSize > (left.stringContent != nil ? outputLimit : maximumListLength) {
            throw tooLarge
        }
        switch (op, left, right) {
        case let (.add, .string(a), .string(b)): return .string(a + b)
        case let (.add, .markup(a), _) where right.stringContent != nil:
            return .markup(a + (try escaping.markup(right)))
        case let (.add, .string(a), .markup(b)): return .markup(escaping.markupEscaping.escape(a) + b)
        case let (.add, .array(a), .array(b)): return .array(a + b)
        case (.multiply, .string, _), (.multiply, .markup, _), (.multiply, .array, _):
            return try repeated(left, right, outputLimit: outputLimit)
        case (.multiply, _, .string), (.multiply, _, .markup), (.multiply, _, .array):
            return try repeated(right, left, outputLimit: outputLimit)
        case (.modulo, .string, _), (.modulo, .markup, _):
            let formatted = try PercentFormat.format(left.stringContent!, right)
            if case .markup = left { return .markup(formatted) }
            return .string(formatted)
        default:
            throw RenderFailure.type(
                "运算“\(op.rawValue)”不支持“\(left.kindName)”和“\(right.kindName)”",
                "unsupported operand type(s) for \(op.rawValue): '\(left.kindName)' and '\(right.kindName)'")
        }
    }

    static func numeric(_ op: BinaryOperator, _ a: Numeric, _ b: Numeric) throws -> TemplateValue {
        if case let .int(x) = a, case let .int(y) = b {
            switch op {
            case .add: return try checked(x.addingReportingOverflow(y))
            case .subtract: return try checked(x.subtractingReportingOverflow(y))
            case .multiply: return try checked(x.multipliedReportingOverflow(by: y))
            case .divide:
                guard y != 0 else { throw divisionByZero }
                return .double(Double(x) / Double(y))
            case .floorDivide:
                guard y != 0 else { throw divisionByZero }
                if x == Int.min, y == -1 { throw overflow }
                let quotient = x / y
                return .int((x % y != 0 && ((x < 0) != (y < 0))) ? quotient - 1 : quotient)
            case .modulo:
                guard y != 0 else { throw divisionByZero }
                if y == -1 { return .int(0) }
                let remainder = x % y
                return .int(remainder != 0 && ((remainder < 0) != (y < 0)) ? remainder + y : remainder)
            case .power:
                if y < 0 { return .double(pow(Double(x), Double(y))) }
                var result = 1, base = x, exponent = y
                while exponent > 0 {
                    if exponent & 1 == 1 { result = try checkedInt(result.multipliedReportingOverflow(by: base)) }
                    exponent >>= 1
                    if exponent > 0 { base = try checkedInt(base.multipliedReportingOverflow(by: base)) }
                }
                return .int(result)
            }
        }
        let x = a.doubleValue, y = b.doubleValue
        switch op {
        case .add: return .double(x + y)
        case .subtract: return .double(x - y)
        case .multiply: return .double(x * y)
        case .divide:
            guard y != 0 else { throw divisionByZero }
            return .double(x / y)
        case .floorDivide:
            guard y != 0 else { throw divisionByZero }
            return .double(Foundation.floor(x / y))
        case .modulo:
            guard y != 0 else { throw divisionByZero }
            let remainder = fmod(x, y)
            if remainder != 0, (remainder < 0) != (y < 0) { return .double(remainder + y) }
            return .double(remainder == 0 ? (y < 0 ? -0.0 : 0.0) : remainder)
        case .power:
            if x == 0, y < 0 { throw divisionByZero }
            return .double(pow(x, y))
        }
    }

    static func negate(_ value: TemplateValue) throws -> TemplateValue {
        switch value {
        case let .int(number):
            guard number != Int.min else { throw overflow }
            return .int(-number)
        case let .double(number): return .double(-number)
        case let .bool(flag): return .int(flag ? -1 : 0)
        case let .undefined(undefined): throw RenderFailure.undefined(undefined)
        default:
            throw RenderFailure.type("一元负号不支持“\(value.kindName)”", "bad operand type for unary -: '\(value.kindName)'")
        }
    }

    private static func repeated(_ sequence: TemplateValue, _ times: TemplateValue, outputLimit: Int) throws -> TemplateValue {
        guard let count = ValueAccess.integerIndex(times) else {
            throw RenderFailure.type("序列只能与整数相乘", "can't multiply sequence by non-int of type '\(times.kindName)'")
        }
        let repeats = max(0, count)
        switch sequence {
        case let .string(text), let .markup(text):
            guard text.utf8.count.multipliedReportingOverflow(by: repeats).partialValue <= outputLimit,
                  !text.utf8.count.multipliedReportingOverflow(by: repeats).overflow else { throw tooLarge }
            let result = String(repeating: text, count: repeats)
            if case .markup = sequence { return .markup(result) }
            return .string(result)
        case let .array(items):
            guard !items.count.multipliedReportingOverflow(by: repeats).overflow,
                  items.count * repeats <= maximumListLength else { throw tooLarge }
            return .array(Array([[TemplateValue]](repeating: items, count: repeats).joined()))
        default:
            throw tooLarge
        }
    }

    private static func checked(_ result: (partialValue: Int, overflow: Bool)) throws -> TemplateValue {
        .int(try checkedInt(result))
    }

    private static func checkedInt(_ result: (partialValue: Int, overflow: Bool)) throws -> Int {
        guard !result.overflow else { throw overflow }
        return result.partialValue
    }

    static var divisionByZero: RenderFailure { RenderFailure(zh: "除数为零", en: "division by zero") }
    static var overflow: RenderFailure { RenderFailure(zh: "整数超出 64 位范围", en: "integer overflow (beyond 64 bits)") }
    /// The most elements a list built by `+`, `*` or `list` may have.
    static let maximumListLength = 1_000_000

    static var tooLarge: RenderFailure { RenderFailure(zh: "结果过大", en: "result too large") }
}
