import QiyueCore

/// Checks the actual progress of `/lifecycle`: dates in stage order and not after the
/// data's own date, a stage backed by its date, and figures within what was agreed.
struct LifecycleCheck {
    func findings(in file: ProjectFile) -> [ProjectFinding] {
        guard file.root.node(at: "/lifecycle")?.value.members != nil else { return [] }
        let lifecycle = ProjectLifecycle(file: file)
        var findings: [ProjectFinding] = []
        func pointer(_ key: String) -> JSONPointer { JSONPointer(["lifecycle", key]) }
        func node(_ key: String) -> JSONNode? { key.isEmpty ? file.root.node(at: "/lifecycle") : file.root.node(at: pointer(key)) }
        var previous: (stage: LifecycleStage, date: CalendarDate)?
        for stage in LifecycleStage.allCases where stage != .exited {
            guard let date = lifecycle.dates[stage] else { continue }
            if let earlier = previous, date < earlier.date {
                findings.append(ProjectFinding(.error, pointer(stage.dateKey), code: "lifecycle.order", message: LocalizedText(
                    zh: "\(stage.dateLabel.zh)日期 \(date) 早于\(earlier.stage.dateLabel.zh)日期 \(earlier.date)",
                    en: "\(stage.dateLabel.en) date \(date) is before the \(earlier.stage.dateLabel.en) date \(earlier.date)"), at: node(stage.dateKey)))
            }
            previous = (stage, date)
        }
        if let exited = lifecycle.dates[.exited], let signed = lifecycle.dates[.signed], exited < signed {
            findings.append(ProjectFinding(.error, pointer("exited"), code: "lifecycle.order", message: LocalizedText(
                zh: "退出日期 \(exited) 早于签约日期 \(signed)", en: "exit date \(exited) is before the signing date \(signed)"), at: node("exited")))
        }
        if let asOf = lifecycle.asOf {
            for stage in LifecycleStage.allCases {
                guard let date = lifecycle.dates[stage], date > asOf else { continue }
                findings.append(ProjectFinding(.error, pointer(stage.dateKey), code: "lifecycle.after-as-of", message: LocalizedText(
                    zh: "\(stage.dateLabel.zh)日期 \(date) 晚于数据截止日期 \(asOf)：实际进展不能记在将来",
                    en: "\(stage.dateLabel.en) date \(date) is after the data's as-of date \(asOf): actual progress cannot lie in the future"), at: node(stage.dateKey)))
            }
        }
        findings += stageFindings(lifecycle, node: node)
        findings += figureFindings(lifecycle, node: node)
        return findings
    }

    /// The stage claimed needs the date it was reached; a later stage's date means the stage is stale.
    private func stageFindings(_ lifecycle: ProjectLifecycle, node: (String) -> JSONNode?) -> [ProjectFinding] {
        guard let stage = lifecycle.stage else {
            guard lifecycle.dates.isEmpty == false else { return [] }
            return [ProjectFinding(.warning, JSONPointer(["lifecycle"]), code: "lifecycle.no-status", message: LocalizedText(
                zh: "记录了进展日期却没有 status（当前阶段）", en: "progress dates are recorded but no status (stage)"), at: node(""))]
        }
        var findings: [ProjectFinding] = []
        if lifecycle.dates[stage] == nil {
            findings.append(ProjectFinding(.error, JSONPointer(["lifecycle", "status"]), code: "lifecycle.status-date", message: LocalizedText(
                zh: "阶段为“\(stage.label.zh)”，但没有 /lifecycle/\(stage.dateKey) 日期",
                en: "the stage is '\(stage.label.en)' but /lifecycle/\(stage.dateKey) gives no date"), at: node("status")))
        }
        if stage != .exited, let later = LifecycleStage.allCases.last(where: { $0 > stage && $0 != .exited && lifecycle.dates[$0] != nil }) {
            findings.append(ProjectFinding(.warning, JSONPointer(["lifecycle", "status"]), code: "lifecycle.status-behind", message: LocalizedText(
                zh: "阶段为“\(stage.label.zh)”，但已记有\(later.dateLabel.zh)日期 \(lifecycle.dates[later]!)（/lifecycle/\(later.dateKey)）：阶段未更新",
                en: "the stage is '\(stage.label.en)' but /lifecycle/\(later.dateKey) records \(lifecycle.dates[later]!): the stage is out of date"), at: node("status")))
        }
        return findings
    }

    private func figureFindings(_ lifecycle: ProjectLifecycle, node: (String) -> JSONNode?) -> [ProjectFinding] {
        var findings: [ProjectFinding] = []
        if let inPlace = lifecycle.investmentInPlace, let total = lifecycle.totalInvestment, inPlace > total {
            findings.append(ProjectFinding(.warning, JSONPointer(["lifecycle", "investment_in_place_yuan"]), code: "lifecycle.investment", message: LocalizedText(
                zh: "到位投资 \(Quantity.plain(inPlace)) 元超过协议总投资 \(Quantity.plain(total)) 元：单位或口径有误？",
                en: "investment in place \(Quantity.plain(inPlace)) yuan exceeds the agreed total \(Quantity.plain(total)) yuan: wrong unit or basis?"),
                at: node("investment_in_place_yuan")))
        }
        if let supplied = lifecycle.landSuppliedMu, let agreed = lifecycle.agreedLandMu, supplied > agreed * 1.01 {
            findings.append(ProjectFinding(.warning, JSONPointer(["lifecycle", "land_supplied_mu"]), code: "lifecycle.land", message: LocalizedText(
                zh: "供地 \(Quantity.plain(supplied)) 亩超过约定用地 \(Quantity.plain(agreed)) 亩",
                en: "land supplied \(Quantity.plain(supplied)) mu exceeds the agreed \(Quantity.plain(agreed)) mu"), at: node("land_supplied_mu")))
        }
        return findings
    }
}
