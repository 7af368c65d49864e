package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	r "github.com/openai/openai-go/v3/responses"
)

// What bounds this harness's throughput: the SDK's own decoding, measured alone, beside each entry's whole answer.
var item = []byte(`{"type":"image_generation_call","id":"ig_68b8c2d4e0a081a29c1d2e3f4a5b6c7d0e1f2a3b4c5d6e7f","status":"completed","result":"iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR42mP4n8UARAwQCgArhgWlJBXGOwAAAABJRU5ErkJggg==","prompt":"a fox"}`)

func BenchmarkSDKConcreteItem(b *testing.B) {
	for range b.N {
		var v r.ResponseOutputItemImageGenerationCall
		if err := json.Unmarshal(item, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSDKUnionItem(b *testing.B) {
	for range b.N {
		var u r.ResponseOutputItemUnion
		if err := json.Unmarshal(item, &u); err != nil {
			b.Fatal(err)
		}
		_ = u.AsAny()
	}
}

func BenchmarkPlainStruct(b *testing.B) {
	for range b.N {
		var v struct{ Type, ID, Status, Result, Prompt string }
		if err := json.Unmarshal(item, &v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHarnessAnswer(b *testing.B) {
	for range b.N {
		answer(helperEntry, "c1", "decode", "OutputImageGenerationCallItem", text{value: string(item)}, nil, io.Discard)
	}
}

// The client entry's whole answer: a client per case, a request through the mocked transport, the response decoded.
func BenchmarkClientAnswer(b *testing.B) {
	for range b.N {
		answer(clientEntry, "c1", "decode", "OutputImageGenerationCallItem", text{value: string(item)}, nil, io.Discard)
	}
}

// The whole protocol path for one run of 256 cases (read the line, decode each case, write the results), per case:
// against BenchmarkHarnessAnswer, what the harness's own framing costs.
func BenchmarkServeRunPerCase(b *testing.B) {
	quoted, _ := json.Marshal(string(item))
	var run bytes.Buffer
	run.WriteString(`{"op":"run","id":"r1","cases":[`)
	for i := range 256 {
		if i > 0 {
			run.WriteByte(',')
		}
		fmt.Fprintf(&run, `{"id":"c%d","operation":"decode","shape":"OutputImageGenerationCallItem","input":%s}`, i, quoted)
	}
	run.WriteString("]}\n")
	hello := `{"op":"hello","protocol":1}` + "\n"
	b.ResetTimer()
	for n := 0; n < b.N; n += 256 {
		serve(helperEntry, strings.NewReader(hello+run.String()), io.Discard, io.Discard)
	}
}
