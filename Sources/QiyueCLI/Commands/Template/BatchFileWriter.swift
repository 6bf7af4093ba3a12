import Foundation
import QiyueCore
#if canImport(Glibc)
import Glibc
#endif

/// Writes the many files of a batch: each one atomically (an exclusively created temporary
/// file, then rename), never over an input, and all of them durable with a single `syncfs`
/// at the end.
///
/// `AtomicFile` flushes every file to disk before renaming it, which is right for one
/// output but made a 2,000-record merge wait eight seconds on the disk here. A reader still
/// never sees a half-written file; a power cut before the final sync loses at most the
/// files of this run, never an older complete file.
struct BatchFileWriter {
    let directory: String

    func write(_ bytes: [UInt8], named name: String, protecting inputs: OutputGuard) throws {
        let path = (directory as NSString).appendingPathComponent(name)
        do {
            try AtomicFile.write(bytes, to: path, protecting: inputs, durable: false)
        } catch let AtomicFile.WriteError.cannotWrite(_, reason) {
            throw BatchWriteError(path: path, reason: reason)
        } catch AtomicFile.WriteError.wouldReplaceInput {
            throw BatchWriteError(path: path, reason: nil)
        }
    }

    /// Flushes everything written to the directory's file system to disk.
    func synchronize() {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        // syncfs is Linux-specific and not in Swift's Glibc module; look it up at run time.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") {
            let syncfs = unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
            _ = syncfs(descriptor)
        } else {
            _ = fsync(descriptor)
        }
        close(descriptor)
    }
}
