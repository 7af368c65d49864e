package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3/packages/param"
	"github.com/openai/openai-go/v3/responses"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

const helloLine = `{"op":"hello","protocol":1,"runner":{"name":"imagegen-conformance","version":"0.1.0"},"limits":{"max_line_bytes":67108864,"max_message_bytes":65536,"max_output_bytes":16777216}}`

// run feeds lines to the protocol loop of one entry and returns the exit code and every stdout line, parsed. Every
// line must be the message protocol v1's schema file says it is: a hello (a refusal when the exit code is 1), then results.
func run(t *testing.T, e entry, lines ...string) (int, []map[string]any) {
	t.Helper()
	var out, logs bytes.Buffer
	code := serve(e, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, &logs)
	var msgs []map[string]any
	for i, line := range strings.Split(strings.TrimRight(out.String(), "\n"), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("stdout line is not JSON: %q", line)
		}
		definition := map[bool]string{true: "harnessHello", false: "harnessRefusal"}[code != 1]
		if i > 0 {
			definition = "results"
		}
		if err := violation(definition, line); err != nil {
			t.Fatalf("stdout line %d: %v", i, err)
		}
		msgs = append(msgs, m)
	}
	return code, msgs
}

// The schema file emitted from protocol v1's one definition (packages/core/src/protocol/protocol-schema.ts).
const schemaFile = "../../packages/core/schemas/protocol-v1.schema.json"

var schemas = map[string]*jsonschema.Schema{}

// violation validates a line against the whole protocol and against one of its $defs; nil when it is valid.
func violation(definition, line string) error {
	if schemas[definition] == nil {
		file, err := os.Open(schemaFile)
		if err != nil {
			return err
		}
		defer file.Close()
		doc, err := jsonschema.UnmarshalJSON(file)
		if err != nil {
			return err
		}
		id := doc.(map[string]any)["$id"].(string)
		compiler := jsonschema.NewCompiler()
		if err := compiler.AddResource(id, doc); err != nil {
			return err
		}
		for _, ref := range []string{"", "#/$defs/" + definition} {
			if schemas[ref], err = compiler.Compile(id + ref); err != nil {
				return err
			}
		}
		schemas[definition] = schemas["#/$defs/"+definition]
	}
	message, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
	if err != nil {
		return err
	}
	for _, schema := range []*jsonschema.Schema{schemas[definition], schemas[""]} {
		if err := schema.Validate(message); err != nil {
			return fmt.Errorf("not a valid %s: %#v", definition, err) // %#v: every cause, with its place
		}
	}
	return nil
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
	for _, e := range entries {
		code, msgs := run(t, e, "", helloLine, `{"op":"stop"}`, `{"op":"run","id":"late","cases":[]}`)
		if code != 0 || len(msgs) != 1 {
			t.Fatalf("%s: code %d, %d messages; want 0 and only the hello", e.name, code, len(msgs))
		}
		h := msgs[0]
		if h["op"] != "hello" || h["protocol"] != 1.0 || h["error"] != nil {
			t.Fatalf("bad hello: %v", h)
		}
		impl := h["implementation"].(map[string]any)
		if impl["name"] != sdkPath || impl["language"] != "go" || !strings.HasPrefix(impl["version"].(string), "v3.") {
			t.Fatalf("bad implementation: %v", impl)
		}
		if said := impl["entry"].(map[string]any); said["name"] != e.name || said["kind"] != e.kind || said["calls"] != e.calls {
			t.Fatalf("%s: entry %v", e.name, said)
		}
		capabilities := h["capabilities"].(map[string]any)
		if n := len(capabilities["shapes"].(map[string]any)); n != len(e.decoders) {
			t.Fatalf("%s declares %d shapes, want %d", e.name, n, len(e.decoders))
		}
		if got := fmt.Sprint(capabilities["operations"]); got != fmt.Sprint(e.operations()) {
			t.Fatalf("%s: operations %s", e.name, got)
		}
	}
	client, helper := entries["client"], entries["json.Unmarshal"]
	if client.kind != "client" || client.stream == nil || helper.kind != "helper" || helper.stream != nil {
		t.Fatalf("client is a %s, helper a %s", client.kind, helper.kind)
	}
	// Every item shape, the documents' readings and the SDK's own, is the one struct; each event its own struct.
	const item = "responses.ResponseOutputItemImageGenerationCall"
	items := map[string]string{"ImageGenToolCall": item, "OutputImageGenerationCallItem": item, "OutputItemImageGenerationCall": item,
		"ResponseOutputItemImageGenerationCall": item}
	events := map[string]string{}
	for _, name := range []string{"InProgress", "Generating", "PartialImage", "Completed"} {
		events["ImageGenCall"+name+"Event"] = "responses.ResponseImageGenCall" + name + "Event"
	}
	events["ResponseImageGenCallPartialImageEvent"] = "responses.ResponseImageGenCallPartialImageEvent"
	events["ResponseOutputItemAddedEvent"] = "responses.ResponseOutputItemAddedEvent"
	events["ResponseOutputItemDoneEvent"] = "responses.ResponseOutputItemDoneEvent"
	both := map[string]string{}
	for _, declared := range []map[string]string{items, events} {
		for shape, goType := range declared {
			both[shape] = goType
		}
	}
	for e, want := range map[string]map[string]string{client.name: items, helper.name: both} {
		got := map[string]string{}
		for shape, d := range entries[e].decoders {
			got[shape] = d.goType
		}
		if fmt.Sprint(got) != fmt.Sprint(want) { // fmt prints maps in key order
			t.Fatalf("%s declares %v, want %v", e, got, want)
		}
	}
}

