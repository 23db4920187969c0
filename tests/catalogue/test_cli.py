"""``ingram-desk catalogue …`` end to end through ``main([...])``, JSON shapes as in issue 4."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingram_desk.cli.main import main
from tests.fixtures.catalogue import another_window_writing

from .builders import dach_row, write_dach


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict | str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except ValueError:
        return code, out, err


def test_import_search_changes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    first = write_dach(
        tmp_path / "1.csv",
        [dach_row("A1", "AN-GS108-EU", "ACME", "SWITCH 8 PORT", ek="61.75", qty="0"),
         dach_row("A2", "TP-X1", "LENOVO", "THINKPAD X1", ek="1899.00", eta="01.12.2026"),
         ["broken", "row"]],
    )  # fmt: skip
    code, report, _ = run(capsys, "catalogue", "import", str(first), "--json", "--data-dir", data)
    assert code == 0
    assert {"rows_imported", "rows_skipped", "layout", "encoding", "delimiter", "seconds",
            "problems"} <= set(report)  # fmt: skip
    assert (report["rows_imported"], report["rows_skipped"], report["layout"]) == (
        2, 1, "dach_impulse",
    )  # fmt: skip
    assert report["problems"][0]["line"] == 4 and report["problems"][0]["reason"]
    assert (tmp_path / "data/profiles/demo/catalogue.sqlite3").exists()

    code, found, _ = run(capsys, "--data-dir", data, "catalogue", "search", "gs108-eu", "--json")
    assert code == 0 and found["total"] == 1 and found["query_ms"] >= 0
    assert found["results"] == [{
        "sku": "A1", "vpn": "AN-GS108-EU", "ean": "", "vendor": "ACME",
        "description": "SWITCH 8 PORT", "category": "Zubehör › Kabel",
        "customer_price": "61.75", "retail_price": "15.00", "currency": "EUR", "stock": 0,
        "eta": None, "stock_warehouse": None,
    }]  # fmt: skip
    code, everything, _ = run(capsys, "catalogue", "search", "", "--json", "--data-dir", data)
    assert everything["total"] == 2
    code, limited, _ = run(
        capsys, "catalogue", "search", "--in-stock", "--limit", "5", "--json", "--data-dir", data
    )
    assert [r["sku"] for r in limited["results"]] == ["A2"]

    second = write_dach(
        tmp_path / "2.csv",
        [dach_row("A1", "AN-GS108-EU", ek="59.00", qty="3"), dach_row("A3", "NEW-1")],
    )
    code, _, _ = run(capsys, "catalogue", "import", str(second), "--force", "--data-dir", data)
    assert code == 0
    code, changes, _ = run(capsys, "catalogue", "changes", "--json", "--data-dir", data)
    assert changes["counts"]["new"] == 1 and changes["counts"]["removed"] == 1
    assert changes["changes"]["price_down"] == [{"sku": "A1", "old": "61.75", "new": "59.00"}]
    assert changes["changes"]["back_in_stock"] == [{"sku": "A1", "old": "0", "new": "3"}]
    assert changes["changes"]["removed"] == [
        {
            "sku": "A2",
            "old": "1899.00",
            "new": None,
            "vpn": "TP-X1",
            "vendor": "LENOVO",
            "description": "THINKPAD X1",
        }
    ]  # fmt: skip (as the catalogue before had it)
    code, text, _ = run(capsys, "catalogue", "changes", "--data-dir", data)
    assert code == 0
    lines = text.splitlines()  # a removed article by its last price, without an arrow
    assert lines[lines.index("1 removed article:") + 1] == "  A2  1899.00  LENOVO THINKPAD X1"


def test_failures_exit_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    code, _, err = run(capsys, "catalogue", "search", "x", "--data-dir", data)
    assert code == 1 and err.count("\n") == 1 and "no catalogue yet" in err
    code, _, err = run(
        capsys, "catalogue", "import", str(tmp_path / "missing.csv"), "--data-dir", data
    )
    assert code == 1 and "cannot read" in err and err.count("\n") == 1
    odd = tmp_path / "odd.csv"
    odd.write_text("a;b;c\n1;2;3\n")
    code, _, err = run(capsys, "catalogue", "import", str(odd), "--data-dir", data)
    assert code == 1 and "--mapping" in err
    big = write_dach(tmp_path / "big.csv", [dach_row(f"B{i}") for i in range(10)])
    assert run(capsys, "catalogue", "import", str(big), "--data-dir", data)[0] == 0
    small = write_dach(tmp_path / "small.csv", [dach_row("S1")])
    code, _, err = run(capsys, "catalogue", "import", str(small), "--data-dir", data)
    assert code == 1 and err.startswith("ingram-desk: refused: file looks incomplete")


def test_mapping_file_and_stock_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "data")
    odd = tmp_path / "odd.csv"
    odd.write_text("Art;Preis\nK1;9,99\nK2;1,50\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"columns": {"sku": "Art", "customer_price": "Preis"}}))
    code, report, _ = run(
        capsys, "catalogue", "import", str(odd), "--mapping", str(mapping), "--json",
        "--data-dir", data,
    )  # fmt: skip
    assert code == 0 and report["layout"] == "mapped" and report["rows_imported"] == 2
    stock = tmp_path / "TOTAL.TXT"
    stock.write_text('"K1",7\n"K9",1\n')
    code, report, _ = run(capsys, "catalogue", "stock", str(stock), "--json", "--data-dir", data)
    assert code == 0 and (report["stock_rows_applied"], report["stock_rows_unknown"]) == (1, 1)
    stock.write_text('"K1",0\n"K2",3\n')  # the next hour's: what it changed, as after an import
    code, text, _ = run(capsys, "catalogue", "stock", str(stock), "--data-dir", data)
    assert code == 0 and text.splitlines() == [
        "TOTAL.TXT: 2 SKUs updated, 0 not in the catalogue",
        "What changed since the previous file:",
        "  1 back in stock",
        "  1 out of stock",
    ]
    code, text, _ = run(capsys, "catalogue", "search", "k1", "--data-dir", data)
    assert code == 0 and "9.99 EUR" in text and "1 found" in text


def test_import_runs_in_the_apps_import_process_and_a_killed_one_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command imports through ``CatalogueService`` like the window: in a child process,
    so the import dying mid-way (simulated by the importer's crash point) leaves the command
    alive, saying so in one line, and the catalogue exactly as it was."""
    data = str(tmp_path / "data")
    first = write_dach(tmp_path / "1.csv", [dach_row(f"A{i}") for i in range(3)])
    assert run(capsys, "catalogue", "import", str(first), "--data-dir", data)[0] == 0
    second = write_dach(tmp_path / "2.csv", [dach_row(f"B{i}") for i in range(3)])
    monkeypatch.setenv("INGRAM_DESK_CATALOGUE_CRASH_AT", "before_generation_pointer")
    code, _, err = run(capsys, "catalogue", "import", str(second), "--data-dir", data)
    assert code == 1 and err.count("\n") == 1 and "import process died" in err
    monkeypatch.delenv("INGRAM_DESK_CATALOGUE_CRASH_AT")
    code, found, _ = run(capsys, "catalogue", "search", "", "--json", "--data-dir", data)
    assert [r["sku"] for r in found["results"]] == ["A0", "A1", "A2"]


