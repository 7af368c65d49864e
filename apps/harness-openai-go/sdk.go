package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"reflect"

	"github.com/openai/openai-go/v3/packages/ssestream"
	r "github.com/openai/openai-go/v3/responses"
)

// shape: the openai-go type a catalogue shape is parsed as, and its decoder (a result without id).
type shape struct {
	goType string
	decode func(data []byte) obj
}

var shapes = map[string]shape{
	"ImageGenToolCall":              as[r.ResponseOutputItemImageGenerationCall](viaItem),
	"OutputImageGenerationCallItem": as[r.ResponseOutputItemImageGenerationCall](viaItem),
	"OutputItemImageGenerationCall": as[r.ResponseOutputItemImageGenerationCall](viaItem),
	"ImageGenCallInProgressEvent":   as[r.ResponseImageGenCallInProgressEvent](viaEvent),
	"ImageGenCallGeneratingEvent":   as[r.ResponseImageGenCallGeneratingEvent](viaEvent),
	"ImageGenCallPartialImageEvent": as[r.ResponseImageGenCallPartialImageEvent](viaEvent),
	"ImageGenCallCompletedEvent":    as[r.ResponseImageGenCallCompletedEvent](viaEvent),
	"ResponseOutputItemAddedEvent":  as[r.ResponseOutputItemAddedEvent](viaEvent),
	"ResponseOutputItemDoneEvent":   as[r.ResponseOutputItemDoneEvent](viaEvent),
}

// as decodes into the concrete type T, then through the SDK's union (what a response or a stream
// yields). It is the SDK's fallback unless the union's own AsAny() routes it to T (and, for the
// output_item events, routes the item to the image_generation_call variant). The output is
// RawJSON(): what openai-go hands back for a decoded value (see README.md).
func as[T interface{ RawJSON() string }](route func([]byte) (any, error)) shape {
	return shape{reflect.TypeFor[T]().String(), func(data []byte) obj {
		var v T
		variant, err := any(nil), json.Unmarshal(data, &v)
		if err == nil {
			variant, err = route(data)
		}
		if err != nil {
			return obj{"status": "rejected", "message": err.Error()}
		}
		_, same := variant.(T)
		if it, nested := itemOf(variant); same && nested {
			_, same = it.AsAny().(r.ResponseOutputItemImageGenerationCall)
		}
		result := obj{"status": "ok", "output": v.RawJSON()}
		if !same {
			result["fallback"] = "unknown"
		}
		return result
	}}
}

// viaItem and viaEvent decode through the SDK's unions and return the variant AsAny() picks (nil: none).
func viaItem(b []byte) (any, error) {
	var u r.ResponseOutputItemUnion
	err := json.Unmarshal(b, &u)
	return u.AsAny(), err
}
func viaEvent(b []byte) (any, error) {
	var u r.ResponseStreamEventUnion
	err := json.Unmarshal(b, &u)
	return u.AsAny(), err
}

func itemOf(event any) (r.ResponseOutputItemUnion, bool) {
	switch e := event.(type) {
	case r.ResponseOutputItemAddedEvent:
		return e.Item, true
	case r.ResponseOutputItemDoneEvent:
		return e.Item, true
	}
	return r.ResponseOutputItemUnion{}, false
}

// streamCase reads the body as ResponseService.NewStreaming does once the HTTP response is in.
// io.MultiReader hands the chunks over one Read each, never joined.
func streamCase(chunks []string) obj {
	var readers []io.Reader
	for _, chunk := range chunks {
		b, err := base64.StdEncoding.DecodeString(chunk)
		if err != nil {
			return obj{"status": "errored", "message": "harness: chunk is not base64: " + err.Error()}
		}
		readers = append(readers, bytes.NewReader(b))
	}
	res := &http.Response{Header: http.Header{"Content-Type": {"text/event-stream"}}, Body: io.NopCloser(io.MultiReader(readers...))}
	stream := ssestream.NewStream[r.ResponseStreamEventUnion](ssestream.NewDecoder(res), nil)
	events := []obj{}
	for stream.Next() {
		e := obj{"output": stream.Current().RawJSON()}
		variant := stream.Current().AsAny()
		if it, nested := itemOf(variant); variant == nil || nested && it.AsAny() == nil {
			e["fallback"] = "unknown" // an event or item type the SDK has no variant for
		}
		events = append(events, e)
	}
	if err := stream.Err(); err != nil {
		return obj{"status": "rejected", "message": err.Error(), "events": events}
	}
	return obj{"status": "ok", "events": events}
}
