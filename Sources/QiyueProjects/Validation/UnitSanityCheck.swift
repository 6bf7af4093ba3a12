import QiyueCore

/// Catches numbers entered in the wrong unit, the commonest error in project tables:
/// money typed in 万元 into a field in 元, or land in 公顷 or m² into a field in 亩.
///
/// Each rule is a plausibility range, not a law: a value outside it is a warning that
/// names the likely unit error and what the value would be if that were the case.
struct UnitSanityCheck {
    /// Money fields with the smallest plausible value in 元 for an industrial project and
    /// for any other project. Below it, the value was most likely typed in 万元.
    static let moneyFloors: [(pointer: String, industrial: Double, other: Double, unit: String)] = [
        ("/investment/total_yuan", 1_000_000, 100_000, "元"),
        ("/investment/fixed_asset_yuan", 1_000_000, 100_000, "元"),
        ("/investment/intensity_yuan_per_mu", 10_000, 10_000, "元/亩"),
        ("/investment/annual_output_yuan", 1_000_000, 100_000, "元"),
        ("/investment/annual_tax_yuan", 10_000, 10_000, "元"),
        ("/investment/tax_per_mu_yuan", 1_000, 1_000, "元/亩"),
        ("/agreement/investor/registered_capital_yuan", 10_000, 10_000, "元"),
        ("/agreement/performance_bond_yuan", 10_000, 10_000, "元"),
    ]

    /// More than 10¹² 元 (one trillion) for one project is a typing error, not an ambition.
    static let moneyCeiling = 1e12

    /// Larger than 50,000 亩 (about 33 km²) is not one project's site.
    static let areaCeilingMu = 50_000.0

    func findings(in file: ProjectFile) -> [ProjectFinding] {
        var findings: [ProjectFinding] = []
        let industrial = Self.isIndustrial(file)
        for rule in Self.moneyFloors {
            guard let node = file.root.node(at: rule.pointer), let value = node.value.doubleValue, value > 0,
                  let pointer = JSONPointer(parsing: rule.pointer) else { continue }
            let floor = industrial ? rule.industrial : rule.other
            let shown = Quantity.plain(value)
            if value < floor {
                let converted = Quantity.plain(value * 10_000)
                let kind = industrial ? LocalizedText(zh: "对工业项目", en: "for an industrial project") : LocalizedText(zh: "", en: "")
                let wanUnit = rule.unit == "元" ? "万元" : "万元/亩"
                let english = rule.unit == "元" ? ("yuan", "万元 (10,000 yuan)") : ("yuan/mu", "万元/亩 (10,000 yuan per mu)")
                findings.append(ProjectFinding(.warning, pointer, code: "units.wan-yuan", message: LocalizedText(
                    zh: "\(shown) \(rule.unit)\(kind.zh)过小，是否按\(wanUnit)填写了？（\(shown) \(wanUnit) = \(converted) \(rule.unit)；本字段单位为\(rule.unit)）",
                    en: "\(shown) \(english.0) is implausibly small\(kind.en.isEmpty ? "" : " " + kind.en); was it entered in \(english.1)? (\(shown) \(wanUnit) = \(converted) \(english.0); this field is in \(english.0))"
                ), at: node))
            } else if value > Self.moneyCeiling {
                findings.append(ProjectFinding(.warning, pointer, code: "units.too-large", message: LocalizedText(
                    zh: "\(shown) \(rule.unit)大得不合常理（超过一万亿元），请检查位数",
                    en: "\(shown) \(rule.unit == "元" ? "yuan" : "yuan/mu") is implausibly large (over one trillion yuan); check the number of digits"
                ), at: node))
            }
        }
        if let node = file.root.node(at: "/land/area_mu"), let area = node.value.doubleValue, area > Self.areaCeilingMu {
            findings.append(ProjectFinding(.warning, JSONPointer(["land", "area_mu"]), code: "units.area", message: LocalizedText(
                zh: "\(Quantity.plain(area)) 亩大得不合常理（约 \(Quantity.plain(area / 1500)) 平方公里），是否把平方米填进了亩？",
                en: "\(Quantity.plain(area)) mu is implausibly large (about \(Quantity.plain(area / 1500)) km²); was an area in m² entered as mu?"
            ), at: node))
        }
        return findings
    }

    /// Industrial and warehousing land, or a manufacturing or logistics industry, gets the
    /// industrial floors; farming, tourism and unknown projects the lower ones.
    static func isIndustrial(_ file: ProjectFile) -> Bool {
        if let use = file.root.string(at: "/land/use") { return use == "industrial" || use == "warehousing" }
        guard let code = file.industryCode else { return false }
        return !["01", "09"].contains(String(code.prefix(2)))
    }
}
