/// Reads WordprocessingML on/off properties such as `<w:b/>`, `<w:b w:val="0"/>`.
enum DocxOnOff {
    /// An element present without `w:val`, or with a true value, is on.
    static func isOn(_ value: String?) -> Bool {
        switch value {
        case nil, "1", "true", "on": return true
        default: return false
        }
    }

    static func isOn(_ element: XMLTreeElement) -> Bool {
        isOn(element.attribute("w:val"))
    }

    static func isOn(_ tag: XMLStartTag) -> Bool {
        isOn(tag.attribute("w:val"))
    }
}
