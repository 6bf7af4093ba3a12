/// A decimal number held as its digits, for money: no binary floating point touches the cents.
///
/// Amounts come as JSON numbers or strings. A string is read digit by digit. A number is
/// read through its shortest round-trip spelling (Python's `repr`), which is exactly the
/// text a person typed for any amount of up to 15 significant digits. A computed number
/// with more digits (0.1 + 0.2 = 0.30000000000000004) is first rounded to 15 significant
/// digits, which removes the binary noise and nothing a person could have meant.
struct ExactDecimal: Equatable {
    var negative: Bool
    /// The digits before the decimal point, most significant first, without leading zeros.
    var integer: [UInt8]
    /// The digits after the decimal point.
    var fraction: [UInt8]

    static let maximumSignificantDigits = 15

    init(negative: Bool, integer: [UInt8], fraction: [UInt8]) {
        var integer = integer
        while integer.count > 1, integer.first == 0 { integer.removeFirst() }
        if integer.isEmpty { integer = [0] }
        var fraction = fraction
        while fraction.last == 0 { fraction.removeLast() }
        self.negative = negative && !(integer == [0] && fraction.isEmpty)
        self.integer = integer
        self.fraction = fraction
    }

    /// Reads a template value; `nil` when it is not a number or numeric text.
    init?(_ value: TemplateValue) {
        switch value {
        case let .int(number):
            self.init(text: String(number))
        case let .double(number):
            guard number.isFinite else { return nil }
            var (digits, point) = PythonText.shortestDigits(abs(number))
            if digits.count > Self.maximumSignificantDigits {
                // A computed amount such as 0.1 + 0.2 carries binary noise past the 15th digit,
                // the precision a double holds reliably; round it away before exact arithmetic.
                (digits, point) = Self.fifteenDigits(abs(number))
            }
            guard point <= 21, point >= -20 else { return nil }
            let values = digits.utf8.map { $0 - 0x30 }
            if point <= 0 {
                self.init(negative: number < 0, integer: [0], fraction: Array(repeating: 0, count: -point) + values)
            } else if point >= values.count {
                self.init(negative: number < 0, integer: values + Array(repeating: 0, count: point - values.count), fraction: [])
            } else {
                self.init(negative: number < 0, integer: Array(values[..<point]), fraction: Array(values[point...]))
            }
        case let .string(text), let .markup(text):
            self.init(text: StringFilters.strip(text).replacingOccurrences(of: ",", with: ""))
        default:
            return nil
        }
    }

    /// The number rounded to 15 significant digits by the C library (exact decimal rounding).
    static func fifteenDigits(_ number: Double) -> (digits: String, pointPosition: Int) {
        let text = CFormat.format("%.14e", number)
        guard let e = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: e)...]) else { return ("0", 0) }
        var digits = text[..<e].replacingOccurrences(of: ".", with: "")
        while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
        return (digits, exponent + 1)
    }

    /// Reads `-123.45` style text (no exponent).
    init?(text: String) {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !body.isEmpty else { return nil }
        let integerText = parts[0], fractionText = parts.count == 2 ? parts[1] : ""
        guard !(integerText.isEmpty && fractionText.isEmpty),
              integerText.utf8.allSatisfy(isDigit), fractionText.utf8.allSatisfy(isDigit),
              integerText.count <= 30, fractionText.count <= 30 else { return nil }
        self.init(negative: negative, integer: integerText.utf8.map { $0 - 0x30 }, fraction: fractionText.utf8.map { $0 - 0x30 })
    }

    var isZero: Bool { integer == [0] && fraction.isEmpty }

    /// Rounded half away from zero (四舍五入) to `places` decimals.
    func rounded(places: Int) -> ExactDecimal {
        guard fraction.count > places else { return self }
        var digits = integer + fraction[..<places]
        if fraction[places] >= 5 {
            var position = digits.count - 1
            while position >= 0 {
                if digits[position] == 9 {
                    digits[position] = 0
                    position -= 1
                } else {
                    digits[position] += 1
                    break
                }
            }
            if position < 0 { digits.insert(1, at: 0) }
        }
        let integerCount = digits.count - places
        return ExactDecimal(negative: negative, integer: Array(digits[..<integerCount]), fraction: Array(digits[integerCount...]))
    }

    /// The number divided by 10^places (moving the decimal point left).
    func shiftedLeft(_ places: Int) -> ExactDecimal {
        let padded = Array(repeating: UInt8(0), count: max(0, places - integer.count + 1)) + integer
        let split = padded.count - places
        return ExactDecimal(negative: negative, integer: Array(padded[..<split]), fraction: Array(padded[split...]) + fraction)
    }

    /// The integer part as a number, when it fits.
    var integerValue: Int? {
        guard integer.count <= 18 else { return nil }
        return integer.reduce(0) { $0 * 10 + Int($1) }
    }

    /// The integer part with `,` between thousands.
    var groupedInteger: String {
        var text = ""
        for (index, digit) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { text += "," }
            text += String(digit)
        }
        return text
    }

    /// Fixed notation with exactly `places` decimals (after rounding) and grouped thousands.
    func formatted(places: Int, grouped: Bool) -> String {
        let value = rounded(places: places)
        var text = (value.negative ? "-" : "") + (grouped ? value.groupedInteger : value.integer.map(String.init).joined())
        if places > 0 {
            let fraction = value.fraction + Array(repeating: 0, count: places - value.fraction.count)
            text += "." + fraction.map(String.init).joined()
        }
        return text
    }
}
