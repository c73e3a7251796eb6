"""The long version of the fault-injection suite (`make soak`): many rounds of each fault,
with random timings and places, and the counts printed at the end.

    python tests/faults/soak.py [--rounds N] [--seed S]

Exit status 1 when any round lost data, left a damaged or half-written file, or printed a
traceback. A full disk needs root (a tmpfs mount); without it that part is skipped, said so.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faultkit import count, damage_pages, fill, lagdesk, mount, unmount
from test_faults_kill import ORGANISATIONS, ROWS, kill_import_after, people_file

from lagdesk.core.support.maintenance import check
from lagdesk.db.errors import DatabaseFileError

EXPORTS = (
    ("report", "report.xlsx"),
    ("plan", "plan.xlsx"),
    ("stakeholders", "people.xlsx"),
    ("iap", "iap.docx"),
    ("iap", "iap.pdf"),
    ("iap", "iap.html"),
    ("calendar", "meetings.ics"),
    ("charts", "charts"),
)

WAL_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from lagdesk.core import network
    from lagdesk.core.support import records as r
    from lagdesk.db.codes import PartnerRole
    from lagdesk.db.database import open_database

    database = open_database(sys.argv[1])
    made = network.ensure_network(database)
    for number in range(int(sys.argv[3])):
        network.save_partner(database, r.Partner(
            network_id=made.id, name=f"Partner {number}", country="PL",
            role=PartnerRole.PARTNER))
        if number == int(sys.argv[2]):
            os.remove(sys.argv[1] + "-wal")
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def plain(done: subprocess.CompletedProcess[str]) -> bool:
    """No traceback, no "unexpected error", at most one line on stderr."""
    text = done.stderr
    return (
        "Traceback" not in text
        and "unexpected error" not in text
        and "Exception ignored" not in text
        and len(text.strip().splitlines()) <= 1
    )


def soak_kills(demo: Path, work: Path, rounds: int, rng: random.Random, tally: Counter) -> None:
    people = people_file(work)
    for _ in range(rounds):
        database = work / "kill.sqlite"
        shutil.copy(demo, database)
        before = count(database, "person"), count(database, "organisation")
        code = kill_import_after(database, people, rng.uniform(0.05, 4.0))
        tally["kill: runs"] += 1
        tally["kill: killed" if code is None else f"kill: finished (exit {code})"] += 1
        report = check(database)
        after = count(database, "person"), count(database, "organisation")
        if not report.sound:
            tally["kill: FAILED, damaged"] += 1
        elif after == before:
            tally["kill: file as before"] += 1
        elif after == (before[0] + ROWS, before[1] + ORGANISATIONS):
            tally["kill: file as after"] += 1
        else:
            tally["kill: FAILED, half written"] += 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)


def soak_full_disk(demo: Path, work: Path, rounds: int, rng: random.Random, tally: Counter) -> None:
    disk = work / "disk"
    disk.mkdir()
    refused = mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk))
    if refused:
        print(f"full disk: skipped ({refused})")
        return
    try:
        for _ in range(rounds):
            subject, name = rng.choice(EXPORTS)
            for path in disk.iterdir():
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            fill(disk, leave_bytes=rng.randrange(1024, 400 * 1024))
            out = disk / name
            done = lagdesk("--db", str(demo), "export", subject, "--out", str(out))
            tally["full disk: exports"] += 1
            left = sorted(path.name for path in disk.iterdir())
            if not plain(done):
                tally["full disk: FAILED, traceback"] += 1
            elif done.returncode == 0:
                tally["full disk: written whole"] += 1
                if name not in left:
                    tally["full disk: FAILED, success without a file"] += 1
            elif left == ["filler"]:
                tally["full disk: refused, nothing left"] += 1
            else:
                tally["full disk: FAILED, partial file left"] += 1
    finally:
        unmount(disk)


def soak_damage(demo: Path, work: Path, rounds: int, rng: random.Random, tally: Counter) -> None:
    pages = demo.stat().st_size // 4096
    for _ in range(rounds):
        damaged = work / "damaged.sqlite"
        shutil.copy(demo, damaged)
        chosen = rng.sample(range(1, pages + 1), rng.randint(1, 4))
        damage_pages(damaged, chosen, seed=rng.randrange(1 << 30))
        tally["damage: files"] += 1
        checked = lagdesk("check", "--db", str(damaged))
        listed = lagdesk("list", "people", "--db", str(damaged))
        if not (plain(checked) and plain(listed)):
            tally["damage: FAILED, traceback"] += 1
            continue
        if checked.returncode == 0:
            tally["damage: check sound (damage in free or unread space)"] += 1
        else:
            tally["damage: check reports it"] += 1
        tally[f"damage: list exit {listed.returncode}"] += 1
        with contextlib.suppress(DatabaseFileError):
            check(damaged)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{damaged}{suffix}").unlink(missing_ok=True)


def soak_wal(work: Path, rounds: int, rng: random.Random, tally: Counter) -> None:
    for _ in range(rounds):
        path = work / "wal.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "lagdesk", "demo", "--db", str(path)],
            check=True,
            capture_output=True,
        )
        before = count(path, "partner")
        total = rng.randint(5, 200)
        at = rng.randrange(total)
        done = subprocess.run(
            [sys.executable, "-c", WAL_WRITER, str(path), str(at), str(total)],
            capture_output=True,
            text=True,
            check=False,
        )
        tally["deleted -wal: crashes"] += 1
        if done.returncode != -signal.SIGKILL:
            tally["deleted -wal: FAILED, writer did not run"] += 1
            continue
        lost = before + total - count(path, "partner")
        tally["deleted -wal: partners written"] += total
        tally["deleted -wal: partners lost"] += lost
        if lost or not check(path).sound:
            tally["deleted -wal: FAILED"] += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--seed", type=int, default=15)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    tally: Counter[str] = Counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="lagdesk-soak-") as folder:
        work = Path(folder)
        os.environ["LAGDESK_DATA_DIR"] = str(work / "data")
        demo = work / "demo.sqlite"
        subprocess.run(
            [sys.executable, "-m", "lagdesk", "demo", "--db", str(demo)],
            check=True,
            capture_output=True,
        )
        soak_kills(demo, work, options.rounds, rng, tally)
        soak_full_disk(demo, work, options.rounds * 2, rng, tally)
        soak_damage(demo, work, options.rounds * 2, rng, tally)
        soak_wal(work, options.rounds, rng, tally)
    width = max(len(key) for key in tally)
    for key in sorted(tally):
        print(f"{key:<{width}}  {tally[key]}")
    failed = sum(number for key, number in tally.items() if "FAILED" in key)
    print("soak: " + ("all rounds kept the data" if not failed else f"{failed} FAILED rounds"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
