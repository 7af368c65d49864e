"""Protocol v1 release harness for any published release of the `openrouter` Python SDK (PyPI), the one installed in
the virtual environment that runs it (cwd: this directory, for protocol.py and client_entry.py):

    <venv>/bin/python openrouter_release.py --entries        # one JSON line: the release, its entries, shape -> SDK type
    <venv>/bin/python openrouter_release.py client           # or validate_json: serves protocol v1 for that entry

The entries, calls, envelope and reporting of openrouter_harness.py (the pinned 1.3.84 harness), over the types
this release defines, found by name (release_types.py): the client's call is client.responses.send, or
client.beta.responses.send where the release has only that; validate_json adapts the release's own unions. A
feature the release lacks is not used, and hello's `calls` says so. Needs only the release and what it installs.
"""

import json
import sys

from protocol import serve
from release_types import CannotImport, Release

ENTRY_NAMES = ("client", "validate_json")
LOOKED_FOR = ("none of the image-generation types (OutputImageGenerationCallItem or ResponsesImageGenerationCall, ImageGenCall*Event or "
              "OpenResponsesImageGenCall*, with OutputItems, StreamEvents or their seed-era unions ResponsesOutputItem, OpenResponsesStreamEvent; "
              "ImageGenerationStatus)")


def _send_path(client):
    """Where the release's client has its send: ("responses", call), else ("beta.responses", call), else None."""
    for path in ("responses", "beta.responses"):
        target = client
        try:
            for part in path.split("."):
                target = getattr(target, part)
            return path, target.send
        except (AttributeError, ImportError):  # a lazily-loaded sub-SDK the release lacks
            continue
    return None


def entries(release, client_problem=None, send_path=None, client_shapes=()):
    """Each entry, available or with the one line that says what this release lacks."""
    if not release.shapes:
        client = helper = f"{release.module_name} defines {LOOKED_FOR}"
    else:
        helper = None
        client = client_problem or (None if send_path else "no OpenRouter client with responses.send or beta.responses.send")
        if client is None and not client_shapes and release.union_of("stream") is None:
            client = "no image_generation_call output item and no stream-event union for the client to return"
    return [{"name": name, "available": reason is None, **({"reason": reason} if reason else {})} for name, reason in (("client", client), ("validate_json", helper))]


def main(argv):
    if len(argv) != 1 or argv[0] not in ("--entries", *ENTRY_NAMES):
        print(f"usage: openrouter_release.py --entries | {' | '.join(ENTRY_NAMES)} (got {list(argv)})", file=sys.stderr)
        return 2
    try:
        release = Release()
    except CannotImport as error:
        print(error, file=sys.stderr)
        return 1
    found, send_path = entries(release), None
    if release.shapes:  # a release with none of the types needs nothing more to say so
        try:
            import release_entry  # httpx, pydantic and openrouter's errors and utils, as the release installed them
        except ImportError as error:
            print(f"cannot import openrouter {release.version}: {type(error).__name__}: {(str(error).splitlines() or [''])[0]}", file=sys.stderr)
            return 1
        client, problem = release_entry.make_client()
        send_path = _send_path(client) if client is not None else None
        found = entries(release, problem, send_path, release_entry.client_shapes(release))
    if argv[0] == "--entries":
        print(json.dumps({"release": release.version, "entries": found, "shapes": {shape: release.type_name(shape) for shape in release.shapes}}))
        return 0
    entry = next(item for item in found if item["name"] == argv[0])
    if not entry["available"]:
        print(f"openrouter {release.version} has no {argv[0]} entry: {entry['reason']}", file=sys.stderr)
        return 1
    return serve(*release_entry.entry(release, argv[0], send_path), release_entry.REJECTIONS)  # at the pinned harness's stack depth


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
