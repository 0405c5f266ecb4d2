"""Events a reader would not list: the last check on every coded event of a document.

Both coders read a trigger and its clause; some uses of a trigger word state no event of their
own, and a reader judging the coded events (issue 7: judged samples of DTELS articles) counts
them wrong.  :func:`doubts` names why an event is doubtful, :func:`drop_doubtful` keeps the
others.  Each test reads the analysis view (simplified script) around the trigger:

* ``boilerplate`` — the sentence is a page's notice (特别声明…不代表本站立场, 原标题), or a
  notice opened earlier on its line runs on into it over no full stop (原标题：《…！…！》);
* ``inside_name`` — the trigger is part of a person's name (潘功胜: no 胜负);
* ``nominal`` — the trigger names an event told before, as a noun: after a classifier or a
  determiner (一起事故, 这次上诉, 每发生一起; 每 right before it, 每卖出一件 —
  ``every_act_before``: a standing offer), owned (瓦妮莎的诉讼), heading a relative clause
  (多年前报案的笔录, 被撞伤的男子, 已解散的社团, 翻船的细节, 出售的提议; past the lead, a passive
  right before a noun for people with no 的 and no day: 扶起被撞老人; counted in figures:
  至少发生11起失控事故; a suit's claims: 诉讼请求 — ``claim_before``; with its
  object: 起诉X侵犯肖像权的三起案件,
  控告X的当事人 — ``relative_heads``; or naming the case the next clause tells of: 起诉X名誉权
  纠纷案，在…开庭; or negated or meant: 没有新品发布的某手机厂, 她打算结婚的人), named as a
  means (借助诉讼叫停 — ``means_before``), commented on (未就本案审理置评 —
  ``comment_verbs``), counted as many (出现数起事故 — ``plural_count``), or framing a time
  (事故中, 庭审期间, 结婚第二年), or one
  kind in a list (仲裁、诉讼等), or regarded by someone (尊重法院的判决, 谢谢丈夫愿意跟她结婚), or
  ending a span of a life (从相识到结婚); or many acts of a kind (一连串起诉, 许多赞誉 —
  ``many_before``),
  a class an act is put in (把事故定性为…负全责的事故 — ``classified_as``), a head of what the act
  had or left (坠毁的直接原因, 维权缘由, 新婚生活 — ``attribute_heads``), a time counted back
  from it (出庭受审的前一天) or framed with its verb of happening (撞车发生过程中 —
  ``frame_verbs``), the name of a charge (煽动罢工等罪), an act of a kind (出轨这种事 —
  ``kind_after``), one cause named of what the sentence tells (由于裁员等原因，… —
  ``cause_after``), the subject of its course (出售迎来转机, 收购告吹 — ``course_after``) or of
  an update (事故又有了新的调查进展, 此案的后续 — ``update_nouns``), inside
  an item of a list of examples a list word opens and 等 closes, not the story's own toll
  (包括…事故、…撞上护栏事故等 — ``examples_open``, ``toll_before``);
* ``quoted_phrase`` — the trigger is inside a quotation that qualifies a noun (播放“…引发交通
  事故…”的录音, “因…被捕”的说法), or one of a list of quotations (“…”“…出轨…”, 手持“…”、“…”的
  横幅): a recording, a slogan, a title, a claim — not the writer's report; or the word alone
  quoted after a mark that names it (即“请求”…, 所说的“离婚” — ``term_marks``): a term;
* ``pretext`` — the trigger inside the reason or the aim given (以…危害公共安全为由,
  以结婚为条件);
* ``wish`` — a sentence that opens with a wish or a demand (“希望特斯拉…公开道歉”): what one
  wants done, not what was done;
* ``wished`` — the trigger stands in the scope of a wish, a demand or a duty (祝福X新婚快乐,
  要求…，再度羁押X, 应…，停止对X的指控; 要求：…), or of a prohibition (``prohibitions``:
  禁止他与某国官员见面, 不得…，就其房屋进行处置，包括出售 — not for a sanction, the
  prohibition itself): in its clause after the word, or in later
  clauses of its sentence that have no subject of their own (they open with 停止, 立即, 再度…:
  ``wish_continues``; or the clause right after a demand holds a verb or two and no subject:
  要求X删除…，置顶道歉 — ``bare_wish``, ``bare_not``; or a demand of one named then a clause
  opening with a verb or 向/对: 恳请某人，推动对…制裁 — ``pivot_not``, ``pivot_openers``); a
  deadline (自判决生效起十五日内…，并…道歉) orders what follows it, its 并-clauses too, and so
  do the numbered items after an order or a duty (须承担以下责任：1、…；2、公开道歉); a
  trigger that is itself such a word (a REQUEST) is its own event, unless a duty scopes it
  (``duty_scope``, ``duty_demands``: 某国政府应要求…, …应该检讨制度，要求各部门…); an act a duty or
  a leave reaches over its object's phrase (``may_scope``: 当事人可以向法院提起诉讼) is not
  done; its clause closing with 才是,
  才对 (``should_end``: 更应…报答大家才是) tells what one should do; an act only an authority
  grants that a party applies for (``applied_words``, ``granted_types``: 申请法院公开审理,
  申请…，在上诉期间将其还押) is asked, not done;
  a remedy among the items a claim lists (诉讼请求，分别是…，某人在报上道歉 — ``claim_items``,
  ``suit_remedies``) is asked, whatever its subject;
* ``proposed`` — the trigger inside a quotation its sentence opens after a proposal noun
  (``proposal_nouns``: 关于解决方案，…“修好后由厂家帮车主卖出”): what was offered, not done;
* ``claimed`` — the trigger stands in what an opinion or a claim holds (某人声称邻居家发生火灾;
  某人认为…，一定会报警 — ``claim_scope``, ``claim_asserts``, ``claim_unsure``,
  ``claim_resumes``): told as possible, bound or caused, or in a doubting claim's own clause;
* ``judged`` — the trigger is judged right after it (这项禁令是不合理的, 该判决不公 —
  ``judged_after``), or the subject of an evaluating predicate later in its clause, past an
  article's first sentence (某人退役对俱乐部而言是一次损失, 起诉某人的关键在于… — ``stance_after``),
  or labelled by a later clause of its sentence (…禁用某应用，这是典型的双标 — ``labelled_as``),
  or weighed by the clause after its own, a hedge and an adjective ending the
  sentence (罚款两百元，未免偏高。 — ``hedges``), or is the subject of a 是…的 that judges it
  (判处徒刑是恰当的; not 是在…, 是因为…): an opinion of an act told before, not the act;
* ``compared`` — the trigger is only the standard of a comparison: its clause opens with 比起,
  不同于… before it (``compared_opens``), or a mark before it (与, 跟, 就像… — ``compared_marks``)
  and a comparison closing the clause after it (与某某求婚某某不同, 就像某某分手一样 —
  ``compared_ends``; not 离婚后过得不一样: what came after the act), or it is the topic its
  clause ends with (…这件事 — ``compared_topics``) that the next clause likens to another
  (，与当年…颇为类似): commentary naming the act in passing; or 都没有, 都不… follow it at once
  (``even_not_after``), after 连 (``even_opens``: 连道歉都没有) or before a verb of notice
  (``even_unnoticed``: 两人那年离婚都没有引起关注): the topic of an "even" aside;
* ``recap`` — the trigger's act is named twice in a list of bare act words joined by 、, the
  second time after a mark of doing again (``again_marks``: 被捕、保释、再被捕、再保释): a
  story's course recapped, neither act told;
* ``generic`` — the trigger is one of the kinds of work a remit word names (承担山区公路塌方的处置
  任务 — ``remit_words``, ``work_heads``; not 负责人, 主管部门: a person, a body): a body's
  duties, no act done;
* ``exhorted`` — the writer urges the readers (让我们…感谢他; 不要用…的暗箭刺伤…; a cheer of no
  doer: 给某某点赞！ opening its sentence, or naming one told of before in it);
* ``argued`` — the sentence opens with the writer arguing to the readers (要知道…, 综上所述，…,
  试想…, 毕竟… — ``argument_openers``), no clause before the trigger's resumes the narrator
  (``claim_resumes``: 最终, 但…) and the trigger's clause names no day: a point made, no report;
  past an article's first sentence, also a writer's view anywhere before the trigger in its
  sentence (``stance_openers``: 应该说, 说实话…), whatever clauses follow it, and no day in the
  trigger's clause;
* ``pronoun_only`` — its only participants are pronouns no name was found for;
* ``averted`` — the act one steps in to stop, up to eight characters after the word
  (``prevention``: 劝阻某人继续袭击裁判; not a passive or a turn after it, 劝阻…反遭殴打, what
  befell the one who stepped in; not a ban, its own act);
* ``prospect`` — what might come or what one urges (面临被出售, 只会加速…出售, 让我们为…点赞),
  the act of someone still to come (会有新的证人出面指证 — ``someone_will``),
  what is talked of or looms (讨论收购X的股权, 潜在的X禁令 — ``not_yet_before``), what is bound
  to come or vowed (起诉是迟早的事, 维权到底 — ``prospect_after``);
* ``rhetoric`` — a present and a future set in parallel (今日有甲被迫…，明日就会有乙… —
  ``parallel_now``, ``parallel_next``): a trend argued with examples, no report of the day;
* ``speculated`` — a guessed cause (也许正是因为这次离婚… — ``guessed_cause``), or a guess about
  the act or an analysis of it in the clause after it (判处监禁，大概是因为…, 封禁…，其实是因为…
  — ``speculative_copula``), or a guessed cause of it right after it (坠机可能由于…造成的,
  事故或因…所致 — ``cause_guessed_after``; not after a time in its clause, 昨晚某楼起火或因…:
  reported with its day): the act is the topic, told elsewhere;
* ``back_reference`` — a determiner a few words before the trigger in its clause (这次某人遭遇空难
  — ``back_reference``): dropped only when an event it names again was told before, whose
  mention it becomes;
* ``frame_when`` — the trigger in a when-clause that opens with the preposition 当, a word of its
  own in the segmenter's cut or closing its clause with 时, 的时候… (当两人打算结婚的时候，…; not
  当地, 当天, 当权者…, where 当 is part of a word), or that 在 opens before the trigger, a word of
  its own, and 时, 的时候, 期间… close (某甲在起诉某厂时，…), or that the act and its object
  close with 时 (a word of its own), 的时候, 之时 or 之际 before another clause, with no 当 or
  在 (某甲退学加盟某唱片公司时，…): it frames the sentence's own assertion;
* ``condition`` — what it takes, told by the next clause (赢了，心里才能踏实 — ``then_modal``),
  or what would follow a condition an earlier clause opens (只有离开，才能… — ``only_if``),
  or a condition whose consequence the next clause draws with 那么, or 那 and a pronoun subject
  or 就/便/才 (两人离婚，那他们的店就得转让; not 那件事引发热议: a demonstrative; not 那些,
  那天… — ``then_open_not``; not an act told as past: 已, 了, 曾), or a clause that
  closes with 的 and a comma (提起上诉的，法院一般会…: whoever does it; not
  the cleft 他是昨天被捕的，), or one of the alternatives offered (…卖掉，或者关门; 要么…), or a
  clause with a condition word before the trigger (``condition``: 要是甲国外长会见乙国总统，…:
  the condition itself; what follows it stays, hypothetical), or a bare 若 after the subject
  (``condition_mid``, ``condition_mid_not``: 某品牌若被收购，还需…) in the trigger's clause, a
  clause following, or in the clause before with a then-word before the trigger (…若违反禁令，
  将被处以罚款);
* ``frame_after`` — an act that frames a time (退役后继续…, 坠机身亡后，…, 离婚三年后，…) and has no
  time of its own in its clause: background told in passing; in an article's body also an act
  whose object a time counted after 后 follows (产下次子后才半年), or a punctual act
  (``since_types``) followed by the time since it (加盟某队未满两周, 两人离婚已满两年 —
  ``since_count``) or by 后 after its object (结婚生子后); and the cause of a death whose time
  since is counted right after it (因为车祸已经离世了两天 — ``reason_opens``,
  ``death_words_since``);
* ``career`` — a line of a life summed up: after 生涯/履历 or a childhood in its sentence
  (职业生涯里…总冠军, 童年时双亲便已离婚, 从小父母便离婚 — ``career_words``,
  ``childhood_words``, ``childhood_times``; not 从小组赛, 从小巷 — ``childhood_not_after``), in a
  sentence or clause opened by an age (27岁，他加入…), or a win or an award counted (共获得5次
  总冠军, 连续5年获得…奖);
* ``motive`` — an act after 为…而 in a sentence that argues (…为讨好选民而推出禁令的分析 —
  ``analysis_words``);
  for the diplomatic coder's events, what was nearly done (接近与X达成协议 — ``near_miss``);
* ``no_party`` — an event that names no one, nothing and no place (a sentence with no one
  sentenced; a crash only when it is uncertain: 坠机也许是因为…), or a joining by a word of other
  senses (``joined_loose``: 加入) with no body joined in its arguments or its clause
  (``joined_bodies``: 加入一段画面, 加入讨论);
* ``watched`` — the trigger in the last item of a list that a clause opening with a verb of
  watching and no subject (``watch_verbs``: 关注, 留意…) begins and 等 closes at the sentence's
  end (关注甲公司合并，…，以及某国封杀某应用等): what a commentator bids the reader watch;
* ``suit_claim`` — a REQUEST whose clause opens with its demand word (``suit_demands``: 要求,
  并要求) right after a clause naming a suit or an appeal (甲提出上诉，要求推翻禁令): the claim
  of the suit, which is the event;
* ``commercial`` — a deal or a meeting (AGREE, COOPERATE, CONSULT) with no news type between
  companies only (甲公司与乙集团签署协议): commerce, no political interaction;
* ``class_only`` — its only participants are a kind of people (消费者, 车企: 理性维权, 纷纷推出),
  or anyone or any other (欢迎其他车企入伙, 越来越多的网友加入…), or one of them is no one (没有
  一家银行起诉某人), and it has no day;
* ``media_actor`` — an outlet among its actors (the outlet reports; the coder misread the
  sentence), or an interview verb its trigger with an outlet or a reporter before it in its
  clause (``interview_verbs``, ``interviewer_nouns``: 某新闻独家对话某车主 — the outlet at work);
* ``commented`` — the sentence or its line opens with a commenter and a colon
  (``commenter_opens``: 网友三：…): a comment quoted, an opinion, no report;
* ``habitual`` — a saying told as done again and again, or a will of habit before the trigger
  after a frame of each time in an earlier clause (``habitual_strong``: 她生日时，好友也总会为她
  庆生): what one does each time, no one act;
* ``no_one_ruled`` — a court's ruling (CAMEO 172) on no one named in its sentence, nor, when
  a court is its source, on a case named before its trigger (``case_end``,
  ``case_ruled_after``: 某法院对某某一案做出判决 rules on the ones tried in it; not 甲诉乙案
  一审宣判 with no court read: 甲 is no court);
* ``headline_like`` — a line after the article's first that ends with no full stop (a heading,
  a run-on of related headlines, a caption), or a short line with no full stop next to a short
  line with no stop at all (a list of other stories' headlines, whatever its own line ends with);
* ``nominal_bare`` — deep in an article, an event noun (``bare_event_nouns``: 诉讼, 起诉书,
  婚礼, 遗体, 禁令…, or one with 上/中/里: 婚礼上) that no verb before it in its clause tells as
  happening (``support_before``: 发生, 提起, 举行, 判处…), that no verb after it in its clause
  tells as happening (``occurs_after``: 举行, 结束, 推迟…) and that no sum follows (罚金20万):
  the noun is a subject, an object or a setting of the clause's own predicate (与某公司的诉讼
  以调解告终, 对起诉书无异议, 在两人的婚礼上致辞, 均包括罚金) - it names an act told before or
  in the background, not one the sentence reports; the first sentences of an article (a title, a
  lead, a headline-like text) keep it, as DuEE's labels do;
* ``run_on`` — a run-on of scraped lines, not a sentence: three full dates or more, with fewer
  clause breaks (a timeline of dated headlines), or 120 characters with no clause break, or two
  feed timestamps (13分钟前…14分钟前… — ``feed_stamps``);
* ``asked`` — told in a reporter's question (问：…，贵方如何看待？) or in a rhetorical one: a
  ``rhetorical_asks`` word before the trigger in its clause, the clause closing with 吗, 呢, 啊,
  嘛 or ？ (他有什么好道歉的呢); or in a whether-question (``whether``: 是否, 能否…) before it in
  its clause, or in an earlier clause its own goes on from with no subject of its own and at most
  six characters before the trigger, no clause between resuming the narrator (争议点是…是否应当
  赔偿，书面道歉…); or in a modifier of a head its clause asks about (婚后生下一女的某某会不会…),
  in a clause closing with 干啥？, or after a rhetorical clause of its quotation running on to ？;
* ``digest`` — the article opens as a digest of unrelated headlines (每天8点，为您梳理… —
  ``digest_intro``), or the sentence's line is a list of three headlines or more cut by ；
  with no comma nor full stop (甲公司完成融资；乙市出台新政；丙银行裁员): its lines are a
  list, not the article's report;
* ``legal_contest`` — a contest word in a sentence about a case (在…案件中获胜: a case won);
* ``no_contest`` — a contest word in an article of 300 characters or more with no word of the
  codebook's sports domain (``cues.json`` ``domains``) nor of another kind of contest
  (``news_cues`` ``contest_words``: 棋手, 得票…), whose event does not name both a winner and a
  loser (甲击败了乙; not 输给乙四十万, a debt): a figure of speech (没被挫折击败, 在新行当里赢了),
  not a match;
* ``self_opposed`` — one participant on both sides of a political event (特斯拉 sues 特斯拉);
* ``private_coercer`` — a coercion whose source is a person with no office (a court or the
  police coerce; 钱某被判…，判处被告人孙某某…: the defendant told before is no judge);
* ``year_conflict`` — a day with no year dates the event while its clause names another year
  before it (4月26日，2024年…开幕, in an article of 2021: a page's unrelated news);
* ``legal_text`` — the sentence quotes a law or rule (《实施细则》规定可…搜查), or a law is the
  one that "requires" (某条例要求法官审查…, 法律竟然“要求…” — ``law_nouns``): no request.

The cue words are lists of ``data/events/news_cues.json`` (``boilerplate``, ``nominal_before``,
``nominal_count``, ``nominal_every``, ``nominal_frame``, ``nominal_heads``,
``nominal_head_quantifiers``, ``regarding``, ``many_before``, ``attribute_heads``,
``frame_verbs``, ``kind_after``, ``classified_as``, ``then_open_not``,
``speculative_copula``,
``prospect``, ``class_nouns``, ``asked``, ``wish_scope``, ``wish_scope_not``, ``wish_continues``,
``duty_scope``, ``duty_demands``, ``may_scope``, ``condition_mid``, ``condition_mid_not``,
``plural_count``, ``pretext_close``, ``judged_after``, ``comment_verbs``, ``near_miss``,
``remit_words``, ``work_heads``, ``prohibitions``, ``prevention``, ``hedges``, ``condition``,
``someone_will``,
``law_nouns``, ``means_before``, ``intends``, ``not_yet_before``, ``guessed_cause``, ``then_modal``,
``then_not``, ``only_if``, ``prospect_after``, ``parallel_now``, ``parallel_next``,
``course_after``, ``proposal_nouns``, ``analysis_words``, ``career_words``, ``since_count``,
``since_types``, ``examples_open``, ``toll_before``, ``stance_after``, ``term_marks``,
``labelled_as``, ``compared_opens``, ``compared_marks``, ``compared_ends``, ``compared_topics``,
``back_reference``, ``whether``, ``stance_openers``, ``rhetorical_ends``, ``whether_after``,
``fresh_before``, ``cheer_words``, ``even_not_after``, ``even_opens``, ``even_unnoticed``,
``again_marks``, ``content_heads``, ``paper_ends``, ``every_act_before``,
``commenter_opens``, ``interview_verbs``, ``interviewer_nouns``, ``habitual_strong``,
``update_nouns``, ``death_words_since``, ``childhood_not_after``).  The
nominal, quotation, prospect and heading tests read the news coder's events only: the diplomatic
coder reads nouns on purpose (对印度的关税).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

from ..annotate.entity_lexicon import parts_of_speech
from ..annotate.quantities import units
from ..annotate.time_tense import _object_after
from ..model import Span
from ..normalize import AnalysisView
from ..segment import segment
from .actors import COURTESY_AFTER as _COURTESY_AFTER
from .actors import surnames
from .clauses import CLAUSE_CUT as _CLAUSE_CUT
from .clauses import COMMA_COLON
from .clauses import QUOTE_CLOSES as _QUOTE_CLOSES
from .codebook import load_codebook
from .dates import DATED_AS
from .frame import HEARING as _HEARING  # (开庭审理某某一案: a hearing's object is its case)
from .frame import crash_car
from .lexicon import alternation
from .model import Event, EventActor, Mention
from .news import _COUNTED as _STATE_OF_PERSON  # (death, missing: told of the person)
from .news import _LEGAL, _LEGAL_ACT, _LEGAL_RULE, AFTER, NEWS_EXTRACTOR, is_suit, one_act, ruled_on
from .news import _SELF_CONTAINED as SELF_CONTAINED
from .news import NEWS_OF_ACT as _NEWS_OF_ACT  # (某人结婚的消息: the news of the act)
from .news import _joined_patterns as _joined
from .news_actors import PEOPLE_KINDS, generic_head, outlet_is_party
from .news_cues import cue, cue_words
from .pattern_gates import flat_words, found_gate
from .status import narrator_resumes, resumes_at

# 发生在某地的爆炸事件, 昨天发生的车祸: a relative clause of the act's happening - where and
# when it happened, no owner: the act is told
_HAPPENED_REL = r"发生(?:在|于)?[^，,。；;：:！？!?的]{0,20}的"
_HAPPENED_DE = re.compile(_HAPPENED_REL + "$")
# 3死, 两死: a death whose trigger counts its dead (3死1伤) - told of people, no one named
_TOLL_TRIGGER = re.compile("[0-9一二三四五六七八九十百千万两几数多]+死")
_CRASH = "灾害/意外-车祸"  # a crash whose one party is its car names no one
# 如果, 一旦, 即使…: a condition word before the trigger (news_cues condition)
_IF_WORD = cue("condition")
# 如X仍拒不…，将起诉: a clause that opens with a bare 如/若 (news_cues condition_opens; not 如今,
# 如期, 如火如荼…: condition_open_not), right before the trigger's clause, whose 将/则/就/便 leads
# to the trigger (_if_then: a word, not 就诊/便利店; 将 not marking an object, 警方将其抓获)
_IF_THEN = re.compile(
    r"(?:^|[，,；;：:“\s])(?!"
    + cue("condition_open_not").pattern
    + ")(?:"
    + cue("condition_opens").pattern
    + r")([^，,。；;！？!?]{2,30})[，,]([^，,。；;！？!?]*)$"
)
_IF_OPEN = cue("condition_opens")  # (a bare 如/若 somewhere before: _if_then is worth asking)
# 第二次开庭如甲方无新证据，…; 开庭时若被告缺席，…: a condition right after the act (or its 时/后)
# - the act is the time a hypothesis is set in, not told as done
_IF_AFTER = re.compile(
    r"(?:时|的时候|之时|后|之后)?(?:"
    + _IF_WORD.pattern
    + "|(?!"
    + cue("condition_open_not").pattern
    + ")(?:"
    + cue("condition_opens").pattern
    + "))"
)
_IF_LIKE = re.compile("(?:" + cue("condition_like_ends").pattern + ")$")  # 如往常一样, 如某某等
# 某公司若被收购，…: a bare 若 after the subject (``condition_mid``; not 若干, 置若罔闻, 倘若…:
# ``condition_mid_not``; not inside a name, 郑若骅) - the act of its clause is the condition of
# the clause after, and an act after a then-word there (…若违反法律，将被处以罚款) would follow it
_IF_MID = cue("condition_mid")
_IF_MID_NOT = cue("condition_mid_not")
_THEN_WORDS = frozenset(cue_words("condition_then"))


# the last clause cut of a stretch in one match: the greedy run backs up to it (the cut is one
# character with no context, so it is the last _CLAUSE_CUT.finditer finds there)
_LAST_CUT = re.compile("(?s:.*)" + _CLAUSE_CUT.pattern)


def _cuts(vt: str, a: int, b: int) -> list[int]:
    """The positions of the clause cuts in ``vt[a:b]``."""
    return [m.start() for m in _CLAUSE_CUT.finditer(vt, a, b)]


def _last_cut_end(vt: str, a: int, b: int) -> int:
    """The end of the last clause cut in ``vt[a:b]``, else ``a`` (where ``b``'s clause opens)."""
    m = _LAST_CUT.match(vt, a, b)
    return m.end() if m is not None else a


def _first_cut(vt: str, a: int, b: int) -> int:
    """The first clause cut in ``vt[a:b]``, else ``b`` (where ``a``'s clause ends)."""
    m = _CLAUSE_CUT.search(vt, a, b)
    return m.start() if m is not None else b


def _not_adverb(tag: str | None) -> bool:
    """A dictionary word other than an adverb (就诊 v, 便利店 n; not 即将, 就要 d)."""
    return tag is not None and not tag.startswith("d")


def _conditioned(
    vt: str, span: tuple[int, int, int, int, int], person_spans: list[tuple[int, int]]
) -> bool:
    """Does a bare 若 after its subject make the trigger at ``t0`` of the clause ``vt[c0:c1]`` of
    the sentence ``vt[s0:s1]`` (``span``) a condition - 若 before it in its clause, a clause
    after (某公司若被收购，员工…) - or its consequence - 若 in the clause before, a then-word
    before the trigger in its own (…若违反法律，将被处以罚款)?"""
    s0, c0, t0, c1, s1 = span
    if _IF_MID.search(vt, s0, t0) is None:
        return False  # (no 若 before it in its sentence: neither test below finds one)
    if c1 < s1 and vt[c1] in "，," and _if_mid(vt, c0, t0, person_spans):
        return True
    cuts = _cuts(vt, s0, t0)
    if not cuts or vt[cuts[-1]] not in "，,":
        return False
    p0 = cuts[-2] + 1 if len(cuts) > 1 else s0
    return _if_mid(vt, p0, cuts[-1], person_spans) and _then_in(vt[c0:t0])


def _if_mid(vt: str, a: int, b: int, person_spans: list[tuple[int, int]]) -> bool:
    """Is there a bare 若 of a condition (``condition_mid``) in ``vt[a:b]``, not in a person's
    name nor in a word that holds it (``condition_mid_not``)?"""
    for m in _IF_MID.finditer(vt, a, b):
        if any(x <= m.start() < y for x, y in person_spans) or any(
            x.start() <= m.start() < x.end()
            for x in _IF_MID_NOT.finditer(vt, max(0, m.start() - 3), m.end() + 3)
        ):
            continue
        return True
    return False


def _if_then(before: str) -> bool:
    """``before`` (the sentence up to a trigger) ends in the consequence of a bare 如/若 condition:
    the clause before the trigger's opens with 如/若 and is no comparison or example (如往常一样,
    如市民所说, 如甲、乙等), and a then-word of the trigger's clause is a word of its own."""
    m = _IF_THEN.search(before)
    if m is None or _IF_LIKE.search(m.group(1)):
        return False
    return _then_in(m.group(2))


def _then_in(body: str) -> bool:
    """Is a then-word (将, 则, 就, 便) in ``body`` a word of its own (not 成就, 就诊, 将军, nor 将
    marking an object: 警方将其抓获)?"""
    pos_of = parts_of_speech()
    for k, c in enumerate(body):
        if c not in _THEN_WORDS:
            continue
        if k and _not_adverb(pos_of.get(body[k - 1 : k + 1])):
            continue  # 成就, 方便: inside a word
        if any(_not_adverb(pos_of.get(body[k : k + n])) for n in (2, 3)):
            continue  # 就诊, 便利店, 将军
        if c == "将" and k and _object_after(body, k + 1):
            continue  # 警方将其抓获: 将 marks the object (a clause opening with 将 is the then)
        return True
    return False


_BOILERPLATE = cue("boilerplate")
_NOMINAL_BEFORE = cue("nominal_before")
_NOMINAL_COUNT = cue("nominal_count")
_COUNT_REAL = re.compile(
    "(?:" + cue("nominal_count_real").pattern + ")(?:" + _NOMINAL_COUNT.pattern + ")$"
)
# 发生在某县的一起爆炸事件: the one act that happened there, counted as 发生一起 counts it
_HAPPENED_COUNT = re.compile(_HAPPENED_REL + "(?:一起|一场)$")  # (not 多起: many, a count)
_NOMINAL_EVERY = cue("nominal_every")
# 每卖出一件…将捐出…: 每 right before the verb - each act a standing offer or a rule counts, none
# told (``every_act_before``)
_EVERY_ACT = cue("every_act_before")
_NOMINAL_FRAME = cue("nominal_frame")
_ANNOUNCE = cue("announce")
_AIMED = re.compile(r"(?:对|针对)[^，。；的]{1,15}的$")
_TOGETHER = re.compile(r"(?:[与和跟同及]|联合|连同)[^，。；]{1,30}一起$")
_COURT_WORDS = re.compile(r"(?:案件|一案|诉讼|法院|法庭|官司|胜诉|败诉|原告|被告|判决|索赔)")
_TOPIC_OF = re.compile(r"(?:就|对于|关于)[^，。；的]{0,10}$")
# the ban a suit is over, not imposed here: right after the suit's verb (起诉某禁令), or named by
# its modifiers, …的 right before it (起诉美国政府针对某应用的行政“禁令”, 就某国对某企业的禁令
# 提起诉讼)
_SUED_OVER = re.compile(
    "(?:" + cue("suit_verbs").pattern + r")了?[^，。；]{0,20}$"
    r"|(?:起诉|控告|状告|就(?![是此要会在已将]))[^，。；]{0,30}的[^，。；的]{0,4}[“\"「]?$"
)
_PRETEXT_OPEN = re.compile(r"以[^，。；]{0,20}$")
_PRETEXT_CLOSE = cue("pretext_close")
_WISH_OPEN = re.compile(r"[\s“\"「]*(?:" + cue("wishes").pattern + ")")
_EXHORT = cue("exhort")
_ARGUES = re.compile(r"[\s“\"「，,]*(?:" + cue("argument_openers").pattern + ")")
_WISH_SCOPE = cue("wish_scope")
# 禁止, 不得…: what is forbidden is not done either (a duty not to), but a ban is the prohibition
_BANNED_SCOPE = re.compile(flat_words([cue_words("wish_scope"), cue_words("prohibitions")]))
_WISH_NOT = cue("wish_scope_not")
_WISH_GOES_ON = re.compile(r"[\s“\"「]*(?:" + cue("wish_continues").pattern + ")")
# 政府应该检讨…，要求某国…: a demand word (itself a REQUEST) a duty (``duty_scope``: 应该, 必须,
# 府应…) scopes - after it in its clause, or opening the clause right after the duty's - is a
# demand one says a body should make, none made (not 应该由某方来负，要求…: the duty another's)
_DUTY = cue("duty_scope")
_DUTY_AGENT = re.compile(r"由")
# (…各方都需要保持克制，呼吁某国…: an appeal after a duty is the speaker's; a body's demand,
# ``duty_demands``, goes on with the body the duty is on)
_DUTY_DEMAND = cue("duty_demands")
_DUTY_OR_MAY = re.compile(flat_words([cue_words("duty_scope"), cue_words("may_scope")]))
_JUDGED_AFTER = cue("judged_after")
_COMPARED_OPEN = re.compile(r"[^，,。；;！？!?]{0,3}?(?:" + cue("compared_opens").pattern + ")")
_COMPARED_MARK = cue("compared_marks")
_COMPARED_END = re.compile("(?:" + cue("compared_ends").pattern + r")[”\"」]?$")
_COMPARED_TOPIC = re.compile("(?:" + cue("compared_topics").pattern + r")[”\"」]?$")
_COMPARED_NEXT = re.compile(
    r"(?:则|也|都|便)?(?:与|和|跟|同)[^，,。；;！？!?]{1,30}?(?:"
    + cue("compared_ends").pattern
    + ")"
)
# …禁用某应用，这是典型的双标和虚伪。: the writer labels what the sentence told before
_LABELLED = re.compile(
    r"[，,；;]\s*这(?:也|更|不过|只不过)?(?:是|就是|无疑是|正是|简直是|完全是|纯粹是|分明是)"
    r"(?:一种|一次|一个)?(?:"
    + cue("labelled_as").pattern
    + ")"
)
_AFTER_THE_ACT = re.compile(r"[后得时]")  # 离婚后过得不一样: what came after the act, compared
_STANCE_AFTER = cue("stance_after")  # 某人离世对大家来说是一次打击, 起诉某人的关键在于
# 此次某公司起诉某人: a determiner and a few words before the trigger in its clause
_BACK_REF = re.compile("(?:" + cue("back_reference").pattern + r")[^，。；：、]{1,8}$")
_TERM_MARK = re.compile("(?:" + cue("term_marks").pattern + r")[“「『]$")  # 即“请求”, 的“离婚”
_BACK_REFERENCE = "back_reference"  # (kept unless an event it names again was told before)
_DEADLINE_DAYS = (
    r"起[^，。；]{0,3}?[0-9一二三四五六七八九十百两]+(?:个)?(?:日|天|周|月|年|小时)(?:之)?内"
)
_AND_THEN = re.compile(r"\s*并(?:且|在|向|于|以|将|把|对)?")
_MEANS = re.compile("(?:" + cue("means_before").pattern + ")$")
# (not 对某人提起诉讼并发表声明: 并 joins a second act of the same subject, the first done)
_COMMENTED = re.compile(r"[^，。；并]{0,6}?(?:" + cue("comment_verbs").pattern + ")")
_COMMENT_TOPIC = re.compile(r"(?:对|就|针对|对于)[^，。；]{0,10}$")
_NEAR_MISS = re.compile("(?:" + cue("near_miss").pattern + r")[^，。；的]{0,12}$")
# 某条例要求, 法律竟然“要求…”: a law the subject, an adverb or a quotation mark between
_BY_LAW = re.compile(
    "(?:"
    + cue("law_nouns").pattern
    + r")(?:竟然|居然|竟|明确|明文|也|都|则|还|却|只|偏偏)?[“\"「]?$"
)
_MEANT_REL = re.compile(
    "(?:" + cue("intends").pattern + "|" + cue("agrees_to").pattern + r")[^，。；的]{0,4}$"
)
_NEG_REL = re.compile(r"(?:没有|没|未|从未|并未|尚未)[^，。；的]{0,8}$")
_CAN_REL = ("会", "能", "可能", "可以")
# a count's word or figure, then up to this many characters to the stretch's end: _PLURAL_COUNT,
# _NUMBER_COUNT (and _counted_many's gate, which reads those tails)
_PLURAL_TAIL = 4
_NUMBER_TAIL = 2
_NUMBER_ENDS = "起宗"  # the last character of a count in figures (11起, 3宗)
_PLURAL_COUNT = re.compile(
    "(?:" + cue("plural_count").pattern + r")[^，。；、]{0," + str(_PLURAL_TAIL) + "}$"
)
# 至少发生11起失控事故: a count of many, in figures
_NUMBER_COUNT = re.compile(
    r"(?<![第0-9A-Za-z\s])(?:[3-9]|[1-9][0-9]+|[三四五六七八九十百几][一二三四五六七八九十百几]*)"
    r"[余多]?[" + _NUMBER_ENDS + r"][^，。；、]{0," + str(_NUMBER_TAIL) + "}$"
)  # (not Model 3起火, nor 两起: two are told one by one)
# the characters the counts of both end in (多起, 几次, 11宗): each pattern's last one is followed
# by at most the longer tail and a final newline (which ``$`` stands before), so it is in the
# last _COUNT_TAIL characters
_COUNT_ENDS = re.compile(
    "[" + "".join(sorted({w[-1] for w in cue_words("plural_count")} | set(_NUMBER_ENDS))) + "]"
)
_COUNT_TAIL = max(_PLURAL_TAIL, _NUMBER_TAIL) + 2


def _counted_many(before: str) -> bool:
    """Does ``before`` end in a count of many (_PLURAL_COUNT or _NUMBER_COUNT)?  Most stretches
    have no count's last character in their last ``_COUNT_TAIL`` characters, where every match
    of either has one: one search of those rules them out, and the two patterns (whose search
    tries every position of the stretch) are read only past it - the same answer."""
    if _COUNT_ENDS.search(before, max(0, len(before) - _COUNT_TAIL)) is None:
        return False
    return bool(_PLURAL_COUNT.search(before) or _NUMBER_COUNT.search(before))


_CLAIM_BEFORE = re.compile("(?:" + cue("claim_before").pattern + ")$")  # 诉讼请求: a claim
_PRONOUNS = frozenset({"他", "她", "其", "他们", "她们", "它", "对方"})
_INSTITUTION = re.compile(r"[局院署部厅处委会府庭所队方军司行团组]")
# (topic_openers - not 对, 就: 对某人刑拘, 就在…; matter_ends: 这件事, 一事…)
_TOPIC_CLAUSE_OPEN = re.compile(r"[\s“\"]*(?:" + cue("topic_openers").pattern + ")")
_MATTER_END = re.compile("(?:" + cue("matter_ends").pattern + r")[”\"]?$")
_IN_FRAME = re.compile(r"在[^，。；]{0,10}$")
_COUNTED_FROM = re.compile(
    r"[0-9一二三四五六七八九十两几多半]+(?:多|余)?个?(?:天|日|周年|周|星期|月|年|小时)"
    r"(?:后|前|之后|之前|以后|以来)"
)
_NTH_AFTER = re.compile(r"(?:后的?)?第[0-9一二三四五六七八九十两几]+(?:个)?(?:年|天|日|周|个月|月)")
_ONGOING = re.compile(r"(?:正在|仍在|目前|如今|现正|尚在)")
# 中国, 中方; 时间, 时代: not a frame
_NOT_FRAME = re.compile(r"(?:中[国方心央共华文外美俄日韩]|时[间代期尚装])")
_PROSPECT = cue("prospect")
# 离婚不成: a potential denied — the complement a word of its own in the segmenter's cut (not
# 罢工不成功, 起诉不成立: 不 and a word)
_CANNOT_AFTER = re.compile(r"不(?:了|成|下去|起来)")
_CANNOT_WORDS = frozenset({"不了", "不成", "不下去", "不起来"})
# 讨论收购X, 考虑对X实施禁令, 潜在的X禁令: talked of or looming, not done
_NOT_YET = re.compile("(?:" + cue("not_yet_before").pattern + r")[^，。；]{0,10}$")
_DONE_GAP = re.compile(r"的是|已|曾|了")  # 考虑的是X已被起诉: what is considered was done
_GUESSED_CAUSE = cue("guessed_cause")
_THEN_MODAL = re.compile(r"[，,]\s*[^，。；]{0,8}?(?:" + cue("then_modal").pattern + ")")
_THEN_NOT = cue("then_not")
# 要起诉也是起诉厂家吧, 要罚也该罚平台: whom one should do it to, if one did (an opinion)
_EVEN_IF_SO = re.compile(r"要([^，,。；;！？!?\s]{1,3})也(?:是|该|得|应该|应当|只能)\1")
# 只有搬走，她才能够继续…: the act that needs the condition an earlier clause opens
_ONLY_IF = cue("only_if")
# 劝阻某人继续袭击裁判: the act one steps in to stop, its object up to eight characters on
# (not over a space, a headline's cut, nor a passive or a turn: 劝阻…反遭围攻 - what befell
# the one who did; nor a next act of the one who stepped in: 制止无效后将其抓获, 制止并将其抓获)
_PREVENTED = re.compile(
    "(?:" + cue("prevention").pattern + r")"
    + "(?:(?!"
    + cue("prevention_stops").pattern
    + r")[^，。；\s被遭反却并后]){0,8}$"
)
# 会有别的员工出面起诉: someone to come (``someone_will``) and their act, a few characters on
# (not 将有关人员抓获, 社会有效…: 有 opening a word of its own, 将 the object marker)
_SOMEONE_WILL = re.compile(
    "(?:" + cue("someone_will").pattern + r")(?![关效序])[^，。；：\s—]{1,6}$"
)
_THEN_IN_CLAUSE = cue("then_modal")
# 起诉是迟早的事, 分手是迟早的事: bound to come, not come
_PROSPECT_AFTER = cue("prospect_after")
# 今日有A…，明日就会有B…: the parallel of a present and a future in a commentary - a trend
# argued with examples, neither told as a report of the day
_PARALLEL = re.compile(
    "(?:" + cue("parallel_now").pattern + r")[^。！？!?]{2,80}?[，,；;][^。！？!?，,]{0,12}?"
    "(?:" + cue("parallel_next").pattern + r")(?:就|又|也|便|还)?(?:会|将|要)?有"
)
_ANALYSIS = cue("analysis_words")
# 退役后继续…, 坠机身亡后，…, 事故发生后: a time framed by an act told in passing (not 后果, 后来…)
# a stretch of time counted (三年, 两个多月, 半年): 离婚三年后, 入职两个月的某某
_TIME_COUNT = (
    r"[0-9一二三四五六七八九十两几多半]+(?:多|余)?个?(?:天|日|周年|周|星期|个月|月|年|小时)多?"
)
_AFTER = AFTER  # (not 后果, 后来, 后续…)
_SINCE_COUNT = "(?:" + cue("since_count").pattern + ")?(?:" + _TIME_COUNT + ")"  # 约三十小时
# (去世半年后, 离婚三年后, 沉船事故发生两周后, 辞世三周年后, 入职不久后, 被捕约三十小时后: a
# time counted from the act frames another)
_AFTER_FRAME = re.compile(
    r"(?:身亡|死亡|去世|发生|完成)?(?:" + _SINCE_COUNT + "|" + cue("soon_after").pattern + ")?"
    + _AFTER
    + r"|(?:" + _TIME_COUNT + ")以?来"  # 离婚两年以来, 入职半年来: a span counted since the act
)
# 某人因车祸去世已经三年, 因为空难离世了几天: the act a death's cause, the time since the
# death counted right after it - background to what the sentence tells (``reason_opens``,
# ``death_words_since``, ``since_count``)
_CAUSE_OPEN = re.compile("(?:" + cue("reason_opens").pattern + ")$")
_CAUSE_LAST = tuple({w[-1] for w in cue_words("reason_opens")})  # (a cheap test first)
_DEATH_SINCE = re.compile(
    r"(?:已经|已)?(?:" + cue("death_words_since").pattern + ")了?(?:已经有|已有|有)?"
    + _SINCE_COUNT
    + "(?:的时间|之久)?"
)
# the act's object up to the word that makes it a time's anchor (产下次子后…, 加盟某队未满…)
_OBJECT_GAP = r"[^，。；：、的了并再又于在是为“”\"0-9０-９年月日号]{0,8}?"
# 产下次子后才半年，…: a time counted from the act, its object between
_COUNT_AFTER = re.compile(_OBJECT_GAP + _AFTER + r"[^，。；]{0,3}?(?:" + _TIME_COUNT + ")")
# a punctual act (news_cues since_types: a marriage, a joining…) and the time since it, at its
# clause's end or before 后/时/以来 (加盟某队未满两周，…; 两人离婚已满两年 - since_count), or
# 后 right after its object (姑妈在产下长子以后便…, 结婚生子后…): the act anchors a time
_SINCE_TYPES = frozenset(cue_words("since_types"))
_SINCE = re.compile(
    _OBJECT_GAP
    + "(?P<since>"
    + cue("since_count").pattern
    + ")?(?:"
    + _TIME_COUNT
    + r")(?:(?P<elapsed>了|之久)|的时间)?(?=[，,。；;！!？?\s]|$|之后|以后|后|时|以来|来)"
)
# 加盟某队两周，就…: the clause after a bare count (no since_count word, no 了) goes on from the
# time since the act (not 以租借形式加盟某队一年，并将…: the act's own term)
_GOES_ON_FROM = re.compile(r"[^，。；]{0,4}?[就便又却才还仍]")
_PUNCTUAL_AFTER = re.compile(_OBJECT_GAP + _AFTER)
# 被拘留5天…期满释放, 曾被判刑，刑满释放…: a detention or a sentence whose term the sentence
# tells served - the release is its event, the term the background (``term_served``)
_TERM_SERVED = cue("term_served")
_TERM_OPENS = re.compile(r"[^，。；]{0,4}?(?:" + _TERM_SERVED.pattern + ")")
_TERM_TYPES = frozenset({"司法行为-拘捕", "司法行为-入狱"})
# 屡次说…，还说…, 一再称…，也…: a saying told as done again and again, no one act
_HABITUAL_SAYS = re.compile(
    "(?:" + cue("repeated").pattern + ")[^，。；]{0,2}?(?:"
    + cue("report_verb").pattern
    + ")"
)  # 一再说, 屡次公开称: said again and again (not 承认屡次撒谎: the lie repeated)
_SAYING = "交往-"  # thanks, apologies, praise: acts of saying
# 她生日时，他也会陪她庆生: a will of habit (``habitual_strong``) up to 6 characters before the
# trigger, after a frame of each time in an earlier clause of its sentence (``habitual_when``: not
# 同时, 当时, 3时, 小时, 时间…) - what one does each time, no one act
# (not 首都会议, 成都会展: a city; not 也会同警方: 会同, jointly; nor 会见, 会谈: a meeting)
_HABITUAL_STRONG = re.compile(
    "(?<![首京成古帝故])(?:"
    + cue("habitual_strong").pattern
    + ")(?![同议见谈晤展所馆区])[^，,。；;]{0,6}$"
)
_HABITUAL_REACH = 6 + max(map(len, cue_words("habitual_strong")))  # (the farthest it starts)
_HABITUAL_FRAME = re.compile(
    "(?<![同当及临暂此那届按准彼小0-9０-９点一二三四五六七八九十])(?:"
    + cue("habitual_when").pattern
    + ")(?![间期代刻候机])"
)
_CAREER = cue("career_words")  # 职业生涯里…, NBA生涯: a life summed up
# 童年时双亲便已离婚, 小时候…: a childhood told as a time, a line of a life - a childhood noun
# followed by 时, 起, ，… (not 儿时玩伴, 童年偶像, 童年的回忆: it qualifies a noun), or a
# word that is a time by itself (小时候; not 小时候的照片)
_CHILDHOOD = re.compile(
    "(?:" + cue("childhood_times").pattern + ")(?!" + cue("childhood_not_after").pattern
    + ")|(?:" + cue("childhood_words").pattern
    + ")(?=" + cue("childhood_time_after").pattern + ")"
)
# the words every _CHILDHOOD match holds, as one trie (which re scans faster than the two
# branches with their lookarounds): none in a sentence, no childhood in it
_CHILDHOOD_WORDS = alternation(
    sorted({*cue_words("childhood_times"), *cue_words("childhood_words")})
)
# 27岁，他加入…; 18岁时，…: a line of a life told by age
_AGE_OPEN = re.compile(
    r"\s*(?:在)?(?:他|她)?[0-9一二三四五六七八九十两]{1,3}岁(?:时|那年|的时候)?[，,]"
)
# 共获得5次总冠军, 连续5年获得…奖: wins or awards counted, a record, not one event
_TIMES = re.compile(
    r"(?:(?<![第近前0-9两三四五六七八九十几多])[0-9两三四五六七八九十几多]+(?:次|届|度)"
    r"|连续[0-9一二三四五六七八九十两几]+(?:年|届|次))[^，。；、]{0,6}$"
)  # (the whole figure: not 四届 inside 第十四届, an ordinal)
_RECORD_TYPES = ("竞赛行为-夺冠", "产品行为-获奖")
# 职业生涯首个大满贯, 职业生涯告别赛: one event of the career, not its summary
_ORDINAL = re.compile(r"第|首|头一|最后")
_FOR_AIM = re.compile(r"为[^，。；]{1,15}而[^，。；]{0,8}$")
_ASKED = cue("asked")
# 网友二：…, 网友@某某：…: a line that opens with a commenter and a colon quotes a comment
# (``commenter_opens``; an ordinal, a letter or a handle may name the commenter) - an opinion
# voiced, no report
_COMMENTER_LINE = re.compile(
    r"\s*(?:"
    + cue("commenter_opens").pattern
    + r")(?:[0-9０-９一二三四五六七八九十甲乙丙丁A-Za-z]{0,3}"
    + r"|[@“\"「][^，。；：:]{1,12}?[”\"」]?)[：:]"
)
# 某报记者专访了某某, 某新闻独家对话某某: an interview (``interview_verbs``) whose clause
# names an outlet or a reporter before it (``interviewer_nouns``, ``outlet_ends``; not 新闻发言人,
# 新闻发布会) - the outlet gathering its report, no event of the news
_INTERVIEW_VERB = cue("interview_verbs")
_INTERVIEWER_BEFORE = re.compile(
    "(?:"
    + cue("interviewer_nouns").pattern
    + "|"
    + cue("outlet_ends").pattern
    + ")(?!发言|发布|办|会|讯|报道|获悉|了解|称|消息|援引|上|络|友|民)[^，,。；;]{0,8}$"
)  # (not 据媒体报道…, 记者获悉…, 本报讯: the report's source; not 记者会: a press conference;
# not 网上, 网络: a medium, no outlet)
_STANCE_OPEN = cue("stance_openers")  # 应该说, 说实话: the writer's view, the sentence's frame
_WHETHER = cue("whether")  # 记者问她能否出庭: an indirect question
_WHETHER_REACH = 6  # characters before the trigger of a clause going on with a whether-clause
# a whether-clause named as a point (争议点是…是否…), not one a verb asks (调查他是否…)
_POINT_IS = re.compile(r"[是为：:]|在于")
_PRONOUN_OPEN = re.compile(r"\s*(?:他们|她们|他|她|其|它|我们|我|你)")
# 他有什么可道歉的呢, 难道…吗: a rhetorical question before the trigger in its clause, the clause
# closing as a question (``rhetorical_asks``)
_RHETORICAL = re.compile("(?:" + cue("rhetorical_asks").pattern + ")")
_RHETORICAL_END = re.compile("(?:" + cue("rhetorical_ends").pattern + r")[呢啊]?[？?]")  # …干啥？
_WHETHER_AFTER = cue("whether_after")  # 还会不会, 是否: the head of a modifier asked about
_FRESH = cue("fresh_before")  # 刚刚产下儿子的某某是否…: a modifier telling fresh news
_CHEERS = frozenset(cue_words("cheer_words"))
_MODIFIER_DE = re.compile(r"[^，,。；;：:的“”\"]{0,8}的(?![是话])")  # 生下一子的某人: an attribute
_QUOTE_OPEN = re.compile(r"[“\"「]")
_CHEER_OPEN = re.compile(
    r"[\s“\"「]*(?:也|再次|一起|都)?[给为向](?![了此何])([^，,。；;！!？?：:]{1,20})$"
)  # 给某某点赞: a clause of no doer, the one cheered after the preposition
_CHEER_CLAUSE = re.compile(
    r"[\s“\"「]*(?:也|再次|一起|都)?[给为向](?![了此何])[^，,。；;！!？?：:]{1,20}?(?:"
    + cue("cheer_words").pattern
    + r")[！!]?[，,]"
)  # 向某某致敬，感谢她们…: a sentence opening with a cheer the writer urges
_ASKS_END = re.compile(r"[吗呢啊嘛？?][\s”\"’」』）)！!。，,]*$")
# a joining (组织关系-加盟) by a word of other senses (``joined_loose``: 加入, not 加盟) whose
# clause names no body joined (``joined_bodies``): 加入一个表情, 加入讨论
_JOINED_LOOSE = cue("joined_loose")
_JOINED_BODY = cue("joined_bodies")
_JOINED_TYPE = "组织关系-加盟"
_CLASS_NOUN = re.compile("(?:" + cue("class_nouns").pattern + ")$")
_REGARDING = re.compile("(?:" + cue("regarding").pattern + ")[^，。；、]{0,6}$")
_PAST_REL = re.compile(r"(?:已|曾|已经|早已|早就)[^，。；]{0,6}$")
_RANGE = re.compile(r"从[^，。；]{1,8}到$")
# 从出事到某日: the act opens a span of time, told in passing — 从, 自从, 自 a word of its own
# in the segmenter's cut (not 自行上诉至…, 亲自起诉到…, 自述被转发到…: 自 in a word)
_SPAN_FROM = re.compile(r"(?:从|自从|自)[^，。；]{0,8}$")
_SPAN_WORDS = frozenset({"从", "自从", "自"})
_SPAN_REACH = 8  # characters between 从 and the trigger
# 过去一年…上市的公司, 近三个月…被捕的人: the acts of a span counted back from the page's day,
# told of those who did them - a statistic, no one act
_SPAN_BACK = re.compile(
    "(?:" + cue("span_to_now").pattern + r")\s?(?:[0-9]+|[一二三四五六七八九十两几]+)(?:多|余)?"
    r"个?(?:年|月|周|星期|天|日)"
)
# 在某日播出的节目中，…; 在某人起诉某厂的官司里，…: the act qualifies the occasion a 在 phrase
# opening the clause names, the clause closing on it before another - a frame, no act told (not
# 在…遇险的12名游客中: among those people; not a match's result, 在甲队击败乙队的决赛中, which
# DuEE labels told)
_OCCASION_OF = re.compile(
    r"[^，。；的]{0,10}?的(?![0-9一二三四五六七八九十两几数多]+[名位个人])"
    r"[^，。；的]{1,16}?(?:之中|当中|中|里|上)"
)
_CONTEST = "竞赛行为"
_SPAN_TO = re.compile(r"(?:了)?(?:到|至|以来|之后至)")
# …，或者关门; 要么…，要么…: alternatives offered, neither done (not 或者说, 或是说: the act
# restated; not 或是因为, 或许由于…: a guess at its cause, the act told)
_ALTERNATIVE = re.compile(r"\s*(?:或者|或是|要么|抑或)(?!说|是说|因为|是因为|由于|出于|因)")
_QUOTE_CLOSE = re.compile(r"[”\"」』][^，。；“”\"]{0,2}?的[\u4e00-\u9fff]")
# “某某收了好处”等不实的说法: one of a kind of claims (inside a curly quote only)
# 标题为“…”, 打出“…”的标语: the quotation is a title or a slogan; “…”相关情况: a matter
_QUOTED_TITLE = re.compile("(?:" + cue("quoted_titles").pattern + r")[：:为是]?\s*$")
_QUOTE_HEAD = re.compile("(?:" + cue("quoted_heads").pattern + ")")
_QUOTE_CLOSE_KIND = re.compile(r"[”\"」』]等[^，。；“”\"]{0,8}?的[\u4e00-\u9fff]")
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")
_DEEP = 3  # sentences into an article
_TERMINAL = re.compile(
    r"(?:[。！？!?…；;.]|[。！？!?][”\"’」』）)]+|[。！？!?][（(][^（()）]*[）)])\s*$"
)
_STOP = re.compile(r"[。！？!?…；;.]")  # the first character of every _TERMINAL match


def _ends_stopped(vt: str, s0: int, s1: int) -> bool:
    """Does ``vt[s0:s1]`` end with a stop (``_TERMINAL``)?  Searched from its first stop on: every
    match opens with one, so the body before it is not scanned."""
    m = _STOP.search(vt, s0, s1)
    return m is not None and _TERMINAL.search(vt, m.start(), s1) is not None


_NOTICE_REACH = 80  # characters back on its line a notice (原标题：…) runs over sentence stops
_FULL_STOP = re.compile(r"[。；;]")  # what ends a notice's run-on and what no headline holds
_TITLE_MAX = 60  # characters of a line read as a headline


def _notice_runs_on(vt: str, line0: int, s0: int) -> bool:
    """A page notice opens earlier on the sentence's line and no full stop ends it before the
    sentence: 原标题：《某地！某人被拘！》 - the title's ！ split it, its second sentence is a
    copy."""
    ends = [m.end() for m in _BOILERPLATE.finditer(vt, max(line0, s0 - _NOTICE_REACH), s0)]
    return bool(ends) and not _FULL_STOP.search(vt, ends[-1], s0)


def _boilerplate(vt: str, line0: int, s0: int, s1: int) -> bool:
    """Is the sentence ``vt[s0:s1]`` boilerplate (``_BOILERPLATE``), or the run-on of a notice
    earlier on its line (:func:`_notice_runs_on`)?  One search over both stretches first (they
    meet at ``s0``): most sentences have no such word before them or in them."""
    if _BOILERPLATE.search(vt, max(line0, s0 - _NOTICE_REACH), s1) is None:
        return False
    return _BOILERPLATE.search(vt, s0, s1) is not None or _notice_runs_on(vt, line0, s0)


def _title_line(vt: str, a: int, b: int, bare: bool) -> bool:
    """``vt[a:b]`` (one line) reads as a headline: short, with no full stop in it, and, when
    ``bare``, with no stop at all at its end and no item number (4、某某的走红 heads a section)."""
    line = vt[a:b].strip()
    return (
        4 <= len(line) <= _TITLE_MAX
        and not _FULL_STOP.search(line)
        and not (bare and (_TERMINAL.search(line) or _LIST_ITEM.match(line)))
    )


def _in_title_run(vt: str, line0: int, s1: int) -> bool:
    """The sentence is a line of a run of headlines (a related-stories list, a sidebar): a
    short line with no full stop, neither the article's first nor a copy of it, next to a short
    line that ends with no stop at all (某地暴雨致航班取消！ among 某队三比一取胜 /
    某市发布高温预警)."""
    line1 = vt.find("\n", line0)
    line1 = len(vt) if line1 == -1 else line1
    if line0 == 0 or s1 > line1 + 1 or not _title_line(vt, line0, line1, bare=False):
        return False
    if vt.startswith(vt[line0:line1].strip()):
        return False  # the title told again under a page title (某某案开庭-某某网)
    p1 = line0 - 1  # the previous line with text
    while p1 > 0 and vt[p1 - 1].isspace():
        p1 -= 1
    if _title_line(vt, vt.rfind("\n", 0, p1) + 1, p1, bare=True):
        return True
    n0 = line1  # the next line with text
    while n0 < len(vt) and vt[n0].isspace():
        n0 += 1
    n1 = vt.find("\n", n0)
    return n0 < len(vt) and _title_line(vt, n0, len(vt) if n1 == -1 else n1, bare=True)


_FULL_DATE = re.compile(r"(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日")
_RUN_ON_DATES = 3  # full dates, more than the clause breaks between them: a timeline list
_RUN_ON_STRETCH = 120  # characters with no clause break: scraped lines run together
# an argument's text that names something: a Chinese word, or a Latin name of two letters or
# more (TikTok, Lumia X9) - not a bare number or sign
_NAMING = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2}")
# the 的 of 是…的 (他是昨天被捕的) closes the clause; a 的 before a noun opens a relative clause
# 就…的诉讼, 与…的司机见面, 撤销…的命令, 对…的担忧: a phrase that opens a noun the act modifies
_PHRASE_OPEN = re.compile("(" + cue("phrase_openers").pattern + r")([^，。；：、的]{0,14})$")
_DONE_IN = re.compile(r"[了已曾]")
_GAP_DE = re.compile(r'[^了过着，。；：的“”"\s]{1,10}?的[\u4e00-\u9fff“]|的[\u4e00-\u9fff“]')
_VERB_TAGS = frozenset({"v", "vd", "vi"})
_AND_OPENERS = frozenset(cue_words("and_openers"))  # 与, 跟: also "and" between two subjects
_TELLS_ITSELF = re.compile(
    "(?:[^，。；：的]{0,4}?)(?:" + cue("act_itself_heads").pattern + ")"
)  # (…相撞的交通事故, …结婚的消息, …离婚三周年的日子: the act itself, its news, its day)
_REL_DE = re.compile(r"的[\u4e00-\u9fff“\"《]")
# 被撞毁的, 被砸坏的: a one-character result of the act before 的 and the noun it qualifies
_RESULT_DE = re.compile(r"[毁伤死倒坏翻碎残断烂塌]的[^，。；、\s]")
# (种种细节, 相关证据: a quantifier may stand between 的 and the head)
_NOMINAL_HEAD = re.compile(
    "(?:" + cue("nominal_head_quantifiers").pattern + ")?" + cue("nominal_heads").pattern
)
# the trigger's object, then 的 (and a count: 的两个案件) before the noun the whole qualifies
# (not 驳回了…, 去世了几天: a verb with 了 heads its clause)
_REL_FAR = re.compile(
    r"[^了过着，。；、的“”\"][^，。；、的“”\"]{0,19}?的(?:[一两二三四五六七八九十几数]+[个起件名位项大])?"
)
_RELATIVE_HEAD = cue("relative_heads")
_SUIT_HEAD = cue("suit_heads")  # (right after the trigger, no 的)
# the trigger, its object and all, names a case its clause ends with (X起诉Y名誉权纠纷案，在…开庭;
# not 报案, 立案, 结案: a verb on a case)
_CASE_RUN = re.compile(
    r"[^，。；、的“”\"了过着]{1,24}?(?:纠纷|侵权)?(?<![报立备结破翻办犯作审断销定答方提议草档专])(?:一案|案件|案)"
)
_PASSIVE_REL = re.compile(r"(?:被|遭)[^，。；]{0,8}$")
# what may follow a passive predicate to its clause's end: nothing, an aspect word or a figure of
# days (被刑拘, 被拘留了, 被拘留7天)
_PASSIVE_CLAUSE_END = re.compile(
    r"(?:了|过)?(?:[0-9一二三四五六七八九十两]+[天日个月年]+)?[。！!，,；;…]*$"
)
_RULING_END = cue("ruling_end")  # a trigger that ends in a ruling (宣判, 判决, 裁定)
_OWNED_DE = re.compile(r"的$")
# right after a verb: its aspect, after no noun (not a word 了 or 过 opens: 离婚过程, 诉讼过后,
# 裁员过多 - news_cues aspect_mark_words - after a noun as well)
_ASPECT_MARK = re.compile("(?!" + cue("aspect_mark_words").pattern + ")[了过]")
# 保释申请被拒, 上诉遭驳回: a trigger holding its noun and the passive predicate on it is a
# clause of its own after 甲的 (甲的保释申请被拒: the refusal told), no act 甲 owns
_OWN_PREDICATE = re.compile(r".[被遭](?!告)")
_CAUSED_DE = re.compile("(?:" + cue("outcome_opens").pattern + ")的$")  # 导致的, 造成的
_LIST_OF_KINDS = re.compile(r"^(?:、|等[^待同])")
# 包括甲地某事故、乙地某车碰撞护栏事故等: an item of a list of examples a list word opens
# (news_cues examples_open: 包括, 例如, 比如…) and 等 closes, the act inside one of its items -
# not the story's own toll or arrests broken down (toll_before or a count of people before the
# opener: 导致村庄受灾，包括两名村民遇难、四人失踪等; 多名官员被查，包括…)
# 那年离婚都没有引起关注, 连道歉都没有: the act the topic of an "even" aside (even_not_after) -
# after 连 in its clause (even_opens: not even done), or before a verb of drawing notice
# (even_unnoticed: it drew none); not 被拘留都不知道为什么, 离婚都没告诉家人: done, then not even…
_EVEN_NOT_ANY = re.compile("(?:" + cue("even_not_after").pattern + ")")
_EVEN_NOT = re.compile(_EVEN_NOT_ANY.pattern + "(?:" + cue("even_unnoticed").pattern + ")")
_EVEN_OPEN = re.compile(
    "(?:" + cue("even_opens").pattern + r")(?![续同夜日忙带任锁])[^，。；：、]{0,8}$"
)
# 再被捕, 又保释: an act done again (again_marks), the item of a recap that repeats it
_AGAIN = re.compile("(?:" + cue("again_marks").pattern + ")")
_RECAP_ITEM = 5  # characters of a bare act word with its mark (再被拘留)
# 3月5日, 昨天: a day before the list - that day's course told, no recap
_RECAP_DAY = re.compile(
    r"[0-9０-９一二三四五六七八九十]+(?:日|号)|今天|昨天|昨日|今日|当天|当日|昨晚|前天"
)
_EXAMPLES_OPEN = re.compile("(?:" + cue("examples_open").pattern + r")([^，。；：]{0,40})$")
# (等 up to 12 characters after the trigger, or further when more items follow its own, the
# last of them up to 16 characters: 包括甲事故、乙地某车“失控”事故、丙地某车碰撞交警事故等)
_EXAMPLES_CLOSE = re.compile(
    r"([^，。；：]{0,12}?|[^，。；：]{0,40}?、[^，。；：、]{1,16}?)等(?![待同])"
)
_OWN_TOLL = re.compile(
    cue("toll_before").pattern + r"|[0-9０-９一二三四五六七八九十两多数几]+[人名]"
)
_TOLL_REACH = 20  # characters before the opener the toll is named in
# 一连串起诉, 许多赞誉: acts of a kind, many of them, not one told here
_MANY_BEFORE = re.compile("(?:" + cue("many_before").pattern + ")的?$")
# 运输机坠毁的直接原因, 维权缘由, 车祸细节, 新婚生活: what the act had or left, named (a
# modifier of up to 4 characters may stand between 的 and such a head: not 求婚的喜讯,
# 不予立案的书面决定 — the news or the decision is the act told)
# (not a head right before a word of a kind of work, genre_nouns: 发布悬疑新作, 上线的悬疑剧 -
# the work is the trigger's object)
_ATTRIBUTE_HEAD = re.compile(
    "(?:" + cue("attribute_heads").pattern + ")(?!" + cue("genre_nouns").pattern + ")"
)
_BIG_COUNT = r"[0-9０-９一二两三四五六七八九十几]+大"  # 4大, 五大: a headline's count of main ones
_HEAD_NEAR = re.compile(
    r'(?:的[^，。；、的“”"]{0,4}?|' + cue("attribute_modifiers").pattern + "|" + _BIG_COUNT + ")?"
    + _ATTRIBUTE_HEAD.pattern
)  # (追尾主要原因: a modifier of the head with no 的; 坠机4大悬疑: a count of them)
# 道歉信内容不实, 道歉声明的真实性: a paper of an act (paper_ends) named for its content
# (content_heads) - not 公开道歉的内容, 起诉某人的内容: the act done, its content told
_CONTENT_NEAR = re.compile(
    r'(?:的[^，。；、的“”"]{0,4}?)?(?:' + cue("content_heads").pattern + ")"
)
_PAPER_ENDS = tuple(cue_words("paper_ends"))
# 撞车发生过程中, 庭审进行期间: the act frames a time, its verb of happening between
_FRAME_VERB = re.compile(
    "(?:" + cue("frame_verbs").pattern + ")(?:" + cue("nominal_frame").pattern + ")"
)
# 受审的前一天, 开庭前两天, 宣判前夕, 事故碰撞前5秒内: a time counted back from the act (its
# moment of impact named between)
_BEFORE_COUNT = re.compile(
    r"(?:碰撞|撞击|相撞)?的?(?:之前|以前|前)(?:[0-9一二三四五六七八九十两几多半]+(?:多|余)?个?"
    r"(?:天|日|周|星期|个月|月|年|小时|分钟|秒钟?)|一?[天日晚夜]|夕)"
)
# 煽动罢工等罪, 以放火罪: the name of a charge (not 被起诉九项罪名: its counts;
# 罪成: a verdict; 忏悔罪行: the crimes)
_CHARGE_AFTER = re.compile(r"(?:等(?:控罪|罪名|罪)|罪(?![成名行状责过人犯]))")
# 纵火罪成, 袭击他人罪名成立, 一项袭警罪, 谋杀及纵火两项罪名: an act (a fire, an attack, a
# death) named in a charge, a plea or a verdict - the crime's name, not the act told as news (a
# few words of its object may stand between; not 纵火后被以…罪拘捕: a clause of its own, nor
# 认罪, 定罪, 无罪, 犯罪: words of their own)
_LEGAL_CLASS = "司法行为"  # (DuEE's class of legal acts)
_CHARGEABLE_PLOVER = frozenset({"ASSAULT", "PROTEST"})  # (an attack, a riot with no news type)
_CRIME_NAMED_AFTER = re.compile(
    r"[^，。；：、,;:！？!?\s的被以将把对向因在于后并而了遭]{0,8}?"
    r"(?<![犯获认定无有服谢赔得论畏判治问怪顶脱免受请负恕])罪"
    r"(?:成|名|(?![行状责过人犯魁孽恶证大该有不]))"  # (罪魁祸首, 罪大恶极: no charge)
)
# (以)涉嫌纵火被捕, 被控纵火: the act a suspicion or a charge names, the ground of a legal act
# (not 涉嫌于昨晚在某地纵火, 被控于某日在某地纵火: an act told with its own circumstances)
_SUSPECTED_BEFORE = re.compile(r"(?:涉嫌|被控|被指控|被控告)(?:犯|参与|实施)?$")
# 干出出轨这种事: an act of a kind
# 出售迎来转机, 收购告吹: the act the subject of its course, not told as done
_COURSE_AFTER = cue("course_after")
# 翻船事故传来新的调查进展, 此案的后续: the act (or its matter: 事故, 事件, 案) the topic of
# an update (``update_nouns``) right after it - what is new is told, the act named in passing
_UPDATE_FIRST = frozenset("事案的又再也终已有迎出传最新调侦审处" + "".join(
    w[0] for w in cue_words("update_nouns")
))  # (the characters an update opens with: most clauses after a trigger open with none)
_UPDATE_AFTER = re.compile(
    "(?:事故|事件|案件|一案|案)?(?:的|又|再次|再|也|终于|已)?(?:有了|迎来|出现|传来|有)?"
    "(?:最新|新的|新)?的?(?:调查|侦查|审理|处理)?(?P<news>" + cue("update_nouns").pattern + ")"
)
# 解决方案…：“…修好后由厂家卖出”: a proposal's words quoted after it
_PROPOSAL = cue("proposal_nouns")
_QUOTE_OPENS = "“「『"  # (each found by str.rfind)
_KIND_AFTER = re.compile("(?:" + cue("kind_after").pattern + r")的?(?:事|行为|举动|情况)")
# 由于裁员等原因，…; 受裁员等因素影响: the act named as one cause among others of what the
# sentence tells, in passing
_CAUSE_AFTER = cue("cause_after")
# 当两人打算结婚的时候，…; 当主队战胜强敌变成家常便饭，…: a when-clause frames the sentence's
# own assertion — 当 a word of its own (the preposition), or closing its clause with 时, 的时候,
# 之际… (当王某宣布离婚时, which the segmenter cuts 当王/某); not 当地时间, 当天, 当庭, 当权者,
# 当事人…: 当 in a word
_WHEN_OPEN = re.compile(r"\s*(?:而|但|就|正|也|每)?当")
_WHEN_WORDS = "的时候|时候|之时|之际"
_WHEN_CLOSE = re.compile(r"(?:" + _WHEN_WORDS + r"|期间|的同时)$")
_WHEN_AT = re.compile(r"时$")  # 时 a word of its own (not 拘留24小时, 及时, 临时: 时 in a word)
_WHEN_AT_REACH = 8  # characters before the clause's end the segmenter reads for it
# the act's object, then a word of time closing the clause - with no 当 or 在 before it, not
# 期间 or 的同时 (抓获某人的同时，…: the act asserted alongside another), nor an hour of the
# clock or a place in time the act is put at (去世于某日下午3时, 相撞发生在凌晨2时)
_WHEN_GAP = re.compile(
    r"[^，。；：了过于在0-9０-９]{0,10}?"
    r"(?:" + _WHEN_WORDS + r"|(?<![零一二三四五六七八九十两半点])时)"
)
_WHEN_OWN_CLOSE = re.compile(r"(?:" + _WHEN_WORDS + r")$")
_WHEN_REACH = 12  # characters of the clause the segmenter reads (当 and the words after it)
# …两人闹离婚，那他们合开的面馆就得转让: the clause after opens with the consequence — 那么,
# 那 and a pronoun subject, or 那 and a clause that draws what must follow (就, 便, 才, 肯定,
# 必须…) or asks it (…呢) (not 那件事引发热议, 那辆车也被扣押: 那 a demonstrative; not 那些,
# 那天, 那是…: ``then_open_not``)
_THEN_OPEN = re.compile(
    r"\s*那(?:么|(?=[你我他她它咱俺])"
    r"|[^，。；？！,;?!]*?(?:[就便才]|肯定|一定|必然|必须|势必|只能|只好|应该|应当|也得|还得)"
    r"|[^，。；？！,;?!]*呢)"
)
_THEN_OPEN_NOT = re.compile(r"\s*(?:" + cue("then_open_not").pattern + ")")
# 那套房子便归了…, 那辆车也…: 那 and a counter (``units.json`` ``counters``, not one of its
# ``unit_guards``: 那只能…) is a demonstrative, the noun phrase it opens no consequence
_UNITS = units()
_COUNTER_AFTER_THAT = re.compile(
    r"\s*那(?:"
    + "|".join(
        re.escape(w)
        + (f"(?![{re.escape(_UNITS['unit_guards'][w])}])" if w in _UNITS["unit_guards"] else "")
        for w in sorted(_UNITS["counters"], key=len, reverse=True)
    )
    + ")"
)
_PAST_MARK = re.compile(r"[了已曾过]")
_IS_NEXT = re.compile(r"\s*(?:也|就|正|都|才|只|则)?是")  # …的，是两名男子: a pseudo-cleft
# 判处徒刑是恰当的, 这场事故是可以避免的: the act is the subject of a copula that judges
# it (是…的, 是由…造成的), not told (not 随后起诉的是物业公司: whom it named; 被捕是警方的
# 决定: who acted, a participant of the act before 的 — ``_names_actor``; 被捕是在…, 是因为…)
_IS_AFTER = re.compile(
    r"(?:也|就|正|都|并|才|更|只|并不|不|可能|应该|则)?是"
    r"(?!否|在|于|因|从|为|真|事实|属实|确有|[0-9０-９一二三四五六七八九十]|去年|今年|前年|昨天|前天|今天|上周|上月)"
    r"([^，。；？！的]*)的[^，。；？！]*"
)
# …，未免偏高。: the clause after the trigger's, ending its sentence, is only a hedged word of
# degree on it (``hedges``: 似乎, 有点, 略, 太… and an adjective of one or two characters), and
# the trigger opens its own clause
_HEDGED_AFTER = re.compile(
    r"[，,]\s*(?:" + cue("hedges").pattern + r"){1,3}[\u4e00-\u9fff]{1,2}了?\s*[”\"」]?[。！!]"
)
# …，大概是因为…: a later clause that opens with a guess about what was told before it
_GOES_ON = re.compile(r"\s*(?:又|也|还|并|而且|且)")  # 既判处了…，又判处了…: the same act goes on
_GUESS_OPEN = re.compile(r"\s*(?:而|这|则|也|都)?(?:" + cue("speculative_copula").pattern + ")")
# 坠机可能由于…造成的, 事故或因…所致: right after the trigger, a guessed cause of it (news_cues
# cause_guessed_after) - the act is the topic of the guess, told elsewhere
_CAUSE_GUESSED = re.compile(
    r"(?:事故|事件)?[很极也]?(?:" + cue("cause_guessed_after").pattern + ")(?!此)"
)  # (not 或因此, 可能因此: "or thereby", a consequence)
# 任何人, 越来越多的 某站 用户: anyone, no one in particular (not 所有乘客, 其他被告: the ones of a
# group told; not 任何人的: a group named through others); a firm also as any other (其他公司,
# 其他车企: companies at large)
_ANYONE = cue("anyone_before").pattern  # 任何, 越来越多的
_ANY_TAIL = r"[^的，。；：、\s0-9]{0,4}\s*$"
_ANYONE_BEFORE = re.compile(_ANYONE + _ANY_TAIL)
_ANY_FIRM_BEFORE = re.compile(
    "(?:" + cue("any_other_before").pattern + "|" + _ANYONE + ")" + _ANY_TAIL
)
# 没有公司, 没人, 没有一家媒体: no one (news_cues no_one_before; not 罚没, 淹没: 没 in a word -
# no_one_not_after)
_NO_ONE_BEFORE = re.compile(
    "(?<![" + "".join(cue_words("no_one_not_after")) + "])"
    + cue("no_one_before").pattern + r"(?:一[家个位名])?$"
)
# the words one of the three patterns above opens with: a stretch with none of them holds no match
_NO_ONE_WORDS = alternation(
    cue_words("no_one_before") + cue_words("anyone_before") + cue_words("any_other_before")
)
_DEFINITE = cue("pronoun_determiner")  # 这名, 该…: a particular one the act is done to
_ANYONE_REACH = 10  # characters before a participant the quantifier may stand in
_LASTED_DE = re.compile("(?:" + _TIME_COUNT + ")?的")
_PEOPLE_REACH = 6  # characters after 的 a noun for people may end in (相关人员, 女车主)
_BARE_PEOPLE_REACH = 4  # characters right after a passive trigger a noun for people may fill
_TITLE_REACH = 12  # characters after 的 a title before a person's name may run over
# the trigger's object (quotes and all: 在某展“车顶维权”喊出“…”引发关注的) run to 的 and the
# noun the whole qualifies (not 了, 过, 着: a verb done heads its clause)
_OBJECT_DE = re.compile(r"[^了过着，。；：、的\s][^，。；：、的]{0,24}?的")
# (在某展维权、后被警告的某女士: a second predicate of a relative clause on the object of a verb
# before it, after 、 - not 抓获涉嫌生产、销售…的男子: the trigger's own object)
_HELD_OBJECT_DE = re.compile(r"(?:、|[^了过着，。；：、的\s])[^，。；：的]{0,24}?的")
# 记者采访了(曾在某地)…的某人: a verb and 了 right before the relative clause (an adjunct of
# place, 曾, or 被 and its agent between) - the people it describes are that verb's object
_HELD_OBJECT = re.compile(
    r"[\u4e00-\u9fff]{1,2}了(?:曾经|曾|[在于][^，。；：、的了]{1,10}?|[被遭][^，。；：、的了]{0,8}?)?$"
)  # (采访了被警方拘留、后获释的某人: a passive relative clause)
_DONE_BEFORE_OBJECT = re.compile(r"[了已]")  # 嫌犯已刑拘…: the act done, told of its own
_JUST_BEFORE = re.compile(r"刚(?!好)")  # 刚刚签下某队的某某将…: the act is the news itself
_PREDICATE_AFTER = re.compile(r"[\u4e00-\u9fff]{2}")  # 某先生随后发文说: more than the people
# 示威的部分学生, 生日的歌手: people named by their title or as a group
_PEOPLE_END = re.compile(
    "(?:" + cue("person_title").pattern + "|" + cue("people_nouns").pattern + ")$"
)
_MARKER = re.compile(r"[对向与和跟被把在给为由]")  # a preposition opens another phrase
# 把事故定性为…负全责的事故: a kind the act is classed as, not another act
_CLASSED = re.compile("(?:" + cue("classified_as").pattern + r")[^，。；]{0,15}$")
# 每天8点，为您梳理24小时内…: an article that is a digest of unrelated headlines
_DIGEST = cue("digest_intro")
_DIGEST_REACH = 80  # characters into the article its opening may run
# 甲公司完成融资；乙市出台新政；丙银行裁员: a line of three headlines or more with no clause
# break of a sentence in it - a digest's item list, each told again in the body
_HEADLINE_SEPARATOR = "；"
_HEADLINE_ITEMS = 3
_SENTENCE_BREAKS = re.compile(r"[，,。]")


