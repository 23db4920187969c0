"""Ingram's price, stock and category files: one catalogue engine, fast search (no Qt).

The one engine (issue 13): ``engine.import_files(db, price_file, …)`` detects, parses and
gates (``read_price_file``), then indexes and swaps in a generation folder beside the settings
database ``db`` (``commit_import``);
``engine.apply_stock_file(db, stock_file)`` makes a stock file a new generation;
``engine.Catalogue.open(db)`` answers every read from the live generation. Pipeline: ``detect``
→ ``parse`` → ``Snapshot.settle`` → ``snapshot`` (serve) → ``generation`` (swap). What a reader
is asked and answers is in ``query``.

Entry points for the services layer (every call is blocking — run it in a worker thread):

* ``engine.import_files(db, price_file, stock_file=, category_file=, mapping=, force=,
  currency=, progress=, cancel=) -> ImportReport`` — in this process;
  ``worker.import_in_subprocess`` has the same signature and runs it in a spawned child, which
  keeps the GUI's GIL free (preferred in the app). Errors: ``SanityGateError`` (``.report``;
  retry with ``force=True``), ``ImportCancelled``, ``layouts.MappingRequired`` (``.header``: ask
  for a ``UserMapping``), ``CatalogueImportError``. The previous generation stays live on every
  error.
* ``engine.apply_stock_file(db, stock_file)`` — Hourly Stock File over the live catalogue.
* ``engine.Catalogue.open(db)`` — ``query_ids(CatalogueQuery) -> array('q')`` (worker thread,
  cancellable), ``read_rows(ids) -> list[Product]`` (UI thread), ``lookup(code)``,
  ``vendors()``, ``category_tree()``, ``info()``, ``changes()``, ``generation()`` (changes when
  an import is swapped in: re-run the view's query).
* ``interim.InterimProcess`` — a big import in one child process: ``spawn()`` (warm),
  ``load(db, price_file, …)`` runs the read half into a ``snapshot.Snapshot`` that then
  answers the same reader calls as ``Catalogue``; ``commit(stock_file=, progress=, cancel=)``
  runs the commit half on it (queries still answered) until ``close()``; ``load`` raises the
  import's own refusals or ``InterimUnavailable`` (import in one go then).
* ``ingram_desk.domain.product.Product`` is the row record; ``Product.raw`` holds every column
  of the original record (the file's records, kept compressed: ``row_blocks``).
* ``schema`` — the settings database beside the generation folders: remembered mappings only.
"""
