"""--roll-up on every command that names actors, and the note naming people a roll-up cannot
fold."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase, curation
from graphkb.cli import app
from graphkb.model import StanceFilter
from tests.talks import unnamed_counterpart_file, unnamed_counterpart_text

NOTE = (
    "graphkb: note: 1 actor has no country, so --roll-up counts them apart: "
    "Al-Mutairi (graphkb edit-actor al-mutairi --country ISO3)\n"
)


def test_relations_roll_up_gathers_officials_under_their_states() -> None:
    """relations US PAK --roll-up shows the stances of the two states' officials and bodies
    (Khawaja Asif's rejection, Jon Finer's accusation) beside the states' own."""
    with KnowledgeBase.memory() as kb:
        plain = {v.stance.id for v in kb.relations("US", "PAK")}
        rolled = kb.relations("US", "PAK", StanceFilter(roll_up=True))
        pairs = {(v.stance.source, v.stance.type.value, v.stance.target) for v in rolled}
        assert plain < {v.stance.id for v in rolled}
        assert ("khawaja-asif", "REJECT", "USA") in pairs
        assert ("jon-finer", "ACCUSE", "PAK") in pairs
        assert ("USA", "SANCTION", "national-development-complex") in pairs
        assert all(
            {kb.resolve(v.stance.source).home, kb.resolve(v.stance.target).home} == {"USA", "PAK"}
            for v in rolled
        )
        dates = [v.stance.date for v in rolled]
        assert dates == sorted(dates)


def test_a_person_without_a_country_is_named_with_the_fix(own_store: Path) -> None:
    """In the talks article with the Saudi minister named by office alone (tests/talks.py),
    al-Mutairi accuses Iran but is stored without a country: relations --roll-up leaves his
    accusation out and says on stderr which edit-actor command fixes it; after that command,
    it is there and the note is gone."""
    runner = CliRunner()
    ingest = runner.invoke(app, ["ingest", str(unnamed_counterpart_file(own_store.parent))])
    assert ingest.exit_code == 0, ingest.stderr
    before = runner.invoke(app, ["relations", "Saudi Arabia", "Iran", "--roll-up", "-f", "csv"])
    assert before.exit_code == 0
    assert before.stderr == NOTE
    assert ",al-mutairi," not in before.stdout
    ranked = runner.invoke(app, ["who-opposes", "Iran", "--roll-up", "-f", "csv"])
    assert ranked.stderr == NOTE
    fix = runner.invoke(app, ["edit-actor", "al-mutairi", "--country", "SAU"])
    assert fix.exit_code == 0, fix.stderr
    after = runner.invoke(app, ["relations", "Saudi Arabia", "Iran", "--roll-up", "-f", "csv"])
    assert after.stderr == ""
    rows = [r.split(",") for r in after.stdout.splitlines()[1:]]
    [row] = [r for r in rows if r[1] == "al-mutairi"]
    assert row[1:6] == ["al-mutairi", "Al-Mutairi", "IRN", "Iran", "ACCUSE"]
    stances = runner.invoke(
        app, ["stances", "--source", "SAU", "--target", "IRN", "--roll-up", "-f", "csv"]
    )
    assert ",al-mutairi,Al-Mutairi,IRN," in stances.stdout
    plain = runner.invoke(app, ["stances", "--source", "SAU", "--target", "IRN", "-f", "csv"])
    assert ",al-mutairi," not in plain.stdout


def test_relations_roll_up_of_one_state_is_refused(own_store: Path) -> None:
    """Two actors of the same state have nothing between them once rolled up: one line."""
    result = CliRunner().invoke(app, ["relations", "Khawaja Asif", "PAK", "--roll-up"])
    assert result.exit_code == 1
    assert result.stderr == (
        "graphkb: error: 'Khawaja Asif' and 'PAK' both roll up to PAK; give actors of two states\n"
    )


def test_a_merge_keeps_roll_up_whole() -> None:
    """Merged into a Saudi official, al-Mutairi's accusation counts for Saudi Arabia."""
    with KnowledgeBase.memory() as kb:
        kb.ingest(unnamed_counterpart_text())
        curation.add_actor(kb, "Adel Al-Mutairi", kind="person", country="SAU", actor_id="adel")
        curation.merge_actors(kb, "adel", "al-mutairi")
        rolled = {r.actor.id for r in kb.who_opposes("Iran", StanceFilter(roll_up=True))}
        assert "SAU" in rolled
        assert kb.homeless("SAU", "IRN") == []


