import QiyueCore

/// Screens a project against the five admission red lines of annex 1, part 2.
///
/// The screening is honest about what data can decide. Investment intensity and tax per
/// mu (red line 3) are arithmetic against the park's thresholds; whether the site avoids
/// permanent basic farmland and ecological red lines is a recorded fact. Whether a process
/// is on a restricted list, whether the investor is on a dishonesty list, whether a project
/// endangers national security — those need registers and judgement, so they become
/// questions addressed to the officer, specific to the project where the data allows.
public struct AdmissionScreening: Sendable {
    public var thresholds: AdmissionThresholds
    public var catalog: IndustryCatalog

    public init(thresholds: AdmissionThresholds = .builtIn, catalog: IndustryCatalog = .builtIn) {
        self.thresholds = thresholds
        self.catalog = catalog
    }

    public func screen(_ file: ProjectFile) -> AdmissionReport {
        AdmissionReport(results: [
            categories(file), overcapacity(file), intensityAndTax(file), dishonesty(file), security(file),
        ], thresholds: thresholds)
    }

    // MARK: - Red line 1

    private func categories(_ file: ProjectFile) -> RedLineResult {
        var facts: [LocalizedText] = []
        if let code = file.industryCode, let entry = catalog.entry(for: code) {
            facts.append(LocalizedText(zh: "属于重点产业清单 \(code) \(entry.path.zh)", en: "in the key-industry catalogue: \(code) \(entry.path.en)"))
        } else {
            facts.append(LocalizedText(zh: "未给出指导目录中的产业代码，不属于或未归入重点产业清单", en: "no catalogue industry code: the project is not placed in the key-industry catalogue"))
        }
        return RedLineResult(redLine: .prohibitedCategories, status: .needsHuman, facts: facts, questions: [
            LocalizedText(zh: "项目的工艺、装备和产品是否属于现行《产业结构调整指导目录》的限制类或淘汰类？",
                          en: "Are the project's processes, equipment or products in the restricted or eliminated categories of the current Catalogue for Guiding Industrial Structure Adjustment?"),
            LocalizedText(zh: "项目是否属于现行《市场准入负面清单》的禁止准入事项？外商投资的，是否属于《外商投资准入特别管理措施（负面清单）》的禁止或限制领域？",
                          en: "Is the project prohibited by the current Negative List for Market Access, or, for foreign investment, prohibited or restricted by the Special Administrative Measures (Negative List) for Foreign Investment Access?"),
        ])
    }

    // MARK: - Red line 2

    private func overcapacity(_ file: ProjectFile) -> RedLineResult {
        let code = file.industryCode ?? ""
        var questions = [
            LocalizedText(zh: "项目是否新增产能严重过剩行业（如钢铁、水泥、电解铝、平板玻璃、船舶）的产能？",
                          en: "Does the project add capacity in an industry with severe overcapacity (such as steel, cement, primary aluminium, flat glass or shipbuilding)?"),
            LocalizedText(zh: "项目是否属于严重污染环境行业？环境影响评价类别是什么，主要污染物排放总量指标能否落实？",
                          en: "Is the project in a severely polluting industry? What is its environmental impact assessment category, and can its total emission quotas for major pollutants be secured?"),
        ]
        if code.hasPrefix("02") {
            questions.append(LocalizedText(zh: "绿色铝项目：是否只做铝精深加工？如涉及电解铝，产能是否有合规的产能置换来源？",
                                           en: "Green aluminium: is the project limited to aluminium deep processing? If it involves primary aluminium, is its capacity covered by a compliant capacity swap?"))
        }
        if ["04-01", "04-02", "06-02", "06-06", "07-05"].contains(where: { code.hasPrefix($0) }) {
            questions.append(LocalizedText(zh: "项目是否生产、储存或使用危险化学品？如是，是否符合危险化学品安全准入规定并进入合规的化工园区？",
                                           en: "Does the project produce, store or use hazardous chemicals? If so, does it meet the safety admission rules for hazardous chemicals and sit in a compliant chemical park?"))
        }
        return RedLineResult(redLine: .overcapacityPollution, status: .needsHuman, facts: [], questions: questions)
    }

    // MARK: - Red line 3

