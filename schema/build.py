#!/usr/bin/env python3
"""Writes schema/case-file.schema.json: edit the schema here, run `python3 schema/build.py`.

Each field is described once with the kind of value the vr-docs reader takes for it:
text (any single value), a number (or a number in quotes), a date, a time, true/false, a
choice word, a list or a group of fields. An empty value (`key:` or null) counts as absent,
as it does for the reader, so optional fields allow null and required ones do not.
SchemaAgreementTests compares the result with the reader on about a thousand files.
"""
import collections
import json
import os

O = collections.OrderedDict
NULL = {"type": "null"}
def text(d): return {"description": d, "type": ["string", "number", "boolean", "null"]}
def num(d): return {"description": d, "anyOf": [{"type": "number"}, {"type": "string", "pattern": "^\\s*[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?\\s*$"}, NULL]}
def date(d): return {"description": d, "anyOf": [{"type": "string", "pattern": "^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$"}, NULL]}
def pdate(d): return {"description": d, "anyOf": [{"type": ["string", "integer"], "pattern": "^\\s*[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\\s*$"}, NULL]}
def time(d): return {"description": d, "anyOf": [{"type": "string", "pattern": "^\\s*[0-9]{1,2}:[0-9]{2}\\s*$"}, NULL]}
def boolean(d): return {"description": d, "type": ["boolean", "null"]}
def choice(d, words): return {"description": d, "anyOf": [{"enum": words}, NULL]}
def listof(d, item):
    return {"description": d, "type": ["array", "null"], "items": item, "maxItems": 10000}
def obj(d, props, required=(), extra=None):
    s = O(description=d, type=["object", "null"], properties=O(props), additionalProperties=False)
    if required:
        s["required"] = list(required)
        # A required field must have a value: null counts as missing.
        s["allOf"] = [{"properties": {k: {"not": NULL} for k in required}}]
    if extra: s.setdefault("allOf", []).extend(extra)
    return s
def item(d, props, required=(), extra=None):
    s = obj(d, props, required, extra)
    s["type"] = "object"
    return s

weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
statuses = ["at-work", "off-sick", "unemployed", "self-employed", "student", "retired", "volunteering", "not-known"]
contact = lambda d, keys: obj(d, [(k, text({"name": "Name", "role": "Role or job title", "phone": "Telephone number",
    "profession": "Profession, e.g. Occupational therapist", "registration": "Professional registration, e.g. HCPC OT12345",
    "address": "Postal address", "logo": "Path of a PNG logo, relative to the case file"}[k]) if k != "email" else
    {"description": "E-mail address", "anyOf": [{"type": "string", "pattern": "^\\s*[^@\\s]+@[^@\\s]*\\.[^@\\s]*\\s*$"}, NULL]}) for k in keys])

case = obj("The case: its reference, the service and case manager, the tier and the referral.", [
    ("reference", {"description": "The service's case reference, e.g. VR-2026-0147; printed on every page and used in file names.",
                   "type": ["string", "number", "boolean"]}),
    ("service", contact("The VR service issuing the documents.", ["name", "address", "phone", "email", "logo"])),
    ("case_manager", contact("The case manager (profession and registration are printed with the signature).",
                             ["name", "role", "phone", "email", "profession", "registration"])),
    ("tier", {"description": "1, 2 or 3, or auto (the default) to let vr-docs choose and say why.",
              "anyOf": [{"enum": [1, 2, 3, "1", "2", "3", "auto"]}, NULL]}),
    ("referral", obj("How the referral arrived.", [
        ("date", date("Date of the referral (YYYY-MM-DD).")),
        ("source", choice("Who referred the client.", ["self", "gp", "nhs-acute", "nhs-community", "employer", "occupational-health",
                                                      "insurer", "jobcentre", "voluntary-sector", "other"])),
        ("reason", choice("Why.", ["off-sick-return", "stay-in-work", "employability", "change-job", "leave-work", "third-party"]))])),
    ("first_contact", date("Date of first contact after the referral.")),
    ("assessed", date("Date of the initial assessment.")),
    ("contacts", num("Number of contacts so far (a whole number).")),
    ("issued", date("Date the documents are issued; without it they say Draft: not yet issued.")),
    ("version", text("The plan's version as the service numbers it.")),
], required=["reference"])

