/// Finds every occurrence of many terms in one pass over the text (Aho–Corasick).
///
/// All trigger, context, negation and party terms of a rule pack compile into this one
/// automaton, so the scan costs the same whether a pack has ten rules or a thousand: each
/// text unit is one table lookup. The automaton is a full DFA over an alphabet of only
/// the units that occur in some term; every other unit maps to class 0, which sends any
/// state back to the root, so ordinary prose is scanned at memory speed.
public struct MultiPatternMatcher: Sendable {
    /// Term lengths in units, indexed by term number.
    public let termLengths: [Int]
    /// Unit → alphabet class (0 = in no term).
    private let classOf: [UInt16]
    private let classCount: Int
    /// `transitions[state * classCount + class]` is the next state.
    private let transitions: [Int32]
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
        // Trie with sparse children while building.
        var children: [[UInt16: Int32]] = [[:]]
        var terminal: [[Int32]] = [[]]
        for (number, term) in terms.enumerated() where !term.isEmpty {
            var state = 0
            for unit in term {
                let symbol = classes[Int(unit)]
                if let next = children[state][symbol] {
                    state = Int(next)
                } else {
                    children.append([:])
                    terminal.append([])
                    children[state][symbol] = Int32(children.count - 1)
                    state = children.count - 1
                }
            }
            terminal[state].append(Int32(number))
        }
        let stateCount = children.count
        var transitions = [Int32](repeating: 0, count: stateCount * classCount)
        var failure = [Int32](repeating: 0, count: stateCount)
        var outputs = terminal
        // Breadth-first: a state's failure target is always finished before the state.
        var queue: [Int] = []
        for (symbol, child) in children[0] {
            transitions[Int(symbol)] = child
            queue.append(Int(child))
        }
        // A state's row starts as a copy of its failure target's row, copied whole rather than
        // entry by entry: building the rows is a large part of a review's start-up.
        transitions.withUnsafeMutableBufferPointer { table in
            guard let rows = table.baseAddress else { return }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                let fail = Int(failure[state])
                outputs[state] += outputs[fail]
                (rows + state * classCount).update(from: rows + fail * classCount, count: classCount)
                for (symbol, child) in children[state] {
                    failure[Int(child)] = rows[fail * classCount + Int(symbol)]
                    rows[state * classCount + Int(symbol)] = child
                    queue.append(Int(child))
                }
            }
        }
        var starts: [Int32] = [0]
        var flat: [Int32] = []
        for list in outputs {
            flat += list
            starts.append(Int32(flat.count))
        }
        self.classOf = classes
        self.classCount = classCount
        self.transitions = transitions
        self.outputStart = starts
        self.outputTerms = flat
    }

    /// The number of states, for benchmarks and tests of the "flat cost" claim.
    public var stateCount: Int { outputStart.count - 1 }

    /// Calls `found(term, start, end)` for every occurrence, in order of end offset.
    @inline(__always)
    public func scan(_ units: [UInt16], _ found: (_ term: Int, _ start: Int, _ end: Int) -> Void) {
        units.withUnsafeBufferPointer { text in
            classOf.withUnsafeBufferPointer { classOf in
                transitions.withUnsafeBufferPointer { transitions in
                    outputStart.withUnsafeBufferPointer { outputStart in
                        var state = 0
                        let classCount = self.classCount
                        for position in 0..<text.count {
                            let symbol = Int(classOf[Int(text[position])])
                            state = Int(transitions[state &* classCount &+ symbol])
                            let first = Int(outputStart[state]), last = Int(outputStart[state + 1])
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
