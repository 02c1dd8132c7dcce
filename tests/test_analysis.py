"""The analyses (graphkb.analysis): the signed relation, balance, blocs and pressures, on the
seed, on the development articles' answer keys, and on small graphs built to a known answer."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase, StanceFilter, analysis, curation
from graphkb.analysis.balance import (
    EXACT_UP_TO,
    _exact_split,
    _searched_split,
    census,
    frustrated_ties,
    frustration,
    triads,
)
from graphkb.analysis.blocs import find_blocs
from graphkb.analysis.pressures import pressures
from graphkb.analysis.signed import SignedGraph, contribution, signed_graph
from graphkb.cli import app
from graphkb.model import Modality, StanceType, data_dir
from graphkb.sparql_reader import SparqlReader
from tests.dev_store import dev_kb
from tests.talks import unnamed_counterpart_text

BACKGROUND = data_dir() / "background" / "us-national-security-strategy-2022.yaml"


@pytest.fixture(scope="module")
def dev() -> Iterator[KnowledgeBase]:
    """The seed plus the development articles' required stances."""
    with dev_kb() as base:
        yield base


@pytest.fixture(scope="module")
def with_background() -> Iterator[KnowledgeBase]:
    """The seed plus the bundled background relations (US National Security Strategy 2022)."""
    with KnowledgeBase.memory() as base:
        base.load([BACKGROUND])
        yield base


def _graph(*edges: tuple[str, str, float]) -> SignedGraph:
    return SignedGraph.from_weights({(min(a, b), max(a, b)): (w, 1) for a, b, w in edges})


# -- the signed relation ------------------------------------------------------------------------
def test_contribution_follows_the_type_table_and_modality() -> None:
    """A stance adds intensity / 10 x modality weight x confidence; hypothetical and negated
    add nothing; a half-life halves a stance one half-life old."""
    assert contribution(StanceType.SANCTION, Modality.ASSERTED, 1.0) == pytest.approx(-0.6)
    assert contribution(StanceType.ALLY, Modality.REPORTED, 0.5) == pytest.approx(0.2)
    assert contribution(StanceType.COOPERATE, Modality.HYPOTHETICAL, 1.0) == 0.0
    assert contribution(StanceType.THREATEN, Modality.NEGATED, 1.0) == 0.0
    day = dt.date(2024, 1, 1)
    old = contribution(
        StanceType.AID, Modality.ASSERTED, 1.0, day, half_life=30, as_of=day + dt.timedelta(30)
    )
    assert old == pytest.approx(0.5)


def test_seed_signed_graph(kb: KnowledgeBase) -> None:
    """The seed's country graph: every signed pair with its weight, and no hypothetical
    Pakistan-China or Pakistan-Russia tie."""
    graph = signed_graph(kb.store)
    got = {(t.a, t.b): (round(t.weight, 2), t.stances) for t in graph}
    assert got == {
        ("AFG", "USA"): (0.65, 1),
        ("CHN", "USA"): (-0.5, 1),
        ("IND", "PAK"): (-1.05, 2),
        ("IND", "USA"): (2.25, 3),
        ("IRN", "ISR"): (-0.45, 1),
        ("ISR", "LBN"): (-0.45, 1),
        ("ISR", "PAK"): (-0.35, 1),
        ("ISR", "PSE"): (-0.45, 1),
        ("ISR", "SYR"): (-0.45, 1),
        ("ISR", "USA"): (0.5, 1),
        ("PAK", "USA"): (-3.15, 16),
    }
    assert graph.tie("PAK", "CHN") is None
    assert graph.tie("PAK", "RUS") is None