client = obj("The client.", [
    ("name", {"description": "The client's full name (required).", "type": ["string", "number", "boolean"]}),
    ("preferred_name", text("What the client likes to be called.")),
    ("pronouns", text("e.g. she/her, he/him, they/them.")),
    ("date_of_birth", date("Date of birth (YYYY-MM-DD).")),
    ("phone", text("Telephone number.")),
    ("email", contact("", ["email"])["properties"]["email"]),
    ("address", text("Postal address.")),
    ("language", text("Language of the documents: en-GB (default), cy (Welsh) or cy-en (Welsh then English).")),
    ("large_print", boolean("true: the client's copy and the signed plan are set in large print.")),
    ("communication_needs", text("Free text.")),
    ("deprivation_decile", num("Index of multiple deprivation decile, 1-10; for caseload analysis only, never printed.")),
    ("nation", choice("Whose help services the documents name when plan.holidays is none.",
                      ["england", "wales", "scotland", "northern-ireland", "ireland"])),
], required=["name"])

employment = obj("The client's work.", [
    ("status", choice("Employment status at referral.", statuses)),
    ("absence_start", date("First day of the current sickness absence.")),
    ("employer", contact("The employer.", ["name", "address"])),
    ("line_manager", contact("The line manager.", ["name", "role", "phone", "email"])),
    ("hr", contact("HR contact.", ["name", "role", "phone", "email"])),
    ("occupational_health", contact("Occupational health contact.", ["name", "role", "phone", "email"])),
    ("job_title", text("e.g. Warehouse operative.")),
    ("occupation_group", num("SOC 2020 major group 1-9.")),
    ("contract", obj("The contract; hours_per_week is required for a plan.", [
        ("hours_per_week", num("Contracted hours a week, e.g. 37.5 (1 to 168).")),
        ("days", listof("Weekdays worked, e.g. [mon, tue, wed, thu, fri].", {"enum": weekdays})),
        ("day_hours", num("Usual length of a working day in hours.")),
        ("shift_hours", num("Length of a shift in hours, e.g. 12 (with shifts_per_week).")),
        ("shifts_per_week", num("Shifts a week, 1-7 (with shift_hours).")),
        ("shift_days", listof("Weekdays shifts fall on.", {"enum": weekdays})),
    ], extra=[{"dependencies": {"shift_hours": {"required": ["shifts_per_week"], "properties": {"shifts_per_week": {"not": NULL}}},
                                "shifts_per_week": {"required": ["shift_hours"], "properties": {"shift_hours": {"not": NULL}}}}}])),
    ("job_demands", listof("What the job asks of the client.", item("A job demand.", [
        ("demand", text("A demand code from the catalogue (lifting, screen-work, ...) or free text.")),
        ("detail", text("Free text."))], required=["demand"]))),
])

health = obj("Confidential: conditions, treatment, appointments. Never reaches the employer without consent.", [
    ("conditions", listof("Conditions.", item("A condition.", [("name", text("Name of the condition.")),
                                                                ("since", pdate("Since when: YYYY, YYYY-MM or YYYY-MM-DD."))], required=["name"]))),
    ("treatment", listof("Treatment.", item("A treatment.", [("name", text("Name.")), ("from", date("First day.")),
                                                             ("until", date("Last day.")), ("note", text("Free text."))], required=["name"]))),
    ("appointments", listof("Days the client is not available to work.", item("An appointment.", [
        ("date", date("The day.")), ("time", time("HH:MM.")), ("what", text("What it is (never shown to the employer)."))], required=["date"]))),
    ("medication_effects", text("Free text.")),
])

consent = obj("What the client agreed may be shared with the employer.", [
    ("recorded", date("Date the client gave consent.")),
    ("share_with_employer", listof("Parts the employer may see.", {"enum": ["schedule", "duties", "adjustments", "functional_effects", "goals", "reviews"]})),
    ("disclose_diagnosis", boolean("true only if the client agreed that employer documents may name the condition.")),
])

def measure():
    instruments = O([("HADS", ["anxiety", "depression"]),
                     ("EQ-5D-5L", ["mobility", "self_care", "usual_activities", "pain_discomfort", "anxiety_depression", "vas"]),
                     ("WAI", ["score"]), ("COPM", ["performance", "satisfaction"]), ("confidence", ["score"])])
    allscores = sorted({s for v in instruments.values() for s in v})
    props = [("instrument", {"description": "HADS, EQ-5D-5L, WAI, COPM or confidence.", "enum": list(instruments)}),
             ("date", date("Date taken."))] + [(s, num("A score within the instrument's range.")) for s in allscores]
    s = item("An outcome measure.", props, required=["instrument"])
    s["additionalProperties"] = True
    s["properties"] = O(s["properties"])
    s["allOf"].append({"propertyNames": {"enum": ["instrument", "date"] + allscores}})
    for name, scores in instruments.items():
        s["allOf"].append({"if": {"properties": {"instrument": {"const": name}}, "required": ["instrument"]},
                           "then": {"propertyNames": {"enum": ["instrument", "date"] + scores}}})
    return s
