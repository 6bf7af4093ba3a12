/// `{% call(args) macro(…) %}…{% endcall %}`: a macro call whose body is `caller()`.
struct CallBlock: Sendable {
    let call: Expression
    let caller: MacroDefinition
}
