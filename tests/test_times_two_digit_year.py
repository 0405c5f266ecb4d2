"""A two-digit year with no month after it (15年) is a year where it cannot be a duration:
after 在 or 于 (在15年公开恋情), or before a time within it (16年的时候, 18年底); 坐牢17年,
17年来, 相差17年 and 在10年内 stay durations (time_rules two_digit_year).  Invented phrases."""

from __future__ import annotations

import pytest

from dashiji.annotate.times import find_times

REF = "2021-12-10"


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.text, t.kind, t.value) for t in find_times(text, REF)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("两人在15年公开恋情。", ("15年", "date", "2015")),
        ("甲某于17年加入该公司。", ("17年", "date", "2017")),
        ("在16年的时候，他离开了家乡。", ("16年", "date", "2016")),
        ("16年底两人分手。", ("16年底", "date", "2016")),
        ("他说，18年初他离开公司。", ("18年初", "date", "2018")),
    ],
)
def test_a_two_digit_year_before_an_act_or_a_part_of_it_is_a_year(text, found) -> None:
    assert _read(text) == [found], text


@pytest.mark.parametrize(
    "text",
    ["他因抢劫坐牢17年。", "17年来他一直坚持。", "两人年龄相差17年。", "工程在10年内完成。",
     "他持续了15年的时候才放弃。", "这是他入职的第15年底。",
     # 现在, 存在, 不少于, 达到: words ending in 在 / 于 / 到 that place nothing in time
     "他被判处刑期不少于10年。", "合同期限不低于15年，到期续签。", "现在20年过去了，他已退休。",
     "这家小店已经存在20年，", "工龄达到20年的时候可以退休。", "这笔钱相当于10年的收入。"],
)  # fmt: skip
def test_a_two_digit_count_of_years_stays_a_duration(text) -> None:
    assert all(kind != "date" for _, kind, _ in _read(text)), _read(text)


def test_a_two_digit_year_opening_a_clause_after_a_year_goes_on_with_the_list() -> None:
    found = _read("他们在13年相识，16年结婚。")
    assert found == [("13年", "date", "2013"), ("16年", "date", "2016")], found
    # controls: a count of years after a year, or with no year before it in its sentence
    assert _read("他于13年入狱，10年来一直服刑。")[1][1] == "duration"
    assert _read("他坐牢12年，16年没回家。")[1][1] == "duration"


def test_a_list_of_years_runs_forward() -> None:
    found = _read("他于15年加盟球队，10年合同已经签下。")
    assert found[0] == ("15年", "date", "2015") and found[1][1] == "duration", found
    # control: a later year goes on with the list, across the century too
    found = _read("他在98年入伍，10年退役。")
    assert [v for _, _, v in found] == ["1998", "2010"], found


@pytest.mark.parametrize(
    "text",
    ["刑期在10年至15年之间。", "设备寿命在15年到20年。", "工期在10年或更长。",
     "差距在10年和15年之间。"],
)  # fmt: skip
def test_a_range_of_years_after_zai_stays_a_range_of_durations(text) -> None:
    found = _read(text)
    assert found and all(kind == "duration" for _, kind, _ in found), found
