// Command harness puts github.com/openai/openai-go in front of the imagegen-conformance runner, speaking harness
// protocol v1 (NDJSON over stdio; see docs/protocol.md and README.md) for the one entry named on its command line.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
)

// The SDK this harness links, and its version as the build linked it: the pin in go.mod here, the release a sweep's
// build required there (release.go).
const sdkPath = "github.com/openai/openai-go/v3"

var sdkVersion = linkedVersion()

type obj = map[string]any

type message struct {
	Op       string          `json:"op"`
	Protocol json.RawMessage `json:"protocol"`
	Limits   limits          `json:"limits"`
	ID       string          `json:"id"`
	Cases    []struct {
		ID, Operation, Shape string
		Input                text
		Chunks               []string
	} `json:"cases"`
}

func main() {
	if len(os.Args) == 2 && os.Args[1] == "--entries" {
		os.Exit(answerEntries(os.Stdout))
	}
	if len(os.Args) != 2 || entries[os.Args[1]].name == "" {
		fmt.Fprintf(os.Stderr, "usage: harness --entries | <entry>, the entry one of: %s\n", strings.Join(entryNames(), ", "))
		os.Exit(2)
	}
	os.Exit(serve(entries[os.Args[1]], os.Stdin, os.Stdout, os.Stderr))
}

// serve runs the protocol loop for one entry and returns the exit code. stdout carries protocol lines only.
func serve(e entry, in io.Reader, out, logs io.Writer) int {
	lines := bufio.NewScanner(in)
	lines.Buffer(make([]byte, 1<<16), 64<<20+1<<16) // 64 MiB lines, plus slack
	w := bufio.NewWriter(out)
	send := func(v any) {
		line, _ := json.Marshal(v) // maps of strings, slices and ints: cannot fail
		w.Write(append(line, '\n'))
		w.Flush()
	}
	greeted, limit := false, defaultLimits
	for lines.Scan() {
		if len(bytes.Trim(lines.Bytes(), " \t\r\n")) == 0 {
			continue // a blank line (empty, or JSON whitespace only) is no message
		}
		var msg message
		err := json.Unmarshal(lines.Bytes(), &msg)
		switch {
		case !greeted && (err != nil || msg.Op != "hello" || string(msg.Protocol) != "1"):
			send(obj{"op": "hello", "error": fmt.Sprintf("this harness speaks protocol 1 only; the first line is not a protocol 1 hello: %.200q", lines.Bytes())})
			return 1
		case !greeted:
			send(hello(e))
			greeted, limit = true, msg.Limits.or(defaultLimits)
		case err != nil:
			fmt.Fprintf(logs, "harness: ignoring a line that is not a message: %v\n", err)
		case msg.Op == "stop":
			return 0
		case msg.Op == "run":
			results := make([]obj, 0, len(msg.Cases))
			for _, c := range msg.Cases {
				result := bound(answer(e, c.ID, c.Operation, c.Shape, c.Input, c.Chunks, logs), limit)
				result["id"] = c.ID
				results = append(results, result)
			}
			send(obj{"op": "results", "id": msg.ID, "results": results})
		default:
			fmt.Fprintf(logs, "harness: ignoring op %q\n", msg.Op)
		}
	}
	if err := lines.Err(); err != nil {
		fmt.Fprintf(logs, "harness: reading stdin: %v\n", err)
		return 1
	}
	return 0 // end of input means stop
}

// inFlight: runs the runner may send before the first is answered. True of any number: serve reads one line,
// answers it and only then scans the next, so later runs wait in the pipe (and the runner's write buffer) and are
// answered in the order sent. 4 keeps the harness busy between runs without asking the runner to hold many batches.
const inFlight = 4

func hello(e entry) obj {
	declared := map[string]string{}
	for name, d := range e.decoders {
		declared[name] = d.goType
	}
	capabilities := obj{"operations": e.operations(), "shapes": declared, "batch": 256, "in_flight": inFlight, "ordered": true}
	if e.stream != nil {
		capabilities["stream_events"] = "all" // every event NewStreaming yields, modelled or not
	}
	return obj{
		"op": "hello", "protocol": 1,
		"implementation": obj{"name": sdkPath, "language": "go", "version": sdkVersion, "homepage": "https://github.com/openai/openai-go",
			"entry": obj{"name": e.name, "kind": e.kind, "calls": e.calls}},
		"capabilities": capabilities,
		"profile":      obj{"unknown_fields": "preserve", "null_vs_absent": "distinct", "enums": "open", "key_casing": "wire", "numbers": "exact"},
	}
}

// answer runs one case; a panic becomes an "errored" result for that case only.
func answer(e entry, id, operation, shapeName string, input text, chunks []string, logs io.Writer) (result obj) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(logs, "harness: case %s panicked: %v\n%s", id, p, debug.Stack())
			result = obj{"status": "errored", "message": fmt.Sprintf("panic: %v", p)}
		}
		result["id"] = id
	}()
	if d, ok := e.decoders[shapeName]; ok && operation == "decode" {
		if reason := e.unservable(input); reason != "" {
			return obj{"status": "skipped", "reason": reason}
		}
		return d.decode([]byte(input.value))
	} else if operation == "stream" && e.stream != nil {
		body := make([][]byte, len(chunks))
		for i, chunk := range chunks {
			var err error
			if body[i], err = base64.StdEncoding.DecodeString(chunk); err != nil {
				return obj{"status": "errored", "message": "harness: chunk is not base64: " + err.Error()}
			}
		}
		return e.stream(body)
	}
	return obj{"status": "skipped", "reason": fmt.Sprintf("not declared at entry %s: operation %q, shape %q", e.name, operation, shapeName)}
}
