import Foundation
import KPCSToolSupport

/// zbar's command-line decoder, used as an independent reader of the codes.
enum ZBar {
    static let executable = ExternalTool.find("zbarimg")

    /// Run the zbar tests when zbarimg exists, or when tools are required (so the test fails).
    static let shouldRun = ExternalTool.available("zbarimg")

    /// Writes `image` (PBM) to a temporary file and returns what zbarimg decodes from it,
    /// exactly as bytes (`-Sbinary` keeps zbar from converting text, `--raw` drops the
    /// symbology prefix; zbar ≥ 0.23 then prints no trailing newline).
    static func decode(pbm image: [UInt8], using zbarimg: URL) throws -> [UInt8] {
        try ExternalTool.withWorkDirectory { directory in
            try Data(image).write(to: directory.appendingPathComponent("code.pbm"))
            let result = try ExternalTool.run(
                "zbarimg", ["--raw", "-q", "-Sbinary", "-Sdisable", "-Sqrcode.enable", "code.pbm"], in: directory)
            guard result.status == 0 else { throw DecodeFailure(status: result.status) }
            return result.outputBytes
        }
    }

    struct DecodeFailure: Error {
        let status: Int32
    }
}
