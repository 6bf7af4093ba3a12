import QiyueCore

/// The five admission red lines of the 2022 guidance, annex 1, part 2 (招商引资项目准入管理).
public enum RedLine: Int, Sendable, CaseIterable {
    /// （一）禁止准入类、限制类、淘汰类的项目一律不招。
    case prohibitedCategories = 1
    /// （二）产能严重过剩行业、严重污染环境行业、不符合安全准入规定的危化行业项目一律不招。
    case overcapacityPollution = 2
    /// （三）投资强度和预期亩均税收不符合国家、省有关文件要求的项目一律不招。
    case intensityAndTax = 3
    /// （四）被列入《全国失信惩戒措施基础清单》的市场主体一律不招。
    case dishonestEntities = 4
    /// （五）危害国家安全、生态安全及侵害社会公共利益的项目一律不招。
    case securityAndPublicInterest = 5

    /// The red line's wording, quoted from the annex in Chinese and rendered in English.
    public var text: LocalizedText {
        switch self {
        case .prohibitedCategories:
            return LocalizedText(zh: "国家、省有关规定中禁止准入类、限制类、淘汰类的项目一律不招",
                                 en: "no project in a prohibited, restricted or eliminated category under national or provincial rules")
        case .overcapacityPollution:
            return LocalizedText(zh: "国家、省有关规定中产能严重过剩行业、严重污染环境行业、不符合安全准入规定的危化行业项目一律不招",
                                 en: "no project in an industry with severe overcapacity, a severely polluting industry, or a hazardous-chemicals industry failing safety admission rules")
        case .intensityAndTax:
            return LocalizedText(zh: "投资强度和预期亩均税收不符合国家、省有关文件要求的项目一律不招",
                                 en: "no project whose investment intensity or expected tax per mu falls short of national and provincial requirements")
        case .dishonestEntities:
            return LocalizedText(zh: "被列入《全国失信惩戒措施基础清单》的市场主体一律不招",
                                 en: "no market entity listed under the National Basic List of Disciplinary Measures for Dishonesty")
        case .securityAndPublicInterest:
            return LocalizedText(zh: "危害国家安全、生态安全及侵害社会公共利益的项目一律不招",
                                 en: "no project that endangers national or ecological security or harms the public interest")
        }
    }

    /// A short name for reports, e.g. `投资强度和亩均税收`.
    public var title: LocalizedText {
        switch self {
        case .prohibitedCategories: return LocalizedText(zh: "禁止、限制、淘汰类", en: "prohibited, restricted or eliminated categories")
        case .overcapacityPollution: return LocalizedText(zh: "产能过剩、严重污染、危化安全", en: "overcapacity, pollution, hazardous chemicals")
        case .intensityAndTax: return LocalizedText(zh: "投资强度和亩均税收", en: "investment intensity and tax per mu")
        case .dishonestEntities: return LocalizedText(zh: "失信主体", en: "entities listed as dishonest")
        case .securityAndPublicInterest: return LocalizedText(zh: "国家安全、生态安全、公共利益", en: "national and ecological security, public interest")
        }
    }

    /// `（一）` … `（五）`, as numbered in the annex.
    public var number: String {
        ["（一）", "（二）", "（三）", "（四）", "（五）"][rawValue - 1]
    }
}