@lru_cache(maxsize=8)
def _digest_opening(vt: str) -> bool:
    """Does the article ``vt`` open as a digest (``digest_intro`` in its first ``_DIGEST_REACH``
    characters)?  (Read once per article, not once per event.)"""
    return _DIGEST.search(vt, 0, min(len(vt), _DIGEST_REACH)) is not None


@lru_cache(maxsize=64)
def _headline_list(vt: str, line0: int) -> bool:
    """Is the line opening at ``line0`` a list of headlines (three or more, cut by ；, and no
    comma nor full stop in it)?  (Asked by every event of the line: read once per line.)"""
    line1 = vt.find("\n", line0)
    line1 = len(vt) if line1 == -1 else line1
    return (
        vt.count(_HEADLINE_SEPARATOR, line0, line1) >= _HEADLINE_ITEMS - 1
        and _SENTENCE_BREAKS.search(vt, line0, line1) is None
    )


# 13分钟前…14分钟前…: a page's feed of timestamped headlines scraped into the text
_FEED_STAMP = re.compile("[0-9]+(?:" + cue("feed_stamps").pattern + ")")
_LIST_ITEM = re.compile(r"\s*[0-9一二三四五六七八九十]{1,2}[、.．）)]")
# …拘留5日 - 西部网（陕西新闻网）, …恐吓-新闻-某某电视台: a page's title with its site's name
_SITE_MARK = re.compile(r"[-－—|｜]")  # (a mark every _SITE_TITLE holds)
_SITE_TITLE = re.compile(
    r"\s*[-－—|｜]\s*(?:新闻\s*[-－—|｜]\s*)?[^，。！？\s-]{1,20}?(?:"
    + cue("site_ends").pattern
    + r")(?:[（(][^）)]{1,20}[）)])?\s*$"
)
_CHARGE_TEXT = cue("charge_text")  # 串谋…罪是指，黎智英于…请求外国…: the charge's wording
_NARRATOR_RESUMES = cue("narrator_resumes")  # 此前, 此外, 但, 目前…: the narrator's own report
# 通知明确规定…由生产企业负责召回, 其中规定…: what a document lays down (not 根据相关法律规定…:
# an act done by the rule)
_RULE_SAYS = re.compile("(?:" + cue("rule_documents").pattern + r")[^，。；：]{0,4}?规定")
_BY_RULE = re.compile(r"(?:根据|依据|按照|依照|遵照|依)[^，。；：]{0,6}$")  # 根据相关法律规定
_WISH_END_WORDS = "要求|请求|呼吁|敦促|促请|恳请|希望|建议|提议|主张"
_WISH_END = re.compile(
    r"(?<!诉讼)(?<!上诉)(?<!的)(?:" + _WISH_END_WORDS + ")$"
)  # (not 驳回了其赔偿请求，…: a claim named, no wish voiced)
_BARE_MAX = 4  # characters a clause may hold before its verb and have no subject of its own
_PRONOUN_CHARS = re.compile(r"[他她它其我你您]")
# 判决被告…，向对方致歉; 要求…；并公开道歉: an apology, the remedy a ruling or a claim makes
# a party perform, stands in the order or the claim that names it (a recall or a removal a rule
# requires is made by the company: 根据《条例》的要求…召回)
_REMEDY_TYPES = frozenset({"交往-道歉"})
_ORDER_WORD = re.compile("(?<!的)(?:" + cue("order_words").pattern + ")")  # (not 的要求: a rule's)
_REMEDY_GOES_ON = re.compile(r"\s*(?:" + cue("remedy_continues").pattern + ")")
_TIME_CLAUSE_END = re.compile("(?:" + cue("time_clause_ends").pattern + ")$")
# 申请/提请 as a verb (not 申请人, 申请书, 保释申请并…, 申请被驳回: a noun or an application told;
# one closing an earlier clause asks for what the clauses after it tell: 申请，在…期间将其还押)
_APPLIED = re.compile("(?:" + cue("applied_words").pattern + ")(?![人书表材并后被遭获的])")
_APPLIED_NOT = cue("applied_not")  # 根据检方申请将X还押, 驳回其申请: granted or refused, told
_GRANTED_TYPES = frozenset(cue_words("granted_types"))  # acts an authority grants, no party does
_SHOULD_END = re.compile("(?:" + cue("should_end").pattern + r")\s*$")  # …感谢大家才是。
# 当事人可以向法院提起诉讼, 警方应当对其依法拘留: a duty or a leave (``duty_scope``,
# ``may_scope``) over a phrase of the act's object or place right before the trigger - what one
# should or may do, not done (the news coder reads such a word right before the trigger; not
# after 才, 终于: 民警才可以在…将其抓获 - a leave used, the act done)
_DUTY_FAR = re.compile(
    r"(?<!才)(?<!终于)(?<!得以)(?:"
    + cue("duty_scope").pattern
    + "|"
    + cue("may_scope").pattern
    + ")"
    r"[^，,。；;：:]{0,4}?[向对与跟在把将就为给][^，,。；;：:了]{1,15}$"
)
_BARE_WISH = cue("bare_wish")  # 要求X删除…，置顶道歉: the demand runs on into a bare clause
_BARE_NOT = cue("bare_not")  # 将继续上诉, 但此案尚未开庭: a clause of its own (a tense, a turn)
# 请求某国机构，对某地实施封锁: a demand with the one asked after it (a pivot), and a clause
# right after that opens with a verb or a preposition of the act (``pivot_openers``: 向, 对), no
# subject of its own, is what the one asked is to do - not a consequence (``pivot_not``: 引发,
# 遭到, 被…: 要求…，遭到拒绝) nor an act told done (了, 已)
_PIVOT_WISH = re.compile(r"(?<!诉讼)(?<!的)(?:" + cue("bare_wish").pattern + ")(?![书下的])")
# what _wished finds nothing without: a word of its patterns (_WISH_SCOPE, _BANNED_SCOPE,
# _BARE_WISH, _PIVOT_WISH, _WISH_END: no lookaround nor anchor) or a deadline's days (from its
# 起) - a match of any of them in a stretch of the sentence before the trigger holds
# one of these (most sentences hold none: two searches rule them out; the words as one trie,
# which re scans by its first characters - an alternation of the patterns it does not)
_WISH_WORDS = alternation(
    sorted(
        {
            *cue_words("wish_scope"),
            *cue_words("prohibitions"),
            *cue_words("bare_wish"),
            *_WISH_END_WORDS.split("|"),
        }
    )
)
_DEADLINE_FROM = re.compile(_DEADLINE_DAYS)
# 提出三项诉讼请求，分别是…，…: the items a demand lists (``claim_items``) run to the end of
# the sentence or a ；, each remedy among them (``suit_remedies``: 道歉, 赔偿, 删除…) asked,
# whatever its subject (当事人在报上道歉) - not a suit listed (诉求包括：起诉X…: suits listed)
_SUIT_REMEDY = cue("suit_remedies")
_CLAIM_ITEMS = re.compile(
    r"(?<!的)(?:" + cue("bare_wish").pattern + r")[^，。；！？]{0,6}?[，,：:]?\s*(?:"
    + cue("claim_items").pattern
    + ")"
)
_PIVOT_NOT = frozenset(cue_words("pivot_not"))
_AS_ASKED = re.compile(r"(?:按|按照|根据|依照|依|应)[^，。；]{0,6}$")
_PIVOT_OPENERS = frozenset(cue_words("pivot_openers"))
# 某人认为/声称…: an opinion or a claim (``claim_scope``, not 发声称, 自认为) governs its clause and
# the clauses after it until one opens with a word of the narrator going on (``claim_resumes``:
# 所以, 决定, 但, 随后…) or one closes as a clause of time (…后，, …时，); an act there told as
# possible, bound or caused (``claim_unsure``, 要, 会: 一定会报警, 导致她摔伤) is what one
# holds, not an act reported; a claim word that doubts (``claim_asserts``: 声称, not 宣称 -
# also one's own act announced: 宣称调停…) its own clause's act too
_CLAIM_WORDS = cue("claim_scope")  # (searched alone first: re scans a bare trie faster)
_CLAIM_SCOPE = re.compile("(?<![发自])(?:" + _CLAIM_WORDS.pattern + ")")
_CLAIM_ASSERTS = frozenset(cue_words("claim_asserts"))
_CLAIM_UNSURE = re.compile(
    "(?:" + cue("claim_unsure").pattern + ")(?!的)|要(?![求数是])"
    "|(?<![社机议大开学协工都宴约])会(?![见议谈面展场长员])"
)  # (not 对某人造成的困扰, 要数: a cause named, a pick)
_CLAIM_STOP = re.compile(r"[。！？!?；;\n]")
# an article this long that holds no word of the codebook's sports domain (cues.json domains:
# 比赛, 球队, 联赛, 冠军…) tells no contest: its 赢了, 击败 are figures of speech
_TOPIC_LENGTH = 300
# nor one of another kind of contest (news_cues contest_words: 棋手, 公开赛, 得票, 电竞…);
# and a win with both sides named as people or teams (甲击败了乙) is a match, unless what is
# lost is money (输给乙四十万: a debt)
_CONTEST_WORDS = cue("contest_words")
_MONEY_AFTER = re.compile(r"[0-9０-９.一二三四五六七八九十百千万两几]+(?:多)?(?:万|元|块|亿)")


