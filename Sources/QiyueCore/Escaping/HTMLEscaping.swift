/// HTML escaping for element content and attribute values, so that a project name, a clause
/// or a reason typed by an officer can never become markup.
///
/// `& < > " '` become `&amp; &lt; &gt; &#34; &#39;`, byte for byte what Jinja2's autoescaping
/// (MarkupSafe) writes, so the template engine, the HTML writer and every report share one
/// escaper and one output.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result = [UInt8]()
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: result.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])
            case 0x3C: result.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])
            case 0x3E: result.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])
            case 0x22: result.append(contentsOf: [0x26, 0x23, 0x33, 0x34, 0x3B])
            case 0x27: result.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
