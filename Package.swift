// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Yaodian",
    products: [
        .library(name: "YaodianCore", targets: ["YaodianCore"]),
        .executable(name: "yaodian", targets: ["yaodian"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        .systemLibrary(
            name: "CUchardet",
            pkgConfig: "uchardet",
            providers: [.apt(["libuchardet-dev"])]
        ),
        // Layers: each target imports only the ones above it, so a backward use does not compile.
        // The primitives every stage shares (scalar sets, phrase tables, numerals, clause markers).
        .target(name: "YaodianText"),
        // The output records (the extraction guide's contract) that stages fill and Emit writes.
        .target(name: "YaodianModel", dependencies: ["YaodianText"]),
        .target(
            name: "YaodianIngest",
            dependencies: ["YaodianModel", "CUchardet", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "YaodianClean", dependencies: ["YaodianIngest", "CLibXML2", "COpenCC"]),
        .target(name: "YaodianMetadata", dependencies: ["YaodianClean"]),
        .target(name: "YaodianSegment", dependencies: ["YaodianMetadata"]),
        .target(name: "YaodianExtract", dependencies: ["YaodianSegment"]),
        .target(name: "YaodianAudit", dependencies: ["YaodianExtract"]),
        .target(
            name: "YaodianEmit",
            dependencies: [
                "YaodianAudit",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(name: "YaodianReport", dependencies: ["YaodianEmit", .product(name: "CSV", package: "CSV.swift")]),
        // The pipeline and batch runner that compose the stages; re-exports them for library users.
        .target(name: "YaodianCore", dependencies: ["YaodianReport"]),
        // glibc allocator settings that keep a long batch's peak memory flat (AllocatorTuning).
        .target(name: "CAllocatorTuning"),
        .executableTarget(
            name: "yaodian",
            dependencies: [
                "YaodianCore",
                "CAllocatorTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer entry point over the whole document path; an input replayer in normal builds
        // (scripts/fuzz builds it with -sanitize=fuzzer,address into .build-fuzz).
        .executableTarget(name: "YaodianFuzz", dependencies: ["YaodianCore"]),
        // The benchmark's floor (scripts/bench): only decodes, parses with libxml2 and walks text nodes.
        .executableTarget(name: "yaodian-floor", dependencies: ["CLibXML2"], path: "Sources/YaodianFloor"),
        .testTarget(name: "IngestTests", dependencies: ["YaodianCore"]),
        .testTarget(name: "CleanTests", dependencies: ["YaodianCore"]),
        .testTarget(name: "MetadataTests", dependencies: ["YaodianCore"]),
        .testTarget(name: "SegmentTests", dependencies: ["YaodianCore"]),
        .testTarget(name: "ExtractTests", dependencies: ["YaodianCore"]),
        .testTarget(name: "EmitTests", dependencies: ["YaodianCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "AuditTests", dependencies: ["YaodianCore"]),
        .testTarget(name: "ReportTests", dependencies: ["YaodianCore"]),
        .testTarget(name: "CoreTests", dependencies: ["YaodianCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["YaodianCore", "yaodian", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["known-indicator-fragments.txt"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The stages are separate modules; in release builds their small hot functions (scalar-set tests,
// marker matches) are still inlined and specialised across module boundaries.
for target in package.targets where target.type == .regular && target.name.hasPrefix("Yaodian") {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
}
