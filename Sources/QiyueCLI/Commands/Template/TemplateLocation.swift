import Foundation
import QiyueCore

/// Where a template given on the command line lives: the root that bounds include/extends
/// and the template's name inside it, plus how to show that name to the user again.
struct TemplateLocation {
    let root: URL
    let name: String
    /// The root as the user would write it, prefixed to template names in messages.
    let displayRoot: String

    init(path: String, root rootOption: String?) throws {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw UsageError.other(LocalizedText(zh: "找不到模板文件 \(path)", en: "template file not found: \(path)"))
        }
        let templateURL = URL(fileURLWithPath: path).standardizedFileURL
        if let rootOption {
            let rootURL = URL(fileURLWithPath: rootOption).standardizedFileURL
            let rootPath = rootURL.resolvingSymlinksInPath().path
            let templatePath = templateURL.resolvingSymlinksInPath().path
            guard templatePath.hasPrefix(rootPath.hasSuffix("/") ? rootPath : rootPath + "/") else {
                throw UsageError.other(LocalizedText(zh: "模板 \(path) 不在 --root \(rootOption) 之内", en: "template \(path) is not inside --root \(rootOption)"))
            }
            self.root = rootURL
            self.name = String(templatePath.dropFirst(rootPath.count).drop(while: { $0 == "/" }))
            self.displayRoot = rootOption
        } else {
            self.root = templateURL.deletingLastPathComponent()
            self.name = templateURL.lastPathComponent
            let typedDirectory = (path as NSString).deletingLastPathComponent
            self.displayRoot = typedDirectory
        }
    }

    /// How a template name from a diagnostic is shown: as a path the user can open.
    func displayName(of templateName: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? templateName : (displayRoot as NSString).appendingPathComponent(templateName)
    }

    /// `{{ id }}` plus the template's extension without `.jinja`/`.j2` (`agreement.md.jinja` → `{{ id }}.md`).
    var defaultOutputName: String {
        var base = (name as NSString).lastPathComponent
        for suffix in [".jinja", ".j2", ".jinja2"] where base.hasSuffix(suffix) { base = String(base.dropLast(suffix.count)) }
        let ext = (base as NSString).pathExtension
        return "{{ id }}" + (ext.isEmpty ? "" : "." + ext)
    }
}
