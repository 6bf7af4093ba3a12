import CZlib
import Foundation

/// Raw deflate (no zlib header or trailer), the compression method 8 of ZIP entries.
enum RawDeflate {
    /// Compresses `data`; `nil` only if zlib itself fails, in which case the caller stores.
    static func compress(_ data: Data, level: Int32) -> Data? {
        var stream = z_stream()
        // Window bits −15 select raw deflate with a 32 KiB window; memory level 8 is zlib's default.
        guard deflateInit2_(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(data.count)))
        var output = Data(count: bound)
        let status: Int32 = data.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(data.count)
                stream.next_out = out.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(bound)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { return nil }
        output.count = Int(stream.total_out)
        return output
    }
}
