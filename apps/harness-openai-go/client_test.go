package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/openai/openai-go/v3/responses"
)

const goodItem = `{"type":"image_generation_call","id":"ig_1","status":"completed","result":null}`

// What the client entry says for an input: "skipped: <reason>", "rejected", or "ok <received> <type>".
func clientSays(input string) string {
	result := answer(clientEntry, "c", "decode", "ImageGenToolCall", text{value: input}, nil, io.Discard)
	switch result["status"] {
	case "skipped":
		return "skipped: " + result["reason"].(string)
	case "ok":
		return strings.TrimSpace(fmt.Sprint("ok ", or(result["received"], "declared"), " ", or(result["type"], "")))
	}
	return fmt.Sprint(result["status"])
}

func or(value any, otherwise string) string {
	if text, ok := value.(string); ok {
		return text
	}
	return otherwise
}

func TestClientSkipsWhatCannotSitInAnEnvelope(t *testing.T) {
	bom := "skipped: a byte-order mark cannot sit inside a response envelope"
	notOne := "skipped: not one JSON value: inside an envelope it would be read as something else"
	for input, want := range map[string]string{
		"\uFEFF" + goodItem: bom, "\uFEFF": bom,
		"{} {}": notOne, "1, 2": notOne, `{"type":"image_generation_call"`: notOne, "NaN": notOne, "": notOne, " ": notOne,
		`[1,]`: notOne, `{"a":1}]`: notOne, `01`: notOne,
	} {
		if got := clientSays(input); got != want {
			t.Errorf("%q: %s, want %s", input, got, want)
		}
	}
}

// A surrogate with no partner arrives escaped in the protocol line; its UTF-8 would be U+FFFD, so it is not served.
func TestClientSkipsALoneSurrogate(t *testing.T) {
	lone := "an unpaired surrogate has no UTF-8 bytes: the served body would carry U+FFFD in its place"
	for line, want := range map[string]string{
		`"{\"id\":\"\ud800\"}"`:       lone,
		`"{\"id\":\"\uDC00x\"}"`:      lone,
		`"{\"id\":\"\ud83d\u0041\"}"`: lone,
		`"\ud800"`:                    "skipped: not one JSON value: inside an envelope it would be read as something else",
		`"{\"id\":\"\ud83d\ude00\"}"`: "",
		`"{\"id\":\"\\ud800\"}"`:      "",   // the input escapes it: JSON text, served
		`"{\"id\":\"\\\\\ud800\"}"`:   lone, // an escaped backslash, then the lone half
	} {
		var input text
		if err := json.Unmarshal([]byte(line), &input); err != nil {
			t.Fatal(line, err)
		}
		got := unservable(input)
		if strings.HasPrefix(want, "skipped: ") {
			got = "skipped: " + got
		}
		if got != want {
			t.Errorf("%s: %q, want %q", line, got, want)
		}
	}
}

// What Responses.New hands back for the first output item, as the SDK gives it.
func TestClientSaysWhatCameBack(t *testing.T) {
	for input, want := range map[string]string{
		goodItem: "ok declared",
		`{"type":"image_generation_call","result":42}`: "ok declared",
		` {"type":"image_generation_call"} `:           "ok declared",
		`[]`:                                           "ok nothing", // a non-object item: no error, and Output is empty
		`[` + goodItem + `]`:                           "ok nothing",
		`1`:                                            "ok nothing",
		`"image_generation_call"`:                      "ok nothing",
		`true`:                                         "ok nothing",
		`null`:                                         "ok unknown",
		`{}`:                                           "ok unknown",
		`{"type":"IMAGE_GENERATION_CALL","id":"ig_1"}`:          "ok unknown",
		`{"type":"message"}`:                                    "ok other responses.ResponseOutputMessage",
		strings.Repeat("[", 10001) + strings.Repeat("]", 10001): "rejected", // deeper than encoding/json reads
	} {
		if got := clientSays(input); got != want {
			t.Errorf("%.80q: %s, want %s", input, got, want)
		}
	}
}

// The input is served verbatim and the output is the item's own RawJSON(): the same bytes, whitespace inside included.
func TestClientServesTheInputVerbatim(t *testing.T) {
	for _, input := range []string{goodItem, "{ \"type\" : \"image_generation_call\",\n\t\"id\":\"ig_1\", \"extra\": [1.0, 9007199254740993, \"\\u00e9\"] }"} {
		if got := clientSays(input); got != "ok declared" || clientDecode([]byte(input))["output"] != input {
			t.Errorf("%q came back as %v", input, got)
		}
	}
}

