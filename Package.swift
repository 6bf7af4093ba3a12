// swift-tools-version:6.0
import PackageDescription

/// The Qiyue (契约) toolkit: one library target per concern, one thin executable.
///
/// Dependencies are Foundation, FoundationXML (libxml2) and the system zlib only,
/// so that the package builds in an air-gapped intranet from a plain Swift toolchain.
let package = Package(
    name: "Qiyue",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "qiyue", targets: ["qiyue"]),
        .library(name: "QiyueCore", targets: ["QiyueCore"]),
        .library(name: "QiyueTemplate", targets: ["QiyueTemplate"]),
        .library(name: "QiyueDocuments", targets: ["QiyueDocuments"]),
        .library(name: "QiyueReview", targets: ["QiyueReview"]),
        .library(name: "QiyueProjects", targets: ["QiyueProjects"]),
        .library(name: "QiyueOpinion", targets: ["QiyueOpinion"]),
        .library(name: "QiyueFiling", targets: ["QiyueFiling"]),
        .library(name: "QiyueDrafting", targets: ["QiyueDrafting"]),
        .library(name: "QiyueCLI", targets: ["QiyueCLI"]),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // glibc's mallopt, for how a batch review reuses freed memory (ProcessMemory).
        .systemLibrary(name: "CMalloc"),
        .target(name: "QiyueCore"),
        // Every resource folder is compiled into the binary, so the single static `qiyue`
        // needs no resource bundle beside it (see Plugins/EmbedResources).
        .executableTarget(name: "QiyueEmbed", path: "Sources/QiyueEmbed"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["QiyueEmbed"]),
        .target(name: "QiyueTemplate", dependencies: ["QiyueCore"]),
        .target(name: "QiyueDocuments", dependencies: ["QiyueCore", "CZlib"]),
        .target(
            name: "QiyueReview",
            dependencies: ["QiyueCore"],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "QiyueProjects",
            dependencies: ["QiyueCore"],
            exclude: ["Resources"],
            plugins: ["EmbedResources"]
        ),
        .target(name: "QiyueOpinion", dependencies: ["QiyueCore", "QiyueDocuments", "QiyueReview"]),
        .target(name: "QiyueFiling", dependencies: ["QiyueCore", "QiyueReview", "QiyueProjects"]),
        .target(
            name: "QiyueDrafting",
            dependencies: ["QiyueCore", "QiyueTemplate", "QiyueDocuments", "QiyueReview", "QiyueProjects"],
            exclude: ["EmbeddedFolders.txt"],
            plugins: ["EmbedResources"]
        ),
        .target(
            name: "QiyueCLI",
            dependencies: ["QiyueCore", "QiyueTemplate", "QiyueDocuments", "QiyueReview", "QiyueProjects", "QiyueOpinion", "QiyueFiling", "QiyueDrafting", "CMalloc"]
        ),
        .executableTarget(name: "qiyue", dependencies: ["QiyueCLI"]),
        .target(name: "QiyueTestSupport", dependencies: ["QiyueCore"]),
        .testTarget(name: "QiyueCoreTests", dependencies: ["QiyueCore", "QiyueTestSupport"]),
        .testTarget(
            name: "QiyueTemplateTests",
            dependencies: ["QiyueTemplate", "QiyueTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QiyueDocumentsTests",
            dependencies: ["QiyueDocuments", "QiyueTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QiyueReviewTests",
            dependencies: ["QiyueReview", "QiyueTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QiyueProjectsTests",
            dependencies: ["QiyueProjects", "QiyueTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "QiyueOpinionTests", dependencies: ["QiyueOpinion", "QiyueReview", "QiyueTestSupport"]),
        .testTarget(name: "QiyueFilingTests", dependencies: ["QiyueFiling", "QiyueTestSupport"]),
        .testTarget(
            name: "QiyueDraftingTests",
            dependencies: ["QiyueDrafting", "QiyueTemplate", "QiyueDocuments", "QiyueTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QiyueCLITests",
            dependencies: ["QiyueCLI", "QiyueDocuments", "QiyueTestSupport"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