def _opponents_named(e: Event, vt: str) -> bool:
    """Does a win or loss name both its winner and its loser, people or teams the coder read as
    actors (not 结局, 仍巨额分红), and no money right after the loser (输给乙四十万)?"""
    names = {a.name for a in e.actors}
    won = [a for a in e.arguments if a.role == "胜者" and a.text in names]
    lost = [a for a in e.arguments if a.role == "败者" and a.text in names]
    if not won or not lost:
        return False
    return not any(
        a.end is not None and _MONEY_AFTER.match(vt, a.end) for a in (*won, *lost)
    )


@cache
def _sports_words() -> re.Pattern[str]:
    return alternation(load_codebook().cues.domains.get("sports", ()))


@lru_cache(maxsize=8)
def _no_contest_words(vt: str) -> bool:
    """Is the article ``vt`` long (``_TOPIC_LENGTH``) and with no word of sports nor of another
    contest?  (A whole-article scan: read once per article, not once per contest event.)"""
    return (
        len(vt) >= _TOPIC_LENGTH
        and _sports_words().search(vt) is None
        and _CONTEST_WORDS.search(vt) is None
    )


# 店主否认，说货车压根没撞上人: a denial voiced, told as such (a negated mishap with no one in it
# and no one denying it did not happen: 幸好没出事故)
_DENIAL_TOLD = re.compile("(?:" + cue("reported").pattern + r"|否认|表示|说|强调|回应)")
# 进行 and up to 4 characters right before a sanction, a coercion or an attack with no target,
# and no 对/向 before it in its clause (对某厂进行处罚: its target told): a kind of act named,
# done to no one (not 进行了…: done, told; not 实施禁令: a ban, its target told after it)
# 与某公司的诉讼以调解告终, 对起诉书无异议, 在婚礼上致辞: an event noun the clause's predicate
# takes as its subject, object or setting; 提起诉讼, 婚礼在某地举行, 罚金5万元: told as happening
_BARE_NOUN = re.compile("(?:" + cue("bare_event_nouns").pattern + ")(?:上|中|里)?")
_SUPPORT_BEFORE = cue("support_before")
_OCCURS_AFTER = cue("occurs_after")
_SUPPORT_NOT_IN = tuple(cue_words("support_not_in"))  # 打算, 一致: no 打, 致 of support
_SUM_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十百千万两]")
# a bare event noun told as happening (see _bare_noun): a verb done right before it, with only a
# measure between (开了一张200元罚单); a predicate after it done or passive (办完了, 被…发现);
# the dead or hurt counted after it (casualty_words: 三人受伤)
_DONE_BEFORE = re.compile(
    r"(?<![为除不])了(?:[一两几数0-9０-９]+[张场起份封次个])?(?:[0-9０-９一二三四五六七八九十百千万两]+元)?$"
)
_OWN_DAY_REACH = 6  # characters before an act qualifying a noun where its own day stands
_DONE_AFTER = re.compile(r"完(?:了|毕)?(?=[，,。；;]|$)|被")
# a time named of its own: a written date (3月5日, 2019年), a week, a weekday, a year or a month
# counted from the page (上周, 周五, 去年, 今年, 上个月), or a word of news_cues near_times (今天,
# 近日, 昨晚, 下月, 凌晨, 近期, 如今…) - 上周下令拘押某人的法官, 小时候…，近日…, 毕竟…上个月…裁员
# 过去一年里, 近两年来: a stretch up to now, summed up - no time of an act of its own
_STRETCH = re.compile(r"(?:过去|近|这)[0-9一二三四五六七八九十两几]+年(?:里|来|间|中)?")
_TIME_NAMED = re.compile(  # (not 5年期, 3年以下: a term's length, no time)
    r"[0-9０-９一二三四五六七八九十]+(?:年(?!期|以[下上内])|月|日|号)"
    r"|(?:上|本|这|下)(?:周|星期|礼拜)|(?:周|星期|礼拜)[一二三四五六日天]|[今去前]年|上个?月"
    r"|" + cue("near_times").pattern
)
_CASUALTIES = re.compile(
    r"[0-9一二三四五六七八九十两多数]+(?:人|名[^，,。；;]{0,4}?)" + cue("casualty_words").pattern
)
_CARRIED_OUT = re.compile(r"进行[^，。；了过]{0,4}$")
_AIMED_BEFORE = re.compile(r"[对向]")
_AIMED_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT"})
# 负责…纠纷的调解和起诉等事务: the acts a body's remit names, kinds of work, none done (not the
# remit word of a noun - 派出所负责人, 主管部门, 职能单位: a person or a body, who may act)
_REMIT = re.compile("(?:" + cue("remit_words").pattern + r")(?![人部单方者领任])")
_WORK_END = re.compile(r"[^，。；：了过]{0,40}?(?:" + cue("work_heads").pattern + r")\s*")


