"""The public API: a curated __all__, and every name in it documented."""

from __future__ import annotations

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
