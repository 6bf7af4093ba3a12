/// A filter's body: the filtered value, its arguments and where it runs, to a new value.
///
/// Filters are plain functions in a fixed table (`FilterRegistry`); the parser stores the
/// function itself in the syntax tree, so rendering never looks a filter up by name.
typealias FilterFunction = @Sendable (TemplateValue, FilterArguments, FilterContext) throws -> TemplateValue