def _outlet_interview(vt: str, c0: int, t0: int) -> bool:
    """Is the trigger at ``t0`` an interview verb with an outlet or a reporter before it in its
    clause at ``c0`` (某报记者专访了…, 某新闻独家对话…): the outlet at work, not the news?"""
    return _INTERVIEW_VERB.match(vt, t0) is not None and (
        _INTERVIEWER_BEFORE.search(vt, c0, t0) is not None
    )


def _commented(vt: str, line0: int, s0: int) -> bool:
    """Does the sentence at ``s0``, or its line at ``line0``, open with a commenter and a colon
    (网友二：…, 网友@某某：…): a comment quoted, an opinion, no report?"""
    return (
        _COMMENTER_LINE.match(vt, s0) is not None or _COMMENTER_LINE.match(vt, line0) is not None
    )


def _reporting_outlet(e: Event, a: EventActor, view: AnalysisView) -> bool:
    """Is ``a`` an outlet or a reporter that tells the news (…MED), not one a legal act of
    ``e`` is done to (起诉了三家媒体, 某报社被起诉: news_actors.outlet_is_party)?"""
    if not ((a.cameo or "").endswith("MED") or a.role == "MED"):
        return False
    if not ((e.news_type or "").startswith(_LEGAL_ACT) or e.type == "SANCTION"):
        return True
    triggers = [m.trigger_start for m in e.mentions] or [e.trigger_start]
    return not outlet_is_party(view.original, a.start, a.end, triggers)


