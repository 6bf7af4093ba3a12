/// Jinja2's tests (`is defined`, `is odd`, `is divisibleby 3`, …).
enum TestRegistry {
    static let tests: [String: TestFunction] = [
        "defined": { value, _ in !value.isUndefined },
        "undefined": { value, _ in value.isUndefined },
        "none": { value, _ in try defined(value); if case .none = value { return true } else { return false } },
        "boolean": { value, _ in try defined(value); if case .bool = value { return true } else { return false } },
        "true": { value, _ in try defined(value); if case .bool(true) = value { return true } else { return false } },
        "false": { value, _ in try defined(value); if case .bool(false) = value { return true } else { return false } },
        "integer": { value, _ in try defined(value); if case .int = value { return true } else { return false } },
        "float": { value, _ in try defined(value); if case .double = value { return true } else { return false } },
        "number": { value, _ in try defined(value); return value.numeric != nil },
        "string": { value, _ in try defined(value); return value.stringContent != nil },
        "mapping": { value, _ in
            try defined(value)
            if case .object = value { return true }
            return false
        },
        "sequence": { value, _ in
            try defined(value)
            switch value {
            case .array, .object, .string, .markup: return true
            default: return false
            }
        },
        "iterable": { value, _ in
            try defined(value)
            switch value {
            case .array, .object, .string, .markup: return true
            default: return false
            }
        },
        "callable": { value, _ in
            try defined(value)
            if case let .native(native) = value, case .namespace = native.kind { return false }
            if case .native = value { return true }
            return false
        },
        "escaped": { value, _ in try defined(value); if case .markup = value { return true } else { return false } },
        "even": { value, _ in try integer(value, "even") % 2 == 0 },
        "odd": { value, _ in try integer(value, "odd") % 2 != 0 },
        "divisibleby": { value, arguments in
            guard let divisor = arguments.first.flatMap(ValueAccess.integerIndex), divisor != 0 else {
                throw RenderFailure.type("divisibleby 需要非零整数参数", "divisibleby needs a non-zero integer")
            }
            return try integer(value, "divisibleby") % divisor == 0
        },
        "lower": { value, _ in let text = try value.text(); return text == text.lowercased() && text != text.uppercased() },
        "upper": { value, _ in let text = try value.text(); return text == text.uppercased() && text != text.lowercased() },
        "in": { value, arguments in
            guard let container = arguments.first else { throw RenderFailure.type("in 测试需要一个参数", "the in test needs an argument") }
            try defined(value)
            return try ValueAccess.contains(container, value)
        },
        "sameas": { value, arguments in
            guard let other = arguments.first else { throw RenderFailure.type("sameas 需要一个参数", "sameas needs an argument") }
            switch (value, other) {
            case (.none, .none): return true
            case let (.bool(a), .bool(b)): return a == b
            case let (.int(a), .int(b)): return a == b && (-5...256).contains(a)
            default: return false
            }
        },
        "eq": compare { $0.pythonEquals($1) },
        "equalto": compare { $0.pythonEquals($1) },
        "==": compare { $0.pythonEquals($1) },
        "ne": compare { !$0.pythonEquals($1) },
        "!=": compare { !$0.pythonEquals($1) },
        "lt": order { $0 < 0 }, "lessthan": order { $0 < 0 }, "<": order { $0 < 0 },
        "le": order { $0 <= 0 }, "<=": order { $0 <= 0 },
        "gt": order { $0 > 0 }, "greaterthan": order { $0 > 0 }, ">": order { $0 > 0 },
        "ge": order { $0 >= 0 }, ">=": order { $0 >= 0 },
        "filter": { value, _ in FilterRegistry.filters[try value.text()] != nil },
        "test": { value, _ in TestRegistry.tests[try value.text()] != nil },
    ]

    private static func defined(_ value: TemplateValue) throws {
        try value.requireDefined()
    }

    private static func integer(_ value: TemplateValue, _ test: String) throws -> Int {
        try value.requireDefined()
        switch value {
        case let .int(number): return number
        case let .bool(flag): return flag ? 1 : 0
        case let .double(number) where number.rounded() == number && abs(number) < 9e18: return Int(number)
        default:
            throw RenderFailure.type("测试“\(test)”需要整数，而不是“\(value.kindName)”", "test '\(test)' needs an integer, not '\(value.kindName)'")
        }
    }

    private static func compare(_ body: @escaping @Sendable (TemplateValue, TemplateValue) -> Bool) -> TestFunction {
        { value, arguments in
            guard let other = arguments.first else { throw RenderFailure.type("比较测试需要一个参数", "comparison test needs an argument") }
            try value.requireDefined()
            try other.requireDefined()
            return body(value, other)
        }
    }

    private static func order(_ body: @escaping @Sendable (Int) -> Bool) -> TestFunction {
        { value, arguments in
            guard let other = arguments.first else { throw RenderFailure.type("比较测试需要一个参数", "comparison test needs an argument") }
            try value.requireDefined()
            guard let result = value.pythonCompare(other) else {
                throw RenderFailure.type("“\(value.kindName)”与“\(other.kindName)”不能比较大小", "'<' not supported between instances of '\(value.kindName)' and '\(other.kindName)'")
            }
            return body(result)
        }
    }
}
