"""Tests of protocol.py and the two harnesses. Every message a harness writes here is checked against protocol v1's
schema file (schema_check.py, with jsonschema from requirements.lock); the SDK checks need the SDKs installed.

    .venv/bin/python -m unittest -v test_harness          # from apps/harness-python, after sh setup.sh
"""

import base64
import contextlib
import importlib.util
import glob
import importlib
import io
import json
import os
import subprocess
import sys
import unittest

import client_entry
import protocol
import schema_check
from protocol import Harness, Rejected, ok

HERE = os.path.dirname(os.path.abspath(__file__))
HELLO_IN = {"op": "hello", "protocol": 1, "runner": {"name": "test", "version": "0"}, "limits": schema_check.default_limits()}
DESCRIPTION = {
    "implementation": {"name": "toy", "language": "python", "version": "1.0.0", "entry": {"name": "parse", "kind": "helper", "calls": "toy.parse(text)"}},
    "capabilities": {"shapes": {"Toy": "toy.Toy"}, "batch": 8},
    "profile": {"unknown_fields": "drop", "null_vs_absent": "distinct", "enums": "closed", "key_casing": "wire", "numbers": "exact"},
}


def toy_decode(case):
    text = case["input"]
    if text == "boom":
        raise RuntimeError("the SDK blew up")
    if text == "bad-return":
        return {"status": "ok"}  # neither output nor events: the harness's own mistake
    if text == "refuse":
        raise Rejected("refused by the SDK")
    return ok(json.dumps(json.loads(text)))  # ValueError on text that is not JSON: a rejection (below)


def assert_protocol(replies, refused=False):
    """Every reply is the message the schema file says it must be: a hello (or a refusal), then results."""
    for index, reply in enumerate(replies):
        definition = ("harnessRefusal" if refused else "harnessHello") if index == 0 else "results"
        problem = schema_check.violation(definition, json.loads(json.dumps(reply, ensure_ascii=True, allow_nan=False)))
        if problem:
            raise AssertionError(f"reply {index}: {problem}")


def converse(*messages, handlers=None, raw=None):
    """Runs the protocol over the given messages; returns (exit code, replies), each checked against the schema."""
    replies = []
    lines = raw if raw is not None else [json.dumps(m).encode() + b"\n" for m in messages]
    with contextlib.redirect_stderr(io.StringIO()):  # the tracebacks of the errored cases
        code = Harness(DESCRIPTION, handlers or {"decode": toy_decode}, rejections=(ValueError,)).run(lines, replies.append)
    assert_protocol(replies, refused=code == 1)
    return code, replies


def read_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def decode_case(case_id, text, shape="Toy"):
    return {"id": case_id, "operation": "decode", "shape": shape, "input": text}


class HelloTest(unittest.TestCase):
    def test_hello_describes_the_harness(self):
        code, [hello] = converse(HELLO_IN, {"op": "stop"})
        self.assertEqual(code, 0)
        self.assertEqual(hello["op"], "hello")
        self.assertEqual(hello["protocol"], 1)
        self.assertEqual(hello["implementation"]["version"], "1.0.0")
        self.assertEqual(hello["capabilities"]["operations"], ["decode"])  # from the handlers given, nothing more
        self.assertEqual(set(hello), {"op", "protocol", "implementation", "capabilities", "profile"})

    def test_hello_declares_runs_in_flight_and_in_order(self):
        description = {**DESCRIPTION, "capabilities": {**DESCRIPTION["capabilities"], "in_flight": 64, "ordered": False}}
        hello, _ = Harness(description, {"decode": toy_decode}).greet(HELLO_IN)
        self.assertEqual((hello["capabilities"]["in_flight"], hello["capabilities"]["ordered"]), (protocol.IN_FLIGHT, True))

    def test_refuses_another_protocol_version(self):
        for version in (2, 0, "1", True, None):
            code, replies = converse({**HELLO_IN, "protocol": version}, {"op": "stop"})
            self.assertEqual(code, 1)
            self.assertEqual(len(replies), 1)
            self.assertEqual(set(replies[0]), {"op", "error"})
            self.assertIn("protocol", replies[0]["error"])

    def test_refuses_a_first_line_that_is_not_hello(self):
        code, [reply] = converse({"op": "run", "id": "r1", "cases": []})
        self.assertEqual((code, set(reply)), (1, {"op", "error"}))
        code, [reply] = converse(raw=[b"not json\n"])
        self.assertEqual((code, set(reply)), (1, {"op", "error"}))


