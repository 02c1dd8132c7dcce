"""A brief (:mod:`graphkb.analysis.brief`) as Markdown or as one self-contained HTML page.

Every statement ends in a footnote number; the notes give the evidence sentence (or the
curators' summary), the document's title, its publisher, the stance's date and the link.
Article text is untrusted: in Markdown every character Markdown or HTML would read as markup is
escaped; in HTML every value is HTML-escaped, links are http(s) only (as
:class:`graphkb.model.Document` guarantees) and the page carries a Content-Security-Policy that
forbids scripts and every fetch, as the graph page does. The timeline is an SVG drawn here,
inline in HTML and a data: image in Markdown, so neither needs a network or a file beside it.
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphkb.analysis.render import signed

if TYPE_CHECKING:
    from graphkb.analysis import PressureReport
    from graphkb.analysis.brief import Brief
    from graphkb.queries import Ranked, StanceView

__all__ = ["pressures_svg", "timeline_svg", "to_html", "to_markdown"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~<>&])")
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
    "form-action 'none'"
)


def md_escape(text: str) -> str:
    r"""Text as Markdown that renders as exactly that text, on one line, inside a list item:
    emphasis, code, links, tables and strikethrough characters are backslash-escaped, and
    ``<`` and ``&`` too, so no HTML or entity reaches a Markdown renderer (a parenthesis or
    ``!`` means nothing once ``[`` is escaped).

    >>> print(md_escape("<img src=x> *bold* [link](http://x)"))
    \<img src=x\> \*bold\* \[link\](http://x)
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _url(url: str) -> str:
    """A link target with the characters that could end it percent-encoded."""
    for char, code in (("<", "%3C"), (">", "%3E"), ('"', "%22"), ("(", "%28"), (")", "%29")):
        url = url.replace(char, code)
    return url


@dataclass
class _Notes:
    """Footnotes in order of first citation, one per stance."""

    order: dict[str, int] = field(default_factory=dict)
    views: list[StanceView] = field(default_factory=list)

    def cite(self, view: StanceView) -> int:
        key = view.stance.id
        if key not in self.order:
            self.order[key] = len(self.views) + 1
            self.views.append(view)
        return self.order[key]


def _what(view: StanceView) -> str:
    s = view.stance
    date = f", {s.date.isoformat()}" if s.date else ""
    return f"{view.source.name} {s.type.value} {view.target.name} ({s.modality.value}{date})"


def _evidence(view: StanceView) -> str:
    s = view.stance
    return " ".join((s.evidence.text or s.summary or "(no text stored)").split())


def _source_parts(view: StanceView) -> tuple[str, str, str, str | None]:
    doc = view.document
    title = doc.title if doc else view.stance.evidence.document
    publisher = doc.publisher if doc and doc.publisher else "publisher not recorded"
    day = view.stance.date or (doc.date if doc else None)
    return title, publisher, day.isoformat() if day else "undated", doc.url if doc else None


def _sections(brief: Brief, notes: _Notes) -> list[tuple[str, list[tuple[str, list[int]]]]]:
    """(heading, [(plain statement, footnote numbers)]) for each section with content."""
    names = brief.names
    out: list[tuple[str, list[tuple[str, list[int]]]]] = []
    lines: list[tuple[str, list[int]]]
    if brief.dyad is not None:
        d = brief.dyad
        word = {1: "friendly", -1: "hostile", 0: "without a relation"}[d.sign]
        lines = [
            (
                f"Relation {signed(d.weight)}: {word}, from {len(d.parts)} asserted or "
                "reported stances (intensity-weighted; hypothetical and negated ones left out).",
                [],
            )
        ]
        lines += [(f"{signed(w)} {_what(v)}", [notes.cite(v)]) for v, w in d.parts[: 2 * 4]]
        out.append(("Relation", lines))

    def ranked(rows: list[Ranked]) -> list[tuple[str, list[int]]]:
        found = []
        for r in rows:
            best = max(
                r.stances,
                key=lambda v: (v.stance.modality == "asserted", abs(v.stance.type.intensity)),
                default=None,
            )
            types = ", ".join(sorted(r.types))
            n = f"{r.count} stance{'s' * (r.count != 1)}"
            text = f"{r.actor.name}: score {r.score:.2f} from {n} ({types})"
            found.append((text, [notes.cite(best)] if best else []))
        return found

    if brief.opponents:
        out.append(("Main opponents", ranked(brief.opponents)))
    if brief.supporters:
        out.append(("Main supporters", ranked(brief.supporters)))
    if brief.latest:
        out.append(("Latest stances", [(_what(v), [notes.cite(v)]) for v in brief.latest]))
    if brief.disputes and brief.disputes.disputes:
        lines = []
        for disp in brief.disputes.disputes[:3]:
            claimant = names.get(disp.claimant, disp.claimant) or "unattributed sources"
            accused = names.get(disp.accused, disp.accused)
            claims = [notes.cite(c.view) for c in disp.claims[:4]]
            answers = [notes.cite(a.view) for a in disp.answers[:4]]
            kinds = sorted({a.kind for a in disp.answers})
            lines.append(
                (f"{claimant} claims against {accused} ({disp.claim_count} claims)", claims)
            )
            lines.append((f"{accused} answers: {disp.answer_count} ({', '.join(kinds)})", answers))
        out.append(("Disputes", lines))
    if brief.pressures and brief.pressures.pressures:
        lines = []
        for p in brief.pressures.pressures:
            other = names.get(p.other, p.other)
            via = ", ".join(
                f"{names.get(r.via, r.via)} ({signed(r.near)} and {signed(r.far)})"
                for r in p.reasons[:3]
            )
            cites = [
                notes.cite(view)
                for r in p.reasons[:3]
                for key in ((p.actor, r.via), (r.via, p.other))
                if (view := brief.pressure_cites.get(key)) is not None
            ]
            sign = "toward" if p.sign > 0 else "against"
            text = (
                f"{other}: balance predicts {sign} ({signed(p.predicted)}; present "
                f"{signed(p.present)}, {p.status}), through {via}"
            )
            lines.append((text, cites))
        out.append(("Realignment pressures", lines))
    return out


def timeline_svg(points: list[tuple[str, float, float]], title: str) -> str:
    """Monthly bars, cooperative weight up (green) and conflictual weight down (red)."""
    width, height, pad = 640, 200, 30
    mid = height / 2
    top = max([max(f, h) for _, f, h in points] or [1.0]) or 1.0
    step = (width - 2 * pad) / max(len(points), 1)
    bar = max(min(step * 0.6, 40.0), 2.0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">',
        f"<title>{html.escape(title)}</title>",
        f'<line x1="{pad}" y1="{mid}" x2="{width - pad}" y2="{mid}" stroke="#444"/>',
    ]
    scale = (mid - pad) / top
    for i, (month, friendly, hostile) in enumerate(points):
        x = pad + i * step + (step - bar) / 2
        up, down = friendly * scale, hostile * scale
        parts.append(
            f'<rect x="{x:.1f}" y="{mid - up:.1f}" width="{bar:.1f}" height="{up:.1f}" '
            f'fill="#2ca02c"><title>{month}: cooperation {friendly:.2f}</title></rect>'
        )
        parts.append(
            f'<rect x="{x:.1f}" y="{mid:.1f}" width="{bar:.1f}" height="{down:.1f}" '
            f'fill="#d62728"><title>{month}: conflict {hostile:.2f}</title></rect>'
        )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{height - 8}" font-size="10" '
            f'text-anchor="middle">{month}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def pressures_svg(report: PressureReport, top: int = 10) -> str:
    """The pressures on an actor as horizontal bars: the predicted tie (pale) over the present
    one (solid), green for friendly and red for hostile, one row per actor."""
    rows = report.pressures[:top]
    label_w, width, row_h, pad = 170, 640, 26, 20
    height = pad * 2 + row_h * max(len(rows), 1)
    mid = label_w + (width - label_w - pad) / 2
    top_value = max([max(abs(p.predicted), abs(p.present)) for p in rows] or [1.0]) or 1.0
    scale = (width - label_w - pad) / 2 / top_value
    title = f"Realignment pressures on {report.actor.name}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img"><title>{html.escape(title)}</title>',
        f'<line x1="{mid}" y1="{pad / 2}" x2="{mid}" y2="{height - pad / 2}" stroke="#444"/>',
    ]
    for i, p in enumerate(rows):
        y = pad + i * row_h
        name = report.names.get(p.other, p.other)
        parts.append(
            f'<text x="{label_w - 8}" y="{y + row_h * 0.6:.1f}" font-size="12" '
            f'text-anchor="end">{html.escape(name)}</text>'
        )
        for value, opacity, h, dy in ((p.predicted, 0.35, row_h - 6, 0), (p.present, 1.0, 8, 7)):
            x0, w = (mid, value * scale) if value >= 0 else (mid + value * scale, -value * scale)
            colour = "#2ca02c" if value >= 0 else "#d62728"
            parts.append(
                f'<rect x="{x0:.1f}" y="{y + dy:.1f}" width="{w:.1f}" height="{h}" '
                f'fill="{colour}" fill-opacity="{opacity}"><title>{html.escape(name)}: '
                f"{'predicted' if opacity < 1 else 'present'} {value:+.2f}</title></rect>"
            )
    parts.append("</svg>")
    return "".join(parts)


def to_markdown(brief: Brief) -> str:
    """The brief as Markdown, footnoted."""
    notes = _Notes()
    sections = _sections(brief, notes)
    lines = [f"# Brief: {md_escape(brief.title)}", ""]
    for heading, items in sections:
        lines += [f"## {heading}", ""]
        for text, cites in items:
            marks = "".join(f"[^{n}]" for n in cites)
            lines.append(f"- {md_escape(text)}{marks}")
        lines.append("")
    if brief.timeline:
        svg = timeline_svg(brief.timeline, f"Stances by month: {brief.title}")
        data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
        lines += ["## Timeline", "", f"![stances by month](data:image/svg+xml;base64,{data})", ""]
    if notes.views:
        lines += ["## Sources", ""]
    for n, view in enumerate(notes.views, start=1):
        title, publisher, day, url = _source_parts(view)
        link = f" <{_url(url)}>" if url else " (no link recorded)"
        lines.append(
            f"[^{n}]: {md_escape(_what(view))}: \u201c{md_escape(_evidence(view))}\u201d "
            f"{md_escape(title)}, {md_escape(publisher)}, {day}.{link}"
        )
    return "\n".join(lines).rstrip() + "\n"


def to_html(brief: Brief) -> str:
    """The brief as one self-contained, script-free HTML page."""
    esc = html.escape
    notes = _Notes()
    sections = _sections(brief, notes)
    body = [f"<h1>Brief: {esc(brief.title)}</h1>"]
    for heading, items in sections:
        body.append(f"<h2>{esc(heading)}</h2><ul>")
        for text, cites in items:
            marks = "".join(f'<sup><a href="#fn-{n}">{n}</a></sup>' for n in cites)
            body.append(f"<li>{esc(text)}{marks}</li>")
        body.append("</ul>")
    if brief.pressures and brief.pressures.pressures:
        body.append(pressures_svg(brief.pressures))
    if brief.timeline:
        body.append("<h2>Timeline</h2>")
        body.append(timeline_svg(brief.timeline, f"Stances by month: {brief.title}"))
    if notes.views:
        body.append("<h2>Sources</h2><ol>")
    for n, view in enumerate(notes.views, start=1):
        title, publisher, day, url = _source_parts(view)
        link = (
            f' <a href="{esc(url, quote=True)}" rel="noopener noreferrer">{esc(url)}</a>'
            if url and re.match(r"(?i)https?://", url)
            else " (no link recorded)"
        )
        body.append(
            f'<li id="fn-{n}">{esc(_what(view))}: \u201c{esc(_evidence(view))}\u201d '
            f"<cite>{esc(title)}</cite>, {esc(publisher)}, {day}.{link}</li>"
        )
    if notes.views:
        body.append("</ol>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>Brief: {esc(brief.title)}</title>"
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        "sup a{text-decoration:none}li{margin:.2em 0}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
