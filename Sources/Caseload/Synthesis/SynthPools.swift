/// The material the synthetic caseload is drawn from: names, services, conditions and
/// jobs typical of UK and Irish VR caseloads, so demos and benchmarks look like real work.
enum SynthPools {
    static let firstNames = ["Jane", "Siobhán", "Aled", "Gwenllian", "Mohammed", "Aisha", "Peter", "Karen", "Tomasz",
                             "Agnieszka", "Ravi", "Priya", "Ciarán", "Aoife", "David", "Fiona", "Kwame", "Grace",
                             "Liam", "Chloe", "Hamza", "Zainab", "Morag", "Euan", "Bronwen", "Dylan", "Mei", "Wei",
                             "Oluwaseun", "Ngozi", "Sean", "Niamh", "Ewan", "Isla", "Rhys", "Ffion", "Ali", "Sana"]
    static let surnames = ["Morrison", "Ní Bhriain", "Jones", "Williams", "Khan", "Rahman", "Doyle", "Walsh",
                           "Nowak", "Kowalska", "Sharma", "Patel", "Ó Súilleabháin", "Murphy", "Campbell", "Fraser",
                           "Mensah", "Okafor", "Evans", "Hughes", "Chen", "Wang", "Byrne", "Kelly", "MacLeod",
                           "Thomas", "Ahmed", "Hussain", "Roberts", "Taylor", "Brown", "Wilson", "Smith", "Davies"]
    static let services: [(name: String, phone: String, holidays: String)] = [
        ("Clydeside Vocational Rehabilitation Service", "0141 555 0100", "scotland"),
        ("Tyne Valley Work and Health Service", "0191 555 0140", "england-and-wales"),
        ("Gwasanaeth Adsefydlu Galwedigaethol Caerdydd", "029 2055 0160", "england-and-wales"),
        ("Belfast Return to Work Service", "028 9055 0170", "northern-ireland"),
        ("Cork Vocational Rehabilitation Partnership", "021 455 0180", "ireland"),
    ]

    struct Condition {
        var name: String
        var limitations: [(code: String, detail: String)]
        var barrier: (domain: String, description: String)
        var intervention: String
        var anxious: Bool
    }

    static let conditions: [Condition] = [
        Condition(name: "Persistent low back pain", limitations: [("sitting", "Needs to change position about every 30 minutes."), ("lifting", "Avoid lifting over 5 kg for now.")],
                  barrier: ("physical", "Sitting tolerance around 30 minutes before pain increases."), intervention: "physiotherapy", anxious: false),
        Condition(name: "Depression", limitations: [("low-mood", "Low mood most mornings."), ("concentration", "Loses focus after about an hour.")],
                  barrier: ("psychological", "Low mood and worry about being judged after a long absence."), intervention: "cbt", anxious: true),
        Condition(name: "Generalised anxiety disorder", limitations: [("anxiety", "Anxious in busy, noisy places."), ("sleep", "Poor sleep most nights.")],
                  barrier: ("psychological", "Panic when faced with a full inbox or a busy shift."), intervention: "cbt", anxious: true),
        Condition(name: "Breast cancer (treatment completed)", limitations: [("fatigue", "Energy drops sharply after about six hours."), ("heat-sensitivity", "Hot flushes; needs cool air.")],
                  barrier: ("health", "Cancer-related fatigue."), intervention: "occupational-therapy", anxious: true),
        Condition(name: "Long COVID", limitations: [("fatigue", "Post-exertional malaise after busy days."), ("memory", "Forgets instructions given verbally.")],
                  barrier: ("health", "Fatigue that varies from day to day."), intervention: "occupational-therapy", anxious: false),
        Condition(name: "Knee replacement", limitations: [("standing", "Can stand for about 20 minutes."), ("walking", "Walks about 10 minutes before resting.")],
                  barrier: ("physical", "Recovering mobility after surgery."), intervention: "physiotherapy", anxious: false),
        Condition(name: "Stroke", limitations: [("fine-motor", "Weaker grip in the right hand."), ("fatigue", "Tires by early afternoon.")],
                  barrier: ("cognitive", "Slower processing of new information."), intervention: "occupational-therapy", anxious: false),
        Condition(name: "Crohn's disease", limitations: [("bowel-urgency", "Needs quick access to a toilet."), ("fatigue", "Flare-ups bring tiredness.")],
                  barrier: ("health", "Unpredictable flare-ups."), intervention: "signpost", anxious: false),
        Condition(name: "Multiple sclerosis", limitations: [("fatigue", "Fatigue worse in the heat."), ("walking", "Uses a stick on longer walks.")],
                  barrier: ("health", "Relapsing symptoms."), intervention: "occupational-therapy", anxious: false),
        Condition(name: "Shoulder injury", limitations: [("lifting", "No lifting above shoulder height."), ("fine-motor", "Reduced reach on the left.")],
                  barrier: ("physical", "Reduced shoulder movement."), intervention: "physiotherapy", anxious: false),
        Condition(name: "Work-related stress", limitations: [("concentration", "Struggles with tight deadlines."), ("sleep", "Wakes early worrying about work.")],
                  barrier: ("workplace", "Conflict with a manager before the absence."), intervention: "counselling", anxious: true),
        Condition(name: "Migraine", limitations: [("vision", "Sensitive to bright screens during attacks."), ("dizziness", "Dizzy spells.")],
                  barrier: ("health", "Two or three attacks a month."), intervention: "signpost", anxious: false),
    ]