def doubts(
    e: Event, view: AnalysisView, person_spans: list[tuple[int, int]], lead: int = 0
) -> list[str]:
    """The reasons ``e`` is doubtful (empty: none).  ``lead``: the index of the article's first
    body sentence (:func:`lead_index`: the sentences of a title come before it)."""
    return list(iter_doubts(e, view, person_spans, lead))


@cache
def _doubt_gate() -> re.Pattern[str]:
    """The patterns :func:`iter_doubts` searches first in the trigger's clause before it (all
    of them bare patterns, no groups), joined into one: an alternation matches where one of its
    patterns does, so no match of it means none of theirs - in the form
    :func:`~dashiji.events.pattern_gates.found_gate` writes it, which skips the characters no
    match opens with (only whether it finds one is read)."""
    return found_gate(
        _joined(
            (
                _IN_FRAME, _BACK_REF, _PRETEXT_OPEN, _DUTY_OR_MAY, _REMIT, _NEAR_MISS,
                _PREVENTED, _SOMEONE_WILL, _PROSPECT, _NOT_YET, _GUESSED_CAUSE, _FOR_AIM,
                _RHETORICAL,
            )  # fmt: skip
        )
    )


@cache
def _opening_gate() -> re.Pattern[str]:
    """The patterns :func:`iter_doubts` searches first in the trigger's sentence before it (or
    in a part of that stretch ending at the trigger or before: what a pattern finds there it
    finds in the whole stretch, a lookbehind reading the same text), joined into one gate as
    :func:`_doubt_gate` is - :func:`_rule_says` reads _RULE_SAYS first."""
    return found_gate(
        _joined(
            (
                _EXHORT, _STANCE_OPEN, _ONLY_IF, _IF_WORD, _IF_OPEN, _CAREER, _WATCH_VERBS,
                _ASKED, _CHARGE_TEXT, _RULE_SAYS,
            )  # fmt: skip
        )
    )


def iter_doubts(
    e: Event, view: AnalysisView, person_spans: list[tuple[int, int]], lead: int = 0
) -> Iterator[str]:
    """:func:`doubts` one by one, in the same order, each judged only when asked for: a caller
    that needs only whether there is one (or one of a kind) stops there and skips the rest of
    the tests (all of them pure reads of ``e`` and the text, so what is skipped changes nothing)."""
    vt = view.text
    tv = view.to_view
    first = e.mentions[0] if e.mentions else None  # (a quote may start inside its sentence)
    s0 = tv(first.sentence_start if first else e.start)
    s1 = tv(first.sentence_end if first else e.end)
    t0, t1 = tv(e.trigger_start), tv(e.trigger_end)
    line0 = vt.rfind("\n", 0, s0) + 1
    if _boilerplate(vt, line0, s0, s1):
        yield "boilerplate"  # (原标题：《某某！某人被拘！》: the title's second sentence too)
    if any(a <= t0 and t1 <= b and (t1 < b or t1 - t0 == 1) and b - a > t1 - t0
           for a, b in person_spans):  # fmt: skip
        yield "inside_name"  # 潘功胜 (not 丁一鸣引咎辞职, a span the recogniser overran)
    c0 = _last_cut_end(vt, s0, t0)
    c1 = _first_cut(vt, t1, s1)
    before = vt[c0:t0]
    # (most clauses hold none of the patterns the tests below search in it before the trigger
    # first: their gate is those patterns joined, tried once; a test reads its own pattern only
    # when the gate found one - the answer is the same)
    before_any = _doubt_gate().search(before) is not None
    # (and so for those searched first in the sentence up to the trigger, or in a part of it)
    opening_any = _opening_gate().search(vt, s0, t0) is not None
    # the nominal and prospect tests read the news coder's triggers (the diplomatic coder reads
    # nouns on purpose: 对印度的关税, 就俄乌战争举行的会晤 are the acts a commentary reports)
    news = e.extractor == NEWS_EXTRACTOR
    kind = (
        _nominal(
            vt, before, t1, c1, e.type == "SANCTION", vt[t0:t1], e.news_type is not None,
            e.news_type == _HEARING, _chargeable(e),
        )  # fmt: skip
        if news
        else None
    )
    if (
        kind is None
        and news
        and e.type == "SANCTION"
        and (_TOPIC_OF.search(before) or _SUED_OVER.search(before))
    ):
        kind = "topic"  # 发言人曾就某游戏禁令回应: the ban talked about, not imposed here
        # (某联盟起诉某政府针对某应用的禁令: the ban the suit is brought over)
    if (
        kind is None
        and not news
        and e.news_type
        and _relative_far(vt, before, t1, c1, e.news_type == _HEARING)
    ):
        kind = "relative"  # (the diplomatic coder's suit the news coder typed: 起诉X的诉讼请求)
    if kind is None and _attribute_far(vt, before, t1, c1):
        kind = "relative"  # 试图禁止某应用的原因, 起诉某台的细节: what the act had, named
    if kind is None and _in_phrase_object(vt, before, t1):
        kind = "relative"  # 就垮塌致死的官司谈妥赔偿, 撤销有关禁止某应用的命令: what a phrase names
    if (
        kind is None
        and e.news_type not in _STATE_OF_PERSON
        and _de_follows(vt, t1)  # (what _person_after reads first: skips its arguments too)
        and _person_after(
            vt,
            (c0, t0, t1, c1),
            person_spans,
            [tv(a.start) for a in e.arguments if a.start is not None],
        )
        and not _ONGOING.search(before)
        and not _TIME_NAMED.search(before)
    ):  # 维权的业主, 上街示威的…学生: the act describes the people (a death or a disappearance
        # is told so of the one it befell: 去世的女儿, 寻回走失的男孩; a dated act is told:
        # 3月8日服药自尽的某某, 上周下令拘押某人的法官)
        kind = "relative"
    if (
        kind is None
        and news
        and _past_lead(first, lead)
        and _passive_people(vt, t0, t1, c1)
        and not _dated_clause(e, vt, c0, c1)
    ):
        kind = "relative"  # 扶起被撞老人送医: the people the act befell, named by it (past
        # the lead: a headline's 被撞老人已能下床 tells the crash; a day anywhere in its clause,
        # 一名被撞男子昨晚被送医, tells the act)
    if kind is None and news and is_suit(e.news_type, e.type) and ruled_on(vt, c0, t0, t1):
        kind = "ruled_on"  # 二审驳回某某上诉, 检方上诉得直: the ruling is told, the appeal named
    if (
        kind is None
        and news
        and not (e.news_type or "").startswith(_CONTEST)
        and before_any
        and _IN_FRAME.search(before)
        and _OCCASION_OF.fullmatch(vt, t1, c1)
        and vt[c1 : c1 + 1] in "，,"
    ):
        kind = "frame"  # 在上月播出的访谈里，她说…: the occasion of what is told
    if kind is None and news and _topic_clause(vt, c0, c1, s1):
        kind = "topic"  # 针对某人在楼顶抗议，公司回应…: what the main clause answers, named
    if (
        kind == "owned"
        and (e.news_type or "").startswith("人生")
        and not _CAUSED_DE.search(before)
    ):
        kind = None  # 杨阳的离世, 两人的离婚: how a life event is told (not 某事导致的死亡: a
        # death named by its cause, no one's)
    if kind is not None:
        yield "nominal_" + kind
    elif news and before_any and _BACK_REF.search(before):
        yield _BACK_REFERENCE  # 这次某人遭遇空难: an act told before, named again
    if news and _quoted_phrase(vt, s0, s1, t0, t1):
        yield "quoted_phrase"  # 播放“…导致多车追尾…”的录音, “因…被捕”的说法
    elif _TERM_MARK.search(vt, max(0, t0 - 4), t0) and _QUOTE_CLOSES.match(vt, t1):
        yield "quoted_phrase"  # 定义，即“请求”外国…, 传言的“离婚”: a word named, a term
    if before_any and _PRETEXT_OPEN.search(before) and _PRETEXT_CLOSE.search(vt, t1, c1):
        yield "pretext"  # 以两款游戏危害公共安全为由: the reason given
    wish = _WISH_OPEN.match(vt, s0) if news else None
    if wish is not None and t0 >= wish.end():
        yield "wish"  # “希望该品牌…，就虚假宣传公开道歉”: what one wants done
    if not _WISH_SCOPE.search(vt, t0, t1):
        if _wished(vt, s0, t0, person_spans, banned=e.type != "SANCTION"):
            yield "wished"  # 网友祝福X新婚愉快, 某方应…，停止对邻国的无端指控: not done
    elif _owed(vt, s0, c0, t0):
        yield "wished"  # 司法机构应该检讨…，要求某国…: the demand one should make
    if news and _proposed(vt, s0, t0):
        yield "proposed"  # 解决方案…，“…由厂家帮车主卖出”: what was offered, not done
    if _claimed(vt, s0, t0):
        yield "claimed"  # 某店主声称…，导致她摔伤, 某人声称…，一定会报警: held, not reported
    if _SUIT_REMEDY.search(vt, t0, t1) and _claim_item(vt, s0, t0):
        yield "wished"  # 诉讼请求，分别是…，当事人在报上道歉，…: one of the items asked
    if e.news_type in _REMEDY_TYPES and _ordered(vt, s0, t0):
        yield "wished"  # 判决被告…，并向对方致歉: the remedy ordered or claimed
    elif (
        e.news_type in _GRANTED_TYPES
        and e.modality != "negated"
        and _ordered(vt, s0, t0, _applied_in)
    ):  # 申请法院公开审理, 申请…，在…期间将其还押: applied for, not granted (未…提请逮捕: not
        # done, told as such; 某会申请举行集会: the political reading too - no march held)
        yield "wished"
    if (
        before_any
        and _DUTY_OR_MAY.search(before) is not None  # (the words every _DUTY_FAR match holds, found
        # from their first characters: most clauses have none, and _DUTY_FAR, opening with its
        # lookbehinds, is tried at each character)
        and (dm := _DUTY_FAR.search(before)) is not None
        and _duty_in(vt, c0 + dm.start(), t0, True)
    ):
        yield "wished"  # 当事人可以向法院提起诉讼: what one may or should do, not done
    if news and c1 > t1 and _SHOULD_END.search(vt, t1, c1):
        yield "wished"  # 更应以行动报答大家才是: what one should do, not done
    if (
        before_any
        and (rw := _REMIT.search(before)) is not None
        and not _DONE_IN.search(before, rw.end())
        and _WORK_END.fullmatch(vt, t1, c1)
    ):
        yield "generic"  # 负责…的调查、扣押等工作: a remit, kinds of work, no act done
    if (
        e.type in _AIMED_TYPES
        and e.news_type is None
        and not e.targets
        and all(a.side == "source" for a in e.actors)
        and _CARRIED_OUT.search(before)
        and not _AIMED_BEFORE.search(before)
    ):  # 而是进行封锁和施压: an act carried out on no one, rhetoric (not 对某公司进行制裁)
        yield "generic"
    if (
        _compared(vt, (c0, t0, t1, c1), s1)
        or _EVEN_NOT.match(vt, t1)
        or (_EVEN_NOT_ANY.match(vt, t1) and _EVEN_OPEN.search(before))
    ):
        yield "compared"  # 与某某求婚某某不同, 比起…: the standard of a comparison (那年离婚都没
        # 有引起关注, 连道歉都没有: the topic of an "even" aside - even_not_after)
    if _recap_list(vt, c0, t0, t1, c1):
        yield "recap"  # 被捕、保释、再被捕、再保释: a story's course recapped, no act told
    if _LABELLED.search(vt, c1, s1):
        yield "judged"  # 禁用某应用，这是典型的双标: the act labelled, commentary
    if _JUDGED_AFTER.match(vt, t1):
        yield "judged"  # 这项禁令是不合理的, 该判决不公: an opinion of the act, not the act
    elif (
        _STANCE_AFTER.search(vt, t1, c1)
        and _past_lead(first, lead)
        and not _TIME_NAMED.search(_STRETCH.sub("", before))
    ):
        yield "judged"  # 某人离世对大家来说是一次打击, 起诉某人的关键就在于: the act is the
        # subject of an evaluation, its clause's predicate (past an article's first sentence: a
        # headline's 夺冠意味着… tells the win; a time of its own before it, 某日会晤是一次…,
        # tells the act the remark is on; not 过去一年里…的禁令可以概括为…: a stretch summed up)
    elif (
        _HEDGED_AFTER.match(vt, c1)
        and not before.strip()
        and not _DONE_IN.search(vt, c0, c1)
    ):  # 罚没两万元，未免偏高。: the sum weighed, no act told (not …了，; not 某人昨日被罚款…:
        # a clause with its own doer, time or passive tells the act the remark is on)
        yield "judged"
    if news and ((opening_any and _EXHORT.search(vt, s0, t0)) or _cheered(e, vt, s0, c0, (t0, t1))):
        yield "exhorted"  # 最后，让我们向消防员致敬，感谢他…: the writer urges, no one acts
        # (不要用, 别用: not to hurt anyone with words — 不要用舆论的暗箭刺伤无辜的人)
    elif news and _argued(e, vt, s0, c0, c1):
        yield "argued"  # 要知道…, 综上所述，…: the writer argues to the reader, no report
    elif (
        first is not None
        and first.sentence_index
        and opening_any
        and _STANCE_OPEN.search(vt, s0, t0)
        and not _dated_clause(e, vt, c0, c1)
    ):
        yield "argued"  # 从…来看，应该说…，而…, 说实话…，然而…: the writer's view framing
        # the sentence past the lead, its clauses too (而, 然而 go on with the view), no report
    if news and e.actors and all(a.name in _PRONOUNS for a in e.actors):
        yield "pronoun_only"  # 致谢人=她: a pronoun no one was found for
    if not news and before_any and _NEAR_MISS.search(before):
        yield "prospect"  # 接近与X达成协议: near, not done
    if (
        before_any
        and _PREVENTED.search(before)
        and e.type != "SANCTION"
        and not vt.startswith(("被", "遭"), t0)
    ):
        yield "averted"  # 劝阻球迷继续袭击裁判: stopped, not done (a ban: its own act)
    if news and before_any and _SOMEONE_WILL.search(before):
        yield "prospect"  # 会有更多业主起诉…: the ones to come and what they would do
    if news and before_any and _PROSPECT.search(before) and e.modality != "hypothetical":
        yield "prospect"  # (否则将面临禁令: coded hypothetical already)
    elif (
        news
        and before_any
        and (ny := _NOT_YET.search(before)) is not None
        and not _DONE_GAP.search(before, ny.start())
        and not _WISH_SCOPE.search(vt, t0, t1)
    ):
        yield "prospect"  # 讨论收购X的股权, 潜在的X禁令: talked of or looming, not done
    if before_any and _GUESSED_CAUSE.search(before):
        yield "speculated"  # 也许正是因为这次离婚才…: a guessed cause, not a report
    elif news and _guessed_after(vt, t1, s1):
        yield "speculated"  # 判处某人监禁，大概是因为…: the act a guess is about
    elif (
        news
        and _CAUSE_GUESSED.match(vt, t1)
        and not any(
            a.role == "时间" and a.start is not None and c0 <= tv(a.start) < t0
            for a in e.arguments
        )
    ):  # 坠机可能由于…造成的: the act the topic of a guessed cause (not 昨晚某楼起火或因…引起:
        # the act reported with its day, its cause guessed)
        yield "speculated"
    if news and (
        (c1 < s1 and (_when_clause(vt, c0, c1) or _closes_when(vt, t1, c1)))
        or _at_when(vt, c0, t0, t1, c1, c1 < s1)
    ):
        yield "frame_when"  # 当两人打算结婚的时候，父母…: a when-clause, not the assertion
    if (
        news
        and c1 < s1
        and vt[c1] in "，,"
        and _THEN_OPEN.match(vt, c1 + 1)
        and not _THEN_OPEN_NOT.match(vt, c1 + 1)
        and not _COUNTER_AFTER_THAT.match(vt, c1 + 1)
        and not _PAST_MARK.search(vt, c0, c1)
    ):
        yield "condition"  # 两人离婚，那他们的店就得转让: the condition of what follows
    if (
        news
        and c1 < s1
        and vt[c1] in "，,"
        and c1 > t1
        and vt[c1 - 1] == "的"
        and "是" not in vt[c0:t0]
        and not _IS_NEXT.match(vt, c1 + 1)
        and not _PAST_MARK.search(vt, c0, c1)
        and not _dated_clause(e, vt, c0, c1)
    ):  # 提起上诉的，法院一般会…: whoever does it, a rule (not 他是昨天被捕的，; not 被警方逮捕的，
        # 是两名男子: a pseudo-cleft names who; not 两人去年结婚的，…: one act, dated or done)
        yield "condition"
    if news and (
        _ALTERNATIVE.match(vt, c0)
        or (c1 < s1 and vt[c1] in "，," and _ALTERNATIVE.match(vt, c1 + 1, s1))
    ):
        yield "condition"  # 把店卖掉，或者关门: one of the alternatives offered
    if news and (ia := _IS_AFTER.match(vt, t1, c1)) is not None and not _names_actor(e, ia[1]):
        yield "judged"  # 判处徒刑是恰当的, 这场事故是可以避免的: the act judged, not told
    if news and _THEN_MODAL.match(vt, c1) and not _THEN_NOT.search(vt, c0, c1):
        yield "condition"  # 赢了，心里才能踏实: what it takes, not what happened
    if opening_any and _ONLY_IF.search(vt, s0, c0) and _THEN_IN_CLAUSE.search(before):
        yield "condition"  # 只有离开这里，她才能够继续袭击…: what would follow, not done
    if opening_any and (
        _IF_WORD.search(vt, s0 if news else c0, t0)
        or (news and _IF_OPEN.search(vt, s0, t0) and _if_then(vt[s0:t0]))
    ):
        yield "condition"  # 要是甲国外长会见乙国总统，…: the condition itself; an act of
        # the news after one anywhere before it in its sentence, or after a bare 如/若 clause
        # (如X仍拒不…，将起诉: the consequence)
    elif news and _conditioned(vt, (s0, c0, t0, c1, s1), person_spans):
        yield "condition"  # 某公司若被收购，员工…; …若违反法律，将被处以罚款: if, not done
    if news and any(
        t0 == m.start(1) or t1 == m.end() for m in _EVEN_IF_SO.finditer(vt, c0, c1)
    ):
        yield "condition"  # 要起诉也是起诉厂家吧: if one sued, whom to sue - no suit
    if news and _IF_AFTER.match(vt, t1, c1):
        yield "condition"  # 第二次开庭如甲方无新证据，…: when a hypothesis would hold
    if news and _cannot(vt, t1, c1):
        yield "prospect"  # 起诉不了，只好调解: what cannot be done, not done
    if news and _PROSPECT_AFTER.match(vt, t1):
        yield "prospect"  # 起诉是迟早的事, 维权到底: bound to come or vowed, not come
    if news and (pm := _PARALLEL.search(vt, s0, s1)) is not None and pm.start() <= t0:
        yield "rhetoric"  # 今日有甲被迫…，明日就会有乙…: a trend argued, no report
    more = c1 < s1 and vt[c1] in "，,"  # another clause follows (not a full stop)
    if news and _anchors_time(e, vt, t0, t1, c1, more, lead) and not _TIME_NAMED.search(before):
        yield "frame_after"  # 退役后一直活跃于…, 加入某队不到两个月: a time framed
    elif news and _death_since(vt, before, t1, c1):
        yield "frame_after"  # 因为空难离世了几天: the cause of a death long told, background
    if (
        news
        and (e.type == "COERCE" or e.news_type in _TERM_TYPES)
        and _served(e, vt, (s0, t1, c1, s1))
    ):
        yield "served"  # 因…被拘留5天，已期满释放: the term served, the release told
    if news and (e.news_type or "").startswith(_SAYING) and _habitual(vt, s0, c0):
        yield "habitual"  # 屡次说…，也说感谢…: said again and again, no one saying
    if _habitual_frame(vt, s0, c0, t0, t1):
        yield "habitual"  # 她生日时，他也会陪她庆生: each time, no one act
        # (多次劈腿, 多次道歉: acts done again and again are told, as news-dev and DuEE label them)
    if e.news_type == _JOINED_TYPE and "/" in (e.date or e.context_date or ""):
        yield "career"  # 1996年至2016年为某队效力: years played for a team, no joining
    if before_any and _FOR_AIM.search(before) and _ANALYSIS.search(vt, s0, s1):
        yield "motive"  # 包括X为讨好选民而推出禁令的分析: a motive argued, not a report
    if news and (
        (
            opening_any
            and (cr := _CAREER.search(vt, s0, t0)) is not None
            and not _ORDINAL.search(vt, cr.end(), t0)
        )
        or _AGE_OPEN.match(vt, s0)
        or (c0 > s0 and _AGE_OPEN.match(vt, c0))
        or ((e.news_type or "").startswith(_RECORD_TYPES) and _TIMES.search(vt, c0, t0))
        or _in_childhood(vt, s0, t0, c1)
    ):
        yield "career"  # 职业生涯里…总冠军, 27岁，他加入…, 连续5年获得…奖: a life summed up
    if (
        (
            not e.actors
            or (e.news_type == _CRASH and all(map(crash_car, e.actors)))
        )  # (a crash's car names no one: 车辆没出事故)
        and not any(
            _NAMING.search(a.text) and a.role != "时间" and not _amount(a.role)
            for a in e.arguments
        )
        and (
            e.news_type not in SELF_CONTAINED
            or e.modality == "uncertain"
            or (e.modality == "negated" and not _DENIAL_TOLD.search(vt, s0, t0))
        )
        and not _TOLL_TRIGGER.fullmatch(e.trigger)  # (致3死1伤: the dead counted, no one named)
    ):  # (坠机也许是因为…, 翻车: nobody, nothing, nowhere; 幸好没出事故: a mishap that did not
        # happen, no one's denial of a claim - not 店主说货车压根没撞上人)
        yield "no_party"
    elif (
        e.news_type == _JOINED_TYPE
        and _JOINED_LOOSE.search(vt, t0, t1)
        and not any(a.role == "所加盟组织" for a in e.arguments)
        and not _JOINED_BODY.search(vt, c0, t0)
        and not _JOINED_BODY.search(vt, t1, c1)
    ):
        yield "no_party"  # 加入自己的表情, 加入讨论: no body joined
    if not e.date and (
        (
            e.actors
            and all(_CLASS_NOUN.match(a.name) for a in e.actors)
            and not any(_one_of_the_class(a, vt, tv) for a in e.actors)
        )
        or _no_one_named(e, vt, tv)
    ):
        yield "class_only"  # 消费者…理性维权, 厂商相继推出: a kind of people, no one
        # (欢迎其他车企入伙, 没有一家银行起诉某人: anyone, any other or no one)
    if (
        opening_any
        and _WATCH_VERBS.search(vt, s0, t0)  # (what _WATCH_OPEN holds: most sentences, none)
        and _WATCH_OPEN.search(vt, s0, t0)
        and _WATCH_CLOSE.match(vt, t1, s1)
    ):
        yield "watched"  # 关注甲公司合并，…，以及某国封杀某应用等: things to watch
    if _claim_of_suit(e, vt, s0, c0, t1):
        yield "suit_claim"  # 提出上诉，要求推翻禁令: what the appeal asks, no request
    if _commercial(e):
        yield "commercial"  # 甲公司与乙集团签署三年协议: a business deal, no politics
    if any(_reporting_outlet(e, a, view) for a in e.actors):
        yield "media_actor"  # 据《美联社》报道，…达成和解: the outlet reports, it is no party
    elif _outlet_interview(vt, c0, t0):
        yield "media_actor"  # 某新闻独家对话某某: the outlet's own interview, no event
    if e.type == "COERCE" and any(
        a.role is None
        and a.kb_id is None
        and generic_head(a.name) is None
        and not _INSTITUTION.search(a.name)
        for a in e.sources
    ):
        yield "private_coercer"  # a person with no office coerces no one (判处汪邹雅…)
    if (
        e.cameo == "172"
        and not e.news_type
        and not e.targets
        and not any(a.side == "party" and a.role not in ("JUD", "COP") for a in e.actors)
        and not (any(a.role == "JUD" for a in e.sources) and _case_ruled(vt, s0, t0))
    ):  # (判决某公司胜诉: the winner is named, a party)
        yield "no_one_ruled"  # 法院裁定证据无法证明…: a ruling on no one named
    # (DuEE's texts, a headline and a sentence or two, state events in lines with no full stop:
    # deep in an article such a line is a heading or a list of related headlines)
    deep = bool(e.mentions) and (e.mentions[0].sentence_index or 0) >= _DEEP
    heading = deep and not _ends_stopped(vt, s0, s1) and "\n" not in vt[s0:s1]
    if heading or _in_title_run(vt, line0, s1):
        yield "headline_like"  # a line with no full stop after the title: a heading,
        # a run-on of related headlines, a caption (庭审记录节选：, …某队侥幸过关)
    if news and deep and _bare_noun(vt, c0, t0, t1, c1, s1):
        yield "nominal_bare"  # 与某公司的诉讼以调解告终, 对起诉书无异议: a noun, no report
    if (
        news
        and _SITE_MARK.search(vt, t1, s1)  # (what every _SITE_TITLE holds: most, none)
        and _SITE_TITLE.search(vt, t1, s1)
        and not _ends_stopped(vt, s0, s1)
    ):
        yield "headline_like"  # 警方通报…：拘留5日 - 某某网: a page title, its site named
    if news and (_run_on(vt, s0, s1) or len(_FEED_STAMP.findall(vt, s0, s1)) >= 2):
        yield "run_on"  # 2022年12月29日 朱军重返… 2022年8月10日 二审宣判… : a list, not a report
    if (
        (opening_any and _ASKED.search(vt, s0, t0))
        or (
            before_any
            and _RHETORICAL.search(before)
            and _ASKS_END.search(vt, t1, c1 + 1 if c1 < s1 else s1)
        )
        or (news and _whether(vt, (s0, c0, t0), person_spans))
        or (news and _asked_around(vt, (s0, c0, t0, t1, c1, s1)))
    ):
        yield "asked"  # 问：…就某国拘押记者表态，贵方如何看待; 有什么可道歉的呢; 问…能否出庭
    if _commented(vt, line0, s0):
        yield "commented"  # 网友二：都…了还…: a netizen's comment quoted, no report
    if _digest_opening(vt) or _headline_list(vt, line0):
        yield "digest"  # 每天8点，为您梳理…, 甲…；乙…；丙…: one of a digest's headlines

    if (e.news_type or "").startswith("竞赛行为") and _COURT_WORDS.search(vt, s0, s1):
        yield "legal_contest"  # 在…案件中获胜, 胜诉: a case won is no contest
    elif (
        (e.news_type or "").startswith("竞赛行为")
        and _no_contest_words(vt)
        and not _opponents_named(e, vt)
    ):
        yield "no_contest"  # an article on a lawsuit: a netizen's 赢/输 is no match
    if _self_opposed(e):
        yield "self_opposed"
    if e.date and e.date_text and "年" not in e.date_text:
        years = {m.group(1) for m in _YEAR.finditer(vt, c0, t0)}
        if years and e.date[:4] not in years:
            yield "year_conflict"  # 4月26日，2024年…开幕 in an article of 2021
    if e.type == "REQUEST" and vt.startswith("请求", t0) and _CLAIM_BEFORE.search(before):
        yield "nominal_claim"  # 三项诉讼请求全被驳回: what a suit claims, no request made
    if e.type == "REQUEST" and vt.startswith("要求", t0) and _BY_LAW.search(before):
        yield "legal_text"  # 某条例要求法官审查…: what a law requires, no request
    if opening_any and _CHARGE_TEXT.search(vt, max(s0, vt.rfind("；", s0, t0) + 1), t0):
        yield "legal_text"  # …罪是指，某人于…请求外国…实施制裁: what a charge alleges
    if opening_any and _rule_says(vt, s0, t0, t1):
        yield "legal_text"  # 通知明确规定…由企业负责召回: what a document lays down
    if _LEGAL.search(vt, s0, s1) and _LEGAL_RULE.search(vt, s0, s1):
        yield "legal_text"  # 《实施细则》规定可…搜查: what a rule allows


