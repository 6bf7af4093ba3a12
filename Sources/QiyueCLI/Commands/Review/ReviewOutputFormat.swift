/// The report formats of `qiyue review --format`.
enum ReviewOutputFormat: String, CaseIterable {
    case text
    case json
    case sarif

    static let expected = allCases.map(\.rawValue).joined(separator: "|")
}
