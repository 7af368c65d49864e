"""The image-generation types of whichever `openrouter` release is installed, found by name in its own modules.

Names changed across releases: the seed era (0.0.6 to 0.7.11) exports ResponsesImageGenerationCall,
OpenResponsesImageGenCall* and OpenResponsesStreamEvent…; from 0.8.0 on OutputImageGenerationCallItem, ImageGenCall*Event
and StreamEvents… (0.8.0 still ships the seed-era files, unexported: only exports are read). 0.0.6 put its models in
openrouter.models, later releases in openrouter.components. Each role lists its names newest first; a shape none of
whose names the release exports, in a union that holds it, is absent, never stood in for.
"""

import importlib
import sys
import typing
from typing import Any, Dict, Optional, Tuple

MODULES = ("components", "models")
OUTPUT, STREAM, ECHO, STATUS = "output", "stream", "echo", "status"
# The unions values are parsed through, by their names, newest first (the echo union is found from the response).
UNIONS = {OUTPUT: ("OutputItems", "ResponsesOutputItem"), STREAM: ("StreamEvents", "OpenResponsesStreamEvent"), STATUS: ("ImageGenerationStatus",)}
RESPONSES = ("OpenResponsesResult", "OpenResponsesNonStreamingResponse")  # the client's non-streaming response model
# Catalogue shape -> (the role of its union, the SDK class names it may have, newest first); a status has no class.
# ImageGenToolCall (OpenAI's name) and the event shapes are read as whatever class the release has in that role;
# a shape named after an SDK type (seed or current) only where the release defines that very name.
SHAPES: Dict[str, Tuple[str, Tuple[str, ...]]] = {
    "OutputImageGenerationCallItem": (OUTPUT, ("OutputImageGenerationCallItem",)),
    "ImageGenToolCall": (OUTPUT, ("OutputImageGenerationCallItem", "ResponsesImageGenerationCall")),
    "ResponsesImageGenerationCall": (OUTPUT, ("ResponsesImageGenerationCall",)),
    "OutputItemImageGenerationCall": (ECHO, ("OutputItemImageGenerationCall",)),
    "ImageGenCallInProgressEvent": (STREAM, ("ImageGenCallInProgressEvent", "OpenResponsesImageGenCallInProgress")),
    "ImageGenCallGeneratingEvent": (STREAM, ("ImageGenCallGeneratingEvent", "OpenResponsesImageGenCallGenerating")),
    "OpenResponsesImageGenCallGenerating": (STREAM, ("OpenResponsesImageGenCallGenerating",)),
    "ImageGenCallPartialImageEvent": (STREAM, ("ImageGenCallPartialImageEvent", "OpenResponsesImageGenCallPartialImage")),
    "ImageGenCallCompletedEvent": (STREAM, ("ImageGenCallCompletedEvent", "OpenResponsesImageGenCallCompleted")),
    "ResponseOutputItemAddedEvent": (STREAM, ("StreamEventsResponseOutputItemAdded", "OpenResponsesStreamEventResponseOutputItemAdded")),
    "ResponseOutputItemDoneEvent": (STREAM, ("StreamEventsResponseOutputItemDone", "OpenResponsesStreamEventResponseOutputItemDone")),
    "ImageGenerationStatus": (STATUS, ()),
    "ImageGenToolCallStatus": (STATUS, ()),
}
ITEM_EVENTS = ("ResponseOutputItemAddedEvent", "ResponseOutputItemDoneEvent")
INDEX_FIELDS = ("output_index", "sequence_number", "partial_image_index")


class CannotImport(Exception):
    """The release cannot be imported at all: the one line saying why."""


def installed_version() -> Optional[str]:
    from importlib import metadata

    try:
        return metadata.version("openrouter")
    except metadata.PackageNotFoundError:
        return None


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return f"{type(error).__name__}: {lines[0] if lines else ''}".rstrip(": ")


def walk_union(node: Any):
    """Every member of a (possibly aliased, annotated, nested) union, depth first."""
    node = getattr(node, "__value__", node)  # a TypeAliasType
    origin = typing.get_origin(node)
    if origin is typing.Annotated:
        yield from walk_union(typing.get_args(node)[0])
    elif origin is typing.Union or origin is list:
        for argument in typing.get_args(node):
            yield from walk_union(argument)
    else:
        yield node


def _holding(node: Any, cls: type) -> Optional[Any]:
    """The innermost union under ``node`` that has ``cls`` as a direct member, as the release wrote it (its alias, its
    validators): the echo union, under the response's `instructions`."""
    if hasattr(typing.get_origin(node), "__value__"):  # a generic alias applied, as the release's Nullable[T]
        return next((found for found in (_holding(argument, cls) for argument in typing.get_args(node)) if found is not None), None)
    inner = getattr(node, "__value__", node)  # a TypeAliasType
    origin = typing.get_origin(inner)
    if origin is typing.Annotated:
        wrapped = typing.get_args(inner)[0]
        found = _holding(wrapped, cls)
        return node if found is wrapped else found  # an open union's validator belongs to it
    if origin is typing.Union or origin is list:
        arguments = typing.get_args(inner)
        for argument in arguments:
            found = _holding(argument, cls)
            if found is not None:
                return found
        return node if origin is typing.Union and cls in arguments else None
    return None