def test_two_hop_and_path_roll_up_read_between_states() -> None:
    """Rolled up, the US's own official (Jon Finer, who accuses Pakistan) is no enemy of the
    US's enemies, and Khawaja Asif's side reaches India in one hop: Pakistan's rivalry."""
    with KnowledgeBase.memory() as kb:
        assert [(a.id, n) for a, n in kb.two_hop("US")] == [("IND", 1), ("jon-finer", 1)]
        assert [(a.id, n) for a, n in kb.two_hop("US", StanceFilter(roll_up=True))] == [("IND", 1)]
        plain = kb.path("khawaja-asif", "India")
        assert [len(p) for p in plain] == [2]
        [[hop]] = kb.path("khawaja-asif", "India", StanceFilter(roll_up=True))
        assert (hop.stance.source, hop.stance.type.value, hop.stance.target) == (
            "PAK",
            "RIVAL",
            "IND",
        )
        rolled = kb.actor("khawaja-asif", roll_up=True)
        assert rolled.actor.id == "PAK"
        assert "khawaja-asif" in {m.id for m in rolled.members}
        own = kb.actor("PAK")
        assert rolled.outgoing["REJECT", "asserted"] > own.outgoing["REJECT", "asserted"]
        assert sum(rolled.counterparts_out.values()) == sum(rolled.outgoing.values())


def _csv_rows(text: str) -> list[list[str]]:
    return [line.split(",") for line in text.splitlines()[1:]]


def test_every_actor_command_rolls_up_and_names_who_it_cannot_fold(own_store: Path) -> None:
    """viz, two-hop, path, actor and changes take --roll-up; while al-Mutairi has no country each
    says so on stderr with the edit-actor command, and counts him apart; once fixed, the note
    is gone and his accusation of Iran counts for Saudi Arabia."""
    runner = CliRunner()
    talks = unnamed_counterpart_file(own_store.parent)
    ingest = runner.invoke(app, ["ingest", str(talks), "--date", "2023-03-10"])
    assert ingest.exit_code == 0, ingest.stderr
    page = own_store.parent / "iran.html"
    commands = {
        "viz": ["viz", "--focus", "Iran", "--roll-up", "-o", str(page)],
        "two-hop": ["two-hop", "Iran", "--roll-up", "-f", "csv"],
        "path": ["path", "Iran", "USA", "--roll-up", "-f", "csv"],
        "actor": ["actor", "Iran", "--roll-up", "-f", "json"],
        "changes": [
            "changes",
            "--since",
            "2023-03-01",
            "--actor",
            "Iran",
            "--roll-up",
            "-f",
            "csv",
        ],
    }
    before = {name: runner.invoke(app, args) for name, args in commands.items()}
    for name, result in before.items():
        assert (name, result.exit_code, result.stderr) == (name, 0, NOTE)
    assert "al-mutairi" in {a["id"] for a in _payload(page)["actors"]}
    assert [r[2] for r in _csv_rows(before["two-hop"].stdout)] == ["PAK", "CHN"]
    [hop] = _csv_rows(before["path"].stdout)
    assert (hop[3], hop[7], hop[5]) == ("USA", "RIVAL", "IRN")
    sources = dict(map(tuple, json.loads(before["actor"].stdout)["top_sources"]))
    assert sources["al-mutairi"] == 1 and sources["SAU"] > 0
    changed = {(r[0], r[1]): int(r[5]) for r in _csv_rows(before["changes"].stdout)}
    assert changed["Al-Mutairi", "Iran"] == 1 and changed["Saudi Arabia", "Iran"] > 0

    fix = runner.invoke(app, ["edit-actor", "al-mutairi", "--country", "SAU"])
    assert fix.exit_code == 0, fix.stderr
    after = {name: runner.invoke(app, args) for name, args in commands.items()}
    for name, result in after.items():
        assert (name, result.exit_code, result.stderr) == (name, 0, "")
    assert "al-mutairi" not in {a["id"] for a in _payload(page)["actors"]}
    now = dict(map(tuple, json.loads(after["actor"].stdout)["top_sources"]))
    assert (now["SAU"], "al-mutairi" in now) == (sources["SAU"] + 1, False)
    moved = {(r[0], r[1]): int(r[5]) for r in _csv_rows(after["changes"].stdout)}
    assert ("Al-Mutairi", "Iran") not in moved
    assert moved["Saudi Arabia", "Iran"] == changed["Saudi Arabia", "Iran"] + 1