    enum ContractKind { case office(days: Int, dayHours: Double), shift(hours: Double, perWeek: Int) }

    struct Job {
        var title: String
        var group: Int
        var demands: [String]
        var contracts: [ContractKind]
    }

    static let jobs: [Job] = [
        Job(title: "Customer services adviser", group: 4, demands: ["prolonged-sitting", "screen-work", "customer-facing"],
            contracts: [.office(days: 5, dayHours: 7), .office(days: 3, dayHours: 7), .office(days: 4, dayHours: 7.5)]),
        Job(title: "Warehouse operative", group: 9, demands: ["lifting", "carrying", "prolonged-standing"],
            contracts: [.office(days: 5, dayHours: 8), .shift(hours: 10, perWeek: 4)]),
        Job(title: "Healthcare assistant", group: 6, demands: ["prolonged-standing", "lifting", "night-work"],
            contracts: [.shift(hours: 12, perWeek: 3), .shift(hours: 7.5, perWeek: 4)]),
        Job(title: "Staff nurse", group: 2, demands: ["prolonged-standing", "concentration", "night-work"],
            contracts: [.shift(hours: 12.5, perWeek: 3), .shift(hours: 12, perWeek: 2)]),
        Job(title: "Bus driver", group: 8, demands: ["driving", "prolonged-sitting", "customer-facing"],
            contracts: [.shift(hours: 9, perWeek: 4), .office(days: 5, dayHours: 8)]),
        Job(title: "Primary school teacher", group: 2, demands: ["prolonged-standing", "deadlines", "concentration"],
            contracts: [.office(days: 5, dayHours: 7.5), .office(days: 3, dayHours: 7.5)]),
        Job(title: "Software developer", group: 2, demands: ["screen-work", "concentration", "deadlines"],
            contracts: [.office(days: 5, dayHours: 7.5), .office(days: 4, dayHours: 7.5)]),
        Job(title: "Retail assistant", group: 7, demands: ["prolonged-standing", "customer-facing", "lifting"],
            contracts: [.office(days: 4, dayHours: 6), .office(days: 5, dayHours: 4), .shift(hours: 8, perWeek: 3)]),
        Job(title: "Care worker (home care)", group: 6, demands: ["driving", "lifting", "walking"],
            contracts: [.office(days: 5, dayHours: 6), .shift(hours: 10, perWeek: 3)]),
        Job(title: "Finance officer", group: 4, demands: ["screen-work", "deadlines", "prolonged-sitting"],
            contracts: [.office(days: 5, dayHours: 7.4), .office(days: 3, dayHours: 7.4)]),
        Job(title: "Chef", group: 5, demands: ["prolonged-standing", "lifting", "deadlines"],
            contracts: [.shift(hours: 10, perWeek: 4), .office(days: 5, dayHours: 8)]),
        Job(title: "Delivery driver", group: 8, demands: ["driving", "carrying", "travel"],
            contracts: [.office(days: 5, dayHours: 8), .shift(hours: 10, perWeek: 4)]),
    ]

    static let adjustmentsFor: [String: [String]] = [
        "sitting": ["sit-stand-desk", "movement-breaks"], "lifting": ["lifting-aids", "buddy"],
        "low-mood": ["regular-check-ins", "later-start"], "concentration": ["written-instructions", "quiet-space"],
        "anxiety": ["quiet-space", "regular-check-ins"], "sleep": ["later-start"], "fatigue": ["rest-breaks", "reduced-hours"],
        "heat-sensitivity": ["cooling", "uniform-change"], "memory": ["written-instructions", "assistive-software"],
        "standing": ["rest-breaks", "fixed-desk"], "walking": ["parking-space", "travel-support"],
        "fine-motor": ["assistive-software"], "bowel-urgency": ["toilet-access"], "vision": ["assistive-software"],
        "dizziness": ["rest-breaks"],
    ]
    /// Of those, the ones that change the workplace or its equipment (the catalogue's
    /// `equipment` and `environment` categories): the fit note's "workplace adaptations".
    static let workplaceAdaptations: Set<String> = ["sit-stand-desk", "lifting-aids", "quiet-space", "cooling",
                                                    "assistive-software", "fixed-desk", "toilet-access"]
}
