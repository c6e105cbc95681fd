import Foundation
import KPCSQR
import Testing

/// Writes matrices and capacities for tools/compare_with_python_encoders.py, which checks them
/// against the independent Python encoders segno and python-qrcode. Runs only when KPCSQR_EXPORT_DIR names a directory
/// holding
/// `cases.txt` (one case per line: level letter L/M/Q/H, a space, the payload in hex).
@Suite(
    "Export for comparison with Python encoders",
    .enabled(
        if: ProcessInfo.processInfo.environment["KPCSQR_EXPORT_DIR"] != nil,
        "KPCSQR_EXPORT_DIR not set"))
struct ExportForComparisonTests {
    @Test("Export matrices and capacities")
    func export() throws {
        let directory = URL(fileURLWithPath: try #require(ProcessInfo.processInfo.environment["KPCSQR_EXPORT_DIR"]))
        let cases = try String(contentsOf: directory.appendingPathComponent("cases.txt"), encoding: .utf8)
        let levels: [String: QRErrorCorrection] = ["L": .low, "M": .medium, "Q": .quartile, "H": .high]
        var output = ""
        for line in cases.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false)
            let level = try #require(levels[String(fields[0])])
            let hex: [UInt8] = fields.count > 1 ? Array(fields[1].utf8) : []
            let bytes = try stride(from: 0, to: hex.count, by: 2).map { index in
                try #require(UInt8(String(decoding: hex[index..<(index + 2)], as: UTF8.self), radix: 16))
            }
            let code = try QRCode(bytes: bytes, errorCorrection: level)
            output += "\(fields[0]) \(code.version) \(code.mask)\n"
            for y in 0..<code.size {
                output += String((0..<code.size).map { code.isDark(x: $0, y: y) ? "1" : "0" }) + "\n"
            }
        }
        try output.write(to: directory.appendingPathComponent("matrices.txt"), atomically: true, encoding: .utf8)

        var capacities = ""
        for version in 1...40 {
            let row = QRErrorCorrection.allCases.map {
                String(QRCode.byteCapacity(version: version, errorCorrection: $0))
            }
            capacities += "\(version) " + row.joined(separator: " ") + "\n"
        }
        try capacities.write(to: directory.appendingPathComponent("capacities.txt"), atomically: true, encoding: .utf8)
    }
}
