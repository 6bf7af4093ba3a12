/// A calendar date read from ISO text (`2025-03-08`, optionally followed by a time).
struct CalendarDate {
    let year: Int, month: Int, day: Int

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July",
                                "August", "September", "October", "November", "December"]

    init(_ value: TemplateValue) throws {
        try value.requireDefined()
        guard let text = value.stringContent else {
            throw RenderFailure.type("日期应为 YYYY-MM-DD 格式的字符串", "a date must be a YYYY-MM-DD string, not '\(value.kindName)'")
        }
        let datePart = StringFilters.strip(text).prefix(10)
        let fields = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2]),
              (1...12).contains(month), day >= 1, day <= CalendarDate.days(inMonth: month, year: year)
        else {
            throw RenderFailure.type("无效日期“\(text)”，应为 YYYY-MM-DD", "invalid date '\(text)', expected YYYY-MM-DD")
        }
        (self.year, self.month, self.day) = (year, month, day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
