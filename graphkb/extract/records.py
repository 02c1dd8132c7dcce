"""The JSON-lines record of a stance (the extraction contract)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from graphkb.model import Actor, Stance

__all__ = ["to_jsonl_record"]


def _actor(actor_id: str, actors_by_id: Mapping[str, Actor]) -> dict[str, Any]:
    actor = actors_by_id.get(actor_id)
    if actor is not None:
        return actor.to_dict()
    country = actor_id if re.fullmatch(r"[A-Z]{3}", actor_id) else None
    return {"id": actor_id, "name": actor_id, "kind": None, "country": country}


def to_jsonl_record(
    stance: Stance, actors_by_id: Mapping[str, Actor], reported: dt.date | None = None
) -> dict[str, Any]:
    """The contract: source, target, type, polarity, modality, evidence, attributed_to,
    confidence (``country`` is the ISO3 code an actor is or serves, null for international
    organisations), ``date`` (the day of the event where the text names one, else the
    report's) and ``reported`` (the report's date, ``reported`` here)."""
    ev = stance.evidence
    return {
        "source": _actor(stance.source, actors_by_id),
        "target": _actor(stance.target, actors_by_id),
        "type": stance.type.value,
        "polarity": stance.type.polarity,
        "modality": stance.modality.value,
        "evidence": {"text": ev.text, "start": ev.start, "end": ev.end},
        "attributed_to": stance.attributed_to,
        "confidence": stance.confidence,
        "date": stance.date.isoformat() if stance.date else None,
        "reported": reported.isoformat() if reported else None,
    }
