/// The linguistic knowledge the engine applies to every rule: words that negate, name a
/// party, or hand the action to someone else.
///
/// These are properties of Chinese contract language rather than of any one rule, so they
/// live here once instead of being repeated in every rule of every pack.
enum Lexicon {
    /// Words that, before a trigger in the same clause, deny the commitment (不得返还, 不提供任何担保).
    static let negators = [
        "不得", "不予", "不承诺", "不提供", "不构成", "不承担", "不作", "不会", "不对", "不为", "不向", "不以",
        "不存在", "不涉及", "不包括", "不包含", "不给予", "不属于", "不应", "不能", "不可", "不再", "不另行",
        "不做", "不出具", "不签署", "不搞", "不实行", "不采取", "不设置", "不安排", "禁止", "严禁", "杜绝", "无权",
        "均不", "并不", "亦不", "也不", "不允许", "不同意", "不接受", "不实施", "不享有", "不负责", "不负有",
        "不视为", "不得以", "而非", "并非", "非为", "不含", "不就", "也不以", "不以任何",
        // Stipulations that leave a term out (不约定固定回报) or stop a benefit (停止兑现).
        "不约定", "未约定", "不设定", "停止", "暂停", "取消", "不要求",
        // A stipulation that no longer applies (删除原协议…的约定, 不适用任何形式的…).
        "不适用", "删除", "废止", "不因",
        // A guarantee denied (甲方不保证乙方的任何投资收益).
        "不保证", "不确保", "不担保",
        // Nothing of the kind set up locally (甲方不另设地方性税收优惠).
        "不另设", "不另行设立",
    ]

    /// Phrases that withdraw a whole sentence from the agreement (…等意向均不构成本协议的内容),
    /// so nothing in it is a commitment.
    static let sentenceCancellers = [
        "不构成本协议", "不具有约束力", "不具约束力", "不产生法律约束力", "不产生约束力", "仅为意向", "仅供参考",
        "不作为本协议", "不纳入本协议", "不属于本协议",
    ]

    /// Units that negate a trigger when they stand immediately before it (不低于, 未返还, 无担保).
    static let adjacentNegators: Set<UInt16> = Set("不未非勿无没".utf16)

    /// How many units before a trigger an adjacent negator still negates it (不代为清偿).
    static let adjacentNegationReach = 3

