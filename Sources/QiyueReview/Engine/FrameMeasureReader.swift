/// Finds how much a promise gives in a clause: a share (80%, 百分之五十, 八成, 七折, 一半), a
/// whole (全额, 等额, 如数), a difference (差额, 不足部分), an excess (超出部分) or an amount.
enum FrameMeasureReader {
    static let wholes = ["全额", "等额", "如数", "全部", "全免"]
    static let differences = ["差额", "不足部分", "差价", "缺口"]
    static let excesses = ["超出部分", "超出额", "超过部分", "多出部分"]
    static let halves = ["一半", "减半", "半数"]
    static let chineseDigits: [Character: Double] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]

    static func measure(in text: String) -> FrameMeasure? {
        let characters = Array(text)
        // A percentage: digits (with a point) before %.
        if let percent = characters.firstIndex(of: "%") {
            var start = percent
            while start > 0, characters[start - 1].isNumber || characters[start - 1] == "." { start -= 1 }
            if start < percent, let value = Double(String(characters[start..<percent])) {
                return FrameMeasure(text: String(characters[start...percent]), kind: .share, value: value / 100)
            }
        }
        for (index, character) in characters.enumerated() where index > 0 && (character == "成" || character == "折") {
            if let digit = chineseDigits[characters[index - 1]] {
                return FrameMeasure(text: String(characters[(index - 1)...index]), kind: .share, value: digit / 10)
            }
        }
        for word in excesses where text.contains(word) { return FrameMeasure(text: word, kind: .excess) }
        for word in differences where text.contains(word) { return FrameMeasure(text: word, kind: .difference) }
        for word in wholes where text.contains(word) { return FrameMeasure(text: word, kind: .whole, value: 1) }
        for word in halves where text.contains(word) { return FrameMeasure(text: word, kind: .share, value: 0.5) }
        if let amount = AmountParser.amounts(in: text).first, let yuan = characters.firstIndex(of: "元") {
            var start = yuan
            while start > 0, characters[start - 1].isNumber || "万亿.,十百千零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖拾佰仟".contains(characters[start - 1]) { start -= 1 }
            return FrameMeasure(text: String(characters[start...yuan]), kind: .amount, value: amount)
        }
        return nil
    }
}