func TestRefusal(t *testing.T) {
	for _, first := range []string{`{"op":"hello","protocol":2}`, `{"op":"run","id":"r","cases":[]}`, `not json`} {
		code, msgs := run(t, clientEntry, first, `{"op":"stop"}`)
		if code != 1 || len(msgs) != 1 || msgs[0]["op"] != "hello" || msgs[0]["error"] == nil || len(msgs[0]) != 2 {
			t.Fatalf("first line %s: code %d, messages %v; want exit 1 and one refusal", first, code, msgs)
		}
	}
}

func TestEndOfInputIsStop(t *testing.T) {
	if code, msgs := run(t, clientEntry, helloLine); code != 0 || len(msgs) != 1 {
		t.Fatalf("code %d, %d messages", code, len(msgs))
	}
}

func TestPanicInOneCaseDoesNotKillTheBatch(t *testing.T) {
	helperEntry.decoders["Boom"] = decoder{"boom", func([]byte) obj { panic("boom") }}
	defer delete(helperEntry.decoders, "Boom")
	_, msgs := run(t, helperEntry, helloLine, `{"op":"run","id":"r1","cases":[`+
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
	if got["b"]["received"] != nil || got["b"]["type"] != nil {
		t.Errorf("a documented item came back as something else: %v", got["b"])
	}
}

// At json.Unmarshal, what came back is the union's AsAny() against the shape's type: the SDK's nil, or another variant.
func TestHelperSaysWhatCameBack(t *testing.T) {
	item := `{"type":"image_generation_call","id":"ig_1","status":"completed","result":null}`
	for _, c := range []struct{ shape, input, received, typ string }{
		{"ImageGenCallGeneratingEvent", `{"type":"response.image_generation_call.completed","item_id":"i","output_index":0,"sequence_number":1}`, "other", "responses.ResponseImageGenCallCompletedEvent"},
		{"ImageGenCallGeneratingEvent", `{"item_id":"i","output_index":0,"sequence_number":1}`, "unknown", ""},
		{"ResponseOutputItemAddedEvent", `{"type":"response.output_item.done","output_index":0,"sequence_number":1,"item":` + item + `}`, "other", "responses.ResponseOutputItemDoneEvent"},
		{"ResponseOutputItemAddedEvent", `{"type":"response.output_item.added","output_index":0,"sequence_number":1,"item":{"type":"message"}}`, "other", "responses.ResponseOutputItemAddedEvent{Item: responses.ResponseOutputMessage}"},
		{"ResponseOutputItemAddedEvent", `{"type":"response.output_item.added","output_index":0,"sequence_number":1,"item":{"type":"Image_Generation_Call"}}`, "unknown", ""},
		{"ResponseOutputItemAddedEvent", `{"type":"response.output_item.added","output_index":0,"sequence_number":1,"item":` + item + `}`, "", ""},
		{"ImageGenToolCall", `{"type":"mystery_call","id":"x"}`, "unknown", ""},
		{"ImageGenToolCall", `{"type":"message","id":"x"}`, "other", "responses.ResponseOutputMessage"},
		{"ImageGenToolCall", item, "", ""},
	} {
		d := helperEntry.decoders[c.shape].decode([]byte(c.input))
		if received, _ := d["received"].(string); d["status"] != "ok" || received != c.received || d["type"] != map[bool]any{true: nil, false: c.typ}[c.typ == ""] || d["output"] != c.input {
			t.Errorf("%s %s: got %v, want ok, received %q, type %q", c.shape, c.input, d, c.received, c.typ)
		}
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
	for _, e := range entries {
		if got := e.decoders["ImageGenToolCall"].decode([]byte(in)); got["output"] != in || got["received"] != nil {
			t.Fatalf("%s gave %v", e.name, got)
		}
	}
}

func TestVersionMatchesGoMod(t *testing.T) {
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	if want := regexp.MustCompile(`(?m)^\s+` + regexp.QuoteMeta(sdkPath) + ` (\S+)$`).FindSubmatch(mod); want == nil || string(want[1]) != sdkVersion {
		t.Fatalf("go.mod requires %s %q, hello says %s", sdkPath, want, sdkVersion)
	}
}

// --entries names every entry, available, and each shape with the type hello declares it as.
func TestEntriesAnswer(t *testing.T) {
	var out bytes.Buffer
	if code := answerEntries(&out); code != 0 {
		t.Fatalf("exit %d", code)
	}
	var got struct {
		Release string
		Entries []struct {
			Name      string
			Available bool
		}
		Shapes map[string]string
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil || got.Release != sdkVersion || len(got.Entries) != len(entries) {
		t.Fatalf("%s: %v", out.String(), err)
	}
	for _, e := range got.Entries {
		if !e.Available || entries[e.Name].name == "" {
			t.Fatalf("entry %+v", e)
		}
	}
	if got.Shapes["ImageGenToolCall"] != clientEntry.decoders["ImageGenToolCall"].goType {
		t.Fatalf("shapes %v", got.Shapes)
	}
}

// Each status, and a stream's events, as serve writes them at each entry: run() checks every line against the schema file.
func TestEveryStatusIsAValidMessage(t *testing.T) {
	event := "data: {\"type\":\"response.image_generation_call.generating\",\"item_id\":\"ig_1\",\"output_index\":0,\"sequence_number\":1}\n\n"
	chunk := func(s string) string { return `["` + base64.StdEncoding.EncodeToString([]byte(s)) + `"]` }
	decode := func(id, input string) string {
		text, _ := json.Marshal(input)
		return `{"id":"` + id + `","operation":"decode","shape":"ImageGenToolCall","input":` + string(text) + `}`
	}
	item := `{"type":"image_generation_call","id":"ig_1","status":"completed","result":null}`
	cases := strings.Join([]string{
		decode("ok", item), decode("unknown", `{"type":"IMAGE_GENERATION_CALL"}`), decode("other", `{"type":"message"}`),
		decode("nothing", `[]`), decode("not-json", `{"type":`), decode("bom", "\uFEFF"+item),
		`{"id":"encode","operation":"encode","shape":"ImageGenToolCall","input":"{}"}`,
		`{"id":"lone","operation":"decode","shape":"ImageGenToolCall","input":"{\"type\":\"image_generation_call\",\"id\":\"\ud800\"}"}`,
		`{"id":"events","operation":"stream","chunks":` + chunk(event+"data: {\"type\":\"response.mystery\"}\n\n") + `}`,
		`{"id":"stream-rejected","operation":"stream","chunks":` + chunk(event+"data: {nope\n\n") + `}`,
		`{"id":"errored","operation":"stream","chunks":["not base64!"]}`,
	}, ",")
	want := map[string]map[string]string{
		"client": {"ok": "ok", "unknown": "ok unknown", "other": "ok other", "nothing": "ok nothing", "not-json": "skipped", "bom": "skipped",
			"lone": "skipped", "encode": "skipped", "events": "ok", "stream-rejected": "rejected", "errored": "errored"},
		"json.Unmarshal": {"ok": "ok", "unknown": "ok unknown", "other": "ok other", "nothing": "rejected", "not-json": "rejected", "bom": "rejected",
			"lone": "ok", "encode": "skipped", "events": "skipped", "stream-rejected": "skipped", "errored": "skipped"},
	}
	answers := map[string]map[string]map[string]any{}
	for name, e := range entries {
		_, msgs := run(t, e, helloLine, `{"op":"run","id":"r1","cases":[`+cases+`]}`)
		answers[name] = byID(t, msgs[1])
		for id, status := range want[name] {
			said := fmt.Sprint(answers[name][id]["status"])
			if received, ok := answers[name][id]["received"]; ok {
				said += fmt.Sprint(" ", received)
			}
			if said != status {
				t.Errorf("%s, case %s: %v, want %s", name, id, answers[name][id], status)
			}
		}
	}
	got := answers["client"]
	if events, _ := got["stream-rejected"]["events"].([]any); len(events) != 1 {
		t.Errorf("a rejected stream lists the event read before the refusal: %v", got["stream-rejected"])
	}
	if events, _ := got["events"]["events"].([]any); len(events) != 2 || events[1].(map[string]any)["received"] != "unknown" {
		t.Errorf("an event type the SDK has no variant for is its unknown: %v", got["events"])
	}
}

func TestTheSchemaCheckRefusesABrokenMessage(t *testing.T) {
	entryless := `{"op":"hello","protocol":1,"implementation":{"name":"x","language":"go","version":"1"},"capabilities":{"operations":[],"shapes":{},"batch":1},"profile":{"unknown_fields":"drop","null_vs_absent":"distinct","enums":"open","key_casing":"wire","numbers":"exact"}}`
	result := func(fields string) string {
		return `{"op":"results","id":"r","results":[{"id":"c","status":"ok"` + fields + `}]}`
	}
	for _, broken := range []struct{ definition, line string }{
		{"harnessHello", entryless},
		{"harnessHello", strings.Replace(entryless, `"version":"1"`, `"version":"1","entry":{"name":"client","kind":"client"}`, 1)},
		{"results", result("")},
		{"results", result(`,"output":"{}","fallback":"unknown"`)},
		{"results", result(`,"output":"{}","received":"other"`)},
	} {
		if err := violation(broken.definition, broken.line); err == nil {
			t.Errorf("the %s check took %s", broken.definition, broken.line)
		}
	}
}

func TestHelloDeclaresRunsInFlightInOrder(t *testing.T) {
	_, msgs := run(t, clientEntry, helloLine)
	if caps := msgs[0]["capabilities"].(map[string]any); caps["in_flight"] != float64(inFlight) || caps["ordered"] != true {
		t.Fatalf("capabilities %v", caps)
	}
	lines := []string{helloLine}
	for i := range inFlight {
		lines = append(lines, fmt.Sprintf(`{"op":"run","id":"r%d","cases":[]}`, i))
	}
	_, msgs = run(t, clientEntry, lines...)
	for i, msg := range msgs[1:] {
		if msg["id"] != fmt.Sprintf("r%d", i) {
			t.Fatalf("answer %d is for run %v", i, msg["id"])
		}
	}
}

func TestBlankLinesAreIgnored(t *testing.T) {
	code, msgs := run(t, clientEntry, "", " \t\r", helloLine, "\r", "   ", `{"op":"run","id":"r1","cases":[]}`, "\t", `{"op":"stop"}`)
	if code != 0 || len(msgs) != 2 || msgs[1]["id"] != "r1" {
		t.Fatalf("code %d, messages %v; want the hello and r1's results", code, msgs)
	}
}

func TestDefaultLimitsAreTheSchemas(t *testing.T) {
	data, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs struct {
			Limits struct {
				Properties map[string]struct{ Default int }
			}
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &schema); err != nil {
		t.Fatal(err)
	}
	p := schema.Defs.Limits.Properties
	if want := (limits{p["max_line_bytes"].Default, p["max_message_bytes"].Default, p["max_output_bytes"].Default}); defaultLimits != want {
		t.Fatalf("defaultLimits %+v, the schema's defaults %+v", defaultLimits, want)
	}
	if got := (limits{MaxMessage: 300}).or(defaultLimits); got != (limits{defaultLimits.MaxLine, 300, defaultLimits.MaxOutput}) {
		t.Fatalf("a hello's limits over the defaults: %+v", got)
	}
}

func TestResultsStayWithinTheLimits(t *testing.T) {
	limited := strings.Replace(helloLine, `"max_message_bytes":65536,"max_output_bytes":16777216`, `"max_message_bytes":257,"max_output_bytes":1024`, 1)
	long := strings.Repeat("é", 1000)
	helperEntry.decoders["Long"] = decoder{"long", func(input []byte) obj {
		switch string(input) {
		case "message":
			return obj{"status": "rejected", "message": long}
		case "invalid":
			return obj{"status": "errored", "message": strings.Repeat("\xff", 300)}
		case "fits":
			return obj{"status": "rejected", "message": strings.Repeat("x", 257)}
		case "events":
			return obj{"status": "ok", "events": []obj{{"output": "{}"}, {"output": `"` + long + `"`}}}
		}
		return obj{"status": "ok", "output": "[" + strings.Repeat("1,", 600) + "1]"}
	}}
	defer delete(helperEntry.decoders, "Long")
	c := func(id string) string {
		return `{"id":"` + id + `","operation":"decode","shape":"Long","input":"` + id + `"}`
	}
	_, msgs := run(t, helperEntry, limited, `{"op":"run","id":"r","cases":[`+c("message")+","+c("invalid")+","+c("fits")+","+c("events")+","+c("output")+`]}`)
	got := byID(t, msgs[1])
	message := got["message"]["message"].(string)
	if got["message"]["status"] != "rejected" || !strings.HasSuffix(message, "…(truncated, 2000 bytes in all)") || len(message) > 257 || strings.Trim(strings.TrimSuffix(message, "…(truncated, 2000 bytes in all)"), "é") != "" {
		t.Errorf("a long message: %q", message)
	}
	if invalid := got["invalid"]["message"].(string); !strings.HasSuffix(invalid, "…(truncated, 900 bytes in all)") || len(invalid) > 257 {
		t.Errorf("invalid UTF-8 is counted as written (U+FFFD, 3 bytes each): %q", invalid)
	}
	if got["fits"]["message"] != strings.Repeat("x", 257) {
		t.Errorf("a message within the limit is kept whole: %v", got["fits"])
	}
	for id, want := range map[string]string{
		"events": "the output of event 1 was 2002 bytes, over the runner's limit of 1024 (limits.max_output_bytes)",
		"output": "the output was 1203 bytes, over the runner's limit of 1024 (limits.max_output_bytes)",
	} {
		if got[id]["status"] != "errored" || got[id]["message"] != want {
			t.Errorf("case %s: %v, want errored: %s", id, got[id], want)
		}
	}
}
