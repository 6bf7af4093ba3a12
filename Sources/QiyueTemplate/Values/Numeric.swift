/// A Python number: the two numeric kinds arithmetic must keep apart.
enum Numeric {
    case int(Int)
    case double(Double)

    var doubleValue: Double {
        switch self {
        case let .int(number): return Double(number)
        case let .double(number): return number
        }
    }

    func compare(_ other: Numeric) -> Int {
        if case let .int(a) = self, case let .int(b) = other { return a == b ? 0 : (a < b ? -1 : 1) }
        let a = doubleValue, b = other.doubleValue
        return a == b ? 0 : (a < b ? -1 : 1)
    }

    var value: TemplateValue {
        switch self {
        case let .int(number): return .int(number)
        case let .double(number): return .double(number)
        }
    }
}
