// swift-tools-version:6.1
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which is wherever the repository was cloned.
let kpcs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

/// Release-mode benchmarks of kpcs (ordo-one/benchmark). Run from the repository root:
/// `swift package --package-path Benchmarks benchmark`.
let package = Package(
    name: "kpcs-benchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
    ],
    targets: [
        .executableTarget(
            name: "IssueBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KPCSStore", package: kpcs),
                .product(name: "KPCSCore", package: kpcs),
            ],
            path: "Benchmarks/IssueBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SealBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KPCSSeal", package: kpcs),
                .product(name: "KPCSServer", package: kpcs),
                .product(name: "KPCSStore", package: kpcs),
                .product(name: "KPCSCore", package: kpcs),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks/SealBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "LogBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KPCSSeal", package: kpcs),
                .product(name: "KPCSStore", package: kpcs),
                .product(name: "KPCSCore", package: kpcs),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Benchmarks/LogBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "StatisticsBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KPCSDemo", package: kpcs),
                .product(name: "KPCSStore", package: kpcs),
                .product(name: "KPCSCore", package: kpcs),
            ],
            path: "Benchmarks/StatisticsBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "VerificationBenchmark",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "KPCSSeal", package: kpcs),
                .product(name: "KPCSStore", package: kpcs),
                .product(name: "KPCSCore", package: kpcs),
            ],
            path: "Benchmarks/VerificationBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
