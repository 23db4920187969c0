"""The window never loses a draft while the team database is out of reach: a new draft saved
meanwhile goes into the desk's offline file (the command line's ``OfflineJournal``), the Order tab
says so and lists it as on this desk; nothing of it is sent. When the desk joins or re-joins,
``catch_up`` moves it into the team journal once (a second desk lists it); a draft whose PO a
colleague took meanwhile stays on the desk, with the reason shown."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import psycopg
import pytest

from ingram_desk import app
from ingram_desk.paths import AppPaths
from ingram_desk.services.order_journal import JournalError
from ingram_desk.services.team import schema
from ingram_desk.services.team.desk import account_key
from ingram_desk.services.team.offline import OFFLINE_FILE, OfflineJournal
from ingram_desk.services.team.pg_journal import PgJournal
from tests.team.test_team_window_joins import until, window_desk

ACCOUNT = account_key("NL", "20-222222")


def offline_pos(paths: AppPaths) -> list[str]:
    """The drafts waiting in the desk's offline file (not yet moved to the team)."""
    path = paths.profile_dir("acme") / OFFLINE_FILE
    if not path.exists():
        return []
    with OfflineJournal(path, "") as local:
        return sorted(e.customer_po for e in local.entries())


def team_pos(url: str) -> list[str]:
    with psycopg.connect(url, autocommit=True) as conn:
        return sorted(r[0] for r in conn.execute("SELECT customer_po FROM orders"))


def save_in_window(tab: Any, po: str, sku: str) -> Any:
    tab.new_draft()
    tab.po.setText(po)
    tab.add_lines([(sku, 1)])
    return tab.flush_draft()


def listed(tab: Any) -> list[str]:
    return [tab.drafts.itemText(i) for i in range(tab.drafts.count())]


async def test_drafts_saved_before_the_desk_joins_move_once_and_a_taken_po_stays(
    qtbot: Any, sandbox: Any, pg_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
        conn.execute("CREATE ROLE ann LOGIN IN ROLE pg_read_all_data, pg_write_all_data")
        # the window's desk (not a superuser) cannot join until the colleague has written
        conn.execute("ALTER DATABASE postgres CONNECTION LIMIT 0")
    url = server.url(role="ann")
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 10)
    server.stop()
    with window_desk(sandbox, tmp_path / "ann", url, monkeypatch) as (paths, args):
        async with app.open_app(args) as session:
            window, tab = session.window, session.window.order_tab
            window.show()
            window.tabs.setCurrentWidget(tab)
            await until(lambda: "unreachable" in window.status.work_label.text())
            for po in ("WIN-OFF-1", "WIN-OFF-2"):
                entry = save_in_window(tab, po, sku)
                assert entry is not None and entry.on_desk
                assert "Saved on this desk" in tab.po_message.text()
                assert any(po in t and "on this desk" in t for t in listed(tab))
            assert offline_pos(paths) == ["WIN-OFF-1", "WIN-OFF-2"]
            with pytest.raises(JournalError, match="nothing is sent until its PO can"):
                await session.context.ordering.submit(entry.draft_id)  # no PO claimed
            assert sandbox.placed_orders() == []
            window.grab().save(str(tmp_path / "offline.png"))

            server.start()
            with PgJournal(server.url(), account=ACCOUNT, desk_id="colleague") as bob:
                bob.save_draft(_draft("WIN-OFF-2", sku))  # a colleague takes WIN-OFF-2
            with psycopg.connect(server.url(), autocommit=True) as conn:
                conn.execute("ALTER DATABASE postgres CONNECTION LIMIT -1")
            await until(session.context.journal.joined.is_set)
            await until(lambda: "stays on this desk" in tab.po_message.text())
            assert "WIN-OFF-2" in tab.po_message.text()
            assert offline_pos(paths) == ["WIN-OFF-2"]  # kept, with its reason
            assert team_pos(server.url()) == ["WIN-OFF-1", "WIN-OFF-2"]  # each once
            texts = listed(tab)
            assert any("WIN-OFF-1" in t and "on this desk" not in t for t in texts)
            assert any("WIN-OFF-2" in t and "on this desk" in t for t in texts)
            window.grab().save(str(tmp_path / "caught-up.png"))
    with PgJournal(server.url(), account=ACCOUNT, desk_id="carl") as carl:  # a second desk
        mine = [e for e in carl.entries() if e.customer_po == "WIN-OFF-1"]
        assert len(mine) == 1 and [ln.sku for ln in mine[0].draft.lines] == [sku]
    assert sandbox.placed_orders() == []


