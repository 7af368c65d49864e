"""What bounds this harness's throughput: the SDK's own work per case, measured alone, beside the harness's whole
answer and the protocol framing of a 256-case run message. Not a test; the bench's profile for the Python figure.

    .venv/bin/python bench_sdk.py          # from apps/harness-python (the venv `sh setup.sh` makes)
"""

import json
import timeit

import pydantic
from openrouter import components as C

import openrouter_harness as H
import protocol as P

ITEM = '{"type":"image_generation_call","id":"ig_68b8c2d4e0a081a29c1d2e3f4a5b6c7d","status":"completed","result":"iVBORw0KGgo=","prompt":"a fox"}'
CASE = {"id": "c1", "operation": "decode", "shape": "OutputImageGenerationCallItem", "input": ITEM}
CONCRETE = pydantic.TypeAdapter(C.OutputImageGenerationCallItem)
UNION = H.ADAPTERS["OutputItems"]
PARSED = UNION.validate_json(ITEM)
RUN = json.dumps({"op": "run", "id": "r1", "cases": [dict(CASE, id=f"c{n}") for n in range(256)]})

HELLO, HANDLERS = H.ENTRIES["validate_json"]
HARNESS = P.Harness(HELLO, HANDLERS, H.REJECTIONS)
LINES = [b'{"op":"hello","protocol":1}', RUN.encode()]


def whole_run():
    """A run message as the harness serves it: read, every case answered, the results written."""
    HARNESS.run(LINES, lambda message: json.dumps(message, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii"))


STEPS = {
    "json.loads (stdlib, for scale)": lambda: json.loads(ITEM),
    "SDK concrete model validate_json": lambda: CONCRETE.validate_json(ITEM),
    "SDK OutputItems union validate_json": lambda: UNION.validate_json(ITEM),
    "SDK model_dump_json(by_alias)": lambda: PARSED.model_dump_json(by_alias=True, warnings=False),
    "harness validate_decode() (validate, walk, dump)": lambda: H.validate_decode(CASE),
    "run message: json.loads of 256 cases, per case": lambda: json.loads(RUN),
    "run message: the harness's whole answer, per case": whole_run,
}

for name, step in STEPS.items():
    number = 20_000 if "run message" not in name else 200
    best = min(timeit.repeat(step, number=number, repeat=5)) / number
    per_case = best / 256 if "run message" in name else best
    print(f"{per_case * 1e6:8.2f} µs  {name}")

# One JSON line for bench/run-bench.mjs, in microseconds a case: the SDK's own work as the harness's validate_json
# entry asks it (the union's validate_json, then model_dump_json), and the harness's whole answer to a run.
own = sum(min(timeit.repeat(STEPS[name], number=20_000, repeat=5)) / 20_000 for name in ("SDK OutputItems union validate_json", "SDK model_dump_json(by_alias)"))
whole = min(timeit.repeat(whole_run, number=200, repeat=5)) / 200 / 256
print(json.dumps({"sdk_us": round(own * 1e6, 3), "harness_us": round(whole * 1e6, 3)}))
