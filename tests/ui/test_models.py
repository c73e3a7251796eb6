"""Every table model passes Qt's model tester, empty and filled."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from lagdesk.core.support import records as r
from lagdesk.db.codes import PartnerRole
from lagdesk.ui.network.models import PartnerTableModel, TransnationalMeetingTableModel

PARTNERS = [
    r.Partner(
        id=1,
        network_id=1,
        name="Vila Nova de Famalicão",
        country="PT",
        role=PartnerRole.LEAD_PARTNER,
        cofinancing_rate=80,
    ),
    r.Partner(
        id=2, network_id=1, name="Koszalin", country="PL", cofinancing_rate=80.5, is_own=True
    ),
    r.Partner(id=3, network_id=1, name="Zenica-Doboj canton", country="BA"),
]


def test_partner_model(qtmodeltester: ModelTester) -> None:
    model = PartnerTableModel()
    qtmodeltester.check(model)
    model.set_records(PARTNERS)
    qtmodeltester.check(model)
    assert model.index(1, PartnerTableModel.Column.COFINANCING).data() == "80.5 %"
    assert model.index(2, PartnerTableModel.Column.COFINANCING).data() == ""
    assert model.index(1, PartnerTableModel.Column.OURS).data() == "Yes"
    assert model.row_of(3) == 2
    assert model.row_of(99) == -1


def test_meeting_model(qtmodeltester: ModelTester) -> None:
    names = {partner.id: partner.name for partner in PARTNERS}
    model = TransnationalMeetingTableModel(lambda pid: names.get(pid, ""))
    qtmodeltester.check(model)
    model.set_records(
        [
            r.TransnationalMeeting(
                id=1,
                network_id=1,
                host_partner_id=1,
                title="Kick-off",
                place="Famalicão",
                start_date=date(2023, 11, 21),
                end_date=date(2023, 11, 22),
            ),
            r.TransnationalMeeting(
                id=2,
                network_id=1,
                title="Webinar",
                start_date=date(2024, 1, 9),
                end_date=date(2024, 1, 9),
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Vila Nova de Famalicão"
    assert model.index(1, 1).data() == ""
    assert model.index(1, 3).data() == "09/01/2024"


def test_headers_are_labels() -> None:
    from PySide6.QtCore import Qt

    model = PartnerTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Country", "Role", "Co-financing", "Our city"]
