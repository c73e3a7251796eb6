"""Readable differences between two snapshots of the plan (``plan_versions.snapshot``).

``compare`` matches items by database id, so a renumbered action is one change of its
code, and lists what was added, removed and changed, kind by kind in code order;
``diff_lines`` turns that into sentences. This module reads no database: comparing stored
versions (``compare_versions``) is in ``lagdesk.core.plan.versions``, which re-exports
everything here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from lagdesk.core.plan.numbering import natural_key
from lagdesk.core.support.labels import has_label, label
from lagdesk.db import codes
from lagdesk.i18n import QT_TRANSLATE_NOOP, translate

__all__ = [
    "EXCERPT",
    "ChangedItem",
    "DiffItem",
    "FieldChange",
    "ItemKind",
    "VersionDiff",
    "compare",
    "diff_lines",
    "kind_name",
]

Json = dict[str, Any]


# --- comparing --------------------------------------------------------------------------


class ItemKind(StrEnum):
    """What a difference is about, in the order a diff lists them."""

    PLAN = "plan"
    OBJECTIVE = "objective"
    ACTION = "action"
    MILESTONE = "milestone"
    FUNDING_LINE = "funding_line"
    RISK = "risk"
    INDICATOR = "indicator"
    INDICATOR_MILESTONE = "indicator_milestone"


_KIND_NAMES = {
    ItemKind.PLAN: QT_TRANSLATE_NOOP("PlanVersions", "Plan"),
    ItemKind.OBJECTIVE: QT_TRANSLATE_NOOP("PlanVersions", "Objectives"),
    ItemKind.ACTION: QT_TRANSLATE_NOOP("PlanVersions", "Actions"),
    ItemKind.MILESTONE: QT_TRANSLATE_NOOP("PlanVersions", "Action milestones"),
    ItemKind.FUNDING_LINE: QT_TRANSLATE_NOOP("PlanVersions", "Funding lines"),
    ItemKind.RISK: QT_TRANSLATE_NOOP("PlanVersions", "Risks"),
    ItemKind.INDICATOR: QT_TRANSLATE_NOOP("PlanVersions", "Indicators"),
    ItemKind.INDICATOR_MILESTONE: QT_TRANSLATE_NOOP("PlanVersions", "Indicator milestones"),
}


def kind_name(kind: ItemKind) -> str:
    """The translated heading for one kind of item (for grouping a diff)."""
    return translate("PlanVersions", _KIND_NAMES[kind])


@dataclass(frozen=True)
class DiffItem:
    """An item added or removed: ``key`` is its database id, ``label`` e.g. "Action 1.2 'X'"."""

    kind: ItemKind
    key: int
    label: str


@dataclass(frozen=True)
class FieldChange:
    """One changed field: ``field`` is the column, ``name`` its readable (translated) name,
    ``old``/``new`` the values as a user reads them (empty for no value)."""

    field: str
    name: str
    old: str
    new: str


@dataclass(frozen=True)
class ChangedItem:
    kind: ItemKind
    key: int
    label: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class VersionDiff:
    """What differs from the old plan to the new one, kind by kind in code order."""

    added: tuple[DiffItem, ...] = ()
    removed: tuple[DiffItem, ...] = ()
    changed: tuple[ChangedItem, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def of_kind(self, kind: ItemKind) -> VersionDiff:
        return VersionDiff(
            tuple(item for item in self.added if item.kind == kind),
            tuple(item for item in self.removed if item.kind == kind),
            tuple(item for item in self.changed if item.kind == kind),
        )


# How a field's value is shown.
def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _grouped(text: str) -> str:
    """Thousands grouped with a space: 1 500.00 reads the same in every language here."""
    return text.replace(",", " ")


def _money(value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        return _grouped(f"{Decimal(str(value)):,.2f}")
    except InvalidOperation:
        return str(value)


def _number(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return _grouped(f"{value:,}")
    try:
        return _grouped(f"{Decimal(repr(value)):,f}")
    except InvalidOperation:
        return str(value)


def _yes_no(value: Any) -> str:
    if value is None:
        return ""
    return translate("PlanVersions", "yes") if value else translate("PlanVersions", "no")


def _listed(value: Any) -> str:
    return ", ".join(str(part) for part in value or ())


def _coded(enum_cls: type[StrEnum]) -> Callable[[Any], str]:
    def shown(value: Any) -> str:
        if value is None:
            return ""
        try:
            code = enum_cls(value)
        except ValueError:
            return str(value)
        return label(code) if has_label(code) else str(value)

    return shown


@dataclass(frozen=True)
class _Field:
    """One compared field: ``key`` is compared, ``shown`` (default ``key``) displayed."""

    key: str
    name: str
    show: Callable[[Any], str] = _text
    shown: str = ""

    def same(self, old: Any, new: Any) -> bool:
        if self.show is _money and old is not None and new is not None:
            try:
                return Decimal(str(old)) == Decimal(str(new))
            except InvalidOperation:
                return bool(old == new)
        return bool(old == new)


_F = _Field
_FIELDS: dict[ItemKind, tuple[_Field, ...]] = {
    ItemKind.PLAN: (
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("city", QT_TRANSLATE_NOOP("PlanVersions", "city")),
        _F("vision", QT_TRANSLATE_NOOP("PlanVersions", "vision")),
        _F("context", QT_TRANSLATE_NOOP("PlanVersions", "context")),
        _F("problem_analysis", QT_TRANSLATE_NOOP("PlanVersions", "problem analysis")),
        _F(
            "transnational_learning",
            QT_TRANSLATE_NOOP("PlanVersions", "transnational learning"),
        ),
    ),
    ItemKind.OBJECTIVE: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("level", QT_TRANSLATE_NOOP("PlanVersions", "level"), _coded(codes.ObjectiveLevel)),
        _F("parent_id", QT_TRANSLATE_NOOP("PlanVersions", "parent objective"), shown="parent_code"),
        _F("description", QT_TRANSLATE_NOOP("PlanVersions", "description")),
    ),
    ItemKind.ACTION: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("objective_id", QT_TRANSLATE_NOOP("PlanVersions", "objective"), shown="objective_code"),
        _F("type", QT_TRANSLATE_NOOP("PlanVersions", "type"), _coded(codes.ActionType)),
        _F("description", QT_TRANSLATE_NOOP("PlanVersions", "description")),
        _F(
            "lead_organisation_id",
            QT_TRANSLATE_NOOP("PlanVersions", "lead organisation"),
            shown="lead_organisation",
        ),
        _F("partner_ids", QT_TRANSLATE_NOOP("PlanVersions", "partners"), _listed, "partners"),
        _F(
            "responsible_person_id",
            QT_TRANSLATE_NOOP("PlanVersions", "responsible person"),
            shown="responsible_person",
        ),
        _F("start_date", QT_TRANSLATE_NOOP("PlanVersions", "start")),
        _F("end_date", QT_TRANSLATE_NOOP("PlanVersions", "end")),
        _F("status", QT_TRANSLATE_NOOP("PlanVersions", "status"), _coded(codes.ActionStatus)),
        _F("progress_percent", QT_TRANSLATE_NOOP("PlanVersions", "progress %"), _number),
        _F("estimated_cost", QT_TRANSLATE_NOOP("PlanVersions", "cost"), _money),
        _F("expected_result", QT_TRANSLATE_NOOP("PlanVersions", "expected result")),
        _F("outputs", QT_TRANSLATE_NOOP("PlanVersions", "outputs")),
        _F(
            "gender_dimension",
            QT_TRANSLATE_NOOP("PlanVersions", "gender dimension"),
            _coded(codes.GenderDimension),
        ),
        _F("tags", QT_TRANSLATE_NOOP("PlanVersions", "tags"), _listed),
        _F(
            "source_decision_id",
            QT_TRANSLATE_NOOP("PlanVersions", "source decision"),
            shown="source_decision",
        ),
    ),
    ItemKind.MILESTONE: (
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("due_on", QT_TRANSLATE_NOOP("PlanVersions", "due")),
        _F("done", QT_TRANSLATE_NOOP("PlanVersions", "done"), _yes_no),
    ),
    ItemKind.FUNDING_LINE: (
        _F("source", QT_TRANSLATE_NOOP("PlanVersions", "source"), _coded(codes.FundingSource)),
        _F("amount", QT_TRANSLATE_NOOP("PlanVersions", "amount"), _money),
        _F("status", QT_TRANSLATE_NOOP("PlanVersions", "status"), _coded(codes.FundingStatus)),
        _F("note", QT_TRANSLATE_NOOP("PlanVersions", "note")),
    ),
    ItemKind.RISK: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("title", QT_TRANSLATE_NOOP("PlanVersions", "title")),
        _F("category", QT_TRANSLATE_NOOP("PlanVersions", "category"), _coded(codes.RiskCategory)),
        _F("description", QT_TRANSLATE_NOOP("PlanVersions", "description")),
        _F("likelihood", QT_TRANSLATE_NOOP("PlanVersions", "likelihood"), _number),
        _F("impact", QT_TRANSLATE_NOOP("PlanVersions", "impact"), _number),
        _F("mitigation", QT_TRANSLATE_NOOP("PlanVersions", "mitigation")),
        _F("owner_person_id", QT_TRANSLATE_NOOP("PlanVersions", "owner"), shown="owner_person"),
        _F("status", QT_TRANSLATE_NOOP("PlanVersions", "status"), _coded(codes.RiskStatus)),
        _F("action_ids", QT_TRANSLATE_NOOP("PlanVersions", "actions"), _listed, "actions"),
    ),
    ItemKind.INDICATOR: (
        _F("code", QT_TRANSLATE_NOOP("PlanVersions", "code")),
        _F("eu_code", QT_TRANSLATE_NOOP("PlanVersions", "EU code")),
        _F("name", QT_TRANSLATE_NOOP("PlanVersions", "name")),
        _F("definition", QT_TRANSLATE_NOOP("PlanVersions", "definition")),
        _F("level", QT_TRANSLATE_NOOP("PlanVersions", "level"), _coded(codes.IndicatorLevel)),
        _F("unit", QT_TRANSLATE_NOOP("PlanVersions", "unit"), _coded(codes.IndicatorUnit)),
        _F("polarity", QT_TRANSLATE_NOOP("PlanVersions", "polarity"), _coded(codes.Polarity)),
        _F(
            "accumulation",
            QT_TRANSLATE_NOOP("PlanVersions", "accumulation"),
            _coded(codes.Accumulation),
        ),
        _F("baseline_value", QT_TRANSLATE_NOOP("PlanVersions", "baseline"), _number),
        _F("baseline_date", QT_TRANSLATE_NOOP("PlanVersions", "baseline date")),
        _F("target_value", QT_TRANSLATE_NOOP("PlanVersions", "target"), _number),
        _F("target_date", QT_TRANSLATE_NOOP("PlanVersions", "target date")),
        _F("data_source", QT_TRANSLATE_NOOP("PlanVersions", "data source")),
        _F("collection_method", QT_TRANSLATE_NOOP("PlanVersions", "collection method")),
        _F("frequency", QT_TRANSLATE_NOOP("PlanVersions", "frequency"), _coded(codes.Frequency)),
        _F("owner_person_id", QT_TRANSLATE_NOOP("PlanVersions", "owner"), shown="owner_person"),
        _F(
            "disaggregation",
            QT_TRANSLATE_NOOP("PlanVersions", "disaggregation"),
            _coded(codes.Disaggregation),
        ),
        _F(
            "objective_ids",
            QT_TRANSLATE_NOOP("PlanVersions", "objectives"),
            _listed,
            "objectives",
        ),
        _F("action_ids", QT_TRANSLATE_NOOP("PlanVersions", "actions"), _listed, "actions"),
    ),
    ItemKind.INDICATOR_MILESTONE: (
        _F("due_on", QT_TRANSLATE_NOOP("PlanVersions", "due")),
        _F("value", QT_TRANSLATE_NOOP("PlanVersions", "value"), _number),
    ),
}


class _Item:
    """One item of a snapshot; ``parent`` is the action or indicator a sub-item belongs to."""

    __slots__ = ("key", "kind", "parent", "values")

    def __init__(self, kind: ItemKind, key: int, values: Json, parent: _Item | None = None) -> None:
        self.kind = kind
        self.key = key
        self.values = values
        self.parent = parent

    @property
    def parent_key(self) -> int | None:
        return None if self.parent is None else self.parent.key

    @property
    def parent_code(self) -> str:
        return "" if self.parent is None else str(self.parent.values.get("code") or "")


#: Items with sub-items: kind, snapshot key, (sub-item key, sub-item kind) pairs.
_PARENTS = (
    (
        ItemKind.ACTION,
        "actions",
        (("milestones", ItemKind.MILESTONE), ("funding_lines", ItemKind.FUNDING_LINE)),
    ),
    (ItemKind.INDICATOR, "indicators", (("milestones", ItemKind.INDICATOR_MILESTONE),)),
)


def _items(data: Json) -> dict[tuple[ItemKind, int], _Item]:
    """Every item of a snapshot, flat, keyed by kind and database id."""
    found: dict[tuple[ItemKind, int], _Item] = {}
    plan = data.get("plan")
    if isinstance(plan, dict):
        found[(ItemKind.PLAN, 0)] = _Item(ItemKind.PLAN, 0, plan)
    for objective in data.get("objectives") or ():
        found[(ItemKind.OBJECTIVE, objective["id"])] = _Item(
            ItemKind.OBJECTIVE, objective["id"], objective
        )
    for kind, parents, children in _PARENTS:
        for values in data.get(parents) or ():
            parent = found[(kind, values["id"])] = _Item(kind, values["id"], values)
            for name, child_kind in children:
                for child in values.get(name) or ():
                    found[(child_kind, child["id"])] = _Item(child_kind, child["id"], child, parent)
    for risk in data.get("risks") or ():
        found[(ItemKind.RISK, risk["id"])] = _Item(ItemKind.RISK, risk["id"], risk)
    return found


def _label(item: _Item) -> str:
    """How a user recognises the item: its kind, code and title."""
    v = item.values
    code, title = v.get("code") or "", v.get("title") or ""
    if item.kind == ItemKind.PLAN:
        return translate("PlanVersions", "Plan")
    if item.kind == ItemKind.OBJECTIVE:
        return translate("PlanVersions", "Objective {code} “{title}”").format(
            code=code, title=title
        )
    if item.kind == ItemKind.ACTION:
        return translate("PlanVersions", "Action {code} “{title}”").format(code=code, title=title)
    if item.kind == ItemKind.MILESTONE:
        return translate("PlanVersions", "Milestone “{title}” of action {code}").format(
            title=title, code=item.parent_code
        )
    if item.kind == ItemKind.FUNDING_LINE:
        return translate("PlanVersions", "Funding line {source} of action {code}").format(
            source=_coded(codes.FundingSource)(v.get("source")), code=item.parent_code
        )
    if item.kind == ItemKind.RISK:
        if not code:
            return translate("PlanVersions", "Risk “{title}”").format(title=title)
        return translate("PlanVersions", "Risk {code} “{title}”").format(code=code, title=title)
    if item.kind == ItemKind.INDICATOR:
        return translate("PlanVersions", "Indicator {code} “{name}”").format(
            code=code, name=v.get("name") or ""
        )
    return translate("PlanVersions", "Milestone {date} of indicator {code}").format(
        date=v.get("due_on") or "", code=item.parent_code
    )


def _order(item: _Item) -> tuple[Any, ...]:
    """Kind, then code order (sub-items by their parent's code and date), then id."""
    kind_rank = list(ItemKind).index(item.kind)
    if item.parent is not None:
        own: tuple[Any, ...] = (natural_key(item.parent_code), str(item.values.get("due_on") or ""))
    else:
        own = (natural_key(str(item.values.get("code") or "")), "")
    return (kind_rank, *own, item.key)


def _field_changes(before: _Item, after: _Item) -> tuple[FieldChange, ...]:
    old, new = before.values, after.values
    changes = []
    for spec in _FIELDS[after.kind]:
        if spec.same(old.get(spec.key), new.get(spec.key)):
            continue
        shown = spec.shown or spec.key
        changes.append(
            FieldChange(
                field=spec.key,
                name=translate("PlanVersions", spec.name),
                old=spec.show(old.get(shown)),
                new=spec.show(new.get(shown)),
            )
        )
    if before.parent_key != after.parent_key:
        if after.kind == ItemKind.INDICATOR_MILESTONE:
            field, name = "indicator_id", translate("PlanVersions", "indicator")
        else:
            field, name = "action_id", translate("PlanVersions", "action")
        changes.append(FieldChange(field, name, before.parent_code, after.parent_code))
    return tuple(changes)


def compare(old: Json, new: Json) -> VersionDiff:
    """What was added, removed and changed from snapshot ``old`` to snapshot ``new``.

    Items are matched by database id, so a renumbered action is one change of its code.
    The milestones and funding lines of an added or removed action (and the milestones of
    an added or removed indicator) go with it and are not listed on their own.
    """
    before, after = _items(old), _items(new)

    def only_in(
        items: dict[tuple[ItemKind, int], _Item], others: dict[tuple[ItemKind, int], _Item]
    ) -> tuple[DiffItem, ...]:
        alone = [
            item
            for key, item in items.items()
            if key not in others
            and (item.parent is None or (item.parent.kind, item.parent.key) in others)
        ]
        return tuple(DiffItem(i.kind, i.key, _label(i)) for i in sorted(alone, key=_order))

    changed = []
    for key, item in after.items():
        previous = before.get(key)
        if previous is None or (
            previous.values == item.values and previous.parent_key == item.parent_key
        ):
            continue
        changes = _field_changes(previous, item)
        if changes:
            changed.append((item, changes))
    changed.sort(key=lambda pair: _order(pair[0]))
    return VersionDiff(
        only_in(after, before),
        only_in(before, after),
        tuple(ChangedItem(i.kind, i.key, _label(i), changes) for i, changes in changed),
    )


# --- reading a diff ---------------------------------------------------------------------

#: Longer values are cut to the part that changed in ``diff_lines``.
EXCERPT = 80
_CONTEXT = 24


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _word_start(text: str, index: int) -> int:
    """``index`` moved back to the start of its word (a little way at most)."""
    if index <= 0:
        return 0
    space = text.rfind(" ", 0, index)
    return space + 1 if index - space <= _CONTEXT // 2 else index


def _word_end(text: str, index: int) -> int:
    """``index`` moved on to the end of its word (a little way at most)."""
    if index >= len(text):
        return len(text)
    space = text.find(" ", index)
    space = len(text) if space == -1 else space
    return space if space - index <= _CONTEXT // 2 else index


def _excerpts(old: str, new: str) -> tuple[str, str]:
    """Both values on one line; long texts cut to whole words around the part that differs."""
    old, new = _one_line(old), _one_line(new)
    if len(old) <= EXCERPT and len(new) <= EXCERPT:
        return old, new
    shorter = min(len(old), len(new))
    start = next((i for i in range(shorter) if old[i] != new[i]), shorter)
    end = 0
    while end < shorter - start and old[-1 - end] == new[-1 - end]:
        end += 1
    begin = _word_start(old, start - _CONTEXT)

    def cut(text: str) -> str:
        stop = _word_end(text, len(text) - end + _CONTEXT)
        middle = text[begin:stop]
        if len(middle) > 2 * EXCERPT:
            middle, stop = middle[: 2 * EXCERPT], begin + 2 * EXCERPT
        return ("…" if begin > 0 else "") + middle + ("…" if stop < len(text) else "")

    return cut(old), cut(new)


def _change_line(item: ChangedItem, change: FieldChange) -> str:
    old, new = _excerpts(change.old, change.new)
    if not old:
        return translate("PlanVersions", "{item}: {field} set to {new}").format(
            item=item.label, field=change.name, new=new
        )
    if not new:
        return translate("PlanVersions", "{item}: {field} cleared (was {old})").format(
            item=item.label, field=change.name, old=old
        )
    return translate("PlanVersions", "{item}: {field} {old} -> {new}").format(
        item=item.label, field=change.name, old=old, new=new
    )


def diff_lines(diff: VersionDiff) -> list[str]:
    """The diff as sentences, kind by kind: added items, removed items, then changes."""
    if diff.is_empty:
        return []
    lines: list[str] = []
    for kind in ItemKind:
        part = diff.of_kind(kind)
        lines.extend(
            translate("PlanVersions", "Added: {item}").format(item=item.label)
            for item in part.added
        )
        lines.extend(
            translate("PlanVersions", "Removed: {item}").format(item=item.label)
            for item in part.removed
        )
        for changed in part.changed:
            lines.extend(_change_line(changed, change) for change in changed.changes)
    return lines
