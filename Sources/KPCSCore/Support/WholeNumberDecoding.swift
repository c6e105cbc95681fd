/// Decoding of whole-number fields that says *which* field is wrong when a client sends `12.5` or `"12"`.
///
/// Foundation's JSON decoder reports a fractional number for an integer field as "not valid JSON" without a
/// coding path; reading the number once more as a `Double` turns that into a type mismatch at the field.
extension KeyedDecodingContainer {
    func decodeWholeNumber(forKey key: Key) throws -> Int64? {
        do {
            return try decodeIfPresent(Int64.self, forKey: key)
        } catch {
            if (try? decodeIfPresent(Double.self, forKey: key)) != nil {
                throw DecodingError.typeMismatch(
                    Int64.self,
                    DecodingError.Context(codingPath: codingPath + [key], debugDescription: "expected a whole number"))
            }
            throw error
        }
    }
}
