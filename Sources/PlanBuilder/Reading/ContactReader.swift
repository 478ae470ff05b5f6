/// Reads the small groups of fields that name people and organisations: contacts such as
/// `case.case_manager` or `employment.line_manager`, the employer and the VR service.
enum ContactReader {
    static let contactKeys = ["name", "role", "phone", "email"]
    /// The case manager may also give a profession and a registration number.
    static let practitionerKeys = contactKeys + ["profession", "registration"]
    static let organisationKeys = ["name", "address"]
    static let serviceKeys = ["name", "address", "phone", "email", "logo"]

    static func contact(_ fields: MappingReader) -> Contact {
        Contact(name: fields.text("name"), role: fields.text("role"),
                phone: fields.text("phone"), email: fields.email("email"),
                profession: fields.text("profession"), registration: fields.text("registration"))
    }

    static func organisation(_ fields: MappingReader) -> Organisation {
        Organisation(name: fields.text("name"), address: fields.text("address"))
    }

    /// The VR service; `logo` is resolved against the case file's folder so that the
    /// documents find it wherever vr-docs is run from.
    static func service(_ fields: MappingReader, baseDirectory: String?, templatesDirectory: String? = nil) -> Service {
        var logo: String?
        if let written = fields.text("logo") {
            logo = LogoPath.resolve(written, against: baseDirectory, templatesDirectory: templatesDirectory, fields: fields)
        }
        return Service(name: fields.text("name"), address: fields.text("address"),
                       phone: fields.text("phone"), email: fields.email("email"), logo: logo)
    }
}
