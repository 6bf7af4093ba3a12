import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// C `printf` formatting of one number, without Foundation's `String(format:)`, which
/// builds an `NSString` and costs ten times more. glibc rounds exactly (ties to even on
/// the binary value), which is also what Python's `%` formatting does.
enum CFormat {
    static func format(_ spec: String, _ number: Double) -> String {
        withVaList([number]) { arguments in render(spec, arguments) }
    }

    static func format(_ spec: String, _ number: Int) -> String {
        withVaList([number]) { arguments in render(spec, arguments) }
    }

    private static func render(_ spec: String, _ arguments: CVaListPointer) -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        let needed = spec.withCString { vsnprintf(&buffer, buffer.count, $0, arguments) }
        if needed >= buffer.count {
            // Wide fields: the va_list is consumed, so this path is taken by the caller's retry.
            return ""
        }
        return decode(buffer)
    }

    /// Formats with a buffer large enough for any width the callers allow (≤ 10,000).
    static func formatWide(_ spec: String, _ number: Double) -> String {
        let small = format(spec, number)
        return small.isEmpty ? renderWide(spec, number) : small
    }

    static func formatWide(_ spec: String, _ number: Int) -> String {
        let small = format(spec, number)
        return small.isEmpty ? renderWide(spec, number) : small
    }

    private static func renderWide(_ spec: String, _ number: any CVarArg) -> String {
        withVaList([number]) { arguments in
            var buffer = [CChar](repeating: 0, count: 20_000)
            _ = spec.withCString { vsnprintf(&buffer, buffer.count, $0, arguments) }
            return decode(buffer)
        }
    }

    /// The text `vsnprintf` wrote, up to its terminating NUL.
    private static func decode(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
