"""Where an event stands (status) and how the article states it (modality).

**Status** — planned, occurred, postponed, cancelled:

* the trigger's own hint (会晤…推迟 → postponed, 制裁…法案 → planned), then the codebook's status
  cues in its clause (推迟/搁置/没着落 → postponed; 取消/告吹 → cancelled; 将于/计划/筹备 →
  planned — 将 right before an actor is the object marker of 将X设置为…, not the future);
* a clause that opens with its verb right after a clause of plans (…，并将与X合作，要求Y披露…)
  goes on with the plan: planned (a saying of it is then no speech act done);
* then the date: an event dated after the reference date is planned, one dated on or before it
  has occurred (a week, or the early/mid/late part of a month, is compared as such: 本月下旬
  on the 20th is ahead);
* then past markers (已经, 曾; 了 right after the trigger) → occurred.  With none of these the
  status is occurred by default, and :attr:`Status.explicit` is False: a later mention in the
  article may still set it (:mod:`.merge`).

**Modality** — the strongest that applies: hypothetical > negated > uncertain > reported >
asserted.

* hypothetical: a condition cue before the trigger in its sentence (如果, 若, 一旦…; not the
  rhetorical 如果说), or a list of conditions (启动制裁的条件是：…).  A threat stays asserted:
  "X said that if…, it would…" is the threat, and it was made (THREATEN only).
* negated: 没有/未/尚未/不再/否认… before the trigger in its clause (a cue that is part of the
  trigger, 不再 in 不再…斡旋, does not count).
* uncertain: 疑似, 可能, 或许… (the coder also looks further back in the clause: 欧盟可能下周
  对俄罗斯实施制裁);
* reported: the trigger stands in what a speech clause says (俄副外长里亚布科夫是这么说的，…;
  CNN的消息里提过，…) or after a reporting cue (据, 表示, 称…); ``attributed_to`` keeps who said
  it — a person, an official or an outlet.  A telling verb with its object in its own clause
  (表示反对, 谎称…) holds that clause: a later clause that resumes the narrator (随后, 最终…:
  :func:`resumed_at`) and tells no plan is the writer's own (the news coder's ``_reported_in``);
  a sentence after one that closes on a colon after a reporting cue (某网友透露：) is its words.
  When the one who says it is the event's own source
  (or a party) and the trigger is itself a speech act (threat, appeal, praise…) or announces
  the speaker's own plan, the saying is the event: asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .clauses import COMMA_COLON
from .codebook import CueHit, TriggerEntry
from .dates import later_than
from .lexicon import Lexicon
from .news_cues import cue, cue_words
from .pattern_gates import words_not_after

IMPERSONAL = {
    "据", "据悉", "据报道", "据称", "据了解", "据说", "援引", "消息称", "的消息", "消息人士",
    "知情人士", "有说法", "说法是", "报道称", "爆料",
}  # fmt: skip
# a clause that opens with the future (并将与X合作，要求Y…): a clause after it that opens with its
# verb, no subject of its own, goes on with the plan
_PLAN_CLAUSE = re.compile(
    r"(?:^|[，,；;])\s*(?:并且|并|还|也|亦)?将(?:会|要|于|与|同|和|对|向|在|继续|进一步|联合)?[^，,。；;]*[，,]\s*$"
)
PLAN_GOES_ON = "将…，"  # the cue of a status carried from a clause of plans before
# 没有批准某会举行游行, 不同意公开审讯, 不获准保释, 对其不予逮捕: a refusal whose object the
# trigger heads, with the one refused and a 举行 between (not 尚未批准: still pending; not
# 驳回上诉: the appeal was made, and is what was dismissed)
_REFUSED_OBJECT = re.compile(  # (the lookbehind read past each first character: words_not_after)
    words_not_after(cue_words("permission_refused"), "尚还仍暂今")
    + r"(?:对[^，。；、]{1,8}|[^，。；、]{0,8}?(?:举行|进行)|(?P<manner>公开?))?$"
)
_PERMIT_OPENS = ("获准", "获批")
# 有人说，…, 有网友称…: a speaker no name tells, right before the reporting cue: reported, by no one
_SOMEONE = re.compile(cue("someone_says").pattern + "$")
# a clause opening after a cut (，：) with a word of the narrator going on (news_cues
# claim_resumes: 随后, 最终, 所以, 但…): what an opinion, a claim or a saying held stops there
_RESUMES = re.compile(r"\s*(?:" + cue("claim_resumes").pattern + ")(?!(?<=并)[不没未非])")
_RANK = {"hypothetical": 5, "negated": 4, "uncertain": 3, "reported": 2, "asserted": 1}
# 下令对某国展开调查, 责令某局立案调查, 要求彻查: a directive word (news_cues directs_body) before
# an act in its clause - ordered or asked for, not yet done (not 应某国要求, 根据…的要求,
# 在…要求下: at another's request, the act is the clause's own)
_DIRECTIVE = re.compile(words_not_after(cue_words("directs_body"), "的"))
_AT_ONES_REQUEST = re.compile(r"(?:应|根据|依据|按照|依照|遵照|按|经|奉)[^，,。；;：:]{0,12}$")
# 下令调查后警方迅速立案, 接到命令之后对其立案: the order given, the act after it is done
_ORDER_THEN = re.compile(r"[之以随]?后")


@dataclass(slots=True)
class Status:
    value: str
    explicit: bool
    cue: str | None = None


def status_of(
    entry: TriggerEntry,
    hits: list[CueHit],
    date_value: str | None,
    date_precision: str | None,
    reference: str | None,
    local: str,
    start: int,
    end: int,
    clause_start: int,
    entity_starts: set[int],
    lex: Lexicon,
) -> Status:
    """The status of the trigger ``local[start:end]`` (sentence-local offsets)."""
    labels: dict[str, str] = {}
    for h in hits:
        if h.category != "status":
            continue
        if h.label == "planned" and h.text in ("将", "把") and h.end in entity_starts:
            continue  # 将俄罗斯…期限设置为: the object marker, not the future
        labels.setdefault(h.label, h.text)
    hint = entry.status_hint
    for label in ("cancelled", "postponed"):
        if hint == label or label in labels:
            return Status(label, True, labels.get(label, hint))
    if hint == "planned" or "planned" in labels:
        return Status("planned", True, labels.get("planned", hint))
    if (
        clause_start > 0
        and not local[clause_start:start].strip()
        and (m := _PLAN_CLAUSE.search(local, 0, clause_start)) is not None
        and not any(m.start() < k <= clause_start and local[k - 1] == "将" for k in entity_starts)
    ):
        return Status("planned", True, PLAN_GOES_ON)  # 并将与X合作，要求Y披露…: the plan goes on
    later = later_than(date_value, reference, date_precision)
    if later is True:
        return Status("planned", True, date_value)
    if later is False:
        return Status("occurred", True, date_value)
    m = lex.past_before.search(local, max(clause_start, start - 10), start)
    if m is not None or local[end : end + 1] in lex.past_after:
        return Status("occurred", True, m.group() if m else local[end : end + 1])
    return Status("occurred", False)


@dataclass(slots=True)
class Modality:
    value: str
    attributed_to: str | None = None
    speaker_key: set[str] | None = None
    cue: str | None = None


def modality_of(
    entry: TriggerEntry,
    hits: list[CueHit],
    local: str,
    start: int,
    condition_at: int | None,
    speech_speaker: Any,
    speech_after: bool,
    cue_speaker: Any,
    lex: Lexicon,
) -> Modality:
    """The modality of the trigger at ``local[start:]``.

    ``speech_speaker``: the subject (an :class:`~.actors.Ent`, or None) of the speech clause whose
    content the trigger stands in, ``speech_after``: whether there is such a clause;
    ``cue_speaker``: the entity right before a reporting cue of the sentence.  The caller decides
    afterwards whether a speaker who is the event's own source makes it asserted.
    """
    found: dict[str, str] = {}
    for h in hits:
        if h.category != "modality":
            continue
        if h.label == "hypothetical" and lex.rhetorical_if.match(local, h.start):
            continue
        if h.label == "reported" and cue_speaker is None and not unnamed_speaker(local, h):
            continue  # 可以毫不夸张的说: the writer's own voice
        found.setdefault(h.label, h.text)
    if condition_at is not None and condition_at <= start:
        found.setdefault("hypothetical", "条件是")
    if entry.plover_type == "THREATEN" and speech_after and "hypothetical" in found:
        found.pop("hypothetical")  # the conditional is what the threat says
    if speech_after:
        found.setdefault("reported", "")
    best = "asserted"
    if found:
        best = max(found, key=_RANK.__getitem__)
    speaker = speech_speaker if speech_after and speech_speaker is not None else cue_speaker
    name = None
    keys: set[str] | None = None
    if best == "reported" or "reported" in found:
        if speaker is not None and speaker.who:
            name = speaker.who[0].name if len(speaker.who) == 1 else speaker.text
            keys = {w.key for w in speaker.who} | {w.country for w in speaker.who if w.country}
        elif speaker is not None:
            name = speaker.text
    return Modality(best, name, keys, found.get(best))


def unnamed_speaker(local: str, h: CueHit) -> bool:
    """Does the reporting cue ``h`` (offsets in the sentence ``local``) credit a source that is
    no one named (据悉, 消息称; 有人说, 有网友称: a speaker no name tells)?"""
    return h.text in IMPERSONAL or _SOMEONE.search(local, max(0, h.start - 6), h.start) is not None


def refused_object(text: str, lo: int, start: int) -> str | None:
    """Is the trigger at ``text[start:]`` the object of a refusal told before it (from ``lo``,
    its clause's start)?  "object": 警方没有批准某会举行游行 — the refusal is the act told, the
    march only what was refused, no march done nor one negated (不获准保释: the trigger opens
    with the permission refused); "manner": 法院不同意公开审讯 — only the manner was refused,
    the act keeps its own status; None: no refusal."""
    end = start + 2 if text.startswith(_PERMIT_OPENS, start) else start
    m = _REFUSED_OBJECT.search(text, max(lo, start - 14), end)
    if m is None:
        return None
    return "manner" if m.group("manner") else "object"


def resumes_at(text: str, at: int) -> bool:
    """Does the clause at ``at`` open with a word of the narrator going on (``claim_resumes``:
    最终, 随后, 但…; not the 并 of 并不, 并未: a stress on a negation)?"""
    return _RESUMES.match(text, at) is not None


def narrator_resumes(text: str, a: int, b: int) -> bool:
    """Does a clause opening after a cut (，：) in ``text[a:b]`` resume the narrator?  What a
    claim or a saying before it held ends there."""
    return resumed_at(text, a, b) is not None


def resumed_at(text: str, a: int, b: int) -> int | None:
    """Where the last clause opening after a cut (，：) in ``text[a:b]`` that resumes the
    narrator (:func:`resumes_at`) begins."""
    cuts = COMMA_COLON.finditer(text, a, b)
    return max((c.end() for c in cuts if resumes_at(text, c.end())), default=None)


# 针对某国官员称…的言论，: a telling inside a topic phrase (news_cues topic_openers, or 就, at its
# clause's start … 的 + said_topic_heads closing the clause) - what was said is the matter the
# clauses after answer, no source of theirs
_TOPIC_OPENS = re.compile("(?:就|" + cue("topic_openers").pattern + ")")
_SAID_TOPIC_HEAD = re.compile(
    r"[^，,。；;！？：:]{0,40}的(?:" + cue("said_topic_heads").pattern + r")[，,]"
)
_TOPIC_CUT = re.compile(r"[，,。；;！？!?：:\s]")
_SAID_TOPIC_REACH = 30  # characters back a topic phrase's opener may stand


def in_said_topic(text: str, start: int, end: int) -> bool:
    """Is the telling ``text[start:end]`` inside a topic phrase that opens its clause and closes
    it with what was said (针对某官员称某岛为本国领土的言论，…; 对于网传其已离职的传闻，…)?  It
    credits no act told after it (…，中方对此强烈不满，要求对方澄清: the demand is 中方's own)."""
    if _SAID_TOPIC_HEAD.match(text, end) is None:
        return False  # (most tellings: no 的言论， closing their clause)
    a = start
    lo = max(0, start - _SAID_TOPIC_REACH)
    while a > lo and _TOPIC_CUT.match(text, a - 1) is None:
        a -= 1
    return _TOPIC_OPENS.match(text, a) is not None


def directive_before(text: str, a: int, t: int) -> str | None:
    """The directive word (``directs_body``: 下令, 指示, 责令, 要求…) in ``text[a:t]``, the clause
    before an act at ``t`` - not at another's request (应某国要求, 根据…的要求, 按上级要求, 经总统
    授权, 在…要求下), nor one a 后 follows before the act (下令调查后警方立案: the order given,
    the act after it done): the act is ordered, not done."""
    for m in _DIRECTIVE.finditer(text, a, t):
        if (
            not text.startswith("下", m.end())
            and not _AT_ONES_REQUEST.search(text, a, m.start())
            and not _ORDER_THEN.search(text, m.end(), t)
        ):
            return m.group()
    return None
