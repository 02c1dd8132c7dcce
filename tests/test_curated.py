"""Curated YAML: the seed covers the answer key; errors point at the place to fix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkb import ParseError, ValidationError
from graphkb.curated import attach_text, load_curated, parse_curated
from graphkb.model import data_dir
from tests.conftest import SEED_GOLD

SEED = data_dir() / "seed" / "seed.yaml"


def test_seed_covers_every_non_optional_gold_stance() -> None:
    """Each non-optional stance of gold.json is curated with the same actors, type, modality."""
    if not SEED_GOLD.is_file():
        pytest.skip(f"answer key not found at {SEED_GOLD}")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    ours = {
        (s.source, s.target, s.type.value, s.modality.value) for s in load_curated(SEED).stances
    }
    wanted = {
        (s["source"], s["target"], s["type"], s["modality"])
        for s in gold["stances"]
        if not s["optional"]
    }
    assert wanted - ours == set()


def test_seed_people_have_roles_and_countries() -> None:
    """The seed's people and bodies carry role and country."""
    actors = {a.id: a for a in load_curated(SEED).actors}
    assert actors["jon-finer"].country == "USA"
    assert actors["mumtaz-zahra-baloch"].role == "Foreign Ministry spokesperson"
    assert {a.country for a in actors.values()} == {"USA", "PAK"}


def test_seed_offsets_are_sentences_of_the_article(seed_article: Path) -> None:
    """Every evidence span starts and ends on a sentence boundary of the real article."""
    text = seed_article.read_text(encoding="utf-8")
    data = attach_text(load_curated(SEED), text, str(seed_article))
    for stance in data.stances:
        ev = stance.evidence
        assert ev.text is not None
        assert ev.start == 0 or text[ev.start - 1] in " \n\u00a0"
        assert ev.text.rstrip()[-1] in '.?!"\u201d\u2019' or text[ev.end : ev.end + 1] == "\n"


def test_attach_text_refuses_another_text() -> None:
    """Offsets are only trusted for the text whose SHA-256 the file records."""
    with pytest.raises(ValidationError, match="SHA-256 differs"):
        attach_text(load_curated(SEED), "some other article", "other.txt")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "top level: expected a mapping"),
        ({"stances": [{"source": "USA"}]}, "stances[0]: stances need a 'document' section"),
        ({"document": {"id": "Bad Id", "title": "t"}}, "bad document id 'Bad Id'"),
        (
            {"document": {"id": "d", "title": "t", "date": "20 Dec"}},
            "document.date: '20 Dec' is not a date; write YYYY-MM-DD",
        ),
        (
            {"actors": [{"id": "x-y", "name": "X", "kind": "alien"}]},
            "actors[0].kind: 'alien' is not one of country, person",
        ),
        (
            {"actors": [{"id": "x-y", "name": "X", "kind": "person", "colour": "red"}]},
            "actors[0]: unknown field 'colour'",
        ),
        (
            {
                "document": {"id": "d", "title": "t"},
                "stances": [
                    {
                        "source": "USA",
                        "target": "PAK",
                        "type": "SANCTION",
                        "modality": "maybe",
                        "evidence": {"start": 0, "end": 4},
                    }
                ],
            },
            "stances[0].modality: 'maybe' is not one of asserted",
        ),
        (
            {
                "document": {"id": "d", "title": "t"},
                "stances": [
                    {
                        "source": "USA",
                        "target": "PAK",
                        "type": "SANCTION",
                        "modality": "asserted",
                        "evidence": {"start": 9, "end": 4},
                    }
                ],
            },
            "stances[0].evidence: evidence offsets 9..4",
        ),
        ({"format": "graphkb-curated/9"}, "unsupported format"),
    ],
)
def test_invalid_data_names_the_place_and_the_fix(raw: object, message: str) -> None:
    """Each kind of mistake is reported with where it is and what to write."""
    with pytest.raises(ValidationError, match=r"^x\.yaml: ") as info:
        parse_curated(raw, "x.yaml")
    assert message in str(info.value)


def test_yaml_syntax_errors_give_the_line(tmp_path: Path) -> None:
    """Broken YAML is a ParseError naming the file and line."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - {id: x\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"bad.yaml: is not valid YAML .* at line 3"):
        load_curated(bad)


def test_non_utf8_file(tmp_path: Path) -> None:
    """A file in another encoding is refused with a hint."""
    bad = tmp_path / "latin.yaml"
    bad.write_bytes('actors: [{name: "Bogot\xe1"}]'.encode("latin-1"))
    with pytest.raises(ParseError, match="is not UTF-8 text"):
        load_curated(bad)
