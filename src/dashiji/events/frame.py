"""The other side of a two-party event, from the article when its sentence leaves it out.

News writes a case once and then tells its steps with one party only: a suit names plaintiff
and defendant, a later sentence says only that the defendant will appeal (against whom: the
plaintiff); the police are named with a raid, a later sentence says only that the suspects were
detained (by whom: the police); a customer's 维权 is told in an article about one company
(against whom: that company).  After the coder has read every sentence, an event it made whose
entry asks for it (``news_*.jsonl``) and that lacks one side takes it from the discourse:

* **against** (an entry's ``against`` kinds, e.g. ``BUS`` for a consumer's 维权): the one
  participant of that kind named in the event's sentence (a company inside a person's noun,
  某品牌手机用户, too), else in the article's lead (its first sentence: the headline), else in
  the one or two sentences before it in its paragraph, is the target.
* **case** (an entry's ``case``: a suit, an appeal): when one party is known, the other party of
  the nearest earlier legal act of the article in which the known one took part (a court or the
  police are no party) is the missing one.
* **agent_kinds** (an entry's doer kinds: the police for an arrest, a court for a remand): the
  one participant of those kinds named in the one or two sentences before the event's own in its
  paragraph is the doer, when the one acted on is named.
* **pair** (an entry whose subject both partners fill: 结婚双方, 分手双方…): when one partner
  is named, the other partner of the nearest earlier event of the article of the same couple
  (the same type, or a marriage, wedding, engagement or divorce for one of these) that names
  that one and one other person by name is the other; with no such event, the one person
  joined to that one by a coordinator alone (甲和乙) in the one or two sentences before it in
  its paragraph.
* **accident** (a crash, an air crash, an attack): a crash that names no party, an attack that
  names no attacker takes them from the nearest earlier accident the coder read in the article,
  when that one is of the same type, told at most three sentences before, names them, and has no
  day or place other than the event's own (那辆车又撞上护栏: the crash the sentence before told
  of 王某; 男子也被捅伤: by the attacker named before; 飞机起飞不久就撞上了山脊: the crash of the
  one aboard named before) - and, for a crash, when its own sentence names no person it leaves
  out.  Its place comes too when the event has none.  A car the coder made a crash's party
  for want of a driver (涉案车辆, 那辆轿车) names no one there, and gives way to the driver.

Conservative: two different candidates at the nearest place that has any, and nothing is filled.
A filled participant's offsets point at the text it was read from (another sentence of the
article), so the record still names a real span.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..export.dates import interval
from .clauses import CLAUSE_CUT
from .model import Argument, Event, EventActor, Side
from .news_actors import PAIR_COORDINATORS, Actor
from .news_cues import cue, cue_words
from .news_lexicon import NewsEntry, NewsLexicon

_AUTHORITIES = frozenset({"JUD", "COP"})  # a court or the police judge and hold: no party
_PARTY_KINDS = frozenset({None, "CVL", "CRM", "OPP"})  # a name, or a person's noun (女车主)
_LEGAL = "司法行为"
_ARREST = "司法行为-拘捕"  # an arrest, a detention, a remand
_LEGAL_PLOVER = frozenset({"ACCUSE", "COERCE", "CONCEDE", "REJECT"})
_YEAR_MONTH = re.compile(r"[0-9]{4}-(?:0[1-9]|1[0-2])")  # a date with its year and month
_WEEK = re.compile(r"([0-9]{4})-W([0-9]{2})")  # 2025-W43, 2025-W43-WE
_PART = re.compile(r"[0-9]{4}-(?:H[12]|Q[1-4]|SP|SU|FA|AU|WI)$")  # a half, a quarter, a season
_PAIR = "双方"  # 结婚双方, 离婚双方, 分手双方: a role both partners fill
_BEFORE = 2  # sentences before the event's own, in its paragraph, that may name the other side
_PATIENT_ROLES = frozenset({"target", "入狱者", "罚款对象", "约谈对象", "立案对象", "停职人员"})
# an accident or an attack a later sentence goes on with, naming no one whose act it is (那辆车
# 又撞上护栏; 一名顾客也被刺伤): the type → that one's role (None: a crash's parties, no DuEE role)
_ACCIDENTS: dict[str, str | None] = {
    "灾害/意外-车祸": None,
    "灾害/意外-坠机": None,
    "灾害/意外-袭击": "袭击者",
}
_ACCIDENT_VICTIM = "袭击对象"
_ATTACK = "灾害/意外-袭击"
_ACCIDENT_PLACE = "地点"
_ACCIDENT_CLASS = "灾害/意外"
_PERSON_KINDS = frozenset({"CVL", "CRM"})
_OFFENDER = "CRM"  # 歹徒, 犯罪嫌疑人: the kind of people an attack's attacker is
_CAR = re.compile("(?:" + cue("crash_vehicles").pattern + ")$")  # a crash's car, no driver
_CRAFT = re.compile("(?:" + cue("crash_crafts").pattern + ")$")  # its aircraft, no one aboard
_ACCIDENT_REACH = 3  # sentences back in which the accident's earlier step may be told
# acts done by saying them (感谢, 道歉: news_cues spoken_acts) and the speaker whose words a
# sentence opening with 我 goes on with, told in one of this many sentences before it
_SPOKEN_ACTS = frozenset(cue_words("spoken_acts"))
_SPEECH_REACH = 3
# acts whose doer a sentence opening with the trigger leaves to the topic of the sentence
# before (获得了某奖: news_cues topic_carried_acts), and what may stand before that trigger
_TOPIC_CARRIED = frozenset(cue_words("topic_carried_acts"))
_VERB_OPENS = re.compile(r"\s*(?:[并又还也曾]|随后|先后|此后|后来)?")
_TOPIC_NOT_ALONE = re.compile("的|" + cue("coordinators").pattern)  # 某某的导师, 某某和某某
_CRASH = "灾害/意外-车祸"
# 驾驶, 开车, 踩刹车…: the one before it drives; 开着, 踩了 only with a car or a pedal a few
# characters on (开着货车, 踩了两次刹车 - not 开着窗户, 踩了一脚某某)
DRIVING = re.compile(
    "(?:" + cue("driving_verbs").pattern + ")|(?:" + cue("driving_loose").pattern
    + r")[^，,。；;！？!?]{0,4}?(?:" + cue("driven_things").pattern + ")"
)
_NEW_CAR = re.compile("[一两二三四五六七八九十几数0-9]+" + cue("vehicle_counters").pattern)  # 一辆
# 我, the one who speaks (not 我国, 我方, 我县, 我厂…: a body of the speaker's)
FIRST_PERSON = re.compile("我(?![们国军方院市省区县镇乡村司局厂所校行队部委社团馆台报])")
_I_OPENS = re.compile(r"\s*(?:[而但又也就还却]|同时|并且)?" + FIRST_PERSON.pattern)  # 我要感谢…
# a verb of telling (news_cues speech_end, anywhere in a sentence: 说, 表示, 称…)
_TELLS_SAID = re.compile("|".join(map(re.escape, cue_words("speech_end"))))
# 表示，作为车主，我…: a verb of telling, a comma or a colon, then 我 in the words it tells
_SAID_THEN_I = re.compile(
    "(?:" + _TELLS_SAID.pattern + r")[，,：:][^。！？!?“”]*?" + FIRST_PERSON.pattern
)
# …，周女士补充说。: a last clause naming the one who says the words before it
_SAID_AFTER = re.compile(r"[，,][^，,]*?(?:" + _TELLS_SAID.pattern + r")道?\s*[。！？!?]?\s*$")


@dataclass(slots=True)
class Made:
    """An event the news coder made, the entry that made it and its sentence's index."""

    event: Event
    entry: NewsEntry
    si: int