    /// Party mentions and the side each stands for; role words are resolved per document.
    static let mentions: [(String, ActorClass)] = [
        ("甲方", .unknown), ("乙方", .unknown), ("丙方", .unknown), ("丁方", .unknown),
        ("政府", .government), ("人民政府", .government), ("管委会", .government), ("管理委员会", .government),
        // A government named with its level (县人民政府, 区政府) is one mention from its first
        // character, so the level word does not stand between a verb and the party it governs.
        ("县人民政府", .government), ("区人民政府", .government), ("市人民政府", .government), ("镇人民政府", .government),
        ("县政府", .government), ("区政府", .government), ("市政府", .government), ("镇政府", .government),
        ("财政", .government), ("国库", .government), ("城投", .government), ("城投公司", .government),
        ("平台公司", .government), ("融资平台", .government), ("国有投资公司", .government), ("国有平台", .government),
        ("国资", .government), ("招商局", .government), ("投资促进局", .government), ("商务局", .government),
        ("发改局", .government), ("自然资源局", .government), ("自然资源和规划局", .government), ("国土资源局", .government),
        ("住建局", .government), ("税务局", .government), ("税务机关", .government), ("税务部门", .government),
        ("地方政府", .government), ("本级", .government), ("县级", .government), ("园区", .government),
        ("开发区", .government), ("高新区", .government), ("工业园区", .government), ("国有企业", .government),
        ("县属国有", .government), ("市属国有", .government), ("政府投资基金", .government), ("引导基金", .government), ("产业发展基金", .government), ("投资集团", .government), ("城投集团", .government), ("城市建设投资", .government), ("建设投资", .government), ("投资开发", .government), ("国有资本", .government), ("全资子公司", .government), ("国资公司", .government), ("国有独资", .government), ("国有控股", .government), ("产业投资", .government), ("工业投资", .government), ("下属企业", .government), ("所属企业", .government), ("产业基金", .government),
        ("乡镇", .government), ("街道", .government), ("主管部门", .government), ("有关部门", .government),
        ("相关部门", .government),
        // State-owned companies named by their function or owner (县国投公司, 县交投集团,
        // 县属××水务集团, 县国有资本运营公司): the first word of the phrase decides its side.
        ("国投", .government), ("交投", .government), ("旅投", .government), ("农投", .government), ("文旅投", .government),
        ("水投", .government), ("产投", .government), ("城发", .government), ("交发", .government), ("供销集团", .government),
        ("财政所", .government), ("收储中心", .government), ("储备中心", .government), ("村委会", .government), ("城建投", .government), ("县属", .government),
        ("市属", .government), ("区属", .government), ("州属", .government), ("国企", .government),
        ("县国有", .government), ("市国有", .government), ("区国有", .government),
        ("国有公司", .government), ("交通投资", .government), ("园区投资", .government),
        // The first person of a government's letter (我市将确保…) and its own jurisdiction.
        ("我市", .government), ("我县", .government), ("我区", .government), ("我州", .government),
        ("我旗", .government), ("本市", .government), ("本县", .government), ("本区", .government),
        ("我局", .government), ("我委", .government), ("本局", .government), ("本委", .government), ("我办", .government),
        ("本办", .government), ("我厅", .government), ("我镇", .government), ("本镇", .government), ("我乡", .government),
        // The people's congress and its standing committee, which pass the budget (县人大常委会决议将…纳入预算).
        ("人大常委会", .government), ("人大", .government),
        ("贵公司", .investor), ("贵司", .investor), ("贵行", .thirdParty), ("本单位", .unknown),
        ("企业", .investor), ("投资方", .investor), ("投资者", .investor), ("投资人", .investor), ("项目公司", .investor),
        ("公司", .investor), ("母公司", .investor), ("股东", .investor), ("实际控制人", .investor), ("关联公司", .investor),
        ("关联方", .investor), ("子公司", .investor), ("集团", .investor), ("控股", .investor),
        ("银行", .thirdParty), ("金融机构", .thirdParty), ("保险公司", .thirdParty), ("保险机构", .thirdParty),
        ("担保公司", .thirdParty), ("担保机构", .thirdParty), ("第三方", .thirdParty), ("信托", .thirdParty),
        ("商业银行", .thirdParty), ("承包商", .thirdParty), ("施工单位", .thirdParty),
    ]

    /// Verbs after which the next named party, not the subject, performs the action
    /// (甲方协调银行为乙方提供贷款 — the bank lends; 甲方要求乙方提供担保 — the investor guarantees).
    static let causatives = [
        "协调", "要求", "同意", "允许", "督促", "支持", "鼓励", "引导", "推荐", "配合", "协助", "帮助", "指导",
        "责成", "促成", "敦促", "接受", "组织", "推动", "动员", "邀请", "委托乙方", "有权要求",
    ]

    /// Units that, just before a party, make it the object rather than the actor (向乙方, 为乙方,
    /// 就乙方的债务, 以甲方为受益人, 不低于乙方…的价格).
    static let objectMarkers: Set<UInt16> = Set("向对给为与和及同跟替代帮经让使令把被将按从在就以于".utf16)

    /// Words opening a clause that continues the verb phrase of the clause before with the same
    /// subject (我委支持贵行放贷，并承诺…: 我委 promises, not the bank).
    static let coordinators: [[UInt16]] = ["并且", "并", "同时"].map { Array($0.utf16) }

    /// Verbs after which the next party is their object (甲方负责…，保证乙方顺利摘牌), among them
    /// the verbs of paying back (乙方应全额退还甲方已拨付的补贴: the investor gives, not 甲方).
    static let objectTakingVerbs: [[UInt16]] = [
        "保证", "确保", "保障", "承诺", "支持", "奖励", "补贴", "返还", "退还", "归还", "交还", "退回", "缴回", "偿还",
    ].map { Array($0.utf16) }

    /// Qualifiers between an object marker and the party it marks (向主管税务机关, 与有关部门):
    /// the party is still the object.
    static let partyQualifiers: [[UInt16]] = ["主管", "有关", "相关", "当地", "所在地"].map { Array($0.utf16) }

    /// Party words of the tax authority: when it is the one acting (由税务机关实行即征即退),
    /// a national preference is applied by the body the law charges with it.
    static let taxAuthorityUnit: [UInt16] = Array("税务".utf16)

    /// Verbs that make the party before them the beneficiary, not the giver
    /// (乙方享受土地出让金全额返还政策, 乙方可获得…补助).
    static let beneficiaryVerbs: [[UInt16]] = ["享受", "可享受", "获得", "可获得", "享有", "得到", "可得到", "领取", "可领取"].map { Array($0.utf16) }

