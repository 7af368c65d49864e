package main

import (
	"encoding/json"
	"io"
	"runtime/debug"
)

// linkedVersion is the version of sdkPath this binary was built with, as the Go toolchain recorded it: the one
// fact a sweep's build of another release changes, read from the build rather than written beside it.
func linkedVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == sdkPath {
				if dep.Replace != nil {
					return dep.Replace.Version
				}
				return dep.Version
			}
		}
	}
	return "unknown"
}

// answerEntries writes the one line `sweep` asks a release harness for (`--entries`): the release built in, its
// entries (a release that lacks a type the harness calls does not build, so every entry of a built one is there)
// and each catalogue shape with the SDK type it is read as.
func answerEntries(out io.Writer) int {
	shapes := map[string]string{}
	found := []obj{}
	for _, name := range entryNames() {
		found = append(found, obj{"name": name, "available": true})
		for shape, d := range entries[name].decoders {
			shapes[shape] = d.goType
		}
	}
	line, _ := json.Marshal(obj{"release": sdkVersion, "entries": found, "shapes": shapes})
	_, err := out.Write(append(line, '\n'))
	if err != nil {
		return 1
	}
	return 0
}
