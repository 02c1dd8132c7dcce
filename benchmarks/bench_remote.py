"""graphkb against real SPARQL servers (the Oxigraph server and Virtuoso 7, each started on
127.0.0.1 in a temporary folder, as the tests start them).

Load: N synthetic stances (``generate_kg``) written with ``EndpointStore.add_batches``, through
the SPARQL 1.1 Graph Store protocol (one POST per named graph); the baseline, measured in the
same run on a second fresh server of the same kind, is the same batches as ``INSERT DATA``
updates of 5,000 quads (what graphkb sent before).

Queries: on a store of ``--query-stances`` stances, every query command as a whole process
(``graphkb --endpoint URL ...``), and ``validate``; the embedded store's time for the same
command on the same data is printed beside it. With ``--pyshacl``, also the former ``validate``
(pyshacl over the embedded store's N-Triples, in this process) as the baseline of validate.

Run: PYTHONPATH=. python benchmarks/bench_remote.py --load-stances 100000 --query-stances 12000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from generate_kg import generate_batches  # noqa: E402

from graphkb.remote import EndpointStore  # noqa: E402
from graphkb.store import Store  # noqa: E402
from tests.sparql_servers import SERVERS  # noqa: E402

COMMANDS = [
    ["who-opposes", "US"],
    ["who-opposes", "US", "--roll-up"],
    ["who-supports", "US"],
    ["two-hop", "US"],
    ["relations", "US", "CHN"],
    ["path", "US", "PAK"],
    ["actor", "PAK"],
    ["stances", "--source", "PAK", "--target", "US"],
    ["stats"],
    ["validate"],
]


def _load(url: str, stances: int, *, graph_store: bool) -> float:
    store = EndpointStore.connect(url, read_only=False)
    if not graph_store:
        store._graph_store = ""  # the INSERT DATA baseline
    start = time.perf_counter()
    store.add_batches(generate_batches(stances, seed=7, batch_stances=10_000))
    return time.perf_counter() - start


def _timed(args: list[str], root: Path = ROOT) -> tuple[float, int]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    done = subprocess.run(
        ["graphkb", *args], capture_output=True, env=env, timeout=600, check=False
    )
    return time.perf_counter() - start, done.returncode


def _pyshacl(store: Store) -> float:
    """The former validate: pyshacl over the store's data parsed by rdflib, in seconds."""
    import pyoxigraph as ox
    import rdflib
    from pyshacl import validate

    from graphkb.shacl import shapes_path

    start = time.perf_counter()
    data = rdflib.Graph().parse(data=store.dump(ox.RdfFormat.N_TRIPLES), format="nt")
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    validate(data, shacl_graph=shapes, inference="none", advanced=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--load-stances", type=int, default=100_000)
    parser.add_argument("--query-stances", type=int, default=12_000)
    parser.add_argument("--servers", default="oxigraph,virtuoso")
    parser.add_argument("--no-validate", action="store_true", help="Leave validate out.")
    parser.add_argument(
        "--pyshacl", action="store_true", help="Time the former validate (pyshacl) as well."
    )
    parser.add_argument(
        "--before",
        type=Path,
        metavar="DIR",
        help="Also time each remote command with graphkb's code from DIR (e.g. an older "
        "commit's tree from git archive), the baseline of a change.",
    )
    args = parser.parse_args()
    for kind in args.servers.split(","):
        if args.load_stances:
            with tempfile.TemporaryDirectory() as a, SERVERS[kind](Path(a)) as url:
                gsp = _load(url, args.load_stances, graph_store=True)
            with tempfile.TemporaryDirectory() as b, SERVERS[kind](Path(b)) as url:
                updates = _load(url, args.load_stances, graph_store=False)
            print(
                f"{kind}: load {args.load_stances:,} stances: Graph Store {gsp:.1f} s, "
                f"INSERT DATA {updates:.1f} s (x{updates / gsp:.1f})",
                flush=True,
            )
        if not args.query_stances:
            continue
        with tempfile.TemporaryDirectory() as folder, SERVERS[kind](Path(folder)) as url:
            _load(url, args.query_stances, graph_store=True)
            local = Path(folder) / "embedded"
            embedded = Store.open(local, read_only=False)
            embedded.add_batches(generate_batches(args.query_stances, seed=7))
            if args.pyshacl:
                print(
                    f"{kind}: {_pyshacl(embedded):.1f} s: validate as before (pyshacl)", flush=True
                )
            embedded.close()
            for command in COMMANDS[:-1] if args.no_validate else COMMANDS:
                _timed(["--endpoint", url, *command])  # warm the server's caches
                remote, code = _timed(["--endpoint", url, *command])
                here, _ = _timed(["--store", str(local), *command])
                before = ""
                if args.before is not None and command[0] != "validate":  # see --pyshacl
                    _timed(["--endpoint", url, *command], args.before)  # its bytecode, warm
                    then, _ = _timed(["--endpoint", url, *command], args.before)
                    before = f", before {then:5.2f} s"
                limit = 10.0 if command[0] == "validate" else 2.0
                verdict = "ok" if remote <= limit and code in (0, 1) else "OVER"
                print(
                    f"{kind}: {' '.join(command):32} {remote:6.2f} s (embedded {here:5.2f} s"
                    f"{before}, limit {limit:g} s, exit {code}) {verdict}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