class RunTest(unittest.TestCase):
    def test_one_bad_case_does_not_kill_the_batch(self):
        cases = [
            decode_case("a", '{"x":1}'),
            decode_case("b", "boom"),
            decode_case("c", "{not json"),
            decode_case("d", "refuse"),
            decode_case("e", "bad-return"),
            decode_case("f", "{}", shape="Undeclared"),
            {"id": "g", "operation": "stream", "chunks": []},
            decode_case("h", "[1, 2]"),
        ]
        code, [_, results] = converse(HELLO_IN, {"op": "run", "id": "r1", "cases": cases}, {"op": "stop"})
        self.assertEqual(code, 0)
        self.assertEqual((results["op"], results["id"]), ("results", "r1"))
        by_id = {result["id"]: result for result in results["results"]}
        self.assertEqual(list(by_id), list("abcdefgh"))
        self.assertEqual(by_id["a"], {"id": "a", "status": "ok", "output": '{"x": 1}'})
        self.assertEqual(by_id["b"]["status"], "errored")
        self.assertIn("the SDK blew up", by_id["b"]["message"])
        self.assertEqual(by_id["c"]["status"], "rejected")
        self.assertEqual(by_id["d"], {"id": "d", "status": "rejected", "message": "refused by the SDK"})
        self.assertEqual(by_id["e"]["status"], "errored")
        self.assertEqual(by_id["f"]["status"], "skipped")
        self.assertEqual(by_id["g"]["status"], "skipped")
        self.assertEqual(by_id["h"], {"id": "h", "status": "ok", "output": "[1, 2]"})

    def test_runs_sent_before_the_first_answer_are_answered_in_order(self):
        runs = [{"op": "run", "id": f"r{n}", "cases": [decode_case("c", str(n))]} for n in range(protocol.IN_FLIGHT)]
        code, replies = converse(HELLO_IN, *runs)
        self.assertEqual([reply.get("id") for reply in replies[1:]], [run["id"] for run in runs])

    def test_blank_lines_are_ignored_before_and_between_messages(self):
        run = json.dumps({"op": "run", "id": "r1", "cases": [decode_case("c", "1")]}).encode()
        lines = [b"\n", b" \t\r\n", json.dumps(HELLO_IN).encode() + b"\n", b"\r\n", b"\t\n", run + b"\n", b"   \n", b'{"op":"stop"}\n']
        code, replies = converse(raw=lines)
        self.assertEqual((code, [reply["op"] for reply in replies]), (0, ["hello", "results"]))

    def test_every_run_is_answered_until_stop_or_end_of_input(self):
        run = lambda run_id: json.dumps({"op": "run", "id": run_id, "cases": [decode_case("c", "1")]}).encode()
        lines = [json.dumps(HELLO_IN).encode() + b"\n", b"\n", b"  \r\n", run("r1") + b"\r\n", b'{"op":"what"}\n', run("r2")]
        code, replies = converse(raw=lines)  # no stop: the end of input stops it
        self.assertEqual(code, 0)
        self.assertEqual([reply.get("id") for reply in replies], [None, "r1", "r2"])
        code, replies = converse(HELLO_IN, {"op": "stop"}, {"op": "run", "id": "late", "cases": []})
        self.assertEqual((code, len(replies)), (0, 1))  # nothing is read after stop

    def test_a_traceback_is_printed_once_per_place_raised_from(self):
        cases = [decode_case(case_id, "boom") for case_id in ("x", "y", "z")]
        stderr = io.StringIO()
        replies = []
        with contextlib.redirect_stderr(stderr):
            Harness(DESCRIPTION, {"decode": toy_decode}).run([json.dumps(m).encode() for m in (HELLO_IN, {"op": "run", "id": "r", "cases": cases})], replies.append)
        assert_protocol(replies)
        self.assertEqual([r["status"] for r in replies[1]["results"]], ["errored"] * 3)  # every case still says what happened
        self.assertEqual(stderr.getvalue().count("Traceback"), 1)
        self.assertIn("case x (first case raising from here", stderr.getvalue())



