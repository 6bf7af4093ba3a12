import Foundation

/// Writes a package that differs from another only in the parts given: every other entry
/// keeps its compressed bytes, and entries keep their order, new ones coming last.
enum DocxPackageEditor {
    static func write(_ zip: ZipReader, replacing replaced: [String: [UInt8]], adding added: [(String, [UInt8])]) throws -> Data {
        var writer = ZipWriter()
        for entry in zip.entries {
            if let bytes = replaced[entry.name] {
                try writer.add(entry.name, data: Data(bytes))
            } else {
                try writer.addRaw(entry, data: try zip.rawContents(of: entry))
            }
        }
        for (name, bytes) in added {
            try writer.add(name, data: Data(bytes))
        }
        return try writer.finish()
    }
}
