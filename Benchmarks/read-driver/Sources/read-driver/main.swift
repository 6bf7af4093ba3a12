import Foundation
import QiyueDocuments

/// Usage: read-driver FILE.docx|FILE.html [runs]
/// Prints the best in-process time to read the file into review text and a document, in
/// milliseconds, and the number of review lines and characters.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: read-driver FILE [runs]\n".utf8))
    exit(2)
}
let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
var best = Double.infinity
var result: ExtractedDocument?
for _ in 0 ..< runs {
    // Free the previous run's result before the clock starts: releasing ~110,000 strings is
    // not part of reading, and a one-shot `qiyue convert` never pays it (the process exits).
    result = nil
    let start = DispatchTime.now().uptimeNanoseconds
    result = arguments[1].hasSuffix(".docx") ? try DocxReader().read(data) : try HTMLReader().read(data)
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
}
let text = result?.text.text ?? ""
print(String(format: "%.0f", best), text.split(separator: "\n").count, text.count)
