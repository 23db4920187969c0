"""Ingram Micro's EMEA warehouse identifiers per account country (seed 004, verbatim).

Warehouse ids are scoped by country: "20" is Crick (UK) for a UK account but a Texas
distribution centre in US examples, so always look them up with the account's country.
"""

from __future__ import annotations

from dataclasses import dataclass

from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "CURRENCY_BY_COUNTRY",
    "TOWNS",
    "WAREHOUSE_TABLE",
    "CountryWarehouses",
    "Warehouse",
    "find_warehouse",
    "warehouses_for",
]


@dataclass(frozen=True, slots=True)
class Warehouse:
    id: str
    location: str
    central: bool

    @property
    def name(self) -> str:
        """Display name: the town, which is what purchasers call a warehouse (one of ``TOWNS``,
        translated by the UI under the context "Warehouse")."""
        return self.location.split(",")[0].strip()


@dataclass(frozen=True, slots=True)
class CountryWarehouses:
    country: str
    erp: str  #: "Impulse" or "SAP": decides id style (numeric vs NL01/PE02/PEDE)
    local: tuple[Warehouse, ...]
    central: Warehouse | None

    @property
    def all(self) -> tuple[Warehouse, ...]:
        return self.local + ((self.central,) if self.central else ())


def _table(
    country: str, erp: str, local: list[tuple[str, str]], central: tuple[str, str] | None
) -> CountryWarehouses:
    return CountryWarehouses(
        country,
        erp,
        tuple(Warehouse(i, loc, False) for i, loc in local),
        Warehouse(central[0], central[1], True) if central else None,
    )


#: The warehouse towns as purchasers call them, marked for translation (Vienna is Wien in German).
TOWNS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Warehouse", "Vienna"),
    QT_TRANSLATE_NOOP("Warehouse", "Straubing"),
    QT_TRANSLATE_NOOP("Warehouse", "Tilburg"),
    QT_TRANSLATE_NOOP("Warehouse", "Altishofen"),
    QT_TRANSLATE_NOOP("Warehouse", "Tarragona"),
    QT_TRANSLATE_NOOP("Warehouse", "Madrid"),
    QT_TRANSLATE_NOOP("Warehouse", "Lomme"),
    QT_TRANSLATE_NOOP("Warehouse", "Fót"),
    QT_TRANSLATE_NOOP("Warehouse", "Settala"),
    QT_TRANSLATE_NOOP("Warehouse", "Sintra"),
    QT_TRANSLATE_NOOP("Warehouse", "Rosersberg"),
    QT_TRANSLATE_NOOP("Warehouse", "Crick"),
)

_STRAUBING = "Straubing, DE"

#: Seed 004 "Ingram Micro Warehouse Identifiers", one entry per customer account country.
WAREHOUSE_TABLE: dict[str, CountryWarehouses] = {
    t.country: t
    for t in (
        _table("AT", "Impulse", [("28", "Vienna, Austria"), ("44", _STRAUBING)], None),
        _table(
            "BE", "SAP", [("NL01", "Tilburg, NL"), ("PE02", "Tilburg, NL")], ("PEDE", _STRAUBING)
        ),
        _table("CH", "Impulse", [("27", "Altishofen, CH"), ("44", _STRAUBING)], None),
        _table("DE", "Impulse", [("44", _STRAUBING)], None),
        _table(
            "ES",
            "Impulse",
            [("29", "Tarragona, ES"), ("78", "Tarragona, ES"), ("43", "Madrid, ES")],
            ("81", _STRAUBING),
        ),
        _table("FR", "Impulse", [("21", "Lomme, FR"), ("82", "Lomme, FR")], ("81", _STRAUBING)),
        _table("HU", "Impulse", [("40", "Fót, HU"), ("44", _STRAUBING)], None),
        _table("IT", "Impulse", [("23", "Settala, IT"), ("86", "Settala, IT")], ("81", _STRAUBING)),
        _table(
            "NL", "SAP", [("NL01", "Tilburg, NL"), ("PE02", "Tilburg, NL")], ("PEDE", _STRAUBING)
        ),
        _table("PT", "Impulse", [("26", "Sintra, PT")], ("81", _STRAUBING)),
        _table(
            "SE",
            "Impulse",
            [("33", "Rosersberg, SE"), ("84", "Rosersberg, SE")],
            ("81", _STRAUBING),
        ),
        _table("UK", "Impulse", [("20", "Crick, UK"), ("85", "Crick, UK")], ("81", _STRAUBING)),
    )
}

#: Currency a reseller in each seed country is invoiced in (not in the seed; ISO 4217 facts).
CURRENCY_BY_COUNTRY: dict[str, str] = {
    "AT": "EUR", "BE": "EUR", "CH": "CHF", "DE": "EUR", "ES": "EUR", "FR": "EUR",
    "HU": "HUF", "IT": "EUR", "NL": "EUR", "PT": "EUR", "SE": "SEK", "UK": "GBP",
}  # fmt: skip


def _normalise(country: str) -> str:
    c = country.strip().upper()
    return "UK" if c == "GB" else c  # the seed says UK where ISO says GB


def warehouses_for(country: str) -> CountryWarehouses | None:
    return WAREHOUSE_TABLE.get(_normalise(country))


def find_warehouse(country: str, warehouse_id: object) -> Warehouse | None:
    """The warehouse with this id for an account in ``country`` (ids may arrive as numbers)."""
    table = warehouses_for(country)
    if table is None or warehouse_id is None:
        return None
    wid = str(warehouse_id).strip()
    return next((w for w in table.all if w.id.upper() == wid.upper()), None)