class LimitsTest(unittest.TestCase):
    """What a harness writes stays within the limits of the runner's hello."""

    def limited(self, **limits):
        return {**HELLO_IN, "limits": {**HELLO_IN["limits"], **limits}}

    def answer(self, handler, hello, operation="decode"):
        case = {"id": "c", "operation": "stream", "chunks": []} if operation == "stream" else decode_case("c", "x")
        _, [_, results] = converse(hello, {"op": "run", "id": "r", "cases": [case]}, handlers={operation: handler})
        return results["results"][0]

    def test_a_long_message_is_cut_on_a_character_boundary_saying_so(self):
        for status in ("rejected", "errored"):
            result = self.answer(lambda case: {"status": status, "message": "é" * 1000}, self.limited(max_message_bytes=257))
            self.assertEqual(result["status"], status)
            self.assertTrue(result["message"].endswith("…(truncated, 2000 bytes in all)"), result["message"][-60:])
            self.assertLessEqual(protocol.utf8_size(result["message"]), 257)
            self.assertEqual(set(result["message"][: -len("…(truncated, 2000 bytes in all)")]), {"é"})

    def test_a_long_reason_is_cut(self):
        result = self.answer(lambda case: {"status": "skipped", "reason": "x" * 300}, self.limited(max_message_bytes=256))
        self.assertEqual((result["status"], protocol.utf8_size(result["reason"])), ("skipped", 256))

    def test_a_message_within_the_limit_is_kept_whole(self):
        result = self.answer(lambda case: {"status": "rejected", "message": "x" * 256}, self.limited(max_message_bytes=256))
        self.assertEqual(result["message"], "x" * 256)

    def test_an_output_over_the_limit_is_errored_with_its_size(self):
        result = self.answer(lambda case: ok("[" + "1," * 600 + "1]"), self.limited(max_output_bytes=1024))
        self.assertEqual(result, {"id": "c", "status": "errored", "message": "the output was 1203 bytes, over the runner's limit of 1024 (limits.max_output_bytes)"})
        events = [{"output": "{}"}, {"output": '"' + "é" * 600 + '"'}]
        for status in ("ok", "rejected"):
            result = self.answer(lambda case: {"status": status, "events": events, **({"message": "no"} if status == "rejected" else {})}, self.limited(max_output_bytes=1024), "stream")
            self.assertEqual(result["status"], "errored")
            self.assertIn("the output of event 1 was 1202 bytes, over the runner's limit of 1024", result["message"])

    def test_a_hello_without_limits_gets_the_schema_defaults(self):
        self.assertEqual(protocol.DEFAULT_LIMITS, schema_check.default_limits())
        harness = Harness(DESCRIPTION, {"decode": toy_decode})
        harness.greet({**HELLO_IN, "limits": {"max_message_bytes": "many"}})
        self.assertEqual(harness.limits, schema_check.default_limits())


class SchemaTest(unittest.TestCase):
    def test_the_result_keys_protocol_checks_are_the_schemas(self):
        self.assertEqual(protocol._ALLOWED, schema_check.result_keys())

    def test_the_check_refuses_a_message_the_schema_refuses(self):
        _, [hello] = converse(HELLO_IN)
        broken = {**hello, "capabilities": {**hello["capabilities"], "in_flight": 0}}
        self.assertRaisesRegex(AssertionError, "harnessHello at /capabilities/in_flight", assert_protocol, [broken])
        self.assertRaisesRegex(AssertionError, "results", assert_protocol, [hello, {"op": "results", "id": "r", "results": [{"id": "c", "status": "ok"}]}])


class ValueTest(unittest.TestCase):
    """What came back for a value: received (and type) as the schema has them, checked before anything is written."""

    def answer(self, result):
        _, [_, results] = converse(HELLO_IN, {"op": "run", "id": "r", "cases": [decode_case("c", "x")]}, handlers={"decode": lambda case: result})
        return results["results"][0]

    def test_value_leaves_the_declared_default_out(self):
        self.assertEqual(protocol.value("{}"), {"output": "{}"})
        self.assertEqual(protocol.value("{}", received="other", type="ResponseOutputMessage"), {"output": "{}", "received": "other", "type": "ResponseOutputMessage"})
        self.assertEqual(protocol.value(received="nothing"), {"received": "nothing"})

    def test_every_kind_of_value_is_written_as_the_schema_has_it(self):
        for value in (protocol.value("{}"), protocol.value("null", received="raw"), protocol.value("{}", received="unknown", type="UnknownOutputItems"),
                      protocol.value("{}", received="other", type="ResponseOutputMessage"), protocol.value(received="nothing")):
            with self.subTest(value=value):
                self.assertEqual(self.answer({"status": "ok", **value}), {"id": "c", "status": "ok", **value})
                self.assertEqual(self.answer({"status": "ok", "events": [value]}), {"id": "c", "status": "ok", "events": [value]})

    def test_a_value_the_schema_refuses_is_the_harness_error(self):
        for bad in ({"received": "other", "output": "{}"}, {"received": "nothing", "output": "{}"}, {"received": "raw"},
                    {"received": "fallback", "output": "{}"}, {"output": "{}", "type": 1}, {"output": "{}", "fallback": "unknown"}):
            with self.subTest(value=bad):
                self.assertEqual(self.answer({"status": "ok", **bad})["status"], "errored")
                self.assertEqual(self.answer({"status": "ok", "events": [bad]})["status"], "errored")
        self.assertEqual(self.answer({"status": "ok", "output": "{}", "events": []})["status"], "errored")


