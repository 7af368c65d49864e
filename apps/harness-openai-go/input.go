package main

import (
	"encoding/json"
	"strconv"
)

// text is a case's input as the runner sent it: its value, and whether the JSON string it came in escapes a UTF-16
// surrogate with no partner. encoding/json reads such an escape as U+FFFD, so the value alone cannot say so.
type text struct {
	value         string
	loneSurrogate bool
}

func (t *text) UnmarshalJSON(raw []byte) error {
	if err := json.Unmarshal(raw, &t.value); err != nil {
		return err
	}
	t.loneSurrogate = escapesLoneSurrogate(raw)
	return nil
}

// escapesLoneSurrogate reads the escapes of a JSON string: a \uD800–\uDBFF not followed by a \uDC00–\uDFFF, or a
// \uDC00–\uDFFF not after one. The protocol line is UTF-8, so a surrogate can only arrive escaped.
func escapesLoneSurrogate(raw []byte) bool {
	unit := func(at int) (int, bool) { // the code unit of a \uXXXX escape at raw[at]
		if at+6 > len(raw) || raw[at] != '\\' || raw[at+1] != 'u' {
			return 0, false
		}
		code, err := strconv.ParseUint(string(raw[at+2:at+6]), 16, 16)
		return int(code), err == nil
	}
	for at := 0; at < len(raw); at++ {
		if raw[at] != '\\' {
			continue
		}
		code, ok := unit(at)
		if !ok {
			at++ // another escape: \\, \", \n, …
			continue
		}
		switch {
		case code >= 0xDC00 && code <= 0xDFFF:
			return true
		case code >= 0xD800 && code <= 0xDBFF:
			if low, paired := unit(at + 6); !paired || low < 0xDC00 || low > 0xDFFF {
				return true
			}
			at += 6 // the low half of the pair
		}
		at += 5
	}
	return false
}
