"""Protocol v1 harness for the `openai` Python SDK (PyPI). One entry per process, named on the command line:

    .venv/bin/python openai_harness.py client           # or construct_type

client: the SDK's client over an httpx2.MockTransport, never the network, retries off. decode (item shapes):
client.responses.create(...) on a response body with the case's text verbatim as its one output item, reporting
response.output[0]; stream: client.responses.create(..., stream=True) on the case's chunks as a text/event-stream.
construct_type: openai._models.construct_type over the SDK union (for the status or a nested model, the annotation of
the field holding it), on json.loads of the text (decode) or the value (encode): what the client runs on every body.
Each value is reported as what came back: the declared class, another class (named), or the raw value.
"""

import json
import sys
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
from openai.types.responses.response_output_item import (ImageGenerationCall, ImageGenerationCallError,
                                                      ImageGenerationCallErrorModerationDetails, ImageGenerationCallSvgUsage)

from client_entry import MockedBody, enveloped, first_output, read_stream
from protocol import classes_by_type, describe_exception, serve_entry, value


def annotation(model, field):
    """What the client constructs a field's value as: BaseModel.construct runs construct_type on the field's annotation."""
    return model.model_fields[field].annotation


STATUS = annotation(ImageGenerationCall, "status")  # Literal["in_progress", "completed", "generating", "failed"]
# catalogue shape -> (SDK type the client constructs it as, the class that is the documented shape)
SHAPES = {
    "ImageGenToolCall": (ResponseOutputItem, ImageGenerationCall),
    "ResponseOutputItemImageGenerationCall": (ResponseOutputItem, ImageGenerationCall),  # the SDK's reading of the same item
    "ImageGenCallInProgressEvent": (ResponseStreamEvent, ResponseImageGenCallInProgressEvent),
    "ImageGenCallGeneratingEvent": (ResponseStreamEvent, ResponseImageGenCallGeneratingEvent),
    "ImageGenCallPartialImageEvent": (ResponseStreamEvent, ResponseImageGenCallPartialImageEvent),
    "ResponseImageGenCallPartialImageEvent": (ResponseStreamEvent, ResponseImageGenCallPartialImageEvent),
    "ImageGenCallCompletedEvent": (ResponseStreamEvent, ResponseImageGenCallCompletedEvent),
    "ResponseOutputItemAddedEvent": (ResponseStreamEvent, ResponseOutputItemAddedEvent),
    "ResponseOutputItemDoneEvent": (ResponseStreamEvent, ResponseOutputItemDoneEvent),
    "ImageGenToolCallStatus": (STATUS, None),
    # Nested models, as the field that holds each is annotated: Optional[...], which construct_type first validates.
    "ResponseOutputItemImageGenerationCallError": (annotation(ImageGenerationCall, "error"), ImageGenerationCallError),
    "ResponseOutputItemImageGenerationCallErrorModerationDetails": (annotation(ImageGenerationCallError, "moderation_details"),
                                                                    ImageGenerationCallErrorModerationDetails),
    "ResponseOutputItemImageGenerationCallSvgUsage": (annotation(ImageGenerationCall, "svg_usage"), ImageGenerationCallSvgUsage),
}
CLIENT_SHAPES = ("ImageGenToolCall", "ResponseOutputItemImageGenerationCall")  # the item shapes response.output holds
EVENTS = classes_by_type(ResponseStreamEvent)  # each event `type` -> the class the SDK declares for it
ITEMS = classes_by_type(ResponseOutputItem)
ITEM_EVENTS = (ResponseOutputItemAddedEvent, ResponseOutputItemDoneEvent)


def received(obj, declared):
    """What the user's code got, beside the output: nothing for a class in ``declared``, else another class (named)
    or the raw value. An output_item event is described by its item when that is not its declared class."""
    if not isinstance(obj, BaseModel):
        return {"received": "raw"}
    if type(obj) not in declared:
        return {"received": "other", "type": type(obj).__name__}
    item = obj.__dict__.get("item") if isinstance(obj, ITEM_EVENTS) else None
    if item is not None:  # absent or null, event.item reads None either way: the event's output shows which
        return received(item, ITEMS.get(item.__dict__.get("type"), ()) if isinstance(item, BaseModel) else ())
    return {}


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


def answer(parsed, declared):
    """The protocol value for what the SDK returned; ``declared`` the documented classes (empty: none for its type)."""
    return value(_dump(parsed), **received(parsed, declared))


