"""Realistic synthetic stance knowledge graphs for scale benchmarks.

N stances over ~250 countries (the bundled ones plus user-assigned ``X..`` territories), the
bundled organisations and ~10,000 generated people and organisations (each with a ``country``),
all 18 stance types, ten years of dates and evidence sentences with offsets. Actor popularity
is a power law (Zipf), with the United States at rank 1, so a few actors are hubs; documents
group 5-20 stances each; modalities are mostly asserted with some reported (claimed by a
person), hypothetical and negated. Everything goes through graphkb's model and
``rdf.all_quads``, so the data is exactly what the product stores, and quads are streamed
into ``Store.bulk_add`` one document at a time (1M stances are never in memory at once).

Run: python benchmarks/generate_kg.py --stances 100000 --seed 7 --store /tmp/graphkb-bench/s100k
     python benchmarks/generate_kg.py --stances 1000 --out /tmp/kg1k   (writes stances.nq)
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import random
import resource
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graphkb import rdf
from graphkb.actors import bundled_actors
from graphkb.model import (
    Actor,
    ActorKind,
    Document,
    Evidence,
    Modality,
    Stance,
    StanceType,
    slugify,
)
from graphkb.store import Store

__all__ = [
    "GeneratedKG",
    "generate",
    "generate_batches",
    "main",
    "write_bare",
    "write_nquads",
    "write_store",
]

# Countries that dominate international news, in popularity order; the rest follow shuffled.
_HUBS = ("USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "TUR")
_MODALITIES = (
    (Modality.ASSERTED, 0.72),
    (Modality.REPORTED, 0.18),
    (Modality.HYPOTHETICAL, 0.06),
    (Modality.NEGATED, 0.04),
)
# Roughly the type mix of event data: lots of talk, some conflict, little force.
_TYPE_WEIGHTS = {
    "AGREE": 8,
    "CONSULT": 14,
    "SUPPORT": 8,
    "CONCEDE": 2,
    "COOPERATE": 7,
    "AID": 4,
    "RETREAT": 1,
    "REQUEST": 6,
    "ACCUSE": 10,
    "REJECT": 6,
    "THREATEN": 5,
    "PROTEST": 5,
    "SANCTION": 4,
    "MOBILIZE": 2,
    "COERCE": 3,
    "ASSAULT": 3,
    "ALLY": 2,
    "RIVAL": 2,
}
_VERB_TEXT = {
    "AGREE": "agreed with",
    "CONSULT": "held talks with",
    "SUPPORT": "voiced support for",
    "CONCEDE": "made concessions to",
    "COOPERATE": "signed a cooperation deal with",
    "AID": "sent aid to",
    "RETREAT": "withdrew forces facing",
    "REQUEST": "called on",
    "ACCUSE": "accused",
    "REJECT": "rejected demands from",
    "THREATEN": "threatened",
    "PROTEST": "protested against",
    "SANCTION": "imposed sanctions on",
    "MOBILIZE": "mobilised troops against",
    "COERCE": "expelled diplomats of",
    "ASSAULT": "launched strikes on",
    "ALLY": "reaffirmed its alliance with",
    "RIVAL": "described as a strategic rival",
}
_TOPICS = (
    "over the border dispute",
    "on trade and tariffs",
    "regarding the nuclear programme",
    "after the election",
    "over maritime claims",
    "on energy supplies",
    "amid the refugee crisis",
    "over human rights concerns",
    "following the ceasefire talks",
    "over cyber attacks",
)
_SYLLABLES = ("ka", "mi", "ro", "sa", "te", "li", "na", "vo", "zu", "ha", "be", "do", "ri", "ya")
_ORG_WORDS = ("Ministry", "Council", "Front", "Party", "Bank", "Energy", "Agency", "Union")
_ORG_KINDS = (ActorKind.ORGANIZATION, ActorKind.COMPANY, ActorKind.GROUP)
_PUBLISHERS = ("Reuters", "AP", "AFP", "BBC", "Al Jazeera", "Dawn", "The Hindu", "Kyiv Post")
_EPOCH = dt.date(2015, 1, 1)
_DAYS = 3652


@dataclass
class GeneratedKG:
    """What a generation run produced: counts, and the actors a benchmark should ask about."""

    stances: int = 0
    documents: int = 0
    actors: int = 0
    quads: int = 0
    degree: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)

    def summary(self) -> dict[str, object]:
        """JSON-ready: counts, the top hubs and the most linked pair."""
        (a, b), n = self.pairs.most_common(1)[0] if self.pairs else (("", ""), 0)
        return {
            "stances": self.stances,
            "documents": self.documents,
            "actors": self.actors,
            "quads": self.quads,
            "hubs": self.degree.most_common(5),
            "top_pair": [a, b, n],
        }


def _territories(count: int) -> list[Actor]:
    """User-assigned ISO3 codes (XAA, XAB...) stand in for the ~50 territories and
    unrecognised states the bundled gazetteer leaves out."""
    codes = ("X" + a + b for a, b in itertools.product("ABCDEFGHIJKLMNOPQRSTUVWXYZ", repeat=2))
    return [
        Actor(id=c, name=f"Territory {c[1:]}", kind=ActorKind.COUNTRY, country=c)
        for c in itertools.islice(codes, count)
    ]


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _people_and_orgs(rng: random.Random, countries: list[Actor], count: int) -> list[Actor]:
    """Generated actors, each serving a country picked with the countries' popularity."""
    weights = [1.0 / (rank + 1) for rank in range(len(countries))]
    homes = rng.choices(countries, weights=weights, k=count)
    actors = []
    for i, home in enumerate(homes):
        if rng.random() < 0.6:
            name = f"{_name(rng, 2)} {_name(rng, 3)}"
            kind, role = ActorKind.PERSON, rng.choice(("minister", "president", "spokesperson"))
        else:
            name = f"{home.name} {rng.choice(_ORG_WORDS)}"
            kind, role = rng.choice(_ORG_KINDS), None
        actors.append(
            Actor(
                id=f"{slugify(name)}-{i}",
                name=name,
                kind=kind,
                country=home.id,
                role=role,
                aliases=(),
            )
        )
    return actors


