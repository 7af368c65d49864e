"""What both client entries share: a mocked transport that serves a case's bytes as the network would, the response
envelope an item case sits in, and reading what the client returned. Standard library only: each harness passes its
SDK's own httpx module in, since openai and openrouter pin different ones."""

import base64
from typing import Any, Callable, Dict, Iterable, Optional, Tuple, Type

from protocol import Rejected, envelope_skip


class MockedBody:
    """The body the mocked transport serves next, one chunk per read: the SDK's HTTP client reads it as it would the network's."""

    def __init__(self, response_class: Any) -> None:
        self._response = response_class
        self._content_type = "application/json"
        self._chunks: list = []

    def handler(self, request: Any) -> Any:
        return self._response(200, headers={"content-type": self._content_type}, content=iter(list(self._chunks)))

    def json(self, body: bytes) -> None:
        self._content_type, self._chunks = "application/json", [body]

    def event_stream(self, case: Dict[str, Any]) -> None:
        self._content_type, self._chunks = "text/event-stream", [base64.b64decode(chunk) for chunk in case["chunks"]]


def enveloped(case: Dict[str, Any], envelope: Tuple[str, str]) -> Tuple[Optional[bytes], Optional[Dict[str, Any]]]:
    """The case's text verbatim as the one output item of a response body; or, where it cannot sit there unchanged, the skip saying why."""
    reason = envelope_skip(case["input"])
    if reason:
        return None, {"status": "skipped", "reason": reason}
    return (envelope[0] + case["input"] + envelope[1]).encode("utf-8", "surrogatepass"), None


def first_output(response: Any, answer: Callable[[Any], Dict[str, Any]]) -> Dict[str, Any]:
    """What the user's code reads as the item: response.output[0], or nothing when the list is empty."""
    if not response.output:
        return {"status": "ok", "received": "nothing"}
    return {"status": "ok", **answer(response.output[0])}


def read_stream(open_stream: Callable[[], Iterable[Any]], answer: Callable[[Any], Dict[str, Any]],
                refusals: Tuple[Type[BaseException], ...], describe: Callable[[BaseException], str]) -> Dict[str, Any]:
    """Every event the client yields, as what came back; one of ``refusals`` ends it as rejected, with the events before it."""
    events = []
    try:
        for event in open_stream():
            events.append(answer(event))
    except refusals as error:
        raise Rejected(describe(error), events) from error
    return {"status": "ok", "events": events}
