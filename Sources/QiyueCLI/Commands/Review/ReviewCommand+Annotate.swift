import Foundation
import QiyueCore
import QiyueDocuments
import QiyueOpinion
import QiyueReview

extension ReviewCommand {
    /// Reviews the one input and writes its annotated copy to `output`, atomically and only
    /// when the input was read and annotated without error.
    func annotate(_ paths: [String], to output: String, author: String?, redline: Bool, engine: ReviewEngine, context: CommandContext) throws -> FileReview {
        // The output is checked first: `--annotate --redline IN` takes `--redline` as the output, as getopt does.
        guard output.lowercased().hasSuffix(".docx") else {
            throw UsageError.invalidValue(option: "--annotate", value: output, expected: "OUT.docx")
        }
        guard paths.count == 1, let path = paths.first else {
            throw UsageError.other(LocalizedText(zh: "--annotate 只接受一个输入文件", en: "--annotate takes exactly one input file"))
        }
        let input = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        guard path != "-", input != URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath() else {
            throw UsageError.other(LocalizedText(zh: "--annotate 的输出不能是输入文件本身", en: "--annotate must not write over its input"))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path)
        else {
            return FileReview(path: path, error: context.language == .zh ? "没有这个文件，或无法读取" : "no such file, or it cannot be read")
        }
        let name = author ?? "契约审查"
        let revisionAuthor = DocxRevisionAuthor(name: name, date: ISO8601DateFormatter().string(from: Date()))
        var annotation = ReviewAnnotation(engine: engine, author: revisionAuthor, language: context.language)
        annotation.redline = redline
        let result = annotation.annotate(path: path, data: data)
        guard let package = result.output else { return result.review }
        do {
            try AtomicFile.write(package, to: output)
        } catch {
            var review = result.review
            review.error = (context.language == .zh ? "无法写入 " : "cannot write ") + output + ": \(error)"
            return review
        }
        return result.review
    }
}
