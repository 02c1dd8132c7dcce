"""A knowledge base holding the development articles' answer keys (tests/articles/*.json) as a
careful reader codes them: every non-optional stance, its evidence the cue's span of the
article. Independent of the extractor, so analyses over it have fixed answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from graphkb import KnowledgeBase
from graphkb.model import Actor, ActorKind, Document, Evidence, Modality, Stance, StanceType

ARTICLES = Path(__file__).parent / "articles"


def dev_kb() -> KnowledgeBase:
    """The bundled seed plus the development articles' required stances, in memory."""
    kb = KnowledgeBase.memory()
    for key in sorted(ARTICLES.glob("*.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        text = key.with_suffix(".txt").read_text(encoding="utf-8")
        doc = Document(
            data["id"],
            data["title"],
            publisher="graphkb test articles",
            date=dt.date.fromisoformat(data["date"]),
        )
        known = set(kb.store.actors())
        actors = [
            Actor(aid, a["name"], ActorKind(a["kind"]), country=a.get("country"))
            for aid, a in sorted(data["actors"].items())
            if aid not in known
        ]
        stances = []
        for s in data["stances"]:
            if s.get("optional"):
                continue
            start = text.index(s["cue"])
            stances.append(
                Stance(
                    s["source"],
                    s["target"],
                    StanceType(s["type"]),
                    Modality(s["modality"]),
                    Evidence(doc.id, start, start + len(s["cue"]), s["cue"]),
                    date=doc.date,
                )
            )
        kb.store.add(actors, [doc], stances)
    return kb