@pytest.mark.parametrize(
    "args",
    [
        ["path", "Khawaja Asif", "PAK", "--roll-up"],
        ["relations", "Khawaja Asif", "PAK", "--roll-up"],
    ],
)
def test_a_roll_up_within_one_state_is_refused(own_store: Path, args: list[str]) -> None:
    """Two actors of one state have nothing between them once rolled up: one line, exit 1."""
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "graphkb: error: 'Khawaja Asif' and 'PAK' both roll up to PAK; give actors of two states\n"
    )


def _payload(page: Path) -> dict[str, Any]:
    found = re.search(
        r'<script type="application/json" id="graphkb-data">(.*?)</script>',
        page.read_text(encoding="utf-8"),
        re.S,
    )
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_viz_roll_up_draws_states(tmp_path: Path) -> None:
    """viz --focus "Khawaja Asif" --roll-up draws Pakistan at the centre and states around
    it: no official of Pakistan or the US is a node, and their stances are lines between the
    states (Khawaja Asif's rejection runs from Pakistan to the US)."""
    with KnowledgeBase.memory() as kb:
        plain = _payload(kb.viz(tmp_path / "plain.html", focus="khawaja-asif"))
        assert "khawaja-asif" in {a["id"] for a in plain["actors"]}
        where = StanceFilter(roll_up=True)
        data = _payload(kb.viz(tmp_path / "rolled.html", focus="khawaja-asif", where=where))
        ids = {a["id"] for a in data["actors"]}
        assert data["focus"] == "PAK"
        assert {"PAK", "USA"} <= ids
        assert all(kb.resolve(i).home == i for i in ids)
        rejections = {(s["source"], s["target"]) for s in data["stances"] if s["type"] == "REJECT"}
        assert ("PAK", "USA") in rejections
        assert all(s["source"] != s["target"] for s in data["stances"])


def test_analysis_commands_name_who_a_roll_up_cannot_fold(own_store: Path) -> None:
    """dyad --roll-up, balance, blocs, pressures and brief (rolled up by default; brief --no-roll-up
    is not) and disputes (always by side) say on stderr which people they count apart, with
    the edit-actor fix; once fixed, they say nothing."""
    runner = CliRunner()
    talks = unnamed_counterpart_file(own_store.parent)
    ingest = runner.invoke(app, ["ingest", str(talks), "--date", "2023-03-10"])
    assert ingest.exit_code == 0, ingest.stderr
    commands = {
        "dyad": ["dyad", "Iran", "Saudi Arabia", "--roll-up", "-f", "json"],
        "balance": ["balance", "Iran", "-f", "json"],
        "blocs": ["blocs", "-f", "json"],
        "pressures": ["pressures", "Iran", "-f", "json"],
        "disputes": ["disputes", "Iran", "-f", "json"],
        "brief": ["brief", "Iran", "-o", str(own_store.parent / "iran.md")],
    }
    for name, args in commands.items():
        result = runner.invoke(app, args)
        assert (name, result.exit_code) == (name, 0), result.stderr
        fix_line = "Al-Mutairi (graphkb edit-actor al-mutairi --country ISO3)"
        assert fix_line in result.stderr, (name, result.stderr)
    assert runner.invoke(app, ["dyad", "Iran", "Saudi Arabia"]).stderr == ""  # not rolled up
    plain = runner.invoke(app, ["brief", "Iran", "--no-roll-up", "-o", "-"])
    assert (plain.exit_code, plain.stderr) == (0, "")
    assert "Iran" in plain.stdout
    fix = runner.invoke(app, ["edit-actor", "al-mutairi", "--country", "SAU"])
    assert fix.exit_code == 0, fix.stderr
    for name, args in commands.items():
        result = runner.invoke(app, args)
        assert (name, result.exit_code, "al-mutairi" in result.stderr) == (name, 0, False)
