import QiyueCore

/// What a project file says about the project after signing: the agreed dates of
/// `/timeline` and `/agreement` beside the actual ones of `/lifecycle`.
///
/// The portfolio scan and `check` read the same fields through this one type, so a date
/// the check accepts is the date the scan reasons with.
public struct ProjectLifecycle: Sendable {
    public var stage: LifecycleStage?
    public var asOf: CalendarDate?
    /// The actual date of each stage reached, by stage.
    public var dates: [LifecycleStage: CalendarDate]
    public var investmentInPlace: Double?
    public var landSuppliedMu: Double?
    public var landSuppliedDate: CalendarDate?
    /// The construction start agreed in the land contract, else the agreed timeline's.
    public var agreedConstructionStart: CalendarDate?
    public var agreedCompletion: CalendarDate?
    public var agreedProduction: CalendarDate?
    /// The signing date: actual, else the agreement's, else the timeline's.
    public var signing: CalendarDate?
    public var totalInvestment: Double?
    public var agreedLandMu: Double?

    public init(file: ProjectFile) {
        func date(_ pointer: String) -> CalendarDate? { file.root.string(at: pointer).flatMap(CalendarDate.init) }
        stage = file.root.string(at: "/lifecycle/status").flatMap(LifecycleStage.init(rawValue:))
        asOf = date("/lifecycle/as_of")
        var dates: [LifecycleStage: CalendarDate] = [:]
        for stage in LifecycleStage.allCases { dates[stage] = date("/lifecycle/" + stage.dateKey) }
        self.dates = dates
        investmentInPlace = file.number(at: "/lifecycle/investment_in_place_yuan")
        landSuppliedMu = file.number(at: "/lifecycle/land_supplied_mu")
        landSuppliedDate = date("/lifecycle/land_supplied_date")
        agreedConstructionStart = date("/lifecycle/land_contract_start") ?? date("/timeline/construction_start")
        agreedCompletion = date("/timeline/completion")
        agreedProduction = date("/timeline/production")
        signing = dates[.signed] ?? date("/agreement/sign_date") ?? date("/timeline/signing")
        totalInvestment = file.number(at: "/investment/total_yuan")
        agreedLandMu = file.number(at: "/land/area_mu")
    }

    /// Whether the file records anything after signing at all.
    public var isTracked: Bool { stage != nil }

    /// Whether land has been handed over (an area or a date is recorded).
    public var landSupplied: Bool { (landSuppliedMu ?? 0) > 0 || landSuppliedDate != nil }
}
