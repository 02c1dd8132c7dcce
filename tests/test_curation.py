"""Curation: corrections kept as PROV-O records, applied to everything that reads the graph,
and kept through re-ingest, export and load, and a restart; bad input refused in one line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from graphkb import KnowledgeBase, curation
from graphkb.cli import app
from graphkb.model import StanceFilter
from tests.talks import unnamed_counterpart_text

ARTICLES = Path(__file__).resolve().parent / "articles"
STRIKES = ARTICLES / "pakistan-afghanistan-ttp-strikes.txt"
TALKS = ARTICLES / "saudi-iran-beijing-talks.txt"
# Stance ids are hashes of the stance's actors, type, modality, document and span: stable.
PAK_ACCUSE_USA = "ecfb09d6b18d46aca466"  # seed: Pakistan ACCUSE United States (asserted)


def _find(kb: KnowledgeBase, source: str, kind: str, target: str) -> str:
    """The id of the one stance of ``kind`` from ``source`` to ``target`` (extracted ids are
    hashes of what the extractor found, so they are looked up rather than written here)."""
    [found] = [
        v.stance.id
        for v in kb.stances(StanceFilter(source, target, types=[kind]))
        if v.stance.modality.value == "asserted"
    ]
    return found


def _dump(kb: KnowledgeBase) -> list[str]:
    return sorted(kb.export("nq").decode().splitlines())


@pytest.fixture
def strikes_kb() -> Iterator[KnowledgeBase]:
    """The bundled data plus the Pakistan-Afghanistan strikes article, in memory."""
    with KnowledgeBase.memory() as kb:
        kb.ingest(STRIKES.read_text(encoding="utf-8"))
        yield kb


def _types(kb: KnowledgeBase, a: str, b: str) -> dict[str, str]:
    return {v.stance.id: v.stance.type.value for v in kb.relations(a, b)}


def test_a_retracted_stance_leaves_every_ranking_and_shortcut(fresh_kb: KnowledgeBase) -> None:
    """Retracting one of Pakistan's two asserted accusations of the US halves its score in
    who-opposes, removes it from relations, two-hop and the graph; the stance stays visible
    as retracted, and its shortcut triple stays only because the other accusation holds it."""
    before = {r.actor.id: r.score for r in fresh_kb.who_opposes("US")}
    plan = curation.retract(fresh_kb, [PAK_ACCUSE_USA], reason="misread")
    assert plan.lines == [f"stance {PAK_ACCUSE_USA} retracted: PAK ACCUSE USA (asserted)"]
    after = {r.actor.id: r.score for r in fresh_kb.who_opposes("US")}
    assert after["PAK"] == pytest.approx(before["PAK"] - 0.35)
    assert PAK_ACCUSE_USA not in _types(fresh_kb, "PAK", "US")
    assert PAK_ACCUSE_USA not in {v.stance.id for v in fresh_kb.stances()}
    graph = fresh_kb.to_networkx()
    assert all(key != PAK_ACCUSE_USA for _, _, key in graph.edges(keys=True))
    assert [v.stance.id for v in fresh_kb.retracted(StanceFilter("PAK", "US"))] == [PAK_ACCUSE_USA]
    assert fresh_kb.sparql(f"ASK {{ gks:{PAK_ACCUSE_USA} a gk:RetractedStance }}").boolean
    # Retract the other asserted accusation too: the shortcut triple goes.
    other = [
        v.stance.id
        for v in fresh_kb.stances(StanceFilter("PAK", "US"))
        if v.stance.type.value == "ACCUSE" and v.stance.modality.value == "asserted"
    ]
    curation.retract(fresh_kb, other)
    assert not fresh_kb.sparql("ASK { gka:PAK gk:accuses gka:USA }").boolean
    assert "PAK" not in {r.actor.id for r in fresh_kb.who_opposes("US")}
    assert fresh_kb.validate().conforms


def test_a_record_says_who_when_why_in_prov(
    fresh_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record is a prov:Activity in the curation graph, with the curator, time and reason,
    and history lists it."""
    monkeypatch.setenv("GRAPHKB_CURATOR", "Ada Analyst")
    curation.retract(fresh_kb, [PAK_ACCUSE_USA], reason="not in the text")
    rows = list(
        fresh_kb.store.query(
            "SELECT ?who ?why ?when WHERE { GRAPH <https://w3id.org/graphkb/graph/curation> {"
            f" ?r a prov:Activity ; prov:used gks:{PAK_ACCUSE_USA} ; gk:reason ?why ;"
            " prov:endedAtTime ?when ; prov:wasAssociatedWith [ rdfs:label ?who ] } }"
        )
    )
    assert [(r["who"].value, r["why"].value) for r in rows] == [("Ada Analyst", "not in the text")]
    [record] = curation.history(fresh_kb, PAK_ACCUSE_USA)
    assert (record.action, record.curator, record.reason) == (
        curation.Action.RETRACT,
        "Ada Analyst",
        "not in the text",
    )
    assert dt.datetime.now(dt.UTC) - record.time < dt.timedelta(minutes=5)


