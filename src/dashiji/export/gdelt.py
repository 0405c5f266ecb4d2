"""Events as GDELT 2.0 rows: the 61-column event table and the mentions table with provenance.

The mapping, column by column, is documented in ``docs/gdelt-mapping.md``.  :class:`GdeltCoder`
turns one ``(Document, Event)`` into one event row (a dict keyed by :data:`EVENT_COLUMNS`) and
one mentions row per mention (:data:`MENTION_COLUMNS`: GDELT's 16 columns, then dashiji's
provenance columns); :func:`tsv_line` writes a row the way GDELT's files are written (tab
separated, no quoting, no header).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from ..events.model import Event, EventActor, Mention
from ..kb import Entry, KnowledgeBase, load_kb
from ..model import Document
from ..normalize import split_sentences
from .dates import event_day, fraction_date

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)  # fmt: skip

#: dashiji's provenance, after GDELT's mention columns
PROVENANCE_COLUMNS: tuple[str, ...] = (
    "doc_id", "event_id", "mention_index", "sentence", "quote", "trigger", "start", "end",
    "trigger_start", "trigger_end", "source_start", "source_end", "status", "modality",
    "attributed_to", "source_part", "date", "precision", "date_source", "published",
)  # fmt: skip

MENTION_COLUMNS = GDELT_MENTION_COLUMNS + PROVENANCE_COLUMNS

#: integer columns (for typed tables: Parquet)
EVENT_INT_COLUMNS = frozenset(
    {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass"}
    | {"NumMentions", "NumSources", "NumArticles", "DATEADDED"}
    | {f"{p}Geo_Type" for p in ("Actor1", "Actor2", "Action")}
)
EVENT_FLOAT_COLUMNS = frozenset(
    {"FractionDate", "GoldsteinScale", "AvgTone"}
    | {f"{p}Geo_{c}" for p in ("Actor1", "Actor2", "Action") for c in ("Lat", "Long")}
)
MENTION_INT_COLUMNS = frozenset(
    {"GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID"}
    | {"Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence"}
    | {"MentionDocLen", "mention_index", "start", "end", "trigger_start", "trigger_end"}
    | {"source_start", "source_end"}
)
MENTION_FLOAT_COLUMNS = frozenset({"MentionDocTone"})

#: CAMEO actor type (role) codes: what may follow a country code in an actor code
ROLE_CODES = frozenset(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL ELI LAB LEG HLH REF MOD RAD AGR DEV "
    "HRI IGO NGO IMG MNC SET UAF INS SEP UIS ENV".split()
)
#: dashiji's short actor codes that are not CAMEO codes, when the KB cannot say
_SHORT_CODES = {"NATO": "IGOWSTNAT", "UNO": "IGOUNO"}

#: GDELT geo types
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
_REGION_TYPES = frozenset({"region", "disputed_area"})


def global_event_id(event: Event) -> int:
    """A stable positive int64 for an event: the first 8 bytes of SHA-256 of its id (or, for an
    event without one, of document, offsets and code), top bit cleared; never 0."""
    key = event.id or f"{event.doc}:{event.start}:{event.end}:{event.cameo}:{event.type}"
    value = int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")
    return (value & 0x7FFF_FFFF_FFFF_FFFF) or 1


def event_codes(cameo: str | None) -> tuple[str, str, str]:
    """``(EventCode, EventBaseCode, EventRootCode)`` from a CAMEO code, leading zeros kept.

    A root-only code (``02``) is the root's "not specified below" code (``020``), as in GDELT.
    """
    code = "".join(ch for ch in (cameo or "") if ch.isdigit())
    if not code:
        return "", "", ""
    if len(code) == 1:
        code = "0" + code
    if len(code) == 2:
        code += "0"
    return code, code[:3], code[:2]


def quad_class(root: str) -> int | None:
    """GDELT's QuadClass from a CAMEO root code (01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4)."""
    if not root.isdigit():
        return None
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 8:
        return 2
    if 9 <= r <= 13:
        return 3
    if 14 <= r <= 20:
        return 4
    return None


