"""What a parsed SDK value holds, as the OpenRouter harnesses report it: one definition for the pinned harness
(openrouter_harness.py) and the release harness (release_answers.py), each passing its release's classes."""

from typing import Any, Dict, Iterator, Mapping, Tuple

import pydantic


def walk(obj: Any, pointer: str = "") -> Iterator[Tuple[str, Any]]:
    """(JSON pointer, value) for the value and everything inside it; an SDK Unknown* model (is_unknown) is a leaf."""
    yield pointer, obj
    if isinstance(obj, pydantic.BaseModel) and not getattr(obj, "is_unknown", False):
        for name, field in type(obj).model_fields.items():
            yield from walk(getattr(obj, name), f"{pointer}/{field.alias or name}")
    elif isinstance(obj, (list, tuple)):
        for index, item in enumerate(obj):
            yield from walk(item, f"{pointer}/{index}")


def received(obj: Any, declared: Tuple[type, ...], item_events: Tuple[type, ...], items: Mapping[Any, Tuple[type, ...]]) -> Dict[str, Any]:
    """What the user's code got, beside the output: nothing for a class in ``declared``, else the SDK's own Unknown*
    model (is_unknown) or another class, named. An output_item event (one of ``item_events``) is described by its item
    when that is not the class ``items`` declares for its type."""
    if getattr(obj, "is_unknown", False):
        return {"received": "unknown", "type": type(obj).__name__}
    if not isinstance(obj, pydantic.BaseModel):
        return {"received": "raw"}
    if type(obj) not in declared:
        return {"received": "other", "type": type(obj).__name__}
    if isinstance(obj, item_events) and obj.item is not None:
        return received(obj.item, items.get(getattr(obj.item, "type", None), ()), item_events, items)
    return {}
