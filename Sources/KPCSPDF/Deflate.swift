/// A zlib (RFC 1950) compressor for `/FlateDecode` streams: LZ77 matching over a 32 KiB window with hash
/// chains, then one deflate block (RFC 1951) with Huffman codes built for the data, deflate's fixed codes, or
/// the data stored as is, whichever is shortest.
enum Deflate {
    private static let windowSize = 1 << 15
    private static let minimumMatch = 3
    private static let maximumMatch = 258
    /// How many earlier positions with the same hash are tried for each match.
    private static let chainLimit = 48

    private static let lengthBases: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtraBits: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBases: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtraBits: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order in which the lengths of the code-length code are written.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// A literal byte (`distance` 0) or a match of `length` bytes `distance` bytes back.
    private struct Token {
        let length: Int
        let distance: Int
    }

    /// Huffman codes for the literal/length and distance alphabets.
    private struct Codes {
        let literalLengths: [Int]
        let distanceLengths: [Int]
        let literalCodes: [Int]
        let distanceCodes: [Int]

        init(literalLengths: [Int], distanceLengths: [Int]) {
            self.literalLengths = literalLengths
            self.distanceLengths = distanceLengths
            literalCodes = Deflate.canonicalCodes(literalLengths)
            distanceCodes = Deflate.canonicalCodes(distanceLengths)
        }