class EnvelopeTest(unittest.TestCase):
    """Which case texts a client entry can serve unchanged inside a response envelope."""

    def test_a_byte_order_mark_and_anything_but_one_json_value_are_skipped_saying_why(self):
        self.assertEqual(protocol.envelope_skip('\ufeff{"type":"image_generation_call"}'), protocol.BYTE_ORDER_MARK)
        for text in ("{} {}", "1, 2", '{"type":"image_generation_call","id":"ig', "NaN", "[1,]", "", "// c\n{}", "{'a':1}", '"\\x"', "01", "[}"):
            with self.subTest(text=text):
                self.assertEqual(protocol.envelope_skip(text), protocol.NOT_ONE_VALUE)

    def test_one_json_value_is_served_whatever_its_depth_or_content(self):
        for text in ("{}", " [1, -0.5e+3, true, null] \r\n", '"\\ud800"', '{"a":1,"a":2}', "[" * 100_000 + "]" * 100_000, '"é\u2028"'):
            with self.subTest(text=text[:40]):
                self.assertIsNone(protocol.envelope_skip(text))

    def test_it_agrees_with_json_loads_on_every_corpus_input(self):
        def loads(text):
            try:
                json.loads(text, parse_constant=lambda name: (_ for _ in ()).throw(ValueError(name)))  # NaN, Infinity: not JSON
                return True
            except (ValueError, RecursionError):
                return False

        cases = corpus_cases()
        if not cases:
            self.skipTest("no corpus beside this app")
        for case in (case for case in cases if case["operation"] == "decode" and not case["input"].startswith("\ufeff")):
            with self.subTest(case=case["id"]):
                self.assertEqual(protocol.one_json_value(case["input"]), loads(case["input"]))


def corpus_cases():
    corpus = os.path.join(HERE, "..", "..", "fixtures", "corpus")
    return [case for path in sorted(glob.glob(os.path.join(corpus, "**", "*.json"), recursive=True)) for case in read_json(path)]


def sdk_harness(test, module):
    """The harness module, or the test skipped when its SDK is not installed (outside the venv)."""
    if importlib.util.find_spec(module.split("_")[0]) is None:
        test.skipTest(f"{module}'s SDK is not installed here (run with .venv/bin/python)")
    return importlib.import_module(module)


def through(harness, entry, *cases):
    """Cases through the protocol loop of one entry, every message checked against the schema: the results."""
    hello, handlers = harness.ENTRIES[entry]
    replies = []
    with contextlib.redirect_stderr(io.StringIO()):
        Harness(hello, handlers, harness.REJECTIONS).run([json.dumps(m).encode() for m in (HELLO_IN, {"op": "run", "id": "r", "cases": list(cases)})], replies.append)
    assert_protocol(replies)
    return replies[1]["results"]


