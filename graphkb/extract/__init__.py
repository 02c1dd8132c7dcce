"""Rule-based extraction of typed, dated, sourced stances from news text.

>>> from graphkb.extract import Extractor, to_jsonl_record
>>> from graphkb.actors import Gazetteer
>>> ex = Extractor(Gazetteer.bundled())
>>> res = ex.extract("Russia imposed sanctions on Ukraine.", document_id="d")
>>> [(s.source, s.target, s.type.value, s.modality.value) for s in res.stances]
[('RUS', 'UKR', 'SANCTION', 'asserted')]

Nothing heavy is imported here, and spaCy never by default: the tokenizer is graphkb's own
(:mod:`graphkb.extract.tokenizer`); ``GRAPHKB_NLP=spacy`` opts in to spaCy's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphkb.extract.records import to_jsonl_record

if TYPE_CHECKING:
    from graphkb.extract.pipeline import Extraction, Extractor

__all__ = ["Extraction", "Extractor", "to_jsonl_record"]


def __getattr__(name: str) -> Any:
    # The pipeline module imports the lexicon loaders; keep `import graphkb.extract` light.
    if name in ("Extraction", "Extractor"):
        from graphkb.extract import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'graphkb.extract' has no attribute {name!r}")