def _ranked_actors(rng: random.Random, others: int) -> tuple[list[Actor], list[Actor]]:
    """(every actor in popularity order, the generated ones to add to the store)."""
    bundled = bundled_actors()
    countries = [a for a in bundled if a.kind is ActorKind.COUNTRY] + _territories(54)
    hubs = [a for h in _HUBS for a in countries if a.id == h]
    rest = [a for a in countries if a.id not in _HUBS]
    rng.shuffle(rest)
    countries = hubs + rest
    generated = _people_and_orgs(rng, countries, others)
    tail = rest + [a for a in bundled if a.kind is not ActorKind.COUNTRY] + generated
    rng.shuffle(tail)
    return hubs + tail, [*_territories(54), *generated]


class _Sampler:
    """Draws actors with Zipf weights 1/rank**exponent (rank 1 = the biggest hub)."""

    def __init__(self, actors: list[Actor], exponent: float) -> None:
        self.actors = actors
        self.people = [a for a in actors if a.kind is ActorKind.PERSON]
        self._cum = list(
            itertools.accumulate(1.0 / (r + 1) ** exponent for r in range(len(actors)))
        )

    def draw(self, rng: random.Random) -> Actor:
        return self.actors[bisect.bisect(self._cum, rng.random() * self._cum[-1])]


