import Foundation

/// Compiled templates by name, shared by every copy of an environment and safe across threads.
final class TemplateCache: @unchecked Sendable {
    private var templates: [String: CompiledTemplate] = [:]
    private var paths: [String] = []
    private let lock = NSLock()

    func template(named name: String) -> CompiledTemplate? {
        lock.lock()
        defer { lock.unlock() }
        return templates[name]
    }

    func store(_ template: CompiledTemplate, as name: String) {
        lock.lock()
        defer { lock.unlock() }
        templates[name] = template
    }

    /// Records the file a template was read from.
    func recordFile(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.append(path)
    }

    var files: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }
}
