import Foundation

/// Finds and runs the command-line tools that no one here wrote (poppler-utils, qpdf, zbar, Python with
/// joserfc) for the tests that check kpcs's output with a real reader.
///
/// A test using a tool is enabled when the tool is on PATH, or when
/// KPCS_REQUIRE_TOOLS=1 is set: then a missing tool fails the test instead
/// of skipping it.
public enum ExternalTool {
    public struct Missing: Error, CustomStringConvertible {
        public let name: String
        public var description: String { "\(name) is not on PATH (KPCS_REQUIRE_TOOLS=1)" }
    }

    public struct Output: Sendable {
        public let status: Int32
        /// Standard output as bytes, exactly as the tool wrote them.
        public let outputBytes: [UInt8]
        public let standardError: String
        /// Standard output as UTF-8 text.
        public var standardOutput: String { String(decoding: outputBytes, as: UTF8.self) }
    }

    public static var toolsRequired: Bool {
        ProcessInfo.processInfo.environment["KPCS_REQUIRE_TOOLS"] == "1"
    }

    /// Whether a test needing the tool `name` should run.
    public static func available(_ name: String) -> Bool {
        toolsRequired || find(name) != nil
    }

    /// The executable called `name` in a directory of PATH.
    public static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `name` with `arguments` in `directory` and waits for it to exit.
    public static func run(_ name: String, _ arguments: [String], in directory: URL) throws -> Output {
        guard let executable = find(name) else { throw Missing(name: name) }
        let outputFile = directory.appendingPathComponent("\(name).stdout")
        let errorFile = directory.appendingPathComponent("\(name).stderr")
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        let output = try FileHandle(forWritingTo: outputFile)
        let error = try FileHandle(forWritingTo: errorFile)
        defer {
            try? output.close()
            try? error.close()
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            outputBytes: Array(try Data(contentsOf: outputFile)),
            standardError: try String(contentsOf: errorFile, encoding: .utf8)
        )
    }

    /// Runs `body` with a new empty directory, removed afterwards.
    public static func withWorkDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kpcs-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }
}
