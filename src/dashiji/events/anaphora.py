"""Pronouns and 该-phrases of everyday news, pointed back to the participant they stand for.

Chinese news names a person once (车主张女士, 男子吉某) and then writes 她, 其, 该男子 or
涉事司机; the coder's roles need the name.  This resolver is deliberately small:

* 他 / 她 (``pronoun_person``) stand for the nearest person mentioned before them — a named
  person, or a person noun (一名女子…对其) — and 其 (``pronoun_any``) for the nearest person or
  organisation.  Candidates are the participants of the pronoun's sentence before the pronoun's
  own clause (a pronoun is not its own clause's subject: 法院判决其…), of its own clause only
  across a verb of telling (张女士称其…), and of the one or two sentences before it in the same
  paragraph.  The agent of a passive (被法官拒绝) is no candidate: the clause is about the one
  the passive acts on.  他 skips a woman's honorific or kin word, 她 a man's (``she_only`` /
  ``he_only``), and neither stands for a kin word of more than one (``plural_kin``: 父母); a
  topic kin word that does not fit gives way to the one it is told as the kin of (陈某的父母…，
  她…: 陈某).  Words holding the character for other things (其他, 尤其, 吉他) are
  ``pronoun_blocking``.
* 她与他, 他和她 (a coordinator alone between) are two people: when one was read and the
  other not, or both as the same person, the other (or either) stands for the nearest person
  named before them whose name or title marks its gender (女友乙…，她与他分手: 她 is 乙).
* A person or organisation noun after a determiner (``pronoun_determiner``: 该, 涉事, 这名…)
  stands for the nearest participant that noun titled (男子吉某 … 该男子) or whose name ends
  with it (华力公司 … 该公司); with none, the noun stays as it is.

* 两人 / 二人 (``pair_people``) and 双方 (``pair_any``) stand for the last two participants
  joined by 和/与/及/、 before them (张三和妻子琳达…两人), or else for a person and the kin word
  told as theirs (他的女友…两人), in the sentence or the ones before; 他们 / 她们
  (``pronoun_plural``) for all the people of the last list so joined (甲、乙和丙…他们);
  with no such pair, a pair the entity layer read with a number or a duration among it
  (二人…14个月) is dropped, and a pair word opening the sentence in no clause of time (但两人…)
  stays as written: the subject its later clauses go on with.

女方 / 男方 (``side_words``: a side of a couple or a case, no name) are no antecedents: a
pronoun after one is read as if it were unsaid.

A pronoun that finds nothing is left out: a role left empty is better than a wrong one.  The
words are lists of ``data/events/news_cues.json``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from ..annotate.entity_lexicon import parts_of_speech
from .clauses import CLAUSE_CUT as _CUT
from .clauses import QUOTE_CLOSES, QUOTE_OPEN
from .frame import FIRST_PERSON
from .lexicon import lexicon
from .news_actors import PAIR_COORDINATORS, PEOPLE_KINDS, Actor, generic_table, tagged_words
from .news_cues import cue, cue_words
from .pattern_gates import found_gate

_PERSON = cue("pronoun_person")
_ANY = cue("pronoun_any")
PRONOUN = re.compile(_PERSON.pattern + "|" + _ANY.pattern)
OTHER = cue("pronoun_other")  # 对方: the one its clause's subject acts on, never that subject
_RESOLVED = re.compile(PRONOUN.pattern + "|" + OTHER.pattern)
_BLOCKING = cue("pronoun_blocking")
_DETERMINER = cue("pronoun_determiner")
_DETERMINERS = tuple(sorted(cue_words("pronoun_determiner"), key=len, reverse=True))
# their last characters: a determiner ends right before a noun only where one of them is
# written (at the text's start, a negative offset reads from its end: that case is searched)
_DETERMINER_LASTS = frozenset(d[-1] for d in _DETERMINERS if d)
_SHE_ONLY = tuple(cue_words("she_only"))
_HE_ONLY = tuple(cue_words("he_only"))
PLURAL_KIN = tuple(cue_words("plural_kin"))
# 女子, 男子, 孩子: a noun of a kind of person, and the words ending a name of that kind - its
# bearer's (前妻 … 该女子, 儿子 … 孩子) or another kind noun's (一名妇女 … 该女子: maybe another)
_KIND_AGAIN = {
    **{w: (*_SHE_ONLY, *cue_words("kind_again_she")) for w in cue_words("kind_again_she")},
    **{w: (*_HE_ONLY, *cue_words("kind_again_he")) for w in cue_words("kind_again_he")},
    **{
        w: (*cue_words("child_kin"), *cue_words("kind_again_child"))
        for w in cue_words("kind_again_child")
    },
}
# the words ending a name of any kind (女士, 丈夫, 儿子, 女子…): a name ending in none is of a
# kind not told (王某)
_ANY_KIND = tuple(sorted({w for kind in _KIND_AGAIN.values() for w in kind}))
# what before a bare kind noun makes it another one or someone's (一名女子, 其他孩子, 她的孩子,
# 邻居家孩子, 双胞胎孩子)
_KIND_NOT_AGAIN = frozenset("个名位一两二三四五六七八九十几另其他她的些每家胎")
_TELLS = cue("tells")
# 甲称自己…, 甲称：自己…, 乙担心自己…: a verb of telling or of thinking (news_cues opinion) whose
# words' subject 自己 is, not its object
_TELLS_END = re.compile("(?:" + _TELLS.pattern + "|" + cue("opinion").pattern + r")[，,：:]?$")
_SELF = "自己"  # the reflexive: the teller of the words it is written in
_FOR_SELF = frozenset("给为替")  # (给自己, 为自己: for oneself)
_LEADS = re.compile("(?:" + cue("subject_leads").pattern + r"|[0-9０-９一二三四五六七八九十]|\s)*")
_NOT_SUBJECT = cue("not_subject_before")
_PAIR_PEOPLE = cue("pair_people")
_PLURAL = cue("pronoun_plural")
_PAIR = re.compile(_PAIR_PEOPLE.pattern + "|" + _PLURAL.pattern + "|" + cue("pair_any").pattern)
# 女方 / 男方: the woman's or the man's side of a couple or a case (a participant, no name)
_SIDE_WORDS = frozenset(cue_words("side_words"))
_NOT_A_NAME = re.compile(r"[0-9０-９个月年日天]")
# a group of people counted in the pronoun's own sentence (还找到了三名同伙，他们…): the pronoun
# stands for it, not for a list of a sentence before
_COUNTED_PEOPLE = re.compile(r"[0-9０-９一二三四五六七八九十两几数多]+[名位]")
# 对其, 将其, 让其: an object or a causative pivot mark (news_cues object_marks, causative_marks);
# not 为: 为其女儿办理…, 为他诞下… - the one 为 serves is mostly a possessor's noun, or no subject
_OBJECT_MARK = re.compile(
    "["
    + "".join(
        w
        for w in (*cue_words("object_marks"), *cue_words("causative_marks"))
        if len(w) == 1 and w != "为"
    )
    + "]"
)
# (和刚赶到的乙: a short relative clause may qualify the one joined after the coordinator)
_JOINED = re.compile(
    r"(?:、|(?:和|与|及|以及|跟|同)(?:[^，,。；;：:！？!?、“”《》（）()\s他她其的]{2,10}的)?)"
)
_BY = frozenset("被遭")
_BY_REACH = 4  # characters from a subject to its passive mark (两人随即被…)
# 女子“站车顶维权”事件, 男子霸座风波 (news_cues event_name_heads): a noun for a person right before
# what an affair is named by - the affair's label, no one the sentence tells as its subject; not
# the subject of a mark of its own before an affair told before (男子对此事件…, 女子在这起事件中…)
_NAMES_AFFAIR = re.compile(
    r"(?![对在就因于与和跟同从向为据])[“\"「]?[^，,。；;！？!?、“”\"「」\s]{0,10}?[”\"」]?"
    r"(?<![此该这那本其起次个场])(?:" + cue("event_name_heads").pattern + ")"
)
_ASPECT = frozenset("了过")  # aspect marks between a verb and its object (举报了她, 起诉过他)
# 这两款应用, 这些APP, 上述软件, 该平台: the products or firms named before (a short
# qualifier may stand between: 这两款中国应用)
_THINGS = re.compile(
    "(" + cue("thing_determiners").pattern + ")[\u4e00-\u9fff]{0,2}?(?:"
    + cue("thing_nouns").pattern + ")"
)
# has_anaphor's one search: where any of the four patterns matches, their alternation does
# (found_gate: a class of the characters they open with, scanned first, each hit read back)
_ANAPHOR_FOUND = found_gate(
    re.compile("|".join(f"(?:{p.pattern})" for p in (_RESOLVED, _DETERMINER, _PAIR, _THINGS)))
)
_COUNTS = {"两": 2, "三": 3}
_SINGLE_THING = frozenset({"该", "这款", "此款", "这家"})
_PERSON_KINDS = frozenset({"CVL", "CRM"})  # (not 反对派, 工人: groups)
_CLAIM_NOUN = cue("claim_nouns")
# 驳回了她的这三项诉讼请求, 采纳了她的复核请求: whose claim, past 的, a count and what is
# asked for (claim_kinds) — the one who made it
_CLAIM_PHRASE = re.compile(
    r"的?(?:这|那|该)?[一两二三四五六七八九十几多全部各所有]*[起项个份次宗]?(?:"
    + cue("claim_kinds").pattern
    + ")?(?:"
    + _CLAIM_NOUN.pattern
    + ")"
)
# 王女士（于2021年）起诉…: the one who makes a claim, the verb in the same clause after its name
_CLAIM_VERB = re.compile(r"[^，,；;：:。！？!?\n被遭]{0,10}?(?:" + cue("claim_verbs").pattern + ")")
_CROWD = re.compile(r"(?:群众|网友|市民|民众|公众|居民|村民|路人|消费者|用户|家人|亲属|家属)$")
# 一名, 一位 (not 第一名: a rank): one person counted (另一位顾客目睹了…)
_ONE_PERSON = re.compile("(?<!第)(?:" + cue("one_person_counts").pattern + ")")
# a clause of time before the pronoun's (…赶到后，他…): its subject need not go on
_TIME_CLAUSE_END = re.compile("(?:" + cue("time_clause_ends").pattern + ")[，,]")


def has_anaphor(vt: str, a: int, b: int) -> bool:
    """Does ``vt[a:b]`` hold a pronoun, a pair word or a determiner that may need an
    antecedent?"""
    return (  # (_RESOLVED, _DETERMINER, _PAIR, _THINGS in one search)
        _ANAPHOR_FOUND.search(vt, a, b) is not None
        or vt.find(_SELF, a, b) >= 0
        or _open_words_with_i(vt, a, b)
    )


def _open_words_with_i(vt: str, a: int, b: int) -> bool:
    """Does ``vt[a:b]`` hold 我 with a colon or an opening quotation mark before its first 我 -
    words a speaker may say openly (甲说：“乙起诉了我”: :func:`_speaker_as_object`)?  Cheap
    finds only."""
    i = vt.find("我", a, b)
    return i >= 0 and any(vt.find(c, a, i) >= 0 for c in _OPENS_WORDS)


_OPENS_WORDS = ("：", ":", *sorted(QUOTE_OPEN))  # a colon, an opening quotation mark


def is_person(x: Actor) -> bool:
    if x.place:
        return False
    if x.kind == "PER":
        return True
    return (
        x.kind == "generic"
        and x.agent_type in _PERSON_KINDS
        and not x.members
        and _CROWD.search(x.text) is None
    )


def _person(x: Actor) -> bool:
    """A person a pronoun or a pair word may stand for: not 女方 / 男方, a side no name tells
    (女方…，她…: as if unsaid)."""
    return is_person(x) and not (x.kind == "generic" and x.text in _SIDE_WORDS)


def _organisation(x: Actor) -> bool:
    return not x.place and x.kind == "ORG"


def _by_agent(vt: str, x: Actor) -> bool:
    return x.start > 0 and vt[x.start - 1] in _BY


def _fits_gender(word: str, x: Actor, vt: str = "") -> bool:
    """Can 他 or 她 (``word``) stand for ``x``: not a woman's or a man's word (女士, 丈夫) ending
    its name, nor written right before it in ``vt`` as its title (丈夫张某…她: not him)?"""
    name = x.alias_of or x.text
    if word in ("他", "她") and x.kind == "generic" and name.endswith(PLURAL_KIN):
        return False  # 父母, 家人: more than one, no antecedent of 他 or 她
    if word == "他":
        return not _marked(x, vt, _SHE_ONLY)
    if word == "她":
        return not _marked(x, vt, _HE_ONLY)
    return True


def _marked(x: Actor, vt: str, marks: tuple[str, ...]) -> bool:
    """Does a word of ``marks`` (she_only or he_only: 女士, 丈夫) end ``x``'s name, or, for a
    person named here, stand right before it in ``vt`` as its title (丈夫张某, 女友李娜)?"""
    title = vt[max(0, x.start - 3) : x.start] if x.kind == "PER" and x.alias_of is None else ""
    return _named(x).endswith(marks) or title.endswith(marks)


def _named(x: Actor) -> str:
    return x.alias_of or x.text


def _stand_in(pron: Actor | None, start: int, end: int, text: str, ante: Actor) -> Actor:
    """An actor at the pronoun's place carrying its antecedent's identity."""
    # (every field written out: what dataclasses.replace builds - the pronoun's own place,
    # text, ``place`` and ``home``, the rest its antecedent's - without its look-up of fields)
    if pron is None:
        return Actor(
            start, end, text, ante.kind, kb_id=ante.kb_id, country=ante.country,
            cameo=ante.cameo, agent_type=ante.agent_type, members=list(ante.members),
            alias_of=_named(ante),
        )  # fmt: skip
    return Actor(
        pron.start, pron.end, pron.text, ante.kind, kb_id=ante.kb_id, country=ante.country,
        cameo=ante.cameo, agent_type=ante.agent_type, members=list(ante.members),
        place=pron.place, alias_of=_named(ante), home=pron.home,
    )  # fmt: skip


def resolve(
    vt: str,
    a: int,
    b: int,
    actors: list[Actor],
    earlier_sentences: Callable[[], list[list[Actor]]],
) -> list[Actor]:
    """``actors`` (the participants of the sentence ``vt[a:b]``, sorted) with its pronouns added
    and its 该-phrases named, each standing for its antecedent in the sentence itself or in
    ``earlier_sentences()`` (the participants of each sentence before it in its paragraph,
    oldest first; asked for only when the sentence has no antecedent of its own)."""
    cache: list[list[list[Actor]]] = []

    def before() -> list[list[Actor]]:
        if not cache:  # (待她像自家女儿一样: no one told of, no antecedent)
            cache.append([[y for y in s if not _in_likeness(vt, y)] for s in earlier_sentences()])
        return cache[0]

    out = list(actors)
    changed = False
    # 该男子, 涉事司机, 该公司: a titled or named participant the noun heads
    for k, x in enumerate(out):
        if x.kind != "generic" or x.alias_of is not None:
            continue
        if x.start and vt[x.start - 1] not in _DETERMINER_LASTS:
            continue  # (no determiner ends right before it: the search below finds none)
        det = next((d for d in _DETERMINERS if vt.startswith(d, x.start - len(d))), None)
        if det is None or x.start - len(det) < a:
            continue
        ante = _headed_by(vt, x.text, [y for y in out[:k] if y.end <= x.start])
        if ante is None:
            ante = _headed_by(vt, x.text, [y for sent in before() for y in sent])
        if ante is None and x.text in _KIND_AGAIN:  # 将其前妻撞倒…碾压该女子: the one named
            opens = _opens_clause(vt, a, x.start - len(det))
            ante = _kind_told(x.text, [y for y in out[:k] if y.end <= x.start], opens)
        if ante is not None:
            out[k] = _stand_in(x, x.start, x.end, x.text, ante)
            changed = True
    told: dict[str, Actor] = {}  # what each 他/她 of the sentence stood for, the latest
    not_told: dict[str, str] = {}  # whom each 他/她 of the sentence was the object of, the first
    for m in _RESOLVED.finditer(vt, a, b):
        s, e = m.start(), m.end()
        if _blocked(vt, s, e):
            continue
        other = OTHER.fullmatch(m.group()) is not None
        if any(x.start < e and s < x.end and (x.start, x.end) != (s, e) for x in out):
            continue  # inside another participant's name (沈其明)
        claim = _CLAIM_PHRASE.match(vt, e) is not None
        caused = m.group() == _QI and _caused(vt, a, s, e, b)  # 导致其当场死亡: who it befalls
        if (
            not claim
            and not caused
            and _possessive(vt, e, b)
            and (not _OBJECT_MARK.match(vt, s - 1) or any(x.start == e for x in out))
        ):
            continue  # 他的律师, 将其前妻: whose, not who (对其刑事拘留: who)
        word = m.group()
        cut = _clause_start(vt, a, s)
        pool = []
        for y in out:
            if y.end > s or y.start == s:
                continue
            if (y.end <= cut or _tells(vt, y.end, s)) and not _in_likeness(vt, y):
                pool.append(y)  # (张女士称其…: the speaker)
        own = None
        if other and (claim or _subject_use(vt, cut, s, out)):
            continue  # (对方表示…: the other of two its sentence may not tell)
        if caused:
            ante = _causee(vt, [y for y in pool if y.end <= cut], s)
        elif _subject_use(vt, cut, s, out):
            # 他于…申请保释, 同时他签署…: the subject continues the topic — the subject of the
            # sentence's first clauses, else of the sentence before
            # (with no subject-like one, the nearest of the latest sentence naming any)
            ante, unsure = _topic(vt, word, [y for y in pool if y.end <= cut])
            if ante is None and not unsure:
                unsure = _one_unnamed(vt, a, cut)  # (另一位顾客目睹…，随后他: that one)
            for sent in reversed(before() if ante is None and not unsure else []):
                if ante is not None or unsure:
                    break
                ante, unsure = _topic(vt, word, sent)
                if ante is None and not unsure:
                    ante = _nearest(vt, word, sent)
        else:
            # 驳回了其全部诉讼请求: whose claim — the one who made it (王女士起诉某公司), not the
            # nearest name (the company sued)
            pick = _claimant if claim else _nearest
            # 王某称赞他, 法院…，并对其处以罚金: a pronoun its clause's verb takes is not that
            # clause's subject - the one named in it before the verb, or the sentence's topic a
            # clause with no subject of its own goes on with
            own = None if claim else _clause_subject(vt, word, cut, s, e, out, pool)
            if other:  # 要求对方立即整改: not the one asking, the one it acts on
                own = _acting(vt, cut, s, out)
                if own is None:
                    continue  # (对方 is whoever is not the subject: with none known, no one)
            ante = pick(vt, word, [y for y in pool if own is None or _named(y) != own])
            if ante is None and own is not None and not other and not claim:  # 被李某骗了，
                ante = _own_passive_agent(vt, word, pool, own)  # 于是举报了她: 李某
            # (对方 is the other of two its own sentence tells: none told before it)
            for sent in reversed(before() if ante is None and not other else []):
                ante = pick(vt, word, [y for y in sent if own is None or _named(y) != own])
                if ante is not None:
                    break
        again = told.get(word)
        if again is not None and (own is None or _named(again) != own):
            # 一是她起诉甲公司和乙，二是甲公司起诉她: told again in its sentence, 她 stands for
            # the one it stood for (not for 乙, named between)
            ante = again
        if own is not None and _PERSON.fullmatch(word) and not lexicon().after_topic.match(vt, e):
            # (林美称，对她而言，她…: whose view the clause frames - no one's object, its 她 may
            # be the topic, 林美, whom the clause's subject was read as; coder.json after_topic)
            not_told.setdefault(word, own)
        if ante is not None and not_told and _named(ante) == not_told.get(word):
            ante = None  # 甲给她一个家，…，她还生下…: 她, once 甲's object, is not 甲 again
        pos = next((k for k, x in enumerate(out) if x.start == s), None)
        if ante is None:
            continue  # (the entity layer's own reading, if any, stays)
        if _PERSON.fullmatch(word):
            told[word] = ante
        actor = _stand_in(out[pos] if pos is not None else None, s, e, vt[s:e], ante)
        if pos is not None:
            out[pos] = actor
        else:
            out.append(actor)
        changed = True
    if told and vt.find("她", a, b) >= 0 and vt.find("他", a, b) >= 0:  # (cheap test first)
        changed = _couple_apart(vt, a, b, out, before) or changed  # 她与他分手: two people
    if vt.find(_SELF, a, b) >= 0:  # 甲称，乙起诉了自己: the teller (cheap test first)
        changed = _reflexives(vt, a, b, out) or changed
    if _open_words_with_i(vt, a, b):  # 甲说：“乙起诉了我”: the speaker (cheap test first)
        changed = _speaker_as_object(vt, a, b, out) or changed
    for m in _PAIR.finditer(vt, a, b):
        s, e = m.start(), m.end()
        if any(x.start < e and s < x.end and (x.start, x.end) != (s, e) for x in out):
            continue
        plural = _PLURAL.fullmatch(m.group()) is not None
        people = plural or _PAIR_PEOPLE.fullmatch(m.group()) is not None
        here = [y for y in out if y.end <= s]
        pair: tuple[Actor, ...] | None = _joined_pair(vt, here, people, whole=plural)  # (mypyc)
        if pair is None and people and not plural and not vt.startswith("的", e):
            # 甲…女儿…，两人: the two its own sentence names (not 两人的官司: whose, no party)
            pair = _two_told(vt, here, s)
        if pair is None:
            for sent in reversed(before()):
                pair = _joined_pair(vt, sent, people, kin=False, whole=plural)
                if pair is not None:
                    break
            # (甲起诉某人，要求她们…: a plural pronoun is not the people of a list before its
            # sentence when one of them is named in it apart, or when it counts a group of
            # people before the pronoun - it stands for others)
            if plural and pair is not None and (
                {_named(y) for y in here} & set(map(_named, pair))
                or _COUNTED_PEOPLE.search(vt, a, s)
            ):
                pair = None
        pos = next((k for k, x in enumerate(out) if (x.start, x.end) == (s, e)), None)
        if pair is None:
            if pos is not None and any(_NOT_A_NAME.search(n) for n in out[pos].members):
                out[pos] = replace(out[pos], members=[])  # (二人…14个月: no pair read)
            elif pos is None and people and not plural and _opens_as_topic(vt, a, s, e, b):
                # 但两人…，…，卖掉房子…: the two opening the sentence, no one named for them -
                # the subject its later clauses go on with, as written
                out.append(Actor(s, e, m.group(), "NP"))
                changed = True
            continue
        members = [_named(y) for y in pair]
        if pos is not None:
            out[pos] = replace(out[pos], members=members)
        else:
            out.append(Actor(s, e, m.group(), "generic", members=members))
            changed = True
    for m in _THINGS.finditer(vt, a, b):
        changed = _things(vt, m, out, before) or changed
    if changed:
        out.sort(key=lambda x: x.start)
    return out


def _marked_as(word: str, x: Actor, vt: str) -> bool:
    """Is the person ``x`` marked a woman (for 她) or a man (for 他): a word of ``she_only`` /
    ``he_only`` ending its name or written right before it as its title (张女士, 女友李娜)?"""
    return _marked(x, vt, _SHE_ONLY if word == "她" else _HE_ONLY)


# 她与他, 他和她: the two pronouns of a couple, a coordinator alone between them
_COUPLE = re.compile("(?P<x>[他她])(?:" + "|".join(PAIR_COORDINATORS) + ")(?P<y>[他她])")


def _couple_apart(
    vt: str, a: int, b: int, out: list[Actor], before: Callable[[], list[list[Actor]]]
) -> bool:
    """她与他, 他和她 in ``vt[a:b]``: two people, never one.  When one was read and the other
    was not, the other - when both were read as the same person, either - stands for the
    nearest person named before them whose gender a word of its name or its title marks (女友
    乙…，她与他分手: 乙), not the one the first stands for; with none so marked, they stay as
    they were.  Changes ``out``; tells whether it did."""
    for m in _COUPLE.finditer(vt, a, b):
        spots = (m.span("x"), m.span("y"))
        if (
            m.group("x") == m.group("y")
            or vt.startswith(("的", "们", "俩"), m.end())
            or any(_blocked(vt, s, e) for s, e in spots)
        ):
            continue  # (他和他; 她与他的经纪人: whose; 她与他们, 她与他人: no one person)
        read = [next((z for z in out if (z.start, z.end) == sp), None) for sp in spots]
        names = {z.alias_of for z in read if z is not None and z.alias_of is not None}
        if len(names) != 1:
            continue  # (none read, or two people already)
        known = next(iter(names))
        # the people named before them, nearest first: in their sentence, then before it
        earlier = [z for z in reversed(out) if z.end <= m.start() and z.kind == "PER"]
        earlier += [z for sent in reversed(before()) for z in reversed(sent) if z.kind == "PER"]
        both = all(z is not None and z.alias_of == known for z in read)
        for (s, e), pron in zip(spots, read, strict=True):
            if not both and pron is not None and pron.alias_of == known:
                continue  # (the one read stays; the other is the one to find)
            word = vt[s:e]
            ante = next(
                (z for z in earlier if _named(z) != known and _marked_as(word, z, vt)), None
            )
            if ante is None:
                continue
            actor = _stand_in(pron, s, e, word, ante)
            if pron is None:
                out.append(actor)
            else:
                out[out.index(pron)] = actor
            return True
    return False


def _in_likeness(vt: str, y: Actor) -> bool:
    """待她像自家女儿一样, 如同家人一般: is ``y`` what a comparison likens someone to - a word
    of news_cues likeness_closes (一样, 一般…) right after it and one of likeness_opens or
    likened (像, 如同…) up to six characters before it in its clause?  Then it names no one the
    text tells of - unless 的 follows the close: 像张某那样的演员 gives an example, 张某 a real
    person."""
    close = next((w for w in _LIKENESS_CLOSES if vt.startswith(w, y.end)), None)
    if close is None or vt.startswith("的", y.end + len(close)):
        return False
    return _LIKENESS_OPEN.search(vt, max(0, y.start - 9), y.start) is not None


_LIKENESS_CLOSES = tuple(cue_words("likeness_closes"))
# (像, 就像… and the words of likening of news_cues likened: 如同, 犹如, 仿佛…)
_LIKENESS_OPEN = re.compile(
    "(?:" + cue("likeness_opens").pattern + "|" + cue("likened").pattern + r")[^，。；！？,;]{0,6}$"
)


def _reflexives(vt: str, a: int, b: int, out: list[Actor]) -> bool:
    """Add to ``out`` an actor for each reflexive 自己 of the sentence ``vt[a:b]`` that a verb
    takes as its object in words a participant is told to say (甲称，乙起诉了自己; 甲透露，前夫
    曾殴打了自己): it stands for that teller, the nearest one before it with a verb of telling
    between them (王某称，李某表示某公司解雇了自己: 李某).  Not 自己的 (whose, not who), not one
    inside a name, right after a participant (某公司自己…: that one itself), after 给, 为 or 替
    (给自己写信, 为自己维权: for oneself, the clause's own subject) or opening what is told (甲
    称自己…, 自己在…: a subject, read as such elsewhere); not a teller marked as a source or an
    object (据某报, 对甲) - and none without a teller: 乙伤害了自己 acts on 乙, no one else.
    Whether one was added."""
    added = False
    k = vt.find(_SELF, a, b)
    while k >= 0:
        e = k + len(_SELF)
        at, k = k, vt.find(_SELF, e, b)
        if vt.startswith("的", e) or any(x.start < e and at <= x.end for x in out):
            continue  # (自己的; inside a name, or right after one)
        if not _self_object(vt, _clause_start(vt, a, at), at):
            continue
        teller = next(
            (
                y
                for y in _unmarked_before(vt, a, at, out)
                if (_person(y) or _organisation(y)) and _tells(vt, y.end, at)
            ),
            None,
        )
        if teller is not None:
            out.append(_stand_in(None, at, e, _SELF, teller))
            added = True
    return added


def _unmarked_before(vt: str, a: int, end: int, out: list[Actor]) -> Iterator[Actor]:
    """The participants of ``out`` within ``vt[a:end]``, the nearest to ``end`` first, that no
    mark before makes an object, a partner or a source (对甲, 向乙, 据某报): who may tell words
    there (:func:`_reflexives`, :func:`_speaker_as_object`)."""
    for y in sorted(out, key=lambda y: y.start, reverse=True):
        if a <= y.start and y.end <= end and not (y.start and _NOT_SUBJECT.match(vt, y.start - 1)):
            yield y


def _speaker_as_object(vt: str, a: int, b: int, out: list[Actor]) -> bool:
    """Add to ``out`` an actor for each 我 of the sentence ``vt[a:b]`` that a verb takes as its
    object (起诉了我, 殴打我: :func:`_self_object`) in words a person speaks openly - after the
    colon of the speaker's label opening the sentence (甲：乙起诉我的案子…, 甲：“乙…”) or after
    a verb of telling and a colon or an opening quotation mark (甲说：“乙打了我”): 我 stands for
    that speaker, the nearest person before the colon or the mark who is not the one told to
    (甲向乙表示：…, 甲跟妻子说：…: 甲).  Not 我们, 我国, 我市 (a body: :data:`frame.FIRST_PERSON`),
    not 我 read already, not one after the quotation closed (甲说：“…”，乙打了我), not one told
    without a colon or a quotation mark (甲称，乙打了我: whose words they are is not written),
    nor one with no speaker (乙打了我: the writer's own).  Whether one was added."""
    added = False
    for hit in FIRST_PERSON.finditer(vt, a, b):
        at, e = hit.start(), hit.end()
        if vt.startswith("的", e) or any(x.start < e and at <= x.end for x in out):
            continue  # (我的: whose; read already)
        if not _self_object(vt, _clause_start(vt, a, at), at):
            continue
        opened = max(vt.rfind(c, a, at) for c in _OPENS_WORDS)
        if opened < 0 or _quote_closed(vt, a, opened, at):
            continue  # (甲说：“…”，乙打了我: the words closed before it - the writer's 我)
        speaker = next(
            (y for y in _unmarked_before(vt, a, opened, out) if _person(y)), None
        )  # (甲向乙表示：“…”, 甲跟妻子说: the one told to is no speaker)
        if speaker is None or not (
            _tells(vt, speaker.end, opened + 1)
            or (
                _LABEL.fullmatch(vt, speaker.end, opened + 1) is not None
                and _LEADS.fullmatch(vt, a, speaker.start) is not None
            )
        ):
            continue  # (the label opens the sentence: 甲：…; else a verb of telling before)
        out.append(_stand_in(None, at, e, "我", speaker))
        added = True
    return added


def speaker_as_subject(vt: str, a: int, b: int, out: list[Actor], speaker: Actor) -> list[Actor]:
    """``out`` with an actor standing for ``speaker`` at each 我们 or 我 opening a clause of the
    quoted words ``vt[a:b]`` (“我们已向警方报案，…”), the subject of what the speaker says that
    clause did - a speaker named outside the sentence (“…。”甲介绍说, 甲称：“…。我们…”: the
    caller's reading).
    Not 我们的 (whose), not 我国, 我市 (a body's own word), not one read already."""
    added = [
        _stand_in(None, hit.start(), hit.end(), hit.group(), speaker)
        for hit in _WE_OPENS.finditer(vt, a, b)
        if not vt.startswith("的", hit.end())
        and (hit.start() == a or vt[hit.start() - 1] in _CLAUSE_OPENERS)
        and not any(x.start < hit.end() and hit.start() < x.end for x in out)
    ]
    return sorted([*out, *added], key=lambda x: x.start) if added else out


# 我们, 我 (not 我国, 我方, 我市: frame.FIRST_PERSON's bodies) and the marks a clause opens after
_WE_OPENS = re.compile("我们|" + FIRST_PERSON.pattern)
_CLAUSE_OPENERS = frozenset("，,；;" + "".join(QUOTE_OPEN))


# the colon of a speaker's label, perhaps an opening quotation mark after it (甲：乙…, 甲：“乙…)
_LABEL = re.compile("[：:][" + "".join(sorted(QUOTE_OPEN)) + "]?")


def _quote_closed(vt: str, a: int, opened: int, at: int) -> bool:
    """Is a quotation closed in ``vt[opened:at]`` (a closing mark, or the plain mark ``"`` an
    even number of times in ``vt[a:at]``): words a speaker said, ended before ``at``?"""
    return QUOTE_CLOSES.search(vt, opened, at) is not None or (
        vt[opened] == '"' and vt.count('"', a, at) % 2 == 0
    )


def _self_object(vt: str, cut: int, at: int) -> bool:
    """Is 自己 at ``at`` (in the clause from ``cut``) the object of a verb right before it, past
    了 or 过 (起诉了自己, 殴打自己) - not of a verb of telling or thinking (称自己, 担心自己: the
    subject of what is told or thought), nor after 给, 为 or 替 (for oneself)?"""
    end = at - 1 if at - 1 > cut and vt[at - 1] in "了过" else at
    if end <= cut or vt[end - 1] in _FOR_SELF or _TELLS_END.search(vt, max(cut, end - 3), end):
        return False
    return _taken_by_verb(vt, cut, end) and not _OBJECT_MARK.match(vt, end - 1)


def _things(
    vt: str, m: re.Match[str], out: list[Actor], before: Callable[[], list[list[Actor]]]
) -> bool:
    """这两款应用, 这些APP, 上述软件 (``thing_determiners``, ``thing_nouns``): the products or
    firms named in the latest sentence before it naming any, when they are all named there as
    one list joined by 和/与/及/、 (as many as it counts: 两款), each a member; 该应用, 这款软件:
    the one named last (in its own sentence when it opens a clause).  A participant the phrase holds
    already named (该公司 → 华力公司) stays.  Changed ``out``?"""
    s, e = m.start(), m.end()
    inside = [k for k, x in enumerate(out) if x.start < e and s < x.end]
    if any(out[k].kind != "generic" or out[k].alias_of or out[k].members for k in inside):
        return False
    det = m.group(1)
    single = det in _SINGLE_THING
    # its own sentence's, only for a single one opening its clause (TikTok发言人称，该公司…; not
    # 某公司表示…将买下这款游戏: the one who buys; 针对甲及乙…，这两款…: named there, in its event)
    opens = s == 0 or _CUT.match(vt, s - 1) is not None
    pool = [y for y in out if y.end <= s and _product_or_firm(y)] if single and opens else []
    for sent in reversed(before() if not pool else []):
        pool = [y for y in sent if _product_or_firm(y)]
        if pool:
            break
    if not pool:
        return False
    if single:
        ante = sorted(pool, key=lambda y: y.start)[-1]
        actor = _stand_in(out[inside[0]] if inside else None, s, e, m.group(), ante)
    else:
        listed = _one_list(vt, pool)
        count = next((n for c, n in _COUNTS.items() if c in det), None)
        if listed is None or (count is not None and len(listed) != count):
            return False
        members = [y.kb_id or _named(y) for y in listed]
        actor = Actor(s, e, m.group(), "ORG", members=members)  # (ORG: things, no people)
    for k in reversed(inside):
        del out[k]
    out.append(actor)
    return True


def _product_or_firm(y: Actor) -> bool:
    """A named organisation that is no authority (美国商务部 bans, it is no app): a product or a
    firm, of a kind read as a business or of none."""
    return _organisation(y) and y.agent_type in (None, "BUS") and not y.members


def _one_list(vt: str, pool: list[Actor]) -> list[Actor] | None:
    """The organisations of ``pool``, two or more, when they are named as one list joined by
    和/与/及/、 (TikTok和微信; the same one named twice counts once), else None."""
    ordered: list[Actor] = []
    for y in sorted(pool, key=lambda y: y.start):
        if ordered and _named(ordered[-1]) == _named(y):
            continue
        if ordered and not _JOINED.fullmatch(vt, ordered[-1].end, y.start):
            return None
        ordered.append(y)
    return ordered if len(ordered) >= 2 else None


def _joined_pair(
    vt: str, sent: list[Actor], people: bool, kin: bool = True, whole: bool = False
) -> tuple[Actor, ...] | None:
    """The last two participants of ``sent`` joined by 和/与/及/、 (past a kin word or title
    standing before the second: 张三和妻子琳达; or a short relative clause: 张三和刚赶到的
    琳达), people for 两人, anyone for 双方 - with
    ``whole`` (他们), every one of the list they close (甲、乙和丙); with ``kin`` (the pair
    word's own sentence), else a person and the kin word told as theirs."""
    ordered = sorted(sent, key=lambda y: y.start)
    fits = _person if people else (lambda y: _person(y) or _organisation(y))
    for k in range(len(ordered) - 1, 0, -1):
        second = ordered[k]
        if not fits(second) or second.members:
            continue
        first, link_end = ordered[k - 1], second.start
        if first.kind == "generic" and first.end == second.start and k >= 2:
            first, link_end = ordered[k - 2], first.start  # 和妻子琳达: a kin word titles her
        if not fits(first) or first.members or _named(first) == _named(second):
            continue
        if _JOINED.fullmatch(vt, first.end, link_end):
            j = ordered.index(first)
            while (
                whole
                and j > 0
                and fits(ordered[j - 1])
                and not ordered[j - 1].members
                and _JOINED.fullmatch(vt, ordered[j - 1].end, ordered[j].start)
            ):
                j -= 1
            return (*ordered[j : ordered.index(first)], first, second)
    kin_words = generic_table().kin if kin else frozenset()
    for k in range(len(ordered) - 1, 0, -1):
        # 他的未婚妻没有离开他，两人…: a person and the kin he is told with (他的女友, 其妻子)
        first, second = ordered[k - 1], ordered[k]
        if (
            second.kind == "generic"
            and second.text in kin_words
            and not second.members
            and _person(first)
            and not first.members
            and (
                vt[first.end : second.start] in ("的", "")
                or _OWNER_BEFORE.search(vt, max(first.end, second.start - 2), second.start)
            )
        ):  # (他的女友 with 他 read as a possessive, no participant: his, the one before)
            return first, second
        if (  # 甲是乙的(前)女友: a person and the one whose kin a copula says they are
            _person(first)
            and _person(second)
            and not first.members
            and not second.members
            and vt[first.end : second.start] == "是"
            and vt.startswith("的", second.end)
            and any(vt.startswith(w, second.end + 1 + p) for p in (0, 1) for w in kin_words)
        ):
            return first, second
    return None


_OWNER_BEFORE = re.compile(r"(?:他的|她的|其)$")


def _kin_of(y: Actor, kin: frozenset[str]) -> bool:
    return _named(y).endswith(tuple(kin))


def _two_told(vt: str, sent: list[Actor], at: int) -> tuple[Actor, Actor] | None:
    """The two people the pair word at ``at``'s own sentence names before it, not joined (甲…
    乙也…，两人…) - exactly two, each a person of their own (a name or a kind of people), no
    pair word, not one said to be the other's (甲是乙的同事: _joined_pair reads a kin word's),
    no kin word with its person's name (某某妻子名某某: the one named after it), not written
    right before the pair word (甲乙两人: the names themselves stand there); None when it names
    fewer or more (the pair is then of a sentence before)."""
    people: list[Actor] = []
    for y in sorted(sent, key=lambda y: y.start):
        if not _person(y) or y.members:
            continue
        if all(_named(y) != _named(z) for z in people):
            people.append(y)
    if len(people) != 2 or vt[people[0].end : people[1].start] == "是":
        return None
    if not vt[people[1].end : at].strip():  # (甲、乙 两人: with a space between, too)
        return None
    kin = generic_table().kin
    if any(y.kind == "generic" and _named(y) not in kin for y in people if _kin_of(y, kin)):
        return None
    return people[0], people[1]


def _possessive(vt: str, e: int, b: int) -> bool:
    """Does a noun, a number or 的 follow the pronoun (他的律师, 其妻女, 其两子)?  Before a verb,
    a preposition, an adverb, a time or a punctuation mark it is a participant itself."""
    if e >= b or not "\u4e00" <= vt[e] <= "\u9fff":
        return False
    pos_of = parts_of_speech()
    tag = pos_of.get(vt[e : e + 2]) or pos_of.get(vt[e]) or ""
    return not tag.startswith(_PARTICIPANT_BEFORE)


_PARTICIPANT_BEFORE = ("v", "p", "d", "ad", "c", "t", "r", "f")  # (ad: 她直接签约)


def _caused(vt: str, a: int, s: int, e: int, b: int) -> bool:
    """Is the pronoun at ``vt[s:e]`` right after a causative verb (news_cues causative_verbs:
    导致其, 致其) with a word of place, manner or state after it (当场, 不幸, 重伤: tagged s, a,
    d or v), no noun - the one the cause befalls (导致其当场死亡), not an owner (导致其股价…)?"""
    if s - 1 < a or vt[s - 1] not in _CAUSATIVE_LASTS:
        return False  # (most pronouns: no causative verb ends before them, none looked for)
    if not _CAUSATIVE.search(vt, max(a, s - 2), s):
        return False
    if e >= b or not "\u4e00" <= vt[e] <= "\u9fff":
        return False
    pos_of = parts_of_speech()
    tag = pos_of.get(vt[e : e + 2]) or pos_of.get(vt[e]) or ""
    return tag.startswith(_STATE_AFTER_CAUSE)


def _causee(vt: str, pool: list[Actor], at: int) -> Actor | None:
    """The one a cause told in the clauses before the pronoun at ``at`` befalls - a person or a
    body, no owner qualifying a noun after 的 (前夫的骚扰): one a passive mark follows (某人遭歹徒
    刺伤: 某人), else the nearest one (货车撞倒一名行人: the pedestrian; 某人驾车撞上护栏: 某人) -
    none when people are counted after it (某男子刺伤一名路人，致其…: the one counted, no
    participant read, not the one who stabbed); a noun of people after it (news_cues
    people_nouns: 某男子刺伤邻居，致其… - the neighbour), read as a phrase of its own, when one
    stands there.  A generic noun of people, read or not, counts only closing the clause right
    before the causative verb, the object acted on: not an agent (被邻居刺伤), a place's owner
    (在邻居家中) nor someone else acting (现场人员立即报警，致其…)."""
    fits = [
        y
        for y in pool
        if (_person(y) or _organisation(y) or (_people_noun(y) and _closes_cause(vt, y.end, at)))
        and not vt.startswith("的", y.end)
    ]
    for y in reversed(fits):
        if _BY_AFTER.match(vt, y.end):
            return y
    if fits and _COUNTED_PEOPLE.search(vt, fits[-1].end, at):
        return None
    lo = fits[-1].end if fits else 0
    for noun in _PEOPLE_NOUN.finditer(vt, lo, at):  # (a causative 其 is rare: searched for one)
        if _closes_cause(vt, noun.end(), at):  # 某男子刺伤邻居，致其…: the neighbour
            return Actor(noun.start(), noun.end(), noun.group(), "generic", agent_type="CVL")
    return fits[-1] if fits else None


def _closes_cause(vt: str, end: int, at: int) -> bool:
    """Does a phrase ending at ``end`` close the clause right before the causative verb that
    ends at the pronoun at ``at`` (刺伤邻居，致其: 邻居; not 被邻居刺伤，致其)?"""
    return _CLOSES_CAUSE.fullmatch(vt, end, at) is not None


def _people_noun(y: Actor) -> bool:
    """A generic noun of people of any kind (路人, 村民, 工友: read as a crowd or a group, no
    antecedent of 他 or 她) - the one a cause befalls may be one of them (撞倒路人，致其…)."""
    return y.kind == "generic" and not y.place and y.agent_type in PEOPLE_KINDS


# 导致, 致使, 致…: their last characters (one of them must end right before 其)
_CAUSATIVE = re.compile("(?:" + cue("causative_verbs").pattern + ")$")
_CAUSATIVE_LASTS = frozenset(w[-1] for w in cue_words("causative_verbs"))
_STATE_AFTER_CAUSE = ("s", "a", "d", "v")  # (当场, 重伤, 不幸, 死亡; not a noun: 其股价)
_BY_AFTER = re.compile("(?:被|遭到|遭受|遭)")
_PEOPLE_NOUN = cue("people_nouns")  # 邻居, 家属, 人员…: nouns of people no participant reads
_CLOSES_CAUSE = re.compile(r"[，,\s]*(?:" + cue("causative_verbs").pattern + ")")  # (，致)
_QI = "其"  # (他, 她 after 导致 go on with the sentence's topic: as before)


def _tells(vt: str, lo: int, hi: int) -> bool:
    """Is a verb of telling written in ``vt[lo:hi]`` as a word of its own (称, 表示 - not the
    first character of 称赞, 说服)?"""
    for t in _TELLS.finditer(vt, lo, hi):
        size, _ = next(tagged_words(vt, t.start(), hi))
        if size <= t.end() - t.start():
            return True
    return False


def _clause_subject(
    vt: str, word: str, cut: int, s: int, e: int, out: list[Actor], pool: list[Actor]
) -> str | None:
    """The name of the subject of the clause whose verb or object mark takes a pronoun at
    ``vt[s:e]`` (称赞他, 对其; not a verb of telling, 张女士称其… may be the speaker, nor the
    copula, 原因是她…, nor a pronoun an adverb follows, the subject of what the verb tells:
    某人宣布他将…): the participant the clause opens with (王某称赞他), else - a clause opening
    with a verb or a preposition, past adverbs (并当场称赞他, 又将其…) - the sentence's topic
    (the first subject-like one of ``pool`` before the clause), which it goes on with unless a
    passive is told between; none where the clause opens with a noun no participant names
    (女友辞职照顾他) or names a participant after a verb (未曾辜负粉丝对他的…)."""
    if not _taken_by_verb(vt, cut, s) or _tells(vt, cut, s) or _opens_predicate(vt, e):
        if not _marked_object(vt, cut, s, e):  # (对她百般呵护: the object all the same)
            return None
    first = next(
        (y for y in out if cut <= y.start and y.end <= s and not vt.startswith("的", y.end)), None
    )  # (他的女友…嫁给他: a possessor is no subject)
    for _, tag in tagged_words(vt, cut, first.start if first is not None else s):
        if tag.startswith(("n", "r")) or (first is not None and tag.startswith(("v", "p"))):
            return None  # (the subject unnamed; 撞倒前妻又将其…: 前妻 is an object)
        if tag.startswith(("v", "p")):
            break
    else:
        if first is not None:
            return _named(first)
    topic, _ = _topic(vt, word, [y for y in pool if y.end <= cut])
    if topic is None or _other_passive(vt, topic.end, cut):
        return None  # (均遭法官驳回，要求其…: the passive's agent goes on, the one asked is 其)
    return _named(topic)


def _other_passive(vt: str, lo: int, hi: int) -> bool:
    """Is a passive (被, 遭) told in ``vt[lo:hi]``, after the topic ending at ``lo``, of some
    other subject than the topic — not right after it nor after 自己 (王某被李某骗了, 王某觉得自己
    被李某骗了: the topic is the one acted on and goes on as its clauses' subject)?"""
    return any(
        c in _BY and k != lo and vt[k - len(_SELF) : k] != _SELF
        for k, c in enumerate(vt[lo:hi], lo)
    )


def _own_passive_agent(vt: str, word: str, pool: list[Actor], own: str) -> Actor | None:
    """The agent of a passive told of the clause's subject ``own`` (王某觉得自己被李某骗了，于是
    举报了她: 李某), nearest first, the pronoun's gender fitting: the one the subject acts back on
    (not the passive's agent of another subject: 其请求遭法官驳回，要求其… - no one found)."""
    for y in sorted(pool, key=lambda y: y.start, reverse=True):
        if not _by_agent(vt, y) or not _person(y) or not _fits_gender(word, y, vt):
            continue
        k = y.start - 1
        owner = next((z for z in pool if z.end == k and _named(z) == own), None)
        if owner is not None or vt[k - len(_SELF) : k] == _SELF:
            return y
    return None


def _acting(vt: str, cut: int, s: int, out: list[Actor]) -> str | None:
    """The name of the one acting in the clause from ``cut`` whose verb takes 对方 at ``s``:
    the first participant of that clause before it (李某要求对方…), else of the sentence before
    the clause, that no mark makes an object, a partner or a source, nor a modifier of the
    next (某局、某部联合约谈了某公司，要求对方…: 某局 - a person, a body, or a body no name
    tells, 警方); none after a passive (被某人起诉，要求对方…)."""
    own = [y for y in out if cut <= y.start and y.end <= s and not y.place]
    earlier = [y for y in out if y.end <= cut and not y.place]
    ordered = sorted(own or earlier, key=lambda y: y.start)
    for k, y in enumerate(ordered):
        if y.start > 0 and _NOT_SUBJECT.match(vt, y.start - 1):
            continue
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if (nxt is not None and nxt.start == y.end) or vt.startswith("的", y.end):
            continue
        if any(c in _BY for c in vt[y.end : cut]):
            return None
        return _named(y)
    return None


def _taken_by_verb(vt: str, cut: int, s: int) -> bool:
    """Is the pronoun at ``s`` written right after an object mark (对其, 将他) or a verb of the
    dictionary other than the copula 是 (称赞他, 要求其), in its clause (from ``cut``)?"""
    if s <= cut:
        return False
    if _OBJECT_MARK.match(vt, s - 1):
        return True
    if s - 1 > cut and vt[s - 1] in _ASPECT:  # 举报了她: the verb's aspect mark between
        s -= 1
    pos_of = parts_of_speech()
    for n in (2, 1):
        tag = pos_of.get(vt[s - n : s]) if s - n >= cut else None
        if tag is not None:
            return tag.startswith("v") and vt[s - n : s] != "是"
    return False


def _marked_object(vt: str, cut: int, s: int, e: int) -> bool:
    """周明对她百般呵护: is the pronoun at ``vt[s:e]`` right after an object mark (对, 将, 把)
    with an adverb after it, no verb of telling before it in its clause (from ``cut``) - the
    mark's object, though an adverb follows as after the subject of a told clause?"""
    return (
        s > cut
        and _OBJECT_MARK.match(vt, s - 1) is not None
        and _opens_predicate(vt, e)
        and not _tells(vt, cut, s)
    )


def _opens_predicate(vt: str, e: int) -> bool:
    """Does an adverb follow the pronoun ending at ``e`` (他将…, 她已…: its own clause's
    subject)?"""
    pos_of = parts_of_speech()
    tag = pos_of.get(vt[e : e + 2]) or pos_of.get(vt[e : e + 1]) or ""
    return tag.startswith("d")


def _subject_use(vt: str, cut: int, s: int, out: list[Actor]) -> bool:
    """Does the pronoun open its clause (past time words and adverbs: 同时他, 12月他)?"""
    if any(cut <= x.start < s for x in out):
        return False
    return _LEADS.fullmatch(vt, cut, s) is not None


def _topic(vt: str, word: str, sent: list[Actor]) -> tuple[Actor | None, bool]:
    """The first subject-like participant of ``sent``: not marked as an object, a partner, a
    passive's agent or a source (据X, 对X, 与X, 被X), not a title or possessor of the one after
    it (男子吉某, 吉某的妻子), nor a person noun labelling an affair (男子霸座事件: the label
    only when no one else is); and whether the subject is unsure (two joined: 王某与李某…)."""
    anyone = _ANY.fullmatch(word) is not None or OTHER.fullmatch(word) is not None
    ordered = sorted(sent, key=lambda y: y.start)
    label: Actor | None = None
    labelled = 0  # where the last affair's label ends (女子遭邻居李某殴打事件: 李某 is in it)
    for k, y in enumerate(ordered):
        if not (_person(y) or (anyone and _organisation(y))) or y.start < labelled:
            continue
        if y.start > 0 and _NOT_SUBJECT.match(vt, y.start - 1):
            continue
        if _quoted_words(vt, y):
            continue  # 高喊“某车刹车失灵”的车主: what was shouted names no subject
        if y.kind == "generic" and (affair := _NAMES_AFFAIR.match(vt, y.end)) is not None:
            # 女子维权事件发生后，…见到车主钱女士，她…: the affair's label, the one named after
            # it first (the label when no one else is)
            label = label or (y if _fits_gender(word, y, vt) else None)
            labelled = affair.end()
            continue
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if nxt is not None and (nxt.start == y.end or vt.startswith("的", y.end)):
            continue
        if nxt is not None and _person(nxt) and _JOINED.fullmatch(vt, y.end, nxt.start):
            return None, True  # 王某与李某发生争执，他…: either of them
        if _fits_gender(word, y, vt):
            return y, False
        titled = _title_owner(vt, y, ordered[:k])  # (李某的丈夫张某…，她: 李某)
        if titled is not None and _fits_gender(word, titled, vt):
            return titled, False
        owner = _owner_of(vt, y) or (ordered[k - 1] if k > 0 else None)
        if (
            owner is not None
            and y.kind == "generic"
            and y.text in generic_table().kin
            and vt[owner.end : y.end - len(y.text)] == "的"
            and _person(owner)
            and _fits_gender(word, owner, vt)
        ):  # 陈某的父母…，她…: not the parents — the one whose parents they are
            return owner, False
        return (label, False) if label is not None else (None, True)
    return label, False


def _opens_as_topic(vt: str, a: int, s: int, e: int, b: int) -> bool:
    """Does the word at ``vt[s:e]`` open the sentence ``vt[a:b]`` (past ``subject_leads`` words:
    但两人…) in a clause that is no clause of time (两人成亲后，…: when, not who goes on)?"""
    if _LEADS.fullmatch(vt, a, s) is None:
        return False
    cut = _CUT.search(vt, e, b)
    if any(c in _BY for c in vt[e : min(e + _BY_REACH, cut.start() if cut else b)]):
        return False  # 两人被警方带走, 两人随即遭…: what the clause's act befalls
    return cut is None or _TIME_CLAUSE_END.search(vt, max(e, cut.start() - 4), cut.end()) is None


def _one_unnamed(vt: str, a: int, cut: int) -> bool:
    """Does the pronoun's sentence ``vt[a:]`` count one person (一名, 一位) before its clause
    opening at ``cut``, that clause not following a clause of time (…赶到后，他)?  With no
    person subject named there (the caller's test), a pronoun opening its clause goes on with
    that person (另一位顾客目睹了这一幕，随后他…; 这一幕被一名店员看到，随后他…), whom no
    participant names: none of an earlier sentence stands for it.  Not where the clause
    before ends with a verb of telling (一名邻居报警称，他…; 据一位知情人透露，其…): the
    pronoun opens the words told, of whom the words' teller need not be."""
    return (
        a < cut
        and _ONE_PERSON.search(vt, a, cut) is not None
        and _TIME_CLAUSE_END.search(vt, max(a, cut - 4), cut) is None
        and not _tells(vt, max(a, cut - 4), cut)
    )


def _quoted_words(vt: str, y: Actor) -> bool:
    """Does ``y`` open a quotation that goes on past it in words (“某车刹车失灵”), words said,
    not a name quoted (“某报”创办人, “某某RC-”)?"""
    return (
        y.start > 0
        and vt[y.start - 1] in QUOTE_OPEN
        and "\u4e00" <= vt[y.end : y.end + 1] <= "\u9fff"
    )


def _blocked(vt: str, s: int, e: int) -> bool:
    for m in _BLOCKING.finditer(vt, max(0, s - 3), min(len(vt), e + 3)):
        if m.start() < e and s < m.end():
            return True
    return False


def _clause_start(vt: str, a: int, s: int) -> int:
    k = s
    while k > a and not _CUT.match(vt, k - 1):
        k -= 1
    return k


def _opens_clause(vt: str, a: int, s: int) -> bool:
    """Does ``s`` open its clause (from ``a`` on), past ``subject_leads`` words at most (随后该
    男子, 同时他)?"""
    return _LEADS.fullmatch(vt, _clause_start(vt, a, s), s) is not None


def _owner_of(vt: str, y: Actor) -> Actor | None:
    """陈某的爸爸 read as one participant (a kin word named by whose it is): 陈某, the one
    whose relative it is; None for any other."""
    owned = y.end - len(y.text) - 1
    if (
        y.kind == "generic"
        and y.alias_of is not None
        and y.start < owned
        and vt[owned : y.end] == "的" + y.text
    ):
        return Actor(y.start, owned, vt[y.start : owned], "PER")
    return None


def _nearest(vt: str, word: str, pool: list[Actor]) -> Actor | None:
    anyone = _ANY.fullmatch(word) is not None or OTHER.fullmatch(word) is not None
    for y in sorted(pool, key=lambda y: y.start, reverse=True):
        if _by_agent(vt, y):
            continue  # 均遭法官驳回，要求其…: not the one acting in a passive
        if not (_person(y) or (anyone and _organisation(y))):
            continue
        if _fits_gender(word, y, vt):
            return y
        # (宋某的爸爸…她, 李某的丈夫张某…她: not the father or the husband, the one whose)
        owner = _owner_of(vt, y) or _title_owner(vt, y, pool)
        if owner is not None and _fits_gender(word, owner, vt):
            return owner
    return None


def _title_owner(vt: str, y: Actor, pool: list[Actor]) -> Actor | None:
    """李某的丈夫张某: the one of ``pool`` whose relative the kin title before the name ``y``
    makes him (李某); None for any other."""
    for z in pool:
        gap = vt[z.end : y.start]
        if _person(z) and gap.startswith("的") and gap[1:].endswith(_HE_ONLY + _SHE_ONLY):
            if 2 <= len(gap) <= 4:
                return z
    return None


def _claimant(vt: str, word: str, pool: list[Actor]) -> Actor | None:
    """The nearest participant who makes a claim (起诉, 上诉, 申请…) right after its name, else
    the nearest one.  The one a claim is made to (向法院申请) is marked, and is neither the
    claimant nor in the claimant's way (某人向法院申请保释)."""
    for y in sorted(pool, key=lambda y: y.start, reverse=True):
        verb = _CLAIM_VERB.match(vt, y.end)
        if (
            verb is None
            or _addressed(vt, y)
            or any(y.end <= z.start < verb.end() and not _addressed(vt, z) for z in pool)
        ):
            continue
        if (_person(y) or _organisation(y)) and _fits_gender(word, y, vt):
            return y
    return _nearest(vt, word, pool)


def _addressed(vt: str, x: Actor) -> bool:
    """Is ``x`` right after an object mark (向法院, 对其)?"""
    return x.start > 0 and _OBJECT_MARK.match(vt, x.start - 1) is not None


def _body(x: Actor) -> bool:
    """Is the generic ``x`` a body (沈阳海事法院, 某市公安局, 警方), not a kind of people?"""
    return x.agent_type is not None and x.agent_type not in PEOPLE_KINDS


_BARE_BEFORE = frozenset(w for w in cue_words("not_subject_before") if len(w) == 1)
_NOT_BARE = PEOPLE_KINDS | {"BUS"}
# 法官, 审判长, 陪审团…: who sits on a court's bench and rules (not its staff: 法警, 书记员)
_BENCH = frozenset(cue_words("court_members")) - frozenset(cue_words("court_staff"))
# 另, 其他, 外籍…: a word before a court member that makes it another bench (另一名法官)
_OTHER_BENCH = cue("other_bench_marks")
_BENCH_LEAD = 6  # characters before a court member that may qualify it (两名外籍法官)
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]")
# 裁定, 判决, 宣判…: what a bench does for its court (not 辞职: the judges' own act)
_RULING = re.compile("|".join(map(re.escape, cue_words("ruling_end"))))
_CLAUSE_END = re.compile(r"[，。；！？,;!?]")