measures = listof("Outcome measures.", measure())

assessment = obj("What the initial assessment found.", [
    ("date", date("Date of the assessment.")),
    ("barriers", listof("Barriers to work.", item("A barrier.", [
        ("domain", choice("health, physical, psychological, cognitive, social, financial, workplace or career.",
                          ["health", "physical", "psychological", "cognitive", "social", "financial", "workplace", "career"])),
        ("description", text("Free text.")), ("severity", choice("low, moderate or high.", ["low", "moderate", "high"])),
        ("private", boolean("true: never shown to the employer."))], required=["domain"]))),
    ("strengths", listof("Strengths to build on (free text).", text("A strength."))),
    ("limitations", listof("What the condition makes harder at work.", item("A limitation.", [
        ("code", text("A limitation code from the catalogue, e.g. fatigue.")), ("detail", text("Free text.")),
        ("severity", choice("low, moderate or high.", ["low", "moderate", "high"]))], required=["code"]))),
    ("capacity", obj("What the client can manage now.", [
        ("hours_per_day", num("Hours a day.")), ("days_per_week", num("Days a week.")), ("lifting_kg", num("Kilograms.")),
        ("sitting_minutes", num("Minutes at a time.")), ("standing_minutes", num("Minutes at a time.")),
        ("walking_minutes", num("Minutes at a time.")), ("can_drive", boolean("Whether the client may drive for work."))])),
    ("fitness", obj("The health-and-work recommendation, in the terms of a fit note.", [
        ("status", choice("fit, may-be-fit or not-fit.", ["fit", "may-be-fit", "not-fit"])),
        ("with", listof("With may-be-fit: what would help.", {"enum": ["phased-return", "altered-hours", "amended-duties", "workplace-adaptations"]})),
        ("comments", text("Free text."))], required=["status"])),
    ("measures", measures),
])

goals = listof("The client's goals.", item("A goal.", [("horizon", choice("short or long.", ["short", "long"])),
                                                        ("text", text("The goal.")), ("by", date("By when."))], required=["text"]))

window = obj("Times on that weekday.", [("start", time("Start, HH:MM.")), ("until", time("Latest finish, HH:MM."))])
plan = obj("The phased return; vr-docs turns it into a week-by-week schedule.", [
    ("start", date("First day of the return (required).")),
    ("weeks", num("Length of the phased return in weeks.")),
    ("start_percent", num("Where the return begins, percent of the contract (default 50).")),
    ("start_hours_per_day", num("Or: hours a day in the first week.")),
    ("target_percent", num("Where it ends (default 100).")),
    ("strategy", choice("hours, days, shifts or balanced (default).", ["hours", "days", "shifts", "balanced"])),
    ("max_step_percent", num("Largest rise from one week to the next, percentage points (default 25).")),
    ("min_day_hours", num("No working day shorter than this (default 2).")),
    ("max_day_hours", num("No working day longer than this until the return is complete.")),
    ("non_consecutive_until_week", num("No two working days in a row until this week.")),
    ("rounding_minutes", num("Hours are rounded to this many minutes (default 15).")),
    ("holidays", choice("Public holidays to skip.", ["england-and-wales", "scotland", "northern-ireland", "ireland", "none"])),
    ("unavailable", listof("Leave and other days without work.", item("A period.", [
        ("from", date("First day.")), ("until", date("Last day.")), ("reason", text("Free text.")),
        ("share_reason", boolean("true: the employer may read the reason (still kept back if it reads as health information)."))], required=["from"]))),
    ("duties", listof("Duties that come back, or are avoided, as the weeks go.", item("A duty.", [
        ("duty", text("The duty.")), ("from_week", num("Back from this week.")), ("until_week", num("Avoided until this week."))],
        required=["duty"], extra=[{"description": "A duty needs from_week or until_week.",
                                   "anyOf": [{"required": ["from_week"], "properties": {"from_week": {"not": NULL}}},
                                             {"required": ["until_week"], "properties": {"until_week": {"not": NULL}}}]}]))),
    ("reviews", {"description": "Review dates: {every_weeks, dates} or a list of dates.",
                 "anyOf": [{"type": "array", "items": date("A review date."), "maxItems": 10000},
                           obj("Reviews.", [("every_weeks", num("Weeks between reviews.")),
                                            ("dates", listof("Review dates.", date("A review date.")))])]}),
    ("pay", obj("What the employer pays during the return.", [
        ("policy", choice("full, hours-worked or full-for-weeks.", ["full", "hours-worked", "full-for-weeks"])),
        ("weeks", num("With full-for-weeks: weeks on full pay."))], required=["policy"],
        extra=[{"if": {"properties": {"policy": {"const": "full-for-weeks"}}, "required": ["policy"]},
                "then": {"required": ["weeks"], "properties": {"weeks": {"not": NULL}}}}])),
    ("exceed_capacity", boolean("true: a first week above the assessed capacity is allowed and flagged.")),
    ("after_pause", choice("repeat (default) or step-back.", ["repeat", "step-back"])),
    ("max_day_hours_until_review", num("Days stay within max_day_hours until this review.")),
    ("max_day_rise_hours", num("How much longer a day may be than the longest day of the last week worked (default 2).")),
    ("holidays_in_lieu", boolean("In Ireland: true gives the next weekday off when a holiday falls at a weekend.")),
    ("day_start", time("When working days start, HH:MM.")),
    ("days", obj("Per weekday start and latest finish, e.g. {fri: {until: \"12:30\"}}.", [(d, window) for d in weekdays])),
    ("working_days", listof("Weekdays worked during the return.", {"enum": weekdays})),
], required=["start"])

