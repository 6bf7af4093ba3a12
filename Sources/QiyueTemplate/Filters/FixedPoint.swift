/// Exact `%.Nf` formatting of a double, without the C library's variadic machinery.
///
/// A double is m·2^e exactly; m·10^N fits in 128 bits for N ≤ 15, so rounding it to an
/// integer (ties to even, as glibc and Python do) and placing the decimal point gives
/// exactly what `printf("%.Nf")` gives. Values outside that range return `nil`.
enum FixedPoint {
    static func format(_ number: Double, places: Int) -> String? {
        guard number.isFinite, (0...15).contains(places), abs(number) < 1e15 else { return nil }
        let negative = number.sign == .minus
        let magnitude = abs(number)
        var scale: UInt128 = 1
        for _ in 0..<places { scale *= 10 }
        let significand = UInt128(magnitude.significandBitPattern | (magnitude.isNormal ? (1 << 52) : 0))
        let exponent = magnitude.isNormal ? Int(magnitude.exponent) - 52 : -1074
        var digits: UInt128
        if magnitude == 0 {
            digits = 0
        } else if exponent >= 0 {
            guard exponent < 60 else { return nil }
            digits = (significand << UInt128(exponent)) * scale
        } else {
            let product = significand * scale
            let shift = -exponent
            if shift >= 127 {
                digits = 0
            } else {
                digits = product >> UInt128(shift)
                let remainder = product & ((1 << UInt128(shift)) - 1)
                let half: UInt128 = 1 << UInt128(shift - 1)
                if remainder > half || (remainder == half && digits & 1 == 1) { digits += 1 }
            }
        }
        // Digits right to left into a byte buffer, with the point `places` from the right.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        var written = 0
        func emit(_ digit: UInt8) {
            if places > 0, written == places { bytes.append(UInt8(ascii: ".")) }
            bytes.append(UInt8(ascii: "0") + digit)
            written += 1
        }
        if digits <= UInt128(UInt64.max) {
            var remaining = UInt64(digits)
            repeat {
                emit(UInt8(remaining % 10))
                remaining /= 10
            } while remaining > 0 || written <= places
        } else {
            var remaining = digits
            repeat {
                emit(UInt8(remaining % 10))
                remaining /= 10
            } while remaining > 0 || written <= places
        }
        if negative { bytes.append(UInt8(ascii: "-")) }
        return String(decoding: bytes.reversed(), as: UTF8.self)
    }
}
