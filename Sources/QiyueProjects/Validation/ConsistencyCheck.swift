import QiyueCore

/// Checks that figures derived from other figures agree with them: area in m² with area
/// in 亩, investment intensity with fixed assets ÷ area, tax per mu with tax ÷ area, and
/// the agreement's signing date with the timeline's.
///
/// A dossier that says 120 亩 and 8 公顷 on the same page, or an intensity computed from
/// total rather than fixed-asset investment, is what makes an investor stop trusting it.
struct ConsistencyCheck {
    /// Derived figures may differ from the computed value by this fraction (rounding).
    static let tolerance = 0.02
    /// The area in m² may differ from 亩 × 666.67 by this fraction (surveys round).
    static let areaTolerance = 0.01

    func findings(in file: ProjectFile) -> [ProjectFinding] {
        areaFindings(file) + investmentFindings(file) + ratioFindings(file) + signingFindings(file)
    }

    private func areaFindings(_ file: ProjectFile) -> [ProjectFinding] {
        guard let mu = file.number(at: "/land/area_mu"), mu > 0,
              let node = file.root.node(at: "/land/area_m2"), let squareMetres = node.value.doubleValue, squareMetres > 0 else { return [] }
        let expected = mu * Quantity.squareMetresPerMu
        guard !Quantity.close(squareMetres, expected, tolerance: Self.areaTolerance) else { return [] }
        var notes: [LocalizedText] = []
        let ratio = squareMetres / mu
        if Quantity.close(ratio, 10_000, tolerance: 0.05) {
            notes.append(LocalizedText(zh: "area_mu 看起来是按公顷填写的：1 公顷 = 15 亩", en: "area_mu looks like hectares: 1 hectare = 15 mu"))
        } else if Quantity.close(ratio, 1, tolerance: 0.05) {
            notes.append(LocalizedText(zh: "两个字段数值相同：其中一个单位填错了", en: "the two fields hold the same number: one of them is in the wrong unit"))
        }
        return [ProjectFinding(.warning, JSONPointer(["land", "area_m2"]), code: "consistency.area", message: LocalizedText(
            zh: "\(Quantity.plain(squareMetres)) 平方米与 \(Quantity.plain(mu)) 亩 × 666.67 = \(Quantity.plain(expected.rounded())) 平方米不符",
            en: "\(Quantity.plain(squareMetres)) m² does not match \(Quantity.plain(mu)) mu × 666.67 = \(Quantity.plain(expected.rounded())) m²"
        ), at: node, notes: notes)]
    }

    private func investmentFindings(_ file: ProjectFile) -> [ProjectFinding] {
        var findings: [ProjectFinding] = []
        if let total = file.number(at: "/investment/total_yuan"),
           let node = file.root.node(at: "/investment/fixed_asset_yuan"), let fixed = node.value.doubleValue, fixed > total {
            findings.append(ProjectFinding(.error, JSONPointer(["investment", "fixed_asset_yuan"]), code: "consistency.fixed-asset", message: LocalizedText(
                zh: "固定资产投资 \(Quantity.plain(fixed)) 元超过总投资 \(Quantity.plain(total)) 元",
                en: "fixed-asset investment \(Quantity.plain(fixed)) yuan exceeds total investment \(Quantity.plain(total)) yuan"
            ), at: node))
        }
        if let output = file.number(at: "/investment/annual_output_yuan"), output > 0,
           let node = file.root.node(at: "/investment/annual_tax_yuan"), let tax = node.value.doubleValue, tax > output {
            findings.append(ProjectFinding(.warning, JSONPointer(["investment", "annual_tax_yuan"]), code: "consistency.tax-output", message: LocalizedText(
                zh: "年税收 \(Quantity.plain(tax)) 元超过年产值 \(Quantity.plain(output)) 元",
                en: "annual tax \(Quantity.plain(tax)) yuan exceeds annual output \(Quantity.plain(output)) yuan"
            ), at: node))
        }
        return findings
    }

    /// Intensity and tax per mu against the figures they are computed from.
    private func ratioFindings(_ file: ProjectFile) -> [ProjectFinding] {
        guard let mu = file.number(at: "/land/area_mu"), mu > 0 else { return [] }
        var findings: [ProjectFinding] = []
        let ratios: [(field: String, numerator: String, zhName: String, enName: String)] = [
            ("intensity_yuan_per_mu", "fixed_asset_yuan", "投资强度", "investment intensity"),
            ("tax_per_mu_yuan", "annual_tax_yuan", "亩均税收", "tax per mu"),
        ]
        for ratio in ratios {
            guard let node = file.root.node(at: "/investment/" + ratio.field), let declared = node.value.doubleValue,
                  let numerator = file.number(at: "/investment/" + ratio.numerator) else { continue }
            let computed = numerator / mu
            guard !Quantity.close(declared, computed, tolerance: Self.tolerance) else { continue }
            var notes: [LocalizedText] = []
            if ratio.field == "intensity_yuan_per_mu", let total = file.number(at: "/investment/total_yuan"),
               Quantity.close(declared, total / mu, tolerance: Self.tolerance) {
                notes.append(LocalizedText(zh: "该值等于总投资 ÷ 面积；投资强度按固定资产投资计算", en: "the value equals total investment ÷ area; investment intensity is computed from fixed-asset investment"))
            }
            findings.append(ProjectFinding(.warning, JSONPointer(["investment", ratio.field]), code: "consistency.ratio", message: LocalizedText(
                zh: "\(ratio.zhName) \(Quantity.plain(declared)) 元/亩与 \(ratio.numerator) ÷ area_mu = \(Quantity.plain(numerator)) ÷ \(Quantity.plain(mu)) = \(Quantity.plain(computed >= 100 ? computed.rounded() : computed)) 元/亩不符",
                en: "\(ratio.enName) \(Quantity.plain(declared)) yuan/mu does not match \(ratio.numerator) ÷ area_mu = \(Quantity.plain(numerator)) ÷ \(Quantity.plain(mu)) = \(Quantity.plain(computed >= 100 ? computed.rounded() : computed)) yuan/mu"
            ), at: node, notes: notes))
        }
        return findings
    }

    private func signingFindings(_ file: ProjectFile) -> [ProjectFinding] {
        guard let node = file.root.node(at: "/agreement/sign_date"), let agreed = node.value.stringValue,
              let planned = file.root.string(at: "/timeline/signing"), CalendarDate(agreed) != nil, CalendarDate(planned) != nil,
              agreed != planned else { return [] }
        return [ProjectFinding(.warning, JSONPointer(["agreement", "sign_date"]), code: "consistency.sign-date", message: LocalizedText(
            zh: "签约日期 \(agreed) 与 /timeline/signing 的 \(planned) 不一致",
            en: "signing date \(agreed) differs from /timeline/signing \(planned)"
        ), at: node)]
    }
}
