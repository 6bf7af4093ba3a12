import Foundation
import QiyueCore
import QiyueTemplate

/// The standard drafting templates of `Templates/`, compiled into the binary.
///
/// `agreement` and `dossier` render these when no template directory is given, so the single
/// installed file drafts with nothing beside it. Only the `.jinja` files are templates; the
/// schema and glossary in the same folder are there for editors and are not offered to
/// `include`.
public enum BuiltInTemplates {
    public static func environment(options: TemplateOptions) throws(EmbeddedResourceError) -> TemplateEnvironment {
        let folder = EmbeddedResourceFolder.templates
        var files: [String: String] = [:]
        for path in folder.paths where path.hasSuffix(".jinja") {
            files[path] = try folder.text(path)
        }
        return TemplateEnvironment(files: files, options: options)
    }

    /// A built-in Word template by its bare name (`agreement.docx`), or `nil`.
    public static func word(_ name: String) -> Data? {
        guard name.hasSuffix(".docx"), !name.contains("/") else { return nil }
        return try? EmbeddedResourceFolder.templates.data(name)
    }

    /// The text of one built-in template, for its header.
    static func text(_ name: String) -> String? {
        try? EmbeddedResourceFolder.templates.text(name)
    }
}
