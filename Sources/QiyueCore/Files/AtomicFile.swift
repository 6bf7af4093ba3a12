import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees a half-written output, a failed run never
/// destroys the previous one, and no run replaces one of its own inputs.
///
/// Data goes to a `TemporaryFile` in the destination's directory (created exclusively,
/// never through a planted link), is flushed when `durable`, and is then renamed over the
/// destination (rename is atomic within one file system and replaces a link at the
/// destination rather than writing through it).
public enum AtomicFile {
    public enum WriteError: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        /// The destination is the file `input`, which this run reads.
        case wouldReplaceInput(path: String, input: String)

        public var description: String {
            switch self {
            case let .cannotWrite(path, reason): return "\(path): \(reason)"
            case let .wouldReplaceInput(path, input): return "\(path): is the input \(input)"
            }
        }
    }

    /// Writes `bytes` to `path`. `inputs` are refused as destinations; `durable` flushes the
    /// file to disk before the rename (a batch passes false and syncs once at the end).
    public static func write(_ bytes: UnsafeRawBufferPointer, to path: String, protecting inputs: OutputGuard = OutputGuard(), durable: Bool = true) throws {
        if let input = inputs.input(replacedBy: path) { throw WriteError.wouldReplaceInput(path: path, input: input) }
        let parent = (path as NSString).deletingLastPathComponent
        let temporary: TemporaryFile
        do {
            temporary = try TemporaryFile.create(in: parent.isEmpty ? "." : parent)
        } catch {
            throw WriteError.cannotWrite(path: path, reason: reason(error))
        }
        guard temporary.write(bytes), !durable || fsync(temporary.descriptor) == 0 else {
            let failure = String(cString: strerror(errno))
            temporary.discard()
            throw WriteError.cannotWrite(path: path, reason: failure)
        }
        guard close(temporary.descriptor) == 0 else {
            let failure = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError.cannotWrite(path: path, reason: failure)
        }
        // Checked again just before the rename: the destination may have changed while we wrote.
        if let input = inputs.input(replacedBy: path) {
            unlink(temporary.path)
            throw WriteError.wouldReplaceInput(path: path, input: input)
        }
        guard rename(temporary.path, path) == 0 else {
            let failure = String(cString: strerror(errno))
            unlink(temporary.path)
            throw WriteError.cannotWrite(path: path, reason: failure)
        }
    }

    public static func write(_ data: Data, to path: String, protecting inputs: OutputGuard = OutputGuard(), durable: Bool = true) throws {
        try data.withUnsafeBytes { try write($0, to: path, protecting: inputs, durable: durable) }
    }

    public static func write(_ bytes: [UInt8], to path: String, protecting inputs: OutputGuard = OutputGuard(), durable: Bool = true) throws {
        try bytes.withUnsafeBytes { try write($0, to: path, protecting: inputs, durable: durable) }
    }

    public static func write(_ text: String, to path: String, protecting inputs: OutputGuard = OutputGuard(), durable: Bool = true) throws {
        try write(Data(text.utf8), to: path, protecting: inputs, durable: durable)
    }

    private static func reason(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return String(describing: error)
    }
}
