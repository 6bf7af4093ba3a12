import QiyueCore

/// Checks that the milestones come in order and flags schedules that action plan item 21
/// would catch: a project not in production two years after it landed is cleared out.
struct TimelineCheck {
    static let milestones: [(key: String, zh: String, en: String)] = [
        ("signing", "签约", "signing"),
        ("construction_start", "开工", "construction start"),
        ("completion", "竣工", "completion"),
        ("production", "投产", "production"),
    ]

    func findings(in file: ProjectFile) -> [ProjectFinding] {
        var findings: [ProjectFinding] = []
        var previous: (key: String, zh: String, en: String, date: CalendarDate)?
        for milestone in Self.milestones {
            guard let node = file.root.node(at: "/timeline/" + milestone.key), let text = node.value.stringValue,
                  let date = CalendarDate(text) else { continue }
            if let earlier = previous, date < earlier.date {
                findings.append(ProjectFinding(.error, JSONPointer(["timeline", milestone.key]), code: "timeline.order", message: LocalizedText(
                    zh: "\(milestone.zh)日期 \(date) 早于\(earlier.zh)日期 \(earlier.date)",
                    en: "\(milestone.en) \(date) is before \(earlier.en) \(earlier.date)"
                ), at: node))
            }
            previous = (milestone.key, milestone.zh, milestone.en, date)
        }
        if let signing = file.root.string(at: "/timeline/signing").flatMap(CalendarDate.init),
           let node = file.root.node(at: "/timeline/production"), let production = node.value.stringValue.flatMap(CalendarDate.init),
           production > signing.adding(years: 2) {
            findings.append(ProjectFinding(.note, JSONPointer(["timeline", "production"]), code: "timeline.item-21", message: LocalizedText(
                zh: "计划投产 \(production) 距签约超过两年；行动计划第21项要求对落地2年以上仍未投产的项目坚决清理，协议中应约定分期节点和退出条款",
                en: "production \(production) is planned more than two years after signing; action plan item 21 clears projects not in production two years after landing, so the agreement needs interim milestones and exit terms"
            ), at: node))
        }
        return findings
    }
}
