"""What a parsed SDK value holds, as the OpenRouter harnesses report it: one definition for the pinned harness
(openrouter_harness.py) and the release harness (release_answers.py), each passing its release's classes."""

from typing import Any, Dict, Iterator, List, Mapping, Tuple

import pydantic


def walk(obj: Any, pointer: str = "") -> Iterator[Tuple[str, Any]]:
    """(JSON pointer, value) for the value and everything inside it; an SDK Unknown* model (is_unknown) is a leaf."""
    yield pointer, obj
    if isinstance(obj, pydantic.BaseModel) and not is_unknown(obj):
        for name, field in type(obj).model_fields.items():
            yield from walk(getattr(obj, name), f"{pointer}/{field.alias or name}")
    elif isinstance(obj, (list, tuple)):
        for index, item in enumerate(obj):
            yield from walk(item, f"{pointer}/{index}")


_MARKABLE: Dict[type, bool] = {}


def is_unknown(obj: Any) -> bool:
    """Whether ``obj`` is the SDK's own Unknown* catch-all: its is_unknown set. Asked of the class once whether it has
    one at all: getattr of a name a pydantic model lacks raises inside it, at about a microsecond a call."""
    cls = type(obj)
    markable = _MARKABLE.get(cls)
    if markable is None:
        markable = _MARKABLE[cls] = "is_unknown" in (getattr(cls, "model_fields", None) or {}) or hasattr(cls, "is_unknown")
    return markable and bool(getattr(obj, "is_unknown", False))


_ALIASES: Dict[type, Tuple[Tuple[str, str], ...]] = {}


def _aliases(cls: type) -> Tuple[Tuple[str, str], ...]:
    """(attribute, JSON key) of each field of a model class, read once per class: model_fields builds them per call."""
    known = _ALIASES.get(cls)
    if known is None:
        known = _ALIASES[cls] = tuple((name, field.alias or name) for name, field in cls.model_fields.items())
    return known


def pointers_of(obj: Any, kind: type) -> List[str]:
    """The JSON pointers ``walk`` yields for the values that are instances of ``kind``, in the same order, built only
    for those: a harness asks this of every value it answers, and walking builds one pointer per field."""
    found: List[str] = []
    if isinstance(obj, kind):
        found.append("")
    _pointers(obj, kind, "", found)
    return found


def _pointers(obj: Any, kind: type, pointer: str, found: List[str]) -> None:
    if isinstance(obj, pydantic.BaseModel):
        if is_unknown(obj):
            return
        for name, key in _aliases(type(obj)):
            _member(getattr(obj, name), kind, pointer, key, found)
    elif isinstance(obj, (list, tuple)):
        for index, item in enumerate(obj):
            _member(item, kind, pointer, str(index), found)


def _member(member: Any, kind: type, pointer: str, key: str, found: List[str]) -> None:
    """One member of a model or list: its pointer is built only if it is a ``kind`` or holds members of its own."""
    if isinstance(member, kind):
        found.append(f"{pointer}/{key}")
    if isinstance(member, (pydantic.BaseModel, list, tuple)):
        _pointers(member, kind, f"{pointer}/{key}", found)


def received(obj: Any, declared: Tuple[type, ...], item_events: Tuple[type, ...], items: Mapping[Any, Tuple[type, ...]]) -> Dict[str, Any]:
    """What the user's code got, beside the output: nothing for a class in ``declared``, else the SDK's own Unknown*
    model (is_unknown) or another class, named. An output_item event (one of ``item_events``) is described by its item
    when that is not the class ``items`` declares for its type."""
    if is_unknown(obj):
        return {"received": "unknown", "type": type(obj).__name__}
    if not isinstance(obj, pydantic.BaseModel):
        return {"received": "raw"}
    if type(obj) not in declared:
        return {"received": "other", "type": type(obj).__name__}
    if isinstance(obj, item_events) and obj.item is not None:
        return received(obj.item, items.get(getattr(obj.item, "type", None), ()), item_events, items)
    return {}
