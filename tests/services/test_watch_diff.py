"""What the watch list reports between two polls of the same order."""

from __future__ import annotations

from ingram_desk.services.tracking_service import diff_snapshots


def test_status_eta_shipment_and_tracking_changes_are_reported() -> None:
    before = {
        "status": "Processing",
        "lines": {"20-A-11/001": {"status": "Backordered", "eta": "2026-12-01", "shipments": 0}},
        "tracking": [],
    }
    after = {
        "status": "Shipped",
        "lines": {
            "20-A-11/001": {"status": "Shipped", "eta": "2026-11-28", "shipments": 1},
            "20-A-11/002": {"status": "Open", "eta": None, "shipments": 0},
        },
        "tracking": ["1Z999"],
    }
    changes = diff_snapshots(before, after)
    assert changes == [
        "status: Processing → Shipped",
        "line 20-A-11/001 status: Backordered → Shipped",
        "line 20-A-11/001 ETA: 2026-12-01 → 2026-11-28",
        "line 20-A-11/001: new shipment",
        "line 20-A-11/002: new",
        "new tracking number 1Z999",
    ]


def test_nothing_changed_reports_nothing() -> None:
    snap = {"status": "Open", "lines": {}, "tracking": ["X"]}
    assert diff_snapshots(snap, dict(snap)) == []
