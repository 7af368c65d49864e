package main

import "sort"

// entry is one public way into the SDK that users' code goes through; a harness process answers for one.
type entry struct {
	name, kind, calls string
	// decoders by catalogue shape: the SDK type user code receives the shape as, and the call (a result without id).
	decoders map[string]decoder
	// unservable says why a decode case's input cannot reach the call unchanged, or "".
	unservable func(input text) string
	// stream reads one stream's chunks, handed over one Read each; nil when the entry has no streaming call.
	stream func(chunks [][]byte) obj
}

type decoder struct {
	goType string
	decode func(input []byte) obj
}

// entries by the name the harness is started with (`./bin/harness client`).
var entries = map[string]entry{clientEntry.name: clientEntry, helperEntry.name: helperEntry}

func entryNames() []string {
	names := make([]string, 0, len(entries))
	for name := range entries {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func (e entry) operations() []string {
	operations := []string{}
	if len(e.decoders) > 0 {
		operations = append(operations, "decode")
	}
	if e.stream != nil {
		operations = append(operations, "stream")
	}
	return operations
}
