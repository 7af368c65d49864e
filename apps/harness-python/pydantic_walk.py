"""Every value inside a parsed SDK value, by wire name: how the harnesses find what the SDK kept as unrecognized.
One walk for the pinned harness (openrouter_harness.py) and the release harness (release_answers.py)."""

from typing import Any, Iterator, Tuple

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