def test_resume_finishes_a_kept_import_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An import stopped after it was kept (``kept_import``) is finished by ``catalogue
    resume`` through the service, with the import's own report; then nothing is left to do."""
    from ingram_desk.catalogue.engine import catalogue_root
    from ingram_desk.catalogue.kept_import import keep

    data = str(tmp_path / "data")
    code, none_yet, _ = run(capsys, "catalogue", "resume", "--data-dir", data)
    assert code == 0 and none_yet.strip() == "no interrupted import to finish"
    price = write_dach(tmp_path / "Preise.csv", [dach_row("R1", "RS-1"), dach_row("R2", "RS-2")])
    db = tmp_path / "data/profiles/demo/catalogue.sqlite3"
    keep(catalogue_root(db), {"price": price}, mapping=None, force=False, currency="EUR")
    price.unlink()  # the kept copy is what is imported
    code, report, err = run(capsys, "--data-dir", data, "catalogue", "resume", "--json")
    assert code == 0 and "finishing the import of Preise.csv" in err
    assert (report["source"], report["rows_imported"]) == ("Preise.csv", 2)
    code, found, _ = run(capsys, "--data-dir", data, "catalogue", "search", "rs-2", "--json")
    assert [r["sku"] for r in found["results"]] == ["R2"]
    code, again, _ = run(capsys, "catalogue", "resume", "--data-dir", data)
    assert again.strip() == "no interrupted import to finish"


def test_resume_while_another_window_imports_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """While another process writes the catalogue, ``catalogue resume`` cannot tell whether
    an import is left to finish (that window's copy is its own): it says why, exit 1, as
    ``catalogue import`` does then; before and after it, there is nothing to finish."""
    data = tmp_path / "data"
    code, out, _ = run(capsys, "catalogue", "resume", "--data-dir", str(data))
    assert code == 0 and out.strip() == "no interrupted import to finish"
    db = data / "profiles/demo/catalogue.sqlite3"
    with another_window_writing(db):
        code, out, err = run(capsys, "catalogue", "resume", "--data-dir", str(data))
    assert (code, out) == (1, "")
    assert err.strip() == (
        "ingram-desk: another Ingram Desk window is updating this catalogue: try again once it "
        "is done"
    )
    code, out, _ = run(capsys, "catalogue", "resume", "--data-dir", str(data))
    assert code == 0 and out.strip() == "no interrupted import to finish"


