import QiyueCore

/// The scoring rubric: action plan item 9's elements of a mature project package, worth
/// 100 points in all.
///
/// Item 9 asks that a packaged project conform to industrial policy and to territorial
/// spatial planning, and state the preliminary site, land, content and supporting
/// conditions, with capacity, investment scale and market outlook worked out so an
/// investor can weigh returns and risks; item 8 adds the relevant policies (tax, land,
/// energy, loans). The weights favour what an investor cannot get elsewhere (site, land,
/// figures) over what is easy to write (contacts). `docs/project-data.md` prints this table.
public enum MaturityRubric {
    public static let elements: [MaturityElement] = [
        element("industry", "产业政策符合性", "Fit with industrial policy", "符合国家和我省相关产业政策", [
            ("/industry/code", 10, "填写指导目录中的产业代码（qiyue catalog）", "give a code from the key-industry catalogue (qiyue catalog)"),
        ]),
        element("planning", "国土空间规划符合性", "Fit with territorial spatial planning", "符合本地区国土空间规划和产业发展布局", [
            ("/site/planning_compliant", 8, "经自然资源部门确认选址符合国土空间规划后，填 true", "set to true once the natural-resources department confirms the site conforms to territorial spatial planning"),
        ]),
        element("site", "初步选址意向", "Preliminary site", "明确初步选址意向", [
            ("/location/prefecture", 1, "填写州（市）", "name the prefecture or city"),
            ("/location/county", 1, "填写县（市、区）", "name the county or district"),
            ("/location/park", 2, "填写所在园区", "name the park"),
            ("/site/description", 4, "写明地块位置和四至", "describe the plot and its boundaries"),
        ]),
        element("land", "用地信息", "Land", "用地信息", [
            ("/land/area_mu", 4, "填写用地面积（亩）", "give the land area in mu"),
            ("/land/area_m2", 1, "填写用地面积（平方米）", "give the land area in m²"),
            ("/land/use", 2, "填写用地性质", "give the land-use nature"),
            ("/land/supply_method", 2, "填写供地方式（招标、拍卖、挂牌等）", "give the supply method (tender, auction, listing …)"),
            ("/land/grade", 1, "填写土地等别（如已知）", "give the land grade if known"),
        ]),
        element("content", "项目内容", "Project content", "项目内容", [
            ("/summary", 4, "写项目概况", "write the project summary"),
            ("/construction/content", 4, "写建设内容", "describe what will be built"),
        ]),
        element("capacity", "建设规模与产能", "Scale and capacity", "合理规划项目的产能", [
            ("/construction/capacity", 5, "写建设规模和设计产能", "state the scale and design capacity"),
        ]),
        element("investment", "投资规模", "Investment scale", "投资规模", [
            ("/investment/total_yuan", 5, "填写总投资（元）", "give the total investment in yuan"),
            ("/investment/fixed_asset_yuan", 3, "填写固定资产投资（元）", "give the fixed-asset investment in yuan"),
            ("/investment/intensity_yuan_per_mu", 2, "填写投资强度（元/亩）", "give the investment intensity in yuan per mu"),
        ]),
        element("returns", "预期效益", "Expected returns", "帮助投资者评估项目的潜在回报", [
            ("/investment/annual_output_yuan", 4, "填写达产后年产值（元）", "give the annual output at full production in yuan"),
            ("/investment/annual_tax_yuan", 3, "填写达产后年税收（元）", "give the annual tax at full production in yuan"),
            ("/investment/tax_per_mu_yuan", 1, "填写亩均税收（元/亩）", "give the tax per mu in yuan"),
            ("/investment/jobs", 2, "填写新增就业人数", "give the number of new jobs"),
        ]),
        element("market", "市场前景", "Market outlook", "市场前景", [
            ("/market", 5, "写市场需求和竞争情况", "describe demand and competition"),
        ]),
        element("risks", "主要风险", "Main risks", "帮助投资者评估项目的潜在……风险", [
            ("/risks", 3, "写主要风险（市场、技术、政策）及应对", "state the main market, technical and policy risks and how they are handled"),
        ]),
        element("conditions", "配套条件", "Supporting conditions", "配套条件", [
            ("/conditions/transport", 2, "写交通条件", "describe transport"),
            ("/conditions/power", 2, "写供电条件", "describe power supply"),
            ("/conditions/water", 2, "写供水条件", "describe water supply"),
            ("/conditions/gas", 2, "写供气条件", "describe gas supply"),
            ("/conditions/logistics", 2, "写物流条件", "describe logistics"),
        ]),
        element("policies", "政策环境", "Policy support", "清晰准确梳理税收、用地、用能、贷款支持等相关政策（第8项）", [
            ("/policies", 5, "列出可依法适用的已公开政策", "list the published policies that lawfully apply"),
        ]),
        element("cooperation", "合作方式与进度", "Cooperation and timeline", "项目内容", [
            ("/cooperation/mode", 2, "写合作方式", "state the cooperation mode"),
            ("/timeline/construction_start", 1, "填写计划开工日期", "give the planned construction start"),
            ("/timeline/production", 2, "填写计划投产日期", "give the planned start of production"),
            ("/contacts", 3, "填写联系人和电话", "give a contact person and telephone"),
        ]),
    ]

    private static func element(_ id: String, _ zh: String, _ en: String, _ basis: String,
                                _ fields: [(String, Int, String, String)]) -> MaturityElement {
        MaturityElement(id: id, title: LocalizedText(zh: zh, en: en), basis: basis,
                        fields: fields.map { MaturityElement.Field(pointer: $0.0, points: $0.1, advice: LocalizedText(zh: $0.2, en: $0.3)) })
    }
}