def test_index_and_sparql_paths_agree(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    """The signed graph read from the index's dyad table equals the one folded from SPARQL,
    with and without roll-up and half-life."""
    for options in ({}, {"roll_up": False}, {"half_life": 10.0}):
        indexed = signed_graph(kb.store, **options)  # type: ignore[arg-type]
        with monkeypatch.context() as m:
            m.setattr(type(kb.store), "index", property(lambda _self: None))
            plain = signed_graph(kb.store, **options)  # type: ignore[arg-type]
        assert {k: round(t.weight, 9) for k, t in indexed.ties.items()} == {
            k: round(t.weight, 9) for k, t in plain.ties.items()
        }


def test_dyad_us_pakistan(kb: KnowledgeBase) -> None:
    """US-Pakistan: -0.65 between the two countries themselves (7 stances, the hypothetical
    and negated ones left out), -3.15 with every official and body counted for its country."""
    d = analysis.dyad(kb, "US", "Pakistan")
    assert round(d.weight, 2) == -0.65
    assert d.sign == -1
    assert [(v.stance.type.value, round(w, 2)) for v, w in d.parts] == [
        ("ALLY", 0.8),
        ("SANCTION", -0.6),
        ("AID", 0.5),
        ("ACCUSE", -0.35),
        ("ACCUSE", -0.35),
        ("ACCUSE", -0.35),
        ("SANCTION", -0.3),
    ]
    rolled = analysis.dyad(kb, "Jon Finer", "Khawaja Asif", roll_up=True)
    assert (round(rolled.weight, 2), len(rolled.parts)) == (-3.15, 16)


def test_dyad_cli_csv_counts_documents(runner: CliRunner) -> None:
    """``graphkb dyad`` CSV: what each stance adds, and in how many documents and publishers
    the same stance appears."""
    result = runner.invoke(app, ["dyad", "Washington", "Beijing", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "adds,source,type,target,modality,date,documents,publishers,evidence\n"
        "-0.50,United States,RIVAL,China,asserted,2024-12-20,1,1,"
        "\"Washington seeks to counter China's influence in the Indo-Pacific. "
        '[US sanctions could push Pakista…, chars 6040-6243]"\n'
    )


def test_dyad_corroboration_counts_two_publishers(with_background: KnowledgeBase) -> None:
    """With the background file loaded, US-China rivalry stands in two documents from two
    publishers."""
    d = analysis.dyad(with_background, "US", "China")
    assert round(d.weight, 2) == -1.0
    assert {(c.documents, c.publishers) for c in d.sources.values()} == {(2, 2)}


def test_dyad_errors(runner: CliRunner) -> None:
    """The same actor twice, or an unknown one, is one line on stderr and exit 1."""
    same = runner.invoke(app, ["dyad", "US", "Washington"])
    assert same.exit_code == 1
    assert same.stderr == (
        "graphkb: error: 'US' and 'Washington' are the same (USA); give two different actors\n"
    )
    unknown = runner.invoke(app, ["dyad", "US", "Pakstan"])
    assert unknown.exit_code == 1
    assert unknown.stderr.startswith("graphkb: error: ")
    assert "Traceback" not in unknown.stderr
    bad = runner.invoke(app, ["dyad", "US", "PAK", "--half-life", "0"])
    assert bad.exit_code == 2


# -- balance ------------------------------------------------------------------------------------
def test_census_and_frustration_of_a_known_graph() -> None:
    """A friendly triangle with one hostile tie (++-) is unbalanced: frustration 1 of 3."""
    graph = _graph(("A", "B", 1.0), ("B", "C", 1.0), ("A", "C", -1.0), ("C", "D", -1.0))
    assert census(triads(graph)) == {"+++": 0, "++-": 1, "+--": 0, "---": 0}
    f = frustration(graph)
    assert (f.frustrated, f.ties, f.exact) == (1, 4, True)
    assert f.normalised == pytest.approx(0.5)
    assert len(frustrated_ties(graph, f.camps)) == 1


def test_local_search_matches_exhaustive_on_small_graphs() -> None:
    """On random signed graphs small enough to try every split, the local search finds the
    same frustration index in most cases and never a lower one (it is an upper bound)."""
    rng = random.Random(14)
    hits = 0
    for _ in range(40):
        nodes = [f"n{i}" for i in range(10)]
        edges = [
            (a, b, rng.choice([-1.0, 1.0]))
            for a, b in itertools.combinations(nodes, 2)
            if rng.random() < 0.35
        ]
        graph = _graph(*edges)
        part = graph.nodes
        exact = _exact_split(graph, part)
        searched = _searched_split(graph, part)
        best = len(frustrated_ties(graph, exact))
        found = len(frustrated_ties(graph, searched))
        assert found >= best
        hits += found == best
    assert hits >= 30


def test_big_parts_are_searched_not_exact() -> None:
    """A connected part above EXACT_UP_TO actors gets an upper bound, said so."""
    nodes = [f"n{i:02d}" for i in range(EXACT_UP_TO + 4)]
    edges = [
        (a, b, 1.0 if int(a[1:]) % 2 == int(b[1:]) % 2 else -1.0)
        for a, b in itertools.pairwise(nodes)
    ]
    f = frustration(_graph(*edges))
    assert (f.exact, f.frustrated) == (False, 0)


def test_seed_balance(kb: KnowledgeBase) -> None:
    """The seed's country graph is balanced: two +-- triads around Pakistan (the US with India,
    and with Israel), frustration 0 of 11."""
    report = analysis.balance(kb, "Pakistan")
    assert report.census == {"+++": 0, "++-": 0, "+--": 2, "---": 0}
    assert report.unbalanced == []
    assert (report.frustration.frustrated, report.frustration.ties) == (0, 11)


def test_dev_articles_balance(dev: KnowledgeBase) -> None:
    """Across the development articles, unbalanced triads are the ones a reader sees as
    crossed loyalties: Russia friendly to both Kyrgyzstan and Tajikistan while they clash."""
    report = analysis.balance(dev, "Russia")
    patterns = {t.actors: t.pattern for t in report.unbalanced}
    assert patterns[("KGZ", "RUS", "TJK")] == "++-"
    assert patterns[("RUS", "SYR", "TUR")] == "++-"


# -- blocs --------------------------------------------------------------------------------------
def test_blocs_recover_planted_camps() -> None:
    """Two planted camps (friendly inside, hostile across) come back as two blocs."""
    left, right = ["a1", "a2", "a3", "a4"], ["b1", "b2", "b3"]
    edges = [(x, y, 1.0) for x, y in itertools.combinations(left, 2)]
    edges += [(x, y, 1.0) for x, y in itertools.combinations(right, 2)]
    edges += [(x, y, -1.0) for x in left for y in right if (x, y) != ("a4", "b3")]
    found = find_blocs(_graph(*edges))
    assert [set(b.members) for b in found.blocs] == [set(left), set(right)]
    assert found.frustrated == 0
    assert find_blocs(_graph(*edges), k=2).of == found.of


def test_seed_blocs_two_camps(kb: KnowledgeBase) -> None:
    """Two blocs on the seed: the US with India, Israel and Afghanistan; Pakistan with China
    and the states Israel attacks; nothing goes against the split."""
    report = analysis.blocs(kb, k=2)
    assert [b.members for b in report.blocs.blocs] == [
        ("PAK", "CHN", "IRN", "LBN", "PSE", "SYR"),
        ("USA", "IND", "ISR", "AFG"),
    ]
    assert report.blocs.frustrated == 0


def test_dev_articles_blocs(dev: KnowledgeBase) -> None:
    """Across the development articles, two blocs put the US with Japan, South Korea, Israel,
    Ukraine and the EU, and Russia with China, Iran, North Korea, Pakistan and Venezuela."""
    report = analysis.blocs(dev, k=2)
    first, second = (set(b.members) for b in report.blocs.blocs)
    us_side, other = (first, second) if "USA" in first else (second, first)
    assert {"USA", "JPN", "KOR", "ISR", "UKR", "EU", "TWN"} <= us_side
    assert {"RUS", "CHN", "IRN", "PRK", "PAK", "VEN"} <= other


def test_blocs_cli(runner: CliRunner) -> None:
    """``graphkb blocs --k 2 --format csv``: members, inside ties, cohesion, ties across."""
    result = runner.invoke(app, ["blocs", "--k", "2", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "bloc,members,inside,cohesion,frustrated,ties across\n"
        "1,PAK;CHN;IRN;LBN;PSE;SYR,0+/0-,0.00,0,2: -6.85 (0+/8-)\n"
        "2,USA;IND;ISR;AFG,3+/0-,+1.13,0,1: -6.85 (0+/8-)\n"
    )
    too_many = runner.invoke(app, ["blocs", "--k", "50"])
    assert too_many.exit_code == 1
    assert "give a smaller number" in too_many.stderr


def test_bloc_of_covers_people_through_their_country(kb: KnowledgeBase) -> None:
    """bloc_of (for the graph page) gives officials their country's bloc."""
    of = analysis.bloc_of(kb, k=2)
    assert of["khawaja-asif"] == of["PAK"] == of["CHN"]
    assert of["jon-finer"] == of["USA"] != of["PAK"]


# -- pressures ----------------------------------------------------------------------------------
def test_pressures_of_a_known_graph() -> None:
    """The enemy of an enemy is predicted a friend; a tie already there is not a pressure."""
    graph = _graph(("X", "Z", -1.0), ("Z", "Y", -1.0), ("Z", "W", 1.0), ("X", "W", -1.0))
    found = pressures(graph, "X")
    assert [(p.other, p.sign, p.status) for p in found] == [("Y", 1, "missing")]
    assert [r.via for r in found[0].reasons] == ["Z"]


def test_seed_pressures_pakistan_china(kb: KnowledgeBase) -> None:
    """On the seed, Pakistan is pushed toward China by the US-China rivalry and the US-Pakistan
    conflict, with no help from the article's hypothetical stances; Russia needs a US-Russia
    tie the seed does not hold."""
    report = analysis.pressures(kb, "Pakistan")
    by_other = {p.other: p for p in report.pressures}
    china = by_other["CHN"]
    assert (china.sign, china.status, round(china.predicted, 2)) == (1, "missing", 1.25)
    assert [(r.via, round(r.near, 2), round(r.far, 2)) for r in china.reasons] == [
        ("USA", -3.15, -0.5)
    ]
    assert "RUS" not in by_other


def test_pressures_with_background_pakistan_russia(runner: CliRunner, own_store: Path) -> None:
    """With the background relations loaded (US National Security Strategy 2022: China and
    Russia as rivals), Pakistan-China and Pakistan-Russia are both positive pressures, the US
    the reason for each."""
    loaded = runner.invoke(app, ["load", str(BACKGROUND)])
    assert loaded.exit_code == 0, loaded.stderr
    result = runner.invoke(app, ["pressures", "Islamabad", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "actor,sign,predicted,present,status,gap,triads\n"
        'CHN,1,+1.77,0.00,missing,1.77,"United States: PAK-USA -3.15, USA-CHN -1.00"\n'
        'IND,-1,-2.66,-1.05,weak,1.61,"United States: PAK-USA -3.15, USA-IND +2.25"\n'
        'AFG,-1,-1.43,0.00,missing,1.43,"United States: PAK-USA -3.15, USA-AFG +0.65"\n'
        'RUS,1,+1.25,0.00,missing,1.25,"United States: PAK-USA -3.15, USA-RUS -0.50"\n'
        'ISR,-1,-1.25,-0.35,weak,0.90,"United States: PAK-USA -3.15, USA-ISR +0.50"\n'
        'IRN,1,+0.40,0.00,missing,0.40,"Israel: PAK-ISR -0.35, ISR-IRN -0.45"\n'
        'LBN,1,+0.40,0.00,missing,0.40,"Israel: PAK-ISR -0.35, ISR-LBN -0.45"\n'
        'PSE,1,+0.40,0.00,missing,0.40,"Israel: PAK-ISR -0.35, ISR-PSE -0.45"\n'
        'SYR,1,+0.40,0.00,missing,0.40,"Israel: PAK-ISR -0.35, ISR-SYR -0.45"\n'
    )


def test_dev_articles_pressures_pakistan_russia(dev: KnowledgeBase) -> None:
    """Across the development articles (Russia rejects and accuses the US at the UN),
    Pakistan-Russia is a positive pressure through the US without any background file."""
    by_other = {p.other: p for p in analysis.pressures(dev, "PAK").pressures}
    russia = by_other["RUS"]
    assert (russia.sign, russia.status) == (1, "missing")
    assert russia.reasons[0].via == "USA"
    assert by_other["CHN"].status == "weak"  # China and Pakistan consult over Afghanistan


def test_pressures_json_and_table(runner: CliRunner) -> None:
    """JSON lists each pressure with its triads; the table names the actors."""
    import json

    result = runner.invoke(app, ["pressures", "PAK", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    china = next(p for p in data["pressures"] if p["other"] == "CHN")
    assert china["triads"] == [{"via": "USA", "near": -3.15, "far": -0.5, "vote": 1.254990}]
    table = runner.invoke(app, ["pressures", "Pakistan"])
    assert "Realignment pressures on Pakistan" in table.stdout
    assert "China (CHN)" in table.stdout


def test_viz_blocs_colours_nodes_by_bloc(kb: KnowledgeBase, tmp_path: Path) -> None:
    """``viz --blocs``: actors of one bloc share a colour (officials their country's), the US
    bloc differs from Pakistan's and China's, and each actor carries its bloc (shown in its
    tooltip and panel); without the option, colours follow the kind."""
    from tests.test_viz import payload_of

    page = kb.viz(tmp_path / "blocs.html", blocs=analysis.bloc_of(kb))
    actors = {a["id"]: a for a in payload_of(page.read_text(encoding="utf-8"))["actors"]}
    colour = {i: a["colour"] for i, a in actors.items()}
    assert colour["PAK"] == colour["khawaja-asif"] == colour["pak-foreign-ministry"]
    assert colour["USA"] == colour["IND"] == colour["jon-finer"] != colour["PAK"]
    assert colour["CHN"] != colour["USA"]
    assert (actors["USA"]["bloc"], actors["PAK"]["bloc"]) == (1, 2)
    plain = kb.viz(tmp_path / "plain.html")
    plain_actors = {a["id"]: a for a in payload_of(plain.read_text(encoding="utf-8"))["actors"]}
    assert plain_actors["PAK"]["colour"] == plain_actors["USA"]["colour"]
    assert plain_actors["PAK"]["bloc"] is None


# -- disputes -----------------------------------------------------------------------------------
def test_seed_disputes_us_allegations_beside_pakistans_rejections(runner: CliRunner) -> None:
    """On the seed: the US allegations about Pakistan's missile programme, beside Pakistan's
    rejections of the US claims and sanctions and its Foreign Ministry's denial of any hostile
    intent; nothing else in the article is answered."""
    result = runner.invoke(app, ["disputes", "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = [line.split(",")[:9] for line in result.stdout.splitlines()[1:]]
    assert {tuple(r[:3]) for r in rows} == {("1", "USA", "PAK")}
    assert [(r[3], r[4], r[5], r[7], r[6], r[8]) for r in rows] == [
        ("claim", "", "jon-finer", "ACCUSE", "jon-finer", "PAK"),
        ("claim", "", "USA", "ACCUSE", "USA", "PAK"),
        ("answer", "rejection", "khawaja-asif", "REJECT", "khawaja-asif", "USA"),
        ("answer", "rejection", "pak-foreign-ministry", "REJECT", "pak-foreign-ministry", "USA"),
        ("answer", "rejection", "mumtaz-zahra-baloch", "REJECT", "mumtaz-zahra-baloch", "USA"),
        ("answer", "rejection", "mumtaz-zahra-baloch", "REJECT", "mumtaz-zahra-baloch", "USA"),
        ("answer", "denial", "pak-foreign-ministry", "THREATEN", "PAK", "USA"),
        ("answer", "rejection", "zulfiqar-bukhari", "REJECT", "zulfiqar-bukhari", "USA"),
        ("answer", "rejection", "ghulam-abbas", "REJECT", "ghulam-abbas", "USA"),
    ]
    assert "Finer described Pakistan's missile programme as a rising threat" in result.stdout
    assert ",Al Majalla," in result.stdout


def test_seed_disputes_table_side_by_side(runner: CliRunner) -> None:
    """The table puts the claims (United States) in one column and the answers (Pakistan) in
    the other, with who says what and where."""
    result = runner.invoke(app, ["disputes", "Khawaja Asif"])
    assert result.exit_code == 0, result.stderr
    assert "United States against Pakistan: 2 claims, 7 answers" in result.stdout
    assert "claims (United States)" in result.stdout
    assert "answers (Pakistan)" in result.stdout
    assert "Pakistan Foreign Ministry says:" in result.stdout
    none = runner.invoke(app, ["disputes", "India"])
    assert none.stdout == "No disputes involving India: no claim has an answer in the store.\n"


def test_seed_unanswered_claims(kb: KnowledgeBase) -> None:
    """With unanswered claims: Pakistan's charges of double standards and Asif's report of
    Israel's attacks are claims nobody in the store answers."""
    report = analysis.disputes(kb, unanswered=True)
    pairs = [(d.claimant, d.accused, len(d.claims), len(d.answers)) for d in report.disputes]
    assert pairs == [("USA", "PAK", 2, 7), ("PAK", "USA", 6, 0), ("PAK", "ISR", 5, 0)]


def test_dev_articles_disputes(dev: KnowledgeBase) -> None:
    """Across the development articles, each claim meets the answer a reader sees: Caracas
    denies massing troops near Guyana, the Emirates deny arming the RSF, Russia denies aiding
    North Korea, Tajikistan rejects Kyrgyzstan's accusations."""
    report = analysis.disputes(dev)
    found = {
        (d.claimant, d.accused): {(a.kind, a.view.stance.type.value) for a in d.answers}
        for d in report.disputes
    }
    assert found[("GUY", "VEN")] == {("rejection", "REJECT"), ("denial", "MOBILIZE")}
    assert found[("SDN", "ARE")] == {("rejection", "REJECT"), ("denial", "AID")}
    assert found[("KOR", "RUS")] == {("denial", "AID")}
    assert found[("KGZ", "TJK")] == {("rejection", "REJECT")}
    venezuela = next(d for d in report.disputes if d.accused == "VEN")
    mobilize = next(c for c in venezuela.claims if c.view.stance.type.value == "MOBILIZE")
    assert [a.kind for a in mobilize.answers] == ["rejection", "denial"]


# -- briefs -------------------------------------------------------------------------------------
def _footnotes(text: str) -> tuple[set[str], dict[str, str]]:
    import re

    body, _, notes = text.partition("## Sources")
    used = set(re.findall(r"\[\^(\d+)\]", body))
    defined = dict(re.findall(r"^\[\^(\d+)\]: (.*)$", notes, flags=re.M))
    return used, defined


def test_seed_brief_markdown(runner: CliRunner) -> None:
    """``graphkb brief Pakistan``: opponents and supporters with scores, the latest stances, the
    US-Pakistan dispute, the pressures (China toward, through the United States), a timeline
    image, and a footnote for every statement with sentence, title, publisher and date."""
    from graphkb.analysis.brief_render import timeline_svg

    result = runner.invoke(app, ["brief", "Pakistan"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith(
        "# Brief: Pakistan\n\n## Main opponents\n\n"
        "- United States: score 2.20 from 5 stances (ACCUSE, SANCTION)[^1]\n"
        "- India: score 0.50 from 1 stance (RIVAL)[^2]\n\n"
        "## Main supporters\n\n"
        "- United States: score 1.30 from 2 stances (AID, ALLY)[^3]\n"
    )
    assert (
        "## Disputes\n\n"
        "- United States claims against Pakistan (2 claims)[^6][^10]\n"
        "- Pakistan answers: 7 (denial, rejection)[^9][^11][^8][^12]\n"
    ) in text
    assert (
        "- China: balance predicts toward (+1.25; present 0.00, missing), through United States"
        " (-3.15 and -0.50)[^3][^15]\n"
    ) in text
    used, defined = _footnotes(text)
    assert used == set(defined) == {str(n) for n in range(1, 19)}
    assert defined["15"] == (
        "United States RIVAL China (asserted, 2024-12-20): \u201cWashington seeks to counter "
        "China's influence in the Indo-Pacific.\u201d US sanctions could push Pakistan to "
        "diversify its alliances, Al Majalla, 2024-12-20. (no link recorded)"
    )
    svg = timeline_svg([("2021-08", 0.0, 0.0), ("2024-12", 1.3, 4.35)], "x")
    assert svg.count("<rect") == 4
    assert "![stances by month](data:image/svg+xml;base64," in text


def test_pair_brief_and_background_link(runner: CliRunner, own_store: Path) -> None:
    """``graphkb brief US China`` after loading the background file: the relation with both
    documents, each footnote with its publisher, and the White House document's link."""
    assert runner.invoke(app, ["load", str(BACKGROUND)]).exit_code == 0
    result = runner.invoke(app, ["brief", "US", "China"])
    assert result.exit_code == 0, result.stderr
    assert "- Relation -1.00: hostile, from 2 asserted or reported stances" in result.stdout
    used, defined = _footnotes(result.stdout)
    assert used == set(defined) == {"1", "2"}
    assert any(
        "The White House, 2022-10-12. <https://www.whitehouse.gov/" in note
        for note in defined.values()
    )


def test_dev_articles_pair_brief(dev: KnowledgeBase) -> None:
    """On the development articles, the Guyana-Venezuela brief carries the troop claim and
    Caracas's denial and rejection."""
    from graphkb.analysis.brief import build_brief
    from graphkb.analysis.brief_render import to_markdown

    text = to_markdown(build_brief(dev, "Guyana", "Venezuela"))
    assert "- Guyana claims against Venezuela (2 claims)" in text
    assert "- Venezuela answers: 2 (denial, rejection)" in text
    assert "Venezuela MOBILIZE Guyana (negated, " in text


HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '"><svg onload="window.__pwned=3">',
    "[click](javascript:alert(4)) **bold** | col |",
]


def _hostile_kb(tmp_path: Path) -> KnowledgeBase:
    """A store whose names, roles, evidence, summary, title, publisher and link are payloads."""
    import json

    base = KnowledgeBase.memory()
    curated = tmp_path / "hostile.yaml"
    doc = {
        "id": "hostile-doc",
        "title": HOSTILE[0],
        "publisher": HOSTILE[1],
        "url": 'https://x.example/"><script>alert(5)</script>',
        "date": "2024-12-21",
    }
    actors = [
        {"id": "evil-one", "name": HOSTILE[2], "kind": "person", "country": "FRA"},
        {"id": "evil-two", "name": HOSTILE[3], "kind": "person", "country": "DEU"},
    ]
    stances = [
        {
            "source": "evil-one",
            "target": "evil-two",
            "type": "ACCUSE",
            "modality": "asserted",
            "evidence": {"start": 0, "end": 5, "text": HOSTILE[1]},
            "summary": HOSTILE[0],
        },
        {
            "source": "evil-two",
            "target": "evil-one",
            "type": "REJECT",
            "modality": "asserted",
            "evidence": {"start": 6, "end": 9, "text": HOSTILE[3]},
        },
    ]
    text = {"format": "graphkb-curated/1", "document": doc, "actors": actors, "stances": stances}
    curated.write_text(json.dumps(text), encoding="utf-8")  # JSON is YAML
    base.load([curated])
    return base


def test_brief_html_escapes_every_payload(tmp_path: Path) -> None:
    """The HTML brief of a store full of injection payloads carries each one as text: no tag,
    handler or script of theirs survives, the link is escaped, and a CSP forbids scripts and
    fetches."""
    from graphkb.analysis.brief import build_brief
    from graphkb.analysis.brief_render import to_html

    with _hostile_kb(tmp_path) as base:
        page = to_html(build_brief(base, "evil-one", "evil-two"))
        single = to_html(build_brief(base, "evil-one"))
    for html_page in (page, single):
        assert "<script" not in html_page
        assert "<img" not in html_page
        assert "<svg onload" not in html_page
        assert "onerror=" not in html_page.replace("onerror=&quot;", "")
        assert "default-src 'none'" in html_page
    import html as h

    assert h.escape(HOSTILE[2]) in page
    assert 'href="https://x.example/&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;"' in page


def test_brief_markdown_escapes_every_payload(tmp_path: Path) -> None:
    """In Markdown, every payload's markup characters are escaped: no raw tag, link or
    emphasis, and the link's angle brackets and quotes are percent-encoded."""
    import re

    from graphkb.analysis.brief import build_brief
    from graphkb.analysis.brief_render import to_markdown

    with _hostile_kb(tmp_path) as base:
        text = to_markdown(build_brief(base, "evil-one", "evil-two"))
    assert re.search(r"(?<!\\)<(?!https://)", text) is None
    assert "\\[click\\](javascript:alert(4)) \\*\\*bold\\*\\* \\| col \\|" in text
    assert "<https://x.example/%22%3E%3Cscript%3Ealert%284%29" not in text
    assert "<https://x.example/%22%3E%3Cscript%3Ealert%285%29%3C/script%3E>" in text


def test_brief_cli_writes_html_and_fails_cleanly(runner: CliRunner, tmp_path: Path) -> None:
    """``--format html --out FILE`` writes the page; an unknown actor is one line, exit 1."""
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["brief", "Pakistan", "--format", "html", "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page
    assert '<li id="fn-15">United States RIVAL China' in page
    bad = runner.invoke(app, ["brief", "Pakstan"])
    assert bad.exit_code == 1
    assert bad.stderr.startswith("graphkb: error: ")
    assert bad.stderr.count("\n") == 1


def test_analysis_doctests() -> None:
    """The examples in the analysis modules' docstrings hold."""
    import doctest

    import graphkb.analysis
    import graphkb.analysis.brief_render
    import graphkb.analysis.signed

    for module in (graphkb.analysis, graphkb.analysis.signed, graphkb.analysis.brief_render):
        assert doctest.testmod(module).failed == 0


def test_dyad_limit_keeps_the_whole_relation(kb: KnowledgeBase) -> None:
    """With a limit, the latest stances are shown but the relation sums them all, and the
    index's per-dyad sum equals the sum over every stance (the no-index path)."""
    shown = analysis.dyad(kb, "US", "Pakistan", limit=3)
    assert (round(shown.weight, 2), shown.stances, len(shown.parts)) == (-0.65, 7, 3)
    decayed = analysis.dyad(kb, "US", "Pakistan", half_life=30.0, limit=3)
    assert decayed.stances == 7
    assert decayed.weight == pytest.approx(shown.weight)  # all seven of one day: no decay


def test_disputes_same_without_the_index(
    dev: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index's queries and the rules run over SPARQL-read stances find the same disputes,
    for the whole store and for one side."""

    def shape(report: analysis.DisputesReport) -> list[tuple[str, str, list[str], list[str]]]:
        return [
            (
                d.claimant,
                d.accused,
                [c.view.stance.id for c in d.claims],
                [f"{a.kind}:{a.view.stance.id}" for a in d.answers],
            )
            for d in report.disputes
        ]

    indexed = [shape(analysis.disputes(dev, side, unanswered=True)) for side in (None, "GUY")]
    monkeypatch.setattr(type(dev.store), "index", property(lambda _self: None))
    plain = [shape(analysis.disputes(dev, side, unanswered=True)) for side in (None, "GUY")]
    assert indexed == plain
    assert indexed[1][0][:2] == ("GUY", "VEN")


def test_notebook_section_shows_current_answers(kb: KnowledgeBase) -> None:
    """The walkthrough's stored outputs for blocs and pressures are what the library answers
    now (tests/test_notebook.py runs the cells; this keeps the saved text from drifting)."""
    import ast

    import nbformat

    path = Path(__file__).parent.parent / "notebooks" / "walkthrough.ipynb"
    cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
    stored = next(c for c in cells if c.source.startswith("pressures = analysis.pressures"))
    found = analysis.pressures(kb, "Pakistan").pressures
    expected = [
        (p.other, p.sign, round(p.predicted, 2), p.status, [r.via for r in p.reasons])
        for p in found
    ]
    assert ast.literal_eval(stored.outputs[0]["data"]["text/plain"]) == expected
    chart = next(c for c in cells if "pressures_svg" in c.source)
    assert "image/svg+xml" in chart.outputs[0]["data"]


# -- corroboration ------------------------------------------------------------------------------
def test_corroboration_columns_and_min_sources(runner: CliRunner, own_store: Path) -> None:
    """Stance rows and rankings say in how many documents and publishers the same stance
    appears; --min-sources 2 keeps the US-China rivalry (the seed article and the 2022
    strategy) and drops the US-Russia one (the strategy alone)."""
    assert runner.invoke(app, ["load", str(BACKGROUND)]).exit_code == 0
    import csv
    import io

    rows = runner.invoke(app, ["stances", "--source", "US", "--type", "RIVAL", "-f", "csv"])
    assert rows.exit_code == 0, rows.stderr
    got = [
        (r["type"], r["target"], r["documents"], r["publishers"])
        for r in csv.DictReader(io.StringIO(rows.stdout))
    ]
    assert got == [
        ("RIVAL", "CHN", "2", "2"),
        ("RIVAL", "RUS", "1", "1"),
        ("RIVAL", "CHN", "2", "2"),
    ]
    kept = runner.invoke(
        app, ["stances", "--source", "US", "--type", "RIVAL", "-f", "csv", "--min-sources", "2"]
    )
    assert [r["target"] for r in csv.DictReader(io.StringIO(kept.stdout))] == ["CHN", "CHN"]
    ranked = runner.invoke(app, ["who-opposes", "Russia", "--format", "json"])
    assert [
        (r["actor"]["id"], r["documents"], r["publishers"]) for r in json.loads(ranked.stdout)
    ] == [("USA", 1, 1)]
    none = runner.invoke(app, ["who-opposes", "Russia", "--min-sources", "2", "-f", "csv"])
    assert (
        none.stdout
        == "rank,actor,id,kind,country,score,count,types,documents,publishers,evidence\n"
    )
    china = runner.invoke(app, ["who-opposes", "China", "--min-sources", "2", "-f", "csv"])
    assert [line.split(",")[2] for line in china.stdout.splitlines()[1:]] == ["USA"]
    bad = runner.invoke(app, ["relations", "US", "PAK", "--min-sources", "0"])
    assert bad.exit_code == 2


def _ties_from_stances(kb: KnowledgeBase) -> dict[tuple[str, str], tuple[float, int]]:
    """Every pair's rolled-up relation summed here from the stances themselves."""
    out: dict[tuple[str, str], tuple[float, int]] = {}
    for v in kb.stances(StanceFilter(modalities=[Modality.ASSERTED, Modality.REPORTED])):
        a, b = sorted((v.source.home, v.target.home))
        if a != b:
            w, n = out.get((a, b), (0.0, 0))
            s = v.stance
            out[a, b] = (w + contribution(s.type, s.modality, s.confidence), n + 1)
    return {k: (round(w, 9), n) for k, (w, n) in out.items()}


def _tie_table(kb: KnowledgeBase) -> dict[tuple[str, str], tuple[float, int]]:
    index = kb.store.index
    assert index is not None
    return {(a, b): (round(w, 9), n) for a, b, w, n in index.signed_ties(roll_up=True)}


def test_the_tie_table_follows_ingest_curation_and_removal() -> None:
    """The stance index's rolled-up ties equal the relation summed from the stances after an
    ingest, an actor given a country, a merge, a retraction and a document removed."""
    articles = Path(__file__).resolve().parent / "articles"
    with KnowledgeBase.memory() as kb:
        assert _tie_table(kb) == _ties_from_stances(kb) != {}
        kb.ingest(unnamed_counterpart_text())
        strikes = kb.ingest(
            (articles / "pakistan-afghanistan-ttp-strikes.txt").read_text(encoding="utf-8")
        )
        assert _tie_table(kb) == _ties_from_stances(kb)
        before = _tie_table(kb)
        curation.edit_actor(kb, "al-mutairi", country="Saudi Arabia")
        assert _tie_table(kb) == _ties_from_stances(kb) != before
        curation.merge_actors(kb, "PAK", "rashid-qureshi", reason="speaks for the state")
        assert _tie_table(kb) == _ties_from_stances(kb)
        first = kb.stances(StanceFilter(source="PAK", modalities=[Modality.ASSERTED]))[0]
        curation.retract(kb, [first.stance.id], reason="misread")
        assert _tie_table(kb) == _ties_from_stances(kb)
        curation.remove_document(kb, strikes.document)
        assert _tie_table(kb) == _ties_from_stances(kb)
        kb.store.reindex()
        assert _tie_table(kb) == _ties_from_stances(kb)


def test_disputes_limit_and_top_show_the_latest_and_count_all(dev: KnowledgeBase) -> None:
    """With a limit each dispute shows its latest claims and answers and still counts all of
    them; ``top`` keeps the most answered disputes, in the same order."""
    full = analysis.disputes(dev, unanswered=True).disputes
    cut = analysis.disputes(dev, unanswered=True, limit=1, top=3).disputes
    assert [(d.claimant, d.accused) for d in cut] == [(d.claimant, d.accused) for d in full[:3]]
    assert any(len(d.claims) > 1 for d in full[:3])
    for whole, part in zip(full, cut, strict=False):
        assert (part.claim_count, part.answer_count) == (len(whole.claims), len(whole.answers))
        assert [c.view.stance.id for c in part.claims] == [
            c.view.stance.id for c in whole.claims[-1:]
        ]
        assert [a.view.stance.id for a in part.answers] == [
            a.view.stance.id for a in whole.answers[-1:]
        ]
    text = CliRunner().invoke(app, ["disputes", "--limit", "1", "--unanswered"]).stdout
    assert "(the latest 1 and 1 shown)" in text or "(the latest 1 and 0 shown)" in text


@pytest.mark.parametrize("way", ["busy", "probes", "side"])
def test_latest_between_sides_reads_the_same_stances_every_way(
    dev: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, way: str
) -> None:
    """The stance index reads a pair of sides' latest stances along the date index (a busy
    pair), by member-pair lookups, or from the smaller side: the same stances either way, the
    same as SPARQL over the store."""
    import graphkb.index as index_module

    reader = dev.store.index
    assert reader is not None
    pairs = [("USA", "PAK"), ("RUS", "UKR"), ("GUY", "VEN"), ("PAK", "USA"), ("ISR", "IRN")]
    monkeypatch.setattr(index_module, "BUSY_PAIR", 0 if way == "busy" else 10**9)
    monkeypatch.setattr(index_module, "_PAIR_PROBES", 10**9 if way == "probes" else 0)
    plain = SparqlReader(dev.store)
    factual = [Modality.ASSERTED, Modality.REPORTED]
    for a, b in pairs:
        for latest in (1, 3, None):
            got = [s.id for s in reader.latest_between_sides(a, b, factual, latest)]
            want = [s.id for s in plain.latest_between_sides(a, b, factual, latest)]
            assert got == want, (a, b, latest)
    assert reader.latest_between_sides("USA", "PAK", factual, 3)


def test_tie_weights_agree_whatever_order_they_were_summed_in() -> None:
    """The index sums a pair's weight as stances come and go, SPARQL sums it in one pass: the
    last bits differ (0.1 + 0.2 against 0.3), and the graph both give must not."""
    kept = SignedGraph.from_ties([("CHN", "USA", 0.1 + 0.2, 2), ("PAK", "USA", -0.3, 1)])
    read = SignedGraph.from_ties([("CHN", "USA", 0.3, 2), ("PAK", "USA", -0.1 - 0.2, 1)])
    assert 0.1 + 0.2 != 0.3  # the premise: float sums depend on their order
    assert [(t.a, t.b, t.weight) for t in kept] == [(t.a, t.b, t.weight) for t in read]
