import Foundation

/// Which link targets the writers turn into live links.
///
/// Documents are assembled from template data that may come from outside the office, and a
/// `javascript:` or `data:` link in a brochure would run in the reader's browser (or be
/// offered by Word). Web, mail and telephone links and relative or in-document targets are
/// kept as links; any other scheme is written as plain text, so the words stay visible.
public enum LinkTarget {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    public static func isSafe(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return false }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let scheme = trimmed[..<colon]
        // A colon after a slash, `?` or `#` belongs to a relative path, not to a scheme.
        if scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return allowedSchemes.contains(scheme.lowercased())
    }
}
