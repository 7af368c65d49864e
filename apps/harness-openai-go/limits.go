package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// limits are the runner's, from its hello; defaultLimits (the schema's defaults, pinned by a test) when it sent none.
type limits struct {
	MaxLine    int `json:"max_line_bytes"`
	MaxMessage int `json:"max_message_bytes"`
	MaxOutput  int `json:"max_output_bytes"`
}

var defaultLimits = limits{MaxLine: 64 << 20, MaxMessage: 64 << 10, MaxOutput: 16 << 20}

// or keeps each limit the runner sent (a positive number) and takes the default for the others.
func (sent limits) or(fallback limits) limits {
	pick := func(value, otherwise int) int {
		if value > 0 {
			return value
		}
		return otherwise
	}
	return limits{pick(sent.MaxLine, fallback.MaxLine), pick(sent.MaxMessage, fallback.MaxMessage), pick(sent.MaxOutput, fallback.MaxOutput)}
}

// wireSize is the UTF-8 length the runner reads: json.Marshal writes each invalid byte as U+FFFD (3 bytes).
func wireSize(s string) int {
	size := 0
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		if r == utf8.RuneError && width == 1 {
			size += 3
		} else {
			size += width
		}
		s = s[width:]
	}
	return size
}

// wireText is s as json.Marshal writes it: each byte that is not UTF-8 becomes U+FFFD.
func wireText(s string) string {
	var text strings.Builder
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		text.WriteRune(r) // RuneError for an invalid byte: U+FFFD
		s = s[width:]
	}
	return text.String()
}

// truncate cuts s to at most limit UTF-8 bytes on a character boundary, saying so and how long it was.
func truncate(s string, limit int) string {
	size := wireSize(s)
	if size <= limit {
		return s // json.Marshal writes it in size bytes: within the limit
	}
	valid := wireText(s)
	suffix := fmt.Sprintf("…(truncated, %d bytes in all)", size)
	cut := max(0, limit-len(suffix))
	for cut > 0 && !utf8.RuneStart(valid[cut]) {
		cut--
	}
	return valid[:cut] + suffix
}

// bound keeps a result within the runner's limits: an output over MaxOutput becomes errored, saying its size; a
// message or reason over MaxMessage is cut, saying so. The harness reports; it judges nothing else.
func bound(result obj, limit limits) obj {
	type output struct{ where, text string }
	var outputs []output
	if text, ok := result["output"].(string); ok {
		outputs = append(outputs, output{"the output", text})
	}
	events, _ := result["events"].([]obj)
	for i, event := range events {
		text, _ := event["output"].(string)
		outputs = append(outputs, output{fmt.Sprintf("the output of event %d", i), text})
	}
	for _, o := range outputs {
		if size := wireSize(o.text); size > limit.MaxOutput {
			result = obj{"status": "errored", "message": fmt.Sprintf("%s was %d bytes, over the runner's limit of %d (limits.max_output_bytes)", o.where, size, limit.MaxOutput)}
			break
		}
	}
	for _, key := range []string{"message", "reason"} {
		if text, ok := result[key].(string); ok {
			result[key] = truncate(text, limit.MaxMessage)
		}
	}
	return result
}