@dataclass(slots=True)
class Article:
    """What the frame needs of the article, as the coder read it (analysis-view actors)."""

    participants: Callable[[int], list[Actor]]  # a sentence's participants
    companies_inside: Callable[[int], list[Actor]]  # companies named within a sentence's names
    same_paragraph: Callable[[int, int], bool]  # are sentences i < j of one paragraph?
    event_actor: Callable[[Actor, str], EventActor]
    argument: Callable[[Actor, str], Argument]
    kind_of: Callable[[Actor], str | None]
    company: Callable[[Actor], bool]
    # does the event stand as its sentence states it (events.doubt finds no fault with it)?
    # A participant from elsewhere must not rescue an event its own sentence does not state
    sound: Callable[[Event], bool]
    # the kinds of act (DuEE types, PLOVER types) a sentence's trigger words name
    acts: Callable[[int], set[str]]
    # a sentence's (start, end) in the article text (the events' offsets)
    sentence_span: Callable[[int], tuple[int, int]]
    # does a noun phrase follow the event's trigger (反诉了两名管制员): the sentence names the
    # one acted on, though the coder read no participant there
    object_after: Callable[[Event], bool]
    # are two participants of one sentence a pair joined by a coordinator (甲和乙)?
    joined: Callable[[Actor, Actor], bool]
    # a sentence's start and its text in the analysis view (its participants' offsets)
    sentence_view: Callable[[int], tuple[int, str]]


def acted_on(role: str | None) -> bool:
    return role is not None and (role.startswith("被") or role in _PATIENT_ROLES)


def _name(x: Actor) -> str:
    return x.alias_of or x.text


def _has(ev: Event, side: str, role: str) -> bool:
    return any(a.side == side for a in ev.actors) or any(a.role == role for a in ev.arguments)


def _names(ev: Event) -> set[str]:
    return {a.name for a in ev.actors} | {a.text for a in ev.arguments}


def _a_person(x: Actor, art: Article) -> bool:
    """Is ``x`` a person: a name, or a kind of people (车主, 司机), no place?"""
    return not x.place and (x.kind == "PER" or art.kind_of(x) in _PERSON_KINDS)


def _one(candidates: Iterable[Actor]) -> Actor | None:
    """The single candidate, names that hold one another counted as one (特斯拉, 特斯拉公司);
    None for none or for two that compete."""
    picked: Actor | None = None
    for x in candidates:
        if picked is None:
            picked = x
            continue
        p, n = _name(picked), _name(x)
        if p in n or n in p:
            continue
        return None
    return picked


@dataclass(slots=True)
class Tables:
    """What the frame reads of a lexicon, built once per lexicon."""

    against_words: list[tuple[str, tuple[str, ...]]]  # (word, kinds) of the against entries
    against_plover: frozenset[str]  # their PLOVER types (拉横幅 beside 维权)
    doer_roles: frozenset[str]  # the roles of those who act (原告, 拘捕者…)
    # news type → (doer, undergoer) roles: those of its first active entry
    roles: dict[str | None, tuple[str, str]]
    # (news type, role of the one acted on) → role of the one who acts (被拘捕者 → 拘捕者): the
    # subject of its first entry with that object (NewsCoder._doer_role)
    doer_of: dict[tuple[str | None, str], str]

    def roles_of(self, news: str | None) -> tuple[str, str]:
        """The (doer, undergoer) roles of a news type; PLOVER's source and target for an event
        with no news type (or a type no active entry gives both roles)."""
        return self.roles.get(news, _NO_ROLES) if news is not None else _NO_ROLES


_NO_ROLES = ("source", "target")


def tables(lex: NewsLexicon) -> Tables:
    """The frame's tables of ``lex``, built on first use and kept with the lexicon."""
    got = lex.derived.get("frame")
    if isinstance(got, Tables):
        return got
    roles: dict[str | None, tuple[str, str]] = {}
    doer_of: dict[tuple[str | None, str], str] = {}
    for e in lex.entries:
        if e.subject and e.object:
            doer_of.setdefault((e.news, e.object), e.subject)
            if not acted_on(e.subject):
                roles.setdefault(e.news, (e.subject, e.object))
    got = Tables(
        [(w, e.against) for e in lex.entries if e.against for w in e.words],
        frozenset(e.plover for e in lex.entries if e.against and e.plover),
        frozenset(
            r for e in lex.entries for r in (e.subject, e.object)
            if r is not None and not acted_on(r)
        ),
        roles,
        doer_of,
    )  # fmt: skip
    lex.derived["frame"] = got
    return got


def wanted(entry: NewsEntry, tab: Tables) -> bool:
    """Does an event of ``entry`` take part in the frame (kept for :func:`complete`)?"""
    return bool(entry.against or entry.case or entry.agent_kinds or _pair_role(entry)) or (
        entry.plover in tab.against_plover
        or entry.news == HEARING
        or entry.news in _ACCIDENTS
        or entry.news in _SPOKEN_ACTS
        or entry.news in _TOPIC_CARRIED
    )


def _pair_role(entry: NewsEntry) -> str | None:
    """结婚双方, 分手双方…: the role both partners of a two-person life event fill."""
    return entry.subject if entry.subject and _PAIR in entry.subject else None


