// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vr-docs",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vr-docs", targets: ["vr-docs"]),
        .library(name: "PlanBuilder", targets: ["PlanBuilder"]),
        .library(name: "ReportKit", targets: ["ReportKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libfontconfig1-dev"])]
        ),
        .target(name: "Concurrency"),
        .target(name: "ReportKit", dependencies: ["CCairo"]),
        .target(name: "PlanBuilder", dependencies: ["Yams"]),
        .target(name: "Caseload", dependencies: ["PlanBuilder", "Concurrency"]),
        .target(name: "Documents", dependencies: ["PlanBuilder", "ReportKit", "Caseload"]),
        .executableTarget(
            name: "vr-docs",
            dependencies: [
                "PlanBuilder", "Documents", "Caseload", "Concurrency",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark's tool (time-render, blocks): bench/run.sh builds it beside vr-docs.
        .executableTarget(
            name: "vr-docs-bench",
            dependencies: ["Documents", "ReportKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "bench/tool"
        ),
        // The fuzz target for the reader and planner: fuzz/run.sh builds it with libFuzzer;
        // a normal build makes a driver that replays inputs named on the command line.
        .executableTarget(name: "vr-docs-fuzz", dependencies: ["PlanBuilder", "Documents"], path: "fuzz/target"),
        .testTarget(name: "PlanBuilderTests", dependencies: ["PlanBuilder"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportKitTests", dependencies: ["ReportKit"], exclude: ["Goldens"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "PlanBuilder", "ReportKit"], exclude: ["Fixtures", "Goldens"]),
        .testTarget(name: "CaseloadTests", dependencies: ["Caseload", "PlanBuilder"]),
        .testTarget(name: "ConcurrencyTests", dependencies: ["Concurrency"]),
        .testTarget(name: "CLITests", dependencies: ["vr-docs"]),
    ],
    swiftLanguageModes: [.v6]
)