class Release:
    """One installed release: its version, its model module, its unions by name, and for each catalogue shape it can
    decode the union that holds its class (``parse``). Per role the first union found is the one the client uses."""

    def __init__(self) -> None:
        self.version = installed_version()
        try:
            import openrouter  # noqa: F401  (the release itself: fails here when it cannot be imported)
        except Exception as error:
            raise CannotImport(f"cannot import openrouter {self.version or '(not installed)'}: {_first_line(error)}") from error
        self.module_name, self.module = self._models()
        self.unions = {name: self.get(name) for names in UNIONS.values() for name in names if self.get(name) is not None}
        self.client_union = {role: next((name for name in names if name in self.unions), None) for role, names in UNIONS.items()}
        self.response = next((self.get(name) for name in RESPONSES if isinstance(self.get(name), type)), None)
        self._find_echo_union()
        members = {name: set(walk_union(union)) for name, union in self.unions.items()}
        # shape -> (the union it is parsed through, its class; None for a status): 0.8.0 still ships the seed-era
        # models beside the new ones, each in its own union; the client reads only the first of each role.
        self.parse: Dict[str, Tuple[str, Optional[type]]] = {}
        for shape, (role, names) in SHAPES.items():
            if role == STATUS:
                if self.client_union[STATUS]:
                    self.parse[shape] = (self.client_union[STATUS], None)
                continue
            candidates = UNIONS[role] if role in UNIONS else (self.client_union[ECHO],)
            for name in names:
                cls = self.get(name)
                union = next((union for union in candidates if isinstance(cls, type) and cls in members.get(union, ())), None)
                if union:
                    self.parse[shape] = (union, cls)
                    break
        self.classes = {shape: cls for shape, (_, cls) in self.parse.items() if cls is not None}
        self.shapes = list(self.parse)

    def _models(self) -> Tuple[str, Any]:
        errors = []
        for name in MODULES:
            try:
                module = importlib.import_module(f"openrouter.{name}")
            except ImportError as error:
                errors.append(f"openrouter.{name}: {_first_line(error)}")
                continue
            return f"openrouter.{name}", module
        raise CannotImport(f"cannot import openrouter {self.version}: neither of its model modules imports ({'; '.join(errors)})")

    def get(self, name: str) -> Any:
        """The release's export by that name, or None (a lazily-loading module raises on a missing name)."""
        try:
            return getattr(self.module, name, None)
        except Exception:
            return None

    def _find_echo_union(self) -> None:
        """The union a response's `instructions` echo list holds the echo item in (BaseInputsUnion1; OpenAIResponsesInputUnion1)."""
        echo = self.get(SHAPES["OutputItemImageGenerationCall"][1][0])
        field = getattr(self.response, "model_fields", {}).get("instructions")
        union = _holding(field.annotation, echo) if field is not None and isinstance(echo, type) else None
        name = (getattr(union, "__name__", None) or self._name_of(union)) if union is not None else None
        self.client_union[ECHO] = name
        if name:
            self.unions[name] = union

    def _name_of(self, union: Any) -> str:
        for module in list(sys.modules.values()):
            if getattr(module, "__name__", "").startswith("openrouter."):
                for name, value in list(vars(module).items()):
                    if value is union:
                        return name
        return "the union of the response's instructions"

    def type_name(self, shape: str) -> str:
        """What hello names as the SDK type for a shape: openrouter.components.OutputImageGenerationCallItem."""
        union, cls = self.parse[shape]
        return f"{self.module_name}.{cls.__name__ if cls is not None else union}"

    def union_of(self, role: str) -> Any:
        """The union the client parses a value of this role with, or None."""
        name = self.client_union.get(role)
        return self.unions[name] if name else None

    def unrecognized_marker(self) -> Optional[type]:
        """openrouter.types.UnrecognizedStr where it is a class of its own; early releases alias it to plain str."""
        marker = getattr(importlib.import_module("openrouter.types"), "UnrecognizedStr", None)
        return marker if isinstance(marker, type) and marker is not str else None

    def has_unknown_models(self) -> bool:
        """Whether the client's unions have the SDK's own catch-all models (Unknown*, is_unknown)."""
        unions = [self.union_of(OUTPUT), self.union_of(STREAM)]
        return any("is_unknown" in getattr(member, "model_fields", {}) for union in unions if union is not None for member in walk_union(union))

    def numbers_are_floats(self) -> bool:
        """Whether the release types event indices as float (seed 004's *number*): integers beyond a double then change."""
        for shape, cls in self.classes.items():
            if SHAPES[shape][0] == STREAM:
                for name in INDEX_FIELDS:
                    field = cls.model_fields.get(name)
                    if field is not None and field.annotation is float:
                        return True
        return False
