"""Pasted text → item codes: lines, spreadsheet columns, e-mail prose."""

from ingram_desk.ui.paste_parsing import parse_items


def test_one_code_per_line_keeps_order_and_drops_duplicates() -> None:
    assert parse_items("123456\n4XJ09A#ABD\n\n123456\n") == ["123456", "4XJ09A#ABD"]


def test_spreadsheet_block_yields_the_code_column() -> None:
    text = "SKU\tQty\tPrice\n1234567\t2\t212.40\n7654321\t1\t10,00\n"
    assert parse_items(text) == ["1234567", "7654321"]


def test_mail_prose_yields_codes_not_dates_prices_or_phone_numbers() -> None:
    text = (
        "Hi Anna,\n> please quote 2x HP 4XJ09A and 5 pcs of EAN 0195161234567 by 24.11.2026,"
        " last price was 212.40.\nThanks, tel 0049 89 1234"
    )
    assert parse_items(text) == ["4XJ09A", "0195161234567"]


def test_vendor_part_numbers_with_hyphens_stay_whole() -> None:
    assert parse_items("Can you check 20XW-004AGE, 2 pieces please") == ["20XW-004AGE"]


def test_a_dropped_list_file_fills_the_pna_items(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    from ingram_desk.ui.tabs.pna_tab import ItemsEdit

    listing = tmp_path / "skus.csv"
    listing.write_text("SKU;Qty\n6DGFIF7;2\n96E1498;1\n", encoding="utf-8")
    edit = ItemsEdit()
    qtbot.addWidget(edit)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(listing))])
    assert edit.canInsertFromMimeData(mime)
    edit.insertFromMimeData(mime)
    assert edit.items() == ["6DGFIF7", "96E1498"]


def test_unlabelled_phone_numbers_and_grouped_amounts_are_not_codes() -> None:
    """Defect 12: "4567" from "+31 30 123 4567" and "1.250" from "EUR 1.250,00"."""
    mail = (
        "Hi, please quote 4XJ09A#ABD and 3N2JB33.\n"
        "Our offer was EUR 1.250,00 (or 1,250.00 USD; 12,50 per cable).\n"
        "Call me: +31 30 123 4567 or 030/123-4567, (030) 123 45 67"
    )
    assert parse_items(mail) == ["4XJ09A#ABD", "3N2JB33"]
