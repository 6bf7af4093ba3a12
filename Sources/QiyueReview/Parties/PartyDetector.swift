import Foundation

/// Reads the parties from an agreement's preamble and classes each as government side or
/// investor side.
///
/// It understands the common layouts: a line per party (`甲方：某某县人民政府`,
/// `出让方（甲方）：…`), several parties on one line separated by ；, a running sentence
/// (`某某县人民政府（以下简称甲方）与…`), a role with its name where the party acts
/// (`乙方（某某县人民政府）同意…`), and short names introduced with 以下简称. Sides come from the name: governments, their
/// committees, bureaus and offices, and the state-owned platform companies acting for
/// them (城投, 平台公司, 国有投资公司) are the government side; other companies invest.
public enum PartyDetector {
    public static let roleWords: Set<String> = ["甲方", "乙方", "丙方", "丁方"]

    /// How many units of a preamble line are read.
    static let lineReach = 600

    /// The longest name a later definition of a role may have to replace the earlier one.
    static let redefinitionLimit = 30

    static let governmentMarkers = [
        "人民政府", "政府", "管理委员会", "管委会", "委员会", "办公室", "办事处", "财政", "城投", "城市建设投资",
        "城建投资", "城市投资", "平台公司", "国有资产", "国有资本", "国有投资", "国投", "投资开发", "开发投资",
        "建设投资", "发展投资", "园区投资", "园区开发", "交通投资", "国资", "局",
    ]
    static let investorMarkers = ["公司", "企业", "集团", "合伙", "有限", "股份", "厂", "中心", "商会"]

    /// The side a party name belongs to, or `nil` when the name says nothing.
    public static func side(ofName name: String) -> ActorClass? {
        if governmentMarkers.contains(where: name.contains) { return .government }
        if investorMarkers.contains(where: name.contains) { return .investor }
        return nil
    }

    public static func detect(in text: NormalizedText, structure: DocumentStructure) -> PartyTable {
        let firstHeading = structure.headings.first(where: { $0.level <= 1 })?.offset ?? text.units.count
        var parties: [Party] = []
        // Whether each of `parties` was written as a plain definition (甲方：某某公司), which alone
        // may redefine a role.
        var plain: [Bool] = []
        var inline: [Party] = []
        for (line, start) in text.lineStarts.enumerated() where line < 60 {
            let end = text.lineEnd(line)
            // Party definitions are short; a huge line is read only as far as a preamble would go.
            let content = text.string(start..<max(start, min(end, start + Self.lineReach))).trimming(" #*>")
            inline += inlineRoles(Self.joiningWrappedBracket(content, after: line, in: text))
            // The first article may open with the parties' own definitions (第四条 甲方：某某公司；
            // 乙方：某某县人民政府。…); only definitions proper are read after its number.
            let opensHeading = start <= firstHeading && firstHeading < end
            guard start < firstHeading || opensHeading else { continue }
            let bodyStart = opensHeading ? ActorResolver.skippingArticleMark(from: firstHeading, in: text.units) : start
            if opensHeading, bodyStart == firstHeading { continue }
            let body = opensHeading ? text.string(bodyStart..<max(bodyStart, min(end, start + Self.lineReach))).trimming(" ") : content
            // Several parties may share a line: 甲方：某某县人民政府；乙方：某某公司.
            for piece in body.split(separator: ";").flatMap(definitionPieces) {
                let trimmed = piece.trimming(" ")
                if opensHeading, !isPlainDefinition(trimmed) { break }
                let defined = roleLine(trimmed)
                parties += defined
                plain += Array(repeating: isPlainDefinition(trimmed), count: defined.count)
            }
            if opensHeading { continue }
            let named = shortNameDefinitions(content)
            parties += named
            plain += Array(repeating: false, count: named.count)
        }
        // A role given with its name where the party acts (乙方（某某县人民政府）向甲方…) is the
        // most specific definition there is.
        return PartyTable(parties: merge(inline + latestDefinitions(parties, plain: plain)))
    }

