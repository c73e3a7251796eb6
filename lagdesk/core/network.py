"""The network this file belongs to, the city that keeps it, and the partner cities."""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from lagdesk.core.support import records as r
from lagdesk.core.support import store
from lagdesk.db import models as m
from lagdesk.db.codes import PartnerRole, Programme
from lagdesk.db.database import Database
from lagdesk.i18n import translate


@dataclass(frozen=True)
class NetworkOverview:
    """What the Network page shows: the network, its partners and transnational meetings."""

    network: r.Network | None
    partners: list[r.Partner] = field(default_factory=list)
    transnational_meetings: list[r.TransnationalMeeting] = field(default_factory=list)

    @property
    def own_city(self) -> r.Partner | None:
        return next((partner for partner in self.partners if partner.is_own), None)


def current_network(database: Database) -> r.Network | None:
    """A lagdesk file keeps one city's group in one network: the first network row."""
    found = store.find(database, r.Network, limit=1)
    return found[0] if found else None


def overview(database: Database) -> NetworkOverview:
    network = current_network(database)
    if network is None:
        return NetworkOverview(None)
    partners = store.find(database, r.Partner, network_id=network.id)
    partners.sort(
        key=lambda p: (p.role != PartnerRole.LEAD_PARTNER, not p.is_own, p.name.casefold())
    )
    meetings = store.find(
        database,
        r.TransnationalMeeting,
        network_id=network.id,
        order_by=(m.TransnationalMeeting.start_date,),
    )
    return NetworkOverview(network, partners, meetings)


def ensure_network(database: Database) -> r.Network:
    """The file's network, created with a placeholder name on first use."""
    network = current_network(database)
    if network is not None:
        return network
    return store.save(
        database,
        r.Network(name=translate("Network", "My network"), programme=Programme.URBACT_IV),
    )


def save_network(
    database: Database, network: r.Network, loaded: r.Network | None = None
) -> r.Network:
    """Store the network; given the record as ``loaded``, only the fields changed since
    (``store.update``)."""
    return store.update(database, loaded, network)


def save_partner(
    database: Database, partner: r.Partner, loaded: r.Partner | None = None
) -> r.Partner:
    """Store a partner; marking one city as our own unmarks any other (one per file).
    Given the partner as ``loaded``, only the fields changed since are written."""
    with database.session() as session:
        if partner.is_own and (loaded is None or not loaded.is_own):
            session.execute(
                sa.update(m.Partner)
                .where(m.Partner.network_id == partner.network_id, m.Partner.id != partner.id)
                .values(is_own=False)
            )
        return store.write_changes(session, loaded, partner)


def delete_partner(database: Database, partner_id: int) -> None:
    store.delete(database, r.Partner, partner_id)
