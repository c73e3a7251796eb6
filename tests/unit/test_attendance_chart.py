"""The attendance-by-sector chart: a plain Figure, one stacked bar container per sector."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date

from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from lagdesk.core.meetings.participation import MeetingParticipation
from lagdesk.db.codes import MeetingType, Sector
from lagdesk.reports.charts.attendance import A4_SIZE, attendance_by_sector_figure

PUBLIC, PRIVATE, CIVIC, KNOWLEDGE = Sector.PUBLIC, Sector.PRIVATE, Sector.CIVIC, Sector.KNOWLEDGE


def meeting(number: int, by_sector: dict[Sector | None, int]) -> MeetingParticipation:
    total = sum(by_sector.values())
    return MeetingParticipation(
        id=number,
        date=date(2024, number, 10),
        title=f"Meeting {number}",
        type=MeetingType.LOCAL_GROUP_MEETING,
        invited=total,
        attended=total,
        walk_ins=0,
        anonymous=0,
        by_sector=by_sector,
    )


ROWS = [
    meeting(1, {PUBLIC: 4, CIVIC: 1, PRIVATE: 1, None: 1}),
    meeting(2, {PUBLIC: 1, None: 1, CIVIC: 1}),
    meeting(3, {None: 1, CIVIC: 3}),
    meeting(4, {PUBLIC: 1}),
    meeting(5, {KNOWLEDGE: 2}),
]


def bars(figure: Figure) -> list[BarContainer]:
    (axes,) = figure.axes
    return [c for c in axes.containers if isinstance(c, BarContainer)]


def test_one_container_per_sector_with_the_counts() -> None:
    figure = attendance_by_sector_figure(ROWS)
    assert isinstance(figure, Figure)
    containers = bars(figure)
    sectors: list[Sector | None] = [PUBLIC, PRIVATE, CIVIC, KNOWLEDGE, None]
    assert [c.get_label() for c in containers] == [
        "Public",
        "Private",
        "Civic",
        "Knowledge",
        "No sector",
    ]
    for sector, container in zip(sectors, containers, strict=True):
        heights = [patch.get_height() for patch in container.patches]
        assert heights == [row.by_sector.get(sector, 0) for row in ROWS]
    # Stacked: each bar's top is the meeting's total.
    tops = [
        max(patch.get_y() + patch.get_height() for c in containers for patch in [c.patches[i]])
        for i in range(len(ROWS))
    ]
    assert tops == [7, 3, 4, 1, 2]
    # Colours differ between sectors.
    colours = {tuple(c.patches[0].get_facecolor()) for c in containers}
    assert len(colours) == len(containers)


def test_no_sector_bar_only_when_someone_has_none() -> None:
    figure = attendance_by_sector_figure([meeting(1, {PUBLIC: 2}), meeting(2, {CIVIC: 1})])
    assert [c.get_label() for c in bars(figure)] == ["Public", "Private", "Civic", "Knowledge"]
    assert [p.get_height() for p in bars(figure)[0].patches] == [2, 0]


def test_dates_label_the_bars_rotated_and_a4_wide() -> None:
    figure = attendance_by_sector_figure(ROWS)
    (axes,) = figure.axes
    labels = [text.get_text() for text in axes.get_xticklabels()]
    assert labels == [f"2024-0{n}-10" for n in range(1, 6)]
    assert all(text.get_rotation() == 45 for text in axes.get_xticklabels())
    assert tuple(figure.get_size_inches()) == A4_SIZE
    assert A4_SIZE[0] <= 6.5
    figure.savefig(io.BytesIO(), format="png")  # lays out and draws without error


def test_many_meetings_thin_out_the_date_labels() -> None:
    rows = [meeting(1 + n % 12, {PUBLIC: n % 4}) for n in range(60)]
    figure = attendance_by_sector_figure(rows)
    (axes,) = figure.axes
    assert len(axes.get_xticklabels()) <= 24
    assert [len(c.patches) for c in bars(figure)] == [60] * 4
    figure.savefig(io.BytesIO(), format="png")


def test_empty_figure_says_so() -> None:
    figure = attendance_by_sector_figure([])
    (axes,) = figure.axes
    assert bars(figure) == []
    assert [text.get_text() for text in axes.texts] == ["No meetings to show"]
    figure.savefig(io.BytesIO(), format="png")


def test_building_the_chart_does_not_import_pyplot() -> None:
    code = (
        "import sys, datetime\n"
        "from lagdesk.core.meetings.participation import MeetingParticipation\n"
        "from lagdesk.db.codes import MeetingType, Sector\n"
        "from lagdesk.reports.charts.attendance import attendance_by_sector_figure\n"
        "row = MeetingParticipation(1, datetime.date(2024, 1, 1), 'M', MeetingType.OTHER,"
        " 1, 1, 0, 0, {Sector.PUBLIC: 1})\n"
        "figure = attendance_by_sector_figure([row])\n"
        "import io; figure.savefig(io.BytesIO(), format='png')\n"
        "assert type(figure).__name__ == 'Figure'\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
