// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "kpcs",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kpcs", targets: ["kpcs"]),
        .library(name: "KPCSCore", targets: ["KPCSCore"]),
        .library(name: "KPCSSeal", targets: ["KPCSSeal"]),
        .library(name: "KPCSStore", targets: ["KPCSStore"]),
        .library(name: "KPCSServer", targets: ["KPCSServer"]),
        .library(name: "KPCSClient", targets: ["KPCSClient"]),
        .library(name: "KPCSDemo", targets: ["KPCSDemo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // MARK: Domain
        /// Domain types and rules, pure: no I/O, no framework.
        .target(name: "KPCSCore"),

        // MARK: Documents
        /// A small PDF writer: standard fonts in WinAnsi or embedded TrueType subsets (ToUnicode), text, lines and
        /// filled rectangles. No dependencies.
        .target(name: "KPCSPDF"),

        /// A QR code encoder: byte mode, Reed–Solomon, masks, the version chosen by size. No dependencies.
        .target(name: "KPCSQR"),

        // MARK: Trust
        /// Canonical JSON, JWS seals, the trust and void lists, the offline verifier, the master key.
        .target(
            name: "KPCSSeal",
            dependencies: ["KPCSCore", .product(name: "Crypto", package: "swift-crypto")]
        ),

        // MARK: Mail
        /// A small SMTP client (STARTTLS, AUTH PLAIN) and plain-text UTF-8 messages, for the notifications' e-mail.
        .target(
            name: "KPCSSMTP",
            dependencies: [
                "KPCSCore",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]),

        // MARK: Client
        /// What the command line's clients need (trust-list sync, HTTP fetch, the printed seal report): no server, no SQL.
        .target(name: "KPCSClient", dependencies: ["KPCSCore", "KPCSSeal"]),

        // MARK: Persistence
        /// SQLKit persistence on SQLite (embedded default) and PostgreSQL; one transaction per business operation.
        .target(
            name: "KPCSStore",
            dependencies: [
                "KPCSCore",
                "KPCSSeal",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            resources: [.copy("Resources/participants.csv")]
        ),

        // MARK: Demo
        /// Demo data and a generated year of trade, written through the store's public API only.
        .target(
            name: "KPCSDemo",
            dependencies: ["KPCSCore", "KPCSSeal", "KPCSStore"],
            resources: [.copy("Resources/reference-production.csv")]
        ),

        // MARK: Server
        /// Hummingbird application: JSON API, auth, problem details. Thin handlers over Core and Store.
        .target(
            name: "KPCSServer",
            dependencies: [
                "KPCSCore",
                "KPCSSeal",
                "KPCSStore",
                "KPCSPDF",
                "KPCSQR",
                "KPCSSMTP",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/openapi.yaml"), .copy("Resources/Fonts")]
        ),

        // MARK: Command line
        /// The `kpcs` executable: serve, migrate, demo, admin.
        .executableTarget(
            name: "kpcs",
            dependencies: [
                "KPCSServer",
                "KPCSClient",
                "KPCSDemo",
                "KPCSStore",
                "KPCSSeal",
                "KPCSCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: Tests
        /// Shared test fixtures: a store on SQLite or PostgreSQL, with authorities, companies and officers.
        .target(
            name: "KPCSTestSupport",
            dependencies: ["KPCSStore", "KPCSCore", .product(name: "SQLKit", package: "sql-kit")],
            path: "Tests/KPCSTestSupport"),
        .testTarget(name: "KPCSCoreTests", dependencies: ["KPCSCore"], resources: [.copy("Resources")]),
        /// Finds and runs the outside tools (poppler, qpdf, zbar, Python) that check kpcs's output.
        .target(name: "KPCSToolSupport", path: "Tests/KPCSToolSupport"),
        .testTarget(name: "KPCSPDFTests", dependencies: ["KPCSPDF", "KPCSToolSupport"]),
        .testTarget(name: "KPCSQRTests", dependencies: ["KPCSQR", "KPCSToolSupport"]),
        .testTarget(name: "KPCSSMTPTests", dependencies: ["KPCSSMTP", "KPCSToolSupport"]),
        .testTarget(
            name: "KPCSSealTests",
            dependencies: ["KPCSSeal", "KPCSCore", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")]),
        .testTarget(
            name: "KPCSStoreTests",
            dependencies: [
                "KPCSStore", "KPCSDemo", "KPCSSeal", "KPCSCore", "KPCSTestSupport",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .testTarget(
            name: "KPCSServerTests",
            dependencies: [
                "KPCSServer",
                "KPCSClient",
                "KPCSStore",
                "KPCSSeal",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SQLKit", package: "sql-kit"),
                "KPCSCore",
                "KPCSTestSupport",
                "KPCSToolSupport",
                "KPCSSMTP",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)

/// CI sets KPCS_WARNINGS_AS_ERRORS=1: a warning in kpcs's own code fails the build (dependencies are not affected).
let warningsAreErrors = ProcessInfo.processInfo.environment["KPCS_WARNINGS_AS_ERRORS"] == "1"

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    if warningsAreErrors { settings.append(.unsafeFlags(["-warnings-as-errors"])) }
    target.swiftSettings = settings
}