def _stance(
    rng: random.Random, sampler: _Sampler, doc: Document, offset: int
) -> tuple[Stance, int]:
    """One stance of ``doc`` whose evidence sentence starts at ``offset``; and the next offset."""
    source = sampler.draw(rng)
    target = sampler.draw(rng)
    while target.id == source.id:
        target = sampler.draw(rng)
    stype = StanceType(rng.choices(_TYPE_NAMES, weights=_TYPE_W)[0])
    modality = rng.choices(_MOD_NAMES, weights=_MOD_W)[0]
    claimant = rng.choice(sampler.people).id if modality is Modality.REPORTED else None
    text = f"{source.name} {_VERB_TEXT[stype.value]} {target.name} {rng.choice(_TOPICS)}."
    if modality is Modality.NEGATED:
        text = "It is not true that " + text
    elif modality is Modality.HYPOTHETICAL:
        text = "Officials said it may be that " + text
    roots = stype.info.cameo_roots
    stance = Stance(
        source=source.id,
        target=target.id,
        type=stype,
        modality=modality,
        evidence=Evidence(doc.id, offset, offset + len(text), text),
        date=doc.date,
        attributed_to=claimant,
        confidence=round(rng.uniform(0.55, 1.0), 2),
        origin="synthetic",
        cameo=roots[0] if roots else None,
    )
    return stance, offset + len(text) + 1


_TYPE_NAMES = tuple(_TYPE_WEIGHTS)
_TYPE_W = tuple(_TYPE_WEIGHTS.values())
_MOD_NAMES = tuple(m for m, _ in _MODALITIES)
_MOD_W = tuple(w for _, w in _MODALITIES)


def _document(rng: random.Random, number: int) -> Document:
    day = _EPOCH + dt.timedelta(days=rng.randrange(_DAYS))
    return Document(
        id=f"syn-{number:08d}",
        title=f"Synthetic dispatch {number}",
        publisher=rng.choice(_PUBLISHERS),
        url=f"https://news.example.org/{day.isoformat()}/{number}",
        date=day,
    )


Batch = tuple[list[Actor], list[Document], list[Stance]]


def generate_batches(
    stances: int,
    *,
    seed: int = 7,
    others: int = 10_000,
    exponent: float = 1.0,
    report: GeneratedKG | None = None,
    batch_stances: int = 20_000,
) -> Iterator[Batch]:
    """Stream a synthetic knowledge graph of ``stances`` stances as (actors, documents,
    stances) batches of about ``batch_stances`` stances; the generated actors come in the first.

    Pass ``report`` to collect counts, actor degrees and pair counts as the stream is
    consumed. Same ``seed``, same graph.
    """
    rng = random.Random(seed)
    report = report if report is not None else GeneratedKG()
    ranked, new_actors = _ranked_actors(rng, others)
    sampler = _Sampler(ranked, exponent)
    hubs = {a.id for a in ranked[:30]}  # pairs are counted among these only, to stay small
    report.actors = len(ranked)
    report.quads += sum(1 for _ in rdf.all_quads(new_actors, [], []))
    actors, documents, batch = list(new_actors), [], []
    number = 0
    while report.stances < stances:
        doc = _document(rng, number)
        documents.append(doc)
        report.quads += 4 + sum(1 for v in (doc.publisher, doc.url, doc.date, doc.sha256) if v)
        offset = 0
        for _ in range(min(rng.randint(5, 20), stances - report.stances)):
            stance, offset = _stance(rng, sampler, doc, offset)
            batch.append(stance)
            report.quads += _stance_quads(stance)
            report.degree[stance.source] += 1
            report.degree[stance.target] += 1
            if stance.source in hubs and stance.target in hubs:
                report.pairs[(stance.source, stance.target)] += 1
            report.stances += 1
        report.documents += 1
        number += 1
        if len(batch) >= batch_stances:
            yield actors, documents, batch
            actors, documents, batch = [], [], []
    if actors or documents or batch:
        yield actors, documents, batch


def _stance_quads(s: Stance) -> int:
    """How many quads ``rdf.stance_quads`` writes for a stance (tested against it)."""
    optional = (s.goldstein, s.evidence.text, s.date, s.attributed_to, s.cameo, s.summary)
    spans = 2 if s.evidence.start is not None else 0
    return 8 + spans + sum(1 for v in optional if v is not None) + int(s.modality.factual)


def generate(
    stances: int, *, seed: int = 7, report: GeneratedKG | None = None
) -> Iterator[ox.Quad]:
    """The same graph as :func:`generate_batches`, as a stream of quads."""
    for actors, documents, batch in generate_batches(stances, seed=seed, report=report):
        yield from rdf.all_quads(actors, documents, batch)


