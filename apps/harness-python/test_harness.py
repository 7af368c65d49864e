"""Tests of protocol.py (standard library only), plus one check of the openrouter harness against the SDK's own
decode helper, which runs only where the SDK is installed (.venv/bin/python -m unittest test_harness).

    python3 -m unittest -v test_harness          # from apps/harness-python
"""

import contextlib
import glob
import io
import json
import os
import subprocess
import sys
import unittest

from protocol import Harness, Rejected, ok

HERE = os.path.dirname(os.path.abspath(__file__))
HELLO_IN = {"op": "hello", "protocol": 1, "runner": {"name": "test", "version": "0"}, "limits": {"max_line_bytes": 1 << 26}}
DESCRIPTION = {
    "implementation": {"name": "toy", "language": "python", "version": "1.0.0"},
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


def converse(*messages, handlers=None, raw=None):
    """Runs the protocol over the given messages; returns (exit code, replies)."""
    replies = []
    lines = raw if raw is not None else [json.dumps(m).encode() + b"\n" for m in messages]
    with contextlib.redirect_stderr(io.StringIO()):  # the tracebacks of the errored cases
        code = Harness(DESCRIPTION, handlers or {"decode": toy_decode}, rejections=(ValueError,)).run(lines, replies.append)
    return code, replies


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
        self.assertEqual([r["status"] for r in replies[1]["results"]], ["errored"] * 3)  # every case still says what happened
        self.assertEqual(stderr.getvalue().count("Traceback"), 1)
        self.assertIn("case x (first case raising from here", stderr.getvalue())



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
        self.assertEqual([reply["op"] for reply in replies], ["hello", "results"])
        self.assertEqual(replies[1]["results"], [{"id": "c1", "status": "ok", "output": '{\r"x":\r1}'}])
        self.assertIn(b"noise from the SDK", done.stderr)


class OpenRouterEquivalenceTest(unittest.TestCase):
    """The cached TypeAdapter(...).validate_json gives the verdicts of the SDK's own openrouter.utils.unmarshal_json."""

    def test_validate_json_matches_unmarshal_json_on_the_corpus(self):
        try:
            import openrouter_harness as harness
            from openrouter import utils
        except ImportError:
            self.skipTest("openrouter is not installed here (run with .venv/bin/python)")
        corpus = os.path.join(HERE, "..", "..", "fixtures", "corpus")
        cases = [case for path in sorted(glob.glob(os.path.join(corpus, "**", "*.json"), recursive=True)) for case in json.load(open(path, encoding="utf-8"))]
        cases = [case for case in cases if case["operation"] == "decode" and case["shape"] in harness.SHAPES]
        if not cases:
            self.skipTest("no corpus beside this app")
        types = {"OutputItems": harness.C.OutputItems, "StreamEvents": harness.C.StreamEvents,
                 "BaseInputsUnion1": harness.BaseInputsUnion1, harness.STATUS: harness.C.ImageGenerationStatus}

        def outcome(parse):
            try:
                parsed = parse()
            except Exception:  # both refuse: the messages differ in wording only
                return "rejected"
            return type(parsed).__name__, json.dumps(harness.answer(parsed, harness.SHAPES[case["shape"]][1]), sort_keys=True)

        for case in cases:
            union = harness.SHAPES[case["shape"]][0]
            with self.subTest(case=case["id"]):
                self.assertEqual(outcome(lambda: harness.ADAPTERS[union].validate_json(case["input"])),
                                 outcome(lambda: utils.unmarshal_json(case["input"], types[union])))


if __name__ == "__main__":
    unittest.main()
