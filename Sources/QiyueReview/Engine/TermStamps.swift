/// One mark per term, reused from sentence to sentence of a review (never shared between
/// threads). The marks live in raw memory because they are written for every term of every
/// sentence, and an array in a class would pay an exclusivity check on each write.
final class TermStamps {
    let values: UnsafeMutableBufferPointer<Int32>
    private var generation: Int32 = 0

    init(termCount: Int) {
        values = .allocate(capacity: max(1, termCount))
        values.initialize(repeating: 0)
    }

    deinit { values.deallocate() }

    func next() -> Int32 {
        generation &+= 1
        if generation == 0 {
            values.update(repeating: 0)
            generation = 1
        }
        return generation
    }
}