        /// Deflate's fixed codes (block type 1).
        static let fixed = Codes(
            literalLengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 },
            distanceLengths: Array(repeating: 5, count: 30))
    }

    /// `data` as a zlib stream: header, one final deflate block, Adler-32 checksum.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        let tokens = matches(data)
        var literalFrequencies = [Int](repeating: 0, count: 286)
        var distanceFrequencies = [Int](repeating: 0, count: 30)
        for token in tokens {
            if token.distance == 0 {
                literalFrequencies[token.length] += 1
            } else {
                literalFrequencies[257 + lengthCode(token.length)] += 1
                distanceFrequencies[distanceCode(token.distance)] += 1
            }
        }
        literalFrequencies[256] = 1
        let codes = Codes(
            literalLengths: codeLengths(literalFrequencies, limit: 15),
            distanceLengths: codeLengths(distanceFrequencies, limit: 15))

        var fixedBlock = BitWriter()
        fixedBlock.write(1, bits: 1)  // BFINAL
        fixedBlock.write(1, bits: 2)  // BTYPE 01: fixed codes
        write(tokens, with: .fixed, to: &fixedBlock)
        var dynamicBlock = BitWriter()
        dynamicBlock.write(1, bits: 1)
        dynamicBlock.write(2, bits: 2)  // BTYPE 10: codes in the block
        writeHeader(codes, to: &dynamicBlock)
        write(tokens, with: codes, to: &dynamicBlock)
        let (fixed, dynamic) = (fixedBlock.finished, dynamicBlock.finished)
        var block = dynamic.count < fixed.count ? dynamic : fixed
        if block.count > data.count + 5 * (data.count / 65535 + 1) {
            block = stored(data)
        }
        var result: [UInt8] = [0x78, 0x9C]
        result += block
        result.appendUInt32(adler32(data))
        return result
    }

    /// Greedy LZ77: at each position the longest match among the last `chainLimit` with the same 3-byte hash.
    private static func matches(_ data: [UInt8]) -> [Token] {
        let mask = windowSize - 1
        var head = [Int](repeating: -1, count: windowSize)
        var previous = [Int](repeating: -1, count: windowSize)
        func hash(_ position: Int) -> Int {
            (Int(data[position]) << 10 ^ Int(data[position + 1]) << 5 ^ Int(data[position + 2])) & mask
        }
        func insert(_ position: Int) {
            guard position + minimumMatch <= data.count else { return }
            let key = hash(position)
            previous[position & mask] = head[key]
            head[key] = position
        }
        var tokens: [Token] = []
        var position = 0
        while position < data.count {
            var best = (length: 0, distance: 0)
            if position + minimumMatch <= data.count {
                let limit = min(maximumMatch, data.count - position)
                var candidate = head[hash(position)]
                var tries = 0
                while candidate >= 0, candidate < position, position - candidate <= windowSize, tries < chainLimit {
                    if data[candidate + best.length] == data[position + best.length] {
                        var length = 0
                        while length < limit, data[candidate + length] == data[position + length] { length += 1 }
                        if length > best.length {
                            best = (length, position - candidate)
                            if length == limit { break }
                        }
                    }
                    candidate = previous[candidate & mask]
                    tries += 1
                }
            }
            if best.length >= minimumMatch {
                tokens.append(Token(length: best.length, distance: best.distance))
                for skipped in position..<(position + best.length) { insert(skipped) }
                position += best.length
            } else {
                tokens.append(Token(length: Int(data[position]), distance: 0))
                insert(position)
                position += 1
            }
        }
        return tokens
    }

    private static func lengthCode(_ length: Int) -> Int {
        lengthBases.lastIndex { $0 <= length } ?? 0
    }

    private static func distanceCode(_ distance: Int) -> Int {
        distanceBases.lastIndex { $0 <= distance } ?? 0
    }

    /// The tokens and the end-of-block symbol in `codes`.
    private static func write(_ tokens: [Token], with codes: Codes, to output: inout BitWriter) {
        for token in tokens {
            if token.distance == 0 {
                output.writeCode(codes.literalCodes[token.length], length: codes.literalLengths[token.length])
                continue
            }
            let length = lengthCode(token.length)
            output.writeCode(codes.literalCodes[257 + length], length: codes.literalLengths[257 + length])
            output.write(token.length - lengthBases[length], bits: lengthExtraBits[length])
            let distance = distanceCode(token.distance)
            output.writeCode(codes.distanceCodes[distance], length: codes.distanceLengths[distance])
            output.write(token.distance - distanceBases[distance], bits: distanceExtraBits[distance])
        }
        output.writeCode(codes.literalCodes[256], length: codes.literalLengths[256])
    }

    /// The code lengths of a dynamic block, run-length encoded in the code-length code (RFC 1951, 3.2.7).
    private static func writeHeader(_ codes: Codes, to output: inout BitWriter) {
        let literalCount = max(257, (codes.literalLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let distanceCount = max(1, (codes.distanceLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        let lengths = Array(codes.literalLengths.prefix(literalCount) + codes.distanceLengths.prefix(distanceCount))
        // (symbol, extra bits value, extra bit count)
        var runs: [(symbol: Int, extra: Int, bits: Int)] = []
        var index = 0
        while index < lengths.count {
            let value = lengths[index]
            var run = 1
            while index + run < lengths.count, lengths[index + run] == value { run += 1 }
            index += run
            if value == 0 {
                while run >= 11 {
                    let count = min(run, 138)
                    runs.append((18, count - 11, 7))
                    run -= count
                }
                if run >= 3 {
                    runs.append((17, run - 3, 3))
                    run = 0
                }
            } else {
                runs.append((value, 0, 0))
                run -= 1
                while run >= 3 {
                    let count = min(run, 6)
                    runs.append((16, count - 3, 2))
                    run -= count
                }
            }
            runs += Array(repeating: (value, 0, 0), count: run)
        }
        var frequencies = [Int](repeating: 0, count: 19)
        for run in runs { frequencies[run.symbol] += 1 }
        let lengthLengths = codeLengths(frequencies, limit: 7)
        let lengthCodes = canonicalCodes(lengthLengths)
        let lengthCount = max(4, (codeLengthOrder.lastIndex { lengthLengths[$0] > 0 } ?? 0) + 1)
        output.write(literalCount - 257, bits: 5)
        output.write(distanceCount - 1, bits: 5)
        output.write(lengthCount - 4, bits: 4)
        for symbol in codeLengthOrder.prefix(lengthCount) {
            output.write(lengthLengths[symbol], bits: 3)
        }
        for run in runs {
            output.writeCode(lengthCodes[run.symbol], length: lengthLengths[run.symbol])
            output.write(run.extra, bits: run.bits)
        }
    }

    /// `data` in stored blocks of at most 65535 bytes, the last one final.
    private static func stored(_ data: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var start = 0
        repeat {
            let end = min(start + 65535, data.count)
            result.append(end == data.count ? 1 : 0)  // BFINAL, BTYPE 00, padding to the byte
            let length = UInt16(end - start)
            result += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
            result += data[start..<end]
            start = end
        } while start < data.count
        return result
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var low: UInt32 = 1
        var high: UInt32 = 0
        var start = 0
        while start < data.count {
            // 5552 bytes is the most that cannot overflow 32 bits before the modulo.
            let end = min(start + 5552, data.count)
            for byte in data[start..<end] {
                low += UInt32(byte)
                high += low
            }
            low %= 65521
            high %= 65521
            start = end
        }
        return high << 16 | low
    }

    /// Packs bits least significant first, as deflate requires.
    private struct BitWriter {
        private var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var count = 0

        /// The bytes written, the last one padded with zero bits.
        var finished: [UInt8] {
            count > 0 ? bytes + [UInt8(buffer & 0xFF)] : bytes
        }

        /// Writes the low `bits` bits of `value`, least significant first (extra bits, header fields).
        mutating func write(_ value: Int, bits: Int) {
            guard bits > 0 else { return }
            buffer |= UInt64(value & ((1 << bits) - 1)) << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(buffer & 0xFF))
                buffer >>= 8
                count -= 8
            }
        }

        /// Writes a Huffman code of `length` bits, most significant bit first.
        mutating func writeCode(_ code: Int, length: Int) {
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 {
                reversed |= 1 << (length - 1 - bit)
            }
            write(reversed, bits: length)
        }
    }
}