def _rule_says(vt: str, s0: int, t0: int, t1: int) -> bool:
    """Does a document lay down what the trigger ``vt[t0:t1]`` tells (通知明确规定，…由生产企业
    负责召回), with no word of the narrator resuming between (法律规定…，此前相关部门也要求…: the
    narrator's own report after the rule) and the act not told as done (…，警方拘留了某人)?"""
    m = _RULE_SAYS.search(vt, s0, t0)
    return (
        m is not None
        and _BY_RULE.search(vt, s0, m.start()) is None
        and _NARRATOR_RESUMES.search(vt, m.end(), t0) is None
        and not vt.startswith("了", t1)
        and not vt.endswith("已", 0, t0)
    )


def _served(e: Event, vt: str, at: tuple[int, int, int, int]) -> bool:
    """Is the term of the detention or sentence ``e`` (its sentence start, trigger end, clause
    end, sentence end ``at``) told served - in its own clause (行政拘留十五天，现已期满: the
    release is the news) or by the clause right after it when the sentence up to there gives no
    day for it (曾被判刑，现已刑满释放…: a past sentence, the background of what follows)."""
    s0, t1, c1, s1 = at
    if _TERM_SERVED.search(vt, t1, c1):
        return True
    return (
        c1 < s1
        and vt[c1] in "，,"
        and _TERM_OPENS.match(vt, c1 + 1) is not None
        and not (e.date_text and e.date_text in vt[s0:c1])
    )


def _habitual(vt: str, s0: int, c0: int) -> bool:
    """Is the saying in the clause at ``c0`` one of many - the clause before tells of saying again
    and again (a ``repeated`` word before a verb of saying) and its own goes on with 还,
    也, 又… (一再说…，还说…: what was said, no one act; not 承认屡次撒谎，并道歉: the
    lie repeated, the apology once)."""
    if c0 <= s0 or not _GOES_ON.match(vt, c0):
        return False
    p0 = _last_cut_end(vt, s0, c0 - 1)
    return _HABITUAL_SAYS.search(vt, p0, c0) is not None


def _habitual_frame(vt: str, s0: int, c0: int, t0: int, t1: int) -> bool:
    """Does a will of habit stand before the trigger at ``t0`` in its clause at ``c0`` (也会,
    总会…), after a frame of each time in an earlier clause of its sentence at ``s0`` (她生日时，
    他也会陪她庆生; 每当…，都会…): what one does each time, no one act?  Not when 了 follows the
    trigger, ending at ``t1`` (逮捕了: one act done)."""
    return (
        c0 > s0
        and vt[t1 : t1 + 1] != "了"
        and _HABITUAL_STRONG.search(vt, max(c0, t0 - _HABITUAL_REACH), t0) is not None
        and _HABITUAL_FRAME.search(vt, s0, c0) is not None
    )


def _updated(after: str) -> bool:
    """Does an update on the act open ``after`` (the trigger's clause after it) - 事故传来新的
    调查进展, 的后续, 坠机后续 - making the act the topic of what is new, named in passing?  Not
    进展 right after the trigger (会谈进展顺利, 裁员进展如何: the act's own course, told)."""
    if not after or after[0] not in _UPDATE_FIRST:
        return False
    m = _UPDATE_AFTER.match(after)
    return m is not None and (m.start("news") > 0 or m.group("news") != "进展")


def _every_act(before: str) -> bool:
    """Is 每 right before the trigger (``before``: its clause up to it) - 每卖出一件，…: each
    act a standing offer or a rule counts, no one act told?"""
    return _EVERY_ACT.search(before, max(0, len(before) - 2)) is not None


def _topic_clause(vt: str, c0: int, c1: int, s1: int) -> bool:
    """Is the clause ``vt[c0:c1]`` a topic phrase before a comma, the sentence going on - opened
    by 针对, 对于, 关于 (针对某人在楼顶抗议，…) or closed by a word for the matter (某国封禁某应用
    这件事，…, 对于…一事，…), with no 了 (not 针对某应用颁布了禁令，: the clause tells its own
    act)?  What the clause names is what the rest of the sentence answers or judges."""
    if c1 >= s1 or vt[c1] not in "，," or "了" in vt[c0:c1]:
        return False
    return bool(_TOPIC_CLAUSE_OPEN.match(vt, c0) or _MATTER_END.search(vt, c0, c1))


def _bare_noun(vt: str, c0: int, t0: int, t1: int, c1: int, s1: int) -> bool:
    """Is the trigger ``vt[t0:t1]`` an event noun (``bare_event_nouns``, with 上/中/里 or not)
    that its clause ``vt[c0:c1]`` does not tell as happening?  It is told when a verb before it
    does (``support_before``: 发生, 提起, 判处…) or a verb done (了) takes it as object with only
    a count and a sum between (开了一张200元罚单); when a predicate after it is done (完: 办完了),
    passive (被: 遗体被村民发现) or one of ``occurs_after`` (举行, 结束…); when its clause tells
    a time, before or after it (定于11月20日再次庭审, 婚礼定在下月, 昨晚…突发火灾); when a sum
    follows it (罚金20万); or when the sentence counts the dead or hurt after it (…，三人受伤)."""
    return (
        _BARE_NOUN.fullmatch(vt, t0, t1) is not None
        and not _supported_before(vt, c0, t0)
        and _DONE_BEFORE.search(vt[c0:t0]) is None
        and _TIME_NAMED.search(vt, c0, c1) is None
        and _OCCURS_AFTER.search(vt, t1, c1) is None
        and _DONE_AFTER.search(vt, t1, c1) is None
        and _SUM_AFTER.match(vt, t1) is None
        and _CASUALTIES.search(vt, t1, s1) is None
    )


def _supported_before(vt: str, c0: int, t0: int) -> bool:
    """Does a ``support_before`` word stand in ``vt[c0:t0]`` as a word of its own - a single
    character (打, 致, 办, 判…) not inside a longer word of ``support_not_in`` (打算, 一致,
    办公室, 判断)?"""
    for m in _SUPPORT_BEFORE.finditer(vt, c0, t0):
        if m.end() - m.start() > 1:
            return True
        i = m.start()
        if not any(
            0 <= (k := vt.find(w, max(0, i - len(w) + 1), i + len(w))) <= i < k + len(w)
            for w in _SUPPORT_NOT_IN
        ):
            return True
    return False


def _guessed_after(vt: str, t1: int, s1: int) -> bool:
    """Does a clause after the trigger's open with a guess (应该是, 可能是…) about it: the next
    clause, or one after clauses that go on with the same act (又判处了…，应该是…)?"""
    for m in _CLAUSE_CUT.finditer(vt, t1, s1):
        if m.end() >= s1 or vt[m.start()] not in "，,；;":
            return False
        if _GUESS_OPEN.match(vt, m.end(), s1):
            return True
        if not _GOES_ON.match(vt, m.end(), s1):
            return False
    return False


def _wished(
    vt: str,
    s0: int,
    t0: int,
    person_spans: list[tuple[int, int]] | None = None,
    banned: bool = False,
) -> bool:
    """Does the trigger at ``t0`` stand in the scope of a wish, a demand or a duty (希望, 要求,
    应…; with ``banned``, a prohibition too: 禁止, 不得…) — in its clause before it, or in an
    earlier clause of the sentence that runs on into the trigger's through clauses with no subject
    of their own (…应客观看待，停止对X的指控; 要求：…)?"""
    if _WISH_WORDS.search(vt, s0, t0) is None and _DEADLINE_FROM.search(vt, s0, t0) is None:
        return False  # (no wish, demand, duty, ban nor deadline word before it at all)
    cuts = _cuts(vt, s0, t0)
    end = t0
    for k in range(len(cuts), -1, -1):
        c0 = cuts[k - 1] + 1 if k > 0 else s0
        if _wish_in(vt, c0, end, banned):
            return True
        if k == 0 or vt[cuts[k - 1]] in "。！？!?\n":
            return False
        listed = _LIST_ITEM.match(vt, c0) is not None
        if vt[cuts[k - 1]] in "；;" and not listed:
            return False  # (诉求：1、…；2、公开审理: the items of a list after the colon go on)
        cut = cuts[k - 1]
        if vt[cut] in "：:":
            # 要求：…: what follows the colon is what is asked (not 发布时间：…)
            return _wish_in(vt, max(s0, cut - 4), cut, banned)
        if (
            end == t0
            and vt[cut] in "，,"
            and 0 < t0 - c0 <= _BARE_MAX + 2
            and _BARE_WISH.search(vt, cuts[k - 2] + 1 if k > 1 else s0, cut)
            and _bare(vt, c0, t0, person_spans or [])
        ):  # 要求对方撤下…，置顶道歉: a clause of a verb or two, no subject of its own, right
            # after the demand's clause
            return True
        if (
            end == t0
            and vt[cut] in "，,"
            and _pivot_wish(vt, cuts[k - 2] + 1 if k > 1 else s0, cut, c0, t0)
        ):
            return True  # 请求某国机构，对某地实施封锁: what the one asked is to do
        if vt[cut] in "，," and _WISH_END.search(vt, cuts[k - 2] + 1 if k > 1 else s0, cut):
            return True  # 有学者提议，将嫌犯移交外地受审: the clause after the wish is its content
        joined = _AND_THEN.match(vt, c0)
        if (
            not listed
            and not _WISH_GOES_ON.match(vt, c0)
            and not (joined and _DEADLINE_FROM.search(vt, s0, cut))  # (as in _wish_in)
            and not (joined and _WISH_GOES_ON.match(vt, joined.end()))
        ):  # (自…起十五日内撤下…，并…道歉: a deadline orders the acts joined after it;
            # 要求…撤下…，并登报赔礼道歉: 并 and a word the wish goes on with)
            return False  # the clause has a subject of its own: the wish is over
        end = cut
    return False


def _duty_in(vt: str, a: int, b: int, may: bool = False) -> bool:
    """Is there a duty word (``duty_scope``; with ``may``, a leave too: ``may_scope``) in
    ``vt[a:b]`` whose duty is its clause's subject's (not 回应, 应用…: ``wish_scope_not``; not
    应该由某方来负: another's)?"""
    for w in (_DUTY_OR_MAY if may else _DUTY).finditer(vt, a, b):
        if _DUTY_AGENT.search(vt, w.end(), b) or any(
            x.start() <= w.start() < x.end() or x.start() < w.end() <= x.end()
            for x in _WISH_NOT.finditer(vt, max(0, w.start() - 3), w.end() + 3)
        ):
            continue
        return True
    return False


def _owed(vt: str, s0: int, c0: int, t0: int) -> bool:
    """Does the demand word at ``t0`` (要求, 敦促…) of the clause from ``c0`` stand in the scope
    of a duty: right after the duty word, or a word the wish goes on with after it (某国应要求…,
    应该立即敦促…), or, a body's demand (``duty_demands``), opening its clause so right after a
    clause holding one (…应该检讨制度，要求各部门…)?"""
    at = [m for p in range(c0, t0) if (m := _DUTY.match(vt, p, t0)) is not None]
    duty = max(at, key=lambda m: m.end(), default=None)  # (政府应该: 应该, not 府应)
    if duty is not None:
        gap = vt[duty.end() : t0].strip()
        return (not gap or bool(_WISH_GOES_ON.fullmatch(gap))) and _duty_in(vt, duty.start(), t0)
    gap = vt[c0:t0].strip()  # (中方应美方要求: at the request of - no duty)
    cuts = _cuts(vt, s0, t0)
    if (
        (gap and not _WISH_GOES_ON.fullmatch(gap))
        or not _DUTY_DEMAND.match(vt, t0)
        or not cuts
        or vt[cuts[-1]] not in "，,"
    ):
        return False
    return _duty_in(vt, cuts[-2] + 1 if len(cuts) > 1 else s0, cuts[-1])


def _claimed(vt: str, s0: int, t0: int) -> bool:
    """Does the trigger at ``t0`` stand in what an opinion or a claim (``claim_scope``: 认为,
    声称…) earlier in its sentence holds - in the claim's own clause when the claim word doubts it
    (``claim_asserts``), or told as possible, bound or caused (``claim_unsure``) in its clause or a
    later one the claim reaches through clauses that neither resume the narrator
    (``claim_resumes``) nor close as a time (…后，)?"""
    if _CLAIM_WORDS.search(vt, s0, t0) is None:
        return False  # (most sentences: no claim word, none to look for the nearest of)
    o = next(reversed(list(_CLAIM_SCOPE.finditer(vt, s0, t0))), None)  # the nearest claim
    if o is None or _CLAIM_STOP.search(vt, o.end(), t0):
        return False
    c0 = o.end()
    for cut in COMMA_COLON.finditer(vt, o.end(), t0):
        if resumes_at(vt, cut.end()) or _TIME_CLAUSE_END.search(vt, c0, cut.start()):
            return False  # 认为…无效，撤回申请; 觉得…，交涉无果后: the narrator goes on
        c0 = cut.end()
    if o.group() in _CLAIM_ASSERTS and (
        c0 == o.end() or (c0 == o.end() + 1 and not _TIME_NAMED.search(vt, c0, t0))
    ):
        return True  # 声称邻居家发生火灾, 辩称，自己因…被捕: the claim's own act, or the clause
        # the claim word closes its own clause before (not one that dates its act: 声称，上周五…)
    return _CLAIM_UNSURE.search(vt, c0, t0) is not None


def _proposed(vt: str, s0: int, t0: int) -> bool:
    """Does the trigger at ``t0`` stand inside a quotation its sentence opens after a proposal
    noun (``proposal_nouns``: 方案, 建议…) - the words of what was offered, not what was done?"""
    q = max(vt.rfind("“", s0, t0), vt.rfind("「", s0, t0), vt.rfind("『", s0, t0))  # (the last
    # quote opened: each of _QUOTE_OPENS, read with no generator)
    if q < 0 or _QUOTE_CLOSES.search(vt, q, t0) is not None:
        return False
    return _PROPOSAL.search(vt, s0, q) is not None


def _in_childhood(vt: str, s0: int, t0: int, c1: int) -> bool:
    """Does a childhood told as a time (_CHILDHOOD: 小时候, 童年时…) before the trigger at ``t0``
    in its sentence frame it - no time named between it and the end of the trigger's clause
    (小时候爱看…，近日…)?"""
    if _CHILDHOOD_WORDS.search(vt, s0, t0) is None:
        return False  # (most sentences: no childhood told)
    ch = next(reversed(list(_CHILDHOOD.finditer(vt, s0, t0))), None)
    return ch is not None and _TIME_NAMED.search(vt, ch.end(), c1) is None


# 关注甲公司合并，乙公司获批消息，以及某国封杀某应用等。: a clause opening with a verb of
# watching and no subject (news_cues watch_verbs), a list after it that 等 closes at the end of
# the sentence: the items are what a commentator bids the reader watch, none told here
_WATCH_VERBS = cue("watch_verbs")  # (searched alone first: re scans a bare trie faster)
_WATCH_OPEN = re.compile(r"(?:^|[，,；;：:])\s*(?:重点)?(?:" + _WATCH_VERBS.pattern + ")")
_WATCH_CLOSE = re.compile(r"[^，,。；;！？]{0,12}?等[。！!\s]*$")
# 提出上诉，要求推翻禁令: a demand (news_cues suit_demands) alone before the trigger's end,
# opening the clause right after one that names a suit or an appeal, is that suit's claim
_SUIT_DEMAND = cue("suit_demands")
_SUIT_NAMED = re.compile("(?:上诉|诉讼|" + cue("suit_verbs").pattern + ")")


# 对某某遗体照片外泄一案做出判决, “某女孩被殴打案”在某法院二审宣判, 某女童被拐案今日宣判: a
# case named right before what the court does with it, a near day (news_cues near_times) between
# or none
_CASE_RULED = re.compile(
    "(?:"
    + cue("case_end").pattern
    + ")[”」\"]?(?:"
    + cue("near_times").pattern
    + ")?(?="
    + cue("case_ruled_after").pattern
    + ")"
)
# 方案, 草案, 立案, 作案…: no case (news_cues not_case_names, less the ones a case told before is
# written with - 该案, 这起案件: a case all the same)
_NOT_CASE = frozenset(
    w
    for w in cue_words("not_case_names")
    if not any(w in told for told in cue_words("case_anaphors"))
)


def _case_ruled(vt: str, s0: int, t0: int) -> bool:
    """Does the sentence name, before the ruling's trigger at ``t0``, the case it rules on
    (``case_end`` and then ``case_ruled_after``: 对某某一案做出判决, 某女孩被殴打案在某法院二审
    宣判) - a ruling on the ones tried in it, unnamed, not on no one?"""
    if vt.find("案", s0, t0) < 0:  # (cheap: most rulings name no case)
        return False
    return any(
        vt[m.start() - 1 : m.start() + 1] not in _NOT_CASE  # (方案, 立案: no case)
        for m in _CASE_RULED.finditer(vt, s0, t0)
    )


def _claim_of_suit(e: Event, vt: str, s0: int, c0: int, t1: int) -> bool:
    """Is ``e`` a REQUEST of no news type whose clause (from ``c0``) holds only the demand word up
    to the trigger's end ``t1``, right after a clause of its sentence (from ``s0``) that names a
    suit or an appeal (甲提出上诉，要求推翻…; not 申请上诉许可: an application to a court): the
    appeal's claim, not a request of its own?"""
    if e.type != "REQUEST" or e.news_type is not None or c0 <= s0:
        return False
    if _SUIT_DEMAND.fullmatch(vt, c0, t1) is None:
        return False
    p0 = _last_cut_end(vt, s0, c0 - 1)
    named = _SUIT_NAMED.search(vt, p0, c0)
    # (申请上诉许可，并要求法庭…: an application to the court, whose demand is one of its own)
    return named is not None and "申请" not in vt[p0 : named.start()]


# the PLOVER types of a deal or a meeting: between companies only, commerce, not politics
_DEAL_TYPES = frozenset({"AGREE", "COOPERATE", "CONSULT"})