    private func intensityAndTax(_ file: ProjectFile) -> RedLineResult {
        let (limits, intensityScope, taxScope) = thresholds.limits(for: file.industryCode)
        let area = file.number(at: "/land/area_mu").flatMap { $0 > 0 ? $0 : nil }
        var facts: [LocalizedText] = []
        var failed = false
        var missing = false
        let measures: [(zh: String, en: String, numerator: String, declared: String, floor: Double?, scope: String)] = [
            ("投资强度", "investment intensity", "/investment/fixed_asset_yuan", "/investment/intensity_yuan_per_mu", limits.minIntensityYuanPerMu, intensityScope),
            ("亩均税收", "tax per mu", "/investment/annual_tax_yuan", "/investment/tax_per_mu_yuan", limits.minTaxPerMuYuan, taxScope),
        ]
        for measure in measures {
            guard let floor = measure.floor else { continue }
            let value: Double?
            if let area, let numerator = file.number(at: measure.numerator) {
                value = numerator / area
            } else {
                value = file.number(at: measure.declared)
            }
            guard let value else {
                missing = true
                facts.append(LocalizedText(zh: "缺少计算\(measure.zh)所需的数据（面积和投资或税收）", en: "the data to compute \(measure.en) (area and investment or tax) is missing"))
                continue
            }
            let shown = Quantity.plain(value.rounded())
            let scope = measure.scope == "default" ? LocalizedText(zh: "缺省门槛", en: "default threshold") : LocalizedText(zh: "产业 \(measure.scope) 的门槛", en: "threshold for \(measure.scope)")
            if value < floor {
                failed = true
                facts.append(LocalizedText(zh: "\(measure.zh) \(shown) 元/亩，低于\(scope.zh) \(Quantity.plain(floor)) 元/亩",
                                           en: "\(measure.en) \(shown) yuan/mu is below the \(scope.en) of \(Quantity.plain(floor)) yuan/mu"))
            } else {
                facts.append(LocalizedText(zh: "\(measure.zh) \(shown) 元/亩，不低于\(scope.zh) \(Quantity.plain(floor)) 元/亩",
                                           en: "\(measure.en) \(shown) yuan/mu meets the \(scope.en) of \(Quantity.plain(floor)) yuan/mu"))
            }
        }
        var questions: [LocalizedText] = []
        if !thresholds.source.verified {
            questions.append(LocalizedText(zh: "所用门槛为占位值，未经核实：请用 --thresholds 指定本园区正式文件规定的投资强度和亩均税收标准后再判定。",
                                           en: "The thresholds used are unverified placeholders: give your park's official figures with --thresholds before relying on this decision."))
        }
        let status: RedLineResult.Status = failed ? .failed : (missing ? .undetermined : .passed)
        return RedLineResult(redLine: .intensityAndTax, status: status, facts: facts, questions: questions)
    }

    // MARK: - Red line 4

    private func dishonesty(_ file: ProjectFile) -> RedLineResult {
        var questions: [LocalizedText] = []
        let parties: [(pointer: String, zh: String, en: String)] = [("/agreement/investor", "投资方", "investor"), ("/agreement/platform", "丙方平台公司", "platform company (Party C)")]
        for party in parties {
            guard let name = file.root.string(at: party.pointer + "/name") else { continue }
            let code = file.root.string(at: party.pointer + "/credit_code").map { "（统一社会信用代码 \($0)）" } ?? ""
            let codeEn = file.root.string(at: party.pointer + "/credit_code").map { " (unified social credit code \($0))" } ?? ""
            questions.append(LocalizedText(zh: "\(party.zh)“\(name)”\(code)及其法定代表人、主要股东是否被列为失信主体（在“信用中国”等平台按《全国失信惩戒措施基础清单》核查）？",
                                           en: "Is the \(party.en) \(name)\(codeEn), its legal representative or a major shareholder listed as dishonest (check Credit China and similar registers against the National Basic List of Disciplinary Measures for Dishonesty)?"))
        }
        if questions.isEmpty {
            questions.append(LocalizedText(zh: "投资方尚未确定：确定后须核查其是否被列为失信主体（《全国失信惩戒措施基础清单》）。",
                                           en: "The investor is not yet known: once it is, check that it is not listed as dishonest (National Basic List of Disciplinary Measures for Dishonesty)."))
        }
        return RedLineResult(redLine: .dishonestEntities, status: .needsHuman, facts: [], questions: questions)
    }

    // MARK: - Red line 5

    private func security(_ file: ProjectFile) -> RedLineResult {
        var facts: [LocalizedText] = []
        var failed = false
        switch file.root.node(at: "/site/protected_land_clear")?.value.boolValue {
        case false?:
            failed = true
            facts.append(LocalizedText(zh: "选址涉及永久基本农田或生态保护红线（/site/protected_land_clear 为 false）",
                                       en: "the site touches permanent basic farmland or an ecological conservation red line (/site/protected_land_clear is false)"))
        case true?:
            facts.append(LocalizedText(zh: "已确认选址不涉及永久基本农田和生态保护红线", en: "the site is confirmed clear of permanent basic farmland and ecological conservation red lines"))
        case nil:
            break
        }
        var questions: [LocalizedText] = []
        if file.root.node(at: "/site/protected_land_clear")?.value.boolValue == nil {
            questions.append(LocalizedText(zh: "选址是否占用永久基本农田、是否在生态保护红线内？（确认后在 /site/protected_land_clear 记录）",
                                           en: "Does the site take permanent basic farmland or lie inside an ecological conservation red line? (Record the answer in /site/protected_land_clear.)"))
        }
        questions += [
            LocalizedText(zh: "项目是否涉及国家安全（如外商投资安全审查范围、军事设施和边境管控区域）？",
                          en: "Does the project touch national security (such as the scope of foreign-investment security review, military facilities or border control zones)?"),
            LocalizedText(zh: "项目是否危害生态安全（自然保护地、饮用水水源保护区、重要生态功能区）？",
                          en: "Does the project endanger ecological security (protected natural areas, drinking-water source protection zones, important ecological function areas)?"),
            LocalizedText(zh: "项目是否侵害社会公共利益（如征地拆迁、群众利益和农民收益保障）？",
                          en: "Does the project harm the public interest (for example through land requisition and demolition, or by failing to safeguard local people's and farmers' incomes)?"),
        ]
        return RedLineResult(redLine: .securityAndPublicInterest, status: failed ? .failed : .needsHuman, facts: facts, questions: questions)
    }
}
