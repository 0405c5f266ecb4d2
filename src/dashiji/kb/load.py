"""Read, validate and merge knowledge-base files (JSONL, or a JSON list) into a KnowledgeBase.

``load_kb()`` reads the packaged files in ``dashiji/data/kb/``; ``load_kb([my.jsonl])`` reads
them and then the user's files, in order.  A user entry whose id is already known extends it
(see ``SCHEMA.md``: names are updated key by key, aliases, short forms and roles are added, other
fields replace) or, with ``"replace": true``, replaces it.  Within one layer (the packaged files,
or one user file) an id may appear once.

Every problem raises :class:`~dashiji.kb.model.KBError` naming the file and the line.  The result
is cached on the files' paths, sizes and modification times.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from ..datafiles import file_stamp, read_records
from .model import (
    CAMEO_RE,
    NAME_KEYS,
    TYPES,
    Entry,
    KBError,
    KnowledgeBase,
    Role,
    ShortForm,
    date_ceil,
    date_floor,
    valid_date,
)

KNOWN_FIELDS = {
    "id", "type", "names", "aliases", "country", "cameo", "actor", "short", "roles", "replace",
    # kept in Entry.extra:
    "note", "role", "cameo_role", "bound", "countries", "metonym", "known_group",
    "ambiguous_with", "parent", "fips", "lat", "lon", "national",
}  # fmt: skip
EXTRA_FIELDS = (
    "note", "role", "cameo_role", "bound", "countries", "metonym", "known_group",
    "ambiguous_with", "parent", "fips", "lat", "lon", "national",
)  # fmt: skip
FIPS_RE = re.compile(r"^[A-Z]{2}$")
ID_LIST_FIELDS = ("countries", "ambiguous_with")
ROLE_FIELDS = {"role", "country", "org", "title_zh", "title_en", "start", "end", "cameo", "note"}
SHORT_FIELDS = {"form", "alone", "in_compounds", "ambiguous_with"}

_CACHE: dict[tuple[Any, ...], KnowledgeBase] = {}


def packaged_files() -> list[Path]:
    """The knowledge-base files shipped with dashiji, in name order."""
    root = Path(str(resources.files("dashiji") / "data" / "kb"))
    return sorted(p for p in root.iterdir() if p.suffix in (".jsonl", ".json"))


USER_KB_ENV = "DASHIJI_KB"


def user_files(value: str | None = None) -> list[Path]:
    """The user's KB files named by ``$DASHIJI_KB``: files or directories (their ``*.jsonl`` and
    ``*.json``, in name order), separated by ``os.pathsep``."""
    value = os.environ.get(USER_KB_ENV, "") if value is None else value
    found: list[Path] = []
    for item in filter(None, value.split(os.pathsep)):
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in (".jsonl", ".json")))
        else:
            found.append(path)
    return found


def load_kb(paths: Sequence[Path | str] | None = None, *, cache: bool = True) -> KnowledgeBase:
    """The packaged knowledge base, extended by the user's files ``paths`` (same schema).

    With ``paths=None`` the user's files are those ``$DASHIJI_KB`` names (``dashiji --kb``).
    """
    packaged = packaged_files()
    extra = [Path(p) for p in (user_files() if paths is None else paths)]
    key = tuple(_stamp(p) for p in (*packaged, *extra))
    if cache and key in _CACHE:
        return _CACHE[key]
    merged: dict[str, tuple[dict[str, Any], str, int]] = {}
    _merge_layer(merged, [r for p in packaged for r in _read(p)], override=False)
    for path in extra:
        _merge_layer(merged, list(_read(path)), override=True)
    kb = KnowledgeBase(_build(merged), tuple(str(p) for p in (*packaged, *extra)))
    if cache:
        _CACHE[key] = kb
    return kb


def _stamp(path: Path) -> tuple[str, int, int]:
    return file_stamp(path, KBError)


# ---- reading ----------------------------------------------------------------------------------
def _read(path: Path) -> Iterable[tuple[dict[str, Any], str, int]]:
    """Each record of a file with its file name and line number."""
    return read_records(path, KBError, "knowledge-base")


# ---- merging ----------------------------------------------------------------------------------
def _merge_layer(
    merged: dict[str, tuple[dict[str, Any], str, int]],
    records: list[tuple[dict[str, Any], str, int]],
    override: bool,
) -> None:
    seen: dict[str, str] = {}
    for record, path, line in records:
        entry_id = record.get("id")
        if not isinstance(entry_id, str) or not entry_id.strip():
            raise KBError("missing or empty 'id'", path, line)
        if entry_id != entry_id.strip():
            raise KBError(f"id {entry_id!r} has surrounding white space", path, line)
        if entry_id in seen:
            raise KBError(f"duplicate id {entry_id!r} (first at {seen[entry_id]})", path, line)
        seen[entry_id] = f"{path}:{line}"
        unknown = set(record) - KNOWN_FIELDS
        if unknown:
            raise KBError(f"{entry_id}: unknown field(s) {sorted(unknown)}", path, line)
        if entry_id in merged and override and not record.get("replace"):
            base = merged[entry_id][0]
            merged[entry_id] = (_extend(base, record), path, line)
        else:
            merged[entry_id] = (dict(record), path, line)


def _extend(base: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in new.items():
        if key == "names" and isinstance(value, dict) and isinstance(base.get("names"), dict):
            out["names"] = {**base["names"], **value}
        elif key in ("aliases", "short", "roles") and isinstance(value, list):
            old = base.get(key) or []
            out[key] = [*value, *(v for v in old if v not in value)]
        else:
            out[key] = value
    return out


# ---- validation -------------------------------------------------------------------------------
def _build(merged: dict[str, tuple[dict[str, Any], str, int]]) -> dict[str, Entry]:
    entries = {eid: _entry(rec, path, line) for eid, (rec, path, line) in merged.items()}
    countries = {e.id for e in entries.values() if e.kind == "country"}
    short_owner: dict[str, str] = {}
    for entry in entries.values():
        path, _, line = entry.source.rpartition(":")
        where = (path, int(line))
        if entry.country is not None and entry.country not in countries:
            raise KBError(f"{entry.id}: unknown country code {entry.country!r}", *where)
        for role in entry.roles:
            target = entries.get(role.at)
            if target is None or target.kind not in ("country", "org"):
                raise KBError(
                    f"{entry.id}: role {role.role!r} at unknown country or organisation "
                    f"{role.at!r}",
                    *where,
                )
        for key in ID_LIST_FIELDS:
            for other in entry.extra.get(key, ()):
                if other not in entries:
                    raise KBError(f"{entry.id}: {key} names unknown id {other!r}", *where)
        parent = entry.extra.get("parent")
        if parent is not None and parent not in entries:
            raise KBError(f"{entry.id}: parent names unknown id {parent!r}", *where)
        for short in entry.short:
            if short.form in short_owner:
                raise KBError(
                    f"{entry.id}: short form {short.form!r} already belongs to "
                    f"{short_owner[short.form]!r} (list it in ambiguous_with instead)",
                    *where,
                )
            short_owner[short.form] = entry.id
            for other in short.ambiguous_with:
                if other not in entries:
                    raise KBError(f"{entry.id}: ambiguous_with unknown id {other!r}", *where)
    return entries


def _entry(rec: dict[str, Any], path: str, line: int) -> Entry:
    eid = rec["id"]

    def fail(message: str) -> KBError:
        return KBError(f"{eid}: {message}", path, line)

    etype = rec.get("type")
    if etype not in TYPES:
        raise fail(f"unknown or missing type {etype!r} (one of {', '.join(sorted(TYPES))})")
    names = rec.get("names")
    if not isinstance(names, dict) or not names:
        raise fail("'names' must be an object of names")
    for key, value in names.items():
        if key not in NAME_KEYS:
            raise fail(f"unknown name key {key!r} (one of {', '.join(NAME_KEYS)})")
        if not isinstance(value, str) or not value.strip():
            raise fail(f"name {key!r} is empty")
    if not (names.get("zh-Hans") or names.get("zh-Hant")):
        raise fail("needs a Chinese name (zh-Hans or zh-Hant)")
    aliases = rec.get("aliases", [])
    if not isinstance(aliases, list):
        raise fail("'aliases' must be a list")
    for alias in aliases:
        if not isinstance(alias, str) or not alias.strip():
            raise fail("alias empty (every alias must be a non-empty string)")
        if alias != alias.strip():
            raise fail(f"alias {alias!r} has surrounding white space")
    for key in ("country", "cameo", "actor"):
        value = rec.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise fail(f"{key!r} must be a non-empty string")
    for key in ("cameo", "actor"):
        if rec.get(key) is not None and not CAMEO_RE.match(rec[key]):
            raise fail(f"{key} {rec[key]!r} is not an actor code (A–Z, 0–9)")
    if TYPES[etype] == "country" and etype != "bloc" and not rec.get("cameo"):
        raise fail("a country or territory needs its CAMEO code")
    extra = {k: rec[k] for k in EXTRA_FIELDS if rec.get(k) is not None}
    for key in ID_LIST_FIELDS:
        value = extra.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise fail(f"{key!r} must be a list of ids")
    for key in ("cameo_role", "metonym", "known_group", "national"):
        if key in extra and not (isinstance(extra[key], str) and CAMEO_RE.match(extra[key])):
            raise fail(f"{key} {extra[key]!r} is not a code (A–Z, 0–9)")
    _check_geo(extra, TYPES[etype], fail)
    if etype == "role_word":
        if not isinstance(extra.get("role"), str) or not extra["role"]:
            raise fail("a role word needs 'role' (the role it names)")
        if extra.get("bound", "free") not in ("free", "suffix", "prefix"):
            raise fail(f"bound must be free, suffix or prefix, not {extra['bound']!r}")
    return Entry(
        id=eid,
        type=etype,
        names=dict(names),
        aliases=tuple(dict.fromkeys(aliases)),
        country=rec.get("country"),
        cameo=rec.get("cameo"),
        actor=rec.get("actor"),
        short=tuple(_short(s, fail) for s in _list(rec, "short", fail)),
        roles=tuple(_role(r, fail) for r in _list(rec, "roles", fail)),
        extra=extra,
        source=f"{path}:{line}",
    )


def _check_geo(extra: dict[str, Any], kind: str, fail: Any) -> None:
    """``fips`` (FIPS 10-4 country code) and ``lat``/``lon`` (a point, decimal degrees): only on
    countries and places; the point needs both coordinates, in range."""
    geo = [k for k in ("fips", "lat", "lon") if k in extra]
    if geo and kind not in ("country", "place"):
        raise fail(f"{', '.join(geo)} only on countries and places")
    if "fips" in extra and not (isinstance(extra["fips"], str) and FIPS_RE.match(extra["fips"])):
        raise fail(f"fips {extra['fips']!r} is not a FIPS 10-4 country code (two letters A–Z)")
    if ("lat" in extra) != ("lon" in extra):
        raise fail("a point needs both 'lat' and 'lon'")
    for key, limit in (("lat", 90), ("lon", 180)):
        value = extra.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or abs(value) > limit:
            raise fail(f"{key} {value!r} is not a number within ±{limit}")


def _list(rec: dict[str, Any], key: str, fail: Any) -> list[Any]:
    value = rec.get(key, [])
    if not isinstance(value, list):
        raise fail(f"{key!r} must be a list")
    return value


def _short(data: Any, fail: Any) -> ShortForm:
    if not isinstance(data, dict):
        raise fail("a short form must be an object")
    unknown = set(data) - SHORT_FIELDS
    if unknown:
        raise fail(f"short form: unknown field(s) {sorted(unknown)}")
    form = data.get("form")
    if not isinstance(form, str) or not form.strip():
        raise fail("short form empty")
    amb = data.get("ambiguous_with", [])
    if not isinstance(amb, list) or not all(isinstance(a, str) for a in amb):
        raise fail(f"short form {form!r}: ambiguous_with must be a list of ids")
    for flag in ("alone", "in_compounds"):
        if flag in data and not isinstance(data[flag], bool):
            raise fail(f"short form {form!r}: {flag} must be true or false")
    return ShortForm(form, data.get("alone", False), data.get("in_compounds", True), tuple(amb))


def _role(data: Any, fail: Any) -> Role:
    if not isinstance(data, dict):
        raise fail("a role must be an object")
    unknown = set(data) - ROLE_FIELDS
    if unknown:
        raise fail(f"role: unknown field(s) {sorted(unknown)}")
    name = data.get("role")
    if not isinstance(name, str) or not name.strip():
        raise fail("role without a 'role' name")
    at = [data[k] for k in ("country", "org") if data.get(k)]
    if len(at) != 1:
        raise fail(f"role {name!r} needs exactly one of 'country' or 'org'")
    start, end = data.get("start"), data.get("end")
    for label, value in (("start", start), ("end", end)):
        if value is not None and not valid_date(value):
            raise fail(f"role {name!r}: bad {label} date {value!r} (YYYY-MM-DD, YYYY-MM or YYYY)")
    if start and end and date_ceil(end) < date_floor(start):
        raise fail(f"role {name!r}: end {end} before start {start}")
    cameo = data.get("cameo")
    if cameo is not None and (not isinstance(cameo, str) or not CAMEO_RE.match(cameo)):
        raise fail(f"role {name!r}: cameo {cameo!r} is not an actor code")
    return Role(name, at[0], data.get("title_zh"), data.get("title_en"), start, end, cameo)