def timestamp(value: str | dt.datetime | None) -> int | None:
    """An ISO time (UTC when it has no zone) as GDELT's ``YYYYMMDDHHMMSS`` integer."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC)
    return int(value.strftime("%Y%m%d%H%M%S"))


@dataclass(slots=True)
class ActorCoding:
    code: str = ""
    name: str = ""
    country: str = ""
    known_group: str = ""
    types: tuple[str, str, str] = ("", "", "")
    country_entry: Entry | None = None


@dataclass(slots=True)
class Geo:
    type: int = 0
    full_name: str = ""
    country: str = ""
    adm1: str = ""
    adm2: str = ""
    lat: float | None = None
    lon: float | None = None
    feature: str = ""


def _host(uri: str) -> str | None:
    parts = urlsplit(uri)
    if parts.scheme in ("http", "https") and parts.hostname:
        host = parts.hostname.lower()
        return host[4:] if host.startswith("www.") else host
    return None


class GdeltCoder:
    """Codes ``(Document, Event)`` pairs as GDELT rows, with the KB for codes, names and places.

    ``added_at(doc)`` gives the time a document was stored (ISO); without it (or when it answers
    None) the document's fetch time, else the time of the export, is used for DATEADDED.
    """

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        added_at: Callable[[Document], str | None] | None = None,
    ) -> None:
        self.kb = kb or load_kb()
        self._added_at = added_at
        self._now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        countries = list(self.kb.entries(kind="country"))
        self._cameo_countries = {e.cameo or e.id: e for e in countries}
        self._known_groups = {
            str(e.extra["known_group"]) for e in self.kb.entries() if e.extra.get("known_group")
        } | {"NAT", "UNO", "EEC"}
        self._sentences: dict[str, list[tuple[int, int]]] = {}

    # ---- helpers ---------------------------------------------------------------------------
    def added(self, doc: Document) -> str:
        when = self._added_at(doc) if self._added_at else None
        return when or doc.raw.fetched_at or self._now

    def _entry_for(self, actor: EventActor) -> Entry | None:
        if actor.kb_id:
            entry = self.kb.by_id(actor.kb_id)
            if entry is not None:
                return entry
        found = self.kb.lookup(actor.name) if actor.name else []
        return found[0] if len(found) == 1 else None

    def _country(self, code: str | None) -> Entry | None:
        """A country/bloc entry from an ISO id, a dashiji bloc code or a CAMEO country code."""
        if not code:
            return None
        entry = self.kb.by_id(code)
        if entry is not None and entry.kind == "country":
            return entry
        return self._cameo_countries.get(code)

    def actor(self, actor: EventActor | None, day: str | None) -> ActorCoding:
        if actor is None:
            return ActorCoding()
        entry = self._entry_for(actor)
        code = (actor.cameo or "").upper()
        if entry is not None and entry.cameo and entry.kind in ("org", "country"):
            if not code or code == (entry.actor or "") or code in _SHORT_CODES:
                code = entry.cameo
        if not code and entry is not None and entry.kind == "person":
            roles = [r for r in entry.roles_on(day) if r.cameo] if day else []
            code = roles[0].cameo if roles and roles[0].cameo else (entry.cameo or "")
        code = _SHORT_CODES.get(code, code)
        iso = self._country(actor.country)
        if not code and iso is not None:
            code = iso.cameo or iso.id
        # an ISO spelling where CAMEO differs: ROUGOV → ROMGOV
        head = self.kb.by_id(code[:3]) if len(code) >= 3 else None
        if head is not None and head.kind == "country" and head.cameo and head.cameo != head.id:
            code = head.cameo + code[3:]
        country, known, types = self._parse(code)
        if entry is not None and entry.extra.get("known_group"):
            known = str(entry.extra["known_group"])
        country_entry = iso or (self._cameo_countries.get(country) if country else None)
        name = entry.en.upper() if entry is not None and entry.en else actor.name
        return ActorCoding(code, name, country, known, types, country_entry)

    def _parse(self, code: str) -> tuple[str, str, tuple[str, str, str]]:
        """CountryCode, KnownGroupCode and up to three type codes from a CAMEO actor code."""
        chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
        country, known, types = "", "", []
        for i, chunk in enumerate(chunks):
            if i == 0 and chunk in self._cameo_countries:
                country = chunk
            elif chunk in ROLE_CODES:
                types.append(chunk)
            elif chunk in self._known_groups:
                known = known or chunk
            # anything else (a region inside an IGO code: IGOWSTNAT) is not a column of its own
        padded = (types + ["", "", ""])[:3]
        return country, known, (padded[0], padded[1], padded[2])

    def country_geo(self, entry: Entry | None) -> Geo:
        if entry is None or not entry.fips:
            return Geo()
        lat, lon = entry.point or (None, None)
        return Geo(GEO_COUNTRY, entry.en or entry.name, entry.fips, entry.fips, "", lat, lon,
                   entry.fips)  # fmt: skip

    def action_geo(self, event: Event) -> Geo:
        entry = self.kb.by_id(event.place_kb_id) if event.place_kb_id else None
        if entry is None and event.place:
            found = [e for e in self.kb.lookup(event.place) if e.kind in ("place", "country")]
            entry = found[0] if len(found) == 1 else None
        if entry is None:
            return self.country_geo(self._country(event.place_country))
        if entry.kind == "country":
            return self.country_geo(entry)
        if entry.kind != "place":
            return Geo()
        country = self._country(entry.country)
        fips = entry.fips or (country.fips if country else None) or ""
        if fips == "US":
            gtype = GEO_US_STATE if entry.type in _REGION_TYPES else GEO_US_CITY
        else:
            gtype = GEO_WORLD_STATE if entry.type in _REGION_TYPES else GEO_WORLD_CITY
        name = entry.en or entry.name
        if country is not None and (country.en or country.name) not in name:
            name = f"{name}, {country.en or country.name}"
        lat, lon = entry.point or (None, None)
        return Geo(gtype, name, fips, "", "", lat, lon, "")

    def sentences(self, doc: Document) -> list[tuple[int, int]]:
        """The document's sentences (its ``sentence`` spans, else split here), in text order."""
        if doc.id not in self._sentences:
            found = sorted((s.start, s.end) for s in doc.spans_of("sentence"))
            if not found and doc.article is not None:
                found = [
                    pair
                    for b in doc.article.blocks
                    for pair in split_sentences(doc.text, b.start, b.end)
                ]
            self._sentences = {doc.id: found}  # one document at a time
        return self._sentences[doc.id]

    def sentence_id(self, doc: Document, offset: int) -> int | None:
        """GDELT's SentenceID: the 1-based number of the sentence holding ``offset``."""
        starts = [a for a, _ in self.sentences(doc)]
        return bisect.bisect_right(starts, offset) or None

    def mentions_of(self, doc: Document, event: Event) -> list[Mention]:
        """The event's mentions in text order; an event without any has one, made from its own
        quote, trigger and the sentence around the quote."""
        if event.mentions:
            return sorted(event.mentions, key=lambda m: (m.start, m.end))
        a, b = event.start, event.end
        for s_start, s_end in self.sentences(doc):
            if s_start <= event.start < s_end:
                a, b = s_start, max(s_end, event.end)
                break
        return [
            Mention(event.start, event.end, a, b, event.trigger_start, event.trigger_end,
                    event.source_part)
        ]  # fmt: skip

    @staticmethod
    def roles(event: Event) -> tuple[EventActor | None, EventActor | None]:
        """Actor1 and Actor2: the first source and the first target; a symmetric event's first
        and second party (parties also fill a side that has no source or target)."""
        sources, targets = event.sources, event.targets
        parties = [a for a in event.actors if a.side not in ("source", "target")]
        a1 = sources[0] if sources else (parties.pop(0) if parties else None)
        a2 = targets[0] if targets else (parties[0] if parties else None)
        return a1, a2

    @staticmethod
    def is_root(doc: Document, event: Event, first: Mention) -> int:
        """1 when the event's first mention is in the title or the first body paragraph."""
        block = doc.block_at(first.start)
        if block is None or doc.article is None:
            return 0
        if block.kind == "title":
            return 1
        first_body = next((b for b in doc.article.blocks if b.kind == "body"), None)
        return int(first_body is block)

    # ---- rows ------------------------------------------------------------------------------
    def event_row(self, doc: Document, event: Event) -> dict[str, Any]:
        added = self.added(doc)
        day, _ = event_day(event.date, event.precision, doc, added)
        code, base, root = event_codes(event.cameo)
        a1, a2 = self.roles(event)
        c1, c2 = self.actor(a1, day), self.actor(a2, day)
        g1 = self.country_geo(c1.country_entry) if a1 else Geo()
        g2 = self.country_geo(c2.country_entry) if a2 else Geo()
        ga = self.action_geo(event)
        mentions = self.mentions_of(doc, event)
        row: dict[str, Any] = {
            "GLOBALEVENTID": global_event_id(event),
            "SQLDATE": int(day.replace("-", "")) if day else None,
            "MonthYear": int(day[:7].replace("-", "")) if day else None,
            "Year": int(day[:4]) if day else None,
            "FractionDate": fraction_date(day) if day else None,
        }
        for n, c in (("1", c1), ("2", c2)):
            row.update(
                {
                    f"Actor{n}Code": c.code,
                    f"Actor{n}Name": c.name,
                    f"Actor{n}CountryCode": c.country,
                    f"Actor{n}KnownGroupCode": c.known_group,
                    f"Actor{n}EthnicCode": "",
                    f"Actor{n}Religion1Code": "",
                    f"Actor{n}Religion2Code": "",
                    f"Actor{n}Type1Code": c.types[0],
                    f"Actor{n}Type2Code": c.types[1],
                    f"Actor{n}Type3Code": c.types[2],
                }
            )
        row.update(
            {
                "IsRootEvent": self.is_root(doc, event, mentions[0]),
                "EventCode": code,
                "EventBaseCode": base,
                "EventRootCode": root,
                "QuadClass": event.quad_class or quad_class(root),
                "GoldsteinScale": float(event.goldstein) if event.goldstein is not None else None,
                "NumMentions": len(mentions),
                "NumSources": 1,
                "NumArticles": 1,
                "AvgTone": None,
            }
        )
        for prefix, g in (("Actor1", g1), ("Actor2", g2), ("Action", ga)):
            row.update(
                {
                    f"{prefix}Geo_Type": g.type,
                    f"{prefix}Geo_FullName": g.full_name,
                    f"{prefix}Geo_CountryCode": g.country,
                    f"{prefix}Geo_ADM1Code": g.adm1,
                    f"{prefix}Geo_ADM2Code": g.adm2,
                    f"{prefix}Geo_Lat": g.lat,
                    f"{prefix}Geo_Long": g.lon,
                    f"{prefix}Geo_FeatureID": g.feature,
                }
            )
        row["DATEADDED"] = timestamp(added)
        row["SOURCEURL"] = event.source or doc.source
        assert tuple(row) == EVENT_COLUMNS
        return row

    def mention_rows(self, doc: Document, event: Event) -> list[dict[str, Any]]:
        added = timestamp(self.added(doc))
        _, date_source = event_day(event.date, event.precision, doc, self.added(doc))
        a1, a2 = self.roles(event)
        uri = event.source or doc.source
        source_name = (
            _host(uri)
            or (doc.article.outlet if doc.article and doc.article.outlet else None)
            or PurePath(uri.split("#", 1)[0]).name
            or uri
        )
        published = doc.article.published if doc.article else None
        rows = []
        for i, m in enumerate(self.mentions_of(doc, event)):
            sentence_id = self.sentence_id(doc, m.start)
            if not sentence_id and m.sentence_index is not None:
                sentence_id = m.sentence_index + 1
            src_start = doc.to_source_offset(m.start)
            src_last = doc.to_source_offset(m.end - 1) if m.end > m.start else src_start
            verbatim = (
                src_start is not None
                and src_last is not None
                and doc.block_at(m.start) is doc.block_at(max(m.start, m.end - 1))
            )
            row = {
                "GLOBALEVENTID": global_event_id(event),
                "EventTimeDate": added,
                "MentionTimeDate": added,
                "MentionType": 1,
                "MentionSourceName": source_name,
                "MentionIdentifier": uri,
                "SentenceID": sentence_id,
                "Actor1CharOffset": _offset_in(a1, m),
                "Actor2CharOffset": _offset_in(a2, m),
                "ActionCharOffset": m.trigger_start if m.trigger_end > m.trigger_start else m.start,
                "InRawText": 1,
                "Confidence": max(0, min(100, round(event.confidence * 100))),
                "MentionDocLen": len(doc.text),
                "MentionDocTone": None,
                "MentionDocTranslationInfo": "srclc:zho",
                "Extras": "",
                "doc_id": doc.id,
                "event_id": event.id,
                "mention_index": i,
                "sentence": doc.text[m.sentence_start : m.sentence_end],
                "quote": doc.text[m.start : m.end],
                "trigger": doc.text[m.trigger_start : m.trigger_end],
                "start": m.start,
                "end": m.end,
                "trigger_start": m.trigger_start,
                "trigger_end": m.trigger_end,
                "source_start": src_start if verbatim else None,
                "source_end": (src_last + (1 if m.end > m.start else 0))  # type: ignore[operator]
                if verbatim
                else None,
                "status": event.status,
                "modality": event.modality,
                "attributed_to": event.attributed_to,
                "source_part": m.source_part,
                "date": event.date,
                "precision": event.precision,
                "date_source": date_source,
                "published": published,
            }
            assert tuple(row) == MENTION_COLUMNS
            rows.append(row)
        return rows


def _offset_in(actor: EventActor | None, m: Mention) -> int:
    """GDELT's Actor*CharOffset: where the actor is named within this mention's sentence, as an
    offset into the article text; -1 when it is not named there."""
    if actor is None or actor.start is None:
        return -1
    lo, hi = min(m.sentence_start, m.start), max(m.sentence_end, m.end)
    return actor.start if lo <= actor.start < hi else -1


# ---- writing ----------------------------------------------------------------------------------
_FIXED4 = frozenset({"FractionDate"})
_ONE_DECIMAL = frozenset({"GoldsteinScale"})


def _text(value: str) -> str:
    """GDELT files have no quoting: tabs and line breaks inside a field become spaces."""
    return value.replace("\t", " ").replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def format_value(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if column in _FIXED4:
            return f"{value:.4f}"
        if column in _ONE_DECIMAL:
            return f"{value:.1f}"
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return _text(str(value))


def tsv_line(row: dict[str, Any], columns: Iterable[str]) -> str:
    return "\t".join(format_value(c, row.get(c)) for c in columns) + "\n"
