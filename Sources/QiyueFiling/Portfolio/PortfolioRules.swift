import QiyueCore
import QiyueProjects

/// The rules the project-library scan applies, each computing its reason from dates.
///
/// The wording of each rule cites only what was verified against the source text (see
/// docs/filing-and-portfolio.md): item 21 of the Yunnan action plan, article 2 of
/// 《闲置土地处置办法》 (国土资源部令第53号, 2012), and item 17's filing requirement.
public struct PortfolioRules: Sendable {
    /// How far below the agreed investment schedule a project may fall before it is listed.
    public var shortfallTolerance: Double

    public init(shortfallTolerance: Double = 0.2) {
        self.shortfallTolerance = shortfallTolerance
    }

    static let item21 = LocalizedText(
        zh: "《云南省务实招商三年行动计划（2023—2025年）》第21项：对落地2年以上仍未投产、占用大量资金、土地的项目坚决清理",
        en: "Yunnan action plan 2023–2025, item 21: projects landed more than 2 years and not in production, tying up funds and land, are to be cleared out")
    static let idleLand = LocalizedText(
        zh: "《闲置土地处置办法》（国土资源部令第53号）第二条：超过国有建设用地使用权有偿使用合同或者划拨决定书约定、规定的动工开发日期满一年未动工开发的国有建设用地为闲置土地",
        en: "Measures on the Disposal of Idle Land (MLR Order No. 53), article 2: state construction land not started one full year after the start date in the land-use contract or allocation decision is idle land")
    static let schedule = LocalizedText(
        zh: "协议约定的建设进度（/timeline 开工至竣工）；行动计划第21项要求对占用大量资金、土地的停滞项目及时止损",
        en: "the construction schedule agreed in the agreement (/timeline start to completion); action plan item 21 asks that stalled projects be cut off in time")
    static let item17 = LocalizedText(
        zh: "行动计划第17项：避免违规承诺土地价格或税收优惠、违法担保；对签约合同（协议）登记备案、规范化管理",
        en: "action plan item 17: no unlawful land-price or tax promises or guarantees; signed agreements are registered, filed and managed")

    public func flags(_ lifecycle: ProjectLifecycle, asOf: CalendarDate, registered: [RegisterEntry]) -> [PortfolioFlag] {
        let stage = lifecycle.stage
        guard stage != .exited else { return [] }
        var flags: [PortfolioFlag] = []
        let label = { (zh: String, en: String) in LocalizedText(zh: zh, en: en) }
        let asOfLabel = label("截至", "as of")
        if let signing = lifecycle.signing, lifecycle.dates[.inProduction] == nil, stage != .inProduction, signing.adding(years: 2) <= asOf {
            let span = DateSpan(from: signing, to: asOf)
            flags.append(PortfolioFlag(.stalled, reason: LocalizedText(
                zh: "签约于 \(signing)，至 \(asOf) 已 \(span.zh)仍未投产" + (lifecycle.agreedProduction.map { "（约定投产 \($0)）" } ?? ""),
                en: "signed on \(signing), still not in production on \(asOf), \(span.en) later" + (lifecycle.agreedProduction.map { " (production agreed for \($0))" } ?? "")),
                dates: [(label("签约", "signed"), signing.description)] + (lifecycle.agreedProduction.map { [(label("约定投产", "production agreed"), $0.description)] } ?? []) + [(asOfLabel, asOf.description)],
                rule: Self.item21))
        }
        if lifecycle.landSupplied, lifecycle.dates[.underConstruction] == nil, stage == nil || stage == .signed,
           let agreed = lifecycle.agreedConstructionStart, agreed.adding(years: 1) <= asOf {
            let span = DateSpan(from: agreed, to: asOf)
            let supplied = lifecycle.landSuppliedDate.map { "\($0) " } ?? ""
            let area = lifecycle.landSuppliedMu.map { "\(Self.plain($0)) 亩" } ?? ""
            flags.append(PortfolioFlag(.idleLand, reason: LocalizedText(
                zh: "已供地 \(supplied)\(area)，约定动工 \(agreed)，至 \(asOf) 超过约定动工日期 \(span.zh)仍未动工",
                en: "land supplied \(supplied)\(lifecycle.landSuppliedMu.map { "\(Self.plain($0)) mu" } ?? ""), construction agreed to start \(agreed), not started \(span.en) later on \(asOf)"),
                dates: (lifecycle.landSuppliedDate.map { [(label("供地", "land supplied"), $0.description)] } ?? [])
                    + [(label("约定动工", "start agreed"), agreed.description), (asOfLabel, asOf.description)],
                rule: Self.idleLand))
        }
        if let flag = shortfall(lifecycle, asOf: asOf) { flags.append(flag) }
        for entry in registered where entry.review.errors > 0 {
            let reason = entry.review.acceptedReason.map { "；登记理由：\($0)" } ?? ""
            flags.append(PortfolioFlag(.reviewErrorsInForce, reason: LocalizedText(
                zh: "登记号 \(entry.number)（\(entry.filingDate) 备案）审查有 \(entry.review.errors) 个错误，协议仍在执行\(reason)",
                en: "filing \(entry.number) (filed \(entry.filingDate)) had \(entry.review.errors) review error(s) and the agreement is still in force" + (entry.review.acceptedReason.map { "; reason recorded: \($0)" } ?? "")),
                dates: (entry.signingDate.map { [(label("签署", "signed"), $0)] } ?? []) + [(label("备案", "filed"), entry.filingDate)],
                rule: Self.item17))
        }
        return flags
    }

    /// Investment in place against a straight-line schedule from agreed start to agreed completion.
    func shortfall(_ lifecycle: ProjectLifecycle, asOf: CalendarDate) -> PortfolioFlag? {
        guard let inPlace = lifecycle.investmentInPlace, let total = lifecycle.totalInvestment, total > 0,
              let start = lifecycle.agreedConstructionStart, let end = lifecycle.agreedCompletion, start < end, start < asOf else { return nil }
        let elapsed = Double(asOf.dayNumber - start.dayNumber)
        let expected = min(1, elapsed / Double(end.dayNumber - start.dayNumber))
        let actual = inPlace / total
        guard actual + shortfallTolerance < expected else { return nil }
        let expectedPercent = Int((expected * 100).rounded()), actualPercent = Int((actual * 100).rounded())
        return PortfolioFlag(.investmentShortfall, reason: LocalizedText(
            zh: "按约定 \(start) 开工、\(end) 竣工，至 \(asOf) 应到位约 \(expectedPercent)%，实际到位 \(Self.plain(inPlace)) 元，占总投资 \(actualPercent)%",
            en: "with construction agreed from \(start) to \(end), about \(expectedPercent)% should be in place by \(asOf); \(Self.plain(inPlace)) yuan is, \(actualPercent)% of the total"),
            dates: [(LocalizedText(zh: "约定开工", en: "start agreed"), start.description), (LocalizedText(zh: "约定竣工", en: "completion agreed"), end.description),
                    (LocalizedText(zh: "截至", en: "as of"), asOf.description)],
            rule: Self.schedule)
    }

    static func plain(_ value: Double) -> String { RegisterExport.amount(value) }
}
