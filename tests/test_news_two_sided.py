"""The other side of a two-sided act (issue 7, participant-missing): the one sued named in a
以…为被告 phrase, the doer of an act addressed to someone named after 向/为/给, the doer of a
passive attack.  Each rule has sentences where it acts and controls where it must not.
Invented sentences (none from the dev sets or the DTELS articles)."""

from __future__ import annotations

import pytest
from test_events import events
from test_events_news import news, roles

SUED = "司法行为-起诉"


# ---- 以…为被告: the ones named are sued ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "plaintiff", "sued"),
    [
        ("华美公司以新宇科技为被告提起诉讼。", ["华美公司"], ["新宇科技"]),
        (
            "华美公司以新宇科技、蓝天物流等三家企业为被告提起诉讼。",
            ["华美公司"],
            ["新宇科技", "蓝天物流"],
        ),
        (
            "车主王磊以北极星公司及其销售经理李某为共同被告提起诉讼。",
            ["王磊"],
            ["北极星公司", "李某"],
        ),
    ],
)
def test_the_ones_a_yi_phrase_names_as_defendants_are_sued(steps, text, plaintiff, sued) -> None:
    e = news(events(steps, text), SUED)
    assert roles(e).get("原告") == plaintiff and roles(e).get("被告") == sued, roles(e)


def test_the_ones_named_as_the_object_of_a_suit_are_not_plaintiffs(steps) -> None:
    # 以某甲、某乙为对象发起诉讼: the bodies named are sued, none of them sues
    e = news(events(steps, "他以市政府、区政府和街道办为对象发起行政诉讼。"), SUED)
    assert "原告" not in roles(e) and roles(e).get("被告") == ["市政府", "区政府"], roles(e)


@pytest.mark.parametrize(
    ("text", "plaintiff", "sued"),
    [
        # 以…为榜样 in a clause of its own: no role of the suit
        ("华美公司以北极星公司为榜样，起诉了新宇科技。", ["华美公司"], ["新宇科技"]),
        # the charged one of 以被告人X涉嫌… stays as it was
        ("检方以被告人刘某涉嫌盗窃罪提起公诉。", ["检方"], ["刘某"]),
    ],
)
def test_a_yi_phrase_naming_no_defendant_leaves_the_suit_as_it_was(
    steps, text, plaintiff, sued
) -> None:
    e = news(events(steps, text), SUED)
    assert roles(e).get("原告") == plaintiff and roles(e).get("被告") == sued, roles(e)