def _bench_court(vt: str, a: int, k: int, actors: list[Actor]) -> Actor | None:
    """The court whose bench the court member ``actors[k]`` (法官, 审判长…, written with no
    name after it) sits on: the nearest court its sentence (opening at ``a``) names before it
    (某地高等法院, 某法院第二法庭: named, not the bare 法院) - 某地高等法院宣读判词，三名法官
    裁定…: that court's judges - or None.  Not one qualified as another bench: by a word of
    ``other_bench_marks`` in its clause right before it (另一名法官, 两名外籍法官) or by
    another participant (英国的法官, 某国法官); and only where it rules, a word of
    ``ruling_end`` after it in its clause (裁定, 宣判: not 两名法官宣布辞职)."""
    x = actors[k]
    if x.text not in _BENCH or (k + 1 < len(actors) and actors[k + 1].start == x.end):
        return None  # (法官王某: a judge named, that person)
    lead = vt[max(a, x.start - _BENCH_LEAD) : x.start]
    lead = _NOT_HAN.split(lead)[-1]  # (its clause's part only)
    if _OTHER_BENCH.search(lead):
        return None  # (另一名法官: another judge)
    close = _CLAUSE_END.search(vt, x.end)
    if _RULING.search(vt, x.end, close.start() if close else len(vt)) is None:
        return None  # (两名法官宣布辞职: no ruling, the judges' own act)
    for y in reversed(actors[:k]):
        if y.end > x.start:
            continue
        if y.agent_type == "JUD" and _body(y):
            name = _named(y)
            if name.find("法院") > 0 or (name.endswith("法庭") and len(name) > 2):
                return y  # (a court named, not the bare word 法院: which one is unsaid)
        elif vt[y.end : x.start] in ("", "的"):
            return None  # (英国的法官: a bench of another place's)
    return None