class ClientEntryTest(unittest.TestCase):
    """The client entry of each SDK: the case's text inside a response envelope, what response.output[0] is."""

    MODULES = ("openai_harness", "openrouter_harness")
    UNKNOWN_ITEM = '{"type":"no_such_item","id":"x_1","status":"completed"}'

    def each(self):
        for module in self.MODULES:
            with self.subTest(harness=module):
                yield sdk_harness(self, module)

    def test_text_that_cannot_sit_inside_an_envelope_is_skipped(self):
        for harness in self.each():
            bom, two = through(harness, "client", decode_case("bom", '\ufeff{"type":"image_generation_call","id":"ig_1"}', "ImageGenToolCall"),
                               decode_case("two", "{} {}", "ImageGenToolCall"))
            self.assertEqual(bom, {"id": "bom", "status": "skipped", "reason": "a byte-order mark cannot sit inside a response envelope"})
            self.assertEqual(two, {"id": "two", "status": "skipped", "reason": "not one JSON value: inside an envelope it would be read as something else"})

    def test_the_envelope_holds_the_text_verbatim(self):
        for harness in self.each():
            text = ' {"type" : "image_generation_call","id":"ig_1","status":"completed","result":"aGk=" } '
            body = harness.ENVELOPE[0] + text + harness.ENVELOPE[1]
            self.assertIn(text, body)
            self.assertEqual(json.loads(body)["output"], [json.loads(text)])
            [result] = through(harness, "client", decode_case("c", text, "ImageGenToolCall"))
            self.assertEqual((result["status"], "received" in result), ("ok", False))  # a valid item: the declared class

    @staticmethod
    def call(harness, text):
        """The SDK's client itself (the harness's mocked one) on the envelope around ``text``: its response."""
        return (getattr(harness, "create", None) or harness.send)((harness.ENVELOPE[0] + text + harness.ENVELOPE[1]).encode())

    def test_an_empty_output_list_is_nothing(self):
        for harness in self.each():
            response = self.call(harness, "")
            self.assertEqual(response.output, [])
            read = client_entry.first_output(response, lambda item: harness.answer(item, harness._declared("ImageGenToolCall")))
            self.assertEqual(read, {"status": "ok", "received": "nothing"})

    def test_an_unknown_item_type_is_reported_as_the_sdk_gives_it_back(self):
        # pinned by the lock: openai builds another class, unmarked; openrouter its own Unknown* catch-all
        expected = {"openai_harness": ("other", "ResponseOutputMessage"), "openrouter_harness": ("unknown", "UnknownOutputItems")}
        for harness in self.each():
            item = self.call(harness, self.UNKNOWN_ITEM).output[0]
            [result] = through(harness, "client", decode_case("c", self.UNKNOWN_ITEM, "ImageGenToolCall"))
            self.assertEqual(result["status"], "ok")
            self.assertEqual((result.get("received"), result.get("type")), expected[harness.__name__])
            self.assertEqual(result["type"], type(item).__name__)
            self.assertEqual(result["received"] == "unknown", getattr(item, "is_unknown", False) is True)

    def test_what_the_openai_client_hands_back_for_items_it_cannot_build_as_declared(self):
        harness = sdk_harness(self, "openai_harness")
        cases = {"no-type": '{"id":"ig_1","status":"completed"}', "upper": '{"type":"IMAGE_GENERATION_CALL","id":"ig_1"}',
                 "null": "null", "list": "[1, 2]", "string": '"ig_1"'}
        results = through(harness, "client", *(decode_case(name, text, "ImageGenToolCall") for name, text in cases.items()))
        got = {result["id"]: (result.get("received"), result.get("type")) for result in results}
        for name, text in cases.items():
            item = self.call(harness, text).output[0]
            expected = ("other", type(item).__name__) if isinstance(item, harness.BaseModel) else ("raw", None)
            self.assertEqual(got[name], expected, name)

    def test_the_openrouter_client_refusing_an_item_is_rejected(self):
        harness = sdk_harness(self, "openrouter_harness")
        [result] = through(harness, "client", decode_case("c", '{"id":"ig_1","status":"completed"}', "ImageGenToolCall"))
        self.assertEqual(result["status"], "rejected")
        self.assertTrue(result["message"].startswith("ResponseValidationError: "), result["message"])

    def test_stream_events_are_reported_as_the_client_yields_them(self):
        chunks = [base64.b64encode(b"".join(b"data: " + json.dumps(event).encode() + b"\n\n" for event in (
            {"type": "response.image_generation_call.generating", "item_id": "ig_1", "output_index": 0, "sequence_number": 1},
            {"type": "response.image_generation_call.Generating", "item_id": "ig_1", "output_index": 0, "sequence_number": 2},
            {"type": "response.output_item.done", "output_index": 0, "sequence_number": 3, "item": {"type": "image_generation_call", "status": "completed"}},
        ))).decode()]
        expected = {"openai_harness": [None, ("other", "ResponseAudioDeltaEvent"), None],
                    "openrouter_harness": [None, ("unknown", "UnknownStreamEvents"), ("unknown", "UnknownOutputItems")]}
        for harness in self.each():
            [result] = through(harness, "client", {"id": "s", "operation": "stream", "chunks": chunks})
            self.assertEqual(result["status"], "ok")
            got = [(event["received"], event["type"]) if "received" in event else None for event in result["events"]]
            self.assertEqual(got, expected[harness.__name__])


