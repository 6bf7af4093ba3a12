/// Jinja2's text filters: case, padding, trimming, replacing, truncating, indenting, counting words.
enum StringFilters {
    static let filters: [String: FilterFunction] = [
        "lower": { value, arguments, _ in _ = try arguments.bind("lower", []); return value.sameKind(try value.text().lowercased()) },
        "upper": { value, arguments, _ in _ = try arguments.bind("upper", []); return value.sameKind(try value.text().uppercased()) },
        "capitalize": { value, _, _ in value.sameKind(capitalize(try value.text())) },
        "title": { value, _, _ in value.sameKind(title(try value.text())) },
        "trim": { value, arguments, _ in
            let bound = try arguments.bind("trim", ["chars"])
            let text = try value.text()
            if let characters = try bound[0].optionalString("chars") { return value.sameKind(strip(text, characters: characters)) }
            return value.sameKind(strip(text))
        },
        "center": { value, arguments, context in
            let bound = try arguments.bind("center", ["width"])
            let width = min(try bound[0].int(80, "width"), context.outputLimit)
            return value.sameKind(center(try value.text(), width: width))
        },
        "replace": replace,
        "truncate": truncate,
        "indent": indent,
        "wordcount": { value, _, _ in .int(wordCount(try value.text())) },
        "string": { value, _, context in
            if case .markup = value { return value }
            guard value.textSize(upTo: context.outputLimit) <= context.outputLimit else { throw Operators.tooLarge }
            return .string(try value.text())
        },
        "format": { value, arguments, _ in
            let template = try value.text()
            let operand: TemplateValue
            if !arguments.keyword.isEmpty {
                operand = .object(TemplateObject(arguments.keyword.map { ($0.name, $0.value) }))
            } else {
                operand = .array(arguments.positional)
            }
            return value.sameKind(try PercentFormat.format(template, operand, argumentsAreTuple: arguments.keyword.isEmpty))
        },
    ]

    /// Python's `str.capitalize`: the first character upper case, the rest lower case.
    static func capitalize(_ text: String) -> String {
        guard let first = text.first else { return text }
        return String(first).uppercased() + text.dropFirst().lowercased()
    }

    /// Jinja's `title`: every word starts upper case; words begin after spaces, `-`, `(`, `{`, `[`, `<`.
    static func title(_ text: String) -> String {
        var result = ""
        var atWordStart = true
        for character in text {
            let separator = character.isWhitespace || "-({[<".contains(character)
            if separator {
                result.append(character)
                atWordStart = true
            } else if atWordStart {
                result += String(character).uppercased()
                atWordStart = false
            } else {
                result += String(character).lowercased()
            }
        }
        return result
    }