def test_a_correction_changes_type_and_keeps_the_id(strikes_kb: KnowledgeBase) -> None:
    """Correcting a SANCTION to THREATEN keeps the stance's id and evidence; rankings, the
    shortcut triples and relations see the new type."""
    sanction = _find(strikes_kb, "PAK", "SANCTION", "AFG")
    curation.correct(strikes_kb, sanction, type_="threaten", reason="a warning")
    assert _types(strikes_kb, "PAK", "AFG")[sanction] == "THREATEN"
    assert strikes_kb.sparql("ASK { gka:PAK gk:threatens gka:AFG }").boolean
    assert not strikes_kb.sparql("ASK { gka:PAK gk:sanctions gka:AFG }").boolean
    top = {r.actor.id: sorted(r.types) for r in strikes_kb.who_opposes("AFG")}
    assert "SANCTION" not in top["PAK"] and "THREATEN" in top["PAK"]
    assert strikes_kb.validate().conforms


def test_a_merged_actor_answers_under_the_surviving_id(strikes_kb: KnowledgeBase) -> None:
    """Merging Rashid Qureshi into Pakistan moves his stances to PAK; his id and name resolve
    to PAK, and he is no longer an actor of his own."""
    accusation = _find(strikes_kb, "rashid-qureshi", "ACCUSE", "TALIBAN")
    curation.merge_actors(strikes_kb, "PAK", "rashid-qureshi", reason="speaks for the state")
    assert strikes_kb.resolve("rashid-qureshi").id == "PAK"
    assert strikes_kb.resolve("Rashid Qureshi").id == "PAK"
    assert accusation in _types(strikes_kb, "PAK", "TALIBAN")
    assert "PAK" in {r.actor.id for r in strikes_kb.who_opposes("TALIBAN")}
    assert "rashid-qureshi" not in {a.id for a in strikes_kb.actors()}
    assert not strikes_kb.sparql("ASK { ?s gk:source gka:rashid-qureshi }").boolean
    assert strikes_kb.validate().conforms


def test_an_edited_actor_rolls_up() -> None:
    """A person stored without a country joins the country's roll-up once edit-actor gives
    them one (al-Mutairi, a Saudi commentator, accuses Iran in the talks article when the
    minister's full name is left out, tests/talks.py)."""
    with KnowledgeBase.memory() as kb:
        kb.ingest(unnamed_counterpart_text())
        assert kb.resolve("al-mutairi").country is None
        rolled = {r.actor.id: r.count for r in kb.who_opposes("Iran", StanceFilter(roll_up=True))}
        assert "al-mutairi" in rolled and "SAU" not in rolled
        curation.edit_actor(kb, "al-mutairi", country="Saudi Arabia", role="commentator")
        edited = kb.resolve("al-mutairi")
        assert (edited.country, edited.role) == ("SAU", "commentator")
        rolled = {r.actor.id: r.count for r in kb.who_opposes("Iran", StanceFilter(roll_up=True))}
        assert "al-mutairi" not in rolled and rolled["SAU"] >= 1
        assert [h.action for h in curation.history(kb, "al-mutairi")] == [
            curation.Action.EDIT_ACTOR
        ]


def test_an_alias_is_recognised_by_later_extraction(fresh_kb: KnowledgeBase) -> None:
    """add-alias: a name no gazetteer has names the actor in queries and in articles ingested
    afterwards (without it, the same sentence gives no stance)."""
    text = "The Land of the Pure accused India of backing militants on Monday, March 3, 2025."
    with KnowledgeBase.memory() as plain:
        assert plain.ingest(text).stances == 0
    curation.add_alias(fresh_kb, "Pakistan", "Land of the Pure")
    assert fresh_kb.resolve("land of the pure").id == "PAK"
    report = fresh_kb.ingest(text)
    found = [v.stance for v in fresh_kb.stances() if v.stance.evidence.document == report.document]
    assert [(s.source, s.type.value, s.target) for s in found] == [("PAK", "ACCUSE", "IND")]


