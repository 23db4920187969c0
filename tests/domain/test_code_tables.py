"""The seed's code tables are complete and decode as the seed says."""

from decimal import Decimal

import pytest

from ingram_desk.domain.api_codes import http_code, preamble_code
from ingram_desk.domain.money import Money, to_decimal
from ingram_desk.domain.order_status import (
    HOLD_REASONS,
    ORDER_STATUSES,
    STATUS_CONFLICTS,
    StatusBucket,
    decode_hold_reason,
    decode_status,
)
from ingram_desk.domain.warehouses import WAREHOUSE_TABLE, find_warehouse, warehouses_for

SEED_HOLD_CODES = (
    "AC BA BL BO C3 C4 C5 C8 CC CH CL EA EH ER ES EU EX FL GM IC IM IN LM LT MN PC PD R1 RP "
    "S2 SB SE SF SH SM SP TV VO VR WT ZS"
).split()


def test_status_table_is_exactly_the_seeds() -> None:
    assert set(ORDER_STATUSES) == {"", *"CDEFIORSVW"}
    assert decode_status(" ").description == "In progress/Open order"
    assert decode_status("c").bucket is StatusBucket.ON_HOLD


def test_f_keeps_the_seed_meaning_and_records_the_conflict() -> None:
    assert decode_status("F").description == "Invoiced"
    assert "FORCE BILLING" in STATUS_CONFLICTS["F"][1]


def test_spec_only_and_unknown_codes_still_decode() -> None:
    assert decode_status("4").bucket is StatusBucket.SHIPPED
    assert not decode_status("4").from_seed
    assert decode_status("Z").bucket is StatusBucket.UNKNOWN


def test_every_seed_hold_reason_is_present_with_description_and_advice() -> None:
    assert set(HOLD_REASONS) == {"", *SEED_HOLD_CODES}
    for code in SEED_HOLD_CODES:
        reason = decode_hold_reason(code.lower())
        assert reason.description and reason.action
    assert decode_hold_reason("CH").description == "Credit check hold"
    assert decode_hold_reason(None).description == "No hold"
    assert "Unknown" in decode_hold_reason("QQ").description


@pytest.mark.parametrize(
    ("country", "local", "central"),
    [
        ("UK", ["20", "85"], "81"),
        ("NL", ["NL01", "PE02"], "PEDE"),
        ("BE", ["NL01", "PE02"], "PEDE"),
        ("DE", ["44"], None),
        ("ES", ["29", "78", "43"], "81"),
        ("AT", ["28", "44"], None),
    ],
)
def test_warehouse_table(country: str, local: list[str], central: str | None) -> None:
    table = warehouses_for(country)
    assert table is not None
    assert [w.id for w in table.local] == local
    assert (table.central.id if table.central else None) == central


def test_warehouse_ids_are_country_scoped_and_accept_numbers() -> None:
    assert len(WAREHOUSE_TABLE) == 12
    crick = find_warehouse("UK", 20)
    assert crick is not None and crick.location == "Crick, UK" and not crick.central
    assert find_warehouse("HU", "40").location == "Fót, HU"  # type: ignore[union-attr]
    assert find_warehouse("UK", "81").central  # type: ignore[union-attr]
    assert find_warehouse("DE", "20") is None


def test_http_codes_carry_seed_remedies() -> None:
    assert http_code(401).remedial_action.startswith("Check App ID and Client Secret")
    assert http_code(503).retryable and not http_code(400).retryable
    assert http_code(599).remedial_action.startswith("Retry the transaction")


def test_preamble_codes_match_leniently() -> None:
    assert preamble_code("SUCCESS", "3 Records Found.").has_results
    assert not preamble_code("FAILED", "No data found").has_results
    assert not preamble_code("success", "No Data Found for given Search Criteria.").has_results


def test_money_is_decimal() -> None:
    assert to_decimal("1.234,56") == Decimal("1234.56")
    assert to_decimal("1,234.56") == Decimal("1234.56")
    assert to_decimal(0.1) == Decimal("0.1")
    assert to_decimal("") is None and to_decimal("abc") is None and to_decimal(True) is None
    assert Money(Decimal("2.50"), "EUR") * 3 == Money(Decimal("7.50"), "EUR")
    with pytest.raises(ValueError):
        Money(Decimal(1), "EUR") + Money(Decimal(1), "GBP")
    with pytest.raises(TypeError):
        Money(1.5, "EUR")  # type: ignore[arg-type]
