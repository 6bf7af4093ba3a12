import QiyueCore
import QiyueFiling

/// `register show N`: one entry as labelled lines, findings listed under the review.
struct EntryText {
    let language: Language

    func render(_ entry: RegisterEntry) -> String {
        let zh = language == .zh
        func line(_ zhLabel: String, _ enLabel: String, _ value: String?) -> String {
            (zh ? zhLabel + "：" : enLabel + ": ") + (value ?? (zh ? "（未填）" : "(not given)")) + "\n"
        }
        var text = ""
        text += line("序号", "Position", String(entry.sequence))
        text += line("登记号", "Filing number", entry.number)
        text += line("项目", "Project", "\(entry.project.name)（\(entry.project.id)）")
        text += line("签约各方", "Parties", entry.project.parties.joined(separator: "；"))
        text += line("投资额（元）", "Investment (yuan)", entry.project.investmentYuan.map { RegisterExport.amount($0) })
        text += line("用地面积（亩）", "Land (mu)", entry.project.landAreaMu.map { RegisterExport.amount($0) })
        text += line("签署日期", "Signed", entry.signingDate)
        text += line("备案日期", "Filed", entry.filingDate)
        text += line("审查结论", "Review", "\(entry.review.conclusionText(in: language))（\(zh ? "错误" : "errors") \(entry.review.errors)，\(zh ? "警告" : "warnings") \(entry.review.warnings)）")
        text += line("规则包", "Rule pack", entry.review.rulePack)
        if let reason = entry.review.acceptedReason { text += line("接受理由", "Reason accepted", reason) }
        for finding in entry.review.findings {
            text += "  \(finding.line):\(finding.column): \(finding.severity): \(finding.message) [\(finding.rule)]\n"
        }
        text += line("公平竞争审查", "Fair-competition review", entry.fairCompetition)
        text += line("集体决策日期", "Collective decision", entry.collectiveDecision)
        text += line("审查人", "Reviewer", entry.reviewer)
        text += line("文件", "File", "\(entry.file.path)（\(entry.file.digest.bytes) \(zh ? "字节" : "bytes")）")
        text += line("SM3", "SM3", entry.file.digest.sm3)
        text += line("SHA-256", "SHA-256", entry.file.digest.sha256)
        text += line("前一条 SM3", "Previous SM3", entry.previous)
        text += line("本条 SM3", "Entry SM3", entry.hash)
        return text
    }
}