    /// Adverbials between a party and its verb that change nothing about who acts
    /// (乙方依法享受…, 乙方可以获得…, 甲方均同意…); longest first.
    static let adverbials: [[UInt16]] = ["依法", "依规", "依约", "原则上", "可以", "均", "亦", "也", "还"].map { Array($0.utf16) }

    /// The lawful-sounding adverbials a party's act may carry without changing what it is
    /// (乙方依法垫资 is 乙方垫资): compiled triggers that name a party also match with one or
    /// two of these after it (`TriggerVariants`), so the wording cannot take a trigger apart.
    static let lawfulAdverbials = ["依法依规", "依法", "依规", "依约", "依照约定", "按约定", "原则上"]

    /// Words opening a clause that names the source of what follows (根据本县招商引资政策，…,
    /// 经县政府常务会议研究同意，…): a party named inside it approved or decided, it does not
    /// act in the promise. 经 alone would also open 经营, so it stands with the body it names.
    static let sourceOpeners: [[UInt16]] = [
        "根据", "依据", "依照", "参照", "经县", "经市", "经区", "经镇", "经乡", "经本县", "经我县", "经甲方", "经乙方", "经双方",
        "经政府", "经管委会", "经开发区", "经园区", "经人民政府",
    ].map { Array($0.utf16) }

    /// A party followed by one of these issued what comes next (甲方出具的承诺函).
    static let issuingVerbs: [[UInt16]] = ["出具的", "提供的", "签署的", "开具的", "作出的", "签发的"].map { Array($0.utf16) }

    /// Units ending a subordinate phrase: a party in 乙方竞得后…, 乙方投产时… is not the main subject.
    static let subordinateEnds: Set<UInt16> = Set("后时前间".utf16)

    /// A commitment verb followed by the opening of a time phrase (甲方同意在…后, 甲方应于…前):
    /// the party before it commits, the time phrase only says when.
    static let committedTimeOpeners: [[UInt16]] = [
        "同意在", "同意于", "同意待", "承诺在", "承诺于", "保证在", "保证于", "负责在", "负责于", "应在", "应于",
        "应当在", "应当于", "将在", "将于", "须在", "须于",
    ].map { Array($0.utf16) }

    /// Words opening a conditional clause (如乙方未能还款，…), whose subject is not the main clause's.
    static let conditionalOpeners: [[UInt16]] = ["如", "若", "如果", "倘若", "假如", "一旦", "凡"].map { Array($0.utf16) }

    /// Conjunctions that start a new verb phrase: a negation before one does not reach the
    /// verb after it (不要求任何回报且承担项目全部亏损).
    static let negationBarriers: Set<UInt16> = Set("且并".utf16)

    /// Units right before an exclusion word that deny it (不收违约金, 免收滞纳金, 未收取保证金).
    static let denyingUnits: Set<UInt16> = Set("不免未".utf16)
    /// How many units before an exclusion word a denying unit is looked for: a verb of up to two
    /// units stands between them (不计收违约金, 未收取保证金).
    static let exclusionDenialReach = 3

    /// Words that deny what follows as the base of a payment (不以纳税额为依据, 不与税收挂钩).
    static let baseDeniers: [[UInt16]] = ["不以", "不与", "不按", "不另行作出与", "不得以", "而非", "并非", "不是", "不作", "不得为"].map { Array($0.utf16) }

    /// How far after a negator a context word is still denied by it.
    static let denialReach = 12

    /// Words opening a clause that turns to a new promise (但乙方应…).
    static let contrastOpeners: [[UInt16]] = ["但是", "但"].map { Array($0.utf16) }
    /// Words that make a clause opened by 但 a condition of the promise before it, not a new
    /// promise (但以乙方在本县纳税为前提, 但前提是…).
    static let provisoMarkers: [[UInt16]] = ["为前提", "为条件", "前提是", "条件是"].map { Array($0.utf16) }
    /// The unit every contrast opener but 然而 starts with (a sentence without it has one frame).
    static let contrastUnit: UInt16 = "但".utf16.first!

    /// A noun phrase closed by its agent (乙方不能偿还的部分由甲方代偿): the negation belongs to
    /// the relative clause that names the part, not to the act of the agent after 由.
    static let negationClosers: [[UInt16]] = ["部分由", "差额由", "款项由", "余额由"].map { Array($0.utf16) }