// The client asks the mocked transport only, at the base URL set in client(), whatever OPENAI_BASE_URL says.
func TestClientNeverLeavesTheTransport(t *testing.T) {
	t.Setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/")
	var asked []string
	spy := spyTransport{served{"application/json", strings.NewReader(envelopeHead + goodItem + envelopeTail)}, &asked}
	user := client(spy)
	resp, err := user.Responses.New(t.Context(), params)
	if err != nil || len(resp.Output) != 1 || len(asked) != 1 || asked[0] != "POST https://mocked.invalid/v1/responses" {
		t.Fatalf("asked %v, got %v %v", asked, resp, err)
	}
}

func TestClientStreamChunksAndNumbers(t *testing.T) {
	body := "event: response.image_generation_call.generating\r\ndata: {\"type\":\"response.image_generation_call.generating\",\"item_id\":\"ig_1\",\"output_index\":9007199254740993,\"sequence_number\":1}\r\n\r\n"
	var chunks [][]byte
	for i := 0; i < len(body); i += 7 {
		chunks = append(chunks, []byte(body[i:min(i+7, len(body))]))
	}
	r := clientStream(chunks)
	events := r["events"].([]obj)
	if r["status"] != "ok" || len(events) != 1 || events[0]["received"] != nil {
		t.Fatalf("got %v", r)
	}
	var ev responses.ResponseStreamEventUnion
	if err := json.Unmarshal([]byte(events[0]["output"].(string)), &ev); err != nil || ev.AsResponseImageGenerationCallGenerating().OutputIndex != 9007199254740993 {
		t.Fatalf("int64 field lost 2^53+1: %v %v", ev.AsResponseImageGenerationCallGenerating().OutputIndex, err)
	}
}

// Each event NewStreaming yields, with what came back: an unknown event type or item type is the SDK's nil AsAny().
func TestClientStreamSaysWhatCameBack(t *testing.T) {
	data := func(event string) []byte { return []byte("data: " + event + "\n\n") }
	added := func(item string) string {
		return `{"type":"response.output_item.added","output_index":0,"sequence_number":1,"item":` + item + `}`
	}
	r := clientStream([][]byte{
		data(added(goodItem)), data(added(`{"type":"IMAGE_GENERATION_CALL"}`)), data(added(`{"type":"message"}`)),
		data(`{"type":"response.mystery","sequence_number":2}`), data(`{"error":{"message":"boom"}}`), data(added(goodItem)),
	})
	events, _ := r["events"].([]obj)
	var said []string
	for _, event := range events {
		said = append(said, strings.TrimSpace(fmt.Sprint(or(event["received"], "declared"), " ", or(event["type"], ""))))
	}
	want := "[declared unknown other responses.ResponseOutputItemAddedEvent{Item: responses.ResponseOutputMessage} unknown]"
	if r["status"] != "rejected" || fmt.Sprint(said) != want || !strings.Contains(r["message"].(string), "boom") {
		t.Fatalf("got %v, events %v; want rejected at the error event, after %s", r, said, want)
	}
}

type spyTransport struct {
	served
	asked *[]string
}

func (s spyTransport) RoundTrip(request *http.Request) (*http.Response, error) {
	*s.asked = append(*s.asked, request.Method+" "+request.URL.String())
	return s.served.RoundTrip(request)
}

// oneJSONValue is json.Valid without encoding/json's nesting limit.
func TestOneJSONValueIsTheGrammar(t *testing.T) {
	for _, input := range []string{goodItem, " 1 ", "1e400", "-0.0E+1", `"\ud800"`, `{"a":1,"a":2}`, "[]", "null", "\t\r\n{}\n",
		"", " ", "{} {}", "1, 2", "[1,]", `{"a" 1}`, `{"a":}`, "{,}", "[", "]", "01", "1.", ".1", "+1", "NaN", "Infinity", "'a'",
		`"\x"`, "\"\t\"", "// c\n{}", "\uFEFF{}", "{}\x00", "tru", "nulls"} {
		if got, want := oneJSONValue([]byte(input)), json.Valid([]byte(input)); got != want {
			t.Errorf("%q: %v, json.Valid %v", input, got, want)
		}
	}
	if deep := strings.Repeat("[", 10001) + strings.Repeat("]", 10001); !oneJSONValue([]byte(deep)) || json.Valid([]byte(deep)) {
		t.Errorf("10001 nested arrays are one JSON value (json.Valid stops at 10000)")
	}
}