def test_an_added_actor_is_an_actor(fresh_kb: KnowledgeBase) -> None:
    """add-actor adds a person with a country, who answers to the given alias."""
    curation.add_actor(fresh_kb, "Jane Roe", kind="person", country="Pakistan", aliases=["J. Roe"])
    actor = fresh_kb.resolve("J. Roe")
    assert (actor.id, actor.country, actor.kind.value) == ("jane-roe", "PAK", "person")


def _strikes_doc(kb: KnowledgeBase) -> str:
    [doc] = {v.stance.evidence.document for v in kb.relations("PAK", "AFG", latest=None)}
    return doc


def test_corrections_survive_reingest(strikes_kb: KnowledgeBase) -> None:
    """Remove the article and ingest it again: the retraction, correction and actor edit
    hold, quad for quad."""
    sanction = _find(strikes_kb, "PAK", "SANCTION", "AFG")
    curation.correct(strikes_kb, sanction, type_="THREATEN")
    assault = _find(strikes_kb, "PAK", "ASSAULT", "AFG")
    curation.retract(strikes_kb, [assault])
    curation.edit_actor(strikes_kb, "rashid-qureshi", role="Interior Minister")
    before, kept = _dump(strikes_kb), _types(strikes_kb, "PAK", "AFG")
    assert kept[sanction] == "THREATEN" and assault not in kept
    curation.remove_document(strikes_kb, _strikes_doc(strikes_kb))
    assert strikes_kb.relations("PAK", "AFG") == []
    strikes_kb.ingest(STRIKES.read_text(encoding="utf-8"))
    assert _types(strikes_kb, "PAK", "AFG") == kept
    assert strikes_kb.resolve("rashid-qureshi").role == "Interior Minister"
    assert _dump(strikes_kb) == before


def test_a_merge_survives_reingest(strikes_kb: KnowledgeBase) -> None:
    """After a merge, the re-ingested article's stances name the surviving actor only."""
    curation.merge_actors(strikes_kb, "PAK", "rashid-qureshi")
    curation.remove_document(strikes_kb, _strikes_doc(strikes_kb))
    strikes_kb.ingest(STRIKES.read_text(encoding="utf-8"))
    assert strikes_kb.resolve("rashid-qureshi").id == "PAK"
    outside_records = (
        "ASK { GRAPH ?g { ?s ?p gka:rashid-qureshi }"
        " FILTER(?g != <https://w3id.org/graphkb/graph/curation>) }"
    )
    assert not strikes_kb.sparql(outside_records).boolean
    assert "ACCUSE" in set(_types(strikes_kb, "PAK", "TALIBAN").values())
    assert strikes_kb.validate().conforms


def test_corrections_survive_reloading_the_seed(fresh_kb: KnowledgeBase) -> None:
    """Loading the curated seed again (its raw stances) leaves the retraction in force."""
    from graphkb.model import data_dir

    curation.retract(fresh_kb, [PAK_ACCUSE_USA])
    before = _dump(fresh_kb)
    fresh_kb.load(sorted((data_dir() / "seed").glob("*.yaml")))
    assert _dump(fresh_kb) == before
    assert PAK_ACCUSE_USA not in _types(fresh_kb, "PAK", "US")


@pytest.mark.parametrize("fmt", ["nq", "trig", "ttl"])
def test_corrections_survive_export_and_load(
    strikes_kb: KnowledgeBase, tmp_path: Path, fmt: str
) -> None:
    """An export loaded into a new store (which starts with the raw bundled data) gives the
    corrected graph back, quad for quad, with its records."""
    curation.retract(strikes_kb, [PAK_ACCUSE_USA], reason="misread")
    sanction = _find(strikes_kb, "PAK", "SANCTION", "AFG")
    curation.correct(strikes_kb, sanction, type_="THREATEN")
    curation.merge_actors(strikes_kb, "PAK", "rashid-qureshi")
    curation.add_alias(strikes_kb, "PAK", "Land of the Pure")
    out = tmp_path / f"kb.{fmt}"
    out.write_bytes(strikes_kb.export(fmt))
    with KnowledgeBase.memory() as other:
        other.load([out])
        assert _dump(other) == _dump(strikes_kb)
        assert _types(other, "PAK", "AFG")[sanction] == "THREATEN"
        assert other.resolve("Land of the Pure").id == "PAK"
        assert other.resolve("rashid-qureshi").id == "PAK"
        assert len(curation.history(other, PAK_ACCUSE_USA)) == 1


