/// The inputs of one run, so that no output of that run can replace one of them.
///
/// A command records every file it reads (template, data, records, project, included
/// templates) and asks before each write whether the destination is one of them. The
/// comparison is by device and inode, so `-o ./t.txt`, a symbolic link to the input or a
/// hard link are refused as surely as the input's own spelling.
public struct OutputGuard: Sendable {
    private var inputs: [FileIdentity: String] = [:]

    public init() {}

    public init(inputs paths: [String]) {
        for path in paths { protect(path) }
    }

    /// Adds an input; `-` (standard input) and paths that name no file are ignored.
    public mutating func protect(_ path: String) {
        guard path != "-", let identity = FileIdentity(path: path), inputs[identity] == nil else { return }
        inputs[identity] = path
    }

    /// The input (as it was named when protected) that writing `output` would replace, if any.
    ///
    /// Both the file the path leads to and a symbolic link standing at the path count, so
    /// an output that is a link to an input is refused too.
    public func input(replacedBy output: String) -> String? {
        guard !inputs.isEmpty else { return nil }
        for identity in [FileIdentity(path: output), FileIdentity(linkAt: output)].compactMap({ $0 }) {
            if let input = inputs[identity] { return input }
        }
        return nil
    }

    public var isEmpty: Bool { inputs.isEmpty }
}
