"""Lossless JSON (de)serialisation of the frozen records in ``eventfuse.records``.

The codec is driven by the records' type hints (``typing.get_type_hints``), so adding a field
to a record needs no change here. Values whose declared type is ``object`` (``FieldValue.value``,
``Support.value``, ``ContradictionValue.value``) carry a small tag when JSON alone would lose
their type: ``{"$date": "2025-11-08"}``, ``{"$datetime": ...}``, ``{"$tuple": [...]}``,
``{"$dict": [[key, value], ...]}`` and ``{"$record": "Span", "fields": {...}}``.

>>> from eventfuse.records import Span
>>> loads(Span, dumps(Span("a1", 0, 4, "text"))) == Span("a1", 0, 4, "text")
True
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, Literal, TypeVar, Union

from eventfuse import records

T = TypeVar("T")

_NONE_TYPE = type(None)


@functools.cache
def field_hints(cls: type) -> tuple[tuple[str, Any], ...]:
    """The (name, resolved type hint) of each dataclass field of ``cls``, in order."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


@functools.cache
def record_classes() -> dict[str, type]:
    """The dataclasses of ``eventfuse.records`` by name (the only classes ``$record`` rebuilds)."""
    return {
        name: obj
        for name, obj in vars(records).items()
        if isinstance(obj, type)
        and dataclasses.is_dataclass(obj)
        and obj.__module__ == records.__name__
    }


def encode(record: object) -> dict[str, Any]:
    """A JSON-ready dict for a record (a dataclass instance), following its type hints."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"encode() expects a dataclass instance, got {type(record).__name__}")
    out = encode_value(record, type(record))
    assert isinstance(out, dict)
    return out


def decode(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a record of class ``cls`` from what :func:`encode` produced."""
    value = decode_value(data, cls)
    return typing.cast(T, value)


def dumps(record: object) -> str:
    """Compact, deterministic JSON text for a record."""
    return json.dumps(encode(record), ensure_ascii=False, separators=(",", ":"))


def loads(cls: type[T], text: str | bytes) -> T:
    """Rebuild a record of class ``cls`` from :func:`dumps` output."""
    data = json.loads(text)
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object for {cls.__name__}, got {type(data).__name__}")
    return decode(cls, data)


# -- encoding ---------------------------------------------------------------------------------


Converter = Callable[[Any], Any]


def encode_value(value: object, hint: Any) -> Any:
    """Encode ``value`` declared with type ``hint`` into JSON-ready data."""
    return _encoder(hint)(value)


def _identity(value: Any) -> Any:
    return value


@functools.cache
def _encoder(hint: Any) -> Converter:
    """A function encoding values declared as ``hint`` (built once per type)."""
    if hint is Any or hint is object:
        return _encode_tagged
    origin = typing.get_origin(hint)
    if origin is Union or origin is types.UnionType:
        arms = [a for a in typing.get_args(hint) if a is not _NONE_TYPE]
        if len(arms) == 1:
            inner = _encoder(arms[0])
            return lambda value: None if value is None else inner(value)
        return lambda value: None if value is None else _encode_tagged(value)
    if origin is Literal:
        return _identity
    if origin is tuple or origin is list:
        args = typing.get_args(hint)
        if not args or origin is list or (len(args) == 2 and args[1] is Ellipsis):
            item = _encoder(args[0]) if args else _encode_tagged

            def encode_items(value: Any) -> Any:
                if not isinstance(value, (tuple, list)):
                    raise TypeError(f"expected a sequence for {hint}, got {type(value).__name__}")
                return [item(v) for v in value]

            return encode_items
        items = [_encoder(a) for a in args]

        def encode_fixed(value: Any) -> Any:
            if not isinstance(value, (tuple, list)) or len(value) != len(items):
                raise TypeError(f"expected {len(items)} items for {hint}, got {value!r}")
            return [enc(v) for enc, v in zip(items, value)]

        return encode_fixed
    if origin is dict:
        key_hint, value_hint = typing.get_args(hint) or (Any, Any)
        enc_key, enc_value = _encoder(key_hint), _encoder(value_hint)

        def encode_mapping(value: Any) -> Any:
            if not isinstance(value, Mapping):
                raise TypeError(f"expected a mapping for {hint}, got {type(value).__name__}")
            if key_hint is str and all(isinstance(k, str) for k in value):
                return {k: enc_value(v) for k, v in value.items()}
            return [[enc_key(k), enc_value(v)] for k, v in value.items()]

        return encode_mapping
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record_encoder(hint)
    if hint is datetime or hint is date:

        def encode_day(value: Any) -> Any:
            if not isinstance(value, date):
                raise TypeError(f"expected {hint.__name__}, got {type(value).__name__}")
            return value.isoformat()

        return encode_day
    return _identity


