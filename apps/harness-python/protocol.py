"""Harness protocol v1 (docs/protocol.md): NDJSON over stdio, standard library only.

A harness describes itself (the hello body) and gives one function per operation it performs:

    serve(hello, {"decode": decode, "encode": encode, "stream": stream}, rejections=(ValueError,))

A harness with several entry points (its SDK's client, a public parse helper) answers for one per process, named
on the command line: ``sys.exit(serve_entry(ENTRIES, sys.argv[1:], rejections=...))``.

Each function takes the case (a dict) and returns the result fields without the id, e.g.
{"status": "ok", "output": "..."}; ``ok(...)``, ``rejected(...)`` build them. An exception escaping a handler
is contained to its case: an instance of one of ``rejections`` (the SDK's own validation or parse errors) becomes
``rejected``, ``Rejected`` too (with the events read before the refusal), anything else ``errored`` with its
traceback on stderr. stdout carries protocol lines only: ``serve`` keeps the real stdout for itself and points
file descriptor 1 and ``sys.stdout`` at stderr, so a stray print (or a C library) cannot corrupt the stream.
Every result is kept within the limits of the runner's hello (``bounded``), and the hello declares
``in_flight`` and ``ordered`` for what this loop does: one line read, answered, then the next; blank lines skipped.
``envelope_skip`` says when a case's text cannot be served unchanged inside a client's response envelope.
"""

from __future__ import annotations

import json
import os
import re
import sys
import traceback
import typing
from typing import Any, BinaryIO, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Type

PROTOCOL = 1
OPERATIONS = ("decode", "encode", "stream")
# The runner's limits when its hello carries none (the schema's defaults; test_harness.py pins them to the file).
DEFAULT_LIMITS = {"max_line_bytes": 64 << 20, "max_message_bytes": 64 << 10, "max_output_bytes": 16 << 20}
# Runs the runner may send before the first is answered. True of any number: the loop reads one line, answers it
# and only then reads the next, so later runs wait in the pipe (and the runner's write buffer), answered in order.
# 4 keeps the harness busy between runs without asking the runner to hold many batches.
IN_FLIGHT = 4
Handler = Callable[[Dict[str, Any]], Dict[str, Any]]

# Keys each result status may carry besides id and status (protocol-schema.ts, results).
_ALLOWED = {
    "ok": {"output", "form", "received", "type", "unrecognized", "events"},
    "rejected": {"message", "events"},
    "skipped": {"reason"},
    "errored": {"message"},
}
_VALUE_KEYS = {"output", "form", "received", "type", "unrecognized"}
# What the user's code received (protocol-schema.ts, receivedKinds); "declared" is the default and left out.
RECEIVED = ("declared", "unknown", "other", "raw", "nothing")


class Rejected(Exception):
    """The SDK refused the input; ``events`` are what a stream yielded before the refusal."""

    def __init__(self, message: str, events: Optional[List[Dict[str, Any]]] = None):
        super().__init__(message)
        self.events = events


def value(output: Optional[str] = None, *, received: str = "declared", type: Optional[str] = None,
          unrecognized: Sequence[str] = (), form: Optional[str] = None) -> Dict[str, Any]:
    """One decoded value: the SDK's output text, what the user's code received (and the SDK type it came back as,
    when not the declared one), the enum values it kept as unrecognised. ``received="nothing"`` has no output."""
    out: Dict[str, Any] = {} if output is None else {"output": output}
    if form:
        out["form"] = form
    if received != "declared":
        out["received"] = received
    if type:
        out["type"] = type
    if unrecognized:
        out["unrecognized"] = list(unrecognized)
    return out


def ok(output: Optional[str] = None, **markers: Any) -> Dict[str, Any]:
    return {"status": "ok", **value(output, **markers)}


