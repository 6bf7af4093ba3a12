import QiyueCore

/// Rules about the review markup rather than the agreement; they are built in because
/// they belong to the comment syntax, not to any pack.
enum MetaRules {
    static let missingReason = Rule(
        id: "suppression.missing-reason", category: .suppression, severity: .warning,
        message: LocalizedText(zh: "抑制注释缺少规则或理由", en: "the suppression comment lacks a rule or a reason"),
        basis: [],
        suggestion: LocalizedText(
            zh: "写明被豁免的规则和经审查的理由，例如 <!-- qiyue-disable land.price-promise: 经县政府常务会议审议，价格按招拍挂结果 -->",
            en: "name the rule and the reviewed reason, e.g. <!-- qiyue-disable land.price-promise: price follows the auction result -->"
        ),
        match: RuleMatch(), examples: RuleExamples(triggering: [], nonTriggering: [])
    )

    static let unknownRule = Rule(
        id: "suppression.unknown-rule", category: .suppression, severity: .warning,
        message: LocalizedText(zh: "抑制注释中的规则不存在", en: "the suppression names an unknown rule"),
        basis: [],
        suggestion: LocalizedText(zh: "用“qiyue rules list”查看规则编号", en: "see 'qiyue rules list' for rule ids"),
        match: RuleMatch(), examples: RuleExamples(triggering: [], nonTriggering: [])
    )
}
