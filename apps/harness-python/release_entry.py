"""The two entries of openrouter_release.py over one installed release, called as openrouter_harness.py calls 1.3.84.

client: OpenRouter(...) over an httpx.MockTransport, retries off; decode: send(model=..., input=...) on the pinned
harness's response envelope holding the case's text verbatim as its one output item, reporting response.output[0];
stream: send(..., stream=True) on the case's chunks as a text/event-stream. validate_json: a pydantic TypeAdapter
over the release's union for that value, validate_json(text); encode: utils.get_pydantic_model, utils.marshal_json.
"""

import json
import warnings
from typing import Any, Dict, List, Optional, Tuple

import httpx
import openrouter
import pydantic
from openrouter import errors, utils

from client_entry import MockedBody, enveloped, first_output, read_stream
from protocol import Rejected, describe_exception, ok
from release_answers import Answers
from release_types import ECHO, OUTPUT, STATUS, STREAM, UNIONS, Release, walk_union

ITEM_SHAPES = ("ImageGenToolCall", "OutputImageGenerationCallItem", "ResponsesImageGenerationCall")  # what response.output holds
_body = MockedBody(httpx.Response)  # what the mocked transport serves next
# openrouter_harness.py's envelope: a response every release's response model accepts, the item its one output.
ENVELOPE = ('{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5",'
            '"completed_at":null,"error":null,"frequency_penalty":null,"incomplete_details":null,"instructions":null,'
            '"metadata":null,"parallel_tool_calls":false,"presence_penalty":null,"temperature":null,"tool_choice":"auto",'
            '"tools":[],"top_p":null,"output":[', "]}")
REJECTIONS = (pydantic.ValidationError, errors.OpenRouterError)  # the SDK refusing the input


def make_client() -> Tuple[Any, Optional[str]]:
    """The release's client over the mocked transport, or None and why it cannot be made."""
    cls = getattr(openrouter, "OpenRouter", None)
    if cls is None:
        return None, "openrouter exports no OpenRouter client"
    try:
        return cls(api_key="harness", client=httpx.Client(transport=httpx.MockTransport(_body.handler)), retry_config=None), None
    except TypeError as error:  # a release whose client takes other arguments
        return None, f"OpenRouter(api_key=, client=, retry_config=) fails: {describe_exception(error)}"


def client_shapes(release: Release) -> List[str]:
    """The item shapes read as the class the client's output union holds (0.8.0's seed-era leftovers are not)."""
    client = release.parse.get("ImageGenToolCall")
    return [shape for shape in ITEM_SHAPES if client and release.parse.get(shape) == client]


def profile(release: Release) -> Dict[str, str]:
    item = release.classes.get("ImageGenToolCall")
    extra = dict(getattr(item, "model_config", None) or {}).get("extra") if item is not None else None
    open_enum = any(isinstance(member, type) and issubclass(member, str) for member in walk_union(release.union_of(STATUS)))
    return {
        "unknown_fields": "preserve" if extra == "allow" else "drop",  # pydantic's default extra="ignore": undeclared keys vanish
        "null_vs_absent": "collapsed",  # an absent result is written back as "result": null
        "enums": "open" if open_enum else "closed",  # ImageGenerationStatus keeps unknown strings (UnrecognizedStr, or str in early releases)
        "key_casing": "wire",  # attribute names and aliases are the wire names
        "numbers": "double" if release.numbers_are_floats() else "exact",  # Python ints; early releases type indices float
    }


def _absent(release: Release, answers: Answers) -> str:
    """What this release lacks that the pinned harness uses, for hello's `calls`: each is simply not used."""
    notes = []
    if answers.marker is None:
        notes.append("openrouter.types.UnrecognizedStr is plain str here, so no value is reported unrecognized")
    if not release.has_unknown_models():
        notes.append("its unions have no Unknown* catch-all (is_unknown), so nothing is reported unknown")
    return "".join(f"; {note}" for note in notes)


def hello(release: Release, answers: Answers, entry: str, kind: str, calls: str, shapes: List[str]) -> Dict[str, Any]:
    return {
        "implementation": {
            "name": "openrouter-python",
            "language": "python",
            "version": release.version,
            "homepage": "https://github.com/OpenRouterTeam/python-sdk",
            "entry": {"name": entry, "kind": kind, "calls": calls + _absent(release, answers)},
        },
        "capabilities": {"shapes": {shape: release.type_name(shape) for shape in shapes}, "batch": 64, "stream_events": "all", "encode_form": "python"},
        "profile": profile(release),
    }


def validate_json(release: Release, answers: Answers):
    used = {union for union, _ in release.parse.values()}
    adapters = {name: pydantic.TypeAdapter(release.unions[name]) for name in used}

    def decode(case):
        return {"status": "ok", **answers.answer(adapters[release.parse[case["shape"]][0]].validate_json(case["input"]), answers.declared(case["shape"]))}

    def encode(case):
        typ = release.classes.get(case["shape"]) or release.union_of(STATUS)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the SDK warns when it serialises an UnrecognizedStr
            return ok(utils.marshal_json(utils.get_pydantic_model(json.loads(case["input"]), typ), typ))

    names = [*UNIONS[OUTPUT], *UNIONS[STREAM], release.client_union[ECHO], *UNIONS[STATUS]]
    unions = " | ".join(name for name in names if name in used)
    calls = (f"pydantic.TypeAdapter({release.module_name}.{unions}).validate_json(text), what openrouter.utils.unmarshal_json runs on a body; "
             "encode: utils.marshal_json(utils.get_pydantic_model(value, T), T)")
    return hello(release, answers, "validate_json", "helper", calls, release.shapes), {"decode": decode, "encode": encode}


def refused(error):
    """The SDK's ResponseValidationError, with what it wraps (a pydantic ValidationError, or whatever the parse raised)."""
    return Rejected(f"{type(error).__name__}: {describe_exception(error.__cause__ or error)}")


def client_entry(release: Release, answers: Answers, path: str, send):
    def decode(case):
        body, skip = enveloped(case, ENVELOPE)
        if skip:
            return skip
        _body.json(body)
        try:
            response = send(model="gpt-5", input="harness")
        except errors.ResponseValidationError as error:
            raise refused(error) from error
        declared = answers.declared(case["shape"])
        return first_output(response, lambda item: answers.answer(item, declared))

    def stream(case):
        _body.event_stream(case)
        return read_stream(lambda: send(model="gpt-5", input="harness", stream=True), lambda event: answers.answer(event, answers.event_classes(event)),
                           (errors.ResponseValidationError,), lambda error: str(refused(error)))

    shapes = client_shapes(release)
    handlers = {**({"decode": decode} if shapes else {}), **({"stream": stream} if release.union_of(STREAM) is not None else {})}
    calls = (f"OpenRouter(retry_config=None, client=httpx.Client(transport=httpx.MockTransport(...))).{path}.send(model=..., input=...): "
             "decode reads response.output[0] of a JSON response body holding the case's text verbatim as its one output item; "
             "stream iterates send(..., stream=True) over the case's chunks served as a text/event-stream body")
    if not shapes:
        calls += "; no image_generation_call output item here, so no decode"
    if release.union_of(STREAM) is None:
        calls += "; no stream-event union here, so no stream"
    return hello(release, answers, "client", "client", calls, shapes), handlers


def entry(release: Release, name: str, send_path: Tuple[str, Any]):
    """(hello, handlers) of the entry named."""
    answers = Answers(release)
    return validate_json(release, answers) if name == "validate_json" else client_entry(release, answers, *send_path)
