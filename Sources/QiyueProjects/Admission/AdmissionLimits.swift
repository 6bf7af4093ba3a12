/// The admission floors of one scope (a park's default, an industry, an item).
/// A missing value means "inherit from the broader scope".
public struct AdmissionLimits: Sendable, Hashable, Codable {
    public var minIntensityYuanPerMu: Double?
    public var minTaxPerMuYuan: Double?

    enum CodingKeys: String, CodingKey {
        case minIntensityYuanPerMu = "min_intensity_yuan_per_mu"
        case minTaxPerMuYuan = "min_tax_per_mu_yuan"
    }

    public init(minIntensityYuanPerMu: Double? = nil, minTaxPerMuYuan: Double? = nil) {
        self.minIntensityYuanPerMu = minIntensityYuanPerMu
        self.minTaxPerMuYuan = minTaxPerMuYuan
    }
}
