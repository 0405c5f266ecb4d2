"""News events: the everyday events of Chinese news (arrests, trials, lawsuits, verdicts,
accidents, deaths, breakups, launches, layoffs…) typed in the DuEE 1.0 schema, with their
arguments by DuEE role, and PLOVER/CAMEO where the event is also a political interaction.

:class:`NewsCoder` runs after the diplomatic coder (:mod:`.coder`) on the same annotated
document.  Per sentence:

1. **Triggers** from :mod:`.news_lexicon`.  A sentence that asks (…吗？), a legal rule quoted
   (《刑法》…规定：…处…有期徒刑), a condition (如果/假如/一旦…), an opinion (认为/觉得/相信…)
   or a generic statement (一般/通常) states no event.
2. **Participants** (:mod:`.news_actors`): the entity layer's names, KB-linked or not, and generic
   actors (警方, 法院, 犯罪嫌疑人…).  Roles from the clause's structure: the subject before the
   trigger, the object after it or after 对/将/把 before it; in a passive (X被Y拘留) X is the
   object and Y the subject; a clause without a subject takes the subject of the clause before
   (topic chain).  The reporting outlet and the reporter are never participants.
3. **Countries**: the entity's own; a generic actor's from the place written before it or the
   institution; otherwise the one country the sentence's places name.
4. **Types**: the entry's DuEE type; its PLOVER type and CAMEO code when a participant has a
   country (a court or the police acting on people of a named jurisdiction); otherwise the
   event has the news type only (``type``/``cameo`` None).
5. **Date** from the clause's own time expression (else a sentence-opening time clause); never
   the article's date, which the event carries as ``reported`` when it has no date.
6. **Status and modality** from cue words around the trigger (将/拟 → planned; 否认/未 →
   negated; 据/称 → reported; 疑似/可能 → uncertain).
7. **The article's frame** (:mod:`.frame`), once every sentence is read: an event whose entry
   asks for it and whose sentence leaves one side out takes it from the article — the company a
   consumer's 维权 is against, the other party of a suit told before, the police or the court
   of the act of its kind told in the sentence just before.

An event the diplomatic coder already made from the same words (the trigger spans overlap, or the
same PLOVER type in the same clause) receives the news type and arguments instead of a second
event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date as _day
from datetime import timedelta
from functools import cache, lru_cache
from typing import Any, TypeVar

from ..annotate.numerals import NUMERAL_CHARS, parse_number
from ..annotate.time_rules import day_anaphor_offset, day_anaphors, rules
from ..annotate.time_tense import _parts_of_speech
from ..kb import KnowledgeBase
from ..model import Document, Span
from ..normalize import AnalysisView
from .anaphora import (
    OTHER,
    PLURAL_KIN,
    PRONOUN,
    bare_bodies,
    bodies_again,
    has_anaphor,
    is_person,
    kinds_again,
)
from .anaphora import resolve as resolve_anaphora
from .anaphora import speaker_as_subject as _speaker_as_subject
from .clauses import COMMA_COLON
from .clauses import QUOTE_OPEN as _QUOTE_OPEN
from .codebook import Codebook
from .dates import (
    DATED_AS,
    ITEM_OPENS,
    TimeRef,
    anchor_day_anaphors,
    apposed_days,
    dateline,
    demonstrative_days,
    far_bare_day,
    far_wrapped_day,
    holds_only,
    incident_days,
    just_now_days,
    later_than,
    month_day_alone,
    near,
    near_wrapped_day,
    posted_days,
    reported_days,
    tells_an_age,
    told_as_background,
    turned_years,
    zone_lead,
)
from .dates import months_apart as _months_apart
from .dates import same_day as _same_day
from .frame import _CAR as _VEHICLE_END  # (crash_vehicles closing a phrase: a vehicle, no one)
from .frame import (
    CASE_ANAPHOR,
    DRIVING,
    FIRST_PERSON,
    HEARING,
    MATTER_OPEN,
    SUIT_VERB,
    THIS_MATTER,
    Article,
    Made,
    partner_told,
)
from .frame import complete as complete_frames
from .frame import tables as frame_tables_of
from .frame import wanted as frame_wanted
from .lexicon import lexicon
from .model import Argument, Event, EventActor, Mention
from .news_actors import (
    _DESCRIBING,
    _DOTS,
    _FOREIGN_NAMED,
    _NAME_AFTER,
    _NOT_GIVEN,
    PAIR_COORDINATORS,
    PEOPLE_KINDS,
    REPEATED_NAME,
    STATE_BODY_KINDS,
    Abbreviation,
    Actor,
    abbreviations,
    anonymised_end,
    body_qualifier_gap,
    chinese_names,
    cut_across,
    dotted_names,
    double_surnames,
    foreign_names_after,
    full_chinese_name,
    generic_actors,
    generic_head,
    generic_table,
    has_mainland_place,
    institution_country,
    known_nationals,
    looks_foreign,
    mainland_by_suffix,
    modifier_gap,
    named_roads,
    opens_with_surname,
    place_units,
    region_country,
    shown_region,
    street_places,
    surname_people,
    tag_at,
    tagged_words,
    ticker_names,
    units_after,
    units_before,
)
from .news_cues import cue, cue_words
from .news_lexicon import (
    MODEL_CODE,
    NewsEntry,
    NewsLexicon,
    NewsMatch,
    load_news_lexicon,
    load_schema,
    model_before,
    short_term_told,
    term_after,
)
from .pattern_gates import char_gate, flat_words, found_gate, required_gate, words_not_after
from .status import refused_object, resumed_at

_T = TypeVar("_T")

NEWS_EXTRACTOR = "dashiji-news/0.1"

# (not a colon or a comma between digits: a score 3：1, 109:104, a number 1,000)
_CLAUSE_CUT = re.compile(r"[，；;。！？!?]|(?<![0-9０-９])[：:,]|[：:,](?![0-9０-９])")
_LEAD_COLONS = ("：", ":")  # a sentence ending so leads into the next one
_ASKED_CLAUSE = re.compile(r"吗[\s”\"’」』）)]*$")  # a clause closing with 吗 asks
_GAP_SPACE = re.compile(r"\s(?![\s”\"’」』）)]*$)")
_QUESTION = re.compile(r"(?:[？?][”’」』）)\s]*$|吗[？?]|是否.{0,20}[？?])")
_ASKS_ALL = cue("asks_all")
# 某起翻车：是轮胎爆裂还是司机打盹？: a choice asked closing the sentence asks all of it
_ASKS_CHOICE = re.compile(r"是[^，。；！？]{1,20}还是[^，。；！？]{1,20}[？?][”’」』）)\s]*$")


def _asks(local: str) -> bool:
    """Does the sentence ``local`` end as a question or hold one (吗？, 是否…？)?  Each form of
    ``_QUESTION`` holds a question mark: a sentence with none asks nothing, unsearched."""
    return ("？" in local or "?" in local) and _QUESTION.search(local.rstrip()) is not None


_LEGAL = re.compile(
    r"(?:《[^》]*(?:法|条例|规定|办法|解释|细则|守则|准则|章程)》|刑法|第[一二三四五六七八九十百零\d]+条)"
)
_LEGAL_RULE = re.compile(r"(?:规定|应当|可以|可处|处以|依照|依法应|的，处|者，处|构成.{0,6}罪)")
_OPINION = cue("opinion")
_GENERIC = cue("generic")
_NEGATION = cue("negation")
_RULING_END = cue("ruling_end")  # a clause that ends with 裁定, 作出判决 (anchored)
_REFUSAL = cue("refusal")  # 不予立案, 拒绝道歉: a decision not to act, taken on a day
# a guess (可能, 或将, 据传… - news_cues guesses, which a later clause may go on with) or hearsay
# (疑似, 传闻, 网传… - hearsay): the act is not told as certain
_GUESSES = cue_words("guesses")
# (or a 或 right before a word of news_cues guess_or_next - 新款或明年上市, 或推迟至… -, no
# date or period right before it: 今年或明年, 本周或下周 are an "or"; the character before 或 is
# read past it, so that every alternative opens with a character: flat_words)
_UNCERTAIN = re.compile(
    flat_words(
        [_GUESSES, cue_words("hearsay")],
        r"涉嫌(?=出轨|劈腿)",
        r"或(?<![年月日周天期内]或)(?=" + cue("guess_or_next").pattern + ")",
    )
)
# 卷入受贿嫌疑: right after the trigger, only suspected (not 抓获嫌疑人某某: its object)
_SUSPECTED = re.compile(cue("suspicion_after").pattern + r"(?![人犯男女者])")
_ENDED = re.compile(r"(?:结束|期满|解除|届满|刑满|叫停|撤回|撤销|放弃|终止|中止)[^，。]{0,6}$")
# 没有当庭宣判, 将择日对此案宣判: no ruling given at the hearing, one put off to a day not set - the
# hearing is what happened (news-dev's convention), no verdict event
_NO_RULING_YET = re.compile(
    "(?:(?:" + _NEGATION.pattern + ")当庭|" + cue("unset_day").pattern + ")"
    + r"[^，,。；;：:！？!?]{0,8}$"
)


# 此案还未开庭, 嫌疑人仍未被抓获, 尚未正式对其提起诉讼: an act told as not done yet (news_cues
# not_yet, right before the trigger: past a manner word, 被 or an object marker with its object,
# a light verb - not_yet_manner, not_yet_light) is no event - a denial (否认, 并非, 辟谣, 系谣言)
# is the negated event; not 仍未等来道歉, 还没来得及逃跑就被抓获: another verb governs the act
_NOT_YET_MANNER = "(?:" + cue("not_yet_manner").pattern + ")?"
_NOT_YET = re.compile(
    "(?:" + cue("not_yet").pattern + ")" + _NOT_YET_MANNER
    + r"(?:被[^，,。；;：:！？!?]{0,6}?|(?:对|向|与|和|跟|就|把|将|给)[^，,。；;：:！？!?]{1,10}?)?"
    + _NOT_YET_MANNER
    + "(?:" + cue("not_yet_light").pattern + ")?$"
)  # fmt: skip
_DENIED = re.compile(
    "(?:否认|并非|" + cue("refuted_after").pattern + "|" + cue("rumour_after").pattern + ")"
)


def _not_done_yet(vt: str, a: int, b: int, clause_start: int, t: int) -> bool:
    """The trigger at ``t`` (its clause from ``clause_start``, its sentence ``vt[a:b]``) is told
    as not done yet (还未开庭, 仍未落网), in a sentence that denies nothing."""
    return bool(_NOT_YET.search(vt, clause_start, t)) and not _DENIED.search(vt, a, b)


def _is_ruling(entry: NewsEntry) -> bool:
    """A court's ruling: a verdict (COERCE 172: 判决, 宣判, 裁定) or a prison sentence (入狱)."""
    return (entry.plover == "COERCE" and entry.cameo == "172") or entry.news == "司法行为-入狱"


def _alternatives(p: re.Pattern[str]) -> str:
    """The text of ``p`` without the one non-capturing group that wraps it all, when it is so
    wrapped (``(?:A|B)`` → ``A|B``), else the text itself.  Joined at one level with another's,
    the alternatives are tried in the same order, so the joined pattern matches the same; and
    ``re`` skips ahead by the first characters of an alternation whose alternatives all open
    with one, which a group of groups hides from it (so it tries every position)."""
    text = p.pattern
    if not (text.startswith("(?:") and text.endswith(")")):
        return text
    depth, k, in_set = 0, 0, False
    while k < len(text):
        ch = text[k]
        if ch == "\\":
            k += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
            k += 2 if text[k + 1 : k + 2] == "^" else 1
            k += 1 if text[k : k + 1] == "]" else 0  # (a ] first in a set is a member)
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0 and k < len(text) - 1:
                return text  # (the first group closes before the end: not one wrapping group)
        k += 1
    return text[3:-1]


# (not 显示出: 在两次调解中显示出诚意 - a quality shown, no source cited)
_INQUIRY = cue("inquiry_findings")  # 经调查，…: what an inquiry found, told by it
_REPORTED = re.compile(
    "(?:" + _alternatives(cue("reported")) + "|" + _alternatives(_INQUIRY) + ")(?!(?<=显示)出)"
)
# 有人说，…, 这位律师说，…, 办案民警说，… (news_cues someone_says, person_title, speakers_say): a
# speaker, named or not, whose words the clauses after 说 give (not 可以说，, 也就是说，: the
# writer's own voice)
_SOMEONE_SAYS = re.compile(
    "(?:"
    + "|".join(
        re.escape(w)
        for name in ("someone_says", "person_title", "speakers_say")
        for w in cue_words(name)
    )
    + ")说[，,：:“]"
)


def _someone_says(vt: str, a: int, t: int) -> bool:
    """Does ``vt[a:t]`` hold a speaker and 说 (:data:`_SOMEONE_SAYS`)?  Every match of it holds a
    说, so a stretch with none (most sentences) is ruled out by one ``str.find`` before the long
    alternation of speakers is tried at each of its characters: the same answer."""
    return vt.find("说", a, t) >= 0 and _SOMEONE_SAYS.search(vt, a, t) is not None


def _someone_finds(text: str) -> bool:
    """Does ``text`` hold a source no name tells (news_cues ``someone_says`` but 有人: 有网友,
    有知情人…, and ``someone_finds``: 有眼尖的网友…) right before a telling verb (``tells``:
    发现, 爆料, 称…) - 有网友发现某人还点赞了…: what they found is theirs to tell, reported (not
    有人发现…: a witness finds a scene; not 警方发现: a named finder)?"""
    return text.find("有") >= 0 and _SOMEONE_FINDS.search(text) is not None


# (not 没有媒体报道, 所有网友发现: no source, or every one - the 有 of 没有/所有/拥有)
_SOMEONE_FINDS = re.compile(
    "(?<![没所拥])(?:"
    + "|".join(
        sorted(
            {*cue_words("someone_finds"), *cue_words("someone_says")} - {"有人"},
            key=len,
            reverse=True,
        )
    )
    + ")(?:"
    + cue("tells").pattern
    + ")"
)


# 数据, 证据, 根据法律规定: a 据 that reports nothing; 根据X显示/描述/报道 does
_JU_NOT_REPORTING = cue("ju_not_reporting")
_SOURCE_SHOWS = cue("source_shows")
# 任命文件显示, 裁员通知中称: the paper of an act (news_cues source_papers) cited as a source
_PAPER_SHOWS = re.compile(
    "(?:" + cue("source_papers").pattern + ")(?:中|里)?(?:" + _SOURCE_SHOWS.pattern + ")"
)
# a plan: news_cues plans_carried (将于, 拟, 计划… - a later clause with no subject of its own
# goes on with them) and plans_own (预计, 有望, 筹备… - in the trigger's own clause only); the
# bare 将 (not 立即将) and 即将 (not 立即将) stand after the words that open with 将; a 要 of
# plans_own (终于要, 就要: the act is about to come) is no 要求 (就要求…: about the demand), nor
# is 考虑到, 考虑的是 a step weighed (a reason given, what was weighed)
_PLAN_CARRIED = "(?:" + cue("plans_carried").pattern + r"|(?<!立)即将)"
# 发布会将于…举行, 婚礼定于…: an occasion the trigger names, set for later by the words after it
_PLAN_NEXT = re.compile("(?:" + _PLAN_CARRIED + "|定于|定在)")
_OCCASION_ENDS = ("会", "礼", "式")
_PLANNED = re.compile(
    "(?:" + _PLAN_CARRIED + "|" + cue("plans_own").pattern + r"(?!求|(?<=考虑)[到的])|(?<!立即)将)"
)
# 要结婚了, 要去起诉: 要 (or 要去) right before the trigger - the act is about to come or
# meant (an act done by saying it, 感谢, only with 了 closing its clause right after it)
# (not 需要, 想要, 只要, 不要…: a need, a wish, a condition, a bidding; nor a noun ending in
# 要 - 政要, 纪要, 摘要, 必要…: 多国政要遇袭 is done)
_ABOUT_TO = re.compile(r"(?<![需想只主重不还政纪摘概提必首次显])要去?$")
# (感谢, 道歉, 点赞: said, so done - not 会见, 探班 of the same class: 要会见 is meant)
_PERFORMED_IN_SAYING = ("交往-感谢", "交往-道歉", "交往-点赞")
_ABOUT_TO_END = re.compile(r"了(?:[，。；！？,;!?\s]|$)")
# 着手向法院起诉: the act set about, not done (not 着手…后起诉了, 已经着手起诉: begun or done)
_SET_ABOUT = re.compile(r"着手")
_PASSIVE = cue("passive")
_PASSIVE_END = re.compile("(?:" + _PASSIVE.pattern + ")$")  # a passive mark right before a trigger
# types whose event stands without a participant (a quake, a crash, a limit-down)
_SELF_CONTAINED = frozenset(
    {
        "灾害/意外-爆炸", "灾害/意外-车祸", "灾害/意外-地震", "灾害/意外-洪灾", "灾害/意外-起火",
        "灾害/意外-坍/垮塌", "灾害/意外-袭击", "灾害/意外-坠机", "财经/交易-跌停", "财经/交易-涨停",
        "财经/交易-加息", "财经/交易-降息", "组织行为-开幕", "组织行为-闭幕", "组织行为-罢工",
        "组织行为-游行", "产品行为-上映",
    }
)  # fmt: skip
_NOT_POLITICAL = frozenset({"竞赛行为", "财经/交易", "产品行为"})
# 会谈日期, 开庭时间: the trigger names an attribute of the event, it does not state it
_ATTRIBUTE_AFTER = re.compile(
    r"(?:日期|时间|地点|机制|纪要|细节|安排|议程|筹备|前夕|期间|现场|结果|记录|视频|照片|率|案件?|通知|传票|"
    r"周年|纪念日)"
)
# 意外死亡诉讼, 离婚官司: a suit over a step of a life, the step not told
_SUIT_OVER = re.compile(r"(?:诉讼|官司)")
# 某案的开庭公告, 按开庭公告所示: a court's notice of a step of a case, the step not held by it
_LEGAL_NOTICE_AFTER = re.compile(r"公告")
_LIFE = "人生-"
# 后 after an act (离婚后, 之后, 以后): a time it frames - not of a word 后 opens (后果, 后来,
# 后续: 完胜后来的冠军 beat the later champion)
AFTER = r"(?:之后|以后|后)(?![果来续面方期台者])"
# 前妻, 前夫, 前任, 前男友, 前同事, 前往, 前来: words 前 opens right after a trigger (刺死前妻: the
# one acted on, ex-, or a verb) - whole words only, so that 车祸前男子, 去世前老人, 爆炸前员工,
# 离婚前夫妻, 去世前来到 keep 前 as "before the act"
_QIAN_WORDS = r"妻|夫(?!妻)|任|[男女](?:友|朋友)|同事|同学|队友|老公|老婆|老板|往|来(?!到)"
_ATTRIBUTE_OF_ACCIDENT = re.compile(
    r"(?:车辆|真相|原因|责任|全责|主责|次责|鉴定|调查|报告|现场|后续|后果|发生前|发生"
    + AFTER + r"|前(?!" + _QIAN_WORDS + r")|" + AFTER
    + r"|之前|处理|认定|赔偿|细节|经过|详情|中(?![国华央])的?)"
)  # (中 not of 中国, 中华, 中央: a name after the trigger, no "in the accident"; 前 not of
# _QIAN_WORDS: 刺死前妻 is no "before")
_ACCIDENT_ATTRIBUTE_OPENS = char_gate([_ATTRIBUTE_OF_ACCIDENT])  # (a cheap test first)
_ASPECT_ENDS = ("了", "过")
# 发生事故的几率, 离婚率, 被起诉的风险: a rate or a risk of such acts, none of them told
_RATE_OF = re.compile(r"的?(?:几率|概率|比率|比例|风险|可能性)|率(?![先领])")
# 事故车主, 车祸家属: people named by an accident, not the accident reported
_PEOPLE_OF_ACCIDENT = re.compile(r"(?:车主|司机|家属|亲属|当事人|受害者|伤者|遇难者)")
_FUTURE_AFTER_JIANG = re.compile(
    # (被, the future passive - 将被判处, 将被告知, 将被告上法庭 - not the nouns 被告(人), 被害人:
    # 将被告人某某还押, the object)
    r"(?:于|在|会|要|从|被(?!害人|告(?!知|诉|上|到))|对|就|针对|与|向|和|正式|再次|继续|进一步|不|尽快|立即|择期|依法|首次|开始|面临|"
    r"迎来|进行|举行|召开|出庭|推出|发布|上映|实施|采取|出台|推行|启动|提起|签署|"
    + cue("future_verbs").pattern  # 将削减…岗位: a verb right after 将 is the future
    + ")"
)

_DEMANDED = re.compile(r"(?:要求|请求|诉求|呼吁|号召|敦促|(?<![车业])主张|提议|建议|暗示)")
# (主张, not 车主张某, 业主张某: the lookbehind read past 主, so that every alternative opens with a
# character - re skips ahead by them)
_ORDERED = re.compile(
    r"(?:被判|判令|判决(?![后时])|责令|勒令|要求|请求|诉求|须|需(?!求)|必须|应当|应该|理应|暗示|主(?<![车业]主)张|提议|建议|呼吁|"
    r"敦促|促使|会让|会使|号(?<![的应\d〇零一二三四五六七八九十廿卅]号)召(?![力下开集])|"
    r"支持|赞成|同意|反对|不应该?|不得(?!不)|帮我|帮他|帮她|"
    r"或让|可能让|将让|将使)[^，。]{0,40}$"
)  # (不得不: had to - done, not forbidden; 判决后, 判决时: a time after the verdict, no order;
# 号召 not after a day, 5号, 十五号 - 十五号召回…并道歉 - nor 的号召, 响应号召)
# 响应工会号召, 听从号召: a call answered or followed (响应号召 itself: _ORDERED's lookbehind)
_CALL_ANSWERED = re.compile(r"(?:响应|听从|遵从|按照|遵照)[^，。；]{0,8}$")
_ORDERED_OPENS = char_gate([_ORDERED])  # (where no match can open, none is looked for)
# 石油价格再下跌10美元，俄罗斯石油就有可能崩盘: the clause a later 就 answers is a condition
# 俄罗斯石油就有可能崩盘 answers a condition; 估计下周就能出结论 does not
_THEN_CLAUSE = re.compile(r"[^，。；很马早也快]{0,6}?(?:就|便)(?:会|能|可能|有可能|要|可以)")
_NP_BAD_FIRST = frozenset("这那此其每各有无没该本很")  # (很荣幸: a degree adverb opens no name)
_PRONOUN_LAST = frozenset("其他她它")  # 网传其: a pronoun closes no name (其他: a word)
_PAST = cue("past")
_ADVERB_NP = frozenset(
    "积极 主动 正式 公开 全面 继续 共同 相互 尽快 立即 随即 随后 最终 首次 再次 已经 目前 近期 "
    "同时 当天 当时 此前 之后 后来 随后又 一起 一并 纷纷 依法 主场 客场 双双".split()
)
_MODAL_FUTURE = cue("modal_future")
_AGGREGATE = cue("aggregate")
# 全国 that is no total: right before the act (全国上映: where it is done) or opening a
# numbered occasion's name (全国第九届运动会)
_NATIONWIDE = "全国"


def _aggregated(vt: str, start: int, end: int) -> bool:
    """Does ``vt[start:end]`` (a clause up to its trigger) hold an aggregate word (全年, 累计,
    全国…: 全省检察机关…提起公诉3000余人, a statistic), other than 全国 saying where the act is
    done (全国上映) or opening a numbered occasion (全国第十届运动会)?"""
    for hit in _AGGREGATE.finditer(vt, start, end):
        if hit.group() != _NATIONWIDE or not (hit.end() == end or vt.startswith("第", hit.end())):
            return True
    return False
_INDIRECT_Q = cue("indirect_q")
_PROBLEM_LIST = re.compile(r"[^，。；]{0,24}等(?:问题|情况|现象|隐患|风险|缺陷|故障)")
_QUOTED_NAME = re.compile(r"[^，。；“”\"]{0,6}[”\"](?:一事|事件|一案|案)")
_NOMINAL_OF = re.compile(
    r"的(?:余温|影响|原因|传闻|风波|真相|阴影|经历|后遗症|伤痛|痛苦|热度|消息传出|细节|详情)"
)
# news_cues attack_cues (碾压 only done again or at someone: 来回碾压, 对其碾压; 被货车碾压 is an
# accident), run_down (a person run down), attack_before (伤人事件 told in the sentence before: the
# attack a person run down belongs to), mishap (车辆失控撞倒行人, 刹车失灵: an accident said as one)
_ATTACK_CUE = cue("attack_cues")
# news_cues into_crowd (冲入人群, 驶入人群): a vehicle driven into a crowd - an attack unless the
# sentence calls it a mishap (车辆失控驶入人群, 刹车失灵冲入人群: news_cues mishap)
_INTO_CROWD = cue("into_crowd")
_RUN_DOWN = cue("run_down")
_ATTACK_BEFORE = cue("attack_before")
# 碾压伤, 多处刀砍伤: a wound noun right after an attack's word (not 伤了, 伤人, 伤害: the verb)
_WOUND = re.compile(r"伤(?![了着过人害及到者亡])")
_MISHAP = cue("mishap")
_DAMAGED_AFTER = cue("damaged_after")  # 某车撞伤严重: the car damaged, no one run down
_UNNAMED_BEFORE = cue("unnamed_before")  # (从)发布会, (该)发布会: no product named before it


def _another_run_down(
    vt: str, a: int, t0: int, times: list[TimeRef], told: list[Event] | None
) -> bool:
    """Is the person run down at ``t0`` (sentence from ``a``) told as another incident than the
    attack before it: news_cues other_incident before the trigger (另据报道，…一辆公交车撞倒…),
    a day anaphor past the day told before (次日，一辆货车撞倒…), or a written day that no attack
    the article told has?"""
    if _OTHER_INCIDENT.search(vt, a, t0):
        return True
    attacks = {e.date[:10] for e in told or () if e.news_type == "灾害/意外-袭击" and e.date}
    for t in times:
        if day_anaphor_offset(t.text):
            return True
        if attacks and t.usable and t.value and len(t.value) >= 10 and t.value[:10] not in attacks:
            return True
    return False


# 因与前妻有纠纷，…驾车撞倒…, 为报复对方…: a grudge or a quarrel given as the reason before a
# person run down (news_cues ramming_motives) - the driver meant to hit them. The opener is a word
# of its own (not 原因, 起因, 认为, 成为, 行为) and not denied (并非因, 不是因为, 排除因); 为 opens
# a purpose (为报复), not a cause (为解决纠纷); the motive word heads no noun (纠纷的行人) and
# makes no adjective (报复性消费)
_RAMMING_MOTIVES = cue("ramming_motives").pattern  # 纠纷, 矛盾, 报复…
# 因, 由于, 出于 opening a cause: a word of its own, not denied (also _MOTIVE_AFTER's)
_CAUSE_OPENER = r"(?<![原起诱基非])(?<!不是)(?<!排除)(?<!否认)(?:因|由于|出于)"
_RAMMING_MOTIVE = re.compile(
    r"(?:" + _CAUSE_OPENER + r"[^，,。；]{0,16}?(?:"
    + _RAMMING_MOTIVES
    + r")|(?<![认成作行以])为了?(?:报复|泄愤))(?![的性])"
)
# 因…纠纷，吉某驾车撞倒: the motive's clause ends soon after it (纠纷后, 矛盾激化) - not
# 甲与乙因纠纷报警，丙驾车撞倒丁, where it is another's reason for another act
_MOTIVE_TAIL = re.compile(r"[^，,。；]{0,6}[，,]")
# 陈某因与邻居有矛盾，驾车撞倒…: the clause after goes on with no subject of its own
_MOTIVE_GOES_ON = re.compile(r"(?:遂|便|就|竟|又|随即|随后|于是)?(?:驾|开)")


def _rammed_for_motive(vt: str, a: int, t0: int) -> bool:
    """Is the person run down at ``t0`` (sentence from ``a``) hit for a motive told before it
    (因与前妻有纠纷，吉某驾车撞倒…: a grudge, a quarrel - an attack) - in the run-down verb's own
    clause, or in a clause that opens with it right before the verb's (not 由于双方矛盾，警方介入
    调解，陈某驾车离开时撞倒…) or goes on into a clause with no subject of its own (陈某因积怨，
    驾车撞倒…)?  The caller, as for a vehicle driven into a crowd, wants no word in the sentence
    that calls it a mishap (因琐事争执后不慎撞倒…, 因交通事故纠纷: news_cues mishap)."""
    for mo in _RAMMING_MOTIVE.finditer(vt, a, t0):
        if _CLAUSE_END.search(vt, mo.end(), t0) is None:
            return True  # 陈某因纠纷驾车撞倒赵某
        tail = _MOTIVE_TAIL.match(vt, mo.end(), t0)
        if tail is not None and (
            (
                (mo.start() == a or vt[mo.start() - 1] in _CLAUSE_OPENERS)
                and _CLAUSE_END.search(vt, tail.end(), t0) is None  # (the verb's clause next)
            )
            or _MOTIVE_GOES_ON.match(vt, tail.end()) is not None
        ):
            return True
    return False


# 某某驾车撞倒路人，起因是二人的感情纠纷 / 。经查，其系因债务纠纷报复: a grudge or a quarrel
# (news_cues ramming_motives) told after the person run down, as that act's cause - 起因/原因/
# 动机 + 是/系/为, 系因, 是因为 (not 不是因为, 并非因), or 因…纠纷 + the deed done for it (报复,
# 行凶, 蓄意 …; not 报复性…, a kind of act) - in the rest of the sentence; a cause told with an
# accident's word (事故起因是…, 因疲劳驾驶: news_cues mishap) is none (the caller checks)
_MOTIVE_AFTER = re.compile(
    r"(?:(?:起因|原因|动机)(?:是|系|为|在于)|(?<![不非])(?:系|是)(?:因为?|由于|出于))[^，,。；;]{0,16}?(?:"
    + _RAMMING_MOTIVES
    + r")|"
    + _CAUSE_OPENER
    + r"[^，,。；;]{0,16}?(?:"
    + _RAMMING_MOTIVES
    + r")[^，,。；;]{0,4}?(?:蓄意|故意|报复(?!性)|泄愤|行凶|作案)"
)
# 。经查，罗某系因…纠纷蓄意报复 / 。警方通报称，…: the next sentence tells the motive only as what
# an inquiry or the police found (a sentence of its own may be of another act: 。两人系因纠纷相识)
_MOTIVE_FOUND = re.compile(r"\s*(?:" + cue("motive_finders").pattern + ")")


_DRIVING_VERB = cue("driving_verbs")  # 驾车, 开车, 驾驶…


def _motive_told_after(vt: str, c0: int, t0: int, t1: int, b: int) -> bool:
    """Is the person run down (trigger ``vt[t0:t1]``, its clause from ``c0``, sentence ending at
    ``b``) by one told driving (罗某开车撞伤… - not 一辆公交车撞伤…: whose quarrel, the
    driver's or a passenger's, is not told) told a grudge's or a quarrel's doing after it - in
    the rest of its sentence, or in the next one when that opens with what an inquiry or the
    police found (:data:`_MOTIVE_FOUND`) - with no word there that calls it a mishap?"""
    if _DRIVING_VERB.search(vt, c0, t0) is None:
        return False
    if _MOTIVE_AFTER.search(vt, t1, b) is not None:
        return not _MISHAP.search(vt, t1, b)
    if not _MOTIVE_FOUND.match(vt, b):
        return False
    end = _sentence_end(vt, b)
    return _MOTIVE_AFTER.search(vt, b, end) is not None and not _MISHAP.search(vt, b, end)


_SMALL_COUNT = "[一两二三四五六七八九十几数0-9]"  # a count's characters (一名, 两位, 3个)
# 撞完女子, 撞倒一名老人: the result a crash verb may take and a count before the one it hits
_HIT_OBJECT_AFTER = re.compile(r"[完了倒伤死飞到]?(?:" + _SMALL_COUNT + r"+[名个位])?")
# 将一名路人, 把两位老人: the object marker and a count before the one a crash verb hits
_HIT_OBJECT_LEAD = re.compile(r"[将把](?:" + _SMALL_COUNT + r"+[名个位]?)?$")


def _person_or_people(x: Actor) -> bool:
    """Is ``x`` a person by name or a generic noun for people (市民, 嫌疑人, 工人: PEOPLE_KINDS)
    rather than a body (the police, a court, a company) or a place?"""
    return x.kind == "PER" or x.agent_type in PEOPLE_KINDS


# the accidents whose types have no role for the people they befall (a count at most)
_ACCIDENTS = frozenset(
    {"灾害/意外-车祸", "灾害/意外-坠机", "灾害/意外-爆炸", "灾害/意外-起火", "灾害/意外-坍/垮塌"}
)


def _casualties_after(
    vt: str, at: int, b: int, actors: Sequence[Actor], taken: Sequence[Actor | None]
) -> list[Actor]:
    """车内某某的父母受伤住院, 乘客某某当场死亡: the people the sentence of an accident names
    after its trigger (up to ``b``) right before a casualty word (news_cues casualty_words;
    past an adverb of a count, 当场, 均, 不幸: _CASUALTY),
    and the people joined to them before it (丈夫和坐在副驾驶的女儿受伤: a coordinator opening
    a short gap with no clause break) - the ones it befell, participants of it."""
    people = sorted(
        (
            x
            for x in actors
            if at <= x.start and x.end < b and _person_or_people(x) and x not in taken
        ),
        key=lambda x: x.start,
    )
    out: list[Actor] = []
    for k, x in enumerate(people):
        if _CASUALTY.match(vt, x.end) is None:
            continue
        out.append(x)
        j = k
        while j > 0 and _JOINED_VICTIM.fullmatch(vt, people[j - 1].end, people[j].start):
            j -= 1
            out.append(people[j])
    return out


# 网民纷纷对某品牌发动攻击, 媒体攻击, 监管机构以某为由对某应用发动攻击: an attacker that strikes
# with words or rules (not after 据, nor before a telling verb: 据媒体报道，某某对某村发动攻击; not
# one attacked, after 对, 向, 朝, 被 or 遭 in the clause: 歹徒对媒体记者发动攻击; nor an armed body,
# 武装机构, 军事机构), or an app, a brand, a policy, a reputation attacked (对某品牌的攻击): no
# one is hurt
_FIGURATIVE_BY = re.compile(
    r"[^对向朝被遭]*?(?<!据)(?<!武装)(?<!军事)(?:"
    + cue("figurative_attackers").pattern
    + r")[^，,。；;！？!?：:报称说指示]{0,20}$"
)
_FIGURATIVE_AT = re.compile(
    r"对[^，,。；;！？!?：:]{0,12}?(?:"
    + cue("figurative_targets").pattern
    + r")(?:发动|发起|展开|进行|的)?$"
)


def _figurative_attack(vt: str, c0: int, t0: int) -> bool:
    """Is the attack word at ``t0`` (its clause from ``c0``) figurative - made by media,
    netizens or institutions (网民纷纷对某人发动攻击), or aimed at an app, a brand, a policy or
    a reputation (对某应用发动攻击) - so that no one is physically attacked?"""
    return bool(_FIGURATIVE_BY.match(vt, c0, t0) or _FIGURATIVE_AT.search(vt, c0, t0))


# 口碑差了，看他房子塌了; 人设…塌了: fan talk of a star's image, where 房子塌了 is slang
_FIGURATIVE_COLLAPSE = cue("figurative_collapse")


def _figurative_collapse(vt: str, a: int, b: int) -> bool:
    """Does the sentence ``vt[a:b]`` of a collapse word speak of a reputation or a persona
    (口碑, 人设, 路人缘, 脱粉) - fan talk where a star's "house" falls (看他房子塌了), no building -
    and tell no one dead or hurt (口碑很好的老店倒塌，无人受伤 is a real collapse)?"""
    return (
        _FIGURATIVE_COLLAPSE.search(vt, a, b) is not None
        and _CASUALTY.search(vt, a, b) is None
    )


# between two people hurt together: a coordinator, then at most a short modifier (和坐在副驾驶的)
_JOINED_VICTIM = re.compile(r"[和与及、][^，,。；;！？!?：:]{0,7}")


def _person_hit(vt: str, t0: int, t1: int, c0: int, actors: Sequence[Actor]) -> bool:
    """Is the one the crash word ``vt[t0:t1]`` (clause from ``c0``) hits a person - a named
    one or a civilian the sentence names - right after it (撞完女子) or put before it with
    将/把 (将一名路人撞出几米)?"""
    gap = _HIT_OBJECT_AFTER.match(vt, t1)
    after = gap.end() if gap is not None else t1
    for x in actors:
        if x.kind != "PER" and x.agent_type != "CVL":
            continue
        if x.start == after or (
            c0 <= x.start
            and t0 - 2 <= x.end <= t0
            and _HIT_OBJECT_LEAD.search(vt, max(c0, x.start - 6), x.start)
        ):
            return True
    return False


def _sentence_before(vt: str, a: int) -> int:
    """Where the sentence before the one starting at ``a`` starts (past blanks and its 。)."""
    end = a
    while end > 0 and vt[end - 1].isspace():
        end -= 1
    return vt.rfind("。", 0, max(end - 1, 0)) + 1


# 犯罪嫌疑人…驾车将其同事撞伤: a suspect running someone down on purpose
_RAMMING = re.compile(r"(?:犯罪嫌疑人|嫌犯|歹徒|凶手)[^。]{0,40}(?:将|把)[^，。]{1,8}(?:撞|碾)")
# 开车朝着X撞过来, 驾车冲向人群: a car driven at people on purpose
_DRIVEN_AT = re.compile(
    r"(?:开车|驾车|驾驶)[^，。；]{0,12}(?:朝着?|冲着|向着|对着|冲向)[^，。；]{1,12}(?:撞|冲|碾)"
)
_PENALTY_GAP = 6  # characters between a verdict and the penalty it imposes (判处被告人某某…)
# 减少了不少交通意外, 避免发生事故: the act averted, not done; 旨在加快裁员, 伺机发动袭击: the
# aim of an act, or one sought (news_cues aimed_before), not done
_AVERTED = re.compile(
    "(?:" + cue("averted_before").pattern + "|" + cue("aimed_before").pattern + ")[^，。；]{0,8}$"
)
_AVERTED_OPENS = char_gate([_AVERTED])  # (where no match can open, none is looked for)
_EACH_TIME = re.compile(r"每(?:一)?次|每当|每逢")
_EACH_WILL = re.compile(r"(?:都|总|就|也|便)(?:会|要)")
_PRONOUN_ANY = re.compile(r"[他她我你]")
# 禁止经由某地的各家商店发布…, 禁止下列行为：…发布: the banned act, however long the way it is
# done is told, within its clause (or a list the ban opens with a colon)
# (``prohibitions``: 禁止, 不得… - not 不得不, 不得已: a need)
_BANS = "(?:" + cue("prohibitions").pattern + ")(?![不已而])"
_PROHIBITED = re.compile(_BANS + r"[^，。；！？]{0,30}$")
_PROHIBITED_LIST = re.compile(_BANS + r"[^，。；！？]{0,12}[：:]\s*$")
_GENERIC_ANY = cue("generic_sentence")
_GENERIC_ANY_OPENS = char_gate([_GENERIC_ANY])  # (where no match can open, none is looked for)
_DATED = re.compile(r"[0-9０-９一二三四五六七八九十]+(?:年|月|日|号)|今天|昨天|昨日|今日|当天|当日")
_POSSIBLE = cue("possibility")
_LONG_SINCE = re.compile("了?(?:" + cue("long_since").pattern + ")")
# 分手两年多的时间, 离婚已有三年之久: a counted span closed by span_lasted right after the act -
# how long since it, a state the sentence tells, no act of its own (not 分手一年后再婚: the
# span frames a later act; not 判处入狱三年: a term; not 被拘留长达15天之久: 长达 tells how
# long the act itself lasted)
_SPAN_LASTED = re.compile(
    "了?(?:" + cue("since_count").pattern + r"|有|整整)*"
    r"[0-9０-９一二两三四五六七八九十几半]+[多余]?个?(?:年|月|天|周|星期)多?"
    "(?:" + cue("span_lasted").pattern + ")"
)
_IF_OPEN = re.compile(r"[\s“\"「]*(?:若|倘|如(?![今何此同下果实期若何意愿]))")
# 结婚了差不多七年: how long a marriage has lasted, 了 right after the verb - the state of being
# married, not a wedding (a breakup or a pregnancy so long ago is still told: not for those;
# 李娜结婚两年，…, 结婚整整十年了: the span told as the clause's own news stays)
_MARRIED_SPAN = re.compile(
    r"了(?:将近|接近|近|快|已经|已|整整|足足|已有|有|长达|超过)*"
    r"[0-9０-９一二两三四五六七八九十几]+[多余]?个?(?:年|月)"
)
_MARRIED = "人生-结婚"
_SURVIVED = cue("survived_after")
# 自杀了两次, 死过好几次: a death told as done more than once - attempts survived (one dies once)
_MORE_THAN_ONCE = re.compile(
    r"[了过]?(?:[两二三四五六七八九十几数多]+|好几|[2-9２-９]|[1-9１-９][0-9０-９]+)次"
)  # (not 1次: once)
_SENTENCE_STOP = re.compile(r"[。！？!?\n]")
_BESIDE = frozenset("旁边前后上里内")
_BODIES = frozenset({"BUS", "GOV", "MED", "EDU"})  # organisations, never run over or wed
_YOU = re.compile(r"[你您]")  # 他转给你三千来块: a generic second person, an illustration
_LIST_CONTINUES = re.compile("(?:" + cue("list_continues").pattern + ")")  # 其中包括, 例如…
_SUM_BEFORE = re.compile("(?:" + cue("sum_before").pattern + ")$")  # 共被判监20个月: a sum
_TO_BEFORE = re.compile(r"对[^，。；]{0,12}$")
_REVIEW_AFTER = re.compile(r"[^，。；]{0,6}?(?:" + cue("review_verbs").pattern + ")")
_THANKS_FOR = re.compile(r"[^，。；！!]{0,30}的(?:" + cue("thanks_for").pattern + ")")
# 某条例第9条为假释申请设定…: a law the subject of its clause (not 根据国安法拘捕…)
_LAW_REF = re.compile(
    r"《[^》]{0,30}(?:法|条例|规定|办法|细则|守则|准则|章程)》|第[一二三四五六七八九十百零\d]+条"
    r"|国安法|基本法|宪法|刑法|条例|法案|法例"
)
_LAW_USED = re.compile(r"(?:根据|依照|按照|依据|违反|违犯|触犯|涉嫌|以|因|按|依|在|据|控|罪)")
# 距离X辞世已有两年半: the time since the act frames the sentence
_SINCE_OPEN = re.compile(r"[\s“\"]*(?:此时|如今|目前|现在|当时)?距(?:离)?(?!今)")
_SINCE_AFTER = re.compile(
    r"[^，。；]{0,4}?(?:已经|已有|已|有|不过|不到|才|仅仅|仅|只有|刚好|正好)(?:过去了?|整整|足足)?"
    r"(?:将近|近|约|超过)?"
    r"[0-9一二三四五六七八九十两几多半]+(?:多|余)?个?(?:多|余)?(?:天|日|周|星期|月|年|小时)"
)
_PRIOR_OBJECT = re.compile(
    r"(?:对|将|把)([^，。、：；对将把于其]{2,8}?)(?:进行|实施|予以|采取|依法|刑事|行政)*了?"
    r"(?:拘|逮|羁|收押|控制)"
)
_CASE_MAX = 40  # characters after a trigger its case's name may run
_NOT_A_CASE = re.compile(r"[未没不]|对此|此案|本案|该案")
# 案件, 此案, 该案子: a case named bare - the one told before, whose parties the sentence's reading
# of it gives, no participant of its own
_BARE_CASE = re.compile(r"(?:此|该|本|这起|这宗|这个)?(?:案件|案子|案)")
_CASE_ROLES = frozenset({"开庭案件"})  # roles a case fills, never a person or a stray phrase
# 前述两案, 上述两起案件: cases told before, counted (news_cues told_case_determiners)
_TOLD_CASES = re.compile(
    "(?:" + cue("told_case_determiners").pattern + r")[两二三四几多][起宗个]?(?:案件|案子|案)"
)


def _told_cases(vt: str, s: int, e: int) -> bool:
    """Is ``vt[s:e]`` a count of cases told before (前述两案, 上述两起案件) - no participant of
    its own (对前述三案提起上诉: the appeal is against no case)?"""
    return vt[e - 1] in "案件子" and _TOLD_CASES.fullmatch(vt, s, e) is not None


_CASE_TEXT = re.compile(cue("case_end").pattern + r"$|纠纷$|官司$|诉讼$|上诉$")
_ACTS_ON_CASES = frozenset({"司法行为-开庭", "司法行为-入狱", "司法行为-立案"})
_BEFORE_FRAME = re.compile(r"[^，。]{0,12}(?:以前|之前)")
_CASE_NAME = re.compile(
    r"[^，。；“”\"]{0,12}(?:[”\"]?一事|[”\"]?事件|一案|(?<![此该本其这那])案件?(?![情发]))"
)  # (审理此案: the case told before, not a name)
# (a character each match of it holds, and how far a match reaches: tested first, cheaply)
_CASE_NAME_HOLDS, _CASE_NAME_REACH = required_gate(_CASE_NAME)
_DEONTIC = cue("deontic")
_CASE_ROLE = {"司法行为-开庭": "开庭案件", "司法行为-立案": "立案对象"}
_FILED = "司法行为-立案"
# the person who leaves, is suspended or strikes, and the organisation they belong to
_AFFILIATION_ROLE = {
    "组织关系-辞/离职": ("离职者", "原所属组织"),
    "组织关系-停职": ("停职人员", "所属组织"),
    "组织行为-罢工": ("罢工人员", "所属组织"),
}
# office titles, joined (董事、总裁, 监事兼经理), perhaps counted (一名员工), right before a name
# (the longest first: 董事长, not 董事 and 长)
_OFFICE_TITLE = re.compile(
    "|".join(map(re.escape, sorted(cue_words("office_title"), key=len, reverse=True)))
)
_BODY_OF_TITLE = ("会", "局", "部")  # 董事会主席: 董事 names the board the title is of
_TOGETHER = cue("together_after")
_ALLY_VERB = cue("ally_verbs")
_ALLY_REACH = 9  # characters a partnering verb (是, 了, a headcount) may take before the subject
_BREAK_OR_BRACKET = re.compile(r"[，,。；;：:！？!?（）()]")
_OFFICE_TITLES = re.compile(
    r"(?:(?:一名|一位|一个|名|位)?(?:" + _OFFICE_TITLE.pattern + r")(?:、|兼|及|和|与)?)+\s*$"
)
_AFFILIATION_REACH = 16
# the quantity a DuEE role names, by the end of its name
_QUANTITY_KINDS = (
    ("年龄", "age"),
    ("震级", "magnitude"),
    ("深度", "depth"),
    ("价格", "money"),
    ("金额", "money"),
    ("轮次", "round"),
    ("幅度", "share"),
    ("时长", "span"),
    ("人数", "people"),
)
_NUM = (
    r"(?<![0-9０-９.])(?:[0-9０-９]+(?:\.[0-9]+)?(?:万|千|百)?|[一二三四五六七八九十百千万两几数]+)"
)
_RANGE_HEAD = "(?:" + _NUM + "[-－~～至到])?"  # 15-, 3至: the low end of a range
# a sum of money: 约5万元, 3至5万元, 200多万美元
_SUM = (
    r"(?:近|约|超|逾|超过)?"
    + _RANGE_HEAD
    + _NUM
    + r"(?:多|余)?(?:万|亿|千万|百万)*"
    r"(?:元|美元|港元|港币|欧元|英镑|日元|韩元|人民币|美金)"
)
_QUANTITY = {
    "age": re.compile(_NUM + r"(?:多|余)?(?:周)?岁"),
    "magnitude": re.compile(r"[0-9０-９]+(?:\.[0-9]+)?级"),
    "depth": re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?:公里|千米|km)"),
    "money": re.compile(  # (15-20元, 3至5万元, 5万元至10万元(不等): a range is one sum, as
        # news._AMOUNT reads it after the trigger - the same text, so one argument; not the 不等
        # of a noun after it, 15-20元不等的单价: the sum is 15-20元)
        r"(?:人民币|港币|美元)?" + _SUM + r"(?:[至到~～]" + _SUM + ")?(?:(?<=元)不等(?!的))?"
    ),
    "round": re.compile(r"(?:天使|种子|Pre-?[A-F]|[A-F][0-9]?\+?|战略|新一)轮"),
    "share": re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?:%|％|个基点|个百分点|成)"),
    "span": re.compile(_NUM + r"(?:个)?(?:场|月|年|天|周|赛季)"),
    "people": re.compile(_NUM + r"(?:多|余)?(?:个人|人|名)"),
}
# a toll written compactly, 2死3伤, 两死一伤: the count of the dead right before 死 (closed by a
# count of the hurt or the missing, or by the phrase's end: not 一死了之, 九死一生), the count of
# the hurt right after that 死 - a count with no word of people, read only for 死亡人数, 受伤人数
_COMPACT_TOLL = re.compile(
    _NUM + r"(?=死(?:[0-9一二三四五六七八九十百千万两几数]+人?[重轻]?[伤失]|[^\u4e00-\u9fff]|$))"
    r"|(?<=死)" + _NUM + r"(?=人?[重轻]?伤)"
)
_PEOPLE_OR_TOLL = re.compile(_QUANTITY["people"].pattern + "|" + _COMPACT_TOLL.pattern)
# a sum of money that ends its clause (卖出3亿元，)
_SUM_ONLY = re.compile("了?" + _QUANTITY["money"].pattern + r"(?=[，,。；;！!？?]|$)")
_QUANTITY_ROLE = re.compile("|".join(suffix for suffix, _ in _QUANTITY_KINDS) + "$")
_AGE_REACH = 6
_AT_DEATH = re.compile(r"享年|终年|年仅|年方")
# 提出的, 拟议的: a sum proposed before (anchored); not after 以, 按: 以原定的5亿元价格出售 - the
# act at that sum
_PROPOSED_SUM = re.compile(words_not_after(cue_words("proposed_sum"), "以按照") + "$")
_NOT_A_PRICE = re.compile(r"营业额|营收|收入|市值|估值|资产|成本|捐赠|捐款|利润|额高达|额达")
# what stands between a count and the word that says they died or were hurt: the kind of
# people counted (3名乘客, ending in a word of people), all-words and adverbs (均, 全部, 当场), a
# verb of suffering and how much (都受了轻伤)
_COUNTED_KIND = (
    r"(?:人|名)?(?:(?:(?![0-9一二三四五六七八九十百千两几多余死亡伤受])[\u4e00-\u9fff]){0,3}["
    + "".join(cue_words("counted_kind_ends"))
    + "])?"
)
_COUNT_ADVERBS = "(?:" + "|".join(cue_words("count_adverbs")) + ")*"
# 受伤, 当场死亡, 不幸身亡: a casualty word (news_cues casualty_words), past the adverbs of a count
_CASUALTY = re.compile(_COUNT_ADVERBS + "(?:" + cue("casualty_words").pattern + ")")
_SCENE = r"(?:在[^，。；！？在]{1,10}?中)?"  # 在事故中, 在这场火灾中: where it befell them
_COUNT_AFTER_REACH = 16
_DEAD_AFTER = re.compile(
    _COUNTED_KIND + _COUNT_ADVERBS + r"(?:死亡|遇难|身亡|丧生|罹难|殒命|不幸|死)"
)
_HURT_AFTER = re.compile(
    _COUNTED_KIND
    + _COUNT_ADVERBS
    + r"(?:受到|遭受|受)?(?:了)?(?:不同程度(?:的)?)?(?:轻重|轻微|轻|重)?(?:受伤|伤|死伤)"
)
# what may open the next clause before the one a legal act closing its clause acts on: nothing,
# or a party's noun (被告人郭某, 犯罪嫌疑人李某)
_PARTY_NOUN_LEAD = re.compile(r"(?:被告人|被告|犯罪嫌疑人|嫌疑人|嫌犯|被申请人)?")
# what may close the clause of a legal act's verb before what it tells (指控称，, 指控事实：)
_SAYING_TAIL = re.compile(r"(?:称|说|道|事实|如下|内容)?")
_NOMINAL_TRIGGER = re.compile(r"(?:[项宗起条个些的]|面临|遭到|受到|接受)$")  # the act as a noun
_TITLE = re.compile(r"《[^《》，。]{1,30}》")
_JOB_AT = re.compile(r"(?:了|掉)?([^，。；、的了在]{2,10})的(?:" + cue("job_nouns").pattern + ")")
# a verb with no object after it in its clause: nothing, a particle, or a time it opens
_NO_OBJECT_AFTER = re.compile(r"(?:了|啦|过)?(?:$|" + cue("no_object_time").pattern + ")")
_BARE_BODIES = frozenset({"公司", "该公司", "本公司", "集团", "单位", "原单位", "球队", "俱乐部"})
_FROM_ORG = re.compile(
    r"(?:从|自)([^，。；、的了被将把对向在于从自]{2,12}?)(?:主动|正式|已经|已)?$"
)
_FROM_NOT_SOURCE = cue("from_not_source")  # 自愿, 从未: the 自 or 从 opens another word
# 从即日起, 自今年起就: a time, no body
_FROM_TIME = re.compile(r"(?:起|以来|开始|之后|以后)(?:便|就|即|又|也|再)?$")
_TOPIC_REACH = 15  # characters into a clause its subject may stand (前任市议员、某连锁超市创办人X)
_AUTHORITY = frozenset({"GOV", "JUD", "COP", "MIL"})
_ANNOUNCE = cue("announce")
# 表示: a word of announcing that only tells what one says (not 宣布, 下令, 发表声明称: decisions)
_ANNOUNCE_SAYS = cue("announce_sayings")
_CASE_END = cue("case_end")
_SPEECH_END = cue("speech_end")
# 表示, 透露 (not 称 of 名称, 说 of 小说): a verb of saying anywhere in a phrase
_SAID = re.compile("|".join(w for w in cue_words("speech_end") if len(w) > 1))
_SUSPENDED = re.compile(r"缓刑|缓期执行(?!.{0,4}死刑)")
_PART_OF_GROUP = cue("part_of_group")  # 其中两人获缓刑: a part of those sentenced
_NEXT_VERDICT = re.compile(r"判(?!处?缓|决)")  # (判处, 获判, 被判: the next verdict; not 判缓刑)


_TERM_TOLD = re.compile(r"[0-9一二三四五六七八九十两]+(?:年|个月)")


def _term_unsuspended(vt: str, t1: int, s: int) -> bool:
    """Does the verdict whose trigger ends at ``t1`` tell, before the suspension at ``s``, a
    term of its own clause ahead of the one suspended - the terms of several people, the
    suspension that of the last (判处甲入狱8个月，乙入狱8个月，缓刑1年: 甲 goes to prison; not
    判处有期徒刑三年六个月，缓刑四年: one term, nor 判处甲…，决定执行…，缓刑…: the same one's)?"""
    terms = [t.start() for t in _TERM_TOLD.finditer(vt, t1, s)]
    if len(terms) < 2:
        return False
    cut = max((c.start() for c in _CLAUSE_CUT.finditer(vt, t1, terms[-1])), default=t1)
    # (判处甲…，决定执行…，缓刑…: the term the same one serves, no one else's)
    return terms[0] < cut and not _TERM_COMBINED.match(vt, cut + 1)


_TERM_COMBINED = cue("term_combined")


def _cue_told(
    vt: str, cues: Sequence[str], a: int, b: int, m: NewsMatch, actors: Sequence[Actor]
) -> bool:
    """Does a cue word of the trigger ``m`` stand in its sentence ``vt[a:b]``, outside the
    trigger and outside the names of the people the sentence names (翻车 holds 车 itself; 比 of
    a name 某比 is no score's)?"""
    if not any(vt.find(w, a, m.start) >= 0 or vt.find(w, m.end, b) >= 0 for w in cues):
        return False
    names = [(x.start, x.end) for x in actors if x.kind == "PER" and a <= x.start < b]
    if not names:
        return True
    for w in cues:
        for lo, hi in ((a, m.start), (m.end, b)):
            i = vt.find(w, lo, hi)
            while i >= 0:
                if not any(s <= i and i + len(w) <= e for s, e in names):
                    return True
                i = vt.find(w, i + 1, hi)
    return False


def _verdict_end(vt: str, t1: int, b: int) -> int:
    """Where the verdict whose trigger ends at ``t1`` ends: at the next verdict word of its
    sentence (which ends at ``b``) when a term is told before it (判处甲五年，判处乙…; not
    判决…，判处乙…缓刑: one verdict), or at ``b``."""
    n = _NEXT_VERDICT.search(vt, t1, b)
    return n.start() if n is not None and _TERM_TOLD.search(vt, t1, n.start()) else b


_PENALTY_TALK = cue("penalty_talk")
_PRISON_TOLD = cue("prison_told")  # 入狱, 有期徒刑, 判监: prison named, not only a sentence
_NOMINAL_AFTER = cue("nominal_after")
_UNDONE = re.compile(cue("undone").pattern + r"(?:[^，。；]{0,30}的|[^，。；]{0,2})$")
_CONTESTED = cue("contested_words")  # (不服: of the undone words, the one an appeal follows)
_NP_BAD_WORDS = cue("np_bad_words")
_UNDONE_ANY = re.compile(cue("undone").pattern + "|暂不|不准执行|暂缓|有望")
_NP_BAD_LEAD = cue("np_bad_first")
_LEGAL_ACT = "司法行为"
_TRADE = "财经/交易-出售/收购"
_SUIT = "司法行为-起诉"
_GAP_CLAUSE = re.compile(r"(?:表示|认为|称|说|过后|之后|以后)")
_GAP_MATTER = cue("gap_matter_marks")  # 批准…就某人获批保释一事的上诉: the bail is a matter


def _matter_in_gap(vt: str, t: int, t_end: int) -> bool:
    """The gapped trigger ``vt[t:t_end]`` (批准…保释) holds a mark of a matter
    (``gap_matter_marks``: 就, a word of its own - not the 就 of 就读, 就医) after its first
    character, and its tail goes on into the noun the matter is about (就某人保释一事提出的上诉),
    not closing its clause: the tail is that matter, not the object of its head (审理王某就此上诉
    一案。 is a hearing)."""
    k = _GAP_MATTER.search(vt, t + 1, t_end)
    if k is None or t_end >= len(vt) or vt[t_end] in _GAP_TAIL_CLOSED:
        return False
    return any(
        s == k.start() and not tag.startswith(("v", "n")) for s, _, tag in _word_spans(vt, t, t_end)
    )


_GAP_TAIL_CLOSED = frozenset("，,。；;：:！？!?）)”\n")


_WILL = re.compile(
    r"(?:我|我们|本人|自己|他|她|他们|她们|还|也|仍|并|一定|肯定|将来|以后)会(?:依法|立即|尽快|坚决|再次)?$"
)
_NEGATED_MARKED = re.compile(
    r"(?:未|没有|没|并未|尚未|不予?|不会|不再|不能|不愿意?|不肯|不打算)"
    r"(?:对|向|将|把|就|给|通知|同意|批准|决定)[^，。；]{1,12}$"
    r"|(?:并非|并不是)(?:将(?![来近军领士帅])|把)(?:(?!首次|第一次|唯一)[^，。；]){1,12}$"
)  # (不要求警方立案调查, 不会将某业务出售给…: the negation stands before the verb that governs
# the act, or a modal verb before the object marker; 并非将某业务卖给…: the act denied - not
# 并非对该公司首次罚款, 并非将业务首次卖给…: what is denied is that it is the first; nor 将 of
# 将来, 将近, 将军: 并非将来才出售 denies the time, not the sale)
# 并未收到对方的道歉, 没有得到任何赔偿或道歉, 未被警方以…刑事拘留: nothing received (news_cues
# received: 被, 收到, 得到…), the act the receiving heads not done (not 没等到女儿归来就病故: a
# time the act came before, 就 between)
_NOT_RECEIVED = re.compile(
    r"(?:没有|没|未曾|未|不曾)(?:" + cue("received").pattern + r")[^，。；就才便]{1,16}$"
)
# 会就三宗被驳回的索赔上诉, 要对涉事商家起诉: an intention, its object between
_WILL_ABOUT = re.compile(  # (the lookbehind read past 会, 要: words_not_after)
    words_not_after(["会", "要"], "机社") + r"(?:就|对|向|针对)[^，。；]{1,14}$"
)
_ARTICLE_AFTER = re.compile(r"的?《[^》]{1,40}》(?:一文|文章|报道)")
_TOPIC_FRAME = re.compile(r"(?:对于|关于|针对|就)")
_CROWD = re.compile(r"(?:群众|网友|市民|民众|公众|粉丝|观众|大众|居民|村民|路人|围观者)$")
_TIME_FROM = re.compile(
    r"[0-9一二三四五六七八九十两几多半]+(?:个)?(?:天|日|周|星期|个月|月|年|小时)(?:后|前|之后|之前|以后|以前)"
)
_WILL_MARKS = ("要", "将", "会")  # (the last character of a _THREAT_OF match: its gate)
_THREAT_OF = re.compile(  # (扬言说要, 声言“要…”: the words quoted; 放话： ends a clause)
    r"(?:称|扬言|威胁|声言|声称|恐吓|放话)说?[“\"「]?(?:" + "|".join(_WILL_MARKS) + ")$"
)
# harm threatened (扬言要炸毁, 称要杀了他): the crime of threatening, no attack, blast or death
# to come
_HARMS = _ACCIDENTS | {"灾害/意外-袭击", "人生-死亡"}
_SALES = re.compile(r"(?:销量|销售量|销售额|销售数据)")
# 因某店出售事故车，…: goods sold to a customer (news_cues retail_things closing the phrase right
# after the trigger) in a clause a reason word opens - the background of the sentence's act, no
# deal over a company, its shares or its assets
_RETAIL = re.compile(
    r"[^，。；、]{0,8}?(?:" + cue("retail_things").pattern + r")(?=[，。；！？、等给]|$)"
)
_NOT_PRODUCT = cue("not_product")
# the phrase after the trigger ends its clause with one (推出某检测计划（简称…）, 发布与某公司有关
# 的言论) or with public relief (not_product_relief: 推出防疫纾困基金, 推出购车补贴 - only as the
# head noun: 发布一款补贴版手机 launches a phone): the head noun of what is launched, however long
# the phrase before it
_NOT_PRODUCT_HEAD = re.compile(
    r"(?:\S| (?=[A-Za-z0-9]))*?(?:"
    + _NOT_PRODUCT.pattern
    + "|"
    + cue("not_product_relief").pattern
    + r")等?(?:[（(][^（）()]{0,20}[）)])?[”」』\"]?[。！？]?$"
)
# 推出替罪羊, 推出一名候选人: a person put forward right after the trigger, no product launched
_NOT_PRODUCT_PEOPLE = re.compile(
    r"(?:了|出)?(?:[一两几][个名位])?(?:" + cue("not_product_people").pattern + ")"
)
# a clip, footage, an interview ending the phrase right before 播出 or the one after it in its
# clause (一段采访片段播出, 播出一段现场视频): no film or series is released
_NOT_FILM_BEFORE = re.compile(cue("not_film").pattern + "被?$")
_NOT_FILM_HEAD = re.compile(cue("not_film").pattern + "[。！？]?$")
_EVENT_NOUN = cue("event_nouns")
_MODIFIED_NOUN = cue("modified_nouns")
# 肇事白色轿车, 肇事男司机: a word (news_cues attributive_words) describing the car or the person
# up to three characters on (a colour, a sex; not over a verb: 肇事致一名男子受伤, 肇事后)
_ATTRIBUTIVE = re.compile(
    "(?:" + cue("attributive_words").pattern
    + r")的?[^\W\d致造导撞后前时中与和被将把在于从向]{0,3}?"
    + "(?:" + cue("attributive_heads").pattern + ")"
)
_ATTRIBUTIVE_WORDS = frozenset(cue_words("attributive_words"))
# 罪名成立, 予以支持, 本院认为: a court rules on the charge the sentence cites
_CHARGE_RULED = cue("charge_ruled")
# 否认, 驳斥… / 罪, 所有, 这些… / 毫无根据, 子虚乌有…: a denial of 指控 named as a noun (的, a
# determiner or a denial word right before it), or a rebuttal right after it (a fabrication
# word right before it, 的 or not: _CHARGE_FABRICATED, read first)
_CHARGE_DENIAL = cue("charge_denials")
_CHARGE_NOUN_BEFORE = re.compile(
    "(?:的|" + cue("charge_noun_marks").pattern + "|" + _CHARGE_DENIAL.pattern + ")$"
)
_CHARGE_FABRICATED = re.compile("(?:" + cue("fabricated").pattern + ")的?$")
_CHARGE_REBUTTED = re.compile(
    r"[^，,。；;！？]{0,4}?(?:" + cue("charge_rebutted").pattern + "|"
    + cue("rumour_after").pattern + ")"
)
_CHARGE_NOUN_REACH = 4  # characters back the noun's mark may end (所有指控, 这些指控)
_CHARGE_MADE = re.compile("(?:提出|提起)(?!的)")  # 提出了多项指控, not 提出的所有指控: made here
_CHARGE_BY_REACH = 12  # characters back 以 of 以…罪指控 may stand (以涉嫌走私普通货物罪指控)


def _charge_denied(vt: str, c0: int, t0: int, t1: int, c1: int) -> bool:
    """Is the charge 指控 at ``vt[t0:t1]`` (in the clause ``vt[c0:c1]``) a noun its clause
    rebuts - 捏造(的)指控, or a noun (``_CHARGE_NOUN_BEFORE`` right before it) after a
    ``charge_denials`` word in the clause (否认了检方对他的所有指控) or right before a rebuttal
    (这些指控毫无根据, 指控纯属捏造)?  The denial is told; no charge is made by it.  (The verb,
    检方指控某人受贿，某人否认, and 提出指控 are no noun: kept.)"""
    if vt[t0:t1] != "指控":
        return False
    if _CHARGE_FABRICATED.search(vt, max(c0, t0 - _CHARGE_NOUN_REACH), t0):
        return True
    noun = _CHARGE_NOUN_BEFORE.search(vt, max(c0, t0 - _CHARGE_NOUN_REACH), t0)
    if noun is None or (noun.group() == "罪" and "以" in vt[max(c0, t0 - _CHARGE_BY_REACH) : t0]):
        return False  # (以诈骗罪指控他: the crime the verb charges with, no noun)
    denial = _CHARGE_DENIAL.search(vt, c0, t0)
    if denial is not None and _CHARGE_MADE.search(vt, denial.end(), t0) is None:
        return True  # (否定辩方意见后对他提出了多项指控: the charge made after a denial of another)
    return _CHARGE_REBUTTED.match(vt, t1, c1) is not None


# 过去一年, 今年以来… / 总额, 合计… / 总, 共: a total over a span of time (过去一年…总融资额近300亿
# 美元, 过去一年，警方共拘捕了300多人)
_PERIOD = cue("period_spans")
_TOTAL_AFTER = cue("total_after")
_TOTAL_AFTER_OPENS = frozenset(w[0] for w in cue_words("total_after"))  # (read before the match)
_TOTAL_BEFORE = frozenset(cue_words("total_before"))  # (one character each: 总, 共)
# 今年上半年公司共裁员500人: a company's layoffs over a span are the one cut a reader lists (the
# sum of a country's or a trade's: aggregate, 全国)
_LAYOFF = "组织关系-裁员"
_TOTAL_LOOKALIKES = frozenset(cue_words("total_lookalikes"))  # 老总, 公共: a word, no total


def _period_total(vt: str, s0: int, t0: int, t1: int) -> bool:
    """Is the trigger at ``vt[t0:t1]`` a total (``total_before`` right before it or opening
    it, ``total_after`` right after it: 总融资额, 共拘捕, 融资总额) over a span of time its
    sentence (from ``s0``) names before it (``period_spans``: 过去一年, 今年以来，…)?  A sum of
    many acts is a statistic, no one act (今年以来完成了5亿元B轮融资, 共拘捕7人 with no span:
    one act, kept)."""
    total = (
        (
            t0 > s0
            and vt[t0 - 1] in _TOTAL_BEFORE
            and vt[max(s0, t0 - 2) : t0] not in _TOTAL_LOOKALIKES
        )
        or vt[t0] in _TOTAL_BEFORE
        or (vt[t1 : t1 + 1] in _TOTAL_AFTER_OPENS and _TOTAL_AFTER.match(vt, t1) is not None)
    )  # (cheap, read first: most triggers are no total)
    return total and any(
        not (p.group() == "年内" and vt.startswith("蒙", p.end()))  # 2019年内蒙古: no span
        for p in _PERIOD.finditer(vt, s0, t0)
    )


_RAISE = "财经/交易-融资"
_CHARITY = cue("charity_words")  # 慈善, 善款, 治疗费: money raised for a cause, not capital
_CAPITAL = cue("capital_words")  # 轮融资, 投资, 估值, 股东: a company's capital
_LIKENED = cue("likened")
# 我从没说过下周宣判: a saying denied, the act in what was not said is denied with it
_UNSAID = re.compile(
    r"(?:没有|没|从未|未曾|并未|从来没有?|从没有?)(?:说|讲|提|表示|声称|宣布|透露)过[^，。；]{0,12}$"
)
# 周五同样不开庭, 并不离婚: 不 right before the trigger (not 不得不, 不断, 要不), or 不 and a
# modal verb (始终都不敢起诉, 并不愿意道歉: neither done)
_NOT_RIGHT_BEFORE = re.compile(
    r"(?<![得要])(?:也|都|并|从|绝|还|就)?不(?:敢|愿意?|肯|想|能|打算)?$"
)
# 坠楼事故竟有七起, 车祸共发生3起: a count of events of the kind, after the trigger
_STATISTIC = re.compile(
    r"[^，。；]{0,6}?(?:"
    + cue("statistic_after").pattern
    + r")[0-9一二三四五六七八九十百千几多数余]+余?起"
)
_STATISTIC_HOLDS = required_gate(_STATISTIC)[0]  # (起: what each match holds, tested first)
_OFFICE_AFTER = cue("office_after")  # 上诉庭, 维权中心: right after the trigger
_INTRODUCING = cue("introducing_verbs")
# 出售, 出庭, 提出…: 出 opening or ending another word introduces no accident (因某厂出售事故车)
_OUT_IN_WORD = re.compile(
    r"(?<=[提指演杰付输支外])出|出(?=[售租口台庭席版品面具资任演局处让价货境院手])"
)
_POST_PLATFORM = cue("post_platform")
# 帖子被发布到校园网后, 把照片发布在朋友圈: put somewhere one posts - a post, not a product
_POSTED_TO = re.compile(r"(?:到|至|在)[^，。；！？]{0,8}?(?:" + _POST_PLATFORM.pattern + "|网)")
_OBJECT_REACH = 30  # characters after 发布 its object may run to (发布了…典型案例)
_ANNOUNCED_REACH = 8  # …after 官宣 (官宣这个决定: its object right after it)
_EMPTY_OBJECT = re.compile(r"[了过的]*$")
# 据检察机关指控，…; 派出所根据居民举报，…; 根据某国禁令的执行情况，…: a clause that is the phrase
# of whose account or what basis (据 opening it, or news_cues basis_openers after its subject,
# another clause following: the basis a noun phrase the sentence goes on from), the act - or
# the act and 的 with a head - closing it; no coverb, support verb, adverb nor partner between
# (basis_not_between, marked_adverbs: 根据线索将其抓获, 按照规定予以罚款, 按照计划如期开幕,
# 依照约定与丈夫协议离婚 - the act itself, the clause's predicate)
_NOT_BASIS = re.compile(flat_words([cue_words("basis_not_between"), cue_words("marked_adverbs")]))
_FRAME_OF = re.compile(
    r"(?:^[\s“\"]*据|(?P<basis>" + cue("basis_openers").pattern + r"))"
    r"(?:(?!" + _NOT_BASIS.pattern + r")[^，。；]){0,12}$"
)
# (据, or a basis opener's character: what each match holds - a class, read alike on the
# clause's text cut out)
_FRAME_OF_HOLDS = required_gate(_FRAME_OF)[0]
_FRAME_TAIL = re.compile(r"(?:的[^，。；的]{1,6})?")  # …禁令的执行情况: the act qualifies it
_OFFICES = frozenset({"JUD", "COP"})
_PATIENT_ROLES = frozenset({"target", "入狱者", "罚款对象", "约谈对象", "立案对象", "停职人员"})
_HAS_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十百千万两半几数]")
_HONORIFIC_AFTER = re.compile(r"(?:先生|女士|小姐|某|姓|老师|师傅|大爷|阿姨)")
_TRAVEL = re.compile("(?:" + cue("travel_before").pattern + ")$")  # 前往某国, 身处某国
# 今日到某法院请愿: 到 of going somewhere (not the end of a verb: 收到, 遭到, 提到, 告到)
_MOTION_TO = re.compile("(?<!" + cue("gone_to_not_after").pattern + ")到$")
_TRIP = re.compile(r"(?:旅游|旅行|度假|游玩|之旅)")
# 在伦敦结婚, 婚礼在挪威举行, 在泰国普吉岛度假: the place of a private act (a wedding, a birth,
# a trip) is where it happens, no country of the ones who do it
_PRIVATE_ACT = cue("private_venue_acts")
_AIRCRAFT = re.compile(r"(?:直升机|飞机|客机|航班|战机|运输机|无人机)")
_ROAD = re.compile(r"(?:车|路|司机|驾驶员)")
# 撞向护栏并燃烧, 相撞后起火, 撞上石墩侧翻燃烧, 发生撞击事故后爆炸: the fire or blast the crash
# of the same clause set off is that crash's detail, the crash is the event
_CRASH_THEN = re.compile(
    r"(?:坠毁|坠机|坠落|撞上|撞到|撞向|撞击|相撞|碰撞|翻车|追尾|失事)"
    r"[^，。；！？,;]{0,10}?(?:并|后|随即|随后|并且)?(?:发生)?$"
)
_PUT_OFF = "(?:推迟|延期|延后|暂缓|押后)"
_POSTPONED = re.compile(r"[^，。；]{0,4}" + _PUT_OFF)
# 将某禁令推迟至…: the trigger inside the object of a disposal 将/把 the clause puts off
# (the object put off ends in the trigger or in a noun: 将禁令推迟, 将…(的)禁令推迟 - not
# 将禁赛…擅自推迟归队的球员: a put-off verb inside a relative clause on the future act's object)
_PUT_OFF_OBJECT = re.compile(r"([^，。；：:“”]{0,12}?)" + _PUT_OFF)
_DISPOSAL = re.compile(r"[将把][^，。；：:]{0,6}$")
_POSTPONED_BEFORE = cue("postponed_before")  # 将延期开庭, 推迟审理: the act put off
_ONGOING = cue("ongoing_before")  # 正被还押, 在坐牢: a state going on, not an act
_ONGOING_NEAR = cue("ongoing_near")  # 正在某监狱服刑: the same, a place between
_DEFERRED_TO = cue("deferred_to")  # 押后至11月24日判刑: set for a later day
_STATIVE = frozenset(cue_words("stative_acts"))
# 收购计划: the plan named, not the deal done; 开庭进入最后倒计时: the act counted down to
# 出售两座工厂的商谈: the act under negotiation (news_cues negotiation_nouns), not done
_NEGOTIATION = cue("negotiation_nouns")
_PLAN_NOUN = re.compile(
    "(?:进入[^，。；：]{0,6}?)?(?:"
    + cue("plan_nouns_after").pattern
    + ")|(?:[^，。；：]{0,12}?的)?(?:"
    + _NEGOTIATION.pattern
    + ")"
)
_PLAN_NOUN_HOLDS, _PLAN_NOUN_REACH = required_gate(_PLAN_NOUN)  # (tested first, cheaply)
_NEGOTIATED_END = re.compile("的(?:" + _NEGOTIATION.pattern + ")$")  # 出售两座工厂的商谈
_PLAN_REFUSED = cue("plan_refused")  # 收购计划遭股东拒绝: the plan came to nothing
# 暂缓某子公司出售计划 / 叫停某项收购计划: the plan put off (postponed_before,
# plan_suspended_before) or dropped (undone, plan_dropped_before)
_PLAN_HALTED = re.compile(
    "(?P<off>"
    + "|".join(map(re.escape, cue_words("postponed_before") + cue_words("plan_suspended_before")))
    + ")|"
    + "|".join(map(re.escape, cue_words("undone") + cue_words("plan_dropped_before")))
)
_PLAN_HALT_REACH = 12  # characters from the halting word to the plan's trigger
# 取消分红后公布了收购计划, 叫停新项目时推出…: another object, the plan told by another verb
_PLAN_HALT_BREAK = re.compile(
    "(?:"
    + "|".join(cue(n).pattern for n in ("announce", "time_clause_ends", "at_when_ends"))
    + r"|[并而又])"
)
# 过去4年, 近一年, 未来两周: a span counted from the article's day, no day of a single act
_SPAN_TO_NOW = re.compile(
    "(?:" + cue("span_to_now").pattern + r")\s?(?:[0-9]+|[一二三四五六七八九十两几]+)(?:多|余)?"
)
_OR_ELSE = re.compile(r"(?:否则|不然|要不然|要么)")
# 要求工作人员从工作设备上卸载某应用, 要求各部门在政府设备上停用某软件: an authority's
# demand that an app be taken off the devices it owns is a ban on the app
_OFF_DEVICES = re.compile(
    "(?:" + cue("official_devices").pattern + r")[上中内里]?[^，。；！？]{0,6}?(?:"
    + cue("device_removals").pattern + ")"
)
BAN_CODE = "163"  # the CAMEO code of such a ban (an embargo, boycott or sanction)


def _taken_off(vt: str, start: int, end: int, actors: list[Actor]) -> Actor | None:
    """要求各部门在政府设备上停用某应用: the app taken off the devices, the ban's target (not
    政府 of 政府设备)."""
    off = _OFF_DEVICES.search(vt, start, end)
    if off is None:
        return None
    return next((x for x in actors if off.end() <= x.start < end and not x.place), None)


def takes_off_devices(vt: str, start: int, end: int) -> bool:
    """Does the demand told in ``[start, end)`` take an app off an authority's own devices
    (从工作设备上卸载某应用: a ban on the app, not a request of the staff)?"""
    return _OFF_DEVICES.search(vt, start, end) is not None
# a ban, a refusal or a ruling whose terms a subject-less 要求 clause after it spells out
_ACT_WITH_TERMS = re.compile(r"禁令|禁止|拒绝|驳回|不准|不予|判决|裁定|判处|裁决|裁判")
# the team or squad a player leaves, closing the phrase after 退出 (退出本届某国集训队，…;
# not 退出某某杯, a contest)
_TEAM_LEFT = re.compile(
    r"了?[^，。；：！？、\s]{0,12}?(?:国家队|男篮|女篮|男足|女足|男排|女排|训练营|集训营|俱乐部|"
    r"球队|战队|队)(?=$|[，。、；：！？\s,.!?的之后时并而且和与])"
)
_CONTEST_WORD = re.compile(r"赛|杯|锦标|奥运")
# (批评…判决不公，要求检方抗诉: a ruling spoken of, its critic's demand its own)
_SPOKEN_OF = re.compile(r"批评|认为|质疑|谴责|抨击|不满|反对|指责")
# the types of what befell a person (died, went missing): the ones counted (3人死亡), or told
# of the person (doubt: 死亡的某某)
_COUNTED = frozenset({"人生-死亡", "人生-失联"})
_INSTANCE = cue("instance_words")  # 二审改判…: a ruling of another instance, another act
# 塌方致2人遇难, 约30名矿工受伤, 船上5人均已获救: the ones counted, then what befell them
# the words before a count that make it approximate (至少13人, 约30名), and a count's numerals
_APPROX = ("至少", "超过", "近", "约")
_ABOUT_COUNT = "(?:" + "|".join(_APPROX) + ")?"
_NUMERALS = "0-9一二三四五六七八九十百千万两几数"
# (导致4人中毒身亡, 致2名工人窒息死亡: the ones counted, then how they died - news_cues
# ways_of_dying - then the trigger; 已有5人在火灾中遇难, 一家三口在车祸中丧生: the scene they
# died in, 在…中, may stand between; 一家三口: a family counted)
_FAMILY = "一家[两二三四五六七八九十几2-9]口"  # 一家三口, 一家5口: a family counted
_FAMILY_COUNT = re.compile(_FAMILY)
_PEOPLE_COUNT = re.compile(
    "(?:" + _ABOUT_COUNT + "[" + _NUMERALS + "]+[多余]?"
    r"(?:(?:名|位|个)?人|(?:名|位)[\u4e00-\u9fff]{1,4}?)|" + _FAMILY + ")"
    r"(?=" + _COUNT_ADVERBS + _SCENE + _COUNT_ADVERBS
    + r"(?:因[^，。；]{0,10}|" + cue("ways_of_dying").pattern + ")?$)"
)
# 4死3伤, 两死一伤: the count of the dead written in the trigger
_COUNT_IN_TRIGGER = re.compile("[" + _NUMERALS + "]+(?=死)")
# what closes such a count: a count of the hurt or the missing, or the phrase's end (15死，) -
# not a word going on, 一死了之: no count
_COUNT_IN_TRIGGER_CLOSES = re.compile(
    "[" + _NUMERALS + r"多]+人?[重轻]?[伤失]|[^\u4e00-\u9fff]|$"
)
_MODIFIER_GAP = re.compile(
    r"^(?:的|之|遗孀|妻子|丈夫|老公|老婆|女儿|儿子|父亲|母亲|前妻|前夫|女友|男友|未婚妻|未婚夫|经纪人|律师|家属|家人|亲属|旗下|方面的?)$"
)
_STACKED_TITLE_PREFIXES = frozenset(cue_words("stacked_title_prefixes"))
_STACKED_TITLE_GAPS = _STACKED_TITLE_PREFIXES | {""}  # (法官总裁判官, 法官裁判官: no gap at all)
_PERSON_TITLE = cue("person_title")  # 创办人, 巨星, 总裁…: a title right before a name
_TITLE_GAP = 12
_TITLE_WORDS = tuple(cue_words("person_title"))
_TITLE_SET = frozenset(_TITLE_WORDS)
_TITLES_BY_FIRST: dict[str, tuple[str, ...]] = {
    c: tuple(t for t in _TITLE_WORDS if t[0] == c) for c in {t[0] for t in _TITLE_WORDS}
}
_OBJECT_MARK = tuple(cue_words("object_marks"))  # 对, 将, 把, 向, 朝着…
_ALONG_MARK = ("携", "偕")  # 某甲携妻子现身…: the one brought along does it with the subject
_WITH_MARK = ("与", "和", "跟", "同", *_ALONG_MARK)
# the roles a relative brought along shares with the subject (携妻子出席婚礼: a guest too) - not
# one acted on or a side of a talk (携儿子投案, 携夫人访问某国: the one brought only goes with)
_BROUGHT_ROLES = frozenset(cue_words("brought_along_roles"))
_VENUE_MARK = ("在", "于", "到", "从", "赴")
_VENUE_BEFORE = (*_VENUE_MARK, "自")  # (来自甲州和乙州: where from)
_BAN = "SANCTION"  # a ban: done by the authority of the place it is done in (在印度被封禁)
# 在某行裁员的计划中, 在某队退出之后: a 在 opening a frame the clause closes holds its own subject
# (news_cues time_clause_ends, at_when_ends, nominal_frame: 后, 时, 之际, 的当天, 中…)
_FRAME_CLOSE = re.compile(
    "(?:"
    + "|".join(cue(n).pattern for n in ("time_clause_ends", "at_when_ends", "nominal_frame"))
    + ")$"
)
_ROLE_SOURCE = {"source", "target"}
_REPORTED_TO = frozenset({"司法行为-举报"})  # 向X报案: X hears the report
_TITLE_ROLES = frozenset({"奖项", "夺冠赛事"})  # what a league's name may open (NBA最佳新秀奖)
# the giver's role of an award and the prize's: a subject ending in a prize noun (news_cues
# prize_ends) before a verb of giving is the prize given, not its giver
_GIVER_PRIZE = {"颁奖机构": "奖项"}
_PRIZE_END = cue("prize_ends")
# 中学生|最佳球员奖: the rest of a prize's name after a noun of people inside it, up to its end
# (prize_ends is an anchored list: its words, unanchored here)
_PRIZE_NAME_GOES_ON = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:" + "|".join(map(re.escape, cue_words("prize_ends"))) + ")"
)
_GLUED_MARK = frozenset("将把")
_QUOTE_CLOSE = re.compile('[”」』"]')
_NICKNAME_MAX = 6  # characters after a place in a quoted nickname (“南京胖哥”)
_NICKNAME_END = cue("nickname_ends")
# roles only a court (or the police) fills, named where it sits when no subject is one
# (a case is opened by a court, the police, or a body that investigates: 纪委监委, 监管局)
_SEATED_ROLES = {"开庭法院": ("JUD",), "立案机构": ("JUD", "COP", "GOV")}
# a seated role only the court itself fills: not the prosecutor who brings the case (由某检察院
# 提起公诉的…案在某法院开庭), not one who sits in it (审判长宣布开庭: the court tries)
_BENCH_ROLES = frozenset({"开庭法院"})
_COURT_MEMBER = cue("court_members")  # 审判长, 法官, 陪审团…
# the seated role of a type whose trigger may take the one tried as its subject (受审)
_TRIED_AT = {"司法行为-开庭": "开庭法院"}
# a clause that is only a time and a place adjunct (今天上午9时在某区法院，)
_SEAT_CLAUSE = re.compile(r"[^，,。；;、在于]{0,14}[在于][^，,。；;、]{2,24}[，,]\s*")
_SEAT_END = re.compile(r"[，,]\s*")  # (the court closes that adjunct clause)
_ANAPHORA_SENTENCES = 2  # sentences before a pronoun's own its antecedent may stand in
_CARRIED_MARK = ("对", "将", "把")  # an object these mark carries to a chained clause
_WON_AFTER = cue("won_after")  # 判决X胜诉: X wins; the ruling goes against the other party
_LOST_AFTER = cue("lost_after")  # 判决X败诉: the ruling goes against X
# right after a trigger, a quoted or titled name (发布了“某某一号”, 推出《某某》): its object
_QUOTED_OBJECT = re.compile(r"(?:了|出|过)?[“「《\"]([^“”「」《》\"，。；]{1,24})[”」》\"]")
# the same name after a phrase qualifying it (停播了原定周末播出的《某节目》): the name, not the
# phrase (not 所谓的“…”: a term the writer disputes, no name)
_QUOTED_AFTER_DE = re.compile(
    r"(?:了|出|过)?[^“”「」《》\"，。；：、]{1,16}(?<!所谓)的[“「《\"]([^“”「」《》\"，。；]{1,24})[”」》\"]"
)


@dataclass(slots=True)
class _Clause:
    start: int
    end: int


def _clause_of(clauses: list[_Clause], at: int) -> int | None:
    """The index of the clause of ``clauses`` holding the character at ``at``, if one does (the
    first one: a plain loop, as the generator it stands for tried them in order)."""
    for i, c in enumerate(clauses):
        if c.start <= at < c.end:
            return i
    return None


class NewsCoder:
    def __init__(
        self,
        lexicon: NewsLexicon | None = None,
        kb: KnowledgeBase | None = None,
        codebook: Codebook | None = None,
    ) -> None:
        self.lex = lexicon if lexicon is not None else load_news_lexicon()
        self.kb = kb
        self.cb = codebook
        self._misdated_page = False  # the page being coded tells a day it cannot be of
        self._criminal_doc: bool | None = None  # it tells a criminal case, no civil one
        self._this_year_doc: bool | None = None  # it says 今年 or 本年 (_tells_this_year)
        self._doc_home: str | None = None  # where its people named in full are (_article_home)

    def _criminal_article(self, vt: str) -> bool:
        """Does the article being coded tell a criminal case (a crime or a criminal procedure
        named) and no civil one (纠纷, 名誉权, 民事…, or a suit claiming money back)?"""
        if self._criminal_doc is None:
            self._criminal_doc = (
                bool(_CRIMINAL.search(vt))
                and not _CIVIL_CASE.search(vt)
                and not _CIVIL_CLAIM.search(vt)
            )
        return self._criminal_doc

    def _tells_this_year(self, vt: str) -> bool:
        """Does the article being coded say 今年 or 本年 anywhere (``vt``, its text: read once
        for all its candidates)?"""
        if self._this_year_doc is None:
            self._this_year_doc = _THIS_YEAR_IN.search(vt) is not None
        return self._this_year_doc

    # ---- the document -------------------------------------------------------------------------
    def is_remand(self, e: Event, trigger: str | None = None) -> bool:
        """Is ``e`` told by a ``roles_only`` word (还押; 收押 by a court), its ``trigger`` (by
        default its own): read with its DuEE type's roles and doubts, typed by PLOVER alone in
        the end (:meth:`untype`)?"""
        word = e.trigger if trigger is None else trigger
        news_type, by = self.lex.roles_only_of(word)
        return news_type is not None and news_type == e.news_type and (not by or _done_by(e, by))

    def untype(self, events: list[Event], view: AnalysisView) -> None:
        """Events read with the DuEE type of a ``roles_only`` word (还押: its roles and doubts
        those of an arrest) keep their PLOVER type only, once every doubt is read: custody
        pending trial is no arrest (拘捕) and no prison (入狱) - the news-dev conventions.  One
        with no PLOVER type (no country, no court: 还押候审的被告可申请保释) is no event."""
        gone: set[int] = set()
        for e in events:
            if e.news_type is None:
                continue
            t0, t1 = view.to_view(e.trigger_start), view.to_view(e.trigger_end)
            if self.is_remand(e, view.text[t0:t1]):
                e.news_type, e.arguments = None, []
                if e.type is None:
                    gone.add(id(e))
        if gone:
            events[:] = [e for e in events if id(e) not in gone]

    def code(self, doc: Document, view: AnalysisView, existing: list[Event]) -> list[Event]:
        """The document's events: ``existing`` (the diplomatic coder's), some of them given a
        news type, and the news events no existing event states."""
        existing = [
            e for e in existing
            if (not e.type or any(a.country for a in e.actors)) and not _ordered_event(e)
        ]  # fmt: skip
        for e in existing:
            if e.type == "REQUEST" and _ultimatum(e):
                e.type, e.cameo = "THREATEN", "130"  # 要求…，否则…: an ultimatum
            elif e.type == "PROTEST":
                e.actors = [_protested_to(x, view.text, e.mentions) for x in e.actors]
        vt = view.text
        self._misdated_page = False  # (set by _code_match: 今年 + a day after the page, done)
        self._criminal_doc = None  # (read when needed: _criminal_article)
        self._this_year_doc = None  # (read when needed: _tells_this_year)
        sentences = sorted(doc.spans_of("sentence"), key=lambda s: s.start)
        if not sentences:
            return existing
        ents = sorted(doc.spans_of("entity"), key=lambda s: s.start)
        times = sorted(doc.spans_of("time"), key=lambda s: s.start)
        tv = view.to_view
        ent_view = [(tv(s.start), tv(s.end), s) for s in ents]
        ent_view = [(x, y, s) for x, y, s in ent_view if not _verb_read_as_name(vt[x:y], s)]
        ent_view = [(x, _name_end(vt, x, y, s), s) for x, y, s in ent_view]  # 黄伟|强3人
        names = _document_names(vt, ent_view)
        ent_view = _names_read_elsewhere(vt, ent_view, names)  # 黄伟|强 read whole elsewhere
        mentions = _mention_counter(vt)  # how often the article writes a string (its names)
        _whole_names(vt, names)  # 张亚 read once, 张亚周 written every time: 张亚周
        # 朱军弦子: two people's names the recogniser read as one; each is named on its own too
        joined = _two_names(vt, names, mentions)
        # 某市某区人民法院（以下简称某区法院）: the body named in full, then by its short form
        shortened = [
            (ab, self._abbreviated(ab, ent_view))
            for ab in abbreviations(vt, [(x, y) for x, y, _ in ent_view])
        ]
        if joined:
            ent_view = [
                (x, y, s) for x, y, s in ent_view if s.label != "PER" or vt[x:y] not in joined
            ]
            for whole, parts in joined.items():
                del names[whole]
                for part in parts:
                    names.setdefault(part, "PER")
        # 韩先生, 法女士: a one-character country form before an honorific is a surname; so is
        # one opening a name the article names elsewhere (向韩潮索赔, 韩潮此前…: not Korea)
        surnames = {x for x, y, s in ent_view if y - x == 1 and _opens_a_name(vt, x, s, names)}
        for i, j, s in ent_view:
            if j - i == 1 and i not in surnames and _repeated_surname(vt, i, s, mentions):
                surnames.add(i)
                names.setdefault(vt[i : i + 2], "PER")  # (found again where it is written)
        ent_view = [
            (x, y, s)
            for x, y, s in ent_view
            if y - x > 1 or not (_HONORIFIC_AFTER.match(vt, y) or x in surnames)
        ]
        # 陈军委托律师: 军委 cuts across the name 陈军 the article names; no actor
        cut = _cutting_names(vt, ent_view, names)
        if cut:
            ent_view = [e for e in ent_view if e[0] not in cut]
        if surnames or cut:  # 韩潮…谴责特斯拉 coded with Korea as its source
            existing = [
                e
                for e in existing
                if not any(
                    x.start is not None
                    and (
                        (x.end == x.start + 1 and tv(x.start) in surnames)
                        or cut.get(tv(x.start)) == (tv(x.end) if x.end is not None else None)
                    )
                    for x in e.actors
                )
            ]
        holders = _surname_holders(vt, ent_view, names)  # (黎 of 黎智英, for 批准黎…)
        ent_view = _without_surname_runs(vt, ent_view, holders, names)
        ent_starts = [e[0] for e in ent_view]
        time_refs = [
            TimeRef(
                x, y, t.label, t.attrs.get("value"), t.attrs.get("precision"),
                bool(t.attrs.get("approx")), t.attrs.get("direction"), vt[x:y],
            )
            for t in times
            for x, y in ((tv(t.start), tv(t.end)),)  # (each mapped once)
            if not _STAMP.match(vt, y) and not _CASE_DATED.search(vt, max(0, x - 3), x)
        ]  # fmt: skip (2023-05-29 13:15发布于某地: a post's stamp, no act's time; 某某诉某公司
        # 一案（2024年3月）: the case's own date, not the act told of it)
        taken = bytearray(len(vt))
        for a, b, _ in ent_view:
            taken[a:b] = b"\x01" * (b - a)
        out = list(existing)
        places = [sp for _, y, sp in ent_view if not _NAME_AFTER_PLACE.match(vt, y)]
        doc_country = _document_country(places)  # (not 韩 of 韩潮, nor 巴西 of 巴西世界杯)
        doc_home = doc_country or _article_home(places, vt)
        self._doc_home = doc_home
        told: dict[int, list[Actor]] = {}  # each sentence's participants, for its pronouns
        # the KB companies of another country than the article's (特斯拉 in a story of China)
        firms_abroad = _firms_abroad(ent_view, doc_home)
        at_home: dict[int, bool] = {}  # does each sentence name nothing of another country
        # a person's country, where the article describes them (or a well-known one's)
        nationals: dict[str, str] = dict(known_nationals())
        _stated_nationals(vt, ent_view, names, nationals)  # (某国华人某某: told anywhere)
        every = self.lex.match(vt)  # one pass over the article; each sentence takes its own
        if _SCORE_BETWEEN_NAMES_OPENS.search(vt):
            every = _with_scores(vt, every, self.lex)
        # 开庭当日: the day of the act the word before the anaphor names, not the day told before
        acts = {mm.end: (kind,) for mm in every if (kind := mm.entry.news or mm.entry.plover)}
        apposed_days(vt, time_refs)  # 约20天前的7月26日: the day, not 20天前
        posted_days(vt, time_refs, doc.reference_date)  # 8月4日，某人发文称：“今天…”: that day
        reported_days(vt, time_refs, doc.reference_date)  # 据某报8月22日报道，…昨天…: from it
        anchor_day_anaphors(time_refs, doc.reference_date, vt, acts)  # (次日 after it: from it)
        demonstrative_days(vt, time_refs)  # 2019年3月2日，…。这天，…: that day
        just_now_days(vt, time_refs, doc.reference_date)  # 就在刚刚，…: the page's day
        turned_years(time_refs, doc.reference_date, vt)  # 2020年12月23日…。2月1日…: which year
        incidents = incident_days(vt, time_refs)  # 5月3日晚在某地发生的…案件: its day
        undated: list[Event] = []  # events of sentences with no time of their own
        scened: set[int] = set()
        at = [mm.start for mm in every]
        made: list[Made] = []  # the news events made, for the frame of the article
        frame_tables = frame_tables_of(self.lex)
        cut_into: dict[tuple[int, int], list[_Clause]] = {}  # each sentence's clauses, once

        def clauses_of(lo: int, hi: int) -> list[_Clause]:
            if (lo, hi) not in cut_into:
                cut_into[lo, hi] = _clauses(vt, lo, hi)
            return cut_into[lo, hi]

        time_starts = [t.start for t in time_refs]  # (by start, as the times are)

        def times_in(lo: int, hi: int) -> list[TimeRef]:  # (the times starting in lo..hi)
            k = bisect_left(time_starts, lo)
            return time_refs[k : bisect_left(time_starts, hi, k)]

        def day_told(sj: int) -> bool:  # (does sentence sj give a day of its own?)
            lo, hi = tv(sentences[sj].start), tv(sentences[sj].end)
            return any(
                t.kind not in _NO_DAY_KINDS and not _hour_only(t) for t in times_in(lo, hi)
            )

        def scene_day(sj: int) -> tuple[bool, TimeRef | None]:
            """Does sentence sj tell a time of its own (not a time of day alone), and the day
            it opens its scene with: its only one, standing alone in a clause (2月3日，…;
            据报道，2月3日晚，…), if so."""
            lo, hi = tv(sentences[sj].start), tv(sentences[sj].end)
            days = [
                t for t in times_in(lo, hi) if t.kind not in _NO_DAY_KINDS and not _hour_only(t)
            ]
            if len(days) != 1 or not days[0].usable or days[0].precision not in _SCENE_DAYS:
                return bool(days), None
            c = next((c for c in clauses_of(lo, hi) if c.start <= days[0].start < c.end), None)
            if c is None or not holds_only(vt, c.start, c.end, days[0]):
                return True, None
            if (
                _reports(vt, days[0].end, hi)
                or _told_of(vt, days[0].end, hi, learned=True) is not None
            ):  # (3月1日，店主曝光录像…, 记者获悉…: the telling's day, not the crash's)
                return True, None
            return True, days[0]

        def told_day(sj: int) -> TimeRef | None:
            """The day sentence sj tells its scene on, for a sentence after it that goes on with
            the scene (此外，…, 赛后，…): its only day, standing alone in a clause (2月3日，…) or
            the day of an act told in it (警方于2月3日搜查…); a time counted from an act (某法实施
            1个月后) tells no day."""
            lo, hi = tv(sentences[sj].start), tv(sentences[sj].end)
            days = [
                t
                for t in times_in(lo, hi)
                if t.kind not in _NO_DAY_KINDS
                and not _hour_only(t)
                and not _OFFSET_AFTER.fullmatch(t.text)
            ]
            if len(days) != 1 or not days[0].usable or days[0].precision not in _SCENE_DAYS:
                return None
            d = days[0]
            c = next((c for c in clauses_of(lo, hi) if c.start <= d.start < c.end), None)
            if c is not None and holds_only(vt, c.start, c.end, d):
                return d
            s0 = sentences[sj].start
            dated = any(
                e.start == s0 and e.status == "occurred" and e.date_text == d.text for e in out
            )
            return d if dated else None

        def told_of(sj: int) -> list[Actor]:  # (sentence sj's participants, read once)
            if sj not in told:
                lo, hi = tv(sentences[sj].start), tv(sentences[sj].end)
                told[sj] = self._participants(
                    vt, lo, hi, ent_view, ent_starts, taken, names, mentions
                )
            return told[sj]

        def told_at(pos: int) -> list[Actor]:  # (the participants of the sentence holding pos)
            sj = next(
                (j for j, t in enumerate(sentences) if tv(t.start) <= pos < tv(t.end)), None
            )
            return [] if sj is None else told_of(sj)

        for si, sent in enumerate(sentences):
            a, b = tv(sent.start), tv(sent.end)
            lo_m = bisect_left(at, a)
            matches = [mm for mm in every[lo_m : bisect_left(at, b, lo_m)] if mm.end <= b]
            if not matches:
                continue
            kicker = _KICKER.match(vt, a, b)
            if kicker is not None:  # 【宣判】…，法院宣判…: the body tells the act, not its heading
                k_end = kicker.end()
                in_body = {mm.entry.news for mm in matches if mm.start >= k_end and mm.entry.news}
                matches = [mm for mm in matches if mm.end > k_end or mm.entry.news not in in_body]
            local = vt[a:b]
            asks = _asks(local)
            asked_from = _asked_part(vt, clauses_of(a, b)) if asks else b
            if asks and (
                asked_from <= a
                or _ASKS_ALL.search(vt, a, asked_from)
                or _ASKS_CHOICE.search(local.rstrip())
            ):
                continue  # 他是否会被判刑？: the whole sentence asks
            if _LEGAL.search(local) and _LEGAL_RULE.search(local):
                continue
            lo = bisect_left(ent_starts, a)
            hi = bisect_left(ent_starts, b, lo)
            found = [self._entity_actor(vt, x, y, s) for x, y, s in ent_view[lo:hi]]
            actors = _joined_latin_names(vt, [x for x in found if x is not None])
            actors = _makes_of_models(vt, actors, matches)  # 某品牌508L上市: the make
            actors = _runs_of_countries(vt, actors)
            if joined:  # 甲乙表示…，二人分手: the pair is 甲 and 乙, not the two run together
                for x in actors:
                    if x.members:
                        x.members = _parts_of_joined(x.members, joined)
            actors.extend(generic_actors(vt, a, b, taken))
            for x in actors:  # 被告 of a civil suit is no criminal
                if x.agent_type == "CRM" and _without_body(x.text) in _CASE_PARTIES:
                    if not self._criminal_article(vt) and not _CRIMINAL.search(vt, a, b):
                        x.agent_type = "CVL"
            actors.extend(surname_people(vt, a, b, taken))
            actors.extend(_known_names(vt, a, b, taken, names))
            # 批准黎…, 黎的保释: the one 黎 the article names in full
            actors.extend(_bare_surnames(vt, a, b, taken, holders, actors, mentions))
            actors.extend(_nicknames(vt, a, b, taken, actors))
            cut_at = {mm.start for mm in matches}  # names the recogniser left out, or never read
            # (the characters the actors take, marked on as actors are added or grow: 李卓人)
            held = _taken_by(vt, actors, taken)
            actors.extend(chinese_names(vt, a, b, held, cut_at, mentions))
            _longer_names(vt, actors, b, cut_at, mentions)  # 李卓|人入狱: 李卓人
            # (held is marked again only for a reader that would look at it - one of these two
            # finds nothing without a person noun before a foreign name, or a middle dot - and
            # each reader marks all the actors first, so the marks it reads are the same)
            if any(x.kind == "generic" and x.agent_type in _FOREIGN_NAMED for x in actors):
                actors.extend(foreign_names_after(vt, actors, b, _mark_taken(held, actors)))
            if any(dot in local for dot in _DOTS):
                actors.extend(dotted_names(vt, a, b, _mark_taken(held, actors)))
            actors.extend(street_places(vt, a, b, actors))
            if "（" in local or "(" in local:  # 某某股份（600884）: the listed company, whole
                actors.extend(ticker_names(vt, a, b, actors))
            if "其" in local:  # 起诉某物业及其总经理: the title names the other one
                actors.extend(_owned_titles(vt, a, b, _mark_taken(held, actors)))
            if "“" in local:  # 某用户组织“某某用户联盟”: the quoted name of a body, whole
                actors.extend(self._quoted_bodies(vt, a, b))
            if shortened:
                actors = _with_short_forms(vt, a, b, actors, shortened)
            actors = named_roads(vt, _no_overlaps(actors))
            if "@" in local or "＠" in local:  # 起诉@某某与她的朋友们: the account, whole
                actors = _handles(vt, a, b, actors, cut_at)
            actors = _kin_named(vt, actors)  # 女儿某某娜以及…: the daughter is the name after
            actors = _join_prefixes(vt, actors)
            if "等" in local:  # 由某集团、某某科达等机构参与: each item of the list is one
                actors.extend(_listed_bodies(vt, a, b, actors))
            if "“" in local:  # 某科技公司“某某科技”: the company is the quoted name
                actors = _named_kinds(vt, actors)
            actors = _titled_of_bodies(vt, actors, b, cut_at)  # 某公司副总裁因…: that person
            if "是" in local or "成为" in local:  # 甲是乙的前女友: the kin word is 甲 again
                actors = _without_copula_kin(vt, actors)
            actors = _with_branches(vt, [x for x in actors if not _place_in_name(vt, x)], b)
            for x in actors:  # 海淀法院, 天河警方: the court or police of the place it names
                if x.country is None and x.agent_type in _OFFICES and x.kind != "PER":
                    x.country = self._seat_country(_without_room(x.text))
            _resolve_titled(actors, names)
            _one_person_twice(vt, actors)  # 胖哥孙某, 妻子刘某…妻子: one person
            if si > 0 and any(x.kind == "generic" and x.text in _KIN_WORDS for x in actors):
                _kin_told_before(vt, a, actors, told_at)  # …妻子王某…。妻子怀孕后: 王某
            for k in range(1, len(actors)):  # 法官何志明, 裁判官邓立行: the title makes the office
                x, title = actors[k], actors[k - 1]
                if x.kind == "PER" and title.end == x.start and title.agent_type in _OFFICES:
                    x.agent_type = title.agent_type
            # 据港媒报道: a region's outlet places the news there when nothing else does
            media = (
                {region_country(hit.group()) for hit in _region_media().finditer(local)}
                if "媒" in local
                else set()
            )
            # 记者, 媒体 report, not act - unless a legal act is done to them (起诉了三家媒体)
            actors = [
                x for x in actors if x.agent_type != "MED" or _outlet_acted_on(vt, x, matches)
            ]
            if "《" in local:  # 《…小鹏G3车主疑因…》, 《某市晚报》: a name inside a title takes no
                actors = [x for x in actors if not _in_title(vt, a, b, x)]  # part, is no place
            if "国家" in local or "中央" in local:  # 国家统计局: the whole name
                actors = _nationally_named(vt, actors)
            actors = bare_bodies(vt, a, actors)  # …某区人民法院…，法院宣布: that court
            if "该" in local:  # 某市公安局称，该局与乙共同…: that bureau
                actors = bodies_again(vt, a, b, actors)
            actors = kinds_again(vt, actors)  # 生下一个儿子，生下孩子后: the son again
            if has_anaphor(vt, a, b):  # 她, 其, 该男子: the participant named before

                def earlier(si: int = si, a: int = a) -> list[list[Actor]]:
                    # the sentences before it, back to _ANAPHORA_SENTENCES, in its paragraph
                    # (a paragraph opening with 其也… continues the one before: its last one's
                    # named participants)
                    para = vt.rfind("\n", 0, a) + 1
                    opens = not vt[para:a].strip()
                    out: list[list[Actor]] = []
                    for sj in range(max(0, si - _ANAPHORA_SENTENCES), si):
                        lo = tv(sentences[sj].start)
                        if lo < para and not (opens and sj == si - 1):
                            continue
                        if lo < para:  # (across the paragraph: a named one only)
                            out.append([x for x in told_of(sj) if x.kind in ("PER", "ORG")])
                        else:
                            out.append(told_of(sj))
                    return out

                actors = resolve_anaphora(vt, a, b, actors, earlier)
            if vt.startswith(_QUOTATION_OPENERS, a):  # (cheap test first)

                def named_after(lo: int, hi: int) -> list[Actor]:  # (the next sentence's speaker)
                    return self._participants(
                        vt, lo, hi, ent_view, ent_starts, taken, names, mentions
                    )

                nxt = tv(sentences[si + 1].start) if si + 1 < len(sentences) else None
                actors = _we_of_speaker_after(vt, a, b, nxt, actors, named_after)
            elif si and vt.find("我", a, b) >= 0:  # 甲称：“…。我们…”: the speaker before

                def told_before(at: int, si: int = si) -> list[Actor]:  # (the one holding at)
                    back = range(si - 1, -1, -1)
                    sj = next((k for k in back if tv(sentences[k].start) <= at), -1)
                    return told_of(sj) if sj >= 0 else []  # (before the first: a title's)

                actors = _we_of_speaker_before(vt, a, b, actors, told_before)
            told[si] = actors
            # 前往美国, 身处美国的某人: where one goes or stays - not whom one meets, nor where
            # one is from
            travel = [
                x
                for x in actors
                if x.kind == "GPE"
                and (_TRAVEL.search(vt, max(a, x.start - 3), x.start) or _TRIP.match(vt, x.end))
            ]
            # 据新加坡《某报》报道, 日本媒体称: the outlet's country, no participant's
            outlets = [x for x in actors if x.kind == "GPE" and _OUTLET_AFTER.match(vt, x.end)]
            # 知名某国女星某某的老公某某: a place qualifying a person (by a title) is that
            # person's country, not the sentence's: no one else named near is of it
            for x in actors:  # 中国籍丈夫某某 told before: that person's own description
                if x.kind == "PER" and x.country is None:
                    x.country = nationals.get(x.alias_of or x.text)  # (他: whom it stands for)
            _kin_of_named(vt, actors, nationals)  # 某某也携妻子: his wife, of his country
            described = _nationalities(
                vt, [x for x in actors if x not in travel], doc_country, nationals
            )
            sent_country = _sentence_country(
                [x for x in actors if x not in travel and x not in outlets and x not in described],
                local,
                media,
            )
            venues = _foreign_venues(vt, a, b, actors, sent_country)
            for x in travel + venues:
                x.place = True
            # 为美国而战, 在某国举办婚礼, 与某国领事密会, 某国节目播出某某的婚礼: a foreign place
            # the sentence names is where, whom with or what about, not whose - a person named in
            # full (no mark of their own: 某国女星某某, 某国籍) is of the article's home in
            # Greater China, or of none (a Chinese name tells no foreign country)
            foreign_place = (
                sent_country is not None
                and (
                    sent_country not in _GREATER_CHINA
                    or (doc_country is not None and doc_country not in _GREATER_CHINA)
                )  # (香港 in a story of China; 香港 in a story of America: America's)
                and not _nationality_told(vt, actors, sent_country)
            )
            greater_home = doc_home if doc_home in _GREATER_CHINA else None
            if sent_country in _GREATER_CHINA:
                greater_home = doc_country  # (香港 in a story of America)
            actors = [x for x in actors if x not in outlets]  # (nor where the news happened)
            echoed: set[int] = set()  # (the ones given the sentence's country, not their own)
            _visited_officials(actors, travel)  # 窜访某国会见政要: the officials of that country
            for x in actors:
                if x.country is None and not x.place and x.kind != "ORG":
                    x.country = sent_country  # (a company is not where the news about it is)
                    echoed.add(id(x))
                    if travel and x.country == _posted_country(vt, x, travel):
                        x.country = None  # 驻日本大使王某: posted there, not its envoy
                    if foreign_place and full_chinese_name(x):
                        x.country = greater_home
                    elif venues and x.agent_type not in _AUTHORITY:
                        # 在伦敦结婚: the couple is of no country the venue tells
                        x.country = greater_home if full_chinese_name(x) else None
                if x.country is None and x.agent_type == "GOV" and not x.kb_id:
                    x.country = _directing_government(vt, a, x, actors)  # (要求商务部…)
                if x.country is None and x.agent_type in _OFFICES:
                    x.country = shown_region(local)  # (…违反香港国安法…被警方拘捕: of that region)
                if x.country is None and x.agent_type in _LOCAL_KINDS:
                    x.country = doc_country  # the police, the court, the townspeople of the story
            if sent_country is None:  # 向滨江区法院提交诉状: a court named places its parties
                seats = {
                    x.country
                    for x in actors
                    if x.agent_type in _OFFICES
                    and x.country
                    and (head := generic_head(x.text)) is not None
                    and head[0] != x.text
                }
                if len(seats) == 1:
                    seat = next(iter(seats))
                    for x in actors:
                        if x.kind == "PER" and x.country is None:
                            x.country = seat
                elif home := shown_region(local) or doc_home:
                    # 某网红获刑 in a story told in Beijing, 某人…违反香港某条例: a person named
                    # in full is of the region the sentence writes, else of the article's
                    # country (for a court's or the police's act: _code_match)
                    for x in actors:
                        if x.country is None and full_chinese_name(x):
                            x.home = home
            if firms_abroad and doc_home:  # (may its events' foreign firms be local arms?)
                at_home[si] = _told_at_home(vt, a, b, actors, doc_home, firms_abroad, matches)
            for k in range(1, len(actors)):  # 遗孀瓦妮莎: the person is where her title places her
                x, title = actors[k], actors[k - 1]
                if x.kind == "PER" and x.country is None and title.end == x.start:
                    if title.kind == "generic" and title.country:
                        x.country = title.country
                        if id(title) in echoed and foreign_place and full_chinese_name(x):
                            x.country = greater_home  # (某国女星的丈夫某某: the sentence's)
            s_times = times_in(a, b)
            clauses = clauses_of(a, b)
            lead = None  # 3月2日，法院当庭宣判：¶以…罪判处…: the lead-in dates what follows
            if si > 0:
                lo_p, hi_p = tv(sentences[si - 1].start), tv(sentences[si - 1].end)
                if vt[lo_p:hi_p].rstrip().endswith(_LEAD_COLONS) and not vt[hi_p:a].strip():
                    lead = (
                        clauses_of(lo_p, hi_p),
                        times_in(lo_p, hi_p),
                    )
            # a sentence with no time of its own, nor a word placing its act at another time
            # (a time of day alone, 下午5时, tells no day: it goes on with the day told before)
            told_days = any(t.kind not in _NO_DAY_KINDS and not _hour_only(t) for t in s_times)
            shifts = [
                x.group()
                for x in _OTHER_TIME.finditer(vt, a, b)
                if not _ATTRIBUTIVE_TIME.match(vt, x.end())
            ]  # (早前认罪的5名被告: the time of what qualifies a noun, not the sentence's)
            timed = told_days or bool(shifts)
            # 随后…再度撞上护栏: the next step of a scene, no other time (the incident frame)
            step_on = not told_days and bool(shifts) and all(x in _STEP_ON for x in shifts)

            hourly = day_told if any(_hour_only(t) for t in s_times) else None
            asides = [x.span() for x in _LONG_ASIDE.finditer(vt, a, b)]  # (for each match)
            # (a clause that asks closes with 吗 - _ASKED_CLAUSE, searched inside the sentence:
            # a sentence without one has none, and its clauses are not looked at for each match)
            asked_in = "吗" in local
            for m in matches:
                if asks and (m.start >= asked_from or _besides_last(vt, clauses, m.start)):
                    # (除了书面道歉以外，他们还要求赔偿吗？: the besides-clause is asked too)
                    continue  # 小米发布了新机，iPhone会降价吗？: the question is the last clause
                if asked_in and any(
                    c.start <= m.start < c.end
                    and _ASKED_CLAUSE.search(vt, m.end, c.end)
                    and not _GAP_SPACE.search(vt, m.end, c.end)
                    for c in clauses
                ):  # (某队再夺冠 还能再进决赛吗: a headline's parts are cut by a space)
                    continue  # 老王，退休了吗，身体还好吧: a clause that asks, inside the sentence
                inside = next(
                    (
                        (x0, x1)
                        for x0, x1 in asides
                        if x0 < m.start < x1
                        and any(y.end == x0 and y.kind == "PER" for y in actors)
                    ),
                    None,
                ) if asides else None  # (no aside: none holds it)
                if inside is not None:
                    # 邝某（…，据悉曾因抢劫获刑，…）: an act told inside an aside about a
                    # person named right before it takes its clauses and participants from the
                    # aside alone
                    x0, x1 = inside[0] + 1, inside[1] - 1
                    m_clauses = _clauses(vt, x0, x1)
                    m_actors = [x for x in actors if x0 <= x.start and x.end <= x1]
                else:
                    m_clauses, m_actors = clauses, actors
                m = _past_body_name(vt, m, m_actors)
                ev = self._code_match(
                    doc, view, sent, si, a, b, m, m_clauses, m_actors, s_times, names, out, lead,
                    incidents, matches,
                )  # fmt: skip
                if ev is None:
                    continue
                verdict = _penalty_of(vt, m, matches)
                if verdict is not None:  # 判处其有期徒刑5年: the penalty the verdict imposes
                    v0 = view.to_original(verdict.start)
                    host = next(
                        (e for e in out if e.start == ev.start and e.trigger_start == v0), None
                    )
                    if host is not None and host.news_type == ev.news_type:
                        have = {(x.role, x.text) for x in host.arguments}
                        host.arguments.extend(
                            x
                            for x in ev.arguments
                            if _AMOUNT_ROLE.search(x.role) and (x.role, x.text) not in have
                        )
                        continue
                if ev.date is None and not timed:
                    if _date_from_before(
                        ev, out, sentences, si, vt, tv, hourly, scene_day, told_day
                    ):
                        scened.add(id(ev))  # (no day of the article's incident frame)
                    undated.append(ev)
                    if ev.date is None and ev.context_date is None and si > 0:
                        prev_end = tv(sentences[si - 1].end)
                        _context_of_scene_before(ev, vt, prev_end, a, m.start, scene_day, si - 1)
                        _scene_day_of_no_act(
                            ev, out, sentences[si - 1], scene_day, si - 1, vt, tv, a, m.start
                        )
                    if ev.date is None and ev.context_date is None and vt[a : a + 1].isdigit():
                        _bare_year_opening(ev, vt, a)
                elif (
                    ev.date is None
                    and step_on
                    and _told_as_own(ev, vt, tv)
                    and (ev.news_type or "").startswith(_INCIDENT)
                ):
                    undated.append(ev)  # (the article's incident frame only; not 据X称，…随后…)
                    if si > 0 and "\n" not in vt[tv(sentences[si - 1].end) : a]:
                        _scene_day_before_a_step(ev, scene_day, si - 1)
                if ev.status == "planned" and vt.find("倒计时", a, b) >= 0:
                    if not timed:  # (told on the page's date, unless the sentence before tells a
                        # day: 10月15日，…。某案开庭进入10天倒计时 - from which day, unknown)
                        day_before = si > 0 and (
                            "\n" not in vt[tv(sentences[si - 1].end) : a] and day_told(si - 1)
                        )
                        since = None if day_before or ev.date else doc.reference_date
                    else:  # 10月15日，某案开庭进入10天倒计时: from the day the sentence opens with
                        opened = scene_day(si)[1]
                        since = (
                            ev.date
                            if opened is not None
                            and opened.precision == "day"
                            and opened.date_value[0] == ev.date
                            else None
                        )
                    if since is not None:
                        _countdown_day(ev, vt, tv(ev.trigger_end), b, since)
                if not _attach(ev, out, self.is_remand) and not _named_again(vt, a, m, sent, out):
                    out.append(ev)
                    if frame_wanted(m.entry, frame_tables):
                        made.append(Made(ev, m.entry, si))
        _killed(out, view.original, self.kb)
        _count_the_dead(out)
        from .doubt import iter_doubts, lead_index

        persons: list[tuple[int, int]] | None = None  # (read when an event is judged)
        first_body = 0  # (the index of the article's lead)
        judged: dict[int, bool] = {}

        def sound(e: Event) -> bool:
            nonlocal persons, first_body
            if id(e) not in judged:
                if persons is None:
                    persons = [(tv(s.start), tv(s.end)) for s in ents if s.label == "PER"]
                    # (the sentences sorted above: no coder adds a sentence span to the document)
                    first_body = lead_index(sentences)
                # (sound: no doubt at all - the first one found settles it, the rest not judged)
                judged[id(e)] = next(iter_doubts(e, view, persons, first_body), None) is None
            return judged[id(e)]

        _toll_not_the_dead(out, sound)
        # (合议庭作出判决，…判处某人…: the penalty tells the ruling; 甲判处…，乙判处…: one act)
        if _bare_rulings(out) | _join_parallel(out, sound):
            made = [mk for mk in made if any(e is mk.event for e in out)]
        _date_the_incident(undated, out, incidents, tv, scened, vt, time_refs)
        _date_from_after(undated, out, sentences, vt, tv)
        _date_the_arrest_at_the_scene(undated, out, sentences, vt, tv)
        if made:  # 某公司表示将上诉: against whom, from the article (events.frame)

            def participants(sj: int) -> list[Actor]:
                if sj not in told:
                    lo, hi = tv(sentences[sj].start), tv(sentences[sj].end)
                    told[sj] = self._participants(
                        vt, lo, hi, ent_view, ent_starts, taken, names, mentions
                    )
                return told[sj]

            def companies_inside(sj: int) -> list[Actor]:
                lo, hi = tv(sentences[sj].start), tv(sentences[sj].end)
                i, j = bisect_left(ent_starts, lo), bisect_left(ent_starts, hi)
                found = (self._entity_actor(vt, x, y, s) for x, y, s in ent_view[i:j])
                return [x for x in found if x is not None and _company(x)]

            def kinds_told(sj: int) -> set[str]:
                lo, hi = tv(sentences[sj].start), tv(sentences[sj].end)
                k = bisect_left(at, lo)
                return {
                    kind
                    for mm in every[k : bisect_left(at, hi, k)]
                    for kind in (mm.entry.news, mm.entry.plover)
                    if kind
                }

            def same_paragraph(i: int, j: int) -> bool:
                return "\n" not in vt[tv(sentences[i].end) : tv(sentences[j].start)]

            article = Article(
                participants,
                companies_inside,
                same_paragraph,
                lambda x, side: self._event_actor(view, x, side),
                lambda x, role: self._argument(view, x, role),
                _kind_of,
                _company,
                sound,
                kinds_told,
                lambda sj: (sentences[sj].start, sentences[sj].end),
                lambda e: _object_follows(vt, view.to_view(e.trigger_end)),
                lambda x, y: _pair_joined(vt, x, y),
                lambda sj: (
                    tv(sentences[sj].start),
                    vt[tv(sentences[sj].start) : tv(sentences[sj].end)],
                ),
            )
            complete_frames(made, out, article, self.lex)
        starts = {s.start: si for si, s in enumerate(sentences)}
        for e in out:  # an application told before the act: who applied, who was applied to
            if not e.mentions or (sk := starts.get(e.mentions[0].sentence_start)) not in told:
                continue
            mm = e.mentions[0]
            if e.type == "REJECT" and not any(x.side == "target" for x in e.actors):
                # 某会申请举行游行，但警方没有批准: the one who applied is refused
                who = _applicant(vt, told[sk], tv(mm.sentence_start), tv(mm.trigger_start))
                if who is not None and all(y.name != who.text for y in e.actors):
                    e.actors.append(self._event_actor(view, who, "target"))
            elif e.type in _APPLIED_ACTS:  # 某公司向法院申请冻结了某人的账户
                self._done_by_the_one_applied_to(e, view, told[sk], tv(mm.trigger_start))
        _undate_on_a_misdated_page(out, doc.reference_date, self._misdated_page, vt)
        _own_dates_only(out, vt, tv, time_refs, doc.reference_date)
        _fines_beside_prison(out)
        _case_beside_party(out)
        out = _papers_beside_acts(out)
        _no_police_in_sentences(out)
        _no_winner_ruled_against(out, vt, tv)
        if firms_abroad and doc_home:
            arms = {k: _arm_named(vt, k, doc_home, ent_view) for k in firms_abroad}
            # (张女士 placed in one sentence, named bare in another: the same person, of it)
            placed = frozenset(
                z.name for e in out for z in e.actors if _domestic_party(z, doc_home)
            )
            # (a state's ban on the firm told in the article: its courts' and citizens' acts
            # on it are no sign of a local business)
            measured = _under_state_measure(vt, out, doc_home, firms_abroad)
            local_firms: set[str] = set()
            for e in out:
                if not any(y.kb_id in firms_abroad for y in e.actors):
                    continue  # (cheap: no foreign firm in the event)
                sk = starts.get(e.mentions[0].sentence_start) if e.mentions else None
                if sk is None:
                    continue
                if sk not in at_home:  # (a sentence of no news trigger: the coder's events)
                    lo, hi = tv(sentences[sk].start), tv(sentences[sk].end)
                    at_home[sk] = _told_at_home(
                        vt, lo, hi, told_of(sk), doc_home, firms_abroad, []
                    )
                if at_home[sk]:
                    _as_local_business(e, doc_home, arms, placed, measured)
                    local_firms.update(
                        y.kb_id
                        for y in e.actors
                        if y.kb_id is not None and y.kb_id in arms and y.country == doc_home
                    )
            # (a firm the article shows at work here - sued in its courts, ordered by its
            # regulators - is that local arm in the article's other acts told here too: its
            # apology, its appeal)
            shown_local = {k: True for k in local_firms if not arms[k] and k not in measured}
            for e in out if shown_local else ():
                sk = starts.get(e.mentions[0].sentence_start) if e.mentions else None
                if sk is not None and at_home.get(sk):
                    _as_local_business(e, doc_home, shown_local, placed, measured)
        for e in out:  # (last: every rule above reads the names alone, as the actors hold them)
            if e.arguments:
                widened = _with_groups(view, e.arguments)
                e.arguments = _first_of_each(widened, lambda a: (a.role, a.text))
        return out

    def _done_by_the_one_applied_to(
        self, e: Event, view: AnalysisView, actors: Sequence[Actor], at: int
    ) -> None:
        """某公司向某法院申请冻结了某人的账户: a coercive act a party applied for to a court or
        the police (向X申请, the act in that clause or in clauses going on with 并/并且) is done by
        the one applied to - its source; the applicant stays a party."""
        vt = view.text
        for k, x in enumerate(e.actors):
            if x.side != "source" or x.end is None:
                continue
            x1 = view.to_view(x.end)
            hit = _APPLIED_TO_BODY.match(vt, x1)
            if hit is None or hit.end() > at or not _GOES_ON_TO.fullmatch(vt, hit.end(), at):
                continue
            body = next(
                (
                    y
                    for y in actors
                    if y.start == hit.start(1) and y.agent_type in _OFFICES and y.kind != "PER"
                ),
                None,
            )
            if body is None:
                continue
            e.actors[k] = replace(x, side="party")
            e.actors.insert(0, self._event_actor(view, body, "source"))
            return

    # ---- anaphora -----------------------------------------------------------------------------
    def _participants(
        self,
        vt: str,
        lo: int,
        hi: int,
        ent_view: list[tuple[int, int, Span]],
        ent_starts: list[int],
        taken: bytearray,
        names: dict[str, str],
        mentions: Callable[[str], int] | None = None,
    ) -> list[Actor]:
        """The named, titled and generic participants of ``vt[lo:hi]`` (earlier sentences)."""
        if hi <= lo:
            return []
        i, j = bisect_left(ent_starts, lo), bisect_left(ent_starts, hi)
        found = [self._entity_actor(vt, x, y, s) for x, y, s in ent_view[i:j] if y <= hi]
        out = [x for x in found if x is not None and x.agent_type != "MED"]
        out.extend(x for x in generic_actors(vt, lo, hi, taken) if x.agent_type != "MED")
        out.extend(surname_people(vt, lo, hi, taken))
        out.extend(_known_names(vt, lo, hi, taken, names))
        out.extend(chinese_names(vt, lo, hi, _taken_by(vt, out, taken), set(), mentions))
        return _join_prefixes(vt, _no_overlaps(out))

    # ---- one trigger ---------------------------------------------------------------------------
    def _code_match(
        self,
        doc: Document,
        view: AnalysisView,
        sent: Span,
        si: int,
        a: int,
        b: int,
        m: NewsMatch,
        clauses: list[_Clause],
        actors: list[Actor],
        times: list[TimeRef],
        names: dict[str, str] | None = None,
        told: list[Event] | None = None,
        lead: tuple[list[_Clause], list[TimeRef]] | None = None,
        incidents: Sequence[tuple[int, str]] = (),
        acts: Sequence[NewsMatch] = (),
    ) -> Event | None:
        """``told``: the events of the article coded before this one (事发当天 takes the day of
        the incident among them); ``lead``: the clauses and times of the sentence before, when it
        ends with a colon and leads into this one; ``incidents``: the days the article gives
        incidents it names (:func:`~dashiji.events.dates.incident_days`); ``acts``: the trigger
        candidates of the sentence (a date dates the first act after it)."""
        vt = view.text
        entry = m.entry
        if (
            entry.requires_any
            and not _cue_told(vt, entry.requires_any, a, b, m, actors)
            and not term_after(entry, vt, m.end)
            and not model_before(entry, vt, m.start)
            and not short_term_told(entry, vt[a:b])
        ):
            return None  # (被判处5年: a term right after the verdict verb is the prison term)
        if entry.agent_required and not any(
            a <= x.start < b and _kind_of(x) in entry.agent_kinds for x in actors
        ):
            return None  # 由法警带离法庭: led away by bailiffs, not arrested by the police
        ci = _clause_of(clauses, m.start)
        if ci is None:
            return None
        if (
            entry.news == "产品行为-发布"
            and m.text.endswith("会")
            and (
                m.start <= a
                or not vt[m.start - 1].isalnum()
                or _UNNAMED_BEFORE.fullmatch(vt, m.start - 1, m.start)
            )
        ):  # 记者赶到时，发布会已经开始: a press conference named bare launches nothing
            return None
        clause = clauses[ci]
        if _no_reading_at_all(self.lex, vt, clause, m, actors, times, lead):
            return None  # (the early political check below, read before the checks up to it)
        if entry.plover == "REQUEST" and _suit_demand(
            vt, clause, clauses[:ci], m, [e for e in told or [] if e.news_type == _SUIT], view
        ):
            return None  # 甲提起上诉，要求撤销原判: the demand is the suit's, asked of no one
        before = vt[a : m.start]
        if before.count("《") > before.count("》"):
            return None  # 《儿童玩具召回管理办法》: a title, not an event
        # (most candidates match none of the patterns the checks below read right after the trigger
        # or in its clause before it: each gate is those patterns joined, tried once; a check reads
        # its own pattern only when its gate matched - the answer is the same)
        after_gate, before_chars, before_gate = _trigger_gates()
        after_any = after_gate.match(vt, m.end) is not None
        # (cheap: one class first; no match opens before the first character it finds)
        open_hit = before_chars.search(vt, clause.start, m.start)
        before_any = (
            open_hit is not None and before_gate.search(vt, open_hit.start(), m.start) is not None
        )
        prev_end = clauses[ci - 1].end if ci > 0 else None
        opinion = (before_any and _OPINION.search(vt, clause.start, m.start)) or (
            prev_end is not None
            and _OPINION_END_OPENS.search(vt, clauses[ci - 1].start, prev_end)  # (cheap first)
            and _OPINION_END.search(vt, clauses[ci - 1].start, prev_end)
        )  # 我认为，法院…: the opinion's own clause, or a clause it closes just before
        if (
            opinion
            or (before_any and _GENERIC.search(vt, clause.start, m.start))
            or (before_any and _HABITUAL.search(vt, clause.start, m.start))
        ):  # (每次领奖都会用粤语感谢家人: what one does each time)
            return None
        if (
            after_any
            and _ATTRIBUTE_AFTER.match(vt, m.end)
            and entry.news
            and not entry.news.startswith("灾害")
            and not DATED_AS.match(vt, m.end)  # (领证时间为1月18日: the day of the act)
        ):
            return None
        if (entry.news or "").startswith(_LEGAL_ACT) and _LEGAL_NOTICE_AFTER.match(vt, m.end):
            return None
        if (entry.news or "").startswith(_LIFE) and _SUIT_OVER.match(vt, m.end):
            return None  # 递交意外死亡诉讼: the suit is told, no death
        if (
            _ACCIDENT_ATTRIBUTE_OPENS.match(vt, m.end)  # (what a match must open with)
            and _ATTRIBUTE_OF_ACCIDENT.match(vt, m.end)
            and not m.text.endswith(_ASPECT_ENDS)
        ) or (after_any and _RATE_OF.match(vt, m.end)):
            return None  # 事故车辆, 事故发生前: the accident named, not reported (约谈了…: a verb
            # with its aspect mark names no accident)
        if (entry.news or "").startswith("灾害") and _PEOPLE_OF_ACCIDENT.match(vt, m.end):
            return None
        if vt.startswith("者", m.end):
            return None  # 遇难者, 抗议者: the people, not the event
        legal = (entry.news or "").startswith(_LEGAL_ACT) or entry.plover in ("COERCE", "ACCUSE")
        if legal and m.text.endswith(("状", "书")) and vt.startswith("的", m.end):
            return None  # 起诉状中的赔偿请求: what the paper says, not a filing
        if legal and _NOMINAL_AFTER.match(vt, m.end) and not vt.startswith("人民", m.end):
            return None  # 上诉人, 判决书显示, 被捕人士, 起诉请求: a person or a paper, not the act
        if (
            before_any
            and (undone := _UNDONE.search(vt, clause.start, m.start)) is not None
            and not (_CONTESTED.match(undone.group()) and is_suit(entry.news, entry.plover))
        ):  # 撤销对X的禁令, 不服判决: the act undone or contested is not done here (not 不服提起
            # 上诉: contesting is why one appeals)
            return None
        if m.text.endswith("令") and (
            _UNDONE_ANY.search(vt, max(clause.start, m.start - 20), m.start)
            or _UNDONE_ANY.search(vt, m.end, min(clause.end, m.end + 10))
        ):
            return None  # 解除对两款游戏的禁令, 禁令遭法院暂停: a ban lifted or stopped
        if entry.object is None and m.text in entry.words:  # a word, not a gapped pattern
            if any(x.start == m.end and not x.place for x in actors) and not entry.news:
                return None  # 维权业主刘先生, 维权当事人: an epithet, not a protest
        if before_any and (
            _aggregated(vt, clause.start, m.start) or _INDIRECT_Q.search(vt, clause.start, m.start)
        ):
            return None  # 全省检察机关…提起公诉3000余人; 开庭日期另行通知
        if (
            ci > 0
            and vt.startswith("其中", clause.start)
            and any(g.group() != "关于" for g in _AGGREGATE.finditer(vt, a, clause.start))
        ):
            return None  # 全国…提起公诉6万人，其中…提起公诉2万人: a part of the count
        if entry.news == "产品行为-发布" and _ARTICLE_AFTER.match(vt, m.end):
            return None  # 发布的《专访…》一文: an article, not a product
        if _STATISTIC_HOLDS.search(vt, m.end, clause.end) and _STATISTIC.match(
            vt, m.end, clause.end
        ):
            return None  # “爆胎”事故竟有七起: a count of events, not one of them
        if before_any and _LIKENED.search(vt, clause.start, m.start):
            return None  # 这一幕简直就像某银行大裁员: a likeness, not the event
        if after_any and _MODIFIED_NOUN.match(vt, m.end) and (
            entry.object is None or entry.news in _ACTS_ON_CASES
        ):  # 庭审法官, 离异女星, 遇难画面: the act describes a person or a thing (not 拘捕女星,
            # 要求法官: a person acted on)
            return None
        if after_any and _PAPER_SHOWS.match(vt, m.end):
            return None  # 内部任命文件显示，…: the paper cited, the act told before or after
        if m.text in _ATTRIBUTIVE_WORDS and _ATTRIBUTIVE.match(vt, m.start):
            return None  # 肇事白色轿车停在路边: the car described, no accident told
        if after_any and _OFFICE_AFTER.match(vt, m.end):
            return None  # 上诉庭, 职工维权中心: an office or a court named by the act
        if _EVENT_NOUN.fullmatch(m.text) and not _introduced(vt, clause.start, m.start):
            return None  # 对事故承担责任, 事故发生时, 事故车: the accident named, not reported
        if entry.id == "起诉.指控" and _CHARGE_RULED.search(vt, a, b):
            return None  # 公诉机关指控的罪名成立: the charge cited by the verdict, no charge made
        if entry.id == "起诉.指控" and _charge_denied(vt, clause.start, m.start, m.end, clause.end):
            return None  # 否认了检方对他的所有指控, 称这些指控毫无根据: a charge rebutted
        if entry.news != _LAYOFF and _period_total(vt, a, m.start, m.end):
            return None  # 过去一年…总融资额近300亿美元: a total over many acts, no one act
        if (
            entry.news == _RAISE
            and _CHARITY.search(vt, a, b)
            and not _CAPITAL.search(vt, a, b)
        ):  # 为某慈善机构筹集资金: money raised for charity, no company financed (not 某公益
            # 平台完成B轮融资: a round, investors, capital)
            return None
        if entry.news == "产品行为-发布" and (
            _not_a_product(vt, clause, m)
            or _titled_writing(vt, m.end)
            or _described_product(vt, clause, m)
        ):
            return None  # 发布广告, 发布的十大案例, 在公众号发布: a notice or a post, no product
        if entry.news == "产品行为-上映" and (
            _NOT_FILM_BEFORE.search(vt, clause.start, m.start)
            or _NOT_FILM_HEAD.search(vt, m.end, clause.end)
        ):
            return None  # 一段采访片段播出: footage shown, no film released
        if m.text not in entry.words and (
            _GAP_CLAUSE.search(m.text) or vt.startswith("的", m.end) or vt.startswith("件的", m.end)
        ):
            return None  # 审理结束后称该案, 负责审理此案的法官: the two parts belong to two phrases
        if m.text not in entry.words and _matter_in_gap(vt, m.start, m.end):
            return None  # 批准律政司就某人获批保释一事的上诉: the appeal is granted, not the bail
        if entry.not_after:  # (most entries have none: nothing to look for)
            after = vt[m.end : min(clause.end, m.end + 8)]
            if any(w in after for w in entry.not_after):
                return None  # 发布声明: a statement, not a product
        if entry.not_before:
            window = vt[max(clause.start, m.start - 8) : m.start]
            if m.start - clause.start <= 1 and ci > 0:  # 股价报52元，跌幅2%: a subjectless
                # clause speaks of what the clause before it does
                window = vt[clauses[ci - 1].start : m.start]
            if any(w in window for w in entry.not_before):
                return None  # 股价上涨: a share price, not a price of goods; 起诉离婚: a suit
        ordered = (
            _ORDERED.search(vt, clause.start, m.start)
            if _ORDERED_OPENS.search(vt, clause.start, m.start)  # (cheap: one class first)
            else None
        )
        if (
            ordered is not None
            and ordered.group().startswith("号召")
            and _CALL_ANSWERED.search(vt, clause.start, ordered.start())
        ):  # 响应工会号召罢工, 听从工会号召罢工: the call answered, the strike done
            ordered = _ORDERED.search(vt, ordered.start() + 2, m.start)
        if ordered and (entry.plover != "COERCE" or _DEMANDED.match(ordered.group())):
            return None  # 被判向某物业公司道歉, 要求…赔礼道歉, 要求判处…: ordered, not done
        case_acts = entry.news in _ACTS_ON_CASES
        if after_any and _PROBLEM_LIST.match(vt, m.end) and not m.text.endswith(_ASPECT_ENDS):
            return None  # 电池起火、…等问题: a kind of problem complained of, not a fire (约谈了
            # 某公司等问题突出的企业: a verb with its aspect mark, acting on those named)
        if before_any and (
            to_come := _THREAT_OF.search(vt, max(clause.start, m.start - 6), m.start)
        ):
            if _threat_no_plan(m.entry, to_come.group()):  # (the others: planned, _threatened)
                return None  # 来电者扬言要炸毁商场: a threat of the act, not the act
        if entry.news == _TRADE and (
            _SALES.search(vt, a, b)
            or _SUM_ONLY.match(vt, m.end)
            or (_RETAIL.match(vt, m.end, clause.end) and _REASON_OPENS.match(vt, clause.start))
        ):  # 销量…一季度仅售出900台: sales figures; 散户累计净卖出12亿元，: a sum all that is
            return None  # sold or bought - money flowing, not a deal; 因某店出售事故车，…: goods
            # retailed, the reason for what the sentence tells
        if _FRAME_TAIL.fullmatch(vt, m.end, clause.end) and (
            _FRAME_OF_HOLDS.search(vt, clause.start, m.start)  # (cheap: what a match holds)
            and (fo := _FRAME_OF.search(vt[clause.start : m.start])) is not None
            and (
                fo.group("basis") is None
                or (
                    clause.end < len(vt)
                    and vt[clause.end] in "，,"
                    and _NOT_BASIS.match(vt, m.start) is None  # (an adverb in the trigger)
                )
            )
        ):
            return None  # 据检察机关指控，…, 根据居民举报，…: whose account or what basis
        if _quoted_compound(vt, a, m):
            return None  # “离婚妈”: a nickname built on the word
        if (after_any and _BEFORE_FRAME.match(vt, m.end)) or (
            not case_acts
            and _CASE_NAME_HOLDS.search(vt, m.end, m.end + (_CASE_NAME_REACH or len(vt)))
            and _CASE_NAME.match(vt, m.end)
        ):
            return None  # 在提起诉讼…以前; “…举报后迟迟未立案”一事, 某主持人被诉侵权一案: a name
        if _quoted(vt, a, m.start) and _QUOTED_NAME.match(vt, m.end):
            return None  # “…举报后迟迟未立案”一事: the name of an affair
        if (
            not case_acts
            and _quoted(vt, a, m.start)
            and _CASE_NAME_HOLDS.search(vt, m.end, b)
            and _CASE_NAME.search(vt, m.end, b)
        ):
            return None
        if after_any and _NOMINAL_OF.match(vt, m.end):
            return None  # 分手的余温, 离婚的传闻: what the event left, not the event
        if before_any and any(
            not any(x.start <= d.start() < x.end and x.end - x.start > 2 for x in actors)
            for d in _DEONTIC.finditer(vt, max(clause.start, m.start - 3), m.start)
        ):
            return None  # 俄要退出, 应当判处: what should happen, not what happened (not 可 of
            # the name 曾轶可; a name of two characters may be a surname and the word: 黎须还押)
        if ci + 1 < len(clauses) and _THEN_CLAUSE.match(vt, clauses[ci + 1].start):
            if not _PAST.search(vt, clause.start, clause.end):
                return None
        if before_any and _ENDED.search(vt, clause.start, m.start):
            return None  # 结束5日拘留: the end of the detention, not the arrest
        if _is_ruling(entry) and _NO_RULING_YET.search(vt, clause.start, m.start):
            return None  # 合议庭没有当庭判决, 择期宣判: no verdict given (the hearing is the event)
        if _not_done_yet(vt, a, b, clause.start, m.start):
            return None  # 此案还未开庭, 嫌疑人仍未落网: not done yet, no event (a denial is one)
        if m.text in _STATIVE and (
            _ONGOING.search(vt, max(clause.start, m.start - 4), m.start)
            or _ONGOING_NEAR.search(vt, max(clause.start, m.start - 12), m.start)
        ):
            return None  # 正被还押, 在坐牢, 正在某监狱服刑: a state going on when told, not an act
        if (
            entry.plover == "REQUEST"
            and ci > 0
            and _ACT_WITH_TERMS.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
            and not _SPOKEN_OF.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
            and _NO_SUBJECT.fullmatch(vt, clause.start, m.start)
            and not any(
                x.start == m.end
                and (x.kind != "generic" or x.agent_type not in PEOPLE_KINDS)
                and x.text[0] not in "其他她它"
                and vt.startswith(x.text, x.start)
                for x in actors
            )  # (要求某公司出售, 要求商务部审查: a demand of its own on a party or a body it
            # names; not 要求其…, 要求用户卸载: the ones the terms bind)
        ):  # 对几款软件颁布禁令，要求下架; 被法庭拒绝，要求其不得离境: the terms of the ban or
            # the refusal the clause before tells, not a demand of its own
            return None
        if _notevent_frame(vt, a, clause, clauses[ci - 1] if ci > 0 else None, m, actors):
            return None  # (the costliest of these checks, after the cheap ones: all are pure)
        if entry.plover == "REQUEST" and any(
            _OR_ELSE.match(vt, c.start) for c in clauses[ci + 1 : ci + 3]
        ):  # 要求X在45天内出售…，否则…: a demand with a penalty is an ultimatum
            entry = replace(entry, plover="THREATEN", cameo="130")
        if entry.plover == "REQUEST" and takes_off_devices(vt, m.end, clause.end):
            entry = replace(entry, plover="SANCTION", cameo=BAN_CODE)
        if entry.news == "竞赛行为-退赛" and "退" in m.text:
            team = _TEAM_LEFT.match(vt, m.end, min(clause.end, m.end + 16))
            if team is not None and not _CONTEST_WORD.search(team.group()):
                # 退出某国国家队, 退出青年队训练营: one leaves a team, not a contest
                entry = replace(entry, news="组织关系-退出", subject="退出方", object="原所属组织")
        if entry.news in ("灾害/意外-起火", "灾害/意外-爆炸") and _CRASH_THEN.search(
            vt, clause.start, m.start
        ):
            entry = replace(entry, news="灾害/意外-车祸")
        if (
            entry.news == "灾害/意外-车祸"
            and _AIRCRAFT.search(vt, a, b)
            and not _ROAD.search(vt, clause.start, clause.end)
        ):  # 直升机…撞上山坡: an air crash
            entry = replace(entry, news="灾害/意外-坠机")
        damaged = after_any and _DAMAGED_AFTER.match(vt, m.end) is not None  # (a car's damage)
        if damaged and any(
            n.start != m.start
            and n.entry.news == entry.news
            and not _DAMAGED_AFTER.match(vt, n.end)
            for n in acts
        ):  # 某车撞伤严重，…与车辆发生碰撞: the damage of the crash told by its own word
            return None
        if entry.news == "灾害/意外-车祸" and not damaged and (
            _ATTACK_CUE.search(vt, clause.start, clause.end)
            or _DRIVEN_AT.search(vt, a, b)
            or (_RUN_DOWN.search(m.text) and _ATTACK_CUE.search(vt, a, b))
            or _RAMMING.search(vt, a, b)
            or (
                (
                    _INTO_CROWD.search(vt, clause.start, clause.end)
                    or (
                        _RUN_DOWN.search(m.text)
                        and (_INTO_CROWD.search(vt, a, b) or _rammed_for_motive(vt, a, m.start))
                    )
                    or (
                        _motive_told_after(vt, clause.start, m.start, m.end, b)
                        and (
                            _RUN_DOWN.search(m.text)
                            or _person_hit(vt, m.start, m.end, clause.start, actors)
                        )
                    )
                )
                and not _MISHAP.search(vt, a, b)  # (车辆失控驶入人群, 因琐事争执后不慎撞倒…)
            )
        ):  # (与车辆发生碰撞 in a sentence that tells a stabbing too: a collision, no attack)
            entry = replace(entry, news="灾害/意外-袭击", subject="袭击者", object="袭击对象")
        elif (
            entry.news == "灾害/意外-车祸"
            and not damaged
            and (_RUN_DOWN.search(m.text) or _person_hit(vt, m.start, m.end, clause.start, actors))
            and not _MISHAP.search(vt, a, b)
            and (
                any(e.news_type == "灾害/意外-袭击" for e in told or ())
                or _ATTACK_BEFORE.search(vt, _sentence_before(vt, a), a)
                or _DRIVEN_AT.search(vt, b, _sentence_end(vt, b))  # (the sentence after)
            )
            and not _another_run_down(vt, a, m.start, times, told)
        ):  # 某某持刀行凶…。女子被轿车撞倒: a person run down in the attack the article tells
            # (撞完女子后, 将一名路人撞出; or told right after: …。司机又开车朝着人群冲去)
            entry = replace(entry, news="灾害/意外-袭击", subject="袭击者", object="袭击对象")
        if "攻" in m.text and entry.news == _ATTACK:
            if _figurative_attack(vt, clause.start, m.start):
                return None  # 网民对某品牌发动攻击: words or rules, no one hurt
        if entry.news == "灾害/意外-坍/垮塌" and _figurative_collapse(vt, a, b):
            return None  # 口碑太差，看他房子塌了: a star's image, no building
        passive = m.text[0] == "被"
        if entry.news == "灾害/意外-袭击" and m.entry.news == "灾害/意外-车祸" and passive:
            # 行人被撞到, 发现被撞的老人: the one who comes before 被撞 runs no one down
            entry = replace(entry, subject=None)
        elif entry.news == "灾害/意外-袭击" and _WOUND.match(vt, m.end):
            # 某某腿上留有碾压伤，在医院: a wound the act left, the one who has it is the one hit
            entry = replace(entry, subject=entry.object, object=None)
        contests: list[tuple[int, int]] = []
        if "活动名称" in self.lex.roles.get(entry.news or "", ()):
            # 第二届某某博览会在某地开幕: the gathering's name (a place inside the name stays
            # where it is held: 某市车展)
            contests = [
                c
                for c in _contests(vt, a, b, _GATHERING_HEAD)
                if not (c[0] < m.end and m.start < c[1])
            ]
            actors = [
                x
                for x in actors
                if x.place or not any(c0 <= x.start and x.end <= c1 for c0, c1 in contests)
            ]
        elif (entry.news or "").startswith("竞赛行为"):
            # 某联赛第N轮甲队绝杀乙队: the league names the contest, it takes no side in it
            contests = [c for c in _contests(vt, a, b) if not (c[0] < m.end and m.start < c[1])]
            actors = [
                x for x in actors if not any(c0 <= x.start and x.end <= c1 for c0, c1 in contests)
            ]
        # (a reading of no news type that _roles can mark nothing for is judged before it: the
        # marks it would leave on the actors for the sentence are all the judging waits for)
        early = entry.news is None and not _roles_may_mark(vt, clause, m, actors)
        if early and _no_political_reading(entry, actors, times, lead):
            return None
        agent, patient, others = _roles(vt, clause, clauses[:ci], m, actors)
        if entry.news == _DEATH and agent is not None and agent.end <= m.start:
            # 市民参加了遇难消防员的追悼会, 怀念病逝的老战友: the people the death word
            # qualifies died, not the subject of the verb they are the object of
            agent = _dead_qualified(vt, clause.end, m, actors) or agent
        if entry.news == _DEATH and m.text in _RITE_NOUNS:
            if patient is not None and m.end <= patient.start:
                patient = None  # 葬礼由甲主持: the one who holds the rite is no dead
            if agent is not None:
                agent = _rite_for(vt, clause.start, m, agent, actors)
                if agent is None:
                    return None  # 甲前往参加葬礼: a guest at a rite, no death told
        if entry.news is None and not early and _no_political_reading(entry, actors, times, lead):
            return None  # (found after _roles, whose marks on the actors stay for the sentence)
        if m.entry.plover == "REQUEST" and entry.plover == "SANCTION":
            patient = _taken_off(vt, m.end, clause.end, actors) or patient
        if entry.news in _DEAL_TYPES and _deal_is_subject(vt, clause, m, agent):
            agent = None  # 甲将成为乙的合作伙伴，交易不会是全面出售: the deal is the subject
        if (
            entry.news == "产品行为-发布"
            and "亮相" in m.text
            and agent is not None
            and _person_or_people(agent)
            and patient is None
        ):
            return None  # 弦子频频亮相: a person appears in public, no product
        heard_by = patient  # 向法院起诉X: the court is no party; X is
        if patient is None and entry.object is not None and m.text.endswith(_FRAME_ENDS):
            # 在某人的婚礼上: the one whose occasion it is, named where it is held
            owner = next(
                (
                    x
                    for x in actors
                    if clause.start <= x.start < m.start
                    and (
                        vt[x.end : m.start] in ("", "的")
                        or _PARTNER_OF_OWNER.fullmatch(vt, x.end, m.start) is not None
                    )
                    and _person_or_people(x)
                    and _marked(vt, _first_joined(vt, x, actors), clause.start, ("在",))
                ),
                None,
            )  # (在X和Y的婚礼上: the couple; X and Y join as coordinated)
            if owner is not None:
                patient = owner
                if agent is not None and _first_joined(vt, owner, actors).start <= agent.start:
                    agent = None  # (the first of the couple is no guest)
                if agent is owner:
                    agent = None
        subject_role, object_role = entry.subject, entry.object
        if object_role == _BUYER and patient is not None and _sold_in_passive(vt, m, patient):
            agent, patient = _sold_passive_sides(vt, m, actors, patient)  # X的Y被出售给Z
        if (
            agent is not None
            and patient is None
            and object_role is not None
            and _THING_ROLE.search(object_role)
            and (owner := _owner_of_product(vt, agent, actors)) is not None
        ):  # 某应用是某公司旗下的产品，于…上线: the company launches, the app is launched
            agent, patient = owner, agent
        if agent is not None and subject_role in _INVESTOR_ROLES and _apart(vt, clause, agent, m):
            agent = None  # 某公司拿到了某基金领投的融资: the one financed invests nothing
        if agent is not None and entry.news in _WON_AFTER_BEATING and agent.end <= m.start:
            agent = _beater(vt, a, agent, acts, actors)
        if object_role is not None and _THING_ROLE.search(object_role):
            quoted = _QUOTED_OBJECT.match(vt, m.end, clause.end) or _QUOTED_AFTER_DE.match(
                vt, m.end, clause.end
            )
            if quoted is not None:  # 发布“文心一言”: the quoted name is the thing, whole
                patient = Actor(quoted.start(1), quoted.end(1), quoted.group(1), "NP")
            elif (patient is None or patient.end <= m.start) and not _AMOUNT_ROLE.search(
                object_role
            ):
                agent, patient = _thing_before(vt, clause, m, times, agent, patient)
        if patient is None and object_role == "target" and names:
            patient = _surname_inside(vt, m, names)  # 批准谭以现金…保释: 谭 is 谭某某
        by_inside: Actor | None = None  # who acts, named where no role of the entry stands
        by_role: str | None = None
        if (
            patient is not None
            and m.start < patient.start
            and patient.end <= m.end
            and _PASSIVE.match(vt, m.start)
            and object_role is None
            and _acted_on(subject_role)
        ):  # 被警方控制, 被警察带走: the one named inside the passive word acts
            by_inside, patient = patient, None
            by_role = self._doer_role(entry.news, subject_role) if subject_role else None
        if (
            agent is not None
            and subject_role in _ONE_PERSON_ROLE
            and vt.endswith("的", a, m.start)
            and not vt.startswith("的", m.end)  # (周明的怀孕的妻子: the wife's, after it)
        ):
            agent = _birth_owner(vt, m, actors) or agent  # 丈夫说起她的分娩过程: hers
        if entry.news in _SUBDUED_HURT and by_inside is None:  # 甲试图制服歹徒，被捅伤
            agent, patient, by_inside, by_role = self._subdued_attacker(
                vt, a, m, agent, patient, actors, others
            )
            others = [x for x in others if x is not by_inside and x is not agent]
        if (
            agent is not None
            and (
                _person_or_people(agent)
                or (
                    subject_role == _FINER
                    and ((patient is None and _named_company(agent)) or _fine_received(vt, m))
                )
            )
            and subject_role in _AUTHORITY_ROLES
            and object_role is not None
        ):  # 郭美美…处罚款: a person is fined, she does not enforce; nor does a company
            # when no one else is told fined (某公司违规销售，共罚款30万元; not 某公司对迟到员工
            # 罚款, 某联赛公司对某俱乐部罚款: it fines) or when it receives the ticket (某公司又收
            # 巨额罚单)
            patient, agent = patient or agent, None
        if (
            agent is not None
            and patient is None
            and entry.agent_kinds
            and (entry.plover in _NOTIONAL_PASSIVES or _MADE_OUT.fullmatch(m.text))
            and subject_role == "source"
            and _person_or_people(agent)
            and _kind_of(agent) not in entry.agent_kinds
            and not _authority(agent)
            and agent.end <= m.start
            and not _object_follows(vt, m.end)
        ):  # 某车主…已经释放: a release only an authority grants, told with no object, is of
            # the person it opens with (a notional passive), as is a refusal only it makes
            # (某人不准保释: the one refused); who granted or refused it is found below
            patient, agent = agent, None
        if (
            agent is not None
            and patient is None
            and entry.agent_kinds
            and entry.plover == "CONCEDE"
            and (_kind_of(agent) in entry.agent_kinds or _authority(agent))
            and _GRANTED_BY.search(vt, max(clause.start, agent.start - 12), agent.start)
        ):  # 某人…后获某法院法官某某批准保释: the one granted is the subject of 获, the
            # authority after it grants
            patient = _granted(vt, clause, clauses[:ci], actors, agent, entry.agent_kinds)
        if (
            by_inside is None
            and entry.plover == "CONCEDE"
            and not any(x is not None and _authority(x) for x in (agent, patient))
            and (police := _police_bail_grantor(vt, m, a, b, actors)) is not None
        ):  # 某人获准保释候查，须向警方报到: bail pending inquiry is police bail, the police the
            # sentence names grant it
            by_inside = police
        if (
            entry.case
            and agent is None
            and patient is not None
            and patient.end <= m.start
            and _RECEIVED.search(vt, patient.end, m.start)
            and ci + 1 < len(clauses)
        ):  # 某人收到了起诉状，某公司认为…: the one whose claim the next clause tells sued
            agent = _claimant(vt, clauses[ci + 1], actors, patient)
        if (
            entry.plover == "THREATEN"
            and agent is None
            and patient is not None
            and patient.end <= m.start
            and (got := _RECEIVED.search(vt, patient.end, m.start)) is not None
        ):
            patient = _receiver(vt, actors, patient, got.start())
            if ci + 1 < len(clauses):
                # 某法官接到恐吓电话，来电者称…: the unnamed caller the next clause opens with
                # threatens
                agent = _caller(vt, clauses[ci + 1], actors, patient)
        if (
            patient is not None
            and patient.kind != "NP"
            and object_role is not None
            and _AMOUNT_ROLE.search(object_role)
            and (agent is None or agent.agent_type in ("JUD", "COP"))
        ):  # 判处郭美美…, 监禁黎智英: a person is no prison term; she is the one jailed
            if agent is not None and by_inside is None and agent.agent_type == "JUD":
                by_inside = agent  # 被某法院判处…: the court that imposes it does it
            elif agent is not None:
                others = [agent, *others]  # the court stays an actor of the event
            agent, patient = patient, None
        if (
            patient is not None
            and patient.kind != "NP"
            and object_role is not None
            and _AMOUNT_ROLE.search(object_role)
            and _kind_of(patient) in entry.agent_kinds
        ):  # 某人获刑3年 某法院通报…: a court named after the word is no term; it imposes it
            if by_inside is None and agent is not None:
                by_inside = patient
                by_role = self._doer_role(entry.news, subject_role) if subject_role else None
            else:
                others = [patient, *others]
            patient = None
        if (
            patient is not None
            and _is_ruling(entry)
            and any(y.text == patient.text and y.agent_type == "JUD" for y in (patient, *actors))
            and m.end <= patient.start
            and _ERRED.search(vt, patient.end, min(clause.end, patient.end + 16))
        ):  # 终审法院裁定某法官犯错: the ruling finds a judge's decision wrong (the judge named
            # or titled so in the sentence), no one is coerced
            return None
        if agent is not None and subject_role == _RAISER and _invests_by(vt, clause, agent, m):
            subject_role = _JOINING_INVESTOR  # 本轮融资由某资本等参与: the one after 由 invests
        if entry.news in _DEAL_TYPES:  # 收购了VR创业公司Pico: the company named, not its kind
            if agent is not None and agent.end <= clause.start and not _acted_on(subject_role):
                # 某平台…，松鼠被证实已收购…: the clause's own subject, not the one carried
                agent = _own_subject(vt, clause, m) or agent
            agent = _named_in_apposition(vt, clause, agent, actors)
            patient = _named_in_apposition(vt, clause, patient, actors)
        if by_inside is None and subject_role in _INVESTOR_ROLES:
            # 某资本领投了对某公司的1000万美元投资: the one the investment is made in raises it
            by_inside = _invested_in(vt, clause, m, actors)
            by_role = _RAISER if by_inside is not None else None
            others = [x for x in others if x is not by_inside]
        if (
            by_inside is None
            and entry.news == _TRADE
            and subject_role == _SELLER
            and patient is not None
            and patient.end <= m.start
            and _marked(vt, patient, clause.start, ("向",))
        ):  # 某集团向某公司出售旗下业务: the one sold to, marked by 向, buys; the thing follows
            by_inside, by_role = patient, _BUYER
            phrase = _np_after(vt, clause, m, _NP_MAX)
            patient = None if phrase is None else Actor(*phrase, vt[phrase[0] : phrase[1]], "NP")
        if (
            by_inside is None
            and entry.news == _TRADE
            and subject_role == _BUYER
            and (seller := _named_at(patient, actors)) is not None
            and (bought := _held_phrase(vt, clause, m, seller)) is not None
        ):  # 收购某公司旗下的游戏工作室: the company sells what it holds; the phrase is bought
            by_inside, by_role = seller, _SELLER
            patient = Actor(*bought, vt[bought[0] : bought[1]], "NP")
        if by_inside is None and patient is None and subject_role == _BUYER:
            by_inside, patient = _stake_owner(vt, clause, m)  # 收购某科技80%股权: unnamed holder
            by_role = _SELLER if by_inside is not None else by_role
        # a court or the police in a role only a party fills (the one jailed, the defendant):
        # they act on the party, whose name follows the trigger
        if (
            agent is not None
            and _authority_misplaced(agent, subject_role, object_role)
            and not (subject_role == "原告" and _charging_police(vt, agent, clause.start, m))
        ):
            if patient is None:
                phrase = _np_after(vt, clause, m)
                if phrase is not None:
                    patient = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
            agent_role_ok = False
        else:
            agent_role_ok = True
        if (
            patient is not None
            and patient.agent_type in ("JUD", "COP")
            and _person_role(object_role)
            and object_role not in _PARTY_ROLES_OF_AUTHORITY
            and not (object_role == "被告" and patient.agent_type == "COP")
        ):  # (起诉芝加哥警局: the police may be sued)
            if (
                agent is None
                and not _acted_on(subject_role)
                and _kind_of(patient) in entry.agent_kinds
            ):
                agent = patient  # 下令把X还押的法官: the one who does it, not the one done to
            patient = None  # 裁判官…收押: the magistrate remands, he is not remanded
        if patient is not None and _court_as_party(patient, entry):
            patient = None  # 向区法院起诉, 上诉至高等法院: the court hears it, it is no party
        if patient is not None and object_role == "被告" and _charge_as_party(patient):
            patient = None  # 再加控两罪: the charges laid, not the one charged
        if (
            patient is not None
            and agent is not None
            and agent.agent_type == "JUD"
            and _outcome_of(vt, patient, _WON_AFTER)
        ):
            # 判决某公司胜诉: the winner is not the one ruled against - the loser the sentence
            # names is (宣判甲一审胜诉，乙败诉), else the other party named before the trigger
            # (驳回了孙某的索赔请求，判决某商场胜诉; not the winner named again: 诉某商场案)
            parties = [
                x
                for x in actors
                if a <= x.start
                and x.end <= b
                and not x.place
                and x is not agent
                and x.text != patient.text
                and x.agent_type not in _OFFICES
            ]
            winner = patient
            patient = next((x for x in parties if _outcome_of(vt, x, _LOST_AFTER)), None) or next(
                (x for x in reversed(parties) if x.end <= m.start), None
            )
            if patient is None:  # 判决某公司胜诉 alone: the winner is a party the ruling names
                others = [winner, *others]
        if (
            patient is not None
            and agent is not None
            and agent.agent_type == "JUD"
            and (loser := _loser_of_case(vt, a, m.end, b, actors, patient)) is not None
        ):  # 对甲诉乙案作出判决，乙胜诉 (or 甲败诉): against the case's other side, the winner a
            # party of it
            others = [patient, *[x for x in others if x is not loser]]
            patient = loser
        if (
            patient is not None
            and agent is not None
            and agent.agent_type == "JUD"
            and (plaintiff := _case_plaintiff(vt, clause.start, m.start, b, actors, patient))
            is not None
            and all(plaintiff.text != y.text for y in (agent, patient, *others))
        ):  # 对甲诉乙一案作出一审判决 (no outcome told): the plaintiff a party, no winner guessed
            others = [*others, plaintiff]
        if patient is not None and agent is not None and agent.agent_type == "JUD":
            # 驳回了甲的诉讼请求，乙胜诉; 判决甲向乙退还车款: the winner and the one paid are
            # parties of the ruling too
            for won in _ruled_for(vt, a, m.end, b, actors):
                if all(won.text != y.text for y in (agent, patient, *others)):
                    others = [*others, won]  # (特斯拉胜诉；…特斯拉胜诉: one party, named twice)
            if vt.find("诉", clause.start, clause.end) >= 0:  # 驳回了甲诉乙的诉讼请求: 乙 too
                sofar = [agent, patient, *others]
                others = [*others, *_suit_other_sides(vt, clause, a, b, actors, patient, sofar)]
        if (
            patient is None
            and heard_by is not None
            and heard_by.agent_type in _OFFICES
            and heard_by.end <= m.start
            and entry.news not in _REPORTED_TO
            and _marked(vt, heard_by, clause.start, ("向",))
        ):
            # 向法院起诉华力公司: the court or the police hears it; the one named after the
            # trigger is acted on
            patient = next(
                (
                    x
                    for x in actors
                    if m.end <= x.start < clause.end
                    and not x.place
                    and x not in others
                    and x.agent_type not in _OFFICES
                ),
                None,
            )
        if (
            patient is not None
            and entry.news in _REPORTED_TO
            and patient.agent_type in _OFFICES | {"GOV"}
            and _marked(vt, patient, clause.start, ("向",))
        ):  # 向警方报案: the police receive the report; they are not reported on (向警方举报李某)
            others = [patient, *others]
            patient = next(
                (
                    x
                    for x in actors
                    if m.end <= x.start < clause.end and not x.place and x not in others
                ),
                None,
            )
        # an entry whose only role is the object (被捕: the arrested) names its subject so
        if (
            subject_role is None
            and object_role is not None
            and agent is not None
            and patient is None
            and agent_role_ok
        ):
            patient, agent = agent, None
        if (
            agent is None
            and subject_role is not None
            and _TOPIC_FRAME.match(vt, clause.start)
            and ci + 1 < len(clauses)
            and not vt.startswith("的", m.start - 1)
            and not any(clause.start <= x.start and x.end <= m.start for x in actors)
        ):  # 对于起诉某房企…一事，业主刘先生回应…: the one the main clause is about filed it
            nxt = clauses[ci + 1]
            person = next(
                (
                    x
                    for x in actors
                    if nxt.start <= x.start < nxt.start + _TOPIC_REACH and x.kind == "PER"
                ),
                None,
            )
            if person is not None:
                agent = person
        if (
            entry.plover == "COERCE"
            and patient is None
            and agent is not None
            and agent.agent_type == "JUD"
            and ci > 0
        ):  # 黎智英…被控…，香港法庭4月1日裁定罪成: the court rules on the person told before
            patient = next(
                (
                    x
                    for x in actors
                    if a <= x.start and x.end <= clauses[ci - 1].end
                    and x.kind == "PER" and not x.place and not _teller(vt, x, agent)
                ),
                None,
            )  # fmt: skip
        if entry.plover in _ORDER_PLOVER and (order := _court_order(vt, a, clause, m, actors)):
            if entry.plover == "REQUEST":  # (a demand word the court's ruling; 判决: its own)
                entry = replace(entry, plover="COERCE", cameo="172")
            agent = order[0]
            ruled_one = order[1] or _ruled_against_before(vt, m, told or [])
            if ruled_one is not None and any(y.text == ruled_one.text for y in others):
                ruled_one = patient  # 判决王某胜诉: the winner, a party already, not ruled against
            patient = ruled_one or (None if OTHER.match(vt, m.end) else patient)  # (对方: not her)
        prev = (
            _carrying_clause(self.lex, vt, clause, clauses[:ci], entry, agent)
            if patient is None and _person_role(object_role) and ci > 0
            else None
        )
        if prev is not None:
            # 对两名嫌疑人刑事拘留，此后经检方批准逮捕: the object marked before a verb of the
            # same kind in a clause before (对X判处…，并判处罚金: before any verb of the court)
            patient = _carried_object(vt, prev, actors, agent)
        passed = _penalty_passed(vt, clauses[: ci + 1], m) if patient is None else None
        if (
            passed is not None
            and _person_role(object_role)
            and (pen := _PENALTY_WORD.search(vt, *passed))
        ):  # 法院判处王某有期徒刑…(，)并处罚金: the one sentenced just before is fined
            sentenced = [
                x
                for x in actors
                if passed[0] <= x.start
                and x.end <= pen.start()
                and not x.place
                and not _authority(x)
                and x is not agent
            ]
            patient = sentenced[-1] if sentenced else None
        if (
            entry.agent_kinds
            and patient is None
            and (_person_role(object_role) or object_role == "target")
            and agent is not None
            and agent.end <= clause.start
            and _kind_of(agent) in entry.agent_kinds
            and not any(clause.start <= x.start < m.start for x in actors if not x.place)
        ):  # 法院判决某公司存在欺诈，驳回上诉: the court told before acts on the one it named
            home = next((c for c in clauses[:ci] if c.start <= agent.start < c.end), None)
            patient = next(
                (
                    x
                    for x in actors
                    if home is not None
                    and agent.end <= x.start < home.end
                    and not x.place
                    and not _authority(x)
                ),
                None,
            )
            if patient is not None and _informed(vt, agent, patient):
                patient = None  # (派出所通知周某和钱某，不予立案: the ones told, no object)
        if (
            entry.agent_kinds
            and _acted_on(subject_role)
            and object_role is None
            and agent is not None
            and agent.end <= clause.start
            and agent.agent_type in _OFFICES
            and _CHAINED.match(vt, clause.start)
        ):  # 检察院…决定对涉案男子不批准逮捕，并为其办理取保候审: the authority told before does it
            # to the one its clause before marks
            by_inside, agent = agent, _carried_object(vt, clauses[ci - 1], actors, agent)
            by_role = self._doer_role(entry.news, subject_role) if subject_role else None
        if (
            agent is None
            and subject_role in _AUTHORITY_ROLES
            and ci > 0
            and _CHAINED.match(vt, clause.start)
        ):  # 某法院…判处王某…，并处罚金: the court that sentences in the clauses before fines
            courts = [
                x
                for x in actors
                if a <= x.start
                and x.end <= clause.start
                and x is not patient
                and not x.place
                and _kind_of(x) == "JUD"
                and vt[x.start - 1 : x.start] not in _BY
                and not _marked(vt, x, a, _OBJECT_MARK)
            ]
            agent = courts[-1] if courts else None
        if _in_organisation_role(subject_role, agent, patient, unnamed=True) or (
            _in_organisation_role(object_role, patient, agent)
        ):  # 某人签约了一家公司: the word is the one a club signs with, the roles its reverse
            agent, patient = patient, agent
        joiner = agent if subject_role == "加盟者" else patient if object_role == "加盟者" else None
        if (
            joiner is not None
            and joiner.agent_type == "BUS"
            and not _WITH_OPEN.search(vt, clause.start, joiner.start)
        ):  # 数家厂商一同签约某集团: firms sign deals, no one joins (a club is named, no generic
            # business noun; 与一家公司签约: the one who signs with the firm joins it)
            return None
        if entry.plover == "REQUEST" and patient is None and _authority(agent):
            patient = _addressed_before(vt, a, m.start, actors, agent)
        pleaded = _pleaded_to(vt, a, m.start, actors, agent) if entry.plover == "REQUEST" else None
        if entry.plover == "PROTEST" and agent is not None and _company(agent):
            agent = _company_people(vt, agent)  # 某平台创作者聚集到…抗议: the people protest
        if entry.plover == "PROTEST" and patient is None:  # (the plea itself: 到某法院请愿)
            patient = _pleaded_to(vt, a, m.end, actors, agent)
        if entry.plover == "PROTEST" and patient is None and (door := _at_door(vt, a, m, actors)):
            # 数十名业主到某公司门前抗议: the owners protest at the company's door, against it
            patient, agent = door, _door_people(vt, a, actors, agent, door)
        if pleaded is not None:  # 多个团体到某法院请愿，要求严惩某人: the court is asked
            patient = pleaded
        if (
            entry.plover == "REQUEST"
            and entry.news is None
            and pleaded is None
            and (
                not (_authority(agent) or _former_official(agent))
                or (patient is None and _directive(vt, m, b))
            )
        ):  # a demand is political when an authority makes it of someone, or of no one named
            # but an act (要求立即释放…); not a procedure or a rule (要求对某物进行审查, 要求今后…)
            return None
        if entry.plover == "SANCTION" and agent is not None and agent.agent_type == "JUD":
            return None  # 法官签发临时禁令，叫停某州的禁令: a court's injunction, no sanction
        if (
            entry.plover == "SANCTION"
            and agent is not None
            and not _authority(agent)
            and not _bans_own(vt, agent, patient, m)
        ):
            # 微信禁令, 对TikTok的禁令: the app or company named with the ban is its target;
            # the state or body that bans is told before it in the sentence
            if patient is None:
                patient = agent
            agent = _issuer([x for x in actors if x is not patient], a, m.start)
            if agent is None and entry.news is None:
                return None
        elif entry.plover == "SANCTION" and agent is None and patient is not None:
            # 某国某部表示，将…禁止在办公电脑上安装某游戏: the state told before bans
            agent = _issuer([x for x in actors if x is not patient], a, m.start)
        elif entry.plover == "SANCTION" and agent is not None and patient is None:
            patient = _banned_marked(vt, agent, m, actors)  # 某大学对某国应用宣布禁令
        if entry.plover == "PROTEST" and agent is not None and _company(agent):
            # 到特斯拉门店维权: a company is what consumers protest against, not who protests
            if patient is None:
                patient = agent
            topic = _clause_person(vt, clause, actors, agent) or _topic(vt, clauses[:ci], actors)
            agent = topic if topic is not None and topic.kind == "PER" else None
            if agent is None and entry.news is None:
                return None
        elif entry.plover == "PROTEST" and patient is None and entry.against and agent is not None:
            # 坐在贴有某品牌字样的车上维权: the one company of the clause
            patient = _protested_company(vt, clause, m, actors, agent)
        inside = [x for x in actors if clause.start <= x.start < clause.end and not x.place]
        end_ = clause.end
        for c in clauses[ci + 1 :]:  # 抓获甲，及销售人员乙、丙: a clause opening with 及 goes on
            if not _LIST_COMMA.match(vt, end_):  # with the list of names (_joined)
                break
            inside += [x for x in actors if c.start <= x.start < c.end and not x.place]
            end_ = c.end
        if (
            legal
            and patient is None
            and _person_role(object_role)
            and not _acted_on(subject_role)
            and _SAYING_TAIL.fullmatch(vt[m.end : clause.end].strip())
            and ci + 1 < len(clauses)
            and vt[clause.end] in "，,：:"
            and not _NOMINAL_TRIGGER.search(vt, clause.start, m.start)  # (面对三项控罪，…)
        ):  # 检方指控，被告人甲、乙…: a legal act's verb closing its clause acts on the one
            # opening the next
            nxt = clauses[ci + 1]
            opening = [
                x
                for x in actors
                if nxt.start <= x.start < nxt.end and not x.place and x is not agent
            ]
            if opening and _PARTY_NOUN_LEAD.fullmatch(vt, nxt.start, opening[0].start):
                k = 0  # (被告人甲: the name the party noun qualifies)
                while k + 1 < len(opening) and _modifies(vt, opening[k], opening[k + 1 : k + 2]):
                    k += 1
                if (
                    not _TELLS.match(vt, opening[k].end)  # (not 法院宣判，法官表示…)
                    and not _authority(opening[k])
                    and not _MARKED_NP.search(vt, clause.start, m.start)  # (对四人予以拘留，)
                ):
                    patient = opening[k]
                    inside = inside + opening
        if (
            patient is None
            and agent is not None
            and entry.news == _SUIT
            and ci + 1 < len(clauses)
            and not any(m.end <= x.start < clause.end for x in actors)
            and (demand := _SUIT_DEMAND.match(vt, clauses[ci + 1].start)) is not None
        ):  # 甲向法院提起诉讼，要求乙赔偿…: the one the suit demands something of is sued
            nxt = clauses[ci + 1]
            asked = [x for x in actors if nxt.start <= x.start < nxt.end and not x.place]
            if (
                asked
                and asked[0].start == demand.end()
                and asked[0] is not agent
                and asked[0].kind != "GPE"
                and not _authority(asked[0])
                and not PRONOUN.fullmatch(vt, asked[0].start, asked[0].end)
                and not vt.startswith("的", asked[0].end)  # (要求乙的母亲…: 乙 is not asked)
                and _SUIT_REMEDY.search(vt, asked[0].end, nxt.end) is not None
            ):  # (要求乙赔偿…, not 要求乙出庭作证: a remedy is demanded of the one sued)
                patient = asked[0]
                inside = inside + asked
        if (
            patient is None
            and agent is not None
            and entry.news == _SUIT
            and (matter_at := _matter_of(vt, max(agent.end, clause.start), m.start)) is not None
        ):  # 甲就乙侵犯其专利一事提起诉讼, 甲就批准乙保释的决定上诉: the party the matter names
            in_matter = [
                x for x in actors
                if matter_at <= x.start and x.end <= m.start and x is not agent and not x.place
                and x.kind in ("PER", "ORG") and not _authority(x)
                and not PRONOUN.fullmatch(vt, x.start, x.end)
            ]  # fmt: skip
            if in_matter and _does_in_matter(vt, in_matter[0], matter_at):
                patient = in_matter[0]
                inside = inside + in_matter
        if patient is None and agent is not None and entry.news == _SUIT and ci > 0:
            # 对于起诉乙…输掉的事，甲表示将上诉: the one sued in the suit the sentence's topic
            # names, with no one else filing it there, is the other side again
            framed = next((c for c in clauses[:ci] if _TOPIC_FRAME.match(vt, c.start)), None)
            patient = None if framed is None else _sued_in_topic(vt, framed, actors, agent)
        places = [x for x in actors if x.place]
        for x, side_role in ((agent, subject_role), (patient, object_role)):
            if entry.news in _AFFILIATION_ROLE:
                break  # (青石药业三名董事请辞: the body fills its own role, 原所属组织)
            if side_role in _ORGANISATION_ROLE:
                continue  # (某公司多名高层解雇了员工: a role only the body fills, 解雇方)
            limit = m.start if x is not None and x.end <= m.start else len(vt)
            if (
                x is not None
                and _holds(inside, x)
                and (staff := _staff_of(vt, x, limit)) is not None
            ):
                # 公司多名高层被拘捕: the company's people counted are the ones it befalls
                inside = [staff if y is x else y for y in inside]
                agent = staff if agent is x else agent
                patient = staff if patient is x else patient
        # (the ones of the clause qualifying the one after them: _coordinated reads those its
        # walk reaches; a list before a passive or after the trigger reads the clause as it is,
        # once for both sides)
        if patient is not None and patient.start < clause.start and not _holds(inside, patient):
            # 以被告人甲、乙涉嫌…，向法院提起公诉: the ones joined to him in his own clause
            inside = _home_clause_mates(patient, clauses, clause.start, actors) + inside
        agent_listed = agent is not None and _before_passive(vt, agent, m)
        patient_listed = patient is not None and _listed_object(vt, patient, m)
        qualifying = (
            _qualifying(vt, inside)
            if (agent_listed and agent is not None and _holds(inside, agent))
            or (patient_listed and patient is not None and _holds(inside, patient))
            else None
        )
        co_agents = (
            _coordinated(vt, agent, inside, places, qualifying, agent_listed)
            if agent is not None
            else []
        )
        if co_agents:  # (甲跟乙说自己要结婚了: 乙 is told, not joined to the teller)
            pair = "双方" in (subject_role or "")  # (跟女友说自己想分手: she is the partner)
            co_agents = [
                y for y in co_agents if not _told_of_own(vt, y, clause, m.start, actors, pair)
            ]
        if (
            co_agents
            and agent is not None
            and _acted_on(subject_role)
            and m.start > agent.end
            and entry.news != _SUIT  # (甲与乙因合同纠纷被起诉: both sides may be sued)
            and _quarrel_sides(vt, agent, co_agents, m.start)
        ):
            co_agents = []  # 甲和乙发生口角后被刑拘: the other side of the quarrel, not held
        if co_agents and by_inside is not None:  # 甲与歹徒搏斗时被刺伤: the attacker, not hurt
            co_agents = [y for y in co_agents if y is not by_inside]
        co_patients = (
            _coordinated(vt, patient, inside, places, qualifying, patient_listed)
            if patient is not None
            else []
        )
        for x, co in ((agent, co_agents), (patient, co_patients)):
            if x is not None and co and (total := _list_total(vt, [x, *co], m)) is not None:
                co.append(total)  # 甲与乙共10人被拘捕: the total counted is kept beside them
        if patient is not None and not co_patients:
            co_patients = _list_told_as(vt, patient, [x for x in actors if a <= x.start], places)
        if patient is not None and (listed := _listed_names(vt, patient, actors, places)):
            patient, co_patients = listed[0], listed[1:]  # 5名被告包括甲、乙及丙: the names
        if patient is not None and not co_patients and entry.news == _SUIT:
            # 将该视频的上传者和评论网友起诉: a kind of person joined before the one named
            kinds_joined = _kinds_joined(vt, patient, clause.start)
            if kinds_joined is not None:
                patient, co_patients = kinds_joined
        if patient is None and entry.plover == "SANCTION" and "以下" in m.text:
            patient, co_patients = _banned_listed(vt, m, b, actors)  # 禁止以下交易：…甲或乙
        if agent is not None and (listed := _listed_names(vt, agent, actors, places)):
            agent, co_agents = listed[0], listed[1:]
        if agent is not None and clause.start <= agent.start < m.start and ci > 0:
            # 书记甲，副书记、市长乙在某地会见…: the titled ones each told in a clause of their
            # own just before the subject's act with it
            titled = _titled_before(vt, clauses[: ci + 1], actors, agent)
            co_agents += [y for y in titled if y not in co_agents]
        if agent is not None:  # 甲在车祸中与女儿一同遇难: the one 与 marks does it with the subject
            already = (patient, *co_agents)  # (named once: mypyc cannot compile `in (x, *xs)`)
            brought = subject_role in _BROUGHT_ROLES  # (携妻子出席婚礼 - not 携儿子投案)
            co_agents += [
                y
                for y in actors
                if agent.end <= y.start
                and y.end <= m.start
                and not y.place
                # (cheap first: most have none after)
                and (
                    (
                        _TOGETHER.match(vt, y.end, m.start)
                        and _marked(vt, y, clause.start, _WITH_MARK, places)
                    )
                    or (brought and _brought_kin(vt, y, clause.start))  # (携妻子, 偕夫人乙)
                )
                and not _BREAK_OR_BRACKET.search(vt, y.end, m.start)  # (（甲与乙共同管理）)
                and y not in already
            ]
            co_agents = [_name_titled(vt, y, actors) for y in co_agents]  # (携妻子乙: 乙)
            # 甲伙同乙盗窃: the one a partnering verb joins to the subject does it with it
            co_agents += _allied_before(vt, agent, actors, m, clause.start, (patient, *co_agents))
            if agent.place:  # 甲州、乙州和丙州先后禁止…: each place of the list acts
                co_agents += _listed_places(vt, agent, actors, (patient, *co_agents))
        if any(vt.find(w, clause.start, m.start) >= 0 for w in _ALONG_MARK):
            # 甲携妻子乙出席…, 甲携妻子盗窃…被抓获: the one who brings another along does the
            # act too - never lost to the one brought
            agent, co_agents = _with_bringer(vt, clause.start, agent, co_agents, actors, m)
            patient, co_patients = _with_bringer(
                vt, clause.start, patient, co_patients, actors, m
            )
        if (
            agent is not None
            and patient is None
            and _person_role(subject_role)
            and _person_role(object_role)
            and "双方" not in (subject_role or "")
            and m.text in _COUNTERPART_ACTS
        ):  # 甲与乙公司就纠纷和解: the one the subject is 与 in a two-sided act is the other side
            # (not 甲与丈夫提起诉讼: a plaintiff with her husband)
            other = next(
                (y for y in co_agents if vt[agent.end : y.start] in _COUNTERPART_MARKS), None
            )
            if other is not None and other.start < m.start:
                patient = other
                co_agents = [y for y in co_agents if y is not other]
                others = [y for y in others if y is not other]
        # X，与A、B等人…，被控…: the partners of a subject told in an earlier clause share its role
        if agent is not None and agent.end <= clause.start:
            # (…，与A、B等人涉及某集会: the trigger's own clause opening with partners, for an
            # act no partner is the other side of - not 并与A会见, 并与A和解)
            alone = m.text not in _COUNTERPART_ACTS and not _person_role(object_role)
            co_agents += _partners(vt, clauses[: ci + 1] if alone else clauses[:ci], actors, agent)
            # (甲与乙有过恋情，但后来娶了丙: a clause set against the one before by a contrast,
            # its act on one of its own, tells the subject's act apart from the one it shared;
            # not 甲与乙相恋，但最终分手: the pair's own end)
            apart = _CONTRAST.match(vt, clause.start - 1) and _np_after(vt, clause, m)
            if subject_role not in _ONE_PERSON_ROLE and not apart:
                told_with = _told_with(
                    vt, clauses[:ci], actors, agent, co_agents, _passive_in(vt, clause, m)
                )
                if entry.news == _ATTACK:
                    # 甲与前妻乙因纠纷…，持刀刺伤…: a partner 与 and a spouse's title bring in
                    # is the other side of the quarrel, not one who attacks with the subject
                    told_with = [y for y in told_with if not _partner_titled(vt, y, a)]
                if (
                    _acted_on(subject_role)
                    and entry.news != _SUIT
                    and _quarrel_sides(vt, agent, told_with, m.start)
                ):
                    told_with = []  # (甲与乙发生争执，被带走)
                co_agents += told_with
        elif patient is not None and patient.end <= clause.start:
            co_patients += _partners(vt, clauses[:ci], actors, patient)
            if object_role not in _ONE_PERSON_ROLE:
                co_patients += _told_with(
                    vt, clauses[:ci], actors, patient, co_patients, _passive_in(vt, clause, m)
                )
        if patient is not None and _PENALTY_WORD.search(vt, m.end, clause.end):
            # 判处A入狱8个月，B入狱8个月；C入狱6个月: the later clauses that open with a name
            # and its penalty list the others sentenced
            for c in clauses[ci + 1 :]:
                x = next((x for x in actors if c.start <= x.start < c.end and not x.place), None)
                if (
                    x is not None
                    and x.start - c.start <= 1
                    and x.kind == "PER"
                    and _PENALTY_WORD.match(vt, x.end)
                    and x is not patient
                    and x not in co_patients
                ):
                    co_patients.append(x)
        # the ones acted on: the object, or the subject of a passive word with no object
        # (9名官员被逮捕，包括A和B)
        # (被捕嫌疑人: the police read as the subject act on the one after them)
        # (机上5人全部遇难，包括A和B: the dead named among the ones it befell are dead too)
        subject_done_to = object_role is None and (
            _acted_on(subject_role) or subject_role in _BEFALLEN_PEOPLE
        )
        on_subject = subject_done_to and (agent_role_ok or patient is None)
        acted, co_acted = (agent, co_agents) if on_subject else (patient, co_patients)
        if (
            (object_role is not None or subject_done_to)
            and (
                acted is None
                or acted.kind != "PER"
                or _GROUP_AFTER.match(vt, max(x.end for x in (acted, *co_acted)), clause.end)
            )  # (抓获钱某、孙某等20人，其中包括林某: the group the names head)
            and ci + 1 < len(clauses)
            and (
                (among_at := _TOLD_AMONG.match(vt, clauses[ci + 1].start)) is not None
                or _also_among(vt, clauses[ci + 1], actors)
            )
        ):  # 拘捕7人，其中有王某某: the ones named among those acted on are acted on too
            # (未公布被捕者身份，但报道称包括王某某: so are those a report says are among them;
            # 9人遇难，A也在其中: so are those a clause of their own puts among them)
            first_at = clauses[ci + 1].start if among_at is None else among_at.start("among")
            last = ci + 2  # 包括A、B，以及C、D: a clause opening with 以及/及 goes on with the list
            while last < len(clauses) and (
                _list_goes_on(vt, clauses[last], actors) or _also_among(vt, clauses[last], actors)
            ):  # (包括两名乘客，A也在其中: so does a clause putting more among them)
                last += 1
            end_ = clauses[last - 1].end
            among = _people_listed(vt, actors, first_at, end_)
            if vt.find(_AMONG_QUALIFIES, first_at, end_) >= 0:
                among = []  # (3人遇难，包括甲在内的多名官员被问责: a noun's, another act's)
            if among and acted is None:
                acted, among = among[0], among[1:]
            co_acted += [x for x in among if x is not acted and x not in co_acted]
            if on_subject:
                agent = acted
            else:
                patient = acted
        if acted is not None and acted.kind == "PER" and (object_role or subject_done_to):
            # 甲被拘留，还有乙和丙: a list clause after the event's goes on with those it befalls
            co_acted += [
                x for x in _listed_on(vt, clauses, ci, actors) if x not in (acted, *co_acted)
            ]
        if (
            subject_role is not None and object_role is None and _WHO_FOLLOWS.match(vt, m.end)
        ):  # 丧生的还有A、B和C；还有D: the ones named after it did it (died, were hurt…)
            listed = [
                x
                for x in actors
                if m.end <= x.start < b
                and x.kind == "PER"
                and not x.place
                and not PRONOUN.fullmatch(vt, x.start, x.end)  # (他的女儿: whose)
            ]
            if listed:
                agent, patient, others, co_agents = listed[0], None, [], listed[1:]
                co_patients = []
        if (
            agent is not None
            and patient is None
            and object_role is not None
            and ci > 0
            and is_suit(entry.news, entry.plover)
            and (other := _other_side(vt, a, clause.start, actors, agent, claims=True)) is not None
        ):  # 甲诉乙一案，甲提起上诉: the suit the sentence names before is against 乙
            patient = other
        if (
            entry.news == _BEATS
            and agent is not None
            and patient is None
            and ci > 0
            and (rival := _rival_of(vt, a, clause.start, actors, agent)) is not None
        ):  # 甲与乙的比赛中，甲击败对手: the other side of the match the sentence names first
            patient = rival
        besides, joins_them = (
            _besides_named(vt, clauses[ci - 1], clause, m, actors) if ci > 0 else ([], False)
        )
        if besides and joins_them:
            # 除了甲外，乙、丙也被捕: the ones set beside the clause's subject share its role
            first = next(
                (x for x in actors if clause.start <= x.start < m.start and not x.place
                 and (x is agent or x is patient or x in co_agents or x in co_patients)),
                None,
            )  # fmt: skip  # (他的两个儿子甲及乙: the first of its participants, not 他, 儿子)
            # (除了甲外，警方也拘捕了乙: a body doing the act to a person beside 甲 - 甲 is
            # one more it is done to, no doer the body's kind)
            to_person = (
                first is not None
                and first.kind != "PER"
                and patient is not None
                and patient.kind == "PER"
                and all(x.kind == "PER" for x in besides)
            )
            if first is not None and (first is patient or first in co_patients or to_person):
                co_patients += [x for x in besides if x not in co_patients]
            elif first is not None and (first is agent or first in co_agents):
                co_agents += [x for x in besides if x not in co_agents]
        elif besides:  # 除了甲外，其他人都没被捕: 甲 is set apart, no participant of the act
            set_apart = {x.start for x in besides}
            agent = None if agent is not None and agent.start in set_apart else agent
            patient = None if patient is not None and patient.start in set_apart else patient
            co_agents = [x for x in co_agents if x.start not in set_apart]
            co_patients = [x for x in co_patients if x.start not in set_apart]
            others = [x for x in others if x.start not in set_apart]
        coordinated = co_agents + co_patients
        others = [*coordinated, *[x for x in others if x not in coordinated]]
        if (entry.plover is None or (entry.news or "").startswith("竞赛行为")) and not (
            (entry.news or "").startswith("竞赛行为") and _sport(vt, a, b)
        ):
            # a state acts in political events only (俄乌战争胜负已分, 与美国打平: no contest;
            # in a sentence of sport a country named is its team: 某国2比1击败某国)
            agent = None if agent is not None and agent.kind == "GPE" else agent
            if patient is not None and patient.kind == "GPE" and not _state_thanked(vt, patient, m):
                patient = None  # (感谢某国: a state thanked or apologised to stays)
            others = [x for x in others if x.kind != "GPE"]
        if (
            patient is not None
            and object_role is not None
            and _THING_ROLE.search(object_role)
            and object_role not in _CASE_ROLES  # (the one a trial is about stays its actor)
            and _person_or_people(patient)
        ):  # 五名村民被评为见义勇为模范获表彰: a person is no prize, no product — the one who
            # gets it, when no one else is named; but not the kind of people a prize's name
            # holds (获得了全国中学生最佳球员奖: the prize, no winner)
            in_prize = _in_prize_name(vt, patient, m, object_role)
            if (
                agent is None
                and subject_role is not None
                and not in_prize
                and not _agentless_passive(vt, m, clause.end, patient)
            ):  # (某艺人参演的某剧被停播: a passive naming no agent, nor an object, has no agent)
                agent = patient
            # (把车卖掉也对买家…: nor what follows; but 发布Galaxy…: a Latin word read as
            # a person opens the thing's name)
            no_thing = (
                not in_prize
                and patient.start >= m.end
                and not _LATIN_WORD.fullmatch(patient.text)
            )
            patient = None
        else:
            no_thing = False
        if (entry.news or "").startswith(_LIFE):
            # 造成9人遇难 after 指出公司…: a company is not born, married or dead; 某歌手和女友
            # 分手的消息对围观网友来说: the crowd looking on does not break up
            def outsider(x: Actor) -> bool:
                crowd = x.agent_type == "CVL" and _CROWD.search(x.text) is not None
                return _company(x) or (entry.news not in _COUNTED and crowd)

            agent = None if agent is not None and outsider(agent) else agent
            patient = None if patient is not None and outsider(patient) else patient
            others = [x for x in others if not outsider(x)]
        if (
            entry.plover is not None
            and agent is not None
            and patient is not None
            and patient.kind == "GPE"
            and patient.country == agent.country
            and _place_acted_on(vt, m, [patient]) is not patient
        ):  # (起诉了某县: a county or a city a legal act names as its party is one)
            patient = None  # 某国贸易部要求禁止在该国…: the state is where, not whom, it acts on
        if (
            patient is not None
            and patient.kind == "NP"
            and object_role in _CASE_ROLES
            and not _CASE_TEXT.search(patient.text)
        ):
            patient = None  # 开庭审理结束, 庭审又一次推迟: no case named
        if (
            agent is not None
            and patient is not None
            and agent is not patient
            and (agent.alias_of or agent.text) == (patient.alias_of or patient.text)
            and object_role is not None
            and _person_role(object_role)
            and "双方" not in (subject_role or "")
            and agent.end <= clause.start
            and m.end <= patient.start <= m.end + 1
        ):  # 朱军否认…，女方坚持起诉朱军: one named both sides is the one the act is done to
            # (the subject was read from a clause before)
            agent = None
            co_agents = []
        seats = _SEATED_ROLES.get(subject_role or "")
        seat_role = subject_role
        tried = _TRIED_AT.get(entry.news or "")
        if seats is None and tried is not None and subject_role in (None, "target"):
            # 王某在某区法院受审: the court where the one tried is (在/于 it) tries it
            seats, seat_role = _SEATED_ROLES[tried], tried
        # (今天上午在某区法院，王某…一审开庭: or in an adjunct clause of its own just before)
        floor = _seat_floor(vt, clause, clauses) if seats is not None else clause.start
        if (
            by_inside is None
            and seats is not None
            and (agent is None or not _seat_fits(agent, seat_role))
        ):  # 王某案在西城区法院开庭, X反诉Y并在南山区法院立案: the court named where it sits
            # tries or files the case
            by_inside = next(
                (
                    x
                    for x in actors
                    if floor <= x.start
                    and x.end <= m.start
                    and _seat_fits(x, seat_role)
                    and x is not patient
                    and x not in others
                    and (x.start >= clause.start or _SEAT_END.fullmatch(vt, x.end, clause.start))
                    and (
                        (seat_role == subject_role and x.start >= clause.start)
                        or _marked(vt, x, floor, _VENUE_MARK)
                    )
                ),
                None,
            )
            by_role = seat_role
        if (
            entry.agent_kinds
            and by_inside is None
            and object_role is None
            and _acted_on(subject_role)
            and agent is not None
            and patient is not None
            and _kind_of(patient) in entry.agent_kinds
        ):  # 向区域法院申请保释后获得批准: the court the subject turned to grants it
            by_inside, patient = patient, None
            by_role = self._doer_role(entry.news, subject_role) if subject_role else None
        if (
            entry.agent_kinds
            and by_inside is None
            and (agent if _acted_on(subject_role) else patient) is not None
        ):
            # 警方通报称，张某被行政拘留; 法官…拒绝其申请，陈某继续还押: the act's doer, of
            # the kind that does it, named elsewhere in the sentence
            doer = _canonical_agent(
                vt, a, b, m, actors, entry.agent_kinds, (agent, patient, *others)
            )
            ruled = _ruled_on(vt, clause, agent, actors) if _acted_on(subject_role) else []
            if agent is not None and doer is not None and doer.end == agent.start:
                doer = None  # 法官某某: the judge's title names the one already read
            if (
                doer is not None
                and subject_role in _BENCH_ROLES
                and (not _seat_fits(doer, subject_role) or _court_as_place(vt, doer, a))
            ):  # 法庭宣布，某案将于…开庭: the court told elsewhere holds the trial - not a judge
                # or a prosecutor (开庭…，申请三位法官回避), nor a court where another act was
                doer = None  # done (在某法院起诉了邻居，此案于下月开庭; 纠纷闹上法庭)
            if doer is None and patient is None and agent is not None and ruled:
                # 法官某某裁定甲、乙罪成，押后判刑: the judge carried from the clause before
                # does it; the ones it ruled on there are the ones it is done to
                by_inside, agent, co_agents, agent_role_ok = agent, ruled[0], ruled[1:], True
                by_role = self._doer_role(entry.news, subject_role) if subject_role else None
                others = [*co_agents, *[x for x in others if x not in co_agents]]
            elif doer is not None:
                if agent is None and not _acted_on(subject_role):
                    agent = doer
                elif agent is not None and _acted_on(subject_role) and not _authority(agent):
                    by_inside = doer
                    by_role = self._doer_role(entry.news, subject_role) if subject_role else None
        # a vehicle's make named takes no part: any company in an accident (某品牌轿车发生事故),
        # else one the words around it make a car (一辆白色某品牌, 某品牌车辆起火); it tells the
        # event when it is the accident's or the one doing the act (the car burns)
        every_make = entry.news in _MADE_VEHICLE_TYPES
        car_read = not (entry.news or "").startswith(_MAKER_CLASSES)  # (the maker recalls)

        def make(x: Actor | None) -> bool:
            return (
                x is not None
                and _company(x)
                and (every_make or (car_read and _vehicle_make(vt, x)))
            )

        made = make(agent) or (every_make and any(map(make, (patient, *others, by_inside))))
        if made or any(map(make, (patient, *others, by_inside))):
            if agent is not None and make(agent):  # 王某的某品牌轿车追尾…: its owner's
                agent = _owner_before(vt, agent, actors)
            patient = None if make(patient) else patient
            others = [x for x in others if not make(x)]
            by_inside = None if make(by_inside) else by_inside
        if every_make:
            # 甲开的拖拉机撞上了乙所驾驶的三轮车: each driver is a party (a make or the
            # other car's phrase may have been read in their place)
            for y in _drivers_before(vt, clause.start, m.start, actors):
                if all(y is not x for x in (agent, patient, *others, by_inside)):
                    if agent is None:
                        agent = y
                    else:
                        others = [*others, y]
        pair_role = subject_role if subject_role and "双方" in subject_role else None
        pair_too: list[Actor] = []
        if pair_role:
            # (李某被妻子起诉离婚: the one acted on is the other party of a pair role)
            # (嫁给他: so is a person the word takes as its object)
            pair_too = (
                [patient]
                if patient is not None
                and object_role is None
                and (
                    patient.end <= m.start
                    or (vt[m.end : patient.start] in ("", "了") and _person_or_people(patient))
                )
                else []
            )
            # 尽管与乙相恋，甲仍…，乙决定分手: one partner read, the other is the one other
            # person the sentence names
            one_more = next(
                (
                    x
                    for x in (agent, *pair_too)
                    if x is not None and _also_does(vt, clause, x, entry.news, m.start)
                ),
                None,
            )
            if one_more is not None and agent is not None and agent.end <= clause.start:
                # 甲如今…，乙也被曝将结婚: 乙 alone, 甲 carried in is no partner
                agent, pair_too = one_more, []
            partner = _other_partner(
                vt, a, b, clause, (agent, *pair_too, *others), actors, entry.news, told or [],
                at=m.start,
            )
            if partner is not None:  # (a pronoun standing for no one read: this one)
                others = [*(x for x in others if not _unresolved(x)), partner]
        # 某女童被拐案今日宣判: the one the case is named after suffered it; the case is no
        # party either (the ones tried in it are, unnamed)
        if object_role not in _CASE_ROLES:  # (a hearing's case is its argument already)
            agent = _case_for_victim(vt, agent, m)
            patient = _case_for_victim(vt, patient, m)
        if (
            agent is not None
            and patient is not None
            and entry.agent_kinds
            and agent.agent_type == "CRM"
            and _acted_on(object_role)
            and not _acted_on(subject_role)
            and agent.end <= patient.start
            and agent.end <= m.start
            and "被" not in vt[agent.end : m.start]
        ):  # 法院认为，被告人…，对四名被告人判处…: the accused do no court's or police act
            agent = None
        if agent is not None and agent.agent_type == "JUD" and agent.end <= m.start:
            # 终审法院裁定，取消早前高等法院对于甲的保释决定: the court whose ruling the act
            # undoes made that one; the court that rules now is named before it
            agent = _later_court(vt, a, agent, actors)
        if (
            agent is not None
            and patient is not None
            and agent.end <= m.start
            and _marked(vt, agent, clause.start, ("对",))
            and _HEADLESS_DOER.search(vt, m.end, patient.start)
            and not _CLAUSE_END.search(vt, m.end, patient.start)
        ):  # 对某国企业实施制裁的还有乙国: the one after the relative does it, the marked one
            agent, patient = patient, agent  # is acted on
        if others and (vt.find("他", a, b) >= 0 or vt.find("她", a, b) >= 0):  # (a pronoun)
            twins = [x for x in others if _pronoun_twin(vt, x, (agent, patient, *others))]
            others, co_agents, co_patients = _without(twins, others, co_agents, co_patients)
        participants = [x for x in (agent, patient, *others, by_inside) if x is not None]
        for x in list(participants):
            for name in x.members if x.kind != "ORG" else ():  # 两人, 双方: the people
                member = self._member_name(name)  # (a well-known one: their own country)
                land = known_nationals().get(member) or x.country
                participants.append(Actor(x.start, x.end, member, "PER", country=land))
        case_agent = agent  # (the case phrase is read after the court this agent may be)
        announced = False
        doer = agent  # (the modality checks below read the roles' agent, not a fallback's)
        if agent is not None and patient is not None and agent.end <= clause.start:
            agent = _own_doer_before_mark(vt, clause, m, times, patient, agent, participants)
            doer = agent  # (张女士称，小崔向某甲道歉了: 小崔's act, told by 张女士)
        if agent is None and patient is not None and subject_role and entry.news == _ATTACK:
            agent = _passive_doer_np(vt, clause, m, patient, participants)
        if (
            entry.news
            and agent is None
            and subject_role
            and not made
            and not _PASSIVE.match(vt, m.start)
            and not _PASSIVE_END.search(vt, max(clause.start, m.start - 2), m.start)
        ):  # (…涉嫌非法经营被刑事拘留: the phrase before 被 is what befell the one held, no doer)
            # 某品牌新款手表将在成都正式发布, 小李向法院交了诉状: the phrase a name stands in
            # (某联赛第N轮甲队2比1击败…: after the contest's name that opens the clause)
            floor = max(
                (
                    c1
                    for c0, c1 in contests
                    if clause.start <= c0 <= clause.start + 2 and c1 <= m.start
                ),
                default=0,
            )  # (a contest opening the clause: not 某队在某决赛中以…, where the team opens it)
            phrase = _np_before(vt, clause, m, times, floor)
            if phrase is None and patient is not None:  # (小某向某甲鞠躬道歉: before the mark)
                phrase = _np_before_mark(vt, clause, m, times, patient, floor)
            if phrase is not None and object_role in _CASE_ROLES:
                phrase = _case_like(vt, phrase)
            if (
                phrase is not None
                and not any(x.start < phrase[1] and phrase[0] < x.end for x in participants)
                and not _place_happening(vt, actors, phrase, m)
                and not _PASSIVE.search(vt, phrase[1], m.start)
                and not _unlaunched_subject(entry.news, vt, phrase)
                and not _left_out(entry.news, phrase, actors)
                and not _reason_suffered(vt, entry, phrase, m)
                and not (participants and _BARE_CASE.fullmatch(vt, *phrase))
            ):  # (某公司因违规被某部门约谈, 某男子因醉驾刑拘: the phrase before the reason
                # suffers it, no doer)
                agent = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
                participants.insert(0, agent)
        if (
            (entry.news or "").startswith("竞赛行为")
            and patient is None
            and object_role is not None
            and (contests or _sport(vt, a, b))  # (甲队2比1战胜乙队: a score tells the sport)
            and (phrase := _np_after(vt, clause, m)) is not None
            and _shown_length(vt[phrase[0] : phrase[1]]) <= _CONTEST_SIDE_MAX  # (Team Liquid: 3)
            and not _HAS_NUMBER.search(vt, phrase[0], phrase[1])  # (惨败30分, 2-1领先: a score)
            and vt[phrase[0]] not in _NOT_A_SIDE_FIRST
            and next(_word_spans(vt, *phrase))[2] not in _NOT_A_SIDE_TAGS  # (进决赛, 大逆转)
            and not any(x.start < phrase[1] and phrase[0] < x.end for x in participants)
        ):  # 负于某某队: the side named after the verb, though no name was recognised
            patient = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
            participants.append(patient)
        if (
            patient is None
            and object_role is not None
            and (entry.news or "").startswith(_SOCIAL)
            and (
                (phrase := _addressed_np(vt, clause, m, agent)) is not None
                or (participants and (phrase := _everyone_addressed(vt, clause, m)) is not None)
                or (participants and (phrase := _determined_addressee(vt, clause, m)) is not None)
            )
            and not any(x.start < phrase[1] and phrase[0] < x.end for x in participants)
        ):  # 向现场观众道歉, 给某中心的保安部门致歉: the one a social act is addressed to,
            # though no name was recognised there; 感谢大家, 向各位道歉: everyone addressed, by
            # someone named (it completes an event, it makes none: 感谢大家的关心 closing a
            # statement names no one who thanks)
            patient = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
            participants.append(patient)
        if not participants and entry.news == "灾害/意外-车祸":
            car = _crash_vehicle(vt, clause.start, m.start, actors) or _crash_vehicle_before(
                vt, clauses[: ci + 1], m, actors
            )
            if car is not None:  # 一辆白色轿车与货车相撞, 涉案车辆发生碰撞: no driver named, the
                # car that crashes is the party (not the other car, 与一辆货车)
                agent = Actor(car[0], car[1], vt[car[0] : car[1]], "NP")
                participants = [agent]
        if not participants and entry.news and not made:
            before_np = _np_before(vt, clause, m, times)
            if before_np is not None and (
                _place_happening(vt, actors, before_np, m)
                or _unlaunched_subject(entry.news, vt, before_np)
                or _left_out(entry.news, before_np, actors)
                or _distance_moved(vt, entry.news, before_np)
            ):
                before_np = None
            phrase = before_np or (_np_after(vt, clause, m) if entry.object else None)
            if phrase is not None and object_role in _CASE_ROLES:
                phrase = _case_like(vt, phrase)  # 开庭审理结束: no case named, no participant
            if (
                phrase is not None
                and before_np is None
                and object_role == "被告"
                and vt.endswith(_CHARGE_ENDS, phrase[0], phrase[1])
            ):
                phrase = None  # 其后加控两罪: the charges laid, no one charged
            if phrase is not None:  # 抓获在逃人员两名
                x = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
                if (
                    before_np is not None
                    and not _PASSIVE.search(vt, before_np[1], m.start + 1)
                    and not _reason_suffered(vt, entry, before_np, m)
                ):
                    agent = x
                else:
                    patient = x  # 12万个保温杯被召回: what the passive is about
                participants = [x]
        if (
            passive
            and entry.news in _RUN_DOWN_TYPES
            and (agent is None or entry.news != _ATTACK)
            and (car := _car_then(vt, clauses, ci, actors)) is not None
        ):  # 一名行人被撞飞，肇事车随即撞上花坛: the car the next clause tells crashing hit them
            hit_by = Actor(car[0], car[1], vt[car[0] : car[1]], "NP")
            participants.append(hit_by)
            if entry.news == _ATTACK:
                agent, subject_role = hit_by, "袭击者"
            else:
                others.append(hit_by)  # (a crash's parties: the one hit and the car)
        if (
            agent is not None
            and agent.kind == "NP"
            and patient is None
            and (priced := _priced(agent, entry.object or "")) is not None
        ):  # 某产品售价降至…: a price is no doer, the product is what is cheaper
            participants = [priced if x is agent else x for x in participants]
            agent, patient = None, priced
        if patient is None and (
            (entry.object and not _THING_ROLE.search(entry.object))
            or (entry.object is None and _acted_on(entry.subject) and not agent_role_ok)
        ):  # (巡逻民警将一名扒手缉拿归案: the one the mark names is the one the subject
            # word is done to, before the verb that goes with the word: 捉拿)
            upto = m.start
            if entry.object is None:
                upto = min(
                    (
                        h.start
                        for h in _packaged_lexicon().match(vt, max(clause.start, m.start - 4), upto)
                        if h.end == upto and h.entry.news == entry.news
                    ),
                    default=upto,
                )
            om = _MARKED_NP.search(vt, clause.start, upto)
            if om is not None and _given_at(vt, clause.start, m) is not None:
                om = None  # 将美国业务卖给…: the thing sold, not the buyer the verb's object is
            # 对撰稿人及几名转帖者提起诉讼: the nouns joined are each acted on
            joined = [] if om is None else _joined_nouns(vt, om.start(1), om.end(1))
            if (
                om is not None
                and joined
                and not (agent is not None and om.start(1) < agent.end and agent.start < om.end(1))
                and not (_parts_of_speech().get(om.group(1)) or "").startswith("v")
                and not _in_place(om.start(1), om.end(1), actors)
                and _mark_of_its_own(vt, clause.start, upto, om.start(), om.end(1))
                and not _told_cases(vt, om.start(1), om.end(1))  # (对前述三案提起上诉)
            ):  # 对涉案的两人进行拘留 (not 对其执行拘留; not 对检方指控的事实: he accuses; not
                # 将实施禁令: 将 before a verb is the future, the verb no one acted on; not
                # 面对某区某广场行凶: a place the sentence names is where, not whom; not
                # 只因对方屡屡失约, 小将4-0横扫: 对 opens the word 对方, 将 ends 小将, no mark)
                patient, *more = (Actor(s0, s1, vt[s0:s1], "NP") for s0, s1 in joined)
                participants.append(patient)
                participants.extend(more)
                co_patients.extend(more)
                others.extend(more)
            elif om is not None and om.group(1).startswith("其") and ci > 0:
                # 对涉案两人予以拘留，…批准对其执行逮捕: 其 is the one acted on before
                before_obj = None
                for c in reversed(clauses[:ci]):
                    for hit in _PRIOR_OBJECT.finditer(vt, c.start, c.end):
                        before_obj = hit
                    if before_obj is not None:
                        break
                if before_obj is not None and not _junk_phrase(before_obj.group(1), clause=False):
                    patient = Actor(
                        before_obj.start(1), before_obj.end(1), before_obj.group(1), "NP"
                    )
                    participants.append(patient)
            elif (
                om is None
                and participants  # (it completes an event, it makes none)
                and entry.news
                and entry.object not in _ROLE_SOURCE
                and not (entry.news or "").startswith("竞赛行为")  # (its sides: _contests)
                and entry.news not in _AFFILIATION_ROLE  # (its organisation: _with_affiliation)
                and (phrase := _object_closing(vt, clause, m)) is not None
                and not any(x.start < phrase[1] and phrase[0] < x.end for x in actors)
            ):  # 约谈了两家网店店主, 加盟某俱乐部: the object phrase closing the trigger's
                # clause, though no name was recognised in it (nouns only: 辞职生效, 罚款2万元)
                patient = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
                participants.append(patient)
        if (
            patient is not None
            and patient.kind in ("ORG", "GPE")
            and entry.object in _TITLE_ROLES
            and patient.start >= m.end
            and patient.end < clause.end
            and "\u4e00" <= vt[patient.end] <= "\u9fff"
            and not _packaged_lexicon().has_match(vt, patient.end, min(clause.end, patient.end + 2))
        ):  # 荣获NBA最佳新秀奖: the league opens the award's name, it is not the award
            participants = [x for x in participants if x is not patient]
            patient = None
        if patient is None and entry.object and _THING_ROLE.search(entry.object) and not no_thing:
            if _AMOUNT_ROLE.search(entry.object):
                # (一审被判|处3年: the 处 of 判处 read after a trigger ending in 判)
                at = m.end + (m.text.endswith("判") and vt.startswith("处", m.end))
                at += vt.startswith((" ", "\u3000", "\xa0"), at)  # 有期徒刑 5年: one space
                q = _AMOUNT.match(vt, at, clause.end)  # 裁员2000人, 罚款5万元
                # (被判了三年: the aspect mark is no part of the term)
                phrase = (at + vt.startswith("了", at), q.end()) if q else None
            else:
                phrase = _np_after(vt, clause, m, limit=_THING_MAX)
                if phrase is None and participants:  # (it completes an event, it makes none)
                    phrase = _marked_thing(vt, clause, m)
                    if (
                        phrase is None
                        and (entry.news or "").startswith(_SUBJECT_THING_CLASSES)
                        and not m.text.endswith(_OCCASION_ENDS)
                    ):  # (某公司官宣其发布会将于…举行: the occasion is the subject, no thing)
                        phrase = _subject_thing(vt, clause, m, participants)
                elif phrase is None and entry.news in _PRODUCT_SUBJECT_TYPES:
                    # 新款某车型正式上市, 某品牌X5四驱版将于下月上市: a product launched with no
                    # maker named - a thing named as a product is its subject
                    subject = _subject_thing(vt, clause, m, participants, determined=True)
                    if subject is not None and _named_product(vt, *subject):
                        phrase = subject
            if phrase is not None:  # 召回部分某品牌儿童安全座椅: the thing acted on
                patient = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
                participants.append(patient)
        if agent is not None and subject_role == _SHOWN_BY and _person_or_people(agent):
            # 某演员主演的新片下月上映: the cast or the director, no one showing it (dropped once
            # the film is found, which the person before it helps find: 某歌手的演唱会电影上映)
            participants = [x for x in participants if x is not agent]
            agent = None
        # 4死3伤: the dead only counted in the trigger - a count (DuEE's 死亡人数 of the accident
        # it closes, _quantities), no one: the death is told with none of the dead as its
        # participant (nor 事故致, 已致 read before it: the cause, no one named)
        tolled = (
            entry.news in _COUNTED
            and subject_role is not None
            and all(x.kind != "PER" for x in participants)
            and _COUNT_IN_TRIGGER.match(m.text) is not None
            and _COUNT_IN_TRIGGER_CLOSES.match(vt, m.end) is not None
        )
        if tolled:
            agent, participants = None, []
        elif (
            entry.news in _COUNTED
            and subject_role is not None
            and all(x.start < clause.start and x.kind != "PER" for x in participants)
        ):  # (3名矿工受伤，2人死亡: a count in the trigger's clause names the dead, not a kind
            # of people told before; a person named before may be one of them: kept)
            count = _PEOPLE_COUNT.search(vt, clause.start, m.start)
            if count is not None:  # 事故造成3人死亡: the dead are counted, not named
                agent = Actor(count.start(), count.end(), count.group(), "NP")
                participants = [agent]
        if (
            entry.news == "产品行为-发布"
            and "亮相" in m.text
            and any(_person_or_people(x) or _names_people(x.text) for x in participants)
        ):
            return None  # 双方证人都已亮相, 几位女星亮相红毯: people appear in public, no product
        nobody = (
            not participants
            and (entry.news or "") not in _SELF_CONTAINED
            and not contests
            and not tolled
        )
        # (the fallbacks above read no date, status or modality: a candidate left with nobody skips
        # those, unless they may mark the page misdated - a day told 今年 - which outlives it)
        if nobody and (self._misdated_page or not self._tells_this_year(vt)):
            return None  # 见面 with nobody: a word, not an event
        # date
        if lead is None:
            date_ref = _date(vt, clause, clauses, m, times, acts)
        else:  # (the lead-in's clauses are earlier clauses of the sentence)
            date_ref = _date(vt, clause, lead[0] + clauses, m, lead[1] + times, acts)
        if date_ref is None:
            date_ref = _notice_date(vt, a, m, times)
        if date_ref is not None and date_ref.kind == "time" and date_ref.end <= m.start:
            date_ref = _day_before_own_hour(vt, date_ref, m, times)  # (5日上午…，晚上8时许…)
        if date_ref is not None and date_ref.end <= m.start and _done_to_object(vt, m, actors):
            date_ref = None  # 10月3日，警方找到了失踪的刘某: the finding's day, not the missing's
        if date_ref is not None and _UNSET_DAY.search(vt, clause.start, m.start):
            date_ref = None  # 8月3日审理，合议庭择日再作判决: a day still to be set
        if (
            date_ref is not None
            and date_ref.end <= m.start
            and _SINCE_THEN.search(vt, date_ref.end, m.start)
            and vt[m.start - 1 : m.start] == "的"
        ):  # 6月1日，距那场火灾已过去半年，…的离世仍令人痛心: the day the time is counted to,
            date_ref = None  # not that of an act named as a noun (…，某人宣布辞职 is of that day)
        if date_ref is not None and date_ref.end <= m.start and _FOLLOW_UP.match(vt, m.end):
            date_ref = None  # 6月18日，某地空难又有了新进展: the day of the news about the act
        if date_ref is not None and date_ref.end <= m.start and _news_of_it(vt, clause, m):
            date_ref = None  # 某日，甲官宣订婚的喜讯: the day of the news, not of the act
        if date_ref is not None and date_ref.end <= m.start and _paper_received(vt, clause, m):
            date_ref = None  # 某日，甲被通知去领取起诉状: the day the paper reached him
        if date_ref is not None and _made_public_as_done(vt, clause, a, m, date_ref.end):
            date_ref = None  # 某日，某公司公布，前总裁已经辞职: the day of the announcement
        if (
            date_ref is not None
            and entry.news == _JAILED
            and date_ref.precision not in ("year", None)
            and date_ref.end <= m.start
            and _VERDICT_MARK.search(vt, m.start, m.end)
            and any(
                e.news_type == _ARRESTED
                and x.sentence_start == sent.start
                and view.to_original(date_ref.end) <= x.trigger_start < view.to_original(m.start)
                for e in told or []
                for x in e.mentions
            )
        ):  # 2019年3月，孙某遭民警刑拘，并获刑一年: the arrest's month; the verdict came later
            date_ref = None
        if entry.plover in ("SANCTION", "REQUEST", "THREATEN"):
            said = _announced(vt, a, m, times)
            announced = said is not None
            word = _announce_word(vt, a, m)
            if said is not None and word is not None and _told_between(vt, said.end, word[0]):
                # 3日，某台报道，…此前部长已宣布停售…: the day is the report's, and the
                # announcement was made before it
                said, date_ref = None, None
            if said is not None:
                date_ref = said  # an announced ban is dated by its announcement
            elif entry.plover == "SANCTION" and word is not None:
                # 某部决定自下周一起禁止…: the ban is the decision, whose day the sentence does
                # not tell; the day after the word is when it takes effect
                announced = True
                if date_ref is not None and date_ref.start >= word[1]:
                    date_ref = None
        if date_ref is not None and date_ref.start >= m.end and _TIME_FROM.match(vt, m.end):
            date_ref = None  # 报案3天后: a time counted from the act dates another one
        if (
            date_ref is not None
            and not clause.start <= date_ref.start < clause.end
            and (
                entry.negated
                or _negation_reaches(vt, max(clause.start, m.start - 6), m.start) == "negated"
                or "否认" in vt[clause.start : m.start]
            )
            and not _REFUSAL.search(vt, max(clause.start, m.start - 4), m.end)
            and not _AT_HEARING.search(vt, max(clause.start, m.start - 2), m.end)
        ):
            date_ref = None  # 2022年3月，X起诉Y，但此案至今没有开庭: what did not happen has no day
            # (2023年5月2日，区公安分局不予立案: a refusal is an act, and that is its day; 某日
            # 开庭审理，未当庭宣判: not done at that hearing, whose day it is)
        if date_ref is not None and date_ref.day_of is not None:
            of = date_ref
            date_ref = _incident_day(of, told or [], m.start, incidents)
            if date_ref is None and of.start >= m.end:
                # 9月3日，博览会开幕当天: no such act told before — the day of this one is what
                # the sentence tells otherwise
                date_ref = _date(vt, clause, clauses, m, [t for t in times if t is not of])
                if date_ref is not None and date_ref.day_of is not None:
                    date_ref = _incident_day(date_ref, told or [], m.start, incidents)
        date = precision = date_text = context = None
        if date_ref is None and any(a <= t.start and t.end <= m.start for t in times):
            context = _telling_day(
                vt, clause, a, m, times, doc.reference_date, self._misdated_page, acts
            )
        if date_ref is not None:
            date, precision = date_ref.date_value
            date_text = date_ref.text
            if (years := _anniversary(vt, m.end)) is not None:
                # 3月8日是两人结婚十周年: the day is the act's tenth return, not the act's
                date = _years_before(date, years)
                if date is None:
                    precision = date_text = None
        # status, modality
        cl_before = vt[clause.start : m.start]
        # (most candidates match none of the patterns the status and modality checks read in the
        # clause before the trigger, close before it or at the clause's opening: each gate is
        # those patterns joined, tried once; a check reads its own pattern only when its gate
        # matched - the answer is the same, _status_gates)
        before_chars, before_gate, near_chars, near_gate, opening_gate = _status_gates()
        # (cheap: one class first; no match opens before the first character it finds)
        open_hit = before_chars.search(cl_before)
        in_before = (
            open_hit is not None and before_gate.search(cl_before, open_hit.start()) is not None
        )
        open_hit = near_chars.search(vt, max(clause.start, m.start - _NEAR_REACH), m.start)
        near = open_hit is not None and near_gate.search(vt, open_hit.start(), m.start) is not None
        opens = opening_gate.match(vt, clause.start) is not None
        status = entry.status or "occurred"
        plan = _plan_word(vt, clause.start, m.start) if in_before else None
        if status == "occurred" and plan is not None:
            at = plan.end()
            if (
                plan.group() != "将"
                or _FUTURE_AFTER_JIANG.match(vt, at)
                or all(c in _QUOTE_OPEN for c in vt[at : m.start])
            ):  # 将于, 将会, 将起诉, 将“起诉…” — not 将车辆出售 (将 marks the object)
                status = "planned"
        if status == "occurred" and m.text.endswith(_OCCASION_ENDS) and _PLAN_NEXT.match(vt, m.end):
            status = "planned"  # 年度发布会定在9月12日举行, 开幕式定于…: the occasion is set ahead
        if (
            status == "occurred"
            and in_before
            and _ABOUT_TO.search(cl_before)
            and (
                _ABOUT_TO_END.match(vt, m.end)
                or not (entry.news or "").startswith(_PERFORMED_IN_SAYING)
            )
        ):
            # 自己要过生日了, 两人要结婚了: about to come; 他要去起诉对方, 扬言要炸毁…: meant, not
            # done (not 我要感谢…, 要向大家道歉: a social act done by saying it)
            status = "planned"
        if (
            status == "occurred"
            and in_before
            and (about := _SET_ABOUT.search(cl_before)) is not None
            and not _DONE_BEFORE.search(cl_before)
            and not _DONE_SINCE.search(cl_before, about.end())
            and not _DONE_AFTER.match(vt, m.end)
        ):
            status = "planned"
        if status == "occurred" and in_before and _DEFERRED_TO.search(cl_before):
            status = "planned"  # 押后至11月24日判刑: the act is set for a later day
        if (
            status == "occurred"
            and in_before
            and (
                any(
                    not _NOUN_MARK.match(cl_before, max(0, i.start() - 1), i.start())
                    and not _UNMEANT.match(cl_before, i.start())
                    for i in _INTENDS.finditer(cl_before)
                )
                or any(
                    not _NOUN_MARK.match(cl_before, max(0, i.start() - 1), i.start())
                    and not _consent_given(cl_before, i)
                    for i in _AGREES.finditer(cl_before)
                )
            )
        ):
            # 表示意欲就…提出上诉, 打算向法院起诉: what one means to do (not 就该决定向…上诉); 不会
            # 出售, 无意起诉: what one means not to do, planned and negated (not 无意中: by chance);
            # 双方同意某日开庭: what one agrees to do
            status = "planned"
        if (status == "occurred" or entry.news in _HARMS) and _threatened(vt, cl_before, m):
            if entry.news in _HARMS:  # 威胁杀害邻居, 以自杀相威胁: harm threatened (the crime
                return None  # of threatening, as 扬言要炸毁: _threat_no_plan), no death to come
            status = "planned"  # 工会威胁举行罢工, 以辞职相威胁: the act threatened, not done
        if (
            status == "occurred"
            and ci > 0
            and (
                (opens and _CONTINUES.match(vt, clause.start))
                or (
                    _PLAN_THEN_HOLDS.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
                    and _PLAN_THEN.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
                )
            )
            and (
                _PLANNED_AHEAD.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
                or (
                    opens
                    and _DOUBT_JOINS.match(vt, clause.start)
                    and _GUESS_AHEAD.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
                )
            )
            and not _DONE_BEFORE.search(cl_before)
            and not _DONE_AFTER.match(vt, m.end)
        ):  # 将于8月24日提交诉状，就…提起诉讼: the clause goes on with the plan before it (可能会
            # …，甚至…: a guessed future only after a joiner that carries the doubt on; 计划回国
            # 后，与…面谈: a plan's after-clause leads into the step planned next)
            status = "planned"
        if (
            status == "occurred"
            and ci > 0
            and not vt[clause.start : m.start].strip()
            and _plans(vt, clauses[ci - 1].start, clauses[ci - 1].end)
        ):  # 并将与X合作，要求Y披露…, 宣布将颁布禁令，要求…: what it will demand, not done
            status = "planned"
        vague = near and _MODAL_FUTURE.search(
            vt, max(clause.start, m.start - _MODAL_FUTURE_REACH), m.start
        )
        if status == "occurred" and (
            vague
            or (
                near
                and (
                    _WILL.search(vt, max(clause.start, m.start - _WILL_REACH), m.start)
                    or _WILL_ABOUT.search(
                        vt, max(clause.start, m.start - _WILL_ABOUT_REACH), m.start
                    )
                )
            )
        ):  # (今后仍将向开发商维权: the intention may stand before the object)
            if date is None and (
                vague
                or not (_REPORT_VERB.search(vt, a, m.start) or _ANNOUNCE.search(vt, a, m.start))
            ):  # 未来会继续维权: an intention with no day, not a planned event (某人表示，本人会
                # 上诉, 某公司宣布…，并会裁员: one's own next step announced, planned)
                return None
            status = "planned"
        guess_or = _guessing_or(vt, clause.start, m.start)  # 某公司或裁员三成: a guess
        if (
            status == "occurred"
            and ((in_before and _GUESS_AHEAD.search(cl_before)) or (date is None and guess_or))
            and not _DONE_BEFORE.search(cl_before)
            and not _DONE_AFTER.match(vt, m.end)
        ):  # 某人可能会在下月召开记者会道歉: a guessed future, in the trigger's own clause
            status = "planned"
        if status == "occurred" and later_than(date, doc.reference_date, precision) is True:
            # a day after the article's with no plan word: a weekday of the week gone by, a day
            # whose year is written (the article's date is wrong), a day told as done (已, 了) or
            # months ahead (the year read from a wrong article date is wrong) — or a plan
            ahead = _ahead_untold(vt, clause, m, date_ref, doc.reference_date)
            if ahead is None:
                status = "planned"
            else:
                date, precision, date_text = ahead
                if date is None and date_ref is not None and _THIS_YEAR.search(date_ref.text):
                    # 今年8月10日，警方拘捕了某人 on a page dated April: the page cannot be of
                    # that year - its date resolves no other day (_undate_on_a_misdated_page)
                    self._misdated_page = True
        if announced and not (status == "planned" and _says_ahead(vt, a, m)):
            status = "occurred"  # the announcement is the act (某州表示，将禁止…: said, planned)
        if status == "planned" and entry.plover == "SANCTION" and _order_issued(vt, clauses, ci):
            status = _issued_ban_status(date, doc.reference_date, precision)  # 出台禁令，将禁止…
        if status == "occurred" and entry.news == _MARCH and _permitted(vt, clause, m):
            status = "planned"  # 警方批准某会举行游行, 就集会签发不反对通知书: permitted, not held
        if _put_off(vt, clause, m):
            status = "postponed"
        if _PLAN_NOUN_HOLDS.search(vt, m.end, m.end + (_PLAN_NOUN_REACH or len(vt))) and (
            _PLAN_NOUN.match(vt, m.end)
        ):  # 收购计划, 其收购计划遭股东拒绝: a plan, made or refused
            status = "cancelled" if _PLAN_REFUSED.search(vt, m.end, clause.end) else "planned"
            if status == "planned":
                status = _plan_halted(vt, clause, m.start) or status
        if status == "planned" and _came_true(vt, m.end, clause.end):
            status = "occurred"  # 想要封禁某应用的威胁已经成真: the threat carried out
        modality = "asserted"
        negation = _negation_reaches(vt, max(clause.start, m.start - 6), m.start)
        far = max(clause.start, m.start - _UNCONFIRMED_REACH)
        if negation is None and _negation_reaches(vt, far, m.start) == "uncertain":
            negation = "uncertain"  # 并不能确认是某某出轨: a confirmation denied, a name between
        scope = None if entry.plover == "REJECT" else refused_object(vt, clause.start, m.start)
        if scope == "object" and entry.plover is None:
            scope = None  # 拒绝道歉: no refusal coded, the apology not made
        refused = scope == "object"
        if refused:  # 市府没有批准某会游行: the event told is the refusal, the march its object
            # (某人不获准保释: a release refused - refuse to release persons)
            cameo = _RELEASE_REFUSED if entry.cameo == _RELEASE_CODE else "120"
            entry = replace(entry, plover="REJECT", cameo=cameo)
        if opens and _OR_ELSE.match(vt, clause.start) and ci > 0:
            modality = "hypothetical"  # …，否则将面临禁令: what follows if the demand is not met
        elif scope is None and (  # (a refusal made, or of a manner only — 法院不同意公开审讯:
            # the hearing is held — is told as the sentence tells it)
            entry.negated
            or negation == "negated"
            or "否认" in cl_before
            or (
                near
                and (
                    _NEGATED_MARKED.search(
                        vt, max(clause.start, m.start - _NEGATED_MARKED_REACH), m.start
                    )
                    or _NOT_RIGHT_BEFORE.search(
                        vt, max(clause.start, m.start - _NOT_RIGHT_BEFORE_REACH), m.start
                    )
                    or _NOT_RECEIVED.search(
                        vt, max(clause.start, m.start - _NOT_RECEIVED_REACH), m.start
                    )
                )
            )
            or _RUMOUR_AFTER.search(vt, m.end, clause.end)
            or _fabricated(vt, clause.start, m.start)
            or _no_evidence(vt, clause.start, m.start, m.end, clause.end)
            or (in_before and _UNSAID.search(cl_before))
            or (
                ci > 0
                and vt[clause.start] in "并且"
                and _negation_carried(vt, clauses[ci - 1], clause.start, m.start, m.end)
            )
        ):  # (未对涉案司机提请逮捕: the negation stands before the object; 周五同样不开庭; 网传其
            # 去世为谣言: the report is denied)
            modality = "negated"
        elif (
            negation == "uncertain"
            or _hedged(vt, clause.start, m.start, m.end, b)
            or guess_or
            or (ci > 0 and _hedge_over_when(vt, clauses[ci - 1]))
            or (
                ci > 0
                and _FORECAST_END_OPENS.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
                and _FORECAST_END.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
            )
        ):
            modality = "uncertain"  # (未能证实X: not confirmed; 分析师预计，…: foreseen)
        elif (
            ci > 0
            and opens
            and _DOUBT_JOINS.match(vt, clause.start)
            and _MAY.search(vt, clauses[ci - 1].start, clauses[ci - 1].end)
            and not _DONE_BEFORE.search(cl_before)
            and not _DONE_AFTER.match(vt, m.end)
        ):  # 可能会…召开发布会，甚至宣布退出: the guess goes on into a clause with no subject
            # of its own after a joiner that carries it (甚至, 乃至, 进而 - not 随后, 并: 可能…，
            # 随后将其抓获 tells the arrest; not 不可能, 尽可能; not …，甚至已起诉: told as done)
            modality = "uncertain"
        elif near and _SAID_OF.search(vt, max(clause.start, m.start - _SAID_OF_REACH), m.start):
            modality = "reported"  # 被曝出轨, 被指抄袭: told of them
        elif (
            (
                (_reported_in(before) or _account_colon(before, _legal_act(entry)))
                and not _own_telling(vt, a, m.start, entry, doer, actors)
                and not _narrated_after_saying(vt, a, m.start, actors)
                and not _own_act_announced(vt, a, m.start, entry, doer, actors)
            )
            or _speaker_label(vt, a, m.start, actors)
            or _speaker_after_quote(vt, a, m.start, b)
            or _words_announced(vt, a, _legal_act(entry))
            or _outlet_report(vt, a, m.start)
            or _post_goes_on(date_ref, a)
            or _first_person_words_go_on(vt, a, m.start)
            or _first_person_account_goes_on(vt, a, m.start)
            or told_quote_goes_on(vt, a, m.start)
            or _held_view(vt, a, m.start)
            or _account_goes_on(vt, a)
        ):
            modality = "reported"  # (王女士：我上周被公司辞退了: the words of an interview's turn)
        elif not _said_act(entry) and _told_of(vt, clause.start, m.start) is not None:
            modality = "reported"  # X发长文，曝光Y多次出轨: told by X
        if modality in ("uncertain", "reported") and _refuted_later(vt, clause.end, b):
            modality = "negated"  # 网传某人已去世，某官方账号发文辟谣: the rumour refuted
        if nobody:
            return None
        if (
            not participants
            and not made
            and _quoted(vt, a, m.start)
            and not any(_happens_in(vt, x, m.start) for x in actors if a <= x.start < m.start)
        ):  # (“…某县发生地震…”: a quoted bulletin naming where it happened)
            return None  # “…我的电动车被人撞了…”: told in a quote, by nobody named
        if (
            entry.news == "司法行为-入狱"
            and (sus := _SUSPENDED.search(vt, a, _verdict_end(vt, m.end, b))) is not None
            and not (sus.start() > m.end and _PART_OF_GROUP.search(vt, m.end, sus.start()))
            and not _term_unsuspended(vt, m.end, sus.start())
        ):
            # 判处有期徒刑三年，缓刑四年: a verdict, no prison - not another one's suspended term
            # told after the next verdict word (判处甲五年，判处乙两年，缓刑三年: 甲 goes), nor
            # that of a part of the group sentenced (…被判入狱一至三年，另有两人被判缓刑)
            if (
                _PART_OF_GROUP.search(vt, clause.start, m.start)
                or not _NEXT_VERDICT.search(m.text)
            ) and _TERM_TOLD.search(vt, a, clause.start):
                return None  # …，其中两人被判缓刑, 判处甲入狱8个月，乙入狱8个月，缓刑1年: that
                # part of the verdict told before (乙's term, with no verdict word of its own)
            entry = replace(entry, news=None)
            if entry.plover is None:
                return None
        if (
            entry.news == "司法行为-入狱"
            and status == "planned"
            and not _PRISON_TOLD.search(m.text)
            and not _PRISON_TOLD.search(vt, m.end, clause.end)
            and not _TERM_TOLD.search(vt, m.end, clause.end)
        ):  # 押后至某日判刑, 将于下月被判刑: a sentence to come, no prison nor term told yet - a
            # ruling (COERCE), no one jailed
            entry = replace(entry, news=None)
            if entry.plover is None:
                return None
        if entry.news == _JAILED and _locked_up_on_arrest(vt, a, b, m, acts, times):
            return None  # 某人又被抓了，再次锒铛入狱: custody on arrest (coded), no sentence
        if entry.news == "司法行为-入狱" and _PENALTY_TALK.search(local_clause := vt[a:b]):
            if not any(x.kind == "PER" for x in participants) or "最高" in local_clause:
                return None  # 最高刑期为十年监禁: the law's penalty, not a sentence passed
        # a court tries and rules, it does not sue (a prosecutor does)
        if is_suit(entry.news, entry.plover):
            if agent is not None and agent.agent_type == "JUD" and not _prosecutor(agent):
                agent = None
                participants = [x for x in (patient, *others) if x is not None]
        # 因涉嫌…罪被起诉: a charge naming a crime in its clause is news only (an appeal, a suit
        # in a story of a crime stay suits)
        if (
            entry.plover == "ACCUSE"
            and entry.news == _SUIT
            and "上诉" not in m.text
            and _CRIME_NAME.search(vt, clause.start, clause.end)
            and not _CIVIL_CASE.search(vt, a, b)
        ):
            entry = _without_plover(entry)
        # a criminal trial is coercion; a civil hearing only a hearing (a trial told with no case
        # of its own - 某某的案件将于…开庭 - is of the article's case, when that is criminal)
        if entry.news == HEARING and not (
            _criminal_case(vt, a, b) or self._criminal_article(vt)
        ):
            entry = _without_plover(entry)
        if entry.cameo == _SEIZURE_CODE and _person_held(vt, a, clause.start, m, patient):
            entry = replace(entry, cameo=_CUSTODY_CODE)  # 某人被警方当场查扣: custody, no goods
        # types
        countries = [x.country for x in participants if x.country]
        # 审判长宣布恢复庭审, 某法院就此案开庭, 只有24人出庭受审: a criminal trial (its
        # PLOVER type kept above) none of whose participants the sentence places - its court,
        # the ones tried - is held in the article's home
        story_home = self._doc_home if not countries and entry.news == HEARING else None
        if (
            entry.plover
            and (
                (entry.news or "").startswith(_LEGAL_ACT)
                or entry.agent_kinds
                or (entry.plover == "PROTEST" and entry.news is not None)
                # (某某被警方押解搜查: the police or a court of a place act on the person)
                or any(x.agent_type in _OFFICES and x.country for x in participants)
            )
            and any(not x.country and _homeable(x, story_home) for x in participants)
        ):  # 钱某获刑, 马某某被判囚, 蔡某获准保释: a court's or the police's act on a person
            # (or a person's demonstration, against them: 甲去年参加了集会 - not 维权, a word of
            # no DuEE type that a consumer's complaint is told with as well)
            # named in full, in a story of one country (for this event only: copies); a person
            # found again by a role rule is the one the sentence placed (…把蔡某还押的法官)
            placed = {x.text: x for x in actors if x.kind == "PER" and (x.country or x.home)}
            homed: dict[int, Actor] = {}
            for x in participants:
                if x.country or not _homeable(x, story_home):
                    continue
                same = placed.get(x.alias_of or x.text)  # (他 standing for one placed)
                land = x.home or (same.country or same.home if same is not None else story_home)
                if land:
                    homed[id(x)] = replace(x, country=land)

            def _homed(x: Actor | None) -> Actor | None:
                return None if x is None else homed.get(id(x), x)

            agent, patient, by_inside = _homed(agent), _homed(patient), _homed(by_inside)
            others = [homed.get(id(x), x) for x in others]
            co_agents = [homed.get(id(x), x) for x in co_agents]  # (the copies keep their side)
            co_patients = [homed.get(id(x), x) for x in co_patients]
            participants = [homed.get(id(x), x) for x in participants]
            countries = [x.country for x in participants if x.country]
        # (法官…将其还押候审: custody a court (or the police) of no place told orders is still
        # custody; not 还押候审的被告可申请保释 - no one holds, a rule told)
        # (收押 of roles_only_by: custody only when one of those kinds orders it in the
        # trigger's own clause - 法官下令将其收押; not 押往法院，…被送回看守所羁押; 吴某的保释被法院
        # 撤销: or inside a gapped trigger)
        holders = entry.roles_only_by or (entry.agent_kinds if entry.roles_only else ())
        lo = clause.start if entry.roles_only_by else a
        court_held = bool(holders) and any(
            lo <= x.start < m.end and _kind_of(x) in holders for x in actors
        )
        plover = entry.plover if countries or court_held else None
        if refused and plover is None:
            modality = "negated"  # 某人不予批捕, no country: no REJECT, only the act not done
        if entry.news is None and plover is None:
            return None
        if (
            object_role is None
            and _person_role(subject_role)
            and "双方" not in (subject_role or "")
            and patient is not None
            and (agent is None or not agent_role_ok)
            and not (_authority(patient) and _BODY_WORD.search(patient.text))
            and not _suffered_act(vt, clause.start, m, subject_role)
        ):  # (not 警方, 法院, 当局: a body is not arrested, pregnant or dead — 民警, 法官 may be)
            # an entry whose only role is its subject (归案, 身亡, 被停职) names the one acted on
            # so: 将逃犯钱某捉拿归案, 店员被货架砸中后身亡 (the one the passive of another verb is
            # about), 涉事保安被停职 — and an authority read as the subject is who does it
            if agent is not None and by_inside is None and _acted_on(subject_role):
                by_inside = agent
                by_role = self._doer_role(entry.news, subject_role) if subject_role else None
            elif agent is not None:
                others = [agent, *[x for x in others if x is not agent]]
            agent, patient, agent_role_ok = patient, None, True
            co_agents, co_patients = co_patients, []
        elif (
            object_role is None
            and _person_role(subject_role)
            and patient is None
            and agent is not None
            and not agent_role_ok
            and not _BODY_WORD.search(agent.text)
            and _kind_of(agent) not in entry.agent_kinds
        ):  # 值班交警被停职, 两名法官殉职: one of the police or the court is the subject
            agent_role_ok = True
        if plover == "REQUEST" and agent is not None and _asks_the_court(agent, patient, m):
            # 控方要求被告无须答辩，押后审理: a party's request in a hearing is made to the court;
            # the ones inside the act asked for are asked nothing
            patient, co_patients = _court_asked(vt, a, b, actors, agent), []
        if entry.news == HEARING and patient is not None:
            # 审理某男子勾结甲…案，被告乙: the defendant named after the title is the one tried
            patient = _tried_past_title(vt, m.end, b, patient, actors) or patient
        event_actors: list[EventActor] = []
        thing = object_role is not None and bool(_THING_ROLE.search(object_role))
        # the sides follow the roles: 蔡某获保释, 邹某某被警方控制 — the subject is acted on
        protested_to = (
            plover == "PROTEST"
            and agent is not None
            and agent.agent_type in _PROTESTED_TO
            and _refused_or_made_to(vt, sent.start, sent.end, agent.text)
        ) or (plover == "REQUEST" and agent is not None and _asked_of(vt, a, m.start, agent))
        agent_side = (
            "target"
            if (_acted_on(subject_role) and agent_role_ok and not _authority(agent)) or protested_to
            else "source"
        )
        patient_side = "source" if object_role == "source" else "target"
        sided: list[tuple[Actor | None, str]] = [(agent, agent_side), (patient, patient_side)]
        # 某市失联的男童: in news whose parties are people or bodies, a place is where
        placeless = _placeless(entry.news)
        for who, side in sided:
            if who is None or (who is patient and thing and who.kind == "NP"):
                continue  # 13个月, 部分汽车: an argument of the event, not an actor in it
            if (
                who is agent
                and subject_role
                and _prize_for_giver(who, subject_role) != subject_role
            ):  # 一等奖颁给了某某: the prize given, an argument, no one taking part
                continue
            if placeless and not plover and (who.place or _in_place(who.start, who.end, actors)):
                continue
            event_actors.append(self._event_actor(view, who, side if plover else "party"))
        if by_inside is not None:
            event_actors.append(self._event_actor(view, by_inside, "source" if plover else "party"))
        for x in others:
            # 对被告人甲、乙宣判: the ones joined to a side take that side
            side = (
                patient_side
                if x in co_patients
                else agent_side
                if x in co_agents and agent_role_ok
                else "party"
            )
            event_actors.append(self._event_actor(view, x, side if plover else "party"))
        if entry.news in _ACCIDENTS and not plover:
            for x in _casualties_after(vt, m.end, b, actors, (agent, patient, *others)):
                event_actors.append(self._event_actor(view, x, "party"))
        named = (agent, patient, *others, by_inside)
        seen = {y.name for y in event_actors}
        for x in named:
            if x is not None and x.members and self._names_members(x, seen - {x.text}):
                # 裁定甲、乙两人罪成: the pair word repeats the ones named, no third party
                event_actors = [y for y in event_actors if y.name != x.text]
        for x in named:
            if x is not None and x.members and x.kind == "ORG":
                event_actors = self._things_named(event_actors, x)
        for x in participants[len([y for y in named if y is not None]) :]:
            if x.text in seen:
                continue  # (one a pair word stands for, named in the event already)
            event_actors.append(
                EventActor(name=x.text, country=x.country, side="party", role="member")
            )
        if entry.news == HEARING:
            # 甲曾起诉乙…，但此案未开庭, 甲诉乙一案将于…开庭: the hearing is of that suit, both
            # its sides are in it
            held = {x.start for x in (agent, patient, *others, by_inside) if x is not None}
            for x in _suit_sides(vt, a, clauses[ci].end, actors):
                if x.start not in held and x.agent_type != "JUD":
                    held.add(x.start)
                    event_actors.append(self._event_actor(view, x, "party"))
            on_trial = None if object_role in _CASE_ROLES else patient  # (开庭审理这起案件: a case)
            if not any(y.side == "target" for y in event_actors) and not any(
                x is not None and not _authority(x) for x in (agent, on_trial, *others, by_inside)
            ):
                # 审判长宣布开庭，被告人甲、乙被带进法庭: with no one tried held (a news-only
                # event's sides are all "party"), the accused the sentence names after the
                # trigger are the ones tried - not the subject of another hearing told in
                # their own clause (…，另一名被告人乙将于下月受审: his own)
                accused = _accused_after(vt, m.end, b, actors)
                at = accused[0].start if accused else -1
                home = next((c for c in clauses if c.start <= at < c.end), None)
                if home is not None and any(
                    n.entry.news == HEARING and accused[0].end <= n.start < home.end for n in acts
                ):
                    accused = []
                for x in accused:
                    if x.start not in held:
                        held.add(x.start)
                        side = "target" if plover else "party"
                        if plover and not x.country and x.home:
                            x = replace(x, country=x.home)  # (of the article's home, as above)
                        event_actors.append(self._event_actor(view, x, side))
        if entry.plover == "REJECT" and entry.news == _FILED:  # 甲报案…，不予立案: whose report
            event_actors, patient = self._with_reporter(
                view, vt, (a, m.start), actors, agent, patient, event_actors, plover
            )
        args: list[Argument] = []
        roles = self.lex.roles.get(entry.news or "", ())
        if entry.news:
            pairs: list[tuple[Actor | None, str | None]] = [
                (agent, subject_role if agent_role_ok else None),
                (patient, object_role),
            ]
            pairs += [(y, subject_role) for y in co_agents]
            if by_inside is not None:
                pairs.append((by_inside, by_role))
            pairs += [(y, object_role) for y in co_patients]
            for filler, role in pairs:
                if (
                    filler is not None
                    and role is not None
                    and _AMOUNT_ROLE.search(role)
                    and (filler.kind != "NP" or not _HAS_NUMBER.search(filler.text))
                ):
                    continue  # 刑期, 罚款金额: a term or a sum, never a person or a court
                if (
                    filler is not None
                    and role is not None
                    and role.endswith("物")
                    and _PRICE_OR_SHARE.fullmatch(filler.text)
                ):
                    continue  # 售价降至27万元: the new price or the share, never the goods
                if (
                    filler is not None
                    and role is not None
                    and _THING_ROLE.search(role)
                    and not _AMOUNT_ROLE.search(role)
                    and _TIME_SPAN.fullmatch(filler.text)
                ):
                    continue  # 连续播出8天: how long, never the programme or the product
                if filler is not None and role is not None:
                    role = _prize_for_giver(filler, role)  # 一等奖颁给了某某: the prize given
                if filler is not None and role is not None and role not in _ROLE_SOURCE:
                    if role in _SEATED_ROLES and not _seat_fits(filler, role):
                        continue  # the subject before 开庭 is the case, not the court
                    if role in _CASE_ROLES and not _CASE_TEXT.search(filler.text):
                        continue  # 开庭审理某主持人被诉…一案: the case, not the person it is about
                    places_ = actors if placeless else []
                    if role in _PARTY_ROLE and not _party_phrase(vt, filler, places_):
                        continue  # 2人…意外溺亡: 意外 is no one who died
                    args.extend(self._arguments(view, filler, role))
            args = _quantity_arguments(view, args, roles, clause, a, b, m)
            if (prize := _prize_after_winner(vt, clause, m, subject_role, patient)) is not None:
                cs, ce = view.to_original(prize[0]), view.to_original(prize[1])
                prize_role = _GIVER_PRIZE[subject_role or ""]
                args.append(Argument(prize_role, view.original[cs:ce], cs, ce))
            if _TERM_ROLE in roles and all(x.role != _TERM_ROLE for x in args):
                term = _term_right_after(vt, m, clause)  # 对某某判处3年: the one sentenced told
                if term is not None:  # before the verb, the term after it is still its object
                    cs, ce = view.to_original(term[0]), view.to_original(term[1])
                    args.append(Argument(_TERM_ROLE, view.original[cs:ce], cs, ce))
            aff = _AFFILIATION_ROLE.get(entry.news)
            if aff is not None:
                args = self._with_affiliation(view, args, aff, actors, clause, m)
            if (case_role := _CASE_ROLE.get(entry.news)) and (
                case := _case_phrase(vt, clause, m, case_agent, actors)
            ) is not None:  # (read only for a type with a case role: it is pure, and nothing
                # between changes the actors it reads)
                cs, ce = view.to_original(case[0]), view.to_original(case[1])
                args.append(Argument(case_role, view.original[cs:ce], cs, ce))
            if entry.amount and (sum_ := _sum_after(vt, m.end, clause.end)) is not None:
                cs, ce = view.to_original(sum_[0]), view.to_original(sum_[1])
                args.append(Argument(entry.amount, view.original[cs:ce], cs, ce))  # 罚金5万元
            if pair_role:
                for x in [*pair_too, *others]:
                    args.extend(self._arguments(view, x, pair_role))
            if "地点" in roles:
                places = [
                    x
                    for x in actors
                    if x.place and not _in_nickname(vt, x, actors) and not _origin(vt, x, actors)
                    and ("活动名称" in roles or not _in_name(vt, x))
                ]  # fmt: skip
                # 曾在某地事件中受伤的邱某举办婚礼: a place in a clause qualifying a participant
                # (…的 + participant, before the trigger) is where that clause happened
                places = [
                    x
                    for x in places
                    if not any(
                        y is not None
                        and x.end <= y.start < m.start
                        and vt.find("的", x.end, y.start) >= 0
                        and not _CLAUSE_END.search(vt, x.end, y.start)
                        for y in (agent, patient, *others)
                    )
                ]
                place = next(
                    (x for x in reversed(places) if clause.start <= x.start and x.end <= m.start),
                    None,
                ) or next((x for x in places if clause.start <= x.start < clause.end), None)
                if place is None:
                    # (针对发生在某地的事件，…: not where a matter a topic frame names happened)
                    place = next(
                        (
                            x
                            for x in reversed(places)
                            if x.end <= m.start
                            and not _in_topic_frame(vt, clauses, x)
                            and not _dated_between(vt, times, x, clause.start, m.start)
                        ),
                        None,
                    )
                if place is not None:
                    # 在人民路和解放西路路口: the places joined name one spot
                    k = places.index(place)
                    while k > 0 and _COORDINATOR.match(vt[places[k - 1].end : places[k].start]):
                        k -= 1
                    if places[k] is not place:
                        first = places[k]
                        place = Actor(
                            first.start, place.end, vt[first.start : place.end], "LOC",
                            country=place.country, place=True,
                        )  # fmt: skip
                    args.append(self._argument(view, place, "地点"))
                elif (spot := _spot_phrase(vt, clause, m, times, actors)) is not None:
                    # 在一家养老院去世, 江边货场发生火灾: where, though no place was recognised
                    x = Actor(spot[0], spot[1], vt[spot[0] : spot[1]], "LOC", place=True)
                    args.append(self._argument(view, x, "地点"))
            if (
                any(r in _BENCH_ROLES for r in roles)
                and not any(arg.role in _BENCH_ROLES for arg in args)
                and (spot := _spot_phrase(vt, clause, m, times, actors, venue_only=True))
                is not None
                and _COURT_HEAD.search(vt, spot[0], spot[1])
            ):  # 在某区裁判署受审: the court is where the accused stand trial (of the place its
                # name opens with: 在香港某某裁判受审)
                name = vt[spot[0] : spot[1]]
                x = Actor(
                    spot[0], spot[1], name, "NP", agent_type="JUD", country=self._seat_country(name)
                )
                args.append(self._argument(view, x, next(r for r in roles if r in _BENCH_ROLES)))
                event_actors.append(self._event_actor(view, x, "source" if plover else "party"))
            contest_role = next((r for r in roles if r in _CONTEST_ROLES), None)
            if contest_role is not None and contests:
                args = _contest_arguments(view, args, contest_role, contests, clause.start, m)
            if "时间" in roles and date_ref is not None:
                t_end = _time_end(vt, date_ref.start, date_ref.end)
                args.append(
                    Argument(
                        "时间", vt[date_ref.start : t_end], view.to_original(date_ref.start),
                        view.to_original(t_end),
                    )
                )  # fmt: skip
        args = _first_of_each(args, lambda a: (a.role, a.text))
        event_actors = _first_of_each(event_actors, lambda x: (x.name, x.side))
        t0, t1 = view.to_original(m.start), view.to_original(m.end)
        s0, s1 = sent.start, sent.end
        goldstein, quad = (None, None)
        if plover and self.cb is not None and entry.cameo:
            goldstein, quad = _gold_quad(self.cb, entry.cameo)
        part = str(sent.attrs.get("part", "body"))
        sentence = doc.text[s0:s1]
        return Event(
            doc=doc.id,
            type=plover,
            mode=None,
            cameo=entry.cameo if plover else None,
            goldstein=goldstein,
            quad_class=quad,
            actors=event_actors,
            date=date,
            precision=precision,
            date_text=date_text,
            status=status,  # type: ignore[arg-type]
            modality=modality,  # type: ignore[arg-type]
            source_part="caption" if part == "caption" else "body",
            sentence=sentence,
            quote=sentence,
            start=s0,
            end=s1,
            trigger=doc.text[t0:t1],
            trigger_start=t0,
            trigger_end=t1,
            mentions=[
                Mention(s0, s1, s0, s1, t0, t1, "caption" if part == "caption" else "body", si)
            ],
            confidence=0.6 if participants else 0.45,
            extractor=NEWS_EXTRACTOR,
            source=doc.source,
            news_type=entry.news,
            arguments=args,
            reported=None if date else doc.reference_date,
            context_date=None if date else context,
        )

    def _with_reporter(
        self,
        view: AnalysisView,
        vt: str,
        span: tuple[int, int],
        actors: list[Actor],
        agent: Actor | None,
        patient: Actor | None,
        event_actors: list[EventActor],
        plover: str | None,
    ) -> tuple[list[EventActor], Actor | None]:
        """不予立案 told with the one whose report it refuses (``_refused_reporter`` in the
        sentence from ``span[0]`` to the trigger at ``span[1]``): that one is the REJECT's target
        (a party of a news-only event); the accused named stays 立案对象 but leaves the target
        side, and the reporter is no 立案对象 (家属被告知，不予立案: the family told)."""
        x = _refused_reporter(vt, span[0], span[1], actors, agent)
        if x is None:
            return event_actors, patient
        if patient is not None and patient.start == x.start:
            patient = None
        if plover and not x.country and x.home:
            x = replace(x, country=x.home)  # (of the article's home, as the accused are)
        reporter = self._event_actor(view, x, "target" if plover else "party")
        kept = [
            replace(y, side="party") if y.side == "target" else y
            for y in event_actors
            if y.start != reporter.start
        ]
        return [*kept, reporter], patient

    def _with_affiliation(
        self,
        view: AnalysisView,
        args: list[Argument],
        roles: tuple[str, str],
        actors: list[Actor],
        clause: _Clause,
        m: NewsMatch,
    ) -> list[Argument]:
        """``args`` with the organisation the person in ``roles[0]`` belongs to in ``roles[1]``:
        the one whose office the person's title names (某某科技总经理王某辞职), else the one the
        act starts from (从某学院辞职) — in place of a bare 公司 or a person read there."""
        vt = view.text
        person_role, org_role = roles
        kept = [
            x
            for x in args
            if x.role != org_role
            or not (
                x.text in _BARE_BODIES or any(y.text == x.text and y.kind == "PER" for y in actors)
            )
        ]
        if any(x.role == org_role for x in kept):
            return kept
        span = None
        bare_at = None  # where a bare 公司 was read as the body (公司一名员工王某)
        for i, x in enumerate(kept):
            if x.role == person_role and x.start is not None and x.end is not None:
                x0, x1 = view.to_view(x.start), view.to_view(x.end)
                # 某科技总经理王某; 某队主帅 read whole as the one who leaves: the title closes it
                span = _affiliation(vt, x0, actors, clause.start)
                if span is None and (inner := _affiliation(vt, x1, actors, x0)) is not None:
                    span = inner if _name_like(vt, *inner) else None  # (not 其下属主要经理)
                title = _OFFICE_TITLE.match(vt, x1, clause.end) if span is None else None
                if title is not None and vt.startswith(_BODY_OF_TITLE, title.end()):
                    title = _OFFICE_TITLE.match(vt, title.end() + 1, clause.end)  # (董事会主席)
                if title is not None and _is_body_at(x0, x1, actors):
                    # 某集团高管辞职: the body read as the one who leaves is the one left; its
                    # title after it names who leaves
                    span, t1 = (x0, x1), view.to_original(title.end())
                    kept[i] = replace(x, text=view.original[x.start : t1], end=t1, kb_id=None)
                if span is not None and vt[span[0] : span[1]] in _BARE_BODIES:
                    bare_at, span = span[0], None
                if span is not None:
                    break
        if span is None and not _acted_on(person_role):
            # 某公司…总经理某某递交辞呈, 某集团两名副总裁辞职: a body read as the one who leaves or
            # strikes, with no title after it, is the one left; the person is not named there (a
            # body before an act done to a person, 停职, is rather the one that does it)
            body = next(
                (
                    x
                    for x in kept
                    if x.role == person_role
                    and x.start is not None
                    and x.end is not None
                    and _is_body_at(view.to_view(x.start), view.to_view(x.end), actors)
                    and x.text not in _BARE_BODIES
                ),
                None,
            )
            if body is not None and body.start is not None and body.end is not None:
                kept.remove(body)
                span = (view.to_view(body.start), view.to_view(body.end))
                # 某公司两名副总裁昨天辞职: the people it counts before the act are who leave
                who = _counted_people(vt, span[1], m.start, before=True)
                if who is not None:
                    w0, w1 = view.to_original(who.start), view.to_original(who.end)
                    kept.append(Argument(person_role, view.original[w0:w1], w0, w1))
        if span is None:
            mark = _FROM_ORG.search(vt, clause.start, m.start)
            if (
                mark is not None
                and not _FROM_NOT_SOURCE.match(vt, mark.start())
                and not _FROM_TIME.search(mark.group(1))
            ):
                if mark.group(1) in _BARE_BODIES:
                    bare_at = mark.start(1)  # 从公司离职: the company named before
                else:
                    span = mark.span(1)
        if span is None:
            job = _JOB_AT.match(vt, m.end, clause.end)  # 辞掉某店的工作: the shop is left
            if job is not None and not _junk_phrase(job.group(1)):
                span = job.span(1)
        if span is None and _JOINED_VERB.search(vt, max(0, m.start - _JOINED_REACH), m.start):
            gone = [x.start for x in kept if x.role == person_role and x.start is not None]
            leaver = view.to_view(gone[0]) if gone else None
            span = _joined_before(vt, m, actors, leaver)  # 加入某银行，后来辞职: the bank is left
        if span is None and (len(kept) < len(args) or bare_at is not None):
            # 某某集团发布公告，张某日前从公司离职: the bare 公司 is the company named before
            if bare_at is not None:
                at = bare_at
            else:
                bare = next(x for x in args if x not in kept)
                at = view.to_view(bare.start) if bare.start is not None else m.start
            named = [y for y in actors if y.end <= at and y.kind == "ORG" and not y.place]
            if named:
                span = (named[-1].start, named[-1].end)
        if span is None or (
            _placeless(m.entry.news)
            and (_in_place(*span, actors) or self._names_place(vt[span[0] : span[1]]))
        ):  # (某市工人罢工: in news whose parties are people or bodies, the city is where)
            return kept
        cs, ce = view.to_original(span[0]), view.to_original(span[1])
        return [*kept, Argument(org_role, view.original[cs:ce], cs, ce)]

    def _subdued_attacker(
        self,
        vt: str,
        a: int,
        m: NewsMatch,
        agent: Actor | None,
        patient: Actor | None,
        actors: list[Actor],
        others: list[Actor],
    ) -> tuple[Actor | None, Actor | None, Actor | None, str | None]:
        """(agent, patient, the attacker named where no role of the entry stands, its role) for
        an attack (or a crash: 甲试图制止肇事者，被撞伤) told in the passive - a passive word
        (被捅伤: ``agent`` the one hurt) or a passive before the trigger (却被刀捅伤: ``patient``
        the one hurt) - read from the sentence (from ``a``): one who subdues another
        (:func:`_subdues`) and is hurt is the one hurt - not the one subdued, who is the
        attacker when a word of a wrongdoer names it (歹徒, 凶手, 肇事者: CRM), else no one
        named is.  As given when no one subdues."""
        word = m.entry.object is None  # (the passive in the word: its subject is the one hurt)
        hurt = agent if word else patient
        if (
            hurt is None
            or (word and not _PASSIVE.match(vt, m.start))
            or (not word and not _PASSIVE.search(vt, hurt.end, m.start))
        ):
            return agent, patient, None, None
        prev = None  # (the last participant before the one read as hurt, in the sentence)
        for y in actors:
            if a <= y.start and y.end <= hurt.start and not y.place:
                prev = y
        if prev is not None and prev.agent_type != "CRM" and _subdues(vt, prev, hurt):
            hurt, by = prev, (hurt if hurt.agent_type == "CRM" else None)
        else:  # 甲与歹徒搏斗时被刺伤: the one struggled with, read as hurt with him
            by = next((x for x in others if x.agent_type == "CRM" and _subdues(vt, hurt, x)), None)
        if not word:  # (被歹徒捅伤: the attacker the passive names stays)
            return agent or by, hurt, None, None
        role = self._doer_role(m.entry.news, m.entry.subject) if by and m.entry.subject else None
        return hurt, patient, by, role

    def _doer_role(self, news: str | None, patient_role: str) -> str | None:
        """The role of who does to ``patient_role`` what type ``news`` names (拘捕者 for
        被拘捕者), from the lexicon's active entries of that type (events.frame's tables)."""
        return frame_tables_of(self.lex).doer_of.get((news, patient_role))

    # ---- actors --------------------------------------------------------------------------------
    def _entity_actor(self, vt: str, a: int, b: int, span: Span) -> Actor | None:
        at = span.attrs
        label = span.label
        if at.get("role") in ("reporter",) or (at.get("cameo") or "").endswith("MED"):
            return None  # the outlet and its reporters report, they do not act
        if vt.endswith(("记者", "编辑"), max(0, a - 2), a):  # (the slice's test, not copied)
            return None
        kind = label if label in ("PER", "ORG", "GPE", "LOC") else "ORG"
        law = vt.startswith("法", b) and vt.endswith("国安", a, b)
        if law or _NOT_AN_ACTOR_AFTER.match(vt, b):
            return None  # 北京时间, 香港国安法: a clock, a law — not a place or an actor
        if label == "ORG" and vt.endswith("网", a, b) and vt.startswith(_NET_WORD_RESTS, b):
            return None  # “炫富网|红”: the 网 opens 网红, 网友 - an epithet, no website
        if label == "PER":  # (each test of a person's end, in turn; the source read once)
            lac = at.get("source") == "lac"
            if (
                b - a == 2
                and lac
                and b + 1 < len(vt)
                and "\u4e00" <= vt[b] <= "\u9fff"
                and vt[b] not in _NOT_GIVEN
                and vt[b] not in "由自向为给让"
                and vt[b + 1] in _NAME_AFTER
            ):
                b += 1  # 吴某某被判监: the recogniser left the name's last character out
            if vt.endswith("某", a, b):
                b = anonymised_end(vt, b, len(vt))  # 马某|甲: the ordinal the recogniser left out
            if lac:
                b = _title_end(vt, a, b)  # 苏裁判|官: a surname and a title the recogniser cut
            if (
                b - a == 3
                and lac
                and vt[b - 1] in _GLUED_MARK
                and b < len(vt)
                and "\u4e00" <= vt[b] <= "\u9fff"
            ):
                # 店主孙涛将物流公司告上法庭: the object mark glued to the name is no part of it
                b -= 1
        team = None if label == "PER" else _team_suffix_end(vt, b)
        if team is not None:  # 红星FC, 东湖United: the Latin suffix closes one team's name
            b, kind = team, "ORG"
        country = at.get("country")
        text = vt[a:b]
        agent_type = None
        bare = False  # the text is a kind alone (法警): no place written in it, no code read
        if kind in ("ORG", "LOC"):
            head = generic_head(text) or _branch_head(text)
            if head is not None:
                kind, agent_type = "ORG", head[1]
                bare = head[0] == text
                if bare:  # 法警 is a court's bailiff, not French: a kind, no place
                    country = None
                if country is None:
                    country = institution_country(head[0])
                if country is None and has_mainland_place(text):
                    country = "CHN"
        if country is None and kind in ("ORG", "LOC") and not bare:
            country = self._place_prefix_country(text)
        if country is None and kind in ("ORG", "LOC") and mainland_by_suffix(text):
            country = "CHN"
        if country is None:
            country = region_country(text) if kind == "ORG" else None
        # a country is an actor (美国封杀…); a city or a region is where things happen
        # (the KB asked only of a place that has no role: a state is no place)
        place = (
            kind in ("GPE", "LOC") and not at.get("role") and not self._is_state(at.get("kb_id"))
        )
        members = list(at.get("members") or [])
        if at.get("source") == "coref" and at.get("name") and kind == "PER":
            text = str(at["name"])  # 他 → the person it stands for
        kb_id = None if team is not None else at.get("kb_id")  # (北京FC is no city)
        return Actor(
            a, b, text, kind, kb_id=kb_id, country=country,
            cameo=None if bare and not kb_id else at.get("cameo"),
            agent_type=agent_type, members=members, place=place,
        )  # fmt: skip

    def _abbreviated(self, ab: Abbreviation, ent_view: list[tuple[int, int, Span]]) -> Actor:
        """The body an article names in full and then shortens: an institution of the kind its
        head word names (法院 JUD, 公司 BUS; a generic actor with its name, as 某市公安局 is), of
        the country of the first entity inside the
        name that has one (某科技（深圳）有限公司), else of its institution or its place."""
        head = generic_head(ab.full)
        country = None
        for x, y, sp in ent_view[bisect_left(ent_view, (ab.start,)) :]:
            if x >= ab.end:
                break
            if y <= ab.end and sp.attrs.get("country"):
                country = sp.attrs["country"]
                break
        if country is None and head is not None:
            country = institution_country(head[0])
        if country is None and (has_mainland_place(ab.full) or mainland_by_suffix(ab.full)):
            country = "CHN"
        if country is None:
            country = self._place_prefix_country(ab.full)
        return Actor(
            ab.start, ab.end, ab.full, "ORG", country=country,
            agent_type=head[1] if head is not None else None,
        )  # fmt: skip

    def _is_state(self, kb_id: Any) -> bool:
        """A country or territory of the KB (not a region such as 中东, nor a bloc)."""
        if not kb_id or self.kb is None:
            return False
        entry = self.kb.by_id(str(kb_id))
        return entry is not None and entry.type in ("country", "territory")

    def _quoted_bodies(self, vt: str, a: int, b: int) -> list[Actor]:
        """“某国玩家权益联盟”: a quoted name ending in the head word of a body is that body's
        name (an organisation; its country the place it opens with), read whole where the
        recognisers read a part of it."""
        out: list[Actor] = []
        hits = [*_QUOTED_BODY.finditer(vt, a, b), *_APPOSED_BODY.finditer(vt, a, b)]
        for hit in hits:
            name = hit.group(1)
            land = self._place_prefix_country(name)
            out.append(Actor(hit.start(1), hit.end(1), name, "ORG", country=land))
        return out

    def _names_place(self, text: str) -> bool:
        """Is ``text`` the name of a KB place or country (上海, 深圳), no organisation?"""
        return self.kb is not None and any(
            e.kind in ("country", "place") for e in self.kb.lookup(text)
        )

    def _seat_country(self, text: str) -> str | None:
        """海淀法院, 天河警方: the country of the place a court's or the police's name opens
        with - a place of the knowledge base, or a place word of the dictionary that reads
        as no transliteration (a mainland city or district the base does not hold)."""
        head = generic_head(text)
        if head is None:  # 某地警方刑侦科, 某地某某裁判: a unit, a name cut - its place's
            return self._place_prefix_country(text)
        if head[0] == text or not text.endswith(head[0]):
            return None
        stem = text[: -len(head[0])]
        if (country := self._place_prefix_country(text)) is not None:
            return country
        if _HAN_RUN.fullmatch(stem) and 2 <= len(stem) <= 3 and not looks_foreign(stem):
            return "CHN" if _parts_of_speech().get(stem) == "ns" else None
        return None

    def _place_prefix_country(self, text: str) -> str | None:
        """洛杉矶县, 东京都政府: the country of the longest KB place or country the name opens
        with - a territory's own code (香港某某裁判: HKG, not the state it belongs to)."""
        if self.kb is None:
            return None
        for k in range(min(len(text) - 1, 8), 1, -1):
            for entry in self.kb.lookup(text[:k]):
                if entry.kind == "country":
                    return entry.id
                if entry.kind == "place":
                    return entry.country
        return None

    def _event_actor(self, view: AnalysisView, x: Actor, side: str) -> EventActor:
        cameo = x.cameo
        if cameo is None and x.country:
            cameo = x.country + (x.agent_type or "")
        start, end = view.to_original(x.start), view.to_original(x.end)
        return EventActor(
            name=x.alias_of or view.original[start:end],
            kb_id=x.kb_id,
            country=x.country,
            cameo=cameo,
            side=side,  # type: ignore[arg-type]
            role=x.agent_type,
            start=start,
            end=end,
        )

    def _arguments(self, view: AnalysisView, x: Actor, role: str) -> list[Argument]:
        """``x`` in ``role``; a pair word (两人, 双方) fills it with each of its members."""
        if not x.members:
            return [self._argument(view, x, role)]
        s, e = view.to_original(x.start), view.to_original(x.end)
        return [Argument(role, self._member_name(n), s, e) for n in x.members]

    def _things_named(self, event_actors: list[EventActor], x: Actor) -> list[EventActor]:
        """这两款应用 (an ORG phrase whose members are the products or firms named before it,
        :func:`.anaphora.resolve`): in its place, each of them on its side."""
        out: list[EventActor] = []
        for y in event_actors:
            if y.name != x.text or y.kb_id is not None:
                out.append(y)
                continue
            for n in x.members:
                known = self.kb.by_id(n) if self.kb is not None else None
                name = self._member_name(n)
                land = known.country if known is not None else known_nationals().get(name)
                if any(z.name == name for z in out):
                    continue
                out.append(
                    replace(y, name=name, kb_id=known.id if known else None, country=land,
                            cameo=land + "BUS" if land else None, role="BUS" if land else None)
                )  # fmt: skip
        return out

    def _names_members(self, x: Actor, names: set[str]) -> bool:
        """Are all the members of the pair word ``x`` (两人, 双方) among ``names``?"""
        return all(self._member_name(n) in names for n in x.members)

    def _member_name(self, member: str) -> str:
        """A member of a pair (a KB id or a name) as a name."""
        entry = self.kb.by_id(member) if self.kb is not None else None
        if entry is None:
            return member
        return entry.names.get("zh") or next(iter(entry.names.values()), member)

    def _argument(self, view: AnalysisView, x: Actor, role: str) -> Argument:
        s, e = view.to_original(x.start), view.to_original(x.end)
        return Argument(role, x.alias_of or view.original[s:e], s, e, x.kb_id, x.country)


# ---- helpers ---------------------------------------------------------------------------------
# what follows a country that names an outlet: its title, or a word for its media
_OUTLET_AFTER = re.compile(r"(?:《|媒体|媒|官媒|电视台|通讯社|报纸)")


@cache
def _region_media() -> re.Pattern[str]:
    """港媒, 台媒: a region's one-character form before 媒 (its outlets)."""
    return re.compile("[" + "".join(map(re.escape, generic_table().regions)) + "]媒")


_PARTICLES_AFTER = re.compile(r"[了过着]{0,2}")
_NOUN_TAGS = ("n", "m", "r", "q", "j", "x")  # (nr, ns, nt, nz; 两名, 其, 该; a Latin name)


_SEIZURE_CODE, _CUSTODY_CODE = "1711", "173"  # CAMEO: property confiscated; a person held
_RELEASE_CODE, _RELEASE_REFUSED = "0841", "1243"  # CAMEO: persons released; release refused


def _person_held(vt: str, a: int, c0: int, m: NewsMatch, patient: Actor | None) -> bool:
    """Is the seizure word ``m`` (查扣 - not 查封, 冻结资产: property only) told of a person - the
    one acted on a person before it in its sentence (from ``a``), a passive mark in the trigger's
    clause (from ``c0``) before it, no 的 and no common noun between (no thing the person owns:
    某人车辆被查扣, 某人一批货物被查扣; a place past 在 is none: 某人在口岸被查扣) and no object
    after the trigger (某人报到时，被海关以某罪查扣，不获保释)?  A person is held, not goods:
    custody.  Not 某人的车辆被查扣, 查扣了某人名下的车辆, 某人被查扣两辆货车 (the goods named)."""
    if vt[m.start : m.end] not in _HELD_WORDS or patient is None or patient.kind != "PER":
        return False
    if patient.place or not a <= patient.end <= m.start or _object_follows(vt, m.end):
        return False
    passive = _PASSIVE.search(vt, c0, m.start)
    if passive is None or "的" in vt[patient.end : m.start]:
        return False
    gap = max(patient.end, c0)  # (the one held in an earlier clause: the trigger's clause only)
    for s, _e, tag in _word_spans(vt, gap, passive.start()):
        if vt[s] in _LOCATIVE_MARKS:
            return True  # (在深圳口岸被查扣: the place it was done, not a thing)
        if tag in _COMMON_NOUN_TAGS:
            return False
    return True


_HELD_WORDS = frozenset({"查扣"})  # seizure words a person may be the object of
_LOCATIVE_MARKS = frozenset("在于")
_COMMON_NOUN_TAGS = frozenset({"n", "nz", "ng", "vn"})  # (no name, place or organisation)


def _object_follows(vt: str, at: int) -> bool:
    """Does a noun phrase start right after the trigger ending at ``at`` (past 了/过)?"""
    k = _PARTICLES_AFTER.match(vt, at)
    k0 = k.end() if k else at
    if k0 >= len(vt) or _CLAUSE_CUT.match(vt, k0) or vt[k0] in "。！？!?\n":
        return False
    if not "\u4e00" <= vt[k0] <= "\u9fff":
        return vt[k0].isalnum()
    pos_of = _parts_of_speech()
    tag = pos_of.get(vt[k0 : k0 + 3]) or pos_of.get(vt[k0 : k0 + 2]) or pos_of.get(vt[k0]) or ""
    return tag.startswith(_NOUN_TAGS)


def _outcome_of(vt: str, x: Actor, outcome: re.Pattern[str]) -> bool:
    """Is ``x`` followed by a ruling's outcome word of ``outcome`` (胜诉, 败诉), perhaps past the
    instance that gave it (某某一审胜诉)?"""
    instance = _INSTANCE.match(vt, x.end)
    return outcome.match(vt, x.end if instance is None else instance.end()) is not None


def _penalty_of(vt: str, m: NewsMatch, matches: list[NewsMatch]) -> NewsMatch | None:
    """The verdict trigger right before ``m`` in its clause when ``m`` is the penalty it imposes
    (判处其有期徒刑, 判处蔡某入狱8个月): one event, told by the verdict."""
    news = m.entry.news
    if news is None or _person_role(m.entry.object) or m.text.startswith(("被", "判")):
        return None  # (a word that takes the one sentenced, or tells the verdict itself)
    return next(
        (
            mm
            for mm in matches
            if mm.entry.news == news
            and _person_role(mm.entry.object)
            and mm.end <= m.start <= mm.end + _PENALTY_GAP
            and not _CLAUSE_CUT.search(vt, mm.end, m.start)
        ),
        None,
    )


def _sentence_end(vt: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its full stop, or the text's end)."""
    hit = _SENTENCE_STOP.search(vt, at)
    return hit.end() if hit else len(vt)


def _in_title(vt: str, a: int, b: int, x: Actor) -> bool:
    """Does ``x`` stand inside a 《…》 title of its sentence ``vt[a:b]`` (not the whole title)?"""
    o = vt.rfind("《", a, x.start)
    if o < 0 or vt.find("》", o, x.start) >= 0:
        return False
    c = vt.find("》", x.end, b)
    return c >= 0 and (o + 1, c) != (x.start, x.end)


def _notevent_frame(
    vt: str, a: int, clause: _Clause, prev: _Clause | None, m: NewsMatch, actors: list[Actor]
) -> bool:
    ci_prev = prev
    """Is the trigger told in a frame that states no event of its own: a passive that only
    describes the person named after it (获释店主首次露面), a sum of sentences (共被判监20个月),
    a matter a case is about (涉一宗违规集会，…罪成), a law that is the clause's subject
    (某条例第9条为假释申请设定…), an act under review (对多项禁令展开审查，包括对X的禁令),
    a writer's closing thanks (最后再谢谢各位读者！), or the time since it
    (距离X辞世已有两年半)?"""
    entry = m.entry
    c0, c1 = clause.start, clause.end
    # 被撞伤老人的孙女: a passive opening its clause, a person right after it - a transitive
    # verb's object stands before 被, so the one named after it is the one the act describes
    passive = m.start > c0 and vt[m.start - 1] in "被遭"
    if (
        (entry.object is None or passive)
        and not vt[c0 : m.start - passive].strip(' \u3000“"「')
        and (
            any(
                (
                    m.end <= x.start <= m.end + 2
                    if m.text.startswith(("被", "遭"))
                    else x.start == m.end
                )
                and not x.place
                for x in actors
            )
            or any(
                (head := generic_head(vt[m.end : min(c1, m.end + k)])) is not None
                and head[1] in _BODIES
                for k in range(2, 7)
            )
        )
    ):  # 获释的维权业主首次露面, 涉事游船公司也回应: the act describes the one named after it
        return True
    if entry.news == "人生-死亡" and (
        _SURVIVED.search(vt, m.end, _sentence_end(vt, c1)) or _MORE_THAN_ONCE.match(vt, m.end)
    ):
        return True  # 喝药自杀过，奶奶…把我救活了, 自杀了两次: an attempt survived, no death
    if (
        m.text.startswith(("被", "遭"))
        and entry.object is None
        and any(
            m.end <= x.start <= m.end + 1 and x.end < len(vt) and vt[x.end] in _BESIDE
            for x in actors
        )
    ):
        return True  # 站在被撞的出租车旁: the car named by the act, no act told
    if entry.plover != "SANCTION" and (
        _PROHIBITED.search(vt, c0, m.start)
        or (
            prev is not None
            and ("：" in (lead := vt[c0 - 2 : c0]) or ":" in lead)  # (cheap: a colon first)
            and _PROHIBITED_LIST.search(vt, prev.start, c0)
        )
    ):
        return True  # 禁止通过电商平台发布或销售…: what is forbidden, not done
    if (
        _GENERIC_ANY_OPENS.search(vt, a, m.start)  # (cheap: where a match can open)
        and _GENERIC_ANY.search(vt, a, m.start)
        and not _DATED.search(vt, a, c1)
    ):
        return True  # 此类纠纷的处理通常是…，登报赔礼道歉: what is done in general
    if _LONG_SINCE.match(vt, m.end) or _SPAN_LASTED.match(vt, m.end):
        return True  # 和前男友分手好几年了, 分手两年多的时间: long ago, in the background
    if entry.news == _MARRIED and _MARRIED_SPAN.match(vt, m.end):
        return True  # 结婚了差不多七年: married so long, no wedding told
    if _IF_OPEN.match(vt, c0):
        return True  # 若商户卷入法律诉讼，…: a condition opening the clause
    if _POSSIBLE.search(vt, a, m.start):
        return True  # 审查结束后有两种可能性，一是…: the outcomes a procedure may have
    if _AVERTED_OPENS.search(vt, c0, m.start) and _AVERTED.search(vt, c0, m.start):
        return True  # 减少了不少交通意外: averted; 以便扩大产能: an aim - not done
    if _YOU.search(vt, c0, c1) and any(  # (cheap: one search, then each one found)
        not _quoted(vt, a, y.start())
        and vt.count("《", a, y.start()) <= vt.count("》", a, y.start())
        for y in _YOU.finditer(vt, c0, c1)
    ):
        return True  # 他转给你三千来块: the reader addressed, an illustration (not “…你…” quoted)
    if entry.news == "司法行为-入狱" and _SUM_BEFORE.search(vt, max(c0, m.start - 3), m.start):
        return True
    if vt.startswith("涉", c0) and not vt.startswith(("涉嫌", "涉案", "涉事"), c0):
        return True  # 涉2019年一宗违规集会，5人…罪成: the matter of the case, told in passing
    law = _LAW_REF.search(vt, c0, m.start)
    if (
        law is not None
        and law.start() - c0 <= 12
        and m.start - law.end() <= 20
        and not _LAW_USED.search(vt, c0, law.start())
        and not any(c0 <= x.start < m.start and not x.place for x in actors if x.end > law.end())
    ):
        return True  # 某条例第9条为假释申请设定…门槛: what a law does, no event
    if _TO_BEFORE.search(vt, c0, m.start) and _REVIEW_AFTER.match(vt, m.end, c1):
        return True  # 对多项禁令展开审查: the acts under review, not done here
    if prev is not None and _LIST_CONTINUES.match(vt, c0):
        k = vt.find(m.text, prev.start, prev.end)
        if (
            k >= 0
            and _TO_BEFORE.search(vt, prev.start, k)
            and _REVIEW_AFTER.match(vt, k + len(m.text), prev.end)
        ):
            return True  # …展开审查，包括对某游戏的禁令: one of those under review
    if entry.news == "交往-感谢" and (
        (
            m.start - a <= 4
            and not any(a <= x.start < m.start for x in actors)
            and _THANKS_FOR.match(vt, m.end, c1)
        )
        or (
            m.start == c0
            and c0 > a
            and not any(
                a <= x.start < m.start and not _marked_listed(vt, x, a, actors) for x in actors
            )
            and not _quoted(vt, a, m.start)
            and not _PRONOUN_ANY.search(vt, a, m.start)
        )
    ):  # 最后再谢谢各位读者！, 向某某致敬，感谢她们…: the writer's own thanks, no one named thanks
        return True
    if (
        ci_prev is not None
        and _EACH_TIME.search(vt, ci_prev.start, ci_prev.end)
        and _EACH_WILL.search(vt, c0, m.start)
    ):
        return True  # 每回参加节目时，都会称赞X: what one does each time
    if _SINCE_OPEN.match(vt, c0) and _SINCE_AFTER.match(vt, m.end, c1):
        return True  # 距离X辞世已有两年半: the time since, the act in the background
    return _told_again_since(vt, clause, ci_prev, m)


def _told_again_since(vt: str, clause: _Clause, prev: _Clause | None, m: NewsMatch) -> bool:
    """Does the trigger open its clause, only a span of time after it (上线才过半天，就…),
    its word in the clause right before: the act just told, named again for the time since?"""
    if prev is None or m.start != clause.start or vt.find(m.text, prev.start, prev.end) < 0:
        return False
    since = _SINCE_AFTER.match(vt, m.end, clause.end)
    return since is not None and not vt[since.end() : clause.end].strip("，,。；;！？ ")


_PUBLISHER = re.compile("(?:" + cue("publishers").pattern + ")[^，。；]{0,2}$")


def _introduced(vt: str, a: int, t: int) -> bool:
    """Does a verb that introduces an accident (``introducing_verbs``: 发生, 出, 造成…) stand in
    ``vt[a:t]`` — 出 a word of its own, not part of 出售, 提出…?"""
    return any(
        n.group() != "出" or not _OUT_IN_WORD.match(vt, n.start())
        for n in _INTRODUCING.finditer(vt, a, t)
    )


_LAUNCH_EVENT = re.compile("发布会")


# 发布《甲》、《乙》等多篇文章, 发布了《某某》一文: titles in book marks (a comma inside one
# ends no clause of the sentence), then what they are - a notice, a post, an article
# (news_cues not_product), or a count of writings (篇, 文 after a number: not 《甲》文创产品)
_TITLES_THEN_WRITING = re.compile(
    r"了?(?:《[^《》。！？]{1,60}》[、和及与]?)+等?(?:[多几两一二三四五六七八九十数]+(?:"
    + cue("writing_counts").pattern
    + r")|[^，。；！？《]{0,6}?(?:"
    + _NOT_PRODUCT.pattern
    + "))"
)


def _titled_writing(vt: str, t: int) -> bool:
    """Is what 发布 ending at ``t`` makes public one or more titles in book marks that the words
    after them name writings (发布《甲》、《乙》等多篇文章, 发布《某某》一文, 发布《…》的通知):
    no product, however long the titles (a product's title stays one: 发布《某游戏》新版本)?"""
    return vt.startswith(("《", "了《"), t) and _TITLES_THEN_WRITING.match(vt, t) is not None


# 某车系甲公司发布的一款电动汽车: a product described by who launched it (是/系 + launcher + 的 +
# 一款, with no time told: background; 是3月18日发布的一款 is the launch, dated) - not 是 or 系
# closing a conjunction or a noun (news_cues described_as_not_after: 于是, 但是, 关系)
_DESCRIBED_BY = re.compile(
    words_not_after(cue_words("described_as"), "".join(cue_words("described_as_not_after")))
    + r"[^，。；：0-9０-９年月日周前后时昨今]{1,10}$"
)
_ONE_PRODUCT = re.compile("的(?:" + cue("one_product").pattern + ")")


def _described_product(vt: str, clause: _Clause, m: NewsMatch) -> bool:
    """Is the launch at ``m`` only how a product is described, in a relative clause after 是 or
    系 with no time told (某车系甲公司发布的一款电动汽车, 这是乙公司推出的一款游戏): no event?"""
    return (
        _ONE_PRODUCT.match(vt, m.end) is not None
        and _DESCRIBED_BY.search(vt, clause.start, m.start) is not None
    )


def _not_a_product(vt: str, clause: _Clause, m: NewsMatch) -> bool:
    """Is what 发布 makes public in its clause a notice, a post or a document (发布广告, 发布的
    十大案例, 发布《…》的通知, 在公众号发布), not a product?  With nothing after the trigger
    (情况会…进行发布) the thing published is what the clause opens with.  Any word of launching
    (推出, 上线…) makes none public when the phrase after it closes its clause with such a head
    noun (推出某检测计划, 发布与某公司有关的言论: a scheme, a post), or names right after it a
    person put forward (``not_product_people``: 推出替罪羊, 推出一名候选人)."""
    if _NOT_PRODUCT_HEAD.match(vt, m.end, clause.end):  # (not past a space but in a Latin name:
        # a headline's next item)
        return True
    if _NOT_PRODUCT_PEOPLE.match(vt, m.end, clause.end):
        return True  # 推出替罪羊: someone put forward
    if "发布" not in m.text:
        # 推出, 上线, 亮相: no notice is 推出; 官宣这个决定: what 官宣 makes public is news
        return "官宣" in m.text and (
            bool(_NOT_PRODUCT.search(vt, m.end, min(clause.end, m.end + _ANNOUNCED_REACH)))
            or _LAUNCH_EVENT.search(vt, m.end, clause.end) is not None
        )  # (官宣其新品发布会将于…举行: the launch event is coded at its own word)
    if _PUBLISHER.search(vt, clause.start, m.start):
        return True  # 媒体发布的“…”: an outlet publishes a report, no product
    end = min(clause.end, m.end + _OBJECT_REACH)
    if _NOT_PRODUCT.search(vt, m.end, end) or _POST_PLATFORM.search(vt, clause.start, clause.end):
        return True
    if _POSTED_TO.match(vt, m.end, clause.end):
        return True  # 被发布到校园网后: posted
    return bool(_EMPTY_OBJECT.fullmatch(vt, m.end, clause.end)) and bool(
        _NOT_PRODUCT.search(vt, clause.start, m.start)
    )


_DEATH = "人生-死亡"
# the dead counted, not named (3人, 至少13人, 机上9人全部, 已确认16人): the count inside
_DEAD_COUNT = re.compile(
    "(?:" + "|".join((*_APPROX, "逾")) + ")?[" + _NUMERALS + "]+[多余]?(?:名|位|个)?人"
)
_NAMED_DEAD = re.compile(
    "[^" + _NUMERALS + "多余名位个人" + "".join(_APPROX) + "逾已确认致共目前机上全部现场]"
)


@cache
def _death_toll_types() -> frozenset[str]:
    """The DuEE types (disasters, accidents, attacks) that count their dead (死亡人数)."""
    return frozenset(t for t, roles in load_schema().items() if "死亡人数" in roles)


def _killed(events: list[Event], text: str, kb: KnowledgeBase | None = None) -> None:
    """撞死一名老人, 持刀刺死前妻, 被货车撞死: an act whose trigger ends in the result 死 (a crash,
    an attack, a blast), or a passive trigger the result follows (被撞死), tells a death too -
    of the one it acts on, named after the trigger (or, with 被 before it, before it): a death
    event of its own beside it, with that one as 死者 and the act's time and place, when its
    sentence codes no death already (but the doer's own: 撞死李某后跳河自尽) and the act occurred
    (a threat to kill, 要炸死你, kills no one).  An entry of ``kb`` that is no person
    (空袭炸死哈马斯一名指挥官: an armed group, a country, a company) dies no death, nor does a
    body of authority (警方, 法院) - but a name with no noun of a body (民警王某) or one counted
    (撞死一名民警, 刺死两名法官) is a person."""
    for e in list(events):
        # (被撞死, 被刺死: a passive trigger, 被撞, with the result 死 right after it)
        passive = e.trigger.startswith("被") and text.startswith("死", e.trigger_end)
        if not (e.trigger.endswith("死") or passive) or e.news_type in (None, _DEATH):
            continue  # (4死, 烧死: words of death themselves)
        if e.status != "occurred" or e.modality in ("hypothetical", "negated"):
            continue  # (扬言要炸死某人: a threat, no one dead)
        doers = {
            x.start
            for x in e.actors
            if x.end is not None
            and x.end <= e.trigger_start
            and "被" not in text[x.end : e.trigger_end]  # (王某被撞死: no doer)
        }
        if any(
            d.news_type == _DEATH
            and d.start == e.start
            and not (d.actors and all(x.start in doers for x in d.actors))
            for d in events
        ):  # (撞死李某后跳河自尽: the doer's own death is another one)
            continue
        people = [
            x
            for x in e.actors
            if (x.role is None or x.role in PEOPLE_KINDS or _one_person(text, x))
            and not _kb_body(x, kb)
        ]
        dead = [
            x for x in people if not passive and x.start is not None and x.start >= e.trigger_end
        ]  # (王某被刺死，凶手李某在逃: after a passive trigger, no one it acts on)
        if not dead:  # (撞死人…被告上法庭: a court, the police or a company dies no death)
            victim = _passive_subject(text, e.trigger_start + passive, people)
            if victim is None:
                continue
            dead = [victim]  # 王某被一辆货车撞死: the passive's subject
        args = [Argument("死者", x.name, x.start, x.end, x.kb_id, x.country) for x in dead]
        args += [x for x in e.arguments if x.role in ("时间", "地点")]
        events.append(
            replace(
                e,
                type=None, mode=None, cameo=None, goldstein=None, quad_class=None,
                news_type=_DEATH,
                actors=[replace(x, side="party") for x in dead],
                arguments=args,
                mentions=[replace(mm) for mm in e.mentions],
                quantities=[],
                id="",
            )
        )  # fmt: skip


def _one_person(text: str, x: EventActor) -> bool:
    """Is ``x`` of an authority's kind a person - a name ending in no generic noun (民警王某: the
    title gave it the kind), or counted right before it (一名民警, 两位法官) - rather than the
    body of its kind (警方, 某市公安局, 法院)?"""
    if x.role not in _AUTHORITY or x.start is None:
        return False
    if generic_head(x.name) is None:
        return True
    return _COUNTED_PEOPLE.search(text, max(0, x.start - 4), x.start) is not None


_COUNTED_PEOPLE = re.compile("[" + _NUMERALS + "]+[名位]$")


def _kb_body(x: EventActor, kb: KnowledgeBase | None) -> bool:
    """Is ``x`` linked to an entry of ``kb`` that is no person (哈马斯, 以色列, a company)?"""
    if x.kb_id is None:
        return False
    entry = kb.by_id(x.kb_id) if kb is not None else None
    return entry is None or entry.kind != "person"


def _passive_subject(text: str, at: int, people: list[EventActor]) -> EventActor | None:
    """王某被一辆货车撞死, 张某被李某驾车撞死: the one of ``people`` standing right before the 被
    of the act whose trigger starts at ``at`` (a few adverbs between: 均, 不幸…), with no clause
    break from 被 to the trigger - none when a verb of telling or finding follows that 被
    (男子被曝开车撞死人, 被指酒驾撞死人, 被人发现刺死了人: the 被 of another verb, the one before
    it the doer)."""
    bei = text.rfind("被", max(0, at - _PASSIVE_REACH), at)
    if bei < 0 or _CLAUSE_END.search(text, bei, at) or _TOLD_AFTER_BEI.search(text, bei + 1, at):
        return None
    return max(
        (
            x
            for x in people
            if x.end is not None
            and 0 <= bei - x.end <= _PASSIVE_ADVERBS
            and not _CLAUSE_END.search(text, x.end, bei)
        ),
        key=lambda x: x.end or 0,
        default=None,
    )


_PASSIVE_REACH = 16  # characters from 被 to the trigger: the doer, a vehicle, a way of driving
_PASSIVE_ADVERBS = 4  # characters from the passive's subject to 被: 均, 当场, 不幸…


def _count_the_dead(events: list[Event]) -> None:
    """致4人死亡 beside a collapse, a crash or an attack of its sentence gives that event its toll
    (死亡人数) when the dead are only counted (a death whose dead are named, 看守老刘当场死亡, gives
    none); the death stays an event of its own."""
    tolls = _death_toll_types()
    for e, dead in _counted_deaths(events):
        counts = [_DEAD_COUNT.search(x.text) for x in dead]
        host = next(
            (
                h
                for h in events
                if h.news_type in tolls
                and h.start == e.start
                and h.end == e.end
                and not any(x.role == "死亡人数" for x in h.arguments)
            ),
            None,
        )
        if host is None:
            continue
        for x, c in zip(dead, counts, strict=True):
            if c is not None:
                a0 = None if x.start is None else x.start + c.start()
                a1 = None if x.start is None else x.start + c.end()
                host.arguments.append(Argument("死亡人数", c.group(), a0, a1))


def _counted_deaths(events: list[Event]) -> Iterator[tuple[Event, list[Argument]]]:
    """Each death of ``events`` whose 死者 are only counted, with them (:func:`_counted_dead`)."""
    for e in events:
        if e.news_type == _DEATH and (dead := _counted_dead(e)):
            yield e, dead


def _counted_dead(e: Event) -> list[Argument]:
    """The 死者 of the death ``e`` when each is only counted (3人, 至少13人), else none (张某,
    三名护林员: one named or told who they were, or no 死者 at all)."""
    dead = [x for x in e.arguments if x.role == "死者"]
    if any(_DEAD_COUNT.search(x.text) is None or _NAMED_DEAD.search(x.text) for x in dead):
        return []
    return dead


def _toll_not_the_dead(events: list[Event], sound: Callable[[Event], bool]) -> None:
    """致3人死亡 after a crash, a fire or an attack its sentence tells is that event's toll
    (死亡人数, read by :func:`_count_the_dead` or ``_quantities``), as DuEE reads it: the death
    told beside it stays an event, its counted people its party, with its time and place but
    not the count as its 死者 argument - a count names no one.  A death whose dead are named
    (造成司机张某死亡), or with no sound event beside it (疫情已致3人死亡: no accident counts
    them; 那场山洪已造成…: a host the doubts drop, ``sound`` false), keeps its 死者."""
    tolls = _death_toll_types()
    for e, dead in _counted_deaths(events):  # (a named one among the dead: a 死者, kept)
        spans = {(x.start, x.end) for x in dead}
        if not any(
            h.news_type in tolls
            and h.start == e.start
            and any(
                x.role == "死亡人数" and _inside_a_span(x.start, x.end, spans)
                for x in h.arguments
            )
            and sound(h)
            for h in events
        ):
            continue
        e.arguments = [x for x in e.arguments if x.role != "死者"]


def _inside_a_span(
    start: int | None, end: int | None, spans: set[tuple[int | None, int | None]]
) -> bool:
    """Does ``start:end`` lie within one of ``spans`` (offsets into one text)?"""
    return start is not None and end is not None and any(
        s is not None and e is not None and s <= start and end <= e for s, e in spans
    )


@cache
def _packaged_lexicon() -> NewsLexicon:
    """The packaged lexicon, looked up once (not once per phrase tested)."""
    return load_news_lexicon()


# a comma before 及 (not 及时, 及早, 及格, 及至) going on with a list of names
_LIST_GOES_ON = re.compile(r"[，,]及(?![时早格至])")


def _clauses(vt: str, a: int, b: int) -> list[_Clause]:
    """The clauses of the sentence ``vt[a:b]``; a comma inside a short aside (吴某（男，41岁）)
    cuts none: the aside is about the name before it.  Cut where :data:`_CLAUSE_CUT` matches
    (:data:`_CUT_MARK` and :func:`_between_digits`: the same one-character matches)."""
    out: list[_Clause] = []
    start = a
    asides = [m.span() for m in _LONG_ASIDE.finditer(vt, a, b)]
    for m in _CUT_MARK.finditer(vt, a, b):
        at = m.start()
        if vt[at] in _DIGIT_GUARDED and _between_digits(vt, at, b):
            continue  # (10:30, 1,000: no cut)
        if asides and any(x < at < y for x, y in asides):
            continue
        if asides and _listed_aside(vt, at, asides):
            continue
        if vt.startswith("及", at + 1) and _LIST_GOES_ON.match(vt, at):
            continue  # 向甲和乙，及相关责任人提起诉讼: the list goes on past the comma
        if at > start:
            out.append(_Clause(start, at))
        start = at + 1
    if start < b:
        out.append(_Clause(start, b))
    return out


# what _CLAUSE_CUT matches, one character: any of these, but ：:, only where not between two
# digits (its lookarounds; one class scans a sentence several times faster than its branches)
_CUT_MARK = re.compile(r"[，；;。！？!?：:,]")
_DIGIT_GUARDED = frozenset("：:,")
_DIGIT_MARKS = frozenset("0123456789０１２３４５６７８９")


def _between_digits(vt: str, at: int, b: int) -> bool:
    """Is the mark at ``at`` between two digits, the one after it before ``b`` - where neither
    of :data:`_CLAUSE_CUT`'s lookarounds lets it cut (its lookbehind reads before the sentence,
    its lookahead stops at ``b``, as a search from ``a`` to ``b`` does)?"""
    return at > 0 and vt[at - 1] in _DIGIT_MARKS and at + 1 < b and vt[at + 1] in _DIGIT_MARKS


_ASIDE_LIST_GAP = 12  # characters (a title and a name) between two asides of one list


def _listed_aside(vt: str, at: int, asides: list[tuple[int, int]]) -> bool:
    """Does the comma at ``at``, right after an aside, go on with a list of people each with
    an aside of their own (甲（女，26岁），销售人员乙（女，30岁）、丙…): the next aside opens
    within :data:`_ASIDE_LIST_GAP` characters with no punctuation mark before it, the item
    opens with no pronoun (死者甲（…），其儿子乙（…）已被拘留: a topic, then a clause of its own)
    and the list goes on after its aside (、, 及, 等…)?"""
    if not any(y == at for _, y in asides):
        return False
    nxt = next(((x, y) for x, y in asides if x > at), None)
    return (
        nxt is not None
        and nxt[0] - at - 1 <= _ASIDE_LIST_GAP
        and _CLAUSE_CUT.search(vt, at + 1, nxt[0]) is None
        and not _ITEM_PRONOUN.match(vt, at + 1)
        and _ASIDE_LIST_ON.match(vt, nxt[1]) is not None
    )


_ITEM_PRONOUN = re.compile(r"[其他她它该]")
_ASIDE_LIST_ON = re.compile(r"(?:、|及|以及|和|与|等)")


# a quoted name right after a word for a kind of company (某科技公司“某某”): 2-20 characters
_KIND_NAMED = re.compile(r"“([^“”，,。；;：:！？]{2,20})”")
_KIND_NAMED_NOT_AFTER = frozenset("了过着")  # (公司“雪藏”了某人: a word in quotes, no name)
_QUOTE_THEN_BREAK = frozenset("，,。；;：:！？!?、")
# a verb, a preposition, an adverb, a conjunction, a time word (“某某”昨日宣布…)
_PREDICATE_TAGS = ("v", "p", "d", "c", "t")


def _predicate_after(vt: str, i: int) -> bool:
    """Does what follows a quote at ``i`` make it a name standing for its subject - a clause
    break, a day, or a verb, preposition, adverb, conjunction or time word of the dictionary
    (“某某”宣布…, “某某”在…, “某某”已…, “某某”昨日…) - not an aspect mark (“雪藏”了), 的 or a
    noun (“周年庆”期间, “口号”的承诺: a slogan, a campaign, a nickname)?"""
    if i >= len(vt) or vt[i] in _QUOTE_THEN_BREAK or vt[i].isdigit():
        return True  # (a break, or a day: “某某”3日宣布…)
    if vt[i] in _KIND_NAMED_NOT_AFTER:
        return False
    return tag_at(vt, i).startswith(_PREDICATE_TAGS)


# a company's registered name is no kind word: what is quoted after it is another thing's name
_REGISTERED_ENDS = ("有限公司", "有限责任公司", "股份公司")
_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def _named_kinds(vt: str, actors: list[Actor]) -> list[Actor]:
    """A word for a kind of company (公司, 品牌, 平台…, after what it does: 某科技公司) followed
    by a quoted name is that company, named: the name is the participant (the one the
    recognisers read there, or the quoted text as a company), not the kind word.  Not after a
    registered name (某某有限公司“4·15”事故), nor a quote with no letter (a date's code)."""
    out: list[Actor] = []
    for k, g in enumerate(actors):
        hit = None
        if (
            g.agent_type == "BUS"
            and not g.kb_id
            and g.kind in ("generic", "ORG")
            and not g.text.endswith(_REGISTERED_ENDS)
        ):
            head = generic_head(g.text)
            if head is not None and g.text.endswith(head[0]):
                hit = _KIND_NAMED.match(vt, g.end)
            if hit is not None and not _LETTER.search(hit.group(1)):
                hit = None  # (某公司“4·15”事故: a date's code, no name)
        if hit is None or not _predicate_after(vt, hit.end()):
            out.append(g)
            continue
        q0, q1 = hit.span(1)
        inside = [y for y in actors[k + 1 :] if y.start < q1 and q0 < y.end]
        if any(y.start == q0 and y.end == q1 for y in inside):
            for y in inside:
                if y.country is None:
                    y.country = g.country
            continue  # (the name, read, stands for the kind word)
        if inside:
            out.append(g)
            continue
        out.append(Actor(q0, q1, hit.group(1), "ORG", country=g.country, agent_type="BUS"))
    return out


# between a person and the kin word of their relative who acts with them (某某也携妻子, 某某和
# 女儿, 某某及其父母)
_KIN_WITH = re.compile(r"(?:也|还|又|便|就|则)?(?:携|偕|带着|和|与|跟|同|及)其?")


@lru_cache(maxsize=8192)
def _kin_suffix(whole: str) -> str:
    """The longest kin word (news_generic kin) ``whole`` ends with; "" when none does."""
    kin = generic_table().kin
    return next((whole[-n:] for n in range(len(whole), 0, -1) if whole[-n:] in kin), "")


def _kin_of_named(vt: str, actors: list[Actor], nationals: dict[str, str]) -> None:
    """A kin word of a person named right before it (某某的妻子, 某某妻子, 某某也携妻子, 某某和
    女儿) takes the country that person is known to be of - not the sentence's, another
    person's or the article's; one whose person's country is not known is left as it is."""
    for k, x in enumerate(actors):
        if x.kind != "generic" or x.country is not None:
            continue
        whole = x.alias_of or x.text
        word = _kin_suffix(whole)
        if not word or _kin_in_apposition(vt, x, actors[k + 1 :]):
            continue
        if len(whole) > len(word):  # (某某的妻子: read as one, with its person's name)
            country = nationals.get(whole[: -len(word)].removesuffix("的"))
        else:
            who = next((y for y in reversed(actors[:k]) if y.end <= x.start), None)
            if who is None or who.kind != "PER" or PRONOUN.fullmatch(who.text):
                continue
            if _KIN_WITH.fullmatch(vt, who.end, x.start) is None:
                continue
            country = who.country
        if country is not None:
            x.country = country


_APPOSED = re.compile(r"[、（(]|——|—")  # (某某的丈夫、某国演员某某: the husband is named)


def _kin_in_apposition(vt: str, x: Actor, after: list[Actor]) -> bool:
    """Is the kin word ``x`` named right after it (某某的丈夫、中国演员某某, 其妻——某某): a person
    within eight characters after a mark of apposition - that person's own country, not the
    one's they are kin to, is theirs."""
    who = next((y for y in after if y.kind == "PER"), None)
    return (
        who is not None
        and who.start - x.end <= 8
        and _APPOSED.match(vt, x.end) is not None
    )


def _join_prefixes(vt: str, actors: list[Actor]) -> list[Actor]:
    """A place written right before a generic actor names it (临夏市公安局, 香港警方)."""
    out: list[Actor] = []
    for k, x in enumerate(actors):
        if (
            x.kind == "PER"
            and out
            and out[-1].kind == "generic"
            and out[-1].text in generic_table().kin
            and _KIN_APPOSITION.fullmatch(vt, out[-1].end, x.start) is not None
        ):  # 她的丈夫——62岁的Tom（汤姆）: the kin word's person is the name after the dash
            kin = out.pop()
            if x.country is None:
                x.country = kin.country
        if (
            x.kind == "PER"
            and out
            and out[-1].kind == "GPE"
            and out[-1].end == x.start
            and not out[-1].place
            and x.country is None
        ):  # 某省张女士: the person of that place (the place no participant of its own)
            x.country = out[-1].country
            out[-1].place = True
        if (
            x.kind == "generic"
            and out
            and out[-1].kind == "PER"
            and (
                out[-1].end == x.start
                or _QUOTE_CLOSE.fullmatch(vt, out[-1].end, x.start) is not None
                or (
                    vt[out[-1].end : x.start] == "的"
                    and not x.text.endswith(PLURAL_KIN)
                    and not (k + 1 < len(actors) and actors[k + 1].start == x.end)
                    and vt[out[-1].start - 1 : out[-1].start] not in _COORDINATORS
                    and _COPULA.match(vt, max(0, out[-1].start - 1), out[-1].start) is None
                    and not PRONOUN.fullmatch(vt, out[-1].start, out[-1].end)
                )
            )
            and x.text in generic_table().kin
            and not PRONOUN.fullmatch(out[-1].text)
        ):
            # 张女士父亲, 钱先生的母亲: the named person's relative, one participant (not 母亲
            # alone; not 张女士的父母, whose owner a later 她 stands for; not 某某的妻子乙: 乙;
            # not 他的女儿: a pronoun stands for its antecedent alone; not 甲和乙的女儿: whose
            # daughter, of both or of 乙, the list leaves open; not 甲是乙的前妻: who 甲 is,
            # read by _without_copula_kin) - with 的 the kin word
            # still, named by the whole (as a kin word named by the name after it)
            # (“某地胖哥”女儿: the nickname's, named without the quote)
            who = out.pop()
            owned = who.end < x.start
            whole = vt[who.start : x.end] if vt[who.end] == "的" else who.text + x.text
            x = Actor(
                who.start, x.end, x.text if owned else whole, "generic",
                country=who.country or x.country, agent_type=x.agent_type,
                alias_of=whole if owned else None,
            )  # fmt: skip
        elif (
            x.agent_type == "BUS"
            and len(out) >= 2
            and out[-1].kind == "GPE"
            and out[-2].kind == "ORG"
            and (m := _BRACKETED_SEAT.search(vt, out[-2].end, x.start)) is not None
            and m.end() == x.start
            and out[-1].start == m.start() + 1
            and (m.start() == out[-2].end or _company_name_gap(vt, out[-2].end, m.start()))
        ):  # 某科技（杭州）有限公司, 某牌电池技术（某市）…: a company's name (a brand, its
            # words) with its seat in brackets, one company
            seat, name = out.pop(), out.pop()  # (of its seat's country, not its brand's home)
            x = Actor(
                name.start, x.end, vt[name.start : x.end], "ORG",
                country=seat.country or name.country, agent_type="BUS",
            )  # fmt: skip
        elif x.kind == "generic" or (x.kind == "ORG" and x.agent_type is not None and not x.kb_id):
            j = len(out)
            while (
                j > 0
                and (
                    out[j - 1].end == (out[j].start if j < len(out) else x.start)
                    # 杭州市萧山区人民法院: a district the recognisers left out between them
                    or (
                        j == len(out)
                        and (out[j - 1].place or out[j - 1].kind == "GPE")
                        and place_units(vt[out[j - 1].end : x.start])
                    )
                    # 澳门极端暴力分子: a place, then what the people are (not 某国的朋友: a
                    # friend of the country, none of its people)
                    or (
                        j == len(out)
                        and out[j - 1].kind == "GPE"
                        and x.agent_type in PEOPLE_KINDS
                        and modifier_gap(vt, out[j - 1].end, x.start)
                        and x.text not in generic_table().owned_only
                    )
                    # 某州的公立大学, 某市市立医院: a place, then what kind of body it is
                    or (
                        j == len(out)
                        and out[j - 1].kind == "GPE"
                        and x.kind == "generic"
                        and x.agent_type not in PEOPLE_KINDS
                        and body_qualifier_gap(vt, out[j - 1].end, x.start)
                    )
                    # 某国议会卫生和教育委员会: a committee of its parent's, named by its fields
                    or (
                        j == len(out)
                        and out[j - 1].kind == "ORG"
                        and x.text in _FIELD_BODY_HEADS
                        and _fields_gap(vt, out[j - 1].end, x.start)
                    )
                    # 成都某某科技有限责任公司: a company's name opened by its place
                    or (
                        j == len(out)
                        and out[j - 1].kind == "GPE"
                        # (某市海事法院, 某州农工大学, 某国某某报社: a court's, a school's, an
                        # outlet's name, too)
                        and (x.agent_type in ("BUS", "JUD", "EDU") or x.text in _OUTLET_HEADS)
                        and _company_name_gap(vt, out[j - 1].end, x.start)
                    )
                )
                and (
                    out[j - 1].place
                    or out[j - 1].kind == "ORG"
                    # 美国用户, 中国游客: people of a country
                    or (out[j - 1].kind == "GPE" and x.agent_type in PEOPLE_KINDS)
                    # 某地证监会, 某市海关: a place's state body, one participant of its country
                    # (right before the body: not 某国 of 某国某某政府, a leader's; the police's
                    # units keep the name they are read with, 警务处某某科)
                    or (
                        j == len(out)
                        and out[j - 1].kind == "GPE"
                        and x.agent_type in STATE_BODY_KINDS
                        and x.agent_type != "COP"
                    )
                    # 某地区高等法院: a region's court (its name, as written; not a judge)
                    or (
                        out[j - 1].kind == "GPE"
                        and x.agent_type == "JUD"
                        and _BODY_WORD.search(x.text) is not None
                    )
                    # 拜登政府: the leader's government is of the leader's country
                    or (out[j - 1].kind == "PER" and x.agent_type == "GOV" and out[j - 1].country)
                    # 某国某某报社: an outlet's name opened by its country is no country
                    # (not 某国媒体, 某国记者: the country's press, of that country)
                    or (out[j - 1].kind == "GPE" and x.text in _OUTLET_HEADS)
                )
            ):
                j -= 1
            if (
                j == len(out)
                and out
                and out[-1].kind == "GPE"
                and out[-1].end == x.start
                and out[-1].country
                and x.agent_type == "COP"
            ):  # 某地警务处某某科: the unit keeps its name, and is that place's police
                x = replace(x, country=out[-1].country)
            if j < len(out):
                prefix = out[j:]
                del out[j:]
                first = prefix[0]
                lenders = (
                    prefix
                    if x.agent_type not in PEOPLE_KINDS
                    else [p for p in prefix if p.place or p.kind == "GPE"]
                )
                # 福特女车主: an owner of a Ford is not American
                country = x.country or next((p.country for p in lenders if p.country), None)
                if country is None and any(mainland_by_suffix(p.text) for p in prefix):
                    country = "CHN"
                x = Actor(
                    first.start, x.end, vt[first.start : x.end], "generic",
                    country=country, agent_type=x.agent_type,
                )  # fmt: skip
                if x.text.endswith(tuple(_FIELD_BODY_HEADS)) and _fields_gap(
                    vt, prefix[-1].end, x.end - len(_field_head(x.text))
                ):  # (a committee is its parent's: a body of its kind, not an authority)
                    parent = next((p for p in prefix if p.kind == "ORG" and p.cameo), None)
                    x.kind = "ORG"
                    if parent is not None:  # (its code: 某国众议院 → that country's LEG)
                        x.cameo, x.agent_type = parent.cameo, None
            elif (
                x.kind == "generic"
                and x.text in _COMPANY_HEADS
                and (run := _company_run(vt, out[-1].end if out else 0, x.start)) is not None
            ):  # 起诉某某冷链物流公司: the words before the head are the company's name
                x = Actor(
                    run, x.end, vt[run : x.end], "generic", country=x.country, agent_type="BUS"
                )
            elif (
                (x.kind == "generic" or (x.kind == "ORG" and x.agent_type and not x.kb_id))
                and x.agent_type not in PEOPLE_KINDS
                and (unit := units_before(vt, out[-1].end if out else 0, x.start)) is not None
            ):  # 海淀区人民法院, ，市公安局: the district no recogniser read names the body
                country = x.country or ("CHN" if mainland_by_suffix(vt[unit : x.start]) else None)
                x = Actor(
                    unit, x.end, vt[unit : x.end], "generic",
                    country=country, agent_type=x.agent_type,
                )  # fmt: skip
            elif (
                x.agent_type == "COP"
                and (squad := _POLICE_UNIT_END.search(vt, max(0, x.start - 8), x.start)) is not None
                and not any(y.start < squad.start() < y.end for y in out)
            ):  # 刑侦大队民警, 某某派出所民警: the officers are of the unit written before them
                while out and out[-1].start >= squad.start():
                    out.pop()  # (派出所, the unit's short name read apart: one participant)
                x = Actor(
                    squad.start(), x.end, vt[squad.start() : x.end], "generic",
                    country=x.country, agent_type=x.agent_type,
                )  # fmt: skip
        elif x.place and x.kind in ("GPE", "LOC"):
            upto = next((y.start for y in actors[k + 1 :] if y.start >= x.end), len(vt))
            if (e := units_after(vt, x.end, upto)) > x.end:
                x = replace(x, end=e, text=vt[x.start : e])  # 上海闵行区: the finer place
        out.append(x)
    return out


_COMPANY_HEADS = frozenset(cue_words("company_heads"))
_COMPANY_HEAD_ENDS = tuple(_COMPANY_HEADS)  # (for str.endswith)
_FINER = "执法机构"


# 收到一张罚单, 又收巨额罚单, 领罚单: a verb of receiving (news_cues fine_received), up to
# four characters of a count or a size between it and the ticket
_FINE_RECEIVED = re.compile(
    "(?:" + cue("fine_received").pattern + r")(?!回)了?[^，。；、\s]{0,4}$"
)  # (not 收回罚单: a ticket withdrawn by the one who wrote it)


def _fine_received(vt: str, m: NewsMatch) -> bool:
    """Is the ticket ``m`` (罚单) received - a verb of receiving right before it (某公司又收一张
    罚单): its subject is the one fined, not the one who fines?"""
    return m.text == "罚单" and _FINE_RECEIVED.search(vt, max(0, m.start - 8), m.start) is not None


def _named_company(x: Actor) -> bool:
    """Is ``x`` a business by its kind (BUS) or by the head its name ends with (某某有限公司,
    某集团: news_cues company_heads) - the one fined when no one else is told fined?"""
    return x.agent_type == "BUS" or x.text.endswith(_COMPANY_HEAD_ENDS)


# a police unit (news_cues police_units), with up to four characters of its name before it and
# no function word among them (在派出所民警: not 在), ending where its officers are named
_POLICE_UNIT_END = re.compile(
    r"(?:(?![在于对向被把将从由和与及的了是为同并])[\u4e00-\u9fff]){0,4}(?:"
    + cue("police_units").pattern
    + ")$"
)
_FIELD_BODY_HEADS = frozenset(cue_words("field_body_heads"))
# the fields a committee deals with, between its parent and its head (卫生和教育: the first
# may be read into the parent's name already)
_FIELDS = re.compile(r"(?:[\u4e00-\u9fff]{2,4})?[和与及、][\u4e00-\u9fff]{2,4}")


def _field_head(text: str) -> str:
    return max((h for h in _FIELD_BODY_HEADS if text.endswith(h)), key=len)


def _fields_gap(vt: str, s: int, e: int) -> bool:
    """Is ``vt[s:e]`` the fields of a committee: one or two words a name may hold, joined by
    和/与/及/、 (卫生和教育, 和教育)?"""
    if _FIELDS.fullmatch(vt, s, e) is None:
        return False
    k = next(i for i in range(s, e) if vt[i] in "和与及、")
    return (k == s or _name_like(vt, s, k)) and _name_like(vt, k + 1, e)


_NAME_RUN_MAX = 8  # characters of a company's name before its head, with no place before them
# parts of speech no word of a company's name has (a verb, a conjunction, an adverb, a pronoun,
# a numeral, a distinguishing word…: 跑去问游戏公司, 同时公司, 其他公司, 单个公司, 所属公司)
_NOT_NAME_TAGS = ("v", "c", "d", "p", "r", "m", "q", "u", "f", "t", "a", "b", "z", "y", "e", "o")
_NOT_NAME_CHAR_TAGS = ("v", "c", "d", "p", "r", "m", "q", "u", "y", "e", "o")


def _name_like(vt: str, s: int, e: int) -> bool:
    """Are the words of ``vt[s:e]`` all words a name may hold — nouns, names, verbal nouns, words
    the dictionary lacks?"""
    return not any(
        tag != "vn" and tag.startswith(_NOT_NAME_TAGS if n > 1 else _NOT_NAME_CHAR_TAGS)
        for n, tag in tagged_words(vt, s, e)
    )


# a company's name in Latin letters right before its head word: capitalised words (and the
# joiners a name holds) parted by single spaces (Golden Valley公司, Blue & Co.集团)
_LATIN_COMPANY = re.compile(
    r"(?<![A-Za-z0-9&.'\-])[A-Z][A-Za-z0-9&.'\-]*(?: (?:[A-Z0-9&][A-Za-z0-9&.'\-]*|of))* ?$"
)
_LATIN_NAME_MAX = 40


def _company_run(vt: str, low: int, at: int) -> int | None:
    """Where the name of a company opens that ends in its head word at ``at`` (某某冷链物流 of
    某某冷链物流公司), no actor read before it: the longest run of 2 to :data:`_NAME_RUN_MAX`
    Han characters after ``low`` with no function character and no event word in it
    (:func:`_company_name_gap`) that opens at a word's boundary and holds only words a name may
    hold (:func:`_name_like`: not 邀请其他, 同时, 所属), else None."""
    latin = _LATIN_COMPANY.search(vt, max(low, at - _LATIN_NAME_MAX), at)
    if latin is not None:
        return latin.start()  # 起诉Golden Valley公司: a name in Latin letters, whole
    pos = _parts_of_speech()
    best = None
    for s in range(at - 2, max(low, at - _NAME_RUN_MAX) - 1, -1):
        if not _company_name_gap(vt, s, at):
            break
        if s > 0 and pos.get(vt[s - 1 : s + 1]) is not None:
            continue  # (诉直升机 of 起诉直升机: the run would cut a word)
        if _name_like(vt, s, at):
            best = s
    return best


_BRACKETED_SEAT = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]")
_NAME_AFTER_PLACE = re.compile(
    "(?!" + cue("road_not").pattern + ")"
    "(?:" + cue("road_after").pattern + "|" + cue("compound_after").pattern + ")"
)


_INSTITUTION_AFTER = re.compile("[\u4e00-\u9fff]{0,8}?(?:" + cue("institution_ends").pattern + ")")


def _place_in_name(vt: str, x: Actor) -> bool:
    """中山东路, 巴西世界杯, 绍兴市机械工程学会: a place the recogniser read inside a road's, an
    international event's or an institution's name — no participant, no venue, no country of
    the sentence."""
    if x.kind not in ("GPE", "LOC"):
        return False
    if _NAME_AFTER_PLACE.match(vt, x.end) is not None:
        return True
    hit = _INSTITUTION_AFTER.match(vt, x.end)
    return hit is not None and not any(c in _NOT_GIVEN for c in hit.group())


_BRANCH = re.compile("[\u4e00-\u9fff]{0,4}?(?:" + cue("branch_after").pattern + ")")
_BRANCHED_KINDS = frozenset({"COP", "JUD", "GOV"})  # (the state bodies: a branch, a head)
_BRANCH_WORDS = tuple(cue_words("branch_after"))


def _branch_head(text: str) -> tuple[str, str] | None:
    """南京市公安局玄武分局 read as one name (the statistical recogniser's ORG): the generic head
    of the bureau the branch is written after (公安局, COP), as :func:`_with_branches` makes
    the bureau and its branch one actor of the bureau's kind; so too a court with its room
    (某区法院民事审判庭) and the police or a court with a unit of theirs (某地警务处刑侦科:
    news_cues unit_after); None when ``text`` ends in no branch, room or unit of such a body."""
    branch = text.endswith(_BRANCH_WORDS)
    room = text.endswith(_ROOM_END)
    unit = text.endswith(_UNIT_AFTER)
    if not (branch or room or unit):
        return None
    for k in range(len(text) - 2, 1, -1):
        head = generic_head(text[:k])
        if head is None or head[1] not in _BRANCHED_KINDS:
            continue
        if branch and _BRANCH.fullmatch(text, k):
            return head
        if room and head[1] == "JUD" and _COURT_ROOM.fullmatch(text, k):
            return head
        if unit and head[1] in _OFFICES and _UNIT_NAME.fullmatch(text, k):
            return head
    return None


_ROOM_END = "庭"  # (法庭, 审判庭, 第二庭: a court's room ends so)
_UNIT_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}")  # 刑侦科, 保安处: a unit's own short name
# 某法院第二法庭, 某法院刑事审判庭, 某法院原讼法庭, 某法院民事审判第一庭: a court's room or
# division written right after it (news_cues court_room_kinds), no bare 法庭 (某法院法庭上)
_NTH = "第[一二三四五六七八九十\\d]{1,3}"
_COURT_ROOM = re.compile(
    f"(?:{_NTH}|{cue('court_room_kinds').pattern})(?:法庭|审判庭|庭)|(?:刑事|民事|行政)审判{_NTH}庭"
)


_RUN_PEOPLE = cue("run_people")


@cache
def _country_runs() -> frozenset[str]:
    """欧美, 中美, 美日: two one-character country forms read as a run (entity_rules.json
    compound_words)."""
    from ..annotate.entity_lexicon import rules

    return frozenset(w for w in rules()["compound_words"]["forms"] if len(w) == 2)


def _runs_of_countries(vt: str, actors: list[Actor]) -> list[Actor]:
    """欧美政客, 美欧国家: a run of two one-character forms, one of them a state, the other no
    state (欧), and a kind of people or states right after it (news_cues run_people) are one
    participant of that state - not the fragment 美 (nor a place 欧 of its own)."""
    spans: list[tuple[Actor, int, int]] = []
    for x in actors:
        if x.kind != "GPE" or x.place or x.end - x.start != 1:
            continue
        runs = _country_runs()
        s = next(
            (s for s in (x.start - 1, x.start) if s >= 0 and vt[s : s + 2] in runs), None
        )
        if s is None or any(
            y is not x and y.kind == "GPE" and not y.place and s <= y.start < s + 2
            for y in actors
        ):
            continue  # (中美议员: two states, each a participant)
        hit = _RUN_PEOPLE.match(vt, s + 2)
        if hit is not None and not any(a < hit.end() and s < b for _, a, b in spans):
            spans.append((x, s, hit.end()))
    if not spans:
        return actors
    out: list[Actor] = []
    for x in actors:
        own = next(((a, b) for y, a, b in spans if y is x), None)
        if own is not None:
            out.append(replace(x, start=own[0], end=own[1], text=vt[own[0] : own[1]]))
        elif not any(a <= x.start and x.end <= b for _, a, b in spans):
            out.append(x)
    return out


def _without_room(text: str) -> str:
    """某区法院第二法庭 → 某区法院: a court's name without the room written after it."""
    room = _COURT_ROOM.search(text, 2)
    return text[: room.start()] if room is not None and room.end() == len(text) else text


# a Latin given name or surname: a capital, then letters, apostrophes, hyphens (O'Brien, Anna-Maria)
_LATIN_NAME_WORD = re.compile(r"[A-Z][A-Za-z'\-]*")


def _joined_latin_names(vt: str, actors: list[Actor]) -> list[Actor]:
    """John Smith, Anna-Maria Lopez: a Latin given name and surname the recogniser read as two
    people, written with a space (or a middle dot) between them, are one person."""
    out: list[Actor] = []
    for x in actors:
        last = out[-1] if out else None
        if (
            last is not None
            and x.kind == last.kind == "PER"
            and vt[last.end : x.start] in (" ", "·")
            and _LATIN_NAME_WORD.fullmatch(x.text) is not None
            and _LATIN_NAME_WORD.fullmatch(vt, last.start, last.end) is not None
        ):
            out[-1] = replace(
                last, end=x.end, text=vt[last.start : x.end], country=last.country or x.country
            )
            continue
        if last is not None and x.kind in ("PER", "ORG") and _latin_apposition(vt, last, x):
            continue  # 某某（John Smith）: the name again, in Latin letters - no other actor
        out.append(x)
    return out


_LATIN_APPOSED = re.compile(r"\s?[（(][A-Za-z][A-Za-z .'&\-]*(?:[，,、][^（）()]{0,20})?[）)]")


def _latin_apposition(vt: str, last: Actor, x: Actor) -> bool:
    """Is ``x`` a Latin name in brackets written right after the name ``last`` (某某（Charlie
    Smith）, 某大学（Texas A&M University，简称TAMU）) - the same one, spelled in its language?"""
    if last.kind not in ("PER", "ORG") or last.place:
        return False
    hit = _LATIN_APPOSED.match(vt, last.end)
    return hit is not None and last.end < x.start and x.end <= hit.end()


# a model's code closing a company's name the recogniser read, after a Chinese character
# (某品牌508L, 某品牌Y9000X: the make and its model)
_MODEL_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])" + MODEL_CODE + "$")
_MODEL_LAUNCH_GAP = 12  # characters between a model's name and the launch word after it


def _makes_of_models(vt: str, actors: list[Actor], matches: Sequence[NewsMatch]) -> list[Actor]:
    """某品牌508L将于下月上市: a company's name the recogniser read with a model's code closing
    it, before a launch word (产品行为-发布) a few characters on, is the make that launches the
    model: the company ends before the code (not elsewhere - 力压某品牌H6夺冠: the car)."""
    launches = [mm.start for mm in matches if mm.entry.news == _LAUNCH]
    if not launches:
        return actors  # (the cheap test first: no launch, no make read)
    out: list[Actor] = []
    for x in actors:
        code = _MODEL_TAIL.search(x.text) if x.kind == "ORG" else None
        if code is not None and any(x.end <= t <= x.end + _MODEL_LAUNCH_GAP for t in launches):
            x = replace(x, end=x.start + code.start(), text=x.text[: code.start()], kb_id=None)
        out.append(x)
    return out


_LAUNCH = "产品行为-发布"
# FC, CF, SC, United…: a Latin word closing a club's name (news_cues team_suffixes)
_TEAM_SUFFIX = cue("team_suffixes")


def _team_suffix_end(vt: str, b: int) -> int | None:
    """The end of a club's Latin suffix written right after a name ending at ``b`` (红星|FC,
    东湖|United: one team, the name the recogniser read only its first part), None when no such
    word stands there, or it runs on into more Latin letters or digits (某公司CFO)."""
    if b >= len(vt) or not "A" <= vt[b] <= "Z":
        return None  # (the cheap test first: no capital, no suffix)
    hit = _TEAM_SUFFIX.match(vt, b)
    if hit is None:
        return None
    end = hit.end()
    if end < len(vt) and vt[end].isascii() and vt[end].isalnum():
        return None
    return end


def _with_branches(vt: str, actors: list[Actor], end: int) -> list[Actor]:
    """杭州市公安局西湖分局: a bureau written with its branch is the branch (one actor, the
    place between them no actor of its own); 某区法院第二法庭: a court with its room, too;
    警方网络安全处: a unit the recogniser read right after the police or a court (a name
    ending in news_cues unit_after) is that unit of theirs; 某铁法院: a court's short name
    (a place's character and a kind of court: news_cues court_kind_abbrevs) is one court."""
    out: list[Actor] = []
    skip_to = -1
    for k, x in enumerate(actors):
        if x.start < skip_to:
            continue
        if x.agent_type in _BRANCHED_KINDS and x.kind in ("generic", "ORG"):
            hit = _BRANCH.match(vt, x.end, end)
            if hit is None and x.agent_type == "JUD":
                hit = _COURT_ROOM.match(vt, x.end, end)
            unit = _unit_after(x, actors[k + 1 : k + 2])
            if hit is None and not unit and x.agent_type == "COP":
                unit = _unit_written_after(vt, x.end, end)
            if (
                hit is None
                and not unit
                and x.agent_type in ("GOV", "COP")  # (公安部交通管理局: a police ministry's)
                and x.text.endswith(_SUB_HEADS)
            ):
                unit = _unit_written_after(vt, x.end, end, _SUB_UNIT_RUN)
            if hit is not None or unit:
                e = hit.end() if hit is not None else unit
                # (警方国安处: the unit's own country when the police had none)
                inner = (y.country for y in actors if x.end <= y.start and y.end <= e)
                country = x.country or next((c for c in inner if c), None)
                x = replace(x, end=e, text=vt[x.start : e], country=country)
                skip_to = e
            if (
                x.kind == "generic"
                and x.agent_type == "JUD"
                and (not out or out[-1].end <= x.start - 2)
                and not any(y.agent_type == "JUD" for y in out)  # (bare_bodies: that court's)
                and _court_abbreviated(vt, x)
            ):
                x = replace(x, start=x.start - 2, text=vt[x.start - 2 : x.end])
        out.append(x)
    return out


_UNIT_AFTER = tuple(cue_words("unit_after"))
_COURT_KINDS = frozenset(cue_words("court_kind_abbrevs"))
_BEFORE_BODY = frozenset("对被由向在将把与和及据经")  # (a word right before a court's name)


# 国家, 中央: the first word of a state body's name, right before the rest of it
_NATIONAL_PREFIX = re.compile("(?:" + cue("national_prefixes").pattern + ")$")
_NATIONAL_REACH = 4  # characters before a body its first word is looked for in


def _nationally_named(vt: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` with each body recognised (an organisation) or read by its kind's word (统计
    局, 编办: a generic police, court or government body) written right after a word of
    ``national_prefixes`` (国家统计局, 中央编办) named with it - one body, its whole name -
    where no other participant holds that word and the word opens a name: after no Chinese
    character, one of ``_BEFORE_BODY`` (与中央网信办) or a time (近日国家统计局), not the tail
    of a phrase of countries (多个国家警方, 东南亚国家监管部门) nor 党中央."""
    out = actors
    for k, x in enumerate(actors):
        if x.start < 2 or not (
            x.kind == "ORG" or (x.kind == "generic" and x.agent_type in _BRANCHED_KINDS)
        ):
            continue
        hit = _NATIONAL_PREFIX.search(vt, max(0, x.start - _NATIONAL_REACH), x.start)
        if hit is None or any(y.start < x.start and hit.start() < y.end for y in actors):
            continue
        s = hit.start()
        if not (
            s == 0
            or not "\u4e00" <= vt[s - 1] <= "\u9fff"
            or vt[s - 1] in _BEFORE_BODY
            or _parts_of_speech().get(vt[max(0, s - 2) : s]) == "t"
        ):
            continue  # (多个国家警方, 欧洲国家警方: countries' police, no body's name)
        if out is actors:
            out = list(actors)
        out[k] = replace(x, start=hit.start(), text=vt[hit.start() : x.end])
    return out


def _unit_after(x: Actor, nxt: list[Actor]) -> int:
    """Where a unit the recogniser read right after the police or court ``x`` ends (警方|国家安
    全处, 警务处|某某调查科): a body of three characters or more, of no kind of its own, ending
    in news_cues unit_after; 0 when there is none."""
    y = nxt[0] if nxt else None
    if (
        y is None
        or y.start != x.end
        or y.kind != "ORG"
        or y.agent_type is not None
        or len(y.text) < 3
        or not y.text.endswith(_UNIT_AFTER)
    ):
        return 0
    return y.end


_UNIT_RUN = re.compile("[\u4e00-\u9fff]{2,8}?(" + cue("unit_after").pattern + ")")
# 某部大气环境司, 某委新闻办公室: a ministry's or commission's own office (news_cues
# sub_unit_heads, sub_unit_after) written right after it, two to six characters and its word
_SUB_UNIT_RUN = re.compile("[\u4e00-\u9fff]{2,6}?(" + cue("sub_unit_after").pattern + ")")
_SUB_HEADS = tuple(cue_words("sub_unit_heads"))


def _unit_written_after(vt: str, b: int, end: int, run: re.Pattern[str] = _UNIT_RUN) -> int:
    """Where a unit the police at ``b`` name right after them ends (警方网络安全处, 警务处某某
    调查科: a run of two to eight characters and a unit word of news_cues unit_after), when the
    recogniser did not read it: no function character nor event word in the run, and the unit
    word with the character before it no dictionary word (到处, 住处) nor with the one after it
    (处理, 科技, 中心区); 0 when none.
    With ``run`` ``_SUB_UNIT_RUN``: a ministry's office written after it (某部大气环境司)."""
    hit = run.match(vt, b, end)
    if hit is None:
        return 0
    e, w = hit.end(), hit.start(1)  # (w: where the unit word opens - 中心, 办公室: one word)
    pos_of = _parts_of_speech()
    if (
        any(c in _NOT_GIVEN for c in vt[b:e])
        or pos_of.get(vt[w - 1 : e]) is not None
        or pos_of.get(vt[w : e + 1]) is not None
        or _packaged_lexicon().has_match(vt, b, e)
    ):
        return 0
    return e


def _court_abbreviated(vt: str, x: Actor) -> bool:
    """上铁法院, 杭铁法院: is the court ``x`` written after a place's character and a kind of
    court (铁 of 铁路运输, 互 of 互联网: news_cues court_kind_abbrevs), the two at a word's
    start (after punctuation, the sentence's start, a preposition or a word: 下月上铁法院), and
    no word of the dictionary (钢铁)?"""
    s = x.start - 2
    if s < 0 or vt[s + 1] not in _COURT_KINDS or not _HAN_RUN.fullmatch(vt[s]):
        return False
    pos_of = _parts_of_speech()
    if vt[s] in _NOT_GIVEN or vt[s] in _COURT_KINDS or pos_of.get(vt[s : s + 2]) is not None:
        return False
    if s == 0 or not _HAN_RUN.fullmatch(vt[s - 1]) or vt[s - 1] in _BEFORE_BODY:
        return True
    return pos_of.get(vt[s - 2 : s]) is not None and pos_of.get(vt[s - 1 : s + 1]) is None


_QUOTED_BODY = re.compile(
    r"“([^“”，。；、\s]{2,18}?(?:联盟|协会|组织|集团|基金会|委员会|联合会|学会|商会|工会|俱乐部))”"
)
# 某派组织“某阵”在…申请: a quoted name right after the head word of a body names that body,
# where it opens a predicate as its subject (not 组织“某某”活动: the verb 组织 and what it holds;
# not 组织“某阵”的头目, “某阵”召集人某某: the body only qualifies the person named)
_APPOSED_BODY = re.compile(
    r"(?:组织|团体|政党|社团)“([^“”，。；、\s]{2,12})”"
    r"(?=[，在于曾已将也亦则向今昨近早上去前0-9０-９]|申请|发起|宣布|表示|声称|举行|召开|号召|发表)"
)
# between a kin word and the name it is in apposition with: a dash, an age, a Latin name
# written before the Chinese one in brackets
_KIN_APPOSITION = re.compile(
    r"(?:——|—|－－)(?:[0-9一二三四五六七八九十两]+岁的)?(?:[A-Za-z][A-Za-z·.\- ]{0,20}[（(])?"
)


# the head words of a named outlet (某某报社, 某某电视台): a place opening the name is part of it
_OUTLET_HEADS = frozenset({"报社", "电视台", "新闻网", "杂志"})
_COMPANY_GAP = re.compile(r"[\u4e00-\u9fff]{2,12}")


def _company_name_gap(vt: str, a: int, b: int) -> bool:
    """Is ``vt[a:b]`` (between a place and 公司) the rest of a company's name (青蛙伙伴科技有限
    责任): Han characters, no function word, no event word?"""
    return (
        _COMPANY_GAP.fullmatch(vt, a, b) is not None
        and not any(c in _NOT_GIVEN for c in vt[a:b])
        and not _packaged_lexicon().has_match(vt, a, b)
    )


def _with_short_forms(
    vt: str, a: int, b: int, actors: list[Actor], shortened: list[tuple[Abbreviation, Actor]]
) -> list[Actor]:
    """The actors of ``vt[a:b]`` with the bodies the article names in full and then by a short
    form: the full name where it is written (one actor, not the head word the recognisers read
    at its end: 某区人民法院, not 法院), nothing inside the bracket that defines the short form,
    and each later mention of the short form standing for the full name (某区法院 → the court
    named before, not 法院)."""
    out = actors
    for ab, body in shortened:
        if ab.close <= a or ab.start >= b:
            continue  # (defined in another sentence)
        if ab.start >= a:
            out = [x for x in out if not (ab.end <= x.start and x.end <= ab.close)]
            # (the name and its bracket: one mention, next to what follows the bracket)
            out.append(replace(body, end=ab.close, alias_of=ab.full))
    extra: list[Actor] = []
    for ab, body in shortened:
        if ab.close >= b:
            continue
        k = vt.find(ab.short, max(a, ab.close), b)
        while k >= 0:
            extra.append(
                replace(body, start=k, end=k + len(ab.short), text=ab.short, alias_of=ab.full)
            )
            k = vt.find(ab.short, k + len(ab.short), b)
    return extra + out if extra else out  # (before an entity read at the same place)


def _taken_by(vt: str, actors: list[Actor], taken: bytearray) -> bytearray:
    return _mark_taken(bytearray(taken), actors)


def _mark_taken(out: bytearray, actors: list[Actor]) -> bytearray:
    """``out`` with the characters of ``actors`` marked taken (in place)."""
    for x in actors:
        out[x.start : x.end] = b"\x01" * (x.end - x.start)
    return out


_LEADER_TITLES = tuple(sorted(cue_words("leader_titles"), key=len, reverse=True))
# their first characters: a title is looked for only after a body followed by one of them
_LEADER_FIRSTS = frozenset(t[0] for t in _LEADER_TITLES if t)
# what may follow a title that no name follows (某公司副总裁因…, 某部发言人就…)
_AFTER_LONE_TITLE = frozenset("因被已于在将就也均称对向")


_OFFICE_HEADS = tuple(sorted(cue_words("office_head_titles"), key=len, reverse=True))
_OFFICE_HEAD_FIRSTS = frozenset(t[0] for t in _OFFICE_HEADS if t)
_HEAD_SHORT = "长"  # 民政局长: the body's last character and 长, its head's title written short


def _office_head(vt: str, x: Actor, at: int) -> str | None:
    """The title of the head of the state body ``x`` (a police, a court, a government office)
    written right after it at ``at`` (news_cues office_head_titles: 某市公安局局长), or written
    short after it with its last character (某县民政局长: 长), if any."""
    if x.kind not in ("generic", "ORG") or x.agent_type not in _BRANCHED_KINDS or x.place:
        return None
    if vt.startswith(_HEAD_SHORT, at) and x.text[-1] + _HEAD_SHORT in _OFFICE_HEADS:
        return _HEAD_SHORT
    if vt[at : at + 1] not in _OFFICE_HEAD_FIRSTS:
        return None  # (most bodies: no title opens after them, none looked for)
    return next((t for t in _OFFICE_HEADS if vt.startswith(t, at)), None)


def _titled_of_bodies(
    vt: str, actors: list[Actor], b: int, trigger_starts: set[int]
) -> list[Actor]:
    """An organisation right before the title of one who leads or speaks for it, no name
    after the title (某平台总裁周一卸任, 某公司副总裁因…被拘留): the one holding that title is
    the participant (with the body's code), not the body.  A name after the title, read or
    not, is the participant itself (某公司副总裁某某); a list of titles (总经理、党委副书记某某)
    and a longer noun (董事会) are no lone title."""
    out: list[Actor] = []
    starts: set[int] | None = None  # (the actors' starts, read once a title is found)
    merged: set[int] = set()  # (titles read as kinds of their own, now part of a person's)
    for x in actors:
        if x.kind != "ORG" and x.kind != "generic":
            out.append(x)  # (a person, a place: no body, no title read after it)
            continue
        at = x.end + _latin_title_space(vt, x.end)
        title = (
            next((t for t in _LEADER_TITLES if vt.startswith(t, at)), None)
            if (x.kind == "ORG" or (x.kind == "generic" and x.agent_type == "BUS"))
            and not x.place
            and vt[at : at + 1] in _LEADER_FIRSTS  # (else no title opens there: None)
            else None
        ) or _office_head(vt, x, at)
        if title is None:  # (most actors: no title after them, the actor as it was)
            out.append(x)
            continue
        if starts is None:
            starts = {y.start for y in actors}
        e = at + len(title)
        if e in starts:
            # 某市公安局局长被免职: the title read as a kind of its own (局长) is this one's
            # title - a name after it still makes the participant (局长王某)
            read = next(y for y in actors if y.start == e)
            if read.start == at and read.text == title and read.kind == "generic":
                e2 = read.end
                if e2 < b and e2 not in starts and (
                    e2 in trigger_starts or vt[e2] in _AFTER_LONE_TITLE
                ):
                    merged.add(id(read))
                    person = replace(x, end=e2, text=vt[x.start : e2], kind="PER", agent_type=None)
                    out.append(person)
                    continue
        if e >= b or e in starts or (e not in trigger_starts and vt[e] not in _AFTER_LONE_TITLE):
            out.append(x)
            continue
        out.append(replace(x, end=e, text=vt[x.start : e], kind="PER", agent_type=None))
    return [x for x in out if id(x) not in merged] if merged else out


def _latin_title_space(vt: str, at: int) -> int:
    """1 when one space stands at ``at`` before a title written in Latin capitals (某应用 CEO,
    某公司 CFO: the word space of Latin text, no break between the body and its officer's
    title), else 0."""
    if not vt.startswith(" ", at):
        return 0  # (most bodies: no space after them, the next character not read)
    nxt = vt[at + 1 : at + 2]
    return int(nxt.isascii() and nxt.isupper())


# what may follow a name written right after a kin word (女儿某某以及…, 妻子某某和…)
_KIN_NAME_END = re.compile(r"以及|[，。、；：（(和与及在也已曾都还等被将把向对从]")
# a Latin-letter given name written right after a kin word (女儿Gigi, 女友Makiko): capitalised
# words, no run of capitals (女儿NBA…: an abbreviation, no name)
_LATIN_KIN_NAME = re.compile(r"[A-Z][a-z]{1,15}(?:[ ·.\-][A-Z][a-z]{1,15}){0,2}")


# a short name in quotes (a nickname, a pet name) written right after a kin word: 女儿“小雨”
_QUOTED_KIN_NAME = re.compile(r"“([\u4e00-\u9fffA-Za-z]{2,4})[”\"]")


def _quoted_kin_name(vt: str, at: int, nxt: int) -> re.Match[str] | None:
    """The quoted name at ``at`` right after a kin word (他的女儿“小雨”不幸…, 其妻“阿花”在…):
    two to four letters in quotes, no verb of the dictionary (女儿“失踪”: a word quoted, no
    name), then what may follow a subject (:func:`_predicate_after`: not 了, 的 or a noun);
    before the next participant ``nxt`` or that participant itself; None when no such name is
    written there."""
    m = _QUOTED_KIN_NAME.match(vt, at)
    if m is None or (m.end() > nxt != m.start(1)) or not _predicate_after(vt, m.end()):
        return None
    tag = _parts_of_speech().get(m.group(1)) or ""
    return None if tag.startswith("v") else m


def _kin_named(vt: str, actors: list[Actor]) -> list[Actor]:
    """A kin word right before a transliterated name no recogniser read (他的女儿某某娜以及…):
    the name, two to four characters up to what may follow a name, no word of the dictionary,
    is who the kin word stands for (one person, as 女儿——某某娜, also past the dash, an age and
    a Latin name the transliteration glosses in brackets: 女儿——9岁的Lulu（露露娜）): the kin
    word's participant runs over the name and is named by it, a kin word still (他的女儿: his,
    no participant).  (A Chinese name there is the surname readers'.)"""
    kin = generic_table().kin
    if not any(x.kind == "generic" and x.text in kin for x in actors):
        return actors  # (most sentences: no kin word, nothing named after one)
    pos_of = _parts_of_speech()
    starts = {x.start for x in actors}
    out: list[Actor] = []
    for k, x in enumerate(actors):
        if x.kind != "generic" or x.text not in kin or x.end in starts:
            out.append(x)
            continue
        # (女儿——13岁的Gigi（某某娜）: past a dash, an age and a Latin name glossed in brackets)
        at = x.end if (gap := _KIN_APPOSITION.match(vt, x.end)) is None else gap.end()
        nxt = actors[k + 1].start if k + 1 < len(actors) else len(vt)
        latin = _LATIN_KIN_NAME.match(vt, at) if at == x.end else None
        if latin is not None and latin.end() <= nxt and _KIN_NAME_END.match(vt, latin.end()):
            out.append(replace(x, end=latin.end(), alias_of=latin.group()))  # 女儿Gigi在…
            continue
        if vt.startswith("“", x.end) and (quoted := _quoted_kin_name(vt, x.end, nxt)):
            if nxt != quoted.start(1):  # (else the name, read, is the participant: no kin word)
                out.append(replace(x, end=quoted.end(), alias_of=quoted.group(1)))  # 女儿“小雨”
            continue
        for n in (2, 3, 4):  # (the shortest run a name may end: 某某娜|以及, not 某某娜以|及)
            name = vt[at : at + n]
            if (
                at + n <= nxt
                and len(name) == n
                and _HAN_RUN.fullmatch(name)
                and (
                    _KIN_NAME_END.match(vt, at + n)
                    or (vt[at - 1 : at] in ("（", "(") and vt[at + n : at + n + 1] in ("）", ")"))
                )
                and pos_of.get(name) is None
                and looks_foreign(name)
            ):
                out.append(replace(x, end=at + n, alias_of=name))  # (still 他的女儿)
                break
        else:
            out.append(x)
    return out


# an account's handle (@某某与她的朋友们): what the mark opens, up to a space or a punctuation mark
_HANDLE = re.compile(r"[@＠]([\w\-]{2,30})")
_HANDLE_JOINER = re.compile("[与和及的之]")  # (what the readers cut a handle at)


def _handles(vt: str, a: int, b: int, actors: list[Actor], cut_at: set[int]) -> list[Actor]:
    """An account's handle written with its mark (@某某与她的朋友们) is one participant, the
    account (named with its mark, as an object phrase is), not the names and pronouns read
    inside it, cut at a function word (与, 的; @某地交警: read as it was) - up to a space
    or a punctuation mark, or a trigger word or a verb inside it (@某某发布通报: the account
    ends before)."""
    for h in _HANDLE.finditer(vt, a, b):
        h0, h1 = h.span(1)
        h1 = min((c for c in cut_at if h0 < c < h1), default=h1)
        verb = (w0 for w0, _, tag in _word_spans(vt, h0, h1) if w0 > h0 and tag in ("v", "vd"))
        h1 = next(verb, h1)  # (@某某公安发布…: no space before the verb, the handle ends there)
        if (tells := _TELLS.search(vt, h0 + 2, h1)) is not None:
            h1 = tells.start()  # (@某某交警通报: nor before a word of telling)
        if h1 - h0 < 2:
            continue
        inside = [x for x in actors if h0 - 1 <= x.start and x.end <= h1 + 1]
        if (
            any(x.start < h1 and h0 < x.end for x in actors if x not in inside)
            or _HANDLE_JOINER.search(vt, h0 + 1, h1 - 1) is None
        ):
            continue  # (@某地交警, ＠某某看云: no word to cut it at, read as before)
        country = next((x.country for x in inside if x.country), None)
        actors = [x for x in actors if x not in inside]
        actors.append(Actor(h0 - 1, h1, vt[h0 - 1 : h1], "PER", country=country))
        actors.sort(key=lambda x: x.start)
    return actors


def _start_of(x: Actor) -> int:
    return x.start


def _disjoint(by_start: list[Actor]) -> bool:
    """None of ``by_start`` (in order of start) empty, each ending by the next one's start?"""
    end = -1
    for x in by_start:
        if x.start < end or x.end <= x.start:
            return False
        end = x.end
    return True


def _no_overlaps(actors: list[Actor]) -> list[Actor]:
    """In text order; of actors that overlap, the longest (an entity before a generic word).

    The ones kept so far are disjoint: with none empty, kept in order of start, the one that
    starts last before an actor's end is the only one that may overlap it (each one before it
    ends where the next starts, at the latest), so one look-up per actor gives what comparing
    it with each one kept gives, and the list is already in text order.

    Most sentences' actors overlap nowhere (each reader skips what the ones before it took): in
    order of start, none empty and each ending by the next one's start, they are all kept, in
    that order - the list sorted by start, with no ranking."""
    by_start = sorted(actors, key=_start_of)
    if _disjoint(by_start):
        return by_start
    ranked = sorted(actors, key=lambda x: (-(x.end - x.start), x.kind == "generic", x.start))
    if ranked and ranked[-1].end > ranked[-1].start:  # (the shortest is not empty: none is)
        kept_in_order: list[Actor] = []
        starts: list[int] = []
        for x in ranked:
            k = bisect_left(starts, x.end)
            if k and kept_in_order[k - 1].end > x.start:
                continue
            starts.insert(k, x.start)
            kept_in_order.insert(k, x)
        return kept_in_order
    kept: list[Actor] = []
    for x in ranked:
        if not any(x.start < y.end and y.start < x.end for y in kept):
            kept.append(x)
    kept.sort(key=lambda x: x.start)
    return kept


def _verb_read_as_name(text: str, span: Span) -> bool:
    """违宪, 起诉: a verb of the dictionary (v, vn) the statistical recogniser read as a person
    (``text``, the entity ``span``'s), opening with no surname and no doubled character (笑笑,
    a nickname) - no one's name."""
    if span.label != "PER" or span.attrs.get("source") != "lac" or len(set(text)) < len(text):
        return False
    return (_parts_of_speech().get(text) or "") in ("v", "vn") and not opens_with_surname(text)


def _document_names(vt: str, ent_view: list[tuple[int, int, Span]]) -> dict[str, str]:
    """The people and organisations the statistical recogniser named somewhere in the article
    (it reads only part of a long one): name → PER/ORG, to find them again elsewhere."""
    out: dict[str, str] = {}
    for a, b, sp in ent_view:
        if sp.attrs.get("source") == "lac" and sp.label in ("PER", "ORG") and b - a >= 2:
            name = vt[a:b]
            if sp.label == "PER" and len(name) == 3 and name[-1] in _GLUED_MARK:
                name = name[:-1]  # 店主孙涛将物流公司告上法庭: the name is 孙涛
            out.setdefault(name, sp.label)
    return out


# a count right after a name (黄伟强3人被控…, 某某某两名…): the name ends before it
_COUNT_AFTER = re.compile(r"[0-9一二三四五六七八九十两]{1,3}[名个位]?人")
# the parts of speech of a character that is a word before a count, not a name's end
# a character after a two-character name before a count that is no part of the name: one whose
# part of speech is a verb, preposition, particle, conjunction, adverb, measure word or numeral
# (某某带3人, 某某约3人, 某某家3人, 某某俩), or a unit of people (某某村3人)
_NOT_NAME_END = tuple(cue_words("name_end_not_tags"))
_NOT_NAME_END_CHARS = frozenset(cue_words("name_end_not_chars"))
# a function word inside the last part of a transliterated name, then Latin letters or digits
_DOTTED_RUN_ON = re.compile("[" + "".join(cue_words("dotted_run_on")) + "][A-Za-z0-9]")


def _name_end(vt: str, a: int, b: int, span: Span) -> int:
    """Where a person name the recogniser read ends: past a title it cut (苏裁判|官: the
    article's names then hold the title whole, for the person it stands for); a two-character
    one, one character further when that character may end a name and a count follows it
    (黄伟|强3人: a list's names, then how many they are - the recogniser read the count as the
    name's end); a transliterated one (with a middle dot), before a function word its last part
    runs into when Latin letters or digits follow that word (某某·某某|因ABC的…: the cause told
    after the name); one that runs into a 携/偕 after it (某某偕|夫人…)."""
    if span.label == "PER" and span.attrs.get("source") == "lac":
        b = _title_end(vt, a, b)  # 苏裁判|官: a surname and a title (found by name elsewhere too)
    if span.label == "PER" and b - a >= 3 and vt[b - 1] in _ALONG_MARK:
        return b - 1  # 周原|偕夫人…: the mark that brings someone along, read into the name
    if span.label == "PER" and "·" in vt[a:b]:
        dot = vt.rfind("·", a, b)
        hit = _DOTTED_RUN_ON.search(vt, dot + 3, b)
        return hit.start() if hit is not None else b
    if (
        span.label == "PER"
        and b - a == 2
        and span.attrs.get("source") == "lac"
        and b + 2 < len(vt)
        and "\u4e00" <= vt[b] <= "\u9fff"
        and vt[b] not in _NOT_GIVEN
        and vt[b] not in _GLUED_MARK
        and not looks_foreign(vt[a:b])
        and _COUNT_AFTER.match(vt, b + 1)
        and not (_parts_of_speech().get(vt[b]) or "x").startswith(_NOT_NAME_END)
        and vt[b] not in _NOT_NAME_END_CHARS
    ):
        return b + 1  # (not 某某带3人, 某某约3人: a verb or an adverb before the count)
    return b


def _longer_names(
    vt: str, actors: list[Actor], end: int, cut_at: set[int], mentions: Callable[[str], int]
) -> None:
    """A two-character person name the statistical recogniser read (李卓 of 李卓人入狱) is the
    three-character one the surname reader (:func:`.news_actors.chinese_names`) reads at the
    same place, bounded as a name is there, when the character it adds may end a name (not a
    verb, an adverb, a measure word…: 王强说, 王强家; the ``name_end_not_tags`` and
    ``name_end_not_chars`` of :func:`_name_end`) and no other actor starts at it."""
    pos_of = _parts_of_speech()
    starts = {x.start for x in actors}
    for x in actors:
        k = x.end
        if (
            x.kind != "PER"
            or k - x.start != 2
            or x.kb_id
            or k >= end
            or k in starts
            or not "\u4e00" <= vt[k] <= "\u9fff"
            or vt[k] in _NOT_NAME_END_CHARS
            or (pos_of.get(vt[k]) or "x").startswith(_NOT_NAME_END)
        ):
            continue
        # (x.start opens a window on x, no clause: 判决王强|母赔偿 - no subject's verb closes it)
        read = chinese_names(
            vt, x.start, min(end, k + 2), bytearray(k + 2), cut_at, mentions, opens_clause=False
        )
        if read and read[0].start == x.start and read[0].end == k + 1:
            x.end, x.text = k + 1, vt[x.start : k + 1]


def _names_read_elsewhere(
    vt: str, ent_view: list[tuple[int, int, Span]], names: dict[str, str]
) -> list[tuple[int, int, Span]]:
    """A two-character person name the recogniser read that runs on, where it stands, into a
    three-character person name the recogniser read elsewhere in the article (黄伟|强 here,
    黄伟强 there; 于|晓光 after 称, its surname read as the preposition) is that longer name;
    the short one is no name of the article when it is never written without that character.
    A person name of four characters or more that is one read elsewhere and a verb's or an
    adverb's character (黎智英突 of 黎智英突被…; ``name_end_not_tags``), or the first
    character of another person name read elsewhere (two names written without a comma), is
    that name."""
    longer = [n for n, label in names.items() if label == "PER" and len(n) == 3]
    pos_of = _parts_of_speech()
    out: list[tuple[int, int, Span]] = []
    for x, y, s in ent_view:
        lac_person = s.label == "PER" and s.attrs.get("source") == "lac"
        if lac_person and y - x == 2:
            if y < len(vt) and names.get(vt[x : y + 1]) == "PER":
                y += 1
            elif x > 0 and names.get(vt[x - 1 : y]) == "PER":
                x -= 1
        elif (
            lac_person
            and y - x >= 4
            and names.get(vt[x : y - 1]) == "PER"
            and (
                (pos_of.get(vt[y - 1]) or "x").startswith(_NOT_NAME_END)
                or any(names.get(vt[y - 1 : y - 1 + k]) == "PER" for k in (3, 2))
            )
            and not looks_foreign(vt[x:y])
        ):  # 黎智英|突被…: the name read elsewhere, run into an adverb or a verb after it, or
            # into the surname of the next name read elsewhere (甲乙丙|丁戊己: 甲乙丙丁 is none)
            y -= 1
        out.append((x, y, s))
    for name in longer:
        for short, at in ((name[:2], 0), (name[1:], 1)):
            if names.get(short) != "PER":
                continue
            k = vt.find(short)
            while k >= 0 and k >= at and vt.startswith(name, k - at):
                k = vt.find(short, k + 2)
            if k < 0:  # (never written alone)
                del names[short]
    return out


def _whole_names(vt: str, names: dict[str, str]) -> None:
    """A two-character person name the recogniser read, that the article writes every time
    (:data:`REPEATED_NAME` times or more) followed by one same character that may end a name
    (张亚 of 张亚周…, 张亚周将…), is that three-character name."""
    for name, label in list(names.items()):
        if label != "PER" or len(name) != 2 or looks_foreign(name):
            continue
        after: set[str] = set()
        seen = 0
        k = vt.find(name)
        while k >= 0 and len(after) <= 1:
            after.add(vt[k + 2 : k + 3])
            seen += 1
            k = vt.find(name, k + 2)
        if seen < REPEATED_NAME or len(after) != 1:
            continue
        c = next(iter(after))
        if "\u4e00" <= c <= "\u9fff" and c not in _NOT_GIVEN and c not in _GLUED_MARK:
            del names[name]
            names.setdefault(name + c, "PER")


# the times each part of two names run together is written on its own in the article
_ALONE = 2


def _two_names(
    vt: str, names: dict[str, str], count: Callable[[str], int]
) -> dict[str, tuple[str, str]]:
    """The person names of ``names`` that are two names run together (朱军弦子 → 朱军, 弦子):
    four to six characters, not a transliteration, that split into two parts of two or more
    characters each written at least :data:`_ALONE` times in the article outside the whole,
    one of them a person the recogniser names on its own - once is enough when it names both
    on their own."""
    out: dict[str, tuple[str, str]] = {}
    for whole, label in names.items():
        if label != "PER" or not 4 <= len(whole) <= 6 or looks_foreign(whole):
            continue
        n = count(whole)
        for k in range(2, len(whole) - 1):
            first, second = whole[:k], whole[k:]
            known = (names.get(first) == "PER") + (names.get(second) == "PER")
            if not known:
                continue
            need = 1 if known == 2 else _ALONE
            if count(first) - n >= need and count(second) - n >= need:
                out[whole] = (first, second)
                break
    return out


def _parts_of_joined(members: list[str], joined: dict[str, tuple[str, str]]) -> list[str]:
    """The members of a pair word (两人, 二人), each name that is two names run together
    (:func:`_two_names`) read as its two, each once."""
    out: list[str] = []
    for name in members:
        for part in joined.get(name, (name,)):
            if part not in out:
                out.append(part)
    return out


def _mention_counter(vt: str) -> Callable[[str], int]:
    """How many times the article's text holds a string (asked of a few name candidates)."""
    seen: dict[str, int] = {}

    def count(x: str) -> int:
        n = seen.get(x)
        if n is None:
            n = seen[x] = vt.count(x)
        return n

    return count


def _cutting_names(
    vt: str, ent_view: list[tuple[int, int, Span]], names: dict[str, str]
) -> dict[int, int]:
    """start → end of the entities that cut across, or lie inside, a mention of a person the
    statistical recogniser names in the article (军委 in 朱军委托, 韩 in 韩潮, 维文 in 阎维文): a
    match that breaks a recognised name is no actor.  An entity holding the whole name stays."""
    spans: list[tuple[int, int]] = []
    for name, label in names.items():
        if label != "PER":
            continue
        k = vt.find(name)
        while k >= 0:
            spans.append((k, k + len(name)))
            k = vt.find(name, k + len(name))
    if not spans:
        return {}
    spans.sort()
    starts = [k for k, _ in spans]
    out: dict[int, int] = {}
    for x, y, sp in ent_view:
        if sp.attrs.get("source") == "lac" or sp.label == "PER" and y - x == 1:
            continue  # (a name the recogniser read; 他, 她: pronouns)
        i = bisect_left(starts, y)  # the names starting before the entity ends
        for k, e in spans[max(0, i - 4) : i]:
            if x < e and k < y and not (x <= k and e <= y):
                out[x] = y
                break
    return out


def _reported_in(text: str) -> bool:
    """Does ``text`` (a sentence up to its trigger) credit a source (据悉, X称, 据报道…; not the
    称 of 以下简称)?  The 据 of 数据, 证据, 依据 reports nothing, nor does 根据 unless what it
    cites shows or tells (根据网上的资料显示, 根据X描述: not 根据法律规定, 根据检测报告判定);
    有人说，…: a speaker no name tells (not 可以说，: the writer's own voice)."""
    if _someone_says(text, 0, len(text)) or _someone_finds(text) or _media_confirms(text):
        return True
    for r in _REPORTED.finditer(text):
        if r.group() == "消息" and _outlet_dateline(text, r.start()):
            continue  # 5月12日消息，…: the outlet's own dateline, no source credited
        if _SHORTENED_AS.search(text, max(0, r.end() - 4), r.end()) is not None:
            continue  # 某院（以下简称某某）: a short form defined, nothing said
        if _SHOWN_NOT.search(text, max(0, r.start() - 4), r.start()):
            continue  # 无证据显示…: what nothing shows credits no source
        if "显示" in r.group() and _PICTURE_END.search(text, max(0, r.start() - 4), r.start()):
            continue  # 画面中显示…, 行车记录仪视频显示，…: what a picture shows is seen, not told
        if text.startswith("的", r.end()):
            continue  # 住户反映的漏水: the telling qualifies a noun, credits no act
        if r.group() == "报道" and _GONE_TO.search(text, max(0, r.start() - 8), r.start()):
            continue  # 按规定前往警署报道时: reporting in (报到) at a place, no news report
        if (
            r.group() == "消息"
            and text[r.start() - 1 : r.start()] == "的"
            and _CLAUSE_END.search(text, r.end()) is not None
            and not _CREDITED_NEWS.search(
                text, _clause_start(text, r.start(), _CLAUSE_END), r.start()
            )
        ):
            continue  # 发视频公布订婚的消息，半年后领证: the news told is what 的 closes (not
            # 经警方发布的消息，…: whose news the sentence goes on with)
        if (
            r.group() not in _SOURCE_CUES
            and _APART.search(text, r.end() - 1, r.end() + 1) is None
            and "据" not in text[_clause_start(text, r.start(), _CLAUSE_END) : r.start()]
            and (
                (
                    (k := _narrator_back_at(text, r.end(), r.group() in _SHORT_SAYING))
                    is not None
                    and _SAID_AHEAD.search(text, k) is None
                )
                or _statement_closed(text, r.end())
            )
        ):
            continue  # 表示反对，随后组织罢工: a saying with its object in its own clause holds
            # that clause, and the narrator goes on after it (not 称，/说：, whose words fill the
            # clauses after it; not 据X称, 援引…: a source of the whole sentence; not a clause
            # that goes on with what is to come, 表示要…，同时也要…: the saying's own words)
            # (自称已批准…；某国将…推迟: a statement after a semicolon is the narrator's again)
        if r.group() != "据":
            return True
        w = _JU_NOT_REPORTING.match(text, max(0, r.start() - 1))
        if w is None or w.end() <= r.start():
            w = _JU_NOT_REPORTING.match(text, r.start())
        if w is None:
            return True
        if w.group() == "根据":
            cut = _CLAUSE_END.search(text, w.end())
            if _SOURCE_SHOWS.search(text, w.end(), cut.start() if cut else len(text)):
                return True
    return False


def _narrator_back_at(text: str, at: int, short: bool) -> int | None:
    """Where the last clause after ``at`` that resumes the narrator begins: one opening with a
    word of the narrator going on (news_cues ``claim_resumes``: 所以, 随后…:
    :func:`status.resumed_at`), or, after a ``short`` saying (news_cues ``short_saying``: 称,
    表示… with its words right after it), one opening with a word of the narrator's own report
    (``narrator_resumes``: 目前, 此外, 如今… - 某人称要报复某法官，目前该法官已报案: the writer
    tells what stands now; not 告诉记者，目前…: the one told, then the words)."""
    k = resumed_at(text, at, len(text))
    if not short or (text.find("，", at) < 0 and text.find(",", at) < 0):
        return k  # (no clause opens after ``at``)
    back = [c.end() for c in COMMA_COLON.finditer(text, at) if _NARRATOR_OPENS.match(text, c.end())]
    return max(back, default=k) if k is None else max([k, *back])


def _outlet_dateline(text: str, at: int) -> bool:
    """Is the news word at ``at`` (news_cues ``dateline_news``: 消息) the outlet's own dateline - a
    day alone before it, perhaps after a clock word (5月12日消息，…, 北京时间3月1日消息 …), then a
    comma or a space?  The outlet dates its own report there and credits it to no one; a source
    named before it (某网5月12日消息, 据某报消息) is another's report."""
    if not _DATELINE_AFTER.match(text, at + 2):
        return False
    day = _DATELINE_DAY.search(text, max(0, at - _DATELINE_DAY_REACH), at + 2)
    if day is None or day.end() != at:
        return False
    lead = day.start()
    return not text[:lead].strip() or zone_lead(text, 0, lead)


_DATELINE_AFTER = re.compile(r"[，,\s]")
# a day written by its numbers (2020年5月12日, 5月12日, 12日); one ending right before the news
# word of a dateline
_DAY_WRITTEN = (
    r"(?:[0-9]{4}年)?(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}[日号]"
)
_DATELINE_DAY = re.compile(_DAY_WRITTEN + "(?=(?:" + cue("dateline_news").pattern + "))")
_DATELINE_DAY_REACH = 12  # characters: the longest day _DATELINE_DAY reads (2020年12月31日)


def _media_confirms(text: str) -> bool:
    """Does ``text`` hold a publisher (news_cues ``publishers``: 媒体, 记者…, or a word of the
    media ending in 媒: 美媒, 多家外媒) right before a verb of confirming (``media_confirms``:
    证实, 确认, 披露; perhaps after 均, 也, 已, 都, 纷纷)?  What the media confirm is theirs to tell
    (多家美媒确认，某人乘坐的直升机失事): reported, as 据外媒报道 is.  Not the outlet's own
    reporter (本报记者证实, 经记者确认: the writer's own finding), only one confirmed to
    (某人向记者证实: that one's account)."""
    if not any(text.find(w) >= 0 for w in _CONFIRM_WORDS):
        return False  # (most sentences: none of the verbs, which every match ends with)
    return any(
        not c.group().startswith("记者")
        or _TO_REPORTER.match(text, max(0, c.start() - 1), c.start()) is not None
        for c in _MEDIA_CONFIRMS.finditer(text)
    )


_CONFIRM_WORDS = tuple(cue_words("media_confirms"))
_TO_REPORTER = re.compile("[向对跟给]")  # 某人向记者证实: the reporter is the one told


_MEDIA_ALL = "(?:均|也|已|都|纷纷){0,2}"  # 多家媒体均证实, 港媒纷纷传出: adverbs after the media
_MEDIA_CONFIRMS = re.compile(
    "(?:媒|" + cue("publishers").pattern + ")" + _MEDIA_ALL + "(?:"
    + cue("media_confirms").pattern + ")"
)


def _statement_closed(text: str, at: int) -> bool:
    """Does a semicolon close the clause of a saying that ends at ``at`` with its words in it
    (自称已批准某协议；某国将…: the statement after it is one of the narrator's own)?  Not when
    a comma or a colon comes first (告诉记者，一是…；二是…: the words run on past it), nor
    when a later item of a list opens the clause after it (表示一是…；二是…: the saying's list)."""
    semi = _SEMICOLON.search(text, at)
    return (
        semi is not None
        and COMMA_COLON.search(text, at, semi.start()) is None
        and _LATER_ITEM.match(text, semi.end()) is None
    )


_SEMICOLON = re.compile("[；;]")  # the end of a statement


# (news_cues shown_not: 无, 没有…, up to 3 characters before 显示 - 无证据显示: nothing shows)
_SOURCE_CUES = frozenset(cue_words("source_cues"))  # 据, 援引, 获悉: whose account it all is
# 要道歉, 将于…: what one means to do (news_cues intent_words, or a plan)
_SAID_AHEAD = re.compile(cue("intent_words").pattern + "|" + _PLANNED.pattern)
# a saying's words set apart from its verb: a comma or a colon, a quotation mark, a space
_APART = re.compile(COMMA_COLON.pattern + "|[" + "".join(sorted(_QUOTE_OPEN)) + r"\s]")
_SHOWN_NOT = re.compile("(?:" + cue("shown_not").pattern + r")[^，。；：]{0,3}$")
_PICTURE_END = re.compile("(?:" + cue("pictures").pattern + ")$")  # (news_cues pictures)
_GONE_TO = re.compile(r"(?:前往|去往|赶往|回到|到达)[^，。；：]{1,6}$")  # (前往警署报道)
_CREDITED_NEWS = re.compile(r"[经据]|根据|按照|从")  # 经/据…的消息，…: news the sentence cites


def _clause_start(text: str, at: int, cut: re.Pattern[str]) -> int:
    """Where the clause of ``text`` holding ``at`` begins: past the last ``cut`` before ``at``
    (:data:`_CLAUSE_END`, :data:`_CLAUSE_CUT`), else 0.  Looked for in a stretch before ``at``
    that doubles until it holds one, not in the whole article: each match of a cut is one
    character, and what it looks at before or after (a lookbehind reads past the stretch's
    start, ``at`` stays the end) is the same from any start - the same last match."""
    lo, reach = at, _CLAUSE_REACH
    while lo > 0:
        lo = max(0, lo - reach)
        end = -1
        for x in cut.finditer(text, lo, at):
            end = x.end()
        if end >= 0:
            return end
        reach *= 2
    return 0


_CLAUSE_REACH = 32  # characters before ``at`` _clause_start looks in first (most clauses)


_LABEL_OPEN = re.compile(r"[\s“\"「『（(]*")
# 港媒：, 外媒：, 美国媒体：, 多家港媒：: a label of the media (a few characters, then 媒 or 媒体)
# before a colon, opening the sentence
_MEDIA_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}?媒体?[：:]")


# X认为，…: the clauses after an opinion's comma or colon tell its holder's view of what was
# done (法院认为，李某采用拉横幅…的行为), up to a clause that goes on with what then followed
# (news_cues claim_resumes: 所以, 决定, 随后…) - the narrator's again
_VIEW_SAID = re.compile(r"认为[，,：:]")
_VIEW_CUT = re.compile(r"[，,；;：:]\s*")


def _held_view(vt: str, a: int, t: int) -> bool:
    """Is the trigger at ``t`` told inside an opinion that ``vt[a:t]`` opens with 认为，, in a
    clause after which none resumes the narrator (所以…, 决定…: :func:`status.resumed_at`) and
    that does not open with the trigger (…，庭审继续进行: the narrator's again)?"""
    if vt.find("认为", a, t) < 0:
        return False  # (most sentences: no 认为, which every _VIEW_SAID match opens with)
    said = max((r.end() for r in _VIEW_SAID.finditer(vt, a, t)), default=None)
    if said is None or resumed_at(vt, said - 1, t) is not None:
        return False
    return not any(cut.end() == t for cut in _VIEW_CUT.finditer(vt, said - 1, t))


def _words_announced(vt: str, a: int, legal: bool = False) -> bool:
    """Is the sentence at ``a`` the words a source's telling announces - the sentence before
    closing on a colon after a reporting cue (某网友透露：, 律师对记者说：; not 梳理一下经过：,
    法院当庭宣判如下：: the narrator's own lead-in, a court's act; nor a ``legal`` act's own
    paper's text, :func:`_account_colon`)?"""
    k = a
    while k > 0 and vt[k - 1].isspace():
        k -= 1
    if k == 0 or vt[k - 1] not in "：:":
        return False  # (the common case, read first: no colon closes the sentence before)
    lead = vt[max(0, k - 120) : k]
    cut = max((x.end() for x in _SENTENCE_STOP.finditer(lead)), default=0)
    return _reported_in(lead[cut:]) or _account_colon(lead[cut:] + "：", legal)


# 某人发文回忆当时的情景：…, 这份说明全文如下：…: an account's verb and what it tells of, or a
# statement's text announced, right before a colon (SCHEMA: text_follows, account_verbs)
_ACCOUNT_COLON = re.compile(
    "(?:(?:" + cue("account_verbs").pattern + r")[^，,。；;：:！？!?“”\s]{0,10}|(?P<text>"
    + cue("text_follows").pattern + r"))[：:]"
)  # fmt: skip
_PAPER_BEFORE = re.compile("(?:" + cue("act_papers").pattern + r")》?$")


def _account_colon(text: str, legal: bool = False) -> bool:
    """Does ``text`` (a sentence up to its trigger) hold a colon that opens an account's or a
    statement's words (王某发文回忆当时的情景：, 说明全文如下：), the trigger after it?  Not the
    text of a ``legal`` act's own paper (判决书全文如下：…判处…: the ruling itself, told as
    fact, as :func:`_own_telling` keeps it)."""
    if "：" not in text and ":" not in text:
        return False
    return any(
        not (legal and c.group("text") and _PAPER_BEFORE.search(text, 0, c.start()))
        for c in _ACCOUNT_COLON.finditer(text)
    )


def _legal_act(entry: NewsEntry) -> bool:
    """Is ``entry`` a legal act (司法行为, or a coercion, a charge, a refusal), whose own paper
    tells it as fact?"""
    return (entry.news or "").startswith("司法行为") or entry.plover in _LEGAL_PLOVER


def _post_goes_on(date_ref: TimeRef | None, a: int) -> bool:
    """Is the sentence at ``a`` dated by a relative day of a post's words told in a sentence
    before it (…发文写道，今天出席了…。今天很荣幸获得…: :func:`dates.posted_days`) - the post's
    words going on, credited to the one who posts them?"""
    return (
        date_ref is not None
        and date_ref.posted
        and date_ref.base is not None
        and date_ref.base < a
    )


def _speaker_label(vt: str, a: int, t: int, actors: list[Actor]) -> bool:
    """Does the sentence from ``a`` open with a speaker's label — a participant (a person, a
    body, not a place) right before a colon, the trigger after it (王女士：…, 某公司：…): the
    turn of an interview or a statement's words, told by them?"""
    if vt.find("：", a, t) < 0 and vt.find(":", a, t) < 0:
        return False  # (most sentences: no colon before the trigger, which either label needs)
    at = _LABEL_OPEN.match(vt, a, t)
    start = at.end() if at else a
    if _MEDIA_LABEL.match(vt, start, t):
        return True  # 港媒：…, 外媒：…, 美国媒体：…: the media's words, credited to them
    return any(
        x.start == start and x.end < t and vt[x.end : x.end + 1] in ("：", ":") and not x.place
        for x in actors
    )


# the verbs of saying after a speaker (news_cues speech_end), the longest first
_SPEECH_ENDS = "|".join(sorted(cue_words("speech_end"), key=len, reverse=True))
# after a quotation closing past the trigger: its speaker and a verb of saying ending the
# sentence or its clause (“…，”王先生说。, “…。”该负责人表示，…)
_SPEAKER_AFTER = re.compile(
    r"[，,\s]*[^，,。；;：:！？!?“”\"「」\s]{1,12}?(?:"
    + _SPEECH_ENDS
    + r")道?(?:[。！!…\s]*$|[，,])"
)


_SPEAKER_REACH = 20  # the characters of a speaker's sentence after a quotation (某某某表示。)


def _speaker_after_quote(vt: str, a: int, t: int, b: int) -> bool:
    """Does the sentence ``vt[a:b]`` open with a quotation holding the trigger at ``t``, or go
    on with one an earlier sentence opened (“…。…起诉用户。”: one quotation over several
    sentences, in one paragraph), and close with its speaker and a verb of saying after it
    (“某公司拒不退款，反而起诉用户，”王先生说。): the words are credited to the speaker, as
    after 王先生说：?"""
    if _QUOTE_CLOSE.search(vt, t, b + _QUOTE_RUN) is None:
        return False  # (most sentences: no quotation closes after the trigger, in the sentence
        # or in the stretch after it that the two searches below read: one search of the mark)
    k = a
    while k < t and vt[k].isspace():
        k += 1
    if vt[k : k + 1] not in _QUOTE_OPEN and not _quote_goes_on(vt, a, t):
        return False
    close = _QUOTE_CLOSE.search(vt, t, b)
    if close is None:  # the quotation runs on into the next sentences
        close = _QUOTE_CLOSE.search(vt, b, b + _QUOTE_RUN)
        if close is None or _QUOTE_BREAK.search(vt, b, close.start()):
            return False
    end = b
    if close.end() >= b:  # “…。”王先生说。: the quotation closes its sentence, the next tells
        told = _SENTENCE_STOP.search(vt, close.end(), close.end() + _SPEAKER_REACH)
        if told is None:  # (whose words they are)
            return False
        end = told.end()
    return _SPEAKER_AFTER.match(vt, close.end(), end) is not None


_QUOTE_RUN = 300  # the characters a quotation over several sentences is looked for in
# a paragraph break or a quotation mark: no quotation runs across it unclosed
_QUOTE_BREAK = re.compile("[\n" + "".join(sorted(_QUOTE_OPEN)) + "”」』]")


def _quote_goes_on(vt: str, a: int, t: int) -> bool:
    """Is the sentence from ``a`` (up to its trigger at ``t``) inside a quotation an earlier
    sentence of its paragraph opened at its own start (“…。…), not closed before ``t``?"""
    if _QUOTE_BREAK.search(vt, a, t):
        return False
    j = _open_quote(vt, a)
    return j >= 0 and (j == 0 or vt[j - 1] in _SENTENCE_OPENS)


def _open_quote(vt: str, a: int) -> int:
    """Where the quotation still open at ``a`` opens (“, 「, 『 - the last mark before ``a``,
    within :data:`_QUOTE_RUN` characters and its paragraph), or -1."""
    j = -1  # (the last quotation mark or paragraph break before ``a``: one scan)
    for hit in _QUOTE_BREAK.finditer(vt, max(0, a - _QUOTE_RUN), a):
        j = hit.start()
    return j if j >= 0 and vt[j] in "“「『" else -1


def told_quote_goes_on(vt: str, a: int, t: int) -> bool:
    """Is the sentence from ``a`` (up to its trigger at ``t``) inside a quotation that a telling
    verb opened in an earlier sentence of its paragraph (某人告诉记者：“…。第二天，某人被拘留
    了。”), still open at ``t`` and closed after it, before any paragraph break or other mark?
    The quoted words run over sentences: all of them are the speaker's, reported."""
    if _QUOTE_BREAK.search(vt, a, t) or _told_quote_open(vt, a) < 0:
        return False  # (a mark or a break in the sentence before the trigger is read elsewhere;
        # a quotation opening its own sentence: _quote_goes_on's)
    after = _QUOTE_BREAK.search(vt, t, t + _QUOTE_RUN)
    # (a straight mark closes a quotation a curly one opened: 网友称：“…。之后…拒绝…。"“…", a
    # page that mixes the two)
    return after is not None and vt[after.start()] in _CLOSING_MARKS


_CLOSING_MARKS = "”」』\""  # (a straight mark too: a page may close a curly one with it)
_CHAINED_QUOTES = 6  # quotations set one right after another (网友纷纷表示，“…”“…”“…”)


def _told_quote_open(vt: str, a: int) -> int:
    """Where the quotation still open at ``a`` opens (:func:`_open_quote`) when a telling verb
    opened it (某人告诉记者：“…, 甲回应称：“…), else -1."""
    if _OPENING_MARK.search(vt, max(0, a - _QUOTE_RUN), a) is None:
        return -1  # (most sentences: no opening mark before them)
    j = _open_quote(vt, a)
    for _ in range(_CHAINED_QUOTES):
        if j < 0:
            return -1
        if _TELLS_BEFORE_QUOTE.search(vt, max(0, j - _TELLS_QUOTE_REACH), j) is not None:
            return j
        # 网友纷纷表示，“…”“…”: a quotation right after another one's closing mark goes on
        # with the words the telling verb before the first one opened
        j = _open_quote(vt, j - 1) if j > 0 and vt[j - 1] in _CLOSING_MARKS else -1
    return -1


_OPENING_MARK = re.compile("[“「『]")
# 称“, 告诉记者：“, 表示，“: a telling verb, perhaps the one told and a comma or a colon, then the
# opening mark
_TELLS_BEFORE_QUOTE = re.compile(
    "(?:" + cue("tells").pattern + "|" + cue("reported").pattern + ")"
    r"(?:[^，,。；;：:“”「」\s]{1,6}[，,：:]|[，,：:]?)$"
)  # (告诉记者：“: the one told between the verb and its colon)
_TELLS_QUOTE_REACH = 14  # characters: the longest telling word, the one told and the mark
_SENTENCE_OPENS = frozenset("。！？!?\n ")  # what a quotation opening its sentence follows


# 是恐吓, 有威胁, 以恐吓…, 美方的威胁, 接到死亡恐吓: an act told as a noun, no clause's predicate
# (not …的问题深表歉意: the 的 of a noun phrase before a verb)
_ACT_AS_NOUN = re.compile(r"(?:[是有以的]|[接收遭受]到[\u4e00-\u9fff]{0,2})$")


def _act_told_by_speaker(
    vt: str, start: int, trigger: int, agent: Actor, earlier: list[_Clause]
) -> bool:
    """Is ``agent`` carried in as the subject only as the speaker of a clause ending with a verb
    of telling (某某表示，…), while the trigger is a noun in what is said (部分是恐吓, 以恐吓要求…
    是徒劳, 法官接到死亡恐吓)? The one who comments on an act is not its doer.  (The noun test,
    on four characters, is read first: both must hold, and neither has an effect.)"""
    if _ACT_AS_NOUN.search(vt[max(start, trigger - 4) : trigger]) is None:
        return False
    return _telling_clause(vt, agent, earlier) is not None


def _telling_clause(vt: str, agent: Actor, earlier: list[_Clause]) -> _Clause | None:
    """The clause of ``earlier`` that holds ``agent``, when it ends with a verb of telling
    (某某表示，…: :func:`_said_before`); None else."""
    home = next((c for c in earlier if c.start <= agent.start < c.end), None)
    return home if home is not None and _said_before(vt, [home]) else None


def _teller_of_accident(vt: str, agent: Actor, earlier: list[_Clause], trigger: int) -> bool:
    """Is ``agent``, carried in as the subject, only the one who tells of the accident at
    ``trigger`` - its clause ends with a verb of telling (某某接受采访时表示，车辆追尾), they
    are no driver or passenger by name (司机称, 乘客某某表示: news_cues vehicle_occupants) and
    what is told puts no one in a vehicle (驾车, 乘坐, 开车) nor speaks as 我 or 自己 (not
    我市, 我们)?  The teller of a crash is no party to it unless the sentence says they were in
    it."""
    home = _telling_clause(vt, agent, earlier)
    if home is None:
        return False
    if _OCCUPANT.search(vt, max(home.start, agent.start - _OCCUPANT_REACH), agent.end):
        return False
    return not (
        _DRIVES.search(vt, home.end, trigger)
        or DRIVING.search(vt, home.end, trigger)
        or FIRST_PERSON.search(vt, home.end, trigger)
        or vt.find("自己", home.end, trigger) >= 0
    )


_OCCUPANT = cue("vehicle_occupants")
_OCCUPANT_REACH = 4  # characters before a teller's name an occupant word may stand (司机王某)


# 有网友爆料称，… / 村民反映，… / 有市民举报，…: a clause closed by a verb of complaint or
# allegation (news_cues allegation_verbs), perhaps with 称/说, then what is alleged
_SAYS = ("称", "说", "道")  # (举报称, 报警说: the words alleged follow)
_ALLEGED_AFTER = re.compile(
    "(?:" + cue("allegation_verbs").pattern + ")(?:" + "|".join(_SAYS) + r")?[，,：:\s]*$"
)
# 还, 又 (d), 向 (p), 并 (c), 要求 (v): a clause opening so after a bare allegation verb goes on
# with the complainant's own acts, not with what is alleged (which names its doer: 施工方…)
_GOES_ON_TAGS = ("d", "p", "c", "v")
# 被举报, 遭网友爆料: the subject is the one reported on (news_cues reported_on, then at most eight
# characters - 被群众举报, 遭到多名村民联名举报 - before the verb)
_REPORTED_ON = re.compile("(?:" + cue("reported_on").pattern + r")[^，,。；;]{0,8}$")
_REPORT_RECEIVED = cue("report_reaches")  # 接到举报, 接群众报警称, 收到投诉: one it reaches
_REPORT_REACHES = frozenset(cue_words("report_reaches"))


def _report_reaches(vt: str, a: int, b: int) -> bool:
    """Does ``vt[a:b]`` hold a word of news_cues report_reaches as a word of its own (接到, 接群众
    报警; not the 接 of 直接, 间接, 接受)?"""
    if _REPORT_RECEIVED.search(vt, a, b) is None:
        return False  # (most clauses: none, and no tagging)
    k = a
    for n, _ in tagged_words(vt, a, b):
        if vt[k : k + n] in _REPORT_REACHES:
            return True
        k += n
    return False


def _complainant(vt: str, agent: Actor, earlier: list[_Clause], trigger: int) -> bool:
    """Is ``agent``, carried in as the subject, the one who complains or reports in a clause
    before that a verb of allegation closes (村民反映，施工方多次殴打…)?  What is alleged is
    done by others: the complainant is no doer of it (the subject the clauses of the allegation
    leave unnamed stays unknown)."""
    home = next((c for c in earlier if c.start <= agent.start < c.end), None)
    if home is None:
        return False
    said = _ALLEGED_AFTER.search(vt, agent.end, home.end)
    if said is None or _REPORTED_ON.search(vt, agent.end, said.start()) is not None:
        return False  # (某人被举报，于是被判…: the one reported on, who may well have done it)
    # (派出所接到群众举报，…将其抓获: the one a report reaches acts on it - but not in what the
    # report says, 警方接到报警称，某小区发生火灾: 称 opens the words alleged)
    reaches = _report_reaches(vt, agent.end, said.start())
    resumed = resumed_at(vt, said.start(), trigger) is not None
    k = said.end()
    while k < trigger and vt[k] in "，,：: ":
        k += 1  # (the clause after, past the cut)
    if said.group().rstrip("，,：: ").endswith(_SAYS):
        # (…up to a later clause that goes on with the account or has no subject of its own,
        # when the report reached the subject: 警方接到报警称，有人持刀伤人，随即赶往该处将其
        # 抓获 - not 网友爆料称，某人先是…，随后…, nor the first clause of the words alleged)
        own = max((c.end() for c in _VIEW_CUT.finditer(vt, k, trigger)), default=None)
        return not (reaches and (resumed or (own is not None and _goes_on(vt, own, trigger))))
    if resumed:
        return False  # (张某向物业投诉，随后持刀刺伤…: a report made, then the reporter's own act)
    if _goes_on(vt, k, trigger):
        return False  # (张某向纪委举报，还向法院起诉…: no subject of its own opens what follows)
    return not reaches


def _goes_on(vt: str, k: int, end: int) -> bool:
    """Does the clause at ``k`` (before ``end``) open with no subject of its own - an adverb, a
    preposition, a conjunction or a verb (还向…, 随即赶到…)?"""
    return k < end and next(tagged_words(vt, k, end))[1].startswith(_GOES_ON_TAGS)


# 其, 我们, 本公司…: the speaker as the one the act of its words is done to (not 其他, 其中)
_SPEAKER_OBJECT = re.compile(
    words_not_after(cue_words("speaker_objects"), "尤极") + "(?![他它余中次实])"
)


# 认为, 声称…: what the words' subject holds - a 其 in it may be that subject's own
_CLAIM_SCOPE = cue("claim_scope")


def _speaker_acted_on(
    vt: str, earlier: list[_Clause], agent: Actor, actors: list[Actor]
) -> Actor | None:
    """The speaker whose words tell an act done to it (某公司表示，甲…侵犯了其名誉权，并…: the
    company), when ``agent``, the subject a clause opening with 并 carries, is the subject of
    those words (甲): the clause, a suit (the caller's test), goes on with the speaker, who
    sues over what was done to it.  None when no clause before ends with a verb of telling,
    ``agent`` is not inside the words, the words tell ``agent`` suing (王某起诉了本公司), or
    the words name the speaker (``speaker_objects``) nowhere after a verb or a mark - a 其 no
    one resolved counts but after 被/遭 (遭到其前夫殴打) or inside what ``agent`` holds
    (认为王某侵犯了其权益): ``agent``'s own there."""
    said = next(
        (k for k in range(len(earlier) - 1, -1, -1) if _said_before(vt, [earlier[k]])), None
    )
    if said is None:
        return None
    words = earlier[said].end
    if not words <= agent.start < earlier[-1].end:
        return None
    speaker = _speaker(vt, earlier[said], actors)
    if speaker is None or speaker.place:
        return None
    name = speaker.alias_of or speaker.text
    if name == (agent.alias_of or agent.text):
        return None
    for hit in _SPEAKER_OBJECT.finditer(vt, agent.end, earlier[-1].end):
        if SUIT_VERB.search(vt, agent.end, hit.start()) is not None:
            return None  # (王某起诉了本公司，并向法院申请…: the words' subject sues, goes on)
        if vt[hit.start() - 1] in "，,：:“\" " or any(
            x.start <= hit.start() < x.end
            and (PRONOUN.fullmatch(x.text) is None or x.alias_of not in (None, name))
            for x in actors
        ):
            continue  # (…，我们将…: a subject; 沈其明: inside a name; 其 read as another)
        if hit.group() == "其" and not any(
            x.start == hit.start() and x.alias_of == name for x in actors
        ) and (
            _BY & set(vt[hit.start() - 2 : hit.start()])
            or _CLAIM_SCOPE.search(vt, agent.end, hit.start()) is not None
        ):
            continue  # (遭到其前夫殴打; 认为王某侵犯了其权益: 其 unresolved, the words' own)
        return speaker
    return None


def _said_before(vt: str, earlier: list[_Clause]) -> bool:
    """Does the clause before end with a verb of telling (X表示，“…”)?"""
    if not earlier:
        return False
    c = earlier[-1]
    said = _speech_end(vt, max(c.start, c.end - 4), c.end)
    return said is not None and said >= c.end - 1


def _surname_inside(vt: str, m: NewsMatch, names: dict[str, str]) -> Actor | None:
    """批准谭以现金50万港元保释: the one character right after the first part of a gapped
    trigger, before 以/获/于, that opens the name of exactly one person the article names — the
    press calls a person so known by the surname alone."""
    first = next(
        (w.split("…")[0] for w in m.entry.words if "…" in w and m.text.startswith(w.split("…")[0])),
        None,
    )
    if first is None:
        return None
    k = m.start + len(first)
    if k + 1 >= m.end or vt[k + 1] not in _AFTER_SURNAME:
        return None
    found = {n for n, label in names.items() if label == "PER" and len(n) >= 2 and n[0] == vt[k]}
    if len(found) != 1:
        return None
    return Actor(k, k + 1, vt[k], "PER", alias_of=found.pop())


_AFTER_SURNAME = frozenset("以获于在")
_BARE_BEFORE = frozenset(cue_words("bare_surname_before"))
_BARE_BEFORE_LENGTHS = sorted({len(w) for w in _BARE_BEFORE})
_BARE_AFTER = cue("bare_surname_after")
_CLAUSE_OPEN = frozenset("，。；：！？、“（\n")


def _surname_holders(
    vt: str, ent_view: list[tuple[int, int, Span]], names: dict[str, str]
) -> dict[str, str]:
    """surname → the one Chinese person of that surname a recogniser names in the article
    (or "" when two people share it)."""
    people = set(vt[x:y] for x, y, sp in ent_view if sp.label == "PER")
    people.update(n for n, label in names.items() if label == "PER")
    out: dict[str, str] = {}
    for n in people:
        if not 2 <= len(n) <= 4 or looks_foreign(n) or not _HAN_RUN.fullmatch(n):
            continue
        sur = n[:2] if len(n) >= 3 and n[:2] in double_surnames() else n[0]
        if len(sur) == 1 and not opens_with_surname(sur):
            continue
        if _surname_run(n, sur):
            continue  # 黎获 of 黎获保释: the surname and the word after it, read as a name
        out[sur] = n if out.get(sur, n) == n else ""
    return out


def _surname_run(n: str, sur: str) -> bool:
    """Is the two-character ``n`` its surname run into a word of ``bare_surname_after`` (黎获
    of 黎获保释)?"""
    return len(n) == len(sur) + 1 and _BARE_AFTER.match(n, len(sur)) is not None


def _without_surname_runs(
    vt: str,
    ent_view: list[tuple[int, int, Span]],
    holders: dict[str, str],
    names: dict[str, str],
) -> list[tuple[int, int, Span]]:
    """The entities but the person names that are a surname of ``holders`` run into the word
    after it (就黎获准保释: 黎获), where the article names its holder before: the surname alone
    is that person (:func:`_bare_surnames`), the run is no name of the article."""
    out: list[tuple[int, int, Span]] = []
    for x, y, sp in ent_view:
        if sp.label == "PER" and y - x <= 3:
            sur = vt[x : x + 2] if vt[x : x + 2] in double_surnames() else vt[x]
            name = holders.get(sur)
            if name and _surname_run(vt[x:y], sur) and 0 <= vt.find(name) < x:
                names.pop(vt[x:y], None)
                continue
        out.append((x, y, sp))
    return out


def _bare_surnames(
    vt: str,
    a: int,
    b: int,
    taken: bytearray,
    holders: dict[str, str],
    read: Sequence[Actor],
    mentions: Callable[[str], int],
) -> list[Actor]:
    """黎的保释, 批准黎…, 将黎还押: a surname alone, in a participant's slot - a clause's start or
    a verb or preposition of ``bare_surname_before`` right before it, a particle, an adverb or
    a verb of ``bare_surname_after`` right after it, no word of the dictionary across either
    edge - stands for the one person of that surname the article names in full before it (the
    press so shortens a name it has written out): the one a recogniser read (``holders``:
    :func:`_surname_holders`), else the one three-character name opening with it that the
    article repeats (:data:`REPEATED_NAME` times).  None where two share the surname."""
    out: list[Actor] = []
    pos_of = _parts_of_speech()
    for m in _surname_before_slot().finditer(vt, a, b):
        k, e = m.start(), m.end()
        sur = m.group()
        if (
            holders.get(sur) != ""  # (two people share it)
            and not any(taken[k:e])
            and (k == a or vt[k - 1] in _CLAUSE_OPEN or _slot_before(vt, a, k))
            and vt[k - 1 : e] not in pos_of
            and vt[k : e + 1] not in pos_of
            and (len(sur) == 2 or opens_with_surname(sur))
            and _BARE_AFTER.match(vt, e, b) is not None
            and not any(x.start < e and k < x.end for x in read)
        ):
            name = holders[sur] if sur in holders else _repeated_full_name(vt, sur, k, mentions)
            if name and 0 <= vt.find(name) < k:
                out.append(Actor(k, e, sur, "PER", alias_of=name))
    return out


def _repeated_full_name(vt: str, sur: str, k: int, mentions: Callable[[str], int]) -> str:
    """The one three-character name opening with ``sur`` before ``k`` that the article repeats
    (no word of the dictionary, none running into it, its first two characters not much more
    often alone), or ""."""
    found: set[str] = set()
    pos_of = _parts_of_speech()
    j = vt.find(sur, 0, k)
    while j >= 0 and len(found) < 2:
        cand = vt[j : j + len(sur) + 2]
        if (
            cand not in found
            and _HAN_RUN.fullmatch(cand)
            and mentions(cand) >= REPEATED_NAME
            and mentions(cand) * 2 > mentions(cand[:-1])
            and cand not in pos_of
            and cand[:-1] not in pos_of
            and not _word_across_start(vt, cand)
        ):
            found.add(cand)
        j = vt.find(sur, j + 1, k)
    return found.pop() if len(found) == 1 else ""


def _word_across_start(vt: str, cand: str) -> bool:
    """Does a word of the dictionary run into ``cand``'s first character at half or more of its
    places in the article (刹|车失灵: no name)?"""
    pos_of = _parts_of_speech()
    n = across = 0
    j = vt.find(cand)
    while j >= 0:
        n += 1
        across += j > 0 and vt[j - 1 : j + 1] in pos_of
        j = vt.find(cand, j + len(cand))
    return across * 2 >= n


def _slot_before(vt: str, a: int, k: int) -> bool:
    """Does a word of ``bare_surname_before`` (批准, 对, 将…) end at ``k``, after ``a``?"""
    return any(vt[max(a, k - n) : k] in _BARE_BEFORE for n in _BARE_BEFORE_LENGTHS)


@cache
def _surname_before_slot() -> re.Pattern[str]:
    """A surname (double, else single) right before a word of ``bare_surname_after``.  The
    lookahead first (a character that opens a surname, double or single) finds the same matches:
    a place where none opens holds none; there the search tries no double surname one by one."""
    from ..annotate.entity_lexicon import rules as name_rules

    surnames = set(name_rules()["names"]["surnames"])
    singles = "".join(re.escape(c) for c in sorted(surnames))
    opening = "".join(re.escape(c) for c in sorted(surnames | {d[0] for d in double_surnames()}))
    doubles = "|".join(sorted(double_surnames(), key=len, reverse=True))
    return re.compile(f"(?=[{opening}])(?:{doubles}|[{singles}])(?=" + _BARE_AFTER.pattern + ")")


def _first_of_each(items: list[_T], key: Callable[[_T], tuple[str, str]]) -> list[_T]:
    """The first item of each key, in order: one argument per role and text (秋瓷炫、于晓光…
    二人: 秋瓷炫 once), one actor per name and side (郭美美…郭美美被判: one party)."""
    seen: set[tuple[str, str]] = set()
    out: list[_T] = []
    for x in items:
        k = key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _case_beside_party(out: list[Event]) -> None:
    """对某某照片泄露一案作出判决，裁定某县…负有责任: the case stands for the ones ruled on
    only when the sentence names none of them; beside a party ruled against it is no actor."""
    for e in out:
        if e.type != "COERCE":
            continue
        cases = [x for x in e.actors if x.side == "target" and _CASE_TEXT.search(x.name)]
        if cases and any(x.side == "target" and x not in cases for x in e.actors):
            e.actors = [x for x in e.actors if x not in cases]


def _case_like(vt: str, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """The phrase if it names a case (…一案, …纠纷), else None."""
    return phrase if _CASE_TEXT.search(vt, phrase[0], phrase[1]) else None


def _resolve_titled(actors: list[Actor], names: dict[str, str]) -> None:
    """苏裁判官, 李法官: a surname and a title stand for the one person of that surname the
    article names (总裁判官邓立行 … 邓裁判官)."""
    for x in actors:
        if x.kind != "PER" or len(x.text) < 3 or x.text[1:] not in _TITLE_SET:
            continue
        found = {
            n
            for n, label in names.items()
            if label == "PER"
            and n[0] == x.text[0]
            and 2 <= len(n) <= 4
            and not any(t.startswith(n[1:]) for t in _TITLE_WORDS)  # (苏裁判: the title cut)
        }
        if len(found) == 1:
            x.alias_of = found.pop()


_KIN_MODIFIER = re.compile("(?:" + cue("kin_modifiers").pattern + ")$")  # 的, 新, 前妻子…


def _one_person_twice(vt: str, actors: list[Actor]) -> None:
    """Point at one person the actors of a sentence (sorted) that name her twice: a nickname
    read as a name (``nickname_ends``: 胖哥) right before her name with nothing between (网红
    胖哥孙某: one person), and a kin word written bare after it was written right before her
    name (孙某和妻子刘某…，不久妻子便怀孕了: the wife is 刘某; not 孙某的新妻子 - another;
    not past another person named between them: …，王某说妻子… - his own).  Each takes the
    name as ``alias_of``, the kin word the name's kind."""
    kin_named: dict[str, Actor] = {}
    for k in range(len(actors) - 1):
        x, name = actors[k], actors[k + 1]
        if name.kind != "PER" or x.end != name.start or x.alias_of is not None:
            continue
        if x.kind == "PER" and _NICKNAME_END.search(x.text) is not None:
            x.alias_of = name.alias_of or name.text
        elif x.kind == "generic" and x.text in generic_table().kin:
            kin_named.setdefault(x.text, name)
    if not kin_named:
        return
    for k, x in enumerate(actors):
        told = kin_named.get(x.text) if x.kind == "generic" and x.alias_of is None else None
        if told is None or x.start < told.end:
            continue
        if any(
            told.end <= z.start and z.end <= x.start and z.kind in ("PER", "generic")
            for z in actors
        ):
            continue  # (…妻子刘某…，王某说妻子…: another one named between, whose kin it may be)
        if k + 1 < len(actors) and actors[k + 1].start == x.end:
            continue  # (妻子刘某…妻子李某: named again, another)
        if _KIN_MODIFIER.search(vt, max(0, x.start - 2), x.start):
            continue
        actors[k] = replace(x, kind="PER", alias_of=told.alias_of or told.text)


_KIN_WORDS = generic_table().kin  # 妻子, 丈夫, 女儿… (generic_actors kin)


def _kin_told_before(
    vt: str, a: int, actors: list[Actor], told_at: Callable[[int], list[Actor]]
) -> None:
    """刘某和妻子王某…。妻子怀孕后…: point a bare kin word opening a clause of the sentence from
    ``a`` (no person - named or a noun for people, 另一男子称，妻子… - before it there, no name
    right after it) at the one person named right after that kin word in the text before ``a``
    (``told_at``: the participants of the sentence holding a position) - when the kin word was
    written there once only; the sentence's own kin words (:func:`_one_person_twice`) are read
    first."""
    for k, x in enumerate(actors):
        if x.kind != "generic" or x.alias_of is not None or x.text not in _KIN_WORDS:
            continue
        if x.start != a and vt[x.start - 1] not in "，,；;":
            continue  # (王某说妻子…: not opening a clause)
        if any(_person_or_people(y) and y.start < x.start for y in actors):
            break  # (王某表示，妻子…; 另一男子称，妻子…: whose kin it may be)
        if k + 1 < len(actors) and actors[k + 1].start == x.end:
            continue  # (妻子李某: named again)
        if vt.count(x.text, 0, a) != 1:
            continue  # (孙某的妻子甲与钱某的妻子乙…。妻子…: which one is not told)
        at = vt.find(x.text, 0, a)
        told = told_at(at)
        if not any(z.start == at and z.text == x.text and z.kind == "generic" for z in told):
            continue  # (the word written inside another, or read as no participant there)
        y = next((y for y in told if y.start == at + len(x.text) and y.kind == "PER"), None)
        if y is not None:
            actors[k] = replace(x, kind="PER", alias_of=y.alias_of or y.text)


def _title_end(vt: str, a: int, b: int) -> int:
    """The end of a title word (裁判官, 法官) that opens inside the name ``vt[a:b]`` after its
    first character and runs past its end (苏裁判|官 → 苏裁判官), else ``b``."""
    for k in range(a + 1, b):
        for t in _TITLES_BY_FIRST.get(vt[k], ()):
            if len(t) > b - k and vt.startswith(t, k):
                return k + len(t)
    return b


def _opens_a_name(vt: str, a: int, span: Span, names: dict[str, str]) -> bool:
    """Does the one-character place or country form at ``a`` (韩, 美) open a person's name the
    article names elsewhere (韩潮)?"""
    if span.label not in ("GPE", "LOC"):
        return False
    return any(
        vt.startswith(name, a)
        for name, label in names.items()
        if label == "PER" and name[0] == vt[a]
    )


def _repeated_surname(vt: str, a: int, span: Span, count: Callable[[str], int]) -> bool:
    """Does the one-character country form at ``a`` (韩) open a two-character name the article
    repeats?"""
    if span.label not in ("GPE", "LOC"):
        return False
    # 韩潮 written again and again in a story that never names Korea: a surname and a given
    # name (a word of the dictionary, 韩剧, is not one)
    country = span.attrs.get("name")
    cand = vt[a : a + 2]
    return (
        isinstance(country, str)
        and len(country) > 1
        and country not in vt
        and len(cand) == 2
        and "\u4e00" <= cand[1] <= "\u9fff"
        and cand[1] not in _NOT_GIVEN
        and _parts_of_speech().get(cand) is None
        and count(cand) >= REPEATED_NAME
    )


_NICKNAME = re.compile(
    r"[“\"]([\u4e00-\u9fff]{2,6}?(?:哥|姐|妹|弟|嫂|叔|爷|娘|侠|帝|娃|妈|爸))[”\"]"
)
# a relative clause's head: the topic of the clauses after it (…受伤的“南京胖哥”，…)
_HEADED = re.compile(r"的[“\"]?$")


def _nicknames(
    vt: str, a: int, b: int, taken: bytearray, read: Sequence[Actor] = ()
) -> list[Actor]:
    """“南京胖哥”, “眼镜哥”: a quoted nickname of a person (a short name ending in a kin or
    person word) that no entity covers - or whose words after the place opening it the
    recogniser read as a name (“南京|胖哥”): the nickname whole, of the place's country.  A
    name written right after it (“南京胖哥”邱某) is whom it stands for in the sentence."""
    out: list[Actor] = []
    names: dict[str, str] = {}
    for q in _NICKNAME.finditer(vt, a, b):
        s0, s1 = q.start(1), q.end(1)
        j = s0
        while j < s1 and taken[j]:
            j += 1  # (a place may open it: “南京胖哥”)
        if s1 - j >= 2 and not any(taken[j:s1]) and not _packaged_lexicon().has_match(vt, s0, s1):
            out.append(Actor(s0, s1, q.group(1), "PER"))
        elif j == s1 and (place := _place_opening_name(read, s0, s1)) is not None:
            out.append(Actor(s0, s1, q.group(1), "PER", country=place.country))
        else:
            continue
        named = next((x for x in read if x.start == q.end() and x.kind == "PER"), None)
        if named is not None:  # “南京胖哥”邱某: the nickname of 邱某, wherever the sentence uses it
            names[q.group(1)] = named.alias_of or named.text
    for x in out:
        x.alias_of = names.get(x.text)
    return out


def _place_opening_name(read: Sequence[Actor], s0: int, s1: int) -> Actor | None:
    """The place that opens ``vt[s0:s1]`` when the rest of it is one name the recogniser read
    (南京|胖哥), nothing else inside."""
    inside = [x for x in read if s0 <= x.start < s1]
    if (
        len(inside) == 2
        and inside[0].start == s0
        and inside[0].kind in ("GPE", "LOC")
        and inside[1].kind == "PER"
        and inside[1].start == inside[0].end
        and inside[1].end == s1
    ):
        return inside[0]
    return None


def _known_names(vt: str, a: int, b: int, taken: bytearray, names: dict[str, str]) -> list[Actor]:
    """Mentions in ``vt[a:b]`` of a name the article names elsewhere, not already an entity."""
    out: list[Actor] = []
    for name, label in names.items():
        k = vt.find(name, a, b)
        while k >= 0:
            if not any(taken[k : k + len(name)]):
                head = generic_head(name) if label in ("ORG", "LOC") else None
                if head is not None:  # 海淀法院, named again: a court, as where it was recognised
                    out.append(Actor(k, k + len(name), name, "ORG", agent_type=head[1]))
                else:
                    out.append(Actor(k, k + len(name), name, label))
            k = vt.find(name, k + len(name), b)
    out.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Actor] = []
    for x in out:  # the longest at each place, no overlaps
        if not kept or x.start >= kept[-1].end:
            kept.append(x)
    return kept


_OPINION_END = re.compile(
    r"(?:认为|觉得|相信|以为|希望|担心|期待|期望|猜测|怀疑|恐怕|看来|眼中|看法是)[^，。]{0,2}$"
)
_OPINION_END_OPENS = char_gate([_OPINION_END])  # (where no match can open, none is looked for)
_AS_SAID = re.compile(
    r"(?:正如|如同|就像|按照|据|根据|从)[^，。]{0,12}"
    r"(?:所说|所言|所述|说|称|报道|说法|介绍|描述|看法|来看|看|了解到|获悉|得知|获知)$"
)
_AUTHORITY_ROLES = frozenset(
    {"执法机构", "拘捕者", "开庭法院", "立案机构", "禁赛机构", "约谈发起方", "颁奖机构"}
)
_NOT_AN_ACTOR_AFTER = re.compile(r"(?:时间|国安法|基本法|法例|法案|标准时间)")
_NET_WORD_RESTS = ("红", "友", "民")  # 网红, 网友, 网民: words a name read as …网 runs into
_GREATER_CHINA = frozenset({"CHN", "HKG", "MAC", "TWN"})
_BORN_IN = re.compile("(?:" + cue("born_in").pattern + ")$")


def _nationalities(
    vt: str, actors: list[Actor], home: str | None, told: dict[str, str]
) -> list[Actor]:
    """The countries and places written right before a person or a body they qualify, past a
    title or nothing (某国女星某某, 某国网球名将某某, 某国电商平台某某: :func:`_modifies`), a kind
    of people of a place right before a person (某省女乘客孙女士), or two
    one-character forms before a couple word and the pair (中韩夫妇甲和乙: 甲 of the first, 乙 of
    the second): that one's country where it had none.  A person so described by a title, a
    nationality mark or nothing (某国籍丈夫某某, 某国女星某某) is of that country in the whole
    article: ``told``, by name.  Returned, those not of the article's country ``home``: no
    place of the sentence.  (A one-character form, 中 of 中韩夫妇, qualifies no one alone.)"""
    out: list[Actor] = []
    for k, (x, y) in enumerate(zip(actors, actors[1:], strict=False)):
        if x.kind == "generic" and x.agent_type in PEOPLE_KINDS and y.kind == "PER":
            if x.country and y.start == x.end:
                _described(y, x.country, told)  # 某省女乘客孙女士: her epithet's place is hers
            continue
        if x.kind != "GPE" or not x.country:
            continue
        if len(x.text) == 1:
            pair = _couple(vt, actors, k)
            for place, person in pair:
                _described(person, place.country, told)
            out.extend(p for p, _ in pair if p.country != home)
            continue
        if (
            y.kind == "PER"
            # (a body is described by a country, 某国电商平台; 某市车展某品牌 is a venue; past
            # four characters nothing qualifies a body: :func:`_modifies`)
            or (y.kind in ("ORG", "generic") and not x.place and y.start - x.end <= 4)
        ) and (_modifies(vt, x, [y]) or vt[x.end : y.start] in _NATIVE_MARKS):
            own = _own_description(vt[x.end : y.start])
            _described(y, x.country, told if own else None)
            z = actors[k + 2] if k + 2 < len(actors) else None
            if y.kind == "generic" and z is not None and z.kind == "PER" and z.start == y.end:
                _described(z, x.country, told if own else None)  # 某国籍丈夫某某: the title's
            if x.country != home:
                out.append(x)
    return out


def _own_description(gap: str) -> bool:
    """Is ``gap`` (between a country and a person) nothing, a nationality mark or a title — the
    person's own description (某国籍丈夫, 某国女星), not a verb of what happens there (某国偶遇)?"""
    return (
        gap == ""
        or gap in _NATIVE_MARKS
        or (len(gap) <= _TITLE_GAP and gap.endswith(_TITLE_WORDS) and not _title_gap_break(gap))
    )


def _stated_nationals(
    vt: str, ent_view: list[tuple[int, int, Span]], names: dict[str, str], told: dict[str, str]
) -> None:
    """The people the article describes, anywhere in it, by the country they are of - a place
    right before them past a nationality mark, a word of its people or a title (某国籍女友某某,
    某国华人某某, 某地艺人某某), or a place one was born in or comes from and a short
    description ending in 的 (出生于某国富商家庭的某某): each one's country, by name, in
    ``told`` (a description the sentences of events alone miss where it is told in no event's
    sentence).  The person is one of ``names`` (the recogniser may miss that mention of
    them).  Where an act happens (某某在某地产子) is no one's country: the description outranks
    it."""
    people: dict[str, list[str]] = {}  # each person's name by its first character
    for n in sorted((n for n, kind in names.items() if kind == "PER"), key=len, reverse=True):
        people.setdefault(n[0], []).append(n)
    # where one was born or comes from: weaker than a nationality said (出生于某国，…，持中国国籍)
    born_told: dict[str, str] = {}
    for x, y, s in ent_view:
        if s.label != "GPE" or y - x < 2 or y >= len(vt):
            continue  # (a one-character form, 中 of 此案中法官某某, describes no one alone)
        if vt[x - 1 : x] in _NATIONALITY_VERB_ENDS and (land := s.attrs.get("country")):
            said = told
            who = _holder_of(vt, x, y, people)  # 某某是某国人, 某某持有某国护照
            if who is None and vt[y] in _BORN_CLAUSE_ENDS and (
                born_at := _BORN_IN.search(vt, max(0, x - _BORN_IN_REACH), x)
            ):
                said = born_told  # 某某出生于某国，… (not …，持中国国籍: the citizenship told)
                hi = _sentence_end(vt, y)
                if not any(w in vt[y:hi] for w in _CITIZENSHIP_WORDS):
                    who = _name_ending(vt, born_at.start(), people)
            if who is not None and not _nationality_doubted(vt, x):
                said.setdefault(who, str(land))
                for also in _names_joined_before(vt, vt.rfind(who, 0, x), people):
                    said.setdefault(also, str(land))  # 甲和乙都是某国人: both
                continue
        if not people:
            continue  # (what follows reads a name the recogniser found after the place)
        born = None
        if vt[y] not in _ORIGIN_OPENERS:  # (cheap: a mark, a people word or a title opens)
            born = _BORN_IN.search(vt, max(0, x - _BORN_IN_REACH), x)
            if born is None:
                continue
        if not (land := s.attrs.get("country")) or (hit := _named_after(vt, y, people)) is None:
            continue
        gap, who = vt[y : hit[0]], hit[1]
        if _origin_gap(gap):
            told.setdefault(who, str(land))
        elif (
            _born_description(gap)
            and (born or _BORN_IN.search(vt, max(0, x - _BORN_IN_REACH), x)) is not None
        ):  # (出生于某国富商家庭的某某: the place of birth)
            born_told.setdefault(who, str(land))
    for who, land in born_told.items():
        told.setdefault(who, land)


_CLAUSE_REST = re.compile(r"[^，,。；;！!？?]*")  # the rest of a clause
_DOUBTED_CLAIM = ("说法", "传言", "传闻", "消息", "此", "这")  # 否认了这一说法, 对此…
_DOUBTING_VERBS = ("否认", "质疑", "怀疑")  # (a verb that may have an object of its own)


def _nationality_doubted(vt: str, x: int) -> bool:
    """Is the sentence holding ``x`` one doubting or denying what it says of someone's country
    (网传某某是某国人，某某予以否认; 某某是某国人，还是中国人？: news_cues nationality_doubts, or
    a question)?"""
    lo = max(vt.rfind(c, 0, x) for c in _SENTENCE_STOPS) + 1
    hi = _sentence_end(vt, x)
    before, after = vt[lo:x], vt[x:hi]
    if vt[hi - 1 : hi] in "？?" or any(w in before for w in _NATIONALITY_DOUBTS):
        return True
    # after it, a doubt of the claim itself: 这是谣言, 某某予以否认, 否认了这一说法 - not a
    # denial or a doubt of something else (他否认了所有指控)
    if any(w in after for w in _NATIONALITY_DOUBTS if w not in _DOUBTING_VERBS):
        return True
    for w in _DOUBTING_VERBS:
        k = vt.find(w, x, hi)
        while k != -1:
            rest = _CLAUSE_REST.match(vt, k + len(w), hi)
            told = rest.group() if rest is not None else ""
            if len(told) <= 2 or any(m in told for m in _DOUBTED_CLAIM):
                return True
            k = vt.find(w, k + 1, hi)
    return False



# 某某是某国人 / 为某国籍 / 系某国公民 / 持有某国护照 (某某，某国人，…; 某某（某国籍）): a
# nationality said of the one named right before the verb or the comma (past an adverb), the
# place's people word or paper closing the clause; 拥有某国国籍的某某: of the one right after 的
_NATIONALITY_VERB = re.compile("(?:[，（(]|" + cue("nationality_verbs").pattern + ")$")
_NATIONALITY_VERB_ENDS = frozenset(
    "，（("
    + "".join(w[-1] for w in cue_words("nationality_verbs"))
    + "".join(w[-1] for w in cue_words("born_in"))  # (某某出生于某国，…)
)
_NATIONALITY_NOUN = re.compile(
    "(?:" + cue("nationality_nouns").pattern + r")(?=[，。；！？、,.;!?）)的]|$)"
)
_NATIONALITY_DOUBTS = cue_words("nationality_doubts")  # 否认, 网传, 是否…
_CITIZENSHIP_WORDS = cue_words("citizenship_words")  # 国籍, 护照, 入籍…
_NATIONALITY_NOUN_FIRSTS = frozenset(w[0] for w in cue_words("nationality_nouns"))
_HOLDER_ADVERB = re.compile(r"(?:也|都|本身|其实|实为)$")
# 某某原本是某国人, 曾是某国公民: a country one was of before, no longer told to be theirs
_FORMER_STATE = re.compile(r"(?:原本|本来|原来|曾经|曾|以前|早年)$")
# 某某出生于某国，…: the place closing the clause (not 出生于某国的某某: _born_description's)
_BORN_CLAUSE_ENDS = frozenset("，。；！？、,;!?")


def _holder_of(vt: str, x: int, y: int, people: dict[str, list[str]]) -> str | None:
    """The person of ``people`` (names by their first character) a clause says is of the place
    at ``x``..``y`` - 某某是某国人, 某某系某国公民, 某某持有某国护照, 某某，某国人，…: the name
    right before the verb or the comma, perhaps past an adverb (某某也是某国人), the people
    word, the mark or the paper right after the place and closing the clause; 持有某国护照的某某:
    the name right after the 的 closing it - else None (某某的妻子是某国人: not his; 某某是某国
    人寿的董事: a company; 某某是某国人的骄傲: no name after 的)."""
    if vt[y] not in _NATIONALITY_NOUN_FIRSTS:
        return None  # (cheap first: most places have none of the words after them)
    verb = _NATIONALITY_VERB.search(vt, max(0, x - 3), x)
    noun = _NATIONALITY_NOUN.match(vt, y) if verb is not None else None
    if verb is None or noun is None:
        return None
    if _FORMER_STATE.search(
        vt, max(0, verb.start() - 2), verb.start()
    ) and not _person_ending(vt, verb.start(), people):
        return None  # (某某原本是某国人，后加入中国国籍; not a name ending in 曾: 范曾是某国公民)
    if vt.startswith("的", noun.end()):  # (a verb, not a comma: 拥有某国国籍的某某)
        hit = _named_after(vt, noun.end() + 1, people)
        by_verb = verb.group() not in "，（("
        return hit[1] if by_verb and hit is not None and hit[0] == noun.end() + 1 else None
    return _name_ending(vt, verb.start(), people)


def _name_ending(vt: str, end: int, people: dict[str, list[str]]) -> str | None:
    """The person of ``people`` (names by their first character) named right before ``end``,
    perhaps past an adverb (某某也|是…), else None."""
    adverb = _HOLDER_ADVERB.search(vt, max(0, end - 2), end)
    if adverb is not None:
        end = adverb.start()
    if (name := _person_ending(vt, end, people)) is not None:
        return name
    # (a name the statistical recogniser missed: the surname reader's, from the clause's start
    # or a title - 球星某某持有某国护照)
    lo = max(0, end - _TITLE_GAP)
    lo = next((i + 1 for i in range(end - 1, lo - 1, -1) if vt[i] in _BORN_GAP_BREAKS), lo)
    if end - lo < 2:
        return None  # (，某国人: no name between the break and the mark)
    read = chinese_names(vt, lo, end, bytearray(len(vt)), set())
    return next((x.text for x in read if x.end == end), None)


def _person_ending(vt: str, end: int, people: dict[str, list[str]]) -> str | None:
    """The person of ``people`` (names by their first character) whose name ends right at
    ``end``, the longest first (欧阳某某 before 阳某某), else None."""
    for size in (4, 3, 2):
        name = vt[max(0, end - size) : end]
        if len(name) == size and name in people.get(name[0], ()):
            return name
    return None


def _names_joined_before(vt: str, at: int, people: dict[str, list[str]]) -> list[str]:
    """The people of ``people`` joined by 和/与/及/、 before the name at ``at``, nearest first
    (甲、乙和丙是某国人: 乙, 甲 before 丙)."""
    out: list[str] = []
    while at > 0 and vt[at - 1] in _LIST_JOINS:
        name = _person_ending(vt, at - 1, people)
        if name is None:
            break
        out.append(name)
        at -= len(name) + 1
    return out


def _born_description(gap: str) -> bool:
    """Is ``gap`` (between a place one was born in or comes from and a person) one short
    description ending in 的 (富商家庭的) - not two, nor things joined (来自某国的律师与代表原告的
    某某: the lawyers are from there, not 某某)?"""
    head = gap[:-1]
    return gap.endswith("的") and "的" not in head and not any(w in head for w in _COORDINATORS)


def _named_after(vt: str, y: int, people: dict[str, list[str]]) -> tuple[int, str] | None:
    """The first person of ``people`` (names by their first character) named after ``y``
    within a title's reach and before any punctuation: where, and who."""
    for j in range(y, min(len(vt), y + _TITLE_GAP + 1)):
        if vt[j] in _BORN_GAP_BREAKS:
            return None
        for n in people.get(vt[j], ()):
            if vt.startswith(n, j):
                return j, n
    return None


def _origin_gap(gap: str) -> bool:
    """Does ``gap`` (between a place and a person) say the person is of the place - a
    nationality mark, a word of its people or both, then perhaps a title (某国籍, 某国华人,
    某国籍华裔演员), or one title word alone (某地艺人)?  Nothing at all says nothing (two
    names), nor do words before a title with no mark (某国偶遇歌手: a verb of what happens
    there), nor words with 的 before the title (某国人某某的妻子, 某国人投资的公司董事长: the
    title is of someone, or something, the people word describes, not of the person), nor a
    verb the people word or a title does (某国人追捧演员某某, 某国籍男子殴打医生某某: the person
    is its object)."""
    rest = gap
    mark = next((m for m in _NATIVE_MARKS_LONGEST if rest.startswith(m)), "")
    rest = rest[len(mark) :]
    people = next((w for w in _ORIGIN_PEOPLE if rest.startswith(w)), "")
    rest = rest[len(people) :]
    if not (mark or people):
        return rest in _TITLE_SET
    return rest in ("", "的") or (  # (某国籍的某某: the mark, 的, the name right after)
        len(rest) <= _TITLE_GAP
        and rest.endswith(_TITLE_WORDS)
        and "的" not in rest
        and not _title_gap_break(rest)
        and not _doer_before_title(rest, bool(people))
    )


def _doer_before_title(rest: str, after_people: bool) -> bool:
    """Does a verb stand in ``rest`` (the words after a place's nationality mark or people word
    and up to the title before a person) right after the people word (``after_people``) or
    after a title - 某国人|追捧|演员, 某国籍|男子|殴打|医生: someone doing something to the
    person - not a word describing the title (某国籍|知名|华裔|演员: after the mark, no doer)?"""
    doer = after_people
    for s, e, tag in _word_spans(rest, 0, len(rest)):
        if doer and tag.startswith("v") and tag != "vn":
            return True
        doer = rest[s:e] in _TITLE_SET
    return False


_NATIVE_MARKS_LONGEST = tuple(sorted(cue_words("native_marks"), key=len, reverse=True))
_ORIGIN_PEOPLE = tuple(sorted(cue_words("origin_people"), key=len, reverse=True))
_BORN_GAP_BREAKS = frozenset("，。；！？：、,.;!?:“”\n\r\t \u3000")
# the first characters a description of whom a place is of may open with (籍, 华人, 艺人)
_ORIGIN_OPENERS = frozenset(
    w[0] for w in (*_NATIVE_MARKS_LONGEST, *_ORIGIN_PEOPLE, *_TITLE_WORDS) if w
)
_BORN_IN_REACH = 4  # (出生于|某国: the cue right before the place, 生于 past a character)


def _described(x: Actor, country: str | None, told: dict[str, str] | None) -> None:
    if x.country is None:
        x.country = country
    if told is not None and x.kind == "PER" and country is not None:
        told.setdefault(x.text, country)


def _couple(vt: str, actors: list[Actor], k: int) -> list[tuple[Actor, Actor]]:
    """中韩夫妇甲和乙: the two one-character country forms from ``actors[k]`` on, a couple word
    right after them and the two people joined after it, each form with its person in order."""
    if k + 3 >= len(actors):
        return []
    a, b, p, q = actors[k : k + 4]
    if not (
        b.kind == "GPE" and b.country and len(b.text) == 1 and a.end == b.start
        and p.kind == "PER" and q.kind == "PER" and a.country != b.country
    ):  # fmt: skip
        return []
    couple = _COUPLE.match(vt, b.end)
    if couple is None or couple.end() != p.start or vt[p.end : q.start] not in _COORDINATORS:
        return []
    return [(a, p), (b, q)]


_COUPLE = cue("couple_nouns")


def _nationality_told(vt: str, actors: list[Actor], country: str) -> bool:
    """Does a place of ``country`` the sentence names say where someone is from (新加坡籍,
    韩国人, 生于加拿大, 来自韩国), not where something happens or what it is about?"""
    for x in actors:
        if x.country != country or not (x.place or x.kind == "GPE"):
            continue
        if vt[x.end : x.end + 1] in ("籍", "人"):
            return True
        if _BORN_IN.search(vt, max(0, x.start - 3), x.start):
            return True
    return False


_LOCAL_KINDS = frozenset({"COP", "JUD", "GOV", "CVL", "CRM"})


def _directing_government(vt: str, a: int, x: Actor, actors: list[Actor]) -> str | None:
    """The country of the government whose body ``x`` (named with no country of its own) is,
    in its sentence (from ``a``): the nearest government before it - a person of one, one, or a
    country - that is the subject of its clause, when it directs ``x`` (某国总统某某签发命令，
    并责成商务部…: news_cues directs_body), announces what ``x`` does (某国总理周五表示，财政部
    将…: short_saying, announce) or owns it (某国政府的司法部).  Not one an opener or an object
    mark puts in a phrase (针对某国总统…，外交部表示: the body answers it), nor one a longer lead
    places inside a predicate (撤销某国前总统某某的禁令); nor where the body opens a clause of
    its own (某国总理批评中方，商务部…: the article's own ministry, perhaps)."""
    for y in reversed(actors):
        if y.end > x.start or not y.country or y.place:
            continue
        if not (y.kind == "GPE" or y.agent_type == "GOV" or (y.cameo or "").endswith("GOV")):
            continue
        opens = _clause_open(vt, a, y.start)
        lead = vt[opens : y.start]
        if len(lead) <= _SUBJECT_LEAD and _GOVERNMENT_OBJECT.search(lead) is None:
            return y.country if _directs(vt, a, y, x) else None
    return None


def _clause_open(vt: str, a: int, at: int) -> int:
    """Where the clause holding ``at`` opens, at ``a`` (its sentence's start) at the earliest."""
    return max(a, *(vt.rfind(p, a, at) + 1 for p in _CLAUSE_PUNCT))


def _directs(vt: str, a: int, y: Actor, x: Actor) -> bool:
    """Does the government ``y`` direct, announce or own the body ``x`` named after it?"""
    if vt[y.end : x.start] in ("", "的") or _DIRECTS.search(vt, x.start - 2, x.start):
        return True  # 某国政府的司法部; 要求商务部
    opens = _clause_open(vt, a, x.start)
    return (
        opens - 1 > y.end
        and x.start == opens
        and _clause_open(vt, a, opens - 1) <= y.start
        and _ANNOUNCES.search(vt, y.end, opens - 1) is not None
    )  # 某国总理周五表示，财政部将…


# the clause's lead before a government: a role with its country and a modifier at most
# (某国前总统, 某国国务卿); more is a predicate the government is inside
_SUBJECT_LEAD = 6
_CLAUSE_PUNCT = ("，", ",", "；", ";", "：", ":", "。")
_GOVERNMENT_OBJECT = re.compile(
    "|".join(map(re.escape, cue_words("phrase_openers") + cue_words("object_marks")))
)
_DIRECTS = re.compile("(?:" + cue("directs_body").pattern + ")$")
_ANNOUNCES = re.compile(
    "(?:" + "|".join(map(re.escape, cue_words("short_saying") + cue_words("announce"))) + ")$"
)


def _article_home(ents: list[Span], vt: str) -> str | None:
    """The country the places the article names are clearly in - every one of them (once is
    enough), or one named at least :data:`_HOME_MARGIN` times as often as any other - else the
    one country of the public bodies and institutions it names (one of its places is in, if any):
    where the people it names in full are from, for a court's or the police's act on them."""
    counts = _place_counts(ents)
    # the public bodies it names (a ministry, a court written with its city: 某市某区人民法院, or
    # a place and a role word: 某地法院) and the institutions of one jurisdiction it writes
    # (公安机关, 人民检察院, 律政司: generic_actors.json's country) are of these countries
    found = {
        c
        for sp in ents
        if sp.label == "ORG"
        and (c := sp.attrs.get("country"))
        and (
            (
                (sp.attrs.get("kb_id") or (sp.attrs.get("role") and sp.end - sp.start > 2))
                and (sp.attrs.get("cameo") or "")[3:6] in _PUBLIC_BODIES
            )  # (a place and a role word: not 法警, a court's police read as France's)
            or (
                not sp.attrs.get("kb_id")
                and not sp.attrs.get("role")
                and _BODY_WORD.search(str(sp.attrs.get("text")))
            )
        )
    }
    found.update(
        generic_table().country[w.group()]
        for w in _jurisdiction_words().finditer(vt)
        if not cut_across(vt, w.start(), w.end())  # (以军人身份 names no army)
    )
    if counts:
        best = max(counts, key=counts.__getitem__)
        if all(n * _HOME_MARGIN <= counts[best] for c, n in counts.items() if c != best):
            # (not against the bodies: a mainland prosecutor's case whose money went abroad)
            return best if not found or best in found else None
    # no place, or places of no clear country: the one country of the bodies, one of the
    # places' countries if there are any
    if len(found) != 1 or (counts and not found <= counts.keys()):
        return None
    return next(iter(found))


# how many times as often as any other country the article's places must name one for the
# people it names in full to be of it (香港 named 8 times, 美国 3: Hong Kong's)
_HOME_MARGIN = 2


@cache
def _jurisdiction_words() -> re.Pattern[str]:
    """The institutions of one jurisdiction (generic_actors.json's country), longest first."""
    words = sorted(generic_table().country, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# the CAMEO actor types of a body that places the people of an article with it (not a company or
# an outlet: 特斯拉 is American, its buyers are not)
_PUBLIC_BODIES = frozenset({"GOV", "JUD", "COP", "MIL", "LEG", "NGO", "EDU", "HLH"})


def _place_counts(ents: list[Span]) -> dict[str, int]:
    """How many times the article's places (GPE, LOC; not a role's place) name each country."""
    counts: dict[str, int] = {}
    for sp in ents:
        if sp.label in ("GPE", "LOC") and not sp.attrs.get("role"):
            c = sp.attrs.get("country")
            if c:
                counts[c] = counts.get(c, 0) + 1
    return counts


def _document_country(ents: list[Span]) -> str | None:
    """The country most of the article's places are in, when they mostly agree (two thirds of
    the place mentions): where its unnamed police, courts and citizens are."""
    counts = _place_counts(ents)
    if not counts:
        return None
    total = sum(counts.values())
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] * 3 >= total * 2 and total >= 2 else None


_CURRENCY_COUNTRY = {
    "港元": "HKG", "港币": "HKG", "新台币": "TWN", "人民币": "CHN", "澳门元": "MAC",
}  # fmt: skip


def _foreign_venues(
    vt: str, a: int, b: int, actors: list[Actor], country: str | None
) -> list[Actor]:
    """The places that give the sentence its ``country`` when each is only the venue of a
    private act (:func:`_private_venue`) outside Greater China (在北京完婚: a mainland place
    places its people, the codebook's convention) and no state body of that country acts in the
    sentence (悉尼警方在悉尼逮捕…: the police's business, its people are the place's), else
    none."""
    if country is None or country in _GREATER_CHINA:
        return []
    if any(y.country == country and y.agent_type in _AUTHORITY for y in actors):
        return []
    places = [x for x in actors if x.country == country and (x.place or x.kind == "GPE")]
    if places and all(x.kind == "GPE" and _private_venue(vt, a, b, x) for x in places):
        return places
    return []


def _private_venue(vt: str, a: int, b: int, x: Actor) -> bool:
    """Is the place ``x`` (after 在) the venue of a private act its clause names after it or as
    the subject of 在 (news_cues private_venue_acts: 在伦敦结婚, 婚礼在挪威举行, 在泰国普吉岛度假)?
    Where one marries, gives birth or holidays tells no one's country."""
    if x.start - 1 < a or vt[x.start - 1] != "在":
        return False
    lo = max((c.end() for c in _CLAUSE_END.finditer(vt, a, x.start)), default=a)
    hi = e.start() if (e := _CLAUSE_END.search(vt, x.end, b)) is not None else b
    return (
        _PRIVATE_ACT.search(vt, x.end, hi) is not None
        or _PRIVATE_ACT.search(vt, max(lo, x.start - 7), x.start - 1) is not None
    )


def _sentence_country(
    actors: list[Actor], local: str = "", media: set[str | None] | None = None
) -> str | None:
    """The one country the sentence's places name (a company's or a person's nationality does
    not make the people around it its citizens), else the currency it counts in (港元), else the
    region of the outlet it cites (据港媒报道)."""
    found = {x.country for x in actors if x.country and (x.place or x.kind == "GPE")}
    if not found:
        found = {c for word, c in _CURRENCY_COUNTRY.items() if word in local}
    if not found and media:
        found = {c for c in media if c}
    if not found:
        found = {
            x.country for x in actors if x.country and x.agent_type in _AUTHORITY and not x.kb_id
        }
    return next(iter(found)) if len(found) == 1 else None


# 某品牌中国, 某品牌（天津）…, 某品牌上海工厂: a foreign firm's branch (news_cues arm_after)
_ARM_AFTER = cue("arm_after")
# (特斯拉汽车（中国）投资有限公司: a few words of its trade before the company's word)
_ARM_COMPANY = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:" + _ARM_AFTER.pattern + ")")
_ARM_NAME_END = cue("arm_name_end")  # 某品牌中国区, 某品牌（上海）方面, 某品牌中国回应
_BEYOND_HOME = cue("beyond_home")  # 全球, 总部, 海外: the firm as a whole, not a local arm
_BRAND_TAIL = re.compile(r"(?:汽车|集团|科技|电子)?[（(]?")  # (特斯拉汽车（北京）…)
_WHOLE_STATE = tuple(cue_words("whole_state"))  # 某国政府, 当局: the state, not an office
_DOMESTIC_KINDS = frozenset({"JUD", "COP", "CVL"})  # (courts, the police, kinds of citizens)
_STATE_MEASURES = frozenset({"SANCTION", "THREATEN"})  # (a state's ban on a foreign firm)
_STATE_MEASURE_WORDS = cue("state_measure_words")  # 禁令, 制裁, 实体清单, 国家安全…
_INJUNCTION_MARKS = tuple(cue_words("injunction_marks"))  # 诉前禁令: a court's injunction


def _firms_abroad(ent_view: list[tuple[int, int, Span]], local: str | None) -> frozenset[str]:
    """The KB ids of the companies (an organisation of the KB coded BUS - no businessman) of
    another country than ``local`` the article names (not one of Hong Kong, Macao or Taiwan in
    a story of the mainland or the other way round: 国泰航空 keeps its own code)."""
    if local is None:
        return frozenset()
    near = _GREATER_CHINA if local in _GREATER_CHINA else frozenset({local})
    return frozenset(
        str(s.attrs["kb_id"])
        for _, _, s in ent_view
        if s.label == "ORG"
        and s.attrs.get("kb_id")
        and str(s.attrs.get("cameo") or "").endswith("BUS")
        and s.attrs.get("country") is not None
        and s.attrs.get("country") not in near
    )


def _told_at_home(
    vt: str,
    a: int,
    b: int,
    actors: list[Actor],
    local: str,
    firms: frozenset[str],
    matches: list[NewsMatch],
) -> bool:
    """Does the sentence ``vt[a:b]`` tell its acts in the article's own country ``local``: no
    one and no place of another country named in it but the foreign firms themselves
    (在美国召回, 某国商务部, the firm's founder of its home), no scope of a firm as a whole
    (全球, 总部), and no state's ban or threat (an act between states on a foreign firm)?"""
    if _firm_as_whole(vt, a, b) or any(m.entry.plover in _STATE_MEASURES for m in matches):
        return False
    if _state_measure_in(vt, a, b):  # 以国家安全为由罚款, 违反禁令: a state's measure
        return False
    return all(x.country in (None, local) for x in actors if x.kb_id not in firms)


def _as_local_business(
    e: Event,
    local: str,
    arms: dict[str, bool],
    placed: frozenset[str],
    measured: frozenset[str],
) -> None:
    """A foreign company named bare (特斯拉, of the USA in the KB) in a story set in ``local``
    is its local arm there - CAMEO codes a multinational's subsidiary with the country it works
    in: ``local`` + BUS - when the article names that arm (特斯拉中国, 某品牌（上海）有限公司:
    ``arms``) or when a court, the police or an office of ``local``, or a person or citizens of
    it, take part in the event with it (a customer's suit or protest, a regulator's order) - or
    one of no country named as such a party of ``local`` in another event of the article
    (``placed``) - not for a firm the article tells under a state's measure (``measured``: a
    ban, sanctions, a national body's act on it), whose parties' acts are that campaign's."""
    if e.type in _STATE_MEASURES:
        return
    firms = [
        y for y in e.actors
        if y.kb_id in arms and y.country not in (None, local) and (y.cameo or "").endswith("BUS")
    ]  # fmt: skip
    if not firms:
        return
    acted = any(
        _domestic_party(z, local) or (z.country is None and z.name in placed)
        for z in e.actors
        if z not in firms
    )
    for y in firms:
        if arms[y.kb_id or ""] or (acted and y.kb_id not in measured):
            home, y.country, y.cameo = y.country, local, local + "BUS"
            for g in e.arguments:
                if g.kb_id == y.kb_id and g.country == home:
                    g.country = local


def _under_state_measure(
    vt: str, out: list[Event], local: str, firms: frozenset[str]
) -> frozenset[str]:
    """The foreign firms ``firms`` the article ``vt`` tells under a measure of a state (all of
    them where it names one of news_cues state_measure_words: 禁令, 制裁, 国家安全…), or in an
    event the state of ``local`` itself acts in on them (its source: the country, its
    government as a whole, a national body of the KB - 美国政府打压某企业, 美国联邦调查局调查)."""
    if _state_measure_in(vt, 0, len(vt)):
        return firms
    found: set[str] = set()
    for e in out:
        if any(z.side == "source" and _state_party(z, local) for z in e.actors):
            found.update(y.kb_id for y in e.actors if y.kb_id in firms and y.side != "source")
    return frozenset(k for k in found if k)


def _state_measure_in(vt: str, a: int, b: int) -> bool:
    """Does ``vt[a:b]`` name a state's measure (news_cues state_measure_words: 禁令, 制裁,
    国家安全…) - not a court's injunction (诉前禁令, 行为禁令: news_cues injunction_marks)?"""
    return any(
        not vt.endswith(_INJUNCTION_MARKS, max(a, hit.start() - 2), hit.start())
        for hit in _STATE_MEASURE_WORDS.finditer(vt, a, b)
    )


def _state_party(z: EventActor, local: str) -> bool:
    """Is ``z`` the state of ``local``: the country itself, a government as a whole (news_cues
    whole_state: 美国政府, 当局) or a KB entry coded its government, police, courts or army (no
    office of no KB entry: 市场监管局, 某州监管部门; no province or city)?"""
    if z.country != local:
        return False
    kind = (z.cameo or "")[len(local) :] if (z.cameo or "").startswith(local) else None
    return (
        z.kb_id == local
        or (kind == "GOV" and z.name.endswith(_WHOLE_STATE))
        or (bool(z.kb_id) and kind in ("GOV", "JUD", "COP", "MIL"))
    )


_OUTLET_TAILS = ("网", "版")  # 海外网, 海外版: a news site's, an edition's name


def _firm_as_whole(vt: str, a: int, b: int) -> bool:
    """Does the sentence ``vt[a:b]`` name a firm's scope beyond one country (news_cues
    beyond_home: 全球范围, 总部, 海外) - not the scope of an office's title (全球副总裁), nor
    an outlet's or an edition's name (据海外网报道, 人民日报海外版)?"""
    return any(
        not _OFFICE_TITLE.match(vt, hit.end()) and not vt.startswith(_OUTLET_TAILS, hit.end())
        for hit in _BEYOND_HOME.finditer(vt, a, b)
    )



def _arm_name_ends(vt: str, at: int, end: int) -> bool:
    """Does a local arm's name (某品牌中国, 某品牌（上海）) end at ``end``, the end of its place
    ``vt[at:end]`` (or within it: 中国方面, read as one place): a company's word follows
    (有限公司, 投资有限公司), an office's title (总裁), a word of news_cues arm_name_end (区,
    方面) or report_verb (回应, 介绍), or a punctuation mark or the end - not a market, a model
    or a show of the place the brand opens (某品牌中国销量, 某品牌中国Model Y, 某品牌（上海）
    车展)?"""
    if _ARM_NAME_END.search(vt, at + 1, end):
        return True
    if vt.startswith(("）", ")"), end):
        end += 1
    if end >= len(vt) or not vt[end].isalnum():  # (not 某品牌中国Model Y, 某品牌中国2023年…)
        return True
    return bool(
        _ARM_NAME_END.match(vt, end)
        or _REPORT_VERB.match(vt, end)  # 某品牌中国回应, 介绍
        or _OFFICE_TITLE.match(vt, end)
        or _ARM_COMPANY.match(vt, end)
    )


def _domestic_party(z: EventActor, local: str) -> bool:
    """Is ``z`` of ``local`` and one whose act on a firm, or whose suit or protest against it,
    is its local business (by its CAMEO code; none of the KB - 美国联邦调查局, a ministry: a
    national body's act on a foreign firm is its state's): a court or the police, a kind of
    citizens (车主, 消费者), an office of no official's role that is not the government as a
    whole (市场监管局, 相关部门; not 某国政府, a minister or a head of state - a state's own
    measure), or a private person (the country alone: no KB entry, no role)?"""
    if z.kb_id or z.country != local or z.cameo is None or not z.cameo.startswith(local):
        return False
    kind = z.cameo[len(local) :]
    if kind in _DOMESTIC_KINDS:
        return True
    if z.role not in (None, kind or None):
        return False
    return not kind or (kind == "GOV" and not z.name.endswith(_WHOLE_STATE))


def _arm_named(vt: str, kb_id: str, local: str, ent_view: list[tuple[int, int, Span]]) -> bool:
    """Does the article name the local arm in ``local`` of the KB company ``kb_id``: its name
    then a place of ``local`` in brackets (特斯拉汽车（北京）有限公司), the country itself
    (特斯拉中国) or a place and a branch's word (某品牌上海工厂: news_cues arm_after), or a
    company of ``local`` the recogniser read whole whose name opens with it?"""
    brands = {vt[x:y] for x, y, s in ent_view if s.attrs.get("kb_id") == kb_id}
    places = {x: (y, s) for x, y, s in ent_view if s.label == "GPE"}
    for x, y, s in ent_view:
        if s.attrs.get("kb_id") == kb_id:
            k = _BRAND_TAIL.match(vt, y)
            at = k.end() if k else y
            end, place = places.get(at, (at, None))
            if place is None or place.attrs.get("country") != local:
                continue
            if _ARM_AFTER.match(vt, end) or (
                (vt[at - 1] in "（(" or place.attrs.get("kb_id") == local)
                and _arm_name_ends(vt, at, end)
            ):
                return True
        elif (
            s.label == "ORG"
            and not s.attrs.get("kb_id")
            and s.attrs.get("country") == local
            and any(vt.startswith(n, x) for n in brands)
        ):
            return True
    return False


# (not the end of 由于, 关于, 对于, 现在, 存在, 所在, 实在, 好在…: no venue mark)
_NOT_VENUE_MARK = r"(?<![由关对至等基鉴现存所实好])"


def _given_at(vt: str, floor: int, m: NewsMatch) -> int | None:
    """Where the object of a disposal 将/把 opens before the trigger ``m``, a verb of giving
    whose object is the one it goes to (卖给, 转让予: a word ending in 给, 予, 与), if one does:
    the phrase it opens names the thing handed over (将某业务卖给某公司: the business is sold,
    the company after the verb buys it), no participant.  Not 将 right before the verb (某公司
    将卖给…: the future)."""
    if vt[m.end - 1 : m.end] not in _GIVE_TO_ENDS:
        return None
    hit = _DISPOSAL_OPEN.search(vt, floor, m.start)
    return hit.end() if hit is not None and hit.end() < m.start - 1 else None


def _issues_warrant(vt: str, x: Actor) -> bool:
    """Is ``x`` named inside 持/凭 … 手令, 搜查令 (news_cues warrant_holds, warrants)?  It
    issued the warrant held (持法庭手令搜查): the one holding it does the act, not ``x``.
    (The holding word of such a phrase lies in the four characters before ``x``: the phrase
    starts there at the earliest and its name part at ``x`` at the latest - with none of those
    words there, no phrase holds ``x``, and the phrase is not looked for.)"""
    if _WARRANT_HOLD.search(vt, max(0, x.start - 4), x.start) is None:
        return False
    return any(
        w.start(1) <= x.start and x.end <= w.end(1)
        for w in _WARRANT_HELD.finditer(vt, max(0, x.start - 4), x.end + 16)
    )


# 持/凭 X 手令, 搜查令: X issued the warrant held (news_cues warrant_holds, warrants)
_WARRANT_HOLD = re.compile("|".join(map(re.escape, cue_words("warrant_holds"))))
_WARRANT_HELD = re.compile(
    "(?:"
    + cue("warrant_holds").pattern
    + r")([^，,。；;：:！？!?]{1,14}?)(?:"
    + cue("warrants").pattern
    + ")"
)
_GIVE_TO_ENDS = ("给", "予", "与")  # 卖给, 售予, 卖与: the verb's object is the one it goes to
# the last 将/把 of the clause before the trigger (not 将于, 将会, 将要, 将近: the future, a count)
_DISPOSAL_OPEN = re.compile(r"[将把](?![于会要近在是])(?!.*[将把])")


def _marked(
    vt: str, x: Actor, floor: int, marks: tuple[str, ...], places: Sequence[Actor] = ()
) -> bool:
    """Is ``x`` introduced by one of ``marks`` (对X, 与X, 朝着X), perhaps after a modifier (对涉嫌…
    的X) or a place of ``places`` it is from (与某省李女士: :func:`_phrase_start`)?"""
    at = _phrase_start(x, places) if places else x.start  # (no places: the name opens it)
    lead = vt[max(floor, at - 1) : at]
    if lead and lead in marks:
        return True
    if lead == "某":  # (为某公司, 与某公司: the name read without the 某 that opens it)
        return at - 2 >= floor and vt[at - 2] in marks
    if lead != "着":  # (朝着X, 冲着X: the two-character marks)
        return False
    lead = vt[max(floor, at - 2) : at]
    return len(lead) == 2 and lead in marks


def _marked_listed(vt: str, x: Actor, floor: int, actors: list[Actor]) -> bool:
    """Is ``x`` introduced by an object mark (向X, 对X), itself or as a later item of a list the
    mark opens at the head of its clause (向甲和乙致敬: 乙 too; not 某会向甲和乙致敬: someone
    named or not before the mark)?"""
    if _marked(vt, x, floor, _OBJECT_MARK):
        return True
    while x.start - 1 > floor and vt[x.start - 1] in _LIST_JOINS:
        prev = next((y for y in actors if y.end == x.start - 1), None)
        if prev is None:
            return False
        x = prev
        if _marked(vt, x, floor, _OBJECT_MARK):
            at = x.start - 1
            return at <= floor or vt[at - 1] in _CLAUSE_OPENERS
    return False


_CLAUSE_OPENERS = frozenset("，,。；;：:！？!?“\"「\n ")


_LIST_JOINS = frozenset("和与及、")


def _at_venue(vt: str, x: Actor, floor: int, places: Sequence[Actor]) -> bool:
    """Is the phrase naming ``x`` right after the venue mark 在 (:data:`_IN_AT`, not 现在, 存在,
    所在, 实在, 好在…: 现在某公司已起诉某人 names the plaintiff; not 于: 由于, 对于某人)?"""
    at = _phrase_start(x, places)
    mark = _IN_AT.search(vt, max(floor, at - 1), at)
    return mark is not None and mark.group() == "在"


# 在某地东南约20公里的|某岭|的一片林地里: what may stand between a place after 在 and a name
# inside the same phrase (a direction, a distance), and the landform the name qualifies up to
# the localizer closing the phrase (not a home or a vehicle: 在王某的车上 - his car)
_PLACE_LEAD = re.compile(
    r"(?:以?[东南西北]{1,2}[部方面边侧]?)?[约近]?[0-9０-９.一二三四五六七八九十百千余多]*"
    r"(?:公里|英里|千米|海里|米)?[处外]?的?"
)
_PLACE_TAIL = re.compile(
    r"的(?:一[个座处片条段])?(?:(?![家车船机房店])[\u4e00-\u9fff]){1,4}?(?:上空|附近|一带|上|中|里|内)"
)


def _mark_named_places(vt: str, actors: list[Actor], floor: int, t: int) -> None:
    """在某市东南约20公里的某地的一片林地里坠毁: a name (which the entity layer may misread
    as a person's) inside the 在 phrase of where an accident happens - right after 在, or after
    a place and its distance - qualifying the landform the localizer closes, right before the
    trigger at ``t``, is a place: where, never a party (for every act of the sentence)."""
    spots = [p for p in actors if p.place and floor <= p.start and p.end <= t]
    for x in actors:
        if x.place or x.start < floor or x.end > t:
            continue
        tail = _PLACE_TAIL.match(vt, x.end, t)
        if tail is None or t - tail.end() > 2:
            continue
        at = _phrase_start(x, spots)
        if vt[at - 1 : at] == "在" or any(
            vt[p.start - 1 : p.start] == "在" and _PLACE_LEAD.fullmatch(vt, p.end, x.start)
            for p in spots
        ):
            x.place = True


def _phrase_start(x: Actor, places: Sequence[Actor]) -> int:
    """Where the phrase naming the person ``x`` starts: at a place of ``places`` written right
    before the name (某省李女士, 某市的张某 not: the place says where the person is from)."""
    if x.kind != "PER":
        return x.start
    return next((p.start for p in places if p.end == x.start), x.start)


_MODIFIER_STOP = re.compile(r"[，,。；;：:！!？?、（）()“”\"「」《》与和跟及对将把被]")
_APPOSITIVE_HEAD = re.compile(r"(?:家|模|星|手|人|者|员|女|子|友|夫|妻|师|生|士)$")


_IN_AT = re.compile(_NOT_VENUE_MARK + r"[在于]$")


_TIME_OR_ADVERB = re.compile(
    r"[0-9０-９一二三四五六七八九十〇零]+(?:年|月|日|号|时|点|分)|[今昨前明去上下本同当](?:年|月|日|天|晚|周)"
    r"|上午|下午|中午|凌晨|晚上|早上|目前|此前|随后|近日|日前|其后|之后|后来|公然|一直|曾经|已经|正在"
    r"|[将已曾也还又并正仍再都均就才便即在于\s]"
)


def _unnamed_subject(vt: str, start: int, place: int) -> bool:
    """Does the clause name a subject of its own before the 在/于 of a place at ``place`` that
    no participant covers (2018年某女星在韩国…), past times and adverbs?"""
    rest = _TIME_OR_ADVERB.sub("", vt[start : max(start, place - 1)])
    if not 2 <= len(rest) <= 6 or not all("\u4e00" <= ch <= "\u9fff" for ch in rest):
        return False
    tag = _parts_of_speech().get(rest)
    return tag is None or tag[0] not in "dtcpvmuf"  # (同时在…: an adverb, no subject)


def _venue(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x`` a place (a state, region or location) right after the preposition 在 or 于 (not
    the end of 由于, 关于, 现在…): where something is done, never who does it?"""
    return _where(x) and bool(_IN_AT.search(vt, max(floor, x.start - 2), x.start))


# 某地(某区)(昨日)发生/出现/爆发…: the verb of a place where something happens
# (news_cues happens_verbs, and happens_before: the days and adverbs that may stand before them)
_HAPPENS_VERB = cue("happens_verbs")
_HAPPENS = re.compile(
    r"([\u4e00-\u9fff]{0,6}?)(?:[0-9０-９一二三四五六七八九十]+[日号月]|"
    + "|".join(re.escape(w) for w in cue_words("happens_before"))
    + ")*"
    + _HAPPENS_VERB.pattern
    + r"了?([\u4e00-\u9fff]{0,4})"  # (发生反核电游行: a few words qualifying what happens)
)


def _happens_in(vt: str, x: Actor, at: int) -> bool:
    """Is ``x`` a place opening the clause of an existential verb (发生, 出现, 爆发) right
    before the trigger at ``at`` (某市某区发生示威, 某市昨日出现抗议): where it happens?"""
    if not _where(x) or at - x.end > 40:
        return False
    if _HAPPENS_VERB.search(vt, x.end, at) is None:
        return False  # (the cheap test first: most clauses have no such verb)
    hit = _HAPPENS.match(vt, x.end, at)
    return (
        hit is not None
        and hit.end() == at
        and not _packaged_lexicon().has_match(hit.group(1))
        and not _packaged_lexicon().has_match(hit.group(2))
    )


def _place_happening(vt: str, actors: list[Actor], phrase: tuple[int, int], m: NewsMatch) -> bool:
    """Does the phrase before the trigger ``m`` open with a place something happens in (某地发生
    游行): where, no one named as who — unless the act's subject is what it befalls, placed
    (某县一座桥发生垮塌: the bridge)?"""
    if m.entry.subject in _BEFALLEN:
        return False
    return any(_happens_in(vt, x, m.start) for x in actors if phrase[0] <= x.start < phrase[1])


_BEFALLEN = frozenset({"坍塌主体"})  # a subject role of what an act befalls, not of who acts
# 造成3人死亡, 截至发稿已证实有7人罹难: the people a death befalls, told by their count before it
# (they are the dead: after what caused it, no subject carried from a clause before - the driver)
_BEFALLEN_PEOPLE = frozenset({"死者"})
_CAUSED = re.compile("(?:" + cue("outcome_opens").pattern + "|致)")  # 造成, 导致, 致使, 致


def _with_past_modifier(vt: str, x: Actor, before: list[Actor]) -> bool:
    """赵某与名模孙某, 王某和同为歌手的李某: ``x`` is the partner a 与/和/跟/同 right after another
    actor introduces, past a modifier naming no one: a relative clause ending in 的 (up to 14
    characters) or a short title (up to 6, ending in a person's head: 名模, 日本演员, 钢琴家)."""
    for y in before:
        if y.end >= x.start:
            break
        gap = vt[y.end + 1 : x.start]
        if vt[y.end : y.end + 1] not in _WITH_MARK or not gap or _MODIFIER_STOP.search(gap):
            continue
        if any(y.end < z.start < x.start for z in before):
            continue  # another actor between: the existing carry-over reads that
        if _VERB_BETWEEN.search(gap):
            continue
        if gap.endswith("的"):
            return len(gap) <= 14
        return 2 <= len(gap) <= 6 and (
            _APPOSITIVE_HEAD.search(gap) is not None or gap.endswith(_TITLE_WORDS)
        )
    return False


# 与一家模特公司签约, 与一家著名的服装公司: a count and its classifier, then up to eight
# characters that qualify the party or name its kind (no mark, no second partner mark)
_WITH_COUNTED = re.compile(
    r"(?:[一两二三四五六七八九十几多]|这|那|该|某)[家名个位所][\u4e00-\u9fff]{0,8}$"
)


def _with_past_count(vt: str, x: Actor, floor: int, before: list[Actor]) -> bool:
    """与一家模特公司签约: is ``x`` (no person: 与一名演员李某 is :func:`_with_title`'s) the
    partner a 与/和/跟/同 introduces past a count with its classifier and a short phrase that
    qualifies it (模特, 著名的服装), no one of ``before`` inside it (与一家银行合作的某公司: the
    bank is the partner, the company the subject)?"""
    if x.kind == "PER":
        return False
    c = _WITH_COUNTED.search(vt, max(floor, x.start - 11), x.start)
    return (
        c is not None
        and c.start() > floor
        and vt[c.start() - 1] in _WITH_MARK
        and _PARTNER_MARK.search(vt, c.start(), x.start) is None
        and not any(c.start() <= y.start and y.end <= x.start for y in before if y is not x)
    )


def _with_title(vt: str, x: Actor, floor: int) -> int | None:
    """宣布与演员陆某结婚, 已经和前男友周某分手: where the 与/和/跟/同 stands that introduces
    ``x`` as a partner past a short title (2 to 6 characters ending in a person's head), or
    None."""
    for k in range(2, 7):
        at = x.start - k - 1
        if at < floor:
            return None
        if vt[at] in _WITH_MARK:
            gap = vt[at + 1 : x.start]
            if (
                not _MODIFIER_STOP.search(gap)
                and not _VERB_BETWEEN.search(gap)
                and (_APPOSITIVE_HEAD.search(gap) is not None or gap.endswith(_TITLE_WORDS))
            ):
                return at
            return None
    return None


_COUNT = r"(?:[0-9０-９]+|[一二两三四五六七八九十百千万几数]+)(?:多|余)?"
# 两名窃贼, 23人, 5名涉嫌盗窃的男子 (what counts them, then who they are)
_COUNTED_BEFORE = re.compile(
    "(?:" + _COUNT + r"(?:名|位)((?:(?![和与及跟同把将对向被在从])[\u4e00-\u9fff“”]){0,10}?)"
    r"|(" + _COUNT + r"人))"
    r"(?:已经|已|均|都|先后|相继|也|又|分别|当场|日前|近日|昨日|今日|昨天|今天|前天"
    r"|集体|全部|全都|一同|一起|不幸)*"  # (14名矿工集体遇难: the miners, not 矿工集体)
    r"(?:[\u4e00-\u9fff]{1,3}并)?$"  # (9人服罪并被判处: a predicate before, one subject)
)
_COUNTED_AFTER = re.compile(
    r"了?(?:" + _COUNT + r"(?:名|位)([\u4e00-\u9fff“”]{1,10}?)|(" + _COUNT + r"人))"
    r"(?=$|[，。；！？、])"
)


_COUNT_BEFORE = re.compile(_COUNT + "(?:名|位)$")


def _with_count(vt: str, x: Actor, floor: int) -> Actor:
    """``x``, people told by their count (:func:`_counted_people`), with the count and its
    classifier right before it (三名|护林员): the phrase a count of the dead is told as."""
    hit = _COUNT_BEFORE.search(vt, floor, x.start)
    if hit is None:
        return x
    return Actor(hit.start(), x.end, vt[hit.start() : x.end], "NP")


def _counted_people(vt: str, start: int, end: int, *, before: bool) -> Actor | None:
    """People the text names by their count alone (两名窃贼, 23人), ending at ``end`` (a
    passive's subject: ``before``) or opening at ``start`` (a verb's object): the noun after the
    classifier, past a relative clause's 的, or the count with 人 — an actor of no name."""
    if before:
        hit = _COUNTED_BEFORE.search(vt, start, end)
    else:
        hit = _COUNTED_AFTER.match(vt, start, end)
    if hit is None:
        return None
    g = 1 if hit.group(1) else 2
    s, e = hit.start(g), hit.end(g)
    de = vt.rfind("的", s, e)
    if de >= 0:
        s = de + 1
    while s < e and vt[s] in "“”":
        s += 1
    while e > s and vt[e - 1] in "“”":
        e -= 1
    if e - s < 1 or (g == 1 and e - s < 2 and not _PERSON_HEAD.search(vt, s, e)):
        return None
    return Actor(s, e, vt[s:e], "NP")


def _left_before(
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    before: list[Actor],
    spots: list[Actor],
    frame: int | None,
) -> tuple[list[Actor], tuple[int, int] | None]:
    """The actors of ``before`` (named in ``clause`` before the trigger ``m``) that may still
    be its subject or object - not inside what a 就 phrase at ``frame`` is about, a venue of
    ``spots``, a time frame, a cause, a warrant held, a repeated verb's object nor a thing
    handed over - and the cause (its 因 and 而) the trigger is told with, if one names someone
    before it.  Each step only drops actors: :func:`_roles` asks only when ``before`` has one."""
    if frame is not None:
        # 律政司就某人获释提出覆核: the act the 就 phrase is about has only the participants
        # named inside it; the subject before 就 and what follows are the governing verb's
        before = [x for x in before if x.start > frame]
    else:
        # 就州长颁布的命令提起诉讼: what the act is about, neither who acts nor its object
        before = [
            x for x in before if not _ABOUT.search(vt, max(clause.start, x.start - 12), x.start)
        ]
    # 此案在某区院宣判, 在王某家中被捕: a name a venue word marks is where the act is done,
    # neither who does it nor whom it is done to (a court or the police there still acts)
    before = [
        x
        for x in before
        if _authority(x)
        or not _at_venue(vt, x, clause.start, spots)
        or _FRAME_CLOSE.search(vt, m.end, clause.end)
    ]
    # 两人在生下女儿后登记结婚: who a time frame closed before the trigger names is its own
    # act's, not the trigger's subject
    if before and _TIME_FRAME.search(vt, clause.start, m.start):  # (no frame: none to be in)
        before = [x for x in before if not _in_time_frame(vt, x, clause.start, m.start)]
    # 某人因不满甲乙两家联手压价而离职: the cause's, not the act's, when the subject is
    # written before it (由于某行为应对…而降息: a cause clause with its own subject; 因无法忍受
    # 某人的控制欲而分手: the act of both sides keeps the other one)
    # (no one left before the trigger: a cause told there names no one before it - none)
    cause = _cause_before(vt, clause.start, m.start) if before else None
    if cause is not None and not any(x.start < cause[0] for x in before):
        cause = None
    if cause is not None and "双方" not in (m.entry.subject or ""):
        before = [x for x in before if not (cause[0] <= x.start and x.end <= cause[1])]
    # 持法庭手令搜查: the court issued the warrant; the one holding it searches
    before = [x for x in before if not _issues_warrant(vt, x)]
    # 感谢律师感谢某某感谢大家: the object of the same verb right before it is not the subject
    # of its repetition (a verb that takes one: 车顶维权女车主 names the protester)
    if m.entry.object is not None:
        before = [x for x in before if not vt.endswith(m.text, clause.start, x.start)]
    given = _given_at(vt, clause.start, m)
    if given is not None:  # 将美国业务卖给某公司: what is sold, not the buyer after the verb
        before = [x for x in before if x.start < given]
    return before, cause


def _roles(
    vt: str, clause: _Clause, earlier: list[_Clause], m: NewsMatch, actors: list[Actor]
) -> tuple[Actor | None, Actor | None, list[Actor]]:
    """(agent, patient, other participants) of the trigger ``m`` in ``clause``."""
    if (m.entry.news or "").startswith(_INCIDENT):
        _mark_named_places(vt, actors, clause.start, m.start)
    inside = [x for x in actors if clause.start <= x.start and x.end <= clause.end and not x.place]
    spots = [x for x in actors if x.place and clause.start <= x.start and x.end <= clause.end]
    # (the teller's and the noticer's tests below drop only actors that start before the
    # trigger: with none there, neither verb is looked for - the same actors stay)
    ahead = any(x.start < m.start for x in inside)
    said = _speech_end(vt, clause.start, m.start) if ahead else None
    if said is not None and any(
        said <= x.start
        and x.end <= m.start
        and not _marked(vt, x, said, _OBJECT_MARK + _WITH_MARK)
        and _with_title(vt, x, said) is None  # (宣布与演员陆某结婚: the teller's partner)
        for x in inside
    ):
        # 娱记曝光他出轨某模特: the teller is not the one who did it (a teller alone may be
        # announcing its own act: 商务部称将禁止…; 她承认与李某分手: so may one whose partner
        # or object alone is named after the telling)
        inside = [x for x in inside if x.start >= said or x.start >= m.end]
    if said is not None:  # 便和某乙称自己要…: the one told is no party of the teller's own act
        pair_at = m.start if "双方" in (m.entry.subject or "") else None
        inside = [
            x for x in inside if not _told_own_act(vt, x, clause.start, said, inside, pair_at)
        ]
    noticed = _noticed_end(vt, clause.start, m.start) if ahead else None
    if noticed is not None and not _THEN_ACTS.search(vt, noticed, m.start):
        # 路人经过时看到被撞的老人: who sees it is not one who does it (王某得知后报警 is: the
        # act follows the noticing)
        inside = [x for x in inside if x.start >= noticed]
    before = [x for x in inside if x.end <= m.start]
    frame = _about_frame(vt, clause.start, m)
    # (no one named before the trigger: none is left there, and no cause names one)
    before, cause = _left_before(vt, clause, m, before, spots, frame) if before else ([], None)
    after = [x for x in inside if x.start >= m.end and frame is None]
    if after:  # (no one after the trigger: none to drop)
        after = [x for x in after if not _ABOUT.search(vt, max(m.end, x.start - 12), x.start)]
        # 感谢大家对某公司的关注: who the object's own 对…的 phrase names is not the object
        past_trigger = vt[m.end : clause.end]  # (the same text for each one after it)
        after = [x for x in after if not _TOWARD_OF.match(past_trigger, x.start - m.end)]
    if after and _is_ruling(m.entry):  # 判决某博主在抖音上向某公司道歉: neither is ruled on
        after = [x for x in after if not _ruling_bystander(vt, x, m.end)]
    if after and m.entry.object is None and _noun_then_conjunct(vt, m):
        after = []  # 办完婚礼与女儿的满月酒: who is named after 与 is the other noun's
    within = [x for x in inside if m.start < x.start and x.end < m.end]  # 禁止与WeChat…交易
    if within:  # 禁止在单位电脑上安装X: where the act is done is not what it acts on
        within = [x for x in within if not _marked(vt, x, m.start, _VENUE_MARK)]
    agent: Actor | None = None
    patient: Actor | None = None
    others: list[Actor] = []
    passive: Any = None
    if (
        vt.startswith("的", m.end)
        and before
        and before[-1].end == m.start
        and _marked(vt, before[-1], clause.start, _OBJECT_MARK)
        and _relative_head(vt, m, after) is None
    ):  # 对检察官指控的罪名没有异议: the one named right before the verb of a relative clause
        # opened by 对 does it; its object is the noun the clause qualifies
        return before[-1], None, []
    for p in _PASSIVE.finditer(vt, clause.start, m.start):
        if _PARTY_NOUN.match(vt, p.start()):
            continue  # 被告人钱某, 被害人: a party's name, no passive
        if _EXPOSED.match(vt, p.end()):
            continue  # 某男星被曝出轨: he is said to have done it, not had it done to him
        if _DRAWN_INTO.match(vt, p.end()) and _SUSPICION_TOLD.match(vt, m.end):
            continue  # 某男星被卷入出轨传闻: he is said to have done it, as 被曝 is
        if _HEADLINE_GAP.search(vt, p.end(), m.start):
            continue  # 男子已被抓获 系因感情纠纷行凶: a headline's space ends the passive's phrase
        if vt[p.start() - 1 : p.start()] in _OBJECT_MARK + _WITH_MARK and _passive_of_relative(
            vt, p.end(), m.start, before
        ):
            continue  # 向受到影响的用户道歉: the passive of a relative clause, not the trigger's
        if _passive_qualifies(vt, p, m.start, before):
            continue  # 坐在已被撞毁的车上维权: the passive qualifies a noun, not the trigger's
        if _in_pretext(vt, clause.start, p.start(), m.start):
            continue  # 以名誉权被侵犯为由起诉某人: the passive is the reason's, not the trigger's
        passive = p
    if (
        passive is None
        and _PASSIVE.match(vt, m.start)
        and (_person_role(m.entry.object) or m.entry.object == "target")
    ):  # 被控, 遭起诉, 被判: the passive is in the word
        passive = _PASSIVE.match(vt, m.start)
    # object marked before the trigger: 对X拘留, 将犯罪嫌疑人王某刑事拘留 — the phrase after the
    # mark is the object (its last actor the head), the actors before the mark the subject
    marked = None
    mark_at = None
    elsewhere: list[Actor] = []  # marked as the object of another verb: no subject either
    charged: list[Actor] = []  # 以被告人X涉嫌…: the ones charged
    addressed: int | None = None  # the 向 of 向…的X, X the object
    suspects = (m.entry.news or "").startswith("司法行为") and _person_role(m.entry.object)
    for x in before:
        if charged and _sued_role_word(vt, x):
            continue  # 以乙为被告: the word for the role of the one named, no one else
        if _charged(vt, x, clause.start, m.start) or (
            suspects and _SUSPECT_OF.fullmatch(vt, x.end, m.start)
        ) or (suspects and _named_sued(vt, x, clause.start, m.start)):
            # (甲涉嫌某罪起诉: the one suspected of the crime is the accused; 以乙为被告起诉)
            charged.append(x)
            mark_at = x.start if mark_at is None else mark_at
            continue
        if (
            passive is not None
            and x.end <= passive.start()
            and (
                _marked(vt, x, clause.start, _OBJECT_MARK) or _counted_towards(vt, x, clause.start)
            )
        ):  # 对某某被警方逮捕表示关切: the mark opens a passive clause another verb is about -
            # the one marked is that passive's subject, no object of this trigger (向一名路人问路时
            # 被乙殴打: a count after 向 as well)
            continue
        if _marked(vt, x, clause.start, _OBJECT_MARK) or _object_run(vt, x, clause.start, m.start):
            if x.kind != "PER" and x.start >= 2 and vt[x.start - 2 : x.start] in _SOME_MARKED:
                x.start, x.text = x.start - 1, vt[x.start - 1 : x.end]  # 对某区交管局: all of it
            if _VERB_BETWEEN.search(vt, x.end, m.start) and not (
                is_suit(m.entry.news, m.entry.plover)
                and (_marked(vt, x, clause.start, ("向",)) or _counted_towards(vt, x, clause.start))
                and _SUIT_SUPPORT.fullmatch(vt, x.end, m.start)
            ):  # (向某公司正式提出诉讼: the light verb of the suit itself)
                elsewhere.append(x)
                continue  # 向市场监管部门报送召回计划: the mark belongs to another verb
            de = vt.find("的", x.end, m.start)
            if de >= 0 and any(y.start > de for y in before):
                elsewhere.append(x)
                continue  # 对李某施暴的暴徒…落网: the mark is the relative clause's
            if marked is not None and _group_head(vt, [marked, x]) is marked:
                continue  # 对韩某等9名嫌疑人: the name heads the group it is counted in
            marked = x
            if mark_at is None:
                addressed = _addressed_at(vt, x, clause.start)  # (向陪着他的女友: not 他)
                mark_at = x.start if addressed is None else addressed
    if charged and (marked is None or _addressee(vt, marked)):
        marked = charged[0]  # (…向某院起诉: the court addressed is no object)
        others.extend(charged[1:])
    if mark_at is not None:
        before = [x for x in before if x.start < mark_at or x is marked]
    withs: list[Actor] = []
    if _partner_mark_in(vt, clause.start, m.start):  # (none: no one before is a partner)
        withs = [
            x
            for x in before
            if _marked(vt, x, clause.start, _WITH_MARK, spots)
            or _with_past_modifier(vt, x, before)
            or _with_title(vt, x, clause.start) is not None
            or _with_past_count(vt, x, clause.start, before)
        ]
    withs = [x for x in withs if not _brought_along(vt, x, clause.start, before)]
    for x in list(withs):  # 和前男友陆某: a kind of people inside the title goes with him
        at = _with_title(vt, x, clause.start)
        if at is not None:
            withs.extend(y for y in before if at < y.start and y.end <= x.start and y not in withs)
    for x in list(withs):  # 与女友李某: the mark carries over to the name the noun qualifies
        k = before.index(x)
        while k + 1 < len(before) and _modifies(vt, before[k], before[k + 1 : k + 2]):
            k += 1
            withs.append(before[k])
    opening = _WITH_OPEN.match(vt, clause.start)
    for x in list(withs):  # …，与A、B等人涉及…: and to the names joined after the one the
        # clause opens with (not 甲和他的女儿乙以及…: a list of the subject's own)
        if opening is not None and _phrase_start(x, spots) == opening.end():
            withs.extend(
                y
                for y in _coordinated(vt, x, before, spots)
                if y.start > x.start and y not in withs
            )
    if passive is not None and (
        m.start - passive.end() <= 14 or any(passive.end() <= x.start for x in before)
    ):
        pre = [x for x in before if x.end <= passive.start()]
        pre = [x for k, x in enumerate(pre) if not _modifies(vt, x, pre[k + 1 :], spots)]
        pre = _not_objects(vt, pre)  # 王某因殴打李某被拘留: 李某 is what he hit
        pre = [x for x in pre if not _TRAVEL.search(vt, max(clause.start, x.start - 3), x.start)]
        # 某应用在印度被封禁: a place after 在 before the passive is where it is done, not what
        venues = [x for x in pre if _venue(vt, x, clause.start)]
        pre = [x for x in pre if x not in venues and not _reacts_to_passive(vt, x, passive.start())]
        by = [x for x in before if x.start >= passive.end()]
        owned = _relative_head(vt, m, after) if vt.startswith("的", m.end) else None
        if owned is None and not pre and passive.start() == m.start:
            # 被控暴动罪的学生曾某: the passive word, its charge or term, then 的 and the one it is
            # about
            charge = _CHARGE_THEN_DE.match(vt, m.end, clause.end)
            if charge is not None:
                owned = _relative_head(vt, NewsMatch(m.start, charge.end() - 1, m.entry, ""), after)
        if owned is not None:  # 被还押的(前区议员)蔡某: the one the relative clause is about
            patient = owned
        elif pre:
            patient = _group_head(vt, pre)
        elif said is not None and (teller := _self_told_patient(vt, clause, said, passive, actors)):
            patient = teller  # 甲称自己被乙殴打: 自己 is the teller, the one it was done to
        else:
            # 这名督察被控…: the clause names its own subject, though not as a participant
            own = _DETERMINED_SUBJECT.search(vt, clause.start, passive.start())
            counted = _counted_people(vt, clause.start, passive.start(), before=True)
            if own is None and counted is not None:
                patient = counted  # 两名窃贼被警方抓获, 23人被拘: people told by their count
            elif own is not None and (
                _PERSON_HEAD.search(own.group(1))
                or _BODY_HEAD.search(own.group(1))
                or own.group(1).endswith(("长", "官", *_TITLE_WORDS))
            ):  # (a person or a body: 该“减肥糖果”被卖给… is the thing sold)
                patient = Actor(own.start(1), own.end(1), own.group(1), "NP")
            else:
                patient = _topic(vt, earlier, actors)
        if (
            patient is not None
            and m.entry.news in _REPORTED_TO
            and _REPORT_RECEIVED.match(vt, passive.start())
        ):  # 派出所接到群众举报: the one a report reaches hears it, it is not reported on
            others.append(patient)
            patient = None
        q = 0  # 被妻子王芳起诉: the name the kin word or title qualifies
        while q + 1 < len(by) and _modifies(vt, by[q], by[q + 1 : q + 2]):
            q += 1
        agent = by[q] if by else None
        if agent is None and venues and m.entry.plover == _BAN:
            agent = venues[-1]  # (and in a ban, the place's authority is the one banning)
    elif (
        m.entry.object is not None
        and not any(x.end <= m.start and not x.place for x in actors)
        and (obj_x := _object_then_de(vt, m, after)) is not None
        and (
            rel := _relative_head(
                vt,
                NewsMatch(m.start, obj_x.end, m.entry, ""),
                [y for y in after if y.start > obj_x.end],
            )
        )
        is not None
        and _person_or_people(rel)
    ):
        # 刚产下一子的某女星何时复出 (no one named before): the trigger and its object qualify
        # the person after 的, who does the act
        agent, patient = rel, obj_x
    elif (
        m.entry.object is not None
        and not before
        and (obj_x := next((y for y in after if y.start >= m.end), None)) is not None
        and obj_x.start == m.end + vt.startswith("了", m.end)
        and (
            rel := _relative_clause_head(
                vt, obj_x, [y for y in after if y.start > obj_x.end], clause.start, clause.end
            )
        )
        is not None
    ):
        # 起诉某公司获赔的一名车主 (no one named before): the trigger, its object and a second
        # verb phrase qualify the person after 的, who does the act - no one told elsewhere
        agent, patient = rel, obj_x
    elif (rel_de := _relative_de(vt, m, clause, after, not before)) is not None and (
        rel := _relative_head(vt, NewsMatch(m.start, rel_de, m.entry, ""), after)
    ) is not None:
        # 正在狱中服刑的前议员蔡某: the one the relative clause is about does it — or has it
        # done, when the trigger takes an object (还押的蔡某, 收购的医院, 发布的新机) and does
        # not hold it already (开车撞人、持刀伤人的凶徒: the attacker)
        obj = m.entry.object
        if (
            obj is not None
            and obj not in _ROLE_SOURCE
            and not _AMOUNT_ROLE.search(obj)
            and not _OBJECT_INSIDE.search(vt, m.start, m.end)
        ):
            patient = rel
        else:
            agent = rel
            patient = marked
    else:
        subj = [
            x
            for x in before
            if x is not marked
            and x not in withs
            and x not in elsewhere
            and not _in_request_frame(vt, x, clause.start)  # (根据检方申请将某某还押: not 检方)
        ]
        # 某女星在香港一家医院产下女婴: where it happens is not who does it
        # (a place after a preposition 在/于 stays out even when no one else is named: 在香港
        # 请求…; the subject is told before)
        # (an act with a participant: 在某地发生地震 has none, and no subject to take from before)
        roleless = m.entry.subject is None and m.entry.object is None
        subj = [x for x in subj if not _marked(vt, x, clause.start, _VENUE_MARK)] or [
            x for x in subj if roleless or not _venue(vt, x, clause.start)
        ]
        # 某市某区发生抗议游行: a place that something happens in is where, not who
        if subj and m.entry.subject not in _BEFALLEN:  # (no one: no place to mark)
            for x in subj:
                if _happens_in(vt, x, m.start):
                    x.place = True  # (香港发生示威: where, for every act of the sentence)
            subj = [x for x in subj if not x.place]
        # (2018年某女星在韩国生下…: a subject no participant names stands before the place)
        unnamed = not subj and any(
            _venue(vt, x, clause.start)
            and _unnamed_subject(vt, clause.start, x.start)
            and not any(clause.start <= y.start < x.start for y in actors)
            for x in before + [y for y in spots if y.end <= m.start]
        )  # (某某在某地会见…: a name the entity layer missed, not the teller before it)
        subj = [x for k, x in enumerate(subj) if not _modifies(vt, x, subj[k + 1 :], spots)]
        subj = _not_objects(vt, subj)  # 王某驾驶某车发生事故: the car is what he drove
        # (忍受某人的控制欲而分手: a party still)
        if subj and "双方" not in (m.entry.subject or ""):
            subj = [
                x
                for x in subj
                if not _in_verb_object(vt, x, clause.start, m.start)
                and not _object_before_joiner(vt, x, clause.start, m.start)
            ]
        agent = None
        if subj:
            # (甲的经理乙因…而辞职: the act's subject ends where its cause opens)
            verb_at = m.start if cause is None else cause[0]
            agent = _group_head(vt, subj) if verb_at - subj[-1].end <= 4 else subj[0]
            head = _OWNED.match(vt, agent.end, m.start)
            if head is not None and not any(agent.end < x.start < m.start for x in before):
                # 美国的用户联盟已起诉…: the league, not the country
                tail = _NP_TAIL.search(vt, head.start(1), head.end(1))
                end = tail.start() if tail else head.end(1)
                head_text = vt[head.start(1) : end]
                if (
                    end - head.start(1) >= 2
                    and not _NP_BAD.search(vt, head.start(1), end)
                    and not _junk_phrase(head_text)
                    and (
                        _PERSON_HEAD.search(head_text)
                        or _BODY_HEAD.search(head_text)
                        or _owner_of_thing(agent, m.entry.subject)
                    )
                ):
                    agent = Actor(
                        head.start(1), end, vt[head.start(1) : end], "NP", country=agent.country
                    )  # the body is where its owner is
        # 其中甲已出境，只有十人出庭受审: people told by their count right before a word done
        # to them are the clause's own subject - no subject is carried from a clause before
        # (not when a partner or an object mark opens them: 与三名女子交往被起诉 - the one
        # carried is)
        counted = (
            _counted_people(vt, clause.start, m.start, before=True)
            if agent is None
            and not subj
            and (_acted_on(m.entry.subject) or m.entry.subject in _BEFALLEN_PEOPLE)
            else None
        )
        if counted is not None and m.entry.subject in _BEFALLEN_PEOPLE:
            counted = _with_count(vt, counted, clause.start)  # 三名护林员, the dead as counted
        own_count = (
            counted is not None
            and not any(
                vt.find(w, clause.start, counted.start) >= 0 for w in (*_WITH_MARK, *_OBJECT_MARK)
            )
            # (a death: only when the clause says what brought it about, 造成3人死亡 - the
            # subject before caused it; 9人遇难 after a person told may count that person)
            and (
                _acted_on(m.entry.subject)
                or _CAUSED.search(vt, clause.start, counted.start) is not None
            )
        )
        if (
            agent is None
            and not own_count
            and not subj
            and not unnamed
            and frame is None
            and not _NO_TOPIC.search(vt, clause.start, m.start if addressed is None else addressed)
            and not _VEHICLE_SUBJECT.search(vt, clause.start, m.start)
            and not _first_person_subject(vt, clause.start, m.start, actors)  # (我们随后要求…,
            # 对此我们深表感谢: the writer's, or the speaker's - below)
            and (vt[clause.start] not in _QUOTE_OPEN or _said_before(vt, earlier))
        ):  # (…对话了女车主，“维权是正当权利…”: a quotation no one is said to speak is no
            # clause of the sentence's subject; 张女士表示，“已提起上诉”: the speaker's own)
            if vt[clause.start] in _QUOTE_OPEN:  # the speaker: the last one named before
                agent = _speaker(vt, earlier[-1], actors)
            else:
                # 再次向前妻忏悔: the subject told before (判处X…，并处罚金: X is fined)
                # (签署…，撤销…，并要求…: a chain of predicates shares the first one's subject;
                # so does a clause without 并/又/随后 — 在某路驾车撞倒甲，持刀刺伤乙: for a doer,
                # not the object of an earlier clause)
                # (均遭法官驳回，要求其…: a pronoun object standing for the topic makes the
                # passive's agent the subject)
                bound = {
                    x.alias_of
                    for x in inside
                    if x.alias_of is not None
                    and PRONOUN.fullmatch(vt, x.start, x.end)
                    and not _possessive(vt, x, inside)
                    and not vt.startswith("的", x.end)  # (感谢球迷对他的鼓励: whose)
                    # (向一直陪着他的女友: inside what the object phrase says of it)
                    and not (addressed is not None and addressed <= x.start)
                }
                carried = [x for x in actors if (x.alias_of or x.text) not in bound]
                agent = _topic(
                    vt,
                    earlier,
                    carried,
                    doer=_doer_subject(m.entry.subject),
                    passive_agents=bool(bound),
                )
                # 判处被告人甲有期徒刑…；判处被告人乙…: the one sentenced before is no doer of
                # the next sentencing - the doer of the clauses before that one carries, or none
                done_to = _coerced_in(vt, agent, earlier, m) if m.entry.agent_kinds else None
                if done_to is not None:
                    agent = _topic(
                        vt,
                        earlier[:done_to],
                        carried,
                        doer=_doer_subject(m.entry.subject),
                        passive_agents=bool(bound),
                    )
                if (
                    agent is not None
                    and m.entry.agent_kinds
                    and not _acted_on(m.entry.subject)
                    and agent.agent_type == "CRM"
                ):  # 法院认为，被告人…，判处…: a suspect told before arrests or sentences no one
                    agent = None
                if agent is not None and _act_told_by_speaker(
                    vt, clause.start, m.start, agent, earlier
                ):
                    agent = None  # 某某表示，部分是恐吓: the one who comments is not the doer
                if (
                    agent is not None
                    and (m.entry.news or "").startswith(_INCIDENT)
                    and _teller_of_accident(vt, agent, earlier, m.start)
                ):
                    agent = None  # 某某对记者说，车辆追尾: the teller was not in it
                if (
                    agent is not None
                    and m.entry.news not in _REPORTED_TO
                    and _complainant(vt, agent, earlier, m.start)
                ):
                    agent = None  # 有网友爆料称，某店老板殴打顾客: the one who complains
                if agent is None and _doer_subject(m.entry.subject):
                    agent = _pair_opening(vt, earlier[-1:])
                if (
                    agent is not None
                    and m.entry.news == _SUIT
                    and vt.startswith("并", clause.start)
                    and vt[clause.start + 1 : clause.start + 2] not in _BY
                ):  # 某公司表示，甲侵犯了其名誉权，并起诉…: the speaker the words act on sues
                    # (not 并被…: the one carried is acted on; not 并殴打了…, no suit: 甲 goes on)
                    agent = _speaker_acted_on(vt, earlier, agent, actors) or agent
            # (not 接市民报警，称有人开车撞伤行人: what is told; not 导致她离职: she, unnamed)
        if (
            agent is None
            and not subj
            and (m.entry.news or "").startswith(_PERFORMED_IN_SAYING)
            and _said_before(vt, earlier)
            and _first_person_subject(vt, clause.start, m.start, actors)
        ):
            agent = _speaker(vt, earlier[-1], actors)  # 警方表示，我们对市民表示感谢: a body's
            # statement - the body thanks (apologises, praises) by saying so, the one told after
            # 对/向 is thanked
        if agent is None and counted is not None:
            agent = counted  # 一名快递员被刑拘: people told by their count, the ones done to
        patient = marked
        if (
            (patient is None or _addressee(vt, patient))
            and not after
            and agent is not None
            and agent.end <= clause.start
        ):
            # 检方以被告人甲涉嫌…，向某院提起公诉: the ones charged in the subject's clause
            home = next((c for c in earlier if c.start <= agent.start < c.end), None)
            told = [
                y
                for y in actors
                if home is not None
                and home.start <= y.start
                and y.end <= home.end
                and not y.place
                and _charged(vt, y, home.start, home.end)
            ]
            if told:
                patient = told[0]
                others.extend(told[1:])
        if patient is None and within:
            k = 0  # 为妻子李某庆生: the name the kin word qualifies
            while k + 1 < len(within) and _modifies(vt, within[k], within[k + 1 : k + 2]):
                k += 1
            patient = within[k]
            others.extend(within[k + 1 :])
        if (
            m.entry.object is None
            and after
            and (
                _packaged_lexicon().has_match(vt[m.end : after[0].start])
                or _second_predicate(vt, m.end, after[0].start)
            )
        ):
            after = []  # 两人结婚后生下了龙凤胎: past another act's word, the one named is its
            # (获释、返回某地: so past a second verb joined by 、)
        if after and m.entry.news == _LEAVE and _moved_on(vt, m, after[0].start, clause.end):
            after = []  # 辞职攻读某学院: where one goes next, not the body left
        if patient is None and not after and _person_role(m.entry.object):
            # 抓获了5名逃犯: people told by their count, no name
            patient = _counted_people(vt, m.end, clause.end, before=False)
        owned_at = None  # where the 的 stands whose head a verb's object qualifies
        if (
            patient is None
            and after
            and m.entry.news is not None  # (要求严惩某甲: the demand's object, a political act's)
            and _object_in_act(vt, m.end, after[0], clause.end)
        ):
            # 起诉泄露某甲病历的医院: the one named is what a verb of the object phrase acts on;
            # the one acted on is the noun its 的 qualifies, or no one (起诉泄露某甲照片一事)
            if _relative_closes(vt, after[0].end, clause.end):
                owned_at = vt.find("的", after[0].end)
            after = [x for x in after if owned_at is not None and x.start == owned_at + 1]
            after += [x for x in inside if after and x.start > after[0].start]
        if patient is None and after:
            k = 0  # 起诉车主张女士: the name the nouns before it qualify
            while k + 1 < len(after) and (
                _modifies(vt, after[k], after[k + 1 : k + 2], spots)
                or _possessive(vt, after[k], after[k + 1 :])
            ):  # (卖给其下游经销商王某: 其 is whose agent he is)
                k += 1
            patient = after[k]
            owned = _owned_head(vt, patient.end, clause.end, patient.kind not in ("PER", "generic"))
            if owned is not None and not any(x.start == owned.start for x in after):
                # 逮捕了以色列国防军的三名逃兵: the deserters, not the army (but 感谢刘先生的
                # 回应: she is thanked, not her reply); 来自中国的软件 are Chinese
                patient = replace(owned, country=patient.country)
        elif patient is None and owned_at is not None:
            patient = _owned_head(vt, owned_at, clause.end, True)
    for k, x in enumerate(withs):
        if not _modifies(vt, x, withs[k + 1 :]):
            others.append(x)
    if patient is None and frame is None:
        patient = _place_acted_on(vt, m, spots)
    elif patient is not None and frame is None and m.end <= patient.start:
        place = _place_acted_on(vt, m, spots)
        if place is not None and place.end <= patient.start:
            # 裁定某县须向甲赔偿, 判决某市对侵犯甲的权利负责: the county ruled against is the
            # object; the one it must pay (or whose rights it breached) is not
            others.append(patient)
            patient = place
    banned = _banned_thing(vt, clause, m, within, after, patient)
    if banned is not None:
        # 禁止本校学生使用某软件: the ones kept from using it are no target, the thing is
        if patient is None or patient in within or patient.end <= m.start:
            patient = banned
        others = [x for x in others if x not in within]
    return agent, patient, [x for x in others if x is not agent and x is not patient]


@cache
def _trigger_gates() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns _code_match's early checks read right after the trigger (matched at its end)
    and in its clause before it (searched there, or in a window of it ending at the trigger, in
    the article's text: a lookbehind or an anchor reads alike), each set joined into one: an
    alternation matches where one of its patterns does, so no match of it means none of theirs
    (not the ones most candidates match: _ATTRIBUTE_OF_ACCIDENT, _CASE_NAME, _ORDERED - read
    alone).  Before the trigger, the class of the characters a match of theirs opens with
    (:func:`~dashiji.events.pattern_gates.char_gate`) is tried first: the window holds one
    wherever one of them matches, and a class is far cheaper to search than the alternation,
    which is searched from the first one found (no match opens before it) - in the form
    :func:`~dashiji.events.pattern_gates.found_gate` writes it, which skips the characters no
    match opens with (only whether it finds one is read)."""
    after = (
        _ATTRIBUTE_AFTER, _RATE_OF, _MODIFIED_NOUN, _PAPER_SHOWS, _OFFICE_AFTER, _PROBLEM_LIST,
        _BEFORE_FRAME, _NOMINAL_OF, _DAMAGED_AFTER,
    )  # fmt: skip
    before = (
        _OPINION, _HABITUAL, _UNDONE, _AGGREGATE, _INDIRECT_Q, _LIKENED, _ENDED, _GENERIC,
        _THREAT_OF, _DEONTIC,
    )  # fmt: skip
    return _joined_patterns(after), char_gate(before), found_gate(_joined_patterns(before))


# how many characters before the trigger (in its clause) each near pattern _status_gates joins
# is searched in, and the widest of them: the window its gate reads holds each one's
_MODAL_FUTURE_REACH = 10
_WILL_REACH = 5
_WILL_ABOUT_REACH = 18
_NEGATED_MARKED_REACH = 16
_NOT_RIGHT_BEFORE_REACH = 5
_NOT_RECEIVED_REACH = 20
_SAID_OF_REACH = 8
_NEAR_REACH = max(
    _MODAL_FUTURE_REACH, _WILL_REACH, _WILL_ABOUT_REACH, _NEGATED_MARKED_REACH,
    _NOT_RIGHT_BEFORE_REACH, _NOT_RECEIVED_REACH, _SAID_OF_REACH,
)  # fmt: skip


_Gates = tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]
]


@cache
def _status_gates() -> _Gates:
    """The patterns _code_match's status and modality checks read in the trigger's clause
    before it (searched on that text), close before it (searched in a window ending at it, of
    at most _NEAR_REACH characters and never before the clause: the gate's window holds each
    one's, and the text around is the same, so a lookbehind or an end anchor reads alike) and
    at the clause's opening (matched there), each set joined into one: an alternation matches
    where one of its patterns does, so no match of it means none of theirs.  Before the
    trigger and close before it, the class of the characters a match of theirs opens with
    (:func:`~dashiji.events.pattern_gates.char_gate`, far cheaper to search) is tried first,
    and the alternation searched from the first one found (no match opens before it; written as
    :func:`~dashiji.events.pattern_gates.found_gate` writes it - only whether it finds one is
    read): (before characters, before, near characters, near, opening)."""
    before = (
        _PLANNED, _ABOUT_TO, _SET_ABOUT, _DEFERRED_TO, _INTENDS, _AGREES, _GUESS_AHEAD,
        _UNSAID,
    )  # fmt: skip
    near = (
        _MODAL_FUTURE, _WILL, _WILL_ABOUT, _NEGATED_MARKED, _NOT_RIGHT_BEFORE, _NOT_RECEIVED,
        _SAID_OF,
    )  # fmt: skip
    opening = (_OR_ELSE, _CONTINUES, _DOUBT_JOINS)
    return (
        char_gate(before), found_gate(_joined_patterns(before)), char_gate(near),
        found_gate(_joined_patterns(near)), _joined_patterns(opening),
    )  # fmt: skip


def _joined_patterns(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` does (of the same flags and no groups:
    a group's number or name would change meaning in the alternation)."""
    assert len({p.flags for p in patterns}) == 1 and not any(p.groups for p in patterns)
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def _roles_may_mark(vt: str, clause: _Clause, m: NewsMatch, actors: list[Actor]) -> bool:
    """Could :func:`_roles` change an actor for ``m`` (the marks it leaves for the sentence)?  It
    marks places of an incident, writes 某 into a name its object mark reads as 对某… and marks a
    place where something happens - each on an actor of the clause before the trigger.  False
    only when none of those can happen (a superset of its own tests, so the answer is exact)."""
    if (m.entry.news or "").startswith(_INCIDENT):
        return True
    return any(
        clause.start <= x.start
        and x.end <= m.start
        and not x.place
        and (
            (x.kind != "PER" and x.start >= 2 and vt[x.start - 2 : x.start] in _SOME_MARKED)
            or _happens_in(vt, x, m.start)
        )
        for x in actors
    )


# 甲和司机乙发生口角后被刑拘: the one a partner mark brings in before a quarrel (news_cues
# quarrel_words: 口角, 争执, 冲突…) is its other side, not one done the passive after it - unless
# the sentence says both were (both_sides: 双方均被…, 两人都被…); 打架 (a fight) is no quarrel
_QUARREL = cue("quarrel_words")
_BOTH_SIDES = cue("both_sides")
_QUARREL_TOLD = re.compile("发生|产生|爆发|引发|起了")  # (因琐事发生口角: a quarrel told)
_QUARREL_REACH = 8  # (与乙|发生了激烈口角: what stands between the partner and the quarrel)


def _quarrel_sides(vt: str, x: Actor, co: list[Actor], at: int) -> bool:
    """Are ``co`` the other side of a quarrel with ``x`` - a partner mark right after ``x`` (甲和
    司机乙, 甲与两名男子), a quarrel told right after the last of ``co``, before ``at`` (the
    trigger) - not done the act with it (not when the sentence says both sides were)?"""
    if not co or vt[x.end : x.end + 1] not in _WITH_MARK:
        return False
    last = max(y.end for y in co)
    q = _QUARREL.search(vt, last, min(at, last + _QUARREL_REACH))
    if q is None or _BOTH_SIDES.search(vt, q.end(), at) is not None:
        return False
    between = vt[last : q.start()]
    # (甲与乙因债务纠纷被拘: a dispute named as the cause, no quarrel told)
    return "因" not in between or _QUARREL_TOLD.search(between) is not None


def _partner_mark_in(vt: str, lo: int, hi: int) -> bool:
    """Is a partner mark (与, 和, 跟, 同, 携, 偕: :data:`_WITH_MARK`) written in ``vt[lo:hi]``?
    Each test :func:`_roles` reads a partner by (:func:`_marked` with those marks,
    :func:`_with_past_modifier`, :func:`_with_title`) finds one of them between ``lo`` (the
    clause's start) and the actor, which ends by ``hi`` (the trigger): with none, no one named
    there is a partner - the same empty list, without a test per actor."""
    return _PARTNER_MARK.search(vt, lo, hi) is not None


assert all(len(w) == 1 for w in _WITH_MARK)  # (one character each: one class finds them all)
_PARTNER_MARK = re.compile("[" + "".join(_WITH_MARK) + "]")


def _brought_along(vt: str, x: Actor, floor: int, before: list[Actor]) -> bool:
    """Is ``x`` brought along (携, 偕: the partner mark nearest before it from ``floor``) with
    no one of ``before`` named ahead of the mark?  (并携五位原告起诉某人: the clause names no
    one who brings them; they are the subject read, not partners.)"""
    at = max(vt.rfind(w, floor, x.start) for w in _WITH_MARK)
    return at >= 0 and vt[at] in _ALONG_MARK and not any(y.end <= at for y in before)


_BRINGER_GAP = re.compile(r"(?:也|还|又|便|就|则|亲自|特意|一同|一起)?")  # 甲也携…
_BRINGER_REACH = 16  # from 携 to the last of those it brings (携妻子乙、女儿丙)


def _with_bringer(
    vt: str, lo: int, x: Actor | None, co: list[Actor], actors: list[Actor], m: NewsMatch
) -> tuple[Actor | None, list[Actor]]:
    """(``x``, ``co``) with the one who brings ``x`` along in the lead when ``x`` is one brought
    (甲携妻子乙、女儿丙出席…: 甲 attends, 乙 and 丙 with him; 甲携妻子盗窃…，被抓获: both are
    caught) and its bringer, named right before 携/偕 in the clause from ``lo``, is not already
    one of them - else as they were."""
    if x is None or not lo <= x.start or x.end > m.start:
        return x, co
    at = max(vt.rfind(w, lo, x.start) for w in _ALONG_MARK)
    if at < 0 or not _in_brought_list(vt, at + 1, x, actors):
        return x, co
    bringer = next(
        (
            y
            for y in actors
            if lo <= y.start
            and y.end <= at
            and not y.place
            and _BRINGER_GAP.fullmatch(vt, y.end, at)
            and _person_or_people(y)
        ),
        None,
    )
    if bringer is None or bringer is x or bringer in co:
        return x, co
    return bringer, [x, *co]


def _in_brought_list(vt: str, at: int, x: Actor, actors: list[Actor]) -> bool:
    """Is ``x`` one of the list that opens at ``at``, right after 携/偕: people, each perhaps
    after a title the recogniser left out (夫人乙), joined by 、/和/及 (妻子乙、女儿丙) - not one
    named past the list (携妻子盗窃…被警方抓获: the police are no one brought)?"""
    starts = {y.start: y for y in actors if not y.place and y.start < x.end}
    pos = at
    while pos <= x.start and pos - at <= _BRINGER_REACH:
        y = starts.get(pos)
        if y is None:
            gap = _BROUGHT_GAP.match(vt, pos)
            y = starts.get(gap.end()) if gap is not None else None
            if y is None:
                return False
        if y is x:
            return True
        join = _BROUGHT_JOIN.match(vt, y.end)  # (always a match: the joiner is optional)
        pos = join.end() if join is not None else y.end
    return False


_BROUGHT_GAP = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[\u4e00-\u9fff])")  # 夫人|乙: a title unread
_BROUGHT_JOIN = re.compile(r"(?:、|和|及|以及)?")


def _brought_kin(vt: str, y: Actor, floor: int) -> bool:
    """Is ``y`` a relative or a friend the subject brings along (携妻子, 偕女友李某), one who
    does what the subject does with it (携妻子出席婚礼, in a role of ``_BROUGHT_ROLES``; 偕夫人乙,
    a name titled with a word of news_cues spouse_titles) - not a lawyer or an aide brought
    (携律师前往警署: no party to what is done)?"""
    if y.start > floor and vt[y.start - 1] in _ALONG_MARK and y.text in _KIN_WORDS:
        return True
    title = _SPOUSE_TITLE.search(vt, max(floor, y.start - 4), y.start)  # 偕夫人乙: she is kin
    # (the mark right before the title: a slice - a title opening the text has none, not vt[-1])
    return (
        y.kind == "PER"
        and title is not None
        and vt[title.start() - 1 : title.start()] in _ALONG_MARK
    )


_SPOUSE_TITLE = re.compile("(?:" + cue("spouse_titles").pattern + ")$")


def _name_titled(vt: str, y: Actor, actors: list[Actor]) -> Actor:
    """The person ``y``, a kind of people, titles when a name follows it right away (妻子乙,
    女儿乙: the one named), else ``y``."""
    if y.kind == "PER":
        return y
    z = next((z for z in actors if z.start == y.end and z.kind == "PER"), None)
    return z if z is not None and _modifies(vt, y, [z]) else y


def _owned_head(vt: str, at: int, end: int, body: bool) -> Actor | None:
    """The head noun a 的 at ``at`` opens before ``end`` (的三名逃兵), when it names people or,
    with ``body``, a body (的子公司) - not a reply or a thing (感谢某甲的回应)."""
    head = _OWNED.match(vt, at, end)
    if (
        head is None
        or _NP_BAD.search(head.group(1))
        or _junk_phrase(head.group(1))
        or not (_PERSON_HEAD.search(head.group(1)) or (body and _BODY_HEAD.search(head.group(1))))
    ):
        return None
    return Actor(head.start(1), head.end(1), head.group(1), "NP")


def _object_in_act(vt: str, t: int, x: Actor, end: int) -> bool:
    """Is ``x``, the first one named after a trigger ending at ``t``, the object of a verb that
    opens the trigger's own object (起诉泄露某甲病历的医院, 起诉散布某甲隐私一事): between them
    a few characters of verbs and adverbs only, ending with a verb taking it
    (:func:`_verb_object`), none a trigger word (爆冷淘汰某队: the same act told twice), and
    ``x`` qualifying a noun after it, in a relative clause or not (某甲病历, 某甲照片) - not
    one the dictionary misreads as a verb closing the phrase (押走嫌疑女子, 输给死敌某队)?"""
    s = t + len(vt[t : x.start]) - len(vt[t : x.start].lstrip("了过"))
    gap = vt[s : x.start]
    return (
        2 <= len(gap) <= _ACT_OBJECT_GAP
        and not _CLAUSE_BREAK.search(gap)
        and _verb_object(gap)
        and all(tag.startswith(("v", "d")) for _, tag in tagged_words(vt, s, x.start))
        and not _packaged_lexicon().has_match(gap)
        and (_relative_closes(vt, x.end, end) or tag_at(vt, x.end).startswith("n"))
    )


def _relative_closes(vt: str, at: int, end: int) -> bool:
    """Does a 的 close, within :data:`_RELATIVE_REACH` characters of ``at`` and before ``end``
    with no break between, the relative clause a participant ending at ``at`` stands in?"""
    de = vt.find("的", at, min(end, at + _RELATIVE_REACH))
    return de >= 0 and not _CLAUSE_BREAK.search(vt, at, de)


_ACT_OBJECT_GAP = 6


def _cause_before(vt: str, lo: int, t: int) -> tuple[int, int] | None:
    """The cause a trigger at ``t`` is told with in its clause (from ``lo``), from its 因/因为
    to the 而 that leads to the trigger (甲因与乙起了纠纷而被拘留, 因嫌X的报价太低而离职),
    past no more than :data:`_CAUSE_TO_ACT` characters after 而 (被警方, 将其); 因 no part of a
    word (原因, 起因, 因此, 因素)."""
    then = vt.rfind("而", lo, t)
    if then < 0 or t - then - 1 > _CAUSE_TO_ACT:
        return None
    pos = _parts_of_speech()
    for r in reversed(list(_HEDGE_CAUSE.finditer(vt, lo, then))):
        k = r.start()
        if (k > lo and pos.get(vt[k - 1 : k + 1])) or (
            r.group() == "因" and pos.get(vt[k : k + 2]) not in (None, "c")
        ):
            continue
        if vt.startswith(("因此", "因而"), k):
            continue
        return k, then
    return None


_CAUSE_TO_ACT = 6


def _second_predicate(vt: str, s: int, e: int) -> bool:
    """Does ``vt[s:e]``, the words between a trigger that takes no object and a name after it,
    open with a second verb joined by 、 (获释、返回某地: the name is that verb's object)?"""
    if not vt.startswith("、", s) or s + 1 >= e:
        return False
    return next(tagged_words(vt, s + 1, e))[1].startswith("v")


_LEAVE = "组织关系-辞/离职"
# 攻读, 加入, 前往…: a verb of going on to a new place after leaving one (news_cues moved_on_verbs)
_MOVED_ON = cue("moved_on_verbs")


def _moved_on(vt: str, m: NewsMatch, at: int, end: int) -> bool:
    """Does a verb of going on to a new place (news_cues moved_on_verbs) stand between the
    leaving trigger ``m`` (组织关系-辞/离职: the caller's test) and the name at ``at``, in its
    clause (辞职攻读某学院MBA, 辞职前往某地: the name is where one goes next, not the body
    left - no 原所属组织)?  A verb of one character (去, 到, 赴) counts as a word of its own only
    (not in 去年, 受到).  Not with a 的 after the verb, before the clause's ``end``: the verb
    is then in a phrase qualifying the post left (辞去加入某公司以来担任的职务, 卸任刚进入三年的
    某公司总裁), whose body is the one left."""
    if _CLAUSE_BREAK.search(vt, m.end, at):
        return False
    pos_of = _parts_of_speech()
    for verb in _MOVED_ON.finditer(vt, m.end, at):
        i = verb.start()
        if verb.end() - i == 1 and (vt[i - 1 : i + 1] in pos_of or vt[i : i + 2] in pos_of):
            continue  # 去年, 去世, 受到, 直到: a character of another word
        return vt.find("的", verb.end(), end) < 0
    return False


def _place_acted_on(vt: str, m: NewsMatch, spots: list[Actor]) -> Actor | None:
    """起诉了某县, 判决某市赔偿…: a state, a county or a city right after a legal act's verb
    whose object is a party (past 了) is that party — its government sued or ruled against —
    not where the act is done; not one that opens a longer name (某县法院, 某市的医院).  (No
    place in ``spots``: none, without reading the entry.)"""
    if not spots:
        return None
    entry = m.entry
    if not (
        (entry.news or "").startswith(_LEGAL_ACT) or entry.plover in ("ACCUSE", "COERCE")
    ) or not (_person_role(entry.object) or entry.object == "target"):
        return None
    for x in spots:
        if x.start < m.end or x.kind != "GPE":
            continue
        if not _EMPTY_OBJECT.fullmatch(vt, m.end, x.start) or vt.startswith("的", x.end):
            return None
        if x.end < len(vt) and vt[x.end] not in _PLACE_ENDS and not _PLACE_GOES_ON.match(vt, x.end):
            return None  # (某县法院, 某市一家医院, 某地“某派”人士: the place opens another name)
        return x
    return None


_PLACE_ENDS = frozenset("，。；;,！？!?、\n")
# what may follow a place that is itself the party (起诉了某县，…; 判决某县赔偿/需要赔偿…:
# news_cues place_party_goes_on)
_PLACE_GOES_ON = cue("place_party_goes_on")


def _regulated(x: Actor) -> bool:
    """A kind of people or bodies (学生, 员工, 本国公司, 政府设备's 政府; 政府部门: a body word
    after a kind), no one named: who a ban keeps from doing something, not what it bans."""
    if x.kb_id is not None:
        return False
    if x.kind in ("generic", "NP") or generic_head(x.text) is not None:
        return True
    head = _BODY_HEAD.search(x.text)
    return head is not None and generic_head(x.text[: head.start()]) is not None


def _banned_thing(
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    within: list[Actor],
    after: list[Actor],
    patient: Actor | None,
) -> Actor | None:
    """What a ban with a pivot bans (禁止X使用Y, 禁止X与Y交易 — a gapped trigger of a sanction):
    the partner 与/和/跟/同 marks inside the trigger, else the one named right after the verb
    closing it (past the nouns qualifying it), else the noun phrase there — when the pivot X is
    a kind of people or bodies, not one named (禁止某应用在本国运营: the app is banned); the
    pivot of a passive (本国银行被禁止同Y往来) is the ``patient`` before the trigger."""
    if m.entry.plover != "SANCTION" or m.text in m.entry.words:
        return None
    pivots = [x for x in within if not _marked(vt, x, m.start, _WITH_MARK)]
    if not pivots and patient is not None and patient.end <= m.start:
        pivots = [patient]
    if not pivots or not all(_regulated(x) for x in pivots):
        return None
    for k, x in enumerate(within):
        if _marked(vt, x, m.start, _WITH_MARK):
            while k + 1 < len(within) and _modifies(vt, within[k], within[k + 1 : k + 2]):
                k += 1
            return within[k]
    if after and _BANNED_GAP.fullmatch(vt, m.end, after[0].start):
        k = 0
        while k + 1 < len(after) and _modifies(vt, after[k], after[k + 1 : k + 2]):
            k += 1
        return after[k]
    phrase = _np_after(vt, clause, m)
    if phrase is None or phrase[0] - m.end > 1:
        return None
    return Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")


_BANNED_GAP = re.compile(r"[了该这那其]?(?:[一两几多数]+[款个家种项])?")


_THING_ROLE = cue("thing_role")
_INVESTOR_ROLES = frozenset(cue_words("investor_roles"))


_SHOWN_BY = "上映方"
# the acts a contestant wins by beating another before them (某甲击败某乙夺冠, 战胜某乙晋级决赛)
_WON_AFTER_BEATING = frozenset({"竞赛行为-夺冠", "竞赛行为-晋级"})
_WINNER = "胜者"
# between a verb of beating and the one it beats: 了, a word or two (中国元老), no 的 or break,
# no 后 or 时 (战胜伤病后王某夺冠: a time the beating frames, 王某 its own subject)
_BEATEN_GAP = re.compile(r"了?(?:(?!" + AFTER + r"|时)[^，。；：！？、的\s]){0,6}")


def _beater(vt: str, a: int, x: Actor, acts: Sequence[NewsMatch], actors: list[Actor]) -> Actor:
    """The one who takes a title or goes through when ``x``, read as its doer, is the object of
    a verb of beating right before it (an act of the sentence whose doer is the winner: 林某4-2胜
    张某夺冠, 某队战胜某队晋级决赛, 击败某人，夺得冠军): the beaten one takes nothing - the nearest
    actor of the sentence (from ``a``) before that verb does; ``x`` when none is named there."""
    for w in acts:
        if (
            w.entry.subject == _WINNER
            and w.end <= x.start
            and _BEATEN_GAP.fullmatch(vt, w.end, x.start) is not None
        ):
            before = [y for y in actors if a <= y.start and y.end <= w.start and not y.place]
            return max(before, key=lambda y: y.end) if before else x
    return x


_RAISER = "融资方"
_SELLER = "出售方"
_BUYER = "收购方"
# 对某公司的(1000万美元)投资: the one an investment is made in, and what may stand before the noun
_INVESTED_IN = re.compile(r"的[^，。；：的]{0,12}?(?:投资|融资|注资)")
_INVESTED_IN_WORDS = re.compile(r"了?对([^，。；：的\s]{2,10}?)" + _INVESTED_IN.pattern)
_JOINING_INVESTOR = "跟投方"


_INVESTS = re.compile(r"[^，。；：]*?(?:" + cue("investing_verbs").pattern + ")")


def _invests_by(vt: str, clause: _Clause, x: Actor, m: NewsMatch) -> bool:
    """Is ``x`` written right after 由 after the trigger ``m``, and a verb of investing after it
    in its clause (本轮融资由某资本、某基金等机构参与: the investors; 由某公司完成: the one
    raising)?"""
    return (
        m.end <= x.start
        and x.end <= clause.end
        and vt[m.end : x.start].endswith("由")
        and _INVESTS.match(vt, x.end, clause.end) is not None
    )


def _invested_in(vt: str, clause: _Clause, m: NewsMatch, actors: list[Actor]) -> Actor | None:
    """The one an investor's trigger ``m`` (领投, 跟投) invests in: the actor after 对 right
    after it in its clause, when 的 and a noun of investing close the phrase (领投了对某公司的
    1000万美元投资), or the words between 对 and 的 when no actor was read there; None else."""
    for x in actors:
        if not m.end <= x.start - 1 < x.end <= clause.end or x.place:
            continue
        if vt[x.start - 1] == "对" and vt[m.end : x.start - 1] in ("", "了") and (
            _INVESTED_IN.match(vt, x.end, clause.end) is not None
        ):
            return x
    named = _INVESTED_IN_WORDS.match(vt, m.end, clause.end)
    if named is None:
        return None
    return Actor(named.start(1), named.end(1), named.group(1), "ORG")  # (a company invested in)


_DEAL_TYPES = frozenset({_TRADE, _RAISE})
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z]+)?(?![A-Za-z0-9])")


# what may stand between a clause's own subject and a verb of a deal: adverbs, a report of it
_WHOLE_OR_PART = frozenset(cue_words("whole_or_part"))  # 全数, 部分: nouns of how much
_OWN_SUBJECT_GAP = re.compile(
    r"(?:被证实|被曝|已经|已|正式|将|正在|还|也|又|曾|日前|近日|随后|最终|此前|早前|终于)*"
)


def _own_subject(vt: str, clause: _Clause, m: NewsMatch) -> Actor | None:
    """The noun opening the clause of the trigger ``m`` with only adverbs (or 被证实) between it
    and the trigger (松鼠被证实已收购…, 某某已买下…): the clause's own subject, read where no
    actor was recognised, in place of one carried from the clause before; None else."""
    first = next(_word_spans(vt, clause.start, m.start), None)
    if first is None or first[1] - first[0] < 2 or first[2] not in ("n", "nz", "nt"):
        return None
    if vt[first[0] : first[1]] in _WHOLE_OR_PART:
        return None  # 将该批单位…，全数售予某公司: how much is sold, no one selling
    if _OWN_SUBJECT_GAP.fullmatch(vt, first[1], m.start) is None:
        return None
    return Actor(first[0], first[1], vt[first[0] : first[1]], "ORG")


def _named_in_apposition(
    vt: str, clause: _Clause, x: Actor | None, actors: list[Actor]
) -> Actor | None:
    """The name written right after ``x`` when ``x`` is a kind of party (a generic noun: 创业公
    司Pico, 芯片企业某某科技): an actor starting where it ends, or a Latin name; else ``x``."""
    if x is None or x.kind != "generic":
        return x
    named = next((y for y in actors if y.start == x.end and not y.place), None)
    if named is not None and named.end <= clause.end:
        return named
    latin = _LATIN_NAME.match(vt, x.end, clause.end)
    if latin is None:
        return x
    return Actor(latin.start(), latin.end(), latin.group(), "ORG")


# 收购某公司旗下的…, 收购某公司的手机业务, 收购某公司70%的股权: what the company holds
_SOLD_HOLDING = re.compile(
    "(?:"
    + cue("seller_holding").pattern
    + ")|的[^，。；：、的]{0,10}?(?:"
    + cue("held_things").pattern
    + r")|\s?约?\d+(?:\.\d+)?%"
)
# 收购某公司的消息, 收购某公司的计划: what the whole act heads (news_cues nominal_heads,
# plan_nouns_after, negotiation_nouns), nothing the company holds
_ACT_HEADED = re.compile(
    "的(?:"
    + "|".join(
        cue(name).pattern for name in ("nominal_heads", "plan_nouns_after", "negotiation_nouns")
    )
    + ")"
)


def _named_at(x: Actor | None, actors: list[Actor]) -> Actor | None:
    """``x`` when it is a name; when it is a phrase (网易70%的股权), the actor, no place, that
    opens it and ends inside it; None else."""
    if x is None or x.kind != "NP":
        return x
    return next(
        (y for y in actors if y.start == x.start and y.end < x.end and not y.place), None
    )


def _held_phrase(
    vt: str, clause: _Clause, m: NewsMatch, x: Actor | None
) -> tuple[int, int] | None:
    """The thing bought when the object ``x`` of the buying trigger ``m``, named right after it
    (了 between or not), is followed by what it holds (旗下, 持有的, 的…股权, a share: 收购某公司
    70%的股权): the object phrase from ``x`` on, whose seller ``x`` is, when it reaches what
    is held; None else - and when a noun the act heads follows 的 (收购某公司的计划涉及其业务,
    收购某公司的传闻令其品牌受损: the company is bought, if anything)."""
    if x is None or x.kind == "NP" or x.place or x.start < m.end:
        return None
    held = _SOLD_HOLDING.match(vt, x.end, clause.end)
    if vt[m.end : x.start] not in ("", "了") or held is None or _ACT_HEADED.match(vt, x.end):
        return None
    phrase = _np_after(vt, clause, m, _NP_MAX)
    return phrase if phrase is not None and phrase[1] >= held.end() else None


# 某科技80%股权, 某科技的少数股权, 某集团旗下业务: the words naming the holder, then what it holds
_STAKE_HELD = re.compile(r"([^\s，。；：、的了0-9０-９%]{2,10}?)(?:" + _SOLD_HOLDING.pattern + ")")
# 其持有的…, 旗下某科技的…: words no holder's name - a pronoun, or the words of holding
# (news_cues seller_holding, past their 的) within them
_NO_STAKE_HOLDER = re.compile(
    "^(?:"
    + cue("pronoun_any").pattern
    + ")|"
    + "|".join(re.escape(w.removesuffix("的")) for w in cue_words("seller_holding"))
)


def _sold_in_passive(vt: str, m: NewsMatch, subject: Actor) -> bool:
    """Y被出售给Z: is ``subject`` named before the sale ``m`` whose word marks its recipient
    (出售给, 转让予: the one after it buys) as its subject in the passive - 被 between them?"""
    return subject.end <= m.start and "被" in vt[subject.end : m.start]


def _sold_passive_sides(
    vt: str, m: NewsMatch, actors: list[Actor], subject: Actor
) -> tuple[Actor | None, Actor | None]:
    """The seller and the buyer of a sale told in the passive (某公司的业务被出售给某集团): the
    one named right after the trigger (and 了) buys; the one named right after 被 (Y被X出售给Z)
    sells, else a name holding the subject - what is sold - sells (某公司的…业务, 某公司旗下…:
    news_cues seller_holding, held_things); the subject is no buyer."""
    at = m.end + 1 if vt.startswith("了", m.end) else m.end  # (被出售给了某集团)
    buyer = next((x for x in actors if x.start == at and not x.place), None)
    by = vt.rfind("被", subject.end, m.start) + 1
    seller = next((x for x in actors if x.start == by and x.end <= m.start and not x.place), None)
    if seller is None and _SOLD_HOLDING.match(vt, subject.end, m.start) is not None:
        seller = subject
    return seller, buyer


def _deal_is_subject(vt: str, clause: _Clause, m: NewsMatch, agent: Actor | None) -> bool:
    """甲将成为乙的合作伙伴，交易不会是全面出售: does the clause of the deal ``m`` open with a
    noun of a deal (news_cues deal_subjects: 交易, 协议, 该合同…) before the trigger - its own
    subject, no actor - while ``agent`` was carried from a clause before it, and no verb but a
    copula or a modal (deal_subject_links: 是, 不会…) between it and the trigger (not 该交易
    完成后将出售…: the deal is the subject of another verb)?  A clause with a subject of its
    own takes no doer from an earlier one."""
    if agent is None or agent.end > clause.start:
        return False
    hit = _DEAL_SUBJECT.match(vt, clause.start, m.start)
    if hit is None or hit.end() >= m.start:
        return False
    if hit.start("noun") + next(tagged_words(vt, hit.start("noun"), m.start))[0] != hit.end():
        return False  # (交易所, 交易额, 协议书: a longer word)
    k = hit.end()
    if next(tagged_words(vt, k, m.start))[1].startswith("n"):
        return False  # (交易双方, 交易方, 协议规定: the deal's noun qualifies another)
    for n, tag in tagged_words(vt, k, m.start):
        if tag.startswith("v") and vt[k : k + n] not in _DEAL_SUBJECT_LINKS:
            return False
        k += n
    return True


# 交易, 该协议, 预计这笔交易: a deal's noun opening a clause as its subject (news_cues
# deal_subjects), perhaps after a word of expecting or hearing (forecast_verbs: 预计, 预期…;
# deal_subject_leads: 据悉, 据称)
_DEAL_SUBJECT = re.compile(
    "(?:" + cue("forecast_verbs").pattern + "|" + cue("deal_subject_leads").pattern + ")?"
    r"(?:该|此|这|这笔|这项|这一|此次|本次|整个|整笔)?"
    "(?P<noun>" + cue("deal_subjects").pattern + ")"
)
_DEAL_SUBJECT_LINKS = frozenset(cue_words("deal_subject_links"))


def _stake_owner(
    vt: str, clause: _Clause, m: NewsMatch
) -> tuple[Actor | None, Actor | None]:
    """(seller, thing bought) when the buying trigger ``m``, with no object read, is followed by
    words naming a holder no recogniser read and then what it holds (收购某科技80%股权, 收购某
    科技的少数股权): the holder sells (DuEE's 出售方 of a stake), the whole phrase is bought;
    (None, None) else - and where a noun of the act follows (收购某科技的计划) or the words are
    no name (收购其持有的…, 收购旗下某科技的…: a pronoun, a word of holding)."""
    phrase = _np_after(vt, clause, m, _NP_MAX)
    if phrase is None:
        return None, None
    held = _STAKE_HELD.match(vt, phrase[0], phrase[1])
    if (
        held is None
        or held.end() > phrase[1]
        or _ACT_HEADED.match(vt, held.end(1))
        or _NO_STAKE_HOLDER.search(held.group(1)) is not None
    ):
        return None, None
    seller = Actor(held.start(1), held.end(1), held.group(1), "ORG")
    return seller, Actor(*phrase, vt[phrase[0] : phrase[1]], "NP")


# 某应用是某公司旗下(的)…: the one before 旗下 owns the one the copula tells of
_OWNED_BY_COPULA = re.compile(r"是[^，。；：]{0,8}?$")
_OWNED_MARK = re.compile(r"旗下")
_COPULA_OWNER = re.compile(r"是([^，。；：、的是]{2,10}?)旗下")


def _owner_of_product(vt: str, x: Actor, actors: list[Actor]) -> Actor | None:
    """The company that owns ``x`` as its product, told by a copula right after it with 旗下
    (某应用是(某国)某公司旗下的平台): the actor right before 旗下, else the words between 是
    and 旗下; None when there is no such copula."""
    for owner in actors:
        if owner is x or owner.place:
            continue
        if _OWNED_MARK.match(vt, owner.end) is None:
            continue
        if x.end <= owner.start and _OWNED_BY_COPULA.search(vt, x.end, owner.start):
            return owner  # 某应用是(中国)某公司旗下…
    named = _COPULA_OWNER.match(vt, x.end)
    if named is None:
        return None
    start = max(
        [y.end for y in actors if y.place and y.start == named.start(1)], default=named.start(1)
    )  # (是中国某公司旗下: the country says where the company is)
    if named.end(1) - start < 2:
        return None
    return Actor(start, named.end(1), vt[start : named.end(1)], "NP")


def _owner_of_thing(x: Actor, role: str | None) -> bool:
    """Is ``x`` a person owning the subject of a trigger whose subject is a thing (某人的新店开张:
    the shop opens, its owner is no 活动名称)?"""
    return x.kind == "PER" and role is not None and _THING_ROLE.search(role) is not None


def _apart(vt: str, clause: _Clause, x: Actor, m: NewsMatch) -> bool:
    """Is ``x`` outside the clause of the trigger ``m``, after it, or parted from it by a verb
    (某公司拿到了某基金领投…: 拿到) - no doer the trigger's own words tell?"""
    if not clause.start <= x.start < x.end <= m.start:
        return True
    return any(tag.startswith("v") for _, tag in tagged_words(vt, x.end, m.start))
# a sentence of sport: its words, or a score (3比1, 2-1)
_CONTEST_HEAD = cue("contest_head")
_CONTEST_TAIL = re.compile(
    r"(?:第[0-9一二三四五六七八九十]{1,3}(?:轮|场|站|阶段|赛段)|[0-9一二三四五六七八九十]+强赛?|[男女]子?(?:单打|双打|单|双)"
    r"|混双|G[0-9])"
)
_CONTEST_BEFORE = cue("contest_before")  # 夺得, 进入, 这场: what opens no contest's name
_CONTEST_STOP = re.compile(
    r"[^\u4e00-\u9fffA-Za-z0-9０-９·/\-～~]|[的了是将被对与和同从为以及并而就都也又还把让向给到已曾正在于季]"
)  # (本赛季, 上赛季: the season is no part of the name)
# 第2场比赛, 全场比赛: a match told by its number, no name
_MATCH_ONLY = re.compile(r"[^，。]*[场轮局]比赛")
# 赛季, 杯子, 赛场: a word goes on, no name ends
_CONTEST_WORD_GOES_ON = frozenset(cue_words("contest_word_goes_on"))
_CONTEST_GENERIC = frozenset({"比赛", "杯", "杯赛"})
_CONTEST_MAX = 12
_CONTEST_SIDE_MAX = 8  # a side named after a contest's verb, when no name was recognised
# the parts of speech of a first word that opens no side named there: a verb, an adverb, an
# adjective, an idiom (进小组赛, 占据上风, 尴尬翻车, 大逆转 - what the side did next, or how)
_NOT_A_SIDE_TAGS = frozenset({"v", "vd", "d", "a", "ad", "i", "l"})
_NOT_A_SIDE_FIRST = frozenset(cue_words("not_a_side_first"))  # 比赛, 中客场, 遭遇…
_DAY_LEAD = re.compile(r"(?:[0-9]{2,4}年)?[0-9]{1,2}月[0-9]{1,2}日")
_CONTEST_ROLES = frozenset({"赛事名称", "夺冠赛事", "晋级赛事", "退赛赛事", "活动名称"})
# 博览会, 论坛, 啤酒节, and a contest's head (运动会, 锦标赛): what opens or closes
_GATHERING_HEAD = re.compile(flat_words([cue_words("gathering_head"), cue_words("contest_head")]))
_SPORT_WORDS = cue("sport")
# a score (3比1, 2-1, 102:98): numbers of up to three digits, no part of a longer number, a
# date or a clock (2021-06-05, 6月1日, 10:30); a clock's minutes are two digits, with a zero
# first (8:05) or a word of time around them (上午10:30, 10:30许)
_SCORE = re.compile(
    r"(?<![0-9０-９.:：\-－/])([0-9０-９]{1,3})\s*([比:：\-－])\s*([0-9０-９]{1,3})"
    r"(?![0-9０-９.:：\-－/]|\s*[年月日号时点分秒])"
)
_CLOCK_BEFORE = re.compile(r"(?:上午|下午|晚上|凌晨|早上|中午|傍晚|晚|早|日|时间)\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:许|左右|前后|开始|起|至|到|—|－|~|～)")


# 某队4-0某队, 尼克斯83-95魔术: a score written between the two sides' names - the contest's
# result told by the score alone (a name character on each side; not a range of a unit - 3-5年,
# 2-3人 - nor a number after a word that takes one - 以3-1, 第1-3名, 约2-3)
_SCORE_BETWEEN_NAMES = re.compile(
    r"(?<=[\u4e00-\u9fffA-Z])(?<![以用第约近至到为是共和与比前后在从了个场局盘轮次于])"
    r"(?<![a-z][A-Z])(?<![a-z][A-Z]{2})(?<![a-z][A-Z]{3})"
    r"(0|[1-9][0-9]{0,2})\s?[-－:：]\s?(0|[1-9][0-9]{0,2})"
    r"(?=[\u4e00-\u9fffA-Za-z])"
    r"(?![年月日号时点分秒岁人元万亿次个名场轮局球天周届期位倍级度]|领先|落后|小时|千万|百万|公里)"
)  # (两场0-2, 以3-1: a count of games, a margin; 3-0领先: a lead, no result yet; 将于19:35: a time)
# (a team's Latin name before the score is in capitals, RNG3-1TES; iOS13-14, a version)
# 19:35开球: a time of day the match starts at
_KICKOFF_AFTER = re.compile(r"\s*(?:开球|开赛|开打|开战|进行|举行)")
_SCORE_BETWEEN_NAMES_OPENS = re.compile(r"[0-9][-－:：][0-9]|[0-9] [-－:：] ?[0-9]")


def _with_scores(vt: str, every: list[NewsMatch], lex: NewsLexicon) -> list[NewsMatch]:
    """``every`` with a result for each score written between two names (:data:`_SCORE_BETWEEN_
    NAMES`) in an article of sport whose clause holds no word of a contest (3-0大胜某队: the verb
    tells the result), the higher score's side the winner - the entries of 击败 (winner first)
    and 负于 (loser first) read the sides; no time of day (北京时间10:30开赛)."""
    # (an article of sport: a sport's word or a contest's name in it - 某型号00-1 is no score)
    if _SPORT_WORDS.search(vt) is None and _CONTEST_HEAD.search(vt) is None:
        return every
    won, lost = _score_entries(lex)
    contest_words = [mm.start for mm in every if (mm.entry.news or "").startswith("竞赛行为")]
    found: list[NewsMatch] = []
    for sc in _SCORE_BETWEEN_NAMES.finditer(vt):
        c0 = _clause_start(vt, sc.start(), _CLAUSE_CUT)
        cut = _CLAUSE_CUT.search(vt, sc.end())
        c1 = cut.start() if cut is not None else len(vt)
        if any(c0 <= x < c1 for x in contest_words):
            continue
        if _time_of_day(vt, sc.start(), sc.end(), sc.group(2), kickoff=True):
            continue
        if next((tag for _, tag in tagged_words(vt, sc.end(), c1)), "") == "q":
            continue  # 风力3-4级, 3-5米: a range of a measure (米兰: a name, tagged so)
        first, second = int(sc.group(1)), int(sc.group(2))
        # (a draw, 2-2, reads as 战平 does: the first side in the loser's role)
        found.append(NewsMatch(sc.start(), sc.end(), won if first > second else lost, sc.group()))
    if not found:
        return every
    return sorted(every + found, key=lambda mm: (mm.start, mm.end))


def _time_of_day(vt: str, start: int, end: int, minutes: str, kickoff: bool = False) -> bool:
    """Is the pair of numbers ``vt[start:end]``, ``minutes`` its second, a time of day: a colon
    between, two digits after it, with a zero first (8:05) or a word of time around them
    (上午10:30, 10:30许; with ``kickoff``, a match's start after them too: 19:35开球)?"""
    return (
        any(c in vt[start:end] for c in ":：")
        and len(minutes) == 2
        and (
            minutes[0] in "0０"
            or _CLOCK_BEFORE.search(vt, max(0, start - 3), start) is not None
            or _CLOCK_AFTER.match(vt, end) is not None
            or (kickoff and _KICKOFF_AFTER.match(vt, end) is not None)
        )
    )


def _score_entries(lex: NewsLexicon) -> tuple[NewsEntry, NewsEntry]:
    """The entries a score between names is read with: a win (winner first), a loss (loser
    first) - those of 击败 and 负于, with no stop or required word (a score needs none)."""
    if "score_entries" not in lex.derived:
        by_id = {e.id: e for e in lex.entries}
        lex.derived["score_entries"] = tuple(
            replace(by_id[k], id=k + ".比分", words=(), stop=(), requires_any=())
            for k in ("胜负.力克", "胜负.不敌")
        )
    won, lost = lex.derived["score_entries"]
    return won, lost


def _sport(vt: str, a: int, b: int) -> bool:
    """Whether ``vt[a:b]`` tells of sport: a sport's word, or a score that is no date or clock."""
    if _SPORT_WORDS.search(vt, a, b):
        return True
    for s in _SCORE.finditer(vt, a, b):
        if s.group(2) in "比":
            return True
        if _time_of_day(vt, s.start(), s.end(), s.group(3)):
            continue  # 10:30许, 上午9:05: a time of day
        return True
    return False


_COORDINATOR = re.compile("^" + cue("coordinators").pattern + "$")


def _contests(
    vt: str, a: int, b: int, heads: re.Pattern[str] = _CONTEST_HEAD
) -> list[tuple[int, int]]:
    """The names of competitions in ``vt[a:b]`` (某某杯第3轮, 某年某地公开赛女双, 某某联赛), or
    of gatherings with ``heads`` (某某博览会):
    a run of name characters ending in a contest's head word (its round or event may follow),
    opened past a function word or a verb that takes it (夺得, 进入, 这场)."""
    out: list[tuple[int, int]] = []
    k = a
    while True:
        h = heads.search(vt, k, b)
        if h is None:
            return out
        end = h.end()
        if end < b and vt[end] in _CONTEST_WORD_GOES_ON and len(h.group()) == 1:
            k = end
            continue
        while True:  # 某某杯小组赛第3轮: heads and rounds run on
            more = heads.match(vt, end, b) or _CONTEST_TAIL.match(vt, end, b)
            if more is None or more.end() == end:
                break
            end = more.end()
        start = h.start()
        floor = max(a, start - _CONTEST_MAX, out[-1][1] if out else a)
        while start > floor and not _CONTEST_STOP.match(vt, start - 1):
            start -= 1
        cut = None
        for w in _CONTEST_BEFORE.finditer(vt, start, h.start()):
            cut = w.end()
        if cut is not None:
            start = cut
        day = _DAY_LEAD.match(vt, start, h.start())
        if day is not None:  # 5月3日某市车展开幕: the day opens no name
            start = day.end()
        if h.group() == "比赛" and _MATCH_ONLY.fullmatch(vt, start, end):
            k = end
            continue
        if out and start == out[-1][1]:  # 某某杯B组首轮比赛: one name
            out[-1] = (out[-1][0], end)
        elif end - start >= 2 and vt[start:end] not in _CONTEST_GENERIC:
            out.append((start, end))
        k = end


_PASSIVE_GAP = 4  # characters of adverb between a passive word and its verb (被紧急停播)


def _agentless_passive(vt: str, m: NewsMatch, end: int, x: Actor) -> bool:
    """Does ``x``, before the trigger, stand before a passive word whose verb is the trigger, no
    agent named after the passive word, no object after the verb (in its clause, to ``end``):
    某艺人参演的某剧被停播 — not 某某被授予奖章, where he is the one given it?"""
    if x.end > m.start or not _NO_OBJECT_AFTER.match(vt, m.end, end):
        return False
    if vt[m.start] in _BY:
        return True  # 被下架: the passive is in the word
    k = vt.rfind("被", max(x.end, m.start - 1 - _PASSIVE_GAP), m.start)
    return k >= 0 and not _NO_AGENT_GAP.search(vt, k + 1, m.start)


_NO_AGENT_GAP = re.compile(r"[^紧急全网临时永久彻底正式已经再次被遭]")


def _priced(x: Actor, role: str) -> Actor | None:
    """The thing whose price ``x``, a price change's subject, names (某产品售价 -> 某产品, for
    the role 降价物 or 涨价物: news_cues price_nouns), or None: a price is no doer."""
    if not role.endswith("价物"):
        return None
    cut = _PRICE_NOUN.search(x.text)
    if cut is None or cut.start() < 2:
        return None
    end = x.start + cut.start() - x.text[: cut.start()].endswith("的")
    return Actor(x.start, end, x.text[: end - x.start], "NP")


_PRICE_NOUN = re.compile("(?:" + cue("price_nouns").pattern + ")$")
_TIME_SPAN = re.compile(_NUM + r"(?:多|余)?个?(?:天|日|周|星期|月|年|小时|分钟)(?:多|左右)?")
_PRICE_OR_SHARE = re.compile(
    "(?:" + _QUANTITY["money"].pattern + "|" + _QUANTITY["share"].pattern + ")(?:左右|以下|以上)?"
)


_HELD = cue("held_verbs")  # 举行, 召开…: an occasion held, not a thing named before it
_HELD_BY_ITS = re.compile("(?<![尤极与])其(?![他它实中次余])")  # (not 其他, 尤其: no owner)


def _thing_before(
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    times: list[TimeRef],
    agent: Actor | None,
    patient: Actor | None,
) -> tuple[Actor | None, Actor | None]:
    """(agent, patient) when the thing a product's or a film's verb acts on stands before it:
    a title in 《》 before the trigger in its clause (《某片》在本土上映, 某导演的《某片》定档); or,
    the verb taking no object (某品牌新车正式上市, 某某上映后…), the phrase that opens the
    clause — the maker named at its head stays the doer (某品牌新耳机亮相发布)."""
    title = None
    for t in _TITLE.finditer(vt, clause.start, m.start):
        title = t
    if title is not None and (
        patient is None
        or (
            patient.end <= title.start()
            and (patient.kind == "PER" or vt.find("的", patient.end, title.start()) >= 0)
        )
    ):  # (某艺人参演的《某剧》被停播: the one the passive is about is the title he qualifies)
        thing = Actor(title.start(), title.end(), title.group(), "NP")
        if agent is not None and title.start() <= agent.start and agent.end <= title.end():
            agent = None
        if (
            agent is not None
            and agent.end <= title.start()
            and (agent.kind == "PER" or vt.find("的", agent.end, title.start()) >= 0)
        ):  # 由某导演执导的《某片》上映, 某演员的新片《某片》定档: who made it qualifies the title
            agent = None
        return agent or _channel(vt, thing.end, m), thing
    if not _NO_OBJECT_AFTER.match(vt, m.end, clause.end):
        return agent, patient
    phrase = _np_before(vt, clause, m, times)
    if phrase is None or (
        m.text.endswith(_OCCASION_ENDS)
        and (_HELD.search(vt, phrase[0], m.start) or vt[phrase[1] : m.start] not in ("", "的"))
    ):  # 某公司今晚举行新品发布会, 某公司官宣其新品发布会: who holds it, no thing launched (a
        # thing launched at an occasion names it right before it: 某某X9发布会)
        return agent, patient
    for x in (agent, patient):
        if x is not None and _person_or_people(x):
            return agent, patient  # 某歌手正式出道: a person, no product
    if agent is not None and not (phrase[0] <= agent.start and agent.end <= phrase[1]):
        return agent, patient  # the doer stands apart from the phrase
    if agent is not None and (agent.start, agent.end) == phrase and agent.kind == "ORG":
        return agent, patient  # 某公司正式发布: the maker alone, no thing named
    if _names_people(vt[phrase[0] : phrase[1]]):
        return agent, patient  # 双方证人都已亮相: people who show up, no product
    if _unlaunched_subject(m.entry.news, vt, phrase):
        return agent, patient  # 某某新规将于下月上线: a rule or a notice, no product
    thing = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
    if agent is not None and (agent.start, agent.end) == phrase:
        agent = None
    return agent, thing


_PEOPLE_NOUN_END = re.compile(
    "(?:" + cue("showing_people").pattern + r")(?:[今昨前当]?[天日晚早]|日前|近日)?$"
)  # (几位女星昨晚: a time read into the phrase after them)


def _names_people(text: str) -> bool:
    """Does ``text`` end in a noun of people - a generic actor of people (选手, 网友) or one of
    ``showing_people`` (证人, 嘉宾, 女星): the ones who show up, no thing launched?"""
    head = generic_head(text)
    if head is not None and head[1] in PEOPLE_KINDS:
        return True
    return _PEOPLE_NOUN_END.search(text) is not None


# 《某剧》将于下月在某卫视首播: the channel or platform named after 在 right before the trigger
_ON_CHANNEL = re.compile(
    r"在([^，。；：、“”《》（）()的在]{0,8}?(?:"
    + cue("channel_heads").pattern
    + r"))(?:上|中|里)?(?:连续|同步|独家|首次|正式|全网)?$"
)


def _channel(vt: str, at: int, m: NewsMatch) -> Actor | None:
    """The channel or platform that shows a film or a programme, told by 在 between ``at`` and
    the trigger ``m`` (在某卫视播出, 在某视频平台上线), when the trigger's doer shows it."""
    if m.entry.subject != _SHOWN_BY:
        return None
    on = _ON_CHANNEL.search(vt, at, m.start)
    return None if on is None else Actor(on.start(1), on.end(1), on.group(1), "NP")


def _quantity_arguments(
    view: AnalysisView,
    args: list[Argument],
    roles: tuple[str, ...] | list[str],
    clause: _Clause,
    a: int,
    b: int,
    m: NewsMatch,
) -> list[Argument]:
    """``args`` with the type's quantity roles its sentence states and no rule filled: an age
    near the one it is about (死者年龄: 享年64岁), a magnitude (5.8级), a depth (10公里), a sum
    (出售价格, 融资金额; not 营业额…), a round (B轮), a share (降价幅度: 5%), a span (禁赛时长:
    8场), a count of people (裁员人数; 死亡人数 and 受伤人数 by the word after the count) — the
    one nearest the trigger in its clause, else in its sentence."""
    vt = view.text
    have = {x.role for x in args}
    out = list(args)
    for role in roles:
        if role in have:
            continue
        kind = _quantity_kind(role)
        if kind is None:
            continue
        pattern = _QUANTITY[kind]
        if kind == "people":
            after = _DEAD_AFTER if "死亡" in role else _HURT_AFTER if "受伤" in role else None
            if after is not None and "死" in vt[a:b]:  # (造成2死3伤: a toll with no 人)
                pattern = _PEOPLE_OR_TOLL
        else:
            after = None
        people: list[tuple[int, int]] = []  # (read for an age only)
        if kind == "age":
            people = [
                (view.to_view(x.start), view.to_view(x.end))
                for x in args
                if x.start is not None and x.end is not None and not _QUANTITY_ROLE.search(x.role)
            ]
        best: tuple[int, int] | None = None
        best_d = 0
        for lo, hi in ((clause.start, clause.end), (a, b)):
            for q in pattern.finditer(vt, lo, hi):
                if after is not None and not after.match(
                    vt, q.end(), min(b, q.end() + _COUNT_AFTER_REACH)
                ):
                    continue
                if kind == "age" and not (
                    _AT_DEATH.search(vt, max(a, q.start() - 3), q.start())
                    or any(_near(vt, q.start(), q.end(), x0, x1) for x0, x1 in people)
                ):  # 享年64岁, 13岁的某某, 某某，46岁: the age of the one the event is about
                    continue
                if kind == "money" and _NOT_A_PRICE.search(vt, max(a, q.start() - 4), q.start()):
                    continue  # 营业额达到某某亿元: another sum
                if kind == "money" and _PROPOSED_SUM.search(vt, max(a, q.start() - 4), q.start()):
                    continue  # 监管部门早先提出的900万英镑: a sum proposed, not the one set
                if kind == "money" and _bought_at(vt, q.end(), m.start):
                    continue  # 以2元/颗购得后卖给下家: the price it was bought at, not sold at
                if m.start <= q.start() and q.end() <= m.end:
                    continue  # (the trigger's own words; A+轮|融资 shares a character only)
                if kind == "share" and lo == a and _share_moved_by(vt, q.start(), clause):
                    continue  # 降价…，股价下跌8%: the share another clause's verb moved by
                d = abs(q.start() - m.start)
                if kind == "age" and people:  # (40岁的某某带着两岁儿子: the age next to her)
                    d = min(min(abs(q.start() - x1), abs(x0 - q.end())) for x0, x1 in people)
                if best is None or d < best_d:
                    best, best_d = q.span(), d
            if best is not None:
                break
        if best is not None:
            cs, ce = view.to_original(best[0]), view.to_original(best[1])
            out.append(Argument(role, view.original[cs:ce], cs, ce))
    return out


# 购得, 拿到货, 进货: a verb of getting goods (news_cues bought_at), right after a sum and its
# unit (2元/颗, 每斤3元)
_BOUGHT_AT = re.compile(r"(?:[/每][^\s，。；：,;:0-9]{1,2})?(?:" + cue("bought_at").pattern + ")")


def _bought_at(vt: str, end: int, trigger_at: int) -> bool:
    """Is the sum ending at ``end`` the price something was got at - a verb of getting
    (news_cues bought_at) right after it, ending before the trigger at ``trigger_at`` (以2元/颗
    购得后卖给下家, 以每吨300元进货再转卖)?  That act's price, not the trigger's: not when the
    trigger is that verb itself (以5亿元购入某公司股权)."""
    return _BOUGHT_AT.match(vt, end, trigger_at) is not None


@cache
def _quantity_kind(role: str) -> str | None:
    """The kind of quantity a role is filled with (_QUANTITY_KINDS, by its suffix), if any."""
    return next((k for suffix, k in _QUANTITY_KINDS if role.endswith(suffix)), None)


_MOVED_BY = cue("moved_by")  # 下跌|8%: a rise or a fall the share measures


def _share_moved_by(vt: str, at: int, clause: _Clause) -> bool:
    """Is the share at ``at``, outside the trigger's ``clause``, the size of a rise or a fall
    its own verb states (股价下跌了8%)?"""
    if clause.start <= at < clause.end:
        return False
    end = at - 1 if vt.startswith("了", at - 1) else at
    return _MOVED_BY.search(vt, max(0, end - 2), end) is not None


def _near(vt: str, q0: int, q1: int, x0: int, x1: int) -> bool:
    """Do ``vt[q0:q1]`` and ``vt[x0:x1]`` stand within :data:`_AGE_REACH` characters of each
    other, with no clause break between?"""
    if q1 <= x0:
        return x0 - q1 <= _AGE_REACH and not _CLAUSE_END.search(vt, q1, x0)
    if x1 <= q0:
        return q0 - x1 <= _AGE_REACH and not _CLAUSE_END.search(vt, x1, q0)
    return True


_TITLE_SCOPE = cue("title_scopes")  # (anchored)


def _affiliation(vt: str, at: int, actors: list[Actor], lo: int) -> tuple[int, int] | None:
    """The organisation whose office the title right before ``at`` names (百度创始人, 某某股份
    董事、总裁, 某公司一名员工): a name recognised there, else the run of name characters before
    the title (not past ``lo``, a punctuation mark or a function word)."""
    title = _OFFICE_TITLES.search(vt, max(lo, at - _AFFILIATION_REACH), at)
    if title is None:
        return None
    end = title.start()
    scope = _TITLE_SCOPE.search(vt, max(lo, end - 4), end)  # 某某科技全球总裁: the office's scope
    if scope is not None:
        end = scope.start()
    org = next(
        (y for y in actors if y.end == end and y.kind in ("ORG", "NP") and not y.place), None
    )
    if org is not None:
        return org.start, org.end
    start = end
    while start > max(lo, end - _NP_MAX) and not _CONTEST_STOP.match(vt, start - 1):
        start -= 1
    start = _past_lead(vt, start, end, _WordBounds(vt, start, end))
    if end - start < 2 or _junk_phrase(vt[start:end]) or _HAS_NUMBER.fullmatch(vt, start, end):
        return None
    if any(y.start < end and start < y.end and y.kind == "PER" for y in actors):
        return None  # 赵某的邻居孙某: a person, no organisation
    return start, end


def _is_body_at(x0: int, x1: int, actors: list[Actor]) -> bool:
    """Is ``vt[x0:x1]`` an organisation or a place read as a participant (not a person)?"""
    return any(
        y.start == x0 and y.end == x1 and y.kind != "PER" and y.agent_type not in PEOPLE_KINDS
        for y in actors
    )


# 加入, 入职…: a verb of joining a body (news_cues joined_verbs), its object the body joined
_JOINED_VERB = cue("joined_verbs")
_JOINED_GAP = re.compile("了?某?")  # (加入了某银行: between the verb and the body)
_JOINED_REACH = 40  # characters before a leaving verb its joining is looked for in


def _joined_before(
    vt: str, m: NewsMatch, actors: list[Actor], leaver: int | None
) -> tuple[int, int] | None:
    """The body a verb of joining names right after it (加入某证券公司, 入职华为) earlier in the
    sentence of the leaving verb ``m`` - 毕业后加入某银行，后来辞职: the bank is the one left -
    with no person named or titled between that body and the leaving and the one who leaves
    (starting at ``leaver``, if any) named before the joining (加入某银行，其妻子后来辞职, 加盟
    某队后，原球队主教练辞职: another one leaves); None when there is none."""
    lo = max(0, m.start - _JOINED_REACH)
    lo = max(lo, *(vt.rfind(c, lo, m.start) + 1 for c in _SENTENCE_STOPS))
    joined = None
    for hit in _JOINED_VERB.finditer(vt, lo, m.start):
        joined = hit  # (the last joining before the leaving)
    if joined is None or (leaver is not None and leaver >= joined.start()):
        return None  # (加入某银行后，妻子辞职: the one who leaves is named after the joining)
    e = joined.end()
    body = next((y for y in actors if y.start >= e and _JOINED_GAP.fullmatch(vt, e, y.start)), None)
    if body is None or body.end > m.start or not _is_body_at(body.start, body.end, actors):
        return None
    if body.place or body.kind in ("GPE", "LOC"):
        return None  # (加入某市, 加入美国国籍: a place or a country, no body one works for)
    if any(body.end <= y.start < m.start and y.kind == "PER" for y in actors):
        return None  # (加入甲公司，乙后来辞职: another one leaves)
    if _OFFICE_TITLE.search(vt, body.end, m.start):
        return None  # (加盟某队后，原球队主教练辞职: the one titled leaves another body)
    return body.start, body.end


def _contest_arguments(
    view: AnalysisView,
    args: list[Argument],
    role: str,
    contests: list[tuple[int, int]],
    clause_start: int,
    m: NewsMatch,
) -> list[Argument]:
    """``args`` with the contest's name in ``role``: an object read in that role becomes the
    contest's name inside it, or goes (卫冕亚洲杯冠军 → 亚洲杯; 他的冠军称号: none); when none
    is left, the contest nearest before the trigger (in its clause first), else the first after."""
    kept: list[Argument] = []
    for x in args:
        if x.role != role or x.start is None or x.end is None:
            kept.append(x)
            continue
        x0, x1 = view.to_view(x.start), view.to_view(x.end)
        inner = next((c for c in contests if c[0] < x1 and x0 < c[1]), None)
        if inner is not None:
            cs, ce = view.to_original(inner[0]), view.to_original(inner[1])
            kept.append(Argument(role, view.original[cs:ce], cs, ce))
    if any(x.role == role for x in kept):
        return kept
    ahead = [c for c in contests if c[1] <= m.start]
    near = [c for c in ahead if c[0] >= clause_start]
    pick = (
        (near or ahead)[-1]
        if (near or ahead)
        else next((c for c in contests if c[0] >= m.end), None)
    )
    if pick is not None:
        cs, ce = view.to_original(pick[0]), view.to_original(pick[1])
        kept.append(Argument(role, view.original[cs:ce], cs, ce))
    return kept


def _seat_floor(vt: str, clause: _Clause, clauses: list[_Clause]) -> int:
    """Where a court seated at a trial may be named: the trigger's clause, or the clause right
    before it when that one opens with a time or 在/于 and holds a place adjunct alone
    (今天上午在某区法院，王某…开庭)."""
    k = next((i for i, c in enumerate(clauses) if c.start == clause.start), 0)
    if k == 0:
        return clause.start
    prev = clauses[k - 1]
    if _SEAT_CLAUSE.fullmatch(vt, prev.start, clause.start):
        return prev.start
    return clause.start


_RITE_NOUNS = frozenset(cue_words("rite_nouns"))  # 葬礼, 追悼会: a rite for the dead
# 某某同志追悼会, 某某的葬礼, 乙二世的葬礼 (a regnal number the recogniser leaves out)
_RITE_OWNER_GAP = re.compile(r"(?:同志|先生|女士|[一二三四五六七八九十]世)?的?")
_RITE_HELD = re.compile("(?:" + cue("rite_goers").pattern + ")了?")  # 为某某|举行了|葬礼
# 出席了好友的葬礼, 在母亲的葬礼上: a noun of people between a goer's verb (or 了, 在) and 的
# names whom it is for
_RITE_OWNER = re.compile(
    r"(?:了|在|" + cue("rite_goers").pattern + r")([^了的，。、；：\s]{2,5})的$"
)


def _rite_for(
    vt: str, lo: int, m: NewsMatch, agent: Actor, actors: list[Actor]
) -> Actor | None:
    """The dead a rite for the dead (葬礼, 追悼会: news_cues rite_nouns) ``m`` names, read as
    ``agent`` from its clause: ``agent`` itself when it is the one the rite is for (某某的葬礼,
    某某同志追悼会), else one of ``actors`` named right before it (甲出席了乙二世的葬礼), else
    one it is held for (亲属为其举办葬礼), else a noun of people before 的 and the rite, after
    a verb of going to or holding it (甲出席了好友的葬礼: the friend, 甲 a guest), else None
    (甲前往参加葬礼: no one it is for is told)."""
    if agent.end <= m.start and _RITE_OWNER_GAP.fullmatch(vt, agent.end, m.start):
        return agent
    owned = next(
        (
            y
            for y in actors
            if lo <= y.start
            and y.end <= m.start
            and not y.place
            and _RITE_OWNER_GAP.fullmatch(vt, y.end, m.start)
        ),
        None,
    )  # (甲出席了某国女王乙二世的葬礼: the one named right before it, not the guest)
    if owned is not None:
        return owned
    held_for = next(
        (
            y
            for y in actors
            if lo < y.start
            and y.end <= m.start
            and vt[y.start - 1] == "为"
            and _RITE_HELD.fullmatch(vt, y.end, m.start)
        ),
        None,
    )  # (亲属为其举办葬礼: the one it is held for)
    if held_for is not None:
        return held_for
    owner = _RITE_OWNER.search(vt, max(lo, m.start - 10), m.start)
    if owner is None:
        return None
    head = owner.group(1)
    if not (_PERSON_HEAD.search(head) or head in _KIN_WORDS):
        return None
    return Actor(owner.start(1), owner.end(1), head, "NP")


def _dead_qualified(vt: str, end: int, m: NewsMatch, actors: list[Actor]) -> Actor | None:
    """The people a death word ``m`` qualifies, named right after it or after its 的 before
    ``end`` and closing there (遇难消防员的…, 病逝的老战友。: they died), else None (遇难者,
    去世的消息: no people; 造成1人死亡多人受伤: a count, other people; 去世哥哥又摔伤: a
    headline's next clause, run on)."""
    at = m.end + 1 if vt.startswith("的", m.end) else m.end
    if at >= end or vt[at] in _NOT_QUALIFIED_OPEN:
        return None
    named = next((x for x in actors if x.start == at and not x.place), None)
    if named is not None:  # (牺牲民警: police too; not 身亡孩子失踪: a headline's next clause)
        closed = named.end >= end or vt[named.end] in _QUALIFIED_CLOSE
        return named if closed and named.kind in ("PER", "generic") else None
    head = _QUALIFIED_HEAD.match(vt, at, end)
    if head is None or not _PERSON_HEAD.search(head.group(1)):
        return None
    return Actor(at, head.end(1), head.group(1), "NP")


# 者 (遇难者: the word is the noun), a count (死亡3人), 时/后 (遇难时)…: no people qualified
_NOT_QUALIFIED_OPEN = frozenset("者人时后前中了过着0123456789一二两三四五六七八九十百千几多数")
# 病逝的老战友|的追悼会: a short noun (of people: _PERSON_HEAD) closing before 的 or a break
_QUALIFIED_CLOSERS = "的，。、；：！？"
_QUALIFIED_CLOSE = frozenset(_QUALIFIED_CLOSERS)
_QUALIFIED_HEAD = re.compile(r"([\u4e00-\u9fff]{2,5}?)(?=[" + _QUALIFIED_CLOSERS + "]|$)")


def _owner_before(vt: str, make: Actor, actors: list[Actor]) -> Actor | None:
    """The one whose vehicle of the make ``make`` is (王女士的某品牌轿车, 原告的某品牌汽车): a
    person or a party noun right before it and 的, else None."""
    return next(
        (
            y
            for y in actors
            if y.end < make.start
            and vt[y.end : make.start] == "的"
            and not y.place
            and not _company(y)
            and _person_or_people(y)
        ),
        None,
    )


def _drivers_before(vt: str, lo: int, at: int, actors: list[Actor]) -> list[Actor]:
    """The people named between ``lo`` and ``at`` right before 驾驶的, 所开的… (news_cues
    driven_by): those who drove the vehicles the phrase after it names."""
    return [
        y
        for y in actors
        if lo <= y.start
        and y.end < at
        and _DRIVEN_BY.match(vt, y.end, at)
        and not y.place
        and not _company(y)
        and _person_or_people(y)
    ]


_DRIVEN_BY = cue("driven_by")


def _in_nickname(vt: str, x: Actor, actors: list[Actor]) -> bool:
    """Does the place ``x`` open a quoted nickname of a person (“南京胖哥”邱某, “某地女孩”)? The
    place word is then an epithet, not where the event is."""
    if x.start == 0 or vt[x.start - 1] not in _QUOTE_OPEN:
        return False
    close = _QUOTE_CLOSE.search(vt, x.end, x.end + _NICKNAME_MAX + 1)
    if close is None or close.start() == x.end:
        return False
    rest = vt[x.end : close.start()]
    head = generic_head(rest)
    return (
        (head is not None and head[1] in ("CVL", "CRM"))
        or _NICKNAME_END.search(rest) is not None
        or any(y.start == close.end() and y.kind == "PER" for y in actors)
    )


def _in_name(vt: str, x: Actor) -> bool:
    """Does the place ``x`` open a name of a team, a body or a gathering (某市某某队, 某市车展,
    某市大学)? It is then part of the name, not where another event is."""
    return _PLACE_OPENS_NAME.match(vt, x.end) is not None


def _dated_between(vt: str, times: list[TimeRef], x: Actor, start: int, end: int) -> bool:
    """Is a time told between the earlier clause of the place ``x`` and the trigger's clause
    (``start``..``end``) — 在某地参加活动的李某称，3月9日…发生碰撞? The event has its own day then,
    and the place of the earlier clause is not its place."""
    stop = _CLAUSE_END.search(vt, x.end, end)
    if stop is None:
        return False
    return any(stop.start() <= t.start and t.end <= end for t in times) and x.end < start


# a place, then up to three characters of a name (no 的, 一, 某…: no clause, no count), then the
# head of a team's, a body's or a gathering's name
_PLACE_OPENS_NAME = re.compile(
    r"[^\W的有是在和与及到去来一某家个这那各]{0,3}?(?:" + cue("name_after_place").pattern + ")"
)


def _origin(vt: str, x: Actor, actors: list[Actor]) -> bool:
    """Is the place ``x`` where someone comes from or what a body belongs to, not where an event
    happens: right before a person or a body it qualifies (某市李女士, 某市市场监管局), before
    人 closing a description (刘某（男，43岁，某省某县人）) or 籍 (某省籍), or after a mark of
    residence (暂住在本市某区)?"""
    if vt.startswith(_NATIVE_AFTER, x.end):
        return True
    # 刘某（男，某省某县人）: the place and a smaller one of it before 人; 某省籍男子: 籍
    tail = _NATIVE_TAIL.match(vt, x.end)
    if tail is not None and _parts_of_speech().get(vt[tail.end() - 3 : tail.end() - 1]) != "n":
        return True  # (not 行人, 家人: a noun of people)
    if vt.startswith(_NATIVE_MARKS, x.end):
        return True
    # 暂住在本市某区, 家住某县: where someone lives
    if _RESIDENCE_BEFORE.search(vt, max(0, x.start - 6), x.start):
        return True
    return any(
        y.start == x.end
        and not y.place
        and (_person_or_people(y) or _authority(y))
        for y in actors
    )


_NATIVE_AFTER = tuple(cue_words("native_after"))
# a smaller place of up to four characters (no 的, 有, 是…: no clause), then 人 closing a
# description (native_after: 人，人）…)
_NATIVE_TAIL = re.compile(r"[^\W的有是在和与及到去来]{1,4}?(?:" + cue("native_after").pattern + ")")
_NATIVE_MARKS = tuple(cue_words("native_marks"))
# a mark of residence, then up to two characters (本市) before the place
_RESIDENCE_BEFORE = re.compile("(?:" + cue("residence_before").pattern + r")[\u4e00-\u9fff]{0,2}$")
_PIVOT_VERBS = frozenset(cue_words("pivot_verbs"))
_MADE_VEHICLE_TYPES = frozenset(cue_words("made_vehicle_types"))


# 交往-感谢, 交往-道歉: a state may be the one thanked or apologised to (news_cues
# spoken_acts), though it acts in political events only
_STATE_THANKED = frozenset(cue_words("spoken_acts"))
# 感谢某国的支持: what the state is thanked for (news_cues thanks_for), not 某国的教练 - people
_THANKED_FOR = re.compile("的(?:" + cue("thanks_for").pattern + ")")


def _state_thanked(vt: str, x: Actor, m: NewsMatch) -> bool:
    """Is the state ``x`` the one a thanks or an apology (:data:`_STATE_THANKED`) is addressed
    to - right after the trigger, past 了, and closing a phrase of its own (感谢某国，…; 感谢某国的
    支持), or right after 向/对/给 right before it (向某国道歉)?  Not a state that qualifies a
    noun after it (为了某国市场, @某公司某国, 感谢某国的教练: the coaches thanked)."""
    if m.entry.news not in _STATE_THANKED:
        return False
    if x.start >= m.end:
        past = 1 if vt.startswith("了", m.end) else 0  # (感谢了某国)
        return x.start - m.end <= past and (
            x.end >= len(vt)
            or vt[x.end] in _PLACE_ENDS
            or _THANKED_FOR.match(vt, x.end) is not None
        )
    return x.end == m.start and vt[x.start - 1 : x.start] in ("向", "对", "给")


@lru_cache(maxsize=512)  # (a pure test of a lexicon role name, asked for each candidate)
def _person_role(role: str | None) -> bool:
    """被拘捕者, 被告: a role a participant fills — not 刑期, 罚款金额 (a passive word like 被判监
    then keeps its subject as the one sentenced)."""
    return role is not None and role not in _ROLE_SOURCE and not _THING_ROLE.search(role)


def _allied_before(
    vt: str,
    agent: Actor,
    actors: list[Actor],
    m: NewsMatch,
    lo: int,
    already: Sequence[Actor | None],
) -> list[Actor]:
    """甲伙同乙盗窃, 甲联合乙起诉丙: the two participants a partnering verb (``ally_verbs``,
    perhaps past 是 or an adverb of ``ally_leads``, perhaps with 了) joins right between them,
    before the trigger ``m`` in the clause opening at ``lo``, do the act together - the other
    one of the pair the act's subject ``agent`` is in; none when no such verb stands right before
    or after ``agent``, nor when a when-clause ends between the pair and the trigger (甲携手乙
    出席活动时宣布…: the pair's act is the one of the frame)."""
    reach = max(lo, agent.start - _ALLY_REACH)
    if _ALLY_FIRST.search(vt, reach, min(m.start, agent.end + 3)) is None:
        return []  # (the cheap test first: no verb's first character around the subject)
    if agent.end < m.start:
        hit = _ALLY_BEFORE.match(vt, agent.end, m.start)  # 甲|联手|乙…: the one after
        if hit is not None:
            return [
                y for y in actors
                if y.start == hit.end() and y.end <= m.start and not y.place and y not in already
                and not _ALLY_FRAME.search(vt, y.end, m.start)
            ]  # fmt: skip
    if agent.start - lo < 2 or _ALLY_FRAME.search(vt, agent.end, m.start):
        return []
    hit = _ALLY_BEFORE.search(vt, reach, agent.start)
    if hit is None or hit.end() != agent.start:
        return []
    return [
        y for y in actors
        if y.end == hit.start() and lo <= y.start and not y.place and y not in already
    ]  # fmt: skip


def _listed_places(
    vt: str, agent: Actor, actors: list[Actor], already: Sequence[Actor | None]
) -> list[Actor]:
    """甲州、乙州和丙州先后禁止…: the places joined to the place ``agent`` read as an act's doer
    (a state, a province, a city acting as a body) by a list's joiner alone (、, 和, 与, 及)
    - each one of the list does the act; not a place joined by anything else, nor a list a
    venue's mark or 来自 opens (在甲州、乙州和丙州…: where the act is done)."""
    out: list[Actor] = []
    if vt[agent.end : agent.end + 1] not in _LIST_JOINS and (
        agent.start == 0 or vt[agent.start - 1] not in _LIST_JOINS
    ):
        return out  # (the cheap test first: no joiner beside the subject, no list)
    ordered = [y for y in actors if y.place or y is agent]
    k = next((i for i, y in enumerate(ordered) if y is agent), -1)
    if k < 0:
        return out
    for step in (-1, 1):
        j = k
        while 0 <= j + step < len(ordered):
            x, y = (ordered[j + step], ordered[j]) if step < 0 else (ordered[j], ordered[j + step])
            if vt[x.end : y.start] not in _LIST_JOINS:
                break
            j += step
            if ordered[j] not in already:
                out.append(ordered[j])
    first = min((agent, *out), key=lambda y: y.start)
    if out and vt[first.start - 1 : first.start] in _VENUE_BEFORE:
        return []  # (在甲州、乙州和丙州禁止…, 来自甲州和乙州的…: where it is done, no doers)
    return out


def _joined(
    vt: str, x: Actor, y: Actor, places: Sequence[Actor] = (), listed: bool = False
) -> bool:
    """Is ``y`` joined to ``x`` before it in a list?  ``listed``: the two stand before a
    passive, where 与 joins the ones it befalls and accompanies no one (甲与两个儿子被拘捕)."""
    gap = vt[x.end : _phrase_start(y, places)]  # (甲与某省乙: 乙's place opens its phrase)
    if " " in gap and vt[x.end - 1] > "\u3000" and vt[y.start] > "\u3000":
        gap = "".join(gap.split())  # 甲 和 乙: the spaces a page sets around names are no gap
    aside = _ASIDE.match(gap)  # 王某某（女，26岁）、李某某: the aside on the first one is no gap
    if aside is not None:
        gap = gap[aside.end() :]
        if not gap:
            return False
    if _LIST_COMMA.match(gap):  # 甲，及销售人员乙: the list goes on past the comma
        gap = gap[1:]
    side = _SIDE_OF.match(gap) if x.kind == "PER" else None
    if side is None and gap.startswith("方面"):  # 某公司方面及其员工: the company's side
        side = _SIDE_NOUN.match(gap)
    if side is not None:  # 甲方和乙方, 甲一方与乙: the side of the one named is that one
        gap = gap[side.end() :]
    owner = _COORDINATED_OWNER.match(gap)
    if owner is not None:  # 孙某及其司机, 孙某与其妻子: the 其 is the one joined before
        gap = gap[: owner.end() - 1] + gap[owner.end() :]
    if y.kind != "PER" and y.agent_type not in PEOPLE_KINDS and _HEADCOUNT_AT.match(vt, y.end):
        return False  # 以及某公司多名高层: the company is whose people they are, not one of them
    if _COORDINATOR.match(gap) or (gap == "" and x.kind == "PER" and y.kind == "PER"):
        return True
    # 蔡某与集团财务总监林某某, 林某某、市场总监何某某: a coordinator, then the title of the
    # person after it
    lead = next((c for c in _COORDINATORS if gap.startswith(c)), None)
    if lead is None and aside is not None and gap[0] in "，," and not _ITEM_PRONOUN.match(gap, 1):
        lead = gap[0]  # 王某某（女，26岁），销售人员李某某: after an aside a comma goes on with it
        # (not …，其儿子李某某: a clause of its own about the one before)
    rest = gap[len(lead) :] if lead else ""
    if lead is None or not rest:
        return False
    counted = _JOINED_COUNTED.fullmatch(rest)
    if (
        counted is not None
        and (counted.group(1) or lead in _LIST_ONLY or listed)  # (甲与三名男子发生冲突)
        and _person_or_people(y)
    ):
        return True  # 甲和乙以及其他五名(同行的)乘客: the others counted are joined to them
    if (
        lead == "、"
        and x.kind != "PER"
        and y.kind != "PER"
        and _person_or_people(x)
        and _person_or_people(y)
        and _kinds_listed_between(vt, x.end + 1, _phrase_start(y, places))
    ):
        return True  # 受影响的用户、相关人员、广大网友: a kind of people no actor names between
    if y.kind != "PER":
        return False
    if x.kind != "PER" and x.agent_type not in PEOPLE_KINDS and _BODIES_TITLE.fullmatch(rest):
        return False  # 甲集团、乙公司的董事长丙: the bodies listed are whose title it is
    if _JOINED_RELATIVE.fullmatch(rest) and lead in _RELATIVE_JOINERS:
        return True  # 起诉甲和转载该帖的乙: a relative clause qualifies the one joined after
    if lead == "、" and x.kind == "PER" and _described_kind(rest):
        return True  # 甲、新剧《某某》的女主角乙: the list goes on with one described
        # (a name before: not 被害人、当地的村民乙 - the one described is the one titled)
    # (甲、财务总监乙和董事会秘书丙: in a list - a joiner that is no preposition, or a list
    # comma before - nouns alone between the joiner and a name title it, a title word or not)
    at = _phrase_start(y, places)
    return len(rest) <= _TITLE_GAP + 4 and (
        (
            _LISTED_TITLE.search(rest) is not None
            and not _GAP_BREAK.search(rest.replace("“", "").replace("”", ""))
        )
        or (
            rest in generic_table().people_words  # 甲及其他两名同伴和司机乙: what he is
            and (
                lead in _LIST_ONLY
                or (listed and lead in _RELATIVE_JOINERS)
                or _listed_before(vt, x)
            )
        )  # (not 甲与司机乙发生争执, 甲跟乘客乙发生纠纷后被拘留: a preposition there)
        or (
            (owner is None or listed)
            and (
                lead in _LIST_ONLY
                or (listed and lead in _RELATIVE_JOINERS)
                or "、" in vt[max(0, x.start - _TITLE_GAP) : x.start]
            )
            and _nouns_only(vt, at - len(rest), at)
        )  # (甲与(其)助手乙被拘留: before a passive 与 lists, the nouns title the one after -
        # not 同 or 跟, which may be verbs or open a word: 巴西同胞乙, 与甲同竞技)
    )


def _listed_before(vt: str, x: Actor) -> bool:
    """Is ``x`` itself one listed after a coordinator that is no preposition (…以及其他两名同伴
    和…: 和 then closes a list, no preposition)?"""
    window = vt[max(0, x.start - _TITLE_GAP) : x.start]
    window = window[max(window.rfind(c) for c in "，。；：,;:") + 1 :]  # (its clause only)
    return any(c in window for c in _LIST_ONLY)


# what may not stand inside the description of one listed after a list comma: a clause break
_ITEM_BREAK = re.compile(r"[，。；：！？,;:!?\s]")


def _described_kind(rest: str) -> bool:
    """Is ``rest``, between a list comma and a name, a description ending in 的 and a kind or
    a title of people (新剧《某某》的女主角, 同公司的艺人: who the one listed is), with no clause
    break in it?"""
    de = rest.rfind("的")
    if de < 0 or _ITEM_BREAK.search(rest):
        return False
    kind = rest[de + 1 :]
    return kind in generic_table().people_words or kind in _TITLE_SET


_HEADCOUNT = rf"(?:{_COUNT}|多)[" + "".join(cue_words("people_measures")) + "]"  # 五名, 十余位
_HEADCOUNT_AT = re.compile(_HEADCOUNT)
# 伙同, 联合了, 联合多名: a partnering verb and perhaps a headcount, right before the ally
_ALLY_BEFORE = re.compile(
    "(?:" + cue("ally_leads").pattern + ")?(?:" + _ALLY_VERB.pattern + ")了?(?:" + _HEADCOUNT + ")?"
)
# 甲携手乙出席活动时宣布…: a when-clause ending between the pair and the trigger (news_cues
# time_clause_ends, at_when_ends; not 先后, 随后, 同时, 及时…: no frame)
_ALLY_FRAME = re.compile(
    words_not_after(
        [w for w in cue_words("time_clause_ends") + cue_words("at_when_ends") if w != "同时"],
        "先随然最前午同及临",
    )
)
_ALLY_FIRST = re.compile("[" + "".join({w[0] for w in cue_words("ally_verbs")}) + "]")
# 多名高层, 两名职员: a headcount and a noun of up to four characters, up to a joiner, a total,
# a passive or an adverb (公司多名高层共10人被拘捕)
_STAFF_AFTER = re.compile(_HEADCOUNT + r"([^\s，。；：、和与及共等被遭已均都在于因将]{1,4})")
# 某某等75人, 甲、乙等12名犯罪嫌疑人, 甲等人: 等 and the count (with the kind of people it
# counts) or 人 that close a group headed by the names before it - not the 人 opening a longer
# noun (甲等人员, 甲等人民警察, 甲等人士: 人 is no close), nor a kind past 的 (甲等2名嫌疑人的家人:
# another group, theirs)
_GROUP_CLOSE = re.compile(
    rf"等(?:{_COUNT})?人(?![员民士物才质])|等{_COUNT}[名位](?:"
    + cue("accused_titles").pattern
    + r"|[^\s，。；：、！？“”（）()和与及等被遭已均都在于因将并的]{0,6}["
    + "".join(cue_words("counted_kind_ends"))
    + "])"
)


def _with_groups(view: AnalysisView, args: list[Argument]) -> list[Argument]:
    """``args`` with each participant the sentence names as the head of a counted group
    (抓获某某等75人, 起诉甲、乙等人) read with the group's close: the argument says how many
    took part, not one of them alone.  Quantities, times and places are left as they are."""
    vt = view.text
    out: list[Argument] = []
    for x in args:
        if x.start is not None and x.end is not None and x.role not in ("时间", "地点"):
            e = view.to_view(x.end)
            if vt.startswith("等", e) and not _AMOUNT_ROLE.search(x.role):
                close = _GROUP_CLOSE.match(vt, e)
                if close is not None and view.original[x.start : x.end] == x.text:
                    ce = view.to_original(close.end())
                    x = replace(x, text=view.original[x.start : ce], end=ce)
        out.append(x)
    return out


# 其他五名, 另外两位…的: the count (and a relative clause) of a kind of people joined to names
_JOINED_COUNTED = re.compile(
    rf"(其他|其余|另外|另)?{_HEADCOUNT}"
    r"(?:[^，。；：！？、“”《》（）()\s]{1,12}的)?"
)
# a headcount then a relative clause up to a name's start (五名参加某赛的): what it holds
_COUNTED_RELATIVE_OPEN = re.compile(rf"{_HEADCOUNT}[^，。；：！？、“”《》（）()\s]{{0,12}}$")


def _in_counted_relative(vt: str, x: Actor, rest: Sequence[Actor]) -> bool:
    """Does ``x`` stand inside the relative clause between a headcount and the kind of people
    it counts, the next actor of ``rest`` (六名参加女子联赛的乘客: 女子)?"""
    if not rest:
        return False
    de = rest[0].start - 1
    return (
        vt.startswith("的", de)
        and _JOINED_RELATIVE_BODY.fullmatch(vt, x.end, de) is not None
        and _COUNTED_RELATIVE_OPEN.search(vt, max(0, x.start - 16), x.start) is not None
    )


_JOINED_RELATIVE_BODY = re.compile(r"[^，。；：！？、“”《》（）()\s]{0,12}")
# the coordinators that are no preposition (以及, 及, 、; not 与, 和: with); those that join a
# relative clause (not 同, 跟: 同为…的 - verbs there, nor the list comma)
_LIST_ONLY = tuple(c for c in cue_words("coordinators") if c not in cue_words("coordinators_with"))
_RELATIVE_JOINERS = tuple(
    c for c in cue_words("coordinators") if c != "、" and c not in cue_words("coordinators_verbs")
)
# a short relative clause ending in 的 before a name joined to the one before it (和转载该帖的乙):
# no punctuation, no coordinator, no pronoun (甲和他的妻子乙: whose) inside it
_JOINED_RELATIVE = re.compile(
    r"[^，。；：！？、“”《》（）()\s" + "".join(PAIR_COORDINATORS) + "他她其的]{2,8}的"
)


# the title of a listed person: a person_title word, or a people noun (销售人员) after a comma
_LISTED_TITLE = re.compile(_PERSON_TITLE.pattern + "|" + cue("people_nouns").pattern + "$")
# 乙公司的董事长, 乙集团总裁: another body of a list and a title - the title of the bodies listed
# (news_cues listed_body_ends: 公司, 集团…), not a person joined to the list; not 甲公司、原告的律师
# 乙 - a title of anyone's 的 is the listed person's own
_BODIES_TITLE = re.compile(
    r"[^，,。；;、和与及的]{1,12}?(?:" + cue("listed_body_ends").pattern + r")的?(?:"
    + _PERSON_TITLE.pattern
    + ")"
)


def _other_partner(
    vt: str,
    a: int,
    b: int,
    clause: _Clause,
    read: tuple[Actor | None, ...],
    actors: list[Actor],
    news: str | None,
    told: list[Event],
    at: int | None = None,
) -> Actor | None:
    """The other partner of a two-person act (结婚, 分手…) of type ``news`` of which ``read``
    holds one person alone: the one other person the sentence ``vt[a:b]`` names by name in the
    act's own ``clause``, or as the subject opening a clause before it (尽管与乙相恋，甲仍…，乙
    决定分手: 甲) - or after it, when the act's clause has none (与乙离婚后，甲…); None when it
    names none or more than one, when ``read`` holds none or two, or when an event of the couple
    ``told`` before gives the partner (events.frame fills it).  Only its own clause, for an act
    joining a couple whose one read is that clause's subject with 也/亦 before the trigger at
    ``at`` (甲…，乙也将结婚: 乙 is one more who marries, someone else - not 甲's partner)."""
    held = [x for x in read if x is not None and is_person(x) and not _unresolved(x)]
    names = {x.alias_of or x.text for x in held}
    if len(names) != 1 or any(x is not None and x.members for x in read):
        return None
    if any((x.alias_of or x.text).endswith(PLURAL_KIN) for x in held):
        return None  # (父母离婚: both of them)
    known = next(iter(names))
    if partner_told(news, told, known) is not None:
        return None
    # (与乙离婚: the partner read after a coordinator opening the clause, no subject before it)
    subjectless = all(
        x.start >= clause.start and _COORDINATED_ONLY.fullmatch(vt, clause.start, x.start)
        for x in held
    )
    also = at is not None and any(_also_does(vt, clause, x, news, at) for x in held)
    found: Actor | None = None
    for x in actors:
        if not (a <= x.start < b) or x.kind != "PER" or x.place or x.members or _unresolved(x):
            continue
        if also and not clause.start <= x.start < clause.end:
            continue
        name = x.alias_of or x.text
        if name in names:
            continue
        if at is not None and clause.start <= x.start < at and _told_of_own(
            vt, x, clause, at, actors, True
        ):
            continue  # (甲跟乙说自己要结婚了: 乙 is told, not the partner)
        close = _QUOTE_CLOSE.match(vt, x.end)
        if close is not None and any(y.start == close.end() for y in actors):
            continue  # (“某地胖哥”邱某: his nickname)
        if not clause.start <= x.start < clause.end and not _named_as_partner(vt, clause.end, x):
            if x.start >= clause.end and not subjectless:
                continue  # (甲宣布结婚，乙送上祝福: another one's act)
            cut = max((c.end() for c in _CLAUSE_CUT.finditer(vt, a, x.start)), default=a)
            if _SUBJECT_OPENS.fullmatch(vt, cut, x.start) is None:
                continue  # (网友嘲讽乙, 按乙的话: no subject of its clause)
        if found is not None and (found.alias_of or found.text) != name:
            return None
        found = found or x
    return found


# 对象是, 丈夫系, 新娘为: a clause naming a partner by the noun of one (news_cues
# partner_named_as), then up to eight characters of title before the name
_NAMED_AS_PARTNER = re.compile(
    "(?:" + cue("partner_named_as").pattern + r")(?:是|系|为)[^，,。；;：:！？!?\s]{0,8}"
)
_NAMED_AS_PARTNER_REACH = 16  # characters from the act's clause to the name (，另一半是某某乙)
# the name closing that clause (对象是某某乙。, 对象是乙先生; not 对象是乙的弟弟, 对象是乙介绍的:
# someone else)
_NAMED_AS_PARTNER_END = re.compile(r"(?:先生|女士|小姐)?[\s”’」』]*(?:[，,。；;！？!?（(]|$)")


def _named_as_partner(vt: str, after: int, x: Actor) -> bool:
    """Is ``x`` named in the clause right after a two-person act's clause ending at ``after``
    as the partner, by the noun of one opening it (甲宣布结婚，对象是歌手乙; 甲大婚，新娘是护士
    乙: ``_NAMED_AS_PARTNER``), the name closing that clause - not someone else's act told
    after it (甲宣布结婚，乙送上祝福; …，经纪人是乙), nor one the partner is told of (…，对象是乙的
    弟弟; 对象是乙介绍的)?"""
    if not after < x.start <= after + _NAMED_AS_PARTNER_REACH:
        return False  # (the cheap test first: not right after the act's clause)
    start = after + 1 if after < len(vt) and _CLAUSE_CUT.match(vt, after) else after
    if _CLAUSE_CUT.search(vt, start, x.start) is not None:
        return False  # (a clause further on: not the one right after the act's)
    if _NAMED_AS_PARTNER_END.match(vt, x.end) is None:
        return False  # (对象是乙的弟弟: 乙 qualifies the one named, who is the partner)
    return _NAMED_AS_PARTNER.fullmatch(vt, start, x.start) is not None


# what a clause may hold before its subject: a lead word (同时, 随后…), a day or a year, spaces
_SUBJECT_OPENS = re.compile(
    "(?:" + cue("subject_leads").pattern + r"|[0-9０-９一二三四五六七八九十年月日号上下午晚]|\s)*"
)
# 也, 亦 (not 也许: maybe): the subject before it is one more who does the act
_ALSO = re.compile("(?:" + cue("also_marks").pattern + ")(?!许)")
# acts that join a couple (甲…，乙也将结婚: with someone else; a breakup a second one
# announces, 甲道歉，乙也宣布分手, may be theirs)
_UNIONS = frozenset({_MARRIED, "人生-订婚", "人生-婚礼", "人生-求婚"})
# a clause opening with the partner of a two-person act and no subject: (因为)(三年前)与/和/跟
_COORDINATED_ONLY = re.compile(r"[^，,；;。！？!?\s]{0,6}(?:与|和|跟|同)")


# a breakup told with 也 right before its trigger, past adverbs only (乙也离婚了, 乙也已经
#分手): one more who breaks up, with someone else (not 乙也宣布分手, a trigger opening with a
# verb of announcing: announcing theirs may be meant)
_BREAKUPS = frozenset({"人生-离婚", "人生-分手"})
_ALSO_RIGHT_BEFORE = re.compile(
    "(?:" + cue("also_marks").pattern + ")(?:" + cue("also_adverbs").pattern + r"|\s)*$"
)


def _also_does(vt: str, clause: _Clause, x: Actor, news: str | None, at: int) -> bool:
    """Is ``x`` the subject of the trigger's ``clause``, with 也/亦 between it and the trigger
    at ``at`` (甲…，乙也将结婚; 甲离婚了，乙也离婚了): one more who does the couple's act, with
    someone else - no one named outside the clause, unless joined to it, is the partner."""
    if not (clause.start <= x.start and x.end <= at):
        return False
    if news in _UNIONS:
        return _ALSO.search(vt, x.end, at) is not None
    return (
        news in _BREAKUPS
        and _ANNOUNCE.match(vt, at) is None  # (乙也宣布分手: announcing theirs, perhaps)
        and _ALSO_RIGHT_BEFORE.search(vt, x.end, at) is not None
    )


def _pronoun_twin(vt: str, x: Actor, named: Sequence[Actor | None]) -> bool:
    """Is ``x`` a possessive pronoun (他的, 她的) standing for another of ``named`` that the
    sentence names itself (甲和她的同事们…举报, 乙和他的律师提起上诉: 她 is 甲 again, the owner
    of what follows, no second party)?  Not a pronoun of its own (甲和他一起被带走: another)."""
    if not vt.startswith("的", x.end) or PRONOUN.fullmatch(vt, x.start, x.end) is None:
        return False
    key = x.alias_of or x.text
    return any(
        y is not None
        and y is not x
        and (y.alias_of or y.text) == key
        and PRONOUN.fullmatch(vt, y.start, y.end) is None
        for y in named
    )


def _without(gone: list[Actor], *lists: list[Actor]) -> tuple[list[Actor], ...]:
    """Each of ``lists`` without the actors of ``gone`` (the same objects)."""
    if not gone:
        return lists
    return tuple([x for x in xs if not any(x is y for y in gone)] for xs in lists)


def _unresolved(x: Actor) -> bool:
    """A pronoun (他, 其) standing for no one the resolver found."""
    return x.alias_of is None and PRONOUN.fullmatch(x.text) is not None


# 和, 与, 、, 以及: the coordinators (news_actors.PAIR_COORDINATORS join two names alone)
_COORDINATORS = ("以及", "、", *PAIR_COORDINATORS)


def _pair_joined(vt: str, x: Actor, y: Actor) -> bool:
    """甲和乙, 甲与乙: two names joined by a coordinator alone, and no third one joined to
    either (not 甲、乙和丙)."""
    return (
        vt[x.end : y.start] in PAIR_COORDINATORS
        and vt[x.start - 1 : x.start] not in _COORDINATORS
        and vt[y.end : y.end + 1] not in _COORDINATORS
    )


# a comma before 及/以及 (never a clause's opening verb) does not close a list: 甲，及乙、丙
_LIST_COMMA = re.compile(r"[，,](?=以?及)")
_SIDE_OF = re.compile(r"一?方(?=[和与及、])")  # 甲方和…: the side of 甲, before a coordinator
_SIDE_NOUN = re.compile(r"方面(?=[和与及、])")  # 某公司方面及其员工: the side of the one before
# 及其, 与其: a coordinator (owner_coordinators) and a possessive pronoun standing for the one
# before it (not_owner: not 其他, 其余, 其中 — others, the rest, among them)
_COORDINATED_OWNER = re.compile(
    "(?:"
    + cue("owner_coordinators").pattern
    + ")(?!"
    + cue("not_owner").pattern
    + ")其"
)
_ASIDE = re.compile(r"[（(][^（）()。！？]{1,20}[）)]")
# a bracketed aside a clause cut passes over: a person's description may run longer (男，41岁，
# 某省某县人，在某市无业、无固定住所) and still tells only of the name before it
_LONG_ASIDE = re.compile(r"[（(][^（）()。！？；]{1,40}[）)]")


# 将该视频的上传者和评论网友起诉: the mark, a kind of person (perhaps qualified with 的), a joining
# word and a modifier of at most four characters right before the one named
_KINDS_JOINED = re.compile(
    r"(?:对|将|把)(?:[^，。、：；的对将把]{1,12}的)?"
    r"(?P<first>[^，。、：；的对将把和及与]{1,8}?(?:者|人|员|户|友|方))"
    r"(?:以及|和|及|与|、)(?P<mod>[^，。、：；的对将把和及与]{0,4})$"
)


def _kinds_joined(vt: str, head: Actor, floor: int) -> tuple[Actor, list[Actor]] | None:
    """The one named ``head`` with the kind of person a mark joins before it (将上传者和评论网友
    起诉: 评论网友, and 上传者 beside it), or None."""
    at = max(floor, head.start - 24)
    m = _KINDS_JOINED.search(vt, at, head.start)
    if m is None or _NP_BAD.search(m.group("first")):
        return None
    whole = replace(head, start=m.start("mod"), text=vt[m.start("mod") : head.end])
    first = Actor(m.start("first"), m.end("first"), m.group("first"), "NP")
    return whole, [first]


def _list_told_as(
    vt: str, pron: Actor, actors: list[Actor], places: Sequence[Actor] = ()
) -> list[Actor]:
    """以甲和乙威胁隐私为由，对其下达禁令: a 其 standing for a body (an app, a company) told in
    its sentence in a list (甲和乙, 甲、乙及丙) stands for the whole list - the others of it
    (约谈了甲、乙，要求对方…: so does 对方)."""
    if not (pron.text == "其" or OTHER.fullmatch(pron.text)) or pron.alias_of is None:
        return []
    if pron.kind != "ORG":
        return []
    ante = next(
        (x for x in reversed(actors) if x.end <= pron.start and x.text == pron.alias_of), None
    )
    if ante is None:
        return []
    listed = _coordinated(vt, ante, [x for x in actors if x.end <= pron.start], places)
    if not listed or any(x.kind != "ORG" for x in listed):
        return []  # (bodies only: 甲和乙…，对其… of people leaves 其 as the resolver read it)
    return [x for x in listed if x.text != pron.alias_of]


def _coordinated(
    vt: str,
    head: Actor,
    inside: list[Actor],
    places: Sequence[Actor] = (),
    qualifying: set[int] | None = None,
    listed: bool = False,
) -> list[Actor]:
    """邓某及邓某某, 蔡某、吴某某和彭某: the actors joined to ``head`` by 和/及/、 (and the places
    ``places`` holds written right before a name: 甲与某省乙).  ``qualifying``: the ids of
    :func:`_qualifying` of ``inside``, when read already (for another head); ``listed``: the
    list stands before a passive (:func:`_joined`)."""
    out: list[Actor] = []
    if not _holds(inside, head):  # (nor among those the filter below keeps: no one joined to it)
        return out
    if listed:  # (甲及某公司多名高层被拘捕: the company's people counted are listed)
        inside = [x if x is head else _staff_of(vt, x, len(vt)) or x for x in inside]
    # (the walk below passes over the ones that qualify the one after them: given, those of
    # ``qualifying``; else each is read when the walk reaches it - a long clause's others
    # never are)
    keep: list[bool | None] = (
        [x is head or id(x) not in qualifying for x in inside]
        if qualifying is not None
        else [True if x is head else None for x in inside]
    )
    k = -1  # (the first one kept equal to ``head``, as list.index finds it: its start first)
    for i, x in enumerate(inside):
        if (x is head or (x.start == head.start and x == head)) and _kept(vt, inside, keep, i):
            k = i
            break
    if k < 0:
        return out
    j, i = k, k - 1  # (each step: the next one kept, joined to the one before it)
    while i >= 0:
        if _kept(vt, inside, keep, i):
            if not _joined(vt, inside[i], inside[j], places, listed):
                break
            out.append(inside[i])
            j = i
        i -= 1
    j, i = k, k + 1
    while i < len(inside):
        if _kept(vt, inside, keep, i):
            if not _joined(vt, inside[j], inside[i], places, listed):
                break
            out.append(inside[i])
            j = i
        i += 1
    return out


def _home_clause_mates(
    x: Actor, clauses: Sequence[_Clause], at: int, actors: list[Actor]
) -> list[Actor]:
    """The actors (no places) of the clause of ``clauses`` holding ``x``, when the one an act is
    done to is named in a clause before the trigger's (检方以被告人甲、乙涉嫌某罪，向法院提起
    公诉: 甲's clause, where the ones joined to him are named); none when no clause ending by
    ``at`` (the start of the trigger's clause) holds it - the ones returned go before that
    clause's actors, in the order of the text."""
    home = next((c for c in clauses if c.start <= x.start < c.end), None)
    if home is None or home.end > at:
        return []
    return [y for y in actors if home.start <= y.start < home.end and not y.place]


def _holds(xs: list[Actor], x: Actor) -> bool:
    """``x in xs``, read faster: an actor equal to ``x`` (every field the same) has its start,
    compared first."""
    start = x.start
    for y in xs:
        if y is x or (y.start == start and y == x):
            return True
    return False


def _kept(vt: str, inside: list[Actor], keep: list[bool | None], i: int) -> bool:
    """Is the actor at ``i`` of ``inside`` one :func:`_coordinated` walks over - not one that
    only qualifies the one after it (:func:`_qualifies_at`, at any place it holds in ``inside``)?
    ``keep``: what is known, None where not read yet (read here, for each of its places)."""
    q = keep[i]
    if q is None:
        x = inside[i]
        at = [n for n, y in enumerate(inside) if y is x]
        q = not any(_qualifies_at(vt, inside, n) for n in at)
        for n in at:
            keep[n] = q
    return q


def _list_total(vt: str, listed: list[Actor], m: NewsMatch) -> Actor | None:
    """甲与两个儿子及多名高层共10人被拘捕: the total (共/合共/一共… and a count of people) right
    after a list of those a passive befalls, before the trigger ``m`` - kept as one more of
    them (how many they were), else None."""
    end = max(x.end for x in listed)
    if not _before_passive(vt, listed[0], m):
        return None
    hit = _LIST_TOTAL.match(vt, end, m.start)
    return None if hit is None else Actor(hit.start(1), hit.end(1), hit.group(1), "NP")


# 共10人, 合共十五名: the total of a list (news_cues sum_before, the words of a sum), a count of
# people
_LIST_TOTAL = re.compile(
    "(?:"
    + cue("sum_before").pattern
    + r")((?:[0-9０-９]+|[一二两三四五六七八九十百几数]+)[多余]?[名位个]?人)"
)


def _staff_of(vt: str, x: Actor, limit: int) -> Actor | None:
    """公司多名高层, 该局两名职员: a body (no person, no kind of people) with a headcount and a
    noun right after it (before ``limit``) - the body's people counted, who do the act or
    whom it befalls (not the body): that whole phrase, else None."""
    if _person_or_people(x):
        return None
    hit = _STAFF_AFTER.match(vt, x.end, limit)
    if hit is None:
        return None
    noun = next(_word_spans(vt, hit.start(1), hit.end()), None)  # (多名高层集体: 高层)
    if noun is None or not noun[2].startswith("n"):
        return None
    return Actor(x.start, noun[1], vt[x.start : noun[1]], "NP", country=x.country)


def _listed_object(vt: str, x: Actor, m: NewsMatch) -> bool:
    """Does ``x``, the one the trigger ``m`` acts on, head a list where 与 lists and
    accompanies no one: before a passive (:func:`_before_passive`: 甲与助手乙被拘留) or as the
    trigger's object after it (拘留了甲与秘书乙: no preposition stands after its verb)?"""
    return x.start >= m.end or _before_passive(vt, x, m)


def _before_passive(vt: str, x: Actor, m: NewsMatch) -> bool:
    """Does ``x`` stand before a passive word of the trigger ``m`` (one in the trigger, 被捕,
    or between them, 被警方拘捕) in its clause: the one it befalls?"""
    return x.end <= m.start and _PASSIVE.search(vt, x.end, m.end) is not None and not (
        _CLAUSE_BREAK.search(vt, x.end, m.start)
    )


def _qualifying(vt: str, inside: list[Actor]) -> set[int]:
    """The ids of the actors of ``inside`` that only qualify the one after them: no link of a
    chain of names joined (集团 of 集团财务总监林某某 qualifies the person; nor is 女子 of
    其他六名参加女子联赛的乘客, inside the clause qualifying the ones counted)."""
    # (the last one qualifies no one: with nothing after it, both tests are False)
    return {id(x) for i, x in enumerate(inside[:-1]) if _qualifies_at(vt, inside, i)}


def _qualifies_at(vt: str, inside: list[Actor], i: int) -> bool:
    """Does the actor at ``i`` of ``inside`` only qualify the one after it (:func:`_qualifying`)?"""
    x = inside[i]
    return _modifies(vt, x, inside[i + 1 : i + 2]) or _in_counted_relative(vt, x, inside[i + 1 :])


_NP_LEAD = re.compile(
    r"(?:据悉|据|在|于|当地时间|北京时间|目前|近日|日前|昨天|今天|刚刚|最近|而|但|并|且|又|还|"
    r"也|就|才|则|[已共另]有(?=[0-9０-９一二两三四五六七八九十百千几数]))"
)  # (已有5人在…中遇难: 有 before a count says there are such people, no part of who they are)


def _past_lead(vt: str, start: int, end: int, bounds: _WordBounds) -> int:
    """Where the phrase ``vt[start:end]`` begins past the words leading in that open it
    (:data:`_NP_LEAD`: 据悉, 而, 也, 就…), each a word of its own - not the first character of
    a word (就业局, 也门, 还原, 才女: the phrase's own)."""
    while (lead := _NP_LEAD.match(vt, start, end)) is not None and lead.end() in bounds:
        start = lead.end()
    return start
# a preposition or a when-word opening the phrase: it is an adjunct (在某市正式发布, 据现场
# 大屏幕播放, 连同购入的, 当某队…时, 由某法院开庭审理: the doer the topic's act is done by), not
# the subject
_NP_PREP = re.compile(
    r"(?:在|于|据|随着|作为|根据|按照|针对|对于|由于|由(?![此衷])|因为|为了|除了|连同|包括|"
    r"当(?![事地局红家今年日天时场晚初选面众中代然]))"
)
_NP_TAIL = re.compile(
    r"(?:已经|已|正式|再次|也|都|还|又|将会|将要|将在|将于|将|被|曾经|曾|刚刚|突然|宣布|官宣|"
    r"表示|发生|遭遇|遭到|遭|终于|正在|正|今天|今日|昨天|昨日|日前|近日|或|在|于|了|的|要|会|"
    r"果断|迅速|立即|当即|随即|依法|公开|主动|正式|已然|还是|最终|终于|首次|再度|开始|大量|大幅|"
    r"全面|集体|紧急|彻底|宣布将|计划|对外|即将|即|全部|全都|均|确认|证实|被证实|"
    r"同时|联合|共同|一同|一起|联手|分别|相继|先后|纷纷|"
    + cue("manner_adverbs").pattern  # (某耳机全新发布, 某车重磅上市: how, not what)
    + "|"
    + cue("repeated").pattern  # (某店老板多次殴打顾客: how often, not who)
    + ")+$"
)
# punctuation, or a function word: the phrase is a clause, not a name (出来还可以, 状上的赔偿请求)
_NP_BAD = re.compile(
    r"[，。；：！？、“”《》（）()的了着过还被并而且就才则也又都把将对向从到直让使令是在于所未不没后因乘或与和及此该]"
    r"|^[0-9.]+$|(?<![A-Za-z0-9])\s|\s(?![A-Za-z0-9])"
)  # (a space between Latin letters or digits is inside a name: 星耀X5 Max, Nova 3)
_NP_MAX = 12
_FAKED_TAIL = re.compile("(?:" + cue("fabricated").pattern + ")$")  # (假装|怀孕)
# 完成5000万元, 获得数亿元: a verb of receiving (news_cues receipt_verbs), perhaps a sum, right
# before a trigger that names what was received (B轮融资, 收购)
_RECEIVED_TAIL = re.compile(
    "(?:" + cue("receipt_verbs").pattern + r")了?"
    r"(?:[约近超逾]?[0-9.一二三四五六七八九十百千万亿数]+[多余]?(?:万|亿)*(?:元|美元|港元|欧元|人民币)?)?$"
)
_DIGITS = r"(?:[0-9０-９]+|[一二三四五六七八九十两零]+)"
# 以3比1, 2-1, 109：104(的比分): a score written before a contest's verb
_SCORE_TAIL = re.compile(
    rf"(?:以|用)?{_DIGITS}\s*[比:：\-－—–]\s*{_DIGITS}(?:的(?:总)?比分|大比分|比分)?$"
)
# 104, 22分, 3球: a number or a score's count, no name
_NUMBER_ONLY = re.compile(r"[0-9０-９.,:：\-]+(?:分|球|场|局|胜|负|平|轮)?")
_SUIT_DEMAND = cue("suit_demands")  # 起诉，要求X…: X is the one sued
_SUIT_REMEDY = cue("suit_remedies")  # …要求X赔偿/道歉/停止…: what is demanded of the one sued
_AMONG_THEM = cue("among_them")  # 拘捕10人，其中包括X: X is one of them
# 被捕者包括X, 被拘留人士分别为X: a noun of the ones acted on (a verb and a head of people,
# news_cues among_heads) opening the clause before the list
_AMONG_HEAD = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:" + cue("among_heads").pattern + ")")
_LIST_ADDS = cue("list_adds")  # (包括X，以及Y: the list of the clause before goes on)
# what a bare list clause holds besides its names: joiners, counts, 等 (还有王某仍在逃 is a
# clause of its own: a predicate follows the name)
_LIST_FILLER = re.compile(r"[\s、和与及或等共计名位个人其他另外0-9０-９一二三四五六七八九十两]*")
_LIST_TITLE = re.compile(r"[、和与及或\s]*[^被已仍在的了将正尚未均都，。；]{0,10}")
# after a person's name the next item of a list opens with a joiner (李某、王某, 李某及其妻子王某:
# 李某探望王某, 李某向记者透露王某 hold a predicate, no title)
_LIST_JOINED = re.compile(r"\s*[、和与及或]")


def _list_item_at(vt: str, at: int, x: Actor, before: Actor | None) -> bool:
    """Does the text from ``at`` to the name ``x`` hold only a list's joiner and a title —
    a joiner first when the item ``before`` it is a person's name, and no trigger word (还有检方
    起诉乙, 以及海关扣押乙: an act of its own done to the name, no title of it)?"""
    if (
        before is not None
        and before.kind == "PER"
        and x.start >= at  # (a name inside the one before: the same item)
        and not _LIST_JOINED.match(vt, at, x.start)
    ):
        return False
    return _LIST_TITLE.fullmatch(vt, at, x.start) is not None and (
        x.start <= at or not _packaged_lexicon().trigger_starts(vt, at, x.start)
    )  # (the lexicon's scan of the text is kept: asked only of a list clause's titles)


def _list_goes_on(vt: str, c: _Clause, actors: Sequence[Actor]) -> bool:
    """包括A、B，以及C、D: a clause opening with a ``list_adds`` word that holds only names
    (and joiners, counts) goes on with the list of the clause before; 还有C仍在逃, 还有C已投案,
    还有C的车被扣押 tell something else of C."""
    m = _LIST_ADDS.match(vt, c.start)
    if m is None:
        return False
    items = _list_items(vt, m.end(), c.end, actors)
    return (
        items is not None
        and items[0] > m.end()
        and _LIST_FILLER.fullmatch(vt, items[0], c.end) is not None
    )


def _list_items(
    vt: str, at: int, end: int, actors: Sequence[Actor]
) -> tuple[int, Actor | None] | None:
    """Where the names from ``at`` to ``end`` end, each perhaps after a title (as in a list:
    :func:`_list_item_at`), and the last of them (None: no name); None when anything else
    stands before a name (a verb, a kind: 船员X)."""
    before = None
    for x in sorted((x for x in actors if at <= x.start < end), key=lambda x: x.start):
        if not _list_item_at(vt, at, x, before):
            return None
        at, before = max(at, x.end), x
    return at, before


def _listed_on(
    vt: str, clauses: Sequence[_Clause], ci: int, actors: Sequence[Actor]
) -> list[Actor]:
    """甲被拘留，还有乙和丙 / 警方拘留了甲，以及乙: the clauses right after the event's clause
    ``ci`` that open with a ``list_adds`` word and hold only names (each perhaps after a title)
    go on with the list of the ones it befalls - their people, else [] (还有乙仍在逃, 还有乙
    表示…: a predicate of their own tells something else)."""
    last = ci + 1
    while last < len(clauses) and _list_goes_on(vt, clauses[last], actors):
        last += 1
    if last == ci + 1:
        return []
    return _people_listed(vt, actors, clauses[ci + 1].start, clauses[last - 1].end)


def _people_listed(vt: str, actors: Sequence[Actor], start: int, end: int) -> list[Actor]:
    """The people a list in ``vt[start:end]`` names: no place, no one whose someone is named
    (包括甲和他的女儿乙: 他 is whose)."""
    return [
        x for x in actors
        if start <= x.start < end and x.kind == "PER" and not x.place
        and not vt.startswith("的", x.end)
    ]  # fmt: skip


_ALSO_AMONG = cue("also_among")  # A也在其中: A is one of those the clause before counts
# 包括A在内的多名官员被问责: the names qualify the noun of a clause telling something else
_AMONG_QUALIFIES = "在内的"


def _also_among(vt: str, c: _Clause, actors: Sequence[Actor]) -> bool:
    """二女儿A也在其中: a clause that holds only names (each perhaps after a title, as in a
    list) and then an ``also_among`` phrase puts them among those the clause before counts (not
    A不在其中, nor A在其中起了作用: a predicate of its own)."""
    if _ALSO_AMONG.search(vt, c.start, c.end) is None:
        return False  # (cheap first: no such phrase in the clause, none ends it)
    items = _list_items(vt, c.start, c.end, actors)
    return (
        items is not None
        and items[1] is not None
        and _ALSO_AMONG.fullmatch(vt, items[0], c.end) is not None
    )


_PENALTY_WORD = cue("penalty_words")  # 判处X有期徒刑…: the one sentenced ends before the penalty


_TELLS = cue("tells")
# 韩某在微博上表示: the one who tells, past an adjunct of where or to whom (no 的: 韩某的律师称)
_TELLER_GAP = re.compile(r"[^，。；：:的]{0,8}")
# 某女童被拐一案: the victim the case is named after (not 案发: where it happened)
# 某女孩(自述)被强奸案, 某人坠机遗体照片泄露一案: the case is named after the one who suffered
# it (not 某人被诉/被控…一案, nor with an agent between, 被人举报, 被警方抓获: the one sued,
# charged or caught is tried in it)
_CASE_VICTIM = re.compile(
    r"(?:自述|自称|疑似|疑)?"
    r"(?:被(?![^，。；：、“”\s]{0,4}?(?:诉|控|告|指控|起诉|落案|判|捕|拘|抓|查|罚|举报|投诉))|"
    + cue("victim_case_words").pattern
    + ")"
    r"[^，。；：、“”\s]{0,10}?一?案(?!发)"
)
# 对X实施制裁的还有Y: the relative's doers named after its 的 and a copula
_HEADLESS_DOER = re.compile(r"的(?:还有|远不止|不止|不只|就是|正是|包括|是|有)")


def _teller(vt: str, x: Actor, court: Actor) -> bool:
    """Is ``x`` the subject of a telling verb (表示, 称…: news_cues tells) whose words a clause
    opened by the ``court`` follows (韩某表示，某法院判决…) — the one who tells of its act, not
    one it acts on?"""
    if court.start <= x.end or vt[court.start - 1 : court.start] not in ("，", "：", ":", ","):
        return False
    return _tells_after(vt, x.end, court.start)


def _tells_after(vt: str, end: int, limit: int) -> bool:
    """韩某(在微博上)表示: is a telling verb (news_cues tells) written after ``end`` (one's), past
    an adjunct of where or to whom at most (_TELLER_GAP), and before ``limit``?"""
    gap = _TELLER_GAP.match(vt, end, limit)
    return gap is not None and any(_TELLS.match(vt, k, limit) for k in range(end, gap.end() + 1))


_RULING_WORDS = "|".join(sorted(cue_words("ruling_end"), key=len, reverse=True))
# 高等法院(对于甲)的保释决定: a court whose ruling a noun phrase names
_RULING_OWNED = re.compile(
    r"(?:(?:对于|对)[^，。；：]{1,12}?)?的[^，。；：的]{0,6}?(?:" + _RULING_WORDS + ")"
)


def _later_court(vt: str, a: int, court: Actor, actors: list[Actor]) -> Actor:
    """``court``, or when it only owns a ruling named as a noun (高等法院对于甲的保释决定) the
    court named last before it in the sentence from ``a`` — the one that acts on that ruling."""
    if not _RULING_OWNED.match(vt, court.end):
        return court
    before = [x for x in actors if a <= x.start and x.end <= court.start and x.agent_type == "JUD"]
    return before[-1] if before else court


def _in_topic_frame(vt: str, clauses: list[_Clause], x: Actor) -> bool:
    """Is ``x`` in a clause opened by a topic frame (针对, 关于, 对于, 就: the matter told)?"""
    home = next((c for c in clauses if c.start <= x.start < c.end), None)
    return home is not None and _TOPIC_FRAME.match(vt, home.start) is not None


def _case_for_victim(vt: str, x: Actor | None, m: NewsMatch) -> Actor | None:
    """``x``, or None when ``x`` is the victim the case told before the trigger is named after
    (某女童被拐卖案今日宣判): she is no party to the court's or the police's act on it, and
    the case is none either (the ones tried in it are its parties, unnamed)."""
    hit = None if x is None else _CASE_VICTIM.match(vt, x.end)
    if x is None or hit is None or hit.end() > m.start:
        return x
    return None


# 除了甲(之)外，: a clause setting someone beside the subject of the next one, from its start
# (:data:`_BESIDES` finds such a clause only after a sentence's or an ASCII stop's start); 也,
# 还… before the trigger there (news_cues besides_also) join them in what it tells, 其他,
# 其余… (besides_others) set them apart: 除了甲外，其他人都没被捕
_BESIDES_OPEN = re.compile(r"\s*除了?(?P<who>[^，。；]{1,20}?)(?:之外|以外|外)$")
_BESIDES_ALSO = cue("besides_also")
_BESIDES_OTHERS = cue("besides_others")


def _besides_named(
    vt: str, prev: _Clause, clause: _Clause, m: NewsMatch, actors: list[Actor]
) -> tuple[list[Actor], bool]:
    """The people the clause ``prev`` sets beside the subject of ``clause``, the trigger ``m``'s,
    each cut at the clause's closing 外, and whether they join it: True with a word of joining
    before the trigger (除了甲外，乙、丙也被捕: 甲 is arrested too; 除乙、丙之外，丁亦辞职),
    False when the clause sets them apart (除了甲外，其他人都没被捕); no one with neither."""
    if "除" not in vt[prev.start : prev.start + 2]:
        return [], False  # (the cheap test first: 除 opens the clause, perhaps past a space)
    hit = _BESIDES_OPEN.match(vt, prev.start, prev.end)
    if hit is None:
        return [], False
    joined = _BESIDES_OTHERS.search(vt, clause.start, m.start) is None
    if joined and _BESIDES_ALSO.search(vt, clause.start, m.start) is None:
        return [], False
    lo, hi = hit.start("who"), hit.end("who")
    named = [
        x if x.end <= hi else replace(x, end=hi, text=vt[x.start : hi])
        for x in actors
        if lo <= x.start < hi and not x.place and _person_or_people(x)
    ]
    return named, joined


# a clause naming the ones among a group acted on (其中包括X), perhaps after the one who tells
# it (而有报纸说其中有X; the teller is not one of them)
_TOLD_AMONG = re.compile(
    rf"(?:[^，。；：！？]{{0,10}}?(?:{_TELLS.pattern})|{_AMONG_HEAD.pattern})?"
    rf"(?P<among>{_AMONG_THEM.pattern})"
)
_SHORTENED_AS = re.compile("(?:" + cue("abbreviation_marks").pattern + ")$")


@lru_cache(maxsize=32)  # asked of one clause by several rules, in a row (see _tellings_found)
def _speech_end(vt: str, start: int, end: int) -> int | None:
    """The end of the last verb of telling in ``vt[start:end]`` (爆料, 称, 表示…), if any (not
    the 称 of 以下简称: a name's short form, no telling)."""
    last = None
    for tm in _TELLS.finditer(vt, start, end):
        if _SHORTENED_AS.search(vt, max(0, tm.end() - 4), tm.end()) is None:
            last = tm.end()
    return last


# between a verb of telling and the words it tells: spaces, a colon, a comma, an opening quote
_TOLD_OPENS = r"[\s：:，,“\"「]*"
# the words of a telling opening with the teller's own subject (自己, 我, 本人: first_person;
# not 我们, 咱们 - a "we" that may hold the one told: 跟乙说我们结婚吧)
_JOINING_MARKS = ("和", "与")
_OWN_WORDS = re.compile(
    _TOLD_OPENS
    + "(?:"
    + "|".join(re.escape(w) for w in cue_words("first_person") if not w.endswith("们"))
    + ")(?!们)"
)


def _told_own_act(
    vt: str, x: Actor, floor: int, said: int, actors: list[Actor], pair_at: int | None = None
) -> bool:
    """Is ``x`` the one told (和某乙称, 跟某乙说: a partner mark, then the telling verb ending at
    ``said`` right after the name) of words that open with the teller's own subject (说自己下周
    过生日, 称我要结婚了)?  The act told is the teller's; the hearer, who may be the one asked
    for something, is no party of it (not 跟女友提出分手: no telling verb, the partner; not
    甲和乙称自己…: 和 or 与 right after another of ``actors`` joins two tellers).  ``pair_at``:
    the start of the trigger of an act joining two people (结婚双方, 离婚双方…), or None - a
    hearer named by a spouse's or a lover's title (partner_titles, not 前妻, 前男友…) is then
    its other partner when the words told name no one else before it (跟女友说自己想分手,
    和妻子说自己要离婚; not 跟女友说自己要和乙结婚, 跟前妻说自己要再婚)."""
    return (
        x.end < said
        and _marked(vt, x, floor, _WITH_MARK)
        and not (
            vt[x.start - 1] in _JOINING_MARKS and any(y.end == x.start - 1 for y in actors)
        )
        and _TELLS.fullmatch(vt, x.end, said) is not None
        and _OWN_WORDS.match(vt, said) is not None
        and not (
            pair_at is not None
            and _current_partner(vt, x, floor)
            and not any(said <= y.start < pair_at and is_person(y) for y in actors)
        )
    )


def _self_told_patient(
    vt: str, clause: _Clause, said: int, passive: re.Match[str], actors: list[Actor]
) -> Actor | None:
    """The teller of words that open with the teller's own subject (自己, 本人: first_person;
    not 我 - 甲称我被乙殴打 does not write whose 我 it is, nor 我市, 我司: a body) right before the
    passive ``passive``, only a few adverbs, time words or counts between and no one named there
    (甲称自己被乙殴打, 甲透露自己曾多次遭前夫殴打; not 自己人被…, 自己团队被…, 自己看见人被…:
    another one done to): the one done to is the teller - the speaker of the clause up to
    ``said``, the end of its verb of telling (not 律师甲称乙被丙起诉: no 自己)."""
    own = _SELF_WORDS.match(vt, said)
    if own is None or passive.start() - own.end() > _SELF_TO_PASSIVE_MAX:
        return None
    between = tagged_words(vt, own.end(), passive.start())
    if not all(tag.startswith(_SELF_TO_PASSIVE_TAGS) for _, tag in between):
        return None  # (a noun, a verb, 的 or a mark between: not the teller's own subject)
    if any(own.start() <= x.start < passive.start() for x in actors):
        return None  # (自己的律师被…: another one named between)
    return _speaker(vt, _Clause(clause.start, said), actors)


# the teller's own subject (news_cues first_person): 自己, 本人 - not 我 nor 我们, 咱们
_SELF_WORDS = re.compile(
    _TOLD_OPENS
    + "(?:"
    + "|".join(re.escape(w) for w in cue_words("first_person") if not w.startswith(("我", "咱")))
    + ")"
)
# from the teller's own subject to the passive: at most four characters of adverbs, time words
# or counts (曾, 也, 当晚, 多次)
_SELF_TO_PASSIVE_MAX = 4
_SELF_TO_PASSIVE_TAGS = ("d", "t", "m")


def _current_partner(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x`` named by the title of a spouse or a lover of now (妻子, 女友, 和妻子乙: news_cues
    partner_titles), not of one before (前妻, 前男友)?"""
    at = _with_title(vt, x, floor)
    title = x.text if at is None else vt[at + 1 : x.start]
    return title.endswith(_PARTNER_TITLES) and not title.endswith(_FORMER_TITLES)


def _told_of_own(
    vt: str, x: Actor, clause: _Clause, at: int, actors: list[Actor], pair: bool = False
) -> bool:
    """Is ``x`` the one told (:func:`_told_own_act`) by a telling verb right after it, before
    ``at``?  ``pair``: ``at`` starts the trigger of an act joining two people.  (One anchored
    match: no scan of the clause.)"""
    tm = _TELLS.match(vt, x.end, at)
    return tm is not None and _told_own_act(
        vt, x, clause.start, tm.end(), actors, at if pair else None
    )


# (得知后, 看到时, 看到便, 看到…竟…, 看到…纷纷…: the noticing is over, its subject acts)
_THEN_ACTS = cue("noticing_over")


def _noticed_end(vt: str, start: int, end: int) -> int | None:
    """The end of the last noticing verb in ``vt[start:end]`` (看到, 听到, 获悉…: coder.json's
    ``report_verbs``, whose subject is no participant of the act after them), if any."""
    last = None
    for hit in lexicon().report.finditer(vt, start, end):
        last = hit.end()
    return last


def _np_before(
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    times: list[TimeRef],
    floor: int = 0,
    adjuncts: bool = True,
) -> tuple[int, int] | None:
    """The phrase before the trigger that stands for its subject when no name was recognised
    (青木获数亿元融资 → 青木): the clause's opening (or what follows ``floor``), without times,
    leading prepositions and trailing adverbs, at most :data:`_NP_MAX` characters.  It begins
    and ends between two words of the clause as the dictionary reads it (:func:`_words_back`):
    a telling word or an adverb inside a longer word cuts nothing (说唱, 老将, 招聘会), the
    rest of a word a time ends in is no part of it (7月|份), and a phrase that would end inside
    a word is none.  With ``adjuncts``, an adverbial of place, time or reason inside it ends it
    (:func:`_before_adjunct`: 某App在各大应用商店|被下架); without, the phrase is none then."""
    # (asked of one trigger with the same arguments by two rules of _code_match and by
    # _thing_before: read once, from what it reads of them - :func:`_np_phrase`)
    spans = tuple((t.start, t.end) for t in times)
    return _np_phrase(vt, clause.start, clause.end, m.start, m.text, spans, floor, adjuncts)


def _np_before_mark(
    vt: str, clause: _Clause, m: NewsMatch, times: list[TimeRef], patient: Actor, floor: int
) -> tuple[int, int] | None:
    """小某向某甲鞠躬道歉, 某基金会为某乙颁发奖励证书: when the one an act is done to stands
    before the trigger right after a preposition that addresses it (向, 为, 给, 对), the phrase
    before that preposition that stands for the doer though no name was recognised there
    (:func:`_np_before` read up to the preposition, not the trigger; not a place or a time
    after 在/于/从 that opens the clause - 昨天在节目现场向某甲道歉 names no doer -, a phrase
    ending in a verb, one closing with a localiser - 节目中, 私下 -, a place, time or direction
    of the tagger - 会上, 网上 - nor how it was addressed - news_cues ``address_manners``: 现场,
    书面; nor a reason given, 以某事为由: :func:`_in_pretext`; the times, adverbs and manners
    closing it cut off: :func:`_cut_how_when`), else None."""
    mark = patient.start - 1
    if not (clause.start < mark and patient.end <= m.start and vt[mark] in _ADDRESS_MARKS_FOR):
        return None
    phrase = _np_before(vt, clause, NewsMatch(mark, patient.start, m.entry, vt[mark]), times, floor)
    if phrase is None:
        return None
    phrase = phrase[0], _cut_how_when(vt, *phrase)  # (小崔昨晚, 小崔现场: 小崔)
    text = vt[phrase[0] : phrase[1]]
    if (
        not _stands_for_one(vt, *phrase, clause)
        or vt[phrase[0] - 1 : phrase[0]] in _VENUE_MARK
        or _ends_with_verb(text)  # (在微博发声向某甲道歉: a verb phrase of how, no doer)
        or text[-1] in _LOCALISERS  # (节目中, 微博上, 私下: where, no doer)
        or _parts_of_speech().get(text) in _PLACE_TIME_TAGS  # (会上, 网上, 当面)
        or _ADDRESS_MANNER.fullmatch(text) is not None  # (现场, 专程, 书面: how, no doer)
        or _in_pretext(vt, clause.start, phrase[0] + 1, mark)  # (以某事为由: why, no doer)
    ):
        return None
    return phrase


def _cut_how_when(vt: str, start: int, end: int) -> int:
    """The end of the phrase ``vt[start:end]`` before a trigger (or the mark of the one it is
    addressed to) past the words closing it that tell when or how, a word left before them -
    the tagger's times, adverbs and adjectives (昨晚, 轮番, 连续) and news_cues
    ``address_manners`` (现场, 专程): 小崔昨晚, 三名醉汉连续 name 小崔, 三名醉汉; words of two
    characters or more - a name's last character may be one (李强)."""
    words = _words_back(vt, start, end)
    while (
        len(words) > 1
        and words[-1][1] - words[-1][0] > 1
        and (words[-1][2] in _HOW_WHEN_TAGS or _ADDRESS_MANNER.fullmatch(vt, *words[-1][:2]))
    ):
        end = words.pop()[0]
    return end


_LOCALISERS = "上中里内下"  # closing a place: 节目中, 微博上, 视频里
_PLACE_TIME_TAGS = ("s", "t", "f")  # the tagger's places, times and directions: 网上, 会后, 当面
_ADDRESS_MANNER = cue("address_manners")  # 现场, 专程, 书面: how an act was addressed


def _passive_doer_np(
    vt: str, clause: _Clause, m: NewsMatch, patient: Actor, participants: list[Actor]
) -> Actor | None:
    """乙被其邻居用刀砍伤, 老人遭一伙劫匪殴打: the phrase between the passive mark right after the
    one an incident befell and its trigger - past a possessive 其, the way it was done (news_cues
    ``manner_leads``: 用刀, 持刀…, ``driving_verbs``: 开车…) and the adverbs before the trigger -
    is its doer, though no name was recognised there (it reads as a name: :func:`_stands_for_one`;
    not 被人, 被送往, nor a vehicle - news_cues ``crash_vehicles``: 被车辆碾压 -, nor an adjective
    or a word describing people alone - 被严重殴打, 遭暴力殴打 -, nor what opens with a verb -
    被押往某地途中遭殴打, a trigger holding its own passive mark); put in ``participants``, else
    None."""
    if _PASSIVE.match(vt, m.start):
        return None  # (乙被押往某地途中遭殴打: the 被 of another verb, nothing between)
    p = _PASSIVE.search(vt, patient.end, m.start)
    if p is None or not (
        p.start() == patient.end or _NP_TAIL.fullmatch(vt, patient.end, p.start())
    ):  # (乙已被…: an adverb between goes; 乙在家中被…: a place - no passive of the one named)
        return None
    start = p.end() + vt.startswith("其", p.end())
    end = m.start
    manner = _MANNER_LEAD.search(vt, start, end)
    if manner is not None:
        end = manner.start()
    tail = _NP_TAIL.search(vt, start, end)
    if tail is not None:
        end = tail.start()
    end = _cut_how_when(vt, start, end)  # (被三名醉汉昨晚殴打, 连续殴打: when and how, not who)
    text = vt[start:end]
    if (
        _NP_BAD.search(text)
        or not _stands_for_one(vt, start, end, clause)
        or _ends_with_verb(text)
        or _VEHICLE_END.search(text)  # (被车辆多次碾压: what it was done with, not who)
        or _parts_of_speech().get(text) in _ADJECTIVE_TAGS  # (被严重殴打: how, not who)
        or _DESCRIBING.fullmatch(text) is not None  # (遭暴力殴打: how; 暴力团伙 is who)
        or (_parts_of_speech().get(text[:2]) or "").startswith("v")  # (被送往…: another act)
        or _PASSIVE.search(text) is not None  # (被曝遭人殴打: the 被 of 曝, 遭 the attack's)
        or any(x.start < end and start < x.end for x in participants)
    ):
        return None
    doer = Actor(start, end, text, "NP")
    participants.insert(0, doer)
    return doer


# 用刀, 持刀, 开车 (news_cues manner_leads, driving_verbs): how a passive's doer did it
_MANNER_LEAD = re.compile(
    "(?:" + cue("manner_leads").pattern + ")|(?:" + cue("driving_verbs").pattern + ")"
)
_ADJECTIVE_TAGS = ("a", "ad", "an")  # 严重, 疯狂, 残忍: the tagger's adjectives
_HOW_WHEN_TAGS = ("t", "d", "vd", *_ADJECTIVE_TAGS)  # 昨晚, 轮番, 连续: closing no name


def _own_doer_before_mark(
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    times: list[TimeRef],
    patient: Actor,
    agent: Actor,
    participants: list[Actor],
) -> Actor:
    """张女士说，小某向某甲道歉了: the doer ``agent`` carried from a clause before (the speaker,
    the topic) gives way to the clause's own subject before the mark of the one the act is
    addressed to (:func:`_np_before_mark`), though no name was recognised there - put in its
    place in ``participants``; else ``agent``."""
    if patient.start <= clause.start or vt[patient.start - 1] not in _ADDRESS_MARKS_FOR:
        return agent  # (the cheap test first: no mark of the one addressed)
    if _PASSIVE.match(vt, m.start) or _PASSIVE.search(vt, clause.start, m.start):
        return agent  # (并被要求向某甲道歉: the one carried is made to)
    phrase = _np_before_mark(vt, clause, m, times, patient, 0)
    if phrase is None or any(x.start < phrase[1] and phrase[0] < x.end for x in participants):
        return agent
    own = Actor(phrase[0], phrase[1], vt[phrase[0] : phrase[1]], "NP")
    participants[:] = [own if x is agent else x for x in participants]
    return own


@lru_cache(maxsize=32)
def _np_phrase(
    vt: str,
    lo: int,
    hi: int,
    at: int,
    text: str,
    spans: tuple[tuple[int, int], ...],
    floor: int,
    adjuncts: bool,
) -> tuple[int, int] | None:
    """:func:`_np_before` of the trigger written ``text`` at ``at``, in the clause from ``lo``
    to ``hi`` of the text ``vt``, with the times that span ``spans`` (all it reads of them)."""
    clause = _Clause(lo, hi)
    bounds = _WordBounds(vt, clause.start, at)
    start = max(clause.start, floor)
    said = _speech_end(vt, clause.start, at)
    if said is not None and said in bounds:
        start = max(start, said)  # 狗仔爆料…: the phrase after what tells
    start = _past_times(start, clause, at, spans, bounds)
    label = _LABEL_LEAD.match(vt, start, at)
    if label is not None and label.end() < at and label.end() in bounds:
        start = label.end()  # “程序员节”某公司突然裁员: a day's name in quotes, its time
    lead = _past_lead(vt, start, at, bounds)
    if lead != start:  # (并且在2006年生下: the time after the words leading in)
        start = _past_times(lead, clause, at, spans, bounds)
    start = _past_headline_gap(vt, start, at, bounds)
    if _NP_PREP.match(vt, start, at):
        return None
    end = _tail_cut(vt, start, at, bounds)
    faked = _FAKED_TAIL.search(vt, start, end)
    if faked is not None:  # 假装怀孕, 谎称中奖: the pretence is no part of who pretends
        end = _tail_cut(vt, start, faked.start(), bounds)
        if end <= start:
            return None
    received = _RECEIVED_TAIL.search(vt, start, end)
    if received is not None:  # 某公司已于3月完成5000万元(B轮融资): who received it, before the verb
        end = _cut_before(vt, start, received.start(), spans, bounds)
    held = (
        _HELD.search(vt, start, end) or _HELD_BY_ITS.search(vt, start + 1, end)
        if text.endswith(_OCCASION_ENDS)
        else None
    )  # (某公司官宣其发布会…: who 其 stands for)
    if held is not None:  # 某公司今晚举行新品发布会: who holds the occasion, before the verb
        end = _cut_before(vt, start, held.start(), spans, bounds)
    score = _SCORE_TAIL.search(vt, start, end)
    if score:  # 某队以3比1击败: the score is no part of who won
        end = _tail_cut(vt, start, score.start(), bounds)
        while end > start and vt[end - 1].isspace():
            end -= 1  # (Team Spirit 3比1: the space before the score)
    end = _name_then_preposition(vt, start, end)
    if adjuncts:
        end = _before_adjunct(vt, start, end, bounds)
    count = _COUNT_END.search(vt, start + 2, end)
    if count is not None and _GROUP_COUNT.search(vt, start, count.start() - 1):
        start = count.start()  # 某地5人结伴出游2人遇险: the ones it befell are the count
    if _np_bad(vt, start, end, bounds) or _NUMBER_ONLY.fullmatch(vt, start, end):
        return None  # (104: a number, no name)
    if end not in bounds or not _stands_for_one(vt, start, end, clause):
        return None
    return start, end


def _past_headline_gap(vt: str, start: int, end: int, bounds: _WordBounds) -> int:
    """Where the phrase ``vt[start:end]`` before a trigger begins past the last space that sets
    a headline's parts apart (:data:`_HEADLINE_GAP`, a space between two Han characters:
    某展会：新畅想 某品牌概念车正式发布; not Team Nova's), when a noun, not a verb, opens what
    follows it (not 煤炉未熄 致3人中毒身亡: a clause); else ``start``."""
    if vt.find(" ", start, end) < 0 and vt.find("\u3000", start, end) < 0:
        return start  # (most phrases hold no space)
    last = max(_HEADLINE_GAP.finditer(vt, start, end), key=lambda g: g.end(), default=None)
    if last is None or last.end() not in bounds:
        return start
    first = next(_word_spans(vt, last.end(), end), None)
    return start if first is None or first[2].startswith("v") else last.end()


def _past_times(
    start: int, clause: _Clause, at: int, spans: Sequence[tuple[int, int]], bounds: _WordBounds
) -> int:
    """Where the phrase before the trigger at ``at`` begins past the times (of ``spans``: where
    each starts and ends) that open it at ``start`` (perhaps after one character: 于|3月), and
    past the rest of a word a time ends in (7月|份)."""
    for t0, t1 in spans:
        if clause.start <= t0 < at and t0 - start <= 1:
            start = max(start, t1)
            start = bounds.next_from(start)  # (7月|份)
    return start


# “程序员节”, “双十一”前夕, “两会”期间: at the head of the phrase before a trigger (past a time
# or a telling opening the clause), a quoted name ending in 节 or 日, with or without a word
# placing the act at it after the quote, or any quoted words (up to ten characters) with such a
# word after them (前夕, 当天, 期间, 之际…) - a time, no part of who acts.  Nothing checks that
# the quoted words name a day: the placing word does that (a quoted 节/日 name is taken as a
# time even with a head noun after it: “某某节”组委会 is read from 组委会 on)
_LABEL_LEAD = re.compile(
    r"[“\"「](?:[^”\"」，。；]{0,9}[节日][”\"」](?:前夕|当天|当日|期间|之际|来临之际|前后|这天)?"
    r"|[^”\"」，。；]{1,10}[”\"」](?:前夕|当天|当日|期间|之际|来临之际|前后|这天))"
)  # (not “某某”乐队: other quoted words with their head after them are who acts)


def _cut_before(
    vt: str, start: int, at: int, spans: Sequence[tuple[int, int]], bounds: _WordBounds
) -> int:
    """Where the phrase from ``start`` ends before a verb at ``at``: before a time (of
    ``spans``) that ends right there (已于3月|完成), without the words that may close it
    (:func:`_tail_cut`)."""
    end = max((t0 for t0, t1 in spans if start < t0 and t1 == at), default=at)
    return _tail_cut(vt, start, end, bounds)


# 对 (a pair), 所 (a school, a house), 把 (a chair, a knife): after a number, a classifier
_COUNTED_CLASSIFIER = re.compile("[对所把]")


def _counted_at(vt: str, start: int, at: int) -> bool:
    """Does a number (digits or numerals: 一, 两, 3) end right before ``at``, within the phrase
    from ``start``?"""
    return at > start and (vt[at - 1].isdigit() or vt[at - 1] in NUMERAL_CHARS)


# a quoted name (“某某”APP, 《某剧》导演, 多名“某某”分子): a pair of quotation marks or title marks
# around a run with no clause's punctuation
_QUOTED_SPAN = re.compile(
    r"“[^“”，。；：！？\s]{1,15}”|《[^《》，。；：！？]{1,20}》|「[^「」，。；：！？\s]{1,15}」"
)
_NAME_QUOTE_OPEN = re.compile("[“《「]")


def _quoted_spans(vt: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted names inside ``vt[start:end]`` (:data:`_QUOTED_SPAN`), as (start, end)."""
    if _NAME_QUOTE_OPEN.search(vt, start, end) is None:
        return []
    return [q.span() for q in _QUOTED_SPAN.finditer(vt, start, end)]


def _np_bad(vt: str, start: int, end: int, bounds: _WordBounds) -> bool:
    """Does ``vt[start:end]`` hold what no name holds (:data:`_NP_BAD`: a punctuation mark, a
    function word, a bare number)?  A function word's character that ends the phrase as the
    last character of a noun of two characters or more of the clause's words (``bounds``) is
    that noun's (将 of 老将, 会 of 招聘会), not a function word."""
    quoted = _quoted_spans(vt, start, end)
    for hit in _NP_BAD.finditer(vt, start, end):
        if _COUNTED_CLASSIFIER.match(vt, hit.start()) and _counted_at(vt, start, hit.start()):
            continue  # 一对夫妻, 两所学校: a classifier after a number, no preposition
        if any(q0 <= hit.start() < q1 for q0, q1 in quoted):
            continue  # “走路就能赚钱”APP, 《某剧》导演: a quoted name, whatever it holds
        if hit.start() != end - 1 or not ("\u4e00" <= hit.group() <= "\u9fff"):
            return True
        if not any(w1 == end and w1 - w0 > 1 and tag == "n" for w0, w1, tag in bounds.words()):
            return True
    return False


# news_cues subject_adjuncts (在, 于, 从) and reason_opens (因, 由于…): a word opening an
# adverbial of place, time or reason between a subject and its verb (某App在应用商店被下架,
# 某车将于下月上市, 某队因违规被禁赛)
_ADJUNCT_WORDS = (*cue_words("subject_adjuncts"), *cue_words("reason_opens"))
_SUBJECT_ADJUNCT = re.compile(
    "(?:" + cue("subject_adjuncts").pattern + "|" + cue("reason_opens").pattern + ")"
)
_ADJUNCT_FIRST = re.compile("[" + "".join(sorted({re.escape(w[0]) for w in _ADJUNCT_WORDS})) + "]")


# 三名, 两位, 一对: a count and its classifier, no noun - what follows it is what it counts
# (not 二人, 两人: the people counted, a subject)
_COUNT_ONLY = re.compile(_COUNT + r"[^\W\d人]?")


def _before_adjunct(vt: str, start: int, end: int, bounds: _WordBounds) -> int:
    """Where ``vt[start:end]``, the phrase before a trigger, ends when an adverbial of place,
    time or reason opens inside it (某App在各大应用商店被下架, 某车将于下月上市, 某队因违规被
    禁赛: the subject is what stands before it): before the first word of
    :data:`_SUBJECT_ADJUNCT` after its first two characters that is a word of its own in the
    clause (not 现在, 位于, 原因, 从事) and has more than a count before it (not 三名|在华留学生),
    without the adverbs that close what stands before it (将|于, 已经|在: :func:`_tail_cut`);
    else ``end``."""
    quoted: list[tuple[int, int]] | None = None
    for first in _ADJUNCT_FIRST.finditer(vt, start + 2, end):
        k = first.start()
        if quoted is None:
            quoted = _quoted_spans(vt, start, end)
        if any(q0 <= k < q1 for q0, q1 in quoted):
            continue  # (“走在前面”App: inside a quoted name)
        if _COUNT_ONLY.fullmatch(vt, start, k):
            continue  # (三名在华留学生: the adverbial qualifies the noun counted)
        hit = _SUBJECT_ADJUNCT.match(vt, k, end)
        if hit is not None and k in bounds and hit.end() in bounds:
            return _tail_cut(vt, start, k, bounds)
    return end


def _tail_cut(vt: str, start: int, end: int, bounds: _WordBounds) -> int:
    """Where ``vt[start:end]`` ends without the adverbs, auxiliaries and telling words that
    may close it (:data:`_NP_TAIL`: 已经, 将, 会, 宣布…), cut between two words only (国乒小将,
    某某招聘会: 将 and 会 inside a word stay)."""
    tail = _NP_TAIL.search(vt, start, end)
    while tail is not None and tail.start() not in bounds:
        tail = _NP_TAIL.search(vt, tail.start() + 1, end)
    return end if tail is None else tail.start()


def _shown_length(text: str) -> int:
    """The length of ``text`` with each Latin word and each quoted name in it counted as one
    character (新款MINI CLUBMAN: 5, “某某”特大传销案: 5 - as a name and its modifiers read)."""
    quoted = _quoted_spans(text, 0, len(text))
    for q0, q1 in reversed(quoted):
        text = text[:q0] + "Q" + text[q1:]
    return len(text) - sum(len(w.group()) - 1 for w in _LATIN_NAME.finditer(text))


def _stands_for_one(vt: str, start: int, end: int, clause: _Clause) -> bool:
    """Can ``vt[start:end]``, a phrase before a trigger in ``clause`` (its characters already
    checked against _NP_BAD), stand for a participant no name was recognised for: two to
    :data:`_NP_MAX` characters, no adverb, demonstrative, pronoun or clause (积极, 这次, 我们十分:
    :func:`_junk_phrase`), and no event of its own (车顶维权, 判处其)?"""
    text = vt[start:end]
    return not (
        end - start < 2
        or (end - start > _NP_MAX and _shown_length(text) > _NP_MAX)
        or _junk_phrase(text)
        or _packaged_lexicon().has_match(vt, start, end, around=_around(vt, clause))
    )


def _addressed_np(
    vt: str, clause: _Clause, m: NewsMatch, agent: Actor | None
) -> tuple[int, int] | None:
    """向现场观众道歉, 给某中心的保安部门致歉: the phrase between the last 向/给/对 of the
    trigger's clause (after its subject) and the trigger, past the adverbs before the trigger
    (公开, 再次…), when it reads as a name (:func:`_stands_for_one`, as :func:`_np_before`'s,
    and no verb ending it)."""
    lo = clause.start
    if agent is not None and clause.start <= agent.end <= m.start:
        lo = agent.end
    at = max(vt.rfind(c, lo, m.start) for c in _ADDRESS_MARKS)
    if at < 0:
        return None
    start, end = at + 1, m.start
    tail = _NP_TAIL.search(vt, start, end)
    if tail:
        end = tail.start()
    text = vt[start:end]
    if (
        _NP_BAD.search(text)
        or not _stands_for_one(vt, start, end, clause)
        or _ends_with_verb(text)
    ):
        return None  # (向网友喊话道歉: a verb of its own before the trigger)
    return start, end


_ADDRESS_MARKS = ("向", "给", "对")  # 向某人道歉, 给某人致歉, 对某人表示感谢
# the prepositions that name the one an act is addressed to before it: those, and 为 (某基金会为
# 某乙颁发…: _np_before_mark)
_ADDRESS_MARKS_FOR = ("为", *_ADDRESS_MARKS)


def _determined_addressee(vt: str, clause: _Clause, m: NewsMatch) -> tuple[int, int] | None:
    """感谢这位好心司机, 感谢那名热心市民的帮助: a phrase right after the trigger of a social act
    (past 了) that opens with a determiner and a classifier of people (news_cues
    ``person_determiners``: 这位, 该名…) names the one the act is addressed to: what follows the
    determiner up to its 的 or the clause's end, when it reads as a name (:func:`_stands_for_one`,
    as the subject a determiner opens is read: 这名督察 → 督察; not 感谢这个机会: no classifier of
    people)."""
    at = m.end + vt.startswith("了", m.end)
    det = _PERSON_DETERMINER.match(vt, at, clause.end)
    if det is None:
        return None
    end = clause.end
    de = vt.find("的", det.end(), end)
    if de >= 0:
        end = de  # (感谢这位司机的帮助: the one thanked, not the help)
        lead = _parts_of_speech().get(vt[det.end() : det.end() + 2]) or ""
        if lead.startswith("v") or lead in _ADJECTIVE_TAGS:
            return None  # (感谢这位来自北京的医生, 这位年轻的护士: what qualifies the one after 的)
    if (
        _NP_BAD.search(vt, det.end(), end)
        or not _stands_for_one(vt, det.end(), end, clause)
        or _ends_with_verb(vt[det.end() : end])  # (感谢这位医生救命: a clause, no name)
    ):
        return None
    return det.end(), end


_PERSON_DETERMINER = cue("person_determiners")


def _everyone_addressed(vt: str, clause: _Clause, m: NewsMatch) -> tuple[int, int] | None:
    """感谢大家, 感谢各位的支持, 向大家道歉, 给各位网友致歉: a word for everyone listening
    (news_cues ``everyone_addressed``: 大家, 各位, 诸位…) right after the trigger (past 了),
    or alone between 向/给/对 and the trigger (past the adverbs :data:`_NP_TAIL` reads), is
    the one a social act is addressed to - no name, but the role's filler."""
    at = m.end + vt.startswith("了", m.end)
    hit = _EVERYONE.match(vt, at, clause.end)
    if (
        hit is not None
        and not cut_across(vt, at, hit.end())
        and not _noun_after(vt, hit)
        and _ends_a_word(vt, at, hit.end(), clause.end)
    ):
        return at, hit.end()
    mark = max(vt.rfind(c, clause.start, m.start) for c in _ADDRESS_MARKS)
    if mark < 0:
        return None
    end = m.start
    tail = _NP_TAIL.search(vt, mark + 1, end)
    if tail is not None:
        end = tail.start()
    hit = _EVERYONE.match(vt, mark + 1, end)
    return None if hit is None or hit.end() != end else (mark + 1, end)


def _ends_a_word(vt: str, a: int, b: int, end: int) -> bool:
    """Does a word of the segmentation of ``vt[a:end]`` end at ``b`` (感谢大家|的支持; not
    感谢大家庭的支持, 大家族: a longer word holding 大家)?"""
    for _, w1, _ in _word_spans(vt, a, end):
        if w1 >= b:
            return w1 == b
    return False


def _noun_after(vt: str, hit: re.Match[str]) -> bool:
    """Does a noun follow the word for everyone ``hit`` found, when that word is a
    determiner (news_cues ``everyone_determiners``: 各位嘉宾, 诸位同事 name those people,
    whom the generic nouns read)?"""
    if _EVERYONE_DETERMINER.fullmatch(hit.group()) is None:
        return False
    return (_parts_of_speech().get(vt[hit.end() : hit.end() + 2]) or "").startswith("n")


_EVERYONE = cue("everyone_addressed")
_EVERYONE_DETERMINER = cue("everyone_determiners")
_SOCIAL = "交往"  # DuEE class of acts addressed to someone: 道歉, 感谢, 会见, 探班, 点赞


# a count of people ending the phrase before a trigger (…2人, …3名游客)
_PEOPLE_COUNTED = r"[0-9一二三四五六七八九十两]{1,3}[多余]?(?:名|位|个)?人"
_COUNT_END = re.compile(_ABOUT_COUNT + _PEOPLE_COUNTED + "$")
# a group counted before it, and what the group did (5人结伴出游|2人): the count is of that group
_GROUP_COUNT = re.compile(_PEOPLE_COUNTED + r"[\u4e00-\u9fff]{2,}")


# a preposition between the doer and the trigger (甲为乙生下, 甲向乙求婚, 甲给乙写信): the doer
# is the name before it
_NAME_PREPOSITIONS = frozenset("为给替向对把将被")
_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


def _name_then_preposition(vt: str, start: int, end: int) -> int:
    """Where the phrase ``vt[start:end]`` ends when it opens with a name run into a preposition
    and what it governs (安吉丽娜为杜建业 before 生下): before the preposition, when the run before
    it reads as a name — a transliteration, or two or three characters opening with a
    surname that are no word of the dictionary — and the preposition opens no word (为了, 对于,
    将军, 被告); else ``end``."""
    pos_of = _parts_of_speech()
    for k in range(start + 2, min(end - 1, start + 6)):
        if vt[k] not in _NAME_PREPOSITIONS:
            continue
        name = vt[start:k]
        if (
            pos_of.get(vt[k : k + 2]) is not None
            or pos_of.get(vt[k - 1 : k + 1]) is not None  # (成为, 转向: a word across it)
            or not (pos_of.get(name[:2]) or "nr").startswith("nr")  # (车辆转…: a word opens it)
            or not _HAN_RUN.fullmatch(name)
        ):
            return end
        if looks_foreign(name) or (
            k - start <= 3 and opens_with_surname(name) and pos_of.get(name) is None
        ):
            return k
        return end
    return end


def _np_after(vt: str, clause: _Clause, m: NewsMatch, limit: int = 0) -> tuple[int, int] | None:
    """抓获在逃人员两名: the object phrase right after the trigger, when nothing stands before;
    with ``limit``, a longer phrase up to the end of the clause (a product, a thing sold)."""
    if _about_frame(vt, clause.start, m) is not None:
        return None  # 就市民举报作出回应: what follows the matter is the answer, no object of it
    start = m.end
    while start < clause.end and vt[start] in "了着过":
        start += 1
    end = min(clause.end, start + (limit or _NP_MAX))
    if end - start < 2:
        return None
    if limit:
        if _THING_BAD_START.match(vt, start):
            return None  # 召回的原因, 召回公告: not the thing recalled
        if _THING_LEFT_OUT.match(vt, start) and vt.find("的", start, clause.end) < 0:
            return None  # 此次召回不涉及国产车型: what the act leaves out (not 召回不涉及…的车辆)
        end = clause.end  # (a thing's name ends at a stop, never inside a word: 部分车型)
        quoted_to = -1
        for cut in _THING_STOP.finditer(vt, start, end):
            k = cut.start()
            if k <= quoted_to:
                continue
            if (cut.group().isspace() or cut.group() == "、") and _latin_name_gap(
                vt, k, cut.end()
            ):  # Nova 3, 星耀X5 Max: a space inside a product's Latin name; Nova 3、Nova
                # 5、Nova 6空气炸锅: a list of such names before the head noun they share
                continue
            if (
                cut.group() in _TITLE_CLOSES
                and k - start >= 2
                and "\u4e00" <= vt[k - 1] <= "\u9fff"
                and (quoted_to := _title_close(vt, k, end)) > 0
            ):  # 某某节“最佳新人奖”, 第9届“某某奖"三等奖, 某届《某刊》年度人物: a title quoted
                # (or in 书名号) after the words naming it is in the name
                continue
            end = k
            break
        end = _conjoined_predicate(vt, start, end)
        if (talks := _NEGOTIATED_END.search(vt, start, end)) is not None:
            end = talks.start()  # 出售两座工厂的商谈: the thing, not the talks about it
        end = _purpose_verb_end(vt, start, end)
        if end - start < 2 or _QUANTITY["money"].fullmatch(vt, start, end):
            return None  # 标价下调到18万元: a sum is a price or an amount, not the thing
        if next(tagged_words(vt, start, end))[1].startswith("c"):
            return None  # 拆分或出售: the second verb of a pair, not the thing
        return start, end
    penalty = _PENALTY_WORD.search(vt, start, end)
    if penalty is not None:  # 判处某某有期徒刑2年: a name ends where the penalty begins
        end = penalty.start()
    elif end < clause.end:  # (cut at most characters: at the end of the word it cuts)
        end = _WordBounds(vt, start, clause.end).next_from(end)
    if end - start < 2:
        return None
    if _NP_BAD.search(vt, start, end) or _junk_phrase(vt[start:end]):
        return None
    if _opens_with_trigger(vt, start, end, _around(vt, clause)):
        return None  # 起诉书指控: another act opens it, not who or what this one acts on
    end = _purpose_verb_end(vt, start, end)
    return start, end


# an opening quote or 书名号 and what may close it (a closing quote often comes as the plain
# ASCII one in pages that mix the two: “某某奖"三等奖)
_TITLE_CLOSES = {"“": "”\"", "《": "》"}


def _title_close(vt: str, k: int, end: int) -> int:
    """Where the title opened at ``vt[k]`` (a key of ``_TITLE_CLOSES``) closes, at least two
    characters on and before ``end``; -1 when it does not."""
    found = [j for c in _TITLE_CLOSES[vt[k]] if (j := vt.find(c, k + 2, end)) > 0]
    return min(found, default=-1)


def _purpose_verb_end(vt: str, start: int, end: int) -> int:
    """Where the thing ``vt[start:end]`` ends when a verb closes it right after a noun or an
    abbreviation (变卖股权套现, 房产套现: the assets, sold to cash out - the verb is the purpose,
    no part of the thing)."""
    words = list(_word_spans(vt, start, end))
    if len(words) >= 2 and words[-1][2] == "v" and words[-2][2].startswith(("n", "j")):
        return words[-1][0]
    return end


_PREDICATE_JOINERS = frozenset(cue_words("predicate_joiners"))


def _conjoined_predicate(vt: str, start: int, end: int) -> int:
    """Where a word joining predicates (news_cues predicate_joiners: 并, 且, 同时…) and a verb
    or an adverb after it open a second predicate inside ``vt[start:end]`` (召回部分电饭煲并表示…,
    某车型并承诺…; not 及, 和: 某厂房及配套设备 joins two things): the thing ends there; ``end``
    if none does."""
    words = list(_word_spans(vt, start, end))
    for (k, e, _), (_, _, nxt) in zip(words[1:], words[2:], strict=False):
        if vt[k:e] in _PREDICATE_JOINERS and nxt.startswith(("v", "d")):
            return k
    return end


def _word_spans(vt: str, s: int, e: int) -> Iterator[tuple[int, int, str]]:
    """The words of ``vt[s:e]`` as :func:`.news_actors.tagged_words` reads them, each as
    (start, end, part of speech)."""
    at = s
    for n, tag in tagged_words(vt, s, e):
        yield at, at + n, tag
        at += n


def _words_back(vt: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The words of ``vt[lo:hi]`` as the segmenter's dictionary reads them from ``hi`` back,
    the longest first (up to four characters; one character where it knows none), as (start,
    end, part of speech) in text order: 已|将|相关 (not 将相 read forward), 三方|对象|发起."""
    pos = _parts_of_speech()
    out: list[tuple[int, int, str]] = []
    j = hi
    while j > lo:
        for n in (4, 3, 2, 1):
            if j - n >= lo and ((tag := pos.get(vt[j - n : j])) is not None or n == 1):
                break
        out.append((j - n, j, tag or ""))
        j -= n
    out.reverse()
    return out


def _mark_of_its_own(vt: str, lo: int, hi: int, at: int, end: int) -> bool:
    """Is the one-character object mark at ``at`` (对, 将, 把) a word of the clause
    ``vt[lo:hi]`` of its own, its phrase ending at ``end`` on a word (:func:`_words_back`): no
    word with what follows (对象, 对方) nor the end of a noun (小将), though it may end a
    function word the dictionary lists (已将, 相对)?"""
    bounds = _WordBounds(vt, lo, hi)
    holder = next((w for w in bounds.words() if w[0] <= at < w[1]), None)
    noun = holder is not None and holder[1] - holder[0] > 1 and holder[2].startswith("n")
    return at + 1 in bounds and end in bounds and not noun


class _WordBounds:
    """Where the words of ``vt[lo:hi]`` begin and end (:func:`_words_back`), read only when a
    word of the dictionary crosses the place asked about (most places no word crosses are
    between two words however the clause is read).  A phrase read as a participant begins and
    ends on one: not 道恋情 of 说道恋情, 象发起 of 对象发起, 方多次 of 对方多次."""

    __slots__ = ("vt", "lo", "hi", "_words", "_starts")

    def __init__(self, vt: str, lo: int, hi: int) -> None:
        self.vt, self.lo, self.hi = vt, lo, hi
        self._words: list[tuple[int, int, str]] | None = None
        self._starts: set[int] = set()

    def words(self) -> list[tuple[int, int, str]]:
        if self._words is None:
            self._words = _words_back(self.vt, self.lo, self.hi)
            self._starts = {w0 for w0, _, _ in self._words}
        return self._words

    def __contains__(self, k: object) -> bool:
        if not isinstance(k, int) or not self.lo < k < self.hi:
            return k in (self.lo, self.hi)
        pos, vt = _parts_of_speech(), self.vt
        if not any(
            pos.get(vt[a:b]) is not None
            for a in range(max(self.lo, k - 3), k)
            for b in range(k + 1, min(self.hi, a + 4) + 1)
        ):
            return True  # (no word of the dictionary across it)
        self.words()
        return k in self._starts

    def next_from(self, k: int) -> int:
        """The first place at or after ``k`` between two words."""
        while k < self.hi and k not in self:
            k += 1
        return k


def _latin_name_gap(vt: str, a: int, b: int) -> bool:
    """Is ``vt[a:b]`` between two Latin letters or digits (Nova 3, 星耀X5 Max)?"""
    return (
        0 < a
        and b < len(vt)
        and vt[a - 1].isascii()
        and vt[a - 1].isalnum()
        and (vt[b].isascii() and vt[b].isalnum())
    )


def _opens_with_trigger(vt: str, start: int, end: int, around: tuple[int, int]) -> bool:
    """Does a trigger word begin at ``start`` (within ``vt[start:end]``)?"""
    lex = _packaged_lexicon()
    return any(
        lex.has_match(vt, start, start + k, around=around)
        and not lex.has_match(vt, start + 1, start + k, around=around)
        for k in range(2, min(end - start, _OPENING) + 1)
    )


def _around(vt: str, clause: _Clause) -> tuple[int, int]:
    """Bounds to look for a trigger's sentence in, around ``clause`` (a trigger's
    ``requires_any`` words stand in its sentence, not only in the phrase read)."""
    return max(0, clause.start - _SENTENCE_REACH), min(len(vt), clause.end + _SENTENCE_REACH)


_SENTENCE_REACH = 300
_COUNTERPART_MARKS = ("与", "跟", "同")
_COUNTERPART_ACTS = frozenset(cue_words("counterpart_acts"))
# 诈骗罪及洗钱罪的, 5年的: a charge or a term after a passive word, then 的
_CHARGE_THEN_DE = re.compile(r"[^，。；、“”的被将把对]{1,12}?(?:罪|刑|年|月|日|天)的")
_FRAME_ENDS = ("上", "中")  # 婚礼上: a trigger naming an occasion as the frame of a clause
# 在X和某人的婚礼上: a partner the recogniser did not read, between the owner and the occasion
_PARTNER_OF_OWNER = re.compile(r"(?:和|与|及|跟)[\u4e00-\u9fff·]{1,6}的?")
_WHO_FOLLOWS = re.compile(r"的(?:还|则|分别)?(?:有|包括|是|为)")
# (the one _CLAUSE_END of this module: an earlier definition of another pattern was overridden by
# this one for every use, and is gone)
_CLAUSE_END = re.compile(r"[，。；！？,;!?]")
_OPENING = 4  # the characters where a phrase's opening trigger word stands


def _junk_phrase(text: str, clause: bool = True) -> bool:
    """我们十分, 但仍然无法, 第一次, 平均: a pronoun, an adverb or an ordinal, no participant;
    依法, 多次: an adverb the tagger reads as a noun (:data:`_ADVERB_NP`) or how many times an
    act was done (:data:`_COUNTED_TIMES`), no participant either; 网传其: words before a
    pronoun that ends the phrase (the pronoun is who, not they); 周华健退学, 深圳某区出现非法集:
    a clause (it holds a verb or an adverb), not a name."""
    return (
        text in _ADVERB_NP
        or _COUNTED_TIMES.fullmatch(text) is not None
        or _THINGS_COUNTED.fullmatch(text) is not None
        or text[:1] in _NP_BAD_FIRST
        or (text[-1:] in _PRONOUN_LAST and _parts_of_speech().get(text[-2:]) is None)
        or _NP_BAD_LEAD.match(text) is not None
        or bool(_NP_BAD_WORDS.search(text))
        or (clause and _clause_like(text))
    )


_CLAUSE_TAGS = ("d", "p", "c", "u", "r")


def _clause_like(text: str) -> bool:
    """Is ``text`` one verb of the segmenter's dictionary (减轻), or does it hold an adverb, a
    preposition, a conjunction, a particle or a pronoun (read longest word first, words of two
    characters or more; a word the dictionary does not know is a name)?  Its verb tags are
    too loose (选手, 逃犯) to tell a clause by a verb inside."""
    pos_of = _parts_of_speech()
    if pos_of.get(text) == "v":
        return True
    i, n = 0, len(text)
    while i < n:
        for size in (4, 3, 2):
            tag = pos_of.get(text[i : i + size]) if i + size <= n else None
            if tag is not None:
                if tag.startswith(_CLAUSE_TAGS):
                    return True
                i += size
                break
        else:
            i += 1
    return False


_OWNED = re.compile(r"的([^，。、：；的]{2,8})")
_BODY_HEAD = re.compile(
    r"(?:联盟|公司|集团|组织|协会|部门|机构|政府|军|队|部|局|委员会|软件|应用|应用程序|产品|企业|平台|"
    r"用户|员工|团队|成员|高管|人士|人员)$"
)
_PERSON_HEAD = re.compile(
    r"(?:人|者|员|兵|子|女|儿|夫|妻|父|母|哥|姐|弟|妹|友|师|生|手|士|家属|亲属)$"
)
# what may stand between a marked object and the trigger: where it is done, adverbs of manner,
# light verbs (对甲在某区法院提起诉讼, 对此案正式立案, 对某区交管局提起索赔)
_MARK_TO_TRIGGER = (
    r"(?:(?:在|于)[^，。、：；“”《》]{2,12}?)?"
    r"(?:" + "|".join(cue_words("marked_adverbs")) + r")*"
    r"(?:进行|实施|予以|作出|采取|依法|提出|提起|发起|展开|开展|给予|处以)*了?$"
)
_MARKED_NP = re.compile(
    r"(?:对|将|把)((?:[^，。、：；对将把于]{2,8}?(?:以及|及|和|与|、))?[^，。、：；对将把于]{2,8}?)"
    + _MARK_TO_TRIGGER
)
# 将某人名下的两处商铺卖掉, 对几批某型号轮胎予以召回: a thing, perhaps qualified, a list of kinds
# (将于, 将在: the future, no mark - 于今 read as a name is no thing)
_MARKED_THING = re.compile(
    r"(?:对|将(?![于在会要])|把)([^，。：；对将把]{2,30}?)" + _MARK_TO_TRIGGER
)
# 对涉事的两家网店进行起诉: a modifier told with 的 before the name the mark names (not
# 针对检方的指控: no name after the 的)
_MODIFIER = re.compile(r"[^，。、：；的了着过被把将对向从到在于不没未]{2,4}的(?=[^的]{2})")


_JOINING = re.compile(r"以及|及|和|与|、")
_NOT_NOUN_TAGS = ("d", "p", "c", "u", "r", "q")  # an adverb, a function word, a pronoun
_NOT_NOUN_WORDS = ("v", "m", "q", "t", "f")  # a verb, a number, a measure, a time, a direction


def _nouns_only(vt: str, start: int, end: int) -> bool:
    """Is ``vt[start:end]`` nouns and names only (主要负责人, 某俱乐部) - no digit, adverb,
    function word, pronoun or measure, and no word of two characters or more that is a verb, a
    number, a time or a direction word (辞职生效, 2万元整, 某队暂居次席)?  One character the
    dictionary reads as a verb may be part of a name it lacks (阿炖同学)."""
    return not any(
        vt[a].isdigit()
        or tag.startswith(_NOT_NOUN_TAGS)
        or (b - a > 1 and tag.startswith(_NOT_NOUN_WORDS))
        for a, b, tag in _word_spans(vt, start, end)
    )


def _marked_thing(vt: str, clause: _Clause, m: NewsMatch) -> tuple[int, int] | None:
    """The thing an object mark (对/将/把) opens before the trigger ``m`` in its clause, when
    nothing follows the trigger: 把两处商铺一并卖掉, 对几批冬季轮胎予以召回 - its head after
    the last 的 when a modifier qualifies it (将营业额过亿的某品牌股份售出: 某品牌股份); not a
    verb, an adverb, a preposition, a pronoun or a time after the mark (将在近期推出: 将 is
    the future)."""
    hit = _MARKED_THING.search(vt, clause.start, m.start)
    if hit is None:
        return None
    start, end = hit.start(1), hit.end(1)
    de = vt.rfind("的", start, end)
    if de >= 0:
        start = de + 1
    if end - start < 2 or vt[start] in _NP_BAD_FIRST:
        return None
    first = next(_word_spans(vt, start, end))[2]
    if first.startswith(("v", "p", "d", "c", "r", "t", "u")) or _junk_phrase(
        vt[start:end], clause=False
    ):
        return None
    return start, end


def _subject_thing(
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    participants: Sequence[Actor],
    determined: bool = False,
) -> tuple[int, int] | None:
    """The thing opening the clause of the trigger ``m`` as its subject, when nothing follows
    the trigger (某品牌新款手机将于下月上市, 某厂家新研制的“某系统”将在近期推出): nouns, names
    and quoted titles up to the first adverb, preposition, time or other function word, its
    head after the last 的 (the maker's relative clause before it), with no verb between it
    and the trigger; not a party - a participant's name alone (某公司将于下月推出) or a noun of
    people or of a body."""
    # (某公司宣布，新款手机将于下月上市: past the telling, the clause it tells; 某厂家新研制的
    # “某系统”: past the relative clause, the head it qualifies)
    opening = max(clause.start, *(vt.rfind(p, clause.start, m.start) + 1 for p in "，,：:的"))
    if determined and (d := _THING_DETERMINER.match(vt, opening, m.start)) is not None:
        opening = d.end()  # (这款新车将于…上市: the thing the determiner points at)
    start = at = opening
    quoted = False
    for w0, w1, tag in _word_spans(vt, opening, m.start):
        if vt[w0] in _QUOTE_OPEN:
            quoted = True
        elif vt[w0] in "”》":
            quoted = False
        elif not quoted and not (
            (tag.startswith("n") or tag in _THING_WORD_TAGS or (tag == "a" and w1 - w0 == 1))
            and not (vt[w0].isdigit() and at == start)  # (10月25日就要上映: a day)
            and vt[w0] not in "、，,"
        ):  # (an adverb, a time, a number, a verb: the predicate begins)
            if w0 == opening:
                return None
            at = w0
            break
        at = w1
    else:
        return None  # (nothing but nouns up to the trigger: 新车上市 - the trigger's own word)
    if at - start < 2 or any(
        tag.startswith("v") and w1 - w0 > 1 for w0, w1, tag in _word_spans(vt, at, m.start)
    ):
        return None
    if any(x.start <= start and at <= x.end or x.end == at for x in participants):
        return None  # (甲将于下月推出, 某新秀甲因伤退赛: a party is the subject)
    return None if _names_party(vt, start, at) else (start, at)


# a model's name (Latin letters: 某车X5, 某系统Pro) or a noun of products (新车, 新机, 车型)
_PRODUCT_NAMED = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]|" + cue("product_heads").pattern)


def _named_product(vt: str, a: int, b: int) -> bool:
    """Does ``vt[a:b]``, a launch's subject, name a product: a model's name written with Latin
    letters (某车KX5四驱版, 某手机Pro) or a noun of products (新车, 新款手机) - not a person, a
    document or an event that shows (证人亮相, 报告发布, ETC新规上线: none of these)?"""
    return (
        b - a <= _PRODUCT_NAME_MAX
        and _PRODUCT_NAMED.search(vt, a, b) is not None
        and _NOT_PRODUCT.search(vt, a, b) is None
    )


_PRODUCT_NAME_MAX = 20


def _unlaunched_subject(news: str | None, vt: str, phrase: tuple[int, int]) -> bool:
    """Is ``vt[phrase[0]:phrase[1]]``, the phrase before a launch, a removal or a recall that
    takes no object, a document, a rule or a notice (:data:`_NOT_PRODUCT`: 新规, 通知, 计划…) -
    某某新规将于下月上线, 第三季度报告发布: no product, and no maker of one?"""
    return news in _PRODUCT_SUBJECT_TYPES and _NOT_PRODUCT.search(vt, *phrase) is not None
# the acts whose product may be named as the subject with no maker (上市, 被下架, 被召回)
_PRODUCT_SUBJECT_TYPES = frozenset({"产品行为-发布", "产品行为-下架", "产品行为-召回"})
_THING_DETERMINER = cue("thing_determiners")  # 这款, 该, 此款…: before the thing they point at
# the classes of news types whose thing may be the subject of the trigger (某手机将于下月上市,
# 某股票价格上涨: a product or an asset; not a hearing's case, a contest's prize)
_SUBJECT_THING_CLASSES = tuple(cue_words("subject_thing_classes"))
# the parts of speech of a thing's name besides nouns: Latin letters and digits (no tag), an
# abbreviation, an idiom
_THING_WORD_TAGS = ("", "j", "l", "eng", "x")


def _joined_nouns(vt: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the nouns ``vt[start:end]`` joins (撰稿人及几名转帖者: two), each with no
    function word or punctuation (a modifier told with 的 may open the first: 涉案的两人) and
    no adverb, pronoun or clause; [] when one is not such a noun."""
    spans: list[tuple[int, int]] = []
    at = start
    for cut in [*_JOINING.finditer(vt, start, end), None]:
        s1 = end if cut is None else cut.start()
        text = vt[at:s1]
        if s1 - at < 2 or _NP_BAD.search(_modified_head(text) if not spans else text):
            return []
        if _junk_phrase(text, clause=False):
            return []
        spans.append((at, s1))
        at = end if cut is None else cut.end()
    return spans


def _object_closing(vt: str, clause: _Clause, m: NewsMatch) -> tuple[int, int] | None:
    """The object phrase after the trigger ``m`` that closes its clause and names a party
    (:func:`_names_party`): 加盟某俱乐部, 约谈了三家平台负责人."""
    phrase = _np_after(vt, clause, m)
    if (
        phrase is None
        or phrase[1] != clause.end
        or not _names_party(vt, *phrase)
        or (phrase[0] == m.end and _compound_across(vt, m.end))
    ):
        return None
    return phrase


_NAME_TAGS = ("", "nr", "ns", "nt", "nz")  # a word the dictionary lacks, a name


def _names_party(vt: str, start: int, end: int) -> bool:
    """Does ``vt[start:end]`` name a person, people or a body: a Latin name, an account's
    handle (＠某某), or nouns only (:func:`_nouns_only`, no verb opening them) ending in a noun
    of people or of a body (三家平台负责人, 某某公司) or in a name (青岩) - not a thing or a
    matter (上诉文件, 名誉权, 生命危险, 时候)?"""
    text = vt[start:end]
    if _LATIN_WORD.fullmatch(text) or (text[0] in "@＠" and len(text) > 2):
        return True  # (a Latin name: 加盟CAA; an account's handle: 起诉@某某)
    words = list(_word_spans(vt, start, end))
    if not words or not _nouns_only(vt, start, end) or words[0][2].startswith("v"):
        return False  # (获批许可: a verb opens it)
    if _PERSON_HEAD.search(text) or _BODY_HEAD.search(text):
        return True
    w0, w1, tag = words[-1]
    return w1 - w0 > 1 and tag in _NAME_TAGS


def _compound_across(vt: str, at: int) -> bool:
    """Does a word of the dictionary run across ``at`` (处罚|决定书 read as 处罚决定: the trigger
    opens a compound noun, it takes no object there)?"""
    pos_of = _parts_of_speech()
    return any(
        pos_of.get(vt[i:j]) is not None
        for i in (at - 2, at - 1)
        for j in (at + 1, at + 2)
        if i >= 0 and j <= len(vt)
    )


_VENUE_AT = re.compile(r"在|于")
# 在某人婚礼上, 在某会现场: a venue word before the trigger frames the trigger itself
_FRAMED_TRIGGER = re.compile(r"(?:上|中|里|内|现场|期间|时)")
_COURT_HEAD = re.compile("(?:" + cue("court_heads").pattern + ")$")


def _spot_phrase(
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    times: list[TimeRef],
    actors: list[Actor],
    venue_only: bool = False,
) -> tuple[int, int] | None:
    """Where the trigger ``m`` happens, told in its own clause though no place was recognised:
    the phrase a venue word (在, 于: a word of its own) opens before the trigger, up to the
    next verb (在一家养老院去世, 于某区裁判署受审), or - unless ``venue_only`` - the phrase
    opening the clause before an existential verb right before the trigger (江边货场发生火灾);
    nouns only (:func:`_nouns_only`), two to :data:`_SPOT_MAX` characters."""
    at = None
    if _VENUE_AT.search(vt, clause.start, m.start) is None:  # (the cheap test first)
        if venue_only or _HAPPENS_VERB.search(vt, clause.start, m.start) is None:
            return None
    pos_of = _parts_of_speech()
    for venue in _VENUE_AT.finditer(vt, clause.start, m.start):
        w0, w1 = venue.start(), venue.end()
        if (
            not any(
                pos_of.get(vt[i:j]) is not None
                for i, j in ((w0 - 1, w1), (w0, w1 + 1), (w0, w1 + 2))
                if i >= clause.start and j <= m.start
            )  # (正在, 在于, 现在: no word of its own)
            and not any(x.start <= w0 < x.end for x in actors)  # (于某某: a name)
            and not _RESIDENCE_BEFORE.search(vt, clause.start, w1)  # (暂住在某区: a home)
        ):
            at = w1  # (the last one: 在家中被某人在某地…)
    if at is not None:
        end = at
        for w0, w1, tag in _word_spans(vt, at, m.start):
            if tag.startswith(("v", "d", "p", "c", "u")) and (w1 - w0 > 1 or w0 > at + 1):
                if not _COURT_HEAD.match(vt, w0, w1):  # (某区裁判: a court, no verb)
                    break
            end = w1
        framed = _FRAMED_TRIGGER.match(vt, m.end) or (
            len(m.text) > 2 and _FRAMED_TRIGGER.search(m.text, len(m.text) - 2)
        )  # (撞上: a verb of two characters ends in no frame)
        if framed or vt.find("的", end, m.start) >= 0 or any(
            w1 - w0 > 1 and tag.startswith("v") for w0, w1, tag in _word_spans(vt, end, m.start)
        ):
            return None  # 在某人婚礼上, 在河边钓鱼的老人…溺亡, 在某地昏厥后去世: the venue of
            # the trigger's noun, of a relative clause, of another verb
        spot: tuple[int, int] | None = (at, end)
    elif venue_only:
        return None
    else:
        hit = _HAPPENS_VERB.search(vt, clause.start, m.start)
        if hit is None or not _HAPPENS_TO.fullmatch(vt, hit.end(), m.start):
            return None
        spot = _np_before(  # (某人因驾车…发生事故: who, not where)
            vt, clause, NewsMatch(hit.start(), m.end, m.entry, ""), times, adjuncts=False
        )
    if spot is None or not 2 <= spot[1] - spot[0] <= _SPOT_MAX:
        return None
    court = _COURT_HEAD.search(vt, *spot)  # (某区裁判: the court's head may read as a verb)
    if (
        not vt[spot[0] : spot[1]].isalnum()  # (某区）: a bracket closes an aside)
        or any(t.start < spot[1] and spot[0] < t.end for t in times)
        or not _nouns_only(vt, spot[0], spot[1] if court is None else court.start())
        or _packaged_lexicon().has_match(vt, spot[0], spot[1])  # (在一场坠机中: when, not where)
        or _OCCASION.search(vt, spot[0], spot[1])  # (在这场意外中, 在比赛中: so an occasion)
        or _VEHICLE_NOUN.search(vt, spot[0], spot[1])  # (校车发生剐蹭: what it befell)
        or _compound_across(vt, spot[1])  # (于某某会|所: cut inside a word)
    ):
        return None
    return spot


_SPOT_MAX = 16
_OCCASION = cue("occasion_nouns")
# 发生了一起, 发生重大: what may stand between an existential verb and the trigger
_HAPPENS_TO = re.compile(r"了?(?:[一两]?[起场次宗辆架])?[\u4e00-\u9fff]{0,2}")


def _modified_head(text: str) -> str:
    """``text`` without the one modifier its name opens with (涉案的两人 -> 两人); ``text``
    itself when none."""
    mm = _MODIFIER.match(text)
    return text[mm.end() :] if mm is not None else text


_THING_MAX = 30
_THING_STOP = re.compile(
    r"[，。；：！？“”（）()、《》]|(?<![A-Za-z0-9+])\s|\s(?![A-Za-z0-9+])"
    r"|(?<=.)(?:的消息|一事|事件|计划|工作|活动|行动)"
)  # (Galaxy Note 10: spaces between Latin words stay inside the name)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9 .+\-]*")
_THING_BAD_START = cue("thing_bad_start")
_THING_LEFT_OUT = cue("thing_left_out")
_AMOUNT_ROLE = cue("amount_role")
_AMOUNT_DIGITS = r"[0-9０-９.,，一二三四五六七八九十百千万亿两几数多余零]+"  # (两年零六个月)
_ONE_AMOUNT = (
    r"(?:[约近超逾达共计了]*" + _AMOUNT_DIGITS + r"(?:[-－~～至到、]" + _AMOUNT_DIGITS + r")*"
    r"(?:名|人|个|万元|亿元|元|美元|港元|%|％|年|个月|月|星期|周(?![年岁])|天|日|轮|家|位|余人|多人|万|亿)+"
    r"(?:(?<=[年月])半)?)+(?:以上|以下|左右)?"
)  # (两年六个月, 两年半, 4个月两星期: one term; 15-20元, 3至5年: one range; 十年以上: a bound;
# 15、14、7、6年: the terms of several, the unit written once after the last)
# 4个月两星期至14个月(不等): a range whose ends each carry their unit is one amount too - not
# when what follows 至 is a time up to which (罚款2000元至5日内缴清, 3年至10月底刑满: a deadline)
_AMOUNT_OR_RANGE = (
    _ONE_AMOUNT
    + r"(?:[至到~～](?=[约近0-9０-９一二三四五六七八九十两])"
    + _ONE_AMOUNT
    + r"(?![前后内底初起止来间]))?"
)
# 分别被判处9年、8年和3年: the terms of each one, one list (a term right after each joiner);
# 不等 closes a range or a list of terms told of several (分别被判处8个月至3年不等; not before
# 的, 8个月至3年不等的刑期: the noun's modifier, as news._QUANTITY reads a sum)
_AMOUNT = re.compile(
    _AMOUNT_OR_RANGE
    + r"(?:[、和及](?=[0-9０-９一二三四五六七八九十两])"
    + _AMOUNT_OR_RANGE
    + ")*(?:不等(?!的))?"
)


_TERM_ROLE = "刑期"


def _term_right_after(vt: str, m: NewsMatch, clause: _Clause) -> tuple[int, int] | None:
    """The prison term written right after the verdict trigger ``m`` (past 了, 处 of a trigger
    ending in 判): 判处3年, 判处15、14、7、6年的 - an amount holding years or months (not
    判处3名被告人: a count of people)."""
    at = m.end + (m.text.endswith("判") and vt.startswith("处", m.end))
    at += vt.startswith("了", at)
    q = _AMOUNT.match(vt, at, clause.end)
    if q is None or _TERM_TOLD.search(q.group()) is None:
        return None
    return q.start(), q.end()


_CURRENCY_BEFORE = cue("currency_before")


def _sum_after(vt: str, k: int, end: int) -> tuple[int, int] | None:
    """罚金人民币5万元, 罚款2000元: the sum written right after ``k`` (past a currency's name)."""
    cur = _CURRENCY_BEFORE.match(vt, k, end)
    start = cur.end() if cur else k
    q = _AMOUNT.match(vt, start, end)
    return (k, q.end()) if q is not None and _HAS_NUMBER.search(q.group()) else None


_ACCOUNT_AFTER = cue("account_after")  # “临夏发布”上: after a quoted name, where one posts


def _quoted_compound(vt: str, a: int, m: NewsMatch) -> bool:
    """Is the trigger inside a short quotation that goes on after it (“离婚妈”, “维权哥”), or that
    ends with it after a name (“临夏发布”: an account)?"""
    if vt.find("“", a, m.start) < 0 and vt.find('"', a, m.start) < 0:
        return False  # (no quotation mark before it in the sentence: _quoted's own first test)
    if not _quoted(vt, a, m.start):
        return False
    close = min((k for k in (vt.find("”", m.end), vt.find('"', m.end)) if k >= 0), default=-1)
    open_at = max(vt.rfind("“", a, m.start), vt.rfind('"', a, m.start))
    if close == m.end and m.start - open_at - 1 >= 2 and close - open_at <= 7:
        # “临夏发布”上, “某某发布”公众号: an account or a column named with the word
        return _ACCOUNT_AFTER.match(vt, close + 1) is not None
    return 0 < close - m.end <= 2 and close - open_at <= 7


_QUOTE_MARKS = re.compile('[《》“”"]')


@lru_cache(maxsize=32)  # asked of one trigger by several rules (see _tellings_found)
def _quoted(vt: str, a: int, at: int) -> bool:
    """Is ``at`` inside a “…” quotation opened in the sentence (from ``a``)? A quote opened
    inside a 《…》 title, or closed by the other kind (“…"), is over; one opened inside the
    sentence (not a speech after its start or a colon) and never closed before it ends is no
    quotation (a slip of the writer)."""
    head = vt[a:at].lstrip('"')  # (a run of straight quotes opening the sentence is debris)
    if "“" not in head and '"' not in head:
        return False
    opened = -1  # where the quotation open at ``at`` opens in ``head``
    title = 0
    for mark in _QUOTE_MARKS.finditer(head):  # (no other character changes what is open)
        k, ch = mark.start(), mark.group()
        if ch == "《":
            title += 1
        elif ch == "》":
            title = max(0, title - 1)
        elif title:
            continue  # 《…高喊“某某"…》: a quote in a title is the title's
        elif ch == "“" or (ch == '"' and opened < 0):
            opened = k
        elif ch in '”"':
            opened = -1
    if opened < 0:
        return False
    if not head[:opened].strip() or head[opened - 1] in "：:":
        return True  # (a speech, which may run over sentences)
    end = _sentence_end(vt, at)
    return vt.find("”", at, end) >= 0 or vt.find('"', at, end) >= 0


_PARTY_ROLES_OF_AUTHORITY = frozenset(
    {"拘捕者", "开庭法院", "立案机构", "执法机构", "约谈发起方", "禁赛机构", "下架方", "召回方",
     "发布方", "解雇方", "裁员方", "会见主体", "会见对象", "道歉者", "道歉对象", "致谢人",
     "被感谢人", "举报对象", "约谈对象", "袭击者", "source", "target"}
)  # fmt: skip
_CRIME_NAME = cue("crime_names")
_CRIMINAL = re.compile(flat_words([cue_words("criminal"), cue_words("crime_names")]))
_CASE_PARTIES = frozenset(cue_words("case_parties"))  # 被告: CRM only in a criminal case


def _without_body(text: str) -> str:
    """``text`` without the body or family word its people form (被告一家 → 被告)."""
    bodies = generic_table().bodies_of_people
    body = max((w for w in bodies if text.endswith(w)), key=len, default="")
    return text[: len(text) - len(body)] if body and len(text) > len(body) else text


_CIVIL_CASE = cue("civil_case")
# 业主起诉物业公司，要求退还停车费: a suit claiming money or goods back is a civil case too
_CIVIL_CLAIM = re.compile(
    "(?:" + SUIT_VERB.pattern + ")[^。！？；\n]{0,30}?(?:" + cue("civil_claims").pattern + ")"
)
_NOT_CASE_NAME = cue("not_case_names")
_NAMED_CASE = re.compile(r"[^，。！？；\n]{1,10}案")
_CASE_LOOKBACK = 3000  # characters


@lru_cache(maxsize=64)  # asked of one sentence by each of its hearings (keys hold the article)
def _criminal_case(vt: str, a: int, b: int) -> bool:
    """Is the case tried in ``vt[a:b]`` criminal: a crime or a criminal procedure named there
    (…罪, 强奸案, 被告人), or — for 该案/此案 — in the last case the article named before it
    that is told as criminal or civil (一起刑事案, 肖像权纠纷案)?  涉嫌 alone, with a civil
    matter named (某主持人涉嫌性骚扰一案开庭, 涉嫌“性骚扰”一案, 涉嫌侵权), tells no crime."""
    hits = [h.group() for h in _CRIMINAL.finditer(vt, a, b)]
    if hits and (any(h != "涉嫌" for h in hits) or not _CIVIL_CASE.search(vt, a, b)):
        return True
    if not CASE_ANAPHOR.search(vt, a, b):
        return False
    for hit in reversed(list(_NAMED_CASE.finditer(vt, max(0, a - _CASE_LOOKBACK), a))):
        name = hit.group()
        if _NOT_CASE_NAME.fullmatch(name[-2:]):
            continue  # 报案, 立案, 此案: no case named
        if _CIVIL_CASE.search(name):
            return False
        if _CRIMINAL.search(name.replace("涉嫌", "")):  # (涉嫌职场性骚扰案 may be a civil suit)
            return True  # 某男子被抢劫案…，该案将开庭: the rape case
    return False


def _court_as_place(vt: str, x: Actor, floor: int) -> bool:
    """Is the court ``x`` named as a place - after a venue mark or a verb of going (在某法院,
    闹上法庭, 走进法院) or before a localizer (法庭外面) - not as a body that acts?"""
    return (
        _marked(vt, x, floor, _VENUE_MARK)
        or vt[max(floor, x.start - 1) : x.start] in ("上", "进", "入")
        or vt[x.end : x.end + 1] in ("外", "内", "里", "前", "门")
    )


def _prosecutor(x: Actor) -> bool:
    return _prosecutor_name(x.text)


def _prosecutor_name(text: str) -> bool:
    return any(w in text for w in ("检察", "检方", "公诉", "控方", "律政司"))


def _done_by(e: Event, kinds: tuple[str, ...]) -> bool:
    """Is a source of ``e`` of one of ``kinds`` (JUD: a court or a judge, no prosecutor)?"""
    return any(
        x.side == "source" and x.role in kinds and not _prosecutor_name(x.name) for x in e.actors
    )


def _reacts_to_passive(vt: str, x: Actor, passive_at: int) -> bool:
    """Does ``x`` stand right before a 对 opening a noun phrase, no verb in it, that the passive
    at ``passive_at`` closes (中国对某某被警方逮捕表示关切: 某某, perhaps no name read, is the one
    arrested; 中国 reacts to it - not 对此, 对其, nor 对…V: 张某对邻居动手被拘留)?"""
    if not vt.startswith("对", x.end) or passive_at - (x.end + 1) < 2:
        return False
    if vt[x.end + 1] in "此其":
        return False
    pos_of = _parts_of_speech()  # (张某对邻居大打出手被拘留: a verb - 张某 is the one held)
    return not any(
        (pos_of.get(vt[k : k + 2]) or "").startswith("v") for k in range(x.end + 1, passive_at - 1)
    )


def _prize_for_giver(x: Actor, role: str) -> str:
    """The role ``x`` fills when written where ``role`` stands: the prize (奖项) for a giver's
    role (颁奖机构) when ``x`` is a phrase no recogniser read that ends in a prize noun
    (一等奖颁给了某某, 该奖项授予…: the prize is given, it gives nothing), else ``role``."""
    prize = _GIVER_PRIZE.get(role)
    if prize is None or x.kind != "NP" or x.agent_type is not None:
        return role
    return prize if _PRIZE_END.search(x.text) else role


def _prize_after_winner(
    vt: str, clause: _Clause, m: NewsMatch, subject_role: str | None, winner: Actor | None
) -> tuple[int, int] | None:
    """The prize a verb of giving an award names after it when its winner stands before it
    (某基金会为某某颁发奖励证书, 向某某颁发金奖: the one it is given for, then the thing given):
    the object phrase right after the verb, for a giver's role of ``_GIVER_PRIZE``."""
    if subject_role not in _GIVER_PRIZE or winner is None or winner.end > m.start:
        return None
    return _np_after(vt, clause, m, limit=_THING_MAX)


def _seat_fits(x: Actor, role: str | None) -> bool:
    """Can ``x`` fill the seated ``role`` (开庭法院, 立案机构): one of its kinds, and for a role
    only the court itself fills (开庭法院) a court as a body - no prosecutor, no person, no one
    who sits in it (审判长, 法官)."""
    if role is None or x.agent_type not in _SEATED_ROLES.get(role, ()):
        return False
    return role not in _BENCH_ROLES or not (
        _prosecutor(x) or x.kind == "PER" or _COURT_MEMBER.search(x.text)
    )


def _authority_misplaced(x: Actor, subject_role: str | None, object_role: str | None) -> bool:
    """法院判处…, 法院…入狱: a court or the police where only a party stands."""
    if x.agent_type not in ("JUD", "COP"):
        return False
    if subject_role is None:
        return object_role is not None and object_role not in _PARTY_ROLES_OF_AUTHORITY
    if subject_role == "原告" and _prosecutor(x):
        return False
    return subject_role not in _PARTY_ROLES_OF_AUTHORITY


def _charging_police(vt: str, x: Actor, floor: int, m: NewsMatch) -> bool:
    """Is ``x`` a police body named after 被/遭 before the charge ``m`` (某某被警方起诉,
    遭某市公安局移送起诉, 被警方以盗窃罪起诉): the agent of a passive charge is the one who
    brings it, the police too - not when another act of theirs comes between (被警方带走后起诉
    了邻居)."""
    return (
        x.agent_type == "COP"
        and 0 <= m.start - x.end <= _CHARGE_GAP_MAX
        and not _AFTER_ACT.search(vt, x.end, m.start)
        and _marked(vt, x, floor, ("被", "遭"))
    )


_CHARGE_GAP_MAX = 8  # characters between the police and the charge (以涉嫌盗窃罪, 依法移送)
_AFTER_ACT = re.compile(r"[后了并而再又，,、；]")  # an act of theirs ended before the charge


def _charge_as_party(x: Actor) -> bool:
    """Is ``x`` a phrase no recogniser read that ends in a charge (两罪, 三项罪名): what a verb
    of charging lays, not the one it is laid on."""
    return x.kind == "NP" and x.agent_type is None and x.text.endswith(_CHARGE_ENDS)


_CHARGE_ENDS = ("罪", "罪名")


def _distance_moved(vt: str, news: str | None, phrase: tuple[int, int]) -> bool:
    """Is ``phrase``, read before an accident's trigger, a verb and a count (滑行200米追尾,
    行驶3公里后翻车): how far the vehicle went, no party to the accident?"""
    if news not in _ACCIDENTS:
        return False
    first = next(_word_spans(vt, *phrase), None)
    return (
        first is not None
        and first[2] == "v"
        and _HAS_NUMBER.search(vt, first[1], phrase[1]) is not None
    )


# what may open a clause before the demand a suit makes (，并要求…, ，同时要求…)
_DEMAND_LEAD = re.compile(r"(?:并且|并|同时|还|且|又)?")


def _suit_demand(
    vt: str,
    clause: _Clause,
    earlier: list[_Clause],
    m: NewsMatch,
    suits: list[Event],
    view: AnalysisView,
) -> bool:
    """Does ``clause`` open with the demand ``m`` (right after 并/同时) that follows the clause
    of a suit or an appeal coded among ``suits`` (起诉某公司，要求赔偿; 提起上诉，要求撤销原判)
    — what the suit asks for, not a request of its own?"""
    if not earlier or not suits:
        return False
    lead = _DEMAND_LEAD.match(vt, clause.start)
    if (clause.start if lead is None else lead.end()) != m.start:
        return False
    lo, hi = view.to_original(earlier[-1].start), view.to_original(earlier[-1].end)
    return any(lo <= x.trigger_start < hi for e in suits for x in e.mentions)


def is_suit(news_type: str | None, plover_type: str | None) -> bool:
    """Is an act of these types a suit, a charge or an appeal (司法行为-起诉, ACCUSE)?"""
    return news_type == _SUIT or plover_type == "ACCUSE"


def _court_as_party(x: Actor, entry: NewsEntry) -> bool:
    return (
        x.agent_type == "JUD"
        and not _prosecutor(x)
        and is_suit(entry.news, entry.plover)
    )


# the longest run between a legal act and the outlets it is done to (起诉了五家媒体)
_OUTLET_OBJECT_GAP = 6


def _outlet_acted_on(vt: str, x: Actor, matches: list[NewsMatch]) -> bool:
    """Is the outlet or reporter ``x`` (媒体, 记者) the one a legal act or a sanction of
    ``matches`` is done to: its object shortly after it in the clause (起诉了三家媒体, 罚款两名
    记者), or its subject before a passive (多家媒体被起诉) — a party, not who reports?"""
    for mm in matches:
        if not ((mm.entry.news or "").startswith(_LEGAL_ACT) or mm.entry.plover == "SANCTION"):
            continue
        gap = vt[mm.end : x.start]
        if 0 <= x.start - mm.end <= _OUTLET_OBJECT_GAP and not _CLAUSE_CUT.search(gap):
            return True
        if vt.startswith(("被", "遭"), x.end) and x.end < mm.start <= x.end + 3:
            return True
    return False


def _homeable(x: Actor, story_home: str | None) -> bool:
    """May ``x``, placed by no word of its sentence, take a country from the story: a person
    (its home), or - in a criminal trial none of whose participants is placed - the court
    (the article's home, ``story_home``)?"""
    return x.kind in ("PER", "NP") or (story_home is not None and x.agent_type in _OFFICES)


def _no_political_reading(
    entry: NewsEntry,
    actors: Sequence[Actor],
    times: Sequence[TimeRef],
    lead: tuple[list[_Clause], list[TimeRef]] | None,
) -> bool:
    """Can a reading of no news type (political only) come out as no event whatever its roles,
    as :meth:`NewsCoder._code_match` would find after all its work?  A demand (REQUEST) none of
    whose sentence's actors is an authority: none makes it, none is pleaded to.  Any reading
    none of whose actors has a country, a home or members: every participant is one of them, a
    copy of one or a phrase of no country, so none gets a country and no PLOVER type stays - and
    no day of the sentence is told as this year's (今年…, which may mark the page misdated)."""
    if entry.plover == "REQUEST" and not any(
        _authority(x) or _former_official(x) for x in actors
    ):
        return True
    if any(x.country or x.home or x.members for x in actors):
        return False
    told = times if lead is None else [*lead[1], *times]
    return not any(_THIS_YEAR.search(t.text) for t in told)


def _no_reading_at_all(
    lex: NewsLexicon,
    vt: str,
    clause: _Clause,
    m: NewsMatch,
    actors: list[Actor],
    times: Sequence[TimeRef],
    lead: tuple[list[_Clause], list[TimeRef]] | None,
) -> bool:
    """Would :meth:`NewsCoder._code_match`'s early political check (a reading of no news type
    that :func:`_roles` marks nothing for, with :func:`_no_political_reading`) end ``m`` with no
    event - asked before the checks that come first there?  Only for an entry of no news type:
    the checks before it only end the candidate with no event, change the actors only for a
    type whose roles name a contest or a gathering (the roles of type "": none) and the entry
    only for a demand (made a threat or a ban, of no news type still) - so the check reads the
    same actors there, and the same entry but for a demand's PLOVER type.  A demand is asked of
    as no demand (no PLOVER type): where that reading has none, neither has a demand, a threat
    nor a ban (a demand may have none where it has one: read in full)."""
    entry = m.entry
    return (
        entry.news is None
        and "活动名称" not in lex.roles.get("", ())
        and _no_political_reading(
            entry if entry.plover != "REQUEST" else _without_plover(entry), actors, times, lead
        )
        and not _roles_may_mark(vt, clause, m, actors)
    )


@lru_cache(maxsize=1024)  # (a frozen entry: the same copy for each candidate of it)
def _without_plover(entry: NewsEntry) -> NewsEntry:
    return replace(entry, plover=None, cameo=None)


# 要求对某物进行抽检, 要求今后…: a procedure or a rule demanded (news_cues directive_after)
_DIRECTIVE = re.compile(
    r"(?:(?:对|就)[^，。；]{1,30}?(?:" + cue("procedure_verbs").pattern + r")|[，,：:]?(?:"
    + cue("directive_after").pattern
    + "))"
)


def _directive(vt: str, m: NewsMatch, end: int) -> bool:
    """Does the demand ``m`` ask for a procedure on something (要求对某物进行抽检) or lay down a
    rule (要求今后…, 要求，以后…) rather than an act (要求立即释放某人, whose addressee may go
    unnamed)?  Read up to ``end``, the sentence's end."""
    return _DIRECTIVE.match(vt, m.end, end) is not None


def _addressed_before(
    vt: str, a: int, at: int, actors: list[Actor], agent: Actor | None
) -> Actor | None:
    """某局向一家商场发函，要求…: the one the doer addressed (向) before the trigger in its
    sentence (from ``a``) with a verb of sending or asking (news_cues address_verbs: 发函, 发出,
    提出…) or the demand itself (向某公司要求…) is who a demand naming no one of its own is made
    of; not one a report or a speech is made to (向某会报告工作，要求…: the demand is of others)."""
    for x in reversed(actors):
        if (
            a < x.start < at
            and x is not agent
            and not x.place
            and vt[x.start - 1] == "向"
            and (x.end == at or _ADDRESS_VERB.match(vt, x.end))
        ):
            return x
    return None


_ADDRESS_VERB = cue("address_verbs")
_HEARING_PARTY = cue("hearing_parties")
_ASKING = frozenset({"要求", "请求", "申请"})


def _asks_the_court(agent: Actor, patient: Actor | None, m: NewsMatch) -> bool:
    """Is ``m`` a request a party of a hearing (news_cues hearing_parties: 控方, 辩方, 检方…)
    makes of no authority it names (控方要求两名被告暂不表态, 辩方申请押后审理)? It is made to the
    court; one it names of its own (检方要求警方补充侦查, 辩方向法庭申请…) stays the one asked."""
    return (
        m.text in _ASKING
        and _HEARING_PARTY.search(agent.text) is not None
        and (patient is None or not _authority(patient))
    )


def _court_asked(vt: str, a: int, b: int, actors: list[Actor], agent: Actor) -> Actor:
    """The court a hearing party's request is made to: the one its sentence names, else the
    court at large, of the party's country."""
    for x in actors:
        if (
            a <= x.start < b
            and x is not agent
            and x.agent_type == "JUD"
            and _COURT_HEAD.search(x.text) is not None
            and not _prosecutor(x)
        ):
            return x
    return Actor(
        agent.start, agent.start, "法院", "ORG", country=agent.country, agent_type="JUD",
        alias_of="法院",
    )  # fmt: skip


def _authority(x: Actor | None) -> bool:
    """A government, court, police or army: by its kind, or a state or KB-linked body."""
    if x is None:
        return False
    if x.agent_type in _AUTHORITY:
        return True
    return x.kind == "GPE" or (x.cameo is not None and x.cameo[3:6] in _AUTHORITY)


def _former_official(x: Actor | None) -> bool:
    """英国前司法大臣某某, 前国务卿某某: one who has left an office (CAMEO ELI, which the entity
    step gives only such a person) - their demands are still political, as an official's."""
    return x is not None and x.cameo is not None and x.cameo[3:6] == "ELI"


# 告诉, 告知, 通知…(了): an authority's verb of informing, ending the words before the one told
_INFORMED_GAP = re.compile("(?:" + cue("informing_verbs").pattern + ")了?$")
_INFORMED_GAP_MAX = 6  # (民警却告诉, 法院随后书面通知: a few adverbs before the verb)


def _informed(vt: str, agent: Actor, x: Actor) -> bool:
    """Is ``x`` the one the authority ``agent`` tells of its act, named right after a verb of
    informing (民警随后告诉他不予立案; 法院通知王某，驳回起诉): the one who hears of it, who
    may have reported the case, not the one it is done to?"""
    return (
        0 < x.start - agent.end <= _INFORMED_GAP_MAX
        and _INFORMED_GAP.search(vt, agent.end, x.start) is not None
    )


# 甲报案称…, 针对甲报案…, 甲的报案 / 甲…却被告知: the one whose report a refusal to open a case
# refuses (news_cues alarm_call, reports_made, told_passive); 的 only before a report that takes
# no object (甲的报案: 甲's; 对甲的举报, 有关甲的控告: a report of 甲, the accused)
_REPORT_MADE = re.compile(
    "的?(?:" + "|".join(cue_words("alarm_call")) + ")|(?:" + cue("reports_made").pattern + ")"
)
_TOLD_PASSIVE = cue("told_passive")


def _refused_reporter(
    vt: str, a: int, t: int, actors: list[Actor], agent: Actor | None
) -> Actor | None:
    """The one whose report a refusal to open a case at ``t`` refuses (…，不予立案): of the
    participants of its sentence from ``a`` before it, the one named right before a report word
    or before 的 and 报案/报警 (甲报案称…, 针对甲报案…, 甲的报案; not 对甲的举报), else the nearest
    named before the one told (甲…却被告知…), else the one an authority tells of it
    (派出所通知甲，不予立案) - never an authority, the police or a court, a place, nor the
    refusing ``agent``."""
    people = [
        x
        for x in actors
        if a <= x.start
        and x.end <= t
        and x is not agent
        and not x.place
        and not _authority(x)
    ]
    reporter = next((x for x in people if _REPORT_MADE.match(vt, x.end)), None)
    if reporter is None and (told := _TOLD_PASSIVE.search(vt, a, t)) is not None:
        reporter = next((x for x in reversed(people) if x.end <= told.start()), None)
    if reporter is None and agent is not None:
        reporter = next((x for x in people if _informed(vt, agent, x)), None)
    return reporter


def _acted_on(role: str | None) -> bool:
    """被拘捕者, 入狱者, target: a role of the one the act is done to."""
    return role is not None and (role.startswith("被") or role in _PATIENT_ROLES)


_OWN_RULES = frozenset({"EDU", "MIL", "GOV"})  # bodies whose bans on their own people sanction


def _bans_own(vt: str, agent: Actor, patient: Actor | None, m: NewsMatch) -> bool:
    """Does a body that is no authority but rules its own people (a university, an army) ban
    something — the subject of the ban's clause, apart from the ban word (某大学随即禁止本校师生
    下载某应用, 某校颁布禁令; not 某校禁令, 对某校的禁令: the one named with the ban is its
    target)?"""
    if patient is agent or agent.end > m.start or (agent.country is None and agent.kind != "ORG"):
        return False  # (a body of no country bans when named: 某大学; else the state told does)
    head = generic_head(agent.text)
    if (agent.agent_type or (head[1] if head else None)) not in _OWN_RULES:
        return False  # (a company's own rules for its users are no sanction)
    gap = vt[agent.end : m.start]
    return (
        bool(gap) and not gap.endswith("的") and (patient is None or patient.start > agent.end)
    )


def _banned_marked(vt: str, agent: Actor, m: NewsMatch, actors: list[Actor]) -> Actor | None:
    """The one a body that bans marks between itself and the ban (某大学对某国应用宣布禁令: the
    country whose apps are banned; a body of no country bans all the same)."""
    if _authority(agent):
        return None
    found = [
        x
        for x in actors
        if agent.end <= x.start
        and x.end <= m.start
        and x is not agent
        and _marked(vt, x, agent.end, _OBJECT_MARK)
    ]
    return found[0] if found else None


def _banned_listed(
    vt: str, m: NewsMatch, b: int, actors: list[Actor]
) -> tuple[Actor | None, list[Actor]]:
    """禁止以下交易：为甲或乙提供…: a ban of 'the following' (以下) acts spells them out past the
    colon after the trigger, to the sentence's end ``b`` - the companies and apps named there are
    what it bans (each once; not a place, a state, an authority or a person); (None, []) when
    no colon follows or none is named."""
    colon = _COLON_AHEAD.search(vt, m.start, min(b, m.end + 8))
    if colon is None:
        return None, []
    found: list[Actor] = []
    for x in actors:
        if x.start < colon.end() or x.end > b or x.place or x.kind != "ORG" or _authority(x):
            continue
        if all(y.text != x.text for y in found):
            found.append(x)
    return (found[0], found[1:]) if found else (None, [])


_COLON_AHEAD = re.compile(r"[：:]")


def _issuer(actors: list[Actor], a: int, at: int) -> Actor | None:
    """The last authority (a state, a government, a court, a KB official) named in ``[a, at)``."""
    found = [x for x in actors if a <= x.start and x.end <= at and _authority(x)]
    return found[-1] if found else None


def _canonical_agent(
    vt: str,
    a: int,
    b: int,
    m: NewsMatch,
    actors: list[Actor],
    kinds: tuple[str, ...],
    taken: tuple[Actor | None, ...],
) -> Actor | None:
    """The one of the ``kinds`` that do the act (the police, a court, a judge) named in the
    sentence ``[a, b)`` and not already in it: the nearest before the trigger — the police
    announcing a detention, the court applied to, the judge who refused bail — else the first
    after it (下令把X还押的法官Y).  Not one named as a partner (与警方), nor one a relative
    clause ending in the trigger qualifies as another's (the trigger's 的 belongs to it)."""
    found = [
        x
        for x in actors
        if a <= x.start
        and x.end <= b
        and not x.place
        and _kind_of(x) in kinds
        and all(x is not y for y in taken)
        and not any(y is not None and y.start <= x.start and x.end <= y.end for y in taken)
        and not _marked(vt, x, a, _WITH_MARK)
    ]
    before = [x for x in found if x.end <= m.start]
    if before:
        return before[-1]
    return next((x for x in found if x.start >= m.end), None)


_DETERMINERS = sorted(cue_words("pronoun_determiner"), key=len, reverse=True)
_DETERMINED_SUBJECT = re.compile(
    "(?:" + "|".join(map(re.escape, _DETERMINERS)) + r")[“\"]?([\u4e00-\u9fff]{1,8})[”\"]?$"
)


def _first_joined(vt: str, x: Actor, actors: list[Actor]) -> Actor:
    """The first of the actors joined to ``x`` by 和/及/、 before it (X和Y: X for Y)."""
    k = next((i for i, y in enumerate(actors) if y is x), -1)
    while k > 0 and _joined(vt, actors[k - 1], actors[k]):
        k -= 1
    return actors[k] if k >= 0 else x


def _carried_object(
    vt: str, prev: _Clause, actors: list[Actor], agent: Actor | None
) -> Actor | None:
    """The last participant after the last object mark (对/将/把) of clause ``prev``."""
    mark = max(vt.rfind(c, prev.start, prev.end) for c in _CARRIED_MARK)
    carried = [
        x for x in actors if mark >= 0 and mark < x.start and x.end <= prev.end and not x.place
    ]
    return carried[-1] if carried and carried[-1] is not agent else None


def _carrying_clause(
    lex: NewsLexicon,
    vt: str,
    clause: _Clause,
    earlier: list[_Clause],
    entry: NewsEntry,
    agent: Actor | None,
) -> _Clause | None:
    """The earlier clause whose object (marked 对/将/把) the trigger's clause, naming none,
    acts on: the clause just before, when the trigger's clause goes on with 并/同时… and that
    clause tells an act of the same type (or the authority doing this one marks an object
    there: 对X判处…，并判处罚金); or, when an authority opens the trigger's clause, the
    nearest one telling an act of the same type (对两人刑事拘留，9月8日，检方批准逮捕)."""

    def same(c: _Clause) -> bool:
        if lex is _packaged_lexicon():  # (one clause is asked by each trigger after it)
            return entry.news in _news_types_in(vt[c.start : c.end])
        return any(h.entry.news == entry.news for h in lex.match(vt[c.start : c.end]))

    if _CHAINED.match(vt, clause.start):
        prev = earlier[-1]
        marks = any(vt.find(mk, prev.start, prev.end) >= 0 for mk in _CARRIED_MARK)
        return prev if same(prev) or (_authority(agent) and marks) else None
    if entry.news is None or agent is None or not _authority(agent) or agent.start < clause.start:
        return None
    return next((c for c in reversed(earlier) if same(c)), None)


@lru_cache(maxsize=4096)
def _news_types_in(text: str) -> frozenset[str | None]:
    """The news types of the packaged lexicon's matches in ``text`` (a pure function of it)."""
    return frozenset(h.entry.news for h in _packaged_lexicon().match(text))


# acts only an authority does (agent_kinds) whose person subject, told with no object, is the
# one they are done to: 某人已获释 (released), 某人不准保释 (refused)
_NOTIONAL_PASSIVES = ("CONCEDE", "REJECT")
# 某人罪名成立: the one whose charge is made out is the one convicted, as notional a passive
_MADE_OUT = cue("charge_made_out")

# 获某法院批准: 获 marks what the clause's subject receives from the authority after it (not
# 抓获/查获/俘获, not 获悉/获知/获刑/获释/获判/获奖)
_GRANTED_BY = re.compile(
    r"(?<![抓查捕缴俘破])获(?![悉知刑释判奖])得?[^，,。；;：:！？!?“”\"]{0,10}$"
)


def _past_body_name(vt: str, m: NewsMatch, actors: list[Actor]) -> NewsMatch:
    """被某市某区人民检察院起诉: a trigger word that opens with a body's word (检察院起诉,
    检方起诉) read where a named body ends inside it is the rest of the word - the body is a
    participant, not part of the trigger (a word of two characters or more on both sides)."""
    if m.end - m.start < 4:
        return m  # (two characters of a body's and two after them: no shorter word holds both)
    for x in actors:
        if (
            x.start < m.start
            and x.end - m.start >= 2  # (a body's word, not one character: 美国会|见)
            and m.end - x.end >= 2
            and not x.place
            and (x.kind == "ORG" or _authority(x))
        ):
            return replace(m, start=x.end, text=vt[x.end : m.end])
    return m


# 收到/接到 (…的) 诉状: the one named before receives the suit (no more than a count, a
# measure word and a possessor between)
_RECEIVED = re.compile(r"(?:收到|接到|接获)了?[^，,。；;：:！？!?]{0,12}$")
# 某公司认为…, 某某称…: the next clause tells a party's claim (news_cues party_claims)
_CLAIMS = cue("party_claims")


def _claimant(vt: str, c: _Clause, actors: list[Actor], receiver: Actor) -> Actor | None:
    """The party the clause ``c`` opens with, when a claim word follows it right away (特斯拉
    认为…): a named person or organisation, not the receiver, an authority or a court."""
    first = next((x for x in actors if c.start <= x.start < c.end and not x.place), None)
    if (
        first is None
        or first.start != c.start
        or first.text == receiver.text
        or first.kind not in ("PER", "ORG")
        or _authority(first)
        or not _CLAIMS.match(vt, first.end)
    ):
        return None
    return first


def _receiver(vt: str, actors: list[Actor], patient: Actor, at: int) -> Actor:
    """由林郑月娥任命的裁判官陈某，昨日接到恐吓电话: the person named last before the
    receiving verb at ``at``, closing the clause right before the verb's (a comma after the
    name, no one named between), receives it - not ``patient``, one told of in a phrase
    before; ``patient`` when there is no such person."""
    last = next((x for x in reversed(actors) if x.end <= at), None)
    if (
        last is None
        or last is patient
        or last.kind != "PER"
        or last.start < patient.end
        or vt[last.end : last.end + 1] not in ("，", ",")
    ):
        return patient
    return last


# 一名(男子), 两个(陌生人): a count before the one a clause opens with
_COUNT_LEAD = re.compile(_SMALL_COUNT + "*[名位个]?")
_CALLERS = frozenset(cue_words("callers"))  # 来电者, 寄信人, 男子, 陌生人…: one not known
# 来电者称, 一名男子在电话中扬言: the unnamed one's words (a few characters between)
_CALLER_SAYS = re.compile("[^，,。；;：:]{0,6}?(?:" + cue("caller_says").pattern + ")")


def _caller(vt: str, c: _Clause, actors: list[Actor], receiver: Actor) -> Actor | None:
    """The unnamed one the clause ``c`` opens with (来电者, 一名男子: a caller's word or one for
    a person not known, perhaps counted) telling their words (称, 扬言…) - who made the call or
    sent the letter the one before it received; not one who acts or feels after it (一名男子随后
    被拘捕, 市民纷纷谴责, 邻居称…: news_cues callers)."""
    first = next((x for x in actors if c.start <= x.start < c.end and not x.place), None)
    if (
        first is None
        or first.text not in _CALLERS
        or not _COUNT_LEAD.fullmatch(vt, c.start, first.start)
        or first.text == receiver.text
        or first.kind != "generic"
        or first.agent_type not in PEOPLE_KINDS
        or not _CALLER_SAYS.match(vt, first.end, c.end)
    ):
        return None
    return first


def _granted(
    vt: str,
    clause: _Clause,
    earlier: list[_Clause],
    actors: list[Actor],
    by: Actor,
    kinds: frozenset[str] | tuple[str, ...],
) -> Actor | None:
    """The one an authority ``by`` grants something to when ``by`` follows 获: a person or a kind
    of people, no authority, before it in ``clause``, else the subject an earlier clause opens
    with (某人被拒保释，后获某法官批准保释)."""

    def grantee(x: Actor | None) -> bool:
        return (
            x is not None
            and x is not by
            and _person_or_people(x)
            and not _authority(x)
            and _kind_of(x) not in kinds
        )

    inside = [
        x
        for x in actors
        if clause.start <= x.start
        and x.end <= by.start
        and not x.place
        and not (_authority(x) or _kind_of(x) in kinds)  # (获某法院法官某某: its title)
    ]
    for k, x in enumerate(inside):
        if not _modifies(vt, x, inside[k + 1 :]):  # (香港居民某某: the name its title heads)
            return x if grantee(x) else None
    topic = _topic(vt, earlier, [x for x in actors if x.place or grantee(x)])
    return topic if grantee(topic) else None


_POLICE_BAIL = cue("police_bail_after")  # 候查: bail pending the police's inquiry
_REPORTS_TO = re.compile(r"向([^，。；！？]{1,10}?)报到")


def _police_bail_grantor(
    vt: str, m: NewsMatch, a: int, b: int, actors: list[Actor]
) -> Actor | None:
    """The police that grant the bail ``m`` when it is police bail - 候查 right after it (保释
    候查), or 向…报到 naming the police later in its sentence (``vt[a:b]``): the first police
    body (COP) the sentence names; None else."""
    if not m.text.endswith(("保释", "获释")):
        return None
    told = _POLICE_BAIL.match(vt, m.end) is not None
    if not told and (r := _REPORTS_TO.search(vt, m.end, b)) is not None:
        told = any(
            x.agent_type == "COP" and r.start(1) <= x.start < r.end(1) for x in actors
        )
    if not told:
        return None
    return next((x for x in actors if a <= x.start < b and x.agent_type == "COP"), None)


def _kind_of(x: Actor) -> str | None:
    """``x``'s actor type, PRO for a prosecutor (a JUD body that prosecutes, not a court)."""
    return "PRO" if x.agent_type == "JUD" and _prosecutor(x) else x.agent_type


def _vehicle_make(vt: str, x: Actor) -> bool:
    """Do the words around ``x`` make it a car of that make, no company: a vehicle noun right
    after it that opens no company's or trade's name (某品牌车辆, 某品牌车主; not 某品牌汽车公司,
    某品牌车企), or a counter of vehicles before it with at most a short modifier between
    (一辆白色某品牌; news_cues vehicle_nouns, vehicle_not_after, vehicle_counters)?"""
    noun = _VEHICLE_NOUN.match(vt, x.end)
    if noun is not None and not _VEHICLE_NOT_AFTER.match(vt, noun.end()):
        return True
    counted = _VEHICLE_COUNTED.search(vt, max(0, x.start - _VEHICLE_MODIFIER - 2), x.start)
    return counted is not None and not _packaged_lexicon().has_match(vt, counted.end(), x.start)


_VEHICLE_NOUN = cue("vehicle_nouns")
# (某品牌汽车 (某市)有限公司: spaces may stand before the rest of the name)
_VEHICLE_NOT_AFTER = re.compile(r"\s*(?:" + cue("vehicle_not_after").pattern + ")")
_VEHICLE_MODIFIER = 3  # 一辆白色的某品牌: the characters a counter and the make may have between
# (a number or a determiner before the counter: not 旧车辆回收站)
_VEHICLE_COUNTED = re.compile(
    rf"(?:{_COUNT}|[这那该每此])(?:" + cue("vehicle_counters").pattern
    + rf")[^\W\d车]{{0,{_VEHICLE_MODIFIER}}}$"
)
_MAKER_CLASSES = tuple(cue_words("maker_classes"))
# 一辆灰色越野车, 涉案车辆, 车子: a car a crash's clause names before the trigger (news_cues
# crash_vehicles, crash_vehicle_marks; a counted one may have a make or a colour between)
_CRASH_VEHICLE = re.compile(
    rf"(?:(?:{_COUNT}|[这那该此])(?:" + cue("vehicle_counters").pattern
    + r")[^\W\d与和跟同被将把在于从向]{0,6}?|(?:" + cue("crash_vehicle_marks").pattern
    + "))?(?:" + cue("crash_vehicles").pattern + ")"
)
# 与一台渣土车相撞, 被一台渣土车撞倒: a car after one of these is not the one crashing
_CRASH_VEHICLE_MARKED = re.compile("[与和跟同被将把对向]")
# a verb of hitting or passing before a car in its clause: the car is what it hits or passes
_CAR_MET = re.compile("撞|追|躲|避|超过|超越|超车|碾|绕过")
_DRIVER_PRONOUN = re.compile("[他她]")


def _crash_vehicle(
    vt: str, start: int, end: int, actors: list[Actor]
) -> tuple[int, int] | None:
    """The car whose crash a clause tells naming no one (``vt[start:end]``, the clause before
    the trigger): its first vehicle phrase before any preposition or object mark, with the make
    right before it (某品牌汽车: the car, the make and its noun), that opens no company's name
    (某某汽车公司); or a car named by its make and model (某品牌Model 3)."""
    marked = _CRASH_VEHICLE_MARKED.search(vt, start, end)  # (与其他车辆相撞: the other car)
    stop = end if marked is None else marked.start()
    for hit in _CRASH_VEHICLE.finditer(vt, start, stop):
        if _DRIVER_PRONOUN.search(vt, start, hit.start()):
            return None  # 他在转弯时不小心车辆撞到…: the one it stands for drives
        if _CAR_MET.search(vt, start, hit.start()):
            return None  # 在避开两辆电动车后发生追尾: the cars passed, not the one crashing
        if vt[hit.start() - 1] == "辆":
            continue  # (多辆汽车: a count of cars)
        if _VEHICLE_NOT_AFTER.match(vt, hit.end()):
            continue
        make = next((x for x in actors if x.end == hit.start() and not _where(x)), None)
        if make is not None and _company(make):
            if _CASES_COUNTED.search(vt, max(start, make.start - 4), make.start):
                return None  # 有4起某品牌车辆失控事故: the make's cars describe the cases
            if vt[make.start - 1 : make.start] == "的" and any(
                x.end == make.start - 1 for x in actors
            ):
                return None  # 某物流公司的某品牌轿车: its owner is told, the car is no party
            return make.start, hit.end()  # 某品牌车辆飞驰…发生车祸: the make's car, whole
        if make is not None or any(x.start <= hit.start() < x.end for x in actors):
            continue  # (某人汽车; 某市一辆汽车: where it was)
        return hit.span()
    return _counted_make(vt, start, stop, actors)


# the model after a make (某品牌Model X, 某品牌X5, 某品牌 Model 3)
_MODEL_AFTER = re.compile(r"\s?[A-Za-z]+(?:\s?[A-Z0-9][A-Za-z0-9]*)?|\s?[A-Z0-9][A-Za-z0-9]*")


def _counted_make(
    vt: str, start: int, end: int, actors: list[Actor]
) -> tuple[int, int] | None:
    """A counted car of a make in ``vt[start:end]`` (一辆某品牌Model X, 一辆白色某品牌): the
    counter, the make and its model, the car whose crash is told (the make is no party)."""
    for x in actors:
        if not (start <= x.start and x.end <= end) or _where(x) or not _company(x):
            continue
        counted = _VEHICLE_COUNTED.search(vt, max(start, x.start - _VEHICLE_MODIFIER - 2), x.start)
        if counted is None and (named := _CAR_MODEL.match(vt, x.end, end)) is not None:
            at = x.start  # 某品牌Model 3在某地撞车: the make and its model, no count
            counted_end = named.end()
        elif counted is None or _packaged_lexicon().has_match(vt, counted.end(), x.start):
            continue
        else:
            model = _MODEL_AFTER.match(vt, x.end, end)
            at, counted_end = counted.start(), x.end if model is None else model.end()
        if _DRIVER_PRONOUN.search(vt, start, at) or _CAR_MET.search(vt, start, at):
            return None
        return at, counted_end
    return None


# 4起, 一起疑似: a count of cases right before the make of a car (4起某品牌车辆失控事故,
# 一起疑似某品牌电动车自燃事故): the car describes the accident, no party of it
_CASES_COUNTED = re.compile(rf"(?:{_COUNT}起)?疑似$|{_COUNT}起$")
# a car's model right after its make, with a digit or a capital after Model (某品牌Model 3,
# 某品牌model3, 某品牌ES6) - not a word of Latin letters alone (某公司CEO)
_CAR_MODEL = re.compile(r"\s?(?:[Mm]odel\s?[0-9A-Z]|[A-Z]{1,3}\d{1,3})(?![A-Za-z0-9])")


def _where(x: Actor) -> bool:
    """A place named: a location, or a state or a region as where something is."""
    return x.place or x.kind in ("GPE", "LOC")


_RUN_DOWN_TYPES = frozenset({"灾害/意外-车祸", "灾害/意外-袭击"})  # a person run down
_CAR_HITS = re.compile("[撞碾]")  # the verb of a car hitting something or someone


def _car_then(
    vt: str, clauses: list[_Clause], ci: int, actors: list[Actor]
) -> tuple[int, int] | None:
    """The car that hit the one a passive crash (某人被撞飞, in ``clauses[ci]``) tells of, when
    the clause right after it opens with a vehicle phrase (news_cues crash_vehicles, perhaps
    marked: 肇事车, 一辆轿车) and goes on with a verb of hitting (撞, 碾) and no participant before
    that verb: 一名行人被撞飞，肇事车随即撞上花坛 - the car crashing on is the one that hit."""
    if ci + 1 >= len(clauses):
        return None
    c = clauses[ci + 1]
    hit = _CAR_HITS.search(vt, c.start, c.end)
    if hit is None or any(c.start <= x.start < hit.start() for x in actors):
        return None
    car = _crash_vehicle(vt, c.start, hit.start(), actors)
    if car is None or vt[c.start : car[0]].strip():
        return None  # (not one opening the clause: 随后与一辆货车相撞 - the other car)
    return car


def _crash_vehicle_before(
    vt: str, clauses: list[_Clause], m: NewsMatch, actors: list[Actor]
) -> tuple[int, int] | None:
    """The car a crash clause naming no one before its trigger goes on about (the last of
    ``clauses`` holds ``m``): the one the clause just before names as its subject (该车一路向前冲，
    在躲过两辆车后发生追尾), not one met there (撞上一台面包车，…)."""
    clause = clauses[-1]
    if len(clauses) < 2 or any(clause.start <= x.start < m.start for x in actors):
        return None
    if _DRIVER_PRONOUN.search(vt, clause.start, m.start):
        return None  # (他在转弯时…撞到: the one the pronoun stands for drives)
    prev = clauses[-2]
    car = _crash_vehicle(vt, prev.start, prev.end, actors)
    if car is not None and any(prev.start <= x.start < car[0] and not _where(x) for x in actors):
        return None  # (王某驾驶的轿车…: the one who drives is told)
    return car


# 一辆货车把两名行人撞倒: a counted vehicle before 将/把 is the clause's own subject - its
# doer is no one carried from a clause before (当某甲走到路口时，…)
_VEHICLE_SUBJECT = re.compile(
    rf"(?:{_COUNT}|[这那该此])(?:" + cue("vehicle_counters").pattern + r")[^，。；将把]{0,8}[将把]"
)


def _company(x: Actor) -> bool:
    """A business: a company the recogniser or a generic noun names, not a public body."""
    if _authority(x) or x.kind not in ("ORG", "generic"):
        return False
    return x.agent_type in (None, "BUS") and (x.kind == "ORG" or x.agent_type == "BUS")


def _in_organisation_role(
    role: str | None, x: Actor | None, other: Actor | None, unnamed: bool = False
) -> bool:
    """Does the organisation ``other`` stand in the role opposite ``role`` — one only an
    organisation fills — while a person ``x`` (or, with ``unnamed``, no one) stands in
    ``role``?"""
    return (
        role in _ORGANISATION_ROLE
        and other is not None
        and (
            (x is None and unnamed)
            or (x is not None and x.kind == "PER")
            or (x is not None and x.agent_type in PEOPLE_KINDS)
        )
        and (_company(other) or (other.kind == "ORG" and not _authority(other)))
    )


_ORGANISATION_ROLE = frozenset(cue_words("organisation_role"))
_PARTY_ROLE = frozenset(cue_words("party_role"))
_PLACELESS_CLASSES = tuple(cue_words("placeless_classes"))


def _placeless(news_type: str | None) -> bool:
    """Is ``news_type`` of a class whose parties are people or bodies, never a place (人生,
    灾害/意外, 组织行为: news_cues placeless_classes)?"""
    return (news_type or "").startswith(_PLACELESS_CLASSES)


def _party_phrase(vt: str, x: Actor, places: Sequence[Actor] = ()) -> bool:
    """Can ``x`` fill a role only a person, people or an organisation fill? Not a place of
    ``places`` (the sentence's actors, given for the classes of news whose parties are people
    or bodies, never a place standing for a team or a seat of power: 某市某广场 is where, not
    who, one dies, is hurt or is arrested). A recognised name, a generic actor, a pair or
    a phrase ending in a noun of people or of a body may; a phrase read with no name in it may
    not when it ends in a pronoun, a place or time word, an adverb, a preposition or a particle
    (网传其, 某明星家中, 小燕最初), opens with an adverb, a preposition, a conjunction or a time
    word (由囚车), is one adjective or adverb (意外) or is all numbers and measures (多次,
    20万元)."""
    if places and (x.place or _in_place(x.start, x.end, places)):
        return False
    if (
        x.kind != "NP"
        or x.agent_type is not None
        or x.members
        or _EVERYONE.fullmatch(x.text)  # (各位: a pronoun for all addressed, 感谢各位)
        or _PERSON_HEAD.search(x.text)
        or _BODY_HEAD.search(x.text)
        or x.text.endswith("某")  # (钱某: a name withheld)
        or _FAMILY_COUNT.fullmatch(x.text)  # (一家三口: a family counted, not a measure)
    ):
        return True
    tags = [  # (20万元: a digit is a number)
        tag or ("m" if vt[a].isdigit() else "") for a, _, tag in _word_spans(vt, x.start, x.end)
    ]
    if not tags:
        return True
    return not (
        tags[-1].startswith(_NOT_PARTY_END)
        or tags[0].startswith(_NOT_PARTY_START)
        or (len(tags) == 1 and tags[0].startswith(("a", "d")))
        or all(t.startswith(("m", "q")) for t in tags)
    )


def _reason_suffered(vt: str, entry: NewsEntry, phrase: tuple[int, int], m: NewsMatch) -> bool:
    """Does a reason (news_cues reason_opens: 因, 由于…) follow ``phrase``, perhaps past adverbs
    (也因, 曾因), before a trigger whose object is the one acted on (某男子因醉驾刑拘, 某选手因
    服用禁药禁赛)?  Then the phrase is who suffers the act - the reason is its own conduct - not
    who does it."""
    if not _acted_on(entry.object):
        return False
    hit = _REASON_OPENS.search(vt, phrase[1], m.start)
    return hit is not None and (
        hit.start() == phrase[1] or _NP_TAIL.match(vt, phrase[1], hit.start()) is not None
    )


def _left_out(news: str | None, phrase: tuple[int, int], actors: Sequence[Actor]) -> bool:
    """Is ``phrase``, read before a contest's trigger as a participant no name was recognised
    for, a name the sentence's actors hold whole, which the reading of the contest's sides left
    out (挪威在申办某展会中击败了芬兰, no sport told: a state, not a team) - that reading stands?"""
    return (news or "").startswith("竞赛行为") and any((y.start, y.end) == phrase for y in actors)


def _in_place(start: int, end: int, actors: Sequence[Actor]) -> bool:
    """Is ``[start, end)`` within a place the sentence names (an actor read as a place)?"""
    return any(y.place and y.start <= start and end <= y.end for y in actors)


# the parts of speech no phrase naming a party ends with (a pronoun, a place or time word, an
# adverb, a preposition, a particle, a conjunction) or opens with (an adverb, a preposition, a
# conjunction, a time word)
_NOT_PARTY_END = ("r", "f", "s", "t", "d", "p", "u", "c")
_NOT_PARTY_START = ("p", "d", "c", "t")  # (not f: 外媒)
_ONE_PERSON_ROLE = frozenset(cue_words("one_person_role"))


def _birth_owner(vt: str, m: NewsMatch, actors: Sequence[Actor]) -> Actor | None:
    """丈夫李某说起她的分娩过程, 王某的生产过程: the person named right before the 的 that
    stands right before a word of a birth or a pregnancy (``m``, whose subject role one person
    fills) - she gives birth, not the clause's subject who tells of it.  A pronoun standing for
    a name gives the name's own mention in the sentence (an event of a bare pronoun is doubted);
    None when no person is, or only a pronoun no name of the sentence was found for, or one
    read as a name its own clause tells before it - the teller (周明说起她的分娩过程, 她 read
    as 周明 for want of another) - (the subject read stays: with none, another participant
    would be taken in its place)."""
    for x in actors:
        if x.end == m.start - 1 and not x.place and _person_or_people(x):
            if vt.startswith(x.text, x.start):
                return None if PRONOUN.fullmatch(x.text) else x
            named = next((y for y in actors if y.text == x.text and y.end <= x.start), None)
            return named if named is None or _CLAUSE_BREAK.search(vt, named.end, x.start) else None
    return None


_SUIT_VERB = re.compile(r"(?:曾经?|已经?|此前|先后|再次|又|也|亦|还)?" + SUIT_VERB.pattern)


_ACCUSED_NOUNS = tuple(cue_words("accused_titles"))  # the title of one a trial tries (被告人甲)
_COUNTED_END = re.compile(_COUNT + "[名位]$")  # 三名|被告: a count right before


def _ruled_on(vt: str, clause: _Clause, court: Actor | None, actors: list[Actor]) -> list[Actor]:
    """法院裁定甲、乙罪成，押后判刑: when a court or a judge ``court`` opening a clause before the
    trigger's ``clause`` is carried to it as the one acted on, the people it acted on there —
    the first person named after it, before ``clause``, and the ones joined to it."""
    if court is None or court.agent_type != "JUD" or _prosecutor(court) or court.end > clause.start:
        return []
    inside = [
        x
        for x in actors
        if court.end <= x.start
        and x.end <= clause.start
        and not x.place
        and not _authority(x)
        and _person_or_people(x)
        and not PRONOUN.fullmatch(vt, x.start, x.end)
    ]
    inside = _no_titles_apart(inside)
    if not inside:
        return []
    return [inside[0], *(x for x in _coordinated(vt, inside[0], inside) if not _authority(x))]


# 法院认定甲…，要求甲…: a court's finding, then the order it makes (news_cues ruling_finds,
# ruling_orders); the finding right after the court, up to 3 characters between (一审, 最终)
_RULING_ORDERS = frozenset(cue_words("ruling_orders"))
_ORDER_PLOVER = ("REQUEST", "COERCE")  # a demand word's type, and a ruling's (判令)
_RULING_FIND = re.compile(
    r"[^，,。；;：:！？!?]{0,3}?(?:" + cue("ruling_finds").pattern + ")(?![的后时前书])"
)
_ORDER_OPENS = re.compile(r"(?:并且|并|同时|且|还|亦)?")  # all a clause may hold before its order
# right before the court: a demand (bare_wish: 请求, 要求…), an application (applied_words:
# 申请, 提请, 声请) or court_asked (向): 请求法院判令…, 申请法院…, 向法院要求…
_COURT_ASKED = re.compile(
    "(?:" + "|".join(cue(n).pattern for n in ("bare_wish", "applied_words", "court_asked")) + ")$"
)
_ORDER_AFTER = re.compile(r"[^，,。；;：:！？!?]{0,4}")  # between a court and its 责令 (依法, 当庭)


def _court_order(
    vt: str, a: int, clause: _Clause, m: NewsMatch, actors: list[Actor]
) -> tuple[Actor, Actor | None] | None:
    """法院认定被告侵权，要求被告道歉; 法院责令乙公司停业: an order word (news_cues
    ruling_orders) a court (a JUD actor, no prosecutor, not one asked: court_asked, 请求法院判令)
    makes as its ruling - up to 4 characters after the court, all but 要求, or opening its own
    ``clause`` when the sentence (from ``a``) names the court in an earlier clause with a
    finding word right after it (ruling_finds) - is the court's order: the court and the one
    ordered (named right after the word, 该 or 某 between at most), else None.  The court opens
    its clause, no clause of another subject between (_court_opens); not 要求 right after the
    court, nor of one the finding does not name (法院要求双方补交材料, 法院认定被告违约，要求原告
    补充证据: a step of the procedure)."""
    if m.text not in _RULING_ORDERS:
        return None  # (the cheap test first: 要求, 责令, 勒令, 判令 only)
    before = [x for x in actors if a <= x.start and x.end <= m.start and not x.place]
    court = before[-1] if before else None
    if court is None or m.text == "要求" or not _ORDER_AFTER.fullmatch(vt, court.end, m.start):
        if not _ORDER_OPENS.fullmatch(vt, clause.start, m.start):
            return None  # (甲要求…: the clause names who demands)
        court = next(
            (
                x
                for x in reversed(before)
                if x.end <= clause.start and x.agent_type == "JUD" and _RULING_FIND.match(vt, x.end)
            ),
            None,
        )
        if court is not None and not _court_opens(vt, a, court, clause.start, before):
            return None  # 某公司称法院认定有误，要求…; 法院认定…，王某不服，要求…: not the court's
    if court is None or court.agent_type != "JUD" or _prosecutor(court):
        return None
    if _COURT_ASKED.search(vt, a, court.start):
        return None  # 请求法院判令…: the court asked, the claim of a party
    ordered = next(
        (
            x
            for x in actors
            if m.end <= x.start <= m.end + 1
            and x.end <= clause.end
            and vt[m.end : x.start] in ("", "该", "某")  # (某公司: the name after 某)
            and not x.place
            and not _authority(x)
        ),
        None,
    )
    if m.text == "要求" and not OTHER.match(vt, m.end) and not _found_against(vt, court, ordered):
        return None  # 法院认定被告违约，要求原告补充证据: a step of the procedure
    if ordered is not None and _other_is_teller(vt, a, ordered, actors):
        return court, None
    if ordered is not None and ordered.kind == "generic":  # 被告|(某)公司: the name
        ordered = next(
            (
                y
                for y in actors
                if ordered.end <= y.start <= ordered.end + 1
                and vt[ordered.end : y.start] in ("", "某")
                and not y.place
            ),
            ordered,
        )
    return court, ordered


def _found_against(vt: str, court: Actor, ordered: Actor | None) -> bool:
    """法院认定某公司侵权，要求该公司道歉: is ``ordered`` (the one a 要求 after the ``court``'s
    finding names) one the finding names between them (by its text, or the one it stands for)?"""
    return ordered is not None and any(
        w in vt[court.end : ordered.start] for w in (ordered.text, ordered.alias_of) if w
    )


def _court_opens(vt: str, a: int, court: Actor, end: int, before: list[Actor]) -> bool:
    """法院认定甲侵权，(判令甲…，)要求甲…: does ``court`` open its clause (no one but a place
    named before it there) with no clause up to ``end`` opened by one named (its sentence from
    ``a``; ``before``: the actors before ``end``)?"""
    opens = _clause_open(vt, a, court.start)
    for x in before:
        if x.place or x.start >= end:
            continue
        if opens <= x.start < court.start:
            return False  # 某公司称法院认定有误: the court is not its clause's subject
        head = _clause_open(vt, a, x.start) if court.end <= x.start else None
        if head is not None and _ORDER_OPENS.fullmatch(vt, head, x.start):
            return False  # 法院认定…，王某不服，要求…: a clause of another subject between
    return True


def _other_is_teller(vt: str, a: int, x: Actor, actors: list[Actor]) -> bool:
    """她表示，…法院判令对方道歉: is ``x`` 对方 (news_cues pronoun_other) read as one its sentence
    (from ``a``) names as the subject of a telling verb (news_cues tells) before it?  对方 in
    one's words is the other side, never the one who tells them."""
    if not OTHER.fullmatch(vt, x.start, x.end) or x.alias_of is None:
        return False
    return any(
        y.text == x.alias_of and _tells_after(vt, y.end, x.start)
        for y in actors
        if a <= y.start and y.end <= x.start
    )


def _ruled_against_before(vt: str, m: NewsMatch, told: Sequence[Event]) -> Actor | None:
    """法院判决某公司…。她说，法院认定对方侵权，要求对方道歉: a court's order of 对方 (right
    after the order word ``m``) that its sentence names no one for is against the one the ruling
    told last before it in the article (``told``: a COERCE by a court) was against - written at
    对方's place; else None."""
    other = OTHER.match(vt, m.end)
    last = told[-1] if told else None
    if other is None or last is None or last.type != "COERCE":
        return None
    if not any(x.side == "source" and x.role == "JUD" for x in last.actors):
        return None
    ruled = next((x for x in last.actors if x.side == "target"), None)
    if ruled is None:
        return None
    return Actor(
        other.start(), other.end(), other.group(), "ORG" if ruled.role else "PER",
        kb_id=ruled.kb_id, country=ruled.country, cameo=ruled.cameo, agent_type=ruled.role,
        alias_of=ruled.name,
    )  # fmt: skip


def _no_titles_apart(inside: list[Actor]) -> list[Actor]:
    """``inside`` without a title read apart right before a name (被告|甲: the same one)."""
    return [x for x in inside if x.kind != "generic" or all(y.start != x.end for y in inside)]


def _accused_after(vt: str, start: int, end: int, actors: list[Actor]) -> list[Actor]:
    """The accused named in ``vt[start:end]`` (after a hearing's trigger, in its sentence): the
    first actor a defendant's title opens (被告人甲) or is, counted (三名被告: unnamed), and the
    ones joined to it (、乙和丙)."""
    inside = _no_titles_apart(
        [x for x in actors if start <= x.start and x.end <= end and not x.place]
    )
    head = next(
        (
            x
            for x in inside
            if (
                vt.endswith(_ACCUSED_NOUNS, 0, x.start)
                or (x.text in _ACCUSED_NOUNS and _COUNTED_END.search(vt, 0, x.start))
            )
            and not _authority(x)
        ),
        None,
    )
    if head is None:
        return _in_the_dock(vt, inside)
    return [head, *(x for x in _coordinated(vt, head, inside) if not _authority(x))]


def _tried_past_title(
    vt: str, t1: int, end: int, patient: Actor, actors: list[Actor]
) -> Actor | None:
    """审理某男子勾结甲协助乙潜逃的案件，被告丙被控…: one named inside the case's title after
    the hearing's trigger (ending at ``t1``) - not right after it, where the one tried opens the
    title (审理王某诈骗案) - is an accomplice or a victim when the sentence (up to ``end``) names
    the defendant after the title with 被告 or 被告人: the defendant is the one tried."""
    if patient.start < t1 + 2 or "被告" not in vt[patient.end : end]:
        return None
    title = _CASE_END.search(vt, patient.end, min(end, t1 + _CASE_MAX))
    if title is None or _CLAUSE_BREAK.search(vt, t1, title.start()):
        return None
    accused = _accused_after(vt, title.end(), end, actors)
    head = accused[0] if accused else None
    if head is None or head.text == patient.text or not vt.endswith(_ACCUSED_NOUNS, 0, head.start):
        return None
    return head


# 在法庭上, 当庭: what the ones tried do in court (甲、乙在法庭上表示认罪)
_IN_COURT = re.compile(r"(?:均|都|也|则|随后)?(?:当庭|在法庭上|在庭上|于庭上)")


def _in_the_dock(vt: str, inside: list[Actor]) -> list[Actor]:
    """The persons of ``inside`` (after a hearing's trigger) told as doing something in court
    with no title of the accused (甲、乙和丙在法庭上表示认罪): the first person and the ones
    joined to it, when the last of them is right before 在法庭上/当庭."""
    for x in inside:
        if x.kind != "PER" or _authority(x):
            continue
        group = [x, *(y for y in _coordinated(vt, x, inside) if not _authority(y))]
        if _IN_COURT.match(vt, group[-1].end):
            return group
    return []


def _suit_sides(vt: str, a: int, end: int, actors: list[Actor]) -> list[Actor]:
    """The plaintiffs and defendants of the suits told in ``vt[a:end]`` (the sentence up to
    the end of the trigger's clause: 甲起诉乙…，此案未开庭, 开庭审理甲诉乙…一案): the actor that
    ends right before a suit verb and the one that starts right after it, past a party's or a
    person's title (原告甲诉被告乙, 甲状告主持人乙), or ends right before the 被 of a passive
    (乙被甲起诉后，提出反诉: 乙 the one sued; not when 甲 is a court, no prosecutor)."""
    ends = {x.end: x for x in actors if a <= x.start and x.end <= end and not x.place}
    starts = {x.start: x for x in actors if a <= x.start and x.end <= end and not x.place}
    sides: list[Actor] = []
    for mk in _MARKED_SUIT.finditer(vt, a, end):  # 甲将乙告上法庭, 甲把乙起诉至法院
        plaintiff, defendant = ends.get(mk.start()), starts.get(mk.end())
        if plaintiff is not None and defendant is not None:
            verb = _MARKED_SUIT_VERB.match(vt, defendant.end, end)
            if verb is not None:
                sides += [plaintiff, defendant]
    for sm in _SUIT_VERB.finditer(vt, a, end):
        plaintiff, defendant = ends.get(sm.start()), starts.get(sm.end())
        aside = _ASIDE_END.search(vt, max(a, sm.start() - 22), sm.start())
        if plaintiff is None and aside is not None:
            plaintiff = ends.get(aside.start())  # 甲（本名某某）状告乙: past her aside
        t = _PARTY_TITLE.match(vt, sm.end(), end)
        if t is not None and (defendant is None or defendant.end == t.end()):
            defendant = starts.get(t.end())  # (诉被告乙: the name, not the title read apart)
        if (
            plaintiff is not None
            and defendant is None
            and vt.startswith("被", plaintiff.start - 1)
            and (plaintiff.agent_type != "JUD" or _prosecutor(plaintiff))
        ):  # (乙被法院起诉: loose for prosecuted - a court hears, it sues no one)
            defendant = ends.get(plaintiff.start - 1)  # 乙被甲起诉: the one sued before 被
        if plaintiff is not None and defendant is not None:
            sides += [plaintiff, defendant]
            # 甲起诉乙、丙和丁…一案: the ones joined to the defendant are sued with it
            sides += _coordinated(vt, defendant, sorted(starts.values(), key=lambda x: x.start))
    return sides


def _other_side(
    vt: str, a: int, end: int, actors: list[Actor], party: Actor, *, claims: bool = False
) -> Actor | None:
    """The other side of the first suit told in ``vt[a:end]``, the sentence before the clause
    of a suit naming only ``party`` (甲起诉乙…，一审判决后甲提起上诉: 乙; 甲诉乙一案，乙不服
    上诉: 甲), when ``party`` is one of its sides; with ``claims`` (a suit's own), when no suit
    is told, of the claim told instead (:func:`_claimed_other`); else None."""
    if not _SUIT_VERB.search(vt, a, end):
        # (甲要求乙赔偿…，乙将上诉: for the suit alone - not the rulings that ask this too)
        return _claimed_other(vt, a, end, actors, party) if claims else None
    sides = _suit_sides(vt, a, end, actors)
    if len(sides) < 2:
        return None
    return _other_of(sides[0], sides[1], party)  # (the plaintiff and the defendant)


def _claimed_other(
    vt: str, a: int, end: int, actors: list[Actor], party: Actor
) -> Actor | None:
    """The other side of the claim ``vt[a:end]`` tells before the clause of a suit naming only
    ``party`` (甲一审要求乙赔偿300万元，乙表示将上诉: 甲; 甲要求乙公开道歉…，甲将继续上诉: 乙):
    who demands a remedy (news_cues ``suit_demands`` then ``suit_remedies``: what a defendant
    is ordered to do) of whom - the two sides of a case - when ``party`` is one of them."""
    for dm in _SUIT_DEMAND.finditer(vt, a, end):
        claimant = next(
            (x for x in actors if a <= x.start and _CLAIM_GAP.fullmatch(vt, x.end, dm.start())),
            None,
        )
        asked = next(
            (
                y
                for y in actors
                if dm.end() <= y.start < end
                and _CLAIM_GAP.fullmatch(vt, dm.end(), y.start)
                and _SUIT_REMEDY.match(vt, y.end) is not None
            ),
            None,
        )
        if claimant is None or asked is None or claimant.place or asked.place:
            continue
        if _authority(claimant) or _authority(asked):
            continue  # (法院一审要求乙赔偿: a court orders, it is no side of the case)
        if (other := _other_of(claimant, asked, party)) is not None:
            return other
    return None


# between a claimant and its 要求, or 要求 and the one asked: a few characters, no break or
# other verb's mark (一审, 此前, 一名, 刹车失灵事件)
_CLAIM_GAP = re.compile(r"[^，。；：！？,;:!?、的被把将对向与和]{0,8}")


def _other_of(x: Actor, y: Actor, one: Actor) -> Actor | None:
    """Of the two sides ``x`` and ``y``, the one ``one`` is not, when ``one`` is the other (the
    same name) and they differ; else None."""
    if x.text == one.text and y.text != one.text:
        return y
    if y.text == one.text and x.text != one.text:
        return x
    return None


_BEATS = "竞赛行为-胜负"
# 甲与乙的比赛, 甲对乙一战: two sides joined before a noun of a match (news_cues matchup_joiners,
# matchup_nouns)
_MATCHUP_JOINER = re.compile("(?:" + cue("matchup_joiners").pattern + r")\s*$")
_MATCHUP_NOUN = re.compile(r"\s*的?(?:" + cue("matchup_nouns").pattern + ")")


def _rival_of(vt: str, a: int, end: int, actors: list[Actor], side: Actor) -> Actor | None:
    """The other side of the match ``vt[a:end]`` names before the clause of a win that names
    only ``side`` (甲与乙的比赛中，甲以2比1击败对手: 乙), when ``side`` is one of its two sides;
    else None."""
    sides = [x for x in actors if a <= x.start and x.end <= end and not x.place]
    for x, y in zip(sides, sides[1:], strict=False):
        if not _MATCHUP_JOINER.fullmatch(vt, x.end, y.start):
            continue
        if _MATCHUP_NOUN.match(vt, y.end, end) is None:
            continue
        if (other := _other_of(x, y, side)) is not None:
            return other
    return None


def _sued_in_topic(vt: str, c: _Clause, actors: list[Actor], agent: Actor) -> Actor | None:
    """The one sued right after a suit verb in the topic clause ``c`` (对于起诉乙侵权一事,
    就起诉乙一案) with no one named before the verb, not ``agent``."""
    sm = _SUIT_VERB.search(vt, c.start, c.end)
    if sm is None or any(c.start <= x.start < sm.start() for x in actors):
        return None
    sued = next((x for x in actors if x.start == sm.end() and x.end <= c.end), None)
    if sued is None or sued is agent or sued.place or _authority(sued):
        return None
    return sued


# 将/把 marking the one sued before the suit verb (甲也将乙告上了法庭)
_MARKED_SUIT = re.compile(r"(?:也|又|还|已|已经|再次)?[将把]")
_MARKED_SUIT_VERB = re.compile(r"(?:起诉|告上了?法庭|诉至|状告)")
_ASIDE_END = re.compile(r"[（(][^（）()。！？]{1,20}[）)]$")  # an aside right before a verb
# a title between a suit verb and the one sued: the party's (被告, 被告人) or a person's
# (person_title: 主持人, 总裁…)
_PARTY_TITLE = re.compile(
    r"(?:被告人?|" + "|".join(sorted(_TITLE_WORDS, key=len, reverse=True)) + ")"
)


def _case_phrase(
    vt: str, clause: _Clause, m: NewsMatch, agent: Actor | None, actors: Sequence[Actor]
) -> tuple[int, int] | None:
    """王某被诉侵权一案, 某公司起诉李某商标侵权案件: the case a trial or filing is about — the
    phrase ending in 案 before the trigger (after the court, when the court is named first)."""
    k = -1
    for cm in _CASE_END.finditer(vt, clause.start, m.start):
        k = cm.end()
    if k < 0:
        # 开庭审理被告人钱某、孙某某开设赌场一案: the case named after the trigger
        after = _CASE_END.search(vt, m.end, min(clause.end, m.end + _CASE_MAX))
        if after is None or after.end() - m.end < 3 or vt.startswith("的", m.end):
            return None
        start, k = m.end, after.end()
    else:
        start = clause.start
        if agent is not None and agent.agent_type == "JUD" and clause.start <= agent.end <= k:
            start = agent.end  # (法院宣布，某案…: a court told in a clause before is not in it)
    blank = max(vt.rfind(" ", start, k), vt.rfind("\u3000", start, k))
    if blank >= 0:
        start = blank + 1  # …男方胜诉 2021年5月21日 朱军案: a run of headlines, the last one
    for said in _SAID.finditer(vt, start, k):
        start = max(start, said.end())  # 某某表示她的案子…: what is said, not the one saying it
    while start < k:  # (但该案, 昨日就一起…案: the case, not the words opening the clause)
        n, tag = next(tagged_words(vt, start, k))
        if vt[start] in "对就将把于在审理开庭但而且并了":
            start += 1
        elif n > 1 and tag[:1] in _CASE_LEAD_TAGS:
            start += n  # (乱港分子: a one-character adverb may open a noun)
        else:
            break
    start = _case_parties_start(vt, start, k, actors)
    if k - start < 3 or _NOT_A_CASE.search(vt, start, k):
        return None  # 周某未对此案: a clause that mentions a case, not its name
    return start, k


_CASE_LEAD_TAGS = ("d", "p", "c", "t")  # adverbs, prepositions, conjunctions, times
# 甲诉乙…案, 甲与乙…纠纷案: the words joining a case's parties
_CASE_LINKS = frozenset(("诉", *_WITH_MARK))


def _case_parties_start(vt: str, start: int, k: int, actors: Sequence[Actor]) -> int:
    """A case named by its parties (某甲诉某乙合同纠纷案, 她和某乙的案件) opens with the first
    party: the name (an actor ending there, else the segmenter's words) right before the first
    word joining the parties, with the nouns before it (车主某某), not the words of the clause
    before them (该院先以…, …是…, 告知记者…); a pronoun is that party alone.  ``start`` when no
    word joins two parties (a 和 after a charge joins two charges)."""
    i = next(
        (
            w0
            for w0, w1, _ in _word_spans(vt, start, k)
            if w1 - w0 == 1
            and vt[w0] in _CASE_LINKS
            and w0 > start
            and not vt.startswith("罪", w0 - 1)  # (a 和 after a charge joins two charges)
        ),
        None,
    )
    if i is None:
        return start
    named = next((x.start for x in actors if x.end == i and start <= x.start < i), None)
    at = i if named is None else named
    words = list(_word_spans(vt, start, at))
    j = len(words)
    while j > 0 and (
        words[j - 1][2][:1] in ("n", "j", "", "r")
        # 车主张某: a surname the dictionary reads as a measure word
        or (words[j - 1][2] == "q" and opens_with_surname(vt[words[j - 1][0] : words[j - 1][1]]))
    ):
        j -= 1
        if words[j][2] == "r" and "某" not in vt[words[j][0] : words[j][1]]:
            break  # (她和某乙案: the pronoun is the party; 李某某: a name)
    if j < len(words):
        at = words[j][0]
        if vt.startswith("某", at) and at > start and opens_with_surname(vt[at - 1]):
            at -= 1  # (李某某: the surname before the placeholder; not 的某品牌)
    return start if at == i else at


def _incident_day(
    ref: TimeRef, told: list[Event], at: int, incidents: Sequence[tuple[int, str]] = ()
) -> TimeRef | None:
    """事发当天, 开庭当日 (``ref.day_of``): the day of the nearest event told before ``at`` of
    one of the anaphor's kinds (a DuEE class or type its news type opens with, or its PLOVER
    type) that has a day; with no such event, for an incident's anaphor (事发当晚), the day the
    article gave last before it to an incident it named (5月3日晚发生的…案件: ``incidents``);
    None when the article told neither."""
    kinds = ref.day_of or ()
    best: Event | None = None
    for e in told:
        if (
            e.trigger_start < at
            and e.date is not None
            and len(e.date) == 10
            and (e.type in kinds or (e.news_type or "").startswith(kinds))
            and (best is None or e.trigger_start > best.trigger_start)
        ):
            best = e
    shift = day_anaphor_offset(ref.text) or 0  # 事发次日, 开庭的前一天: a day after or before it
    if best is None or best.date is None:
        if _INCIDENT in kinds:
            named = [day for k, day in incidents if k < ref.start]
            if named:
                return _day_off(ref, named[-1], shift)
        return None
    return _day_off(ref, best.date, shift)


def _day_off(ref: TimeRef, day: str, shift: int) -> TimeRef:
    """``ref`` dated ``shift`` days from ``day``."""
    value = (_day.fromisoformat(day) + timedelta(days=shift)).isoformat() if shift else day
    return replace(ref, kind="date", value=value, precision="day")


def _date_the_incident(
    undated: list[Event],
    out: list[Event],
    incidents: Sequence[tuple[int, str]],
    tv: Callable[[int], int],
    scened: set[int],
    vt: str,
    time_refs: Sequence[TimeRef],
) -> None:
    """The article's incident frame: an accident or an attack (DuEE 灾害/意外) told in a
    sentence with no time of its own, after the article has dated an incident, is that incident,
    when the article gives one day to every incident it dates (its dated events of that class,
    the incidents it names with a day: ``incidents``) — 5月3日晚，某路口发生车祸。…肇事司机被
    撞伤: that night.  Two days told (a second incident, a roundup) date none; nor is a headline
    told before the day dated by it.

    Every other news type has a frame of its own, read from the events of that type alone, and
    narrower: the act goes on with the nearest act of its type dated before it only when no time
    of another day is told between them (13日，法院对8名被告判刑。…甲被判监14个月: that day;
    …。2015年，…。甲被判刑: none), nor is it done again (多次, 反复) or said in a quotation."""
    frames: dict[str, tuple[set[str], int | None]] = {
        _INCIDENT: ({day for _, day in incidents}, min((k for k, _ in incidents), default=None))
    }
    dated: dict[str, list[Event]] = {}
    for e in out:
        if e.news_type is None or e.date is None or id(e) in scened:
            continue  # (dated by the scene told just before, not by the article's frame)
        key = _INCIDENT if e.news_type.startswith(_INCIDENT) else e.news_type
        days, first = frames.get(key, (set(), None))
        days.add(e.date if key == _INCIDENT or e.status == "occurred" else "")
        k = tv(e.trigger_start)
        frames[key] = (days, k if first is None else min(first, k))
        dated.setdefault(key, []).append(e)
    kept = {id(e) for e in out}
    for ev in undated:
        if ev.news_type is None:
            continue
        key = _INCIDENT if ev.news_type.startswith(_INCIDENT) else ev.news_type
        days, first = frames.get(key, (set(), None))
        if len(days) != 1 or first is None:
            continue
        day = next(iter(days))
        if not (
            len(day) == 10
            and ev.date is None
            and id(ev) in kept
            and tv(ev.trigger_start) > first
            and ev.status == "occurred"
            and ev.modality in ("asserted", "reported")
            and not _another_incident(ev)
        ):
            continue
        if key != _INCIDENT:
            s0, t0 = tv(ev.start), tv(ev.trigger_start)
            last = max(
                (e for e in dated[key] if tv(e.end) <= s0), key=lambda e: e.end, default=None
            )
            if (
                last is None
                or ev.modality != "asserted"
                or _REPEATED.search(vt, s0, t0)
                or _AGAIN.search(ev.sentence, 0, ev.trigger_start - ev.start)
                or _quoted(vt, s0, t0)
                or _CONCEDED.search(vt, s0, t0)
                or _OTHER_TIME.search(vt, tv(last.end), s0)
                or _ANOTHER_ONE.search(vt, s0, tv(ev.end))
                or any(s0 <= t.start < t0 for t in time_refs)  # (经过两个月, 半年后: its own)
                or any(
                    tv(last.end) <= t.start < s0
                    and t.kind not in _NO_DAY_KINDS
                    and not _hour_only(t)
                    and (t.value is None or t.date_value[0] != day)
                    for t in time_refs
                )  # (a time of another day told between: the story has moved on)
            ):
                continue
        ev.date, ev.precision, ev.date_text = day, "day", None
        ev.reported = None


def _own_dates_only(
    out: list[Event],
    vt: str,
    tv: Callable[[int], int],
    times: Sequence[TimeRef],
    page: str | None,
) -> None:
    """An event's date is what its own sentence tells: a day or a month told in it, or read
    from a time in it (今天, 昨日 against the page).  A day carried from another sentence - an
    act or an incident dated before or after it, the day a 当天 or 事发当天 in it points back
    to when that day is told in another sentence - and a year alone, a half-year or a season
    (2018年, 今年上半年: no month) are no date of the event: it becomes None, and the event
    is dated by the page's date (``reported``), the date read kept as its ``context_date``
    (for a timeline).  随即 before the trigger (coder.json immediately_after) tells no day
    of its own: a day read from the act told just before is that act's, context - unless the
    event coder gave it as approximate (``approx-day``: right after, about that day); a month
    or a part of one the event coder reads that way stays too (not a day: no other act's)."""
    for e in out:
        if e.date is None or (_MONTH_OF.match(e.date) and _told_inside(e, vt, tv, times)):
            continue
        e.context_date = e.date
        if is_suit(e.news_type, e.type) and _dated_by_its_ruling(e, vt, tv):
            e.context_date = None  # (the ruling's day: none of the suit's)
        e.date, e.precision, e.date_text, e.reported = None, None, None, page


def _dated_by_its_ruling(e: Event, vt: str, tv: Callable[[int], int]) -> bool:
    """Is the suit or appeal ``e`` dated by another mention of it that a ruling decides
    (:func:`ruled_on`: 某日，法院驳回了甲起诉乙的诉讼请求) - its date the ruling's day, not
    even a context of the suit, filed long before?  A date its own sentence tells too (2023年，
    甲起诉乙 beside 2023年12月，法院驳回了甲起诉乙的诉讼请求: a year alone) is the suit's."""
    if not e.date_text:
        return False
    own_lo, own_hi = _sentence_of(e)
    if e.date_text in vt[tv(own_lo) : tv(own_hi)]:
        return False
    for mm in e.mentions:
        if mm.trigger_start == e.trigger_start:
            continue
        lo, hi = tv(mm.sentence_start), tv(mm.sentence_end)
        if e.date_text in vt[lo:hi] and ruled_on(
            vt, lo, tv(mm.trigger_start), tv(mm.trigger_end)
        ):
            return True
    return False


def _fines_beside_prison(out: list[Event]) -> None:
    """判处某人有期徒刑五年，并处罚金五万元: one ruling, whose COERCE is the prison term's event
    (司法行为-入狱); the fine added to it (并处…) stays its own DuEE event (司法行为-罚款) with no
    PLOVER type of its own (the news-dev conventions).  A fine passed alone, or beside a
    penalty that is no prison term (拘役缓刑…，并处罚金), keeps the verdict's COERCE.  The fine
    is of the ruling's day: with none of its own, it takes the prison term's (某日，法院…判处
    某人有期徒刑五年，并处罚金…)."""
    for e in out:
        if e.news_type != _FINE or not e.trigger.startswith(_ADDED_TO):
            continue
        lo, hi = _sentence_of(e)
        jailed = (p for p in out if p.news_type == _JAILED)
        term = next((p for p in jailed if lo <= p.trigger_start < e.trigger_start < hi), None)
        if term is None:
            continue
        e.type = e.mode = e.cameo = None
        e.goldstein = e.quad_class = None
        if e.date is None and term.date is not None:
            e.date, e.precision, e.date_text = term.date, term.precision, term.date_text
            e.reported = None


def _papers_beside_acts(out: list[Event]) -> list[Event]:
    """去拿起诉书，某人已起诉我: the paper (起诉书, 判决书: news_cues act_papers) names the act
    the verb of the same type right beside it tells (in the next clause or its own): one act,
    whose parties the verb's clause gives - the paper's event, with parties read across its
    clause, goes.  (A paper told further off is of another suit: 某日将甲告上法庭，…，同年
    九月乙收到了起诉状.)
    The charge a suit makes, told right after its verb (将某公司告上法庭，指控其侵权), is that
    suit's claim in the same way, no second suit."""
    kept: list[Event] = []
    for e in out:
        paper = e.trigger.endswith(_PAPERS)
        if e.news_type and (paper or e.trigger in _SUIT_CHARGES):
            lo, hi = _sentence_of(e)
            if any(
                p is not e
                and p.news_type == e.news_type
                and not p.trigger.endswith(_PAPERS)
                and p.trigger not in _SUIT_CHARGES
                and lo <= p.trigger_start < hi
                and abs(p.trigger_start - e.trigger_end) <= _PAPER_REACH
                and (paper or p.trigger_start < e.trigger_start)
                for p in out
            ):
                continue
        kept.append(e)
    return kept


_PAPER_REACH = 8  # characters between a paper and the verb of its act
_SUIT_CHARGES = ("指控",)  # 起诉某人，指控其…: what the suit told before it claims
_PAPERS = tuple(w for w in cue_words("act_papers") if w.endswith(("书", "状")))  # (起诉书, 起诉状)


def _no_police_in_sentences(out: list[Event]) -> None:
    """被警方刑事拘留并被判刑, 被警方抓获后获刑: the police arrest, a court passes the sentence
    - the police carried from the arrest's passive are no party of the prison term (unless
    they alone place the event: its country)."""
    for e in out:
        if e.news_type != _JAILED or not any(w in e.trigger for w in _SENTENCE_MARKS):
            continue
        kept = [a for a in e.actors if a.role != "COP" or a.side == "target"]
        if len(kept) < len(e.actors) and (e.type is None or any(a.country for a in kept)):
            e.actors = kept


_SENTENCE_MARKS = ("判", "刑")  # 判刑, 被判处, 获刑: a court's sentence (not 入狱 alone)


def _no_winner_ruled_against(out: list[Event], vt: str, tv: Callable[[int], int]) -> None:
    """法院驳回了甲的诉讼请求，乙胜诉: a court's act is against the side that loses, not the
    one its sentence says wins (news_cues won_after after the name, perhaps past an instance
    word: 乙一审胜诉) - the winner is no target of it, whatever clause names it first (法院对
    甲诉乙案进行了宣判): it stays a party of the case.  One the sentence also says loses (败诉)
    stays a target."""
    for e in out:
        if not any(a.side == "source" and a.role == "JUD" for a in e.actors):
            continue
        if not any(a.side == "target" for a in e.actors):
            continue
        lo, hi = (tv(k) for k in _sentence_of(e))
        trigger = max(lo, tv(e.trigger_end))
        if _WON_AFTER.search(vt, trigger, hi) is None:
            continue
        for k, a in enumerate(e.actors):
            if a.side == "target" and _said_to_win(vt, a.name, lo, trigger, hi):
                e.actors[k] = replace(a, side="party")  # (a party of the case still)


def _in_prize_name(vt: str, x: Actor, m: NewsMatch, role: str | None) -> bool:
    """Is the noun of people ``x``, after the trigger ``m`` whose object fills ``role`` (奖项),
    inside the name of the prize - the name going on from it to a news_cues prize_ends word
    (全国中学生最佳球员奖, 年度青年人物奖), not the one who wins it?"""
    return (
        role in _TITLE_ROLES
        and x.kind == "generic"
        and x.start >= m.end
        and _PRIZE_NAME_GOES_ON.match(vt, x.end) is not None
    )


def _loser_of_case(
    vt: str, lo: int, trigger: int, hi: int, actors: Sequence[Actor], ruled: Actor
) -> Actor | None:
    """The side a ruling ending at ``trigger`` in the sentence ``vt[lo:hi]`` goes against when
    the one it read as ruled against, ``ruled``, is one side of the suit the sentence names
    (甲诉乙案: ``_other_side``) and the sentence says after the trigger that ``ruled`` wins
    (对甲诉乙案作出判决，乙胜诉) or the other side loses (…，甲败诉): that other side; else
    None."""
    if _WON_AFTER.search(vt, trigger, hi) is None and _LOST_AFTER.search(vt, trigger, hi) is None:
        return None  # (the cheap test first: no outcome told)
    other = _other_side(vt, lo, hi, list(actors), ruled)
    if other is None:
        return None
    if _said_to_win(vt, ruled.text, lo, trigger, hi):
        return other
    k = vt.find(other.text, trigger, hi)
    while k >= 0:  # 甲败诉 (甲一审败诉) after the trigger: the other side lost
        end = k + len(other.text)
        instance = _INSTANCE.match(vt, end)
        if _LOST_AFTER.match(vt, end if instance is None else instance.end()):
            return other
        k = vt.find(other.text, end, hi)
    return None


def _case_plaintiff(
    vt: str, lo: int, trigger: int, hi: int, actors: Sequence[Actor], ruled: Actor
) -> Actor | None:
    """The plaintiff of the case a ruling or hearing starting at ``trigger`` is about, when the
    clause ``vt[lo:trigger]`` names it by its parties (对甲诉乙一案作出判决, 对甲诉乙名誉权纠纷
    案宣判) and ``ruled``, the one read as ruled against, is its defendant 乙: 甲; else None -
    also when the sentence (ending at ``hi``) names 甲 again after the trigger, telling what
    the ruling does to him (…，驳回甲的诉讼请求: against him; 判决乙赔偿甲: for him)."""
    if "诉" not in vt[lo:trigger] or _CASE_END.search(vt, lo, trigger) is None:
        return None  # (the cheap test first: no suit and no case named before the trigger)
    sides = _suit_sides(vt, lo, trigger, list(actors))
    if len(sides) < 2 or sides[1].text != ruled.text or sides[0].text == ruled.text:
        return None
    case = _CASE_END.search(vt, sides[1].end, trigger)
    if case is None or _CLAUSE_BREAK.search(vt, sides[1].end, case.start()) is not None:
        return None  # (甲起诉乙，法院判决…: a suit told, no case named by it)
    if vt.find(sides[0].text, trigger, hi) >= 0:
        return None  # (the plaintiff named after the trigger: what is said of him decides)
    return sides[0]


def _suit_other_sides(
    vt: str, clause: _Clause, a: int, b: int, actors: list[Actor], ruled: Actor, named: list[Actor]
) -> list[Actor]:
    """The other side of the suit a ruling decides, when the one it is read as ruled against,
    ``ruled``, is a side of the first suit the ruling's own ``clause`` tells (驳回了甲诉乙的诉讼
    请求, 驳回甲起诉乙、丙的请求: 乙 and the ones joined to it; not a suit told in a clause of
    its own, 甲起诉乙，法院判决…, nor a case told after it, …，甲诉乙一案另行审理): a party of the
    ruling, whoever wins; none of ``named`` (the ruling's actors already) again, nor a court or
    the police sued (``_OFFICES``: 甲诉某法院, 甲诉某公安局 - left out).  Not when the
    sentence ``vt[a:b]`` names that side twice (…，驳回甲的诉讼请求: what is said of it
    decides)."""
    lo, hi = clause.start, clause.end
    other = _other_side(vt, lo, hi, actors, ruled)
    if other is None or vt.count(other.text, a, b) > 1:
        return []
    joined = [other, *_coordinated(vt, other, [x for x in actors if lo <= x.start < hi])]
    return [
        x
        for x in joined
        if x.agent_type not in _OFFICES and all(x.text != y.text for y in named)
    ]


def _ruled_for(vt: str, lo: int, trigger: int, hi: int, actors: Sequence[Actor]) -> list[Actor]:
    """The ones a ruling ending at ``trigger`` in the sentence ``vt[lo:hi]`` decides for: named
    after it as winning (乙胜诉, ``_said_to_win``; not past a news_cues penalty_earlier word,
    另案中乙胜诉: another case's, or an earlier one's) or as the one a remedy goes to (向乙退还,
    向乙赔偿: news_cues suit_remedies right after 向 and the name)."""
    found = []
    for x in actors:
        if x.start < trigger or x.end > hi or x.place or x.agent_type in _OFFICES:
            continue
        if PRONOUN.fullmatch(vt, x.start, x.end):
            continue  # (向其赔偿: whom, told before)
        if (vt.startswith("向", x.start - 1) and _SUIT_REMEDY.match(vt, x.end) is not None) or (
            _said_to_win(vt, x.text, lo, trigger, hi)
            and _PENALTY_EARLIER.search(vt, trigger, x.start) is None
        ):
            found.append(x)
    return found


def _said_to_win(vt: str, name: str, lo: int, trigger: int, hi: int) -> bool:
    """Does the sentence ``vt[lo:hi]`` write ``name`` followed by a winning outcome (乙胜诉,
    乙一审胜诉) after the ruling's trigger ending at ``trigger``, with no instance word between
    (not 甲一审胜诉，二审法院驳回甲的诉讼请求, nor 一审驳回甲的请求，二审改判甲胜诉: a ruling of
    another instance), and nowhere by a losing one (乙败诉)?"""
    won = False
    k = vt.find(name, lo, hi) if name else -1
    while k >= 0:
        end = k + len(name)
        instance = _INSTANCE.match(vt, end)
        at = end if instance is None else instance.end()
        if _LOST_AFTER.match(vt, at):
            return False
        won = won or (
            trigger <= k
            and _INSTANCE.search(vt, trigger, k) is None
            and _WON_AFTER.match(vt, at) is not None
        )
        k = vt.find(name, end, hi)
    return won


_FINE = "司法行为-罚款"
_ADDED_TO = "并处"  # 并处罚金, 并处罚款: a penalty added to the one passed before it


def _penalty_passed(vt: str, clauses: list[_Clause], m: NewsMatch) -> tuple[int, int] | None:
    """Where the penalty a chained one is added to is passed (the last of ``clauses`` holds
    ``m``): the clause before, when ``m``'s clause goes on with 并/同时… (判处王某…，并处罚金), or
    its own clause before ``m`` when ``m`` adds it there (判处王某有期徒刑二年并处罚金)."""
    clause = clauses[-1]
    if len(clauses) > 1 and _CHAINED.match(vt, clause.start):
        return clauses[-2].start, clauses[-2].end
    if m.text.startswith(_ADDED_TO) and clause.start < m.start:
        return clause.start, m.start
    return None


def _sentence_of(e: Event) -> tuple[int, int]:
    """The span of the sentence ``e`` was read from (its own mention's), else its quote."""
    own = next((m for m in e.mentions if m.trigger_start == e.trigger_start), None)
    return (e.start, e.end) if own is None else (own.sentence_start, own.sentence_end)


_MONTH_OF = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])|\d{4}-W\d\d")  # a month, a day, a week


def _told_inside(
    e: Event, vt: str, tv: Callable[[int], int], times: Sequence[TimeRef]
) -> bool:
    """Is ``e``'s date told by a time expression of its own sentence - one that is no day
    anaphor given a day told elsewhere (当天 after a day of the sentence before: the day told
    last before it, in its sentence when one is told there)?"""
    lo, hi = _sentence_of(e)
    lo, hi = tv(lo), tv(hi)  # (its sentence: the other coder's quote may be a part of it)
    if e.precision != "day" and lexicon().immediately_after.search(
        vt, lo, tv(e.trigger_start)
    ):  # 随即…: the event coder's reading - right after the act told just before, about its
        return True  # day (approx-day) or in its month, its part of a month
    if not e.date_text:
        return False
    inside = [t for t in times if lo <= t.start < hi]
    if not any(t.text == e.date_text for t in inside):
        return e.date_text in vt[lo:hi]  # (a time this coder does not read: the other coder's)
    for t in inside:
        if t.text != e.date_text:
            continue
        if not t.anchored and t.day_of is None:
            return True
        if t.base is not None and not _same_day(t.text) and near(vt, t.base, t.start):
            # (2021年4月19日，…。次日，…; 1天前: the sentence tells a day of its own, counted
            # from the one before - 当天 tells none, it carries that sentence's day)
            return True
        if any(  # (5月3日，…，当天下午, 次日: the day it counts from is the sentence's)
            u.start < t.start and not u.anchored and u.usable and _DAY_OF.match(u.date_value[0])
            for u in inside
        ):
            return True
    return False


_DAY_OF = re.compile(r"\d{4}-\d\d-\d\d")  # a calendar day


def _undate_on_a_misdated_page(
    out: list[Event], page: str | None, told: bool = False, text: str = ""
) -> None:
    """A page whose date cannot be right - it tells an act done on a day, with its year
    written, after the page's own date (a page of 2021-02 telling 2021年5月6日，某人起诉…) -
    resolves no day told without a year (6月28日, 去年5月, 今天): the year it would take from
    the page is unsupported, so those dates become None.  A day the page dates with its year
    written (2021年5月6日, 同年9月) stays, and so does a day carried from one (an incident's
    day taken from the sentence before).  ``told``: the page tells an act done 今年 on a day
    after its own date (今年8月10日，警方拘捕… on a page of April) - as sure a tell.  A day
    written without its month that the page's month puts weeks before the page (于5日开庭 on a
    page of the 30th: news mostly writes the month of a day that far back - dates.far_bare_day)
    is a weaker one: that day alone loses its month, the page's other days stay.  A year the
    text glosses against the page's (去年（2019年） on a page of 2019) is a sure tell too.
    A day told without its year that the article ``text`` writes elsewhere with one year
    (4月23日 … 2020年4月23日: a recap's day told again in full) takes that year instead.  A
    legal act whose day took its year from the page and falls before the day, written with its
    year, of the conduct it answers (:func:`_before_its_offence`) is a sure tell too."""
    if not page or len(page) < 10:
        return
    wrapped, looked_back = _wrapped_days_off(out, page, text)
    told = told or wrapped or any(
        _glossed_year_off(s, page) or _glossed_day_off(s, page) for s in _sentences_of(out)
    )
    paged = _page_years(page)
    told = told or any(_before_its_offence(e, paged, out) for e in out)
    for e in out:
        if e.date is not None and e.date_text and far_bare_day(e.date_text, e.date, page):
            e.date, e.precision, e.date_text, e.reported = None, None, None, page
    written = {
        e.date
        for e in out
        if e.date is not None and e.date_text is not None and _YEAR_OF_DAY.search(e.date_text)
    }
    if not told and not any(
        e.date is not None
        and e.date in written
        and e.status == "occurred"
        and e.modality in ("asserted", "reported")
        and _CALENDAR_VALUE.fullmatch(e.date)
        and e.date > page[: len(e.date)]
        for e in out
    ):
        return
    _contexts_off_a_misdated_page(out)
    years: dict[str, set[str]] | None = None  # (read once, when a day is to lose its year)
    for e in out:
        if e.date is None or e.date in written and e.date_text is None:
            continue
        if e.date[:4] not in paged:
            continue  # (2017年1月18日领证，10月怀孕: its year is the text's, no page's)
        if e.date_text is None or not _YEAR_OF_DAY.search(e.date_text):
            if years is None:
                years = _written_days(text)
            told_in = years.get(e.date[4:], set()) if _DAY_OF.fullmatch(e.date) else set()
            if len(told_in) == 1:
                e.date = next(iter(told_in)) + e.date[4:]
                continue
            if looked_back and _DAY_OF.fullmatch(e.date) and month_day_alone(e.date_text or ""):
                e.date = looked_back + e.date[4:]  # (a look back at one year: its days)
                continue
            e.date, e.precision, e.date_text, e.reported = None, None, None, page


def _before_its_offence(e: Event, paged: frozenset[str], out: list[Event]) -> bool:
    """Is ``e`` a legal act (an arrest, a charge, a trial, a sentence) dated by a day whose year
    is the page's (今年2月28日, 3月5日), told in the act's own clause, before the day, written with
    its year, of the conduct its sentence says it answers (警方今年2月28日拘捕了某人，涉嫌组织了
    2019年8月31日举行的集会 on a page of 2019)?  A legal act comes after the conduct it is for:
    the page's year is wrong.  Not where the conduct is a plan or an incitement (涉嫌策划于…发动
    袭击, 煽动他人参加…的集会: an arrest may forestall it), nor where the written day is no
    conduct's (违反…生效的规定, 刑期自…起至…), nor where the sentence tells another legal act or
    an act done again (曾于3月2日被拘留，后因涉嫌…再次被捕: which act answers it is unsure)."""
    if e.date is None or not e.date_text or _YEAR_OF_DAY.search(e.date_text):
        return False
    if e.date[:4] not in paged or not _CALENDAR_VALUE.fullmatch(e.date):
        return False
    if e.type != "COERCE" and not (e.news_type or "").startswith(_LEGAL_ACT):
        return False
    sentence = e.sentence
    if not _CONDUCT_LEAD.search(sentence) or _AGAIN_ACT.search(sentence):
        return False
    lo = _sentence_of(e)[0]
    at, told = e.trigger_start - lo, sentence.find(e.date_text)
    if told < 0 or not sentence.startswith(e.trigger, at):
        return False
    end = told + len(e.date_text)
    heading = told == 0 and sentence.startswith(("，", ","), end)  # (3月2日，警方拘捕了…)
    if _CLAUSE_END.search(sentence, end + heading if told < at else at, max(at, told)):
        return False  # (3月2日刑满释放，因涉嫌…，他被拘留: the day is another act's)
    if any(
        o is not e
        and o.sentence == sentence
        and o.trigger_start != e.trigger_start
        and (o.type == "COERCE" or (o.news_type or "").startswith(_LEGAL_ACT))
        for o in out
    ):
        return False
    for hit in _OFFENCE_DAY.finditer(sentence):
        if _INTENDS.search(hit[1]) or _PLOTS.search(hit[1]) or _NO_CONDUCT_DAY.search(hit[5]):
            continue
        month, day = int(hit[3]), int(hit[4])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        done = f"{hit[2]}-{month:02d}-{day:02d}"
        if e.date < done[: len(e.date)]:
            return True
    return False


def _contexts_off_a_misdated_page(out: list[Event]) -> None:
    """On a page found misdated, a telling's day kept as an act's ``context_date``
    (:func:`_telling_day`, and :func:`_context_of_kin` for an act retold: with
    :func:`_context_of_scene_before`, the only context dates read before
    :func:`_own_dates_only`) whose year the act's sentence does not write took the page's wrong
    year: it is dropped.  (A year :func:`_context_of_scene_before` read is written in the
    sentence before, no page's: it is dropped too - a loss only on such a page.)"""
    for e in out:
        if e.context_date is not None and f"{e.context_date[:4]}年" not in e.sentence:
            e.context_date = None


def _page_years(page: str) -> frozenset[str]:
    """The years a day told without one may take from the page's date ``page``: its own, the
    one before (12月 on a page of January) and the one after (1月 on a page of December)."""
    year = int(page[:4])
    return frozenset(str(y) for y in (year - 1, year, year + 1))


def _wrapped_days_off(out: list[Event], page: str, text: str) -> tuple[bool, str | None]:
    """A month and a day told without a year that the page's date puts in the year before it,
    months back (12月2日 on a page of April: dates.far_wrapped_day), where the article ``text``
    - more than the day's sentence, which alone may owe its year to a sentence before it -
    writes neither that year nor 去年, nor a day of last year weeks back without it (12月20日
    on a page of January: the article's way to tell last year's days): the page's date is not
    the article's and the year is unsupported.  The day takes the year the article writes it
    with elsewhere (12月2日 … 2020年12月2日), else the one year the article writes before the
    page's as a time (a look back at one year, reposted years on: not 1990年出生, 1990年代),
    else loses its date (kept as ``reported``).  A year the article writes for that day's
    year, or 去年, keeps it: the page's date may be right.  Returned: whether a day so showed
    the page misdated (its other days told without a year lose the page's year too), and the
    one year looked back at, if any and if so shown (a month and a day of such a page takes
    it; a page shown misdated by another tell takes none)."""
    off = [
        e
        for e in out
        if e.date is not None
        and e.date_text
        and far_wrapped_day(e.date_text, e.date, page)
        and len(text) > len(e.sentence) + _OTHER_TEXT  # (an article, not its sentence alone)
    ]
    if (
        not off
        or _LAST_YEAR in text
        or any(  # (10月1日 … 12月20日 on a page of January: last year's days told its way)
            e.date is not None and e.date_text and near_wrapped_day(e.date_text, e.date, page)
            for e in out
        )
    ):
        return False, None
    written = {hit[1] for hit in _WRITTEN_YEAR.finditer(text)}
    earlier = {hit[1] for hit in _TIME_YEAR.finditer(text) if hit[1] < page[:4]}
    looked_back = next(iter(earlier)) if len(earlier) == 1 else None
    days: dict[str, set[str]] | None = None
    misdated = False
    for e in off:
        if e.date is None or e.date[:4] in written:
            continue
        month_day = e.date[4:]
        if days is None:
            days = _written_days(text)
        told_in = days.get(month_day, set())
        if len(told_in) == 1:
            e.date = next(iter(told_in)) + month_day
            continue
        misdated = True
        if looked_back is not None:
            e.date = looked_back + month_day
        else:
            e.date, e.precision, e.date_text, e.reported = None, None, None, page
    return misdated, looked_back if misdated else None  # (no look back shown: no year of it)


# characters beyond the event's sentence: a text that short is the sentence alone, which may
# owe its year to a sentence before it - no sign that the article writes no year
_OTHER_TEXT = 20
_WRITTEN_YEAR = re.compile(r"((?:19|20)\d\d)年")  # a year the article writes (2020年)
# a year the article writes as the time of what it tells (2020年度, 2020年3月): not a birth
# year (1990年出生, 生于1990年, 1990年生人), nor a decade (1990年代) - no year looked back at
_TIME_YEAR = re.compile(r"(?<![0-9])(?<!生于)(?<!生在)((?:19|20)\d\d)年(?!代|出?生)")
_LAST_YEAR = "去年"


def _written_days(text: str) -> dict[str, set[str]]:
    """The days ``text`` writes in full with their year (2020年4月23日), as their month and day
    (-04-23) to the years written with them."""
    out: dict[str, set[str]] = {}
    for hit in _FULL_DAY.finditer(text):
        month, day = int(hit[2]), int(hit[3])
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.setdefault(f"-{month:02d}-{day:02d}", set()).add(hit[1])
    return out


_FULL_DAY = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})[日号]")


_THIS_YEAR = re.compile(r"^(?:今年|本年)")  # a day told in the page's own year
_THIS_YEAR_IN = re.compile(r"今年|本年")  # (a day's text is the article's: none without these)
_YEARS = rules()
_YEAR_OFFSETS = {  # 去年: -1 (not 当年, 同年: the year named before)
    w: off
    for w, off in _YEARS["relative_years"].items()
    if w not in _YEARS["anaphoric_years"]["words"]
}
# 去年（2019年）: a relative year and, in brackets, the year it stands for
_GLOSSED_YEAR = re.compile(
    "(" + "|".join(sorted(_YEAR_OFFSETS, key=len, reverse=True)) + r")[（(]((?:19|20)\d\d)年?[)）]"
)


def _sentences_of(out: list[Event]) -> list[str]:
    """The sentences ``out``'s events are told in, each once, in the order of the events: the
    glossed-year and glossed-day tests read a sentence and the page alone, so asking each
    sentence once gives the answer asking it for each of its events gives."""
    return list(dict.fromkeys(e.sentence for e in out))


def _glossed_year_off(sentence: str, page: str) -> bool:
    """Does ``sentence`` gloss a relative year with a year that the page's year does not give
    (去年（2019年） on a page of 2019)?  The page's date is then wrong."""
    return any(
        int(page[:4]) + _YEAR_OFFSETS[m[1]] != int(m[2]) for m in _GLOSSED_YEAR.finditer(sentence)
    )


_PAGE_DAYS = {  # 今天: 0, 昨天: -1 (not 当天, 次日: counted from a day told before)
    w: off
    for w, off in _YEARS["relative_days"].items()
    if w not in _YEARS["day_anaphors"]["words"]
}
_PAGE_WEEKS = _YEARS["relative_weeks"]  # 上周: -1
# 上周8月13日, 昨天（4月19日）, 今日(20日): a day or a week counted from the page, and the day it
# stands for (not 本周3号线: a line's number)
_GLOSSED_DAY = re.compile(
    "("
    + "|".join(sorted([*_PAGE_DAYS, *_PAGE_WEEKS], key=len, reverse=True))
    + r")[（(]?(?:([0-9]{1,2})月)?([0-9]{1,2})[日号](?![线楼院])"
)


def _glossed_day_off(sentence: str, page: str) -> bool:
    """Does ``sentence`` gloss a day or a week counted from the page with a month and day more
    than a month away from any it can stand for on the page's date, in any year (上周8月13日 on
    a page of 2024-01-30)?  The page's date is then wrong - not merely a day or two late, as a
    page put up the day after it was written is (今天（4月20日） on a page of the 21st), nor
    doubtful in its month alone (昨天（5日）: :func:`dates.far_bare_day`)."""
    try:
        today = _day.fromisoformat(page[:10])
    except ValueError:
        return False
    for g in _GLOSSED_DAY.finditer(sentence):
        if not g[2]:
            continue
        if g[1] in _PAGE_DAYS:
            first = last = today + timedelta(days=_PAGE_DAYS[g[1]])
        else:
            first = today + timedelta(days=7 * _PAGE_WEEKS[g[1]] - today.weekday())
            last = first + timedelta(days=6)
        told = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                told.append(_day(year, int(g[2]), int(g[3])))
            except ValueError:
                continue
        apart = [min(abs((d - first).days), abs((d - last).days)) for d in told]
        if apart and min(apart) > _GLOSS_SLACK:
            return True
    return False


_GLOSS_SLACK = 31  # days a glossed day may lie from what its word gives on the page's date


# a day told with its year (2021年, 22年10月28日, 同年9月)
_YEAR_OF_DAY = re.compile(r"(?:19|20)\d\d|(?<![0-9])[0-9]{2}年|同年|当年|次年|翌年")
# after a time, a byline: the time stamps the post or the page (发布于某地, 来源：某报)
_STAMP = re.compile(r"[\s\u3000]*(?:" + cue("stamp_after").pattern + r")")
_CASE_DATED = re.compile(cue("dated_case_nouns").pattern + "[（(]$")  # a case, a bracket
_ATTRIBUTIVE_TIME = re.compile(r"[^，,。；;：:！？!?“”\"的]{1,4}的")  # 曾获奖的, 此前被捕的


def _named_ones(ev: Event) -> set[str]:
    """The names of ``ev``'s participants of two characters or more with no CAMEO role code
    (none, or a country's alone): those the passes dating an act by another match by name."""
    return {x.name for x in ev.actors if len(x.name) >= 2 and (x.cameo or "")[3:] == ""}


def _date_the_arrest_at_the_scene(
    undated: list[Event], out: list[Event], sentences: list[Span], vt: str, tv: Callable[[int], int]
) -> None:
    """某日凌晨，甲在商场持刀伤人…。甲随即被保安制服后移交警方: an arrest told with no time right
    after a sentence of its paragraph that tells a dated accident or attack by the one arrested
    is made at the scene, that day."""
    starts = {s.start: k for k, s in enumerate(sentences)}
    for ev in undated:
        k = starts.get(ev.start)
        if (
            ev.date is not None
            or ev.news_type != _ARRESTED
            or ev.status != "occurred"
            or ev.modality != "asserted"
            or not k
            or "\n" in vt[tv(sentences[k - 1].end) : tv(ev.start)]
        ):
            continue
        held = _named_ones(ev)
        prev = sentences[k - 1].start
        done = [
            e
            for e in out
            if e.start == prev
            and (e.news_type or "").startswith(_INCIDENT)
            and e.date is not None
            and len(e.date) == 10
            and held & {x.name for x in e.actors if x.side in ("source", "party")}
        ]
        if done:
            ev.date, ev.precision, ev.date_text, ev.reported = done[0].date, "day", None, None


def _told_as_own(ev: Event, vt: str, tv: Callable[[int], int]) -> bool:
    """Is ``ev`` told as the article's own account - asserted, or what an inquiry into the
    article's incident found (经查，…: reported, yet of that incident and its scene day)?"""
    return ev.modality == "asserted" or (
        ev.modality == "reported"
        and _INQUIRY.search(vt, tv(ev.start), tv(ev.trigger_start)) is not None
    )


def _date_from_after(
    undated: list[Event], out: list[Event], sentences: list[Span], vt: str, tv: Callable[[int], int]
) -> None:
    """甲等7人被拘捕。10日早上，警方拘捕甲等7人…: an act told with no time, whose very next
    sentence in its paragraph tells an act of its news type with a day of its own, done to or by
    one it names by name, is told first as a headline: it takes that day."""
    if not undated:
        return
    starts = {s.start: k for k, s in enumerate(sentences)}
    kept = {id(e) for e in out}
    dated: dict[int, list[Event]] = {}
    for e in out:
        if e.date is not None and e.date_text is not None and e.status == "occurred":
            dated.setdefault(e.start, []).append(e)
    dated_next = {sentences[k - 1].start for k in (starts[x] for x in dated if x in starts) if k}
    for ev in undated:
        k = starts.get(ev.start)
        if (
            ev.date is not None
            or ev.news_type is None
            or ev.start not in dated_next
            or id(ev) not in kept
            or ev.status != "occurred"
            or not _told_as_own(ev, vt, tv)
            or k is None
            or k + 1 >= len(sentences)
        ):
            continue
        nxt = sentences[k + 1]
        if "\n" in vt[tv(sentences[k].end) : tv(nxt.start)]:
            continue  # (another paragraph)
        names = _named_ones(ev)
        told = [
            e
            for e in dated.get(nxt.start, ())
            if e.news_type == ev.news_type
            and e.date is not None
            and len(e.date) == 10
            and e.date_text is not None
            and 0 <= vt.find(e.date_text, tv(nxt.start), tv(nxt.end)) - tv(nxt.start) <= 4
            and names & {x.name for x in e.actors}
        ]  # (its day opening that sentence: 10日早上，…; not a date inside what it says)
        if told:
            ev.date, ev.precision, ev.date_text = told[0].date, told[0].precision, None
            ev.reported = None


_AGAIN = re.compile(r"又[^，,。；;：:！？!?]*$")  # 甲又因…被判刑: another time than the one told
# 另一名嫌犯, 另外两人: the act of the type is done to another one than the act dated before
_ANOTHER_ONE = re.compile(r"另(?:一|外)(?!方面)")
_OTHER_INCIDENT = cue("other_incident")  # 相关新闻：, 另据报道, 十几年前: another incident told


def _another_incident(ev: Event) -> bool:
    """Does ``ev``'s sentence tell another incident than the one the article dated: a word of
    news_cues other_incident before the trigger, or 也 in its clause (邻省一家工厂也发生爆炸;
    not 一名路人也被撞伤, another victim of the same)?  (A place is no sign: 南京 and a
    street of it are one incident's.)"""
    head = ev.sentence[: ev.trigger_start - ev.start]
    if _OTHER_INCIDENT.search(head):
        return True
    cut = max((m.end() for m in _CLAUSE_CUT.finditer(head)), default=0)
    also = head.rfind("也", cut)
    return also >= 0 and "被" not in head[also:]


def _notice_date(vt: str, a: int, m: NewsMatch, times: list[TimeRef]) -> TimeRef | None:
    """2023年5月2日，警方《不予立案通知书》称，…不予立案: a document named for the act
    (its title holds the trigger) is the act; the date before the title is the act's."""
    word = vt[m.start : m.end]
    for tm in _DOC_TITLE.finditer(vt, a, m.start):
        if word in tm.group(1):
            before = [t for t in times if t.usable and a <= t.start and t.end <= tm.start()]
            return before[-1] if before else None
    return None


_DOC_TITLE = re.compile(r"《([^《》]{2,30})》")


def _told_between(vt: str, a: int, b: int) -> bool:
    """Does ``vt[a:b]`` hold a report (某报报道, 据…) or a word placing what follows at
    another time (此前, 曾)?"""
    return _OTHER_TIME.search(vt, a, b) is not None or _reports(vt, a, b)


def _announce_word(vt: str, a: int, m: NewsMatch) -> tuple[int, int] | None:
    """Where the last word of announcing (news_cues announce) in ``vt[a:m.start]`` that has
    a subject of its own before it (某部宣布…, not a bare 宣布…) starts and ends, if any."""
    said = _last_announce(vt, a, m.start)
    if said is None or not vt[a : said.start()].strip():
        return None
    return said.start(), said.end()


def _last_announce(vt: str, a: int, at: int) -> re.Match[str] | None:
    """The last word of announcing (news_cues announce) in ``vt[a:at]``, if any."""
    return _last_hit(_ANNOUNCE, vt, a, at)


def _last_hit(rx: re.Pattern[str], vt: str, a: int, b: int) -> re.Match[str] | None:
    """The last match of ``rx`` in ``vt[a:b]``, if any."""
    last = None
    for hit in rx.finditer(vt, a, b):
        last = hit
    return last


# 白宫出台禁令，将禁止…; 某部签署行政令，将于下月禁止…: a clause that issues an order (news_cues
# order_issued_verbs, then order_issued_nouns a few characters on) - not one still to come or
# not issued (将出台, 要出台, 拟出台, 尚未出台: a 将, 要, 会, 拟 or negation right before the
# verb; 某部将出台…: _plans misses the 将 a dictionary word ends, 部将), nor an order the clause
# names as a thing, another's (回应美方出台的禁令: the verb then 的), nor 出了 of 提出了, 指出了,
# 说出了 (a ban proposed or a word about one: 提出了禁令草案, 指出了禁令的漏洞)
_ORDER_ISSUED = re.compile(
    words_not_after(cue_words("order_issued_verbs"), "将要会拟未没不提指说")
    + r"(?!了?的)[^，,。；;：:]{0,10}?(?:"
    + "|".join(cue_words("order_issued_nouns"))
    + ")"
)


def _order_issued(vt: str, clauses: list[_Clause], ci: int) -> bool:
    """Does the clause right before clause ``ci`` (a ban's) issue an order, told as done - no
    plan word in it (not 某国将于下月出台禁令: the order itself is to come)?  The ban of the
    next clause (…，将禁止…) is what that order bans."""
    if ci == 0:
        return False
    prev = clauses[ci - 1]
    return _ORDER_ISSUED.search(vt, prev.start, prev.end) is not None and not _plans(
        vt, prev.start, prev.end
    )


def _issued_ban_status(date: str | None, reference: str | None, precision: str | None) -> str:
    """The status of a ban an order issued in the clause before it holds: occurred - an issued
    ban is (news-dev's convention), the 将 of its clause only when it takes effect -, unless its
    clause names a day after the article's (将于下月1日起禁止…: that day, ahead, is the ban's)."""
    return "planned" if later_than(date, reference, precision) is True else "occurred"


# 本次召回, 此次裁员 (news_cues this_time_marks): right before a trigger, "this time's" act
_THIS_TIME = tuple(cue_words("this_time_marks"))


def _named_again(vt: str, a: int, m: NewsMatch, sent: Span, told: list[Event]) -> bool:
    """Is the trigger ``m`` (its sentence ``sent`` from ``a`` in ``vt``) one 本次 names right
    after it, of a news type an event of the same sentence has - that act named again, not a
    second one where it could not join it (宣布将召回…，本次召回不涉及…: no occurred recall
    beside the one announced)?"""
    news = m.entry.news
    return (
        news is not None
        and vt.endswith(_THIS_TIME, a, m.start)
        and any(
            e.news_type == news and any(x.sentence_start == sent.start for x in e.mentions)
            for e in told
        )
    )


# 警方批准某团体周日举行游行 (news_cues permission_granted, not after a negation), 警方就某会的
# 集会签发了不反对通知书 (permission_after): a march permitted
_MARCH = "组织行为-游行"
# (no 的 between: 在警方允许的路线上举行游行 - a route permitted, the march held; no negation or
# refusal before the notice: 游行未获不反对通知书 - held without one)
_PERMITTED_BEFORE = re.compile(
    words_not_after(cue_words("permission_granted"), "不没未有")
    + r"[^，,。；;：:的]{0,12}?(?:举行|进行)$"
)
_PERMITTED_AFTER = re.compile(
    r"[^，,。；;：:未没无拒]{0,12}?(?:" + cue("permission_after").pattern + ")"
)
# 经警方批准在…举行游行: held with the permission (not 已经, 曾经)
_BY_PERMISSION = re.compile(r"(?<![已曾])经[^，,。；;：:]{0,8}$")


def _permitted(vt: str, clause: _Clause, m: NewsMatch) -> bool:
    """Is the march at ``m`` one its clause tells permitted - a permission before it with the
    one permitted and 举行 (警方批准某会举行游行), or a notice of no objection after it (就某会的
    集会签发了不反对通知书) -, so not told as held?"""
    before = _PERMITTED_BEFORE.search(vt, clause.start, m.start)
    if before is not None:
        return _BY_PERMISSION.search(vt, clause.start, before.start()) is None
    return _PERMITTED_AFTER.match(vt, m.end, clause.end) is not None


# …的威胁已经成真, …的计划终于成为现实 (news_cues came_true_marks, then came_true closing the
# clause: not a modifier of a noun - 收购一家已落地上海的企业, 已经兑现承诺的企业)
_CAME_TRUE = re.compile(
    r"[^，,。；;：:]{0,20}?(?:" + cue("came_true_marks").pattern + ")(?:" + cue("came_true").pattern
    + r")了?(?:[，,。；;！？!?”」]|$)"
)


def _came_true(vt: str, t1: int, c1: int) -> bool:
    """Does the clause after a planned act (from ``t1`` to its end ``c1``) tell the plan or the
    threat come true (某人想要封禁某应用的威胁已经成真), so that the act occurred?"""
    return _CAME_TRUE.match(vt, t1, c1) is not None


def _says_ahead(vt: str, a: int, m: NewsMatch) -> bool:
    """Is the last announcing word before the trigger one of saying (某州于某日表示，将禁止…),
    so that what it tells ahead is a plan, not a decision made (宣布将于某日执行禁令)?"""
    said = _last_announce(vt, a, m.start)
    return said is not None and _ANNOUNCE_SAYS.fullmatch(said.group()) is not None


def _announced(vt: str, a: int, m: NewsMatch, times: list[TimeRef]) -> TimeRef | None:
    """3月2日，某国政府宣布将于下周实施…禁令: the date of the announcement before the trigger."""
    said = _last_announce(vt, a, m.start)
    if said is None:
        return None
    before = [t for t in times if t.usable and t.end <= said.start()]
    return before[-1] if before else None


# what cannot stand inside one noun phrase: punctuation, function words, verbs of speech
_GAP_BREAK = re.compile(
    r"[，。；：！？、“”《》（）()\s了着过还被并而且就才则也又都把将对向从到让使令是在于所未不没因"
    r"与和及跟同携偕称说表示称为为曾已会要能]|以(?!色列)"
)  # (以被告人X涉嫌…: 以 opens the charged one, no title of the one before it; not 以色列;
# 某某携丈夫某某: 携 brings the second along - a partner, not the first's husband named)


# the parts of speech of a word opened by a break character that keep it inside the noun
# phrase of a title (对外联络主任: 对外 is a place word, no preposition)
_NOUN_LIKE_TAGS = ("n", "s", "a", "b", "f")


def _title_gap_break(gap: str) -> bool:
    """Does a function word break the words before a title (某厂对外合作部长某某)?  A break
    character opening a noun-like word of the dictionary (对外, 在野) does not."""
    pos_of = _parts_of_speech()
    for hit in _GAP_BREAK.finditer(gap):
        k = hit.start()
        tag = pos_of.get(gap[k : k + 2]) if hit.end() == k + 1 else None
        if tag is None or not tag.startswith(_NOUN_LIKE_TAGS):
            return True
    return False


def _modifies(vt: str, x: Actor, rest: list[Actor], places: list[Actor] | None = None) -> bool:
    """某球星遗孀X, 某药企的律师X, 某楼盘维权业主刘女士: ``x`` qualifies the actor right
    after it — nothing, a kin or possessive word, or a few characters with neither a function
    word nor an event word between them.  ``places``: place names (no actors) the gap may hold
    and that do not count in it (某车企某省某市维权车主刘女士)."""
    if not rest:
        return False
    gap = vt[x.end : rest[0].start]
    if gap.isspace() and vt[x.end - 1] > "\u3000" and vt[rest[0].start] > "\u3000":
        gap = ""  # 车主 某某: a space set around a Chinese name in a page's text is no word
    if places:
        gap = "".join(
            vt[lo:hi] for lo, hi in _outside(x.end, rest[0].start, places)
        )  # fmt: skip
    if gap == "" and x.kind == "PER" and rest[0].kind == "PER":
        return False  # 何冰冰许亮: two people, side by side
    if _COORDINATED_OWNER.match(gap):
        return False  # 孙某及其儿子: he and his son, joined — he does not qualify the son
    if gap == "" or _MODIFIER_GAP.match(gap):
        return True
    if (
        x.kind == rest[0].kind == "generic"
        and x.agent_type is not None
        and x.agent_type == rest[0].agent_type
        and gap in _STACKED_TITLE_PREFIXES
    ):
        return True  # 法官总裁判官某某: one person's titles, the second qualified (总, 首席)
    if gap[:1] == "等":
        return False  # 黎智英等7名犯罪嫌疑人: the name heads the group the noun counts
    if gap[:1] in ("”", '"', "」", "』") and rest[0].kind == "PER":
        gap = gap[1:]  # “壹传媒”(创办人)黎智英: the quoted name qualifies the person after it
        if gap == "":
            return True
    if (
        rest[0].kind == "PER"
        and len(gap) <= _TITLE_GAP
        and _PERSON_TITLE.search(gap)
        and not _title_gap_break(gap)
    ):
        return True  # 美国网球名将某某, 某报业集团创办人蔡某: the title names the person
    if rest[0].kind == "PER" and "、" in gap and len(gap) <= _TITLE_GAP + _TITLE_GAP // 2:
        parts = gap.split("、")  # 某传媒创始人、某某分子黎某: titles listed before the name
        if parts[0].endswith(_TITLE_WORDS) and all(p and not _GAP_BREAK.search(p) for p in parts):
            return True
    if (
        rest[0].kind == "generic"
        and rest[0].agent_type in PEOPLE_KINDS
        and gap[:1] == "“"
        and modifier_gap(vt, x.end, rest[0].start)
    ):
        return True  # 某车企“维权”车主: a quoted epithet, as after a place (people_after_place)
    if (
        (
            _person_or_people(rest[0])
            or (rest[0].kind == "generic" and rest[0].text in generic_table().kin)
        )
        and _RELATIVE_TO_KIN.fullmatch(gap)
        and not _GAP_BREAK.search(gap)
    ):
        # 他最喜爱的二女儿, 其年仅五岁的儿子: a relative clause ending in 的 qualifies the one
        # after (whose relative, past what is said of her)
        return True
    if len(gap) > 4 or _GAP_BREAK.search(gap):
        return False
    if _ADDRESSING.search(gap):
        return False  # 王某致信某公司, 某公司通知全体员工: the one told or met is the object
    if rest[0].kind != "generic" and x.kind != "GPE" and (_a_verb(gap) or _adverb_opens(gap)):
        # 判决孙女士赔偿某物业: a verb between two named ones makes a clause; so does a word the
        # parts of speech read as an adverb (要求某法院暂停某应用的禁令: 暂停, 尽快, 亲自)
        return False
    if gap in _COORDINATORS:
        return False  # 甲与女友乙: 甲 is joined to the one after, it does not qualify her
    if rest[0].kind == "generic" and rest[0].agent_type in PEOPLE_KINDS:
        if _ACTS_ON_OWN.search(gap):
            return False  # 甲载其家属, 甲带着家人: a verb acting on his own people, no epithet
        # 某楼盘维权业主, 公司离职员工: a verb with no object before a kind of people is an
        # epithet (the owner who protests against Tesla), not a clause - but one running
        # someone down acts on the one after it (甲当晚撞倒路人; not 被撞老人, the one hit)
        if "被" not in gap and any(w in gap for w in _RUNS_DOWN):
            return False
        return all(h.entry.object is None for h in _packaged_lexicon().match(gap))
    return not _packaged_lexicon().has_match(gap)


# 致信, 通知, 会见…: a verb of writing, telling or meeting between two participants (news_cues
# addressing_verbs) - the second its object, not qualified by the first; not with a noun's
# last character right after it (addressing_noun_ends: 通知书, 会见室, 警告信, 告诉人 - a paper,
# a room or a person, no verb)
_ADDRESSING = re.compile(
    "(?:" + cue("addressing_verbs").pattern + ")(?!" + cue("addressing_noun_ends").pattern + ")"
)
# 载其|家属, 带着|家人: a verb whose object the pronoun or the aspect mark ending the gap opens
_ACTS_ON_OWN = re.compile(r"[\u4e00-\u9fff](?:其|着|了)$")


# 最喜爱的二|女儿: a short relative clause and its 的 before a kin word, perhaps a rank
# (丢给自己的|母亲: a pronoun owns the one after, the one before is no relative's subject)
_RELATIVE_TO_KIN = re.compile(
    r"[^的]{1,6}(?<!自己)(?<![他她我你其])(?<!他们)(?<!她们)的[一二三四五六七八九十大小长幼次]?"
)


def _outside(lo: int, hi: int, places: list[Actor]) -> list[tuple[int, int]]:
    """The pieces of ``[lo, hi)`` outside the places lying wholly in it."""
    out: list[tuple[int, int]] = []
    at = lo
    for p in places:
        if lo <= p.start and p.end <= hi and p.start >= at:
            out.append((at, p.start))
            at = p.end
    out.append((at, hi))
    return out


def _not_objects(vt: str, xs: list[Actor]) -> list[Actor]:
    """``xs`` (the participants before a trigger, in order) without those an earlier verb takes
    as its object: a verb a reason word opens after another of them (王某因殴打李某被拘留: 李某
    is whom he hit) or a verb of driving (王某驾驶某车撞上护栏: the car is what he drove)."""
    out: list[Actor] = []
    for k, x in enumerate(xs):
        if k and _object_of_verb(vt[xs[k - 1].end : x.start]):
            continue
        out.append(x)
    return out


def _in_verb_object(vt: str, x: Actor, floor: int, trigger: int) -> bool:
    """没能回复某人的邮件致歉: is ``x`` written right after a verb of its clause (two
    characters) and qualifying what follows it (…的), so inside that verb's object - no
    subject of the trigger after it?  Not when the 的 qualifies the trigger itself (禁止某应用的
    禁令: what the act is against)."""
    if not vt.startswith("的", x.end) or x.end + 1 >= trigger or x.start - floor < 2:
        return False
    if _CLAUSE_BREAK.search(vt, floor, x.start):
        return False
    return _parts_of_speech().get(vt[x.start - 2 : x.start]) == "v"


def _object_before_joiner(vt: str, x: Actor, floor: int, trigger: int) -> bool:
    """甲撞倒一名老人并与护栏相撞: is ``x`` the object of a verb of its clause (right
    after it, past 了 and a count) with a word joining predicates (news_cues predicate_joiners:
    并, 并且…) right after it, before the trigger?  The predicate the joiner adds shares the
    first one's subject; the object of the first is none of its subject.  Not 并 before a
    negation (张某并未辞职, 并没有, 并不: the emphatic 并, no joiner), nor ``x`` after a verb of
    telling or learning (透露张某…, 获悉张某…: the subject of what is told)."""
    joiner = next((w for w in _PREDICATE_JOINERS_LONGEST if vt.startswith(w, x.end)), None)
    if x.end >= trigger or joiner is None:
        return False
    after = x.end + len(joiner)
    if vt.startswith("不", after) or _NEGATION.match(vt, x.end) or _NEGATION.match(vt, after):
        return False  # (张某并未辞职: the emphatic 并 of a denial)
    k = x.start
    count = _COUNT_BEFORE_OBJECT.search(vt, max(floor, k - 6), k)
    if count is not None:
        k = count.start()
    if k > floor and vt[k - 1] == "了":
        k -= 1
    if k - floor < 2 or any(
        _TELLS.fullmatch(vt, j, k) or lexicon().report.fullmatch(vt, j, k)
        for j in range(max(floor, k - 3), k)
    ):  # (网友透露张某并…: what is told)
        return False
    return (_parts_of_speech().get(vt[k - 2 : k]) or "").startswith("v")


# (并且 before 并: the longest joiner at a place)
_PREDICATE_JOINERS_LONGEST = sorted(_PREDICATE_JOINERS, key=len, reverse=True)
# 两名, 3位, 多辆: a count and its measure right before the object a verb takes
_COUNT_BEFORE_OBJECT = re.compile(_COUNT + r"[名个位辆人]?$")


def _object_of_verb(gap: str) -> bool:
    """Does ``gap`` (the characters between two participants) end with a verb of driving, or
    open with a reason word and end with a two-character verb, with no clause break?"""
    if not gap or _CLAUSE_BREAK.search(gap.replace(" ", "")):
        return False
    if _DRIVES.search(gap, max(0, len(gap) - 3)) or (len(gap) <= 8 and _DRIVES.search(gap)):
        return True  # (王某于2021年3月驾驶某车…: a time between them)
    if len(gap) > 8:
        return False
    if not _REASON_OPENS.match(gap) or len(gap) < 3:
        return False
    tag = _parts_of_speech().get(gap[-2:])
    return tag is not None and tag.startswith("v")


_REASON_OPENS = cue("reason_opens")
_DRIVES = cue("drives")
_CLAUSE_BREAK = re.compile(r"[，。；：！？“”《》（）()\s]")


def _subdues(vt: str, y: Actor, x: Actor) -> bool:
    """甲试图制服歹徒, 甲在制止凶手时, 甲与歹徒搏斗: is ``x`` the one ``y``, named before it in the
    same clause, subdues - the object of a verb of subduing (news_cues subdue_verbs) right after
    ``y``'s words, or the one after 与/和/跟 that a verb of struggling (struggle_verbs) follows?"""
    gap = vt[y.end : x.start]
    if _CLAUSE_BREAK.search(gap):
        return False
    return _SUBDUE_BEFORE.search(gap) is not None or (
        gap.endswith(("与", "和", "跟", "同")) and _STRUGGLE.match(vt, x.end) is not None
    )


# 制服歹徒, 制止住凶手, 阻止行凶的男子: a verb of subduing (news_cues subdue_verbs, and the
# verbs of prevention: 制止, 阻止…), perhaps 住/下/了 and a short relative clause, right before
# the one subdued
_SUBDUE_BEFORE = re.compile(
    "(?:" + cue("subdue_verbs").pattern + "|" + cue("prevention").pattern + r")[住下了]?"
    r"(?:[^的]{1,8}的)?$"
)
_STRUGGLE = re.compile(r"(?:[^，。；]{0,2})(?:" + cue("struggle_verbs").pattern + ")")


def _ends_with_verb(gap: str) -> bool:
    """Does ``gap`` end with a two-character verb (全力支持)?"""
    tag = _parts_of_speech().get(gap[-2:]) if len(gap) >= 2 else None
    return tag is not None and tag.startswith("v")


_ADVERB_TAGS = ("d", "ad")


def _adverb_opens(gap: str) -> bool:
    """Does ``gap`` open with a two-character word the parts of speech tag as an adverb (暂停,
    尽快, 亲自, 公开) - a predicate's, nothing that qualifies a name?"""
    return _parts_of_speech().get(gap[:2]) in _ADVERB_TAGS


def _a_verb(gap: str) -> bool:
    """Is ``gap`` a verb, or does it open or end with one (赔偿, 全力支持)?"""
    pos_of = _parts_of_speech()
    tags = (pos_of.get(gap), pos_of.get(gap[:2]), pos_of.get(gap[-2:]))
    return any(t is not None and t.startswith("v") for t in tags)


_ABOUT = re.compile(  # (the lookbehind read past each first character: words_not_after)
    words_not_after(["就", "对于", "关于"], "成造") + r"[^，。；的向对将把与跟同给为从在于]{0,10}$"
)
# (the actor at the match position) 大家对|某公司|的关注: a noun before 对, the actor, 的 soon after
_TOWARD_OF = re.compile(r"(?<=[^\W\d对]对)[^，。；！？]{1,12}?的")
_PARTY_NOUN = re.compile(r"被(?:告|害|执行人|申请人|上诉人|保险人|监护人|继承人|选举)")
_SAID_OF = re.compile(r"被(?:曝|爆|指|传)")
_EXPOSED = re.compile(r"(?:曝|爆|指|传|证实|拍到|质疑|怀疑|疑)")
# 被曝, 被指, 被证实, 被人发现…: a verb of telling, finding or charging after 被, whose object the
# act is - not the act's own passive (_passive_subject)
_TOLD_AFTER_BEI = re.compile(_EXPOSED.pattern + "|发现|查明|查出|认定|确认|举报|起诉|控告|涉嫌|称")
_DRAWN_INTO = cue("drawn_into")
_SUSPICION_TOLD = cue("suspicion_told")
# a space between two Han characters: the break between two phrases of a headline
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_VERB_BETWEEN = re.compile(r"提交|提出|发出|发布|递交|表示|宣布|召开|举行|备案")
# 向某公司及其机长提出诉讼: what may stand between the one a suit is brought against and the
# suit's word (adverbs, a light verb), no other verb
_SUIT_SUPPORT = re.compile(_MARK_TO_TRIGGER)


def _object_run(vt: str, x: Actor, floor: int, trigger: int) -> bool:
    """对涉嫌盗窃的两名男子刑事拘留: an actor in a 对…/将… phrase before the trigger."""
    for mark in ("对", "将", "把"):
        k = vt.rfind(mark, floor, x.start)
        while k >= 0 and _MARK_OPENED.match(vt, k):
            # 对方表示某人没有出轨: 对 opens the word 对方 (news_cues mark_opened_words), no
            # mark - one before it may be (对与对方发生冲突的某人刑事拘留)
            k = vt.rfind(mark, floor, k)
        # (对机长以及Blue Sky公司: a run of Latin letters counts as one word)
        if k >= 0 and _span_length(vt, k, x.start) <= 16 and "，" not in vt[k : x.start]:
            if vt.startswith("将于", k) or vt.startswith("将在", k) or vt.startswith("对于", k):
                continue
            return x.end <= trigger
    if (
        x.kind == "generic"
        and x.agent_type not in _OFFICES
        and _TOWARDS_MODIFIED.search(vt, max(floor, x.start - 5), x.start)
    ):  # 向某航运公司, 向涉事运营商: a kind of party qualified by a noun or 某 after 向 (not
        # 向某区法院: the court a suit is filed with)
        k = vt.rfind("向", floor, x.start)
        lead = k + 2 if vt.startswith("某", k + 1) else k + 1
        lead = _past_count(vt, lead, x.start)
        if not _NOT_TOWARDS.match(vt, max(0, k - 1)) and (
            lead == x.start or _nouns_only(vt, lead, x.start)
        ):
            return x.end <= trigger
    if vt[x.start - 1 : x.start] in _PARTY_MEASURES and _counted_towards(vt, x, floor):
        return x.end <= trigger  # 向一家快递公司: a named party counted after 向
    if (
        x.kind == "generic"
        and _person_or_people(x)  # (向公安机关、纪委举报某人: no kind of people)
        and "向" in vt[max(floor, x.start - _TOWARDS_LIST_REACH) : x.start]
        and _towards_list(vt, x, floor)
    ):
        return x.end <= trigger  # 向相关人员、广大网友: the last of a list of kinds after 向
    return _addressed_at(vt, x, floor) is not None and x.end <= trigger


# 对方, 对象, 将军, 把握: a word the mark's character (对, 将, 把) opens - a noun, no mark of
# an object
_MARK_OPENED = cue("mark_opened_words")


def _counted_towards(vt: str, x: Actor, floor: int) -> bool:
    """向一家快递公司, 向两名男子: is ``x`` right after 向 and a count (not 一向, 面向…)?"""
    hit = _TOWARDS_COUNT.search(vt, max(floor, x.start - 7), x.start)
    return (
        hit is not None
        and x.agent_type not in _OFFICES
        and not _NOT_TOWARDS.match(vt, max(0, hit.start() - 1))
    )


def _past_count(vt: str, at: int, end: int) -> int:
    """向一家快递公司, 向两名司机: where the party's words begin past a count (a numeral and a
    measure word) at ``at``, before ``end``; ``at`` when no count stands there."""
    if vt[at : at + 1] not in _PARTY_COUNT_START:
        return at
    hit = _PARTY_COUNT.match(vt, at, end)
    return at if hit is None else hit.end()


_PARTY_COUNT_START = frozenset(_NUMERALS.replace("0-9", "0123456789") + "多")  # (cheap test)
# the people_measures of a headcount (名, 位, 个) and 家 of a firm: 一家, 两名, 多家, 3位
_PARTY_MEASURES = frozenset((*cue_words("people_measures"), "家"))
_PARTY_COUNT = re.compile(rf"(?:{_COUNT}|多)[{''.join(sorted(_PARTY_MEASURES))}]")
_TOWARDS_COUNT = re.compile("向某?" + _PARTY_COUNT.pattern + "$")


_SOME_MARKED = frozenset(mark + "某" for mark in ("对", "向", "将", "把"))  # 对某, 向某…
# 向 and one to four characters before a kind of party (向某航运公司, 向游船运营商)
_TOWARDS_MODIFIED = re.compile(r"向[^，。、：；的了着过被把将对向从到在于和与及]{1,4}$")
# 向相关人员、广大网友: kinds of people listed after 向 (nouns only, up to 8 characters each,
# joined by 、/和/及), then the one read as an actor with a short modifier
_KIND_CHAR = "[^，,。；;：:、“”的了着过被把将对向从到在于和与及]"  # (a character of a kind's noun)
_TOWARDS_LIST = re.compile(rf"向((?:{_KIND_CHAR}{{1,8}}(?:、|和|及|以及))+){_KIND_CHAR}{{0,4}}$")
_TOWARDS_LIST_REACH = 32
_TOWARDS_LIST_ITEM = re.compile(r"[^、和及以]+")  # (a kind of the list, between its joins)


def _towards_list(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x`` the last of a list of kinds of people (:func:`_kind_noun`) 向 opens (向相关人员、
    广大网友) - an addressee, not the subject of the clause?"""
    hit = _TOWARDS_LIST.search(vt, max(floor, x.start - _TOWARDS_LIST_REACH), x.start)
    if hit is None or _NOT_TOWARDS.match(vt, max(0, hit.start() - 1)):
        return False
    return all(
        _kind_noun(vt, i.start(), i.end())
        for i in _TOWARDS_LIST_ITEM.finditer(vt, hit.start(1), hit.end(1))
    )


_KINDS_BETWEEN = re.compile(rf"(?:{_KIND_CHAR}{{2,8}}、)+")
_KIND_MODIFIER_MAX = 4  # (广大, 热心的: what may stand before the kind listed last)
_KIND_LISTED = re.compile(r"[^、]+、")  # (one kind and its 、)


def _kinds_listed_between(vt: str, start: int, end: int) -> bool:
    """Is ``vt[start:end]`` kinds of people listed with 、 (:func:`_kind_noun`), then at most a
    short word qualifying the next one (用户、|相关人员、|广大|网友)?"""
    run = _KINDS_BETWEEN.match(vt, start, end)
    if run is None or end - run.end() > _KIND_MODIFIER_MAX:
        return False
    return all(
        _kind_noun(vt, i.start(), i.end() - 1) for i in _KIND_LISTED.finditer(vt, start, run.end())
    ) and not any(
        tag.startswith(("v", *_NOT_NOUN_TAGS)) for _, _, tag in _word_spans(vt, run.end(), end)
    )


def _kind_noun(vt: str, start: int, end: int) -> bool:
    """Is ``vt[start:end]`` a noun, perhaps after one word qualifying it (相关人员, 广大市民) - a
    kind of people listed, no clause (法院起诉王某)?"""
    words = list(_word_spans(vt, start, end))
    return (
        0 < len(words) <= 2
        and words[-1][2].startswith("n")
        and not words[0][2].startswith(_NOT_NOUN_TAGS)
    )


# 向被, 对被, 给被: after such a mark 被 opens a relative clause, not a passive of the trigger
_ADDRESS_PASSIVE = ("向被", "对被", "给被")


def _passive_of_relative(vt: str, after: int, trigger: int, before: list[Actor]) -> bool:
    """Does the passive word ending at ``after`` open a relative clause before the trigger (向受到
    影响的用户…, 对被警方带走的王某…): a verb, then 的 and the actor it qualifies right after —
    not a passive whose agent has a modifier (被来自某地的某队击败)?"""
    de = vt.find("的", after, trigger)
    if de < 0 or _CLAUSE_BREAK.search(vt, after, de):
        return False
    # 向被他冷落到的X, 给被她误解过的X: after 向/对/给 a 被 opens no passive of the
    # trigger, whatever word closes its short clause; elsewhere (将被…的) a verb must end it
    if not _ends_with_verb(vt[after:de]) and (
        vt[after - 2 : after] not in _ADDRESS_PASSIVE or de - after > 8
    ):
        return False
    head = next((x for x in before if x.start > de), None)
    if head is None or head.start - de > 8:
        return False
    return not _GAP_BREAK.search(vt, de + 1, head.start)


def _passive_qualifies(vt: str, p: re.Match[str], trigger: int, before: list[Actor]) -> bool:
    """Is the passive ``p`` a 被 with its verb right after it and a 的 closing them, before a
    noun in the trigger's clause (坐在一辆已被撞毁的车上维权): a relative clause qualifying that
    noun, not the trigger's voice?  Not with an agent after 被 (被某机构处以…的罚款: the 的 is
    the object's), nor when the one after 的 stands right before the trigger (被来自南方的某队
    击败: the passive's agent, modified)."""
    after = p.end()
    if not p.group().startswith("被"):
        return False  # (收到…的起诉状: a verb of receiving, its object after it)
    de = vt.find("的", after, trigger)
    if de < 0 or de + 1 >= trigger or de - after > _QUALIFYING_PASSIVE:
        return False
    if any(after <= x.start < de or (x.start == de + 1 and x.end == trigger) for x in before):
        return False
    return not _GAP_BREAK.search(vt, after, de)


# characters of the verb between a qualifying 被 and its 的 (被撞毁的, 被强制执行的)
_QUALIFYING_PASSIVE = 4


def _relative_de(
    vt: str, m: NewsMatch, clause: _Clause, after: list[Actor], alone: bool = False
) -> int | None:
    """Where the 的 of a relative clause the trigger ``m`` opens stands: right after it (还押的
    蔡某), or — for a trigger that holds its own object (撞人, 伤人), or takes none and has no
    participant before it (``alone``: 在车展维权、后被警告的车主) — past more of the clause's
    verb phrases (驾车撞人、持刀伤人的凶徒) with no participant, break or other 的 between."""
    if vt.startswith("的", m.end):
        return m.end
    intransitive = alone and m.entry.object is None and m.entry.subject is not None
    if not intransitive and not _OBJECT_INSIDE.search(vt, m.start, m.end):
        return None
    de = vt.find("的", m.end, min(clause.end, m.end + _RELATIVE_REACH))
    if de < 0 or _CLAUSE_BREAK.search(vt, m.end, de):
        return None
    if any(m.end <= x.start < de for x in after):
        return None
    return de


# characters from a participant to the 的 closing its relative clause (_object_then_de,
# _in_relative_clause)
_RELATIVE_REACH = 12


def _object_then_de(vt: str, m: NewsMatch, after: list[Actor]) -> Actor | None:
    """The participant right after the trigger ``m`` (past 了) and right before a 的 (产下儿子的):
    the object of a relative clause the trigger opens — not a country or a place, which reads as
    whose the noun after 的 is (击败了某国的某选手)."""
    at = m.end + 1 if vt.startswith("了", m.end) else m.end
    x = next((y for y in after if y.start >= m.end), None)
    if x is None or x.start != at or _where(x):
        return None
    return x if vt.startswith("的", x.end) else None


# a trigger that ends with its object: 撞人, 伤人, 杀人 (someone, unnamed)
_OBJECT_INSIDE = re.compile(r"人$")


def _about_frame(vt: str, floor: int, m: NewsMatch) -> int | None:
    """Where the 就/对于/关于/针对 is whose phrase holds the trigger ``m``, when a verb that
    answers or acts on that matter follows it (律政司就某人获释提出覆核, 就两人离婚一事
    发表声明): the trigger names the matter, not an act of the clause's subject."""
    k = max(
        vt.rfind("就", floor, m.start),
        vt.rfind("对于", floor, m.start),
        vt.rfind("关于", floor, m.start),
        vt.rfind("针对", floor, m.start),
    )
    if k < 0 or m.start - k > _ABOUT_REACH or _CLAUSE_BREAK.search(vt, k, m.start):
        return None
    tag = _parts_of_speech().get(vt[m.start : m.end])
    if tag is not None and tag.startswith("n"):
        return None  # 就禁令回应: a noun names a matter; events.doubt tells it is no event
    if vt.startswith("就", k) and k > floor and vt[k - 1] in "也早成造将":
        return None  # 早就, 也就, 成就: no 就 of a matter
    return k if _ABOUT_VERB.match(vt, m.end) else None


_ABOUT_REACH = 16
# what answers or acts on the matter a 就 phrase names, right after it
_ABOUT_VERB = re.compile(
    r"(?:一事|一案|事宜|问题|的(?:决定|裁决|判决|消息|传闻))?"
    r"(?:提出|提起|作出|做出|发表|表态|回应|作回应|表示|发声|发布|发出|召开|进行|展开)"
)


def _matter_of(vt: str, lo: int, hi: int) -> int | None:
    """Where the matter opens that a 就 phrase in ``vt[lo:hi]`` (the subject's end to the
    trigger, one clause) names — 甲就乙…一事提起诉讼 — else None (就此, 就该案: a matter told
    before, events.frame reads it)."""
    if _CLAUSE_BREAK.search(vt, lo, hi):
        return None
    opens = (k for k in MATTER_OPEN.finditer(vt, lo, hi) if not THIS_MATTER.match(vt, k.end()))
    k = next(opens, None)  # (the first 就 that opens a matter of its own)
    return None if k is None else k.end()


def _does_in_matter(vt: str, x: Actor, matter_at: int) -> bool:
    """Is ``x``, named first in a 就 phrase, the one who does what the matter tells - a verb
    right after it (甲就乙侵犯其专利一事, 甲就法官准许乙保释的决定) - and not the one the matter
    is about: a possessor (就乙的抚养权问题, 就父亲乙的遗产), one acted on (就乙被打一事), nor the
    plaintiff's kin (就儿子乙…, 就其女儿乙…: a kin word or 其 right before the name)?"""
    kin = generic_table().kin
    before = vt[matter_at : x.start]
    if before.endswith("其") or any(before.endswith(k) for k in kin):
        return False
    return tag_at(vt, x.end).startswith("v")


def _addressed_at(vt: str, x: Actor, floor: int) -> int | None:
    """向交往五年的女友求婚: where the 向 is whose phrase addresses ``x`` past a modifier ending
    in 的 (what lies between is inside that phrase, no subject).  (The 的 right before ``x``,
    one character, is read first: each test must hold, and none acts.)"""
    if vt[x.start - 1 : x.start] != "的":
        return None
    k = vt.rfind("向", floor, x.start)
    if (
        k >= 0
        and _span_length(vt, k, x.start) <= 16
        and not _CLAUSE_BREAK.search(vt, k, x.start)
        and not _NOT_TOWARDS.match(vt, max(0, k - 1))
    ):
        return k
    return None


# 一向, 面向, 转向, 走向, 方向, 倾向, 指向, 向来, 向前… (not_towards): no 向 that addresses
# someone (matched from the character before the 向)
_NOT_TOWARDS = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in cue_words("not_towards") if not w.startswith("向"))
    + ")|.(?:"
    + "|".join(re.escape(w) for w in cue_words("not_towards") if w.startswith("向"))
    + ")"
)


def _charged(vt: str, x: Actor, floor: int, trigger: int) -> bool:
    """检方以被告人甲、乙涉嫌某罪起诉: ``x`` is named in a 以 phrase (past a party
    title and the names listed before it) that goes on to the charge (涉嫌…, 犯…罪) before the
    trigger — the one charged, acted on, not who acts."""
    if not _CHARGE_LEAD.search(vt, floor, x.start):
        return False
    rest = _CHARGE_REST.match(vt, x.end, trigger)
    return rest is not None


def _named_sued(vt: str, x: Actor, floor: int, trigger: int) -> bool:
    """甲以乙、丙为被告提起诉讼, 以某市政府为对象发起诉讼: ``x`` is named in a 以 phrase (past
    the names listed before it) that goes on, past the names listed after it, to 为 and a word
    for the one sued (news_cues ``sued_roles``: 被告, 被申请人, 对象…) before the trigger - the
    one sued, acted on, not who sues."""
    if vt.find("为", x.end, trigger) < 0 or not _CHARGE_LEAD.search(vt, floor, x.start):
        return False
    return _SUED_REST.match(vt, x.end, trigger) is not None


def _sued_role_word(vt: str, x: Actor) -> bool:
    """Is ``x`` the word for the role a 以 phrase gives the ones it names, right after its 为
    (以乙为被告, 以某市政府为被申请人: news_cues ``sued_roles``) - no one named?"""
    return vt[x.start - 1 : x.start] == "为" and _SUED_WORD.fullmatch(x.text) is not None


_SUED_WORD = cue("sued_roles")
# what follows one named as sued: more names (等 and a count), then 为 and the word for its role
_SUED_REST = re.compile(
    r"(?:[、和与及][^，。；：以对将把向被为]{1,12}?)*(?:等[^，。；：为]{0,6})?为(?:"
    + _SUED_WORD.pattern
    + ")"
)


# right after a name, up to a legal act's verb: the crime the one named is suspected of
_SUSPECT_OF = re.compile(
    r"(?:因|均|都|已|分别)?(?:涉嫌[^，。；：、对将把向]{1,16}|犯[^，。；：、对将把向]{1,12}罪)(?:被|遭)?"
)
# 以 (not 以色列, 以及, 以来, 以后…), a party title, then the names listed before this one
_CHARGE_LEAD = re.compile(
    r"以(?:被告人|被告|犯罪嫌疑人|嫌疑人|嫌犯)?(?:[^，。；：以对将把向被]{1,12}[、和与及])?$"
)
# what follows the one charged: more names, then the charge (涉嫌…, 犯…罪)
_CHARGE_REST = re.compile(
    r"(?:[、和与及等][^，。；：对将把向被]{0,12}?)?(?:因|均|都|分别)?(?:涉嫌|犯[^，。；]{1,10}罪)"
)


def _addressee(vt: str, x: Actor) -> bool:
    """Is ``x`` marked by 向 (向法院: the one addressed)?"""
    return vt[x.start - 1 : x.start] == "向"


def _possessive(vt: str, x: Actor, actors: list[Actor]) -> bool:
    """Is ``x`` the pronoun 其 qualifying a participant named a few characters after it, with
    no break or function word between (其下游经销商王某, 其妻子李某): whose, not who?"""
    if vt[x.start : x.end] != "其":
        return False
    nxt = next((y for y in actors if y.start >= x.end), None)
    if nxt is None or nxt.start - x.end > _POSSESSED_GAP or nxt.start == x.end:
        return False
    return not _NP_BAD.search(vt, x.end, nxt.start)


_POSSESSED_GAP = 8


def _span_length(vt: str, a: int, b: int) -> int:
    """The length of ``vt[a:b]``, a run of Latin letters and spaces counted as two."""
    if _LATIN_RUN.search(vt, a, b) is None:
        return b - a  # (no run: nothing to count shorter - most spans)
    return (b - a) - sum(len(r.group()) - 2 for r in _LATIN_RUN.finditer(vt, a, b))


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z .'&-]{2,}")


def _relative_head(vt: str, m: NewsMatch, after: list[Actor]) -> Actor | None:
    """The noun a relative clause ending in the trigger and 的 qualifies: the first actor within
    a few characters after 的, past the nouns that qualify it (前议员蔡某; 法官总裁判官某某: past
    the reach too, while each one runs into the next or a title's prefix alone parts them)."""
    near = [x for x in after if x.start - m.end <= 8]
    if not near or _GAP_BREAK.search(vt, m.end + 1, near[0].start):
        return None
    k = 0
    while (
        k + 1 < len(after)
        and (
            k + 1 < len(near)
            or vt[after[k].end : after[k + 1].start] in _STACKED_TITLE_GAPS
        )
        and _modifies(vt, after[k], after[k + 1 : k + 2])
    ):
        k += 1
    return after[k]


# 我拿到了…, 并且我们…: a clause whose subject is the writer (not 我国, 我方, 我院: a body)
_FIRST_PERSON = re.compile(
    r"\s*(?:[并而但又也就还却]|并且|随后|然后|同时|后来)?(?:我们|我|本人)(?![国军方院市省区司局校行])"
)


def _first_person_opens(vt: str, at: int, actors: list[Actor]) -> bool:
    """Does the clause at ``at`` open with the writer (我, 我们) as its subject, a pronoun no
    participant was read for?  No subject told before it carries past it (not right after a
    colon - 某人：我们将… - or inside a quotation - 某人撰文回应“…，本人还将上诉” - where the
    one named before it is the one speaking)."""
    hit = _FIRST_PERSON.match(vt, at)
    if hit is None or _spoken_at(vt, at):
        return False
    return not any(hit.start() <= x.start < hit.end() for x in actors)


def _spoken_at(vt: str, at: int) -> bool:
    """Is the clause at ``at`` right after a colon or inside a quotation (某人：我们将…, 某人
    撰文回应“…，本人还将上诉”) - words the one named before it speaks, whose 我 is that one?"""
    if vt[max(0, at - 3) : at].rstrip().endswith(("：", ":")):
        return True
    lead = vt[max(0, at - _QUOTE_REACH) : at]
    # (“某某与她的朋友们"…: a straight mark may close a curly one)
    return lead.count("“") + lead.count("「") > lead.count("”") + lead.count("」") + lead.count('"')


_QUOTE_REACH = 120  # how far back an opening quotation mark still holds the clause
# 对此我们…, 对热心群众的帮助我们…: a topic phrase (对, 就, 关于) opening the clause, then the
# writer or the speaker as its subject (not 对我们, 向我们: the one addressed; not 我们的: whose)
_TOPIC_THEN_FIRST = re.compile(
    r"\s*(?:对于|对此|对|就此|就|关于)[^，,。；;：:“”\"]{0,20}?(?<![对向给和与跟同])"
    r"(?=(?:我们|我)(?![国军方院市省区司局校行们的]))"
)


def _first_person_subject(vt: str, at: int, t: int, actors: list[Actor]) -> bool:
    """Is the subject of the clause at ``at`` the writer or the speaker (我, 我们) - opening it
    (:func:`_first_person_opens`) or right after a topic phrase opening it before the trigger at
    ``t`` (对此我们深表感谢, 对热心市民的帮助我们表示感谢)?"""
    if _first_person_opens(vt, at, actors):
        return True
    if vt.find("我", at, t) < 0 or _spoken_at(vt, at):
        return False  # (某公司称，“…，对此我们深表歉意”: the one named before speaks, and thanks)
    topic = _TOPIC_THEN_FIRST.match(vt, at, t)
    return topic is not None and not any(
        topic.end() <= x.start < topic.end() + 2 for x in actors
    )


def _speaker(vt: str, said: _Clause, actors: list[Actor]) -> Actor | None:
    """The speaker of a clause ending with a verb of telling (:func:`_said_before`): the last one
    named in it who is not a place (警方在发布会上表示，…, 某局局长王某表示) - nor the object of a
    verb or of 向, 对, 给 (王某起诉李某后称, 家属向记者表示, 接受某报采访时表示), unless no one
    else is named."""
    spoke = [x for x in actors if said.start <= x.start and x.end <= said.end and not x.place]
    subjects = [x for x in spoke if not _object_in_clause(vt, x, said.start)]
    return (subjects or spoke)[-1] if spoke else None


def _object_in_clause(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x`` right after one of ``_ADDRESS_MARKS`` (向, 对, 给) or after a verb (two
    characters, 了 perhaps between) of its clause, which opens at ``floor``?"""
    k = x.start - (x.start > floor and vt[x.start - 1] == "了")
    if k > floor and vt[k - 1] in _ADDRESS_MARKS:
        return True
    return k - floor >= 2 and (_parts_of_speech().get(vt[k - 2 : k]) or "").startswith("v")


def _first_person_words_go_on(vt: str, a: int, t: int) -> bool:
    """Is the sentence at ``a`` a later sentence of words a telling verb and a colon opened
    earlier in its paragraph (某人发微博表示：我们昨天…。…。今天凌晨，我被…), told in the first
    person - a clause before the trigger at ``t`` opens with 我 or 我们 (not 我国, 我院: a body)?
    Unquoted words after a colon run on to the paragraph's end, and the writer of news does not
    say 我: they are still the speaker's, reported.  Only when the words right after the colon,
    in its own sentence, are told in the first person too (a police notice's words, 警方通报称：
    张某已被拘留。, end with their sentence: a later 我们 is another's); not when a quotation mark
    right after the colon closes before the sentence (the words ended there)."""
    if vt.find("我", a, t) < 0:
        return False  # (most sentences: no 我 before the trigger)
    if _FIRST_PERSON_CLAUSE.search(vt[a:t]) is None:
        return False
    lo = vt.rfind("\n", 0, a) + 1
    said = max(_TELLS_COLON.finditer(vt, lo, a), key=lambda x: x.start(), default=None)
    if said is None:  # (the last one in the paragraph before the sentence)
        return False
    end = _SENTENCE_STOP.search(vt, said.end(), a)
    if _FIRST_PERSON.search(vt, said.end(), a if end is None else end.start()) is None:
        return False  # (警方通报称：张某已被拘留。次日，我们…: the words after the colon are not
        # told in the first person - a notice, ended with its sentence, 我市已逮捕… too - the
        # 我 after them is another's)
    opened = vt[said.end() : said.end() + 1] in _QUOTE_OPEN
    return not (opened and _QUOTE_CLOSE.search(vt, said.end(), a) is not None)


def _first_person_account_goes_on(vt: str, a: int, t: int) -> bool:
    """Is the sentence at ``a`` the next one, in the same paragraph, after a sentence whose
    last telling verb and its comma or colon open words told in the first person, unquoted
    (某公司回应称，…，我们掌握的情况是…。该车主此前…)?  Those are the speaker's own words
    with no quotation marks, and they run on into the next sentence: its acts are still the
    speaker's account, reported.  Not when the sentence opens with the narrator resuming
    (news_cues ``narrator_resumes``: 此前, 目前, 随后…) or with a calendar day of its own (5月3日，
    …: a new step of the narration) or with the outlet's reporter (记者随后联系了…: the writer
    tells the reporter's steps), nor when a clause before the trigger at ``t`` resumes it
    (所以…, 随后…: :func:`status.resumed_at`); not after a paragraph break, nor after a 说 of
    the writer's own voice (可以说，我们…)."""
    if a < 2 or vt[a - 1] == "\n" or vt.find("我", max(0, a - _SENTENCE_BACK), a) < 0:
        return False  # (most sentences: no 我 just before them, or a paragraph opens)
    lo = max(vt.rfind(c, max(0, a - _SENTENCE_BACK), a - 1) for c in _SENTENCE_STOPS) + 1
    if lo == 0 and a > _SENTENCE_BACK:
        return False  # (a sentence before longer than the reach: no words to go on with)
    if lo >= a - 1 or vt.find("我", lo, a) < 0:
        return False
    said = max(_TELLS_APART.finditer(vt, lo, a), key=lambda x: x.start(), default=None)
    if said is None or vt[said.end() : said.end() + 1] in _QUOTE_OPEN:
        return False  # (quoted words end at their closing mark: :func:`_speaker_after_quote`)
    if _WRITER_SAYS.search(vt, max(lo, said.start() - _WRITER_SAYS_REACH), said.end()):
        return False  # (可以说，我们…, 也就是说，我们…: the writer's own voice, no one's words)
    end = _SENTENCE_STOP.search(vt, said.end(), a)
    if _FIRST_PERSON_CLAUSE.search(vt[said.end() : a if end is None else end.start()]) is None:
        return False  # (某公司称，当事人曾多次违规。: the writer may tell the next sentence)
    opening = a + len(vt[a:t]) - len(vt[a:t].lstrip())
    if (
        _NARRATOR_OPENS.match(vt, opening)
        or _DAY_OPENS.match(vt, opening)
        or _REPORTER_OPENS.match(vt, opening)
    ):
        return False
    return resumed_at(vt, a, t) is None


_SENTENCE_BACK = 300  # characters back the sentence before is looked for in
# 某人回应称，/表示：: a telling verb, then its words set apart by a comma or a colon
_TELLS_APART = re.compile("(?:" + cue("tells").pattern + r")[，,：:]")
# 可以说，, 也就是说，, 小编说：: a 说 of the writer's own voice (news_cues stance_openers,
# writer_says), ending where the telling and its mark end
_WRITER_SAYS = re.compile(
    "(?:" + cue("stance_openers").pattern + "|" + cue("writer_says").pattern + r")[，,：:]?$"
)
_WRITER_SAYS_REACH = 4  # characters before the verb: 总的来说, 客观地说 (and the verb itself)
_NARRATOR_OPENS = cue("narrator_resumes")  # 此前, 目前, 随后…: the writer's own report again
# 2021年5月3日，…, 5月3日晚，…: a day (and a part of it) opening a step of the narration
_DAY_OPENS = re.compile(_DAY_WRITTEN + r"[^，,。\s]{0,3}[，,\s]")


def _we_of_speaker_after(
    vt: str,
    a: int,
    b: int,
    lo: int | None,
    actors: list[Actor],
    participants: Callable[[int, int], list[Actor]],
) -> list[Actor]:
    """“我们已向警方报案，”甲说。 / “我们已向警方报案，…。”甲介绍说，…: a sentence ``vt[a:b]``
    opening with a quotation told in the first person, whose speaker is named right after the
    quotation closes - before a verb of saying, in the sentence or at the start of the next
    one (from ``lo``, in the same paragraph, when the quotation closes its sentence): the
    quotation's 我们, 我 opening a clause stand for that speaker
    (:func:`.anaphora.speaker_as_subject`) - the last person, company or body named there
    (``participants(lo, verb)`` for the next sentence; not a place, not the one told to - 甲对
    乙说 - not an unnamed 网友, 市民, nor a reporter: a speaker no one can name, or the writer's
    own, is no doer).  ``actors`` unchanged otherwise."""
    close = _QUOTE_CLOSE.search(vt, a + 1, b) if vt.find("我", a, b) >= 0 else None
    if close is None:
        return actors
    if close.end() < len(vt[a:b].rstrip()) + a:  # “…，”甲说。: the speaker in the sentence
        floor = close.end()
        said = _SPEAKER_NAMED_AFTER.match(vt, floor, b)
        told = [x for x in actors if floor <= x.start < said.end(1)] if said is not None else []
    elif lo is not None and vt.find("\n", b, lo) < 0:  # “…。”甲介绍说: in the next one
        floor = lo
        said = _SPEAKER_NAMED_AFTER.match(vt, floor)
        told = participants(floor, said.end(1)) if said is not None else []
    else:
        return actors
    speaker = _last_speaker(vt, told, floor)  # (the one nearest the verb)
    if (
        speaker is None
        or said is None
        or speaker.end > said.end(1)  # (吴芳说 read as one name: no speaker named)
    ):
        return actors
    return _speaker_as_subject(vt, a, close.start(), actors, speaker)


def _we_of_speaker_before(
    vt: str, a: int, b: int, actors: list[Actor], told_before: Callable[[int], list[Actor]]
) -> list[Actor]:
    """甲回应称：“网上的说法不实。我们已向警方报案。”: a sentence ``vt[a:b]`` inside a quotation
    that a verb of telling opened in an earlier sentence of its paragraph (still open at ``a``,
    closing after it): its 我们, 我 opening a clause before the quotation closes stand for that
    teller (:func:`.anaphora.speaker_as_subject`) - the last person, company or body named in
    the clause the opening mark ends, in the sentence holding it (``told_before(mark)``), not
    the one told to (甲告诉乙：“…”) nor one of a clause before (甲介绍，有网友称：“…”: an unnamed
    网友's words).  ``actors`` unchanged otherwise (a quotation with no teller: its 我们 is no
    one named)."""
    j = _told_quote_open(vt, a)
    close = _QUOTE_BREAK.search(vt, a, b + _QUOTE_RUN) if j >= 0 else None
    if close is None or vt[close.start()] not in "”」』":
        return actors
    # the clause ending at the mark (甲介绍，有网友称：“…”: 网友's, not 甲's - 介绍， may read
    # as the verb, 有网友称 as the one told to), not the mark's own colon or comma
    end = j - (j > 0 and vt[j - 1] in "，,：:")
    lo = max(0, end - _QUOTE_RUN)  # (no scan of the whole article before it)
    floor = max(vt.rfind(c, lo, end) + 1 for c in _TELLER_CLAUSE_OPENS) or lo
    told = [x for x in told_before(j) if floor <= x.start and x.end <= end]
    speaker = _last_speaker(vt, told, floor)  # (the one nearest the mark)
    if speaker is None:
        return actors
    return _speaker_as_subject(vt, a, min(b, close.start()), actors, speaker)


def _last_speaker(vt: str, told: list[Actor], floor: int) -> Actor | None:
    """The last of ``told`` (named in the clause from ``floor``) that is no place nor the one
    told to (甲对乙说: 乙), when it is one whose 我们 names a doer (:func:`_speaking`: not an
    earlier one past an unnamed 妻子 or 网友), else None."""
    x = next((x for x in reversed(told) if not x.place and not _told_to(vt, x, floor)), None)
    return x if x is not None and _speaking(x) else None


def _told_to(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x`` the one told to in the clause from ``floor`` (甲对乙说, 甲告诉乙, 甲对一名网友说:
    :func:`_object_in_clause`, or 向, 对, 给 and a count right before it)?"""
    return _object_in_clause(vt, x, floor) or _TOLD_COUNTED.search(
        vt, max(floor, x.start - 4), x.start
    ) is not None


_TOLD_COUNTED = re.compile("[" + "".join(_ADDRESS_MARKS) + "][" + _NUMERALS + "]+[名位个]$")


def _speaking(x: Actor) -> bool:
    """Is ``x`` one whose 我们 names a doer - a person, a company or a body named (not an
    unnamed 网友, 市民, 妻子: no one to name)?"""
    return x.kind in ("PER", "ORG") or x.agent_type in _SPEAKING_BODIES


_QUOTATION_OPENERS = tuple(sorted(_QUOTE_OPEN))  # (str.startswith reads a tuple)
_TELLER_CLAUSE_OPENS = "，,；;。！？!?\n"  # the marks the clause of a verb of telling opens after
# 中国某会常务副会长王某介绍说，…: the speaker (a name, a title) and a verb of saying right after a
# quotation closes, before the first comma (_SPEAKER_AFTER's, the speaker kept)
_SPEAKER_NAMED_AFTER = re.compile(
    r"[，,\s]*([^，,。；;：:！？!?“”\"「」\s]{1,20}?)(?:" + _SPEECH_ENDS + r")道?[，,。：:]"
)
# the kinds of a body that speaks for itself (the state's bodies, a company, a school: 警方, 公司…;
# not 网友, 市民: no one named)
_SPEAKING_BODIES = _AUTHORITY | {"BUS", "EDU"}


# 记者随后联系了…, 本报记者…: the outlet's own reporter, a step the writer tells
_REPORTER_OPENS = re.compile("(?:本[报台网刊])?记者")


# a clause opening with the writer as its subject, anywhere before the trigger in its sentence
_FIRST_PERSON_CLAUSE = re.compile(r"(?:^|[，,；;])" + _FIRST_PERSON.pattern)
_TELLS_COLON = re.compile("(?:" + cue("tells").pattern + r")[：:]")  # 某人发微博表示：


def _clause_person(vt: str, clause: _Clause, actors: list[Actor], company: Actor) -> Actor | None:
    """The person opening ``clause`` before the company read as its subject (某先生站在一辆喷着
    某品牌标语的车顶上维权: the clause's subject carries through its manner and place phrases)."""
    x = next((y for y in actors if clause.start <= y.start and not y.place), None)
    if x is None or x.kind != "PER" or x.end > company.start:
        return None
    return None if _marked(vt, x, clause.start, _OBJECT_MARK + _WITH_MARK) else x


def _protested_company(
    vt: str, clause: _Clause, m: NewsMatch, actors: list[Actor], agent: Actor
) -> Actor | None:
    """The one company named in the protest's clause before its trigger, when a person named
    protests and no one else is named there (某先生站在一辆喷着某品牌标语的车顶上维权: what a
    consumer protests against; not 甲品牌用户和乙品牌用户…维权, where each is the people's)."""
    if agent.kind != "PER":
        return None
    found = {
        x.text: x
        for x in actors
        if clause.start <= x.start and x.end <= m.start and x is not agent and not x.place
    }
    if any(_marked(vt, x, clause.start, _WITH_MARK) for x in found.values()):
        return None  # (甲和某公司的车友一起维权: a partner's)
    (x, *rest) = found.values() if found else (None,)
    return x if x is not None and not rest and _company(x) else None


def _company_people(vt: str, x: Actor) -> Actor:
    """某平台创作者, 某品牌车主: a company and, right after it, a noun of its people
    (``company_people``), read as the subject of a protest — those people, not the company."""
    hit = _COMPANY_PEOPLE.match(vt, x.end)
    if hit is None:
        return x
    text = vt[x.start : hit.end()]
    return replace(
        x, end=hit.end(), text=text, kind="generic", agent_type="CVL", kb_id=None, cameo=None
    )


_COMPANY_PEOPLE = cue("company_people")


# 其中16人, 另有3人: the part of a group a clause opens with, told by its count (not one that
# only says what they are - 其中3人为学生, 是, 系: no act of theirs, the subject before carries)
_SUBSET_OPENS = re.compile("(?:" + _PART_OF_GROUP.pattern + ")(" + _COUNT + "人)(?![为是系])")
# between the group and the clause that parts it (共有26名被告，其中…; 30名被告中，其中…)
_GROUP_TO_PART = re.compile(r"(?:中|当中|之中)?\s*[，,；;]?\s*")


def _subset(vt: str, c: _Clause, actors: list[Actor]) -> Actor | None:
    """共有26名被告，其中16人已认罪，被判监禁…: the part of a group (其中 and a count of people)
    the clause ``c`` opens with - the subject a later clause without one carries, not the whole
    group told before it; of the kind and the country of the group, when the last of
    ``actors`` before the clause ends right before it and is a kind of people (not 香港警方拘捕
    了30人，其中18人…: the police, another than the 30 no actor was read for; nor a body)."""
    hit = _SUBSET_OPENS.match(vt, c.start, c.end)
    if hit is None:
        return None
    group = next((x for x in reversed(actors) if x.end <= c.start and not x.place), None)
    if group is not None and (
        group.agent_type not in PEOPLE_KINDS
        or _GROUP_TO_PART.fullmatch(vt, group.end, c.start) is None
    ):
        group = None
    kind = group.agent_type if group is not None else None
    return Actor(
        hit.start(1), hit.end(1), hit.group(1), "NP",
        country=group.country if group is not None and kind else None, agent_type=kind,
    )  # fmt: skip


_LOCATIVE = re.compile("(?:" + cue("locative_marks").pattern + ")$")
_LOCATIVE_NOT = re.compile("(?:" + cue("locative_not").pattern + ")$")


def _located_at(vt: str, at: int) -> bool:
    """Does a locative mark (``locative_marks``: 在, 于) stand right before ``at`` - the place
    named there is where (又在某市多区涉及…), no subject; not the 在 of 现在, 正在 nor the 于 of
    由于, 对于 (``locative_not``)?"""
    return (
        _LOCATIVE.search(vt, max(0, at - 1), at) is not None
        and _LOCATIVE_NOT.search(vt, max(0, at - 2), at) is None
    )


def _topic(
    vt: str,
    earlier: list[_Clause],
    actors: list[Actor],
    doer: bool = True,
    passive_agents: bool = False,
) -> Actor | None:
    """The subject a clause without one takes: the first actor opening an earlier clause (for a
    ``doer``, not the object of a clause that opens with its verb; not the agent of a passive
    unless ``passive_agents``)."""
    object_first: Actor | None = None  # the first actor of a clause that opens with its verb
    for c in reversed(earlier):
        if _AS_SAID.search(vt, c.start, c.end):
            break  # 正如特朗普所说，…: the speaker is not the subject of what was said
        if _first_person_opens(vt, c.start, actors):
            break  # 法院驳回了…，我拿到了卷宗，并要求…: the writer is the subject from there on
        if (part := _subset(vt, c, actors)) is not None:
            return part  # 其中16人已认罪，被判…: the part of the group, not the group
        inside = [
            x
            for x in actors
            if c.start <= x.start < c.end
            and not x.place
            and (passive_agents or vt[x.start - 1 : x.start] not in _BY)
        ]  # (被警方逮捕，…受审: the agent of a passive is not the one the sentence is about)
        if not inside:
            continue  # (no one to take: each test below, all pure, only skips this clause or
            # reads its ones - none - so it goes on to the clause before, as they would)
        if _CAUSE_CLAUSE.match(vt, c.start):
            continue  # 由于主审法官临时生病，庭审延期: the cause's subject is not the main clause's
        if _ADJUNCT_CLAUSE.match(vt, c.start) or _FRAME_CLAUSE.fullmatch(vt, c.start, c.end):
            continue  # 凭借某人的进球，…; 在与某队的比赛中，…: an adjunct, no subject of its own
        if _opens_with_partner(vt, c, actors):
            continue  # X，与A、B等人…: A and B are X's partners, X the subject
        # (向法院提交诉状，起诉X: the one a clause addresses is not the next clause's subject;
        # 前往警署报到时，被警方…: nor where one goes)
        # (对被告人杨某…判处…；对被告人孔某…: the mark carries over to the name the noun it
        # marks qualifies — the one sentenced before is no subject of the next clause; 向甲和乙
        # 致敬，感谢…: and to the names joined after it)
        marked: set[int] = set()
        for k, x in enumerate(inside):
            if _marked(vt, x, c.start, _OBJECT_MARK):
                run = _qualified_run(vt, inside, k)
                for z in _coordinated(vt, run[-1], inside):
                    if z.start > x.start:
                        run += _qualified_run(vt, inside, inside.index(z))
                marked.update(id(y) for y in run)
        inside = [
            x
            for x in inside
            if id(x) not in marked
            and not _TRAVEL.search(vt, max(c.start, x.start - 3), x.start)
            and not _MOTION_TO.search(vt, max(c.start, x.start - 2), x.start)
            and not _issues_warrant(vt, x)  # (持法庭手令搜查，并拘捕…: not the court)
            and not (x.kind == "GPE" and _located_at(vt, x.start))
            and not _in_request_frame(vt, x, c.start)  # (法院根据检方的申请，…: the court)
        ]
        if doer and inside and _causee_opens(vt, c.start, inside[0]):
            # 拒不退款，让用户投诉无门，反而起诉用户: the one a causative clause makes feel or do
            # something is no doer of a later clause; the subject told before it goes on
            object_first = object_first or inside[0]
            continue
        # (回忆了与前妻相识的日子，又…: the partner 与 marks in a clause that opens with its
        # verb is no one's subject — the clause's own is told before it)
        partnered = bool(inside) and vt[inside[0].start - 1 : inside[0].start] in _WITH_MARK
        # (whether the clause opens with its verb counts only for a doer or such a partner: read
        # only then - it is the same pure test, read after the causee's)
        skip = (doer or partnered) and _opens_with_verb(vt, c.start, actors, inside)
        qualified = False  # (a relative clause passed: its verb opens the clause, no other)
        for k, x in enumerate(inside):
            if (
                x.start - c.start > _TOPIC_REACH
                and k == 0
                and not _HEADED.search(vt, c.start, x.start)
            ):
                break
            if _in_relative_clause(vt, x, inside[k + 1 :], c.start, c.end):
                qualified = True  # (起诉某公司获赔的车主，…: the verb is the relative clause's)
                continue  # 在某品牌展台闹事的男子李某…: the man the clause qualifies, not the brand
            if doer and _in_time_frame(vt, x, c.start, c.end):
                continue  # 两个人在生了儿子之后，便…: the son is the earlier act's, not a subject
            if not _modifies(vt, x, inside[k + 1 :]):
                if vt.startswith("的", x.end) and _ends_with_verb(vt[c.start : x.start]):
                    break  # 王芳支持李强的生意，并生下…: the object's possessor is no subject
                # (又上车数次撞伤张某，…: a verb right before the first actor takes it as its
                # object — for a doer, no subject; not a verb of telling, 表示王某…, nor one
                # whose object does what follows, 导致王某受伤)
                # (中国组合王某/李某: a word right after a modifier names the kind, no verb)
                # (撞倒前妻某某: the verb takes the title and the name written right after it)
                taken = doer and (
                    (
                        _verb_object(vt[c.start : x.start])
                        and not any(y.end == x.start - 2 for y in inside[:k])
                    )
                    or (
                        k > 0
                        and all(inside[j].end == inside[j + 1].start for j in range(k))
                        and _verb_object(vt[c.start : inside[0].start])
                    )
                )
                if (not skip or qualified) and not taken:
                    return x
                # 撤销前任州长…的禁令，并要求…: the clause's own subject is told before it
                # (署理首席法官某某…: unless none is)
                object_first = object_first or x
                break
    return object_first


def _opens_with_verb(vt: str, start: int, actors: list[Actor], inside: list[Actor]) -> bool:
    """Does the clause at ``start`` open with its verb, past a place adjunct, before its first
    actor ``inside[0]`` (:func:`_verb_first`) - a clause whose first actor is an object?"""
    return bool(inside) and _verb_first(
        vt, _past_place_adjunct(vt, start, actors), inside[0].start
    )


def _coerced_in(vt: str, x: Actor | None, earlier: list[_Clause], m: NewsMatch) -> int | None:
    """The index of the clause of ``earlier`` in which ``x`` is done the act of ``m`` (one of
    its words written before ``x`` in that clause: 判处被告人甲…), or None."""
    if x is None:
        return None
    for k, c in enumerate(earlier):
        if c.start <= x.start < c.end:
            if any(0 <= vt.find(w, c.start, x.start) for w in m.entry.words):
                return k
            return None
    return None


_CAUSATIVE_MARKS = frozenset(cue_words("causative_marks"))
_CAUSEE_GAP = 4  # 让多名车主: a count or a determiner between the mark and the one caused


def _causee_opens(vt: str, start: int, x: Actor) -> bool:
    """Does the clause at ``start`` open, past a conjunction or an adverb, with a causative
    mark (让, 使, 令: news_cues causative_marks) and ``x`` right after it (让买家联系不上…,
    使多名用户不满) - ``x`` the one caused, the mark's object?"""
    lead = _CLAUSE_LEAD.match(vt, start)
    k = lead.end() if lead else start
    return (
        vt[k : k + 1] in _CAUSATIVE_MARKS
        and 0 <= x.start - k - 1 <= _CAUSEE_GAP
        and not _CLAUSE_BREAK.search(vt, k, x.start)
    )


# 在(其)某平台上, 于某报, 向某公司: after a ruling's verb, where the one ruled against must act
# (post an apology, publish a notice) or toward whom (apologise to, pay); not the end of a
# word (对于, 关于, 由于, 属于, 存在, 现在…: 判决由于某人违约… - the one ruled on)
_RULING_BYSTANDER = re.compile(
    r"(?:(?:(?<![对关由属位等至])于|(?<![存现正所实])在)(?:其|他的|她的|自己的|本人的?)?|向)$"
)


def _ruling_bystander(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x``, named after a ruling's verb ending at ``floor``, the place or medium of what
    the ruling orders (法院判令某博主在其抖音账号上刊登致歉信: the platform) or the one it is to
    be done toward (向某公司致歉: the winner) - no one the ruling is against?"""
    return _RULING_BYSTANDER.search(vt, max(floor, x.start - 6), x.start) is not None


def _noun_then_conjunct(vt: str, m: NewsMatch) -> bool:
    """Is the trigger a noun (婚礼, 葬礼) that a coordinator right after it joins to another
    noun phrase (婚礼和女儿的满月宴)?  The ones named in that phrase are its, not the
    trigger's: a noun's participants stand before it (甲和乙的婚礼, 甲乙举行婚礼).  (Asked
    only of a trigger taking no object: 生下和某某的孩子 is a verb the dictionary tags n.)"""
    if not vt.startswith(("和", "与", "及", "以及"), m.end) or vt.startswith("及其", m.end):
        return False
    return (_parts_of_speech().get(vt[m.start : m.end]) or "").startswith("n")


def _in_relative_clause(vt: str, x: Actor, rest: list[Actor], start: int, end: int) -> bool:
    """Does ``x`` stand inside a relative clause qualifying a person named after it in its
    clause (:func:`_relative_clause_head`)?"""
    return _relative_clause_head(vt, x, rest, start, end) is not None


def _relative_clause_head(
    vt: str, x: Actor, rest: list[Actor], start: int, end: int
) -> Actor | None:
    """The person a relative clause ``x`` stands in qualifies, named after it in its clause
    (某品牌展台前抗议的车主李某, 被某人打伤的男子): a verb between ``x`` and the 的 that
    closes the clause, no other participant nor break there, and the person right after the
    的 (a count or a few words of kind between); else None.  The head noun is the
    participant; what the clause mentions only qualifies it.  Not when ``x`` opens its
    clause (张三打伤邻家的男子李某: the subject of a verb whose object the 的 phrase is): a
    relative clause opens with a verb, a preposition or a passive mark before it."""
    if not rest:
        return None
    # (the 的 first, the opening's verb after: both must be there, and neither test acts)
    de = vt.find("的", x.end, min(end, x.end + _RELATIVE_REACH))
    if de <= x.end or rest[0].start <= de:
        return None  # (某药企的律师: a possessive right after it, the title rule's)
    opening = vt[start : x.start]
    if not (any(c in opening for c in _RELATIVE_OPENERS) or _a_verb(opening)):
        return None
    # (起诉某公司获赔的一位姓王的车主: a count and 姓X的 introduce the head, no clause; the
    # surname is no participant, though a country form may be read in it: 姓韩的)
    lead = _SURNAMED.match(vt, de + 1, min(end, de + 1 + _RELATIVE_REACH))
    at = lead.end() if lead is not None else de + 1
    head = (
        rest[0]
        if lead is None
        else next((y for y in rest if y.start >= at or lead.start() <= y.start < at < y.end), None)
    )  # (姓王的车主: the head read with its description, the whole its name)
    if head is None:
        return None
    if (
        head.start - at > _RELATIVE_HEAD_GAP
        or not _person_or_people(head)
        or _CLAUSE_END.search(vt, x.end, head.start)
        or _NP_BAD.search(vt, at, head.start)
    ):
        return None
    gap = vt[x.end : de]
    if _a_verb(gap) or _packaged_lexicon().has_match(gap):
        return head
    # (获赔: a verb the tagger knows only as its two one-character verbs, 获|赔)
    words = list(_word_spans(vt, x.end, de))
    return head if words and all(t.startswith("v") for _, _, t in words) else None


_RELATIVE_OPENERS = "在于被遭从到"
# 一位姓王的, 一名姓李的: a count and the surname a person is introduced by, before the noun
_SURNAMED = re.compile(r"(?:[一两二三四五六七八九十几]+[名位个])?姓[\u4e00-\u9fff]的")
# 在生了儿子之后, 在法院宣判以后: a frame of time around an act of its own (not 在背后, 在门前:
# two characters at least, and 前 only as 之前/以前)
_TIME_FRAME = re.compile(
    r"在[^，,；;：:。！？!?在]{2,30}?(?:之后|以后|后(?![门面方院台山街])|之前|以前)"
)


_PAIR_OPENS = cue("pair_people")


def _pair_opening(vt: str, clauses: list[_Clause]) -> Actor | None:
    """A pair word no one was read for opening the clause (两个人在生了儿子之后，便举办了婚礼):
    the pair is the subject the clauses after share."""
    for c in clauses:
        p = _PAIR_OPENS.match(vt, c.start)
        if p is not None:
            return Actor(p.start(), p.end(), p.group(), "NP")
    return None


def _in_time_frame(vt: str, x: Actor, start: int, end: int) -> bool:
    """Does ``x`` stand inside a 在…之后/以前 frame of time that closes by ``end``, past its
    opening?  What the frame's verb takes (生了儿子) is that act's, not the one after's; the
    frame's own subject (在某人获释后，即…) may still be the subject after it."""
    for f in _TIME_FRAME.finditer(vt, start, end):
        if f.start() + 1 < x.start and x.end <= f.end():
            return True
    return False

_RELATIVE_HEAD_GAP = 4  # …的一位(女)车主: a count or a kind between the 的 and its head


# an authority written as a body, not as one of its people (警方, 公安局, 法院, 政府, 当局)
_BODY_WORD = cue("body_ends")


def _without_copula_kin(vt: str, actors: list[Actor]) -> list[Actor]:
    """``actors`` less a kind of people that is the predicate of a copula whose subject is a
    person named before it (甲是乙的前女友, 甲是该店的店员: 前女友 and 店员 are 甲)."""
    out: list[Actor] = []
    for k, x in enumerate(actors):
        if x.kind == "generic" and x.agent_type == "CVL" and k >= 1:
            for j in range(k - 1, max(-1, k - 3), -1):
                y = actors[j]
                if y.kind == "PER" and _COPULA_OF.fullmatch(vt, y.end, x.start):
                    break
            else:
                if not _became(vt, x, actors[:k]):
                    out.append(x)
                continue
            continue  # (the person named before it stands for it)
        if x.kind == "generic" and x.agent_type in ("CVL", "CRM") and _became(vt, x, actors[:k]):
            continue
        out.append(x)
    return out


_COPULA_OF = re.compile(r"是[^，。；：！？是]{1,12}的")
# 王某被捕，成为第三名…的嫌犯: a clause opening with a copula whose predicate ends in 的 and the
# kind of people; its subject is the one named before it
_BECAME = re.compile(r"[，,](?:[并也又还更则]{0,2})(?:成为|成了|是)[^，。；：！？]{1,30}的$")


def _became(vt: str, x: Actor, before: list[Actor]) -> bool:
    """Is the kind of people ``x`` the predicate of a copula opening a later clause (…，成为该案
    第三名落网的嫌犯) whose subject is a person named before it in the sentence, with no other
    participant between that person and the copula?  Then the person stands for it."""
    hit = _BECAME.search(vt, max(0, x.start - 40), x.start)
    if hit is None:
        return False
    if "。" in vt[max(0, hit.start() - 60) : hit.start()]:
        lo = vt.rfind("。", 0, hit.start()) + 1
    else:
        lo = max(0, hit.start() - 60)
    prior = [y for y in before if lo <= y.start and y.end <= hit.start() and not y.place]
    return bool(prior) and prior[-1].kind == "PER"


_OWNED_TITLE = re.compile(  # (the same 及其 as _COORDINATED_OWNER, then a title)
    _COORDINATED_OWNER.pattern + "(" + "|".join(sorted(_TITLE_WORDS, key=len, reverse=True)) + ")"
)
# (not 的: 及其律师的助手 — the title owns the noun after it, no participant)
_AFTER_OWNED_TITLE = frozenset("、和及与跟同等被将在已也均都")


# 等机构, 等公司: the kind of body a list closed by 等 names (news_cues listed_kinds)
_LISTED_KIND = re.compile("等(?:" + cue("listed_kinds").pattern + ")")
# the next item of a list: a coordinator and a run of name characters up to the next mark
_LIST_ITEM = re.compile(r"[、和及]([^\W\d_、，,。；：！？“”（）()和及等与的是在被将把对向]{2,8})")


def _listed_bodies(vt: str, a: int, b: int, actors: list[Actor]) -> list[Actor]:
    """由某集团、某某科达等机构参与: the items after an organisation that a list closed by 等
    and a kind of body (news_cues listed_kinds: 机构, 公司, 企业…) goes on with are bodies of
    that kind too, though no recogniser read them - each a participant (ORG)."""
    out: list[Actor] = []
    for x in actors:
        if not (x.kind == "ORG" or _company(x)) or not a <= x.end < b or vt[x.end] not in "、和及":
            continue
        items: list[tuple[int, int]] = []
        k = x.end
        while (item := _LIST_ITEM.match(vt, k, b)) is not None:
            items.append(item.span(1))
            k = item.end()
        if not items or _LISTED_KIND.match(vt, k, b) is None:
            continue
        for s, e in items:
            if not any(y.start < e and s < y.end for y in (*actors, *out)):
                out.append(Actor(s, e, vt[s:e], "ORG"))
    return out


def _owned_titles(vt: str, a: int, b: int, taken: bytearray) -> list[Actor]:
    """某物业及其总经理, 王某与其律师: a title right after a coordinator and 其 (the one joined
    before it) names a person of its own, when no name follows it."""
    out: list[Actor] = []
    for hit in _OWNED_TITLE.finditer(vt, a, b):
        s, e = hit.span(1)
        if any(taken[s:e]) or (e < b and taken[e]):
            continue  # (及其副总裁王某: the title qualifies the name after it)
        if e < b and "\u4e00" <= vt[e] <= "\u9fff" and vt[e] not in _AFTER_OWNED_TITLE:
            continue  # (及其律师团队: the title opens a longer noun)
        out.append(Actor(s, e, vt[s:e], "NP"))
    return out


# 等20人, 等多名嫌疑人 closing the clause: the names before it head a counted group (a quoted
# name too: “某某哥”等5名嫌疑人)
_GROUP_AFTER = re.compile(r"等[^，。；：、]{0,12}$")
_GROUP_GAP = re.compile(r"[”」』\"]?等(?:[0-9０-９一二三四五六七八九十百两几数多余]+[名位个人]?)?")


def _group_head(vt: str, xs: list[Actor]) -> Actor:
    """The last of ``xs`` — or the one named before it when it is the kind of people a group
    headed by that name is counted as (周某某等6名被告: 周某某, not 被告)."""
    x = xs[-1]
    if len(xs) > 1 and x.kind == "generic" and xs[-2].kind in ("PER", "ORG"):
        if _GROUP_GAP.fullmatch(vt, xs[-2].end, x.start):
            return xs[-2]
    return x


# 被告包括…, 两人分别为…, 死者是…: a kind of people, then the list of who they are
_LIST_OPENS = re.compile(r"\s*(?:包括|分别为|分别是|名单为|为|是|：|:)\s*")


def _listed_names(
    vt: str, x: Actor, actors: list[Actor], places: Sequence[Actor]
) -> list[Actor]:
    """The people a kind of people ``x`` is spelled out as, right after it (7名被告包括甲、乙
    及丙; 两名死者分别为甲和乙): the name right after the listing word and the names joined to
    it; [] when no name follows so."""
    if x.kind != "generic" or x.agent_type not in PEOPLE_KINDS:
        return _apposed_names(vt, x, actors, places) if x.kind == "NP" else []
    opens = _LIST_OPENS.match(vt, x.end)
    if opens is None:
        return _apposed_names(vt, x, actors, places)
    return _names_at(vt, opens.end(), actors, places)


def _names_at(vt: str, at: int, actors: list[Actor], places: Sequence[Actor]) -> list[Actor]:
    """The person named right at ``at`` and the people joined to them (甲、乙及丙); [] when no
    person's name starts there."""
    first = next((y for y in actors if y.start == at), None)
    if first is None or first.kind != "PER":
        return []
    rest = [y for y in actors if y.start >= first.start and not y.place]
    return [first, *(y for y in _coordinated(vt, first, rest, places) if y.kind == "PER")]


# 两位选手，甲和乙: a count right before the kind of people the names after a comma spell out
# (名/位 count people only; 个 counts anything, so only a known kind of people after it)
_COUNTED_KIND_AT = re.compile(_COUNT + r"(?:名|位|(个))$")


def _apposed_names(
    vt: str, x: Actor, actors: list[Actor], places: Sequence[Actor]
) -> list[Actor]:
    """感谢两位选手，甲和乙带来…: the names a counted kind of people ``x`` is spelled out as after
    a comma - two or more joined by 和/、/及 and not owning what follows (甲和乙的家属: theirs);
    [] otherwise."""
    count = _COUNTED_KIND_AT.search(vt, max(0, x.start - 6), x.start)
    if vt[x.end : x.end + 1] not in ("，", ",") or count is None:
        return []
    if x.agent_type not in PEOPLE_KINDS and (x.kind != "NP" or count.group(1) is not None):
        return []
    named = _names_at(vt, x.end + 1, actors, places)
    if len(named) < 2 or vt[named[-1].end : named[-1].end + 1] == "的":
        return []
    return named


def _qualified_run(vt: str, inside: list[Actor], k: int) -> list[Actor]:
    """``inside[k]`` and the actors after it each qualifies in turn (被告人杨某, 其妻子李某)."""
    run = [inside[k]]
    while k + 1 < len(inside) and _modifies(vt, inside[k], inside[k + 1 : k + 2]):
        k += 1
        run.append(inside[k])
    return run


def _partners(vt: str, earlier: list[_Clause], actors: list[Actor], topic: Actor) -> list[Actor]:
    """The participants a clause after ``topic``'s own opens with 与/和/跟/同 (王某，与李某、
    赵某等人涉及…): they join the topic in what the subjectless clauses after them tell."""
    out: list[Actor] = []
    places = [x for x in actors if x.place]
    for c in earlier:
        if c.end <= topic.start or not _opens_with_partner(vt, c, actors):
            continue
        inside = [x for x in actors if c.start <= x.start < c.end and not x.place]
        out.append(inside[0])
        out.extend(x for x in _coordinated(vt, inside[0], inside, places) if x.kind == "PER")
    return [x for x in out if x is not topic]


def _titled_before(
    vt: str, clauses: list[_Clause], actors: list[Actor], agent: Actor
) -> list[Actor]:
    """The persons told in the clauses right before the last of ``clauses`` each as a title
    and a name and nothing else (市委书记甲，市委副书记、市长乙，…), when that clause opens with
    ``agent`` so told (…，副书记丙在某地会见…): one list of the subjects, cut by commas."""
    if not _only_titled(vt, clauses[-1].start, agent):
        return []
    out: list[Actor] = []
    for c in reversed(clauses[:-1]):
        x = next((y for y in actors if y.end == c.end and y.kind == "PER" and not y.place), None)
        if x is None or x.start < c.start or not _only_titled(vt, c.start, x):
            break
        out.insert(0, x)
    return out


# what no title before a name holds: a clause's punctuation or function words (the title of
# several offices is joined by 、: 市委副书记、市长)
_NOT_TITLE = re.compile(r"[\s，。；：:“”的了着过被把将对向从到让使是在于所不没因和与及并]")
_TITLE_MAX = 16


def _only_titled(vt: str, start: int, x: Actor) -> bool:
    """Is ``vt[start:x.start]`` a person's title and nothing else (市委副书记、市长)?"""
    return (
        0 < x.start - start <= _TITLE_MAX
        and vt.endswith(_TITLE_WORDS, start, x.start)
        and _NOT_TITLE.search(vt, start, x.start) is None
    )


def _told_with(
    vt: str,
    earlier: list[_Clause],
    actors: list[Actor],
    topic: Actor,
    have: list[Actor],
    listed: bool = False,
) -> list[Actor]:
    """The participants joined to ``topic`` in its own earlier clause (A、B、C等9人涉及…，被控…:
    B and C are charged too), not in ``have``.  ``listed``: the trigger's clause is a passive,
    which befalls the whole list (A与两个儿子共10人，…被拘捕: 与 joins them, and the total
    closing the list is one more of them)."""
    out = _joined_in_home(vt, earlier, actors, topic, have, listed)
    if listed and not out and earlier:
        # (某人涉案押后审理 某人与两个儿子…被拘捕: a headline run into the body names the topic
        # first; the list the passive befalls is the one a later mention of it heads)
        for x in reversed(actors):
            if x.text == topic.text and topic.start < x.start and x.end <= earlier[-1].end:
                out = _joined_in_home(vt, earlier, actors, x, have, listed)
                if out:
                    return out
    return out


def _joined_in_home(
    vt: str,
    earlier: list[_Clause],
    actors: list[Actor],
    topic: Actor,
    have: list[Actor],
    listed: bool,
) -> list[Actor]:
    """The participants joined to ``topic`` in its own clause of ``earlier``, not in ``have``;
    ``listed``: and the total closing the list (:func:`_told_with`)."""
    home = next((c for c in earlier if c.start <= topic.start < c.end), None)
    if home is None:
        return []
    inside = [x for x in actors if home.start <= x.start < home.end and not x.place]
    places = [x for x in actors if x.place]
    out = [
        x
        for x in _coordinated(vt, topic, inside, places, listed=listed)
        if x not in have and x is not topic and x.text != topic.text
    ]
    if listed and out:
        hit = _LIST_TOTAL.match(vt, max(x.end for x in (topic, *out)), home.end)
        if hit is not None:
            out.append(Actor(hit.start(1), hit.end(1), hit.group(1), "NP"))
    return out


def _passive_in(vt: str, clause: _Clause, m: NewsMatch) -> bool:
    """Is the trigger ``m`` a passive in its clause (被警方拘捕, 被捕)?"""
    return _PASSIVE.search(vt, clause.start, m.end) is not None


def _opens_with_partner(vt: str, c: _Clause, actors: list[Actor]) -> bool:
    """Does clause ``c`` open with 与/和/跟/同 (after 并, 还…, or the reflexive 自己 standing for
    the subject told before) and a person right after it (与李某、赵某…, 并与某省李女士…,
    自己和妻子李某…)?"""
    mark = _WITH_OPEN.match(vt, c.start)
    if mark is None:
        return False  # (most clauses: no list of the places read)
    places = [x for x in actors if x.place]
    return any(
        _phrase_start(x, places) == mark.end() and x.kind == "PER" and not x.place
        for x in actors
    )


# (自己和乙…: the subject told before, named by its reflexive, and a partner - 某人称，自己和
# 妻子都成为了被告)
_WITH_OPEN = re.compile(r"[并而又还也且]?(?:自己)?(?:与|和|跟|同)")


_ERRED = cue("erred_words")  # 犯错, 有误: a decision found wrong
# 遭/遭到/受到 and who does it before the trigger (not 遭遇: a verb; no clause or passive between)
_SUFFERED = re.compile(r"(?:遭到|遭受|受到|遭)(?!遇)[^，,。；;：:！？!?被遭]{0,12}$")


def _suffered_act(vt: str, start: int, m: NewsMatch, role: str | None) -> bool:
    """Is the trigger an act done of one's own will (游行组织: no object) that the one before
    遭/受到 suffers (某公司遭业主上门抗议, 市政府遭到居民请愿): the one it is done against,
    not its doer?"""
    return (
        _doer_subject(role)
        and _SUFFERED.search(vt, max(start, m.start - 14), m.start) is not None
    )


def _doer_subject(role: str | None) -> bool:
    """Is the subject of this role one who acts on others by their own will (原告, source) —
    not one acted on (被拘捕者), nor an authority whose subject stands in for its object
    (判处X…，并处罚金: X is fined)?"""
    return not _acted_on(role) and role not in _AUTHORITY_ROLES


_CHAINED = re.compile(r"(?:并且|并|同时|随后|随即|还|又|也)")
_CAUSE_CLAUSE = re.compile(r"(?:由于|因为)")
# a clause that is only a means, a frame or the ones helping: 凭借X的进球, 在与X的比赛中,
# 会同X (the subject told before acts with X), 在X的协助下
_ADJUNCT_CLAUSE = cue("adjunct_opens")
_FRAME_CLAUSE = re.compile(r"(?:在|于)[^，。；]*(?:中|上|下|里|内|期间|时|之际|之后|之前)")
_BY = frozenset({"被", "遭"})
# 法院根据检方的申请，将…; 警方应受害人家属的要求，…: one whose application, request or report
# (news_cues request_frame_nouns) a frame opener (request_frame_opens: 根据, 应, 受…) brings in
# is what the act answers, not its doer - the clause's subject is (not 受某公司委托，律师起诉…:
# the one who entrusts is the party the agent acts for - no noun of the list).  The noun
# follows 的 (根据检方的申请), or the opener, the one and the noun stand together (应原告请求,
# 根据群众举报): 受害人王某要求…, 受伤的王某决定起诉…, 依然在逃的王某决定… - a verb after
# its subject, no frame; 依法, 应该 and their like open none
_REQUEST_FRAME_NOUNS = cue("request_frame_nouns").pattern
_REQUEST_FRAME_NOUN = re.compile(r"[^，,。；;：:、“”\"的]{0,4}?的(?:" + _REQUEST_FRAME_NOUNS + ")")
_REQUEST_FRAME_BARE_NOUN = re.compile("(?:" + _REQUEST_FRAME_NOUNS + ")")
# (news_cues request_frame_not_opens: 依法, 应该, 应当, 依然, 受邀… - no opener)
_REQUEST_FRAME_OPEN = re.compile(
    "(?!"
    + cue("request_frame_not_opens").pattern
    + ")(?:"
    + cue("request_frame_opens").pattern
    + r")[^，,。；;：:、“”\"]{0,6}$"
)
_REQUEST_FRAME_BARE_OPEN = re.compile("(?:" + cue("request_frame_opens").pattern + ")$")
_REQUEST_FRAME_REACH = 8  # (the opener and what qualifies the one it brings in: 根据当地一名)


def _in_request_frame(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x`` the one whose application, request or report a frame phrase opened after
    ``floor`` names (根据检方的申请, 应原告请求, 根据群众举报) - no subject of its clause?"""
    lo = max(floor, x.start - _REQUEST_FRAME_REACH)
    if _REQUEST_FRAME_NOUN.match(vt, x.end) is not None:
        return _REQUEST_FRAME_OPEN.search(vt, lo, x.start) is not None
    return (
        _REQUEST_FRAME_BARE_NOUN.match(vt, x.end) is not None
        and _REQUEST_FRAME_BARE_OPEN.search(vt, lo, x.start) is not None
    )


_CLAUSE_LEAD = re.compile(r"[并而又还也再且就即便则]+")


# 数次碾压王某: a verb of running down (news_cues run_down) takes the one after it as its object
_RUNS_DOWN = tuple(w for w in cue_words("run_down") if not w.startswith("被"))
_ATTACK = "灾害/意外-袭击"
# (甲试图制止肇事者，被撞伤: one who subdues another and is hurt, in an attack or a crash)
_SUBDUED_HURT = frozenset({_ATTACK, "灾害/意外-车祸"})
_PARTNER_TITLES = tuple(cue_words("partner_titles"))
_FORMER_TITLES = tuple(w for w in _PARTNER_TITLES if w.startswith("前"))  # (前妻, 前男友)


def _partner_titled(vt: str, x: Actor, floor: int) -> bool:
    """Is ``x`` brought in by 与/和/跟/同 and a spouse's or a lover's title (与前妻乙, 和女友乙:
    news_cues partner_titles)?"""
    at = _with_title(vt, x, floor)
    return at is not None and vt[at + 1 : x.start].endswith(_PARTNER_TITLES)


@lru_cache(maxsize=8192)  # asked of the same gaps by several rules of an article
def _verb_object(gap: str) -> bool:
    """Does ``gap``, the words of a clause before an actor, end with a verb taking the actor as
    its object (又数次撞伤王某)?  Not a verb of telling (表示王某…), nor one whose object does
    what follows (导致王某受伤: news_cues pivot_verbs); not a noun the parts of speech misread as
    a verb — a kind of people or a title standing before a name (选手王某)."""
    return (
        (_ends_with_verb(gap) or gap.endswith(_RUNS_DOWN) or _ends_with_act(gap))
        and gap[-2:] not in _PIVOT_VERBS
        and not _TELLS.search(gap[-2:])
        and generic_head(gap) is None
        and not gap.endswith(_TITLE_WORDS)
    )


def _ends_with_act(gap: str) -> bool:
    """Does ``gap`` end with the word of an act that takes an object (持刀捅伤, 以4-2力克: words
    the parts of speech do not know or read as nouns) — a verb all the same?"""
    return _tail_ends_with_act(gap[-6:])


@lru_cache(maxsize=8192)  # (the lexicon's whole match, segmentation included, per tail)
def _tail_ends_with_act(tail: str) -> bool:
    """:func:`_ends_with_act` of the last six characters of a gap."""
    return any(
        h.end == len(tail) and h.end - h.start >= 2 and h.entry.object is not None
        for h in _packaged_lexicon().match(tail)
    )


def _past_place_adjunct(vt: str, start: int, actors: list[Actor]) -> int:
    """Where a clause's own words begin past a place adjunct opening it: 在/于 and the places
    right after it, joined (在东湖路和江汉路路口), with a short aside after them (在某广场（事发
    地点）驾车…) — the clause then opens with the verb after the adjunct.  ``start`` itself
    when the clause opens with no 在/于 and a place."""
    if vt[start : start + 1] not in ("在", "于"):
        return start
    k = start + 1
    for x in sorted((x for x in actors if x.place and x.start >= k), key=lambda x: x.start):
        if x.start != k and not _COORDINATOR.match(vt[k : x.start]):
            break
        k = x.end
    if k == start + 1:
        return start
    aside = _ASIDE.match(vt, k)
    return aside.end() if aside else k


def _verb_first(vt: str, start: int, end: int) -> bool:
    """Does ``vt[start:end]`` open with a verb (撤销前总统…), past a conjunction or adverb — a
    clause whose first actor is an object?  Not a verb of telling (据悉, 表示: what follows is
    told)."""
    lead = _CLAUSE_LEAD.match(vt, start, end)
    k = lead.end() if lead else start
    pos_of = _parts_of_speech()
    # (随后下车…, 当即赶到…: an adverb or a conjunction of two characters — 随后, 随即, 当即,
    # 然后, 接着 — opens the clause before its verb, as a one-character one does)
    for _ in range(2):
        if k + 2 < end and (pos_of.get(vt[k : k + 2]) or "")[:1] in ("d", "c"):
            k += 2
    word = vt[k : k + 2]
    if len(word) < 2 or k + 2 > end or _TELLS.match(vt, k) or word == "据悉":
        return False
    if word in _PIVOT_VERBS:
        return False  # 致使王某受伤，…: the one it names does what follows
    longer = pos_of.get(vt[k : k + 3]) if k + 3 <= end else None
    if longer is not None and not longer.startswith("v"):
        return False  # 上诉人: a noun the verb opens
    return pos_of.get(word) == "v"


def _date(
    vt: str,
    clause: _Clause,
    clauses: list[_Clause],
    m: NewsMatch,
    times: list[TimeRef],
    acts: Sequence[NewsMatch] = (),
) -> TimeRef | None:
    """The time expression that dates the trigger ``m``: the last one before it in its clause, one
    after it with no other verb between, or one opening an earlier clause of the sentence with no
    report, speech or later step between; failing those, a year written in the trigger's own
    clause (2017年结婚, 2018年生子: the year is all the sentence tells) — where a day would be
    looked for; failing all, the sentence's only date, inside an earlier clause, with no other
    act of ``acts`` (the sentence's trigger candidates) between it and the trigger
    (:func:`_sole_date`)."""
    dated = _dating_times(vt, clause, times)  # (read once for both: they differ by the year only)
    found = _day_or_month(vt, clause, clauses, m, times, acts=acts, dated=dated)
    if found is None and any(t.precision == "year" for t in dated):
        # (the same places, for a year alone: with no year among the times, none is usable there
        # - a range from a day counts only where no year is looked for - and it finds none)
        found = _day_or_month(vt, clause, clauses, m, times, years=True, dated=dated)
    return found


_HEAD_TIME_SLACK = 3  # characters a heading time clause may hold besides its time (早在…，)


def _time_heads(clause: _Clause, clauses: list[_Clause], usable: list[TimeRef]) -> bool:
    """Is the clause right before ``clause`` a time of ``usable`` with at most
    ``_HEAD_TIME_SLACK`` characters more (早在今年3月9日，…): a time heading the clause, its own?"""
    prev = [c for c in clauses if c.end <= clause.start][-1:]
    return bool(prev) and any(
        prev[0].start <= t.start
        and t.end <= prev[0].end
        and (prev[0].end - prev[0].start) - (t.end - t.start) <= _HEAD_TIME_SLACK
        for t in usable
    )


def _dating_times(vt: str, clause: _Clause, times: list[TimeRef]) -> list[TimeRef]:
    """The times of ``times`` that may date an act of ``clause``, a year or not (in order)."""
    # 当天 points to a day told before: with none (not ``anchored``) it dates nothing; 事发当天
    # is the day of an incident (``day_of``), found among the events told before (_incident_day)
    return [
        t for t in times
        if (t.usable or t.day_of is not None) and t.kind != "duration"
        and (t.anchored or t.day_of is not None or t.text not in day_anaphors())
        and (_dates_by_its_words(t.text) or _counted_from_told(t))
        and not tells_an_age(vt, t.end)
        and not _STAMP_BEFORE.search(vt, max(0, t.start - 8), t.start)
        # (某社6月10日电 …此前已被拘捕: the day of the wire, not of an act told at another time
        # - 本报6月10日讯 某路口两车相撞: a local lead's incident is the day's)
        and not (dateline(vt, t) and _OTHER_TIME.search(vt, t.end, clause.end))
    ]  # fmt: skip


def _counted_from_told(t: TimeRef) -> bool:
    """Is ``t`` a count after (两个月后) that dates by the day told before it in its sentence,
    not by the article's (:func:`~dashiji.events.dates.anchor_day_anaphors` anchored it)?"""
    return t.anchored and _OFFSET_AFTER.fullmatch(t.text) is not None


def _day_before_own_hour(vt: str, t: TimeRef, m: NewsMatch, times: list[TimeRef]) -> TimeRef:
    """The calendar day alone of ``t``, a day and its part of the day (10月5日上午), when a time
    of day with no day of its own (晚上8时许, 下午) stands after a clause break between ``t``
    and the trigger ``m``: the act is on that day, at that later hour - the part of the day
    belongs to the act told first (5日上午某人被带走问话，晚上8时许被刑事拘留).  ``t`` itself
    otherwise, or when its words name no day apart (今晨), or when the later time is of another
    clause than the act's (10月6日上午9时许，某地发生车祸，下午3时许，记者获悉，事故致2人死亡:
    the hour the news is learned; 喝下午茶时发生争执，张某被拘留)."""
    if not any(
        t.end < x.start
        and x.end <= m.start
        and x.kind == "time"
        and (x.value or "")[:1] == "T"
        and _CLAUSE_CUT.search(vt, t.end, x.start)
        and _hour_of_clause(vt, x.end, m.start)
        for x in times
    ):
        return t
    k = max(map(t.text.rfind, _DAY_ENDS)) + 1
    if k == 0 or k == len(t.text) or not t.value:
        return t
    return replace(
        t, end=t.start + k, kind="date", value=t.value[:10], precision="day", text=t.text[:k]
    )


_DAY_ENDS = ("日", "号", "天")  # 12月6日, 6号, 昨天: the last character of a day's words


def _hour_of_clause(vt: str, x: int, t: int) -> bool:
    """Is a time of day ending at ``x`` of the clause of the trigger at ``t``: no clause break
    between them, or only the one closing the time heading that clause (下午3时许，张某被拘留)?"""
    cut = _CLAUSE_CUT.search(vt, x, t)
    return cut is None or (
        vt[x : cut.start()] in _HOUR_TAILS and _CLAUSE_CUT.search(vt, cut.end(), t) is None
    )


_HOUR_TAILS = ("", "许", "左右")  # 下午3时许，: what may close a time of day before its comma


@lru_cache(maxsize=4096)  # (a pure test of a time's few characters, asked for each candidate)
def _dates_by_its_words(text: str) -> bool:
    """Can the time written ``text`` date an act, as its words read: not counted from an event
    told before (两天后: _OFFSET_AFTER), a span up to now (_SPAN_TO_NOW), nor more than a count
    of units back (1个多月前: _MORE_THAN)?"""
    return not (
        _OFFSET_AFTER.fullmatch(text) or _SPAN_TO_NOW.match(text) or _MORE_THAN.search(text)
    )


def _day_or_month(
    vt: str,
    clause: _Clause,
    clauses: list[_Clause],
    m: NewsMatch,
    times: list[TimeRef],
    years: bool = False,
    acts: Sequence[NewsMatch] = (),
    dated: list[TimeRef] | None = None,
) -> TimeRef | None:
    # a year alone is looked for only where no day or month is (``years``); ``dated``: the
    # times that may date an act of the clause (_dating_times), when read already
    if dated is None:
        dated = _dating_times(vt, clause, times)
    usable = [t for t in dated if (t.precision == "year") == years]
    # 将于2月16日起受审: a range open at its end, from a day, dates the act by that day — in
    # the trigger's clause, or as the whole clause right before it (从某日开始，司机们举行罢工)
    # (今天上午开始大规模拘捕: from a time of day, the act is of that day)
    usable += [
        replace(t, kind="date" if len(t.value) == 13 else "time", value=t.value[:-3])
        for t in times
        if t.kind == "range" and t.value and t.value.endswith("/..") and _FROM_ON.search(t.text)
        and (len(t.value) == 13 or _DAY_TIME_FROM.fullmatch(t.value)) and not years
        and not _RANGE_OVER.search(vt, clause.start, m.start)
        and (
            t.start >= clause.start
            or any(
                c.end <= clause.start <= c.end + 1 and holds_only(vt, c.start, c.end, t)
                for c in clauses
            )
        )
    ]  # fmt: skip
    if not usable:
        return None
    if _REPEATED.search(vt, clause.start, m.start):
        return None  # 屡次表示感谢, 多次来到…维权: done again and again, on no one day
    if (m.entry.news == _SUIT or m.entry.plover == "ACCUSE") and ruled_on(
        vt, clause.start, m.start, m.end
    ):
        return None  # 9月17日，法院驳回上诉: the day of the ruling on it, not of the appeal
    legal = (m.entry.news or "").startswith(_LEGAL_ACT) or m.entry.plover in ("COERCE", "ACCUSE")
    mine = [t for t in usable if clause.start <= t.start < clause.end]
    # 11月30日她发文告诉大家案子受审了, 某日，X发长文，曝光Y出轨: the day of the telling is not
    # the day of what is told (unless the telling is the act: 表示道歉, 指控)
    told = None
    if not _said_act(m.entry):  # (某地又曝出车辆撞人: told the day it is; 获悉…撞人: learned later)
        accident = (m.entry.news or "").startswith(_INCIDENT)
        told = _told_of(vt, clause.start, m.start, told=not accident, learned=True)
        if accident:  # (投诉人反映…发生交通事故: a complaint tells the incident after the fact)
            ends = [r.end() for r in _COMPLAINT.finditer(vt, clause.start, m.start)]
            told = max([told or 0, *ends]) or None
        if not accident:  # (某日，警方通报X维权: the notice's day; an incident is told as it is)
            telling = [
                r.end()
                for r in _TELLING.finditer(vt, clause.start, m.start)
                if not _WHEN_AFTER.match(vt, r.end())  # (接受采访时: what one did then)
            ]
            fresh = bool(telling) and any(  # (今天上午，警方通报称某人被拘: the day's news)
                clauses[0].start <= t.start
                and t.end <= telling[-1]
                and _news_of_the_day(vt, t, telling[-1], m)
                for t in usable
            )
            if telling and not _SELF_TOLD.fullmatch(vt, telling[-1], m.start) and not fresh:
                told = max(told or 0, telling[-1])
    pre = [
        t
        for t in mine
        if t.end <= m.start
        and not (
            _TOPIC_OPEN.search(vt, clause.start, t.start) and vt.find("的", t.end, m.start) >= 0
        )
        and (told is None or t.start >= told)
        and not (
            _TOPIC_OPEN.search(vt, t.end, m.start)
            and any(m.end <= x.start < clause.end for x in acts)
        )
    ]  # fmt: skip (就州长3月9日颁布的命令提起诉讼: the order's day, not the suit's; 某局24日就
    # 某人获释一事提起抗诉: the trigger is in the topic of the act after it, the day is that act's)
    if pre and not (m.entry.news or "").startswith(_INCIDENT):
        pre = [t for t in pre if not _stepped_on(vt, t.end, m.start)]
    if pre:
        return pre[-1]
    if told is not None:
        return None
    # a date after the trigger is its own unless another verb stands between (服刑的黎智英涉及
    # 在2019年10月组织…: the organising's date)
    post = [
        t
        for t in mine
        if t.start >= m.end
        and not _OTHER_VERB.search(vt, m.end, t.start)
        and not years
        and not _SPAN_END.search(vt, m.end, t.start)
        and not ITEM_OPENS.search(vt, m.end, t.start)
        and not (_ATTRIBUTIVE_AFTER.match(vt, t.end) and vt[t.start - 1 : t.start] not in "于在")
        and not _goods_dated(vt, m.end, t.start)
        and not _verb_after(vt, m, t, times, acts)
        and not _opens_telling(vt, t)
    ]  # fmt: skip (结婚第三年的2016年: a year after the trigger is counted from it; 从出事故到
    # 26日为止: the day ends a span that opens with the act; 召回2023年5月至2024年2月间组装的
    # 手机: the time is in a phrase that tells of the object, not the recall's)
    if post and m.entry.plover not in _SPEECH_ACTS and not _ALLEGES.search(vt, m.start, m.end):
        # (被控于6月…组织集会: what a charge alleges follows it, with the day of the conduct)
        return post[0]  # (a demand's own date is not the date of what it demands)
    # 12月6日早间…，下午2时左右…离世: a time of day with no day of its own is on the day told last
    # before it in the sentence, whatever was said between
    hour = next(
        (
            t
            for t in times
            if clause.start <= t.start
            and t.end <= m.start
            and t.kind == "time"
            and (t.value or "")[:1] == "T"
        ),
        None,
    )
    if hour is not None and not years:
        day = [t for t in usable if t.end <= hour.start and t.precision in ("day", "part-of-day")]
        day += [t for t in usable if t.end <= hour.start and t.kind == "time"]
        if day:
            return max(day, key=lambda t: t.end)
    # a clause before, in the same sentence, that opens with a time expression — unless a
    # report or a speech stands between (4月29日，据台媒报道，…分手: the report's date) or the
    # trigger's clause tells a later step (…参加游行，随后遭警方拘捕)
    # an accident's steps told in one sentence after the time of day it opens with (下午6时许，
    # 某人驾车…，最终连续追尾两车) are that evening's scene: a later-step word is no other day
    incident = (m.entry.news or "").startswith(_INCIDENT) and not years
    later = _LATER_OPEN.match(vt, clause.start) is not None
    if later and not incident and not any(
        _month_spans(vt, t, clause.start, m) for t in usable if t.end <= clause.start
    ):
        return None
    vague = _vague_times(times)  # (read once for the clause and each one before it)
    if _vague_time(clause.start, m.start, vague):
        # 去年…，近日双方的案子第二次开庭, …，次日…: the clause has a vague or relative time of
        return None  # its own (not a year or a time of day, 2020年国际泳联, 下午两点)
    if told_as_background(vt, clause.start, m.start) and not _time_heads(clause, clauses, usable):
        return None  # 某人9月12日出狱，之前因…被判刑: an act before the sentence's own, not its day
        # (早在3月9日，某人就曾…维权: a time clause of its own heads it - its day)
    if _AFTER_FRAME.fullmatch(vt, clause.start, clause.end):
        return None  # 7日，在仓库起火两小时后，消防员…: the day opening it is the later act's
    if _LATER_ITEM.match(vt, clause.start):
        return None  # 一是…，在9月28日开会；二是乙起诉甲: a new item, not the day of the one before
    if not years and _own_year(vt, clause, m, dated):
        return None  # 周一，甲结婚，乙去年已离婚: the clause tells its own time, a year
    ahead = [c for c in clauses if c.end <= clause.start]
    # a day heading the sentence as a clause of its own scopes each statement after it, one
    # semicolon or the next (5月3日，甲厂起火；事故致两人受伤): what stands between is checked
    # from the trigger's statement on, not from the day
    for c in reversed(ahead):
        if _GLOSS_OPEN.match(vt, c.start):
            # 某年某月某日，即事发次日，…: a clause opening with 即 glosses the day of the one
            # before it, which opens the statement (the gloss's 次日 counts from another day
            # than the page's) - read as the loop reaches it
            continue
        if _vague_time(c.start, c.end, vague, lead=True) and not any(
            c.start <= t.start < m.start for t in usable
        ):  # 28日，某网站消息，日前，法院宣判…: the nearest time before the trigger is a vague
            return None  # one (not 不久前的4月23日, 近日…于8月6日收到: a day comes after it)
        head = False
        if _FENCE_HOLDS.search(vt, c.end, clause.start) and _FENCE.match(vt, c.end, clause.start):
            head = c is clauses[0] and any(holds_only(vt, c.start, c.end, t) for t in usable)
            if not head:
                continue  # 甲于5月3日被捕；乙被起诉: a semicolon closes the dated statement
        kicker = _KICKER.match(vt, c.start, c.end)  # 【某案择期宣判】8月13日，…: the day opens it
        if kicker is None and _DASHES.search(vt, c.start, c.end):
            kicker = _DASH_LEAD.match(vt, c.start, c.end)  # 某人胜诉了——8月24日，法院判决…
        c0 = kicker.end() if kicker else c.start
        led = c0  # (where the clause's own words open: past a kicker or a lead-in and its dash)
        told_at = _HAPPENED_AT.match(vt, c0, c.end)  # 事故发生在2020年1月26日，…遇难
        if told_at and legal:
            continue  # (事件发生于某年，某人被控…: the affair's day is the offence's)
        c0 = told_at.end() if told_at else c0
        after = _AFTER_FRAME.fullmatch(vt, c0, c.end) is not None
        if after and any(c.start <= t.start < c.end for t in usable):
            return None  # 在球队3日夺冠后，…续约: the day is the win's; what follows came later
        opening = [
            t
            for t in usable
            if c.start <= t.start < c.end
            and (
                t.start - c0 <= _LEAD_REACH
                or zone_lead(vt, c0, t.start)
                or _CONNECTIVE_LEAD.fullmatch(vt, c0, t.start) is not None
                or _subject_lead(vt, c0, t, c.end, acts)
                or _modal_lead(vt, c0, t, c.end, acts)
                or _apposed_lead(vt, c0, t, times)
            )
            and not _OFFENCE_LEAD.search(vt, c0, t.start)
            and not (t.kind == "range" and legal)
            and not _VERB_LE_LEAD.fullmatch(vt, c0, t.start)
        ]  # fmt: skip (因涉嫌于2019年8月18日组织…: the day of the offence, not of the clause;
        # 于2016年1月至2020年5月19日，…，被控…: a period of conduct, not the day of a charge)
        if not opening and _RULING_END.search(vt, c.start, c.end):
            # 北京市高级法院3月5日裁定，…，王某须即时还押: what a dated ruling says
            opening = [t for t in usable if c.start <= t.start < c.end][-1:]
        speech = _SPEECH_END.search(vt, c.start, c.end) if not opening else None
        if (
            speech is not None
            and m.entry.plover in _SPEECH_ACTS
            and clause.start - c.end <= 1
            and not vt[clause.start : m.start].strip()
        ):  # 某局4月21日回应，责令…: the demand is what the dated answer says, and its act
            said = [t for t in usable if c.start <= t.start and t.end <= speech.start()][-1:]
            if said and not _reports(vt, said[0].end, speech.start()):
                return said[0]
        if (
            not opening
            and clause.start - c.end <= 1
            and _NO_SUBJECT.fullmatch(vt, clause.start, m.start)
        ):  # 某人于今日结束拘留，已经释放: the clause goes on with the dated one's subject
            opening = [
                t
                for t in usable
                if c.start <= t.start < c.end
                and not _OFFENCE_LEAD.search(vt, c.start, t.start)
                and not _SPAN_END.search(vt, max(c.start, t.start - 4), t.start)
                and not (t.kind == "range" and legal)
            ][-1:]  # (涉及2019年8月18日的集会，被控…: the offence's day; 刑期至…止: a term's end)
        if opening and _CONTRAST.match(vt, clause.start - 1):
            return None  # 去年X否决了方案，但Y又提交了新方案: the time is the conceded act's
        reach = opening[0].end if opening else 0
        if head:  # (from the trigger's statement on)
            reach = max(vt.rfind("；", 0, clause.start), vt.rfind(";", 0, clause.start)) + 1
            if _EARLIER_IN_STATEMENT.search(vt, reach, clause.end):
                return None  # 某日，甲病逝；乙曾起诉他 / 乙离婚已三年: before the day heading it
        again = _REPEATED.search(vt, reach, clause.start) if opening else None
        if again and not _OFFENCE_LEAD.search(vt, opening[0].end, again.start()):
            return None  # 某日X获释，此后多次表示…，还感谢…: the clauses go on to what was done
            # again and again, on no one day, as 多次…感谢 in the trigger's own clause (not the
            # conduct a charge is for: 因多次行骗…被起诉)
        if opening:
            if (
                _MEDIA_REPORT.search(vt, reach, clause.start)
                if _said_act(m.entry)
                else _reports(vt, reach, clause.start, (m.entry.news or "").startswith(_INCIDENT))
                or (incident and _COMPLAINT.search(vt, reach, clause.start) is not None)
                or _SPEECH_END.search(vt, opening[0].end, c.end)
                or _claim_opens(vt, clause.start)
            ) and not (
                _put_off(vt, clause, m)
                or _news_of_the_day(vt, opening[0], clause.start, m)
                or _imposed_by_notice(vt, reach, clause, m)
                or _done_in_month(vt, opening[0], reach, clause, m)
                or _own_news(vt, reach, clause, m)
            ):
                # (4月24日，X发文，向Y道歉: an apology told in a dated post is made that day —
                # unless the media report it: 5月3日，据外媒报道，X向Y道歉; a day, then a call
                # to the police telling an incident: the call is made as it happens; an act put
                # off is put off when it is made known: 5月，某法院消息，某案的庭审推迟)
                return None
            earlier = _EARLIER_THAN_TOLD.search(vt, max(reach, clause.start), m.start)
            if earlier and vt.find("的", earlier.end(), m.start) < 0:
                # 5月3日，甲被拘留，乙此前已被起诉: done before the day told (not 早已退役的某人
                return None  # 夺冠: what the word tells is a relative clause's)
            if _modal_led(vt, opening[0]) and (
                _DONE_CUE.search(vt, clause.start, m.start)
                or _SET_AGAINST.match(vt, clause.start, m.start)
            ):  # 甲可能会在11月退圈，乙已宣布辞职: a time to come dates no done act, nor the act
                return None  # of another set against the one with the plan (乙则宣布辞职)
            # (当地时间5月11日，陪审团当天作出判决: with nothing told between the date and the
            # trigger's clause, 最终 is no later step)
            seq = _SEQUENCE.search(vt, reach, m.start)
            adjacent = (
                seq is not None
                and clause.start - c.end <= 1
                and holds_only(vt, led, c.end, opening[0])
                and seq.start() >= clause.start
                and not _OTHER_VERB.search(vt, clause.start, seq.start())
            )  # (…煽动并参与集会，最终有26人被告上法庭: a step after the one told first)
            if seq is not None and not adjacent and holds_only(vt, led, c.end, opening[0]):
                # 9月3日，合议庭最后裁定…，判处…: the step the day opens, in the clause right
                # after it, goes on in the trigger's clause, which has no subject of its own
                c2 = next((k for k in clauses if 0 <= k.start - c.end <= 1), None)
                adjacent = (
                    c2 is not None
                    and c2.start <= seq.start() < c2.end
                    and not _OTHER_VERB.search(vt, c2.start, seq.start())
                    and 0 <= clause.start - c2.end <= 1
                    and _NO_SUBJECT.fullmatch(vt, clause.start, m.start) is not None
                )
            if (seq is not None and not adjacent) or later:
                clock = opening[0].precision in _SCENE_CLOCK
                shift = _SCENE_SHIFT.search(vt, opening[0].end, m.start)
                if not (incident and clock and shift is None) and not _month_spans(
                    vt, opening[0], clause.start, m
                ):
                    return None  # 4月19日，…维权，…最后…被拘留: a later step, its day unknown
            if legal and _HAPPENED_REL.search(vt, opening[0].end, c.end):
                return None  # 5月2日晚发生的伤人案，…被起诉: the crime's day, not the charge's
            # 前一天（2月10日）: the date in brackets glosses the relative one
            gloss = next((t for t in usable if t.start == opening[0].end + 1), None)
            if gloss is not None and vt[opening[0].end] in "（(":
                return gloss
            return opening[0]
    return _sole_date(vt, clause, clauses, m, times, usable, acts, legal)


def _opens_telling(vt: str, t: TimeRef) -> bool:
    """Does the time ``t``, after a trigger, open a clause of telling - a comma right after it,
    then a verb of news_cues report_verb before the next break (某人被拘留 20日上午，警方发布
    通报：…)?  The day is the telling's (a notice's, a report's), not the act's it follows -
    unless 于, 在, 是 or 为 links it to the trigger (某人被拘留于20日上午，警方通报称; 被拘留的
    时间是20日上午，…: its own)."""
    linked = vt[t.start - 1 : t.start] in ("于", "在", "是", "为")
    if linked or not vt.startswith(("，", ","), t.end):
        return False
    cut = _CLAUSE_CUT.search(vt, t.end + 1)
    return _TELLING.search(vt, t.end + 1, cut.start() if cut else len(vt)) is not None


def _verb_after(
    vt: str, m: NewsMatch, t: TimeRef, times: list[TimeRef], acts: Sequence[NewsMatch]
) -> bool:
    """Does a verb follow the time ``t``, after the trigger ``m`` with more than a word linking
    a time between (将于, 定于, 在) - past a gloss in brackets and a time of day (上周三（15日）
    下令…, 3日晚宣判)?  The time is then that verb's adverbial, not the trigger's (审理此案的正是
    上周三（15日）下令查封某厂的法官: the order's day; 展销会定于某日举办: its own)."""
    if _TIME_LINK.fullmatch(vt, m.end, t.start) or _parts_of_speech().get(m.text) == "n":
        return False  # (某展销会定于某日举办: a noun's time is its predicate's)
    k = t.end
    while (x := next((x for x in times if x.start == k and x.end > k), None)) is not None:
        k = x.end  # (3日晚8时: a time of day after the day is part of it)
    gloss = _GLOSS_AFTER.match(vt, k)  # (the gloss itself ends before its bracket closes)
    k = gloss.end() if gloss else k + 1 if vt[k : k + 1] in "）)" else k
    if any(x.start == k for x in acts):
        return True
    return (_parts_of_speech().get(vt[k : k + 2]) or "").startswith("v")


_TIME_LINK = re.compile(r"[将会定已]?[于在]?")  # 展销会定于某日举办: the time is the trigger's
_GLOSS_AFTER = re.compile(r"[（(][^（()）]{1,12}[）)]")  # 上周四（3日）: a gloss of the time


def _vague_times(times: list[TimeRef]) -> list[TimeRef]:
    """The time expressions of ``times`` that date no one day (近日, 日前, 次日, 两天后, 当天
    with no day told before it).  Not a year or a time of day (2020年, 下午两点)."""
    return [
        t
        for t in times
        if t.kind in ("date", "range")
        and not _same_day(t.text)
        and (
            t.value is None
            or t.precision == "approx-range"
            or (t.text in day_anaphors() and not t.anchored and t.day_of is None)
            or (
                _OFFSET_AFTER.fullmatch(t.text) is not None
                and not (_counted_from_told(t) and t.precision != "year")
            )  # (两年后 counted from a day: a year, no day before it to borrow)
        )
    ]


def _vague_time(a: int, b: int, vague: list[TimeRef], lead: bool = False) -> bool:
    """Does the text from ``a`` to ``b`` hold a time of ``vague`` (:func:`_vague_times`: one
    that dates no one day) - with ``lead``, one opening it (not 针对近期…问题)?"""
    return any(
        a <= t.start and t.end <= b and (not lead or t.start - a <= _LEAD_REACH) for t in vague
    )


def _own_year(vt: str, clause: _Clause, m: NewsMatch, dated: list[TimeRef]) -> bool:
    """Does ``clause`` hold a year of ``dated`` before the trigger ``m`` that dates its
    predicate - right before the trigger or an adverb or a preposition opening the predicate
    (乙去年已离婚, 乙去年与妻子离婚), no 的 between it and the trigger (not 2019年的案子, 2031年
    某博览会开幕: a year inside a noun phrase)?  The clause has a time of its own: a day told in
    a clause before does not cover it."""
    return any(
        t.precision == "year"
        and clause.start <= t.start
        and t.end <= m.start
        and (t.end == m.start or _PREDICATE_OPENS.match(vt, t.end) is not None)
        and vt.find("的", t.end, m.start) < 0
        for t in dated
    )


# an adverb or a preposition opening a predicate (已经离婚, 与妻子离婚, 被警方拘留)
_PREDICATE_OPENS = re.compile(r"[已曾就便又才再也还被遭在与和跟同向对将把正先]")


_SUBJECT_LEAD_MAX = 16  # the longest subject (its modifier and all) a time may follow


def _subject_lead(vt: str, c0: int, t: TimeRef, c1: int, acts: Sequence[NewsMatch]) -> bool:
    """Is ``vt[c0:t.start]``, before the time ``t`` (a day or finer: ``_SCENE_DAYS``) of the
    clause ``vt[c0:c1]``, the clause's subject alone, with a predicate after the time in the
    clause (not 某展会媒体日当天，: a day named by an occasion; 某人今日，…: no predicate) - a
    noun phrase (perhaps its modifier and 的: 65岁的某商人), no act of ``acts``, no verb
    opening or closing it (:func:`_a_verb`, :data:`_NP_TAIL`), no function word
    (:data:`_NP_BAD`)?  Subject,
    time, predicate is the order of a Chinese clause: the time opens the predicate (某商人周三向
    法院申请保释) as it would open the clause, and covers the clauses after it that have no time
    of their own."""
    t0 = t.start
    if not _LEAD_REACH < t0 - c0 <= _SUBJECT_LEAD_MAX:
        return False  # (most times: the first test of the caller holds, or none this far)
    if t.precision not in _SCENE_DAYS:
        return False  # (65岁的王某三年前离婚，前妻起诉了他: a year or a month after the
        # subject tells that one's past, not the time of what the sentence goes on to)
    return (
        bool(vt[t.end : c1].strip(_CLAUSE_TAIL))
        # (not 某董事长周三的讲话引发…, 某人周三发布的声明…: the time qualifies a noun, inside
        # the subject - no predicate opens with it)
        and not vt.startswith("的", t.end)
        and _ATTRIBUTIVE_AFTER.match(vt, t.end) is None
        and _subject_head(vt[c0:t0])
        and not any(c0 <= x.start < t0 for x in acts)
    )


def _subject_head(text: str) -> bool:
    """Is the head of ``text`` (past its last 的: its modifier) a noun phrase that may be a
    clause's subject: two to :data:`_NP_MAX` characters, no function word (:data:`_NP_BAD`), no
    verb opening or closing it (:data:`_NP_TAIL`, :func:`_a_verb`: 工厂正赶制某日的样品, a verb
    and its object)?  (:func:`_subject_lead`, :func:`_modal_lead`)"""
    head = text.rsplit("的", 1)[-1]
    return (
        2 <= len(head) <= _NP_MAX
        and _NP_BAD.search(head) is None
        and _NP_TAIL.search(head) is None
        and not _a_verb(head)
    )


_TIME_LEAD_MODAL = cue("time_lead_modals")  # 将于, 可能会在…: anchored, at the time's start
# a day or finer (_SCENE_DAYS), or a month
_MODAL_LEAD_PRECISIONS = frozenset({"day", "part-of-day", "hour", "minute", "month"})
# 于, 在: what the words of time_lead_modals end with (read from the list, kept in step with it)
_MODAL_PREPOSITIONS = frozenset(w[-1] for w in cue_words("time_lead_modals"))
_MODAL_LEN = max(map(len, cue_words("time_lead_modals")))  # (可能会在: the longest)


def _modal_lead(vt: str, c0: int, t: TimeRef, c1: int, acts: Sequence[NewsMatch]) -> bool:
    """Is ``vt[c0:t.start]`` the clause's subject and a modal with its preposition (news_cues
    ``time_lead_modals``: 将于, 可能会在, 计划于…), the time ``t`` (a month or a day) right after
    them and a predicate after it?  Then the time opens the predicate of something to come
    (某歌手可能会在五月开记者会道歉，并宣布退圈: both in that month), as after a subject alone
    (:func:`_subject_lead`) - a month too: a time the modal leads to is no one's past."""
    if vt[t.start - 1 : t.start] not in _MODAL_PREPOSITIONS:
        return False  # (most times: no 于 or 在 right before them, no modal's either)
    if t.precision not in _MODAL_LEAD_PRECISIONS or not _LEAD_REACH < t.start - c0:
        return False
    modal = _TIME_LEAD_MODAL.search(vt, c0, t.start)
    if modal is None:
        return False
    return (
        modal.start() - c0 <= _SUBJECT_LEAD_MAX
        and bool(vt[t.end : c1].strip(_CLAUSE_TAIL))
        and _ATTRIBUTIVE_AFTER.match(vt, t.end) is None
        and _subject_head(vt[c0 : modal.start()])
        and not any(c0 <= x.start < t.start for x in acts)
    )


def _modal_led(vt: str, t: TimeRef) -> bool:
    """Does a word of ``time_lead_modals`` (将于, 可能会在…) end right before the time ``t``?"""
    return vt[t.start - 1 : t.start] in _MODAL_PREPOSITIONS and bool(
        _TIME_LEAD_MODAL.search(vt, max(0, t.start - _MODAL_LEN), t.start)
    )


def _apposed_lead(vt: str, c0: int, t: TimeRef, times: list[TimeRef]) -> bool:
    """Is ``vt[c0:t.start]`` a relative time opening the clause (within ``_LEAD_REACH``) that
    the day ``t`` right after it tells, nothing or 的 between (约20天前的7月26日, 上周8月13日:
    :func:`~dashiji.events.dates.apposed_days`)?  The day opens the clause as the relative time
    would."""
    if t.start - c0 <= _LEAD_REACH or vt[t.start - 1 : t.start] not in _APPOSED_JOINS:
        return False  # (most times: no 的, no time right before them)
    return any(
        u.end <= t.start
        and u.start - c0 <= _LEAD_REACH
        and vt[u.end : t.start] in ("", "的")
        and u.value is None
        for u in times
    )


_APPOSED_JOINS = frozenset("的前天周日月年")  # 20天前的, 上周, 昨天: what ends a relative time


# 乙则…: a subject set against the one of the clause before (not 规则, 原则, 否则…)
_SET_AGAINST = re.compile(r"\s*[^，,。；;则]{1,8}(?<![规原否准细法])则")
_LEAD_REACH = 4  # how far into a clause a time may stand and still open it (据悉，某人近日…)
# 获得了2008年某奖, 为了: a time after a verb and 了 is inside its object, it opens no clause
# (not 到了2019年5月: by then)
_VERB_LE_LEAD = re.compile(r"(?:(?![到至过])[\u4e00-\u9fff]){1,3}了")


def _sole_date(
    vt: str,
    clause: _Clause,
    clauses: list[_Clause],
    m: NewsMatch,
    times: list[TimeRef],
    usable: list[TimeRef],
    acts: Sequence[NewsMatch],
    legal: bool,
) -> TimeRef | None:
    """The date of the trigger ``m`` when no clause opens with one: the sentence's only date
    (of ``times``), written with its month or day, standing inside a clause before the
    trigger's and closing it (来信：某标题4月17日，某分局对某人刑事拘留) or naming an act of
    ``acts`` right after 的 (按照某人递交2月14日的诉状，某人起诉…), when no other act of ``acts``
    stands between it and the trigger nor before it in its clause (孙某被捕的北京时间9月14日:
    that act's day; an act of the same type names the same one: 诉状…起诉), nor a report, a
    speech, a step, another time, a contrast or an act done again.  Not the time of a verb
    after it in its clause (延期到9月30日再议), nor of a noun that names no act (赶制12月3日的展会
    样品), nor the time 于 gives its own clause's verb, unless a word of the trigger's ends in it
    (某人生于某年某月，…去世: a birth, a founding, a listing; 出生于…，…生下他: the birth), nor a
    day counted from the speaker's (今日), nor the day of an offence or an affair a legal act is
    about (涉嫌于…, 5月2日晚发生的伤人案，…被起诉)."""
    if not acts or not clauses:
        return None
    lo, hi = clauses[0].start, clauses[-1].end
    dated = [t for t in times if t.usable and lo <= t.start < hi]
    if len(dated) != 1 or dated[0].kind == "range" or not any(t is dated[0] for t in usable):
        return None  # (于2017年3月至2019年8月，…被控: a period of conduct, no one act's day)
    t = dated[0]
    home = next((c for c in clauses if c.start <= t.start < c.end), None)
    if home is None or home.end > clause.start:
        return None
    kind, words = m.entry.news or m.entry.plover, m.entry.words
    # the act the day names (某日的开庭): the trigger is in its frame when the clause closes on a
    # frame word (在某日的庭审中，…道歉) or the trigger's clause tells its outcome (某日的空难…，
    # 导致…遇难) — the acts of its kind are then no other act between
    named = next((x for x in acts if x.start == t.end + 1), None)
    framed = (
        named.entry.news or named.entry.plover
        if named is not None
        and vt.startswith("的", t.end)
        and (
            _FRAME_CLOSE.search(vt, named.end, home.end) is not None
            or _OUTCOME_OPENS.match(vt, clause.start) is not None
        )
        else None
    )
    if any(
        home.start <= x.start < m.start and (x.entry.news or x.entry.plover) not in (kind, framed)
        for x in acts
    ):  # (孙某被捕的北京时间9月14日，…起诉: the day of the act of its own clause)
        return None
    end = t.end
    while (clock := next((x for x in times if x.start == end and x.end > end), None)) is not None:
        end = clock.end  # (12日晚8时: a time of day after the day is part of it)
    closes = not vt[end : home.end].strip(_CLAUSE_TAIL) or _when_before(vt, home, clause)
    names = vt.startswith("的", t.end) and any(x.start == t.end + 1 for x in acts)
    if (
        not (closes or names)
        or not _WRITTEN_DAY.search(t.text)
        or (  # (成立于某年某月，…: the time of its own clause's act, unless of the trigger's kind)
            vt.endswith("于", home.start, t.start)
            and not any(w.endswith(vt[max(home.start, t.start - 3) : t.start - 1]) for w in words)
        )
        or _OFFENCE_LEAD.search(vt, home.start, t.start)
        or _FENCE.match(vt, home.end, clause.start)
        or (legal and _HAPPENED_REL.search(vt, t.end, home.end))
        or _reports(vt, t.end, m.start)
        or _told_of(vt, t.end, m.start, learned=True) is not None
        or _SPEECH_END.search(vt, t.end, m.start)
        or _SEQUENCE.search(vt, t.end, m.start)
        or _OTHER_TIME.search(vt, t.end, m.start)
        or _CONTRAST.search(vt, t.end, m.start)
        or _REPEATED.search(vt, t.end, m.start)
    ):
        return None
    return t


def _imposed_by_notice(vt: str, a: int, clause: _Clause, m: NewsMatch) -> bool:
    """Is the trigger ``m`` a penalty imposed (处以, 给予…: news_cues imposing_verbs, right before
    it) by the notice told in ``vt[a:clause.start]`` - every reporting verb there a word of
    news_cues notice_verbs (某日，警方发布通报，某人被处以行政拘留), or the notice's own saying
    right after one (通报称, 通报中称, 通告指出)?  The notice imposes it: the day of the notice is
    the penalty's."""
    if not _IMPOSING.search(vt, max(clause.start, m.start - _IMPOSING_REACH), m.start):
        return False
    said = list(_REPORT_VERB.finditer(vt, a, clause.start))
    notices = list(_NOTICE.finditer(vt, a, clause.start))
    return bool(notices) and all(
        any(
            n.start() <= r.start() < n.end()
            or (
                r.start() >= n.end()
                and vt[n.end() : r.start()] in _NOTICE_SAYS
                and not _EARLIER_THAN_TOLD.search(vt, a, n.start())
            )
            for n in notices
        )
        for r in said
    )  # (not a telling before the notice - 据媒体报道，某局通报称 - nor an earlier notice's
    # saying: 此前的通报称)


_NOTICE_SAYS = ("", "中")  # what stands between a notice and its saying (通报称, 通报中称)


def _done_in_month(vt: str, t: TimeRef, a: int, clause: _Clause, m: NewsMatch) -> bool:
    """Does a speech of the month ``t`` (no day: 6月，某人表示，…), told in ``vt[a:clause.start]``,
    tell the trigger ``m`` as just done - 已 or 已经 in its clause before it, nothing told as
    done earlier (此前, 曾, 早在: news_cues told_earlier)?  The act is of that month (6月，某人
    表示，已向法院提起上诉); a day is not (the act may be days before the speech)."""
    if t.precision != "month" or not _JUST_DONE.search(vt, clause.start, m.start):
        return False
    return all(r.group() == "已经" for r in _TOLD_EARLIER.finditer(vt, a, m.start))


def _own_news(vt: str, a: int, clause: _Clause, m: NewsMatch) -> bool:
    """Is the life event of ``m`` (人生-*) told by its doer, in the first person, in the words of
    the saying told in ``vt[a:clause.start]`` - its clause opens with 我, 我们, 自己 and nothing
    but 已, 正式, a partner… before the trigger (某日，甲发文说：我们离婚了; 甲留言说道：我求婚啦)?
    Saying it makes it known: the act is news on the day of the saying (as 甲发文表示和乙分手了)
    - unless the saying tells it as done before (透露, 坦言: news_cues told_of)."""
    return (
        (m.entry.news or "").startswith(_LIFE)
        and _FIRST_PERSON_TOLD.fullmatch(vt, clause.start, m.start) is not None
        and _told_of(vt, a, clause.start) is None
    )


_JUST_DONE = re.compile(r"已(?!于)")  # 已, 已经 - not 已于 (a time of its own follows)
_NOTICE = cue("notice_verbs")  # 通报, 通告, 公告: an authority's notice
_IMPOSING = cue("imposing_verbs")  # 处以, 给予: a penalty imposed
_IMPOSING_REACH = 4  # characters from the imposing verb to the penalty (处以行政拘留)


def _when_before(vt: str, home: _Clause, clause: _Clause) -> bool:
    """Is ``home`` a when-clause (…时, …之际) right before the trigger's ``clause``?  The time
    told in it is the time of the act the next clause tells (2月初疫情爆发时，工会发动罢工)."""
    return 0 <= clause.start - home.end <= 1 and _WHEN_CLOSE.search(
        vt[home.start : home.end].rstrip(_CLAUSE_TAIL)
    ) is not None


# …时, …之际 closing a clause (not 当时, 小时, 及时, 同时, 平时: words of their own)
_WHEN_CLOSE = re.compile(r"(?<![当小及临平同准暂按届随定计彼那此])(?:时|的时候|之际)$")


def _put_off(vt: str, clause: _Clause, m: NewsMatch) -> bool:
    """Is the trigger ``m`` put off in its clause - a put-off word right after it or right
    before it (禁令推迟至11月3日, 此案将推迟开庭), or after it when 将/把 makes it the object put
    off (将禁售某应用的禁令推迟至…)?  It is then postponed."""
    return bool(
        _POSTPONED.match(vt, m.end)
        or _POSTPONED_BEFORE.search(vt, max(clause.start, m.start - 4), m.start)
        or (
            _DISPOSAL.search(vt, max(clause.start, m.start - 7), m.start) is not None
            and (obj := _PUT_OFF_OBJECT.match(vt, m.end)) is not None
            and (
                not obj[1]
                or any(
                    (_parts_of_speech().get(obj[1][-k:]) or "").startswith("n")
                    for k in range(min(4, len(obj[1])), 0, -1)
                )
            )
        )
    )


def _plan_halted(vt: str, clause: _Clause, start: int) -> str | None:
    """``postponed`` or ``cancelled`` when the plan whose trigger starts at ``start`` (出售计划) is
    the object of a halting word before it in its clause, up to _PLAN_HALT_REACH characters back,
    with no verb of announcing, no end of a when-clause and no 并 between (暂缓某子公司出售计划;
    not 取消分红后公布了收购计划: another object)."""
    halted = None
    for h in _PLAN_HALTED.finditer(vt, max(clause.start, start - _PLAN_HALT_REACH), start):
        halted = h  # (the last one before the plan)
    if halted is None or _PLAN_HALT_BREAK.search(vt, halted.end(), start):
        return None
    return "postponed" if halted.group("off") else "cancelled"


def ruled_on(vt: str, a: int, start: int, end: int) -> bool:
    """Is the suit or appeal ``vt[start:end]`` (its clause from ``a``) named as what a ruling
    decides - 驳回 before it in its clause (news_cues ruled_on_before: 驳回某某的上诉, at most
    _RULED_ON_REACH characters before), or 得直, 被驳回… right after it (ruled_on_after: 检方上诉
    得直)?  It was made before the ruling; the ruling's time is not its own, and the ruling is
    what the clause tells (doubt: ``ruled_on``)."""
    return (
        _RULED_ON_BEFORE.search(vt, max(a, start - _RULED_ON_REACH), start) is not None
        or _RULED_ON_AFTER.match(vt, end) is not None
    )


_RULED_ON_REACH = 8
# (not 被驳回的索赔: a relative clause on another claim)
_RULED_ON_BEFORE = re.compile(
    words_not_after(cue_words("ruled_on_before"), "被遭") + r"(?!的)[^，,。；;：:！？!?]*$"
)
_RULED_ON_AFTER = cue("ruled_on_after")


_EARLIER_THAN_TOLD = cue("earlier_than_told")  # 此前, 早已: an act before the day told
_TODAY = cue("today")  # 今天, 今晨, 今（10）日: the day of the page, the news of the day
_TOLD_EARLIER = cue("told_earlier")  # 此前, 曾, 已于, 早在, 日前: told as done before the telling
# 可是紧跟着在某日，…: conjunctions and adverbs before a time still let it open its clause
_CONNECTIVE_LEAD = re.compile(
    "(?:" + cue("time_lead_connectives").pattern + r")+\s*[在于]?\s*"
)
_DAY_TIME_FROM = re.compile(r"\d{4}-\d\d-\d\dT[A-Z0-9:]+/\.\.")  # 今日早上开始: from a time of day
_SEQUENCE_END = cue("sequence_ends")  # 最终, 最后: the end of the steps a month told covers
# a charge, a trial, a verdict: court steps, months after the act that brought them
_COURT_STEPS = frozenset(cue_words("court_steps"))
# 曾, 已 in a statement after a semicolon (not 而已, 不得已, 曾某: a name)
_EARLIER_IN_STATEMENT = re.compile(
    words_not_after(cue_words("earlier_in_statement"), "而得") + "(?!某)"
)
_OUTCOME_OPENS = cue("outcome_opens")  # 导致, 致使, 造成: what the clause before brought about
# a verb of reporting or telling in the trigger's clause before it (not 简称, 号称, 称为: a name)
_TELLING = re.compile(words_not_after(cue_words("report_verb"), "简号堪") + r"(?![为赞])")
_FROM_ON = cue("range_open_ends")  # the end of a range open at its end (自某日起; anchored)
# between a clause and a later one, a semicolon: they are statements of their own, the time
# opening the first is not the second's — unless a colon comes first (某日宣布：一是…；二是…:
# the items of a list the dated clause opens)
_FENCE = re.compile(r"[^：:]*?[；;]")
_FENCE_HOLDS = required_gate(_FENCE)[0]  # (a semicolon: what each match holds, tested first)
_NO_TOPIC = re.compile(
    r"(?:^(?:称|表示|说|透露|指出|声称|报警称)|(?<![将把向对与和跟同给其])[他她]"
    r"|(?<![将把向对与和跟同给])其(?![他她它])|有人)"
)  # (将其邻居推倒: 其 is the object's owner; 还向他求婚, 并与她和解: the pronoun an object or
# a partner mark takes is no subject either — the subject is still the one told before;
# 与其他车辆相撞: 其他 is "other", no pronoun)
_CLAUSE_TAIL = " \u3000，,、"  # what may end a clause after its last word
_WRITTEN_DAY = re.compile(r"[0-9一二三四五六七八九十]+[月日号]")  # 4月, 16日: not 今日
_OFFENCE_LEAD = re.compile(r"(?:涉嫌|涉及|涉|因|指|被控|控告|违反)")
# 涉嫌组织了2019年8月31日举行的集会: the conduct a legal act answers (涉嫌, 被控, 因…), then, in
# its clause, the day it was done, written with its year - qualifying the conduct (…的集会) or
# opening its period (…至12月1日期间), not the day of a later step told after it (因涉嫌诈骗于
# 某日被起诉) (:func:`_before_its_offence`)
_CONDUCT_LEAD = re.compile(r"涉嫌|被控|指控|控告|被指|因")
_OFFENCE_DAY = re.compile(
    r"(?:" + _CONDUCT_LEAD.pattern + r")"
    + r"([^，,。；;！？]{0,20}?)"
    + _FULL_DAY.pattern  # (groups 2-4: its year, month and day)
    + r"(?=([^，,。；;！？被]{0,6}?)(?:的|至))"
)
# between the day and its 的/至: a day that is no conduct's - a rule's (生效的, 起施行的), a
# term's or a deadline's (起至, 到期的, 截止), one before or after it (前夕, 之后的)
_NO_CONDUCT_DAY = re.compile(r"生效|施行|实施|起|到期|截止|期满|前|后|以来")
_AGAIN_ACT = re.compile(r"再次|再度|又被|又遭|再被|重新")  # an act done again: one before it
_PLOTS = cue("plots")  # 策划, 预谋…: conduct still to come when the act answers it
# 就 opening a topic, not the adverb (as early as, then) before a passive, a preposition or an
# auxiliary: 3日就被拘留, 3日就向法院起诉 (news_cues adverb_jiu_before)
_TOPIC_OPEN = re.compile(
    r"(?:就(?!" + cue("adverb_jiu_before").pattern + ")|" + cue("topic_openers").pattern + ")"
)
_HAPPENED_REL = cue("happened_rel")  # 发生的: the day opening the clause is the affair's
# 威胁, 扬言 before the trigger in its clause, not as a noun (受到威胁, 的威胁, 构成威胁, 面对威胁,
# 威胁下, 威胁之下, 威胁的法官, 威胁后: a threat suffered, named or framing a time) nor a reason
# (因威胁邻居被起诉), and with at most a few characters to the trigger none of which joins a
# second act (威胁受害人后将其杀害, 威胁并殴打: two acts, both done) or a result (台风威胁沿海
# 地区致3人死亡: 致, the deaths caused, not threatened), turns to one done to the
# threatener (威胁邻居被警方拘留), tells it done already (威胁说已经起诉对方: a claim) or names a
# case or a charge (殴打、威胁一案今日开庭, 威胁证人一事今日开庭: the threat is the case's)
_THREATENS = re.compile(
    words_not_after(cue_words("threatens"), "的受遭被到成因对临")
    + r"(?![下到了后性着论信电的之])(?:(?!一事)[^并后了和而又再过案罪被已致]){0,8}$"
)
# 不顾资方威胁, 面对歹徒的扬言: a threat defied or faced a few characters before the threat word,
# the threat a noun
_THREAT_DEFIED = re.compile("(?:" + cue("threat_defied").pattern + ")[^，。；]{0,6}$")
_THREAT_WORDS = tuple(cue_words("threatens"))  # (the gate before _THREATENS)
_THREATENED_WITH = cue("threatened_with")  # 以罢工相威胁: right after the act threatened


def _threatened(vt: str, cl_before: str, m: NewsMatch) -> bool:
    """Is the act at ``m`` one threatened, not done: after a word of threatening in its clause
    (工会威胁举行罢工, 扬言起诉对方) or told as the threat of 以…相威胁 (以辞职相威胁), or said to
    come right before it (:func:`_said_to_come`: what _code_match kept of those - 王某称会被解雇
    too)?  Else not an act whose subject is acted on (骚扰威胁入狱: one is jailed for a threat,
    no one threatens a jailing), nor a threat itself (威胁恐吓邻国: the threatening is done)."""
    if _said_to_come(cl_before):
        return True
    if m.entry.plover == "THREATEN" or _acted_on(m.entry.subject):
        return False
    if (
        vt.startswith("相", m.end)  # (the cheap tests first: most clauses hold no such word)
        and "以" in cl_before
        and _THREATENED_WITH.match(vt, m.end) is not None
    ):
        return True
    return (  # (not only when no 相 follows: 工会扬言罢工相抗衡)
        any(w in cl_before for w in _THREAT_WORDS)
        and (threat := _THREATENS.search(cl_before)) is not None
        and not _THREAT_DEFIED.search(cl_before, 0, threat.start())
    )


def _threat_no_plan(entry: NewsEntry, said: str) -> bool:
    """Is an act said to come (``said``, a :data:`_THREAT_OF` match: 扬言要…, 称将…) no event at
    all rather than a planned one: a threat itself (THREATEN), an act on the threatener (扬言要
    入狱; not after 称, a report: 王某称将被起诉 is a suit to come), or harm threatened
    (:data:`_HARMS`: 扬言要炸毁商场 is a bomb threat, not a blast to come)?"""
    return (
        entry.plover == "THREATEN"
        or (_acted_on(entry.subject) and not said.startswith(_REPORTED_SAY))
        or entry.news in _HARMS
    )


_REPORTED_SAY = ("称", "声称")  # (_THREAT_OF's words of saying, no threat: _threat_no_plan)


def _said_to_come(cl_before: str) -> bool:
    """Does the clause before a trigger end with an act said to come, threatened or announced
    (工会威胁要罢工, 扬言要辞职, 称将起诉: :data:`_THREAT_OF`; _code_match drops the acts
    :func:`_threat_no_plan` names)?"""
    return cl_before.endswith(_WILL_MARKS) and (
        _THREAT_OF.search(cl_before, max(0, len(cl_before) - 6)) is not None
    )


_INTENDS = cue("intends")
_AGREES = cue("agrees_to")  # 同意, 答应: what one agrees to do
_UNMEANT = re.compile("无意[中间识义]")  # 无意中撞倒: by chance, no intention
# 经法院同意，…被取保候审: done with the consent of another (not 已经/曾经同意: agreed to do)
_CONSENTED = re.compile("(?<![已曾])经[^，。；！？]{0,12}$")
# 不同意, 未同意, 没有答应…: a consent refused; 答应但要求…, 同意并签署: the consent a whole act
# of its own, the trigger another
_CONSENT_REFUSED = re.compile("(?:不|未|没有?|拒绝|并未)$")
_CONSENT_DONE = re.compile("[但却而并又也]")
_CONSENT_BEFORE = re.compile("了?之?后|以后")  # 同意后, 答应之后…: the act after the consent


def _consent_given(text: str, hit: re.Match[str]) -> bool:
    """An `agrees_to` word ``hit`` in ``text`` (the clause before a trigger) that tells no act
    agreed to be done: a consent the act was done with (经法院同意，…) or after (同意后), one
    refused (不同意公开…, 未同意: the refusal's own reading, news_cues permission_refused,
    decides), or a consent that is an act of its own before the trigger's (警方答应但要求…)."""
    return (
        _CONSENT_REFUSED.search(text, 0, hit.start()) is not None
        or _CONSENTED.search(text, 0, hit.start()) is not None
        or _CONSENT_BEFORE.match(text, hit.end()) is not None
        or _CONSENT_DONE.search(text, hit.end()) is not None
    )
_NOUN_MARK = cue("noun_marks_before")  # 该决定, 其计划: the word is a noun, no one intends


def _month_spans(vt: str, t: TimeRef, a: int, m: NewsMatch) -> bool:
    """Does the month ``t`` (no day) cover the steps told after it up to the trigger ``m``, in
    the clause at ``a`` (2021年4月，某人…维权，最终被行政拘留: the detention is of that month)?
    Only 最终, 最后, 终于 tell the steps (not 后来, 此后: a later time, open), and not to a court
    step (…集会，最终有26人被告上法庭: a charge comes months after)."""
    if t.precision != "month" or t.end > a or m.entry.news in _COURT_STEPS:
        return False
    if m.entry.news is None and m.entry.plover == "ACCUSE":
        return False
    b = m.start
    steps = [s.start() for s in _SEQUENCE.finditer(vt, t.end, b)]
    if _LATER_OPEN.match(vt, a) is not None:
        steps.append(a + len(vt[a:b]) - len(vt[a:b].lstrip()))
    return bool(steps) and all(_SEQUENCE_END.match(vt, k) is not None for k in steps)


def _news_of_the_day(vt: str, t: TimeRef, a: int, m: NewsMatch) -> bool:
    """Is the act of the trigger ``m``, in the clause at ``a``, the news a report of the page's
    own day (``t``: 今天, 今晨) tells - with no time of its own and not told as done before the
    telling (此前, 曾, 已于, 早在, 日前), nor revealed or learned (透露, 获悉), nor claimed after
    another act (今天X抗议，称…)?  今天（10日）消息称，警方拘捕X: the arrest is of that day."""
    return (
        _TODAY.match(t.text) is not None
        and _TOLD_EARLIER.search(vt, a, m.start) is None
        and _told_of(vt, t.end, m.start, learned=True) is None
        and not _claim_opens(vt, a)
    )


# 《复议决定书》称, 控罪指出, 判决书中，: the paper of a legal act itself tells it (news_cues
# act_papers); 称, 表示: the saying its speaker's own speech act is made in (own_saying)
_ACT_PAPER = re.compile("(?:" + cue("act_papers").pattern + r")》?(?:中|里)?[，,]?$")
_LEGAL_PLOVER = frozenset({"REJECT", "ACCUSE", "COERCE"})
_OWN_SAYING = frozenset(cue_words("own_saying"))
# (not THREATEN, ACCUSE: 某官员表示，以恐吓施压是徒劳 - the threat named is another's)
_OWN_SPEECH = frozenset({"REQUEST", "REJECT"})
_SENTENCE_CUT = re.compile(r"[。；;！？!?]")


def _ju_of_word(vt: str, r: re.Match[str]) -> bool:
    """Is the cue ``r`` the 据 of a word that reports nothing (证据, 数据, 依据)?"""
    if r.group() != "据":
        return False
    w = _JU_NOT_REPORTING.match(vt, max(0, r.start() - 1))
    if w is None or w.end() <= r.start():
        w = _JU_NOT_REPORTING.match(vt, r.start())
    return w is not None and w.group() != "根据"


def _tellings(vt: str, a: int, t: int) -> list[re.Match[str]]:
    """The tellings (news_cues reported: 据, 称, 表示…) in ``vt[a:t]``, not 据 of a word."""
    return list(_tellings_found(vt, a, t))


# asked of one trigger by several rules, one after the other: a few entries hold every repeat
# (the same hits on 148 DTELS articles at 16 as at 4,096), and the key holds the article text
@lru_cache(maxsize=32)
def _tellings_found(vt: str, a: int, t: int) -> tuple[re.Match[str], ...]:
    return tuple(r for r in _REPORTED.finditer(vt, a, t) if not _ju_of_word(vt, r))


def _own_telling(
    vt: str, a: int, t: int, entry: NewsEntry, agent: Actor | None, actors: list[Actor]
) -> bool:
    """Is every telling before the trigger at ``t`` in the sentence from ``a`` the act's own,
    the act told as fact: a legal act told by its own paper (公安局作出《复议决定书》称，…决定
    维持原决定; 控罪指出，…被控; not 律师称…被起诉), or a speech act (thanks, an apology) by
    its doer's own saying, the doer its subject in the clause (某人发视频称“…感谢大家”, 某人
    表示了歉意, 某人清了清嗓子，起身道出谢意: no other participant between; not 公司称某人已
    道歉, 某人表示，恐吓…是徒劳)?"""
    if _someone_says(vt, a, t):
        return False
    cues = _tellings(vt, a, t)
    if not cues:
        return False
    if _legal_act(entry):
        if all(_ACT_PAPER.search(vt, max(a, r.start() - 12), r.start()) for r in cues):
            return True
    if agent is not None and agent.start >= cues[0].start():
        # 某人称“…”，今天，某人再次发视频称：感谢大家: an earlier saying whose quoted words
        # closed before the doer names himself is no telling of this act
        later = [r for r in cues if r.start() >= agent.end]
        if later and all("”" in vt[r.end() : agent.start] for r in cues if r.end() <= agent.start):
            cues = later
    in_words = agent is not None and agent.start >= cues[0].start()
    if (
        agent is None or (in_words and vt[agent.start : agent.end] in _PRONOUNS)
    ) and _opens_words(vt, t):
        # 某人发视频称“尽力了，她回去了，感谢大家”: the act opens a clause of the words, no
        # subject of its own (a pronoun of the words before at most) - the speaker's, the last
        # name before the saying (not 某人称，法院认定…，要求…: a named subject goes on)
        before = [x for x in actors if a <= x.start and x.end <= cues[0].start()]
        agent = max(before, key=lambda x: x.start, default=None)
    return (
        (entry.plover in _OWN_SPEECH if entry.news is None else _said_act(entry))
        and agent is not None
        and a <= agent.start
        and agent.end <= cues[0].start()
        and all(r.group() in _OWN_SAYING for r in cues)
        and _SENTENCE_CUT.search(vt, agent.end, cues[0].start()) is None
        and not any(agent.end <= x.start and x.end <= cues[0].start() for x in actors)
    )


# 称, 表示, 指出, 爆料: a telling whose words may stand right after it, in its own clause
# (news_cues short_saying)
_SHORT_SAYING = frozenset(cue_words("short_saying"))
_WORDS_CUT = re.compile(r"[，,；;]\s*")
_SHORT_WORDS = 12  # (称无法妥协, 表示将依法处理, 爆料发酵: a stance, not an account of acts)
_PRONOUNS = frozenset("他她其它")


def _narrated_after_saying(vt: str, a: int, t: int, actors: list[Actor]) -> bool:
    """Is the trigger at ``t`` in a clause the writer narrates after a saying that holds only
    its own short words: the last telling before ``t`` is a saying (称, 表示…) with its words
    right after it (no comma, colon or quote between), those words name no one and end at a
    comma, and a clause after them opens with a participant of its own, not the speaker
    (某公司回应称无法妥协，王某因…被拘留: the detention is the writer's)?  Not when a source
    is credited before the saying (据报道，某公司称…), nor when the words tell of others
    (警方称李某酒驾，李某已被拘留: an account, which goes on)."""
    cues = _tellings(vt, a, t)
    if not cues:
        return False
    r = cues[-1]
    if r.group() not in _SHORT_SAYING or _APART.match(vt, r.end()):
        return False
    cut = _WORDS_CUT.search(vt, r.end(), t)
    if (
        cut is None
        or cut.start() - r.end() > _SHORT_WORDS
        or any(ch in _QUOTE_OPEN for ch in vt[r.end() : cut.start()])
        or any(r.end() <= x.start < cut.start() for x in actors)
        or _reported_in(vt[a : r.start()])
    ):
        return False
    own = max(a, _clause_start(vt, r.start(), _CLAUSE_END))
    speakers = {x.text for x in actors if own <= x.start and x.end <= r.start()}
    opens = {cut.end()} | {c.end() for c in _WORDS_CUT.finditer(vt, cut.end(), t)}
    opens |= {x.end for x in actors if x.place and x.start in opens}  # (河南张女士…)
    return any(
        x.start < t
        and _opens_clause(vt, x.start, opens)
        and not x.place
        and x.text not in speakers
        and x.text not in _PRONOUNS
        for x in actors
    )


def _opens_clause(vt: str, at: int, opens: set[int]) -> bool:
    """Does a name at ``at`` open a clause (of those opening at ``opens``), right at its start
    or after a kind of people only (业主刘女士, 车主王某: nouns, up to 3 characters)?"""
    if at in opens:
        return True
    k = max((o for o in opens if at - 3 <= o < at), default=None)
    return k is not None and all(tag.startswith("n") for _, _, tag in _word_spans(vt, k, at))


def _opens_words(vt: str, t: int) -> bool:
    """Does the trigger at ``t`` open its clause (after a comma, or a quotation mark only)?"""
    return not vt[_clause_start(vt, t, _CLAUSE_END) : t].strip(" “”\"「『")


# a body whose notice of its own act is the act's record: police, courts, government offices
_ANNOUNCING_BODIES = frozenset({"COP", "JUD", "GOV"})


def _own_act_announced(
    vt: str, a: int, t: int, entry: NewsEntry, agent: Actor | None, actors: list[Actor]
) -> bool:
    """Is the act at ``t`` (a legal or political one) a body's own, told by that body's notice
    - the speaker of the first telling before it (police, a court, a government office: the
    last participant in its clause) is the act's doer, or the doer names it again (某区警方通报，
    警方…拘捕了…; 某部表示，将禁止…: asserted, as an announced ban is)?  Not when a source is
    credited (据, 援引…) or no one named tells it, nor for a mishap a notice tells."""
    if _someone_says(vt, a, t):
        return False
    if entry.news is not None and not entry.news.startswith("司法行为"):
        return False
    cues = _tellings(vt, a, t)
    if not cues or any(
        (r.group() in _SOURCE_CUES or r.group() == "据") and not _published_news(vt, r)
        for r in cues
    ):
        return False
    r = cues[0]
    own = max(a, _clause_start(vt, r.start(), _CLAUSE_END))
    said = [x for x in actors if own <= x.start and x.end <= r.start() and not x.place]
    if not said:
        return False
    speaker = max(said, key=lambda x: x.start)
    if agent is None:  # 警方通报，某人被刑拘: a legal act no doer is named for, the notice's
        return speaker.agent_type in _OFFICES and (entry.news or "").startswith("司法行为")
    if entry.news in _IMPOSED and agent.agent_type not in _ANNOUNCING_BODIES:
        # 某法院通报，该院…宣判，以某罪判处被告人甲有期徒刑…: the one the act is imposed on,
        # by no other body between the notice and the act, is the notice's own act's patient
        return speaker.agent_type in _OFFICES and all(
            _names_body(x, speaker)
            for x in actors
            if r.end() <= x.start < t and x.agent_type in _ANNOUNCING_BODIES
        )
    return speaker.agent_type in _ANNOUNCING_BODIES and _names_body(agent, speaker)


def _published_news(vt: str, r: re.Match[str]) -> bool:
    """Is the telling ``r`` the 消息 a body publishes of its own (news_cues ``own_news_verbs``
    right before it: 某部发布消息称，将…), its notice - no source it cites?"""
    return (
        r.group() == "消息"
        and _OWN_NEWS_BEFORE.search(vt, max(0, r.start() - 2), r.start()) is not None
    )


_OWN_NEWS_BEFORE = re.compile("(?:" + cue("own_news_verbs").pattern + ")$")
# acts a court or the police impose on someone (the one named at the act is its patient)
_IMPOSED = frozenset({"司法行为-入狱", "司法行为-拘捕", "司法行为-罚款"})


def _names_body(x: Actor, body: Actor) -> bool:
    """Does ``x`` name the announcing ``body`` again: the same name (该院 → 某法院), or a bare
    generic word of its kind (某区公安分局通报，警方…)?"""
    if x is body or body.text in (x.text, x.alias_of):
        return True
    return x.kind == "generic" and x.agent_type == body.agent_type and x.kb_id is None


def _said_act(entry: NewsEntry) -> bool:
    """Is the act done by saying it (a demand, a rebuke, an apology, thanks; not a lawsuit)?"""
    if entry.news is None:
        return entry.plover in _SPEECH_ACTS
    return entry.news.startswith("交往")


def _told_of(vt: str, a: int, b: int, told: bool = True, learned: bool = False) -> int | None:
    """The end of the last verb in ``vt[a:b]`` that tells of an act done before (曝光, 透露,
    承认…: news_cues told_of), or with ``learned`` one that learns of it (获悉, 得知…:
    learned_of), if any: what follows it is told, not done then.  ``told`` False: a verb of
    learning only (an accident is told the day it happens - 某地曝出车辆撞人 - but one a reporter
    learns of was done before: 某日，记者获悉…撞人)."""
    last = None
    words = (_TOLD_OR_LEARNED if told else _LEARNED_OF) if learned else _TOLD_OF
    for r in words.finditer(vt, a, b):
        if not _TOLD_OF_WORD_END.match(vt, r.end()):  # (爆料人称, 曝光率, 曝晒: no telling)
            last = r.end()
    return last


def _news_of_it(vt: str, clause: _Clause, m: NewsMatch) -> bool:
    """Is the trigger ``m`` named as the content of a piece of news - followed in its clause by
    的 and a word of news_cues news_of_act_heads (消息, 喜讯, 噩耗…), a few characters between
    at most (官宣订婚的喜讯, 发布两人离婚的消息)?  The day told before it is the news' day: the
    act was done before it became news, on a day the sentence does not tell."""
    if (m.entry.news or "").startswith(_INCIDENT):
        return False  # (传出某地飞机坠毁的消息: an accident is news the day it happens)
    return _NEWS_OF_IT.match(vt, m.end, clause.end) is not None


def _telling_day(
    vt: str,
    clause: _Clause,
    a: int,
    m: NewsMatch,
    times: list[TimeRef],
    page: str | None,
    misdated: bool,
    acts: Sequence[NewsMatch] = (),
) -> str | None:
    """The day (or the month) the act of ``m``, which has no date of its own, was made known
    on: the last time before a verb of telling (news_cues told_of, learned_of, report_verb,
    made_public) that stands between it and the trigger in the sentence from ``a``, or right
    before the act named as news (…的消息: :func:`_news_of_it`) or as a paper received
    (:func:`_paper_received`), no semicolon between - 某日，甲乙被曝分手; 某日，某报报道，
    某人已辞职; 某日，甲官宣订婚的喜讯; 某日，某公司宣布将裁员.  The act keeps it as its
    ``context_date`` (a timeline places it by it) - not one a word of news_cues sequence
    (随后, 后来…; not 最后, 最终) after the telling puts later.  A day written without its
    year gives none on a page found ``misdated`` (:func:`_contexts_off_a_misdated_page`
    drops one the page is found misdated by later), nor one it puts after the ``page``'s
    date (押后至明年某日: no telling is made later); a year alone gives none either (not the
    telling's day).  None for an accident, a disaster or an attack (灾害/意外): its day is
    its scene's, told later - 某日，某公司回应称，该车曾发生碰撞事故 - and none when a legal
    act of ``acts`` (the sentence's trigger candidates) stands between the day and the
    telling, no topic opener (对于, 就…) before it: the day is that act's - 某年某月，甲起诉
    某公司，指出…造成9人遇难; 某日，双方起诉，随着网络爆料，某节目被停播."""
    if (m.entry.news or "").startswith(_INCIDENT):
        return None
    told = _told_of(vt, a, m.start, learned=True)
    said = _last_hit(_TELLING, vt, a, m.start)
    ends = [k for k in (told, said.start() if said is not None else None) if k is not None]
    if _news_of_it(vt, clause, m) or _paper_received(vt, clause, m):
        ends.append(m.start)
    public = _last_hit(_MADE_PUBLIC, vt, a, m.start)
    if public is not None:
        ends.append(public.start())
    if not ends:
        return None
    at = max(ends)
    if any(at <= t.start < m.start or m.end <= t.start <= m.end + 1 for t in times):
        return None  # (…的喜讯，半年后二人领证, 去世3个多月了: a time of its own, counted on)
    if _told_as_earlier(vt, clause, at, m):
        return None  # (某日，某报报道，某公司早前已出售物业: done before that day)
    if any(h.group() not in _LAST_WORDS for h in _SEQUENCE.finditer(vt, at, m.start)):
        return None  # (某日，网友曝光此事，警方随后拘留三人: done after the telling)
    days = [
        t
        for t in _dating_times(vt, clause, times)
        if a <= t.start
        and t.end <= at
        and t.value is not None
        and t.date_value[1] in _TELLING_PRECISIONS
        and (
            _YEAR_OF_DAY.search(t.text) is not None
            or not (misdated or (page is not None and t.date_value[0] > page))
        )
        and not vt.startswith("的", t.end)
        and not _SEMICOLON.search(vt, t.end, m.start)  # (a statement of its own after it)
    ]  # (某日的要求: a noun's time)
    if not days:
        return None
    day = days[-1]
    if any(
        x is not m
        and day.end <= x.start
        and x.end <= at
        and (x.entry.news or "").startswith(_LEGAL_ACT)
        and _TOPIC_OPEN.search(vt, day.end, x.start) is None
        for x in acts
    ):  # (not 某日，对于起诉…一事，甲回应…: a topic, the day is the telling's)
        return None  # (某日，双方起诉，随着网络爆料…: the suit's day)
    return day.date_value[0]


def _told_as_earlier(vt: str, clause: _Clause, at: int, m: NewsMatch) -> bool:
    """Is the act of ``m``, in its ``clause``, told after the telling at ``at`` as done before
    it - a word of news_cues earlier_than_told or earlier_than_telling in its clause before it
    (某日，某报报道，某公司早前已出售物业; 甲向记者介绍，两人在老家办过一场婚礼; not 之前 after
    在, 在开庭之前: before another act), or in a clause between the telling and its own when
    its own joins it with 也 (…早前变卖物业，大股东也将物业出售: the same time), 曾 right before
    a verb in its clause (某公司曾出售物业; not 曾某, 曾建国: a name) or the experiential 过 right
    after the trigger (起诉过; not a word of news_cues aspect_mark_words, 过程, 过后: 收购过程)?
    The telling verb itself may be a recalling verb (news_cues recalling_verbs), read from up to
    _RECALL_BACK characters before ``at`` (某日，甲回忆，两人…: ``at`` may be the end of the verb;
    what one recalls is past).  It was done on a day the sentence does not give: the telling's
    day is not its context."""
    if vt.startswith("过", m.end) and not _ASPECT_WORD.match(vt, m.end):
        return True
    own = max(at, clause.start)  # (an earlier word of another act's clause tells that act)
    joined = vt.find("也", own, m.start) >= 0
    for r in _EARLIER_THAN_TELLING.finditer(vt, max(0, at - _RECALL_BACK), m.start):
        if r.group().endswith("过") and _ASPECT_WORD.match(vt, r.end() - 1):
            continue  # (没有过错: no experiential 过)
        if r.group() == "之前" and vt.find("在", clause.start, r.start()) >= 0:
            continue  # (在开庭之前: before another act, not before the telling)
        if r.group() in _RECALLING or r.start() >= own or (joined and r.start() >= at):
            return True
    k = vt.find("曾", own, m.start)
    while k >= 0:
        if any(
            (_parts_of_speech().get(vt[k + 1 : k + 1 + n]) or "").startswith("v") for n in (2, 3)
        ):
            return True
        k = vt.find("曾", k + 1, m.start)
    return False


_EARLIER_THAN_TELLING = _joined_patterns(
    [cue(name) for name in ("earlier_than_told", "earlier_than_telling", "recalling_verbs")]
)
_RECALLING = frozenset(cue_words("recalling_verbs"))  # 回忆, 回想: the telling verb itself
_RECALL_BACK = max(map(len, _RECALLING))  # how far before the telling's end one is read
_ASPECT_WORD = cue("aspect_mark_words")  # 过程, 过后: 过 opening a word, no aspect mark


def _paper_received(vt: str, clause: _Clause, m: NewsMatch) -> bool:
    """Is the trigger ``m`` the paper of a legal act (起诉书, 判决书: a 司法行为 trigger ending in
    书 or 状) that its party receives or is told to collect - a word of news_cues
    paper_received before it in its clause, at most _PAPER_RECEIPT_REACH characters between
    (某日，甲被县法院通知去领取起诉状; 乙收到了丙的起诉状)?  The act was done before the paper
    reached its party: the day told before is the receipt's."""
    if not m.text.endswith(("书", "状")) or not (m.entry.news or "").startswith(_LEGAL_ACT):
        return False
    at = max(clause.start, m.start - _PAPER_RECEIPT_REACH - _PAPER_RECEIPT_WORD)
    return _PAPER_RECEIPT.search(vt, at, m.start) is not None


def _made_public_as_done(vt: str, clause: _Clause, a: int, m: NewsMatch, dated: int) -> bool:
    """Is the act of ``m`` made public as done already - a word of news_cues made_public
    before it in its sentence (from ``a``), after the time that dates it (ending at
    ``dated``), with 已 or 已经 (not 已于: a time of its own) between that word and the trigger
    in the trigger's clause (某日，某公司公布，前总裁已经辞职; 某日，甲宣布两人已离婚)?  The
    act was done before it was announced; the day is the announcement's.  (某公司宣布裁员: an
    act announced as it is decided is of that day.)"""
    if "已" not in vt[clause.start : m.start]:
        return False
    public = _last_hit(_MADE_PUBLIC, vt, a, m.start)
    if public is None or public.start() < dated:
        return False
    return _JUST_DONE.search(vt, max(clause.start, public.end()), m.start) is not None


_MADE_PUBLIC = cue("made_public")
_PAPER_RECEIPT_REACH = 8  # characters between the receiving verb and the paper
_PAPER_RECEIPT_WORD = max(map(len, cue_words("paper_received")))  # its longest word
_PAPER_RECEIPT = re.compile(
    "(?:" + cue("paper_received").pattern + r")[^，,。；;：:！？!?]{0,"
    + str(_PAPER_RECEIPT_REACH) + "}$"
)
_TELLING_PRECISIONS = frozenset({"day", "month"})
# 的 and a news word after the trigger, a few characters between (成功的消息, 一事的消息)
# 某人结婚的消息, 某人去世的噩耗: the news of the act - the act told, no noun it qualifies (not
# 听闻某人去世的消息后, 得知某人离婚的消息当天: a time the news frames - news_cues at_when_ends,
# nominal_frame -, the act in the background; read by doubt too)
NEWS_OF_ACT = re.compile(
    "(?:"
    + cue("news_of_act_heads").pattern
    + ")(?!"
    + "|".join([AFTER, cue("at_when_ends").pattern, cue("nominal_frame").pattern])
    + ")"
)
_NEWS_OF_IT = re.compile(r"[^，,。；;：:的]{0,4}?的(?:" + NEWS_OF_ACT.pattern + ")")
_TOLD_OF = cue("told_of")
# (最后, 最终 in the words told - 这并非最终定论 - put nothing after the telling)
_LAST_WORDS = frozenset({"最后", "最终"})
# (not 曝光台湾艺人…: Taiwan, the telling stands)
_TOLD_OF_WORD_END = re.compile("(?:" + cue("told_of_word_ends").pattern + ")(?!湾)")
_LEARNED_OF = cue("learned_of")
_TOLD_OR_LEARNED = re.compile(flat_words([cue_words("told_of"), cue_words("learned_of")]))
_MEDIA_REPORT = cue("media_report")
_REPEATED = cue("repeated")
# 从某日开始，已陆续裁员…: the act runs over the range, the start day is none of its own
_RANGE_OVER = cue("range_over")
_INCIDENT = "灾害/意外"  # news class of accidents and disasters, told the day they happen
# before an incident in its sentence, a time moved on from the day told before (多年来, 后来,
# 到省城后, 曾): the incident is not of that day's scene; nor is one counted (撞过两次)
_SCENE_SHIFT = re.compile(
    "(?:" + cue("scene_shifts").pattern + r"|(?:到|抵达|来到)[^，。；！？]{1,10}?后(?![果续备]))"
)
_COUNTED_TIMES = re.compile(r"(?:了|过)?[0-9一二两三四五六七八九十几数多]+[次回]")
# 两份, 三件, 这一张: a count and a measure word of things, with no noun: no participant
_THINGS_COUNTED = re.compile(
    r"[这那该每]?[0-9一二两三四五六七八九十几数多]+[份件张封篇项本条页部台辆]"
)


_NO_DAY_KINDS = frozenset({"duration", "set"})
_OTHER_TIME = cue("other_time")
_STEP_ON = frozenset(cue_words("step_on"))  # 随后, 再次: the next step, no other time
_SCENE_DAYS = frozenset({"day", "part-of-day", "hour", "minute"})
_SCENE_CLOCK = frozenset({"part-of-day", "hour", "minute"})  # a time of day: one scene
# a sentence opening with one goes on with the scene of the sentence before (此外，…, 赛后，…)
_JAILED, _ARRESTED = "司法行为-入狱", "司法行为-拘捕"
# 距（离）X已经过去N个月: the time before it is the present the distance is counted to
_SINCE_THEN = re.compile(r"距(?:离)?[^。；;！？!?]{1,40}?(?:已经|已)(?:过去|过了|有)")
# right after the trigger (with its head: 空难事故, 被拘一案), a predicate of news that followed
# the act (又有了最新的调查进展, 迎来转机, 再起波澜): the act is the topic, told before
_FOLLOW_UP = re.compile(
    r"(?:" + cue("follow_up_heads").pattern + r")?(?:调查)?[^，,。；;：:！？!?]{0,3}?"
    r"(?:" + cue("follow_up_verbs").pattern + r")了?[^，,。；;：:！？!?]{0,6}?"
    r"(?:" + cue("follow_up_news").pattern + r")"
)
_VERDICT_MARK = cue("verdict_marks")  # 判处, 获刑…: a court's verdict (not 入狱, 服刑: jailed)
# before the trigger in its clause, with nothing but a few words between (择期对本案宣判): the
# act's day is not set yet
_UNSET_DAY = re.compile(r"(?:" + cue("unset_day").pattern + r")[^，,。；;：:！？!?]{0,8}$")
_SCENE_REACHED = cue("scene_reached")  # 巡逻队赶来现场后: at the scene the sentence before told
_SCENE_GOES_ON = re.compile(r"[\s“\"「]*(?:" + cue("scene_goes_on").pattern + r")[，,、\s]?")
_BEFORE_SENTENCES = 2  # how far back in its paragraph a sentence looks for its act told with a day


_LOCKED_UP_IDIOMS = frozenset(cue_words("locked_up_idioms"))  # 锒铛入狱, 身陷囹圄
_SENTENCE_TOLD = re.compile(cue("verdict_marks").pattern + "|服刑")  # 判, 获刑, 服刑: a sentence
_COURT_NAMED = cue("court_heads")  # 法院, 法庭: a court between the arrest and the jailing


def _locked_up_on_arrest(
    vt: str, a: int, b: int, m: NewsMatch, acts: Sequence[NewsMatch], times: Sequence[TimeRef]
) -> bool:
    """Is the trigger ``m`` an idiom of being locked up (news_cues locked_up_idioms: 锒铛入狱,
    身陷囹圄) told after an arrest trigger of ``acts`` in its sentence ``vt[a:b]``, with no
    sentence told there (判, 获刑, 服刑; nor a term right after it, 锒铛入狱三年), and between
    the last such arrest and it neither a time, a step after it (后 right after the arrest, a
    word of news_cues sequence: 随后, 最终), a court (news_cues court_heads) nor a court step of
    ``acts`` (曾被拘留，十年后再次锒铛入狱; 被抓后锒铛入狱; 被捕，经法院审理，最终锒铛入狱: a
    jailing after the arrest)?  It names the custody of that arrest (某人又被抓了，再次锒铛入狱),
    not a prison term: no 司法行为-入狱 of its own."""
    if (
        m.text not in _LOCKED_UP_IDIOMS
        or _SENTENCE_TOLD.search(vt, a, b) is not None
        or _TERM_TOLD.match(vt, m.end) is not None
    ):
        return False
    arrests = [
        x.end for x in acts if x.entry.news == _ARRESTED and a <= x.start and x.end <= m.start
    ]
    if not arrests:
        return False
    last = max(arrests)
    if (
        vt.startswith("后", last)
        or _SEQUENCE.search(vt, last, m.start) is not None
        or _COURT_NAMED.search(vt, last, m.start) is not None
    ):
        return False
    return not any(last <= t.start < m.start for t in times) and not any(
        x.entry.news in _COURT_STEPS and last <= x.start and x.end <= m.start for x in acts
    )


def _date_from_before(
    ev: Event,
    out: list[Event],
    sentences: list[Span],
    si: int,
    vt: str,
    tv: Callable[[int], int],
    day_told: Callable[[int], bool] | None = None,
    scene_day: Callable[[int], tuple[bool, TimeRef | None]] | None = None,
    told_day: Callable[[int], TimeRef | None] | None = None,
) -> bool:
    """12日凌晨，X获准保释。…X以30万港元现金…获准保释: an act with no time in its sentence,
    told with a day in a sentence just before in its paragraph (the same news type, or with none
    the same CAMEO code), is that act retold: it takes that day.  The nearest sentence that tells
    an act of the kind decides; one without a day gives none.  A sentence with a time of day
    alone (``day_told`` given: 下午4时，…) goes on with the nearest day told before: a sentence
    between that tells another act with a day of its own stops the search.  A sentence that
    opens by going on with the scene before (此外, 赛后, 具体来看: news_cues scene_goes_on;
    ``told_day`` given) takes the day that sentence tells its scene on."""
    if ev.status != "occurred" or ev.modality not in ("asserted", "reported"):
        return False
    here = sentences[si].start
    if ev.news_type in _PENALTIES:  # 审判长宣判：…判处…: what the ruling before it pronounces
        ruling = [
            e
            for e in out
            if e.start == here and e.trigger_start < ev.trigger_start and _pronounces(ev, e)
        ]
        if ruling:
            last = max(ruling, key=lambda e: e.trigger_start)
            if last.status == "occurred" and last.date is not None and len(last.date) == 10:
                ev.date, ev.precision, ev.date_text = last.date, last.precision, last.date_text
                ev.reported = None
            return False
    a = tv(here)
    # an accident or attack told with no time, right after the sentence that opens its scene
    # with a day (2月3日晚，王某驾车回家。…车子撞上护栏): that day, unless its own sentence is
    # someone's account (据王某讲述，…)
    scene = (
        scene_day is not None
        and (ev.news_type or "").startswith(_INCIDENT)
        and not _reports(vt, a, tv(ev.trigger_start))
        and not _another_incident(ev)  # (相关新闻：…, 邻县一家工厂也发生爆炸)
        and not _SCENE_SHIFT.search(vt, a, tv(ev.trigger_start))
        and not _COUNTED_TIMES.match(vt, tv(ev.trigger_end))
    )  # (多年来…追尾过两次, 到省城后…被砍伤: another time than the day that opened the scene)
    t0 = tv(ev.trigger_start)
    reached = _SCENE_REACHED.search(vt, a, t0)  # (巡逻队赶来现场后…: the scene told just before)
    goes_on = (
        told_day is not None
        and (_SCENE_GOES_ON.match(vt, a) is not None or reached is not None)
        and not any(
            reached is None or not reached.start() <= s.start() < reached.end()
            for s in _SCENE_SHIFT.finditer(vt, a, t0)
        )  # (此外，多年来…; not the 到…后 of 到达现场后)
    )
    at_hearing = _AT_HEARING.match(ev.trigger) is not None
    crossed = False  # (a paragraph boundary passed: only a hearing's ruling goes on across it)
    for sj in range(si - 1, max(-1, si - 1 - _BEFORE_SENTENCES), -1):
        prev = sentences[sj]
        if "\n" in vt[tv(prev.end) : a]:
            if not at_hearing:
                return False  # (another paragraph)
            crossed = True  # (…开庭审理。\n\n法院当庭宣判…: the hearing of the paragraph before)
        if crossed:
            heard = [
                e for e in out
                if e.start == prev.start and e.news_type == HEARING and e.status == "occurred"
            ]  # fmt: skip
            if heard:
                told = next((e for e in heard if e.precision == "day"), None)
                if told is not None and told.date is not None and len(told.date) == 10:
                    ev.date, ev.precision, ev.date_text = told.date, told.precision, told.date_text
                    ev.reported = None
                return False
            if any(e.start == prev.start for e in out) or (
                told_day is not None and told_day(sj) is not None
            ):
                return False  # (another act or another day told between)
            a = tv(prev.start)
            continue
        if goes_on and told_day is not None and sj == si - 1:
            # 2月3日，X在决赛中夺冠。赛后，X宣布退役: the scene goes on, on that day
            day = told_day(sj)
            if day is not None:
                ev.date, ev.precision = day.date_value
                ev.date_text, ev.reported = day.text, None
                return True
        kin = [
            e
            for e in out
            if (e.start == prev.start or any(x.sentence_start == prev.start for x in e.mentions))
            and (
                (ev.news_type is not None and e.news_type == ev.news_type)
                or (ev.news_type is None and ev.cameo is not None and e.cameo == ev.cameo)
                or _pronounces(ev, e)
                or (e.news_type == HEARING and _AT_HEARING.match(ev.trigger) is not None)
            )
        ]  # (…今日受审。…当庭宣判: a ruling given at the hearing told before, on its day)
        if (
            not kin
            and ev.news_type in _PENALTIES
            and told_day is not None
            and _RULING_WORD.search(vt, tv(prev.start), tv(prev.end))
            and not _RULING_UPHOLDS.search(vt, tv(prev.start), tv(prev.end))
            and not _PENALTY_EARLIER.search(ev.sentence[: ev.trigger_start - ev.start])
            and (day := told_day(sj)) is not None
        ):  # 9月2日，区法院当庭宣判。钱某被判处…: a ruling coded as no event (no country, no
            # term in its sentence) still pronounces the penalty after it, on its day
            ev.date, ev.precision = day.date_value
            ev.date_text, ev.reported = day.text, None
            return False
        if not kin and day_told is not None and day_told(sj):
            return False  # (5月3日，乙方回应。下午4时，…: that day's, not the act's before)
        if not kin and scene and scene_day is not None:
            timed, opened = scene_day(sj)
            if any(
                e.start == prev.start and not (e.news_type or "").startswith(_INCIDENT) for e in out
            ):
                scene = False  # (4月2日，车主到门店维权。…发生事故: the day of another act)
            elif opened is not None:
                ev.date, ev.precision = opened.date_value
                ev.date_text, ev.reported = opened.text, None
                return True
            scene = scene and not timed  # (a day told between: the scene is another's)
        if kin and (
            _CONCEDED.search(vt, tv(here), t0)
            or _AGAIN.search(ev.sentence, 0, ev.trigger_start - ev.start)
        ):  # (尽管X胜诉，但X现遭起诉: what the concession yields to is not the act retold; nor
            return False  # is one done again: X又被起诉)
        if kin:
            told = next((e for e in kin if e.status == "occurred" and e.precision == "day"), None)
            if told is not None and told.date is not None and len(told.date) == 10:
                ev.date, ev.precision, ev.date_text = told.date, told.precision, told.date_text
                ev.reported = None
            elif told is None:
                _context_of_kin(ev, kin)
                _month_of_kin(ev, kin)
            return False
        a = tv(prev.start)
    return False


def _context_of_kin(ev: Event, kin: list[Event]) -> None:
    """某日，某报报道：甲辞职。甲…宣布辞职: an act retold right after a sentence that told it
    with no date of its own, only the day it was made known (its ``context_date``: a report's,
    a disclosure's day - :func:`_telling_day`), keeps that day as its context too.  Not an
    accident or an attack: its day is its scene's (记者某日获悉…砍人。据查，…行凶: the
    learning's day is none of the attack's)."""
    if ev.date is not None or ev.context_date is not None:
        return
    if (ev.news_type or "").startswith(_INCIDENT):
        return
    told = next(
        (e for e in kin if e.status == "occurred" and e.date is None and e.context_date), None
    )
    if told is not None:
        ev.context_date = told.context_date


def _scene_day_before_a_step(
    ev: Event, scene_day: Callable[[int], tuple[bool, TimeRef | None]], sj: int
) -> None:
    """2月3日晚，甲驾车返家。随后车辆撞上护栏: an accident told as the next step (随后…,
    no time of its own) after the sentence ``sj`` of its paragraph that opens the scene with a
    day keeps that day as its ``context_date`` - its own sentence gives no day, the scene's
    places it (the incident frame may still date it).  Not another incident (随后，邻县一辆货车也
    发生追尾, 相关新闻：…: :func:`_another_incident`)."""
    if ev.date is not None or ev.context_date is not None or _another_incident(ev):
        return
    opened = scene_day(sj)[1]
    if opened is not None and opened.date_value[0] is not None:
        day = opened.date_value[0][:10]
        if _DAY_OF.fullmatch(day):
            ev.context_date = day


# 进入10天倒计时, 倒计时3天: right after a planned act, the days left until it
_COUNTDOWN = re.compile(
    r"[^，,。；;：:！？!?]{0,6}?(?:进入|开启|开始)?(?:([0-9一二两三四五六七八九十]+)天倒计时"
    r"|倒计时(?:还剩|仅剩|只剩)?([0-9一二两三四五六七八九十]+)天)"
)


def _countdown_day(ev: Event, vt: str, at: int, end: int, since: str) -> None:
    """某案开庭进入10天倒计时: a planned act whose countdown of N days follows its trigger
    (ending at ``at``, in the sentence ending at ``end``) is dated N days after ``since`` - the
    day the countdown is told on: the page's date, or the day its sentence opens with."""
    c = _COUNTDOWN.match(vt, at, end)
    if c is None or not _parse_day(since[:10]):
        return
    n = parse_number(c.group(1) or c.group(2))
    if n is None or n != int(n) or not 0 < n <= 366:
        return
    day = _day.fromisoformat(since[:10]) + timedelta(days=int(n))
    ev.date, ev.precision, ev.date_text = day.isoformat(), "day", c.group().lstrip()
    ev.reported = ev.context_date = None


# 2020，…: a sentence opening with a year written bare (no 年) and a comma
_BARE_YEAR_OPENS = re.compile(r"((?:19|20)\d\d)[，,](?![0-9])")


def _bare_year_opening(ev: Event, vt: str, a: int) -> None:
    """2019，歌手甲在海边与女友乙举行婚礼: a sentence (starting at ``a``) that opens
    with a bare year and a comma sets its acts in that year - no day or month, so no date of
    theirs: the year is kept as their ``context_date``."""
    y = _BARE_YEAR_OPENS.match(vt, a)
    if y is not None and ev.status == "occurred":
        ev.context_date = y.group(1)


def _month_of_kin(ev: Event, kin: list[Event]) -> None:
    """甲曾于2020年10月召回一批汽车。据公告，甲召回了2万辆汽车: an act retold after a sentence
    that told it with a month and no day (the nearest one of its kind, as for a day: sentences
    of other acts may stand between) keeps that month as its ``context_date`` (its
    sentence gives no day or month of its own, so the month is no date of it: a timeline
    places it by it).  Not one more of the kind (乙公司也召回了…, 另外，该公司还召回了…, 另一起
    召回: :func:`_another_incident`, ``_ANOTHER_ONE``): another act than the one told."""
    if ev.date is not None or ev.context_date is not None:
        return
    if _ANOTHER_ONE.search(ev.sentence, 0, ev.trigger_start - ev.start) or _another_incident(ev):
        return
    told = next(
        (e for e in kin if e.status == "occurred" and e.date is not None and len(e.date) == 7),
        None,
    )
    if told is not None and _MONTH_OF.fullmatch(told.date or ""):
        ev.context_date = told.date


def _context_of_scene_before(
    ev: Event,
    vt: str,
    prev_end: int,
    a: int,
    t0: int,
    scene_day: Callable[[int], tuple[bool, TimeRef | None]],
    sj: int,
) -> None:
    """2019年3月5日，某案开庭审理。法院判处甲有期徒刑3年: an act told with no time of its own
    (no day, no word of another time: 此前, 去年, 随后…) right after a sentence of its paragraph
    that opens its scene with a day whose year it writes (``scene_day(sj)``, asked
    after the cheap checks; 2019年3月5日, 同年5月2日 - not 3月5日 alone) keeps that year
    as its ``context_date``: the article tells
    the story of that year, though the day is another act's (a hearing's day is no verdict's).
    Not an accident or an attack (its day is its scene's: the incident frame), nor an act not
    told as done (法院没有判处…, 可能被判处…), nor one of another story (另据报道，… before its
    trigger at ``t0``: news_cues other_incident)."""
    if ev.status != "occurred" or ev.modality not in ("asserted", "reported"):
        return
    if (ev.news_type or "").startswith(_INCIDENT) or "\n" in vt[prev_end:a]:
        return
    if _OTHER_INCIDENT.search(vt, a, t0):
        return
    opened = scene_day(sj)[1]
    if opened is None or not _YEAR_OF_DAY.search(opened.text):
        return
    ev.context_date = opened.date_value[0][:4]


_THIS_DAY_WORD = cue("this_day")  # 这天, 那一天, 同一天…
_PUBLISHER_WORD = cue("publishers")  # 记者, 媒体…


def _scene_day_of_no_act(
    ev: Event,
    out: list[Event],
    prev: Span,
    scene_day: Callable[[int], tuple[bool, TimeRef | None]],
    sj: int,
    vt: str,
    tv: Callable[[int], int],
    a: int,
    t0: int,
) -> None:
    """2018年3月5日，颁奖典礼上，甲成为最大赢家。甲执导的影片获得最佳影片奖: the year
    :func:`_context_of_scene_before` kept becomes the whole day when the sentence ``sj`` before
    (``prev``) that opens the scene with it tells no act of its own - the day is the scene's,
    not another act's (a hearing's day is no verdict's: 某日，某案开庭审理。…判处… keeps the
    year) - and names no publisher (news_cues publishers: 某日，记者来到甲公司。该公司收购了… -
    the reporter's day, not the scene of the act).  Not when the act's own sentence (from ``a``
    to its trigger at ``t0``) names a day by a word of news_cues this_day that was not read as
    that day (从那天起, 两人在同一天出生: a time from it, or another day)."""
    if ev.context_date is None or len(ev.context_date) != 4:
        return
    if any(e.start == prev.start for e in out) or _THIS_DAY_WORD.search(vt, a, t0):
        return
    if _PUBLISHER_WORD.search(vt, tv(prev.start), tv(prev.end)):
        return
    opened = scene_day(sj)[1]
    if opened is not None and opened.precision == "day":
        day = opened.date_value[0]
        if _DAY_OF.fullmatch(day) and day.startswith(ev.context_date):
            ev.context_date = day


_ANNIVERSARY = re.compile(r"[^，,。；;！？]{0,3}?([0-9一二两三四五六七八九十百]+)(?:个)?周年")


def _anniversary(vt: str, at: int) -> int | None:
    """N of an anniversary the trigger ending at ``at`` is counted in (结婚十周年, 去世一周年)."""
    a = _ANNIVERSARY.match(vt, at)
    n = parse_number(a.group(1)) if a else None
    return int(n) if n is not None and n >= 1 and n == int(n) else None


_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}){0,2}")  # YYYY, YYYY-MM or YYYY-MM-DD


def _years_before(value: str, years: int) -> str | None:
    """``value`` (YYYY, YYYY-MM or YYYY-MM-DD) moved ``years`` years back; None for any other
    value (a range, a week, a season)."""
    if not _CALENDAR_VALUE.fullmatch(value):
        return None
    moved = f"{int(value[:4]) - years:04d}{value[4:]}"
    return moved if len(moved) != 10 or _parse_day(moved) else None  # (not 2月29日)


def _parse_day(value: str) -> bool:
    try:
        _day.fromisoformat(value)
    except ValueError:
        return False
    return True


_PENALTIES = frozenset({"司法行为-入狱", "司法行为-罚款"})  # pronounced by a ruling
_RULING_WORD = re.compile("|".join(map(re.escape, cue_words("ruling_end"))))  # (not anchored)
_AT_HEARING = cue("at_hearing")  # 当庭宣判: done at the hearing


def _pronounces(ev: Event, e: Event) -> bool:
    """Is ``ev`` a penalty (a prison term, a fine) that the ruling ``e`` (a trigger ending in a
    word of news_cues ruling_end: 宣判, 当庭宣判, 判决) pronounces?  Not one told as earlier
    or another case's (penalty_earlier between the ruling, or its sentence's start, and the
    penalty: 一审时, 已在另案中…), nor one an upholding ruling (ruling_upholds: 维持原判)
    pronounced before."""
    if ev.news_type not in _PENALTIES or not _RULING_END.search(e.trigger):
        return False
    head = ev.sentence[: ev.trigger_start - ev.start]
    if e.start == ev.start:
        head = head[max(0, e.trigger_end - ev.start) :]
    return not _PENALTY_EARLIER.search(head) and not _RULING_UPHOLDS.search(e.sentence)


def _bare_rulings(out: list[Event]) -> bool:
    """Drop a ruling read as a penalty that names no one penalised, only the court (合议庭作出
    一审判决，…判处某人有期徒刑…): the penalty it pronounces later in its sentence is the act.
    True when one was dropped."""
    bare = [
        e
        for e in out
        if e.news_type in _PENALTIES
        and not any(_acted_on(a.role) for a in e.arguments)
        and all(x.role in _AUTHORITY for x in e.actors)
        and any(
            ev.start == e.start
            and ev.trigger_start > e.trigger_start
            and ev.news_type == e.news_type
            and any(_acted_on(a.role) for a in ev.arguments)
            and _pronounces(ev, e)
            for ev in out
        )
    ]
    for e in bare:
        out.remove(e)
    return bool(bare)


_PENALTY_EARLIER = cue("penalty_earlier")
_RULING_UPHOLDS = cue("ruling_upholds")


def _hour_only(t: TimeRef) -> bool:
    """A time of day with no day of its own (下午5时: the time layer's value ``T17``)."""
    return t.kind == "time" and (t.value or "").startswith("T")


def _account_goes_on(vt: str, a: int) -> bool:
    """Does the sentence at ``a`` open with a word that goes on with a narration (news_cues
    ``account_goes_on``: 而, 随后, 接着…) right after a sentence that opens an account someone
    gives (据X描述，…, 据X回忆，…: news_cues ``account_verbs``)?  Its acts are still that
    account's: reported."""
    if _ACCOUNT_GOES_ON.match(vt, a) is None:
        return False
    lo = max(vt.rfind(c, 0, max(0, a - 1)) for c in _SENTENCE_STOPS) + 1
    return _ACCOUNT_OPENS.match(vt, lo, a) is not None


_SENTENCE_STOPS = "。！？!?\n"
_ACCOUNT_GOES_ON = re.compile(r"\s*(?:" + cue("account_goes_on").pattern + ")")
# 据张女士描述，: an account opening a sentence (据 or 根据, who gives it, its verb, a comma)
_ACCOUNT_OPENS = re.compile(
    r"\s*(?:根据|据)[^，,。；;：:]{1,12}?(?:" + cue("account_verbs").pattern + r")[称说]?[，,：:]"
)


def _reports(vt: str, a: int, b: int, alarm: bool = False) -> bool:
    """Does ``vt[a:b]`` hold a verb of reporting or telling (据…报道, X称)?  Not one that opens a
    when-clause (到社区报到时, 接受采访时: what one did, not what one tells); with
    ``alarm``, not one right after a word of ``alarm_call`` (a call to the police telling an
    incident: made while it happens)."""
    return any(
        not _WHEN_AFTER.match(vt, r.end())
        and not (alarm and _ALARM_BEFORE.search(vt, max(a, r.start() - 2), r.start()))
        for r in _REPORT_VERB.finditer(vt, a, b)
    )


_ALARM_BEFORE = cue("alarm_call")  # 报警 right before a telling verb: a call to the police
# 投诉, 反映: a complaint, made after the incident it tells (not a call to the police)
_COMPLAINT = cue("complaint_words")


def _claim_opens(vt: str, at: int) -> bool:
    """Does the clause at ``at`` open with a verb of saying (称, 表示…: news_cues speech_end)
    after a clause that did something else (某日，X在门店前抗议，称…出了车祸: what is said was
    done before the day of the saying)?  Not a call to the police (报警，称…: made as it
    happens)."""
    if _SPEECH_OPENS.match(vt, at) is None:
        return False
    before = vt[max(0, at - 6) : at].rstrip("，, \t")
    return _ALARM_BEFORE.search(before) is None


_SPEECH_OPENS = re.compile(r"\s*(?:" + _SPEECH_ENDS + ")")
# a clause opening a later item of a list (二是, 其二, 第三…): what the items before told is theirs
_GLOSS_OPEN = re.compile(r"\s*(?:即|亦即|也就是)(?!将|使|便|可|时|刻|日)")  # 即事发次日 (not 即将)
_LATER_ITEM = re.compile(
    r"\s*(?:[二三四五六七八九十]是|其[二三四五六七八九十]|第[二三四五六七八九十](?:[，,、]|是))"
)
_CONTRAST = re.compile(r"[，,；;]\s*(?:但是|但|然而|可是|不过)")  # a clause opening a contrast
# a concession, then the clause it yields to (尽管X胜诉，但X又遭起诉): the conceded clause retells
# what was told before; the act the other one tells is new, not the one of the day told before
_CONCEDED = re.compile(cue("concessive").pattern + r"[^。；;！？!?]{0,40}?" + _CONTRAST.pattern)
# a clause that ends as a when-clause (…出事后，, 离开时，): it leads into the next, with no act
# of its own
# (news_cues time_clause_ends, at_when_ends: …以后，, …之时，; not 下午，; the lookbehind read past
# each first character: words_not_after)
_WHEN_CLAUSE_END = re.compile(
    words_not_after(cue_words("time_clause_ends") + cue_words("at_when_ends"), "午") + r"[，,]?$"
)
# 可能他…, 疑似他在…, 可能是在…: a hedge opening a clause, before its subject
_HEDGE_OPENS = re.compile("(?:" + _UNCERTAIN.pattern + r")(?:是|[他她它其我你您]们?)")


def _hedge_over_when(vt: str, c: _Clause) -> bool:
    """Does the clause ``c`` before the trigger's, a when-clause (…以后，, …之时，), open with a
    hedge before its subject (可能他拿到某笔钱以后，就…离婚了)?  The hedge reaches the clause the
    when-clause leads to; one inside a noun phrase of it (在发现疑似爆炸物后, 疑似醉驾的司机撞人后)
    qualifies that noun only."""
    return (
        _WHEN_CLAUSE_END.search(vt, c.start, c.end) is not None
        and _HEDGE_OPENS.match(vt, c.start) is not None
    )
# a clause that frames a time after an act (在…后, past its punctuation): 在X获保释后
_AFTER_FRAME = re.compile(r"\s*在[^，,；;：:。！？!?]{2,40}?(?<!午)(?:之后|以后|后)[，,；;：:]?\s*")


_WHEN_AFTER = re.compile(r"(?:时|之时|的时候)")
_HAPPENED_AT = re.compile(
    r"(?:该|这一?|此|整个)?(?:事情|事故|事件|案件|惨剧|悲剧)(?:就)?(?:发生(?:在|于)|起源于|源于|始于|起因(?:是|系|于|为))"
)  # (此事源于某日，…: the day the affair began is the act's told after it)
_KICKER = re.compile(
    r"\s*(?:【[^【】]{1,60}】\s*)+"
)  # a bracketed headline or byline opening a line
# a lead-in closed by a dash (某人胜诉了——, 此案有了新进展——): what follows the dash opens the
# account its time dates, as after a kicker (not a dash inside a title or a quote: 《甲——乙》)
_DASHES = re.compile(r"——|—|－－")
_DASH_LEAD = re.compile(r"[^—－《》“”「」]{1,30}?(?:" + _DASHES.pattern + r")\s*")
# what may open a clause that has no subject of its own before its trigger (…，已经释放; …，并被
# 警方拘留 is not one: the agent of the passive stands before the trigger)
# (the one _NO_SUBJECT of this module: an earlier definition was overridden by this one for
# every use, and is gone)
_NO_SUBJECT = re.compile(r"\s*(?:[并又也且即便则均都]|已经|已|当场|随即|立即|正式|依法)*(?:被|遭)?")
# what follows the telling up to the trigger when the teller does the act: no subject of its
# own, or only the partner (某日，甲发文表示和乙分手了: the act told the day it is made known)
_SELF_TOLD = re.compile(
    r"\s*(?:[" + "".join(_WITH_MARK) + r"][^，,。；;]*|" + _NO_SUBJECT.pattern + ")"
)


# the doer's own words opening with the doer (我们, 自己: news_cues first_person), then what
# _SELF_TOLD allows before the act
_FIRST_PERSON_TOLD = re.compile(
    r"\s*[“\"「]?(?:" + cue("first_person").pattern + ")(?:" + _SELF_TOLD.pattern + ")"
)


def _plans(vt: str, a: int, b: int) -> bool:
    """Does the clause ``vt[a:b]`` tell a plan (将于, 计划, 将与X合作, 将实施…; not 将车辆出售: 将
    marking the object)?  A clause after it that opens with its trigger, no subject of its own,
    goes on with the plan (…，要求Y披露…)."""
    p = _plan_word(vt, a, b)
    while p is not None:
        if p.group() != "将" or _FUTURE_AFTER_JIANG.match(vt, p.end()):
            return True
        p = _plan_word(vt, p.end(), b)
    return False


def _plan_word(text: str, a: int, b: int) -> re.Match[str] | None:
    """The first plan word (:data:`_PLANNED`) in ``text[a:b]`` that is a word of its own: not a
    one-character one ending a word of the dictionary and opening none (模拟, 虚拟, 老将: no
    拟 or 将 of a plan - 某模拟战已经上线, 一位老将宣布退役 are done; 三部将要上映: 将要 opens
    there, the plan it is; an adverb so ending is one of the plan's own - 必将, 终将)."""
    pos = _parts_of_speech()
    for p in _PLANNED.finditer(text, a, b):
        at = p.start()
        if (
            len(p.group()) == 1
            and at > 0
            and not (pos.get(text[at - 1 : p.end()]) or "d").startswith("d")
            and not (p.end() < len(text) and pos.get(text[at : p.end() + 1]))
        ):
            continue
        return p
    return None


# a clause with no subject of its own (甚至, 乃至, 进而: it goes further on the same footing)
_CONTINUES = re.compile(r"(?:并|并且|再|就|随后|然后|甚至|乃至|进而)")
_PLAN_THEN = re.compile(r"(?<![午最然随此今])(?:之后|以后|后)[，,]?$")  # 计划回国后，…
_PLAN_THEN_HOLDS = required_gate(_PLAN_THEN)[0]  # (后: what each match holds, tested first)
_DOUBT_JOINS = cue("doubt_joiners")  # 甚至, 乃至, 进而: the joiners a guess goes on through
_DONE_BEFORE = re.compile(r"[已曾]")  # 并已起诉, 已经着手起诉: told as done
_DONE_SINCE = re.compile(r"[了后]")  # 着手收集证据后起诉: what was set about is done
_DONE_AFTER = re.compile(r"了|过(?![去来])")  # 起诉了
# a guess later clauses go on with (not 不可能, 尽可能)
_MAY = re.compile(words_not_after(cue_words("guesses"), "不尽"))
# 业内人士预计，某公司将…: a forecast (``forecast_verbs``) closing the clause right before the
# trigger's - what it foresees is uncertain (not 公司预计将于…上市: one's own plan, in its clause)
_FORECAST_END = re.compile("(?:" + cue("forecast_verbs").pattern + r")[^，,。；;]{0,2}$")
_FORECAST_END_OPENS = char_gate([_FORECAST_END])  # (where no match can open, none is looked for)
_PLANNED_AHEAD = re.compile(_PLAN_CARRIED + "|" + _SET_ABOUT.pattern)
# a guessed future: a guess before 会 (可能会), one that holds it (或将, 恐将), or one right
# after a word of what comes next (news_cues next_words: 后续很可能, 接下来或许)
_GUESS_AHEAD = re.compile(
    r"(?<![不尽])(?:(?:"
    + cue("guesses").pattern
    + ")会|"
    + "|".join(re.escape(w) for w in _GUESSES if w.endswith("将"))
    + ")|(?:"
    + cue("next_words").pattern
    + ")[很极也]?(?:"
    + cue("guesses").pattern
    + ")"
)
_RUMOUR_AFTER = cue("rumour_after")
# 辟谣, 予以否认; 否认了这一说法, 否认此事: a refutation of what was told before (news_cues
# refuted_after; denied_reports after 否认)
_REFUTED_AFTER = re.compile(
    "(?:" + cue("refuted_after").pattern + ")|否认了?(?:" + cue("denied_reports").pattern + ")"
)
_REFUTAL_DENIED = re.compile("[未没不无]")


def _refuted_later(vt: str, start: int, end: int) -> bool:
    """Is what the sentence told before ``start`` refuted later in it (to ``end``): 辟谣, 予以否认,
    纯属谣言… — not 并未引来辟谣, 没有看到有人辟谣: no refutation made?"""
    for pat in (_REFUTED_AFTER, _RUMOUR_AFTER):
        for hit in pat.finditer(vt, start, end):
            opening = max(start, _clause_start(vt, hit.start(), _CLAUSE_END))
            if not _REFUTAL_DENIED.search(vt, opening, hit.start()):
                return True
    return False


# 并无某人出轨行为的显示, 未发现某人被拘留的记录, 不存在某人出轨的情况: the act inside what is
# said not to be there (news_cues no_evidence_opens … no_evidence_heads, the phrase closing right
# after the trigger); 没有证据表明某人出轨: no evidence of it (evidence_denied, evidence_shows) -
# negated (not 没有透露被拘留的情况, 没有人举报其出轨行为: what the negation holds is a telling,
# news_cues no_evidence_stops, or the one who would tell it)
_NO_EVIDENCE_OPEN = cue("no_evidence_opens")
_NO_EVIDENCE_HEAD = re.compile(
    r"[^，,。；;！？、]{0,4}?的?(?:" + cue("no_evidence_heads").pattern + ")"
)
_EVIDENCE_DENIED = re.compile(
    "(?:" + cue("evidence_denied").pattern + r")(?:能够?|可以)?(?:"
    + cue("evidence_shows").pattern + ")"
)
_NO_EVIDENCE_STOP = cue("no_evidence_stops")
_NO_EVIDENCE_REACH = 24  # characters back the negation may stand


def _no_evidence(vt: str, a: int, t: int, t1: int, b: int) -> bool:
    """Is the trigger at ``vt[t:t1]`` in what its clause (from ``a``, to ``b``) says there is no
    evidence or no sign of?"""
    a = max(a, t - _NO_EVIDENCE_REACH)
    for o in _EVIDENCE_DENIED.finditer(vt, a, t):
        if not _SAID_OF.search(vt, o.end(), t):
            return True
    if not _NO_EVIDENCE_HEAD.match(vt, t1, b):
        return False
    for o in _NO_EVIDENCE_OPEN.finditer(vt, a, t):
        gap = vt[o.end() : t]
        told = _NEGATION_STOP.search(gap) or _NO_EVIDENCE_STOP.search(gap)
        if not (gap.startswith("人") or told):
            return True
    return False


_FABRICATED = cue("fabricated")  # 捏造…发生车祸, 谎称中了彩票: said falsely
# 以X捏造事实为由起诉X, 因编造的罪名遭拘押: the falsehood is the reason given, a phrase a
# reason word opens and 为由 or 的 and its noun close before the trigger - not the act
_REASON_OPEN = re.compile(
    "(?:" + cue("pretext_open").pattern + "|" + cue("reason_opens").pattern + ")"
)
_REASON_SHUT = re.compile("(?:" + cue("pretext_close").pattern + r"|的[\u4e00-\u9fff])")


def _in_pretext(vt: str, a: int, at: int, t: int) -> bool:
    """Does ``at`` lie inside a reason phrase given for the trigger at ``t`` (its clause opening
    at ``a``): after 以 (``pretext_open``) and before the 为由 (``pretext_close``) that shuts the
    phrase before the trigger - 以名誉权被侵犯为由起诉某人, whose 被 is the reason's own verb?
    The 以 is the last one before that 为由: 某人以前被某公司以…为由起诉 - the 以 of 以前 (所以,
    以及…) opens no reason, and the 被 before the reason is the trigger's."""
    close = _PRETEXT_CLOSE.search(vt, at, t)
    if close is None:
        return False
    opens = [hit.start() for hit in _PRETEXT_OPEN.finditer(vt, a, close.start())]
    return bool(opens) and opens[-1] < at


_PRETEXT_OPEN = cue("pretext_open")
_PRETEXT_CLOSE = cue("pretext_close")


def _fabricated(vt: str, a: int, t: int) -> bool:
    """Is the trigger at ``t`` told as made up - a ``fabricated`` word before it in its clause
    (from ``a``) that no reason phrase holds?"""
    for f in _FABRICATED.finditer(vt, a, t):
        if _ALLEGES.match(vt, f.end() + vt.startswith("的", f.end())):
            continue  # 因捏造的指控被拘押: the charge was made - what it alleges is called false
        opened = _REASON_OPEN.search(vt, a, f.start())
        if opened is None or _REASON_SHUT.search(vt, f.end(), t) is None:
            return True
    return False


# a hedge that governs something else than the act: its cause (可能因结冰坠毁), its kind after a
# count of it (一起疑似…事故), a participant told as doing it (疑似X已退出)
_HEDGE_CAUSE = cue("reason_opens")
_HEDGE_KIND = re.compile(r"一[起场宗次个]$")
# 疑似打滑撞向…: a mishap of its own (news_cues mishap: 失灵, 失控…) between the hedge and
# the trigger is what the hedge holds - the cause; the act the next predicate tells is sure
_HEDGED_MISHAP = re.compile(r"[^，,。；;]{0,4}?(?:" + _MISHAP.pattern + ")")  # (up to the trigger)
_HEDGE_DONE = re.compile(r"[已曾]")
_UNCONFIRMED_MARK = cue("unconfirmed_marks")
_UNCONFIRMED_REACH = 14  # characters back a denied confirmation (未能证实…) may stand


# 某公司或裁员三成, 某车型或被召回: a headline's guessing 或 ("may") right before the trigger,
# or before a passive or repeating word right before it (news_cues or_guess_links: 被, 遭, 再)
_OR_GUESS_LINKS = frozenset(cue_words("or_guess_links"))


def _guessing_or(vt: str, a: int, t: int) -> bool:
    """Does a guessing 或 govern the trigger at ``t`` (from its clause start ``a``): right before
    it (:func:`_or_right_before`), or right before an earlier act of the clause this one goes on
    from (王某或被判处死刑: 死刑 too, not told as done by a guess about 判处)?"""
    o = vt.rfind("或", a, t)
    if o < 0:
        return False
    if o >= t - 2:
        return _or_right_before(vt, a, t)
    v = next((s for s in _packaged_lexicon().trigger_starts(vt, o + 1, t) if s <= o + 2), None)
    return v is not None and _or_right_before(vt, a, v)


def _or_right_before(vt: str, a: int, t: int) -> bool:
    """Does a guessing 或 stand right before the trigger at ``t`` (from its clause start ``a``;
    or with one ``or_guess_links`` word between: 或被召回) after a word that is no verb (某公司
    或裁员; not 拘留或逮捕, 拥有或管理: an "or" of two acts, the dictionary's verb before it)
    and no trigger (not 罚款或拘留: an act the dictionary calls a noun)?"""
    o = t - 1 if vt[t - 1 : t] == "或" else t - 2
    if o <= a or vt[o] != "或" or (o == t - 2 and vt[t - 1] not in _OR_GUESS_LINKS):
        return False
    if vt[o - 1] == "抑" or not vt[o - 1].isalnum():  # (抑或: "or else"; 、或: a list)
        return False
    if vt[o + 1] not in _OR_GUESS_LINKS and _penalty_before(vt, a, o):
        return False  # 给予警告或罚款: an "or" of the penalties a rule lists (not 警告或被罚款)
    pos_of = _parts_of_speech()
    k0 = max(a, o - 3)
    return not any(
        (pos_of.get(vt[k:o]) or "").startswith("v") for k in range(k0, o - 1)
    ) and not any(x.end == o for x in _packaged_lexicon().match(vt, k0, o))


# 给予警告或罚款, 处以通报批评或罚款: a penalty named right before a 或 the trigger follows
# (news_cues or_listed_penalties) lists the penalties a rule or an office may give - an "or",
# no guess; with a link of or_guess_links after the 或 (屡次收到警告或被罚款) it still guesses
_LISTED_PENALTIES = tuple(cue_words("or_listed_penalties"))


def _penalty_before(vt: str, a: int, o: int) -> bool:
    """Does a penalty of ``or_listed_penalties`` end right before the 或 at ``o`` (in its
    clause, from ``a``)?"""
    return vt.endswith(_LISTED_PENALTIES, a, o)


def _hedged(vt: str, a: int, t: int, t1: int, s1: int | None = None) -> bool:
    """Is the trigger at ``vt[t:t1]`` hedged by a word of ``_UNCERTAIN`` in its clause (from
    ``a``; or right after it) that governs it rather than its cause (可能因…, 疑似打滑撞向…:
    a mishap of its own before the trigger), its kind or a participant?
    A hedge before a cause governs the act too where its sentence (to ``s1``) says the act is
    still unconfirmed (news_cues unconfirmed_marks: 尚未回应, 正在调查, 是否…)."""
    if _SUSPECTED.match(vt, t1):
        return True  # 陷入挪用公款嫌疑: the act is what is suspected
    for h in _UNCERTAIN.finditer(vt, a, t1 + 2):
        if h.start() >= t:
            return True  # (发生车祸疑似…: after the trigger, about it)
        if (
            (_HEDGE_CAUSE.match(vt, h.end()) or _HEDGED_MISHAP.match(vt, h.end(), t))
            and "而" not in vt[h.end() : t]
            and _UNCONFIRMED_MARK.search(vt, t1, s1 if s1 is not None else t1) is None
        ):
            continue  # (not 可能因为…而退出: the hedge reaches the act after 而; not 可能因X被
            # 拘留，警方尚未回应: the act itself is unconfirmed)
        if _HEDGE_KIND.search(vt, a, h.start()):
            continue
        if h.group() == "疑似" and _HEDGE_DONE.search(vt, h.end() + 1, t):
            continue  # (疑似新东家的某俱乐部已退出: a suspected one did it; not 疑似已…)
        if h.group() == "传出" and _outlet_gives_out(vt, h.start()):
            continue  # (港媒传出消息指…: an outlet's report, told as such - no hearsay)
        return True
    return False


_OUTLET_BEFORE = re.compile("(?:" + cue("outlet_heads").pattern + ")" + _MEDIA_ALL + "$")


def _outlet_gives_out(vt: str, at: int) -> bool:
    """Does an outlet (``outlet_heads``: 港媒, 记者…) stand right before the hearsay word 传出 at
    ``at`` - news an outlet gives out (港媒传出消息指…), a report rather than a rumour?"""
    return _OUTLET_BEFORE.search(vt, max(0, at - 6), at) is not None


def _outlet_report(vt: str, a: int, t: int) -> bool:
    """Does an outlet give out the news of the trigger at ``t`` (a 传出 right after an outlet in
    its sentence from ``a``: 有媒体传出某人已离婚) - told by it, reported?"""
    k = vt.find("传出", a, t)
    while k >= 0:
        if _outlet_gives_out(vt, k):
            return True
        k = vt.find("传出", k + 2, t)
    return False


# 没有公布被拘者名单, 未经许可占道游行, 多日未露面被传离职: the negation governs the verb right
# after it (a telling, the permission 经 names, another act) and the trigger stands in its object
# or in a later predicate — the act itself is not denied; 未能证实X, 不能确认是X: not confirmed
_NEGATION_STOP = cue("negation_stops")
_NEGATION_UNCONFIRMED = cue("negation_unconfirmed")
_NOT_NEGATION = cue("negation_not_words")
# 还不是…就被拘留了, 难道不是…吗: a question that affirms, no negation
_RHETORICAL = re.compile("(?:" + cue("negation_rhetorical").pattern + ")$")
_WITHOUT = re.compile(r"经[^，。；]")  # 未经X: without X — what follows X was done


@lru_cache(maxsize=32)  # asked of one trigger by several rules (see _tellings_found)
def _negation_reaches(vt: str, a: int, t: int) -> str | None:
    """How a negation cue in ``vt[a:t]`` bears on the trigger at ``t``: "negated" when it
    reaches it, "uncertain" when it denies a confirmation of it (``negation_unconfirmed``:
    未证实X), None when there is none or a telling verb (``negation_stops``), the 经 of 未经X or a
    report of the act (被曝, 被指) stands between."""
    found = None
    for n in _NEGATION.finditer(vt, a, t):
        if _NOT_NEGATION.match(vt, n.start()) or _RHETORICAL.search(
            vt, max(0, n.start() - 2), n.end()
        ):
            continue  # 未婚妻, 没收, 没几天: a word the cue opens, no negation
        gap = vt[n.end() : t]
        if _NEGATION_UNCONFIRMED.search(gap):
            found = found or "uncertain"
        elif not (
            _NEGATION_STOP.search(gap)
            or (n.group().endswith("未") and _WITHOUT.match(gap))
            or _SAID_OF.search(gap)
        ):
            return "negated"
    return found


# 也未澄清此事，并向邻居道歉: a negated response carried by 并 into a clause with no subject of its
# own that tells another response (SCHEMA: negation_joiners, response_acts)
_RESPONSE_ACT = cue("response_acts")
_CARRIED_NEGATION = re.compile(
    r"(?:未|没有?|从未|不曾)[^，,。；;：:！？!?]{0,6}?(?:" + _RESPONSE_ACT.pattern + ")"
)
_CARRIED_INTO = re.compile(
    "(?:" + cue("negation_joiners").pattern + r")(?:[向对就为给][^，,。；;：:！？!?]{1,10}|"
    r"[^，,。；;：:！？!?]{0,3})$"
)


def _negation_carried(vt: str, before: _Clause, start: int, t: int, t_end: int) -> bool:
    """The trigger ``vt[t:t_end]`` (its clause from ``start``) is a response (``response_acts``)
    in a clause a joiner opens with no subject of its own, after a clause ``before`` that tells
    a response not made: 未澄清，并向邻居道歉 - the apology is not made either; not with 了
    after the trigger (并向邻居道歉了: done)."""
    if (
        vt.startswith("了", t_end)  # (…，并向邻居道歉了: told as done)
        or _CARRIED_INTO.match(vt, start, t) is None
        or _RESPONSE_ACT.search(vt, t, t_end + 2) is None
    ):
        return False
    at = before.start
    while (n := _CARRIED_NEGATION.search(vt, at, before.end)) is not None:
        if not _NOT_NEGATION.match(vt, n.start()):
            return True
        at = n.start() + 1  # (没想到, 未成年: words, no negation - a cue after may still be one)
    return False


_HABITUAL = re.compile(
    "(?:"
    + cue("habitual_when").pattern
    + ")[^，。；]{0,4}?(?:"
    + cue("habitual_will").pattern
    + r")[^，。；]{0,6}$"
)
# (…的日子.除去致歉以外: an ASCII stop the sentence cut does not end a sentence at)
_BESIDES = re.compile(r"(?:^|(?<=[.．]))\s*除了?[^，。；.．]{1,20}(?:之外|以外|外)$")


_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_LATIN_NAME_BEFORE = re.compile(r"[A-Za-z][0-9\s.\-]*$")  # (iPhone 12, Mate 30 Pro: a model)


def _asked_part(vt: str, clauses: list[_Clause]) -> int:
    """Where the question of a sentence that asks begins: its last clause, or within it the
    part after a headline's gap (上港主场不敌恒大 谁之过？: the space cuts the headline's two
    parts as a comma would).  The clauses before it state what the question is about (某某被拘，
    谁之过？ tells the detention), so a question word there asks nothing of them; the sentence's
    start when it is one part."""
    if not clauses:
        return 0
    last = clauses[-1]
    gaps = [
        g.end()
        for g in _GAP_SPACE.finditer(vt, last.start, last.end)
        if not (
            _LATIN_NAME_BEFORE.search(vt, max(last.start, g.start() - 12), g.start())
            or _LATIN_OR_DIGIT.match(vt, g.end())
        )
    ]  # (not a space in a Latin name: 苹果会发布 iPhone 12 吗？ is one part; 国足0-3 谁之过？ two)
    at = gaps[-1] if gaps else last.start
    return at if vt[at:last.end].strip() else last.start


def _besides_last(vt: str, clauses: list[_Clause], at: int) -> bool:
    """Is ``at`` in the clause just before the last, a 除了…之外 that the last one asks about?"""
    return (
        len(clauses) > 1
        and clauses[-2].start <= at < clauses[-2].end
        and bool(_BESIDES.search(vt, clauses[-2].start, clauses[-2].end))
    )


_LATER_OPEN = re.compile(r"\s*(?:后|其后|而后|之后|事后|随后|后来|此后|最终|最后)")
_LATER_STEP = re.compile(r"(?:其后|而后|随后|后来|此后)")


def _done_to_object(vt: str, m: NewsMatch, actors: list[Actor]) -> bool:
    """Is the trigger ``m`` an act named in a relative clause right after a verb and its 了,
    qualifying someone named right after its 的 (a count between) - the verb's object
    (找到了失踪的刘某, 找到了已失踪三天的刘某, 悼念了遇难的3名工人)?  The time told before it
    is that verb's: the act was done before, on a day not told.  Not an act heading a noun that
    is no one (作出了行政拘留10日的处罚, 作出了行政拘留的处罚决定: the act of the day itself)."""
    if vt[m.start - 1 : m.start] not in _OBJECT_LEADS:
        return False  # (most triggers: no 了, 已 or 已经 right before them)
    if _DONE_BEFORE_LE.search(vt, max(0, m.start - 3), m.start) is None:
        return False
    rel = _RELATIVE_AFTER.match(vt, m.end)
    return rel is not None and any(
        x.start >= rel.end()
        and (x.start == rel.end() or _HEADCOUNT_AT.fullmatch(vt, rel.end(), x.start) is not None)
        for x in actors
    )


_OBJECT_LEADS = frozenset("了已经")  # 找到了|, 找到了已|, 找到了已经|
# 找到了, 找到了已: a verb's 了 (and 已 after it; not the 了 of 除了, 为了: no verb's)
_DONE_BEFORE_LE = re.compile(r"(?<![除为])了(?:已经|已)?$")
# 失踪的, 失踪三天的: 的 right after the act, or after how long it has lasted
_RELATIVE_AFTER = re.compile(
    r"(?:[0-9一二两三四五六七八九十几多数半]+个?(?:天|日|周|星期|月|年|小时)多?(?:之久)?)?的"
)


def _stepped_on(vt: str, a: int, t: int) -> bool:
    """Does a later-step word (随后, 后来…) stand between a time ending at ``a`` and the trigger
    at ``t`` in its clause, after a verb of its own (2016年某人被抓随后被判刑: the year is the
    arrest's, the sentence came later, on no day told)?  An incident's steps (随后折返又砸…) are
    its scene's: the caller leaves them out."""
    return any(
        any(tag.startswith("v") for _, _, tag in _word_spans(vt, a, k.start()))
        for k in _LATER_STEP.finditer(vt, a, t)
    )
# 发布时间：2023-11-28 07:21: the page's own time stamp, no event's day
_STAMP_BEFORE = re.compile(r"(?:发布|发表|更新|编辑|修改|录入|刊发)(?:时间|日期|于)[：:]?\s*$")
_SPAN_END = re.compile(r"(?:到|至|直到|截至|截止)[^，。；]{0,2}$")
# a time followed by up to four characters and 的 (a verb, as a rule: no part of speech is
# checked) tells of the noun after it (…间生产的车型, 2019年发表的文章), not of the act before it
_ATTRIBUTIVE_AFTER = re.compile(r"(?:间|期间|之间)?[\u4e00-\u9fff]{1,4}?的")
# 召回生产日期在2018年1月至2019年6月之间的汽车: the time right after a date of the goods
# (生产日期, 出厂日期, then 在, 为, 是, 于 or 处于 or nothing) is the goods', not the act's
_GOODS_DATE = re.compile("(?:" + cue("goods_dates").pattern + r")(?:在|为|是|于|处于)?$")


def _goods_dated(vt: str, t1: int, t0: int) -> bool:
    """Does the stretch ``vt[t1:t0]`` between a trigger and a time after it end in a date of
    the goods the act is about (召回生产日期在…的汽车), so that the time is the goods'?"""
    if vt.find("期", t1, t0) < 0 and vt.find("时间", t1, t0) < 0:
        return False  # (the cheap test first: most stretches name no date at all)
    return _GOODS_DATE.search(vt, t1, t0) is not None


_OTHER_VERB = re.compile(r"(?:涉及|涉嫌|参与|组织|进行|发生|宣布|表示|称|说|因)")
# 1个月之后, 两天后: counted from an event told before, not from the day of the article
# 1个多月前, 两年多以前: more than a count of units back — no month or year to date by
_MORE_THAN = re.compile(
    r"[0-9一二三四五六七八九十两几]+(?:个)?(?:多|余)(?:个)?(?:天|日|周|星期|月|年)"
    r"|[0-9一二三四五六七八九十两]+(?:年|天|周|个月|星期)(?:多|余)"
)
_OFFSET_AFTER = re.compile(  # (两个多月后: 多 after 个 too)
    r"[0-9一二三四五六七八九十两几多半]+(?:多|余)?(?:个)?(?:多|余)?"
    r"(?:天|日|周|星期|个月|月|年|小时)(?:多)?(?:后|之后|以后)"
)
_SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})
_ALLEGES = cue("alleges")  # a charge: what it alleges follows
# 最后, 最终 before a count or 的 tell which one (最后一战, 最后一次, 最终的结果): no later step
_SEQUENCE = re.compile(
    "(?:" + cue("sequence").pattern + ")(?!(?<=最后|最终)(?:[一的]|阶段|时刻|关头))"
)
_REPORT_VERB = cue("report_verb")


_JUST_AHEAD = 2  # days after the article's date that a time zone or a late stamp explains
_UNTOLD_AHEAD = 1  # months an event told with no plan word may lie past the article as a plan


WEEKDAY_ONLY = re.compile(r"(?:周|星期|礼拜)[一二三四五六日天](?:[早上中下晚午间夜]{1,2})?")
# a year written (2021年), or taken from the year written before (同年10月18日: time_rules
# anaphoric_years, which the time layer reads from the year the text named last, not the page's)
_YEAR_WRITTEN = re.compile(
    r"(?:19|20)[0-9]{2}年|^(?:" + "|".join(rules()["anaphoric_years"]["words"]) + ")"
)
_AHEAD_CUE = cue("ahead_cues")  # 押后至3月22日, 本周日起, 明年: a day ahead on purpose
_DONE_CUE = cue("done_cues")  # 已经, 早在, 进行了: told as done


def _counted_from_written(vt: str, ref: TimeRef) -> bool:
    """Is ``ref`` a count after (两个月后: :func:`_counted_from_told`) or a day anaphor (次日,
    当天下午: ``anchored``) counted from a day written with its year (2022年8月27日…，两个月后;
    2018年10月26日…。次日，…) - its year the text's, as that day's, whatever the page's date?"""
    return (
        ref.base is not None
        and ref.anchored
        and _YEAR_WRITTEN.match(vt, ref.base) is not None
    )


def _ahead_untold(
    vt: str, clause: _Clause, m: NewsMatch, ref: TimeRef | None, reference: str | None
) -> tuple[str | None, str | None, str | None] | None:
    """The date (value, precision, text) of an event its clause tells as done, with no plan
    word, though the day read lies after the article's date; None when it is a plan after all.

    A bare weekday (周日) is the last one gone by; a day whose year is written, or taken from
    one written before (同年10月18日), is kept (the article's date is wrong, not the event's);
    a month and a day alone soon after a day written with its year that lies after the
    article's date take that day's year (:func:`_year_told_before`); a day told as done (已经,
    进行了) or more than :data:`_UNTOLD_AHEAD` months ahead took its year from a wrong article
    date: no date."""
    if ref is None or reference is None:
        return None
    span = vt[min(ref.start, clause.start) : max(ref.end, clause.end)]
    if _AHEAD_CUE.search(span):
        return None
    value, precision = ref.date_value
    if WEEKDAY_ONLY.fullmatch(ref.text) and value is not None and len(value) == 10:
        back = (_day.fromisoformat(value) - timedelta(days=7)).isoformat()
        if later_than(back, reference, precision) is not True:
            return back, precision, ref.text
        return None
    if _YEAR_WRITTEN.search(ref.text) or _counted_from_written(vt, ref):
        return value, precision, ref.text
    if (told := _year_told_before(vt, ref, reference)) is not None:
        return told, precision, ref.text
    if value is not None and len(value) == 10 and _parse_day(value):
        ahead = (_day.fromisoformat(value) - _day.fromisoformat(reference[:10])).days
        if 0 < ahead <= _JUST_AHEAD:
            return value, precision, ref.text  # 北京时间27日 in a page dated the 26th: gone by
    done = _DONE_CUE.search(vt, clause.start, m.start) or vt.startswith("了", m.end)
    if done or (_months_apart(reference, value) or 0) > _UNTOLD_AHEAD:
        return None, None, None
    return None


_TOLD_BEFORE_REACH = 300  # characters back to the day written with its year (as turned_years)
_TOLD_BEFORE_AHEAD = 92  # days after it a month and day alone may fall, in its year
# a year told between that day and the month and day (2021年, 去年, 次年, 两年后: not 同年,
# 当年 - its own)
_OTHER_YEAR = re.compile(
    r"(?:19|20)\d\d年|次年|翌年|[一两二三四五六七八九十几多数0-9]年(?:后|前|来|多)|"
    + "|".join(sorted(_YEAR_OFFSETS, key=len, reverse=True))
)


def _year_told_before(vt: str, ref: TimeRef, reference: str) -> str | None:
    """The day of ``ref``, a month and a day alone (11月3日) read after the page's date, in the
    year of the day written with its year last before it (2018年10月26日，…。11月3日，…), when
    that written day itself lies after the page's date - the text shows the page misdated, and
    the story goes on from the day it wrote - and ``ref`` falls on it or up to
    ``_TOLD_BEFORE_AHEAD`` days after it in its year.  None otherwise (a page whose date no
    written day contradicts: a day ahead of it is a plan or of the page's wrong year)."""
    value = ref.value
    if value is None or not _DAY_OF.match(value) or not month_day_alone(ref.text):
        return None
    hits = list(_FULL_DAY.finditer(vt, max(0, ref.start - _TOLD_BEFORE_REACH), ref.start))
    if not hits:
        return None
    if _OTHER_YEAR.search(vt, hits[-1].end(), ref.start):
        return None  # (2018年10月26日…。2021年，…。11月3日: the story moved on to another year)
    year, month, day = (int(x) for x in hits[-1].groups())
    try:
        told, own = _day(year, month, day), _day(year, int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None
    if told.isoformat() <= reference[:10] or not 0 <= (own - told).days <= _TOLD_BEFORE_AHEAD:
        return None
    return own.isoformat()


def _gold_quad(cb: Codebook, cameo: str) -> tuple[float | None, int | None]:
    row = cb.cameo_table.get(cameo)
    if row is None:
        return None, None
    return row.goldstein, row.quad_class


def _ultimatum(e: Event) -> bool:
    """Does a clause opening with 否则/不然 follow the trigger of ``e`` in its sentence?"""
    tail = e.sentence[max(0, e.trigger_end - e.start) :]
    return any(_OR_ELSE.match(piece) for piece in re.split(r"[，,；;]", tail)[1:3])


def _ordered_event(e: Event) -> bool:
    """被判向某物业公司道歉: an act a court orders (or a party demands) has not been done."""
    s0 = e.mentions[0].sentence_start if e.mentions else e.start  # (a quote may start later)
    head = e.sentence[: max(0, e.trigger_start - s0)]
    cut = max(head.rfind(c) for c in "，。；：")
    hit = _ORDERED_STRICT.search(head[cut + 1 :])
    if hit is not None and hit.group().startswith(("须", "需要", "必须")):
        return e.type != "COERCE"  # (须即时还押: a court's order is carried out; 须道歉: not yet)
    return hit is not None


_ORDERED_STRICT = re.compile(r"(?:被判|判令|责令|勒令|要求|须|需要|必须)[^，。]{0,20}$")


def one_act(e: Event, ev: Event, *, told_before: bool = False, parallel: bool = False) -> bool:
    """``e`` and ``ev`` are one act: the same news type and PLOVER type, dates that agree, no
    participant in two roles.  Two trigger words of one sentence (判处某人有期徒刑): the same
    status, modality and quotation (or one hedged and one told as sure, not ``parallel``:
    疑似失控，撞上…), participants that do not contradict; with ``parallel``,
    the same act told again in a clause of its own for someone else (:func:`_parallel`, read
    by :func:`_join_parallel`).  With ``told_before``,
    ``e`` names again in passing an act ``ev`` told earlier in the article (这次拘留王某后, read
    by ``doubt.drop_doubtful``): ``e`` may lack a PLOVER type and a day, but has no day ``ev``
    lacks and no participant ``ev`` does not name (警方 for 北京警方: the same, named shorter)."""
    types = (None, ev.type) if told_before else (ev.type,)
    if e.news_type != ev.news_type or e.type not in types:
        return False
    if (
        e.trigger_start != ev.trigger_start
        and _SCORE.fullmatch(e.trigger)
        and _SCORE.fullmatch(ev.trigger)
        and (e.trigger != ev.trigger or {a.name for a in e.actors} != {a.name for a in ev.actors})
    ):
        return False  # 甲83-95乙，丙111-117丁, 甲3-1乙，丙3-1丁: two scores, two games
    roles = {a.text: a.role for a in e.arguments}
    if any(
        a.text in roles
        and roles[a.text] != a.role
        and not (_QUANTITY_ROLE.search(a.role) and _QUANTITY_ROLE.search(roles[a.text]))
        for a in ev.arguments
    ):
        return False  # one participant in two roles: two acts (乙起诉甲 after 甲起诉乙; not two
        # counts, 1人 dead and 1人 hurt)
    if told_before:
        if e.date and not (ev.date and (ev.date.startswith(e.date) or e.date.startswith(ev.date))):
            return False  # (a day of its own: told in full, not in passing)
        named = {a.name for a in e.actors} | {a.text for a in e.arguments if a.role != "时间"}
        theirs = {a.name for a in ev.actors} | {a.text for a in ev.arguments}
        return all(any(n in t or t in n for t in theirs) for n in named)
    if e.start != ev.start or e.status != ev.status:
        return False
    if e.modality != ev.modality and (parallel or not _hedged_and_sure(e, ev)):
        return False
    if e.date and ev.date and e.date != ev.date:
        return False
    if _quoted_at(e) != _quoted_at(ev):
        return False  # one told by the writer, one in a quote
    if parallel:
        return _parallel(e, ev)
    mine = {a.text for a in e.arguments if a.role != "时间"}
    theirs = {a.text for a in ev.arguments if a.role != "时间"}
    return not mine or not theirs or bool(mine & theirs)


def _hedged_and_sure(e: Event, ev: Event) -> bool:
    """Is one of two tellings of an act in one sentence hedged and the other told as sure
    (疑似失控，…撞上…: the hedge holds its own predicate, the crash the next one tells is sure;
    不能确认是某人出轨，…声明否认了某人出轨: the denial settles what the hedge left open)?"""
    return {e.modality, ev.modality} in _HEDGE_SETTLED


_HEDGE_SETTLED = ({"uncertain", "asserted"}, {"uncertain", "negated"})


def _join_parallel(out: list[Event], sound: Callable[[Event], bool]) -> bool:
    """判甲入狱九年，判乙入狱七年: each later telling of the same act for someone
    else (``one_act`` parallel) joins the first one's event - where both are events a reader
    would list (``sound``: not a ruling word read with the case as the one jailed, which
    ``doubt`` drops, and the good telling with it).  True when one joined."""
    told: dict[tuple[int, str], list[Event]] = {}
    for e in out:
        if e.extractor == NEWS_EXTRACTOR and e.news_type is not None:
            told.setdefault((e.start, e.news_type), []).append(e)
    gone: set[int] = set()
    for group in told.values():
        for j in range(1, len(group)):
            ev = group[j]
            host = next(
                (e for e in group[:j] if id(e) not in gone and one_act(e, ev, parallel=True)), None
            )
            if host is not None and sound(host) and sound(ev):
                _merge_arguments(host, ev)
                gone.add(id(ev))
    if gone:
        out[:] = [e for e in out if id(e) not in gone]
    return bool(gone)


def _parallel(e: Event, ev: Event) -> bool:
    """判甲入狱九年，判乙入狱七年; 感谢甲，感谢乙: the same act told again in a clause
    of its own for another one it is done to - one act of all of them.  Each names someone in
    one role only, the same role of the one acted on (入狱者, 被拘捕者, 被告…): not 甲起诉乙，
    丙起诉丁 (two suits), nor 甲起诉乙，乙被控… (a suit, then a charge the one sued faces)."""
    lo, hi = sorted((e.trigger_start, ev.trigger_start))
    if _CLAUSE_CUT.search(e.sentence, lo - e.start, hi - e.start) is None:
        return False
    mine = {a.role for a in e.arguments if _person_role(a.role)}
    theirs = {a.role for a in ev.arguments if _person_role(a.role)}
    return (
        mine == theirs
        and len(mine) == 1
        and _acted_on(next(iter(mine)))
        and not _doer_of_its_own(e, ev)
    )


def _doer_of_its_own(e: Event, ev: Event) -> bool:
    """Does the clause of the later telling name, before its trigger, an instance (news_cues
    instance_words: 二审, 改判, 再审…) or a doer of its own - a participant that is none of the
    ones acted on, its words before the trigger other than the earlier clause's (甲市法院判处…，
    乙市法院判处…: two courts; 一审判处…，二审改判…: two rulings)?"""
    first, later = sorted((e, ev), key=lambda x: x.trigger_start)
    heads = []
    for x in (first, later):
        t0 = x.trigger_start - x.start
        cuts = [m.end() for m in _CLAUSE_CUT.finditer(x.sentence, 0, t0)]
        head = x.sentence[cuts[-1] if cuts else 0 : t0]
        for a in x.arguments:
            head = head.replace(a.text, "")
        heads.append(head.strip())
    if _INSTANCE.search(heads[1]):
        return True
    acted = {a.text for a in later.arguments}
    return heads[1] != heads[0] and any(
        a.name not in acted and a.name in heads[1] for a in later.actors
    )


def _quoted_at(e: Event) -> bool:
    head = e.sentence[: max(0, e.trigger_start - e.start)]
    return head.count("“") > head.count("”")


def _fill_roles(ev: Event, e: Event) -> None:
    """``e``'s participants in the roles ``ev`` leaves empty (not its day)."""
    roles = {a.role for a in ev.arguments} | {"时间"}
    gained = [a for a in e.arguments if a.role not in roles]
    ev.arguments.extend(gained)
    names, texts = {a.name for a in ev.actors}, {a.text for a in gained}
    ev.actors.extend(a for a in e.actors if a.name in texts and a.name not in names)


_NUMERAL_RUN = re.compile(r"[0-9.]+|[" + NUMERAL_CHARS + "]+")


def _amount_key(text: str) -> str:
    """An amount with each numeral read as its value (4年 and 四年 alike)."""

    def value(r: re.Match[str]) -> str:
        n = parse_number(r.group())
        return r.group() if n is None else f"{n:g}"

    return _NUMERAL_RUN.sub(value, text)


def _time_end(vt: str, start: int, end: int) -> int:
    """Where the time ``vt[start:end]`` ends as an argument: before a verb of beginning that
    closes it (news_cues ``began_verbs``: 开始) with a verb or a noun right after and no 从/自
    opening it - 今天上午开始大规模拘捕: the act began this morning, and 开始 is the clause's
    verb, no part of the time (从今日开始 and 今日开始，… stay ranges, whole)."""
    hit = _BEGAN_END.search(vt, start, end)
    if (
        hit is None
        or end >= len(vt)
        or not "\u4e00" <= vt[end] <= "\u9fff"
        or vt[start] in _SINCE_OPENS
    ):
        return end
    return hit.start()


_BEGAN_END = re.compile("(?:" + cue("began_verbs").pattern + ")$")
_SINCE_OPENS = frozenset("从自")  # 从今日开始, 自本月起: a range the time opens


def _merge_arguments(e: Event, ev: Event) -> None:
    # 提出上诉，法院于12日批准上诉: a date in another clause is the other act's
    lo, hi = sorted((e.trigger_start, ev.trigger_start))
    apart = _CLAUSE_CUT.search(e.sentence, lo - e.start, hi - e.start) is not None
    have = {(a.role, a.text) for a in e.arguments}
    have |= {(a.role, _amount_key(a.text)) for a in e.arguments if _AMOUNT_ROLE.search(a.role)}
    e.arguments.extend(
        a
        for a in ev.arguments
        if (a.role, a.text) not in have
        and not (apart and a.role == "时间")
        and not (_AMOUNT_ROLE.search(a.role) and (a.role, _amount_key(a.text)) in have)
    )  # (获刑4年 told again as 判处有期徒刑四年: one term, in either numerals)
    names = {a.name for a in e.actors}
    filled = {a.text for a in ev.arguments}  # (两人 and a son named past 结婚第二年: no role)
    e.actors.extend(
        a
        for a in ev.actors
        if a.name not in names and (a.side != "party" or a.name in filled or a.role == "member")
    )
    told = DATED_AS.match(ev.sentence, ev.trigger_end - ev.start) is not None
    if apart and e.date is None and ev.date is not None and not told:
        told = _named_then_told(e, ev)
    if e.date is None and ev.date is not None and (not apart or told):
        # (…结为夫妻了，…两人登记结婚是在3月9日: the sentence tells the day of the one act)
        e.date, e.precision, e.date_text, e.reported = ev.date, ev.precision, ev.date_text, None


def _named_then_told(e: Event, ev: Event) -> bool:
    """Is ``e``'s trigger the noun of a copula (某人此番是二婚, 这并不是她首次维权: the act
    named) and ``ev``'s, in a later clause of the sentence, the same act told with a day given
    between the two (…，早在某年某月某日她就与某人结婚)?  Then that day is the act's."""
    if ev.trigger_start <= e.trigger_start or not ev.date_text:
        return False
    a, b = e.trigger_start - e.start, ev.trigger_start - ev.start
    if _COPULA.search(e.sentence, _clause_start(e.sentence, a, _CLAUSE_CUT), a) is None:
        return False
    return ev.date_text in ev.sentence[a:b]


_COPULA = re.compile(r"(?<![但还可于要凡若总倒])是")


def _merge_parties(e: Event, ev: Event) -> None:
    """作出一审判决，驳回了甲诉乙的请求: a legal act (COERCE, ACCUSE) told twice in a sentence,
    ``ev`` merged into ``e``, keeps the parties only ``ev``'s reading names (乙, the other side
    of the suit the second trigger's clause tells) - none ``e`` holds by name already."""
    if e.type not in ("COERCE", "ACCUSE") or not any(x.side == "party" for x in ev.actors):
        return
    have = {x.name for x in e.actors}
    e.actors.extend(x for x in ev.actors if x.side == "party" and x.name not in have)


# the accidents of a moving vehicle: a later word of one (又撞倒乙) tells another one it hits
_CRASHES = frozenset({"灾害/意外-车祸", "灾害/意外-坠机"})


def _merge_accident_parties(e: Event, ev: Event) -> None:
    """驾车撞倒甲，逃窜中又撞倒乙: a crash (车祸, 坠机: ``_CRASHES``), told twice in a
    sentence, ``ev`` merged into ``e``, keeps the parties only ``ev``'s reading names (乙, hit
    at the second trigger) - none ``e`` holds by name already - when both readings share a
    person (the driver, 甲驾车撞倒乙，又撞倒丙) or ``e`` has none (轿车发生碰撞，并将路人甲、乙
    撞伤); not another driver's crash told beside it (甲撞上护栏，乙驾驶的轿车随后与货车相撞),
    nor the ones a fire's or blast's second word names (公交司机闻讯赶到，将火扑灭: who put it
    out; 火灾殃及住户).  A PLOVER event's sides are :func:`_merge_parties`'s."""
    if e.type is not None or e.news_type not in _CRASHES:
        return
    have = {x.name for x in e.actors}
    people = {x for x in have if not _VEHICLE_END.search(x)}  # (a car stands for no one)
    if people and not any(x.name in people for x in ev.actors):
        return
    e.actors.extend(
        x
        for x in ev.actors
        if x.side == "party" and x.name not in have and not _VEHICLE_END.search(x.name)
    )  # (its 车辆 again, not a new party: the car of the crash, named a second time)


def _merge_actors(e: Event, ev: Event) -> None:
    """The news reading's participants complete the diplomatic coder's: a country it found
    from the context, a co-defendant it did not see."""
    mine: dict[tuple[int | None, int | None], EventActor] = {(x.start, x.end): x for x in ev.actors}
    for x in e.actors:
        found = mine.pop((x.start, x.end), None)
        if found is not None and x.country is None:
            x.country = found.country
            x.cameo = x.cameo or found.cameo
    for (s0, s1), x in list(mine.items()):
        if s0 is None or s1 is None or x.role is None:
            continue
        for k, y in enumerate(e.actors):  # 中国游客 for 中国: the people, of that country
            if (
                y.start is not None
                and y.end is not None
                and s0 <= y.start
                and y.end <= s1
                and y.end - y.start < s1 - s0
                and y.role is None
                and y.kb_id is not None
                and y.cameo == y.country
            ):
                e.actors[k] = replace(x, side=y.side)
                del mine[(s0, s1)]
                break
    if e.type not in ("COERCE", "ACCUSE"):
        return  # co-defendants, co-arrested: the news reading adds people only to legal acts
    seen = [(x.start, x.end) for x in e.actors if x.start is not None and x.end is not None]
    for (s0, s1), x in mine.items():
        if s0 is None or s1 is None or x.role is None and x.cameo == x.country and x.country:
            continue
        if not any(a < s1 and s0 < b for a, b in seen):
            e.actors.append(x)


_NO_PARTY_ROLES = frozenset({"时间", "地点"})  # (a time or a place names no participant)


def _role_fillers_as_actors(e: Event, ev: Event) -> None:
    """拘捕包括甲、乙等15人: a participant of the news reading ``ev`` whose name fills a role
    of a legal act (被拘捕者=甲) is among the actors of the event ``e`` it was merged into,
    though its code is its country's alone - actors and arguments agree.  Not one an actor of
    ``e`` stands for already: its words (华为 of 华为公司) or a title right before it (中国留学生
    of 中国留学生王大伟, whose name the political coder reads as the title)."""
    if e.type not in ("COERCE", "ACCUSE"):
        return
    filled = {a.text for a in e.arguments if a.role not in _NO_PARTY_ROLES}
    have = {x.name for x in e.actors}
    spans = [(y.start, y.end) for y in e.actors if y.start is not None and y.end is not None]
    e.actors.extend(
        x
        for x in ev.actors
        if x.name in filled
        and x.name not in have
        and not (
            x.start is not None
            and x.end is not None
            and any(a < x.end and x.start <= b for a, b in spans)
        )
    )


# 撤销某某的保释，将其还押候审: the custody bail revoked leads to, told by its own word, is the
# one act (a remand: 还押) - the revocation told before it is its cause
_BAIL = "保释"


def _attach(
    ev: Event, events: list[Event], is_remand: Callable[[Event], bool] | None = None
) -> bool:
    """Give ``ev``'s news type and arguments to an event already coded from the same words
    (not a remand to an arrest, nor the reverse - ``is_remand``: 警方拘捕某人，法院其后下令将其还押
    is two acts, though both are read as arrests until the end)."""
    for e in events:
        if e.extractor == NEWS_EXTRACTOR:
            if e.trigger_start == ev.trigger_start and e.news_type == ev.news_type:
                return True
            if (
                is_remand is not None
                and e.news_type == ev.news_type
                and is_remand(e) != is_remand(ev)
            ):
                continue
            # (one act is told in one sentence, of one news type: one_act finds none across two
            # sentences or two types - its cheap first tests, asked first; the same answers)
            if e.news_type == ev.news_type and e.start == ev.start and one_act(e, ev):
                from .doubt import applied_for

                if (
                    (applied_for(e) and not applied_for(ev))
                    or (e.modality == "uncertain" and ev.modality in ("asserted", "negated"))
                    or (_BAIL in e.trigger and _BAIL not in ev.trigger)
                ):
                    # 提请检察院批准逮捕X，检察院…批准逮捕X: the grant told after the
                    # application is the act; the application's mention is none (疑似失控，
                    # 撞上…: the act told as sure is the event)
                    _fill_roles(ev, e)
                    events.remove(e)
                    return False
                _merge_arguments(e, ev)
                _merge_parties(e, ev)  # (作出判决，驳回了甲诉乙的请求: 乙, read at 驳回)
                _merge_accident_parties(e, ev)  # (撞倒甲，又撞倒乙: 乙, read at the second)
                return True
            continue
        same_sentence = (
            any(mm.sentence_start == ev.start for mm in e.mentions) or e.start == ev.start
        )
        if not same_sentence:
            continue
        overlap = e.trigger_start < ev.trigger_end and ev.trigger_start < e.trigger_end
        not_political = (ev.news_type or "").split("-")[0] in _NOT_POLITICAL
        # (the news reading reads all the political one's words: not 发动袭击 of 威胁对X发动袭击)
        covers = ev.trigger_start <= e.trigger_start and e.trigger_end <= ev.trigger_end
        if overlap and ev.type is None and (not_political or (covers and _strangers(e, ev))):
            # 曼联击败切尔西, 央行释放流动性: a match, a market, a product — the political
            # reading of the same words is wrong; so is one whose sides hold none of the
            # participants the news reading finds in its roles (an apology a ruling orders of
            # a woman, read as one by the company she wronged to its home city)
            events.remove(e)
            return False
        if covers and ev.type is not None and e.type != ev.type and e.news_type is None:
            # (a plea to a court to halt a ruling, after an 否则 in another clause): the news
            # reading of the same words types them in their own clause — a request
            e.type, e.cameo = ev.type, ev.cameo
            e.goldstein, e.quad_class = ev.goldstein, ev.quad_class
        if overlap or (ev.type is not None and e.type == ev.type):
            if e.news_type is None:
                e.news_type = ev.news_type
                e.arguments = ev.arguments
                if e.date is None and ev.date is not None:
                    # 2023年5月2日，区公安分局不予立案: the news reading found the day the
                    # diplomatic coder did not
                    e.date, e.precision, e.date_text = ev.date, ev.precision, ev.date_text
                    e.reported = None
                elif e.date is None:
                    e.reported = ev.reported
                _merge_actors(e, ev)
                if overlap or (e.mentions[0].sentence_start if e.mentions else e.start) == ev.start:
                    # (not the reading of a later mention's sentence: 美国要求某公司出售… told
                    # after 某政府要求某法院暂停… names the sides of its own words only)
                    _prefer_news_sides(e, ev)
                    _places_no_sides(e, ev)
                _role_fillers_as_actors(e, ev)
            return True
    return False


def _places_no_sides(e: Event, ev: Event) -> None:
    """某市某区发生游行: a name the news reading of the same words holds as the place of the
    act (地点), and as none of its participants, is where it happens — no side of the
    diplomatic coder's event; one left with no side keeps only its news type."""
    places = [(x.start, x.end) for x in ev.arguments if x.role == "地点" and x.start is not None]
    if not places or ev.actors:
        return
    kept = [
        x
        for x in e.actors
        if x.start is None
        or x.end is None
        or not any(p0 <= x.start and x.end <= p1 for p0, p1 in places if p1 is not None)
    ]
    if len(kept) == len(e.actors):
        return
    e.actors = kept
    if not kept:
        e.type = e.mode = e.cameo = None
        e.goldstein = e.quad_class = None


def _prefer_news_sides(e: Event, ev: Event) -> None:
    """湖北某楼盘业主刘女士被武汉警方拘留: where the news reading of the same words puts someone
    else on a side the diplomatic coder gave a company or an unplaced name, the news reading's
    participant holds that side (the diplomatic coder reads names it knows; the news coder reads
    the clause's structure)."""
    if e.type is None or e.type != ev.type:
        return
    for side in ("source", "target"):
        mine = [a for a in e.actors if a.side == side]
        theirs = [a for a in ev.actors if a.side == side]
        if not mine or not theirs or {a.name for a in mine} & {a.name for a in theirs}:
            continue
        if _bodies_over_bare_places(mine, theirs):
            continue
        kept = {a.country for a in theirs}
        if all(
            a.cameo is None or a.cameo.endswith("BUS") or _place_before(a, theirs) for a in mine
        ) or (
            # (某某政府 asks: the political coder took the leader or the country it knows by
            # name) the news reading's subject (or its 被/把 structure) holds the side when it
            # keeps the side's countries and names someone else (中方 for 中国 is the same
            # one: kept as the KB names it)
            all(a.country is None or a.country in kept for a in mine)
            and not {a.kb_id for a in theirs} <= {a.kb_id for a in mine if a.kb_id}
        ) or _body_nearer(mine, theirs, side, e.trigger_start, e.trigger_end):
            e.actors = [a for a in e.actors if a.side != side] + theirs


def _body_nearer(
    mine: list[EventActor], theirs: list[EventActor], side: str, t0: int, t1: int
) -> bool:
    """工会以停工逼迫某市政府撤回对某国的禁令: the news reading puts on ``side`` public bodies
    (a government, a court, the police) of a known country, written nearer the trigger
    (``t0:t1``) than the countries or people (no body) the diplomatic coder put there - right
    after it for a target, right before it for a source: those are inside what the body is
    asked, told or does, and the body is the act's side (the diplomatic coder reads no generic
    body)."""
    for a in mine:
        if a.role in _PUBLIC_BODIES or a.start is None or a.end is None:
            return False
        for t in theirs:
            if t.role not in _PUBLIC_BODIES or t.country is None or t.start is None:
                return False
            if not (t1 <= t.start < a.start if side == "target" else a.end <= t.start < t0):
                return False
    return True


# (a march the police refuse to allow, a petition brought to a court) the police or a court is
# what a march or a petition is made to, not who makes it - where the sentence says a march was
# refused, banned or broken up (news_cues march_refused: 未获批准, 驱散…); police or judges who
# march themselves (警察上街游行，抗议…) are its source
_PROTESTED_TO = ("COP", "JUD")
_MARCH_REFUSED = cue("march_refused")
_MADE_TO = re.compile(r"(?:向|到|赴|前往|至)$")  # 到某法院请愿: the court a petition is brought to


def _refused_or_made_to(vt: str, s0: int, s1: int, name: str) -> bool:
    """Does the sentence say a march was refused or broken up (``march_refused``), or bring the
    protest to ``name`` (向/到/赴 right before it)?"""
    if _MARCH_REFUSED.search(vt, s0, s1):
        return True
    at = vt.find(name, s0, s1) if name else -1
    while at >= 0:
        if _MADE_TO.search(vt, max(s0, at - 2), at):
            return True
        at = vt.find(name, at + 1, s1)
    return False


def _protested_to(x: EventActor, vt: str, mentions: Sequence[Mention]) -> EventActor:
    """A police force or a court on the source side of a PROTEST, moved to its target where the
    sentence says the march was refused or brings the protest to it."""
    if (
        x.side == "source"
        and x.cameo is not None
        and x.cameo[3:6] in _PROTESTED_TO
        and any(
            _refused_or_made_to(vt, mm.sentence_start, mm.sentence_end, x.name) for mm in mentions
        )
    ):
        return replace(x, side="target")
    return x


# 某会申请举行游行，但警方没有批准, 亲属提请复核，交警部门驳回请求: the one who applied in a
# clause before the refusal (news_cues applied_words: 申请, 提请) is the one refused - its
# subject, the participant right before the verb in its clause (not 向法院申请: the one applied to)
_APPLIED = cue("applied_words")
_APPLIED_REACH = 12  # characters from the applicant to its verb (在前年8月申请举行…)
_APPLIED_TO = re.compile(r"(?:向|到|对|请|由)$")


# 某公司向某法院申请冻结了…，并且查封了…: the act a party applies for to a court or the police
# (news_cues applied_words), in the clause of the application or in clauses going on with it
_APPLIED_ACTS = frozenset({"COERCE", "SANCTION"})
_APPLIED_TO_BODY = re.compile(
    r"[^，。；：]{0,8}?向([^，。；：]{2,12}?)(?:" + _APPLIED.pattern + ")"
)
_GOES_ON_TO = re.compile(r"[^，。；：]*(?:[，；](?:并且|并|同时|且|还)[^，。；：]*)*")


def _applicant(vt: str, actors: Sequence[Actor], lo: int, at: int) -> Actor | None:
    """The subject of the last clause of ``vt[lo:at]`` (before a refusal at ``at``) that applies
    for something, when a clause cut stands between that clause and the refusal."""
    best: Actor | None = None
    for x in actors:
        if x.start < lo or x.end > at or _where(x):
            continue
        verb = _APPLIED.search(vt, x.end, min(at, x.end + _APPLIED_REACH))
        if verb is None or _CLAUSE_CUT.search(vt, x.end, verb.start()):
            continue
        if _APPLIED_TO.search(vt, max(lo, x.start - 1), x.start):
            continue  # 向法院申请: the one applied to
        if not _CLAUSE_CUT.search(vt, verb.end(), at):
            continue  # 申请被驳回 in one clause: told of the application (doubt.py)
        if any(
            y is not x
            and x.end <= y.start
            and y.end <= verb.start()
            and not _APPLIED_TO.search(vt, max(lo, y.start - 1), y.start)
            for y in actors
        ):
            continue  # (another participant stands nearer the verb, not the one applied to)
        if best is None or x.start > best.start:
            best = x
    return best


_PLEA = cue("plea_verbs")  # 请愿, 递交, 投诉…: a plea brought to the one named before it
_PLEA_REACH = 6  # characters from the one pleaded to to the plea (到某法院外请愿)
_FRONT_OF = cue("front_of")  # 前, 门口, 大楼外…: right after the one pleaded to, its doorstep
_FRONT_REACH = 40  # characters from that one to the plea, past what is held up there


def _asked_of(vt: str, lo: int, at: int, x: Actor) -> bool:
    """有多个团体到某法院请愿，要求…: is ``x``, named last before a request at ``at`` right after
    向/到/赴 and before a plea (``plea_verbs``: the one a petition is brought to), the one asked,
    not the one asking?  (not 被喊到街道办说明…: a place one is called to)"""
    k = vt.rfind(x.text, lo, at)
    if k < 0 or _MADE_TO.search(vt, max(lo, k - 2), k) is None:
        return False
    front = _FRONT_OF.match(vt, k + len(x.text))  # (到某议会大楼前举着标语抗议: the whole clause)
    reach = _PLEA_REACH if front is None else _FRONT_REACH
    plea = _PLEA.search(vt, k + len(x.text), min(at, k + len(x.text) + reach))
    return plea is not None and not _CLAUSE_CUT.search(vt, k, plea.start())


# 到/聚集在某公司门前, 到一家银行门口: where one protests (a determiner between)
_AT_DOOR_OPEN = re.compile(r"(?:向|到|赴|前往|至|在)(?:某|该|这家|那家|一家|涉事)?$")


def _at_door(vt: str, lo: int, m: NewsMatch, actors: list[Actor]) -> Actor | None:
    """数十名业主到某公司门前抗议, 村民聚集在镇政府大门外拉横幅: the body (no people, no place)
    named right after 到/在 and right before its doorstep (``front_of``), in the clause of the
    protest at ``m``: the one protested at."""
    for x in actors:
        if x.start < lo or x.end > m.start or _person_or_people(x):
            continue
        if _where(x) or _FRONT_OF.match(vt, x.end) is None:
            continue
        if _AT_DOOR_OPEN.search(vt, max(lo, x.start - 4), x.start) is None:
            continue
        if not _CLAUSE_CUT.search(vt, x.end, m.start):
            return x
    return None


def _door_people(
    vt: str, lo: int, actors: list[Actor], agent: Actor | None, door: Actor
) -> Actor | None:
    """The ones who protest at ``door``: the subject read, unless it is the body at the door
    itself - then the people (CVL, LAB…) named last before it in its clause, if any."""
    if agent is not door:
        return agent
    people = [
        x
        for x in actors
        if lo <= x.start
        and x.end <= door.start
        and x.kind == "generic"
        and x.agent_type in PEOPLE_KINDS
        and not _CLAUSE_CUT.search(vt, x.end, door.start)
    ]
    return people[-1] if people else None


def _pleaded_to(
    vt: str, lo: int, at: int, actors: list[Actor], agent: Actor | None
) -> Actor | None:
    """有多个团体到某法院请愿，要求…: the authority a group of people (``agent``, no authority)
    brings the plea before the request at ``at`` to: the one asked."""
    if agent is None or _authority(agent) or agent.agent_type not in PEOPLE_KINDS:
        return None
    for x in actors:
        if agent.end <= x.start and x.end <= at and _authority(x) and _asked_of(vt, lo, at, x):
            return x
    return None


def _posted_country(vt: str, x: Actor, travel: list[Actor]) -> str | None:
    """The country ``x``'s title says it is posted to, of the places of ``travel`` (驻日本大使王某:
    JPN): a place right after 驻, then up to a title's length of words ending in a title of one
    posted (news_cues posted_titles: 大使, 总领事, 记者…) and no punctuation, then ``x``.  An
    envoy posted to a country is not of it (its own is told before 驻, 中国驻日本大使, or not at
    all)."""
    for t in travel:
        if (
            t.country is not None
            and vt[t.start - 1 : t.start] == _POSTING_MARK
            and 0 <= x.start - t.end <= _TITLE_GAP
            and vt.endswith(_POSTED_TITLES, t.end, x.start)
            and not _CLAUSE_END.search(vt, t.end, x.start)
        ):
            return t.country
    return None


_POSTING_MARK = "驻"  # (news_cues travel_before holds it: the place after it is where one is)
_POSTED_TITLES = tuple(cue_words("posted_titles"))


def _visited_officials(actors: list[Actor], travel: list[Actor]) -> None:
    """前往某国，会见多位官员: officials of no country of their own, named after a place one
    travels to in their sentence (up to ``_VISIT_REACH`` characters on), are of that place."""
    for x in actors:
        if x.country is not None or x.kind != "generic" or x.agent_type != "GOV":
            continue
        went = [t for t in travel if t.country and 0 <= x.start - t.end <= _VISIT_REACH]
        if went:
            x.country = went[-1].country


_VISIT_REACH = 16  # characters from the place visited to the officials met there


def _strangers(e: Event, ev: Event) -> bool:
    """The political reading's sides hold none of the participants the news reading of the
    same words gives roles (the news reading names some; neither name holds the other)."""
    if any(mm.sentence_start != ev.start for mm in e.mentions):
        return False  # (told in other sentences too: more than these words)
    sided = [a.name for a in e.actors if a.side in ("source", "target")]
    named = [a.text for a in ev.arguments if a.role not in ("时间", "地点")]
    if not sided or not named:
        return False
    named += [a.name for a in ev.actors]
    return not any(x in y or y in x for x in sided for y in named)


def _bodies_over_bare_places(mine: list[EventActor], theirs: list[EventActor]) -> bool:
    """某地证监会表示，将与某地交易所合作，要求…: the diplomatic coder names public bodies on
    the side (a place's regulator, court or government: a role of ``_PUBLIC_BODIES``) and the
    news reading only bare countries or regions of the KB (no role, the KB id its country
    code: 香港, not a city) - a body is the more precise participant, and the bare place was no
    better read (often cut from a longer name).  (A body of another country than the place's
    was kept before this too: only one of the same country is at stake.)"""
    return all(a.role in _PUBLIC_BODIES for a in mine) and all(
        t.role is None and t.kb_id is not None and t.kb_id == t.country for t in theirs
    )


def _place_before(a: EventActor, theirs: list[EventActor]) -> bool:
    """某省陈先生, 某市一家五金厂的老板林女士: the diplomatic coder's place opens the phrase that
    names the news reading's person of the same country on that side (a few characters on)."""
    return (
        a.kb_id is not None
        and a.end is not None
        and a.role is None
        and any(
            t.start is not None
            and a.end <= t.start <= a.end + _PLACE_BEFORE_GAP
            and t.country == a.country
            for t in theirs
        )
    )


_PLACE_BEFORE_GAP = 12
