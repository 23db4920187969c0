"""Drafts in the team database carry their author and are shared or private: a private draft is
listed only on its author's desk, only its author may change that, and once submitted it is the
team's order like any other. In the window the draft selector names the author and has the
Private box (real PostgreSQL, two desks' windows on one database)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ingram_desk.domain.order_draft import OrderDraft
from ingram_desk.services.events import EventHub
from ingram_desk.services.order_journal import JournalError, OrderState, StaleStateError
from ingram_desk.services.ordering_service import OrderingService
from ingram_desk.services.team.pg_journal import PgJournal
from tests.ui.conftest import _english  # noqa: F401 (autouse: English with its plural forms)

ACCOUNT = "NL:20-222222"


def draft(po: str) -> OrderDraft:
    return OrderDraft.from_request(
        {"customerOrderNumber": po, "lines": [{"ingramPartNumber": "6DGFIF7", "quantity": 1}]}
    )


def test_a_private_draft_is_listed_only_on_its_authors_desk(team_url: str) -> None:
    with (
        PgJournal(team_url, account=ACCOUNT, desk_id="d-ann", desk_name="ann@pc1") as ann,
        PgJournal(team_url, account=ACCOUNT, desk_id="d-bob", desk_name="bob@pc2") as bob,
    ):
        mine = ann.save_draft(draft("PRIV-1"))
        assert (mine.author, mine.shared, mine.mine) == ("ann@pc1", True, True)
        (seen,) = bob.entries()
        assert (seen.author, seen.shared, seen.mine) == ("ann@pc1", True, False)
        with pytest.raises(StaleStateError, match="Only its author"):
            bob.set_shared(mine.draft_id, False)
        assert not ann.set_shared(mine.draft_id, False).shared
        assert bob.entries() == []  # private: not on bob's desk
        with pytest.raises(JournalError):
            bob.get(mine.draft_id)
        assert [e.customer_po for e in ann.entries()] == ["PRIV-1"]
        with pytest.raises(JournalError, match="already used"):  # its PO stays claimed
            bob.save_draft(draft("priv-1"))
        queued = ann.queue(mine.draft_id, mine.draft)
        assert queued.shared and queued.state is OrderState.QUEUED
        assert [e.customer_po for e in bob.entries()] == ["PRIV-1"]  # submitted: the team's
        with pytest.raises(StaleStateError):  # no longer a draft
            ann.set_shared(mine.draft_id, False)


async def test_the_draft_selector_names_the_author_and_keeps_a_draft_private(
    qtbot, sandbox, client_factory, make_main_window, ui_catalogue, team_url: str
) -> None:  # type: ignore[no-untyped-def]
    ann_j = PgJournal(team_url, account=ACCOUNT, desk_id="d-ann", desk_name="ann@pc1")
    bob_j = PgJournal(team_url, account=ACCOUNT, desk_id="d-bob", desk_name="bob@pc2")
    try:
        async with client_factory(sandbox) as client:
            ann, bob = (
                make_main_window(ui_catalogue, ordering=OrderingService(client, j, EventHub()))
                for j in (ann_j, bob_j)
            )
            form = ann.order_tab
            form.po.setText("TEAM-DRAFT-1")
            saved = form.flush_draft()
            assert saved is not None
            box = form.draft_selector.private
            ann.tabs.setCurrentWidget(form)
            assert box.isVisible() and box.isEnabled() and not box.isChecked()
            assert form.drafts.currentText() == "TEAM-DRAFT-1 — Draft — 0 lines — ann@pc1"
            bob.order_tab.reload_drafts()
            theirs = bob.order_tab.drafts.findData(saved.draft_id)
            assert theirs > 0  # shared: on bob's desk, with its author
            assert bob.order_tab.drafts.itemText(theirs).endswith("— ann@pc1")
            bob.order_tab.open_draft(saved.draft_id)
            assert not bob.order_tab.draft_selector.private.isEnabled()  # not bob's to hide
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
            assert box.isChecked()
            assert not ann_j.get(saved.draft_id).shared
            assert form.drafts.currentText().endswith("— ann@pc1 — private")
            bob.order_tab.new_draft()
            assert bob.order_tab.drafts.findData(saved.draft_id) == -1  # gone from bob's desk
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # shared again
            assert ann_j.get(saved.draft_id).shared
            bob.order_tab.reload_drafts()
            assert bob.order_tab.drafts.findData(saved.draft_id) > 0
    finally:
        ann_j.close()
        bob_j.close()
