import QiyueCore
import QiyueProjects

/// The project an agreement belongs to, as the register records it at filing time.
public struct RegisteredProject: Sendable, Hashable {
    public var id: String
    public var name: String
    public var county: String?
    /// 签约各方: the government, the investor and, in a three-party agreement, the platform.
    public var parties: [String]
    public var investmentYuan: Double?
    public var landAreaMu: Double?

    public init(id: String, name: String, county: String? = nil, parties: [String], investmentYuan: Double?, landAreaMu: Double?) {
        self.id = id
        self.name = name
        self.county = county
        self.parties = parties
        self.investmentYuan = investmentYuan
        self.landAreaMu = landAreaMu
    }

    /// The particulars taken from a project file.
    public init(file: ProjectFile) {
        let parties = ["/agreement/government/name", "/agreement/investor/name", "/agreement/platform/name"].compactMap { file.root.string(at: $0) }
        self.init(id: file.root.string(at: "/id") ?? "", name: file.text(at: "/name")?.zh ?? "",
                  county: file.text(at: "/location/county")?.zh, parties: parties,
                  investmentYuan: file.number(at: "/investment/total_yuan"), landAreaMu: file.number(at: "/land/area_mu"))
    }

    var json: JSONValue {
        .orderedObject([
            ("id", .string(id)), ("name", .string(name)), ("county", county.map(JSONValue.string) ?? .null),
            ("parties", .list(parties.map(JSONValue.string))),
            ("investment_yuan", investmentYuan.map(JSONValue.number) ?? .null),
            ("land_area_mu", landAreaMu.map(JSONValue.number) ?? .null),
        ])
    }

    init?(_ node: JSONNode?) {
        guard let node, let id = node["id"]?.value.stringValue else { return nil }
        self.init(id: id, name: node["name"]?.value.stringValue ?? "", county: node["county"]?.value.stringValue,
                  parties: (node["parties"]?.value.elements ?? []).compactMap(\.value.stringValue),
                  investmentYuan: node["investment_yuan"]?.value.doubleValue, landAreaMu: node["land_area_mu"]?.value.doubleValue)
    }
}
