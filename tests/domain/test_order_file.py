"""The order-file reader: every wrong shape of issue 19 is one clear error naming its JSON path,
never a traceback, a hang or a RecursionError; bad orders that used to be placed are refused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ingram_desk.domain.errors import DraftValidationError
from ingram_desk.domain.order_draft import (
    MAX_QUANTITY,
    DraftLine,
    OrderDraft,
)
from ingram_desk.domain.order_file import ORDER_REQUEST_SCHEMA, parse_order_file

BASE = {"customerOrderNumber": "PO-1", "lines": [{"ingramPartNumber": "DF4128", "quantity": 2}]}


def refused(data: bytes | dict) -> dict[str, str]:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(DraftValidationError) as exc:
        parse_order_file(raw)
    return {f.field: f.message for f in exc.value.fields}


def line(**kw: object) -> dict:
    return {**BASE, "lines": [{"ingramPartNumber": "DF4128", "quantity": 1, **kw}]}


@pytest.mark.parametrize(
    ("doc", "path", "words"),
    [
        ({**BASE, "lines": [5]}, "$.lines[0]", "must be an object"),
        ({**BASE, "shipmentDetails": 5}, "$.shipmentDetails", "must be an object"),
        ({**BASE, "additionalAttributes": ["x"]}, "$.additionalAttributes[0]", "must be an object"),
        ({**BASE, "lines": "ab"}, "$.lines", "must be a list"),
        ({**BASE, "lines": []}, "$.lines", "at least 1 item"),
        (line(quantity=1.5), "$.lines[0].quantity", "whole number"),
        (line(quantity="1e9"), "$.lines[0].quantity", "whole number"),
        (line(quantity=1_000_000_000), "$.lines[0].quantity", "whole number"),
        (line(quantity=0), "$.lines[0].quantity", "whole number"),
        (line(quantity="NaN"), "$.lines[0].quantity", "whole number"),
        ({**BASE, "customerOrderNumber": "PO\x00X"}, "$.customerOrderNumber", "only letters"),
        ({**BASE, "customerOrderNumber": "PO<1>&é"}, "$.customerOrderNumber", "only letters"),
        ({**BASE, "customerOrderNumber": "P" * 19}, "$.customerOrderNumber", "at most 18"),
        ({**BASE, "notes": "n" * 133}, "$.notes", "at most 132"),
        (line(notes="n" * 133), "$.lines[0].notes", "at most 132"),
        ({**BASE, "shipToInfo": {"city": "c" * 26}}, "$.shipToInfo.city", "at most 25"),
    ],
)
def test_wrong_shapes_are_one_error_per_problem_with_the_json_path(doc, path, words) -> None:
    problems = refused(doc)
    assert path in problems, problems
    assert words in problems[path]


def test_every_problem_is_listed_not_only_the_first() -> None:
    doc = {
        "customerOrderNumber": "PO\x00",
        "notes": 5,
        "lines": [{"ingramPartNumber": "A", "quantity": 1.5}, 7],
    }
    assert set(refused(doc)) == {
        "$.customerOrderNumber", "$.notes", "$.lines[0].quantity", "$.lines[1]",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"customerOrderNumber":"P","lines":[{"ingramPartNumber":"A","quantity":NaN}]}', "NaN"),
        (b'{"lines":[{"ingramPartNumber":"A","quantity":Infinity}]}', "Infinity"),
        (b'{"lines":[{"ingramPartNumber":"A","quantity":1e999999999}]}', "out of range"),
        (b'{"lines":[{"ingramPartNumber":"A","quantity":' + b"9" * 5000 + b"}]}", "out of range"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"a":' * 20 + b"1" + b"}" * 20, "nested too deeply"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"lines": [', "not JSON"),
        (json.dumps({**BASE, "notes": "x" * 50_000_000}).encode(), "at most 1,048,576"),
    ],
)
def test_hostile_files_are_refused_in_words(data: bytes, words: str) -> None:
    assert words in refused(data)["$"]


def test_a_utf8_bom_is_accepted() -> None:
    draft = parse_order_file(b"\xef\xbb\xbf" + json.dumps(BASE).encode())
    assert draft.customer_po == "PO-1" and draft.lines[0].quantity == 2


def test_lenient_strings_still_read_and_a_missing_po_is_generated_later() -> None:
    draft = parse_order_file(
        json.dumps({"lines": [{"ingramPartNumber": "A1", "quantity": " 3,"}]}).encode()
    )
    assert draft.customer_po == "" and draft.lines[0].quantity == 3


def test_fractional_quantities_are_refused_not_rounded_by_the_draft_itself() -> None:
    with pytest.raises(DraftValidationError):
        OrderDraft.from_request({"customerOrderNumber": "P", "lines": [{"quantity": "1.5"}]})
    with pytest.raises(DraftValidationError):
        OrderDraft.from_request(
            {"customerOrderNumber": "P", "lines": [{"quantity": "1e999999999"}]}
        )


def test_domain_rules_refuse_what_the_form_could_produce() -> None:
    draft = OrderDraft(
        customer_po="PO\x00",
        lines=(DraftLine("DF4128", MAX_QUANTITY + 1, notes="n" * 200),),
        notes="x" * 50_000_000,
    )
    fields = {p.field for p in draft.problems()}
    assert fields == {"customerOrderNumber", "notes", "lines[1].quantity", "lines[1].notes"}


def test_schema_is_at_least_as_strict_as_the_official_spec() -> None:
    """Every maxLength the spec's OrderCreateRequest states holds in our schema too."""
    spec = json.loads(
        (Path(__file__).parents[1] / "sandbox" / "spec" / "ingram-openapi-latest.json").read_text()
    )["components"]["schemas"]["OrderCreateRequest"]["properties"]

    def limits(node: dict, prefix: str = "") -> dict[str, int]:
        out: dict[str, int] = {}
        for name, sub in (node.get("properties") or {}).items():
            if "maxLength" in sub:
                out[prefix + name] = sub["maxLength"]
            if sub.get("type") == "object":
                out.update(limits(sub, f"{prefix}{name}."))
            if sub.get("type") == "array" and isinstance(sub.get("items"), dict):
                out.update(limits(sub["items"], f"{prefix}{name}[]."))
        return out

    ours = ORDER_REQUEST_SCHEMA["properties"]

    def our_limit(dotted: str) -> int | None:
        node: dict = {"properties": ours}
        for part in dotted.split("."):
            name, is_list = part.removesuffix("[]"), part.endswith("[]")
            node = (node.get("properties") or {}).get(name) or {}
            if is_list:
                node = node.get("items") or {}
        if "oneOf" in node:
            return max((n.get("maxLength") or 0) for n in node["oneOf"]) or None
        return node.get("maxLength")

    checked = 0
    for dotted, limit in limits({"properties": spec}).items():
        mine = our_limit(dotted)
        if mine is None:
            continue  # passed through untouched; the request size cap still applies
        checked += 1
        assert mine <= limit, dotted
    assert checked >= 20


def test_cli_create_prints_one_line_and_no_traceback(tmp_path: Path) -> None:
    """The real command in a real process: wrong shapes exit 1 with one line, fast."""
    for i, doc in enumerate([{**BASE, "lines": [5]}, {**BASE, "shipmentDetails": 5}]):
        f = tmp_path / f"bad{i}.json"
        f.write_text(json.dumps(doc))
        proc = subprocess.run(
            [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path / "d"),
             "orders", "create", str(f)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr and proc.stderr.count("\n") == 1
        assert "$." in proc.stderr
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * 100_000 + b"]" * 100_000)
    proc = subprocess.run(
        [sys.executable, "-m", "ingram_desk", "--data-dir", str(tmp_path / "d"),
         "orders", "create", str(deep)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert proc.returncode == 1 and "nested too deeply" in proc.stderr
    assert "Traceback" not in proc.stderr
