/// The left side of `set` or `for`: a name, `ns.attribute`, or a tuple to unpack.
indirect enum AssignTarget: Sendable {
    case name(String)
    case attribute(String, String, offset: Int)
    case tuple([AssignTarget], offset: Int)
}
