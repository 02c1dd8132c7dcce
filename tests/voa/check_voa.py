"""Check the answer keys for the Voice of America stories (tests/voa/dev, tests/voa/heldout).

The story texts stay in ../shared/corpus/voa; each key is checked against its story with the
same checks as tests/articles/check_keys.py, by pairing the key with its text in a scratch
folder. Usage: python tests/voa/check_voa.py [KEY.json ...]  (default: every key here).
Exit status 0 when every key passes, 1 otherwise.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "voa"
sys.path.insert(0, str(ROOT / "tests" / "articles"))

from check_keys import check_key, load_polarity  # noqa: E402


def main(argv: list[str]) -> int:
    """Check the named keys (or all of them) and print one line per key."""
    keys = [Path(a) for a in argv] or sorted(HERE.glob("*/*.json"))
    polarity = load_polarity(ROOT / "data" / "stance_types.csv")
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for key in keys:
            pair = Path(tmp) / key.name
            shutil.copyfile(key, pair)
            shutil.copyfile(CORPUS / f"{key.stem}.txt", pair.with_suffix(".txt"))
            errors, warnings, _ = check_key(pair, polarity)
            failed += bool(errors)
            print("FAIL" if errors else "ok  ", key, *errors, *(f"warn: {w}" for w in warnings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
