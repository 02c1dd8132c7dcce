"""The talks article (``articles/saudi-iran-beijing-talks.txt``) with the Saudi minister
introduced by his office alone ("His Saudi counterpart said ..."): its later "Al-Mutairi" is
then a person of no known country, the case the roll-up note and edit-actor tests need. With
his full name first, the extractor links "Al-Mutairi" to him and gives him Saudi Arabia."""

from __future__ import annotations

from pathlib import Path

TALKS = Path(__file__).resolve().parent / "articles" / "saudi-iran-beijing-talks.txt"
_NAMED = ", Adel al-Mutairi,"


def unnamed_counterpart_text() -> str:
    """The article's text without the minister's full name."""
    text = TALKS.read_text(encoding="utf-8")
    assert _NAMED in text, "the talks article no longer names the Saudi minister"
    return text.replace(_NAMED, "", 1)


def unnamed_counterpart_file(folder: Path) -> Path:
    """That text written to ``folder`` under the article's file name."""
    path = folder / TALKS.name
    path.write_text(unnamed_counterpart_text(), encoding="utf-8")
    return path
