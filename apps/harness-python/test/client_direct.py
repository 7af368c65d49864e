"""Calls each SDK's client the way user code does, with none of the harness's code: a response body served by a
mocked httpx transport, then what the user's code would see. Used by client-direct.test.ts.

stdin:  {"sdk": "openai" | "openrouter", "items": [{"id", "text"}], "streams": [{"id", "text"}]}
stdout: {"<id>": {"raised": "<exception class>"} | {"got": "declared" | "nothing" | "raw" | "unknown <Class>" | "other <Class>"}
                 | {"raised": ... or null, "events": ["<got>", ...]}}   (a stream: what each yielded event is)
"""

import json
import sys

import httpx
import httpx2
import openai.types.responses as openai_types
import openrouter.components as openrouter_types
import pydantic
from openai import OpenAI
from openai.types.responses.response_output_item import ImageGenerationCall
from openrouter import OpenRouter

# The classes user code expects for each event type and for the image item, as the SDKs document them.
EXPECTED = {
    "openai": {
        "item": ImageGenerationCall,
        "response.created": openai_types.ResponseCreatedEvent,
        "response.in_progress": openai_types.ResponseInProgressEvent,
        "response.completed": openai_types.ResponseCompletedEvent,
        "response.output_item.added": openai_types.ResponseOutputItemAddedEvent,
        "response.output_item.done": openai_types.ResponseOutputItemDoneEvent,
        "response.image_generation_call.in_progress": openai_types.ResponseImageGenCallInProgressEvent,
        "response.image_generation_call.generating": openai_types.ResponseImageGenCallGeneratingEvent,
        "response.image_generation_call.partial_image": openai_types.ResponseImageGenCallPartialImageEvent,
        "response.image_generation_call.completed": openai_types.ResponseImageGenCallCompletedEvent,
    },
    "openrouter": {
        "item": openrouter_types.OutputImageGenerationCallItem,
        "response.created": openrouter_types.OpenResponsesCreatedEvent,
        "response.in_progress": openrouter_types.OpenResponsesInProgressEvent,
        "response.completed": openrouter_types.StreamEventsResponseCompleted,
        "response.output_item.added": openrouter_types.StreamEventsResponseOutputItemAdded,
        "response.output_item.done": openrouter_types.StreamEventsResponseOutputItemDone,
        "response.image_generation_call.in_progress": openrouter_types.ImageGenCallInProgressEvent,
        "response.image_generation_call.generating": openrouter_types.ImageGenCallGeneratingEvent,
        "response.image_generation_call.partial_image": openrouter_types.ImageGenCallPartialImageEvent,
        "response.image_generation_call.completed": openrouter_types.ImageGenCallCompletedEvent,
    },
}
# A completed response whose one output item is the text under test (the keys OpenRouter's model requires included).
BEFORE = ('{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","completed_at":null,'
          '"error":null,"frequency_penalty":null,"incomplete_details":null,"instructions":null,"metadata":null,'
          '"parallel_tool_calls":false,"presence_penalty":null,"temperature":null,"tool_choice":"auto","tools":[],"top_p":null,"output":[')
AFTER = "]}"


def openai_call(body, content_type, stream):
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, headers={"content-type": content_type}, content=body))
    client = OpenAI(api_key="test", base_url="http://test.invalid/v1", max_retries=0, http_client=httpx2.Client(transport=transport))
    return client.responses.create(model="gpt-5", input="draw a fox", stream=stream)


def openrouter_call(body, content_type, stream):
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers={"content-type": content_type}, content=body))
    client = OpenRouter(api_key="test", retry_config=None, client=httpx.Client(transport=transport))
    return client.responses.send(model="gpt-5", input="draw a fox", stream=stream)


def got(value, expected):
    """What user code sees in a value it expected to be of class ``expected`` (None: no class is documented for it)."""
    if getattr(value, "is_unknown", False) is True:
        return f"unknown {type(value).__name__}"
    if not isinstance(value, pydantic.BaseModel):
        return "raw"
    if expected is None or not isinstance(value, expected):
        return f"other {type(value).__name__}"
    return "declared"


def got_event(event, expected):
    seen = got(event, expected.get(getattr(event, "type", None)))
    item = getattr(event, "item", None) if seen == "declared" and "output_item" in event.type else None
    if item is not None:  # the image item the event carries: user code reads event.item
        item_seen = got(item, expected["item"] if getattr(item, "type", None) == "image_generation_call" else None)
        return item_seen if item_seen != "declared" else seen
    return seen


def main():
    request = json.load(sys.stdin)
    call = {"openai": openai_call, "openrouter": openrouter_call}[request["sdk"]]
    expected = EXPECTED[request["sdk"]]
    results = {}
    for case in request["items"]:
        body = (BEFORE + case["text"] + AFTER).encode("utf-8", "surrogatepass")
        try:
            response = call(body, "application/json", False)
        except Exception as error:  # what the user's code would have to catch
            results[case["id"]] = {"raised": type(error).__name__}
            continue
        results[case["id"]] = {"got": got(response.output[0], expected["item"]) if response.output else "nothing"}
    for case in request["streams"]:
        events, raised = [], None
        try:
            for event in call(case["text"].encode("utf-8"), "text/event-stream", True):
                events.append(got_event(event, expected))
        except Exception as error:
            raised = type(error).__name__
        results[case["id"]] = {"raised": raised, "events": events}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
