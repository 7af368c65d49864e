"""Protocol v1's JSON Schema, the file emitted from its one definition (packages/core/schemas/protocol-v1.schema.json),
as test_harness.py checks every message a harness writes against it (``jsonschema``, pinned in requirements.lock).
"""

import json
import os

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packages", "core", "schemas", "protocol-v1.schema.json")
with open(FILE, encoding="utf-8") as handle:
    SCHEMA = json.load(handle)
Draft202012Validator.check_schema(SCHEMA)
_REGISTRY = Registry().with_resource(SCHEMA["$id"], Resource.from_contents(SCHEMA))
_ANY = Draft202012Validator(SCHEMA, registry=_REGISTRY)


def _validator(definition):
    return Draft202012Validator({"$ref": f"{SCHEMA['$id']}#/$defs/{definition}"}, registry=_REGISTRY)


_DEFINED = {name: _validator(name) for name in SCHEMA["$defs"]}


def violation(definition, message):
    """None when ``message`` is a protocol message and a valid ``definition`` (harnessHello, results, …), else why not."""
    for validator in (_DEFINED[definition], _ANY):  # the definition first: its errors say where
        error = next(iter(sorted(validator.iter_errors(message), key=lambda e: list(e.absolute_path))), None)
        if error is not None:
            where = "/" + "/".join(str(part) for part in error.absolute_path)
            return f"not a valid {definition} at {where}: {error.message:.300}"
    return None


def result_keys():
    """For each result status, the keys the schema allows besides id and status."""
    keys = {}
    for member in SCHEMA["$defs"]["result"]["oneOf"]:
        status = member["properties"]["status"]["const"]
        keys.setdefault(status, set()).update(set(member["properties"]) - {"id", "status"})
    return keys


def default_limits():
    return {name: limit["default"] for name, limit in SCHEMA["$defs"]["limits"]["properties"].items()}
