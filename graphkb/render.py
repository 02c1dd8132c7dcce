"""Rendering query results for people (rich tables) and programs (JSON, CSV).

Every renderer returns a string, so the CLI only prints and tests compare exact text. Text
from data is passed to rich as plain ``Text`` objects, never as console markup.
"""

from __future__ import annotations

import csv
import enum
import io
import json
from collections.abc import Collection, Sequence
from typing import Any

from graphkb._cells import safe_row
from graphkb.model import Actor
from graphkb.queries import ActorProfile, Ranked, StanceView, shown_score
from graphkb.results import STANCE_COLUMNS, stance_record

__all__ = [
    "OutputFormat",
    "render_profile",
    "render_ranked",
    "render_records",
    "render_second_degree",
    "render_stances",
]


class OutputFormat(enum.StrEnum):
    """What ``--format`` accepts on query commands."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def _width() -> int:
    import shutil

    return max(100, shutil.get_terminal_size((140, 24)).columns)


def _table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    console = Console(
        file=io.StringIO(),
        width=_width(),
        color_system=None,
        emoji=False,
        highlight=False,
        markup=False,
        no_color=True,
    )
    console.print(table)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    return str(output)


def _csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(safe_row(row) for row in rows)
    return out.getvalue()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def render_second_degree(
    pairs: Sequence[tuple[Actor, int]], fmt: OutputFormat, *, title: str
) -> str:
    """two-hop output: actors and how many of the middle actors each one targets."""
    if fmt is OutputFormat.JSON:
        return _json([{"actor": a.to_dict(), "via": via} for a, via in pairs])
    columns = ["#", "actor", "id", "kind", "country", "via"]
    rows = [[i, a.name, a.id, a.kind.value, a.country, via] for i, (a, via) in enumerate(pairs, 1)]
    if fmt is OutputFormat.CSV:
        return _csv(["rank", *columns[1:]], rows)
    return _table(title, columns, rows)


def render_ranked(
    ranked: Sequence[Ranked],
    fmt: OutputFormat,
    *,
    title: str,
    sources: Sequence[tuple[int, int]] | None = None,
) -> str:
    """who-opposes / who-supports output; ``sources`` (one per row: distinct documents and
    publishers behind it, :func:`graphkb.corroboration.ranking_sources`) adds the
    corroboration."""
    if fmt is OutputFormat.JSON:
        return _json([{**r.to_dict(), **_sources(sources, i)} for i, r in enumerate(ranked)])
    columns = ["#", "actor", "kind", "score", "count", "types", "strongest evidence"]
    if fmt is OutputFormat.CSV:
        columns = ["rank", "actor", "id", "kind", "country", "score", "count", "types", "evidence"]
    rows: list[list[Any]] = []
    for i, r in enumerate(ranked, start=1):
        best = max(
            r.stances,
            key=lambda v: (v.stance.modality == "asserted", abs(v.stance.type.intensity)),
            default=None,
        )
        evidence = (
            f"{best.stance.type} ({best.stance.modality}): {best.evidence_line()}"
            if best is not None
            else ""
        )
        a = r.actor
        if fmt is OutputFormat.CSV:
            rows.append(
                [
                    i,
                    a.name,
                    a.id,
                    a.kind.value,
                    a.country or "",
                    f"{shown_score(r.score, 2):.2f}",
                    r.count,
                    ";".join(sorted(r.types)),
                    evidence,
                ]
            )
            continue
        home = f", {a.country}" if a.country and a.country != a.id else ""
        types = ", ".join(f"{t} x{n}" if n > 1 else t for t, n in sorted(r.types.items()))
        rows.append(
            [
                i,
                f"{a.name} ({a.id}{home})",
                a.kind.value,
                f"{shown_score(r.score, 2):.2f}",
                r.count,
                types,
                evidence,
            ]
        )
    if sources is not None:
        columns, rows = _with_sources(columns, rows, sources, fmt)
    if fmt is OutputFormat.CSV:
        return _csv(columns, rows)
    if not rows:
        return f"{title}: no actors found.\n"
    return _table(title, columns, rows)


def _sources(sources: Sequence[tuple[int, int]] | None, i: int) -> dict[str, int]:
    if sources is None:
        return {}
    return {"documents": sources[i][0], "publishers": sources[i][1]}


def _with_sources(
    columns: list[str],
    rows: list[list[Any]],
    sources: Sequence[tuple[int, int]],
    fmt: OutputFormat,
) -> tuple[list[str], list[list[Any]]]:
    """The corroboration inserted before the last (evidence) column: documents and publishers
    in CSV, ``documents/publishers`` in a table."""
    if fmt is OutputFormat.CSV:
        head = [*columns[:-1], "documents", "publishers", columns[-1]]
        return head, [[*r[:-1], d, p, r[-1]] for r, (d, p) in zip(rows, sources, strict=True)]
    head = [*columns[:-1], "docs/pubs", columns[-1]]
    return head, [[*r[:-1], f"{d}/{p}", r[-1]] for r, (d, p) in zip(rows, sources, strict=True)]


def _stance_row(view: StanceView) -> list[Any]:
    s = view.stance
    return [
        view.source.name,
        s.type.value,
        view.target.name,
        s.modality.value,
        s.date.isoformat() if s.date else "",
        s.attributed_to or "",
        view.evidence_line(),
    ]


def render_stances(
    views: Sequence[StanceView],
    fmt: OutputFormat,
    *,
    title: str,
    sources: Sequence[tuple[int, int]] | None = None,
    retracted: Collection[str] = (),
) -> str:
    """relations / stances output; ``sources`` (one per row: in how many distinct documents
    and publishers the same stance appears, :mod:`graphkb.corroboration`) adds the
    corroboration; stances whose ids are in ``retracted`` are marked (their modality reads
    ``asserted, retracted``; JSON gets ``"retracted": true``)."""
    if fmt is OutputFormat.JSON:
        return _json(
            [
                {**v.to_dict(), **_sources(sources, i)}
                | ({"retracted": True} if v.stance.id in retracted else {})
                for i, v in enumerate(views)
            ]
        )
    columns = ["source", "type", "target", "modality", "date", "claimed by", "evidence"]
    rows = [_stance_row(v) for v in views]
    for view, row in zip(views, rows, strict=True):
        if view.stance.id in retracted:
            row[3] = f"{row[3]}, retracted"
    if fmt is OutputFormat.CSV:  # the one flat record of a stance, as export writes it
        flat = [stance_record(v) for v in views]
        for view, record in zip(views, flat, strict=True):
            if view.stance.id in retracted:
                record["modality"] = f"{record['modality']}, retracted"
        records = [list(r.values()) for r in flat]
        if sources is None:
            return _csv(STANCE_COLUMNS, records)
        extra = [[*r, d, p] for r, (d, p) in zip(records, sources, strict=True)]
        return _csv([*STANCE_COLUMNS, "documents", "publishers"], extra)
    if sources is not None:
        columns, rows = _with_sources(columns, rows, sources, fmt)
    if not rows:
        return f"{title}: no stances found.\n"
    return _table(title, columns, rows)


def render_paths(
    paths: Sequence[Sequence[StanceView]], fmt: OutputFormat, a: Actor, b: Actor
) -> str:
    """path output: one row per hop of each chain."""
    records = [
        {"path": i, "hop": j, **stance_record(v)}
        for i, hops in enumerate(paths, start=1)
        for j, v in enumerate(hops, start=1)
    ]
    if fmt is OutputFormat.JSON:
        return _json(records)
    if fmt is OutputFormat.CSV:
        return _csv(["path", "hop", *STANCE_COLUMNS], [list(r.values()) for r in records])
    if not records:
        return f"No chain of stances links {a.name} and {b.name}.\n"
    columns = ["path", "hop", "source", "type", "target", "modality", "evidence"]
    rows = [
        [
            r["path"],
            r["hop"],
            r["source"],
            r["type"],
            r["target"],
            r["modality"],
            r["evidence_text"] or r["summary"] or "",
        ]
        for r in records
    ]
    return _table(f"{a.name} to {b.name}", columns, rows)


def render_profile(prof: ActorProfile, fmt: OutputFormat) -> str:
    """actor output."""
    data = prof.to_dict()
    if fmt is OutputFormat.JSON:
        return _json(data)
    a = prof.actor
    facts: list[list[Any]] = [
        ["id", a.id],
        ["name", a.name],
        ["kind", a.kind.value],
        ["country", a.country or ""],
        ["role", a.role or ""],
        ["wikidata", a.qid or ""],
        ["aliases", ", ".join(a.aliases)],
        ["description", a.description or ""],
        ["members", ", ".join(f"{m.name} ({m.id})" for m in prof.members)],
    ]
    facts += [[f"out: {t} {m}", n] for (t, m), n in sorted(prof.outgoing.items())]
    facts += [[f"in: {t} {m}", n] for (t, m), n in sorted(prof.incoming.items())]
    if fmt is OutputFormat.CSV:
        return _csv(["field", "value"], facts)
    return _table(a.name, ["field", "value"], facts)


def render_records(
    records: Sequence[dict[str, Any]], fmt: OutputFormat, *, title: str | None = None
) -> str:
    """Generic list of flat dicts (actors, stats, SPARQL rows)."""
    if fmt is OutputFormat.JSON:
        return _json(list(records))
    columns = list(records[0]) if records else []
    rows = [[r.get(c) for c in columns] for r in records]
    if fmt is OutputFormat.CSV:
        return _csv(columns, rows)
    if not rows:
        return f"{title or 'result'}: nothing found.\n"
    return _table(title, columns, rows)
