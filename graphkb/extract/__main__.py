"""``python -m graphkb.extract FILE [FILE...]`` (``-`` for stdin): stances as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from graphkb._exceptions import GraphkbError
from graphkb.actors import Gazetteer
from graphkb.extract import Extractor, to_jsonl_record
from graphkb.model import slugify


def main(argv: list[str] | None = None) -> int:
    """Print one JSON object per stance found in each file."""
    parser = argparse.ArgumentParser(prog="python -m graphkb.extract", description=__doc__)
    parser.add_argument("files", nargs="+", help="article text files, or - for stdin")
    args = parser.parse_args(argv)
    try:
        extractor = Extractor(Gazetteer.bundled())
        for name in args.files:
            if name == "-":
                text, doc_id = sys.stdin.read(), "stdin"
            else:
                path = Path(name)
                text, doc_id = path.read_text(encoding="utf-8"), slugify(path.stem) or "doc"
            result = extractor.extract(text, document_id=doc_id)
            actors = {a.id: a for a in result.actors}
            for stance in result.stances:
                print(json.dumps(to_jsonl_record(stance, actors), ensure_ascii=False))
    except (GraphkbError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
