/// The nation a postal address is in, read from its postcode: a UK postcode's area
/// (`G40 4LA` is Glasgow, `BT1 5GS` Belfast) or an Irish Eircode (`D02 X285`). Only areas
/// wholly inside one nation are named; border areas that straddle two (Chester, Shrewsbury,
/// Hereford, the Scottish Borders' TD) and an address with no postcode give nil, so the
/// check built on this never guesses.
public enum PostcodeNation: String, Sendable {
    case england, wales, scotland, northernIreland = "northern-ireland", ireland

    /// The nation the address's last postcode is in, if it has one this can place.
    public static func of(address: String) -> (nation: PostcodeNation, postcode: String)? {
        let words = address.uppercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for index in stride(from: words.count - 2, through: 0, by: -1) {
            let outward = words[index], inward = words[index + 1]
            if let area = ukArea(outward: outward, inward: inward) {
                guard let nation = nation(ofArea: area) else { return nil }
                return (nation, outward + " " + inward)
            }
            if isEircode(routing: outward, unique: inward) { return (.ireland, outward + " " + inward) }
        }
        return nil
    }

    /// The letters of a UK outward code (`G40` → `G`) when `outward inward` is a postcode.
    private static func ukArea(outward: String, inward: String) -> String? {
        let inwardChars = Array(inward)
        guard inwardChars.count == 3, inwardChars[0].isNumber, inwardChars[1].isLetter, inwardChars[2].isLetter,
              (2...4).contains(outward.count) else { return nil }
        let area = String(outward.prefix { $0.isLetter })
        let district = outward.dropFirst(area.count)
        guard (1...2).contains(area.count), let first = district.first, first.isNumber,
              district.allSatisfy({ $0.isNumber || $0.isLetter }) else { return nil }
        return area
    }

    /// An Eircode: a routing key of a letter and two digits (or D6W), then four characters
    /// from the Eircode alphabet, at least one a digit (so "A65 Road" is not one).
    private static func isEircode(routing: String, unique: String) -> Bool {
        let key = Array(routing)
        let routingOK = routing == "D6W" || (key.count == 3 && eircodeLetters.contains(key[0]) && key[1].isNumber && key[2].isNumber)
        return routingOK && unique.count == 4 && unique.allSatisfy { $0.isNumber || eircodeLetters.contains($0) }
            && unique.contains { $0.isNumber }
    }

    private static let eircodeLetters = Set("ACDEFHKNPRTVWXY")

    private static let scottishAreas: Set<String> = ["AB", "DD", "DG", "EH", "FK", "G", "HS", "IV", "KA", "KW", "KY",
                                                     "ML", "PA", "PH", "ZE"]
    private static let welshAreas: Set<String> = ["CF", "LD", "LL", "NP", "SA"]
    /// Areas on a border, or outside the four nations (Channel Islands, Isle of Man).
    private static let unplaced: Set<String> = ["TD", "CH", "SY", "HR", "GL", "CA", "NE", "GY", "JE", "IM"]

    private static func nation(ofArea area: String) -> PostcodeNation? {
        if area == "BT" { return .northernIreland }
        if scottishAreas.contains(area) { return .scotland }
        if welshAreas.contains(area) { return .wales }
        if unplaced.contains(area) { return nil }
        return .england
    }

    /// The public holidays of this nation, as `plan.holidays` names them.
    public var holidays: HolidayRegion {
        switch self {
        case .england, .wales: return .englandAndWales
        case .scotland: return .scotland
        case .northernIreland: return .northernIreland
        case .ireland: return .ireland
        }
    }

    /// The nation in words for a message.
    public var name: String {
        switch self {
        case .england: return "England"
        case .wales: return "Wales"
        case .scotland: return "Scotland"
        case .northernIreland: return "Northern Ireland"
        case .ireland: return "Ireland"
        }
    }
}
