"""Tables, JSON and CSV for the analyses (the CLI prints what these return)."""

from __future__ import annotations

import itertools
from typing import Any

from graphkb.analysis import BalanceReport, BlocsReport, DisputesReport, PressureReport
from graphkb.analysis.disputes import Answer, Claim
from graphkb.analysis.signed import Dyad
from graphkb.corroboration import key_of
from graphkb.queries import StanceView
from graphkb.render import OutputFormat, _csv, _json, _table

__all__ = [
    "render_balance",
    "render_blocs",
    "render_disputes",
    "render_dyad",
    "render_pressures",
    "signed",
]


def signed(value: float) -> str:
    """A weight shown with its sign and two decimals (``-0.00`` shown as ``0.00``)."""
    text = f"{value:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text


def _sign_word(sign: int) -> str:
    return {1: "friendly", -1: "hostile", 0: "no relation"}[sign]


def render_dyad(d: Dyad, fmt: OutputFormat) -> str:
    """``graphkb dyad`` output: the relation, then each stance with what it adds."""
    if fmt is OutputFormat.JSON:
        return _json(
            {
                "a": d.a.to_dict(),
                "b": d.b.to_dict(),
                "roll_up": d.roll_up,
                "half_life_days": d.half_life,
                "weight": round(d.weight, 6),
                "sign": d.sign,
                "stance_count": d.stances,
                "stances": [
                    {
                        **v.to_dict(),
                        "contribution": round(w, 6),
                        "documents": d.sources[key_of(v)].documents,
                        "publishers": d.sources[key_of(v)].publishers,
                    }
                    for v, w in d.parts
                ],
            }
        )
    rows = []
    for v, w in d.parts:
        s, c = v.stance, d.sources[key_of(v)]
        rows.append(
            [
                signed(w),
                v.source.name,
                s.type.value,
                v.target.name,
                s.modality.value,
                s.date.isoformat() if s.date else "",
                c.documents,
                c.publishers,
                v.evidence_line(),
            ]
        )
    if fmt is OutputFormat.CSV:
        columns = ["adds", "source", "type", "target", "modality", "date", "documents"]
        return _csv([*columns, "publishers", "evidence"], rows)
    title = (
        f"{d.a.name} and {d.b.name}{' (rolled up)' if d.roll_up else ''}: "
        f"{signed(d.weight)} ({_sign_word(d.sign)}), {d.stances} stances"
    )
    if not rows:
        return f"{title}.\n"
    columns = ["adds", "source", "type", "target", "modality", "date", "docs", "publishers"]
    return _table(title, [*columns, "evidence"], rows)


def _name(names: dict[str, str], actor: str) -> str:
    name = names.get(actor, actor)
    return name if name == actor else f"{name} ({actor})"


def render_balance(report: BalanceReport, fmt: OutputFormat) -> str:
    """``graphkb balance`` output: census, frustration index, unbalanced triads."""
    f = report.frustration
    names = report.names
    if fmt is OutputFormat.JSON:
        return _json(
            {
                "actor": report.actor.to_dict() if report.actor else None,
                "census": report.census,
                "frustration": {
                    "frustrated_ties": f.frustrated,
                    "ties": f.ties,
                    "normalised": round(f.normalised, 6),
                    "exact": f.exact,
                },
                "unbalanced": [
                    {
                        "actors": list(t.actors),
                        "pattern": t.pattern,
                        "weights": [round(x.weight, 6) for x in t.ties],
                    }
                    for t in report.unbalanced
                ],
            }
        )
    rows: list[list[Any]] = [
        [
            t.pattern,
            ", ".join(_name(names, a) for a in t.actors),
            " ".join(f"{x.a}-{x.b} {signed(x.weight)}" for x in t.ties),
        ]
        for t in report.unbalanced
    ]
    if fmt is OutputFormat.CSV:
        return _csv(["pattern", "actors", "ties"], rows)
    where = f" around {report.actor.name}" if report.actor else ""
    bound = "" if f.exact else " (upper bound)"
    head = (
        f"Triads{where}: " + ", ".join(f"{p} {n}" for p, n in report.census.items()) + "\n"
        f"Frustration index of the graph: {f.frustrated}{bound} of {f.ties} ties "
        f"(normalised {f.normalised:.3f})\n"
    )
    if not rows:
        return head + "No unbalanced triads.\n"
    return head + _table("Unbalanced triads", ["pattern", "actors", "ties"], rows)


