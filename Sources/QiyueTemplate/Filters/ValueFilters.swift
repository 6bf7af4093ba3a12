import Foundation

/// Jinja2's filters on numbers and on values as a whole: `abs`, `int`, `float`, `round`,
/// `default`, `escape`, `safe`, `attr`, `tojson`.
enum ValueFilters {
    static let filters: [String: FilterFunction] = [
        "abs": { value, _, _ in
            switch value {
            case let .int(number):
                guard number != Int.min else { throw Operators.overflow }
                return .int(abs(number))
            case let .double(number): return .double(abs(number))
            case let .bool(flag): return .int(flag ? 1 : 0)
            default:
                try value.requireDefined()
                throw RenderFailure.type("abs 需要数字，而不是“\(value.kindName)”", "bad operand type for abs(): '\(value.kindName)'")
            }
        },
        "int": int,
        "float": { value, arguments, _ in
            let bound = try arguments.bind("float", ["default"])
            try value.requireDefined()
            return toFloat(value).map(TemplateValue.double) ?? (bound[0] ?? .double(0))
        },
        "round": round,
        "default": defaultFilter,
        "d": defaultFilter,
        "escape": { value, _, context in .markup(try context.escaping.markup(value)) },
        "e": { value, _, context in .markup(try context.escaping.markup(value)) },
        "forceescape": { value, _, context in .markup(context.escaping.markupEscaping.escape(try value.text())) },
        "safe": { value, _, _ in
            if case .markup = value { return value }
            return .markup(try value.text())
        },
        "attr": { value, arguments, _ in
            let bound = try arguments.bind("attr", ["name"])
            let name = try bound[0].string("", "name")
            try value.requireDefined()
            if case .object = value, !ValueAccess.objectMethods.contains(name) {
                return .undefined(UndefinedValue(path: name, siblings: [], offset: -1))
            }
            return try ValueAccess.attribute(of: value, name, path: name, offset: -1)
        },
        "tojson": { value, arguments, context in
            let bound = try arguments.bind("tojson", ["indent"])
            let indent = bound[0].nonNone
            let width = try indent.map { try Optional($0).int(0, "indent") } ?? 0
            guard value.textSize(upTo: context.outputLimit, indent: max(width, 0)) <= context.outputLimit else { throw Operators.tooLarge }
            let json = try JSONWriter.pythonDumps(value, indent: try indent.map { try Optional($0).int(0, "indent") })
            return .markup(JSONWriter.htmlSafe(json))
        },
    ]

    static let defaultFilter: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("default", ["default_value", "boolean"])
        let replacement = bound[0] ?? .string("")
        if case .undefined = value { return replacement }
        if try bound[1].bool(false), !(try value.truthy()) { return replacement }
        return value
    }

    static let int: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("int", ["default", "base"])
        let fallback = bound[0] ?? .int(0)
        let base = try bound[1].int(10, "base")
        try value.requireDefined()
        switch value {
        case let .int(number): return .int(number)
        case let .bool(flag): return .int(flag ? 1 : 0)
        case let .double(number):
            guard number.isFinite else {
                if number.isNaN { return fallback }
                throw RenderFailure.type("无穷大不能转换为整数", "cannot convert float infinity to integer")
            }
            guard abs(number) < 9.2e18 else { throw Operators.overflow }
            return .int(Int(number))
        case let .string(text), let .markup(text):
            if let number = parseInteger(text, base: base) { return .int(number) }
            if let real = toFloat(value), real.isFinite, abs(real) < 9.2e18 { return .int(Int(real)) }
            return fallback
        default:
            return fallback
        }
    }

    /// Python's `int(text, base)`: surrounding whitespace, a sign, underscores between digits, `0x` prefixes for base 16.
    static func parseInteger(_ text: String, base: Int) -> Int? {
        var body = StringFilters.strip(text)
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("+") {
            negative = body.hasPrefix("-")
            body.removeFirst()
        }
        let lowered = body.lowercased()
        if base == 16, lowered.hasPrefix("0x") { body = String(body.dropFirst(2)) }
        if base == 8, lowered.hasPrefix("0o") { body = String(body.dropFirst(2)) }
        if base == 2, lowered.hasPrefix("0b") { body = String(body.dropFirst(2)) }
        guard !body.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__"), (2...36).contains(base) else { return nil }
        guard let magnitude = Int(body.replacingOccurrences(of: "_", with: ""), radix: base) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// Python's `float(value)` for the kinds templates pass; `nil` where Python raises.
    static func toFloat(_ value: TemplateValue) -> Double? {
        switch value {
        case let .int(number): return Double(number)
        case let .double(number): return number
        case let .bool(flag): return flag ? 1 : 0
        case let .string(text), let .markup(text):
            let body = StringFilters.strip(text).replacingOccurrences(of: "_", with: "")
            let lowered = body.lowercased()
            switch lowered {
            case "inf", "+inf", "infinity", "+infinity": return .infinity
            case "-inf", "-infinity": return -.infinity
            case "nan", "+nan", "-nan": return .nan
            default: break
            }
            guard !body.isEmpty, body.allSatisfy({ "0123456789.eE+-".contains($0) }) else { return nil }
            return Double(body)
        default: return nil
        }
    }

    static let round: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("round", ["precision", "method"])
        let precision = try bound[0].int(0, "precision")
        let method = try bound[1].string("common", "method")
        guard ["common", "ceil", "floor"].contains(method) else {
            throw RenderFailure.type("round 的 method 只能是 common、ceil 或 floor", "method must be common, ceil or floor")
        }
        try value.requireDefined()
        guard let numeric = value.numeric else {
            throw RenderFailure.type("round 需要数字，而不是“\(value.kindName)”", "type \(value.kindName) doesn't define __round__ method")
        }
        if method == "common" {
            if case let .int(number) = numeric { return .int(try roundInteger(number, precision)) }
            return .double(pythonRound(numeric.doubleValue, precision))
        }
        let scale = pow(10.0, Double(precision))
        let scaled = numeric.doubleValue * scale
        return .double((method == "ceil" ? ceil(scaled) : floor(scaled)) / scale)
    }

    /// Python's `round(int, n)`: unchanged for n ≥ 0, otherwise to a multiple of 10^-n, ties to even.
    static func roundInteger(_ number: Int, _ digits: Int) throws -> Int {
        guard digits < 0 else { return number }
        guard digits > -19 else { return 0 }
        var scale = 1
        for _ in 0..<(-digits) { scale *= 10 }
        let remainder = ((number % scale) + scale) % scale
        let base = number - remainder
        let twice = remainder * 2
        if twice < scale { return base }
        let (up, overflow) = base.addingReportingOverflow(scale)
        guard !overflow else { throw Operators.overflow }
        if twice > scale { return up }
        return (base / scale) % 2 == 0 ? base : up
    }

    /// Python's `round(x, n)`: correctly rounded, ties to even on the exact binary value,
    /// which the C library's `%.*f` also does.
    static func pythonRound(_ number: Double, _ digits: Int) -> Double {
        guard number.isFinite else { return number }
        if digits > 300 { return number }
        if digits >= 0 {
            let text = FixedPoint.format(number, places: digits) ?? CFormat.formatWide("%.\(digits)f", number)
            return Double(text) ?? number
        }
        let scale = pow(10.0, Double(-digits))
        let scaled = number / scale
        let rounded = scaled.rounded(.toNearestOrEven)
        return rounded * scale
    }
}