def _declared(shape):
    cls = SHAPES[shape][1]
    return None if cls is None else (cls,)


def constructed(parsed, shape):
    """The value for what construct_type built: a status (no class) comes back as it was."""
    declared = _declared(shape)
    return {"status": "ok", **(value(json.dumps(parsed)) if declared is None else answer(parsed, declared))}


# --- construct_type entry (helper) ---

def construct_decode(case):
    typ, _ = SHAPES[case["shape"]]
    data = json.loads(case["input"].encode("utf-8", "surrogatepass"))  # httpx2 Response.json(): json.loads(content)
    return constructed(construct_type(type_=typ, value=data), case["shape"])


def construct_encode(case):
    typ, _ = SHAPES[case["shape"]]
    return constructed(construct_type(type_=typ, value=json.loads(case["input"])), case["shape"])


# --- client entry ---

_body = MockedBody(httpx2.Response)  # what the mocked transport serves next
CLIENT = OpenAI(api_key="harness", base_url="http://harness.invalid/v1", max_retries=0,
                http_client=httpx2.Client(transport=httpx2.MockTransport(_body.handler)))
# A response the SDK's Response model accepts, with the item as its one output: the text goes between the two parts.
ENVELOPE = ('{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5",'
            '"parallel_tool_calls":false,"tool_choice":"auto","tools":[],"output":[', "]}")


def create(body):
    """client.responses.create() on ``body`` served as application/json."""
    _body.json(body)
    return CLIENT.responses.create(model="gpt-5", input="harness")


def client_decode(case):
    body, skip = enveloped(case, ENVELOPE)
    if skip:
        return skip
    declared = _declared(case["shape"])
    return first_output(create(body), lambda item: answer(item, declared))


def event_answer(event):
    kind = event.__dict__.get("type") if isinstance(event, BaseModel) else None
    return answer(event, EVENTS.get(kind, ()))


def client_stream(case):
    _body.event_stream(case)
    # data that is not JSON; an `error` payload
    return read_stream(lambda: CLIENT.responses.create(model="gpt-5", input="harness", stream=True), event_answer,
                       (json.JSONDecodeError, APIError), describe_exception)


def hello(entry, kind, calls, shapes):
    return {
        "implementation": {
            "name": "openai-python",
            "language": "python",
            "version": metadata.version("openai"),
            "homepage": "https://github.com/openai/openai-python",
            "entry": {"name": entry, "kind": kind, "calls": calls},
        },
        "capabilities": {
            "shapes": {
                shape: (f"openai.types.responses.{SHAPES[shape][1].__name__}" if SHAPES[shape][1]
                        else "openai.types.responses.response_output_item.ImageGenerationCall.status (Literal)")
                for shape in shapes
            },
            "batch": 256,
            "stream_events": "all",
            "encode_form": "python",
        },
        "profile": {
            "unknown_fields": "preserve",  # extra="allow": undeclared keys are kept and written back
            "null_vs_absent": "distinct",  # to_json excludes unset fields: absent stays absent, null stays null
            "enums": "open",  # the default client checks no value
            "key_casing": "wire",  # attribute names and API names are the wire names
            "numbers": "exact",  # Python ints from json.loads
        },
    }


ENTRIES = {
    "client": (
        hello("client", "client",
              "OpenAI(max_retries=0, http_client=httpx2.Client(transport=httpx2.MockTransport(...))).responses.create(model=..., input=...): "
              "decode reads response.output[0] of a JSON response body holding the case's text verbatim as its one output item; "
              "stream iterates create(..., stream=True) over the case's chunks served as a text/event-stream body",
              CLIENT_SHAPES),
        {"decode": client_decode, "stream": client_stream},
    ),
    "construct_type": (
        hello("construct_type", "helper",
              "openai._models.construct_type(type_=ResponseOutputItem | ResponseStreamEvent | the annotation of the field that holds "
              "the status or a nested model, value=json.loads(text)), what the client runs on a body; encode: the same on the value, "
              "written back with to_json()",
              SHAPES),
        {"decode": construct_decode, "encode": construct_encode},
    ),
}

REJECTIONS = (json.JSONDecodeError, pydantic.ValidationError, APIError)  # the SDK refusing the input

if __name__ == "__main__":
    sys.exit(serve_entry(ENTRIES, sys.argv[1:], rejections=REJECTIONS))
