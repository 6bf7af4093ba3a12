/// The wordings real drafts dress a promise in: the meeting that agreed it, a lawful-sounding
/// name for the money, 原则上, a pointer to a supplementary agreement, an article number,
/// amounts in 人民币大写 and the government named by its own name instead of 甲方. None of
/// them changes who gives what to whom on which base, so none may change a clause's categories.
extension LawfulWrapper {
    static let dressings: [LawfulWrapper] = [
        LawfulWrapper(name: "meeting-basis") { afterArticleMark($0, insert: "经县政府常务会议研究同意，") },
        LawfulWrapper(name: "minutes-basis") { afterArticleMark($0, insert: "根据双方会议纪要精神，") },
        LawfulWrapper(name: "reward-for-subsidy") { beforeGovernmentPayment($0, insert: "以奖代补方式") },
        LawfulWrapper(name: "support-fund") { beforeGovernmentPayment($0, insert: "作为产业扶持资金") },
        LawfulWrapper(name: "construction-subsidy") { beforeGovernmentPayment($0, insert: "以项目建设补助名义") },
        LawfulWrapper(name: "in-principle") { afterFirstParty($0, insert: "原则上") },
        LawfulWrapper(name: "supplementary") { beforeFinalStop($0, insert: "（具体以双方另行签订的补充协议为准）") },
        LawfulWrapper(name: "article-number") { withArticleMark($0, "第十二条 ") },
        LawfulWrapper(name: "sub-item") { withArticleMark($0, "（三）") },
        LawfulWrapper(name: "capital-amounts") { capitalAmounts($0) },
        LawfulWrapper(name: "county-government", governmentFirstOnly: true) { renamingGovernment($0, as: "县人民政府") },
        LawfulWrapper(name: "committee", governmentFirstOnly: true) { renamingGovernment($0, as: "管委会") },
        LawfulWrapper(name: "district-government", governmentFirstOnly: true) { renamingGovernment($0, as: "区政府") },
    ]

    /// An article number or item mark opening a clause (第六条, （二）, 三、, 2.3).
    nonisolated(unsafe) static let articleMark = try! Regex(#"^[ \u{3000}]*(第[零〇一二两三四五六七八九十百0-9]+条|[（(][一二三四五六七八九十0-9]+[）)]|[一二三四五六七八九十]+、|[0-9]+(\.[0-9]+)*[ \u{3000}、.．])"#)

    /// Puts `insert` after the clause's article mark and the blanks after it, or in front; a
    /// heading's title line (第三条 税收和财政扶持⏎…) or a short label (（三）税收：…) stays
    /// before it, as a drafter would keep them.
    static func afterArticleMark(_ text: String, insert: String) -> String {
        guard let mark = text.prefixMatch(of: articleMark) else { return insert + text }
        var index = mark.range.upperBound
        while index < text.endIndex, text[index] == " " || text[index] == "\u{3000}" { index = text.index(after: index) }
        let rest = Array(text[index...])
        func unbroken(_ end: Int) -> Bool { !rest[..<end].contains { "，。；,;".contains($0) } }
        if let newline = rest.firstIndex(of: "\n"), unbroken(newline) {
            index = text.index(index, offsetBy: newline + 1)
        } else if let colon = rest.firstIndex(of: "："), colon <= 12, unbroken(colon) {
            index = text.index(index, offsetBy: colon + 1)
        }
        return text[..<index] + insert + text[index...]
    }

    /// Gives a clause without an article mark the mark `mark`; a clause that has one keeps it.
    static func withArticleMark(_ text: String, _ mark: String) -> String {
        text.prefixMatch(of: articleMark) == nil ? mark + text : text
    }

    /// Renames 甲方 (the government side) as `name` throughout, unless the clause defines 甲方
    /// itself (甲方：…, 甲方（…）), where the name would change who the party is.
    static func renamingGovernment(_ text: String, as name: String) -> String {
        if text.contains(try! Regex(#"甲方[ \u{3000}]*[：:（(]"#)) { return text }
        return text.replacingOccurrences(of: "甲方", with: name)
    }

    static let paymentActs = ["返还", "退还", "奖励", "补贴", "补助", "拨付", "支付", "给予", "补足", "补齐", "承担", "兑付", "返给", "补给", "打给", "回购", "代缴", "偿还"]
    static let negations = ["不得", "不再", "无需", "无须", "无义务", "不予", "不", "未", "无"]
    static let actHelpers = ["予以", "代为", "负责", "一次性", "全额", "足额"]
    static let partyWords = ["县人民政府", "人民政府", "管委会", "政府", "县财政", "财政", "县里", "甲方", "乙方"]

    /// Puts a name for the money (`insert`, 以奖代补方式) before the first payment act whose
    /// nearest party word in its clause is the government side, where the name reads as the
    /// act's manner: not before a negated act (不返还), an act that modifies a noun (支付的) or
    /// one in quotes, and before the helper words of the act (予以兑付, 代为支付). A clause
    /// without such an act is left as it is.
    static func beforeGovernmentPayment(_ text: String, insert: String) -> String {
        let characters = Array(text)
        func ends(_ prefix: ArraySlice<Character>, with word: String) -> Bool { prefix.count >= word.count && prefix.suffix(word.count).elementsEqual(word) }
        func nearestParty(before end: Int) -> (word: String, start: Int)? {
            var found: (word: String, start: Int)?
            for word in partyWords {
                let length = word.count
                var start = end - length
                while start >= 0 {
                    if characters[start..<(start + length)].elementsEqual(word),
                       !(word == "财政" && start + length < characters.count && characters[start + length] == "部") { break }
                    start -= 1
                }
                guard start >= 0 else { continue }
                if found == nil || start > found!.start || (start == found!.start && length > found!.word.count) { found = (word, start) }
            }
            return found
        }
        var best: Int?
        for act in paymentActs {
            let length = act.count
            var position = 1
            while position + length <= characters.count {
                defer { position += 1 }
                guard characters[position..<(position + length)].elementsEqual(act) else { continue }
                guard !"“\"「《".contains(characters[position - 1]) else { continue }
                if position + length < characters.count, characters[position + length] == "的" { continue }
                let before = characters[..<position]
                if negations.contains(where: { ends(before, with: $0) }) { continue }
                let clauseStart = before.lastIndex(where: { "，。；：,;:\n".contains($0) }) ?? -1
                guard let party = nearestParty(before: position), party.word != "乙方", party.start > clauseStart else { continue }
                if best == nil || position < best! { best = position }
                break
            }
        }
        guard var index = best else { return text }
        var moved = true
        while moved {
            moved = false
            for helper in actHelpers where ends(characters[..<index], with: helper) {
                index -= helper.count
                moved = true
            }
        }
        return String(characters[..<index]) + insert + String(characters[index...])
    }
}
