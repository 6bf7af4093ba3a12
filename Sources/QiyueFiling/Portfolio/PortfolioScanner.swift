import Foundation
import QiyueCore
import QiyueProjects

/// Reads many project files (and the filing register) and lists what to act on.
///
/// Files are read and parsed on all cores; each file's result is independent, so the
/// order of the report is the order of the paths, whatever order the work finished in.
public struct PortfolioScanner: Sendable {
    public var rules: PortfolioRules
    public var asOf: CalendarDate
    /// Register entries by project id; the latest entry of a project is the one in force.
    public var register: [String: [RegisterEntry]]
    public var language: Language

    public init(asOf: CalendarDate, registerEntries: [RegisterEntry] = [], rules: PortfolioRules = PortfolioRules(), language: Language = .zh) {
        self.asOf = asOf
        self.language = language
        self.rules = rules
        var byProject: [String: [RegisterEntry]] = [:]
        for entry in registerEntries { byProject[entry.project.id, default: []].append(entry) }
        // Only the latest filing of a project is in force: a re-filed, corrected agreement replaces the old one.
        self.register = byProject.mapValues { [$0.last!] }
    }

    /// Every `.json` file under `paths` (files are taken as given, directories walked), sorted per directory.
    public static func projectFiles(in paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = [], missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { missing.append(path); continue }
            guard isDirectory.boolValue else { files.append(path); continue }
            let found = (manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
                .filter { $0.hasSuffix(".json") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                .sorted()
            files += found.map { (path as NSString).appendingPathComponent($0) }
        }
        return (files, missing)
    }

    /// Scans `files`, calling `progress` with the count done so far (from any thread).
    public func scan(_ files: [String], progress: (@Sendable (Int) -> Void)? = nil) -> [ScannedProject] {
        let results = ScanSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results.set(index, scan(file: files[index])) { count in
                if let progress, count % 50 == 0 || count == files.count { progress(count) }
            }
        }
        return results.values
    }

    public func scan(file path: String) -> ScannedProject {
        let file: ProjectFile
        do throws(ProjectFileError) {
            file = try ProjectFile.load(path)
        } catch {
            return ScannedProject(path: path, error: error.diagnostic(in: language))
        }
        guard let id = file.root.string(at: "/id"), file.root.node(at: "/name") != nil else {
            return ScannedProject(path: path, error: .error(language == .zh ? "不是项目数据（缺少 id 或 name）" : "not a project file (no id or name)", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        let lifecycle = ProjectLifecycle(file: file)
        let flags = rules.flags(lifecycle, asOf: asOf, registered: register[id] ?? [])
        return ScannedProject(path: path, id: id, name: file.text(at: "/name")?.zh, county: file.text(at: "/location/county")?.zh,
                              stage: lifecycle.stage, flags: flags)
    }
}
