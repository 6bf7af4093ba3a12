import Foundation

/// Loads the readers' test fixtures from the bundle's `Fixtures` folder.
enum ReaderFixtures {
    static func data(_ path: String) throws -> Data {
        let url = Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
        return try Data(contentsOf: url)
    }
}
