import QiyueCore

/// The commented starter project file that `qiyue init` writes.
///
/// JSON has no comments, so the explanations live in `_说明` fields, which the schema and
/// every check ignore. Text fields hold `待填写` / `TO FILL` placeholders that `qiyue check`
/// reports until replaced (and that earn no maturity points); numeric and coded fields are
/// left out — a made-up value left in by mistake would be worse than a gap — and listed
/// in their section's `_说明` with units and allowed values.
public enum ProjectStarter {
    /// The starter document for a project identifier and, optionally, an industry code.
    public static func document(id: String, industryCode: String?) -> JSONValue {
        var root: [(String, JSONValue)] = [
            ("_说明", .string("招商项目数据文件。以“_”开头的字段是说明，可保留或删除。金额一律以“元”为单位（不是万元），面积以“亩”和“平方米”为单位。写完后运行 qiyue check 本文件，按提示补齐。")),
            ("_comment", .string("Project data file. Fields starting with '_' are notes. Money is in yuan (not 10,000 yuan), land in mu and m². Run qiyue check on this file when done.")),
            ("$schema", .string("../../Templates/project.schema.json")),
            ("id", .string(id)),
            ("name", text("项目名称", "project name")),
            ("summary", text("项目概况：建设什么、规模多大、依托什么优势", "summary: what will be built, how large, on what strengths")),
        ]
        if let industryCode {
            root.append(("industry", .object(["code": .string(industryCode)])))
        } else {
            root.append(("_industry", .string("必填：industry.code 为《云南省招商引资指导目录》重点产业代码，运行 qiyue catalog search 关键词 查找，如 {\"code\": \"01-06\"}（咖啡）。")))
        }
        root += [
            ("location", .object([
                "_说明": .string("州（市）必填；县（市、区）和园区建议填写。"),
                "prefecture": text("州（市）", "prefecture or city"),
                "county": text("县（市、区）", "county or district"),
                "park": text("园区", "park"),
            ])),
            ("site", .object([
                "_说明": .string("planning_compliant：经自然资源部门确认符合国土空间规划后填 true；protected_land_clear：确认不占永久基本农田、不在生态保护红线内后填 true。"),
                "description": text("地块位置与四至", "the plot and its boundaries"),
            ])),
            ("land", .object([
                "_说明": .string("area_mu 用地面积（亩）；area_m2 用地面积（平方米，= 亩 × 666.67）；use 用地性质：industrial 工业、warehousing 物流仓储、commercial 商服、mixed 混合、facility_agriculture 设施农业、other 其他；supply_method 供地方式：tender 招标、auction 拍卖、listing 挂牌、long_term_lease 长期租赁、lease_then_transfer 先租后让、flexible_term 弹性年期；grade 土地等别 1–15（如已知）。"),
            ])),
            ("construction", .object([
                "content": text("建设内容", "what will be built"),
                "capacity": text("建设规模与设计产能", "scale and design capacity"),
            ])),
            ("investment", .object([
                "_说明": .string("单位均为元：total_yuan 总投资；fixed_asset_yuan 固定资产投资；intensity_yuan_per_mu 投资强度（= 固定资产投资 ÷ 亩）；annual_output_yuan 达产年产值；annual_tax_yuan 达产年税收；tax_per_mu_yuan 亩均税收（= 年税收 ÷ 亩）；jobs 新增就业人数。6亿元写作 600000000。"),
            ])),
            ("market", text("市场前景：需求、竞争、目标客户", "market outlook: demand, competition, target customers")),
            ("risks", text("主要风险及应对", "main risks and how they are handled")),
            ("conditions", .object([
                "_说明": .string("可另加 railway（铁路，如中老铁路）、port（口岸）、telecom（通信）。"),
                "transport": text("交通条件", "transport"),
                "power": text("供电条件", "power supply"),
                "water": text("供水条件", "water supply"),
                "gas": text("供气条件", "gas supply"),
                "logistics": text("物流条件", "logistics"),
            ])),
            ("policies", .list([text("可依法适用的已公开政策（不得承诺税收返还或土地价格优惠）", "published policies that lawfully apply (no promised tax rebates or land-price cuts)")])),
            ("cooperation", .object([
                "mode": text("合作方式，如独资建设", "cooperation mode, e.g. wholly owned investment"),
            ])),
            ("timeline", .object([
                "_说明": .string("日期格式 YYYY-MM-DD：signing 签约、construction_start 开工、completion 竣工、production 投产。"),
            ])),
            ("contacts", .list([.object([
                "name": text("联系人", "contact person"),
                "organization": text("单位", "organization"),
                "phone": .string("待填写"),
            ])])),
        ]
        return .orderedObject(root)
    }

    /// The project identifier derived from a file name: `Pu'er Coffee.json` → `pu-er-coffee`.
    public static func identifier(forFileName name: String) -> String {
        let stem = name.split(separator: "/").last.map(String.init) ?? name
        let base = stem.hasSuffix(".json") ? String(stem.dropLast(5)) : stem
        var id = ""
        for character in base.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                id.append(character)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id.isEmpty ? "new-project" : id
    }

    private static func text(_ zh: String, _ en: String) -> JSONValue {
        .object(["zh": .string("待填写：" + zh), "en": .string("TO FILL: " + en)])
    }
}
