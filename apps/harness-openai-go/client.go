package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"strings"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	r "github.com/openai/openai-go/v3/responses"
)

var clientEntry = entry{
	name: "client",
	kind: "client",
	calls: "client.Responses.New(ctx, params) for items and client.Responses.NewStreaming(ctx, params) for streams, on " +
		"openai.NewClient(option.WithHTTPClient(&http.Client{Transport: t}), option.WithMaxRetries(0)), where the " +
		"http.RoundTripper t answers with the case's bytes and never dials: a decode case's input verbatim as the one " +
		"element of a response's output list (application/json); a stream's chunks as a text/event-stream body, one per Read. " +
		"What came back for an item is resp.Output[0] (its AsAny()), written back as its RawJSON()",
	decoders: map[string]decoder{
		"ImageGenToolCall":              {imageItem.String(), clientDecode},
		"OutputImageGenerationCallItem": {imageItem.String(), clientDecode},
		"OutputItemImageGenerationCall": {imageItem.String(), clientDecode},
		// The catalogue's SDK-declared reading of the item: the struct itself.
		"ResponseOutputItemImageGenerationCall": {imageItem.String(), clientDecode},
	},
	unservable: unservable,
	stream:     clientStream,
}

// The response a decode case's input is served in, the same for every harness (issue 11); the SDK's response model
// enforces none of its fields, so it needs no more.
const envelopeHead, envelopeTail = `{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","output":[`, `]}`

// served is the mocked transport: every request gets a 200 with this body.
type served struct {
	contentType string
	body        io.Reader
}

func (s served) RoundTrip(request *http.Request) (*http.Response, error) {
	if request.Body != nil {
		request.Body.Close() // a RoundTripper must close the request body
	}
	return &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: http.Header{"Content-Type": {s.contentType}}, Body: io.NopCloser(s.body), ContentLength: -1, Request: request}, nil
}

// client is a user's client over the mocked transport. The base URL is a reserved name that never resolves, so an
// OPENAI_BASE_URL in the environment cannot change the request; the API key likewise.
func client(transport http.RoundTripper) openai.Client {
	return openai.NewClient(option.WithHTTPClient(&http.Client{Transport: transport}), option.WithMaxRetries(0),
		option.WithBaseURL("https://mocked.invalid/v1/"), option.WithAPIKey("mocked"))
}

var params = r.ResponseNewParams{Model: "gpt-5", Input: r.ResponseNewParamsInputUnion{OfString: openai.String("Draw a fox.")}}

// unservable says why the input cannot sit unchanged inside the envelope, or "" when it can.
func unservable(input text) string {
	switch {
	case strings.HasPrefix(input.value, "\uFEFF"):
		return "a byte-order mark cannot sit inside a response envelope"
	case !oneJSONValue([]byte(input.value)):
		return "not one JSON value: inside an envelope it would be read as something else"
	case input.loneSurrogate:
		return "an unpaired surrogate has no UTF-8 bytes: the served body would carry U+FFFD in its place"
	}
	return ""
}

// oneJSONValue says whether the input is exactly one JSON value, with whitespace around it (an RFC 8259 JSON-text).
// Not json.Valid: its nesting limit (10000) is encoding/json's, not the grammar's, and a deeper value is one value the
// client is served, whatever it makes of it. UseNumber: a number is checked, never converted (1e400 is JSON).
func oneJSONValue(input []byte) bool {
	tokens := json.NewDecoder(bytes.NewReader(input))
	tokens.UseNumber()
	for depth := 0; ; {
		token, err := tokens.Token()
		if err != nil {
			return false
		}
		switch token {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			break
		}
	}
	_, err := tokens.Token()
	return err == io.EOF
}

// clientDecode calls Responses.New on a response whose output list holds the input (one that unservable lets through).
func clientDecode(input []byte) obj {
	body := envelopeHead + string(input) + envelopeTail
	user := client(served{"application/json", bytes.NewReader([]byte(body))})
	resp, err := user.Responses.New(context.Background(), params)
	if err != nil {
		return obj{"status": "rejected", "message": err.Error()}
	}
	if len(resp.Output) == 0 {
		return obj{"status": "ok", "received": "nothing"} // no error, and no item in the list
	}
	item := resp.Output[0]
	result := value(item.RawJSON(), whatCameBack(item.AsAny(), imageItem))
	result["status"] = "ok"
	return result
}

// clientStream reports every event NewStreaming yields; the declared type of an event is the variant its own type names.
func clientStream(chunks [][]byte) obj {
	readers := make([]io.Reader, len(chunks))
	for i, chunk := range chunks {
		readers[i] = bytes.NewReader(chunk)
	}
	user := client(served{"text/event-stream", io.MultiReader(readers...)})
	stream := user.Responses.NewStreaming(context.Background(), params)
	defer stream.Close()
	events := []obj{}
	for stream.Next() {
		event := stream.Current()
		variant := event.AsAny()
		events = append(events, value(event.RawJSON(), whatCameBack(variant, reflect.TypeOf(variant))))
	}
	if err := stream.Err(); err != nil {
		return obj{"status": "rejected", "message": err.Error(), "events": events}
	}
	return obj{"status": "ok", "events": events}
}
