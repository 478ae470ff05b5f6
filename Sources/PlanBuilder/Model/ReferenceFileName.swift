/// The part of a document's file name that comes from the case reference.
///
/// Different references must never give the same file name, or one client's PDF would
/// replace another's (`VR/1` and `VR.1` once both became `VR-1`). Letters, digits, `-`
/// and `_` are kept as written, so the usual `VR-2026-0147` stays as it is; every other
/// character, `%` included, is written as `%` and its UTF-8 bytes in hex (`VR/1` ->
/// `VR%2F1`, `VR.1` -> `VR%2E1`), which can be read back and so cannot collide.
public enum ReferenceFileName {
    public static func stem(_ reference: String) -> String {
        var result = ""
        result.reserveCapacity(reference.utf8.count)
        for character in reference {
            if character == "-" || character == "_" || (character != "%" && (character.isLetter || character.isNumber)
                && character.unicodeScalars.allSatisfy({ !$0.properties.isDefaultIgnorableCodePoint })) {
                result.append(character)
            } else {
                for byte in String(character).utf8 {
                    result += "%" + String(byte, radix: 16, uppercase: true).paddedToTwo
                }
            }
        }
        return result
    }

    /// A key under which two stems name the same file on a disk that ignores the case of
    /// letters or the way accents are encoded (macOS, Windows): references that differ
    /// only so are refused together rather than overwriting each other there.
    public static func collisionKey(_ reference: String) -> String {
        stem(reference).lowercased()
    }
}

private extension String {
    var paddedToTwo: String { count >= 2 ? self : "0" + self }
}
