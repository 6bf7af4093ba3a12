import Foundation

/// Finds templates by name inside one root directory, or one set of files held in memory,
/// and nowhere else.
///
/// Names are relative to the root, `/`-separated. Absolute names, names whose `..`
/// climbs above the root, and symbolic links that lead outside it are refused, so an
/// `include` can never read an arbitrary file. Templates compiled into the program (the
/// standard drafting templates) are looked up by the same normalised names.
struct TemplateLoader: Sendable {
    private enum Source: Sendable {
        case directory(root: URL, resolvedRoot: String)
        case files([String: String])
    }

    private let source: Source

    init(root: URL) {
        source = .directory(root: root.standardizedFileURL, resolvedRoot: root.standardizedFileURL.resolvingSymlinksInPath().path)
    }

    init(files: [String: String]) {
        source = .files(files)
    }

    enum LoadError: Error {
        case outsideRoot
        case notFound
        case unreadable(String)
    }

    /// The template's text and the file it was read from (`nil` for a template held in memory).
    func load(_ name: String) throws(LoadError) -> (text: String, path: String?) {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.hasPrefix("\\"), !name.contains("\0") else { throw .outsideRoot }
        var components: [String] = []
        for part in name.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                guard !components.isEmpty else { throw .outsideRoot }
                components.removeLast()
            } else {
                components.append(String(part))
            }
        }
        guard !components.isEmpty else { throw .notFound }
        let root: URL
        let resolvedRoot: String
        switch source {
        case let .files(files):
            guard let text = files[components.joined(separator: "/")] else { throw .notFound }
            return (text, nil)
        case let .directory(directoryRoot, directoryResolvedRoot):
            root = directoryRoot
            resolvedRoot = directoryResolvedRoot
        }
        let url = components.reduce(root) { $0.appendingPathComponent($1) }
        let resolved = url.resolvingSymlinksInPath().path
        guard resolved == resolvedRoot || resolved.hasPrefix(resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/") else {
            throw .outsideRoot
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory), !isDirectory.boolValue else { throw .notFound }
        guard let data = FileManager.default.contents(atPath: resolved) else { throw .unreadable(name) }
        guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(name) }
        return (text, resolved)
    }
}
