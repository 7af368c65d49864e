"""Protocol v1 harness for the `openrouter` Python SDK (PyPI), through its pydantic models in openrouter.components.

decode: a cached pydantic TypeAdapter over the SDK union the client itself parses that value with (OutputItems for
response items, StreamEvents for stream events, BaseInputsUnion1 for the `instructions` echo item), called with
validate_json: the verdicts of openrouter.utils.unmarshal_json without its per-call create_model (test_harness.py
checks the two agree on the whole corpus). Output: the SDK's model_dump_json(by_alias=True).
encode: the SDK's request path, utils.get_pydantic_model then utils.marshal_json.
stream: the real client (OpenRouter.responses.send(stream=True)) over an httpx.MockTransport whose body yields
the chunks one by one, so the SDK's own EventStream splits, decodes and validates them.
"""

import base64
import json
import sys
import warnings
from importlib import metadata

import httpx
import pydantic
from openrouter import OpenRouter, components as C, errors, utils
from openrouter.components.baseinputs_union import BaseInputsUnion1
from openrouter.types import UnrecognizedStr

from protocol import describe_exception, ok, serve, value

STATUS = "status"  # enum shapes: no model class, the SDK's ImageGenerationStatus union itself
ADAPTERS = {
    "OutputItems": pydantic.TypeAdapter(C.OutputItems),
    "StreamEvents": pydantic.TypeAdapter(C.StreamEvents),
    "BaseInputsUnion1": pydantic.TypeAdapter(BaseInputsUnion1),
    STATUS: pydantic.TypeAdapter(C.ImageGenerationStatus),
}
# catalogue shape -> (SDK union the client parses it through, the SDK class that is the documented shape)
SHAPES = {
    "OutputImageGenerationCallItem": ("OutputItems", C.OutputImageGenerationCallItem),
    "ImageGenToolCall": ("OutputItems", C.OutputImageGenerationCallItem),
    "OutputItemImageGenerationCall": ("BaseInputsUnion1", C.OutputItemImageGenerationCall),
    "ImageGenCallInProgressEvent": ("StreamEvents", C.ImageGenCallInProgressEvent),
    "ImageGenCallGeneratingEvent": ("StreamEvents", C.ImageGenCallGeneratingEvent),
    "ImageGenCallPartialImageEvent": ("StreamEvents", C.ImageGenCallPartialImageEvent),
    "ImageGenCallCompletedEvent": ("StreamEvents", C.ImageGenCallCompletedEvent),
    "ResponseOutputItemAddedEvent": ("StreamEvents", C.StreamEventsResponseOutputItemAdded),
    "ResponseOutputItemDoneEvent": ("StreamEvents", C.StreamEventsResponseOutputItemDone),
    "ImageGenerationStatus": (STATUS, None),
    "ImageGenToolCallStatus": (STATUS, None),
}


# Built once: a TypeAdapter costs about a millisecond to make, and fallbacks are common under fuzzing.
ANY = pydantic.TypeAdapter(object)


def _walk(obj, pointer=""):
    """
(pointer, value) for every value inside a parsed SDK value, by wire name."""
    yield pointer, obj
    if isinstance(obj, pydantic.BaseModel) and not getattr(obj, "is_unknown", False):
        for name, field in type(obj).model_fields.items():
            yield from _walk(getattr(obj, name), f"{pointer}/{field.alias or name}")
    elif isinstance(obj, (list, tuple)):
        for index, item in enumerate(obj):
            yield from _walk(item, f"{pointer}/{index}")


def answer(parsed, cls):
    """The protocol value for what the SDK returned: fallback when it is (or holds) an Unknown* catch-all or is
    not the documented class; unrecognized: pointers of the enum values kept as UnrecognizedStr."""
    nodes = list(_walk(parsed))
    unrecognized = [pointer for pointer, node in nodes if isinstance(node, UnrecognizedStr)]
    if cls is None:
        return value(ADAPTERS[STATUS].dump_json(parsed, warnings=False).decode(), unrecognized=unrecognized)
    if getattr(parsed, "is_unknown", False):  # Unknown*(raw=...): give back the raw value it kept
        return value(ANY.dump_json(parsed.raw).decode(), fallback=True)
    fallback = type(parsed) is not cls or any(getattr(node, "is_unknown", False) for _, node in nodes)
    return value(parsed.model_dump_json(by_alias=True, warnings=False), fallback=fallback, unrecognized=unrecognized)


def decode(case):
    union, cls = SHAPES[case["shape"]]
    return {"status": "ok", **answer(ADAPTERS[union].validate_json(case["input"]), cls)}


def encode(case):
    union, cls = SHAPES[case["shape"]]
    typ = cls or C.ImageGenerationStatus
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the SDK warns when it serialises an UnrecognizedStr
        return ok(utils.marshal_json(utils.get_pydantic_model(json.loads(case["input"]), typ), typ))


_chunks = []  # the body the mock server sends next


def _server(request):
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=iter(list(_chunks)))


CLIENT = OpenRouter(api_key="harness", client=httpx.Client(transport=httpx.MockTransport(_server)), retry_config=None)


def stream(case):
    _chunks[:] = [base64.b64decode(chunk) for chunk in case["chunks"]]
    events = []
    try:
        for event in CLIENT.responses.send(model="harness", input="harness", stream=True):
            events.append(answer(event, type(event)))  # dispatched on type: only Unknown* can be a fallback
    except errors.ResponseValidationError as error:
        return {"status": "rejected", "message": f"{error}: {describe_exception(error.__cause__ or error)}", "events": events}
    return {"status": "ok", "events": events}


HELLO = {
    "implementation": {
        "name": "openrouter-python",
        "language": "python",
        "version": metadata.version("openrouter"),
        "homepage": "https://github.com/OpenRouterTeam/python-sdk",
    },
    "capabilities": {
        "shapes": {
            shape: (f"openrouter.components.{cls.__name__} (via {union})" if cls else "openrouter.components.ImageGenerationStatus")
            for shape, (union, cls) in SHAPES.items()
        },
        "batch": 64,
        "stream_events": "all",
        "encode_form": "python",
    },
    "profile": {
        "unknown_fields": "drop",  # pydantic's default extra="ignore": undeclared keys vanish
        "null_vs_absent": "collapsed",  # an absent result is written back as "result": null
        "enums": "open",  # ImageGenerationStatus keeps unknown strings as UnrecognizedStr
        "key_casing": "wire",  # attribute names and aliases are the wire names
        "numbers": "exact",  # Python ints
    },
}

if __name__ == "__main__":
    sys.exit(serve(HELLO, {"decode": decode, "encode": encode, "stream": stream}, rejections=(pydantic.ValidationError, errors.OpenRouterError)))
