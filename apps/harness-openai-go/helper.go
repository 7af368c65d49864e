package main

import (
	"encoding/json"
	"reflect"

	r "github.com/openai/openai-go/v3/responses"
)

var helperEntry = entry{
	name: "json.Unmarshal",
	kind: "helper",
	calls: "json.Unmarshal(input, &v) with v the shape's responses type (an error is a rejection), and json.Unmarshal " +
		"of the same bytes into the union a response or a stream holds it in (responses.ResponseOutputItemUnion, " +
		"responses.ResponseStreamEventUnion), whose AsAny() says what came back; the output is v.RawJSON()",
	unservable: func(text) string { return "" }, // json.Unmarshal is handed the input as it is
	decoders: map[string]decoder{
		"ImageGenToolCall":              as[r.ResponseOutputItemImageGenerationCall](viaItem),
		"OutputImageGenerationCallItem": as[r.ResponseOutputItemImageGenerationCall](viaItem),
		"OutputItemImageGenerationCall": as[r.ResponseOutputItemImageGenerationCall](viaItem),
		"ImageGenCallInProgressEvent":   as[r.ResponseImageGenCallInProgressEvent](viaEvent),
		"ImageGenCallGeneratingEvent":   as[r.ResponseImageGenCallGeneratingEvent](viaEvent),
		"ImageGenCallPartialImageEvent": as[r.ResponseImageGenCallPartialImageEvent](viaEvent),
		"ImageGenCallCompletedEvent":    as[r.ResponseImageGenCallCompletedEvent](viaEvent),
		"ResponseOutputItemAddedEvent":  as[r.ResponseOutputItemAddedEvent](viaEvent),
		"ResponseOutputItemDoneEvent":   as[r.ResponseOutputItemDoneEvent](viaEvent),
		// The catalogue's SDK-declared readings: the same structs the SDK's names come from.
		"ResponseOutputItemImageGenerationCall": as[r.ResponseOutputItemImageGenerationCall](viaItem),
		"ResponseImageGenCallPartialImageEvent": as[r.ResponseImageGenCallPartialImageEvent](viaEvent),
	},
}

// as decodes into the concrete type T, then through the SDK's union; what came back is the variant the union's AsAny()
// picks, against T.
func as[T interface{ RawJSON() string }](route func([]byte) (any, error)) decoder {
	declared := reflect.TypeFor[T]()
	return decoder{declared.String(), func(data []byte) obj {
		var v T
		variant, err := any(nil), json.Unmarshal(data, &v)
		if err == nil {
			variant, err = route(data)
		}
		if err != nil {
			return obj{"status": "rejected", "message": err.Error()}
		}
		result := value(v.RawJSON(), whatCameBack(variant, declared))
		result["status"] = "ok"
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
