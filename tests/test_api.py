"""The public API: a curated __all__, and every name in it documented."""

from __future__ import annotations

from pathlib import Path

import graphkb


def test_public_names() -> None:
    """The package exports exactly its curated public names."""
    assert graphkb.__all__ == sorted(graphkb.__all__)
    assert set(graphkb.__all__) == {
        "Actor",
        "ActorKind",
        "AmbiguousActorError",
        "Document",
        "Evidence",
        "Gazetteer",
        "GraphkbError",
        "KnowledgeBase",
        "Modality",
        "ParseError",
        "QueryError",
        "Stance",
        "StanceFilter",
        "StanceType",
        "StoreError",
        "StoreLockedError",
        "UnknownActorError",
        "ValidationError",
    }


def test_every_public_name_is_documented() -> None:
    """Each exported class and each public method of KnowledgeBase has a docstring."""
    for name in graphkb.__all__:
        assert getattr(graphkb, name).__doc__, name
    for name, member in vars(graphkb.KnowledgeBase).items():
        if not name.startswith("_") and callable(member):
            assert member.__doc__, name


def test_errors_form_one_tree() -> None:
    """Every graphkb error derives from GraphkbError."""
    for name in graphkb.__all__:
        obj = getattr(graphkb, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, graphkb.GraphkbError), name


def test_import_is_light() -> None:
    """Importing graphkb loads neither the NLP pipeline, pyvis, networkx nor rdflib."""
    import subprocess
    import sys

    code = (
        "import sys, graphkb; heavy = {'spacy', 'pyvis', 'networkx', 'rdflib', 'pyshacl'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_public_signatures_have_no_any(tmp_path: Path) -> None:
    """mypy --strict, asked to reveal the type of every public name in graphkb.__all__ and of
    every public method and attribute of those classes, shows no Any among them."""
    import inspect
    import os
    import subprocess
    import sys

    lines = ["import graphkb"]
    for name in graphkb.__all__:
        lines.append(f"reveal_type(graphkb.{name})")
        obj = getattr(graphkb, name)
        if inspect.isclass(obj) and not issubclass(obj, Exception):
            lines += [
                f"reveal_type(graphkb.{name}.{attr})"
                for attr in vars(obj)
                if not attr.startswith("_") or attr == "__init__"
            ]
    probe = tmp_path / "probe.py"
    probe.write_text("\n".join(lines) + "\n", encoding="utf-8")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "MYPYPATH": f"{root}{os.pathsep}{root / 'typings'}"}
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(probe)],
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        check=False,
    )
    revealed = [line for line in result.stdout.splitlines() if "Revealed type is" in line]
    assert len(revealed) == len(lines) - 1, result.stdout + result.stderr
    with_any = [line.split("Revealed type is ", 1)[1] for line in revealed if "Any" in line]
    assert with_any == []


def test_results_have_short_reprs() -> None:
    """In a REPL a ranking, a stance and a profile print as one short line each."""
    with graphkb.KnowledgeBase.memory() as kb:
        top = kb.who_opposes("US")[0]
        view = kb.relations("US", "PAK")[0]
        profile = kb.actor("PAK")
    assert repr(top) == f"<Ranked Pakistan (PAK) score={round(top.score, 3)} count={top.count}>"
    s = view.stance
    assert repr(view) == (f"<StanceView USA {s.type.value} PAK ({s.modality.value}) {s.date}>")
    assert repr(profile).startswith("<ActorProfile Pakistan (PAK): ")
    assert max(len(repr(x)) for x in (top, view, profile)) < 100


def test_the_store_reads_into_rdflib_whole() -> None:
    """``graphkb.formats.rdflib_dataset`` hands the store to rdflib: every quad of the N-Quads
    export, in its named graph, and rdflib's own SPARQL finds the seed's sanctions."""
    from graphkb.formats import ExportFormat, rdflib_dataset

    kb = graphkb.KnowledgeBase.memory()
    dataset = rdflib_dataset(kb.store)
    lines = [line for line in kb.export(ExportFormat.NQ).splitlines() if line.strip()]
    assert len(dataset) == len(lines) > 1000
    rows = dataset.query(
        "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s <https://w3id.org/graphkb/ns#stanceType> "
        "<https://w3id.org/graphkb/type/SANCTION> } }"
    )
    assert len(list(rows)) >= 1
