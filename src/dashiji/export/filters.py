"""The event filters shared by ``dashiji export`` and the chronicle: actor, type, date window.

* ``actor``: a knowledge-base id (``marco-rubio``, ``nato``), any name or alias of an entry in
  either script (鲁比奥, 盧比歐, Rubio, 北约), a short form or compound the KB reads (美, 美方),
  a country code (``USA``, or its CAMEO spelling ``ROM``), or a CAMEO actor code (``USAGOV``).
  An event matches when one of its actors is that entry, bears that name, or -- when the query
  names a country or bloc -- belongs to that country (``--actor 美国`` finds Rubio's events too).
* ``type``: a PLOVER type (``CONSULT``), case-insensitive; several separated by commas.
* ``date_from`` / ``date_to``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive (``--to 2025-10``
  runs to the end of October), by the HTTP API's rule and with its code
  (:func:`~dashiji.export.dates.date_bounds`, :func:`~dashiji.export.dates.within`; the API's
  ``date_from``/``date_to``, ``dashiji.serve.queries.DATE_RULE``): an event matches when every
  day its own date can mean lies within the window -- its date is known to fall there (a
  ``2025-10`` event is in ``--from 2025-10 --to 2025-10`` and in ``--from 2025``, not in
  ``--from 2025-10-15``).  **Undated events are left out whenever a date bound is given**:
  nothing says they fall in the window.  A value that is no such date, or a window that ends
  before it begins, is a :class:`~dashiji.errors.BadParameter` (a ``ValueError``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..events.model import Event, EventActor
from ..kb import KnowledgeBase, load_kb
from .dates import date_bounds, within


@dataclass(slots=True)
class _ActorQuery:
    query: str
    ids: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # ISO ids and dashiji bloc codes
    codes: set[str] = field(default_factory=set)  # CAMEO actor codes

    def matches(self, actor: EventActor) -> bool:
        if actor.kb_id and actor.kb_id in self.ids:
            return True
        if actor.name and actor.name.strip() in self.names:
            return True
        if actor.country and actor.country in self.countries:
            return True
        code = (actor.cameo or "").upper()
        return bool(code) and (code in self.codes or code[:3] in self.codes)


def _actor_query(text: str, kb: KnowledgeBase) -> _ActorQuery:
    q = text.strip()
    found = _ActorQuery(q, names={q})
    entries = []
    if q in kb:
        entries.append(kb.by_id(q))
    entries += kb.lookup(q)
    if q.upper() in kb and kb.by_id(q.upper()).kind == "country":  # type: ignore[union-attr]
        entries.append(kb.by_id(q.upper()))
    if not entries:
        compound = kb.parse_compound(q)
        if compound and len(compound[0]) == 1:
            entries.append(compound[0][0])
    for entry in entries:
        if entry is None:
            continue
        found.ids.add(entry.id)
        for form in entry.surface_forms():
            found.names.add(form)
        if entry.kind == "country":
            found.countries.add(entry.id)
            if entry.cameo:
                found.codes.add(entry.cameo)
        if entry.actor:
            found.countries.add(entry.actor)
    upper = q.upper()
    found.codes.add(upper)
    for entry in kb.entries(kind="country"):  # a CAMEO country spelling: ROM, TMP, MTN, IMY
        if entry.cameo == upper:
            found.countries.add(entry.id)
    return found


@dataclass(slots=True)
class EventFilter:
    """A predicate over events; built once, applied to each."""

    actor: str | None = None
    type: str | None = None
    date_from: str | dt.date | None = None
    date_to: str | dt.date | None = None
    kb: KnowledgeBase | None = None
    _actor: _ActorQuery | None = field(default=None, init=False, repr=False)
    _types: set[str] | None = field(default=None, init=False, repr=False)
    _lo: str | None = field(default=None, init=False, repr=False)
    _hi: str | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.actor is not None and self.actor.strip():
            self._actor = _actor_query(self.actor, self.kb or load_kb())
        if self.type:
            self._types = {t.strip().upper() for t in self.type.split(",") if t.strip()}
        self._lo, self._hi = date_bounds(
            self.date_from or None, self.date_to or None, names=("--from", "--to")
        )

    @property
    def active(self) -> bool:
        return bool(self._actor or self._types or self._lo or self._hi)

    @property
    def dated_only(self) -> bool:
        """True when a date bound is given: undated events are then left out."""
        return bool(self._lo or self._hi)

    def as_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "type": self.type,
            "from": str(self.date_from) if self.date_from else None,
            "to": str(self.date_to) if self.date_to else None,
        }

    def __call__(self, event: Event) -> bool:
        if self._types is not None and (event.type or "").upper() not in self._types:
            return False
        if self._actor is not None and not any(self._actor.matches(a) for a in event.actors):
            return False
        return within(event.date, event.precision, self._lo, self._hi)


def make_filter(
    *,
    actor: str | None = None,
    type: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    kb: KnowledgeBase | None = None,
) -> EventFilter:
    return EventFilter(actor, type, date_from, date_to, kb)