class SharedClientEntryTest(unittest.TestCase):
    """client_entry.py, what both client entries share, on its own."""

    def test_a_refusal_ends_the_stream_as_rejected_with_the_events_before_it(self):
        def events():
            yield "a"
            yield "b"
            raise ValueError("bad event")
        with self.assertRaises(Rejected) as raised:
            client_entry.read_stream(events, lambda event: {"output": event}, (ValueError,), lambda error: f"refused: {error}")
        self.assertEqual((str(raised.exception), raised.exception.events), ("refused: bad event", [{"output": "a"}, {"output": "b"}]))
        with self.assertRaises(KeyError):  # anything else is not a refusal: the protocol loop makes it errored
            client_entry.read_stream(lambda: iter([{}]), lambda event: event["missing"], (ValueError,), str)

    def test_an_item_sits_verbatim_in_the_envelope_or_is_skipped_with_the_reason(self):
        body, skip = client_entry.enveloped({"input": '{"a":1}'}, ("[", "]"))
        self.assertEqual((body, skip), (b'[{"a":1}]', None))
        body, skip = client_entry.enveloped({"input": '\ufeff{"a":1}'}, ("[", "]"))
        self.assertIsNone(body)
        self.assertEqual(skip["status"], "skipped")
        self.assertIn("byte-order mark", skip["reason"])

    def test_the_mocked_body_is_served_one_chunk_per_read(self):
        class Response:
            def __init__(self, status, headers, content):
                self.status, self.headers, self.content = status, headers, list(content)
        served = client_entry.MockedBody(Response)
        served.event_stream({"chunks": [base64.b64encode(b"data: 1\n\n").decode(), base64.b64encode(b"data: 2\n\n").decode()]})
        response = served.handler(None)
        self.assertEqual((response.headers["content-type"], response.content), ("text/event-stream", [b"data: 1\n\n", b"data: 2\n\n"]))
        served.json(b"{}")
        self.assertEqual(served.handler(None).content, [b"{}"])


class HelperEntryTest(unittest.TestCase):
    def test_openai_construct_type_reports_another_class_or_the_raw_value(self):
        harness = sdk_harness(self, "openai_harness")
        results = through(harness, "construct_type", decode_case("no-type", '{"id":"ig_1","status":"completed"}', "ImageGenToolCall"),
                          decode_case("null", "null", "ImageGenToolCall"), decode_case("ok", HarnessProcessTest.ITEM, "ImageGenToolCall"),
                          decode_case("status", '"queued"', "ImageGenToolCallStatus"))
        got = [(result["id"], result.get("received"), result.get("type")) for result in results]
        self.assertEqual(got, [("no-type", "other", "ResponseOutputMessage"), ("null", "raw", None), ("ok", None, None), ("status", None, None)])

    def test_openai_construct_type_reads_a_nested_model_as_its_field_is_annotated(self):
        harness = sdk_harness(self, "openai_harness")
        usage = '{"input_tokens":"1","model":"gpt-image-2","output_tokens":2,"reasoning_tokens":0,"total_tokens":3}'
        results = through(harness, "construct_type", decode_case("usage", usage, "ResponseOutputItemImageGenerationCallSvgUsage"),
                          decode_case("null", "null", "ResponseOutputItemImageGenerationCallError"))
        got = [(result["id"], result.get("received"), json.loads(result["output"])) for result in results]
        # Optional[ImageGenerationCallSvgUsage] is a union, which construct_type validates first: "1" comes back as 1.
        self.assertEqual(got, [("usage", None, {**json.loads(usage), "input_tokens": 1}), ("null", "raw", None)])


