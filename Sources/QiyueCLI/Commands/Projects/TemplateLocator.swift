import Foundation
import QiyueCore

/// Finds the directory that holds the drafting templates (`agreement.md.jinja`, …).
///
/// The standard templates are compiled into the binary, so a single installed file drafts
/// without any directory; an officer who edits a copy of them points the binary at it. It
/// looks, in order, at:
/// 1. the `--templates DIR` option,
/// 2. the `QIYUE_TEMPLATES` environment variable,
/// 3. a `Templates` directory in the package the executable was built in (walking up from
///    the executable: `.build/debug/qiyue` → the repository root), or next to an installed
///    executable (`/opt/qiyue/bin/qiyue` → `/opt/qiyue/Templates` or `/opt/qiyue/share/qiyue/Templates`),
/// 4. `./Templates` in the current directory,
/// 5. the built-in templates (`nil`).
///
/// An explicit choice that does not hold the template is an error rather than a silent
/// fallback, so a typo never renders the wrong template.
struct TemplateLocator {
    var option: String?
    var environment: [String: String]
    var executablePath: String?
    var currentDirectory: String

    static func standard(option: String?) -> TemplateLocator {
        TemplateLocator(
            option: option,
            environment: ProcessInfo.processInfo.environment,
            executablePath: CommandLine.arguments.first.map(Self.resolveExecutable),
            currentDirectory: FileManager.default.currentDirectoryPath
        )
    }

    /// The directory holding `templateName`, or `nil` for the templates built into the binary.
    func directory(containing templateName: String) throws -> String? {
        if let option {
            return try explicit(option, source: "--templates", templateName: templateName)
        }
        if let variable = environment["QIYUE_TEMPLATES"], !variable.isEmpty {
            return try explicit(variable, source: "QIYUE_TEMPLATES", templateName: templateName)
        }
        for candidate in implicitCandidates() where Self.holds(candidate, templateName) {
            return candidate
        }
        return nil
    }

    /// The directories tried when nothing was given explicitly, nearest first.
    func implicitCandidates() -> [String] {
        var candidates: [String] = []
        if let executablePath {
            var directory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(directory.appendingPathComponent("Templates").path)
                candidates.append(directory.appendingPathComponent("share/qiyue/Templates").path)
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        candidates.append(URL(fileURLWithPath: currentDirectory).appendingPathComponent("Templates").path)
        return candidates
    }

    private func explicit(_ path: String, source: String, templateName: String) throws -> String {
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: currentDirectory, isDirectory: true)).standardizedFileURL.path
        guard Self.holds(absolute, templateName) else {
            throw UsageError.other(LocalizedText(
                zh: "\(source) 指定的目录“\(path)”中没有模板“\(templateName)”",
                en: "the directory '\(path)' given by \(source) has no template '\(templateName)'"))
        }
        return absolute
    }

    private static func holds(_ directory: String, _ templateName: String) -> Bool {
        FileManager.default.isReadableFile(atPath: directory + "/" + templateName)
    }

    /// The executable's real path: `argv[0]` may be relative, found through `PATH`, or a symlink.
    private static func resolveExecutable(_ argument: String) -> String {
        if let path = Bundle.main.executablePath { return URL(fileURLWithPath: path).resolvingSymlinksInPath().path }
        return URL(fileURLWithPath: argument).resolvingSymlinksInPath().path
    }
}
