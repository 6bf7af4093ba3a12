// swift-tools-version:6.0
import PackageDescription

/// A benchmark driver kept outside the main package: it times `DocxReader` in-process
/// (no process start-up, no writer), for Benchmarks/documents-read.sh.
let package = Package(
    name: "read-driver",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Qiyue", path: "../..")],
    targets: [
        .executableTarget(name: "read-driver", dependencies: [.product(name: "QiyueDocuments", package: "Qiyue")]),
    ]
)