def test_corrections_survive_a_restart_and_a_reindex(tmp_path: Path) -> None:
    """On disk: closed, opened again (and the index rebuilt), the corrections hold."""
    path = tmp_path / "store"
    with KnowledgeBase.open(path, read_only=False) as kb:
        kb.ingest(STRIKES.read_text(encoding="utf-8"))
        curation.retract(kb, [PAK_ACCUSE_USA])
        accusation = _find(kb, "rashid-qureshi", "ACCUSE", "TALIBAN")
        curation.merge_actors(kb, "PAK", "rashid-qureshi")
    with KnowledgeBase.open(path) as kb:
        assert PAK_ACCUSE_USA not in _types(kb, "PAK", "US")
        assert kb.resolve("rashid-qureshi").id == "PAK"
    with KnowledgeBase.open(path, read_only=False) as kb:
        kb.store.reindex()
    with KnowledgeBase.open(path) as kb:
        assert PAK_ACCUSE_USA not in _types(kb, "PAK", "US")
        assert kb.resolve("rashid-qureshi").id == "PAK"
        kb.store.use_index = False  # the SPARQL answers agree
        assert PAK_ACCUSE_USA not in _types(kb, "PAK", "US")
        assert accusation in _types(kb, "PAK", "TALIBAN")


def test_remove_document_equals_never_having_it() -> None:
    """remove --document leaves a store that conforms and equals, quad for quad, a store that
    never had the document (its stances, evidence and the actors only it named are gone)."""
    with KnowledgeBase.memory() as both, KnowledgeBase.memory() as one:
        one.ingest(STRIKES.read_text(encoding="utf-8"))
        both.ingest(STRIKES.read_text(encoding="utf-8"))
        talks = both.ingest(TALKS.read_text(encoding="utf-8"))
        dry = curation.remove_document(both, talks.document, dry_run=True)
        assert dry.lines[0] == f"document {talks.document}: {talks.stances} stances removed"
        assert _dump(both) != _dump(one)
        curation.remove_document(both, talks.document)
        assert both.validate().conforms
        assert _dump(both) == _dump(one)
        assert both.stats() == one.stats()
        # and it can come back
        assert not both.ingest(TALKS.read_text(encoding="utf-8")).skipped


