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
        .target(
            name: "YaodianCore",
            dependencies: [
                "CLibXML2",
                "COpenCC",
                "CUchardet",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
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
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["YaodianCore", "yaodian", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