async def test_a_draft_saved_while_the_connection_is_lost_moves_once_on_rejoin(
    qtbot: Any, sandbox: Any, pg_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
    url = server.url()
    sku = next(p.sku for p in sandbox.catalogue.products if p.stock > 10)
    with window_desk(sandbox, tmp_path / "ann", url, monkeypatch) as (paths, args):
        async with app.open_app(args) as session:
            window, tab = session.window, session.window.order_tab
            journal = session.context.journal
            window.show()
            await until(journal.joined.is_set)
            assert save_in_window(tab, "LIVE-1", sku) is not None  # the team's
            server.stop()
            with pytest.raises(JournalError):  # the desk notices the loss
                journal.entries()
            entry = save_in_window(tab, "LOST-1", sku)
            assert entry is not None and entry.on_desk
            assert "Saved on this desk" in tab.po_message.text()
            tab.po.setText("LOST-1-EDITED")  # an edit stays in the file
            assert tab.flush_draft().draft_id == entry.draft_id
            assert offline_pos(paths) == ["LOST-1-EDITED"]

            server.start()
            await until(lambda: offline_pos(paths) == [])
            await until(lambda: not any("on this desk" in t for t in listed(tab)))
            assert any("LOST-1-EDITED" in t for t in listed(tab))
            assert tab.entry is not None and not tab.entry.on_desk  # the open draft followed
            assert team_pos(url) == ["LIVE-1", "LOST-1-EDITED"]
    with PgJournal(url, account=ACCOUNT, desk_id="carl") as carl:  # a second desk
        assert sorted(e.customer_po for e in carl.entries()) == ["LIVE-1", "LOST-1-EDITED"]


def _draft(po: str, sku: str) -> Any:
    from ingram_desk.domain.order_draft import OrderDraft

    return OrderDraft.from_request(
        {"customerOrderNumber": po, "lines": [{"ingramPartNumber": sku, "quantity": 2}]}
    )


def test_a_catch_up_cut_short_by_a_lost_connection_keeps_the_drafts_waiting(
    pg_factory: Any, tmp_path: Path
) -> None:
    """The connection lost again while drafts move: none is set aside as 'kept', they wait."""
    from ingram_desk.services.team.offline import DraftsKeptOffline

    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
    path = tmp_path / OFFLINE_FILE
    with OfflineJournal(path, "down") as local:
        local.save_draft(_draft("CUT-1", "DF4128"))
    with PgJournal(server.url(), account=ACCOUNT, desk_id="ann") as team:
        team.reconnect_in_background()
        drafts = DraftsKeptOffline(team, path)
        server.stop()
        with pytest.raises(JournalError):  # the desk notices the loss
            team.entries()
        assert drafts.catch_up() == ([], [])
        assert drafts.waiting
        with OfflineJournal(path, "") as local:
            assert [e.customer_po for e in local.entries()] == ["CUT-1"]
        server.start()
        while not team.connected:  # re-opened by the worker thread
            time.sleep(0.05)
        moved, kept = drafts.catch_up()
        assert moved == ["draft PO CUT-1 moved to the team journal"] and kept == []
    assert team_pos(server.url()) == ["CUT-1"]


async def test_an_edit_of_a_team_draft_made_while_unreachable_updates_it_once_on_rejoin(
    qtbot: Any, sandbox: Any, pg_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
    url = server.url()
    sku, other = [p.sku for p in sandbox.catalogue.products if p.stock > 10][:2]
    with window_desk(sandbox, tmp_path / "ann", url, monkeypatch) as (paths, args):
        async with app.open_app(args) as session:
            window, tab = session.window, session.window.order_tab
            journal = session.context.journal
            window.show()
            await until(journal.joined.is_set)
            team_entry = save_in_window(tab, "TEAM-1", sku)
            assert team_entry is not None and not team_entry.on_desk
            server.stop()
            with pytest.raises(JournalError):  # the desk notices the loss
                journal.entries()
            tab.po.setText("TEAM-1-EDITED")  # an edit of the team's draft
            edit = tab.flush_draft()
            assert edit is not None and edit.on_desk
            assert "Saved on this desk" in tab.po_message.text()
            texts = listed(tab)
            assert any("TEAM-1-EDITED" in t and "on this desk" in t for t in texts)
            assert not any("TEAM-1" in t and "on this desk" not in t for t in texts)  # once
            tab.add_lines([(other, 1)])  # edited again: still the one kept edit
            assert tab.flush_draft().draft_id == edit.draft_id
            assert offline_pos(paths) == ["TEAM-1-EDITED"]

            server.start()
            await until(lambda: offline_pos(paths) == [])
            await until(lambda: not any("on this desk" in t for t in listed(tab)))
            assert tab.entry is not None and not tab.entry.on_desk  # the open draft followed
            assert tab.draft_id == team_entry.draft_id
            assert team_pos(url) == ["TEAM-1-EDITED"]  # updated, not a second draft
    with PgJournal(url, account=ACCOUNT, desk_id="carl") as carl:  # a second desk
        [entry] = carl.entries()
        assert entry.draft_id == team_entry.draft_id and entry.customer_po == "TEAM-1-EDITED"
        assert len(entry.draft.lines) == 2


async def test_an_edit_of_a_team_draft_a_colleague_submitted_meanwhile_stays_on_the_desk(
    qtbot: Any, sandbox: Any, pg_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = pg_factory()
    with psycopg.connect(server.url(), autocommit=True) as conn:
        schema.migrate(conn, "tests")
        conn.execute("CREATE ROLE ann LOGIN IN ROLE pg_read_all_data, pg_write_all_data")
    url = server.url(role="ann")
    sku, other = [p.sku for p in sandbox.catalogue.products if p.stock > 10][:2]
    with window_desk(sandbox, tmp_path / "ann", url, monkeypatch) as (paths, args):
        async with app.open_app(args) as session:
            window, tab = session.window, session.window.order_tab
            journal = session.context.journal
            window.show()
            await until(journal.joined.is_set)
            team_entry = save_in_window(tab, "SUB-1", sku)
            assert team_entry is not None and not team_entry.on_desk
            with psycopg.connect(server.url(), autocommit=True) as conn:
                # the desk (not a superuser) cannot re-join until the colleague has submitted
                conn.execute("ALTER DATABASE postgres CONNECTION LIMIT 0")
            server.stop()
            with pytest.raises(JournalError):  # the desk notices the loss
                journal.entries()
            tab.add_lines([(other, 3)])  # an edit of the team's draft
            edit = tab.flush_draft()
            assert edit is not None and edit.on_desk
            assert offline_pos(paths) == ["SUB-1"]

            server.start()
            with PgJournal(server.url(), account=ACCOUNT, desk_id="colleague") as bob:
                bob.queue(team_entry.draft_id, team_entry.draft)  # a colleague submits it
            with psycopg.connect(server.url(), autocommit=True) as conn:
                conn.execute("ALTER DATABASE postgres CONNECTION LIMIT -1")
            await until(lambda: "stays on this desk" in tab.po_message.text())
            assert "SUB-1" in tab.po_message.text() and "submitted" in tab.po_message.text()
            assert offline_pos(paths) == ["SUB-1"]  # the edit is kept, not lost
            assert tab.entry is not None and tab.entry.on_desk
            assert len(tab.entry.draft.lines) == 2
            assert any("SUB-1" in t and "on this desk" in t for t in listed(tab))
            window.tabs.setCurrentWidget(tab)
            window.grab().save(str(tmp_path / "edit-kept.png"))
    with psycopg.connect(server.url(), autocommit=True) as conn:
        rows = conn.execute("SELECT customer_po, state FROM orders").fetchall()
    assert rows == [("SUB-1", "queued")]  # never a duplicate
    with PgJournal(server.url(), account=ACCOUNT, desk_id="carl") as carl:
        [entry] = carl.entries()
        assert len(entry.draft.lines) == 1  # the colleague's submitted order, untouched