def rejected(message: str, events: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    result: Dict[str, Any] = {"status": "rejected", "message": message or "rejected"}
    if events is not None:
        result["events"] = events
    return result


def describe_exception(error: BaseException, limit: int = 2000) -> str:
    """One line: the exception's type and message; a pydantic-style error list (``errors()``) as loc: msg [type]."""
    text = None
    details = getattr(error, "errors", None)
    if callable(details):
        try:
            items = details()
            text = f"{type(error).__name__}: " + "; ".join(
                f"/{'/'.join(str(part) for part in item.get('loc', ()))}: {item.get('msg')} [{item.get('type')}]" for item in items
            )
        except Exception:  # not pydantic's errors(): fall back to str(error)
            text = None
    if text is None:
        text = f"{type(error).__name__}: {error}"

    text = " | ".join(part.strip() for part in text.splitlines() if part.strip())
    return text if len(text) <= limit else text[:limit] + "…"


def utf8_size(text: str) -> int:
    """The UTF-8 length the runner measures (a lone surrogate counts 3 bytes, as the runner's U+FFFD does)."""
    return len(text.encode("utf-8", "surrogatepass"))


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, on a character boundary, saying so and how long it was."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) <= limit:
        return text
    suffix = f"…(truncated, {len(data)} bytes in all)"
    cut = max(0, limit - utf8_size(suffix))
    while cut > 0 and data[cut] & 0xC0 == 0x80:  # back off a continuation byte: never split a character
        cut -= 1
    return data[:cut].decode("utf-8", "surrogatepass") + suffix


def bounded(result: Dict[str, Any], limits: Mapping[str, int]) -> Dict[str, Any]:
    """The result within the runner's limits: an output over max_output_bytes becomes ``errored`` saying its size;
    a message or reason over max_message_bytes is cut, saying so. The harness reports; it judges nothing else."""
    outputs = [("the output", result["output"])] if "output" in result else []
    outputs += [(f"the output of event {index}", event["output"]) for index, event in enumerate(result.get("events") or []) if "output" in event]
    for where, output in outputs:
        size = utf8_size(output)
        if size > limits["max_output_bytes"]:
            result = {"status": "errored", "message": f"{where} was {size} bytes, over the runner's limit of {limits['max_output_bytes']} (limits.max_output_bytes)"}
            break
    for key in ("message", "reason"):
        if key in result:
            result = {**result, key: truncate(result[key], limits["max_message_bytes"])}
    return result


def _check_result(result: Any) -> Dict[str, Any]:
    """A handler's answer, checked against the result schema (a bad one is the harness's error, for this case only)."""
    if not isinstance(result, dict) or result.get("status") not in _ALLOWED:
        raise TypeError(f"handler returned {result!r:.200}, not a result")
    status = result["status"]
    extra = set(result) - {"status"} - _ALLOWED[status]
    if extra:
        raise TypeError(f"a {status} result may not carry {sorted(extra)}")
    if status == "ok" and ("events" in result) == bool(set(result) & _VALUE_KEYS):
        raise TypeError("an ok result carries either one value or events")
    needed = {"rejected": "message", "errored": "message", "skipped": "reason"}.get(status)
    if needed and not isinstance(result.get(needed), str):
        raise TypeError(f"a {status} result needs a string {needed}")
    if status == "ok" and "events" not in result:
        _check_value(result)
    for event in result.get("events", []):
        if not isinstance(event, dict) or set(event) - _VALUE_KEYS:
            raise TypeError(f"bad stream event {event!r:.200}")
        _check_value(event)
    return result


def _check_value(decoded: Mapping[str, Any]) -> None:
    """A decoded value as the schema has it: an output unless nothing came back, a type for "other"."""
    received = decoded.get("received", "declared")
    if received not in RECEIVED:
        raise TypeError(f"received {received!r} is none of {RECEIVED}")
    if ("output" in decoded) == (received == "nothing"):
        raise TypeError("a value carries an output unless nothing was received" if received != "nothing" else "nothing received carries no output")
    if "output" in decoded and not isinstance(decoded["output"], str):
        raise TypeError("output must be a string of JSON text")
    if "type" in decoded and not isinstance(decoded["type"], str) or received == "other" and not decoded.get("type"):
        raise TypeError('a value received as "other" names its type, a string')


# RFC 8259 tokens, each after optional whitespace: a string, a number or literal, a structural character.
_TOKEN = re.compile(r'[ \t\n\r]*(?:(?P<string>"(?:[^"\\\x00-\x1f]+|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")'
                    r"|(?P<scalar>-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)|(?P<punct>[][{}:,]))")
_CLOSE = {"{": "}", "[": "]"}


def one_json_value(text: str) -> bool:
    """Whether ``text`` is exactly one JSON value by RFC 8259, whitespace around it allowed. Iterative: any depth."""
    stack: List[str] = []  # the "{" and "[" still open
    expect, opened = "value", False  # what may come next (value, key, :, ",", end); just after "{" or "["
    position = 0
    while True:
        match = _TOKEN.match(text, position)
        if match is None:
            return expect == "end" and text[position:].strip(" \t\n\r") == ""
        kind = match.lastgroup
        position, token = match.end(), match.group(kind)
        if stack and token == _CLOSE[stack[-1]] and (opened or expect == ","):
            stack.pop()
            expect, opened = ("," if stack else "end"), False
            continue
        opened = False
        if expect == "value" and token in ("{", "["):
            stack.append(token)
            expect, opened = ("key" if token == "{" else "value"), True
        elif expect == "value" and kind != "punct":
            expect = "," if stack else "end"
        elif expect == "key" and kind == "string":
            expect = ":"
        elif expect == ":" and token == ":":
            expect = "value"
        elif expect == "," and token == ",":
            expect = "key" if stack[-1] == "{" else "value"
        else:
            return False


def classes_by_type(union: Any) -> Dict[str, Tuple[type, ...]]:
    """For an SDK union of pydantic models: each value of a member's ``type`` Literal -> the members declaring it
    (the class the SDK documents for a value of that type). Members without such a field are left out."""
    found: Dict[str, Tuple[type, ...]] = {}

    def walk(member: Any) -> None:
        member = getattr(member, "__value__", member)  # a TypeAliasType
        origin = typing.get_origin(member)
        if origin is typing.Annotated:
            walk(typing.get_args(member)[0])
        elif origin is typing.Union:
            for argument in typing.get_args(member):
                walk(argument)
        else:
            field = getattr(member, "model_fields", {}).get("type")
            if field is not None and typing.get_origin(field.annotation) is typing.Literal:
                for literal in typing.get_args(field.annotation):
                    found[literal] = found.get(literal, ()) + (member,)

    walk(union)
    return found


BYTE_ORDER_MARK = "a byte-order mark cannot sit inside a response envelope"
NOT_ONE_VALUE = "not one JSON value: inside an envelope it would be read as something else"


def envelope_skip(text: str) -> Optional[str]:
    """Why ``text`` cannot be served unchanged inside a response envelope (the skip reason), or None when it can."""
    if text.startswith("\ufeff"):
        return BYTE_ORDER_MARK
    return None if one_json_value(text) else NOT_ONE_VALUE


class Harness:
    """The protocol state machine, separated from stdio so it can be tested with byte strings."""

    def __init__(self, hello: Mapping[str, Any], handlers: Mapping[str, Handler], rejections: Tuple[Type[BaseException], ...] = ()):
        unknown = set(handlers) - set(OPERATIONS)
        if unknown:
            raise ValueError(f"unknown operations {sorted(unknown)}")
        self.handlers = dict(handlers)
        self.rejections = tuple(rejections)
        caps = dict(hello["capabilities"])
        caps["operations"] = [op for op in OPERATIONS if op in self.handlers]
        caps["in_flight"], caps["ordered"] = IN_FLIGHT, True  # what this loop does (see IN_FLIGHT), whatever the harness says
        self.hello = {"op": "hello", "protocol": PROTOCOL, **{k: v for k, v in hello.items() if k not in ("op", "protocol")}}
        self.hello["capabilities"] = caps
        self.shapes = dict(caps.get("shapes", {}))
        self.traced: set = set()
        self.limits: Dict[str, int] = dict(DEFAULT_LIMITS)

    def answer(self, case: Any) -> Dict[str, Any]:
        """One case → one result with its id; never raises."""
        case_id = case.get("id") if isinstance(case, dict) else None
        case_id = case_id if isinstance(case_id, str) and case_id else "?"
        try:
            operation = case.get("operation")
            if operation not in self.handlers:
                return {"id": case_id, "status": "skipped", "reason": f"operation {operation!r} is not declared in hello"}
            if operation != "stream" and case.get("shape") not in self.shapes:
                return {"id": case_id, "status": "skipped", "reason": f"shape {case.get('shape')!r} is not declared in hello"}
            result = _check_result(self.handlers[operation](case))
        except Rejected as error:
            result = rejected(str(error), error.events)
        except self.rejections as error:  # the SDK's own refusal
            result = rejected(describe_exception(error))
        except Exception as error:  # anything else is unexpected: errored, with the traceback on stderr
            self._print_traceback_once(case_id, error)
            result = {"status": "errored", "message": describe_exception(error)}

        return {"id": case_id, **bounded(result, self.limits)}

    def _print_traceback_once(self, case_id: str, error: BaseException) -> None:
        """A traceback per place it was raised from: a fuzz run meets the same SDK bug thousands of times."""
        frames = traceback.extract_tb(error.__traceback__)
        site = (type(error).__name__, frames[-1].filename, frames[-1].lineno) if frames else (type(error).__name__,)
        if site in self.traced:
            return
        self.traced.add(site)
        print(f"case {case_id} (first case raising from here; later ones are not traced): {traceback.format_exc()}", file=sys.stderr, flush=True)

    def handle(self, message: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        """The reply to one message after hello (None when there is none)."""
        op = message.get("op")
        if op == "run":
            cases = message.get("cases")
            return {"op": "results", "id": message.get("id"), "results": [self.answer(case) for case in (cases if isinstance(cases, list) else [])]}
        print(f"ignoring message with op {op!r}", file=sys.stderr, flush=True)
        return None

    def greet(self, message: Any) -> Tuple[Dict[str, Any], bool]:
        """The reply to the first message, and whether to go on."""
        if not isinstance(message, dict) or message.get("op") != "hello":
            return {"op": "hello", "error": "the first message must be a hello"}, False
        version = message.get("protocol")
        if type(version) is not int or version != PROTOCOL:
            return {"op": "hello", "error": f"protocol {version!r} is not spoken here; this harness speaks protocol {PROTOCOL} only"}, False
        limits = message.get("limits") if isinstance(message.get("limits"), dict) else {}
        for key in DEFAULT_LIMITS:  # each limit the runner sent (a positive integer), else its default
            if type(limits.get(key)) is int and limits[key] > 0:
                self.limits[key] = limits[key]
        return self.hello, True

    def run(self, lines: Iterable[bytes], write: Callable[[Dict[str, Any]], None]) -> int:
        """Reads messages from ``lines`` (byte strings split on b"\\n"), writes replies; returns the exit code."""
        greeted = False
        for raw in lines:
            line = raw.strip(b" \t\r\n")
            if not line:
                continue
            try:
                message = json.loads(line)
            except ValueError as error:
                if not greeted:
                    write({"op": "hello", "error": f"the first line is not JSON: {error}"})
                    return 1
                print(f"ignoring a line that is not JSON: {error}", file=sys.stderr, flush=True)
                continue
            if not greeted:
                reply, greeted = self.greet(message)
                write(reply)
                if not greeted:
                    return 1
                continue
            if isinstance(message, dict) and message.get("op") == "stop":
                return 0
            reply = self.handle(message) if isinstance(message, dict) else None
            if reply is not None:
                write(reply)
        return 0  # end of input means stop


def _lines(stream: BinaryIO) -> Iterable[bytes]:
    """stdin split on b"\\n" only (a lone \\r stays inside its line)."""
    while True:
        line = stream.readline()
        if not line:
            return
        yield line


def serve(hello: Mapping[str, Any], handlers: Mapping[str, Handler], rejections: Tuple[Type[BaseException], ...] = ()) -> int:
    """Runs the protocol on this process's stdin/stdout; returns the exit code (use ``sys.exit(serve(...))``)."""
    harness = Harness(hello, handlers, rejections)
    out = os.fdopen(os.dup(1), "wb", buffering=0)  # the protocol's own stdout
    os.dup2(2, 1)  # everything else written to fd 1 lands on stderr
    sys.stdout = sys.stderr

    def write(message: Dict[str, Any]) -> None:
        # ensure_ascii: lone surrogates an SDK kept in a string still make valid UTF-8 JSON text
        out.write(json.dumps(message, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii") + b"\n")
        out.flush()

    return harness.run(_lines(sys.stdin.buffer), write)


def serve_entry(entries: Mapping[str, Tuple[Mapping[str, Any], Mapping[str, Handler]]], argv: Sequence[str],
                rejections: Tuple[Type[BaseException], ...] = ()) -> int:
    """Serves the one entry named by ``argv`` (``entries``: name -> (hello, handlers)); exit 2 with a usage line
    on stderr when it names none of them, so a registry line without its entry fails at start, not mid-run."""
    if len(argv) != 1 or argv[0] not in entries:
        print(f"usage: {os.path.basename(sys.argv[0])} ENTRY, one of: {', '.join(entries)} (got {list(argv)})", file=sys.stderr)
        return 2
    hello, handlers = entries[argv[0]]
    return serve(hello, handlers, rejections)