def complete(made: list[Made], events: list[Event], art: Article, lex: NewsLexicon) -> int:
    """Fill the missing side of each event of ``made`` that its entry marks; the number of
    events filled.  ``events``: every event of the article, for the case frame."""
    tab = tables(lex)
    filled = 0
    for k, mk in enumerate(made):
        ev, entry = mk.event, mk.entry
        if ev.news_type == HEARING:
            # 乙起诉了甲…，此案将于某日开庭: the suit heard, from the article's case
            if _hearing_sides(mk, events, art, tab):
                filled += 1
            continue
        if ev.news_type in _ACCIDENTS:
            filled += (
                _accident_told_before(mk, made[:k], art)
                or _attacker_in_sentence(mk, art)
                or _driver_before(mk, art)
            )
            filled += _victims_in_sentence(mk, art)  # 甲持刀行凶，乙和丙受伤: those attacked
            continue
        # 某某凭借…赢得了认可。获得了某奖: the topic of the sentence before won it; 某车主表示，
        # …我…。…。我要感谢某某: the one who speaks thanks
        carried = (
            _topic_before if ev.news_type in _TOPIC_CARRIED
            else _first_person_speaker if ev.news_type in _SPOKEN_ACTS
            else None
        )
        if carried is not None:
            doer = tab.roles_of(ev.news_type)[0]
            if not _has(ev, "source", doer) and (x := carried(mk, art)):
                if art.sound(ev):
                    _fill(ev, art.event_actor(x, "party"), art.argument(x, doer), True)
                    filled += 1
            continue
        pair = _pair_role(entry)
        if pair is not None and ev.news_type is not None:
            # 周某果断分手: the partner of the one named, from the article's earlier event of
            # two partners in which she took part
            told = {g.text for g in ev.arguments if g.role == pair}
            if len(told) == 1:
                known = next(iter(told))
                y = _partner_before(ev, events, known)
                if y is not None and art.sound(ev):
                    _fill(ev, replace(y, side="party"), _as_argument(y, pair), True)
                    filled += 1
                elif (
                    y is None
                    and (x := _joined_before(mk, art, known) or _subject_left_out(mk, art, known))
                    and art.sound(ev)
                ):
                    # 甲和乙两人的恋情…。之后乙承认了分手: the one joined to her just before;
                    # 甲出生于某地。2015年与乙结婚: the subject her sentence leaves out
                    _fill(ev, art.event_actor(x, "party"), art.argument(x, pair), True)
                    filled += 1
            continue
        doer_role, undergoer_role = tab.roles_of(entry.news)
        doer_side: Side = "source" if ev.type else "party"
        undergoer_side: Side = "target" if ev.type else "party"
        has_doer = _has(ev, "source", doer_role)
        has_undergoer = _has(ev, "target", undergoer_role)
        if has_doer == has_undergoer:
            continue
        kinds = entry.against or _against_in_clause(ev, entry, tab.against_words)
        if kinds and has_doer and not has_undergoer:
            x = _against(mk, kinds, art)
            if x is not None and art.sound(ev):
                _fill(ev, art.event_actor(x, undergoer_side), art.argument(x, undergoer_role),
                      ev.news_type is not None)  # fmt: skip
                filled += 1
                continue
        if entry.case and has_doer and (took := _appealed(ev, events, tab)) and art.sound(ev):
            # 乙就法官准许甲取保一事上诉, 甲获判无罪后乙就此上诉: the one the ruling
            # appealed against acted on is the other side
            for y in took:
                _fill(ev, replace(y, side=undergoer_side), _as_argument(y, undergoer_role),
                      ev.news_type is not None)  # fmt: skip
            filled += 1
            continue
        if entry.case and not (has_doer and art.object_after(ev)):
            unused = _unused_names(mk, art)
            other, parties = _other_party(
                ev, events, art.sound, tab.doer_roles, doer_role, undergoer_role, has_doer,
                suits_only=bool(unused),
            )
            # a name the sentence tells beside the known party must be one of the parties of
            # the suit the frame reads (甲提起诉讼，认为乙…: 乙 is the defendant it gives)
            if other and _within(unused, parties) and art.sound(ev):
                side, role = (
                    (undergoer_side, undergoer_role) if has_doer else (doer_side, doer_role)
                )
                for y in other:
                    typed = ev.news_type is not None
                    _fill(ev, replace(y, side=side), _as_argument(y, role), typed)
                filled += 1
                continue
        if entry.agent_kinds and has_undergoer and not has_doer:
            x = _doer_before(mk, entry.agent_kinds, art, events)
            if x is not None and art.sound(ev):
                _fill(ev, art.event_actor(x, doer_side), art.argument(x, doer_role),
                      ev.news_type is not None)  # fmt: skip
                filled += 1
            elif (
                x is None
                and ev.type == "CONCEDE"
                and "释放" in ev.trigger  # (not a bail: another court than the one that held)
                and (y := _holder(ev, events, entry))
            ):
                # 某人拘留期满已获释放 … 此前警方拘留了某人: who held the one released
                if art.sound(ev):
                    _fill(ev, replace(y, side=doer_side), _as_argument(y, doer_role), False)
                    filled += 1
    return filled


def _accident_told_before(mk: Made, earlier: list[Made], art: Article) -> int:
    """1 when ``mk``'s accident or attack, with no one whose act it is, takes them (and its
    place, when it has none) from the nearest earlier accident of the article, told in the last
    few sentences; else 0.

    That one must be of the same type and name them (another kind of accident between, or one
    named by no one: nothing is filled - a list of crashes tells one crash after another); its
    day and place must not differ from the event's own (an event with a day of its own takes
    only from one with that day); for a crash, the event's sentence must name no one it leaves
    out (its own parties, missed); for an attack, none of the attackers may be its victim."""
    ev = mk.event
    news = ev.news_type
    if news not in _ACCIDENTS:
        return 0
    role = _ACCIDENTS[news]
    if _doers(ev, role):
        return 0
    src = next(
        (
            e for e in reversed(earlier)
            if (e.event.news_type or "").startswith(_ACCIDENT_CLASS)
            and (e.event.start, e.event.trigger_start) < (ev.start, ev.trigger_start)
        ),
        None,
    )  # fmt: skip
    if src is None or src.si < mk.si - _ACCIDENT_REACH or src.event.news_type != news:
        return 0
    old = src.event
    doers = _doers(old, role)
    if not doers:
        return 0
    victims = {g.text for g in ev.arguments if g.role == _ACCIDENT_VICTIM}
    if any(x.name in victims for x in doers):
        return 0
    if ev.date is not None and not (
        old.date is not None and (old.date.startswith(ev.date) or ev.date.startswith(old.date))
    ):
        return 0
    mine = [g.text for g in ev.arguments if g.role == _ACCIDENT_PLACE]
    theirs = [g for g in old.arguments if g.role == _ACCIDENT_PLACE]
    if mine and theirs and not any(p in t.text or t.text in p for p in mine for t in theirs):
        return 0
    if (role is None and _person_left_out(mk, art)) or not art.sound(ev):
        return 0
    side: Side = "source" if ev.type else "party"
    if role is None:  # (该车辆又撞上护栏: the driver told before, not the car)
        ev.actors[:] = [x for x in ev.actors if not crash_car(x)]
    for y in doers:
        if y.name in _names(ev):
            continue
        ev.actors.append(replace(y, side=side))
        if role is not None:
            ev.arguments.append(_as_argument(y, role))
    if not mine and theirs:
        ev.arguments.append(replace(theirs[0]))
    return 1


def _topic_before(mk: Made, art: Article) -> Actor | None:
    """The topic a sentence opening with its trigger (past an adverb of sequence: 又, 随后…)
    goes on with: the one person the sentence right before it in its paragraph names (a name
    and a longer form of it counted as one: 科比·布莱恩特, 科比); None when the sentence names
    someone of its own before the trigger, or that one names two people or none, or the one
    it names owns someone or is joined to someone (王建国的导师…, 王建国和…: a person the
    recogniser may have missed)."""
    _, text = art.sentence_view(mk.si)
    if not text.startswith(mk.event.trigger, _opens_at(text)):
        return None
    sj = mk.si - 1
    if sj < 0 or not art.same_paragraph(sj, mk.si):
        return None
    a, told = art.sentence_view(sj)
    x = _one(y for y in art.participants(sj) if _a_person(y, art))
    if x is None or _TOPIC_NOT_ALONE.match(told, x.end - a):
        return None  # (王建国的导师…, 王建国和李晓红…: another one, or two, may have won it)
    return x


def _opens_at(text: str) -> int:
    """Where a sentence's first word stands, past its leading adverb of sequence (又, 随后…)."""
    opens = _VERB_OPENS.match(text)
    return opens.end() if opens is not None else 0


