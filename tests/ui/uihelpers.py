"""Helpers of the UI tests: a recorder standing in for modal dialogs, a sample network."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from lagdesk.core import network
from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db.codes import PartnerRole, Programme
from lagdesk.ui.common import dialogs
from lagdesk.ui.shell.main_window import MainWindow


@dataclass
class FakeDialogs:
    """Records what would have been shown; answers from queues a test fills."""

    errors: list[tuple[str, str]] = field(default_factory=list)
    informations: list[tuple[str, str]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    abouts: list[str] = field(default_factory=list)
    crashes: list[Path | None] = field(default_factory=list)
    #: What the file dialogs return, in order; an empty queue means "Cancel".
    paths: deque[Path] = field(default_factory=deque)
    suggested: list[Path] = field(default_factory=list)
    confirm_answer: bool = True
    #: What the multiple-file chooser returns, in order; an empty queue means "Cancel".
    path_lists: deque[list[Path]] = field(default_factory=deque)
    #: "Save changes to …?" asked (title, text), and the answers in order (Discard when
    #: the queue is empty).
    save_questions: list[tuple[str, str]] = field(default_factory=list)
    save_answers: deque[dialogs.Unsaved] = field(default_factory=deque)
    #: Conflicts shown (their rows: label, in the file, yours), and the answers in order
    #: (an empty queue means "Cancel").
    conflicts: list[list[tuple[str, str, str]]] = field(default_factory=list)
    conflict_answers: deque[dialogs.Conflict] = field(default_factory=deque)

    def show_error(self, parent: object, title: str, text: str) -> None:
        self.errors.append((title, text))

    def show_information(self, parent: object, title: str, text: str) -> None:
        self.informations.append((title, text))

    def confirm(self, parent: object, title: str, text: str, action: str) -> bool:
        self.questions.append(text)
        return self.confirm_answer

    def choose_path(self, parent: object, caption: str, suggested: Path, name_filter: str):
        self.suggested.append(suggested)
        return self.paths.popleft() if self.paths else None

    def choose_folder(self, parent: object, caption: str, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.paths.popleft() if self.paths else None

    def choose_paths(
        self, parent: object, caption: str, directory: Path, name_filter: str
    ) -> list[Path]:
        self.suggested.append(directory)
        return self.path_lists.popleft() if self.path_lists else []

    def show_about(self, parent: object, title: str, text: str) -> None:
        self.abouts.append(text)

    def ask_save_changes(self, parent: object, title: str, text: str) -> dialogs.Unsaved:
        self.save_questions.append((title, text))
        return self.save_answers.popleft() if self.save_answers else dialogs.Unsaved.DISCARD

    def resolve_conflict(
        self, parent: object, title: str, fields: list[tuple[str, str, str]]
    ) -> dialogs.Conflict | None:
        self.conflicts.append(fields)
        return self.conflict_answers.popleft() if self.conflict_answers else None

    def show_crash(self, parent: object, log_path: Path | None) -> None:
        self.crashes.append(log_path)


def add_network(window: MainWindow, *, own: bool = True) -> r.Network:
    """GenProcure with two partners (Koszalin ours when ``own``) and a meeting in Umeå."""
    db = window.database
    made = network.save_network(db, r.Network(name="GenProcure", programme=Programme.URBACT_IV))
    assert made.id is not None
    network.save_partner(
        db,
        r.Partner(
            network_id=made.id,
            name="Vila Nova de Famalicão",
            country="PT",
            role=PartnerRole.LEAD_PARTNER,
            cofinancing_rate=80,
        ),
    )
    network.save_partner(
        db,
        r.Partner(
            network_id=made.id, name="Koszalin", country="PL", cofinancing_rate=80, is_own=own
        ),
    )
    umea = network.save_partner(
        db, r.Partner(network_id=made.id, name="Umeå", country="SE", cofinancing_rate=70)
    )
    store.save(
        db,
        r.TransnationalMeeting(
            network_id=made.id,
            host_partner_id=umea.id,
            title="Transnational meeting in Umeå",
            place="Umeå",
            start_date=date(2024, 3, 19),
            end_date=date(2024, 3, 20),
        ),
    )
    return made
