import QiyueDocuments
import Foundation
import QiyueCore

/// Expands the paths given to `qiyue review` into the list of inputs to read.
///
/// Directories are walked recursively in a stable (sorted) order, taking the extensions the
/// input reader understands and those it refuses (so they are reported, not skipped), and
/// skipping hidden entries; a file named
/// explicitly is always taken, whatever its extension, so a user can review `a.log`.
enum ReviewInputCollector {
    enum Input: Equatable {
        case standardInput
        case file(String)
        /// A path that does not exist or cannot be listed, with the reason in both languages.
        case missing(String)
    }

    static func inputs(for paths: [String]) -> [Input] {
        var result: [Input] = []
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" { result.append(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(.missing(path))
                continue
            }
            if isDirectory.boolValue {
                result += walk(path).map(Input.file)
            } else {
                result.append(.file(path))
            }
        }
        return result
    }

    /// The reviewable files under `directory`. Each directory and each file is taken once,
    /// by device and inode, so a link back to a parent (`ln -s . loop`) or two links to
    /// the same folder neither loop forever nor review a file twice.
    static func walk(_ directory: String) -> [String] {
        var visited: Set<FileIdentity> = []
        var files: [String] = []
        walk(directory, visited: &visited, into: &files)
        return files
    }

    private static func walk(_ directory: String, visited: inout Set<FileIdentity>, into files: inout [String]) {
        guard let identity = FileIdentity(path: directory), visited.insert(identity).inserted,
              let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for entry in entries.sorted() where !entry.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + entry : directory + "/" + entry
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, visited: &visited, into: &files)
            } else if let dot = entry.lastIndex(of: "."),
                      ReviewInputReader.reviewableExtensions.union(ReviewInputReader.unsupportedExtensions)
                          .contains(entry[entry.index(after: dot)...].lowercased()),
                      let file = FileIdentity(path: path), visited.insert(file).inserted {
                files.append(path)
            }
        }
    }
}
