"""Ingram's price, stock and category files: streaming import, SQLite store, fast search (no Qt).

The one engine (issue 13; replaces the store and the interim snapshot once wired in):
``engine.import_price_file(db, price_file, …)`` detects, parses, gates, indexes and swaps in a
generation folder beside ``db``; ``engine.apply_stock_file(db, stock_file)`` makes a stock file a
new generation; ``engine.Catalogue.open(db)`` answers every read from the live generation (the
store's read interface). Pipeline: ``detect`` → ``parse`` → ``Snapshot.settle`` → ``snapshot``
(serve) → ``generation`` (swap).

Entry points for the services layer today (every call is blocking — run it in a worker thread):

* ``importer.import_catalogue(db, price_file, stock_file=, category_file=, mapping=, force=,
  currency=, progress=, cancel=) -> ImportReport`` — in this process; ``worker.import_in_subprocess``
  has the same signature and runs it in a spawned child, which keeps the GUI's GIL free
  (preferred in the app). Errors: ``SanityGateError`` (``.report``; retry with ``force=True``),
  ``ImportCancelled``, ``layouts.MappingRequired`` (``.header``: ask for a ``UserMapping``),
  ``CatalogueImportError``. The previous catalogue stays live on every error.
* ``importer.apply_stock_file(db, stock_file)`` — Hourly Stock File over the live catalogue.
* ``store.CatalogueStore.open(db)`` — ``query_ids(CatalogueQuery) -> array('q')`` (worker
  thread, cancellable), ``read_rows(ids) -> list[Product]`` (UI thread, ~1 ms per 100 rows),
  ``lookup(code)``, ``vendors()``, ``category_tree()``, ``info()``, ``changes()``,
  ``generation()`` (changes when an import is swapped in: re-run the view's query).
* ``interim.InterimProcess`` — stage 1 of a big import in a child process: ``spawn()`` (warm),
  ``load(db, price_file, …)`` reads the file with polars into a ``snapshot.Snapshot`` that then
  answers the store's reader calls (same ids, order and products) until ``close()``; raises the
  import's own refusals or ``InterimUnavailable`` (import in one stage then).
* ``ingram_desk.domain.product.Product`` is the row record; ``Product.raw`` holds every
  original column, read lazily from the kept copy of the source file.
"""
