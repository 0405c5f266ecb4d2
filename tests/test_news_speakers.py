"""Speakers and drivers as participants (issue 7, participant-missing): the one who thanks in
the words a speaker is said to write, or in a speaker's words going on past their sentence; a
state thanked; the car that hit someone, told in the next clause; the driver told just before
a crash.  Each rule has a text where it acts and a similar one where it must not.  Invented
sentences (none from the dev set, DuEE or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import news, roles

_THANKS = "交往-感谢"


# ---- 某某写到：“我感谢…”: 写到 is written for 写道, a verb of telling ----------------------------
def test_the_one_who_writes_to_thank_is_the_thanker(steps) -> None:
    e = news(events(steps, "林晓在家书中写到：“我感谢家乡的老师，给了我读书的机会。”"), _THANKS)
    assert roles(e).get("致谢人") == ["林晓"], roles(e)


def test_the_words_written_with_daodao_keep_their_thanker(steps) -> None:
    # (control: 写道, read before as now)
    e = news(events(steps, "林晓在家书中写道：“我感谢家乡的老师，给了我读书的机会。”"), _THANKS)
    assert roles(e).get("致谢人") == ["林晓"], roles(e)


# ---- 感谢某国: a state may be the one thanked --------------------------------------------------
def test_a_state_thanked_is_the_one_thanked(steps) -> None:
    e = news(events(steps, "林晓东说：“我感谢中国，给了我学习的机会。”"), _THANKS)
    assert roles(e).get("被感谢人") == ["中国"], roles(e)
    assert any(a.name == "中国" and a.country == "CHN" for a in e.actors), e.actors


def test_a_state_where_one_thanks_is_no_one_thanked(steps) -> None:
    # (control: the place of the act, after 在, is neither thanked nor a participant)
    e = news(events(steps, "林晓东在美国感谢了他的老师。"), _THANKS)
    assert "美国" not in roles(e).get("被感谢人", []), roles(e)
    assert all(a.name != "美国" for a in e.actors), e.actors


# ---- 某人被撞飞，肇事车撞到…: the car the next clause tells crashing hit them -------------
_CRASH = "灾害/意外-车祸"


def test_the_car_crashing_on_after_a_person_is_hit_is_a_party(steps) -> None:
    e = news(events(steps, "傍晚时分，一名路人被撞飞，肇事车随即撞上了路旁的花坛。"), _CRASH)
    assert {a.name for a in e.actors} >= {"路人", "肇事车"}, e.actors


def test_a_car_told_crashing_with_another_car_is_not_the_one_that_hit(steps) -> None:
    # (control: 与一辆货车 - the other car a later clause names is met, it hit no one)
    e = news(events(steps, "傍晚时分，一名路人被撞伤，随后又与一辆货车相撞。"), _CRASH)
    assert all("货车" not in a.name for a in e.actors), e.actors


def test_a_state_inside_what_is_apologised_for_is_no_one_apologised_to(steps) -> None:
    # (control: 中国 qualifies 市场, the apology is to the customers)
    e = news(events(steps, "林晓东为退出中国市场的言论向客户道歉。"), "交往-道歉")
    assert all(a.name != "中国" for a in e.actors), e.actors


# ---- 某人说，…我…。我要感谢…: the speaker's words go on past the sentence ----------------------
def test_thanks_in_a_speakers_words_going_on_are_the_speakers(steps) -> None:
    e = news(events(steps, "周女士说，作为一名老顾客，我一直很满意。我要感谢店长李建国。"), _THANKS)
    assert roles(e).get("致谢人") == ["周女士"], roles(e)


def test_thanks_in_the_writers_own_voice_name_no_thanker(steps) -> None:
    # (control: no speaker told before)
    e = news(events(steps, "作为一名老顾客，我一直很满意。我要感谢店长李建国。"), _THANKS)
    assert not roles(e).get("致谢人"), roles(e)


def test_a_speech_without_the_first_person_lends_no_thanker(steps) -> None:
    # (control: what the speaker says holds no 我, the 我 after is the writer's)
    e = news(events(steps, "周女士说，这家店一直很好。我要感谢店长李建国。"), _THANKS)
    assert not roles(e).get("致谢人"), roles(e)


# ---- 某人驾驶…。车辆突然失控…: the driver told in the sentence before is the crash's party -------
def test_the_driver_told_just_before_a_crash_of_the_car_is_its_party(steps) -> None:
    evs = events(steps, "周先生驾驶货车在国道上行驶。车辆突然失控，撞上了路边的护栏。")
    e = news(evs, _CRASH)
    assert [a.name for a in e.actors] == ["周先生"], e.actors


def test_a_car_told_for_the_first_time_is_not_the_drivers(steps) -> None:
    # (control: 一辆轿车, another car than the one driven)
    evs = events(steps, "周先生驾驶货车在国道上行驶。一辆轿车突然失控，撞上了路边的护栏。")
    e = news(evs, _CRASH)
    assert all(a.name != "周先生" for a in e.actors), e.actors


def test_two_people_driving_out_give_no_driver(steps) -> None:
    # (control: two people before the verb of driving, either may drive)
    evs = events(steps, "周先生和李女士开车去郊游。车辆突然失控，撞上了路边的护栏。")
    e = news(evs, _CRASH)
    assert all(a.name not in ("周先生", "李女士") for a in e.actors), e.actors


# ---- 某某…赢得了认可。获得了某奖: the topic of the sentence before won it ------------
_AWARD = "产品行为-获奖"


def test_an_award_told_with_no_subject_goes_to_the_topic_before(steps) -> None:
    evs = events(
        steps, "大学时的王建国，凭借出色的天赋赢得了老师的认可。获得了全省数学竞赛一等奖。"
    )
    e = news(evs, _AWARD)
    assert roles(e).get("获奖人") == ["王建国"], roles(e)


def test_an_award_with_a_subject_of_its_own_keeps_it(steps) -> None:
    # (control: the sentence names who won)
    evs = events(
        steps, "大学时的王建国，凭借出色的天赋赢得了老师的认可。李晓红获得了全省数学竞赛一等奖。"
    )
    e = news(evs, _AWARD)
    assert "王建国" not in roles(e).get("获奖人", []), roles(e)


def test_an_award_after_a_sentence_of_no_one_takes_no_winner(steps) -> None:
    # (control: the sentence before names no person)
    evs = events(steps, "这次比赛吸引了全省的高校参加。获得了全省数学竞赛一等奖。")
    e = news(evs, _AWARD)
    assert not roles(e).get("获奖人"), roles(e)


# ---- 甲撞伤两名行人并与汽车相撞: the object of the first predicate is no subject of the second
def test_the_ones_run_down_do_not_collide_with_the_cars(steps) -> None:
    # (the people run down in the attack: 袭击; the collision with the cars: 车祸, of the driver)
    evs = events(
        steps,
        "持刀男子刺伤多人。由于陈某的轿车已经损坏，"
        "他改开一辆货车，又撞伤三名行人并与两辆汽车相撞。",
    )
    e = news(evs, _CRASH)
    assert all(a.name != "行人" for a in e.actors), e.actors
    # fleeing (继续逃跑，途中…), the two are one crash (news-dev convention): the people run down
    # are the ones it hurt, no second 车祸 has them collide with the cars
    evs = events(
        steps,
        "持刀男子刺伤多人后驾车逃跑。由于陈某的轿车已经损坏，"
        "他改开一辆货车继续逃跑，途中又撞伤三名行人并与两辆汽车相撞。",
    )
    crashes = [e for e in evs if e.news_type == _CRASH]
    assert len(crashes) == 1 and crashes[0].trigger == "撞伤", [(e.trigger, e.actors) for e in evs]


def test_a_crash_told_of_the_one_hit_keeps_the_driver_of_its_next_word(steps) -> None:
    # 又有路人被撞到，…嫌犯与出租车相撞: the passive names no driver - merged, the crash keeps
    # the one the second word names (the driver who hit the passer-by)
    evs = events(
        steps, "撞倒女子后，嫌犯准备开车逃离，这时又有一名路人被撞到，嫌犯随后与一辆出租车相撞。"
    )
    e = news(evs, _CRASH)
    assert {"路人", "嫌犯"} <= {a.name for a in e.actors}, e.actors


def test_a_subject_before_the_first_predicate_still_collides(steps) -> None:
    # (control: the subject named before both predicates)
    evs = events(steps, "持刀男子刺伤多人后驾车逃跑。途中他撞伤三名行人并与两辆汽车相撞。")
    e = news(evs, _CRASH)
    assert [a.name for a in e.actors] == ["男子", "两辆汽车"], e.actors  # (and the cars hit)


# ---- review rev30b: where the rules above must not act --------------------------------------
def test_a_state_owning_the_ones_thanked_is_not_thanked(steps) -> None:
    # (中国的教练们: the coaches are thanked, the state only qualifies them)
    e = news(events(steps, "李明感谢中国的教练们。"), _THANKS)
    assert all(a.name != "中国" for a in e.actors), e.actors


def test_a_state_thanked_for_its_support_is_thanked(steps) -> None:
    # (control: 的 and what the state is thanked for)
    e = news(events(steps, "李明感谢美国的支持。"), _THANKS)
    assert roles(e).get("被感谢人") == ["美国"], roles(e)


def test_a_nearer_speaker_without_the_first_person_lends_no_thanker(steps) -> None:
    # (李先生's words come between: the 我 after may be his, not 周女士's)
    text = "周女士说，我很满意。李先生则表示，这家店很差。我要感谢店长李建国。"
    e = news(events(steps, text), _THANKS)
    assert not roles(e).get("致谢人"), roles(e)


def test_a_body_of_the_speaker_is_not_the_speaker(steps) -> None:
    # (我厂: the factory thanks, not the one who speaks for it)
    e = news(events(steps, "周女士说，我厂很满意。我厂感谢店长李建国。"), _THANKS)
    assert "周女士" not in roles(e).get("致谢人", []), roles(e)


def test_words_their_own_sentence_gives_a_speaker_are_not_the_speaker_befores(steps) -> None:
    # (…，周女士补充说: the 我 is 周女士's, not 李先生's)
    text = "李先生说，我很喜欢这里。我要感谢店长李建国，周女士补充说。"
    e = news(events(steps, text), _THANKS)
    assert "李先生" not in roles(e).get("致谢人", []), roles(e)


def test_a_car_placed_ahead_is_not_the_drivers(steps) -> None:
    # (前方车辆: another car than the one driven)
    evs = events(steps, "周先生驾驶货车在国道上行驶。前方车辆突然失控，撞上了路边的护栏。")
    e = news(evs, _CRASH)
    assert all(a.name != "周先生" for a in e.actors), e.actors


def test_a_crash_on_another_day_is_not_the_drivers(steps) -> None:
    # (第二天: not the drive the sentence before tells)
    evs = events(steps, "周先生驾驶货车在国道上行驶。第二天，车辆突然失控，撞上了路边的护栏。")
    e = news(evs, _CRASH)
    assert all(a.name != "周先生" for a in e.actors), e.actors


def test_one_who_opens_a_window_is_no_driver(steps) -> None:
    # (开着窗户: 开着 with no car after it drives nothing)
    evs = events(steps, "周先生开着窗户在家里休息。车辆突然失控，撞上了路边的护栏。")
    e = news(evs, _CRASH)
    assert all(a.name != "周先生" for a in e.actors), e.actors


def test_one_who_drives_a_car_with_kaizhe_is_the_driver(steps) -> None:
    # (control: 开着货车 drives)
    evs = events(steps, "周先生开着货车在国道上行驶。车辆突然失控，撞上了路边的护栏。")
    e = news(evs, _CRASH)
    assert [a.name for a in e.actors] == ["周先生"], e.actors


def test_an_award_after_a_pair_takes_no_winner(steps) -> None:
    # (王建国和李晓红: either may have won it)
    evs = events(steps, "王建国和李晓红是同班同学。获得了全省数学竞赛一等奖。")
    e = news(evs, _AWARD)
    assert not roles(e).get("获奖人"), roles(e)


def test_an_award_after_a_possessor_takes_no_winner(steps) -> None:
    # (王建国的导师李教授: the tutor is the topic, 王建国 only owns him)
    evs = events(steps, "王建国的导师李教授很欣赏他。获得了全省数学竞赛一等奖。")
    e = news(evs, _AWARD)
    assert "王建国" not in roles(e).get("获奖人", []), roles(e)


def test_the_emphatic_bing_of_a_denial_joins_no_predicate(steps) -> None:
    # (并没有: 张某 is still the one who did not resign)
    e = news(events(steps, "网友透露张某并没有辞职。"), "组织关系-辞/离职")
    assert roles(e).get("离职者") == ["张某"], roles(e)


def test_a_denial_announced_keeps_its_subject(steps) -> None:
    # (公司宣布张某并非…: 并非 denies, 张某 is the subject of what is announced)
    e = news(events(steps, "公司宣布张某并非辞职。"), "组织关系-辞/离职")
    assert roles(e).get("离职者") == ["张某"], roles(e)


def test_the_one_a_verb_of_learning_tells_of_keeps_its_act(steps) -> None:
    # (获悉张某并已…: 张某 resigned, not the reporter's object)
    e = news(events(steps, "记者获悉张某并已辞职。"), "组织关系-辞/离职")
    assert roles(e).get("离职者") == ["张某"], roles(e)


# ---- 某日，某人发文称：“今天…”: the relative day of a post is the post's day -------------------
_FIRED = "组织关系-解雇"
_AWARD = "产品行为-获奖"


def test_today_in_a_dated_post_is_the_day_of_the_post(steps) -> None:
    e = news(
        events(steps, "8月4日晚，歌手周青发文称：“今天我被唱片公司解雇了。”", ref="2025-08-20"),
        _FIRED,
    )
    assert e.date == "2025-08-04" and e.modality == "reported", (e.date, e.modality)


def test_last_night_in_a_dated_post_counts_from_the_post(steps) -> None:
    e = news(
        events(steps, "3月10日，演员高原在微博上写道，昨晚他被剧组解雇。", ref="2025-03-25"),
        _FIRED,
    )
    assert e.date == "2025-03-09", e.date


def test_a_post_goes_on_in_the_next_sentence(steps) -> None:
    # 今天 opening the sentence right after the post's: its words go on - the post's day, and
    # credited to the one who posts them
    e = news(
        events(
            steps,
            "本月6日晚，演员孙乐在微博上写到，今天和妻子参加了一场晚会。今天很荣幸获得了最佳新人奖。",
            ref="2025-05-20",
        ),
        _AWARD,
    )
    assert e.date == "2025-05-06" and e.modality == "reported", (e.date, e.modality)


def test_today_of_the_narrator_after_an_act_stays_the_page_day(steps) -> None:
    # (control: no telling verb before 今天 - the writer's own today, the page's day)
    text = "8月4日，歌手周青起诉了唱片公司。今天，唱片公司解雇了周青。"
    e = news(events(steps, text, ref="2025-08-20"), _FIRED)
    assert e.date == "2025-08-20" and e.modality == "asserted", (e.date, e.modality)


def test_today_of_an_undated_post_stays_the_page_day(steps) -> None:
    # (control: the post has no day of its own - its 今天 is read against the page, as before)
    e = news(events(steps, "歌手周青发文称：“今天我被唱片公司解雇了。”", ref="2025-08-20"), _FIRED)
    assert e.date == "2025-08-20" and e.modality == "reported", (e.date, e.modality)


# ---- 某人发微博表示：我们…。…。今天，我…: unquoted words run on in the first person ----------
_HELD = "司法行为-拘捕"
_POST = "歌手周青发微博表示：我们昨天在商场门口维权，方式不对。保安当场带走了三个人，我和两位朋友。"


def test_first_person_words_after_a_colon_go_on_as_reported(steps) -> None:
    e = news(events(steps, _POST + "今天早上，我和朋友已经被警方行政拘留了。"), _HELD)
    assert e.modality == "reported", e.modality


def test_words_closed_by_a_quotation_mark_end_there(steps) -> None:
    # (control: the quotation closes - the sentences after it are the writer's again)
    text = "歌手周青发微博表示：“我们昨天在商场门口维权。”保安当场带走了三个人。"
    e = news(events(steps, text + "今天早上，我和朋友已经被警方行政拘留了。"), _HELD)
    assert e.modality == "asserted", e.modality


def test_third_person_after_a_colon_stays_the_writers(steps) -> None:
    # (control: no 我 - the sentence tells of others in the writer's voice)
    e = news(events(steps, _POST + "今天早上，周青已经被警方行政拘留了。"), _HELD)
    assert e.modality == "asserted", e.modality


# ---- 有网友发现…: what a source no name tells it found is reported ----------------------------
_DIVORCE = "人生-离婚"


def test_what_netizens_found_is_reported(steps) -> None:
    e = news(events(steps, "有眼尖的网友发现，歌手周青已经和妻子离婚了。"), _DIVORCE)
    assert e.modality == "reported", e.modality


def test_what_an_insider_tells_is_reported(steps) -> None:
    # (control: 爆料 is a reporting cue of its own - reported before as now)
    e = news(events(steps, "有知情人爆料歌手周青上个月已经和妻子离婚。"), _DIVORCE)
    assert e.modality == "reported", e.modality


def test_what_someone_finds_stays_asserted(steps) -> None:
    # (control: a named finder - the police found it, the writer tells it as fact)
    e = news(events(steps, "民警发现歌手周青已经和妻子离婚了。"), _DIVORCE)
    assert e.modality == "asserted", e.modality


# ---- 某人自称已…；某国将…: a semicolon ends a saying held in its own clause ------------------
_ARREST = "司法行为-拘捕"


def test_a_statement_after_a_semicolon_is_the_writers(steps) -> None:
    text = "8月3日，歌手周青自称已向法院起诉唱片公司；警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text), _ARREST)
    assert e.modality == "asserted", e.modality


def test_words_set_apart_by_a_comma_run_past_a_semicolon(steps) -> None:
    # (control: 称， - the words fill the clauses after it, the semicolon's too)
    text = "8月3日，歌手周青称，已向法院起诉唱片公司；警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text), _ARREST)
    assert e.modality == "reported", e.modality


def test_a_saying_with_no_semicolon_after_still_holds(steps) -> None:
    # (control: no semicolon - the saying's clause runs on as before)
    text = "8月3日，歌手周青自称已向法院起诉唱片公司，警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text), _ARREST)
    assert e.modality == "reported", e.modality


def test_words_after_a_comma_past_an_addressee_run_past_a_semicolon(steps) -> None:
    # (control: 告诉记者， - the words open after the addressee's comma and run on)
    text = "歌手周青告诉记者，一是已向法院起诉唱片公司；二是警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text), _ARREST)
    assert e.modality == "reported", e.modality


def test_the_later_item_of_a_list_after_a_saying_stays_its_words(steps) -> None:
    # (表示一是…；二是…, no comma after the verb: the second item is still what was said)
    text = "歌手周青表示一是已向法院起诉唱片公司；二是警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text), _ARREST)
    assert e.modality == "reported", e.modality


# ---- review rev30g: the guards of the rules above ---------------------------------------------


def test_a_day_of_an_act_before_the_saying_does_not_date_its_today(steps) -> None:
    # (去年5月3日发生事故，警方称，今天…: the accident's day, not the statement's - the page's)
    text = "去年5月3日，某路口发生车祸，警方称，今天已将司机王某刑事拘留。"
    e = news(events(steps, text, ref="2025-08-20"), _HELD)
    assert e.date == "2025-08-20", e.date


def test_a_post_does_not_go_on_past_a_paragraph_break(steps) -> None:
    text = "8月4日晚，歌手周青发文称：今天出席了颁奖典礼。\n今天，警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text, ref="2025-08-20"), _HELD)
    assert e.date == "2025-08-20" and e.modality == "asserted", (e.date, e.modality)


def test_a_notice_after_a_colon_ends_with_its_sentence(steps) -> None:
    # (警方通报称：…。 - the notice is not in the first person: a later 我们 is another's)
    text = "警方通报称：张某已被解雇。次日，我们在现场看到警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text), _HELD)
    assert e.modality == "asserted", e.modality


def test_no_media_telling_is_no_source(steps) -> None:
    # (没有媒体报道…, 所有网友发现…: not the 有 of a source no name tells)
    e = news(events(steps, "目前没有媒体报道歌手周青已经和妻子离婚了。"), _DIVORCE)
    assert e.modality != "reported", e.modality


def test_what_an_unnamed_expert_finds_is_reported(steps) -> None:
    # (someone_finds reads the sources of someone_says too, but the bare 有人: 有专家发现…)
    e = news(events(steps, "有专家发现歌手周青已经和妻子离婚了。"), _DIVORCE)
    assert e.modality == "reported", e.modality


def test_tomorrow_in_a_dated_post_counts_from_the_post(steps) -> None:
    # (明日: a page-relative day of time_rules.json, as 今天 - counted from the post's day)
    text = "3月10日，演员高原在微博上写道，明日他将被剧组解雇。"
    e = news(events(steps, text, ref="2025-03-25"), _FIRED)
    assert e.date == "2025-03-11", e.date


def test_the_day_after_a_post_counts_from_the_post(steps) -> None:
    # (…发文称，今天…。次日，…: 次日 is the day after the post's 今天, not after the page's)
    text = "8月4日晚，歌手周青发文称，今天被唱片公司解雇了。次日，警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text, ref="2025-08-20"), _HELD)
    assert e.date == "2025-08-05", e.date


def test_a_relative_day_in_a_dated_report_counts_from_the_report(steps) -> None:
    # 昨天, 上周五 in the words of a report or a notice whose day the sentence tells before its
    # telling verb: read from that day (2025-08-22 is a Friday), not from the page's
    for text, day in (
        ("据《南方晨报》8月22日报道，男子钱某昨天在佛山被警方刑事拘留。", "2025-08-21"),
        ("8月22日，《南方晨报》报道，男子钱某上周五在佛山被警方刑事拘留。", "2025-08-15"),
        ("8月22日，佛山警方通报称，男子钱某昨天已被刑事拘留。", "2025-08-21"),
    ):
        e = news(events(steps, text, ref="2025-09-10"), _HELD)
        assert e.date == day, (text, e.date)
    # controls: a report of no day, a day of an act told before the telling (5月3日发生车祸，
    # 警方称，…), a report in the sentence before: the page's day
    for text in (
        "据《南方晨报》报道，男子钱某昨天在佛山被警方刑事拘留。",
        "8月22日发生车祸，警方称，男子钱某昨天在佛山被刑事拘留。",
        "8月22日，《南方晨报》报道了此事。男子钱某昨天在佛山被警方刑事拘留。",
    ):
        e = news(events(steps, text, ref="2025-09-10"), _HELD)
        assert e.date == "2025-09-09", (text, e.date)
    # control: a count of days (三天前) is counted from the report's day once, not twice
    text = "8月22日，佛山警方通报称，男子钱某三天前被刑事拘留。"
    assert news(events(steps, text, ref="2025-09-10"), _HELD).date == "2025-08-19"


def test_a_notice_of_our_city_is_no_first_person_post(steps) -> None:
    # (警方通报称：我市…。 - 我市 is a body, not the speaker: the notice ends with its sentence)
    text = "警方通报称：我市已解雇张某。次日，我们在现场看到警方将唱片公司老板刑事拘留。"
    e = news(events(steps, text), _HELD)
    assert e.modality == "asserted", e.modality


# ---- 某机构表示，我们对…表示感谢: in a body's statement 我们 is the body -----------------------
def test_we_in_a_bodys_statement_thank_as_the_body(steps) -> None:
    e = news(events(steps, "市消防局在通报会上表示，我们向受伤的志愿者道歉。"), "交往-道歉")
    assert roles(e).get("道歉者") == ["市消防局"], roles(e)


def test_we_after_a_topic_phrase_take_no_subject_from_an_earlier_clause(steps) -> None:
    # 对此我们深表感谢: the speaker (the writer here) thanks, not the citizens told before
    found = events(steps, "昨天不少热心居民向消防队报警，对此我们深表感谢。")
    assert all(
        "居民" not in "".join(roles(e).get("致谢人", []))
        for e in found
        if e.news_type == _THANKS
    ), [(e.news_type, roles(e)) for e in found]


def test_a_degree_word_of_thanks_is_no_part_of_the_one_thanked(steps) -> None:
    # 表示诚挚感谢: 诚挚 tells how, the one thanked ends before 表示
    e = news(events(steps, "消防队对热心居民表示诚挚感谢。"), _THANKS)
    assert roles(e).get("被感谢人") == ["热心居民"], roles(e)


def test_one_told_before_still_thanks_in_a_clause_of_no_subject(steps) -> None:
    # (control: no first person - the subject told before carries, as before)
    e = news(events(steps, "王队长赶到现场，对热心居民表示感谢。"), _THANKS)
    assert roles(e).get("致谢人") == ["王队长"], roles(e)


def test_thanks_to_us_keep_their_thanker(steps) -> None:
    # (control: 对我们 - the first person addressed, the subject is the one named)
    e = news(events(steps, "王队长对我们的帮助表示感谢。"), _THANKS)
    assert roles(e).get("致谢人") == ["王队长"], roles(e)


def test_the_one_a_speaker_sued_is_no_speaker(steps) -> None:
    # 王某起诉李某后称，我们…: the speaker is the clause's subject, not the object of its verb
    e = news(events(steps, "王某起诉李某后称，我们感谢法院的公正判决。"), _THANKS)
    assert roles(e).get("致谢人") == ["王某"], roles(e)


def test_we_after_a_topic_phrase_in_a_quotation_are_the_speaker(steps) -> None:
    # 某公司称，“…，对此我们深表歉意”: inside the quotation 我们 is the company, still read
    e = news(events(steps, "某公司称，“由于系统故障，对此我们深表歉意。”"), "交往-道歉")
    assert roles(e).get("道歉者") == ["公司"], roles(e)


# ---- a speaker its words tell an act done to: 并 goes on with the speaker ---------------------
@pytest.mark.parametrize(
    "text",
    [
        # invented: the words act on the speaker (其, 本公司 as the one acted on); 并 and no
        # subject - the speaker sues
        "华力公司还表示，陈女士在发布会上散布谣言，损害了其商誉，并向法院提起了民事诉讼。",
        "华力公司表示，陈女士侵犯了本公司的商标权，并向法院提起诉讼。",
        "华力公司称，陈女士多次诋毁我司产品，并已向法院起诉。",
    ],
)
def test_an_act_after_bing_goes_on_with_the_speaker_the_words_act_on(steps, text: str) -> None:
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == ["华力公司"], roles(e)


@pytest.mark.parametrize(
    "text",
    [
        # invented controls: the words act on another, 其 of 其他, a passive after 并, the
        # words' own subject telling of what was done to her
        "华力公司表示，陈女士曾多次骚扰王某，并向法院提起诉讼。",
        "华力公司表示，陈女士损害了其他顾客的权益，并向法院提起诉讼。",
        "华力公司表示，陈女士认为该公司侵犯了她的权益，并向法院提起诉讼。",
        "王先生称，陈女士拒不归还借款，并向法院起诉了他。",
    ],
)
def test_an_act_after_bing_keeps_the_nearest_subject(steps, text: str) -> None:
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == ["陈女士"], roles(e)


def test_bing_past_words_acting_on_the_speaker_keeps_the_doer_of_no_suit(steps) -> None:
    # invented: 本人 acted on, but 并 tells no suit - the words' subject goes on
    text = "张三表示，李四曾多次辱骂本人，并殴打了他的妻子。"
    e = news(events(steps, text), "灾害/意外-袭击")
    assert roles(e).get("袭击者") == ["李四"], roles(e)


def test_bing_past_words_telling_a_suit_against_the_speaker_keeps_the_plaintiff(steps) -> None:
    # invented: the words' subject sues the speaker, and 并 goes on with the suing
    text = "华力公司表示，陈女士状告本公司，并向法院起诉了其经理王某。"
    suits = [e for e in events(steps, text) if e.news_type == "司法行为-起诉"]
    assert suits and all("华力公司" not in roles(e).get("原告", []) for e in suits), suits


@pytest.mark.parametrize(
    "text",
    [
        # invented: 其 unresolved after 遭到, or inside what the words' subject holds (认为):
        # her own, not the speaker - she sues
        "华力公司表示，陈女士遭到其前夫殴打，并向法院提起诉讼。",
        "华力公司表示，陈女士认为王某侵犯了其权益，并向法院提起诉讼。",
    ],
)
def test_bing_past_words_with_qi_of_the_subjects_own_keeps_the_subject(steps, text: str) -> None:
    e = news(events(steps, text), "司法行为-起诉")
    assert roles(e).get("原告") == ["陈女士"], roles(e)
