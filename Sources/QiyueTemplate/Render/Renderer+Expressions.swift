/// Evaluating expressions.
extension Renderer {
    func evaluate(_ expression: Expression) throws -> TemplateValue {
        switch expression {
        case let .literal(value):
            return value
        case let .name(name, offset):
            return lookup(name, offset: offset)
        case let .attribute(base, name, _):
            let value = try evaluate(base)
            return try ValueAccess.attribute(of: value, name, path: expression.path, offset: expression.startOffset)
        case let .item(base, key, _):
            let value = try evaluate(base)
            return try ValueAccess.item(of: value, try evaluate(key), path: expression.path, offset: expression.startOffset)
        case let .slice(base, start, stop, step, offset):
            do { return try slice(try evaluate(base), start: start, stop: stop, step: step) } catch let failure as RenderFailure { throw failure.at(offset) }
        case let .list(items):
            return .array(try items.map(evaluate))
        case let .dictionary(pairs):
            var object = TemplateObject()
            for pair in pairs {
                let key = try evaluate(pair.key)
                guard let name = key.stringContent ?? PythonText.str(key) else { throw RenderFailure.undefined(undefinedOf(key)!) }
                object[name] = try evaluate(pair.value)
            }
            return .object(object)
        case let .negate(operand, offset):
            do { return try Operators.negate(try evaluate(operand)) } catch let failure as RenderFailure { throw failure.at(offset) }
        case let .plus(operand, offset):
            let value = try evaluate(operand)
            guard value.numeric != nil else {
                throw RenderFailure.type("一元正号不支持“\(value.kindName)”", "bad operand type for unary +: '\(value.kindName)'").at(offset)
            }
            return value
        case let .not(operand):
            return .bool(!(try evaluate(operand).truthy()))
        case let .binary(op, left, right, offset):
            let a = try evaluate(left), b = try evaluate(right)
            do { return try built(try Operators.binary(op, a, b, outputLimit: options.outputLimit, escaping: escaping), offset: offset) } catch let failure as RenderFailure { throw failure.at(offset) }
        case let .and(left, right):
            let value = try evaluate(left)
            return try value.truthy() ? try evaluate(right) : value
        case let .or(left, right):
            let value = try evaluate(left)
            return try value.truthy() ? value : try evaluate(right)
        case let .compare(first, operations):
            var left = try evaluate(first)
            for operation in operations {
                let right = try evaluate(operation.operand)
                guard try compare(operation.op, left, right, offset: operation.offset) else { return .bool(false) }
                left = right
            }
            return .bool(true)
        case let .concat(parts, offset):
            do { return try built(try concatenate(try parts.map(evaluate)), offset: offset) } catch let failure as RenderFailure { throw failure.at(offset) }
        case let .conditional(condition, then, otherwise):
            if try evaluate(condition).truthy() { return try evaluate(then) }
            if let otherwise { return try evaluate(otherwise) }
            return .undefined(UndefinedValue(path: "if-else", siblings: [], offset: expression.startOffset, lenient: true))
        case let .filter(input, filter):
            return try built(try apply(filter, to: try evaluate(input), input: input), offset: filter.offset)
        case let .test(input, test):
            let value = try evaluate(input)
            let arguments = try test.arguments.positional.map(evaluate)
            do {
                return .bool(try test.function(value, arguments) != test.negated)
            } catch let failure as RenderFailure {
                throw failure.at(test.offset)
            }
        case let .call(callee, arguments, offset):
            return try built(try call(callee, arguments, offset: offset, caller: nil), offset: offset)
        }
    }

    func lookup(_ name: String, offset: Int) -> TemplateValue {
        if let value = scope.lookup(name) { return value }
        if let value = data[name] { return value }
        if let function = BuiltinFunction(rawValue: name) { return .native(NativeValue(kind: .function(function))) }
        return .undefined(UndefinedValue(path: name, siblings: nil, offset: offset))
    }

    func apply(_ filter: FilterCall, to value: TemplateValue, input: Expression?) throws -> TemplateValue {
        let arguments = try filter.constantArguments
            ?? FilterArguments(
                positional: try filter.arguments.positional.map(evaluate),
                keyword: try filter.arguments.keyword.map { ($0.name, try evaluate($0.value)) })
        let context = FilterContext(escaping: escaping, input: input, language: options.language, outputLimit: options.outputLimit)
        do {
            // A filter reads its whole input (`length` of a 60 MB text counts 60 MB), so the
            // input counts as work as well as what the filter builds.
            try spend(value.builtSize >> 8, offset: filter.offset)
            return try filter.function(value, arguments, context)
        } catch var failure as RenderFailure {
            if failure.offset == nil {
                failure.offset = filter.offset
                failure.length = filter.name.count
            }
            throw failure
        }
    }

    func compare(_ op: ComparisonOperator, _ left: TemplateValue, _ right: TemplateValue, offset: Int) throws -> Bool {
        if let undefined = undefinedOf(left) ?? undefinedOf(right) { throw RenderFailure.undefined(undefined) }
        switch op {
        case .equal: return left.pythonEquals(right)
        case .notEqual: return !left.pythonEquals(right)
        case .in: return try ValueAccess.contains(right, left)
        case .notIn: return !(try ValueAccess.contains(right, left))
        default:
            guard let order = left.pythonCompare(right) else {
                throw RenderFailure.type(
                    "“\(left.kindName)”与“\(right.kindName)”不能比较大小",
                    "'\(op.rawValue)' not supported between instances of '\(left.kindName)' and '\(right.kindName)'").at(offset)
            }
            switch op {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }

    func undefinedOf(_ value: TemplateValue) -> UndefinedValue? {
        if case let .undefined(undefined) = value { return undefined }
        return nil
    }

    /// `a ~ b`: the parts' text joined into a plain string. Jinja2 (with autoescaping fixed
    /// per template) joins with `str`, so even markup parts give a string that is escaped on output.
    func concatenate(_ values: [TemplateValue]) throws -> TemplateValue {
        if let undefined = values.lazy.compactMap(undefinedOf).first(where: { !$0.lenient }) { throw RenderFailure.undefined(undefined) }
        var size = 0
        for value in values {
            size += value.textSize(upTo: options.outputLimit)
            guard size <= options.outputLimit else { throw Operators.tooLarge }
        }
        return .string(values.map { PythonText.str($0) ?? "" }.joined())
    }

    func slice(_ value: TemplateValue, start: Expression?, stop: Expression?, step: Expression?) throws -> TemplateValue {
        func integer(_ expression: Expression?) throws -> Int? {
            guard let expression else { return nil }
            let value = try evaluate(expression)
            if case .none = value { return nil }
            guard let number = ValueAccess.integerIndex(value) else {
                throw RenderFailure.type("切片的下标必须是整数", "slice indices must be integers or None")
            }
            return number
        }
        let bounds = (try integer(start), try integer(stop), try integer(step))
        switch value {
        case let .array(items):
            return .array(try Slicing.slice(items, bounds.0, bounds.1, bounds.2))
        case let .string(text), let .markup(text):
            let scalars = try Slicing.slice(Array(text.unicodeScalars), bounds.0, bounds.1, bounds.2)
            var result = String.UnicodeScalarView()
            result.append(contentsOf: scalars)
            if case .markup = value { return .markup(String(result)) }
            return .string(String(result))
        case let .undefined(undefined):
            throw RenderFailure.undefined(undefined)
        default:
            throw RenderFailure.type("“\(value.kindName)”类型的值不能切片", "'\(value.kindName)' object is not subscriptable")
        }
    }
}

