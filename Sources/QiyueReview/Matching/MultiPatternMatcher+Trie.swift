extension MultiPatternMatcher {
    /// The terms as a trie over alphabet classes: each state's edges and the terms that end
    /// there. States are numbered in the order they are made, the root first.
    struct Trie {
        var children: [[(symbol: UInt16, state: Int32)]] = [[]]
        var terminal: [[Int32]] = [[]]

        init(terms: [[UInt16]], classes: [UInt16]) {
            for (number, term) in terms.enumerated() where !term.isEmpty {
                var state = 0
                for unit in term {
                    let symbol = classes[Int(unit)]
                    // A state has few edges (the root aside, most have one), so a list
                    // searched in order beats a dictionary per state.
                    if let edge = children[state].first(where: { $0.symbol == symbol }) {
                        state = Int(edge.state)
                    } else {
                        children.append([])
                        terminal.append([])
                        children[state].append((symbol, Int32(children.count - 1)))
                        state = children.count - 1
                    }
                }
                terminal[state].append(Int32(number))
            }
        }
    }
}