def bare_bodies(vt: str, a: int, actors: list[Actor]) -> list[Actor]:
    """``actors`` (the participants of a sentence opening at ``a``, sorted) with a body written
    by its kind's word alone (法院, 市场监管局) standing for the body of that kind the sentence
    named in full before it (上海某区人民法院开庭审理…，法院宣布…: that court) - the word
    opening its clause or after a preposition or a passive mark (向法院, 遭法院), not after a
    word that qualifies it (上级法院: another court); not a company (公司宣布…: mostly the
    article's own, not the one named last).  A word before it that shortens the body's name
    (上海铁路运输法院…，上铁法院…: its characters in the name's order, from its first) is that
    body too, the short form its participant.  A court member written alone (法官, 审判长)
    stands for the court its sentence names before it (:func:`_bench_court`)."""
    out = actors
    for k, x in enumerate(actors):
        if (
            x.kind != "generic"
            or x.alias_of is not None
            or x.agent_type is None
            or x.agent_type in _NOT_BARE
            or k == 0
        ):
            continue
        court = _bench_court(vt, a, k, actors)
        if court is not None:  # (its judges rule for the court: the court acts)
            if out is actors:
                out = list(actors)
            out[k] = _stand_in(x, x.start, x.end, x.text, court)
            continue
        pool = [y for y in actors[:k] if (y.kind == "ORG" or _body(y)) and y.end <= x.start]
        ante = _headed_by(vt, x.text, pool) if pool else None
        if ante is None or ante.agent_type not in (None, x.agent_type):
            continue
        start = x.start
        if not (
            x.start == a
            or vt[x.start - 1] in _BARE_BEFORE
            or not "\u4e00" <= vt[x.start - 1] <= "\u9fff"
        ):
            short = _short_form_start(vt, max(a, actors[k - 1].end), x, _named(ante))
            if short is None:
                continue
            start = short
        if out is actors:
            out = list(actors)
        short_form = replace(x, start=start, text=vt[start : x.end])  # (上铁法院, whole)
        out[k] = _stand_in(short_form, start, x.end, short_form.text, ante)
    return out


