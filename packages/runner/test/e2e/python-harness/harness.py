#!/usr/bin/env python3
"""Toy conformance harness, protocol v1 (see protocol.md). Python 3.11 stdlib only."""
import json, sys, traceback

OUT = sys.stdout
sys.stdout = sys.stderr  # stray prints must never reach the protocol channel
SHAPES = {"ImageGenToolCall": "ToyItem", "OutputImageGenerationCallItem": "ToyItem"}
HELLO = {"op": "hello", "protocol": 1,
         "implementation": {"name": "toy-python", "language": "python", "version": "1.0.0",
                            "entry": {"name": "loads", "kind": "helper", "calls": "json.loads(text)"}},
         "capabilities": {"operations": ["decode"], "shapes": SHAPES, "batch": 16},
         "profile": {"unknown_fields": "preserve", "null_vs_absent": "distinct", "enums": "open",
                     "key_casing": "wire", "numbers": "exact"}}

def send(msg):  # one JSON object per line, flushed
    print(json.dumps(msg), file=OUT, flush=True)

def decode(text):
    try:
        value = json.loads(text)
    except ValueError as e:  # JSONDecodeError, and the BOM / bad-encoding errors
        return {"status": "rejected", "message": f"invalid JSON: {e}"}
    if not isinstance(value, dict):
        return {"status": "rejected", "message": f"expected an object, got {type(value).__name__}"}
    for key in ("type", "id"):
        if not isinstance(value.get(key), str):
            return {"status": "rejected", "message": f"/{key}: missing or not a string"}
    return {"status": "ok", "output": json.dumps(value)}

def answer(case):
    try:
        if case.get("operation") != "decode" or case.get("shape") not in SHAPES:
            return {"status": "skipped", "reason": f"not declared: {case.get('operation')} {case.get('shape')}"}
        return decode(case["input"])
    except Exception as e:
        traceback.print_exc(file=sys.stderr)
        return {"status": "errored", "message": f"{type(e).__name__}: {e}"}

def main():
    first = True
    for raw in sys.stdin.buffer:  # bytes: UTF-8 regardless of locale, split on b"\n" only
        if not raw.strip():
            continue
        msg = json.loads(raw)
        if first:
            first = False
            if msg.get("op") != "hello" or type(msg.get("protocol")) is not int or msg["protocol"] != 1:
                send({"op": "hello", "error": f"unsupported: op={msg.get('op')!r} protocol={msg.get('protocol')!r}; speaks 1"})
                return 1
            send(HELLO)
        elif msg.get("op") == "run":
            send({"op": "results", "id": msg["id"],
                  "results": [{"id": c.get("id"), **answer(c)} for c in msg.get("cases", [])]})
        elif msg.get("op") == "stop":
            return 0
        else:
            print(f"ignoring unknown message op={msg.get('op')!r}", file=sys.stderr)
    return 0

if __name__ == "__main__":
    sys.exit(main())
