/// Prepares a Word part's template for `{{ image('site-plan.png', width_mm=120) }}`.
///
/// `image` is a macro put in front of the part: it prints a marker of private-use characters
/// holding its arguments, which `WordImageEmbedder` turns into a picture after rendering. Each
/// call is numbered (`image(` becomes `image(3, `), so that a picture that cannot be placed is
/// reported at the paragraph the officer typed the call in, as every other template error is.
enum WordImageSites {
    static let open: Character = "\u{E000}"
    static let separator: Character = "\u{E001}"
    static let close: Character = "\u{E002}"

    static let macro = Array(("{% macro image(qiyue_site, path, width_mm=none, height_mm=none) %}" +
        "\(open){{ qiyue_site }}\(separator){{ path }}\(separator){{ width_mm }}\(separator){{ height_mm }}\(close){% endmacro %}").utf8)

    /// The prepared text with the macro and numbered calls, and the original offset of each call;
    /// a part that calls no `image` is returned as it was.
    static func mark(_ source: MappedText) -> (MappedText, [Int]) {
        let bytes = source.bytes
        let call = Array("image(".utf8)
        var sites: [Int] = []
        var result = MappedText()
        var copied = 0
        var index = 0
        while let found = ByteSearch.find(call, in: bytes, from: index) {
            index = found + call.count
            if found > 0, isIdentifier(bytes[found - 1]) { continue }
            guard insideTag(found, in: bytes) else { continue }
            if sites.isEmpty { result.append(inserting: macro, at: 0, of: source) }
            result.append(copying: copied..<index, of: source)
            result.append(inserting: Array("\(sites.count), ".utf8), at: found, of: source)
            copied = index
            sites.append(source.original(of: found))
        }
        guard !sites.isEmpty else { return (source, []) }
        result.append(copying: copied..<bytes.count, of: source)
        return (result, sites)
    }

    /// Whether `offset` lies inside a `{{ }}` or `{% %}` tag: the nearest opener before it is
    /// closer than the nearest closer. Tags are short, so the look back is bounded.
    private static func insideTag(_ offset: Int, in bytes: [UInt8]) -> Bool {
        var index = offset - 1
        let stop = max(0, offset - 4096)
        while index > stop {
            let pair = (bytes[index - 1], bytes[index])
            if pair == (0x7B, 0x7B) || pair == (0x7B, 0x25) { return true }
            if pair == (0x7D, 0x7D) || pair == (0x25, 0x7D) { return false }
            index -= 1
        }
        return false
    }

    /// Letters, digits, `_` and `.`: `site_image(` and `project.image(` are not calls of `image`.
    private static func isIdentifier(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x2E || byte >= 0x80
    }
}
