"""The sentences that say what a delete or a merge takes along, counted and translated.

Counts use Qt's plural forms (``%n`` with a number): each catalogue gives its language's
forms. English has no catalogue (it is the source language), so ``counted`` picks the
English singular itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from lagdesk.core.stakeholders import register as sh
from lagdesk.i18n import TextContext, translate
from lagdesk.ui.common.text import counted, join_list

# The context of the counted texts below (see ``TextContext``).
Stakeholders = TextContext("Stakeholders")


def total_impact(impacts: Iterable[sh.DeleteImpact]) -> sh.DeleteImpact:
    found = list(impacts)
    sums = {
        f.name: sum(getattr(impact, f.name) for impact in found) for f in fields(sh.DeleteImpact)
    }
    return sh.DeleteImpact(**sums)


def _meetings(n: int) -> str:
    return counted(
        Stakeholders.tr("attendance at %n meetings", "", n),
        n,
        "attendance at 1 meeting",
    )


def _memberships(n: int) -> str:
    return counted(Stakeholders.tr("%n group memberships", "", n), n, "1 group membership")


def _consents(n: int) -> str:
    return counted(Stakeholders.tr("%n consent records", "", n), n, "1 consent record")


def _assessments(n: int) -> str:
    return counted(
        Stakeholders.tr("%n power/interest assessments", "", n),
        n,
        "1 power/interest assessment",
    )


def _partnerships(n: int) -> str:
    text = Stakeholders.tr("%n action partnerships", "", n)
    return counted(text, n, "1 action partnership")


def person_deletes(impact: sh.DeleteImpact) -> list[str]:
    """What goes with a person: attendance, memberships, consents, assessments."""
    parts = []
    if impact.attendance:
        parts.append(_meetings(impact.attendance))
    if impact.memberships:
        parts.append(_memberships(impact.memberships))
    if impact.consents:
        parts.append(_consents(impact.consents))
    if impact.assessments:
        parts.append(_assessments(impact.assessments))
    return parts


def person_unlinks(impact: sh.DeleteImpact) -> list[str]:
    """What a person was responsible for."""
    parts = []
    if n := impact.tasks_owned:
        parts.append(counted(Stakeholders.tr("%n tasks", "", n), n, "1 task"))
    if n := impact.actions_responsible:
        parts.append(counted(Stakeholders.tr("%n actions", "", n), n, "1 action"))
    if n := impact.risks_owned:
        parts.append(counted(Stakeholders.tr("%n risks", "", n), n, "1 risk"))
    if n := impact.indicators_owned:
        parts.append(counted(Stakeholders.tr("%n indicators", "", n), n, "1 indicator"))
    return parts


def person_delete_question(name: str, count: int, impact: sh.DeleteImpact) -> str:
    """ "Delete Anna Nowak? Their attendance at 7 meetings, ... go with them." """
    if count == 1:
        sentences = [translate("Stakeholders", "Delete {name}?").format(name=name)]
    else:
        sentences = [Stakeholders.tr("Delete these %n people?", "", count)]
    deleted = person_deletes(impact)
    if deleted:
        text = (
            translate("Stakeholders", "Their {things} go with them.")
            if count == 1
            else translate("Stakeholders", "Their {things} go with them.", "several people")
        )
        sentences.append(text.format(things=join_list(deleted)))
    unlinked = person_unlinks(impact)
    if unlinked:
        text = translate("Stakeholders", "{things} will have no one responsible.")
        sentences.append(text.format(things=_capitalised(join_list(unlinked))))
    sentences.append(translate("Stakeholders", "You can undo this with Edit > Undo."))
    return " ".join(sentences)


def organisation_delete_question(name: str, count: int, impact: sh.DeleteImpact) -> str:
    if count == 1:
        sentences = [translate("Stakeholders", "Delete the organisation {name}?").format(name=name)]
    else:
        sentences = [Stakeholders.tr("Delete these %n organisations?", "", count)]
    if n := impact.people:
        text = Stakeholders.tr("%n people who work there stay, without an organisation.", "", n)
        one = "1 person who works there stays, without an organisation."
        sentences.append(counted(text, n, one))
    deleted = []
    if impact.memberships:
        deleted.append(_memberships(impact.memberships))
    if impact.assessments:
        deleted.append(_assessments(impact.assessments))
    if n := impact.action_partnerships:
        deleted.append(_partnerships(n))
    if deleted:
        text = translate("Stakeholders", "Its {things} go with it.")
        sentences.append(text.format(things=join_list(deleted)))
    if n := impact.actions_responsible:
        text = Stakeholders.tr("%n actions will have no lead organisation.", "", n)
        sentences.append(counted(text, n, "1 action will have no lead organisation."))
    sentences.append(translate("Stakeholders", "You can undo this with Edit > Undo."))
    return " ".join(sentences)


def group_delete_question(name: str, impact: sh.GroupDeleteImpact) -> str:
    """ "Delete the group X? Its 9 memberships go with it. ..." """
    sentences = [translate("Stakeholders", "Delete the group {name}?").format(name=name)]
    if n := impact.memberships:
        text = Stakeholders.tr("Its %n memberships go with it.", "", n)
        sentences.append(counted(text, n, "Its 1 membership goes with it."))
    if n := impact.invitations:
        text = Stakeholders.tr("Its invitations to %n meetings go with it.", "", n)
        sentences.append(counted(text, n, "Its invitation to 1 meeting goes with it."))
    if n := impact.subgroups:
        text = Stakeholders.tr("Its %n subgroups become top-level groups.", "", n)
        sentences.append(counted(text, n, "Its 1 subgroup becomes a top-level group."))
    sentences.append(translate("Stakeholders", "You can undo this with Edit > Undo."))
    return " ".join(sentences)


def merge_moves(kind: str, impact: sh.DeleteImpact) -> str:
    """What moves from the record that goes to the one that is kept."""
    if kind == "person":
        parts = person_deletes(impact) + person_unlinks(impact)
    else:
        parts = []
        if n := impact.people:
            parts.append(counted(Stakeholders.tr("%n people", "", n), n, "1 person"))
        if impact.memberships:
            parts.append(_memberships(impact.memberships))
        if impact.assessments:
            parts.append(_assessments(impact.assessments))
        if n := impact.actions_responsible:
            text = Stakeholders.tr("the lead of %n actions", "", n)
            parts.append(counted(text, n, "the lead of 1 action"))
        if n := impact.action_partnerships:
            parts.append(_partnerships(n))
    if not parts:
        return translate("Stakeholders", "Nothing else refers to it.")
    return translate("Stakeholders", "Moves to the record you keep: {things}.").format(
        things=join_list(parts)
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