def _first_person_speaker(mk: Made, art: Article) -> Actor | None:
    """The speaker whose words a sentence opening with 我 goes on with, outside any quotation
    (某车主表示，作为车主，我认为…。…。我要感谢某某): the one person named before the verb of
    telling (news_cues speech_end) of the nearest of the :data:`_SPEECH_REACH` sentences before
    it in its paragraph that tells, after a comma or a colon, words holding 我 - none when the
    sentence closes with a clause of telling of its own (…，周女士补充说), or when a
    sentence between holds 我 of its own (the writer's voice) or a verb of telling of its own
    (another speaker's words, nearer), or two people could speak."""
    _, text = art.sentence_view(mk.si)
    if _I_OPENS.match(text) is None or _SAID_AFTER.search(text) is not None:
        return None  # (我要感谢某某，周女士补充说: the words of the one its sentence names)
    for sj in range(mk.si - 1, max(-1, mk.si - 1 - _SPEECH_REACH), -1):
        if not art.same_paragraph(sj, mk.si):
            return None
        a, told = art.sentence_view(sj)
        said = _SAID_THEN_I.search(told)
        if said is None:
            if FIRST_PERSON.search(told) is not None:
                return None  # (我 of the writer's voice: no speaker's words go on)
            if _TELLS_SAID.search(told) is not None:
                return None  # (another speaker's words, nearer: the 我 after may be theirs)
            continue
        head = max(told.rfind(c, 0, said.start()) for c in "，,。；;：:") + 1
        who = [
            x for x in art.participants(sj)
            if a + head <= x.start and x.end <= a + said.start() and _a_person(x, art)
        ]  # fmt: skip
        return _one(who)
    return None


def _attacker_in_sentence(mk: Made, art: Article) -> int:
    """1 when ``mk``'s attack, with victims but no attacker, takes as its attacker the one
    kind of offender its own sentence names (歹徒, 犯罪嫌疑人, 伤人者: 路人被撞…歹徒与另一辆车
    相撞); else 0.  Two named offenders, or one that is a victim: nothing is filled."""
    ev = mk.event
    role = _ACCIDENTS.get(ev.news_type or "")
    if role is None or _doers(ev, role):
        return 0
    victims = {g.text for g in ev.arguments if g.role == _ACCIDENT_VICTIM}
    if not victims:
        return 0
    found = [
        y for y in art.participants(mk.si)
        if not y.place and art.kind_of(y) == _OFFENDER and _name(y) not in victims
    ]  # fmt: skip
    # (伤人者…歹徒: two words for the one who did it; a name beside them must be the only one)
    x = found[0] if found and all(y.kind == "generic" for y in found) else _one(found)
    if x is None or not art.sound(ev):
        return 0
    _fill(ev, art.event_actor(x, "source" if ev.type else "party"), art.argument(x, role), True)
    return 1


# 受伤, 身中, 遇害…: a state of one attacked, and the characters of its clause before it (and
# 另外3名路人 - a list's later items) within which the one it is told of stands
_HURT = cue("hurt_states")
_HURT_REACH = 12
_HURT_OPENS = re.compile(r"(?:[并又也还]|随后)?(?:" + _HURT.pattern + ")")
# 和, 、, 以及 (news_cues coordinators), then 另外3名…: what joins one hurt to the next one
# named before the hurt (钱某和赵某受伤, 其前妻和另外3名路人受伤) - not a verb (王某称钱某受伤,
# 王某发现妻子受伤: another's hurt told)
_HURT_LIST_GAP = re.compile(
    "(?:" + cue("coordinators").pattern + r")?(?:另外|其他|其余|其)?"
    r"[0-9０-９一二三四五六七八九十两几多]*[名位个人]?"
)
# 在一起车祸中, 在火灾中 (news_cues incident_nouns): before the hurt, another affair it came
# of - not one pointed back to (在该事件中, 在这起血案中: the attack itself)
_OTHER_AFFAIR = re.compile(
    r"在(?![该此这本])[^，。；：]{0,6}?(?:" + cue("incident_nouns").pattern + ")中"
)


def _victims_in_sentence(mk: Made, art: Article) -> int:
    """1 when ``mk``'s attack, with an attacker, takes as attacked the people of its own
    sentence, no attacker (nor a kind of offender: 犯罪嫌疑人), whose clause goes on soon after
    their name to a state of being hurt (``hurt_states``: 男子持刀行凶，其前妻和另外3名路人受伤
    - the ex-wife and the passers-by; 路人钱某身中两刀 - the name a title qualifies) - not in
    another affair (钱某在一起车祸中受伤), nor of another one named after a verb (王某称钱某受伤)
    or the one 受伤的 qualifies (王某将受伤的钱某送医) - or whose clause, opened by them (a
    place or their title before them aside: 某地保安孙某), naming no one else but the attacker
    and places (not 李某称孙某…), is followed by a clause with no subject of its own opening
    with one (孙某面对行凶者挺身而出，身中三刀).
    An attack with someone attacked already takes only those told as hurt too (甲刺伤乙，现场
    多名群众也受伤: 也 between them and the hurt word); else 0."""
    ev = mk.event
    if ev.news_type != _ATTACK:
        return 0
    also = _has(ev, "target", _ACCIDENT_VICTIM)  # (then only 也…受伤 adds to those attacked)
    doers = {x.name for x in _doers(ev, "袭击者")}
    if not doers:
        return 0
    at, text = art.sentence_view(mk.si)
    if _HURT.search(text) is None:
        return 0
    people = art.participants(mk.si)
    found = []
    for y in people:
        if not _a_person(y, art) or _name(y) in doers or art.kind_of(y) == _OFFENDER:
            continue  # (犯罪嫌疑人、其前妻…受伤: the attacker told by his kind, hurt or not)
        if any(z.start == y.end for z in people):
            continue  # (路人钱某: the name, not the title before it)
        start, end = y.start - at, y.end - at
        cut = CLAUSE_CUT.search(text, end)
        stop = cut.start() if cut else len(text)
        hurt = _HURT.search(text, end, min(stop, end + _HURT_REACH))
        if hurt is not None:
            if (
                _OTHER_AFFAIR.search(text, end, hurt.start()) is None
                and not text.startswith("的", hurt.end())
                and (not also or "也" in text[end : hurt.start()])
                and _hurt_one_of(text, at, y, hurt.start(), people)
            ):
                found.append(y)  # (not 钱某上周在车祸中受伤: hurt in another affair)
        elif _told_hurt_in_list(text, start, end):
            found.append(y)  # (其前妻，以及其他6名受伤群众: the others hurt, so she is one)
        elif (
            not also
            and cut is not None
            and _HURT_OPENS.match(text, cut.end()) is not None
            and _subjectless(text, at, cut.end(), people)
        ):
            opens = max((c.end() for c in CLAUSE_CUT.finditer(text, 0, start)), default=0)
            if not any(_other_subject(z, y, text, at, (opens, stop), doers) for z in people):
                # (孙某挺身而出，身中三刀: the clause's subject goes on - not 李某称孙某…)
                found.append(y)
    if not found or not art.sound(ev):
        return 0
    for y in found:
        _fill(ev, art.event_actor(y, "target" if ev.type else "party"),
              art.argument(y, _ACCIDENT_VICTIM), True)  # fmt: skip
    _drop_part_count(ev, text, [y.end - at for y in found])
    return 1


def _subjectless(text: str, at: int, k: int, people: list[Actor]) -> bool:
    """Does the clause opening at ``k`` of ``text`` (the sentence from ``at``) tell its hurt of
    no one of its own: no one named in it, no 的 making the hurt qualify a noun (身中三刀的歹徒
    被送医: the attacker hurt, no one going on)?"""
    cut = CLAUSE_CUT.search(text, k)
    stop = cut.start() if cut else len(text)
    return "的" not in text[k:stop] and not any(k <= z.start - at < stop for z in people)


# what, right before a title, makes the title and the name after it no subject of their clause
# (随后与赶来的民警孙某搏斗: one qualified, or the object of a preposition)
_TITLE_NOT_OPENING = tuple("的与和跟同对向将把被给让叫称")


