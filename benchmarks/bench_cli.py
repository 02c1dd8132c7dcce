"""Whole-process latency of ``graphkb who-opposes US``, beside ``python -c pass`` (the floor any
Python command pays) and ``python -c "import graphkb"`` measured in the same run, on the
bundled knowledge base and on the 1M-stance store made by ``bench_scale.py``.

Uses hyperfine when it is installed (``apt-get install -y hyperfine``), else its own loop;
prints medians in milliseconds. The working tree's graphkb is used (``python -m graphkb`` with
``PYTHONPATH`` set to the repository), not whatever ``graphkb`` is on PATH.

Run: python benchmarks/bench_cli.py [--runs 15] [--big /tmp/graphkb-bench/s1000000]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = Path(os.environ.get("GRAPHKB_BENCH_DIR", Path(tempfile.gettempdir()) / "graphkb-bench"))
BUNDLED = BENCH_DIR / "bundled"
BIG = BENCH_DIR / "s1000000"
TARGETS_MS = {"bundled": 250.0, "1M": 500.0}


def _env() -> dict[str, str]:
    # Bytecode caches on, as on any normal install (this sandbox sets PYTHONDONTWRITEBYTECODE,
    # which would make every run recompile graphkb's modules); the warm-up run writes them.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GRAPHKB_STORE": ""}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _commands(big: Path | None) -> dict[str, list[str]]:
    """Label -> argv, baselines first."""
    py = sys.executable
    commands = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import graphkb'": [py, "-c", "import graphkb"],
        "who-opposes US (bundled)": [
            py,
            "-m",
            "graphkb",
            "--store",
            str(BUNDLED),
            "who-opposes",
            "US",
        ],
    }
    if big is not None and big.exists():
        commands["who-opposes US (1M)"] = [
            py,
            "-m",
            "graphkb",
            "--store",
            str(big),
            "who-opposes",
            "US",
        ]
    return commands


def _ensure_bundled() -> None:
    """Create the bundled store once (the first open loads the vocabulary, gazetteer, seed)."""
    if not (BUNDLED / ".graphkb-ready").is_file():
        argv = [sys.executable, "-m", "graphkb", "--store", str(BUNDLED), "stats"]
        subprocess.run(argv, check=True, capture_output=True, env=_env())


def _loop_median(argv: list[str], runs: int) -> float:
    """Median wall milliseconds of ``runs`` runs after one warm-up."""
    subprocess.run(argv, check=True, capture_output=True, env=_env())
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True, env=_env())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _hyperfine_median(argv: list[str], runs: int) -> float:
    """Median wall milliseconds as hyperfine measures it (no shell, 2 warm-ups)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        cmd = ["hyperfine", "-N", "--warmup", "2", "--runs", str(runs), "--export-json", out.name]
        subprocess.run([*cmd, shlex.join(argv)], check=True, capture_output=True, env=_env())
        result = json.loads(Path(out.name).read_text())["results"][0]
    return float(result["median"]) * 1000


def _verdict(median: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"  target <= {target:.0f} ms: {'met' if median <= target else 'MISSED'}"


def main(argv: list[str] | None = None) -> None:
    """Measure each command and print medians beside the ``python -c pass`` floor."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--big", type=Path, default=BIG)
    parser.add_argument("--big-runs", type=int, default=3, help="runs on the 1M store (slow)")
    parser.add_argument("--no-hyperfine", action="store_true")
    args = parser.parse_args(argv)
    _ensure_bundled()
    use_hf = shutil.which("hyperfine") is not None and not args.no_hyperfine
    measure = _hyperfine_median if use_hf else _loop_median
    print(f"timer: {'hyperfine' if use_hf else 'subprocess loop'}, {args.runs} runs, median ms")
    floor = 0.0
    for label, command in _commands(args.big).items():
        median = measure(command, args.big_runs if "(1M)" in label else args.runs)
        floor = floor or median
        target = next((t for k, t in TARGETS_MS.items() if f"({k})" in label), None)
        print(
            f"{label:<30}{median:>9.1f} ms  {median / floor:>5.1f}x floor{_verdict(median, target)}"
        )


if __name__ == "__main__":
    main()
