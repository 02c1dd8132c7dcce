"""The markup of graphkb's graph page: the template filled with escaped text, the inlined
scripts and styles, the Content-Security-Policy, the filters, the legend and the table view.

Only :mod:`graphkb.viz` calls this; data strings arrive here and leave ``html.escape``-d, or
inside the JSON script element written by :func:`script_json`.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from string import Template
from typing import Any

from graphkb._exceptions import GraphkbError
from graphkb._viz_style import KIND_STYLE, MORE_STYLE, OTHER_KIND, sorted_edges
from graphkb.model import Modality, StanceType

_VIS_DIR = "templates/lib/vis-9.1.2"  # inside the pyvis package; pinned by pyvis<0.4
_POLARITY = {-1: ("#d62728", "conflict"), 0: ("#7f7f7f", "neutral"), 1: ("#2ca02c", "cooperation")}
_SVG_SHAPES = {
    "dot": '<circle cx="9" cy="9" r="7" fill="{c}"/>',
    "diamond": '<polygon points="9,1 17,9 9,17 1,9" fill="{c}"/>',
    "square": '<rect x="2" y="2" width="14" height="14" fill="{c}"/>',
    "triangle": '<polygon points="9,1 17,16 1,16" fill="{c}"/>',
    "star": '<polygon points="9,1 11.4,6.6 17,7 12.7,10.8 14,16.5 9,13.4 4,16.5 5.3,10.8 1,7'
    ' 6.6,6.6" fill="{c}"/>',
    "hexagon": '<polygon points="5,2 13,2 17,9 13,16 5,16 1,9" fill="{c}"/>',
    "ellipse": '<ellipse cx="9" cy="9" rx="8" ry="5" fill="{c}" stroke="#999"/>',
}


def page(graph: Any, *, title: str, payload: dict[str, Any]) -> str:
    """The whole page: escaped markup around inlined assets and the JSON payload."""
    vis_css, vis_js = _vis_asset("vis-network.css"), _vis_asset("vis-network.min.js")
    page_css, page_js = _own_asset("viz.css"), _own_asset("viz.js")
    actors = [a for a in payload["actors"] if a["kind"] != "more"]
    n_actors, n_stances = len(actors), sum(s["count"] for s in payload["stances"])
    return Template(_own_asset("page.html")).substitute(
        csp=csp(scripts=(vis_js, page_js)),
        title=html.escape(title),
        counts=f"{n_actors} actor{'s' * (n_actors != 1)}, "
        f"{n_stances} stance{'s' * (n_stances != 1)}",
        vis_css=vis_css,
        page_css=page_css,
        filters=_filters(payload["stances"]),
        legend=_legend(),
        tables=_tables(graph),
        data=script_json(payload),
        vis_js=vis_js,
        page_js=page_js,
    )


def _vis_asset(name: str) -> str:
    # pyvis is needed only for the vis-network files it ships: found without importing it
    # (its __init__ imports IPython, over a second)
    spec = find_spec("pyvis")
    folders = list(spec.submodule_search_locations or []) if spec else []
    try:
        if not folders:
            raise ModuleNotFoundError("pyvis")
        text = (Path(folders[0]) / _VIS_DIR / name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise GraphkbError(
            f"pyvis's bundled vis-network file {name} is missing; reinstall pyvis>=0.3.2,<0.4"
        ) from exc
    # the source map is not shipped; without the comment, DevTools will not go looking for it
    return re.sub(r"^//# sourceMappingURL=\S+$", "", text, flags=re.MULTILINE)


def _own_asset(name: str) -> str:
    return (resources.files("graphkb") / "_viz_assets" / name).read_text(encoding="utf-8")


def csp(*, scripts: Sequence[str]) -> str:
    """Allow only these inline scripts (by hash) and inline styles; forbid every fetch."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
    )


