// Command probe calls openai-go's client the way a user's program does, with none of the harness's code: for each
// case on stdin it says what the call handed back. test/client-agrees.test.ts holds the client entry's outcomes to it.
//
// stdin: [{"id", "operation": "decode" | "stream", "input"}]; stdout: [{"id", "raised", "error", "empty", "type", "events"}].
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/option"
	"github.com/openai/openai-go/v3/responses"
)

type testCase struct{ ID, Operation, Input string }

type event struct {
	// Type is the Go type AsAny() gives ("<nil>" when none); Item the same for an output_item event's item.
	Type string `json:"type"`
	Item string `json:"item,omitempty"`
}

type observed struct {
	ID     string  `json:"id"`
	Raised bool    `json:"raised"`
	Error  string  `json:"error,omitempty"`
	Empty  bool    `json:"empty,omitempty"`
	Type   string  `json:"type,omitempty"`
	Events []event `json:"events,omitempty"`
}

// reply is a transport that answers every request with one body, as a server would.
type reply struct{ body, contentType string }

func (r reply) RoundTrip(request *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: 200, Header: http.Header{"Content-Type": {r.contentType}},
		Body: io.NopCloser(strings.NewReader(r.body)), Request: request}, nil
}

func newClient(body, contentType string) openai.Client {
	return openai.NewClient(option.WithAPIKey("test"), option.WithBaseURL("https://probe.invalid/v1/"),
		option.WithHTTPClient(&http.Client{Transport: reply{body, contentType}}), option.WithMaxRetries(0))
}

var params = responses.ResponseNewParams{Model: "gpt-5", Input: responses.ResponseNewParamsInputUnion{OfString: openai.String("Draw a fox.")}}

func item(input string) observed {
	body := `{"id":"resp_1","object":"response","created_at":0,"status":"completed","model":"gpt-5","output":[` + input + `]}`
	client := newClient(body, "application/json")
	resp, err := client.Responses.New(context.Background(), params)
	switch {
	case err != nil:
		return observed{Raised: true, Error: err.Error()}
	case len(resp.Output) == 0:
		return observed{Empty: true}
	}
	return observed{Type: fmt.Sprintf("%T", resp.Output[0].AsAny())}
}

func stream(input string) observed {
	client := newClient(input, "text/event-stream")
	events := client.Responses.NewStreaming(context.Background(), params)
	defer events.Close()
	seen := observed{Events: []event{}}
	for events.Next() {
		variant := events.Current().AsAny()
		e := event{Type: fmt.Sprintf("%T", variant)}
		switch v := variant.(type) {
		case responses.ResponseOutputItemAddedEvent:
			e.Item = fmt.Sprintf("%T", v.Item.AsAny())
		case responses.ResponseOutputItemDoneEvent:
			e.Item = fmt.Sprintf("%T", v.Item.AsAny())
		}
		seen.Events = append(seen.Events, e)
	}
	if err := events.Err(); err != nil {
		seen.Raised, seen.Error = true, err.Error()
	}
	return seen
}

func main() {
	var cases []testCase
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		fmt.Fprintln(os.Stderr, "probe: stdin is not a list of cases:", err)
		os.Exit(2)
	}
	results := []observed{}
	for _, c := range cases {
		var o observed
		if c.Operation == "stream" {
			o = stream(c.Input)
		} else {
			o = item(c.Input)
		}
		o.ID = c.ID
		results = append(results, o)
	}
	json.NewEncoder(os.Stdout).Encode(results)
}
