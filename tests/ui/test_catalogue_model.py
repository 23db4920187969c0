"""The id-based catalogue model over the real engine: model tester, roles, page cache, sort."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt

from ingram_desk.catalogue.generation import current_name
from ingram_desk.services.catalogue_service import CatalogueQuery
from ingram_desk.ui.models.catalogue_model import (
    PAGE_SIZE,
    PRODUCT_ROLE,
    SNAPSHOT_PAGE_WAIT_S,
    SORT_ROLE,
    CatalogueModel,
)


def _model(service, query: CatalogueQuery | None = None) -> CatalogueModel:
    result = asyncio.run(service.search(query or CatalogueQuery()))
    model = CatalogueModel()
    model.set_result(result.ids, service.reader)
    return model


def test_model_passes_qt_model_tester(qtmodeltester, ui_catalogue) -> None:
    qtmodeltester.check(_model(ui_catalogue, CatalogueQuery(text="monitor")))


def test_row_count_is_the_whole_result_without_fetch_more(ui_catalogue) -> None:
    model = _model(ui_catalogue)
    assert model.rowCount() == 3000
    assert not model.canFetchMore(model.index(-1, -1))


def test_display_text_is_formatted_and_sort_role_is_native(ui_catalogue) -> None:
    model = _model(ui_catalogue, CatalogueQuery(sort_key="customer_price", descending=True))
    price_col = [c.key for c in model.columns].index("price")
    first = model.index(0, price_col)
    product = first.data(PRODUCT_ROLE)
    assert first.data(SORT_ROLE) == product.customer_price
    assert product.currency == "EUR"
    assert first.data() == f"€{product.customer_price:,.2f}"  # en_US, the tests' locale
    second = model.index(1, price_col).data(SORT_ROLE)
    assert second <= product.customer_price


def test_a_locale_change_redraws_the_cached_page_in_the_new_format(ui_catalogue) -> None:
    from PySide6.QtCore import QLocale

    from ingram_desk.ui import formats

    model = _model(ui_catalogue, CatalogueQuery(sort_key="customer_price", descending=True))
    price_col = [c.key for c in model.columns].index("price")
    price = model.index(0, price_col).data(PRODUCT_ROLE).customer_price
    formats.set_locale(QLocale("nl_NL"))
    whole, cents = f"{price:,.2f}".split(".")
    assert model.index(0, price_col).data() == f"€\u00a0{whole.replace(',', '.')},{cents}"


def test_numbers_are_right_aligned(ui_catalogue) -> None:
    model = _model(ui_catalogue)
    price_col = [c.key for c in model.columns].index("price")
    align = Qt.AlignmentFlag(model.index(0, price_col).data(Qt.ItemDataRole.TextAlignmentRole))
    assert align & Qt.AlignmentFlag.AlignRight


def test_rows_are_read_one_page_at_a_time(ui_catalogue) -> None:
    model = _model(ui_catalogue)
    model.index(0, 0).data()
    model.index(PAGE_SIZE - 1, 0).data()
    assert len(model._pages) == 1
    model.index(2999, 0).data()
    assert len(model._pages) == 2


def test_header_click_asks_for_a_store_sort_instead_of_sorting_locally(ui_catalogue) -> None:
    model = _model(ui_catalogue)
    asked: list[tuple[str, bool]] = []
    model.sort_requested.connect(lambda key, desc: asked.append((key, desc)))
    first_before = model.index(0, 0).data()
    model.sort([c.key for c in model.columns].index("price"), Qt.SortOrder.DescendingOrder)
    assert asked == [("customer_price", True)]
    assert model.index(0, 0).data() == first_before  # nothing moved until the tab re-queries


def test_a_store_that_cannot_be_read_shows_empty_rows_and_reports_once(ui_catalogue) -> None:
    model = _model(ui_catalogue)
    failures: list[object] = []
    model.read_failed.connect(failures.append)
    ui_catalogue.catalogue.read_rows([1])  # the live generation is mapped
    root = ui_catalogue.catalogue.root
    (root / str(current_name(root)) / "rows.blocks.npy").unlink()  # its rows can no longer be read
    assert model.index(0, 0).data() == ""
    assert model.index(PAGE_SIZE * 3, 0).data() == ""
    assert len(failures) == 1


class _GatedReader:
    """The real catalogue behind a gate: reads block until ``open`` is set, as an import's stage-1
    snapshot does while its busy child process has not answered yet."""

    def __init__(self, catalogue) -> None:
        import threading

        self.catalogue = catalogue
        self.open = threading.Event()

    def read_rows(self, ids):
        self.open.wait(30)
        return self.catalogue.read_rows(ids)


async def test_a_slow_reader_never_holds_a_repaint_rows_fill_in_when_they_arrive(
    qtbot, ui_catalogue
) -> None:
    from tests.fixtures.ui import next_emission

    result = await ui_catalogue.search(CatalogueQuery())
    reader = _GatedReader(ui_catalogue.catalogue)
    model = CatalogueModel()
    model.set_result(result.ids, reader, page_wait=SNAPSHOT_PAGE_WAIT_S)
    try:
        assert model.display_text(0, 0) == "" and model.product(0) is None  # blank, not a hang
        assert model._pages == {}  # the blank page is not kept
        arrived = next_emission(model.dataChanged)
        reader.open.set()
        top_left, bottom_right, *_roles = await asyncio.wait_for(arrived, 10)
        assert (top_left.row(), bottom_right.row()) == (0, PAGE_SIZE - 1)  # that page repaints
        product = model.product(0)
        assert product is not None and product.row_id == result.ids[0]
        assert model.display_text(0, 0) == model.index(0, 0).data() != ""
        model.set_result(result.ids, ui_catalogue.catalogue)  # the catalogue again: read in place
        assert model.product(PAGE_SIZE * 3) is not None
    finally:
        reader.open.set()
        model.close()


async def test_a_slow_readers_first_page_starts_no_thread_on_the_gui_thread(
    qtbot, ui_catalogue, monkeypatch
) -> None:
    """``Thread.start`` waits until the new thread runs: on a busy machine the window waited
    for it when an import's snapshot began to serve (bench/feeds_bench.py)."""
    import threading

    result = await ui_catalogue.search(CatalogueQuery())
    model = CatalogueModel()  # its page thread starts here, with the window
    started: list[str] = []
    real_start = threading.Thread.start

    def start(thread: threading.Thread) -> None:
        started.append(thread.name)
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", start)
    reader = _GatedReader(ui_catalogue.catalogue)
    try:
        model.set_result(result.ids, reader, page_wait=SNAPSHOT_PAGE_WAIT_S)
        assert model.display_text(0, 0) == ""  # the page is being read in the model's thread
        reader.open.set()
        await asyncio.wait_for(asyncio.wrap_future(model._pending[0]), 10)
        assert model.product(0) is not None and started == []
    finally:
        reader.open.set()
        model.close()
