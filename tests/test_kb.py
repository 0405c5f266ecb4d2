"""The actor knowledge base: packaged data validates, covers the seeds' actors, answers by date."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dashiji.kb import Entry, KBError, KnowledgeBase, load_kb, packaged_files

# The date each seed document speaks from (000 has a reference date in the gold; 002 a header).
DOC_DATES = {"000_789da36100d29724.txt": "2025-10-22", "002_4cc2dfc617e4ab0c.txt": "2025-08-13"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


# ---- the packaged files ------------------------------------------------------------------------
def test_packaged_files_are_sorted_jsonl_with_unique_ids() -> None:
    files = packaged_files()
    assert {p.name for p in files} >= {
        "countries.jsonl",
        "places.jsonl",
        "orgs.jsonl",
        "people.jsonl",
        "roles.jsonl",
    }
    seen: set[str] = set()
    for path in files:
        ids = []
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert isinstance(record, dict)
            ids.append(record["id"])
        assert ids == sorted(ids), f"{path.name} is not sorted by id"
        assert not seen & set(ids), f"{path.name} repeats ids of another file"
        seen |= set(ids)


def test_packaged_files_validate(kb: KnowledgeBase) -> None:
    fresh = load_kb(cache=False)
    assert len(fresh) == len(kb) > 0
    for entry in kb.entries():
        assert entry.names.get("zh-Hans") and entry.names.get("en"), entry.id
        if entry.kind == "country" and entry.type != "bloc":
            assert entry.cameo, entry.id


def test_counts(kb: KnowledgeBase) -> None:
    kinds = Counter(e.kind for e in kb.entries())
    types = Counter(e.type for e in kb.entries())
    assert kinds["country"] + kinds["place"] + kinds["org"] >= 250
    assert kinds["person"] >= 300
    assert types["country"] >= 190
    assert kinds["place"] >= 150
    assert kinds["org"] - types["media"] >= 60
    assert types["media"] >= 30
    assert kinds["role_word"] >= 40


def test_load_is_cached_per_file_state() -> None:
    """A process reads the knowledge base once: the same files give the same object; asked not
    to cache, it builds an equal one.  (Load time is printed by bench/entities.py, not asserted
    here: a timed assertion fails on a loaded machine.)"""
    first = load_kb()
    assert load_kb() is first
    fresh = load_kb(cache=False)
    assert fresh is not first and len(fresh) == len(first)
    assert sorted(e.id for e in fresh.entries()) == sorted(e.id for e in first.entries())


# ---- the seeds' actors -------------------------------------------------------------------------
def _resolve(kb: KnowledgeBase, actor: str, on: str) -> Entry:
    """An actor of the gold (``USA``, ``USA:Trump``, ``DEU:Foreign Minister``…) as a KB entry."""
    code, _, who = actor.partition(":")
    bases = [
        e
        for e in kb.entries()
        if (e.kind == "country" and e.id == code) or (e.kind == "org" and e.actor == code)
    ]
    assert bases, f"no country or organisation with code {code}"
    base = bases[0]
    if not who:
        return base
    wanted = who.casefold()
    people = [
        p
        for p in kb.people()
        if (p.country == code or any(r.at == base.id for r in p.roles))
        and wanted in {form.casefold() for form in p.surface_forms()}
    ]
    if people:
        assert len(people) == 1, f"{actor}: several people {[p.id for p in people]}"
        return people[0]
    for word in kb.entries(kind="role_word"):
        role = word.extra["role"]
        if wanted in ((word.en or "").casefold(), role.replace("_", " ")):
            holder = kb.holder(role, base.id, on)
            assert holder is not None, f"{actor}: nobody held {role} at {base.id} on {on}"
            return holder
    orgs = [
        o
        for o in kb.entries(kind="org")
        if o.country == code and wanted in {f.casefold() for f in o.surface_forms()}
    ]
    assert orgs, f"{actor}: no person, role or organisation named {who!r}"
    return orgs[0]


def test_every_gold_actor_resolves(kb: KnowledgeBase, gold: Path) -> None:
    events = [json.loads(line) for line in (gold / "events.seeds.jsonl").read_text().splitlines()]
    actors = {(a, e["doc"]) for e in events for a in e["actors"]}
    assert len(actors) > 10
    for actor, doc in sorted(actors):
        on = DOC_DATES[doc]
        entry = _resolve(kb, actor, on)
        if entry.kind == "person":
            assert kb.roles_of(entry.id, on), f"{actor} ({entry.id}) holds no role on {on}"


@pytest.mark.parametrize(
    ("actor", "on", "expected"),
    [
        ("USA:Trump", "2025-08-13", "donald-trump"),
        ("RUS:Putin", "2025-08-13", "vladimir-putin"),
        ("UKR:Zelensky", "2025-08-13", "volodymyr-zelensky"),
        ("USA:Witkoff", "2025-08-13", "steve-witkoff"),
        ("KHM:Hun Manet", "2025-08-13", "hun-manet"),
        ("NATO:Secretary General", "2025-08-13", "mark-rutte"),
        ("USA:Congress", "2025-08-13", "us-congress"),
        ("USA:Rubio", "2025-10-22", "marco-rubio"),
        ("RUS:Lavrov", "2025-10-22", "sergey-lavrov"),
        ("USA:Bessent", "2025-10-22", "scott-bessent"),
        ("DEU:Foreign Minister", "2025-10-22", "johann-wadephul"),
        ("EUR", "2025-10-22", "EUR"),
        ("NATO", "2025-10-22", "nato"),
    ],
)
def test_gold_actor_examples(kb: KnowledgeBase, actor: str, on: str, expected: str) -> None:
    assert _resolve(kb, actor, on).id == expected


def test_seed_mentions_are_known_surface_forms(kb: KnowledgeBase) -> None:
    mentions = {
        "特朗普": "donald-trump",
        "普京": "vladimir-putin",
        "澤連斯基": "volodymyr-zelensky",
        "威特科夫": "steve-witkoff",
        "洪馬內": "hun-manet",
        "鲁比奥": "marco-rubio",
        "拉夫罗夫": "sergey-lavrov",
        "里亚布科夫": "sergey-ryabkov",
        "贝森特": "scott-bessent",
        "布达佩斯": "budapest",
        "阿拉斯加": "alaska",
        "莫斯科": "moscow",
        "峴港": "da-nang",
        "納卡": "nagorno-karabakh",
        "白宮": "white-house",
        "顿巴斯": "donbas",
        "北約": "nato",
        "歐盟": "eu",
        "亞太經合組織": "apec",
        "美國國會": "us-congress",
        "柬埔寨": "KHM",
        "沙特": "SAU",
        "土耳其": "TUR",
        "CNN": "cnn",
        "Reuters": "reuters",
    }
    for form, expected in mentions.items():
        assert expected in [e.id for e in kb.lookup(form)], form


# ---- surface forms -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("川普", "donald-trump"),
        ("哲連斯基", "volodymyr-zelensky"),
        ("澤連斯基", "volodymyr-zelensky"),
        ("泽连斯基", "volodymyr-zelensky"),
        ("Zelenskyy", "volodymyr-zelensky"),
        ("普丁", "vladimir-putin"),
        ("盧比奧", "marco-rubio"),
        ("拉夫羅夫", "sergey-lavrov"),
        ("貝森特", "scott-bessent"),
        ("洪瑪奈", "hun-manet"),
        ("呂特", "mark-rutte"),
        ("紐西蘭", "NZL"),
        ("新西兰", "NZL"),
        ("義大利", "ITA"),
        ("沙地阿拉伯", "SAU"),
        ("沙烏地阿拉伯", "SAU"),
        ("岘港", "da-nang"),
        ("纳卡", "nagorno-karabakh"),
        ("克里姆林宫", "kremlin"),
        ("加沙", "gaza"),
        ("台海", "taiwan-strait"),
        ("安理会", "unsc"),
        ("五角大楼", "pentagon"),
        ("新华社", "xinhua"),
    ],
)
def test_alias(kb: KnowledgeBase, form: str, expected: str) -> None:
    assert expected in [e.id for e in kb.lookup(form)]


def test_aliases_cover_both_scripts(kb: KnowledgeBase) -> None:
    forms = {form for form, entry in kb.aliases() if entry.id == "sergey-ryabkov"}
    assert {"里亚布科夫", "里亞布科夫", "Ryabkov"} <= forms
    assert all(form.strip() for form, _ in kb.aliases())


def test_ambiguous_alias_names_every_reading(kb: KnowledgeBase) -> None:
    assert {e.id for e in kb.lookup("国务院")} == {"chn-state-council", "us-state-dept"}


def test_short_forms_and_compounds(kb: KnowledgeBase) -> None:
    def read(form: str) -> list[str] | None:
        parsed = kb.parse_compound(form)
        return None if parsed is None else [e.id for e in parsed[0]]

    assert read("美俄") == ["USA", "RUS"]
    assert read("中印") == ["CHN", "IND"]
    assert read("美欧烏") == ["USA", "EUR", "UKR"]
    assert read("美歐烏") == ["USA", "EUR", "UKR"]
    assert read("俄") == ["RUS"]
    assert read("中") is None  # 中 never stands alone
    parsed = kb.parse_compound("美方")
    assert parsed is not None and parsed[1] is not None
    assert [e.id for e in parsed[0]] == ["USA"] and parsed[1].extra["cameo_role"] == "GOV"
    shorts = {short.form: (short, entry) for short, entry in kb.short_forms()}
    assert shorts["巴"][1].id == "PAK" and "BRA" in shorts["巴"][0].ambiguous_with
    assert shorts["伊"][1].id == "IRN" and "IRQ" in shorts["伊"][0].ambiguous_with


def test_cameo_codes(kb: KnowledgeBase) -> None:
    def get(entry_id: str) -> Entry:
        entry = kb.by_id(entry_id)
        assert entry is not None, entry_id
        return entry

    assert get("USA").cameo == "USA" and get("ROU").cameo == "ROM"
    assert get("nato").code == "NATO" and get("eu").code == "EUR"
    assert get("pentagon").cameo == "USAMIL" and get("us-congress").cameo == "USALEG"
    assert get("reuters").cameo == "GBRMED"
    assert get("white-house").extra["metonym"] == "USAGOV"
    assert get("rw:外长").extra["role"] == "foreign_minister"
    assert get("rw:财长").extra["role"] == "finance_minister"


# ---- roles by date -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("role", "at", "on", "expected"),
    [
        ("foreign_minister", "USA", "2025-10-20", "marco-rubio"),
        ("foreign_minister", "USA", "2024-06-01", "antony-blinken"),
        ("foreign_minister", "DEU", "2025-10-20", "johann-wadephul"),
        ("foreign_minister", "DEU", "2025-01-01", "annalena-baerbock"),
        ("finance_minister", "USA", "2025-10-22", "scott-bessent"),
        ("head_of_state", "USA", "2024-06-01", "joe-biden"),
        ("head_of_state", "USA", "2025-01-20", "donald-trump"),
        ("head_of_government", "DEU", "2025-05-05", "olaf-scholz"),
        ("head_of_government", "DEU", "2025-05-06", "friedrich-merz"),
        ("head_of_government", "JPN", "2024-09-30", "fumio-kishida"),
        ("head_of_government", "JPN", "2025-01-01", "shigeru-ishiba"),
        ("head_of_government", "JPN", "2025-10-22", "sanae-takaichi"),
        ("head_of_government", "GBR", "2024-07-04", "rishi-sunak"),
        ("head_of_government", "GBR", "2024-07-05", "keir-starmer"),
        ("head_of_government", "KHM", "2025-08-13", "hun-manet"),
        ("secretary_general", "nato", "2024-09-30", "jens-stoltenberg"),
        ("secretary_general", "nato", "2024-10-02", "mark-rutte"),
        ("foreign_minister", "eu", "2025-10-20", "kaja-kallas"),
    ],
)
def test_holder(kb: KnowledgeBase, role: str, at: str, on: str, expected: str) -> None:
    holder = kb.holder(role, at, on)
    assert holder is not None and holder.id == expected


def test_holders_of_a_shared_post(kb: KnowledgeBase) -> None:
    deputies = [p.id for p in kb.holders("deputy_foreign_minister", "RUS", "2025-10-22")]
    assert "sergey-ryabkov" in deputies and "alexander-grushko" in deputies
    envoys = [p.id for p in kb.holders("envoy", "USA", "2025-08-13")]
    assert {"steve-witkoff", "keith-kellogg"} <= set(envoys)


def test_holder_none_and_roles_of(kb: KnowledgeBase) -> None:
    assert kb.holder("foreign_minister", "USA", "1700-01-01") is None
    assert kb.holder("no_such_role", "USA", "2025-01-01") is None
    assert [r.role for r in kb.roles_of("marco-rubio", "2025-10-20")] == [
        "foreign_minister",
        "national_security_adviser",
    ]
    assert kb.roles_of("antony-blinken", "2025-10-20") == []
    assert len(kb.roles_of("antony-blinken")) == 1
    with pytest.raises(KeyError):
        kb.roles_of("nobody")


# ---- user files --------------------------------------------------------------------------------
GOOD = {"id": "x-person", "type": "person", "names": {"zh-Hans": "某人", "en": "Some One"}}


@pytest.mark.parametrize(
    ("lines", "bad_line", "message"),
    [
        ([GOOD, GOOD], 2, "duplicate id"),
        ([{**GOOD, "country": "XYZ"}], 1, "unknown country code 'XYZ'"),
        ([{**GOOD, "aliases": ["某", ""]}], 1, "alias empty"),
        ([{**GOOD, "aliases": ["某", "  "]}], 1, "alias empty"),
        (
            [{**GOOD, "roles": [{"role": "envoy", "country": "USA", "start": "2025-13-01"}]}],
            1,
            "bad start date",
        ),
        (
            [{**GOOD, "roles": [{"role": "envoy", "country": "USA", "start": "2025-02-30"}]}],
            1,
            "bad start date",
        ),
        (
            [
                {
                    **GOOD,
                    "roles": [
                        {"role": "envoy", "country": "USA", "start": "2025-05", "end": "2025-04"}
                    ],
                }
            ],
            1,
            "end 2025-04 before start 2025-05",
        ),
        ([{**GOOD, "roles": [{"role": "envoy", "country": "ZZZ"}]}], 1, "unknown country"),
        ([{**GOOD, "type": "alien"}], 1, "unknown or missing type"),
        ([{**GOOD, "names": {"en": "Only English"}}], 1, "needs a Chinese name"),
        ([{**GOOD, "colour": "red"}], 1, "unknown field"),
        (["{not json"], 1, "invalid JSON"),
    ],
)
def test_bad_user_file_fails_naming_file_and_line(
    tmp_path: Path, lines: list[object], bad_line: int, message: str
) -> None:
    path = tmp_path / "mine.jsonl"
    text = [
        line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines
    ]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    with pytest.raises(KBError) as caught:
        load_kb([path])
    assert f"mine.jsonl:{bad_line}:" in str(caught.value)
    assert message in str(caught.value)


def test_user_file_overrides_and_extends(tmp_path: Path, kb: KnowledgeBase) -> None:
    path = tmp_path / "local.jsonl"
    records = [
        {"id": "donald-trump", "aliases": ["懂王"]},
        {
            "id": "new-envoy",
            "type": "person",
            "country": "DEU",
            "names": {"zh-Hans": "新特使", "en": "New Envoy"},
            "aliases": ["新特使先生"],
            "roles": [
                {"role": "envoy", "country": "DEU", "title_zh": "特使", "start": "2025-09-01"}
            ],
        },
        {"id": "SAU", "names": {"zh-Hans": "沙特"}},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    mine = load_kb([path])
    trump = mine.by_id("donald-trump")
    assert trump is not None and "懂王" in trump.aliases and "川普" in trump.aliases
    assert trump.roles == kb.by_id("donald-trump").roles  # type: ignore[union-attr]
    assert [e.id for e in mine.lookup("懂王")] == ["donald-trump"]
    assert [e.id for e in mine.lookup("新特使先生")] == ["new-envoy"]
    holder = mine.holder("envoy", "DEU", "2025-10-01")
    assert holder is not None and holder.id == "new-envoy"
    sau = mine.by_id("SAU")
    assert sau is not None and sau.names["zh-Hans"] == "沙特" and sau.names["en"] == "Saudi Arabia"
    # the packaged knowledge base is untouched
    assert kb.by_id("new-envoy") is None and "懂王" not in kb.by_id("donald-trump").aliases  # type: ignore[union-attr]


def test_user_file_replace_and_json_list(tmp_path: Path) -> None:
    path = tmp_path / "replace.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": "EUR",
                    "replace": True,
                    "type": "bloc",
                    "names": {"zh-Hans": "欧洲", "en": "Europe"},
                }
            ],
            ensure_ascii=False,
        ),
        "utf-8",
    )
    mine = load_kb([path])
    eur = mine.by_id("EUR")
    assert eur is not None and eur.short == () and eur.aliases == ()


def test_missing_user_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="nope.jsonl"):
        load_kb([tmp_path / "nope.jsonl"])


# ---- places whose Chinese name contains a country's name ----------------------------------------
# (id, zh-Hans name, country it belongs to, country whose name it contains)
CONTAINING_PLACES = [
    ("northern-ireland", "北爱尔兰", "GBR", "IRL"),
    ("new-mexico", "新墨西哥州", "USA", "MEX"),
    ("new-jersey", "新泽西州", "USA", None),
    ("western-australia", "西澳大利亚州", "AUS", "AUS"),
    ("south-australia", "南澳大利亚州", "AUS", "AUS"),
    ("new-south-wales", "新南威尔士州", "AUS", None),
    ("baja-california", "下加利福尼亚州", "MEX", None),
    ("new-england", "新英格兰", "USA", None),
    ("georgia-us", "佐治亚州", "USA", None),
    ("maryland", "马里兰州", "USA", "MLI"),
    ("new-guinea", "新几内亚岛", None, "GIN"),
    ("northern-cyprus", "北塞浦路斯", "CYP", "CYP"),
    ("inner-mongolia", "内蒙古", "CHN", "MNG"),
    ("sea-of-japan", "日本海", None, "JPN"),
    ("indian-ocean", "印度洋", None, "IND"),
    ("bay-of-bengal", "孟加拉湾", None, "BGD"),
    ("west-bengal", "西孟加拉邦", "IND", "BGD"),
    ("gulf-of-guinea", "几内亚湾", None, "GIN"),
    ("irish-sea", "爱尔兰海", None, "IRL"),
    ("jordan-river", "约旦河", None, "JOR"),
    ("british-columbia", "不列颠哥伦比亚省", "CAN", "COL"),
    ("indochina", "印度支那", None, "IND"),
    ("east-jerusalem", "东耶路撒冷", "PSE", None),
]


@pytest.mark.parametrize(("pid", "name", "country", "contained"), CONTAINING_PLACES)
def test_places_containing_a_country_name(
    kb: KnowledgeBase, pid: str, name: str, country: str | None, contained: str | None
) -> None:
    entry = kb.by_id(pid)
    assert entry is not None and entry.kind == "place"
    assert entry.names["zh-Hans"] == name and entry.names["en"]
    assert entry.country == country
    assert entry.point is not None
    if contained is not None:
        other = kb.by_id(contained)
        assert other is not None
        assert any(form in name for form in (other.names["zh-Hans"], *other.aliases))


def test_existing_chinese_regions_keep_their_ids(kb: KnowledgeBase) -> None:
    for pid, country in (("xinjiang", "CHN"), ("tibet", "CHN"), ("inner-mongolia", "CHN")):
        entry = kb.by_id(pid)
        assert entry is not None and entry.country == country
    for cid in ("HKG", "MAC", "TWN", "ESH"):
        entry = kb.by_id(cid)
        assert entry is not None and entry.kind == "country"