    /// Python's `str.strip()` (Unicode whitespace) or `str.strip(chars)`.
    static func strip(_ text: String, characters: String? = nil) -> String {
        let set = characters.map { Set($0.unicodeScalars) }
        let remove: (Unicode.Scalar) -> Bool = { set?.contains($0) ?? isStrippable($0) }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, remove(scalars[start]) { start = scalars.index(after: start) }
        while end > start, remove(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex, end == scalars.endIndex { return text }
        return String(scalars[start..<end])
    }

    /// The number of Unicode scalars (Python's `len`), counted as UTF-8 lead bytes.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// Python's `str.isspace` for one character.
    static func isStrippable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x1C...0x1F, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Python's `str.center`, including its choice of which side gets the odd space.
    static func center(_ text: String, width: Int) -> String {
        let length = text.unicodeScalars.count
        guard width > length else { return text }
        let margin = width - length
        let left = margin / 2 + (margin & width & 1)
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: margin - left)
    }

    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
                || scalar.properties.generalCategory == .nonspacingMark
            if isWordCharacter, !inWord { count += 1 }
            inWord = isWordCharacter
        }
        return count
    }

    static let replace: FilterFunction = { value, arguments, context in
        let bound = try arguments.bind("replace", ["old", "new", "count"])
        guard let old = bound[0], let new = bound[1] else {
            throw RenderFailure.type("replace 需要 old 和 new 两个参数", "replace() needs the arguments old and new")
        }
        let limit = bound[2].nonNone
        let count = try limit.int(-1, "count")
        var subject = try value.text()
        var oldText = try old.text(), newText = try new.text()
        var markup = false
        if context.autoescape {
            let oldIsMarkup: Bool = { if case .markup = old { return true } else { return false } }()
            let newIsMarkup: Bool = { if case .markup = new { return true } else { return false } }()
            if case .markup = value { markup = true }
            if (oldIsMarkup || newIsMarkup), !markup { subject = context.escaping.markupEscaping.escape(subject); markup = true }
            if markup {
                if !oldIsMarkup { oldText = context.escaping.markupEscaping.escape(oldText) }
                if !newIsMarkup { newText = context.escaping.markupEscaping.escape(newText) }
            }
        }
        let result = try pythonReplace(subject, oldText, newText, count: count, limit: context.outputLimit)
        return markup ? .markup(result) : .string(result)
    }

    /// Python's `str.replace`, including an empty `old` (insert between characters) and `count`.
    static func pythonReplace(_ subject: String, _ old: String, _ new: String, count: Int, limit: Int) throws -> String {
        if old.isEmpty {
            let scalars = Array(subject.unicodeScalars)
            let inserts = count < 0 ? scalars.count + 1 : min(count, scalars.count + 1)
            guard new.utf8.count.multipliedReportingOverflow(by: inserts).partialValue <= limit else { throw Operators.tooLarge }
            var result = ""
            for (index, scalar) in scalars.enumerated() {
                if index < inserts { result += new }
                result.unicodeScalars.append(scalar)
            }
            if scalars.count < inserts { result += new }
            return result
        }
        if count < 0 { return subject.replacingOccurrences(of: old, with: new) }
        var result = ""
        var rest = Substring(subject)
        var done = 0
        while done < count, let range = rest.range(of: old) {
            result += rest[..<range.lowerBound] + new
            rest = rest[range.upperBound...]
            done += 1
        }
        return result + rest
    }

    static let truncate: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("truncate", ["length", "killwords", "end", "leeway"])
        let length = try bound[0].int(255, "length")
        let killwords = try bound[1].bool(false)
        let end = try bound[2].string("...", "end")
        let leeway = try bound[3].int(5, "leeway")
        let text = try value.text()
        let endLength = end.unicodeScalars.count
        // A string has at least as many UTF-8 bytes as characters: short texts need no counting.
        if text.utf8.count <= length + leeway, length >= endLength, leeway >= 0 { return value }
        if scalarCount(text) <= length + leeway, length >= endLength, leeway >= 0 { return value }
        let scalars = Array(text.unicodeScalars)
        guard length >= endLength else {
            throw RenderFailure.type("truncate 的长度不能小于结尾“\(end)”的长度", "expected length >= \(endLength), got \(length)")
        }
        guard leeway >= 0 else { throw RenderFailure.type("leeway 不能为负数", "expected leeway >= 0, got \(leeway)") }
        if scalars.count <= length + leeway { return value }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: scalars[0..<max(0, min(scalars.count, length - endLength))])
        var result = String(kept)
        if !killwords, let space = result.lastIndex(of: " ") {
            result = String(result[..<space])
        }
        return .string(result + end)
    }

    static let indent: FilterFunction = { value, arguments, _ in
        let bound = try arguments.bind("indent", ["width", "first", "blank"])
        let indention: String
        if let width = bound[0], let text = width.stringContent {
            indention = text
        } else {
            indention = String(repeating: " ", count: max(0, min(try bound[0].int(4, "width"), 10_000)))
        }
        let first = try bound[1].bool(false)
        let blank = try bound[2].bool(false)
        let lines = splitLines(try value.text() + "\n")
        var result: String
        if blank {
            result = lines.joined(separator: "\n" + indention)
        } else {
            result = lines.first ?? ""
            if lines.count > 1 {
                result += "\n" + lines.dropFirst().map { $0.isEmpty ? $0 : indention + $0 }.joined(separator: "\n")
            }
        }
        if first { result = indention + result }
        return value.sameKind(result)
    }

    /// Python's `str.splitlines()`: splits at every line boundary and drops a final empty line.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x0D:
                lines.append(String(current))
                current = String.UnicodeScalarView()
                if pending == "\n" { pending = scalars.next() }
            case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(String(current))
                current = String.UnicodeScalarView()
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
