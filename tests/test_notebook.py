"""The walkthrough notebook runs top to bottom (docs cannot drift)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).parent.parent / "notebooks").glob("*.ipynb"))


@pytest.mark.notebook
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every cell runs without error and the graph cell produces HTML."""
    monkeypatch.setenv("GRAPHKB_STORE", str(tmp_path / "store"))
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("text/html" in o.get("data", {}) for o in outputs)
    assert any("image/svg+xml" in o.get("data", {}) for o in outputs)  # the timeline plot


def test_the_stored_notebook_shows_a_correction_and_a_timeline() -> None:
    """The walkthrough is kept with its outputs: the retraction's effect on Pakistan's score
    and the US-China timeline plot are there to read without running it."""
    notebook = nbformat.read(NOTEBOOKS[0], as_version=4)
    texts, plots = [], 0
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            texts.append(str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", "")))
            plots += "plot_timeline" in cell.source and "image/svg+xml" in out.get("data", {})
    assert any("retracted: PAK ACCUSE USA" in t for t in texts)
    assert any("('2025-04', 'CHN', 'USA', {" in t and "'SANCTION': 1" in t for t in texts)
    assert plots == 1


def test_there_is_a_walkthrough() -> None:
    """notebooks/ holds the walkthrough."""
    assert [p.name for p in NOTEBOOKS] == ["walkthrough.ipynb"]
