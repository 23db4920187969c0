"""The bundled sample files import cleanly, and the shared ``catalogue_store`` fixture works."""

from __future__ import annotations

from ingram_desk.catalogue.engine import Catalogue
from ingram_desk.catalogue.query import CatalogueQuery


def test_sample_catalogue_fixture_has_every_row_and_the_stock_file(
    catalogue_store: Catalogue,
) -> None:
    info = catalogue_store.info()
    assert info.row_count == 3000 and info.rows_skipped == 0
    assert info.layout == "dach_impulse" and info.stock_file_time
    ids = catalogue_store.query_ids(CatalogueQuery())
    page = catalogue_store.read_rows(ids[:100])
    assert len(page) == 100 and all(p.sku and p.customer_price is not None for p in page)
    tree = catalogue_store.category_tree()
    assert sum(node.count for node in tree) == 3000
    first = page[0]
    assert catalogue_store.lookup(first.sku)[0].sku == first.sku
    hits = catalogue_store.query_ids(CatalogueQuery(text=first.vpn))
    assert first.row_id in hits.tolist()
    everything = catalogue_store.read_rows(ids)
    warehouses = {p.sku: p.stock_warehouse for p in everything if p.stock_warehouse}
    assert 0 < len(warehouses) < 3000 and set(warehouses.values()) <= {"NL", "DE"}


def test_original_columns_are_kept_with_each_row(catalogue_store: Catalogue) -> None:
    [product] = catalogue_store.read_rows([1])
    assert product.raw["ARTIKEL_NR"] == product.sku and len(product.raw) == 52
    assert product.raw["AUSLIEFERUNGSLAGER"] in ("NL", "DE")
