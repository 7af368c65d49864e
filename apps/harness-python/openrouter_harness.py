"""Protocol v1 harness for the `openrouter` Python SDK (PyPI). One entry per process, named on the command line:

    .venv/bin/python openrouter_harness.py client           # or validate_json

client: the SDK's client over an httpx.MockTransport, never the network, retries off. decode (item shapes):
client.responses.send(...) on a response body with the case's text verbatim as its one output item, reporting
response.output[0]; stream: client.responses.send(..., stream=True) on the case's chunks as a text/event-stream.
validate_json: a cached pydantic TypeAdapter over the SDK union the client parses that value with (OutputItems,
StreamEvents, BaseInputsUnion1 for the `instructions` echo item), validate_json(text): the verdicts of the SDK's
openrouter.utils.unmarshal_json without its per-call create_model (test_harness.py checks they agree on the corpus);
encode: the SDK's request path, utils.get_pydantic_model then utils.marshal_json.
Each value is reported as what came back: the declared class, the SDK's own Unknown* model (is_unknown), or another class.
"""

import json
import sys
import warnings
from importlib import metadata

import httpx
import pydantic
from openrouter import OpenRouter, components as C, errors, utils
from openrouter.components.baseinputs_union import BaseInputsUnion1
from openrouter.types import UnrecognizedStr

from client_entry import MockedBody, enveloped, first_output, read_stream
from protocol import Rejected, classes_by_type, describe_exception, ok, serve_entry, value
from sdk_values import is_unknown, pointers_of, received

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
CLIENT_SHAPES = ("ImageGenToolCall", "OutputImageGenerationCallItem")  # the item shapes response.output holds
EVENTS = classes_by_type(C.StreamEvents)  # each event `type` -> the class the SDK declares for it
ITEMS = classes_by_type(C.OutputItems)
ITEM_EVENTS = (C.StreamEventsResponseOutputItemAdded, C.StreamEventsResponseOutputItemDone)
# Built once: a TypeAdapter costs about a millisecond to make.
ANY = pydantic.TypeAdapter(object)


def answer(parsed, declared):
    """The protocol value for what the SDK returned; ``declared`` the documented classes (None: a status).
    unrecognized: pointers of the enum values kept as UnrecognizedStr."""
    unrecognized = pointers_of(parsed, UnrecognizedStr)
    if declared is None:
        return value(ADAPTERS[STATUS].dump_json(parsed, warnings=False).decode(), unrecognized=unrecognized)
    if is_unknown(parsed):  # Unknown*(raw=...): the raw value it kept is what the user can read
        return value(ANY.dump_json(parsed.raw).decode(), **received(parsed, declared, ITEM_EVENTS, ITEMS))
    return value(parsed.model_dump_json(by_alias=True, warnings=False), unrecognized=unrecognized, **received(parsed, declared, ITEM_EVENTS, ITEMS))


def _declared(shape):
    cls = SHAPES[shape][1]
    return None if cls is None else (cls,)


# --- validate_json entry (helper) ---

def validate_decode(case):
    union, _ = SHAPES[case["shape"]]
    return {"status": "ok", **answer(ADAPTERS[union].validate_json(case["input"]), _declared(case["shape"]))}


def validate_encode(case):
    union, cls = SHAPES[case["shape"]]
    typ = cls or C.ImageGenerationStatus
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the SDK warns when it serialises an UnrecognizedStr
        return ok(utils.marshal_json(utils.get_pydantic_model(json.loads(case["input"]), typ), typ))


# --- client entry ---

_body = MockedBody(httpx.Response)  # what the mocked transport serves next
CLIENT = OpenRouter(api_key="harness", client=httpx.Client(transport=httpx.MockTransport(_body.handler)), retry_config=None)
# A response the SDK's OpenResponsesResult model accepts (its required keys), with the item as its one output.
ENVELOPE = ('{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5",'
            '"completed_at":null,"error":null,"frequency_penalty":null,"incomplete_details":null,"instructions":null,'
            '"metadata":null,"parallel_tool_calls":false,"presence_penalty":null,"temperature":null,"tool_choice":"auto",'
            '"tools":[],"top_p":null,"output":[', "]}")


def refused(error):
    """The SDK's ResponseValidationError, with what it wraps (a pydantic ValidationError, or whatever the parse raised)."""
    return Rejected(f"{type(error).__name__}: {describe_exception(error.__cause__ or error)}")


def send(body):
    """client.responses.send() on ``body`` served as application/json."""
    _body.json(body)
    try:
        return CLIENT.responses.send(model="gpt-5", input="harness")
    except errors.ResponseValidationError as error:
        raise refused(error) from error


def client_decode(case):
    body, skip = enveloped(case, ENVELOPE)
    if skip:
        return skip
    declared = _declared(case["shape"])
    return first_output(send(body), lambda item: answer(item, declared))


def client_stream(case):
    _body.event_stream(case)
    return read_stream(lambda: CLIENT.responses.send(model="gpt-5", input="harness", stream=True),
                       lambda event: answer(event, EVENTS.get(getattr(event, "type", None), ())),
                       (errors.ResponseValidationError,), lambda error: str(refused(error)))


def hello(entry, kind, calls, shapes):
    return {
        "implementation": {
            "name": "openrouter-python",
            "language": "python",
            "version": metadata.version("openrouter"),
            "homepage": "https://github.com/OpenRouterTeam/python-sdk",
            "entry": {"name": entry, "kind": kind, "calls": calls},
        },
        "capabilities": {
            "shapes": {
                shape: (f"openrouter.components.{SHAPES[shape][1].__name__}" if SHAPES[shape][1] else "openrouter.components.ImageGenerationStatus")
                for shape in shapes
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


ENTRIES = {
    "client": (
        hello("client", "client",
              "OpenRouter(retry_config=None, client=httpx.Client(transport=httpx.MockTransport(...))).responses.send(model=..., input=...): "
              "decode reads response.output[0] of a JSON response body holding the case's text verbatim as its one output item; "
              "stream iterates send(..., stream=True) over the case's chunks served as a text/event-stream body",
              CLIENT_SHAPES),
        {"decode": client_decode, "stream": client_stream},
    ),
    "validate_json": (
        hello("validate_json", "helper",
              "pydantic.TypeAdapter(openrouter.components.OutputItems | StreamEvents | BaseInputsUnion1 | ImageGenerationStatus).validate_json(text), "
              "what openrouter.utils.unmarshal_json runs on a body; encode: utils.marshal_json(utils.get_pydantic_model(value, T), T)",
              SHAPES),
        {"decode": validate_decode, "encode": validate_encode},
    ),
}

REJECTIONS = (pydantic.ValidationError, errors.OpenRouterError)  # the SDK refusing the input

if __name__ == "__main__":
    sys.exit(serve_entry(ENTRIES, sys.argv[1:], rejections=REJECTIONS))