# 该局, 该厅: 该 and the last character of a body's name (news_cues body_again_heads)
_BODY_AGAIN = re.compile("该(?:" + cue("body_again_heads").pattern + ")")
_PLACE_AFTER_TAGS = frozenset({"f", "s"})  # (a localiser or a place word of the tagger: 附近)


def bodies_again(vt: str, a: int, b: int, actors: list[Actor]) -> list[Actor]:
    """``actors`` (the participants of the sentence ``vt[a:b]``, sorted) with each 该局, 该厅…
    (该 and a character of ``body_again_heads``) a participant standing for the nearest body
    named before it in the sentence whose name ends with that character (某市公安局称，该局与
    乙共同约谈丙: that bureau) - not where the character makes a word with the next one (该局长,
    该部门, 该行业: another noun) or 该 one with the character before it (应该, 活该), nor before
    a localiser or a place word (该站附近, 该馆门口: where), nor inside a participant's own name
    or right before its head's title (the character again or 副: 该局局长, 该院副院长), a
    participant or people counted (该局王某, 该局两名干部: those act; other titles, 该局党委书记,
    are not told apart)."""
    out = actors
    pos_of = parts_of_speech()
    for hit in _BODY_AGAIN.finditer(vt, a, b):
        s, e = hit.start(), hit.end()
        if pos_of.get(vt[e - 1 : e + 1]) or (s > a and pos_of.get(vt[s - 1 : s + 1])):
            continue  # (该部门, 应该部署: words of their own)
        if (pos_of.get(vt[e : e + 2]) or pos_of.get(vt[e : e + 1])) in _PLACE_AFTER_TAGS:
            continue  # (该站附近, 该馆门口: a place, where it happens, no doer)
        if vt.startswith((vt[e - 1], "副"), e) or any(x.start < e and s < x.end for x in out):
            continue  # (该局局长, 该院副院长: that body's head acts; a name holding it)
        if any(x.start == e for x in out) or _COUNTED_PEOPLE.match(vt, e):
            continue  # (该局王某, 该局两名干部: the ones named or counted after it act)
        pool = [y for y in out if y.end <= s and (y.kind == "ORG" or _body(y))]
        ante = _headed_by(vt, vt[e - 1], pool) if pool else None
        if ante is None:
            continue  # (该局 with no body of its kind named before it: unsaid which)
        k = next((i for i, y in enumerate(out) if y.start >= e), len(out))
        out = [*out[:k], _stand_in(None, s, e, vt[s:e], ante), *out[k:]]
    return out


