/// Finds every occurrence of many terms in one pass over the text (Aho–Corasick).
///
/// All trigger, context, negation and party terms of a rule pack compile into this one
/// automaton, so the scan costs the same whether a pack has ten rules or a thousand. The
/// alphabet is only the units that occur in some term; every other unit maps to class 0,
/// which sends any state back to the root, so ordinary prose costs one table lookup a unit.
///
/// The root's transitions are a full row; every other state keeps only its own edges and a
/// failure link. A full table for every state (the built-in pack has some eighteen thousand
/// states over an alphabet of several hundred units) takes tens of megabytes: filling it was
/// a large part of a review's start-up and most of its memory. The sparse form gives the same
/// transitions, following at most one failure link a unit on average, at about the same scan
/// speed.
public struct MultiPatternMatcher: Sendable {
    /// Term lengths in units, indexed by term number.
    public let termLengths: [Int]
    /// Unit → alphabet class (0 = in no term).
    private let classOf: [UInt16]
    /// The root's next state for every class.
    private let rootNext: [Int32]
    /// The edges of state `s` are `edgeClass[edgeStart[s]..<edgeStart[s + 1]]`, leading to the
    /// states at the same places of `edgeTarget`.
    private let edgeStart: [Int32]
    private let edgeClass: [UInt16]
    private let edgeTarget: [Int32]
    /// The longest proper suffix of a state's path that is also a path from the root.
    private let failure: [Int32]
    /// The terms ending at each state (through failure links), as ranges of `outputTerms`.
    private let outputStart: [Int32]
    private let outputTerms: [Int32]

    /// Builds the automaton; `terms[i]` is reported as term number `i`. Empty terms never match.
    public init(terms: [[UInt16]]) {
        termLengths = terms.map(\.count)
        var classes = [UInt16](repeating: 0, count: 65536)
        var nextClass: UInt16 = 1
        for term in terms {
            for unit in term where classes[Int(unit)] == 0 {
                classes[Int(unit)] = nextClass
                nextClass += 1
            }
        }
        let classCount = Int(nextClass)
        let trie = Trie(terms: terms, classes: classes)
        let stateCount = trie.children.count
        // Edges flattened in state order; a state has at most one edge per class, so their
        // order within it does not matter.
        var edgeStart: [Int32] = [0]
        var edgeClass: [UInt16] = []
        var edgeTarget: [Int32] = []
        edgeStart.reserveCapacity(stateCount + 1)
        edgeClass.reserveCapacity(stateCount)
        edgeTarget.reserveCapacity(stateCount)
        for edges in trie.children {
            for edge in edges {
                edgeClass.append(edge.symbol)
                edgeTarget.append(edge.state)
            }
            edgeStart.append(Int32(edgeClass.count))
        }
        var rootNext = [Int32](repeating: 0, count: classCount)
        for edge in trie.children[0] { rootNext[Int(edge.symbol)] = edge.state }
        // Breadth-first from the root's children (which fail to the root), so a state's failure
        // target, a shorter path, is finished before the state.
        var failure = [Int32](repeating: 0, count: stateCount)
        var outputs = trie.terminal
        var queue: [Int32] = trie.children[0].map(\.state)
        var head = 0
        while head < queue.count {
            let state = Int(queue[head])
            head += 1
            outputs[state] += outputs[Int(failure[state])]
            for edge in trie.children[state] {
                failure[Int(edge.state)] = Self.next(
                    from: failure[state], symbol: Int(edge.symbol), rootNext: rootNext,
                    edgeStart: edgeStart, edgeClass: edgeClass, edgeTarget: edgeTarget, failure: failure)
                queue.append(edge.state)
            }
        }
        var starts: [Int32] = [0]
        var flat: [Int32] = []
        starts.reserveCapacity(stateCount + 1)
        for list in outputs {
            flat += list
            starts.append(Int32(flat.count))
        }
        self.classOf = classes
        self.rootNext = rootNext
        self.edgeStart = edgeStart
        self.edgeClass = edgeClass
        self.edgeTarget = edgeTarget
        self.failure = failure
        self.outputStart = starts
        self.outputTerms = flat
    }

    /// The number of states, for benchmarks and tests of the "flat cost" claim.
    public var stateCount: Int { outputStart.count - 1 }

    /// The state after reading class `symbol` in `state`: its own edge, or failing that the
    /// transition of its failure state, down to the root's full row.
    @inline(__always)
    private static func next(
        from state: Int32, symbol: Int, rootNext: UnsafeBufferPointer<Int32>, edgeStart: UnsafeBufferPointer<Int32>,
        edgeClass: UnsafeBufferPointer<UInt16>, edgeTarget: UnsafeBufferPointer<Int32>, failure: UnsafeBufferPointer<Int32>
    ) -> Int32 {
        var state = Int(state)
        let wanted = UInt16(truncatingIfNeeded: symbol)
        while state != 0 {
            var edge = Int(edgeStart[state])
            let end = Int(edgeStart[state + 1])
            while edge < end {
                if edgeClass[edge] == wanted { return edgeTarget[edge] }
                edge += 1
            }
            state = Int(failure[state])
        }
        return rootNext[symbol]
    }

    /// `next` over arrays, for building the automaton.
    private static func next(
        from state: Int32, symbol: Int, rootNext: [Int32], edgeStart: [Int32], edgeClass: [UInt16], edgeTarget: [Int32], failure: [Int32]
    ) -> Int32 {
        rootNext.withUnsafeBufferPointer { rootNext in
            edgeStart.withUnsafeBufferPointer { edgeStart in
                edgeClass.withUnsafeBufferPointer { edgeClass in
                    edgeTarget.withUnsafeBufferPointer { edgeTarget in
                        failure.withUnsafeBufferPointer { failure in
                            next(from: state, symbol: symbol, rootNext: rootNext, edgeStart: edgeStart,
                                 edgeClass: edgeClass, edgeTarget: edgeTarget, failure: failure)
                        }
                    }
                }
            }
        }
    }

    /// Calls `found(term, start, end)` for every occurrence, in order of end offset.
    @inline(__always)
    public func scan(_ units: [UInt16], _ found: (_ term: Int, _ start: Int, _ end: Int) -> Void) {
        units.withUnsafeBufferPointer { text in
            classOf.withUnsafeBufferPointer { classOf in
                rootNext.withUnsafeBufferPointer { rootNext in
                    edgeStart.withUnsafeBufferPointer { edgeStart in
                        edgeClass.withUnsafeBufferPointer { edgeClass in
                            edgeTarget.withUnsafeBufferPointer { edgeTarget in
                                failure.withUnsafeBufferPointer { failure in
                                    outputStart.withUnsafeBufferPointer { outputStart in
                                        var state: Int32 = 0
                                        for position in 0..<text.count {
                                            let symbol = Int(classOf[Int(text[position])])
                                            // A unit in no term leaves every match behind.
                                            guard symbol != 0 else { state = 0; continue }
                                            state = Self.next(from: state, symbol: symbol, rootNext: rootNext, edgeStart: edgeStart,
                                                              edgeClass: edgeClass, edgeTarget: edgeTarget, failure: failure)
                                            let first = Int(outputStart[Int(state)]), last = Int(outputStart[Int(state) + 1])
                                            if first != last {
                                                for slot in first..<last {
                                                    let term = Int(outputTerms[slot])
                                                    found(term, position + 1 - termLengths[term], position + 1)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
