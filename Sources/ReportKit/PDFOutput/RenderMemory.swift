import CCairo

/// Keeps the memory a render frees for the next render instead of handing it back to the
/// system at once. By default the C library returns the top of its heap whenever more
/// than 128 KB is free there, and every render frees its layouts and pages: a batch of 353
/// plans took 60,000 page faults (each page handed back, then taken again, zeroed and
/// mapped), about a tenth of its CPU time spent in the kernel. Kept up to 64 MB, the same
/// batch takes 2,100, and peak memory does not change, since each render needs again what
/// the last one freed.
public enum RenderMemory {
    /// Call once, early in `main`, in a program that renders documents.
    public static func keepFreedMemoryForReuse() {
        _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
    }
}
