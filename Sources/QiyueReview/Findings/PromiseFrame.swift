/// What a clause promises: who gives what to whom, computed from what, by how much, and
/// on which conditions — the analysis a finding is based on, as text a reviewer reads.
///
/// `县人民政府 → 乙方：按缴纳增值税地方留成的80%奖励` is the frame with giver 县人民政府,
/// beneficiary 乙方, act 奖励, base 缴纳增值税地方留成 and measure 80%.
public struct PromiseFrame: Sendable, Hashable {
    /// The party that makes the promise, as named in the clause (or inherited from its
    /// sentence or article), with its side.
    public var giver: FrameParty?
    /// The party that benefits (receives the money, the land, the guarantee).
    public var beneficiary: FrameParty?
    /// The act, as written: 返还, 奖励, 提供担保, 按每亩…出让.
    public var act: String
    /// What the promise is computed from or concerns: 土地出让金, 增值税地方留成, 贷款本息.
    public var base: String?
    /// How much: an amount, a share of the base, 全额, 差额, 超出部分.
    public var measure: FrameMeasure?
    /// The conditions the clause puts on the promise (乙方投产后, 乙方到期不能还款时).
    public var conditions: [String]

    public init(giver: FrameParty?, beneficiary: FrameParty?, act: String, base: String? = nil, measure: FrameMeasure? = nil, conditions: [String] = []) {
        self.giver = giver
        self.beneficiary = beneficiary
        self.act = act
        self.base = base
        self.measure = measure
        self.conditions = conditions
    }
}
