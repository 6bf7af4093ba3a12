import CMalloc

/// How the process's allocator treats memory a file's review gave back.
///
/// A batch review allocates the same large buffers for every file (its units, hits and report,
/// a few hundred kilobytes each). glibc serves blocks that large from fresh mappings and
/// returns them to the kernel when freed, so every file faulted its pages in again: some fifty
/// thousand page faults, a tenth of the time, on 60 MB. Keeping blocks up to `mappingThreshold`
/// in the heap, and up to `trimThreshold` of free heap before it is given back, lets the next
/// file reuse the pages. Both bounds are well above one ordinary file's needs and far below
/// what the largest input (64 MiB) takes, which still gets mappings of its own.
public enum ProcessMemory {
    public static let mappingThreshold: Int32 = 32 << 20
    public static let trimThreshold: Int32 = 128 << 20

    /// Sets the thresholds; call once, before the work starts. Elsewhere than Linux it does nothing.
    public static func keepFreedBlocksForReuse() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, mappingThreshold)
        _ = mallopt(M_TRIM_THRESHOLD, trimThreshold)
        #endif
    }
}
