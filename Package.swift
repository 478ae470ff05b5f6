// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "vr-docs",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vr-docs", targets: ["vr-docs"]),
        .executable(name: "vr-docs-workspace", targets: ["vr-docs-workspace"]),
        .library(name: "PlanBuilder", targets: ["PlanBuilder"]),
        .library(name: "ReportKit", targets: ["ReportKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The case manager's workspace (`vr-docs serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libfontconfig1-dev"])]
        ),
        .target(name: "Concurrency"),
        // What both programs (vr-docs, vr-docs-workspace) share about running a command line.
        .target(name: "CommandLineSupport", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .target(name: "ReportKit", dependencies: ["CCairo"]),
        .target(name: "PlanBuilder", dependencies: ["Yams"]),
        .target(name: "Caseload", dependencies: ["PlanBuilder", "Concurrency"]),
        .target(name: "Documents", dependencies: ["PlanBuilder", "ReportKit", "Caseload"]),
        // The workspace's records (accounts, cases, versions, approvals, audit) on SQLite,
        // without HTTP, so they are tested on their own.
        .target(name: "Workspace", dependencies: [
            "PlanBuilder", "Documents", "Caseload",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // The web pages of `vr-docs serve`.
        .target(name: "WorkspaceServer", dependencies: [
            "Workspace", "PlanBuilder", "Documents", "Caseload",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .executableTarget(
            name: "vr-docs",
            dependencies: [
                "PlanBuilder", "Documents", "ReportKit", "Caseload", "Concurrency", "CommandLineSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `vr-docs serve` and `vr-docs backup`: the workspace, a program of its own so that
        // every other command starts without the web server and SQLite loaded.
        .executableTarget(
            name: "vr-docs-workspace",
            dependencies: [
                "Documents", "ReportKit", "Workspace", "WorkspaceServer", "CommandLineSupport",
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
        .testTarget(name: "CLITests", dependencies: ["vr-docs", "vr-docs-workspace"]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "PlanBuilder", "Documents", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "WorkspaceServerTests", dependencies: [
            "WorkspaceServer", "Workspace",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
