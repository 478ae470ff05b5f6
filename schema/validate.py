#!/usr/bin/env python3
"""Checks case files against schema/case-file.schema.json, as an editor would.

    python3 schema/validate.py FILE...      prints one JSON line per file: {"file", "valid", "errors"}

YAML is read with the same types JSON has (and YAML 1.2's core schema): true/false, null,
numbers; everything else, dates included, stays text, as the vr-docs reader sees it.
Used by the tests to compare the schema with the reader; needs python3-yaml and
python3-jsonschema (scripts/setup.sh installs both).
"""
import json
import os
import re
import sys

import jsonschema
import yaml


class CoreLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader without YAML 1.1's guesses (yes/no as booleans, dates, sexagesimals)."""


CoreLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", list("-+.0123456789")),
]:
    CoreLoader.add_implicit_resolver(tag, re.compile(pattern), first)


def main(paths):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "case-file.schema.json"), encoding="utf-8") as handle:
        validator = jsonschema.Draft7Validator(json.load(handle))
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle) if path.endswith(".json") else yaml.load(handle, Loader=CoreLoader)
            errors = sorted("/".join(map(str, error.absolute_path)) + ": " + error.message
                            for error in validator.iter_errors(document))
        except (yaml.YAMLError, ValueError) as error:
            errors = ["not YAML or JSON: " + str(error).splitlines()[0]]
        print(json.dumps({"file": path, "valid": not errors, "errors": errors[:5]}))


if __name__ == "__main__":
    main(sys.argv[1:])
