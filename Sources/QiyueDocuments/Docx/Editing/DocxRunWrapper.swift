/// Wraps every run of a stretch of paragraph markup in a `w:del`, turning its text into
/// deleted text, wherever in the stretch the run stands.
///
/// The stretch may open or close elements it does not hold whole (it starts inside a
/// hyperlink and ends after it); the scan only needs to know, at each run, whether it is
/// already inside a deletion or inside another run (a text box's runs go with their run).
enum DocxRunWrapper {
    /// The wrapped markup and how many runs were wrapped, or `nil` if a tag does not end.
    static func wrap(_ markup: String, firstId: Int, attributes: String) -> (markup: String, count: Int)? {
        var output = ""
        output.reserveCapacity(markup.utf8.count + 256)
        // Open elements since the start of the stretch; closing one opened before it just pops nothing.
        var stack: [Substring] = []
        var count = 0
        var index = markup.startIndex
        while let open = markup[index...].firstIndex(of: "<") {
            output += markup[index ..< open]
            guard let close = tagEnd(in: markup, from: open) else { return nil }
            let tag = markup[markup.index(after: open) ..< close]
            let name = tag.prefix { $0 != " " && $0 != "/" && $0 != ">" && $0 != "\t" && $0 != "\n" && $0 != "\r" }
            index = markup.index(after: close)
            if tag.hasPrefix("/") {
                let closing = tag.dropFirst()
                if let last = stack.last, last == closing {
                    stack.removeLast()
                    output += deleted(tag: "</" + closing + ">", inRun: stack.contains("w:r"), inDeletion: isDeleted(stack))
                    if closing == "w:r", wrapsRun(stack) { output += "</w:del>" }
                } else {
                    output += "<" + tag + ">"
                }
                continue
            }
            if tag.hasPrefix("?") || tag.hasPrefix("!") {
                output += "<" + tag + ">"
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            if name == "w:r", !selfClosing, wrapsRun(stack) {
                output += "<w:del w:id=\"\(firstId + count)\" \(attributes)>"
                count += 1
            }
            output += deleted(tag: "<" + tag + ">", inRun: stack.contains("w:r") || name == "w:r", inDeletion: isDeleted(stack))
            if !selfClosing { stack.append(name) }
        }
        output += markup[index...]
        return (output, count)
    }

    /// A run is wrapped unless it is already deleted or lies inside another run.
    private static func wrapsRun(_ stack: [Substring]) -> Bool {
        !isDeleted(stack) && !stack.contains("w:r")
    }

    private static func isDeleted(_ stack: [Substring]) -> Bool {
        stack.contains("w:del") || stack.contains("w:moveFrom")
    }

    /// The tag as it reads inside a deletion: text and field instructions become their deleted forms.
    private static func deleted(tag: String, inRun: Bool, inDeletion: Bool) -> String {
        guard inRun, !inDeletion else { return tag }
        for (from, to) in [("<w:t>", "<w:delText>"), ("<w:t ", "<w:delText "), ("</w:t>", "</w:delText>"),
                           ("<w:instrText", "<w:delInstrText"), ("</w:instrText>", "</w:delInstrText>")] where tag.hasPrefix(from) {
            return to + tag.dropFirst(from.count)
        }
        return tag
    }

    /// The `>` that ends the tag opening at `open`, skipping quoted attribute values.
    private static func tagEnd(in markup: String, from open: String.Index) -> String.Index? {
        var quote: Character?
        var cursor = markup.index(after: open)
        while cursor < markup.endIndex {
            let character = markup[cursor]
            if let current = quote {
                if character == current { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return cursor
            }
            cursor = markup.index(after: cursor)
        }
        return nil
    }
}
