/// Python's `sequence[start:stop:step]` with its clamping of out-of-range bounds.
enum Slicing {
    static func slice<Element>(_ items: [Element], _ start: Int?, _ stop: Int?, _ step: Int?) throws -> [Element] {
        let step = step ?? 1
        guard step != 0 else { throw RenderFailure.type("切片步长不能为零", "slice step cannot be zero") }
        let count = items.count
        func clamp(_ value: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
            guard var value else { return defaultValue }
            if value < 0 { value = value < -count ? low : value + count }
            return min(max(value, low), high)
        }
        var result: [Element] = []
        if step > 0 {
            var index = clamp(start, 0, low: 0, high: count)
            let end = clamp(stop, count, low: 0, high: count)
            while index < end {
                result.append(items[index])
                let (next, overflow) = index.addingReportingOverflow(step)
                if overflow { break }
                index = next
            }
        } else {
            var index = clamp(start, count - 1, low: -1, high: count - 1)
            let end = clamp(stop, -1, low: -1, high: count - 1)
            while index > end {
                result.append(items[index])
                let (next, overflow) = index.addingReportingOverflow(step)
                if overflow { break }
                index = next
            }
        }
        return result
    }
}