def _other_subject(
    z: Actor, y: Actor, text: str, at: int, clause: tuple[int, int], doers: set[str]
) -> bool:
    """Is ``z``, named in ``y``'s clause (``clause``: its start and end in ``text``, the
    sentence from ``at``), one who may be the subject a clause after it goes on with instead of
    ``y``: before ``y``, anyone but a place (东湖保安孙某) or a title or nickname right before
    ``y`` that opens the clause, places aside (胖哥孙某; not 随后与赶来的民警孙某搏斗: ``y`` is no
    subject there); after ``y``, anyone but a place, an attacker (面对某广场的歹徒) or one
    joined to ``y`` by a coordinator (孙某与民警一起追赶: ``y`` opens it still)?  李某称孙某…:
    孙某 is."""
    if z.place or z.kind in ("GPE", "LOC"):
        return False
    (opens, stop), start, end = clause, y.start - at, y.end - at
    if opens <= z.start - at < start:
        if z.end != y.start:
            return True
        lead = text[opens : z.start - at].rstrip()
        return lead.endswith(_TITLE_NOT_OPENING)
    if end <= z.start - at < stop:
        gap = text[end : z.start - at]
        return _name(z) not in doers and not (gap == "、" or gap in PAIR_COORDINATORS)
    return False


def _told_hurt_in_list(text: str, start: int, end: int) -> bool:
    """Is the one named at ``start``-``end`` of ``text`` told hurt in a list: a hurt word
    right before it qualifies it (6名受伤群众, 受伤男子, 遇害女子; not 无受伤群众), or the
    list goes on by a coordinator to the *other* ones counted as hurt (其前妻，以及其他6名
    受伤群众: 其他 says she is hurt too; not 其前妻，其余3人受伤: the rest, apart from her)?"""
    before = _HURT_BEFORE.search(text, max(0, start - _HURT_BEFORE_MAX), start)
    if before is not None:
        return before.group("no") is None  # (无受伤群众, 没有受伤人员: no one hurt)
    return _OTHERS_HURT.match(text, end) is not None


# 受伤群众, 重伤男子: a hurt word right before a name qualifies it (not 受伤的: a clause of its
# own, read by _HURT), unless a negator (news_cues shown_not) is right before it: 无受伤群众
_HURT_BEFORE = re.compile("(?P<no>" + cue("shown_not").pattern + ")?(?:" + _HURT.pattern + ")$")
_HURT_BEFORE_MAX = max(map(len, cue_words("hurt_states"))) + max(map(len, cue_words("shown_not")))
# ，以及其他6名, 和另外3名: a list going on, by a coordinator, to the *others* counted - not a
# comma alone (其前妻，其余3人受伤: the rest, apart from her, are the hurt)
_OTHERS_AFTER = (
    r"[，,]?(?:" + cue("coordinators").pattern + r")(?:其他|其余|另外)"
    r"(?P<n>[0-9０-９一二三四五六七八九十两几多]+[名位个人])"
)
# 以及其他6名受伤群众: a list going on to the others counted as hurt
_OTHERS_HURT = re.compile(_OTHERS_AFTER + "(?:" + _HURT.pattern + ")")
# 以及其他6名(受伤)群众(受伤), 和另外3名路人受伤: the count of the *others* hurt, after one named
_OTHERS_HURT_COUNT = re.compile(_OTHERS_AFTER + r"[^\s，。；、]{0,4}?(?:" + _HURT.pattern + ")")


def _drop_part_count(ev: Event, text: str, ends: list[int]) -> None:
    """Drop ``ev``'s 受伤人数 when it counts only the *other* ones hurt, told right after one
    named hurt (ending at one of ``ends`` in ``text``): 其前妻，以及其他6名受伤群众 - 6名 is a
    part of those hurt, not their number, which the sentence does not give."""
    parts = {m.group("n") for e in ends if (m := _OTHERS_HURT_COUNT.match(text, e)) is not None}
    if parts:
        ev.arguments[:] = [
            g for g in ev.arguments if not (g.role == _HURT_COUNT and g.text in parts)
        ]


_HURT_COUNT = "受伤人数"


def _hurt_one_of(text: str, at: int, y: Actor, hurt: int, people: Iterable[Actor]) -> bool:
    """Is ``y`` (of the sentence ``text`` opening at ``at``) one of those the hurt word at
    ``hurt`` tells of: each one named between them joined to the one before by a coordinator
    alone (钱某和赵某受伤), not by a verb (王某称钱某受伤, 王某发现妻子受伤: the other's)?"""
    last = y.end - at
    for z in people:
        if last <= z.start - at and z.end - at <= hurt:
            if _HURT_LIST_GAP.fullmatch(text, last, z.start - at) is None:
                return False
            last = max(last, z.end - at)
    return True


def _driver_before(mk: Made, art: Article) -> int:
    """1 when ``mk``'s crash, whose parties are cars the coder took for want of a driver (or
    none), takes as its party the one person the sentence right before it in its paragraph
    names before a verb of driving (news_cues driving_verbs: 张某驾驶轿车在高速上行驶。车辆突然
    失控…) - the driver, in the car's place; else 0.  Not when its own sentence names a person
    it leaves out or a car it counts (一辆货车: told for the first time, another car), nor
    when none of its cars opens it (前方车辆…, 第二天，车辆…: another car, another day), nor
    with two people before the verb."""
    ev = mk.event
    if (
        ev.news_type != _CRASH
        or not all(map(crash_car, ev.actors))
        or (ev.actors and _NEW_CAR.match(ev.actors[0].name))
    ):  # (一辆货车突然撞上护栏: a car told for the first time, another one's; the cars after
        # the first are the ones it hit: 车辆…与一辆货车相撞)
        return 0
    _, text = art.sentence_view(mk.si)
    if ev.actors and not any(text.startswith(x.name, _opens_at(text)) for x in ev.actors):
        return 0  # (前方车辆…, 第二天，车辆…: another car, or another day's crash)
    sj = mk.si - 1
    if sj < 0 or not art.same_paragraph(sj, mk.si) or _person_left_out(mk, art):
        return 0
    a, told = art.sentence_view(sj)
    drove = DRIVING.search(told)
    if drove is None:
        return 0
    x = _one(y for y in art.participants(sj) if y.end <= a + drove.start() and _a_person(y, art))
    if x is None or not art.sound(ev):
        return 0
    ev.actors[:] = [art.event_actor(x, "source" if ev.type else "party"), *ev.actors[1:]]
    return 1


def _person_left_out(mk: Made, art: Article) -> bool:
    """Does the event's sentence name a person (a name, or a kind of people: 车主, 司机) the
    event does not hold?  A company (the make of a car) or a court is no party of a crash."""
    taken = _names(mk.event)
    return any(
        _a_person(x, art) and _name(x) not in taken and not art.company(x)
        for x in art.participants(mk.si)
    )


def crash_car(x: EventActor) -> bool:
    """Is ``x`` a car (or an aircraft) the coder made a crash's party for want of a driver or of
    one aboard (涉案车辆, 一辆轿车, 这架运输机)?"""
    return (
        x.kb_id is None
        and x.cameo is None
        and (_CAR.search(x.name) is not None or _CRAFT.search(x.name) is not None)
    )


def _doers(ev: Event, role: str | None) -> list[EventActor]:
    """The participants of an accident whose act it is: a crash's parties (no place), an
    attack's attackers."""
    if role is None:
        return [x for x in ev.actors if not crash_car(x)]
    names = {g.text for g in ev.arguments if g.role == role}
    return [x for x in ev.actors if x.name in names or x.side == "source"]


