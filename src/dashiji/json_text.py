"""JSON text of plain values, as ``json.JSONEncoder(ensure_ascii=False, default=...).encode``
writes it, from one C encoder made once.

``JSONEncoder.encode`` makes a new C encoder at every call (with a fresh dict of the containers
being encoded, to catch a cycle): ~4 µs, more than encoding a span's small attributes takes; a
stored document encodes ~60 of them.  :func:`encoder` makes the C encoder once, without that
dict (so it keeps no state between calls, from any thread); a value holding itself then ends in
a RecursionError, and is encoded again by the checking encoder, which raises what it always
raised (ValueError: Circular reference detected) -- the same text, the same errors.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import encoder as _encoder
from typing import Any


def encoder(default: Callable[[Any], Any] | None = None) -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, default=default).encode``, faster."""
    checked = json.JSONEncoder(ensure_ascii=False, default=default)
    make = getattr(_encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator: nothing to save
        return checked.encode
    # the arguments JSONEncoder.iterencode passes, but no markers (see the module's doc)
    fast = make(
        None,
        checked.default,
        _encoder.encode_basestring,
        None,
        checked.key_separator,
        checked.item_separator,
        checked.sort_keys,
        checked.skipkeys,
        checked.allow_nan,
    )
    slow = checked.encode

    def encode(value: Any) -> str:
        if isinstance(value, str):
            return slow(value)
        try:
            return "".join(fast(value, 0))
        except RecursionError:  # a cycle (or nesting too deep): as the checking encoder says
            return slow(value)

    return encode
