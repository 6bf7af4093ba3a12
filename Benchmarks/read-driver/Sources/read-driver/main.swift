import Foundation
import QiyueDocuments

/// Usage: read-driver FILE.docx|FILE.html [runs]
/// Prints, for the best of `runs`, the in-process milliseconds to read the file into review
/// text and a document model (what `qiyue convert` does), the milliseconds to read the
/// review text alone (what `qiyue review` does; DOCX only, else the same as the first), the
/// number of review lines and the number of characters (Unicode scalars).
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: read-driver FILE [runs]\n".utf8))
    exit(2)
}
let data = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let isDocx = arguments[1].hasSuffix(".docx")

/// The best wall-clock milliseconds of `runs` calls; the previous result is released before
/// the clock starts, because a one-shot `qiyue` process never pays for freeing it.
func best<T>(_ read: () throws -> T) rethrows -> (Double, T) {
    var best = Double.infinity
    var result: T?
    for _ in 0 ..< runs {
        result = nil
        let start = DispatchTime.now().uptimeNanoseconds
        result = try read()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return (best, result!)
}

let (documentTime, document) = try best { isDocx ? try DocxReader().read(data) : try HTMLReader().read(data) }
let (textTime, _) = try best { isDocx ? try DocxReader().readText(data) : try HTMLReader().read(data).text }
let text = document.text.text
var lines = 1
for byte in text.utf8 where byte == 0x0A { lines += 1 }
print(String(format: "%.0f %.0f", documentTime, textTime), lines, text.unicodeScalars.count)
