"""Fuzzing (Hypothesis, a bounded number of examples so CI stays quick): the order-file reader
and the price-file reader never crash. Whatever the bytes, the outcome is a draft or one
``DraftValidationError``; an import or a ``CatalogueImportError`` / refusal, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingram_desk.catalogue.engine import import_files
from ingram_desk.catalogue.layouts import MappingError, MappingRequired
from ingram_desk.catalogue.report import CatalogueImportError
from ingram_desk.domain.errors import DraftValidationError
from ingram_desk.domain.order_draft import MAX_QUANTITY
from ingram_desk.domain.order_file import parse_order_file
from tests.catalogue.builders import DACH_HEADER, dach_row

FUZZ = settings(
    max_examples=150, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=20), inner, max_size=4)
    ),
    max_leaves=20,
)
keys = st.sampled_from([
    "customerOrderNumber", "endCustomerOrderNumber", "notes", "acceptBackOrder", "shipToInfo",
    "lines", "shipmentDetails", "additionalAttributes", "endUserInfo", "x",
])  # fmt: skip
line_keys = st.sampled_from(
    ["ingramPartNumber", "quantity", "unitPrice", "notes", "customerLineNumber", "specialBidNumber"]
)
order_like = st.dictionaries(
    keys,
    json_values | st.lists(st.dictionaries(line_keys, json_values, max_size=6), max_size=3),
    max_size=8,
)


def read(data: bytes) -> None:
    try:
        draft = parse_order_file(data)
    except DraftValidationError as exc:
        assert exc.fields and all(f.field.startswith(("$", "lines")) for f in exc.fields)
        return
    # anything accepted is a sendable order
    assert all(1 <= ln.quantity <= MAX_QUANTITY for ln in draft.lines)
    assert not draft.problems() or not draft.customer_po
    json.loads(draft.frozen_bytes())


@FUZZ
@given(order_like)
def test_order_file_reader_never_crashes_on_order_shaped_json(doc: dict) -> None:
    read(json.dumps(doc, allow_nan=True).encode())


@FUZZ
@given(st.binary(max_size=300))
def test_order_file_reader_never_crashes_on_random_bytes(data: bytes) -> None:
    read(data)
    read(b"\xef\xbb\xbf" + data)


cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30
) | st.sampled_from(['"', '""', '"x', 'x"y', "\n", "\r\n", "", " ", "1,5", "-3", "=1+1"])


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    st.lists(st.lists(cells, min_size=1, max_size=len(DACH_HEADER) + 2), max_size=6),
    st.sampled_from(["\n", "\r\n"]),
    st.booleans(),
)
def test_price_file_reader_never_crashes(rows: list[list[str]], newline: str, bom: bool) -> None:
    good = ["|".join(dach_row(f"F{i}")) for i in range(3)]
    junk = ["|".join(r) for r in rows]
    text = newline.join(["|".join(DACH_HEADER), *good, *junk]) + newline
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "PL.csv"
        src.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
        try:
            report = import_files(Path(tmp) / "c.sqlite3", src)
        except (CatalogueImportError, MappingRequired, MappingError) as exc:
            assert str(exc)  # refused in words
            return
        assert report.rows_imported >= 1
        assert report.rows_imported + report.rows_skipped >= 1


@settings(max_examples=60, deadline=None, derandomize=True)
@given(st.binary(max_size=2000))
def test_price_file_reader_never_crashes_on_random_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "PRICE.TXT"
        src.write_bytes(data)
        try:
            import_files(Path(tmp) / "c.sqlite3", src)
        except (CatalogueImportError, MappingRequired, MappingError) as exc:
            assert str(exc)
