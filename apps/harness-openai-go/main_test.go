package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3/packages/param"
	"github.com/openai/openai-go/v3/responses"
)

const helloLine = `{"op":"hello","protocol":1,"runner":{"name":"imagegen-conformance","version":"0.1.0"},"limits":{"max_line_bytes":67108864}}`

// run feeds lines to the protocol loop and returns the exit code and every stdout line, parsed.
func run(t *testing.T, lines ...string) (int, []map[string]any) {
	t.Helper()
	var out, logs bytes.Buffer
	code := serve(strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, &logs)
	var msgs []map[string]any
	for _, line := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("stdout line is not JSON: %q", line)
		}
		msgs = append(msgs, m)
	}
	return code, msgs
}

func byID(t *testing.T, msg map[string]any) map[string]map[string]any {
	t.Helper()
	got := map[string]map[string]any{}
	for _, r := range msg["results"].([]any) {
		r := r.(map[string]any)
		got[r["id"].(string)] = r
	}
	return got
}

func TestHello(t *testing.T) {
	code, msgs := run(t, "", helloLine, `{"op":"stop"}`, `{"op":"run","id":"late","cases":[]}`)
	if code != 0 || len(msgs) != 1 {
		t.Fatalf("code %d, %d messages; want 0 and only the hello", code, len(msgs))
	}
	h := msgs[0]
	if h["op"] != "hello" || h["protocol"] != 1.0 || h["error"] != nil {
		t.Fatalf("bad hello: %v", h)
	}
	impl := h["implementation"].(map[string]any)
	if impl["name"] != sdkPath || impl["language"] != "go" || !strings.HasPrefix(impl["version"].(string), "v3.") {
		t.Fatalf("bad implementation: %v", impl)
	}
	if n := len(h["capabilities"].(map[string]any)["shapes"].(map[string]any)); n != len(shapes) {
		t.Fatalf("declares %d shapes, want %d", n, len(shapes))
	}
}

func TestRefusal(t *testing.T) {
	for _, first := range []string{`{"op":"hello","protocol":2}`, `{"op":"run","id":"r","cases":[]}`, `not json`} {
		code, msgs := run(t, first, `{"op":"stop"}`)
		if code != 1 || len(msgs) != 1 || msgs[0]["op"] != "hello" || msgs[0]["error"] == nil || len(msgs[0]) != 2 {
			t.Fatalf("first line %s: code %d, messages %v; want exit 1 and one refusal", first, code, msgs)
		}
	}
}

func TestEndOfInputIsStop(t *testing.T) {
	if code, msgs := run(t, helloLine); code != 0 || len(msgs) != 1 {
		t.Fatalf("code %d, %d messages", code, len(msgs))
	}
}

func TestPanicInOneCaseDoesNotKillTheBatch(t *testing.T) {
	shapes["Boom"] = shape{"boom", func([]byte) obj { panic("boom") }}
	defer delete(shapes, "Boom")
	_, msgs := run(t, helloLine, `{"op":"run","id":"r1","cases":[`+
		`{"id":"a","operation":"decode","shape":"Boom","input":"{}"},`+
		`{"id":"b","operation":"decode","shape":"ImageGenToolCall","input":"{\"type\":\"image_generation_call\",\"id\":\"ig_1\",\"status\":\"completed\",\"result\":null}"},`+
		`{"id":"c","operation":"decode","shape":"NotDeclared","input":"{}"},`+
		`{"id":"d","operation":"decode","shape":"ImageGenToolCall","input":"[]"}]}`)
	if len(msgs) != 2 || msgs[1]["op"] != "results" || msgs[1]["id"] != "r1" {
		t.Fatalf("messages %v", msgs)
	}
	got := byID(t, msgs[1])
	want := map[string]string{"a": "errored", "b": "ok", "c": "skipped", "d": "rejected"}
	for id, status := range want {
		if got[id]["status"] != status {
			t.Errorf("case %s: %v, want status %s", id, got[id], status)
		}
	}
	if got["b"]["fallback"] != nil {
		t.Errorf("a documented item came back as a fallback: %v", got["b"])
	}
}

