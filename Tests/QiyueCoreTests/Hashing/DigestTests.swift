import Foundation
import XCTest
@testable import QiyueCore

/// SM3 against the examples of GB/T 32905-2016 (appendix A), SHA-256 against FIPS 180-4's,
/// and streaming against one-shot hashing at every chunk boundary that matters.
final class DigestTests: XCTestCase {
    func testSM3StandardExampleOne() {
        XCTAssertEqual(SM3.Hasher.hex(Array("abc".utf8)), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
    }

    func testSM3StandardExampleTwo() {
        let message = Array(String(repeating: "abcd", count: 16).utf8)
        XCTAssertEqual(message.count, 64)
        XCTAssertEqual(SM3.Hasher.hex(message), "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")
    }

    func testSM3EmptyMessage() {
        // The digest of the empty message as OpenSSL's and GmSSL's SM3 give it.
        XCTAssertEqual(SM3.Hasher.hex([UInt8]()), "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b")
    }

    func testSHA256Vectors() {
        XCTAssertEqual(SHA256.Hasher.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.Hasher.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.Hasher.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.Hasher.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Every split of messages around the 55/56/64-byte padding boundaries gives the one-shot digest.
    func testStreamingEqualsOneShot() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000] {
            let message = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let expectedSM3 = SM3.Hasher.digest(message)
            let expectedSHA = SHA256.Hasher.digest(message)
            for chunk in [1, 3, 7, 63, 64, 65] {
                var sm3 = SM3.Hasher(), sha = SHA256.Hasher()
                var start = 0
                while start < length {
                    let end = min(start + chunk, length)
                    sm3.update(message[start..<end])
                    sha.update(message[start..<end])
                    start = end
                }
                XCTAssertEqual(sm3.finalize(), expectedSM3, "SM3 length \(length) chunk \(chunk)")
                XCTAssertEqual(sha.finalize(), expectedSHA, "SHA-256 length \(length) chunk \(chunk)")
            }
        }
    }

    /// Random messages against Python's hashlib (OpenSSL) when it offers SM3.
    func testAgainstHashlibOracle() throws {
        var messages: [[UInt8]] = []
        for length in [1, 17, 64, 100, 257, 4096] {
            messages.append((0..<length).map { _ in UInt8.random(in: 0...255) })
        }
        let hexInputs = messages.map { Hex.string($0) }.joined(separator: " ")
        let script = "import hashlib,sys\nfor h in sys.argv[1:]:\n b=bytes.fromhex(h)\n print(hashlib.new('sm3',b).hexdigest(), hashlib.sha256(b).hexdigest())"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + hexInputs.split(separator: " ").map(String.init)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        do { try process.run() } catch { throw XCTSkip("python3 is not available") }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw XCTSkip("hashlib has no SM3 here") }
        let lines = output.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(lines.count, messages.count)
        for (message, line) in zip(messages, lines) {
            XCTAssertEqual(SM3.Hasher.hex(message), line[0], "SM3 of \(message.count) bytes")
            XCTAssertEqual(SHA256.Hasher.hex(message), line[1], "SHA-256 of \(message.count) bytes")
        }
    }

    func testFileDigestReadsInChunks() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiyue-digest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = directory.appendingPathComponent("a.bin").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let digest = try XCTUnwrap(FileDigest.file(at: path, chunkSize: 333))
        XCTAssertEqual(digest, FileDigest(of: bytes))
        XCTAssertNil(FileDigest.file(at: directory.appendingPathComponent("missing").path))
    }
}