def write_store(path: Path, stances: int, *, seed: int = 7) -> tuple[GeneratedKG, float]:
    """Create the store at ``path`` (bootstrapped with the bundled data), bulk-load a
    synthetic graph into it with ``Store.add_batches`` and write ``generated.json`` beside it;
    (report, load seconds). The load time is graphkb's part only (N-Quads, Oxigraph, stance
    index); the generator's own time is reported beside it as ``generate_seconds``."""
    report = GeneratedKG()
    batches = _Timed(generate_batches(stances, seed=seed, report=report))
    with Store.open(path, read_only=False) as store:
        start = time.perf_counter()
        store.add_batches(batches)
        store.oxigraph.flush()
        if store.index is not None:
            store.index.optimize()
        seconds = time.perf_counter() - start - batches.seconds
    summary = {
        **report.summary(),
        "seed": seed,
        "load_seconds": round(seconds, 2),
        "generate_seconds": round(batches.seconds, 2),
    }
    summary["load_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    path.with_name(path.name + ".generated.json").write_text(json.dumps(summary, indent=1))
    return report, seconds


def write_bare(path: Path, stances: int, *, seed: int = 7) -> float:
    """The load floor: the same N-Quads text ``Store.add_batches`` makes, fed the same way (a
    worker thread running Oxigraph's bulk loader on each batch) into a bare pyoxigraph store
    at ``path``, with no bundled data and no stance index. Returns the seconds spent outside
    the generator, comparable with :func:`write_store`'s load time."""
    import queue
    import threading

    chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=4)
    store = ox.Store(str(path))

    def load() -> None:
        for chunk in iter(chunks.get, None):
            store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS, lenient=True)

    start = time.perf_counter()
    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    batches = _Timed(generate_batches(stances, seed=seed))
    for batch in batches:
        chunks.put("".join(rdf.nquads_lines(*batch)).encode())
    chunks.put(None)
    worker.join()
    store.flush()
    return time.perf_counter() - start - batches.seconds


class _Timed:
    """Batches from a generator, with ``seconds`` the time spent making them (so the time of
    the load that consumes them can be told apart)."""

    def __init__(self, batches: Iterator[Batch]) -> None:
        self._batches = batches
        self.seconds = 0.0

    def __iter__(self) -> Iterator[Batch]:
        while True:
            start = time.perf_counter()
            batch = next(self._batches, None)
            self.seconds += time.perf_counter() - start
            if batch is None:
                return
            yield batch


def write_nquads(folder: Path, stances: int, *, seed: int = 7) -> GeneratedKG:
    """Write the synthetic graph as ``folder/stances.nq`` (without the bundled data)."""
    folder.mkdir(parents=True, exist_ok=True)
    report = GeneratedKG()
    with (folder / "stances.nq").open("wb") as out:
        ox.serialize(generate(stances, seed=seed, report=report), out, ox.RdfFormat.N_QUADS)
    (folder / "generated.json").write_text(json.dumps(report.summary(), indent=1))
    return report


def main(argv: list[str] | None = None) -> None:
    """CLI: ``--stances N --seed S`` and ``--out DIR`` (N-Quads) or ``--store PATH``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stances", type=int, required=True)
    parser.add_argument("--seed", type=int, default=7)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", type=Path, help="write DIR/stances.nq")
    where.add_argument("--store", type=Path, help="bulk-load into the graphkb store at PATH")
    args = parser.parse_args(argv)
    if args.store:
        report, seconds = write_store(args.store, args.stances, seed=args.seed)
        print(f"loaded {report.stances:,} stances ({report.quads:,} quads) in {seconds:.1f} s")
    else:
        report = write_nquads(args.out, args.stances, seed=args.seed)
        print(f"wrote {report.stances:,} stances ({report.quads:,} quads) to {args.out}")
    print(json.dumps(report.summary()))


if __name__ == "__main__":
    main()