def _record_encoder(cls: type) -> Converter:
    fields = [(name, _encoder(h)) for name, h in field_hints(cls)]

    def encode_record(value: Any) -> Any:
        if type(value) is not cls and not isinstance(value, cls):
            raise TypeError(f"expected {cls.__name__}, got {type(value).__name__}")
        return {name: enc(getattr(value, name)) for name, enc in fields}

    return encode_record


def _encode_tagged(value: object) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple):
        return {"$tuple": [_encode_tagged(v) for v in value]}
    if isinstance(value, list):
        return [_encode_tagged(v) for v in value]
    if isinstance(value, Mapping):
        return {"$dict": [[_encode_tagged(k), _encode_tagged(v)] for k, v in value.items()]}
    cls = type(value)
    if dataclasses.is_dataclass(value) and record_classes().get(cls.__name__) is cls:
        return {"$record": cls.__name__, "fields": encode_value(value, cls)}
    raise TypeError(f"cannot encode a value of type {cls.__name__} losslessly")


# -- decoding ---------------------------------------------------------------------------------


def decode_value(data: Any, hint: Any) -> Any:
    """Rebuild a value declared with type ``hint`` from :func:`encode_value` output."""
    return _decoder(hint)(data)


@functools.cache
def _decoder(hint: Any) -> Converter:
    """A function decoding data declared as ``hint`` (built once per type)."""
    if hint is Any or hint is object:
        return _decode_tagged
    origin = typing.get_origin(hint)
    if origin is Union or origin is types.UnionType:
        arms = [a for a in typing.get_args(hint) if a is not _NONE_TYPE]
        inner = _decoder(arms[0]) if len(arms) == 1 else _decode_tagged
        return lambda data: None if data is None else inner(data)
    if origin is Literal:
        return _identity
    if origin is tuple or origin is list:
        args = typing.get_args(hint)
        make: Callable[[Any], Any] = list if origin is list else tuple
        if not args or origin is list or (len(args) == 2 and args[1] is Ellipsis):
            item = _decoder(args[0]) if args else _decode_tagged

            def decode_items(data: Any) -> Any:
                if not isinstance(data, list):
                    raise TypeError(f"expected a JSON array for {hint}, got {data!r}")
                return make(item(v) for v in data)

            return decode_items
        items = [_decoder(a) for a in args]

        def decode_fixed(data: Any) -> Any:
            if not isinstance(data, list) or len(data) != len(items):
                raise TypeError(f"expected {len(items)} items for {hint}, got {data!r}")
            return make(dec(v) for dec, v in zip(items, data))

        return decode_fixed
    if origin is dict:
        key_hint, value_hint = typing.get_args(hint) or (Any, Any)
        dec_key, dec_value = _decoder(key_hint), _decoder(value_hint)

        def decode_mapping(data: Any) -> Any:
            if isinstance(data, dict):
                return {k: dec_value(v) for k, v in data.items()}
            return {dec_key(k): dec_value(v) for k, v in data}

        return decode_mapping
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _record_decoder(hint)
    if hint is datetime:
        return datetime.fromisoformat
    if hint is date:
        # a datetime stored in a ``date`` field keeps its time
        return lambda data: (
            datetime.fromisoformat(data) if len(data) > 10 else date.fromisoformat(data)
        )
    return _identity


def _record_decoder(cls: type) -> Converter:
    fields = [(name, _decoder(h)) for name, h in field_hints(cls)]

    def decode_record(data: Any) -> Any:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object for {cls.__name__}, got {data!r}")
        return cls(**{name: dec(data[name]) for name, dec in fields if name in data})

    return decode_record


def _decode_tagged(data: Any) -> Any:
    if isinstance(data, list):
        return [_decode_tagged(v) for v in data]
    if not isinstance(data, dict):
        return data
    if "$datetime" in data:
        return datetime.fromisoformat(data["$datetime"])
    if "$date" in data:
        return date.fromisoformat(data["$date"])
    if "$tuple" in data:
        return tuple(_decode_tagged(v) for v in data["$tuple"])
    if "$dict" in data:
        return {_decode_tagged(k): _decode_tagged(v) for k, v in data["$dict"]}
    if "$record" in data:
        cls = record_classes().get(data["$record"])
        if cls is None:
            raise ValueError(f"unknown record type {data['$record']!r}")
        return decode_value(data["fields"], cls)
    raise ValueError(f"untagged JSON object where a tagged value was expected: {sorted(data)}")
