"""The dry-run bench row compares like with like: both sides import the same generated file
into an empty file, and the dry run leaves its copy as empty as it found it (checked on a
small file, not the 10,000 rows the row times)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks import import_dry_run as bench


@pytest.fixture
def small_bench(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(bench, "PEOPLE", 40)
    monkeypatch.setattr(bench, "FOLDER", tmp_path / "bench")
    bench._inputs.cache_clear()
    yield
    bench._inputs.cache_clear()


def people(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])


def test_both_sides_import_every_row_and_only_the_floor_keeps_them(small_bench: None) -> None:
    bench.check_same_counts()
    assert people(bench.FOLDER / "dry-run.sqlite") == 0
    assert people(bench.FOLDER / "written.sqlite") == 40
    lines = (bench.FOLDER / "people-40.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 41


def test_the_check_sees_a_side_that_imports_less(
    small_bench: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = bench._import
    monkeypatch.setattr(bench, "_import", lambda dry_run: real(dry_run) - int(dry_run))
    with pytest.raises(AssertionError, match="dry run 39, import 40"):
        bench.check_same_counts()