    /// When a role is defined twice with parties of different sides (a standard preamble, then
    /// a clause that opens with its own 甲方：某某公司；乙方：某某县人民政府。), the later
    /// definition is the one the text under it uses: it replaces the earlier in its place.
    /// Only a definition proper replaces: the bare role before the colon and a short name naming
    /// no role (甲方与乙方约定：…, 甲方承诺：乙方… and 管委会与乙方约定：… are clauses, not definitions).
    static func latestDefinitions(_ parties: [Party], plain: [Bool]) -> [Party] {
        var result: [Party] = []
        for (party, isPlain) in zip(parties, plain) {
            if isPlain, let role = party.role, let index = result.firstIndex(where: { $0.role == role }), result[index].side != party.side,
               party.name.count <= redefinitionLimit, !roleWords.contains(where: party.name.contains) {
                result[index] = party
            } else {
                result.append(party)
            }
        }
        return result
    }

    /// `乙方（某某县人民政府）` inside running text: a role word with the party's name in
    /// brackets, when the name says which side it is.
    static func inlineRoles(_ content: String) -> [Party] {
        // Most lines have no bracket at all; they cost one byte search.
        guard content.utf8.contains(0x28) else { return [] }
        let characters = Array(content)
        var result: [Party] = []
        var index = 0
        while index + 3 < characters.count {
            defer { index += 1 }
            guard characters[index + 1] == "方", characters[index + 2] == "(", "甲乙丙丁".contains(characters[index]) else { continue }
            guard let close = characters[(index + 3)...].firstIndex(of: ")") else { break }
            let name = String(characters[(index + 3)..<close]).trimming(" ")
            guard !name.isEmpty, name.count <= 40, !name.contains("以下简称"), let side = side(ofName: name) else { continue }
            result.append(Party(role: String(characters[index...(index + 1)]), name: name, shortNames: [], side: side))
        }
        return result
    }

    /// `content` with the next line appended when a bracket it opens is closed only there: a
    /// party's name wrapped by a PDF or a narrow column (丙方（某某国有资本运营有限公⏎司）) is
    /// still one name. Other lines are returned as they are.
    static func joiningWrappedBracket(_ content: String, after line: Int, in text: NormalizedText) -> String {
        guard line + 1 < text.lineStarts.count, content.utf8.contains(0x28) else { return content }
        var depth = 0
        for byte in content.utf8 {
            if byte == 0x28 { depth += 1 } else if byte == 0x29, depth > 0 { depth -= 1 }
        }
        guard depth > 0 else { return content }
        let start = text.lineStarts[line + 1]
        let end = text.lineEnd(line + 1)
        return content + text.string(start..<max(start, min(end, start + lineReach))).trimming(" #*>")
    }

    /// The abbreviated roles of a header (甲：…, 乙：…) and the role each stands for.
    static let abbreviatedRoles: [String: String] = ["甲": "甲方", "乙": "乙方", "丙": "丙方", "丁": "丁方"]

    /// The labels a header puts in brackets after a role where the party signs (甲方（盖章）：…).
    static let signingLabels: Set<String> = ["盖章", "签章", "公章", "签字", "签字盖章", "盖章签字"]

    /// The role a definition's head names: a role word (甲方, 出让方（甲方）), or an abbreviated
    /// role standing alone (甲：…).
    static func role(inHead head: Substring) -> String? {
        if let role = roleWords.first(where: { head.contains($0) }) { return role }
        return abbreviatedRoles[head.trimming(" ")]
    }

    /// The characters a party's name ends with (…有限公司, …人民政府, …管理委员会, …自然资源局).
    static let nameHeads: Set<Character> = ["司", "府", "会", "局", "团", "厂", "心", "处"]

    /// A line piece cut before each later role definition that follows the name before it with
    /// only a blank between, or none once the review text has dropped the blank between Chinese
    /// characters (甲方：某某县人民政府　乙方：某某科技有限公司 reads 甲方:某某县人民政府乙方:…).
    static func definitionPieces(_ piece: Substring) -> [Substring] {
        var pieces: [Substring] = []
        var start = piece.startIndex
        var index = piece.startIndex
        while index < piece.endIndex {
            let next = piece.index(after: index)
            let blank = piece[index] == " " || piece[index] == "\u{3000}"
            if blank || nameHeads.contains(piece[index]), next < piece.endIndex {
                let rest = piece[next...].drop { $0 == " " || $0 == "\u{3000}" }
                if let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 6,
                   role(inHead: rest[..<colon]) != nil, !piece[start..<next].trimming(" \u{3000}").isEmpty, piece[start..<next].contains(":") {
                    pieces.append(piece[start..<(blank ? index : next)])
                    start = rest.startIndex
                }
            }
            index = next
        }
        pieces.append(piece[start...])
        return pieces
    }