def _commercial(e: Event) -> bool:
    """Is ``e`` a deal or a meeting with no news type whose parties are companies (a CAMEO code
    ending in BUS), the others unplaced and uncoded (a brand the knowledge base lacks) - no state,
    official or person of a country takes part?"""
    return (
        e.type in _DEAL_TYPES
        and e.news_type is None
        and any((a.cameo or "").endswith("BUS") for a in e.actors)
        and all(
            (a.cameo or "").endswith("BUS") or (a.cameo is None and a.country is None)
            for a in e.actors
        )
    )


def _dated_clause(e: Event, vt: str, c0: int, c1: int) -> bool:
    """Does the clause ``vt[c0:c1]`` name a time of its own (_TIME_NAMED: 3月5日, 去年, 上个月,
    上周…) or hold the expression the event's date came from?"""
    return _TIME_NAMED.search(vt, c0, c1) is not None or bool(
        e.date_text and e.date_text in vt[c0:c1]
    )


def _argued(e: Event, vt: str, s0: int, c0: int, c1: int) -> bool:
    """Does the sentence from ``s0`` open with the writer arguing to the readers (要知道, 综上所述…:
    ``argument_openers``) and reach the trigger's clause ``vt[c0:c1]`` through clauses that do not
    resume the narrator (``claim_resumes``: 最终, 但…), the clause naming no time of its own
    (_dated_clause: 毕竟，这家车企上个月刚刚宣布裁员 is a dated report)?"""
    if _ARGUES.match(vt, s0) is None or _dated_clause(e, vt, c0, c1):
        return False
    return not narrator_resumes(vt, s0, c0)


def _whether(vt: str, at: tuple[int, int, int], person_spans: list[tuple[int, int]]) -> bool:
    """Does a whether-question (``whether``: 是否, 能否…) hold the trigger: before it in its
    clause (记者问她下月能否出庭), or in an earlier clause its own goes on from - each clause since
    opening with no name nor pronoun of its own, none resuming the narrator (``claim_resumes``),
    the trigger's at most six characters in, the whether-clause named as a point (``_POINT_IS``:
    争议点是…是否应当赔偿，书面道歉并恢复原状)?
    ``at``: the sentence's start, the clause's start, the trigger's start."""
    s0, c0, t0 = at
    if _WHETHER.search(vt, s0, t0) is None:
        return False  # (most sentences: no whether-word, none to find the last of)
    w = max((m.start() for m in _WHETHER.finditer(vt, s0, t0)), default=-1)
    if w < 0 or w >= c0:
        return w >= 0
    if t0 - c0 > _WHETHER_REACH or narrator_resumes(vt, w, t0):
        return False
    first = min(m.start() for m in _WHETHER.finditer(vt, s0, t0))
    fc0 = max(_cuts(vt, s0, first), default=s0)
    if not _POINT_IS.search(vt, fc0, first):
        return False  # 法院审理了被告是否构成某罪，当庭判处其…: the court's own next act
    opens = [m + 1 for m in _cuts(vt, w, c0)]
    return not any(
        _PRONOUN_OPEN.match(vt, o) or any(o <= a < o + 3 for a, _ in person_spans) for o in opens
    )


def _cheered(e: Event, vt: str, s0: int, c0: int, t: tuple[int, int]) -> bool:
    """Is an act of saying (交往-) one the writer urges on the reader: its clause opening with
    给, 为 or 向 and the one cheered, no doer before (给某某点赞！, 向某某致敬) - the clause opens
    its sentence, or the one cheered is named earlier in it (某某跳河救人，给某某点赞！: no one
    praises himself) - or its sentence opens with such a cheer (向某某致敬，感谢她们…)?  Not an
    apology (再次向全体会员表示歉意: a statement's own words, its maker the doer).  ``t``: the
    trigger's span."""
    t0, t1 = t
    if not (e.news_type or "").startswith(_SAYING):
        return False
    if c0 > s0 and _CHEER_CLAUSE.match(vt, s0, t0):
        return True
    cheer = _CHEER_OPEN.match(vt, c0, t0)
    if cheer is None or vt[t0:t1] not in _CHEERS:
        return False
    if not vt[s0:c0].strip(' “"「'):
        return True
    cheered = cheer.group(1)
    return any(len(a.name) >= 2 and a.name in cheered and a.name in vt[s0:c0] for a in e.actors)


def _asked_around(vt: str, at: tuple[int, int, int, int, int, int]) -> bool:
    """Is the trigger asked about by what stands around it: a modifier of a head its clause asks
    about (成家多年才得一女的某某如今会不会…, 离婚的某某是否…: ``whether_after``, or the clause
    closing with 吗 or ？; not fresh news, ``fresh_before``: 刚刚诞下女儿的某某是否…), its clause
    closing with a rhetorical 干啥？ (``rhetorical_ends``: 把他的照片放进声明里干啥？), or a
    rhetorical question (``rhetorical_asks``) opening an earlier clause of the same quotation or
    sentence that runs on to a closing ？, no narrator resuming between
    (…这跟他们有啥相干，官司输了就得…，…干啥？)?
    ``at``: the sentence's start, the clause's start, the trigger's span, the clause's end, the
    sentence's end."""
    s0, c0, t0, t1, c1, s1 = at
    close = c1 + 1 if c1 < s1 else s1
    head = _MODIFIER_DE.match(vt, t1, c1)
    if (
        head is not None
        and not _FRESH.search(vt, c0, t0)
        and (_WHETHER_AFTER.search(vt, head.end(), c1) or _ASKS_END.search(vt, head.end(), close))
    ):
        return True
    if _RHETORICAL_END.search(vt, t1, close):
        return True
    if not _ASKS_END.search(vt, t1, s1):
        return False
    q0 = max((m.end() for m in _QUOTE_OPEN.finditer(vt, s0, t0)), default=s0)
    w = max((m.start() for m in _RHETORICAL.finditer(vt, q0, c0)), default=-1)
    return w >= 0 and not narrator_resumes(vt, w, t0)


def _claim_item(vt: str, s0: int, t0: int) -> bool:
    """Does the trigger at ``t0`` stand among the items a demand lists earlier in its sentence
    (诉讼请求，分别是…: ``claim_items``), no ； nor a clause the narrator resumes between?"""
    items = list(_CLAIM_ITEMS.finditer(vt, s0, t0))
    if not items or _CLAIM_STOP.search(vt, items[-1].end(), t0):
        return False
    return not narrator_resumes(vt, items[-1].end(), t0)


def _pivot_wish(vt: str, p0: int, cut: int, c0: int, t0: int) -> bool:
    """Does the clause ``vt[p0:cut]`` demand of one named after the demand word (请求某国机构),
    and the clause from ``c0`` to the trigger at ``t0`` open with a verb or a preposition of the
    act asked (实施, 向, 对…; not a consequence: ``pivot_not``), with nothing told done in it?"""
    asks = list(_PIVOT_WISH.finditer(vt, p0, cut))
    if not asks or cut - asks[-1].end() < 2 or _DONE_IN.search(vt, c0, t0):
        return False
    if _AS_ASKED.search(vt, p0, asks[-1].start()):
        return False  # 按对方要求每月付款，直至…: done as asked, the demand met
    words = segment(vt[c0:t0].strip(), hmm=False) if t0 > c0 else []
    if not words:
        return False
    first = words[0]
    if first in _PIVOT_OPENERS:
        return True
    return first not in _PIVOT_NOT and (parts_of_speech().get(first) or "").startswith("v")


def _applied_in(vt: str, a: int, b: int) -> bool:
    """Does a party apply in ``vt[a:b]`` (申请, 提请 as a verb, not on the one who grants or
    refuses it: 根据检方申请, 驳回…申请)?"""
    for m in _APPLIED.finditer(vt, a, b):
        if not _APPLIED_NOT.search(vt, a, m.start()):
            return True
    return False


def applied_for(e: Event) -> bool:
    """Does the news event ``e``'s trigger stand in what a party applies for in its sentence
    (提请检察院批准逮捕X: asked for, ``granted_types``), read on the sentence's own text?"""
    if e.news_type not in _GRANTED_TYPES or e.modality == "negated":
        return False
    return _ordered(e.sentence, 0, e.trigger_start - e.start, _applied_in)


def _order_in(vt: str, a: int, b: int) -> bool:
    return _ORDER_WORD.search(vt, a, b) is not None


def _ordered(
    vt: str, s0: int, t0: int, word_in: Callable[[str, int, int], bool] = _order_in
) -> bool:
    """Does the trigger at ``t0`` stand in what a ruling, an order or a claim (``order_words``:
    判决, 判令, 责令, 要求…) earlier in its sentence makes a party do — the order word in its
    clause, or in an earlier one with every clause after it, up to the trigger's, opening with no
    subject of its own (``remedy_continues``: 并, 同时, 向…; a ； only before 并) or opening
    as a numbered item (须承担：1、…；2、赔礼道歉: the duties listed)?  Not an
    earlier clause that ends as a clause of time (``time_clause_ends``: 被判决离婚后，…)."""
    cuts = _cuts(vt, s0, t0)
    end = t0
    for k in range(len(cuts), -1, -1):
        c0 = cuts[k - 1] + 1 if k > 0 else s0
        if word_in(vt, c0, end):
            # (王某被判决离婚后，…向前妻道歉: a clause of time, over before the act)
            return end == t0 or not _TIME_CLAUSE_END.search(vt[c0:end].rstrip())
        if k == 0 or vt[cuts[k - 1]] in "。！？!?\n":
            return False
        listed = _LIST_ITEM.match(vt, c0) is not None  # 应做到：1、删除帖子；2、公开致歉: items
        if not listed and not _REMEDY_GOES_ON.match(vt, c0):
            return False  # a clause with a subject of its own: the order is over
        if (
            not listed
            and vt[cuts[k - 1]] in "；;"
            and not vt[c0:].lstrip().startswith("并")
        ):
            return False
        end = cuts[k - 1]
    return False


def _bare(vt: str, c0: int, t0: int, person_spans: list[tuple[int, int]]) -> bool:
    """Does the clause from ``c0`` to its trigger at ``t0`` hold no subject of its own — a verb
    or two (置顶道歉), no name, pronoun or generic actor noun?"""
    text = vt[c0:t0].strip()
    if not text or len(text) > _BARE_MAX or _PRONOUN_CHARS.search(text) or _BARE_NOT.search(text):
        return False
    if any(a < t0 and c0 < b for a, b in person_spans):
        return False
    return not any(generic_head(text[:j]) for j in range(1, len(text) + 1))


def _wish_in(vt: str, a: int, b: int, banned: bool = False) -> bool:
    """Is there a wish, demand or duty word in ``vt[a:b]`` (not 回应, 应用, 相应…), or a deadline
    that orders what follows it (自判决生效起十五日内…道歉)?"""
    if _DEADLINE_FROM.search(vt, a, b):
        return True  # (a deadline's days, from their literal 起: an opening 之日/之时 before
        # them is optional, so it would change no yes or no - and is not looked for)
    for w in (_BANNED_SCOPE if banned else _WISH_SCOPE).finditer(vt, a, b):
        if not any(
            x.start() <= w.start() < x.end() or x.start() < w.end() <= x.end()
            for x in _WISH_NOT.finditer(vt, max(0, w.start() - 3), w.end() + 3)
        ):
            return True
    return False


def _run_on(vt: str, s0: int, s1: int) -> bool:
    """Is ``vt[s0:s1]`` a run-on of scraped lines — a timeline of dated headlines, or a long
    stretch with hardly a clause break — rather than a sentence?"""
    if s1 - s0 <= _RUN_ON_STRETCH and vt.count("年", s0, s1) < _RUN_ON_DATES:
        return False  # (most sentences: too short for a stretch, too few years for a list)
    cuts = _cuts(vt, s0, s1)
    dates = len(_FULL_DATE.findall(vt, s0, s1))
    if dates >= _RUN_ON_DATES and dates > len(cuts):
        return True
    edges = [s0 - 1, *cuts, s1]
    return max(b - a for a, b in zip(edges, edges[1:], strict=False)) > _RUN_ON_STRETCH


def _quoted_phrase(vt: str, s0: int, s1: int, t0: int, t1: int) -> bool:
    """Is the trigger inside a quotation that qualifies a noun after it (“…”的说法/录音)?"""
    q = max(vt.rfind("“", s0, t0), vt.rfind("「", s0, t0))
    if q < 0 or vt.find("”", q, t0) >= 0 or vt.find("」", q, t0) >= 0:
        if vt.count('"', s0, t0) % 2 == 0:
            return False  # not inside a curly quote, nor after an odd straight one
    close = min(
        (i for i in (vt.find("”", t1, s1), vt.find('"', t1, s1), vt.find("」", t1, s1)) if i >= 0),
        default=-1,
    )
    curly = q >= 0 and vt.find("”", q, t0) < 0 and vt.find("」", q, t0) < 0
    if curly and _QUOTED_TITLE.search(vt, max(s0, q - 6), q):
        return True  # 帖子标题为“某某被拘留”: a title quoted, not the writer's report
    if (
        close >= 0
        and curly
        and (
            vt.startswith(("“", "、“"), close + 1)
            or vt[max(s0, q - 2) : q].endswith(("”", "”、"))
            or _QUOTE_CLOSE_KIND.match(vt, close) is not None
            or _QUOTE_HEAD.match(vt, close + 1) is not None
        )
    ):  # “…”“老张出轨之后”, 手持“…”、“…”的横幅, “…”等…的说法: a list of titles or
        return True  # slogans, one of a kind of claims (not a stray straight quote's reach)
    return close >= 0 and _QUOTE_CLOSE.match(vt, close) is not None


def _chargeable(e: Event) -> bool:
    """Is ``e`` an act a charge may name (a fire, an attack, a death, a protest) rather than a
    legal act (裁定, 被控, 判刑: followed by 罪成 or a charge, the verdict or the charge)?"""
    if e.news_type is not None:
        return not e.news_type.startswith(_LEGAL_CLASS)
    return e.type in _CHARGEABLE_PLOVER


def _passive_predicate(vt: str, before: str, trigger: str, t1: int, c1: int) -> bool:
    """Is the trigger a passive predicate ending its clause (盗窃7起被刑拘, 作案3起后被抓获): the
    count before it is of the acts told before 被, not of the trigger's act."""
    passive = trigger.startswith(("被", "遭")) or before.endswith(("被", "遭"))
    return passive and _PASSIVE_CLAUSE_END.match(vt, t1, c1) is not None


