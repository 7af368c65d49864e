"""What one release handed back, as protocol values: the same reporting as openrouter_harness.py, over the classes
and markers that release has (release_types.Release). A marker the release lacks is simply not looked for: before
openrouter.types.UnrecognizedStr became a class of its own no value is reported unrecognized, and a release without
Unknown* models never reports "unknown"."""

from typing import Any, Dict, Optional, Tuple

import pydantic

from protocol import classes_by_type, value
from sdk_values import is_unknown, pointers_of, received
from release_types import ITEM_EVENTS, OUTPUT, STATUS, STREAM, Release


class Answers:
    def __init__(self, release: Release) -> None:
        self.release = release
        self.marker = release.unrecognized_marker()
        self.status = pydantic.TypeAdapter(release.union_of(STATUS))
        self.any = pydantic.TypeAdapter(object)  # built once: a TypeAdapter costs about a millisecond to make
        self.items = classes_by_type(release.union_of(OUTPUT)) if release.union_of(OUTPUT) is not None else {}
        self.events = classes_by_type(release.union_of(STREAM)) if release.union_of(STREAM) is not None else {}
        self.item_events = tuple(release.classes[shape] for shape in ITEM_EVENTS if shape in release.classes)

    def declared(self, shape: str) -> Optional[Tuple[type, ...]]:
        """The documented class of a shape, as a tuple; None for a status (no class: the union itself)."""
        cls = self.release.classes.get(shape)
        return None if cls is None else (cls,)

    def event_classes(self, event: Any) -> Tuple[type, ...]:
        """The classes the stream union declares for an event's `type`."""
        return self.events.get(getattr(event, "type", None), ())

    def answer(self, parsed: Any, declared: Optional[Tuple[type, ...]]) -> Dict[str, Any]:
        """The protocol value for what the SDK returned; ``declared`` the documented classes (None: a status)."""
        marker = self.marker
        unrecognized = pointers_of(parsed, marker) if marker else []
        if declared is None:
            return value(self.status.dump_json(parsed, warnings=False).decode(), unrecognized=unrecognized)
        if is_unknown(parsed):  # Unknown*(raw=...): the raw value it kept is what the user can read
            return value(self.any.dump_json(parsed.raw).decode(), **received(parsed, declared, self.item_events, self.items))
        return value(parsed.model_dump_json(by_alias=True, warnings=False), unrecognized=unrecognized, **received(parsed, declared, self.item_events, self.items))
