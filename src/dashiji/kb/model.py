"""The typed model of the actor knowledge base: entries, short forms, roles, and the KB itself.

An :class:`Entry` is one thing the news talks about: a country or bloc, a place, an
organisation or outlet, a person, or a role word (外长, 军方, …).  Every entry has an ``id``, a
``type`` and its names; a person carries dated :class:`Role` s, a country its one-character
:class:`ShortForm` s (美, 俄, 乌…).  The file format is described in ``data/kb/SCHEMA.md``;
:mod:`dashiji.kb.load` reads and validates it.

Dates are ISO strings of day, month or year precision (``2025-01-20``, ``2025-01``, ``2025``).
A role is held from its ``start`` (the first day of a month/year when only that is known) through
its ``end`` (the last day of it), both inclusive; a missing ``start`` means "held since before
the KB's window", a missing ``end`` "still held".
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ..datafiles import DataFileError

Kind = Literal["country", "place", "org", "person", "role_word"]

#: ``type`` values, grouped by the kind of entry they make.
TYPES: dict[str, Kind] = {
    # countries and country-like codes
    "country": "country",
    "territory": "country",
    "bloc": "country",
    # places
    "city": "place",
    "region": "place",
    "disputed_area": "place",
    "building": "place",
    "sea": "place",
    "strait": "place",
    "island": "place",
    "peninsula": "place",
    "facility": "place",
    "river": "place",
    "border": "place",
    # organisations
    "igo": "org",
    "forum": "org",
    "igo_body": "org",
    "national_body": "org",
    "armed_group": "org",
    "party": "org",
    "court": "org",
    "ngo": "org",
    "media": "org",
    "company": "org",
    # people and role words
    "person": "person",
    "role_word": "role_word",
}

NAME_KEYS = ("zh-Hans", "zh-Hant", "zh-TW", "zh-HK", "en")

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CAMEO_RE = re.compile(r"^[A-Z0-9]{2,18}$")


class KBError(DataFileError):
    """A knowledge-base file is invalid; the message names the file and the line."""

    label = "<kb>"


def valid_date(value: str) -> bool:
    """True for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` naming a real day."""
    if not isinstance(value, str) or not DATE_RE.match(value):
        return False
    if len(value) == 10:
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            return False
    return True


def date_floor(value: str) -> str:
    """The first day a partial date can mean: ``2025-09`` → ``2025-09-01``."""
    return value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value


def date_ceil(value: str) -> str:
    """The last day a partial date can mean (as a sortable string): ``2025-09`` → ``2025-09-31``."""
    return value + "-12-31"[len(value) - 4 :] if len(value) < 10 else value


def as_day(on: str | _dt.date | _dt.datetime | None) -> str:
    """A query date as ``YYYY-MM-DD``; ``None`` is today; a partial date is its first day."""
    if on is None:
        return _dt.date.today().isoformat()
    if isinstance(on, _dt.datetime):
        return on.date().isoformat()
    if isinstance(on, _dt.date):
        return on.isoformat()
    if not valid_date(on):
        raise ValueError(f"not a date: {on!r} (want YYYY-MM-DD, YYYY-MM or YYYY)")
    return date_floor(on)


@dataclass(frozen=True, slots=True)
class ShortForm:
    """A one-character (or short) form of a country or bloc: 美, 俄, 乌, 欧…

    ``alone``: the form may stand by itself as the actor (美称…, 俄将…), not only inside a
    compound.  ``in_compounds``: it may be one of a run of short forms (美俄, 中印, 美欧乌) or
    take a suffix (美方, 俄军, 美媒).  ``ambiguous_with``: other entries the same form can mean
    (巴 Pakistan/Brazil); the entry that lists the form is the usual reading.
    """

    form: str
    alone: bool = False
    in_compounds: bool = True
    ambiguous_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    """A post a person holds, at a country or an organisation, over a span of dates."""

    role: str
    at: str
    title_zh: str | None = None
    title_en: str | None = None
    start: str | None = None
    end: str | None = None
    cameo: str | None = None

    def active(self, on: str | _dt.date | None = None) -> bool:
        return self.active_on_day(as_day(on))

    def active_on_day(self, day: str) -> bool:
        """:meth:`active` for a day already in ``YYYY-MM-DD`` form (see :func:`as_day`)."""
        if self.start is not None and day < date_floor(self.start):
            return False
        return not (self.end is not None and day > date_ceil(self.end))


@dataclass(slots=True)
class Entry:
    """One knowledge-base entry.  ``source`` is ``file:line`` of the line that defined it."""

    id: str
    type: str
    names: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    country: str | None = None
    cameo: str | None = None
    actor: str | None = None
    short: tuple[ShortForm, ...] = ()
    roles: tuple[Role, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    @property
    def kind(self) -> Kind:
        return TYPES[self.type]

    @property
    def name(self) -> str:
        """A display name: simplified Chinese, else traditional, else English, else the id."""
        for key in ("zh-Hans", "zh-Hant", "en"):
            if self.names.get(key):
                return self.names[key]
        return self.id

    @property
    def en(self) -> str | None:
        return self.names.get("en")

    @property
    def fips(self) -> str | None:
        """The FIPS 10-4 country code (countries; places where it differs from their country's)."""
        return self.extra.get("fips")

    @property
    def point(self) -> tuple[float, float] | None:
        """``(lat, lon)`` in decimal degrees: a country's World Factbook centre point, a city's
        centre, a region's approximate centroid; None when the KB has none."""
        if "lat" not in self.extra:
            return None
        return (float(self.extra["lat"]), float(self.extra["lon"]))

    @property
    def code(self) -> str:
        """The actor code dashiji emits for this entry (``USA``, ``EUR``, ``NATO``…)."""
        return self.actor or (self.id if self.kind == "country" else (self.country or self.id))

    def roles_on(self, on: str | _dt.date | None) -> list[Role]:
        if not self.roles:
            return []
        day = as_day(on)
        return [r for r in self.roles if r.active_on_day(day)]

    def surface_forms(self) -> Iterator[str]:
        """Names and aliases as written in the file (no script conversion)."""
        seen: set[str] = set()
        for form in (*self.names.values(), *self.aliases):
            if form not in seen:
                seen.add(form)
                yield form


#: A person is an entry of type ``person`` (the same class; the name documents intent).
Person = Entry


def _script_variants(form: str) -> set[str]:
    """The form in the other Chinese script(s): simplified, traditional, Taiwan and HK usage."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in form):
        return {form}
    # the process's own converters (made once, the table-only ones released once the tables
    # are built: :func:`dashiji.normalize.script.release_converters`)
    from ..normalize.script import converter

    return {form, *(converter(c).convert(form) for c in ("t2s", "s2t", "s2tw", "s2hk"))}


class KnowledgeBase:
    """The loaded, validated entries, with look-ups by id, surface form, role and date."""

    def __init__(self, entries: dict[str, Entry], files: tuple[str, ...] = ()) -> None:
        self._entries = dict(sorted(entries.items()))
        self.files = files
        self._surface: dict[str, list[Entry]] | None = None
        self._shorts: dict[str, tuple[ShortForm, Entry]] | None = None
        self._suffix_map: dict[str, Entry] | None = None
        self._posts: dict[tuple[str, str], list[tuple[Entry, list[Role]]]] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def by_id(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def entries(self, kind: Kind | None = None, type: str | None = None) -> Iterator[Entry]:
        """Every entry (sorted by id), or those of one kind (``person``…) or one type."""
        for entry in self._entries.values():
            if (kind is None or entry.kind == kind) and (type is None or entry.type == type):
                yield entry

    def people(self) -> Iterator[Entry]:
        return self.entries(kind="person")

    # ---- surface forms -------------------------------------------------------------------------
    def aliases(self) -> Iterator[tuple[str, Entry]]:
        """Every surface form with its entry: names, aliases, and each Chinese form in the other
        script (OpenCC t2s, s2t, s2tw, s2hk).  One form may name several entries (国务院);
        short forms (美, 俄…) are not included — see :meth:`short_forms`."""
        for form, entries in self._index().items():
            for entry in entries:
                yield form, entry

    def lookup(self, form: str) -> list[Entry]:
        """The entries a surface form can name (several when it is ambiguous)."""
        return list(self._index().get(form, ()))

    def short_forms(self) -> Iterator[tuple[ShortForm, Entry]]:
        """Every short form with the entry it usually names, in both scripts."""
        for entry in self._entries.values():
            for short in entry.short:
                for variant in sorted(_script_variants(short.form)):
                    yield (short if variant == short.form else _replace_form(short, variant)), entry

    def parse_compound(self, form: str) -> tuple[list[Entry], Entry | None] | None:
        """Read a run of short forms with an optional bound suffix: 美俄 → ([USA, RUS], None),
        美欧烏 → ([USA, EUR, UKR], None), 美方 → ([USA], 方), 俄军 → ([RUS], 军); 俄 alone →
        ([RUS], None) because 俄 may stand alone.  None when the form is not such a run.
        Ambiguous forms (巴, 伊) read as their usual entry; see ``ShortForm.ambiguous_with``."""
        shorts = self._short_index()
        suffix: Entry | None = None
        if len(form) > 1 and form[-1] in self._suffixes():
            suffix, form = self._suffixes()[form[-1]], form[:-1]
        found = [shorts.get(ch) for ch in form]
        if not form or any(f is None for f in found):
            return None
        pairs = [f for f in found if f is not None]
        if len(pairs) == 1:
            if suffix is None and not pairs[0][0].alone:
                return None
            if suffix is not None and not pairs[0][0].in_compounds:
                return None
        elif not all(short.in_compounds for short, _ in pairs):
            return None
        return [entry for _, entry in pairs], suffix

    def _short_index(self) -> dict[str, tuple[ShortForm, Entry]]:
        if self._shorts is None:
            self._shorts = {short.form: (short, entry) for short, entry in self.short_forms()}
        return self._shorts

    def _suffixes(self) -> dict[str, Entry]:
        if self._suffix_map is None:
            out: dict[str, Entry] = {}
            for entry in self.entries(kind="role_word"):
                if entry.extra.get("bound") == "suffix":
                    for form in entry.surface_forms():
                        for variant in _script_variants(form):
                            out[variant] = entry
            self._suffix_map = out
        return self._suffix_map

    def _index(self) -> dict[str, list[Entry]]:
        if self._surface is None:
            index: dict[str, list[Entry]] = {}
            for entry in self._entries.values():
                forms: set[str] = set()
                for form in entry.surface_forms():
                    forms |= _script_variants(form)
                for form in sorted(forms):
                    index.setdefault(form, []).append(entry)
            self._surface = index
        return self._surface

    # ---- roles ---------------------------------------------------------------------------------
    def holder(self, role: str, at: str, on_date: str | _dt.date | None = None) -> Entry | None:
        """Who held ``role`` (``foreign_minister``…) at a country or organisation on a date.

        When two people's spans touch the date (a hand-over day), the later start wins; for
        posts held by several people at once (deputy ministers, envoys) see :meth:`holders`."""
        found = self.holders(role, at, on_date)
        return found[0] if found else None

    def holders(self, role: str, at: str, on_date: str | _dt.date | None = None) -> list[Entry]:
        """Everyone who held ``role`` at ``at`` on a date, latest start first."""
        held = self._post_index().get((role, at))
        if not held:
            return []
        day = as_day(on_date)
        found: list[tuple[str, Entry]] = []
        for person, roles in held:
            starts = [date_floor(r.start) if r.start else "" for r in roles if r.active_on_day(day)]
            if starts:
                found.append((max(starts), person))
        found.sort(key=lambda pair: pair[0], reverse=True)
        return [person for _, person in found]

    def _post_index(self) -> dict[tuple[str, str], list[tuple[Entry, list[Role]]]]:
        """(role, at) → the people who ever held it (in id order) with their roles there."""
        if self._posts is None:
            index: dict[tuple[str, str], list[tuple[Entry, list[Role]]]] = {}
            for person in self.people():
                mine: dict[tuple[str, str], list[Role]] = {}
                for r in person.roles:
                    mine.setdefault((r.role, r.at), []).append(r)
                for key, roles in mine.items():
                    index.setdefault(key, []).append((person, roles))
            self._posts = index
        return self._posts

    def roles_of(self, person_id: str, on_date: str | _dt.date | None = None) -> list[Role]:
        """The roles a person held on a date (every role when ``on_date`` is None)."""
        person = self._entries.get(person_id)
        if person is None:
            raise KeyError(person_id)
        return list(person.roles) if on_date is None else person.roles_on(on_date)


def _replace_form(short: ShortForm, form: str) -> ShortForm:
    return ShortForm(form, short.alone, short.in_compounds, short.ambiguous_with)