class OpenAIDeclaredShapesTest(unittest.TestCase):
    ITEM = "openai.types.responses.ImageGenerationCall"

    def test_the_client_declares_both_item_readings_as_the_one_class(self):
        harness = sdk_harness(self, "openai_harness")
        shapes = harness.ENTRIES["client"][0]["capabilities"]["shapes"]
        self.assertEqual(shapes, {"ImageGenToolCall": self.ITEM, "ResponseOutputItemImageGenerationCall": self.ITEM})

    def test_construct_type_declares_the_documented_and_the_sdk_declared_shapes(self):
        harness = sdk_harness(self, "openai_harness")
        shapes = harness.ENTRIES["construct_type"][0]["capabilities"]["shapes"]
        events = ("InProgress", "Generating", "PartialImage", "Completed")
        self.assertEqual(shapes, {
            "ImageGenToolCall": self.ITEM,
            "ResponseOutputItemImageGenerationCall": self.ITEM,
            **{f"ImageGenCall{event}Event": f"openai.types.responses.ResponseImageGenCall{event}Event" for event in events},
            "ResponseImageGenCallPartialImageEvent": "openai.types.responses.ResponseImageGenCallPartialImageEvent",
            "ResponseOutputItemAddedEvent": "openai.types.responses.ResponseOutputItemAddedEvent",
            "ResponseOutputItemDoneEvent": "openai.types.responses.ResponseOutputItemDoneEvent",
            "ImageGenToolCallStatus": "openai.types.responses.response_output_item.ImageGenerationCall.status (Literal)",
            "ResponseOutputItemImageGenerationCallError": "openai.types.responses.ImageGenerationCallError",
            "ResponseOutputItemImageGenerationCallErrorModerationDetails": "openai.types.responses.ImageGenerationCallErrorModerationDetails",
            "ResponseOutputItemImageGenerationCallSvgUsage": "openai.types.responses.ImageGenerationCallSvgUsage",
        })

    def test_every_declared_shape_has_corpus_cases(self):
        harness = sdk_harness(self, "openai_harness")
        in_corpus = {case.get("shape") for case in corpus_cases()}
        if not in_corpus:
            self.skipTest("no corpus beside this app")
        self.assertEqual(set(harness.SHAPES) - in_corpus, set())


class StdioTest(unittest.TestCase):
    def test_stdout_carries_protocol_lines_only(self):
        """Through a real process: a print() in a handler lands on stderr, and a \\r inside a line is no line end."""
        program = (
            "import sys, protocol\n"
            "def decode(case):\n"
            "    print('noise from the SDK')\n"
            "    return protocol.ok(case['input'])\n"
            f"sys.exit(protocol.serve({DESCRIPTION!r}, {{'decode': decode}}))\n"
        )
        run = {"op": "run", "id": "r1", "cases": [decode_case("c1", '{\r"x":\r1}')]}
        stdin = (json.dumps(HELLO_IN) + "\n" + json.dumps(run) + "\n").encode()
        done = subprocess.run([sys.executable, "-c", program], input=stdin, capture_output=True, cwd=HERE, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode())
        lines = done.stdout.split(b"\n")
        self.assertEqual(lines[-1], b"")
        replies = [json.loads(line) for line in lines[:-1]]
        assert_protocol(replies)
        self.assertEqual([reply["op"] for reply in replies], ["hello", "results"])
        self.assertEqual(replies[1]["results"], [{"id": "c1", "status": "ok", "output": '{\r"x":\r1}'}])
        self.assertIn(b"noise from the SDK", done.stderr)