def script_json(payload: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open a comment."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _filters(stances: Sequence[Mapping[str, Any]]) -> str:
    """Checkboxes that hide and show stances by type and by modality (with stance counts)."""
    types: Counter[str] = Counter()
    modalities: Counter[str] = Counter()
    for stance in stances:
        types[str(stance["type"])] += stance["count"]
        modalities[str(stance["modality"])] += stance["count"]
    order = {t.value: i for i, t in enumerate(StanceType)}
    type_names = sorted(types, key=lambda t: (order.get(t, len(order)), t))
    known = [m.value for m in Modality]
    modality_names = known + sorted(set(modalities) - set(known))
    return "\n".join(
        [
            _checkbox_group("gk-type", "Stance types", type_names, types, buttons=True),
            _checkbox_group("gk-modality", "Modality", modality_names, modalities, buttons=False),
        ]
    )


def _checkbox_group(
    name: str, caption: str, values: Sequence[str], counts: Mapping[str, int], *, buttons: bool
) -> str:
    lines = [f'<fieldset class="gk-filter" id="{name}-filter"><legend>{caption}</legend>']
    if buttons:
        lines.append(
            f'<div class="gk-buttons"><button type="button" data-gk-all="{name}" '
            f'data-gk-state="on">all</button><button type="button" data-gk-all="{name}" '
            'data-gk-state="off">none</button></div>'
        )
    lines.append('<div class="gk-boxes">')
    for value in values:
        text = html.escape(value)
        lines.append(
            f'<label><input type="checkbox" name="{name}" value="{text}" checked> {text} '
            f'<span class="gk-count">({counts.get(value, 0)})</span></label>'
        )
    lines.append("</div></fieldset>")
    return "\n".join(lines)


def _legend() -> str:
    """Legend for node shapes, the pair lines and the per-stance lines, as inline SVG."""

    def item(svg: str, text: str) -> str:
        return (
            f'<li><svg width="36" height="18" viewBox="0 0 36 18" aria-hidden="true">{svg}</svg>'
            f"{html.escape(text)}</li>"
        )

    def line(colour: str, dashes: str = "", width: float = 2.5, opacity: float = 1.0) -> str:
        dash = f' stroke-dasharray="{dashes}"' if dashes else ""
        return (
            f'<line x1="2" y1="9" x2="34" y2="9" stroke="{colour}" stroke-width="{width}"'
            f' stroke-opacity="{opacity}"{dash}/>'
        )

    kinds = [
        item(_SVG_SHAPES[shape].format(c=colour), kind)
        for kind, (shape, colour) in KIND_STYLE.items()
    ]
    kinds.append(item(_SVG_SHAPES[OTHER_KIND[0]].format(c=OTHER_KIND[1]), "other"))
    kinds.append(item(_SVG_SHAPES[MORE_STYLE[0]].format(c=MORE_STYLE[1]), "and N more (left out)"))
    kinds.append(
        item('<circle cx="9" cy="9" r="6" fill="#4e79a7" stroke="#111" stroke-width="3"/>', "focus")
    )
    grey = _POLARITY[0][0]
    pairs = [
        item(line(_POLARITY[-1][0]), "net conflict"),
        item(line(_POLARITY[0][0]), "mixed or neutral"),
        item(line(_POLARITY[1][0]), "net cooperation"),
        item(
            f'<line x1="2" y1="5" x2="34" y2="5" stroke="{grey}" stroke-width="1"/>'
            f'<line x1="2" y1="13" x2="34" y2="13" stroke="{grey}" stroke-width="5"/>',
            "width: number of stances",
        ),
    ]
    styles = [
        item(line(grey, "6 4"), "dashed: hypothetical"),
        item(line(grey, "2 6", opacity=0.35), "dotted, faded: negated"),
        item(
            line(grey) + '<polygon points="26,4 35,9 26,14" fill="#7f7f7f"/>',
            "arrow: source \u2192 target",
        ),
    ]
    per_stance = [item(line(c), t) for c, t in _POLARITY.values()] + styles
    columns = [
        [("Actors (size: stances)", kinds)],
        [("One line per pair", pairs), ("One line per stance", per_stance)],
    ]
    body = "".join(
        "<div>"
        + "".join(f"<h3>{html.escape(head)}</h3><ul>{''.join(items)}</ul>" for head, items in col)
        + "</div>"
        for col in columns
    )
    return (
        '<details class="gk-legend" id="gk-legend" open><summary>Legend</summary>'
        f'<div class="gk-legend-body">{body}</div></details>'
    )


def _tables(graph: Any) -> str:
    """The same data as escaped tables, for reading, searching and screen readers."""
    names = {str(n): str(a.get("name") or n) for n, a in graph.nodes(data=True)}
    actors = [
        [str(node), names[str(node)], a.get("kind"), a.get("country"), a.get("role"), a.get("qid")]
        for node, a in sorted(graph.nodes(data=True), key=lambda item: str(item[0]))
        if a.get("kind") != "more"
    ]
    stances = [
        [
            names.get(u, u),
            d.get("type"),
            names.get(v, v),
            d.get("modality"),
            d.get("date"),
            d.get("document_title") or d.get("document"),
            d.get("document_url"),
            d.get("summary"),
            d.get("evidence_text"),
        ]
        for u, v, _, d in sorted_edges(graph)
    ]
    actor_head = ["id", "name", "kind", "country", "role", "Wikidata"]
    stance_head = ["source", "type", "target", "modality", "date", "document", "URL", "summary"]
    stance_head.append("evidence")
    return (
        '<details class="gk-tables" id="gk-tables"><summary>Actors and stances as tables</summary>'
        f"{_table('Actors', actor_head, actors)}{_table('Stances', stance_head, stances)}</details>"
    )


def _table(caption: str, head: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    def cells(tag: str, values: Sequence[Any]) -> str:
        return "".join(f"<{tag}>{html.escape('' if v is None else str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return (
        f"<table><caption>{html.escape(caption)}</caption>"
        f"<thead><tr>{cells('th', head)}</tr></thead><tbody>{body}</tbody></table>"
    )
