import Foundation
import QiyueCore

/// A park's admission floors for investment intensity and expected tax per mu (annex 1,
/// part 2, red line 3), with the document they come from.
///
/// The guidance says projects below the thresholds "of national and provincial documents"
/// are not admitted, but names no figure; parks set their own. So the figures are data:
/// `--thresholds FILE` takes a park's file, and the shipped defaults say plainly that
/// they are placeholders (`source.verified` is false) until a park sets its own.
public struct AdmissionThresholds: Sendable, Decodable {
    /// Where the figures come from, and whether anyone checked them against the document.
    public struct Source: Sendable, Hashable, Codable {
        public var verified: Bool
        public var zh: String
        public var en: String
    }

    public var park: LocalizedText?
    public var source: Source
    public var defaults: AdmissionLimits
    /// Floors by catalogue code (`NN` or `NN-MM`); the most specific code wins, field by field.
    public var industries: [String: AdmissionLimits]

    enum CodingKeys: String, CodingKey {
        case park, source, industries
        case defaults = "default"
    }

    public init(park: LocalizedText? = nil, source: Source, defaults: AdmissionLimits, industries: [String: AdmissionLimits] = [:]) {
        self.park = park
        self.source = source
        self.defaults = defaults
        self.industries = industries
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        park = try container.decodeIfPresent(LocalizedText.self, forKey: .park)
        source = try container.decode(Source.self, forKey: .source)
        defaults = try container.decode(AdmissionLimits.self, forKey: .defaults)
        // Keys starting with "_" are notes, as everywhere in the toolkit's JSON.
        let byCode = try container.decodeIfPresent(NotedDictionary.self, forKey: .industries)
        industries = byCode?.values ?? [:]
    }

    /// A dictionary of limits that skips `_comment`-style note keys.
    private struct NotedDictionary: Decodable {
        var values: [String: AdmissionLimits] = [:]

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            for key in container.allKeys where !key.stringValue.hasPrefix("_") {
                values[key.stringValue] = try container.decode(AdmissionLimits.self, forKey: key)
            }
        }
    }

    /// The defaults shipped with the library (placeholders; see `source`).
    public static var builtIn: AdmissionThresholds { BuiltInProjectData.value(BuiltInProjectData.thresholds) }

    /// Loads a park's thresholds file (same shape as the shipped defaults).
    public static func load(_ path: String) throws(ProjectFileError) -> AdmissionThresholds {
        try ResourceDecoder.decode(AdmissionThresholds.self, from: try ProjectFileError.read(path), path: path)
    }

    /// The floors that apply to an industry code, and the scope each came from
    /// (`01-06`, `01` or `default`).
    public func limits(for code: String?) -> (limits: AdmissionLimits, intensityScope: String, taxScope: String) {
        var scopes: [String] = []
        if let code {
            if code.count > 2 { scopes.append(code) }
            scopes.append(String(code.prefix(2)))
        }
        var result = AdmissionLimits()
        var intensityScope = "default"
        var taxScope = "default"
        for scope in scopes {
            guard let limits = industries[scope] else { continue }
            if result.minIntensityYuanPerMu == nil, let value = limits.minIntensityYuanPerMu {
                result.minIntensityYuanPerMu = value
                intensityScope = scope
            }
            if result.minTaxPerMuYuan == nil, let value = limits.minTaxPerMuYuan {
                result.minTaxPerMuYuan = value
                taxScope = scope
            }
        }
        result.minIntensityYuanPerMu = result.minIntensityYuanPerMu ?? defaults.minIntensityYuanPerMu
        result.minTaxPerMuYuan = result.minTaxPerMuYuan ?? defaults.minTaxPerMuYuan
        return (result, intensityScope, taxScope)
    }
}