_SHORT_FORM_MAX = 4  # characters a body's short form writes before its kind's word (上铁法院)


def _short_form_start(vt: str, low: int, x: Actor, full: str) -> int | None:
    """Where a short form of the body named ``full`` opens when ``vt[low:x.end]`` ends with one
    (上铁 of 上铁法院 for 上海铁路运输法院): two to four characters before the kind's word ``x``,
    the first the name's first, all of them then in the name's order before its kind's word,
    no word of the dictionary but a noun or a short form (not 上级 of 上级法院: another court)."""
    stem = full[: len(full) - len(x.text)]
    pos_of = parts_of_speech()
    for n in range(_SHORT_FORM_MAX, 1, -1):
        s = x.start - n
        if s < low or vt[s] != stem[:1]:
            continue
        tag = pos_of.get(vt[s : x.start]) or "j"
        if not (tag == "j" or tag.startswith("n")):
            continue
        at = 0
        for c in vt[s : x.start]:
            at = stem.find(c, at) + 1
            if at == 0:
                break
        else:
            return s
    return None


_ANY_SCHOOL = frozenset(cue_words("any_school"))


def _kind_told(noun: str, pool: list[Actor], opens: bool = False) -> Actor | None:
    """The one person of ``pool`` (the participants before it in its sentence) that the kind
    noun ``noun`` (``kind_again_she`` / ``kind_again_he`` / ``kind_again_child``: 女子, 男子,
    孩子) may stand for — a name or kin word of that kind (``she_only`` / ``he_only`` /
    ``child_kin``: 前妻, 张女士, 儿子) — else None: none, or two of them (甲的前妻和女友…该女子:
    which one the sentence does not tell), or a kind noun among them (妻子与一名女子…该女子,
    丈夫撞倒一名男孩，男孩…: the one counted, maybe; 一名女子带着一个女孩…该女孩: another), or
    when the noun ``opens`` its clause, its subject, and someone of a kind not told is named
    before that one (王某撞倒其父亲，随后该男子…: 王某 going on, maybe)."""
    kind = _KIND_AGAIN[noun]
    found = {_named(y): y for y in pool if _person(y) and _named(y).endswith(kind)}
    if len(found) != 1:
        return None
    name, ante = next(iter(found.items()))
    if opens and any(
        y.start < ante.start and _person(y) and not _named(y).endswith(_ANY_KIND) for y in pool
    ):
        return None
    return None if name in _KIND_AGAIN else ante