    /// Whether a line piece is a definition proper: nothing but a role, possibly with its label
    /// in brackets (甲方：…, 出让方（甲方）：…, 甲方（出让方）：…), before the colon.
    static func isPlainDefinition(_ content: String) -> Bool {
        guard let colon = content.firstIndex(of: ":") else { return false }
        var head = String(content[..<colon]).trimming(" ")
        if let open = head.firstIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            let inside = String(head[head.index(after: open)..<close])
            head = String(head[..<open]) + String(head[head.index(after: close)...])
            if roleWords.contains(inside) { return head.count <= 6 && !head.contains("与") && !head.contains("和") }
            if signingLabels.contains(inside.trimming(" ")) { return roleWords.contains(head.trimming(" ")) }
        }
        return roleWords.contains(head) || abbreviatedRoles[head] != nil
    }

    /// `甲方：某某县人民政府（以下简称“管委会”）` or `出让方（甲方）：…`.
    static func roleLine(_ content: String) -> [Party] {
        guard let colon = content.firstIndex(of: ":") else { return [] }
        let head = content[..<colon]
        guard head.count <= 12, let role = role(inHead: head) else { return [] }
        var name = String(content[content.index(after: colon)...]).trimming(" ")
        // The name ends at a bracket, a comma, a full stop, a blank or an ellipsis (甲方：某某县人民政府……).
        if let paren = name.firstIndex(where: { $0 == "(" || $0 == "," || $0 == "。" || $0 == " " || $0 == "\u{3000}" || $0 == "…" }) { name = String(name[..<paren]) }
        name = name.trimming(" ")
        guard !name.isEmpty, name.count <= 60 else { return [] }
        let shorts = shortNameDefinitions(content).flatMap(\.shortNames)
        // An abbreviated head defines a party only with a name that says its side: 甲：我们同意…
        // is a line of dialogue.
        if !roleWords.contains(where: { head.contains($0) }), side(ofName: name) == nil { return [] }
        let side = side(ofName: name) ?? PartyTable().side(ofRole: role)
        return [Party(role: role, name: name, shortNames: shorts, side: side)]
    }

    /// `某某县人民政府（以下简称甲方）` and `（以下简称“开发区管委会”）` anywhere in a line.
    static func shortNameDefinitions(_ content: String) -> [Party] {
        var result: [Party] = []
        var searchStart = content.startIndex
        while let marker = content.range(of: "以下简称", range: searchStart..<content.endIndex) {
            searchStart = marker.upperBound
            var shortEnd = marker.upperBound
            while shortEnd < content.endIndex, ![")", ",", "。", ";"].contains(content[shortEnd]) { shortEnd = content.index(after: shortEnd) }
            let short = content[marker.upperBound..<shortEnd].trimming("\":为 ")
            guard !short.isEmpty, short.count <= 12 else { continue }
            // The name runs back from the opening parenthesis to the previous separator.
            var nameEnd = marker.lowerBound
            if nameEnd > content.startIndex, content[content.index(before: nameEnd)] == "(" { nameEnd = content.index(before: nameEnd) }
            var nameStart = nameEnd
            while nameStart > content.startIndex {
                let previous = content[content.index(before: nameStart)]
                if [",", ":", "、", "。", ";", ")", " "].contains(previous) { break }
                nameStart = content.index(before: nameStart)
            }
            var name = String(content[nameStart..<nameEnd])
            for joiner in ["与", "和", "及"] where name.hasPrefix(joiner) { name.removeFirst() }
            let role = roleWords.contains(short) ? short : nil
            let nameSide = side(ofName: name)
            let shortSide = side(ofName: short)
            guard let side = nameSide ?? shortSide ?? role.map({ PartyTable().side(ofRole: $0) }) else { continue }
            result.append(Party(role: role, name: name.isEmpty ? short : name, shortNames: [short], side: side))
        }
        return result
    }

    /// Joins the records of one party found by both layouts (same role or same name).
    static func merge(_ parties: [Party]) -> [Party] {
        var merged: [Party] = []
        for party in parties {
            if let index = merged.firstIndex(where: { ($0.role != nil && $0.role == party.role) || $0.name == party.name }) {
                merged[index].shortNames += party.shortNames.filter { !merged[index].shortNames.contains($0) }
                if merged[index].role == nil { merged[index].role = party.role }
            } else {
                merged.append(party)
            }
        }
        return merged
    }
}
