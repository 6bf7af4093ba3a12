/// The bodies of `range()`, `namespace()` and `dict()`.
enum BuiltinFunctions {
    /// The most items `range()` may produce; Jinja's sandbox uses 100,000 for the same reason.
    static let rangeLimit = 100_000

    static func call(_ function: BuiltinFunction, _ positional: [TemplateValue], _ keyword: [(String, TemplateValue)], outputLimit: Int) throws -> TemplateValue {
        switch function {
        case .range:
            let numbers = try positional.map { value -> Int in
                guard let number = ValueAccess.integerIndex(value) else {
                    throw RenderFailure.type("range() 的参数必须是整数", "range() arguments must be integers, not '\(value.kindName)'")
                }
                return number
            }
            let (start, stop, step): (Int, Int, Int)
            switch numbers.count {
            case 1: (start, stop, step) = (0, numbers[0], 1)
            case 2: (start, stop, step) = (numbers[0], numbers[1], 1)
            case 3: (start, stop, step) = (numbers[0], numbers[1], numbers[2])
            default: throw RenderFailure.type("range() 需要 1 到 3 个参数", "range expected 1 to 3 arguments")
            }
            guard step != 0 else { throw RenderFailure.type("range() 的步长不能为零", "range() arg 3 must not be zero") }
            let span = step > 0 ? Double(stop) - Double(start) : Double(start) - Double(stop)
            let count = span <= 0 ? 0 : Int(min((span / Double(step).magnitude).rounded(.up), Double(rangeLimit + 1)))
            guard count <= rangeLimit else {
                throw RenderFailure.type("range() 最多产生 \(rangeLimit) 个数", "range() may produce at most \(rangeLimit) items")
            }
            return .array((0..<count).map { .int(start + $0 * step) })
        case .namespace, .dict:
            var object = TemplateObject()
            for value in positional {
                guard case let .object(initial) = value else {
                    throw RenderFailure.type("\(function.rawValue)() 只接受字典和关键字参数", "\(function.rawValue)() takes a mapping and keyword arguments")
                }
                for (key, item) in initial.pairs { object[key] = item }
            }
            for (key, value) in keyword { object[key] = value }
            return function == .dict ? .object(object) : .native(NativeValue(kind: .namespace(NamespaceBox(object))))
        }
    }
}
