"""Protocol v1 harness for the `openai` Python SDK (PyPI), as its client parses responses by default.

decode: what the client does with a body (_response.py → _base_client._process_response_data): json.loads of the
bytes (httpx2 Response.json), then openai._models.construct_type over the SDK type. construct_type validates first
and, when that fails, builds the model unvalidated (the `type` value picks the union variant, or the first variant
that constructs): it never rejects a JSON value. So a value comes back as `fallback` when the SDK did not give the
documented class for it, or gave a model whose own `type` Literal does not hold the value's `type` (a mislabelled
union member); any other value it kept is reported as accepted, with the fields as it kept them.
encode: the same construction from the Python value, written back with the SDK's to_json(indent=None).
stream: the real client (OpenAI.responses.create(stream=True)) over an httpx2.MockTransport whose body yields the
chunks one by one, so the SDK's own SSE decoder and Stream read them.
"""

import base64
import json
import sys
import typing
from importlib import metadata

import httpx2
import pydantic
import pydantic_core
from openai import APIError, OpenAI
from openai._models import BaseModel, construct_type
from openai.types.responses import (ResponseImageGenCallCompletedEvent, ResponseImageGenCallGeneratingEvent,
                                    ResponseImageGenCallInProgressEvent, ResponseImageGenCallPartialImageEvent,
                                    ResponseOutputItem, ResponseOutputItemAddedEvent, ResponseOutputItemDoneEvent,
                                    ResponseStreamEvent)
from openai.types.responses.response_output_item import ImageGenerationCall

from protocol import describe_exception, serve, value

STATUS = ImageGenerationCall.model_fields["status"].annotation  # Literal["in_progress", "completed", "generating", "failed"]
# catalogue shape -> (SDK type the client constructs it as, the class that is the documented shape)
SHAPES = {
    "ImageGenToolCall": (ResponseOutputItem, ImageGenerationCall),
    "ImageGenCallInProgressEvent": (ResponseStreamEvent, ResponseImageGenCallInProgressEvent),
    "ImageGenCallGeneratingEvent": (ResponseStreamEvent, ResponseImageGenCallGeneratingEvent),
    "ImageGenCallPartialImageEvent": (ResponseStreamEvent, ResponseImageGenCallPartialImageEvent),
    "ImageGenCallCompletedEvent": (ResponseStreamEvent, ResponseImageGenCallCompletedEvent),
    "ResponseOutputItemAddedEvent": (ResponseStreamEvent, ResponseOutputItemAddedEvent),
    "ResponseOutputItemDoneEvent": (ResponseStreamEvent, ResponseOutputItemDoneEvent),
    "ImageGenToolCallStatus": (STATUS, None),
}


def _models(obj):
    """Every SDK model inside a constructed value."""
    if isinstance(obj, BaseModel):
        yield obj
        for name in type(obj).model_fields:
            yield from _models(obj.__dict__.get(name))
    elif isinstance(obj, (list, tuple)):
        for item in obj:
            yield from _models(item)


def _mislabelled(model):
    """True when the model's class declares a `type` Literal that does not hold the `type` it was built with."""
    field = type(model).model_fields.get("type")
    literal = field is not None and typing.get_origin(field.annotation) is typing.Literal
    return literal and model.__dict__.get("type") not in typing.get_args(field.annotation)


def _dump(obj):
    """The SDK's own writer (to_json) for its models; json.dumps for what it returned as-is."""
    if isinstance(obj, BaseModel):
        try:
            return obj.to_json(indent=None, warnings=False)
        except pydantic_core.PydanticSerializationError as error:  # e.g. a lone surrogate it parsed but cannot write
            print(f"to_json failed ({error}); writing the parsed value with json.dumps", file=sys.stderr)
            return json.dumps(obj.to_dict(mode="python", warnings=False))
    if isinstance(obj, list):  # construct_type builds a list of models from a list
        return "[" + ",".join(_dump(item) for item in obj) + "]"
    return json.dumps(obj)


def answer(parsed, cls):
    """The protocol value for what construct_type returned."""
    if cls is None:  # a status: construct_type returns the value as it came
        return value(json.dumps(parsed))
    if not isinstance(parsed, BaseModel):  # returned as-is (or a list of models): not an object of the shape
        return value(_dump(parsed), fallback=True)
    fallback = type(parsed) is not cls or any(_mislabelled(model) for model in _models(parsed))
    return value(_dump(parsed), fallback=fallback)


def decode(case):
    typ, cls = SHAPES[case["shape"]]
    data = json.loads(case["input"].encode("utf-8", "surrogatepass"))  # httpx2 Response.json(): json.loads(content)
    return {"status": "ok", **answer(construct_type(type_=typ, value=data), cls)}


def encode(case):
    typ, cls = SHAPES[case["shape"]]
    return {"status": "ok", **answer(construct_type(type_=typ, value=json.loads(case["input"])), cls)}


_chunks = []  # the body the mock server sends next


def _server(request):
    return httpx2.Response(200, headers={"content-type": "text/event-stream"}, content=iter(list(_chunks)))


CLIENT = OpenAI(api_key="harness", base_url="http://harness.invalid/v1", max_retries=0,
                http_client=httpx2.Client(transport=httpx2.MockTransport(_server)))
EVENT_CLASSES = {cls.model_fields["type"].annotation.__args__[0]: cls for typ, cls in SHAPES.values() if typ is ResponseStreamEvent}


def stream(case):
    _chunks[:] = [base64.b64decode(chunk) for chunk in case["chunks"]]
    events = []
    try:
        for event in CLIENT.responses.create(model="harness", input="harness", stream=True):
            kind = event.__dict__.get("type") if isinstance(event, BaseModel) else None
            events.append(answer(event, EVENT_CLASSES.get(kind, type(event))))
    except (json.JSONDecodeError, APIError) as error:
        return {"status": "rejected", "message": describe_exception(error), "events": events}
    return {"status": "ok", "events": events}


HELLO = {
    "implementation": {
        "name": "openai-python",
        "language": "python",
        "version": metadata.version("openai"),
        "homepage": "https://github.com/openai/openai-python",
    },
    "capabilities": {
        "shapes": {
            shape: (f"openai.types.responses.{cls.__name__} (via {'ResponseOutputItem' if typ is ResponseOutputItem else 'ResponseStreamEvent'})"
                    if cls else "openai.types.responses.response_output_item.ImageGenerationCall.status (Literal)")
            for shape, (typ, cls) in SHAPES.items()
        },
        "batch": 256,
        "stream_events": "all",
        "encode_form": "python",
    },
    "profile": {
        "unknown_fields": "preserve",  # extra="allow": undeclared keys are kept and written back
        "null_vs_absent": "distinct",  # to_json excludes unset fields: absent stays absent, null stays null
        "enums": "open",  # the default client never checks a status (nor any other value)
        "key_casing": "wire",  # attribute names and API names are the wire names
        "numbers": "exact",  # Python ints from json.loads
    },
}

if __name__ == "__main__":
    sys.exit(serve(HELLO, {"decode": decode, "encode": encode, "stream": stream},
                   rejections=(json.JSONDecodeError, pydantic.ValidationError, APIError)))
