/// A test's body (`is odd`, `is divisibleby 3`): the value and the test's arguments, to a verdict.
typealias TestFunction = @Sendable (TemplateValue, [TemplateValue]) throws -> Bool