def _fill(ev: Event, actor: EventActor, arg: Argument, typed: bool) -> None:
    """Add ``actor`` to ``ev``, and ``arg`` when ``ev`` has a news type with a role for it (入狱
    has none for the court: the court is only the PLOVER source)."""
    if actor.name in _names(ev):
        return
    ev.actors.append(actor)
    if typed and arg.role not in ("source", "target"):
        ev.arguments.append(arg)


def _as_argument(y: EventActor, role: str) -> Argument:
    return Argument(role, y.name, y.start, y.end, y.kb_id, y.country)


def _against_in_clause(
    ev: Event, entry: NewsEntry, words: list[tuple[str, tuple[str, ...]]]
) -> tuple[str, ...]:
    """拉横幅维权: the kinds of an act of the same type stated beside the trigger in its clause."""
    if not words or entry.plover is None:
        return ()
    at = ev.trigger_start - ev.start
    lo, hi = at, ev.trigger_end - ev.start
    s = ev.sentence
    lo = max((m.end() for m in CLAUSE_CUT.finditer(s, 0, lo)), default=0)
    hi = next((m.start() for m in CLAUSE_CUT.finditer(s, hi)), len(s))
    clause = s[lo:hi]
    for w, kinds in words:
        if w in clause:
            return kinds
    return ()


def _against(mk: Made, kinds: tuple[str, ...], art: Article) -> Actor | None:
    """The one participant of ``kinds`` in the event's sentence, else the article's lead, else
    the sentences before it in its paragraph."""
    taken = _names(mk.event)

    def fits(x: Actor) -> bool:  # (a named one: not 平台, 公司)
        if x.place or x.kind not in ("ORG", "PER") or _name(x) in taken:
            return False
        return art.company(x) if "BUS" in kinds else art.kind_of(x) in kinds

    places = [mk.si]
    if mk.si > 0:
        places.append(0)
    places += [sj for sj in range(mk.si - 1, max(0, mk.si - 1 - _BEFORE), -1)
               if sj > 0 and art.same_paragraph(sj, mk.si)]  # fmt: skip
    for sj in places:
        pool = [x for x in art.participants(sj) + art.companies_inside(sj) if fits(x)]
        if pool:
            return _one(pool)
    return None


def _sides(e: Event, doer_roles: frozenset[str]) -> list[tuple[EventActor, str]]:
    """``e``'s participants, each with ``doer`` or ``undergoer``: by its side, else (a news-only
    event) by its argument's role."""
    out: list[tuple[EventActor, str]] = []
    roles = {a.text: a.role for a in e.arguments}
    for x in e.actors:
        if x.side == "source":
            out.append((x, "doer"))
        elif x.side == "target":
            out.append((x, "undergoer"))
        elif (r := roles.get(x.name)) is not None:
            if acted_on(r):
                out.append((x, "undergoer"))
            elif r in doer_roles:
                out.append((x, "doer"))
    return out


def _other_party(
    ev: Event,
    events: list[Event],
    sound: Callable[[Event], bool],
    doer_roles: frozenset[str],
    doer_role: str,
    undergoer_role: str,
    known_doer: bool,
    suits_only: bool = False,
) -> tuple[list[EventActor], set[str]]:
    """The other party of the nearest earlier legal act of the article in which one of ``ev``'s
    known parties took part (not a court or the police), and the names of all that act's
    parties; with ``suits_only``, of the nearest earlier suit (a verdict's other side is its
    court, which a jury or a judge unread as one would not tell)."""
    side = "source" if known_doer else "target"
    role = doer_role if known_doer else undergoer_role
    known = {a.name for a in ev.actors if a.side == side or (a.side == "party" and a.name in {
        g.text for g in ev.arguments if g.role == role})}  # fmt: skip
    known |= {g.text for g in ev.arguments if g.role == role}
    if not known:
        return [], set()
    earlier = [
        e for e in events
        if e is not ev
        and (e.start, e.trigger_start) < (ev.start, ev.trigger_start)
        and ((e.news_type or "").startswith(_LEGAL) or e.type in _LEGAL_PLOVER)
    ]  # fmt: skip
    earlier.sort(key=lambda e: (e.start, e.trigger_start), reverse=True)
    for e in earlier:
        if suits_only and e.news_type != _SUIT:
            continue
        sides = _sides(e, doer_roles)
        mine = {s for x, s in sides if x.name in known}
        if not mine or not sound(e):
            continue
        if len(mine) != 1:
            return [], set()  # (on both sides: no frame to read)
        # the nearest act the known one took part in decides: its other party, if it is no
        # court, no police and no unnamed body (公司, 政府: a person or a name, 宏远公司)
        where = next(iter(mine))
        other = [
            x for x, s in sides
            if s != where and x.name not in known and _party(x)
        ]  # fmt: skip
        seen: set[str] = set()
        other = [x for x in other if not (x.name in seen or seen.add(x.name))]  # type: ignore[func-returns-value]
        return other, {x.name for x, _ in sides}
    return [], set()


def _partner_before(ev: Event, events: list[Event], known: str) -> EventActor | None:
    """The other partner of the nearest earlier two-partner event of the article that names
    ``known`` (:func:`partner_told`)."""
    at = (ev.start, ev.trigger_start)
    return partner_told(
        ev.news_type, [e for e in events if e is not ev and (e.start, e.trigger_start) < at], known
    )


def partner_told(news: str | None, earlier: list[Event], known: str) -> EventActor | None:
    """The other partner of the nearest of the ``earlier`` two-partner events (结婚, 离婚,
    分手…: a role of both) of a couple of an event of type ``news`` that names ``known`` and one
    other person by name; None when that event names more than two, or the other by a kind of
    people only (妻子)."""
    told = [
        e for e in earlier
        if _same_couple(news, e.news_type) and any(_PAIR in g.role for g in e.arguments)
    ]  # fmt: skip
    told.sort(key=lambda e: (e.start, e.trigger_start), reverse=True)
    for e in told:
        names = {g.text for g in e.arguments if _PAIR in g.role}
        if known not in names:
            continue
        if len(names) != 2:
            return None
        other = next(iter(names - {known}))
        return next((x for x in e.actors if x.name == other and x.role is None), None)
    return None


def _joined_before(mk: Made, art: Article, known: str) -> Actor | None:
    """The one person named by name and joined by a coordinator to ``known`` (甲和乙, 甲与乙)
    in the nearest of the sentences just before the event's own in its paragraph that names
    ``known``; None when that sentence joins her to more than one (or to a kind of people)."""
    for sj in range(mk.si - 1, max(-1, mk.si - 1 - _BEFORE), -1):
        if not art.same_paragraph(sj, mk.si):
            break
        people = [x for x in art.participants(sj) if x.kind == "PER" and not x.place]
        held = [x for x in people if _name(x) == known]
        if not held:
            continue
        partners = {
            _name(y): y
            for x in held
            for y in people
            if _name(y) != known and (art.joined(x, y) or art.joined(y, x))
        }
        if len(partners) != 1:
            return None
        y = next(iter(partners.values()))
        return y if art.kind_of(y) is None else None
    return None