# -- the CLI -----------------------------------------------------------------------------------
def _cli_dump(runner: CliRunner) -> str:
    result = runner.invoke(app, ["export", "--format", "nq"])
    assert result.exit_code == 0
    return "\n".join(sorted(result.stdout.splitlines()))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["retract", "0000000000deadbeef00"], "unknown stance '0000000000deadbeef00'"),
        (["retract", "../etc/passwd"], "unknown stance '../etc/passwd'"),
        (["correct", PAK_ACCUSE_USA, "--type", "INVADE"], "unknown stance type 'INVADE'"),
        (["correct", PAK_ACCUSE_USA, "--modality", "rumoured"], "unknown modality 'rumoured'"),
        (["correct", "0000000000deadbeef00", "--type", "REJECT"], "unknown stance"),
        (["correct", PAK_ACCUSE_USA, "--target", "Pakistan"], "to itself"),
        (["merge-actors", "khawaja-asif", "Khawaja Asif"], "merge two different actors"),
        (["merge-actors", "US", "PAK"], "cannot be merged away"),
        (["edit-actor", "PAK", "--country", "IND"], "its ISO code and kind are its identity"),
        (["edit-actor", "khawaja-asif", "--country", "Narnia"], "unknown actor 'Narnia'"),
        (["edit-actor", "khawaja-asif", "--kind", "country"], "cannot be given"),
        (["add-alias", "PAK", "India"], "already names India (IND)"),
        (["add-actor", "Khawaja Asif", "--kind", "person"], "already exists"),
        (["remove", "--document", "doc-nope"], "unknown document 'doc-nope'"),
    ],
)
def test_bad_curation_input_is_one_line_and_changes_nothing(
    own_store: Path, args: list[str], message: str
) -> None:
    """Unknown stance ids, a nonexistent type, merging an actor into itself, editing a
    gazetteer country's code...: one line on stderr, exit 1, the store as it was."""
    runner = CliRunner()
    before = _cli_dump(runner)
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("graphkb: error: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1
    assert _cli_dump(runner) == before


def test_cli_dry_run_then_retract_then_history(own_store: Path) -> None:
    """--dry-run prints the change and writes nothing; the real run writes it; history and
    --include-retracted show it."""
    runner = CliRunner(env={"GRAPHKB_CURATOR": "ada"})
    before = _cli_dump(runner)
    line = f"stance {PAK_ACCUSE_USA} retracted: PAK ACCUSE USA (asserted)\n"
    dry = runner.invoke(app, ["retract", PAK_ACCUSE_USA, "--reason", "misread", "--dry-run"])
    assert (dry.exit_code, dry.stdout) == (0, line + "dry run: nothing was changed\n")
    assert _cli_dump(runner) == before
    done = runner.invoke(app, ["retract", PAK_ACCUSE_USA, "--reason", "misread"])
    assert (done.exit_code, done.stdout) == (0, line + "recorded; see `graphkb history`\n")
    again = runner.invoke(app, ["retract", PAK_ACCUSE_USA])
    assert again.exit_code == 1 and "already retracted" in again.stderr
    history = runner.invoke(app, ["history", PAK_ACCUSE_USA, "--format", "csv"])
    rows = history.stdout.splitlines()
    assert rows[0] == "time,curator,action,subject,changes,reason"
    assert rows[1].split(",")[1:] == ["ada", "retract", PAK_ACCUSE_USA, "", "misread"]
    shown = runner.invoke(app, ["stances", "--source", "PAK", "--target", "US", "-f", "csv"])
    assert PAK_ACCUSE_USA not in shown.stdout
    shown = runner.invoke(
        app, ["stances", "--source", "PAK", "--target", "US", "-f", "csv", "--include-retracted"]
    )
    [row] = [r for r in shown.stdout.splitlines() if r.startswith(PAK_ACCUSE_USA)]
    assert ',"asserted, retracted",' in row
    rel = runner.invoke(app, ["relations", "US", "PAK", "-f", "json", "--include-retracted"])
    assert '"retracted": true' in rel.stdout


def test_cli_merge_edit_alias_add(own_store: Path) -> None:
    """The actor commands through the CLI, each printing what it changed."""
    runner = CliRunner()
    added = runner.invoke(
        app, ["add-actor", "Jane Roe", "--kind", "person", "--country", "PAK", "--alias", "J. Roe"]
    )
    assert added.stdout.splitlines()[0] == "actor jane-roe added: Jane Roe (person, country PAK)"
    edit = runner.invoke(app, ["edit-actor", "J. Roe", "--role", "Envoy"])
    assert edit.stdout.splitlines()[0] == "actor jane-roe: role None -> Envoy"
    alias = runner.invoke(app, ["add-alias", "jane-roe", "Ms Roe"])
    assert alias.stdout.splitlines()[0] == "actor jane-roe: aliases + 'Ms Roe'"
    merged = runner.invoke(app, ["merge-actors", "khawaja-asif", "jane-roe"])
    assert merged.stdout.splitlines()[0] == "actor jane-roe merged into khawaja-asif"
    profile = runner.invoke(app, ["actor", "Ms Roe", "-f", "json"])
    assert '"id": "khawaja-asif"' in profile.stdout
    history = runner.invoke(app, ["history", "khawaja-asif", "-f", "csv"])
    assert [r.split(",")[2] for r in history.stdout.splitlines()[1:]] == [
        "add-actor",
        "edit-actor",
        "add-alias",
        "merge-actors",
    ]


def test_quads_of_a_record_are_in_the_curation_graph(fresh_kb: KnowledgeBase) -> None:
    """Records live in their own named graph, never in a document's."""
    curation.retract(fresh_kb, [PAK_ACCUSE_USA])
    graphs = {
        q.graph_name.value
        for q in fresh_kb.store.quads()
        if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(curation.rdf.GKC)
    }
    assert graphs == {"https://w3id.org/graphkb/graph/curation"}