adjustments = listof("Workplace adjustments agreed.", item("An adjustment: a catalogue code or a title of your own.", [
    ("code", text("An adjustment code from the catalogue, e.g. rest-breaks.")), ("title", text("Your own wording.")),
    ("detail", text("Free text.")),
    ("category", choice("hours, duties, environment, equipment, support, travel, communication or policy.",
                        ["hours", "duties", "environment", "equipment", "support", "travel", "communication", "policy"])),
    ("responsible", text("employer, line-manager, client, case-manager, occupational-health, access-to-work, or a name.")),
    ("from", date("Starts on.")), ("review", date("Reviewed on.")), ("permanent", boolean("true: a lasting adjustment."))],
    extra=[{"anyOf": [{"required": ["code"], "properties": {"code": {"not": NULL}}},
                      {"required": ["title"], "properties": {"title": {"not": NULL}}}]}]))

interventions = listof("Interventions.", item("An intervention.", [
    ("type", text("e.g. physiotherapy, cbt, workplace-assessment.")), ("provider", text("Who provides it.")),
    ("status", choice("proposed, referred, in-progress, completed or declined.", ["proposed", "referred", "in-progress", "completed", "declined"])),
    ("note", text("Free text."))], required=["type"]))

reviews = listof("What happened at each review.", item("A review.", [
    ("date", date("Date of the review.")), ("week", num("The plan week.")), ("hours_worked", num("Hours actually worked that week.")),
    ("days_worked", num("Days actually worked.")), ("note", text("Free text.")), ("measures", measures)]))

outcome_statuses = statuses + ["education", "deceased"]
outcome = obj("How the episode ended.", [
    ("discharged", date("Date of discharge.")), ("status", choice("Employment status at discharge.", outcome_statuses)),
    ("reason", text("Free text.")),
    ("follow_up", obj("Follow-up.", [("date", date("Date.")), ("status", choice("Employment status at follow-up.", outcome_statuses))]))])

schema = O([
    ("$schema", "http://json-schema.org/draft-07/schema#"),
    ("$id", "https://vr-docs.example/schema/case-file.schema.json"),
    ("title", "vr-docs case file, format 1"),
    ("description", "One client's episode with a vocational rehabilitation service. The schema checks the shape: keys, types, "
     "required fields and choice words. vr-docs validate also checks what a schema cannot: real dates and their order, number "
     "ranges, catalogue codes, lengths, and whether the plan can be met."),
    ("type", "object"), ("additionalProperties", False),
    ("required", ["format", "case", "client"]),
    ("properties", O([
        ("format", {"description": "The version of the format: 1.", "enum": [1, "1"]}),
        ("case", case), ("client", client), ("employment", employment), ("health", health), ("consent", consent),
        ("assessment", assessment), ("goals", goals), ("plan", plan), ("adjustments", adjustments),
        ("interventions", interventions), ("reviews", reviews), ("outcome", outcome)])),
    ("allOf", [
        {"properties": {"case": {"not": NULL}, "client": {"not": NULL}}},
        {"description": "A plan needs the contracted hours a week.",
         "if": {"required": ["plan"], "properties": {"plan": {"type": "object"}}},
         "then": {"required": ["employment"], "properties": {"employment": {"type": "object", "required": ["contract"],
                  "properties": {"contract": {"type": "object", "required": ["hours_per_week"],
                                              "properties": {"hours_per_week": {"not": NULL}}}}}}}}]),
])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "case-file.schema.json"), "w", encoding="utf-8") as out:
    json.dump(schema, out, indent=2, ensure_ascii=False)
    out.write("\n")
