"""Prints, as JSON, the fields of pydantic models: `python3 describe_models.py module:Class ...`.

Run with the interpreter whose site-packages hold the SDK; it imports the models, never calls the API.
"""

import importlib
import json
import sys
import types
import typing


def describe(annotation):
    """A type in the terms of declared-field.ts, and whether None is among its members."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = typing.get_args(annotation)
        rest = [member for member in members if member is not type(None)]
        nullable = len(rest) < len(members)
        # Union[str, Literal["1024x1024", ...]]: known values beside any string, so an open string.
        if str in rest:
            return {"kind": "string"}, nullable
        if len(rest) == 1:
            return describe(rest[0])[0], nullable
        return {"kind": "unread", "text": repr(annotation)}, nullable
    if origin is typing.Literal:
        values = list(typing.get_args(annotation))
        if len(values) == 1:
            return {"kind": "literal", "value": values[0]}, False
        return {"kind": "enum", "values": values}, False
    if origin in (list, typing.List):
        return {"kind": "array", "of": describe(typing.get_args(annotation)[0])[0]}, False
    plain = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if annotation in plain:
        return {"kind": plain[annotation]}, False
    if isinstance(annotation, type):
        return {"kind": "object", "name": annotation.__name__}, False
    return {"kind": "unread", "text": repr(annotation)}, False


def fields(path):
    module, name = path.split(":")
    model = getattr(importlib.import_module(module), name)
    described = []
    for attribute, info in model.model_fields.items():
        kind, nullable = describe(info.annotation)
        described.append(
            {
                "name": attribute,
                "wire": info.alias or attribute,
                "presence": "required" if info.is_required() else "optional",
                "nullable": nullable,
                "type": kind,
            }
        )
    return described


print(json.dumps({path: fields(path) for path in sys.argv[1:]}))
