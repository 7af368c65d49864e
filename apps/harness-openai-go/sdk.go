package main

import (
	"fmt"
	"reflect"

	r "github.com/openai/openai-go/v3/responses"
)

// The item type every item shape is read as: what a response's output list and an output_item event hold it in.
var imageItem = reflect.TypeFor[r.ResponseOutputItemImageGenerationCall]()

// whatCameBack says what user code receives from a union's AsAny(), in a decoded value's received/type fields:
// nothing added for the declared variant; "unknown" for nil, the SDK's own catch-all; "other" and its type for another
// variant. An output_item event carries an item, itself a union, read the same way one level down: the catalogue's
// output_item shapes are about the image_generation_call item they carry.
func whatCameBack(variant any, declared reflect.Type) obj {
	if variant == nil {
		return obj{"received": "unknown"}
	}
	if got := reflect.TypeOf(variant); got != declared {
		return obj{"received": "other", "type": got.String()}
	}
	item, nested := itemOf(variant)
	if !nested {
		return obj{}
	}
	switch inner := item.AsAny().(type) {
	case nil:
		return obj{"received": "unknown"}
	case r.ResponseOutputItemImageGenerationCall:
		return obj{}
	default:
		return obj{"received": "other", "type": fmt.Sprintf("%s{Item: %T}", declared, inner)}
	}
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

// value is one decoded value: its output (the SDK's RawJSON(), see README.md) and what came back.
func value(output string, came obj) obj {
	came["output"] = output
	return came
}
