"""--roll-up on relations and stances, and the note naming people a roll-up cannot fold."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from graphkb import KnowledgeBase, curation
from graphkb.cli import app
from graphkb.model import StanceFilter

TALKS = Path(__file__).resolve().parent / "articles" / "saudi-iran-beijing-talks.txt"
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
    """In the talks article, Saudi Arabia's al-Mutairi accuses Iran, but is stored without a
    country: relations --roll-up leaves his accusation out and says on stderr which
    edit-actor command fixes it; after that command, it is there and the note is gone."""
    runner = CliRunner()
    ingest = runner.invoke(app, ["ingest", str(TALKS)])
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
        kb.ingest(TALKS.read_text(encoding="utf-8"))
        curation.add_actor(kb, "Adel Al-Mutairi", kind="person", country="SAU", actor_id="adel")
        curation.merge_actors(kb, "adel", "al-mutairi")
        rolled = {r.actor.id for r in kb.who_opposes("Iran", StanceFilter(roll_up=True))}
        assert "SAU" in rolled
        assert kb.homeless("SAU", "IRN") == []