class HarnessProcessTest(unittest.TestCase):
    """Each SDK harness entry as the registry starts it: every line it writes is a valid protocol message."""

    ITEM = '{"type":"image_generation_call","id":"ig_1","status":"completed","result":"aGk="}'
    EVENT = b'event: response.image_generation_call.generating\ndata: {"type":"response.image_generation_call.generating","item_id":"ig_1","output_index":0,"sequence_number":1}\n\n'
    ENTRIES = {"openai_harness.py": ("client", "construct_type"), "openrouter_harness.py": ("client", "validate_json")}

    def converse(self, script, arguments, *messages):
        module = script.removesuffix(".py")
        if importlib.util.find_spec(module.split("_")[0]) is None:
            self.skipTest(f"{module}'s SDK is not installed here (run with .venv/bin/python)")
        stdin = b"".join(json.dumps(m).encode() + b"\n" for m in messages)
        done = subprocess.run([sys.executable, script, *arguments], input=stdin, capture_output=True, cwd=HERE, timeout=120)
        replies = [json.loads(line) for line in done.stdout.splitlines()]
        return done.returncode, replies, done.stderr.decode()

    def test_each_entry_writes_only_valid_messages(self):
        cases = [
            decode_case("accepted", self.ITEM, shape="ImageGenToolCall"),
            decode_case("not-json", "{not json", shape="ImageGenToolCall"),
            decode_case("undeclared", "{}", shape="NoSuchShape"),
            {"id": "stream", "operation": "stream", "chunks": [base64.b64encode(self.EVENT).decode()]},
            {"id": "broken-stream", "operation": "stream", "chunks": [base64.b64encode(b"data: {nope\n\n").decode()]},
        ]
        for script, entries in self.ENTRIES.items():
            for entry in entries:
                with self.subTest(harness=script, entry=entry):
                    code, replies, _ = self.converse(script, [entry], HELLO_IN, {"op": "run", "id": "r1", "cases": cases}, {"op": "stop"})
                    self.assertEqual(code, 0)
                    assert_protocol(replies)
                    self.assertEqual([reply["op"] for reply in replies], ["hello", "results"])
                    self.assertEqual(replies[0]["implementation"]["entry"]["name"], entry)
                    self.assertEqual(replies[0]["implementation"]["entry"]["kind"], "client" if entry == "client" else "helper")
                    statuses = {result["id"]: result["status"] for result in replies[1]["results"]}
                    client = entry == "client"
                    self.assertEqual(statuses, {"accepted": "ok", "not-json": "skipped" if client else "rejected", "undeclared": "skipped",
                                                "stream": "ok" if client else "skipped", "broken-stream": "rejected" if client else "skipped"})
                    code, replies, _ = self.converse(script, [entry], {**HELLO_IN, "protocol": 2})
                    self.assertEqual(code, 1)
                    assert_protocol(replies, refused=True)

    def test_an_entry_must_be_named(self):
        for script, entries in self.ENTRIES.items():
            for arguments in ([], ["no_such_entry"], [entries[0], entries[1]]):
                with self.subTest(harness=script, arguments=arguments):
                    code, replies, stderr = self.converse(script, arguments, HELLO_IN)
                    self.assertEqual((code, replies), (2, []))
                    self.assertIn(f"one of: {', '.join(entries)}", stderr)


class OpenRouterEquivalenceTest(unittest.TestCase):
    """The cached TypeAdapter(...).validate_json gives the verdicts of the SDK's own openrouter.utils.unmarshal_json."""

    def test_validate_json_matches_unmarshal_json_on_the_corpus(self):
        try:
            import openrouter_harness as harness
            from openrouter import utils
        except ImportError:
            self.skipTest("openrouter is not installed here (run with .venv/bin/python)")
        cases = [case for case in corpus_cases() if case["operation"] == "decode" and case["shape"] in harness.SHAPES]
        if not cases:
            self.skipTest("no corpus beside this app")
        types = {"OutputItems": harness.C.OutputItems, "StreamEvents": harness.C.StreamEvents,
                 "BaseInputsUnion1": harness.BaseInputsUnion1, harness.STATUS: harness.C.ImageGenerationStatus}

        def outcome(parse):
            try:
                parsed = parse()
            except Exception:  # both refuse: the messages differ in wording only
                return "rejected"
            return type(parsed).__name__, json.dumps(harness.answer(parsed, harness._declared(case["shape"])), sort_keys=True)

        for case in cases:
            union = harness.SHAPES[case["shape"]][0]
            with self.subTest(case=case["id"]):
                self.assertEqual(outcome(lambda: harness.ADAPTERS[union].validate_json(case["input"])),
                                 outcome(lambda: utils.unmarshal_json(case["input"], types[union])))


if __name__ == "__main__":
    unittest.main()


class PointersTest(unittest.TestCase):
    """pointers_of, which harnesses ask of every answer, finds what the plain walk finds, in its order."""

    def test_it_agrees_with_walk_on_every_value_the_sdk_parses_from_the_corpus(self):
        harness = sdk_harness(self, "openrouter_harness")
        from sdk_values import pointers_of, walk
        from openrouter.types import UnrecognizedStr
        compared = 0
        for case in corpus_cases():
            union = harness.SHAPES.get(case.get("shape"), (None,))[0]
            if case.get("operation") != "decode" or union is None:
                continue
            try:
                parsed = harness.ADAPTERS[union].validate_json(case["input"])
            except Exception:  # a value the SDK refuses has no pointers
                continue
            for kind in (UnrecognizedStr, str, int):
                self.assertEqual(pointers_of(parsed, kind), [pointer for pointer, node in walk(parsed) if isinstance(node, kind)], case["id"])
            compared += 1
        self.assertGreater(compared, 50)