func TestFallbackOnOtherVariant(t *testing.T) {
	item := `{"type":"image_generation_call","id":"ig_1","status":"completed","result":null}`
	for _, c := range []struct{ shape, input, fallback string }{
		{"ImageGenCallGeneratingEvent", `{"type":"response.image_generation_call.completed","item_id":"i","output_index":0,"sequence_number":1}`, "unknown"},
		{"ImageGenCallGeneratingEvent", `{"item_id":"i","output_index":0,"sequence_number":1}`, "unknown"},
		{"ResponseOutputItemAddedEvent", `{"type":"response.output_item.done","output_index":0,"sequence_number":1,"item":` + item + `}`, "unknown"},
		{"ResponseOutputItemAddedEvent", `{"type":"response.output_item.added","output_index":0,"sequence_number":1,"item":{"type":"message"}}`, "unknown"},
		{"ResponseOutputItemAddedEvent", `{"type":"response.output_item.added","output_index":0,"sequence_number":1,"item":` + item + `}`, ""},
		{"ImageGenToolCall", `{"type":"mystery_call","id":"x"}`, "unknown"},
		{"ImageGenToolCall", item, ""},
	} {
		d := shapes[c.shape].decode([]byte(c.input))
		if got, _ := d["fallback"].(string); d["status"] != "ok" || got != c.fallback {
			t.Errorf("%s %s: got %v, want ok with fallback %q", c.shape, c.input, d, c.fallback)
		}
	}
}

func TestStreamChunksAndNumbers(t *testing.T) {
	body := "event: response.image_generation_call.generating\r\ndata: {\"type\":\"response.image_generation_call.generating\",\"item_id\":\"ig_1\",\"output_index\":9007199254740993,\"sequence_number\":1}\r\n\r\n"
	var chunks []string
	for i := 0; i < len(body); i += 7 {
		chunks = append(chunks, base64.StdEncoding.EncodeToString([]byte(body[i:min(i+7, len(body))])))
	}
	r := streamCase(chunks)
	events := r["events"].([]obj)
	if r["status"] != "ok" || len(events) != 1 || events[0]["fallback"] != nil {
		t.Fatalf("got %v", r)
	}
	var ev responses.ResponseStreamEventUnion
	if err := json.Unmarshal([]byte(events[0]["output"].(string)), &ev); err != nil || ev.AsResponseImageGenerationCallGenerating().OutputIndex != 9007199254740993 {
		t.Fatalf("int64 field lost 2^53+1: %v %v", ev.AsResponseImageGenerationCallGenerating().OutputIndex, err)
	}
}

// The README's way to send an output item back (param.Override of RawJSON) writes the same JSON as RawJSON.
func TestSendBackIsRawJSON(t *testing.T) {
	in := `{"type":"image_generation_call","id":"ig_1","status":"queued","result":null,"extra":{"a":[1.0,9007199254740993]}}`
	var v responses.ResponseOutputItemImageGenerationCall
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(param.Override[responses.ResponseInputItemUnionParam](json.RawMessage(v.RawJSON())))
	if err != nil || string(out) != in || v.RawJSON() != in {
		t.Fatalf("sent back %s (%v), RawJSON %s", out, err, v.RawJSON())
	}
	if got := shapes["ImageGenToolCall"].decode([]byte(in)); got["output"] != in || got["fallback"] != nil {
		t.Fatalf("decode gave %v", got)
	}
}

func TestVersionMatchesGoMod(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		t.Fatal("no build info")
	}
	for _, dep := range info.Deps {
		if dep.Path == sdkPath {
			if dep.Version != sdkVersion {
				t.Fatalf("linked %s %s, hello says %s", sdkPath, dep.Version, sdkVersion)
			}
			return
		}
	}
	t.Fatalf("%s is not linked", sdkPath)
}
