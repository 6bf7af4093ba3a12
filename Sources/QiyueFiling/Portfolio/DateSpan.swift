import QiyueProjects

/// The time between two dates in whole years and months, as a reason states it (2 年 3 个月).
struct DateSpan {
    let years: Int
    let months: Int

    init(from start: CalendarDate, to end: CalendarDate) {
        var months = (end.year - start.year) * 12 + (end.month - start.month)
        if end.day < start.day { months -= 1 }
        months = max(0, months)
        self.years = months / 12
        self.months = months % 12
    }

    var zh: String {
        if years == 0 { return "\(months) 个月" }
        return months == 0 ? "\(years) 年" : "\(years) 年 \(months) 个月"
    }

    var en: String {
        let y = years == 1 ? "1 year" : "\(years) years"
        let m = months == 1 ? "1 month" : "\(months) months"
        if years == 0 { return m }
        return months == 0 ? y : "\(y) \(m)"
    }
}