# what may open a sentence before its first participant when it names no subject of its own:
# a time (2015年7月, 同年) or an adverb of sequence (news_cues subjectless_opens); one
# character a step (a run quantified inside the star backtracks exponentially on a long number)
_SUBJECTLESS_OPEN = (
    r"(?:[\s，,0-9０-９一二三四五六七八九十零〇两年月日号]|"
    + cue("subjectless_opens").pattern
    + ")*"
)
_SUBJECTLESS = re.compile(_SUBJECTLESS_OPEN)
# 2015年与导演乙结婚: a sentence with no subject whose first participant is a partner 与 marks
_WITH_PARTNER = re.compile(
    _SUBJECTLESS_OPEN + "(?:" + cue("coordinators_with").pattern + r")[^\s，,。；;：:的]{0,4}"
)


def _subject_left_out(mk: Made, art: Article, known: str) -> Actor | None:
    """The subject a sentence of a couple's event leaves out, naming only the partner 与 marks
    (2015年与导演乙结婚，2018年离婚): the one person, by name, the sentence right before it in
    its paragraph opens with as its subject (甲出生于某地。), past a time or an adverb of
    sequence; None when the event's sentence names anyone before the partner, or the sentence
    before opens with someone else, a kind of people, or one owned by or joined to another
    (甲的前夫…, 甲和乙…)."""
    a, text = art.sentence_view(mk.si)
    own = _first_participant(art, mk.si)
    if own is None or _name(own) != known or not _WITH_PARTNER.fullmatch(text, 0, own.start - a):
        return None
    sj = mk.si - 1
    if sj < 0 or not art.same_paragraph(sj, mk.si):
        return None
    b, told = art.sentence_view(sj)
    x = _first_participant(art, sj)
    if x is None or x.kind != "PER" or art.kind_of(x) is not None or _name(x) == known:
        return None
    if not _SUBJECTLESS.fullmatch(told, 0, x.start - b) or _TOPIC_NOT_ALONE.match(told, x.end - b):
        return None
    return x


def _first_participant(art: Article, si: int) -> Actor | None:
    """The participant written first in sentence ``si``, not a place; None when it names none."""
    own = (x for x in art.participants(si) if not x.place)
    return min(own, key=lambda x: x.start, default=None)


_MARRIED = frozenset({"人生-结婚", "人生-婚礼", "人生-订婚", "人生-离婚"})


def _same_couple(news: str | None, earlier: str | None) -> bool:
    """Does an earlier event of type ``earlier`` tell the couple of an event of type ``news``:
    one of the same type, or a marriage, a wedding, an engagement or a divorce of one another
    (not a breakup told before a marriage: one may marry someone else)."""
    return news == earlier or (news in _MARRIED and earlier in _MARRIED)


# 就 opening the phrase of the matter an act answers (not 也就, 早就, 成就, 造就, 将就, 就是) -
# the one pattern of the frame and the news coder (news._matter_of); with one of THIS_MATTER
# after it, the matter is one told before (就此结果, 就该裁决; 对此/对上述 as 就此: 对此上诉 -
# not 对该/对这, which open a party's name as often: 对该公司提起诉讼)
MATTER_OPEN = re.compile(r"(?<![也早成造将])就(?!是)|对(?=此|上述)")
THIS_MATTER = re.compile(r"(?:此|该|这一?|上述|这个|这项)")


def _appealed(ev: Event, events: list[Event], tab: Tables) -> list[EventActor]:
    """The parties a ruling acted on, when the event (an appeal, a suit) answers that ruling in
    a 就 phrase of its clause: the ruling told inside the phrase (就法官准许甲取保一事上诉), or,
    when the phrase opens with 此/该…, the nearest legal act told before it in the sentence that
    acted on someone (法院裁定甲无罪，乙遂就该裁定上诉).  Not the event's own known side
    (甲就一审判决上诉: he appeals his own ruling - nothing to read)."""
    s = ev.sentence
    at = ev.trigger_start - ev.start
    lo = max((m.end() for m in CLAUSE_CUT.finditer(s, 0, at)), default=0)
    k = max((m.start() for m in MATTER_OPEN.finditer(s, lo, at)), default=-1)
    if k < 0:
        return []
    told = [
        e for e in events
        if e is not ev and e.start == ev.start and e.trigger_start < ev.trigger_start
        and ((e.news_type or "").startswith(_LEGAL) or e.type in _LEGAL_PLOVER)
    ]  # fmt: skip
    if THIS_MATTER.match(s, k + 1):  # (the nearest act before it that acted on someone)
        told = sorted((e for e in told if e.trigger_start < ev.start + k),
                      key=lambda e: e.trigger_start, reverse=True)  # fmt: skip
    else:
        told = [e for e in told if ev.start + k < e.trigger_start]
    for ruling in told:
        took = [x for x, side in _sides(ruling, tab.doer_roles) if side == "undergoer"]
        if not took:
            continue
        if any(x.name in _names(ev) for x in took):
            return []
        return [x for x in took if _party(x)]
    return []


def _unused_names(mk: Made, art: Article) -> set[str]:
    """The persons and organisations the event's sentence names that the event does not hold
    (not a court or the police).  The sentence tells its parties, though the coder missed one:
    the article's frame may not overrule it, only agree with it."""
    taken = _names(mk.event)
    return {
        _name(x) for x in art.participants(mk.si)
        if x.kind in ("PER", "ORG") and not x.place and _name(x) not in taken
        and art.kind_of(x) not in _AUTHORITIES and "PRO" != art.kind_of(x)
    }  # fmt: skip


def _within(names: set[str], parties: set[str]) -> bool:
    """Is each of ``names`` one of ``parties`` (by :func:`_same_name`)?"""
    return all(any(_same_name(n, p) for p in parties) for n in names)


_COMPANY_REST = re.compile(r"[（(]|.*(?:公司|集团)")