def kinds_again(vt: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` (a sentence's, sorted) with each bare kind noun (孩子, 女子: ``_KIND_AGAIN``,
    with no count, determiner or owner right before it) pointed back to the one person of that
    kind a clause before it names (生下一个儿子，生下孩子后…: the son; not 他的儿子送孩子上学,
    one clause, nor 一名女子, 她的孩子: another or someone's, nor 女子钱某: a title)."""
    out = actors
    for k, x in enumerate(actors):
        if x.kind != "generic" or x.alias_of is not None or x.text not in _KIND_AGAIN:
            continue
        if x.start and vt[x.start - 1] in _KIND_NOT_AGAIN or vt.startswith("们", x.end):
            continue  # (孩子们: more than one)
        if k + 1 < len(actors) and actors[k + 1].start == x.end:
            continue  # (女子钱某: the title of the name after it)
        pool = [y for y in actors[:k] if y.end <= x.start]
        det = next((d for d in _DETERMINERS if vt.startswith(d, max(0, x.start - len(d)))), "")
        opens = _opens_clause(vt, 0, x.start - len(det))  # (随后该男子: all the same)
        ante = _kind_told(x.text, pool, opens)
        if ante is not None and _CUT.search(vt, ante.end, x.start):
            if out is actors:
                out = list(actors)
            out[k] = _stand_in(x, x.start, x.end, x.text, ante)
    return out


def _headed_by(vt: str, noun: str, pool: list[Actor]) -> Actor | None:
    """The nearest participant ``noun`` titles (男子吉某) or whose name ends with it (华力公司)."""
    ordered = sorted(pool, key=lambda y: y.start)
    for k in range(len(ordered) - 1, -1, -1):
        y = ordered[k]
        unnamed = y.kind == "generic" and y.alias_of is None
        if unnamed and not _body(y):
            continue
        name = _named(y)
        if name != noun and name.endswith(noun) and len(name) > len(noun):
            return y  # (a body named in full: 某市公安局 … 该局)
        if noun in _ANY_SCHOOL and y.agent_type == "EDU" and len(name) > len(noun):
            return y  # (某州农工大学 … 学校: a school of any kind)
        title = ordered[k - 1] if k > 0 else None
        if (
            not unnamed
            and title is not None
            and title.kind == "generic"
            and title.end == y.start
            and title.text.endswith(noun)
        ):
            return y
    return None
