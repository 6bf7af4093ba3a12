/// What docxtpl calls resolving listings: control characters a value brought into a `<w:t>`
/// become the Word markup that shows them.
///
/// A line feed becomes a line break (`<w:br/>`) and a tab a tab (`<w:tab/>`) inside the same
/// run, so the run's formatting carries on. Every text element is marked
/// `xml:space="preserve"`, since values may begin or end with spaces that Word must keep.
enum WordListing {
    static func resolve(_ xml: String) -> String {
        var result = ""
        result.reserveCapacity(xml.utf8.count + 64)
        var rest = Substring(xml)
        while let open = rest.range(of: "<w:t") {
            let afterName = rest[open.upperBound...].first
            guard afterName == ">" || afterName == " ", let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else {
                result += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            result += rest[..<open.lowerBound]
            let tag = rest[open.lowerBound...tagEnd]
            rest = rest[rest.index(after: tagEnd)...]
            if tag.hasSuffix("/>") {
                result += tag
                continue
            }
            result += tag.contains("xml:space") ? String(tag) : "<w:t xml:space=\"preserve\"" + tag.dropFirst("<w:t".count)
            let close = rest.range(of: "</w:t>")?.lowerBound ?? rest.endIndex
            let content = rest[..<close]
            if content.contains(where: { $0 == "\n" || $0 == "\t" }) {
                result += content
                    .replacingOccurrences(of: "\n", with: "</w:t><w:br/><w:t xml:space=\"preserve\">")
                    .replacingOccurrences(of: "\t", with: "</w:t><w:tab/><w:t xml:space=\"preserve\">")
            } else {
                result += content
            }
            rest = rest[close...]
        }
        return result + rest
    }
}