def render_blocs(report: BlocsReport, fmt: OutputFormat) -> str:
    """``graphkb blocs`` output: one row per bloc."""
    found, names = report.blocs, report.names
    if fmt is OutputFormat.JSON:
        return _json(
            {
                "frustrated_ties": found.frustrated,
                "ties": found.ties,
                "cost": round(found.cost, 6),
                "blocs": [
                    {
                        "bloc": b.number,
                        "members": list(b.members),
                        "friendly_ties": b.friendly,
                        "hostile_ties": b.hostile,
                        "cohesion": round(b.cohesion, 6),
                        "frustrated": b.frustrated,
                        "across": [
                            {"bloc": o, "weight": round(w, 6), "friendly": p, "hostile": n}
                            for o, (w, p, n) in b.across.items()
                        ],
                    }
                    for b in found.blocs
                ],
            }
        )
    rows = []
    for b in found.blocs:
        across = "; ".join(f"{o}: {signed(w)} ({p}+/{n}-)" for o, (w, p, n) in b.across.items())
        members = [names.get(m, m) if fmt is OutputFormat.TABLE else m for m in b.members]
        rows.append(
            [
                b.number,
                (", " if fmt is OutputFormat.TABLE else ";").join(members),
                f"{b.friendly}+/{b.hostile}-",
                signed(b.cohesion),
                b.frustrated,
                across,
            ]
        )
    columns = ["bloc", "members", "inside", "cohesion", "frustrated", "ties across"]
    if fmt is OutputFormat.CSV:
        return _csv(columns, rows)
    title = f"{len(found.blocs)} blocs; {found.frustrated} of {found.ties} ties go against them"
    if not rows:
        return "No signed ties: no blocs.\n"
    return _table(title, columns, rows)


def render_pressures(report: PressureReport, fmt: OutputFormat) -> str:
    """``graphkb pressures`` output: one row per predicted tie, with its triads."""
    names = report.names
    if fmt is OutputFormat.JSON:
        return _json(
            {
                "actor": report.actor.to_dict(),
                "pressures": [
                    {
                        "other": p.other,
                        "name": names.get(p.other, p.other),
                        "predicted": round(p.predicted, 6),
                        "present": round(p.present, 6),
                        "status": p.status,
                        "gap": round(p.gap, 6),
                        "triads": [
                            {
                                "via": r.via,
                                "near": round(r.near, 6),
                                "far": round(r.far, 6),
                                "vote": round(r.vote, 6),
                            }
                            for r in p.reasons
                        ],
                    }
                    for p in report.pressures
                ],
            }
        )
    rows = []
    for p in report.pressures:
        why = "; ".join(
            f"{names.get(r.via, r.via)}: {p.actor}-{r.via} {signed(r.near)}, "
            f"{r.via}-{p.other} {signed(r.far)}"
            for r in p.reasons
        )
        rows.append(
            [
                _name(names, p.other) if fmt is OutputFormat.TABLE else p.other,
                p.sign if fmt is OutputFormat.CSV else "+" if p.sign > 0 else "-",
                signed(p.predicted),
                signed(p.present),
                p.status,
                f"{p.gap:.2f}",
                why,
            ]
        )
    columns = ["actor", "sign", "predicted", "present", "status", "gap", "triads (via: ties)"]
    if fmt is OutputFormat.CSV:
        return _csv(["actor", "sign", "predicted", "present", "status", "gap", "triads"], rows)
    title = f"Realignment pressures on {report.actor.name}"
    if not rows:
        return f"{title}: none (every open triad is closed as balance predicts).\n"
    return _table(title, columns, rows)