def test_import_prints_the_dialogs_report_with_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line said "(dach_impulse, cp1252, delimiter '|')" and nothing of what
    changed; it now prints the import dialog's report (``services.import_texts``) in English."""
    data = str(tmp_path / "data")
    first = write_dach(tmp_path / "1.csv", [dach_row("A1", "V-1", ek="10.00"), ["broken"]])
    code, out, _ = run(capsys, "catalogue", "import", str(first), "--data-dir", data)
    assert code == 0
    assert out.splitlines()[:2] == [
        "Imported 1 product from 1.csv",
        out.splitlines()[1],
    ] and out.splitlines()[1].startswith("Layout DACH Impulse price list, ")
    assert "1 row skipped, 0 duplicates replaced." in out and "changed" not in out
    assert "  line 3: " in out  # the row left out, by its line
    rows = [dach_row("A1", "V-1", ek="9.00"), dach_row("A2", "V-2"), dach_row("A3", "V-3")]
    second = write_dach(tmp_path / "2.csv", rows)
    code, out, _ = run(capsys, "catalogue", "import", str(second), "--data-dir", data)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Imported 3 products from 2.csv"
    assert lines[2:] == [
        "What changed since the previous file:",
        "  2 new articles",
        "  1 price cut",
    ]
    code, out, _ = run(capsys, "catalogue", "changes", "--data-dir", data)
    assert code == 0 and out.splitlines() == [  # the kinds as the report names them
        "2 new articles:", "  A2  10.00", "  A3  10.00",  # (one side: no arrow)
        "1 price cut:", "  A1  10.00 → 9.00",
    ]  # fmt: skip
    code, out, _ = run(capsys, "catalogue", "import", str(second), "--data-dir", data)
    assert out.splitlines()[2:] == ["Nothing changed since the previous file."]


def test_import_progress_on_a_terminal_is_the_dialogs(capsys: pytest.CaptureFixture[str]) -> None:
    """The read's rows, size, pace and time left on one line; then that the new catalogue is
    searchable while the full index is built, as the import dialog says it."""
    from ingram_desk.catalogue.report import ImportProgress
    from ingram_desk.cli.catalogue_run import _Progress

    progress = _Progress()
    progress(ImportProgress("reading", 500_000, 150_000_000, 300_000_000, 400_000.0, 2.4))
    progress(ImportProgress("searchable", 1_000_000, 0, 0, 0.0, None))
    progress(ImportProgress("kept", 1_000_000, 0, 0, 0.0, None))
    progress(ImportProgress("indexing", 1_000_000, 300_000_000, 300_000_000, 2.4e11, None))
    err = capsys.readouterr().err
    shown = [part.removesuffix("\033[K") for part in err.replace("\n", "\r").split("\r") if part]
    assert shown == [
        "Reading: 500,000 rows, 150/300 MB, 400,000 rows/s, about 2 s left",
        "1,000,000 products are searchable now. Building the full index (change history, "
        "import report).",
        "Searchable now · building the full index — indexing: 1,000,000 rows",
    ]


def test_search_names_the_categories_its_words_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The word "drucker" is no product's word here, but two categories' names: both are
    offered with the option that lists them, as the window offers them beside its result."""
    data = str(tmp_path / "data")
    rows = [dach_row("P1", "V1", text1="LASER A4", g1="Drucker", g2="Laserdrucker"),
            dach_row("P2", "V2", text1="TONER", g1="Drucker", g2="Verbrauchsmaterial"),
            dach_row("K1", "V3", text1="KABEL")]  # fmt: skip
    run(
        capsys, "catalogue", "import", str(write_dach(tmp_path / "p.csv", rows)), "--data-dir", data
    )
    code, out, _ = run(capsys, "catalogue", "search", "Drucker", "--data-dir", data)
    assert code == 0 and out.splitlines()[1:] == [
        "category 'Drucker' (2 products): --category 'Drucker'",
        "category 'Drucker › Laserdrucker' (1 product): --category 'Drucker › Laserdrucker'",
    ], out
    code, out, _ = run(capsys, "catalogue", "search", "--category", "Drucker", "--data-dir", data)
    assert code == 0 and out.splitlines()[-1].startswith("2 found")