@cache
def _nominal_gates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns :func:`_nominal`'s tests search in the clause before the trigger and match
    right after it (all but _EXAMPLES_OPEN and _EXAMPLES_CLOSE, read by their groups), each set
    joined into one: an alternation matches where one of its patterns does, so no match of it
    means none of theirs (most triggers have none on either side).  Before the trigger, in the
    form :func:`~dashiji.events.pattern_gates.found_gate` writes it, which skips the characters
    no match opens with (only whether it finds one is read): (before, after)."""
    before = (
        _NOMINAL_BEFORE, _MANY_BEFORE, _CLASSED, _NOMINAL_EVERY, _SPAN_BACK, _NOMINAL_COUNT,
        _OWNED_DE, _REGARDING, _RANGE, _SPAN_FROM, _MEANS, _COMMENT_TOPIC, _IN_FRAME,
        _SUSPECTED_BEFORE,
    )  # fmt: skip
    after = (
        _HEAD_NEAR, _CONTENT_NEAR, _SUIT_HEAD, _REL_DE, _RESULT_DE, DATED_AS, _NOMINAL_FRAME,
        _FRAME_VERB, _BEFORE_COUNT, _CHARGE_AFTER, _CRIME_NAMED_AFTER, _KIND_AFTER, _CAUSE_AFTER,
        _COURSE_AFTER, _NTH_AFTER, _LIST_OF_KINDS,
    )  # fmt: skip
    return found_gate(_joined(before)), _joined(after)


def _nominal(
    vt: str,
    before: str,
    t1: int,
    c1: int,
    ban: bool = False,
    trigger: str = "",
    news_typed: bool = False,
    hearing: bool = False,
    act: bool = False,
) -> str | None:
    """Which nominal use the trigger ending at ``t1`` is in (``before``: its clause up to it;
    ``hearing``: the trigger is a hearing's, whose object is the case it hears; ``act``: the
    trigger's is an act a charge may name - a fire, an attack, a death -, no legal act)."""
    # (most triggers match none of the patterns the tests below read before or after them:
    # each gate is those patterns joined, tried once; a test reads its own pattern only when its
    # gate matched - the answer is the same)
    before_gate, after_gate = _nominal_gates()
    b = before_gate.search(before) is not None
    after = vt[t1:c1]
    f = after_gate.match(after) is not None
    if b and _NOMINAL_BEFORE.search(before):
        return "determiner"
    if b and _MANY_BEFORE.search(before):
        return "count"  # 一连串起诉, 许多赞誉: acts of a kind, not one told here
    if b and _CLASSED.search(before):
        return "classed"  # 定性为…负全责的事故: what an act is classed as
    if b and _NOMINAL_EVERY.search(before):
        return "every"
    if _every_act(before):
        return "every"  # 每卖出一件…将捐出…: a standing offer, no sale
    if _counted_many(before) and (
        _PLURAL_COUNT.search(before) or not _passive_predicate(vt, before, trigger, t1, c1)
    ):  # (a figure count before a passive predicate counts the acts before 被: no count)
        return "count"  # 发生多起电梯事故, 屡次被捕, 11起事故: a count of many, not one of them
    if b and _SPAN_BACK.search(before) and _REL_DE.match(vt, t1, c1):
        return "count"  # 过去两年在本地上市的企业: the acts of a span, a statistic
    if (
        b
        and _NOMINAL_COUNT.search(before)
        and not _COUNT_REAL.search(before)
        and not _HAPPENED_COUNT.search(before)
        and not _TOGETHER.search(before)
    ):
        return "count"  # (与另外几个省一起禁止: together, not one)
    if f and _HEAD_NEAR.match(after) and not _ONGOING.search(before):
        return "relative"  # 坠毁的直接原因, 维权缘由, 新婚生活: what the act had, named
    if (
        f
        and trigger.endswith(_PAPER_ENDS)
        and _CONTENT_NEAR.match(after)
        and not _ONGOING.search(before)
    ):
        return "relative"  # 道歉信内容不实: the paper judged, its act not told here
    if f and _SUIT_HEAD.match(after):
        return "relative"  # 递交意外死亡诉讼: the suit the act names, not the act told
    if (
        b
        and _OWNED_DE.search(before)
        and not _HAPPENED_DE.search(before)
        and not (ban and (_ANNOUNCE.search(before) or _AIMED.search(before)))
        and not _OWN_PREDICATE.search(trigger)
        and not _ASPECT_MARK.match(vt, t1)
    ):  # (轻松的击败了某队: 的 written for 地, the verb takes its aspect mark - no noun)
        # 瓦妮莎的诉讼 (not 宣布…的禁令: the ban is announced here; not 对某应用的禁令推迟: the
        # act is told with the one it aims at)
        return "owned"
    if b and _REGARDING.search(before):
        return "regarded"  # 尊重法院的判决, 不服判决: the act others regard, not done here
    if b and _RANGE.search(before):
        return "range"  # 从相识到结婚一路顺利: a span of a life told in passing
    if b and _SPAN_FROM.search(before) and _SPAN_TO.match(after) and _span_opens(before):
        return "range"  # 从出事到某天为止: the act opens a span of time
    if (
        f
        and _REL_DE.match(after)
        and (_NEG_REL.search(before) or _MEANT_REL.search(before) or before.endswith(_CAN_REL))
    ):  # (能够引爆的包裹炸弹: what it can do, told of a thing)
        # 没有新品发布的某手机厂, 她打算结婚的人: what someone did not do, or means to,
        # told of them
        return "relative"
    if b and _MEANS.search(before):
        return "means"  # 相信能借助诉讼叫停这项禁令: the act named as a means, not done
    if b and _COMMENT_TOPIC.search(before) and _COMMENTED.match(after):
        return "topic"  # 未就本案审理公开置评: the act commented on (or not), not done here
    if (
        f
        and (_REL_DE.match(after) or _RESULT_DE.match(after))
        and (_PAST_REL.search(before) or trigger.startswith(("被", "遭")))
    ):  # 已解散的社团, 曾报警的记录: done before, told in passing (已被撞毁的某车: its result
        # between the act and 的)
        return "relative"
    if f and DATED_AS.match(after):
        return None  # 两人登记的日子是3月9日: the sentence tells the day of the act
    if f and _REL_DE.match(after) and not _ONGOING.search(before):
        # 多年前报案的笔录, 离世的事情, 被卢某撞伤的老人: told of a thing or a person, in passing
        # (not 某厂发布的智能眼镜, nor 正在狱中服刑的蔡某: what holds now is told)
        # (not 某人昨天辞职的事，…: a day of its own right before it tells the act, _TIME_NAMED)
        if (
            _NOMINAL_HEAD.match(vt, t1 + 1)
            and not _NEWS_OF_ACT.match(vt, t1 + 1)
            and not _TIME_NAMED.search(before[-_OWN_DAY_REACH:])
        ) or _PASSIVE_REL.search(before):
            return "relative"
    if news_typed and _relative_far(vt, before, t1, c1, hearing):
        # 刘先生起诉某物业侵犯其隐私权的三起案件, 驳回了X起诉Y的诉讼请求, 控告X的当事人: the
        # act, its object and all, qualifies a noun — told in passing
        return "relative"
    if f and _NOMINAL_FRAME.match(after) and not _NOT_FRAME.match(after):
        return "frame"
    if f and _FRAME_VERB.match(after) and not _NOT_FRAME.match(after, 2):
        return "frame"  # 撞车发生过程中: the act frames a time
    if f and _BEFORE_COUNT.match(after):
        return "frame"  # 受审的前一天: a time counted back from the act
    if (f and _CHARGE_AFTER.match(after)) or (
        act
        and ((f and _CRIME_NAMED_AFTER.match(after)) or (b and _SUSPECTED_BEFORE.search(before)))
    ):
        return "charge"  # 煽动罢工等罪: the name of a charge
    if f and _KIND_AFTER.match(after):
        return "kind"  # 出轨这种事: an act of a kind
    if f and _CAUSE_AFTER.match(after):
        return "cause"  # 由于裁员等原因: one cause named of what the sentence tells
    if f and _COURSE_AFTER.match(after):
        return "course"  # 出售迎来转机, 收购告吹: the act the subject of its course
    if _updated(after):
        return "topic"  # 翻船事故传来新进展: the act the topic of an update
    if trigger.endswith("者") and after.startswith("的"):
        return "owned"  # 遇难者的遗物: the people named by the act own something
    if f and _NTH_AFTER.match(after):
        return "frame"  # 在结婚第三年的2016年: the year counted from it frames another act
    if b and _IN_FRAME.search(before) and _COUNTED_FROM.match(after):
        return "frame"  # 在女儿去世40天后: the day counted from it frames another act
    if f and _LIST_OF_KINDS.match(after) and before.endswith("、"):
        return "list"
    if (
        (ex := _EXAMPLES_OPEN.search(before)) is not None
        and (cl := _EXAMPLES_CLOSE.match(after)) is not None
        and "、" in ex.group(1) + cl.group(1)
        and "在内" not in ex.group(1)  # (包括某人在内的多人被捕、…等: the opener closed before it)
        and not _TIME_NAMED.search(ex.group(1))  # (包括昨日拘捕某人、…等: a day of its own)
        and not _own_toll(vt, t1 - len(trigger) - len(before) + ex.start())
    ):
        return "list"  # 包括…事故、…碰撞护栏事故等: one of the examples listed
    return None


def _own_toll(vt: str, at: int) -> bool:
    """Does the sentence name a toll or a count of people in the ``_TOLL_REACH`` characters
    before the list word at ``at`` (导致村庄受灾，包括…; 五人落网，包括…): the list breaks down
    the story's own casualties or arrests, it names no examples."""
    lo = max(0, at - _TOLL_REACH)
    lo = max(lo, *(vt.rfind(p, lo, at) + 1 for p in "。！？"))
    return _OWN_TOLL.search(vt, lo, at) is not None


def _in_phrase_object(vt: str, before: str, t1: int) -> bool:
    """Does the trigger ending at ``t1`` modify the noun a preposition or a verb acting on a thing
    opens (``phrase_openers``: 就, 与, 针对…; 撤销, 推翻…) — the opener, a phrase of its own
    (14 characters at most, no 了/已/曾 and no verb: not an act told as done), the trigger, then
    up to 10 characters with no 了/过/着, 的 and the noun: 就某大桥垮塌致死的诉讼, 与同样被
    拘留的司机见面, 撤销有关禁止某应用的命令?  After 对 the trigger and 的 must follow at once
    (对处罚的不满, 对检方指控的罪名: not 对三人判处五年的刑罚, where 的 ends the act's own
    object)."""
    m = _PHRASE_OPEN.search(before)
    if m is None:
        return False
    words = segment(before[m.start() : m.start() + len(m.group(1)) + 2], hmm=False)
    if not words or words[0] != m.group(1):
        return False  # (就地, 对手, 与其: the opener is part of a word)
    if m.group(1) == "对":
        return len(m.group(2)) <= 3 and vt.startswith("的", t1)
    de = _GAP_DE.match(vt, t1)
    if (
        not m.group(2)
        or _DONE_IN.search(m.group(2))
        or de is None
        or _TELLS_ITSELF.match(vt, de.end() - 1)
    ):  # (发生一起甲与乙相撞的事故, 宣布与某人结婚的消息: the noun is the act, its news, its day)
        return False
    # the phrase holds no verb of its own (就出现不断涨价的局面, 与乙都选择离婚的结局: 就 an
    # adverb, 与 a conjunction, the act told)
    tags = parts_of_speech()
    words = segment(m.group(2), hmm=False)
    if (
        m.group(1) in _AND_OPENERS
        and m.start() > 0
        and de.start() < de.end() - 2
        and (tags.get(words[0]) or "").startswith(("n", "r"))
    ):  # 警方与海关昨日逮捕某团伙的两名头目: 与 joins two subjects, the act has its own object
        return False  # before 的 (not 与同样被拘留的司机见面: the trigger right before 的)
    return not any(tags.get(w) in _VERB_TAGS for w in words)


def _person_after(
    vt: str,
    at_clause: tuple[int, int, int, int],
    person_spans: list[tuple[int, int]],
    argument_starts: list[int],
) -> bool:
    """Does the trigger ending at ``t1`` head a relative clause on people — 的 (or a stretch of
    time and 的: 入职两个月的新人), then a person's name or a noun for people (维权的业主,
    示威的部分学生; not 起诉的公司: an organisation may be the one acted on, and is not
    described)?  The trigger's object may stand before that 的 (曾因…获奖引发关注的某女士,
    被砸坏店的两名摊主) when the trigger has no subject in its clause (no name, nor argument of
    the event, ``argument_starts``, before it; or it is passive) and the people are the subject
    of a predicate that follows in the clause: the clause's own verb is that one (not 随后起诉
    诋毁他的网友, 某局抓获涉嫌…的男子某某: the people are the object of the act) - or the
    object of a verb and 了 right before the relative clause (记者采访了曾在某展维权的某女士:
    the interview is told, the protest describes her).
    ``at_clause``: the clause's start, the trigger's start and end, the clause's end."""
    c0, t0, t1, c1 = at_clause
    lasted = _LASTED_DE.match(vt, t1)  # (入职两个月的新人: how long the act has lasted)
    far = lasted is None
    held = False
    if far:
        subject = not vt.startswith(("被", "遭"), t0) and any(
            c0 <= a < t0 for a in [a for a, _ in person_spans] + argument_starts
        )
        held = _HELD_OBJECT.search(vt, c0, t0) is not None
        if not held and (
            subject or _DONE_BEFORE_OBJECT.search(vt, c0, t0) or _JUST_BEFORE.search(vt, c0, t0)
        ):
            return False
        lasted = (_HELD_OBJECT_DE if held else _OBJECT_DE).match(vt, t1, c1)
    if lasted is None:
        return False
    at = lasted.end()
    # (a name of two characters or more read as a person elsewhere in the article is one here
    # too: the recogniser may not reach every part of a long article)
    ends = [
        at + b - a for a, b in person_spans if a == at or (b - a > 1 and vt.startswith(vt[a:b], at))
    ]
    if (courtesy := _COURTESY_AFTER.match(vt, at, c1)) is not None and vt[at] in surnames():
        ends.append(courtesy.end())  # (…的张女士: a surname and a courtesy word)
    span = vt[at : at + min(_PEOPLE_REACH, c1 - at)]
    cut = _MARKER.search(span)  # (离婚的事对邻居们来说: the people are another phrase's)
    span = span[: cut.start()] if cut else span
    ends += [
        at + k
        for k in range(1, len(span) + 1)
        if ((head := generic_head(span[:k])) is not None and head[1] in PEOPLE_KINDS)
        or _PEOPLE_END.search(span, 0, k) is not None
    ]
    if not ends:  # (…的前某公司商务总监某某: a longer title, then the name)
        titled = vt[at : at + min(_TITLE_REACH, c1 - at)]
        cut = _MARKER.search(titled)
        ends += [
            b
            for a, b in person_spans
            if at < a <= at + (cut.start() if cut else len(titled))
            and _PEOPLE_END.search(vt, at, a) is not None
        ]
    # (far: a predicate after the people, beyond a name that follows their title - or the
    # people are the object of the verb before the relative clause, ``held``)
    return bool(ends) and (
        not far
        or held
        or _PREDICATE_AFTER.match(vt, _name_end(max(ends), person_spans), c1) is not None
    )


def _de_follows(vt: str, t1: int) -> bool:
    """Is there a 的 after ``t1`` before the next clause cut - what :func:`_person_after` needs
    (its 的 comes after the trigger within the clause, at most a count of time or the act's
    object between: 维权的业主, 入职两个月的新人, 被砸坏店的两名摊主)?"""
    return vt.find("的", t1, _first_cut(vt, t1, len(vt))) >= 0


def _passive_people(vt: str, t0: int, t1: int, c1: int) -> bool:
    """Does a passive trigger (被/遭 opening it or right before it) qualify a noun for people
    right after it, with no 的 (被撞女子, 遭绑架男童, 被拘留人员)?"""
    if not (vt.startswith(("被", "遭"), t0) or vt[t0 - 1 : t0] in ("被", "遭")):
        return False
    span = vt[t1 : t1 + min(_BARE_PEOPLE_REACH, c1 - t1)]
    return any(
        ((head := generic_head(span[:k])) is not None and head[1] in PEOPLE_KINDS and
         len(head[0]) == k)
        or _PEOPLE_END.fullmatch(span, 0, k) is not None
        for k in range(1, len(span) + 1)
    )  # fmt: skip


def _name_end(at: int, person_spans: list[tuple[int, int]]) -> int:
    """Where a person's name that starts at ``at`` ends (韩国演员某某: the title, then the name),
    else ``at``."""
    return next((b for a, b in person_spans if a == at), at)


def _relative_far(vt: str, before: str, t1: int, c1: int, hearing: bool = False) -> bool:
    """Does the trigger ending at ``t1`` run, object and all, into 的 and a noun it qualifies
    (起诉X侵犯肖像权的三起案件) within its clause, or into the name of a case that is the subject
    of the next clause (起诉X名誉权纠纷案，在…开庭)?  Not a hearing's trigger (``hearing``) into
    its case: the case is what it hears (某法院开庭审理某某受贿一案，择期宣判), nor a ruling's
    (某法院一审宣判某某受贿案，以受贿罪判处…: the case is what it rules on)."""
    far = _REL_FAR.match(vt, t1, c1)
    return (
        (far is not None and bool(_RELATIVE_HEAD.match(vt, far.end())))
        or (
            not hearing
            and _RULING_END.search(vt, max(0, t1 - 8), t1) is None
            and c1 < len(vt)
            and vt[c1] in "，,"
            and _CASE_RUN.fullmatch(vt, t1, c1) is not None
        )
    ) and not _ONGOING.search(before)


def _attribute_far(vt: str, before: str, t1: int, c1: int) -> bool:
    """Does the trigger ending at ``t1`` run, its object and all, into 的 and a head naming what
    the act had or left (``attribute_heads``: 原因, 细节, 现场…) within its clause - 试图禁止某
    应用的原因 - whichever coder read it (the near form, 坠毁的直接原因, is ``_nominal``'s)?"""
    far = _REL_FAR.match(vt, t1, c1)
    return (
        far is not None
        and _ATTRIBUTE_HEAD.match(vt, far.end()) is not None
        and not _ONGOING.search(before)
    )


def _span_opens(before: str) -> bool:
    """Is 从, 自从 or 自 in the last characters of ``before`` (``_SPAN_FROM``) a word of its own
    in the segmenter's cut (自出事到…), not part of a word (亲自, 自行, 自述)?"""
    end = 0
    for w in reversed(segment(before, hmm=False)):
        if w in _SPAN_WORDS:
            return len(before) - end - len(w) <= _SPAN_REACH
        end += len(w)
    return False


def _cannot(vt: str, t1: int, c1: int) -> bool:
    """Does a potential complement denied (起诉不了, 离婚不成) follow the trigger ending at
    ``t1`` — a word of its own, not 不 and a word (罢工不成功, 起诉不成立)?"""
    if not _CANNOT_AFTER.match(vt, t1):
        return False
    words = segment(vt[t1 : min(c1, t1 + 6)], hmm=False)
    return bool(words) and words[0] in _CANNOT_WORDS


def _names_actor(e: Event, text: str) -> bool:
    """``text`` (between 是 and its 的) is a participant of ``e``, the one who acted or underwent
    the act (被捕是北京警方的决定): the copula names who decided, it does not judge the act."""
    text = text.strip()
    names = {a.name for a in e.actors} | {a.text for a in e.arguments if a.role != "时间"}
    return bool(text) and any(n and text.endswith(n) and len(text) - len(n) <= 2 for n in names)


def _anchors_time(
    e: Event, vt: str, t0: int, t1: int, c1: int, more: bool, lead: int = 0
) -> bool:
    """Does the act ending at ``t1`` anchor a time its clause goes on to - a time after it (退役后,
    离婚三年后, 去世半年以来; with its object between, a time counted: 产下次子后才半年) or, for a
    punctual act (``since_types``), the time since it with another clause after (``more``:
    加盟某队未满两周，就…; not 两人已离婚两年。 - the span is what the sentence asserts) or 后
    after its object (在产下长子以后便…, 结婚生子后…)?  Not a year (结婚于2017年: a date)."""
    if vt[t0:t1].endswith("后") or _AFTER_FRAME.match(vt, t1):
        return True
    if not e.mentions or not _past_lead(e.mentions[0], lead):
        return False
    m = _COUNT_AFTER.match(vt, t1, c1)
    if m is None and e.news_type in _SINCE_TYPES:
        s = _SINCE.match(vt, t1, c1) if more else None
        if s is not None and not (
            s.group("since")
            or s.group("elapsed")
            or s.end() < c1
            or _GOES_ON_FROM.match(vt, c1 + 1)
        ):
            s = None  # (a bare count closing the clause: the act's own term, a loan of a year)
        m = s or _PUNCTUAL_AFTER.match(vt, t1, c1)
    return m is not None and not _YEAR.search(m.group())


def _death_since(vt: str, before: str, t1: int, c1: int) -> bool:
    """Is the act ending at ``t1`` named right after 因为/由于/因 (``before``: its clause up to
    it) as the cause of a death whose time since is counted right after it (因车祸去世已经三年,
    因为空难离世了几天): background, the act told in passing?"""
    return (
        before.endswith(_CAUSE_LAST)
        and _CAUSE_OPEN.search(before) is not None
        and _DEATH_SINCE.match(vt, t1, c1) is not None
    )


def _closes_when(vt: str, t1: int, c1: int) -> bool:
    """Does the act ending at ``t1``, its object and all, close its clause as a time (的时候,
    之时, 之际, or 时 a word of its own: 某甲退学加盟某唱片公司时，…) - a when-clause with no 当
    or 在, the frame of the sentence's assertion?"""
    if _WHEN_GAP.fullmatch(vt, t1, c1) is None:
        return False
    if _WHEN_OWN_CLOSE.search(vt, t1, c1):
        return True
    tail = segment(vt[max(t1, c1 - _WHEN_AT_REACH) : c1], hmm=False)
    return bool(tail) and tail[-1] == "时"


def _when_clause(vt: str, c0: int, c1: int) -> bool:
    """The clause ``vt[c0:c1]`` is a when-clause: it opens with the preposition 当 (a word of its
    own in the segmenter's cut, not 当地, 当天, 当权者) or with 当 and closes with 时, 的时候…"""
    m = _WHEN_OPEN.match(vt, c0, c1)
    if m is None:
        return False
    if _WHEN_CLOSE.search(vt, m.end(), c1):
        return True
    if _WHEN_AT.search(vt, m.end(), c1):
        tail = segment(vt[max(m.end(), c1 - _WHEN_AT_REACH) : c1], hmm=False)
        if tail and tail[-1] == "时":
            return True
    words = segment(vt[m.end() - 1 : min(c1, m.end() - 1 + _WHEN_REACH)], hmm=False)
    return bool(words) and words[0] == "当"


def _at_when(vt: str, c0: int, t0: int, t1: int, c1: int, more: bool = True) -> bool:
    """The trigger stands in a phrase of time the preposition 在 opens before it (a word of its
    own: not 正在, 现在, 存在) and that 时, 的时候, 期间… close after it: at the clause's end when
    more clauses follow (``more``: 某甲在起诉某厂时，…; 他在被民警带走时，…), or inside the clause,
    a few characters after the trigger, before the clause's own predicate (她在入职两个月的时候
    就已提出…): a frame of the clause's assertion, not the assertion."""
    if vt.find("在", c0, t0) < 0:
        return False
    at_end = more and bool(_WHEN_CLOSE.search(vt, t1, c1) or _WHEN_AT.search(vt, t1, c1))
    inner_end = min(c1, t1 + _WHEN_INNER_REACH)
    if not at_end and _WHEN_INNER.search(vt, t1, inner_end) is None:
        return False
    words = segment(vt[c0:c1], hmm=False)
    at = c0
    seen = False
    for w in words:
        if at < t0:
            seen = seen or w == "在"
        elif at >= t1 and seen and w in _AT_WHEN_ENDS:
            if at + len(w) >= c1:
                return at_end
            if w not in _AT_WHEN_NOT_INNER and at + len(w) <= inner_end:
                return True  # (在入职半年的时候就…: the phrase closes inside the clause)
        at += len(w)
    return False


_AT_WHEN_ENDS = frozenset(cue_words("at_when_ends"))
_AT_WHEN_NOT_INNER = frozenset({"同时"})  # 在…判处…同时…: a connective inside a clause, no frame
_WHEN_INNER = re.compile(
    "|".join(sorted(_AT_WHEN_ENDS - _AT_WHEN_NOT_INNER, key=len, reverse=True))
)
_WHEN_INNER_REACH = 12  # characters after the trigger a frame closing inside its clause ends by


# 某车企, 该厂商, 一家银行: one of the class, singled out (anonymised or told before); not
# the last character of a word - 因此厂商, 对此车企, 应该, 每一家车企 (each: the class)
_ONE_OF_CLASS = re.compile(
    r"(?:某|(?<![因对为如由从彼借据])此|(?<![应本活])该|这家|那家|(?<![每任哪])一家)$"
)


def _one_of_the_class(a: EventActor, vt: str, tv: Callable[[int], int]) -> bool:
    """Is the class noun ``a`` singled out by a word right before it (某车企, 该厂商): one of
    the class, not the class (厂商相继推出)?"""
    if a.start is None:
        return False
    at = tv(a.start)
    return _ONE_OF_CLASS.search(vt, max(0, at - 2), at) is not None


def _no_one_named(e: Event, vt: str, tv: Callable[[int], int]) -> bool:
    """Are the participants of ``e`` no one in particular - one of them named as no one (没有
    公司, 没有一家媒体), or every one of them as anyone (任何人, 越来越多的网友; a firm as any
    other too: 其他公司) while the act is done to no particular one (not 越来越多的网友起诉了这名
    博主: a determiner, ``pronoun_determiner``, after the trigger in its clause)?"""
    if not e.actors or any(a.start is None for a in e.actors):
        return False
    at = [(tv(a.start), a.role) for a in e.actors if a.start is not None]
    ps = [p for p, _ in at]
    if _NO_ONE_WORDS.search(vt, max(0, min(ps) - _ANYONE_REACH), max(ps)) is None:
        return False  # (most events: no word of no one, anyone or any other before any of
        # them - every match of the three patterns below holds one, in the stretch searched)
    if any(
        _NO_ONE_BEFORE.search(vt, max(0, p - _ANYONE_REACH), p) and generic_head(a.name)
        for (p, _), a in zip(at, e.actors, strict=True)
    ):
        return True  # (没有某名将的球队: without someone named, a team told)
    if not all(
        (_ANYONE_BEFORE if role != "BUS" else _ANY_FIRM_BEFORE).search(
            vt, max(0, p - _ANYONE_REACH), p
        )
        for p, role in at
    ):
        return False  # (most events: someone in particular; the determiner is not looked for)
    t1 = tv(e.trigger_end)
    # 越来越多的网友起诉了这名博主: anyone, but against a particular one - an act
    return not _DEFINITE.search(vt, t1, _first_cut(vt, t1, len(vt)))


def _amount(role: str) -> bool:
    return role.endswith(("期", "金额", "人数", "时长"))


def _self_opposed(e: Event) -> bool:
    """Does one name stand among both the sources and the targets of ``e``?"""
    sources = {a.name for a in e.actors if a.side == "source"}
    return bool(sources) and any(a.side == "target" and a.name in sources for a in e.actors)


def lead_index(sentences: Iterable[Span]) -> int:
    """The index of an article's first body sentence, its lead, among its ``sentences`` in text
    order: the sentences of a title come before it (the title and the lead tell the story: a
    span they name - 结婚十年 - is the news)."""
    return next((i for i, s in enumerate(sentences) if s.attrs.get("part") != "title"), 0)


def _past_lead(m: Mention | None, lead: int) -> bool:
    """The mention ``m`` is in a sentence after the article's lead (``lead``: its index)."""
    return m is None or (m.sentence_index or 0) > lead


def _recap_list(vt: str, c0: int, t0: int, t1: int, c1: int) -> bool:
    """Is the trigger ``vt[t0:t1]`` in a list of three or more items joined by 、 in its clause
    ``vt[c0:c1]``, every item past the first a bare act word (up to ``_RECAP_ITEM`` characters),
    the trigger's act repeated by an item after a mark of doing again (``again_marks``:
    被捕、保释、再被捕、再保释)?  A story's course recapped, its act named twice and neither
    told - not 将某人逮捕、审讯 (two items), not 经历过被举报、被调查、被注销… (no act
    repeated), not 某人昨天被捕、审讯、再审讯 (another act repeated: the arrest is told), not
    某人3月5日被捕、保释、再被捕 (a day named in the clause before it: that day's course told)."""
    if vt[t1 : t1 + 1] != "、" and vt.find("、", max(c0, t0 - _RECAP_ITEM), t0) < 0:
        return False  # (cheap: no 、 next to the trigger, no list item it is in)
    if _RECAP_DAY.search(vt, c0, t0):
        return False  # (not 从2020年…: a year opening a span, the course since it recapped)
    items = vt[c0:c1].split("、")
    if len(items) < 3 or any(len(x) > _RECAP_ITEM for x in items[1:]):
        return False
    trigger = vt[t0:t1]
    for j, item in enumerate(items[1:], 1):
        again = _AGAIN.match(item)
        act = item[again.end() :] if again is not None else ""
        if (
            len(act) >= 2
            and (act.endswith(trigger) or trigger.endswith(act))
            and any(x.endswith(act) for x in items[:j])
        ):
            return True
    return False


def _compared(vt: str, span: tuple[int, int, int, int], s1: int) -> bool:
    """Is the trigger ``vt[t0:t1]`` of the clause ``vt[c0:c1]`` (``span``) only the standard of a
    comparison (``compared``)?  ``s1``: the end of its sentence."""
    c0, t0, t1, c1 = span
    if _COMPARED_OPEN.match(vt, c0, t0):
        return True  # 比起一般人不做家务，…
    end = _COMPARED_END.search(vt, t1, c1)
    if (
        end is not None
        and _COMPARED_MARK.search(vt, c0, t0)
        and not _AFTER_THE_ACT.search(vt, t1, end.start())
    ):
        return True  # 与某某求婚某某不同, 就像某某分手一样
    if c1 >= s1 or not _COMPARED_TOPIC.search(vt, t1, c1):
        return False
    n1 = _first_cut(vt, c1 + 1, s1)
    return _COMPARED_NEXT.match(vt, c1 + 1, n1) is not None  # 制裁某应用这件事，与当年…类似


def drop_doubtful(
    events: list[Event],
    view: AnalysisView,
    person_spans: Iterable[tuple[int, int]],
    lead: int = 0,
) -> list[Event]:
    """``events`` without the doubtful ones (``lead``: see :func:`doubts`).  A mention that only
    names one event in passing (``_IN_PASSING``: 这次拘留王某后, 坠机身亡后) of an event of the
    same types told before it in the article, naming participants of that event and no day or
    participant it lacks, is a mention of that event (an anaphor): it joins its mentions rather
    than being lost."""
    spans = list(person_spans)
    kept: list[Event] = []
    passing: list[Event] = []
    for e in events:
        why: list[str] = []
        for w in iter_doubts(e, view, spans, lead):
            why.append(w)
            if w not in _IN_PASSING:
                break  # dropped, whatever else is doubtful about it: the rest is not judged
        if not why or (why == [_BACK_REFERENCE] and _told_before(e, kept) is None):
            kept.append(e)  # (此次某公司起诉某人 with no such suit told before: the news)
        elif all(w in _IN_PASSING for w in why):
            passing.append(e)
    for e in passing:
        host = _told_before(e, kept)
        if host is not None:
            have = {m.trigger_start for m in host.mentions}
            host.mentions.extend(m for m in e.mentions if m.trigger_start not in have)
    return kept


# the doubts of a mention that names one event again (not 多起事故, 这样的事: many, a kind)
_IN_PASSING = frozenset(
    {
        "nominal_determiner",
        "nominal_bare",
        "nominal_owned",
        "nominal_relative",
        "nominal_frame",
        "nominal_topic",
        "nominal_regarded",
        "nominal_ruled_on",
        "nominal_cause",
        "frame_after",
        "frame_when",
        _BACK_REFERENCE,
    }
)


def _told_before(e: Event, kept: list[Event]) -> Event | None:
    """The latest event of ``kept`` told before ``e`` that ``e`` names again (``news.one_act``)."""
    if not e.news_type or not (e.actors or any(a.role != "时间" for a in e.arguments)):
        return None  # (无人驾驶事故的责任认定: no one named, no event of the article's)
    told = [x for x in kept if x.start < e.start and one_act(e, x, told_before=True)]
    return max(told, key=lambda x: x.start, default=None)
