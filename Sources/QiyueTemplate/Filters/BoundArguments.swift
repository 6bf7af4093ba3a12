/// Up to four bound filter arguments, stored inline so a filter call allocates nothing.
struct BoundArguments {
    private var first, second, third, fourth: TemplateValue?

    subscript(index: Int) -> TemplateValue? {
        get {
            switch index {
            case 0: return first
            case 1: return second
            case 2: return third
            case 3: return fourth
            default: return nil
            }
        }
        set {
            switch index {
            case 0: first = newValue
            case 1: second = newValue
            case 2: third = newValue
            default: fourth = newValue
            }
        }
    }
}
