import Foundation
import QiyueCore
import QiyueProjects

/// Loads the project, thresholds and glossary files named on a command line, reporting
/// unreadable or invalid input as located diagnostics (exit status 2).
enum ProjectInput {
    /// Reads a project file, or standard input for `-`.
    static func project(_ path: String, context: CommandContext) throws(ProjectFileError) -> ProjectFile {
        if path == "-" {
            let data = context.readStandardInput() ?? Data()
            guard data.count <= ProjectFileError.maximumSize else { throw .tooLarge(path: "<stdin>", bytes: data.count) }
            return try ProjectFile(path: "<stdin>", bytes: Array(data))
        }
        return try ProjectFile.load(path)
    }

    /// Prints a file error the way compilers do and returns exit status 2.
    static func fail(_ error: ProjectFileError, context: CommandContext) -> Int32 {
        context.report(error.diagnostic(in: context.language), source: error.lineIndex)
        return ExitCode.usageOrInput.rawValue
    }
}
