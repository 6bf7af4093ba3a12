import QiyueTemplate
import XCTest

/// `Template.variables`: the data paths a template reads, without what it binds itself.
final class TemplateVariablesTests: XCTestCase {
    func variables(_ source: String) throws -> [String] {
        try TemplateEnvironment(root: nil).template(source: source, name: "t.txt").variables
    }

    func testPathsInOrderOfFirstUse() throws {
        XCTAssertEqual(try variables("{{ project.name }}{% if land.area_mu > 10 %}{{ project.name|upper }}{% endif %}{{ rows[0] }}{{ m['k'] }}"),
                       ["project.name", "land.area_mu", "rows[0]", "m.k"])
    }

    func testBoundNamesAndBuiltinsAreNotData() throws {
        XCTAssertEqual(try variables("""
            {% set n = 3 %}{{ n }}{% for i in range(n) %}{{ i }}{{ loop.index }}{% endfor %}
            {% macro f(x, y=default_y) %}{{ x }}{{ caller() if caller }}{% endmacro %}{{ f(1) }}
            {% with w = 1 %}{{ w }}{% endwith %}{{ w_outside }}{{ project.get('name') }}
            """), ["default_y", "w_outside", "project"])
    }

    func testAliasesLeadBackToTheData() throws {
        XCTAssertEqual(try variables("{% set p = project %}{{ p.name }}{% for c in p.contacts %}{{ c.phone }}{% endfor %}"),
                       ["project", "project.name", "project.contacts", "project.contacts[].phone"])
    }
}