    /// The unit closing a time or condition phrase (…不能还款时), beyond which its negation does not reach.
    static let conditionClose: UInt16 = "时".utf16.first!

    /// The unit that makes the following party the agent of a passive clause (由甲方承担).
    static let agentMarker: UInt16 = "由".utf16.first!

    /// Verbs of commitment: after one of these, a following 的 belongs to the object
    /// (甲方保证项目用地的价格…), so the party before the verb is still the subject.
    static let commitments = [
        "保证", "承诺", "确保", "同意", "负责", "给予", "提供", "承担", "返还", "奖励", "补贴", "支付", "安排",
        "协调", "确认", "允许", "出具", "兑现", "拨付", "退还", "补助", "扶持", "减免", "免征", "回购", "收购",
        "偿还", "代偿", "设置", "以", "应", "将", "可", "按照", "依照",
    ]

    /// The unit 的: a party followed by it before any other party (乙方缴纳的税收, 乙方的损失)
    /// only modifies a noun and is not the one committing.
    static let possessive: UInt16 = "的".utf16.first!

    /// How far after a party a 的 still makes it a modifier.
    static let modifierReach = 8

    /// Units that end the reach of a modifier: punctuation, and the prepositions that follow
    /// a subject and introduce what it acts on (甲方按土地出让金的…, 甲方对项目的…).
    static let phraseBreaks: Set<UInt16> = Set(",;:。!?、\n()按对向为给将把".utf16)

    /// Compound words whose parts are not to be read on their own: 保证金 is a deposit, not a
    /// guarantee (保证); a term found inside one of these is ignored.
    static let maskingCompounds = [
        "保证金", "保证期间", "保证期", "质量保证", "保证书", "确保金", "承担保",
        // 不可撤销的保函 is an irrevocable guarantee, not a negated one.
        "不可撤销", "不可抗力",
        // 按出让合同约定向出让人支付: 约定 then 向出让人, not 定向出让 (a directed sale).
        "约定向出让人", "规定向出让人", "约定向出让方",
        // A policy's name (根据招商引资优惠政策) labels a source, it grants nothing itself.
        "优惠政策",
    ]

    /// Nouns that open with a party word but name a fund or an award (以企业发展金名义拨付,
    /// 企业成长奖) or a tax (乙方企业所得税…): the party word inside them is nobody acting or receiving.
    static let partyMaskingNouns = [
        "企业发展金", "企业发展资金", "企业发展基金", "企业扶持资金", "企业扶持基金", "企业成长奖", "企业奖励金",
        "企业发展专项资金", "企业发展奖励", "企业所得税",
    ]

    /// Words that put an element off to a later agreement (具体投资规模在后续正式协议中明确):
    /// a sentence with one of them does not show that the agreement contains the element.
    static let deferrals = ["后续", "另行约定", "另行协商", "另行确定", "另行签订", "待定", "正式协议中", "正式投资协议中", "届时"]

    /// The units opening and closing an exception phrase (除…外).
    static let exceptionOpen: UInt16 = "除".utf16.first!
    static let exceptionClose: UInt16 = "外".utf16.first!
    /// Units before 除 that make it part of a verb (免除, 解除, 扣除, 删除, 排除, 清除, 剔除, 消除).
    static let exceptionCompounds: Set<UInt16> = Set("免解扣删排清剔消拆".utf16)

    /// What promises are computed from or concern, named in a finding's frame.
    static let frameBases = [
        "土地出让金", "土地出让价款", "出让价款", "出让金", "土地款", "地价款", "土地价款", "土地出让收入", "出让收入", "地价",
        "出让价格", "土地价格", "用地价格", "成交价", "增值税", "企业所得税", "所得税", "个人所得税", "房产税", "城镇土地使用税",
        "契税", "税收", "税款", "纳税额", "地方留成", "留成部分", "地方分成", "县级分成", "地方分享", "地方留存", "县级留成",
        "地方财政贡献", "财政贡献", "地方财力", "财力", "贷款", "借款", "融资", "债务", "本息", "本金", "投资额", "投资款",
        "出资", "股权", "租金", "电费", "电价", "用电价格", "水价", "水费", "气价", "用气价格", "收益", "亏损", "损失", "营业收入",
    ]

    /// The pronoun 其 between an object marker and a party (为其银行贷款…).
    static let pronoun: UInt16 = "其".utf16.first!

    /// The marker of an inline suppression comment.
    static let suppressionMarker = "qiyue-disable"
}
