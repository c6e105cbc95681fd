/// Lays out the bytes of a PDF file: header, numbered objects, then the
/// cross-reference table and trailer with the exact offset of each object.
struct PDFFileWriter {
    private(set) var bytes: [UInt8] = []
    /// Byte offset of each object, indexed by object number - 1.
    private var offsets: [Int]

    /// Starts a file that will hold objects numbered 1...`objectCount`.
    init(objectCount: Int) {
        offsets = Array(repeating: 0, count: objectCount)
        append("%PDF-1.7\n")
        // A comment of bytes above 127 marks the file as binary for transfer tools.
        bytes += [UInt8(ascii: "%"), 0xE2, 0xE3, 0xCF, 0xD3, UInt8(ascii: "\n")]
    }

    /// Writes object `number` with the dictionary or other value `body`.
    mutating func writeObject(_ number: Int, _ body: [UInt8]) {
        offsets[number - 1] = bytes.count
        append("\(number) 0 obj\n")
        bytes += body
        append("\nendobj\n")
    }

    /// Writes object `number` as a stream holding `data`, with `entries` (such as "/Filter /FlateDecode")
    /// added to its dictionary after `/Length`.
    mutating func writeStream(_ number: Int, _ data: [UInt8], entries: String = "") {
        let dictionary = entries.isEmpty ? "<< /Length \(data.count) >>" : "<< /Length \(data.count) \(entries) >>"
        let body = Array("\(dictionary)\nstream\n".utf8) + data + Array("\nendstream".utf8)
        writeObject(number, body)
    }

    /// Appends the cross-reference table, trailer and end-of-file marker.
    mutating func finish(root: Int, info: Int) {
        let tableOffset = bytes.count
        append("xref\n0 \(offsets.count + 1)\n")
        append("0000000000 65535 f \n")
        for offset in offsets {
            let digits = String(offset)
            append(String(repeating: "0", count: max(0, 10 - digits.count)) + digits + " 00000 n \n")
        }
        append("trailer\n<< /Size \(offsets.count + 1) /Root \(root) 0 R /Info \(info) 0 R >>\n")
        append("startxref\n\(tableOffset)\n%%EOF\n")
    }

    private mutating func append(_ text: String) {
        bytes += Array(text.utf8)
    }
}
