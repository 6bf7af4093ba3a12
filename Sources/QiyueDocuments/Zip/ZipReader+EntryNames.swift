extension ZipReader {
    /// Decodes an entry name and refuses any that could address a file outside the archive's root.
    ///
    /// We never write entries to disk, but a name such as `../../etc/passwd` or `C:\x` is
    /// only ever made by an attacker or a broken tool, and refusing it keeps whatever uses
    /// this reader later (an unpacker, a converter) safe by default. A `.` or empty segment
    /// is refused as well: it would let a second spelling of a part hide beside the real one.
    static func validatedName(_ bytes: ArraySlice<UInt8>) throws -> String {
        guard let name = String(validating: bytes, as: UTF8.self) else {
            throw DocumentReadError(zh: "条目名称不是有效的 UTF-8", en: "an entry name is not valid UTF-8")
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        let unsafe = name.isEmpty
            || name.hasPrefix("/")
            || name.contains("\\")
            || name.contains("\0")
            || components.contains("..")
            // `./word/document.xml` and `word//document.xml` name the part a second way.
            || components.contains(".")
            || components.dropLast().contains("")
            || (name.count >= 2 && name.dropFirst().first == ":")
        guard !unsafe else {
            throw DocumentReadError(zh: "条目名称“\(name)”试图越出压缩包目录", en: "the entry name \"\(name)\" tries to escape the archive's directory")
        }
        return name
    }

    /// The name as OPC compares part names: ASCII case folded, so `Word/Document.xml` and
    /// `word/document.xml` are one part, and an archive holding both is refused.
    static func partKey(_ name: String) -> String {
        name.lowercased()
    }
}
