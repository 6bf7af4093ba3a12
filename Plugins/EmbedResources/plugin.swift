import Foundation
import PackagePlugin

/// Compiles a target's resource folders into the target itself.
///
/// The target's `Resources` folder, if it has one, becomes `EmbeddedResourceFolder.resources`;
/// each line `NAME FOLDER` of an `EmbeddedFolders.txt` in the target's directory adds the
/// package folder `FOLDER` as `EmbeddedResourceFolder.NAME` (lines starting with `#` are
/// comments). Every file of those folders is an input of the build command, so editing,
/// adding or removing one regenerates the source on the next build.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        var folders: [(name: String, url: URL, display: String)] = []
        // Targets keep SwiftPM's default layout; the 6.0 plugin API names a target's folder
        // only through the deprecated `Path`.
        let directory = context.package.directoryURL.appendingPathComponent("Sources").appendingPathComponent(module.name)
        let resources = directory.appendingPathComponent("Resources")
        if isDirectory(resources) {
            folders.append(("resources", resources, "Sources/\(module.name)/Resources"))
        }
        let list = directory.appendingPathComponent("EmbeddedFolders.txt")
        var inputs: [URL] = []
        if let text = try? String(contentsOf: list, encoding: .utf8) {
            inputs.append(list)
            for line in text.split(whereSeparator: \.isNewline) {
                let fields = line.split(whereSeparator: \.isWhitespace).map(String.init)
                guard let first = fields.first, !first.hasPrefix("#") else { continue }
                guard fields.count == 2 else { throw PluginFailure("\(list.path): expected 'NAME FOLDER', got '\(line)'") }
                let url = context.package.directoryURL.appendingPathComponent(fields[1])
                guard isDirectory(url) else { throw PluginFailure("\(list.path): no folder \(fields[1]) in the package") }
                folders.append((fields[0], url, fields[1]))
            }
        }
        guard !folders.isEmpty else { return [] }
        for folder in folders {
            inputs.append(folder.url)
            inputs += files(in: folder.url)
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources.swift")
        return [.buildCommand(
            displayName: "Embedding the resources of \(module.name)",
            executable: try context.tool(named: "QiyueEmbed").url,
            arguments: [output.path] + folders.map { "\($0.name)=\($0.url.path)=\($0.display)" },
            inputFiles: inputs,
            outputFiles: [output]
        )]
    }

    private func isDirectory(_ url: URL) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
    }

    private func files(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        return enumerator.compactMap { $0 as? URL }
    }
}

struct PluginFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