def _said(view: StanceView, names: dict[str, str]) -> str:
    """What is said, and by whom when someone is quoted: ``Aamir Ghauri says: United States
    AID Pakistan (reported)``."""
    s = view.stance
    what = f"{view.source.name} {s.type.value} {view.target.name} ({s.modality.value})"
    if s.attributed_to:
        return f"{names.get(s.attributed_to, s.attributed_to)} says: {what}"
    return what


def _where(view: StanceView) -> str:
    doc = view.document
    parts = [doc.title if doc else view.stance.evidence.document]
    if doc and doc.publisher:
        parts.append(doc.publisher)
    if view.stance.date:
        parts.append(view.stance.date.isoformat())
    return ", ".join(parts)


def _cell(view: StanceView, names: dict[str, str], kind: str = "") -> str:
    s = view.stance
    body = " ".join((s.evidence.text or s.summary or "(no text stored)").split())
    head = f"{kind}: " if kind else ""
    return f"{head}{_said(view, names)} \u2014 {body} [{_where(view)}]"


def _side(names: dict[str, str], side: str) -> str:
    return names.get(side, side) if side else "(unattributed)"


def render_disputes(report: DisputesReport, fmt: OutputFormat) -> str:
    """``graphkb disputes`` output: per dispute, the claims beside the answers."""
    names = report.names
    if fmt is OutputFormat.JSON:
        return _json(
            [
                {
                    "claimant": d.claimant or None,
                    "accused": d.accused,
                    "claims": [
                        {
                            **c.view.to_dict(),
                            "answered_by": [a.view.stance.id for a in c.answers],
                        }
                        for c in d.claims
                    ],
                    "answers": [{"kind": a.kind, **a.view.to_dict()} for a in d.answers],
                }
                for d in report.disputes
            ]
        )
    if fmt is OutputFormat.CSV:
        rows = []
        for n, d in enumerate(report.disputes, start=1):
            items: list[tuple[str, str, Claim | Answer]] = [("claim", "", c) for c in d.claims]
            items += [("answer", a.kind, a) for a in d.answers]
            for role, kind, item in items:
                v, s = item.view, item.view.stance
                rows.append(
                    [
                        n,
                        d.claimant,
                        d.accused,
                        role,
                        kind,
                        s.attributed_to or s.source,
                        s.source,
                        s.type.value,
                        s.target,
                        s.modality.value,
                        s.date.isoformat() if s.date else "",
                        s.evidence.document,
                        v.document.publisher if v.document else "",
                        " ".join((s.evidence.text or s.summary or "").split()),
                    ]
                )
        columns = ["dispute", "claimant", "accused", "role", "kind", "said_by", "source"]
        more = ["type", "target", "modality", "date", "document_id", "publisher", "evidence"]
        return _csv([*columns, *more], rows)
    if not report.disputes:
        where = f" involving {report.actor.name}" if report.actor else ""
        return f"No disputes{where}: no claim has an answer in the store.\n"
    out = []
    for d in report.disputes:
        claims = [_cell(c.view, names) for c in d.claims]
        answers = [_cell(a.view, names, a.kind) for a in d.answers]
        rows = [list(pair) for pair in itertools.zip_longest(claims, answers, fillvalue="")]
        title = (
            f"{_side(names, d.claimant)} against {_side(names, d.accused)}: "
            f"{d.claim_count} claims, {d.answer_count} answers"
            + (
                f" (the latest {len(d.claims)} and {len(d.answers)} shown)"
                if (len(d.claims), len(d.answers)) != (d.claim_count, d.answer_count)
                else ""
            )
        )
        out.append(
            _table(
                title,
                [f"claims ({_side(names, d.claimant)})", f"answers ({_side(names, d.accused)})"],
                rows,
            )
        )
    return "".join(out)