def _same_name(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` name one party: the same name, or a company's name and its full form
    (宏远, 宏远公司, 宏远（江苏）有限公司) - not 宏远 and 宏远员工."""
    short, long = sorted((a, b), key=len)
    return short == long or (
        long.startswith(short) and _COMPANY_REST.match(long, len(short)) is not None
    )


HEARING = "司法行为-开庭"  # a hearing's news type (the news coder reads it too)
_SUIT = "司法行为-起诉"
_NAMED_BODIES = frozenset({"BUS", "GOV"})  # a company or a body, when named (not 公司)
# a suit verb (news_cues suit_verbs: 甲起诉乙, 甲诉乙…案): the one before it sues, the one after
# it is sued - the one pattern of the frame and the news coder (news._suit_sides)
SUIT_VERB = re.compile(cue("suit_verbs").pattern + "了?")


def _party(x: EventActor) -> bool:
    """A party of a case: a person, or a named company or body (not a court, the police, or
    a bare 公司)."""
    return x.role in _PARTY_KINDS or (x.role in _NAMED_BODIES and len(x.name) > 2)


def _told_side(ev: Event, name: str) -> str | None:
    """The side the event's sentence itself puts ``name`` on by a suit verb right after or
    right before it (甲起诉…: doer; …诉甲: undergoer), else None."""
    s = ev.sentence
    for m in re.finditer(re.escape(name), s):
        if SUIT_VERB.match(s, m.end()):
            return "doer"
        if any(s.endswith(v, 0, m.start()) for v in ("起诉", "反诉", "状告", "诉", "起诉了")):
            return "undergoer"
    return None


def _hearing_sides(mk: Made, events: list[Event], art: Article, tab: Tables) -> bool:
    """A civil hearing (开庭 with no PLOVER type: no court against a defendant) that names the
    parties of one side only takes the other side of the nearest earlier suit of the article
    in which they took part on one side — not when the sentence puts one of them on the other
    side (then a still earlier suit is looked for), nor when the sentence names a person or an
    organisation that is no party of that suit.  Co-parties of the known side that the sentence
    names are added too (甲起诉乙、丙…一案 heard: 乙 and 丙)."""
    ev = mk.event
    if ev.type is not None:
        return False
    known = {a.name for a in ev.actors if a.side == "party" and _party(a)}
    if not known:
        return _case_told_before(mk, events, art, tab)
    earlier = [
        e for e in events
        if e is not ev and e.news_type == _SUIT
        and (e.start, e.trigger_start) < (ev.start, ev.trigger_start)
    ]  # fmt: skip
    earlier.sort(key=lambda e: (e.start, e.trigger_start), reverse=True)
    told: dict[str, str] | None = None
    for e in earlier:
        sides = [(x, s) for x, s in _sides(e, tab.doer_roles) if _party(x)]
        mine = {s for x, s in sides if _held(x.name, known)}
        if len(mine) > 1:
            return False  # (both sides are named already)
        if not mine or not art.sound(e):
            continue
        if not all(_held(n, {x.name for x, _ in sides}) for n in known):
            continue  # (a party the hearing names is none of this suit's: another case)
        if told is None:
            if not art.sound(ev):
                return False
            told = {n: t for n in known if (t := _told_side(ev, n)) is not None}
        where = next(iter(mine))
        unused = _unused_names(mk, art)
        if not _within(unused, {x.name for x, _ in sides}):
            return False
        add = [x for x, s in sides if s != where and not _held(x.name, known)]
        # the sentence has the known one on the other side (a counter-suit, or another suit):
        # the same two only when the sentence names the other one too
        flipped = any(t != where for t in told.values())
        if not add or (flipped and not all(x.name in unused for x in add)):
            continue
        if not flipped:
            add += [x for x, s in sides if s == where and not _held(x.name, known)
                    and x.name in unused]  # fmt: skip
        for y in add:
            _fill(ev, replace(y, side="party"), _as_argument(y, "party"), False)
        return True
    return False


CASE_ANAPHOR = cue("case_anaphors")  # 该案, 此案, 这起案件… (news reads it too)


def _case_told_before(mk: Made, events: list[Event], art: Article, tab: Tables) -> bool:
    """A civil hearing naming no party whose sentence points back to a case before its trigger
    (该案将于某日开庭, 此案于某日在某法院开庭审理) is of the case the article told last: both
    sides of the nearest legal act of the sentences before it, when that act is a suit naming
    both sides or a civil hearing naming two parties (another act told last - an arrest, a
    criminal trial, a suit of one side - and nothing is read)."""
    ev = mk.event
    at = ev.trigger_start - ev.start
    if (
        CASE_ANAPHOR.search(ev.sentence, 0, at) is None
        or SUIT_VERB.search(ev.sentence, 0, at) is not None  # (甲诉乙一案，此案…: its own)
        or any(a.role not in _AUTHORITIES for a in ev.actors)  # (a party of its own, 员工)
    ):
        return False
    earlier = [
        e for e in events
        if e.start < ev.start
        and ((e.news_type or "").startswith(_LEGAL) or e.type in _LEGAL_PLOVER)
    ]  # fmt: skip
    last = max(earlier, key=lambda e: (e.start, e.trigger_start), default=None)
    if last is None:
        return False
    if last.news_type == _SUIT:
        sides = [(x, s) for x, s in _sides(last, tab.doer_roles) if _party(x)]
        if len({s for _, s in sides}) != 2:
            return False
        parties = [x for x, _ in sides]
    elif last.news_type == HEARING and last.type is None:
        parties = [x for x in last.actors if x.side == "party" and _party(x)]
        if len(parties) < 2:
            return False
    else:
        return False
    if not art.sound(ev) or not art.sound(last):
        return False
    if _unused_names(mk, art):
        return False  # (the sentence names someone: the case may be another)
    for y in parties:
        _fill(ev, replace(y, side="party"), _as_argument(y, "party"), False)
    return True


def _held(name: str, names: set[str]) -> bool:
    return any(_same_name(name, n) for n in names)


def _doer_before(
    mk: Made, kinds: tuple[str, ...], art: Article, events: list[Event]
) -> Actor | None:
    """The one participant of ``kinds`` named in the nearest of the sentences just before the
    event's own that tells an act of its type (抓捕, 判刑: the police, the court that did it) —
    not when the event has a day of its own that no such act there has (…。2014年7月，X因赌球
    被捕: another arrest than the one just told)."""
    ev = mk.event
    kind = ev.news_type or ev.type
    for sj in range(mk.si - 1, max(-1, mk.si - 1 - _BEFORE), -1):
        if not art.same_paragraph(sj, mk.si):
            break
        if kind not in art.acts(sj):
            continue
        if ev.date is not None:
            lo, hi = art.sentence_span(sj)
            told = [
                e.date or e.reported
                for e in events
                if (e.news_type or e.type) == kind
                and (lo <= e.start < hi or any(lo <= x.sentence_start < hi for x in e.mentions))
            ]
            if not any(_near(d, ev.date) for d in told):
                return None
        pool = [x for x in art.participants(sj) if not x.place and art.kind_of(x) in kinds]
        if pool:
            return _one(pool)
    return None


def _holder(ev: Event, events: list[Event], entry: NewsEntry) -> EventActor | None:
    """Who released the one ``ev`` (a release, CONCEDE) lets go: the one doer of the entry's
    kinds of the article's arrests or detentions (COERCE, 司法行为-拘捕) of that same one,
    told before or after it - a release ends the holding."""
    held = {x.name for x in ev.actors if x.side == "target"}
    found = {
        y.name: y
        for e in events
        if e is not ev and e.type == "COERCE" and e.news_type == _ARREST
        and any(x.side == "target" and _held(x.name, held) for x in e.actors)
        for y in e.actors
        if y.side == "source" and y.role in entry.agent_kinds
    }  # fmt: skip
    return next(iter(found.values())) if len(found) == 1 else None


def _near(a: str | None, b: str) -> bool:
    """Do the dates ``a`` and ``b`` fall within a month of each other?  A week is the month of
    its Thursday (ISO 8601: 2025-W01 is January 2025), a season, a half or a quarter its months
    (2024-WI: December to February); when either has no month (a year alone, a decade 201X):
    the same year."""
    if not a:
        return False
    ma, mb = _months(a), _months(b)
    if ma is None or mb is None:
        return a[:4] == b[:4]
    return max(0, mb[0] - ma[1], ma[0] - mb[1]) <= 1


def _months(value: str) -> tuple[int, int] | None:
    """The first and last month (counted from year 0) ``value`` falls in, or None for a date
    with no month (a year alone, a decade)."""
    if (w := _WEEK.match(value)) is not None:
        try:
            thu = dt.date.fromisocalendar(int(w[1]), int(w[2]), 4)
        except ValueError:
            return None
        return thu.year * 12 + thu.month - 1, thu.year * 12 + thu.month - 1
    if _YEAR_MONTH.match(value):
        m = int(value[:4]) * 12 + int(value[5:7]) - 1
        return m, m
    days = interval(value) if _PART.match(value) else None
    lo, hi = days if days is not None else (None, None)
    if lo is None or hi is None:
        return None
    return int(lo[:4]) * 12 + int(lo[5:7]) - 1, int(hi[:4]) * 12 + int(hi[5:7]) - 1
