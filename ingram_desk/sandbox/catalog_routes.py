"""Sandbox routes for products: GET /resellers/v6/catalog and POST .../catalog/priceandavailability."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from ingram_desk.domain.warehouses import CURRENCY_BY_COUNTRY, Warehouse, warehouses_for
from ingram_desk.sandbox.dataset import Catalogue
from ingram_desk.sandbox.orders import OrderBook
from ingram_desk.sandbox.products import Product
from ingram_desk.sandbox.wire import (
    ApiError,
    Request,
    Response,
    error_body,
    json_response,
    parse_bool,
    parse_int,
    validation_error,
)

__all__ = [
    "PNA_LIMIT",
    "Context",
    "catalog_search",
    "price_and_availability",
    "product_details",
    "stock_by_warehouse",
]

PNA_LIMIT = 50
_FALLBACK_WAREHOUSES = (Warehouse("10", "Mira Loma, CA", False),)


@dataclass
class Context:
    """What every route may use; ``now`` reads the server's (settable) clock."""

    catalogue: Catalogue
    book: OrderBook
    now: Callable[[], datetime]
    search_delay: Callable[[], float] = lambda: 0.0  #: seconds before new orders are searchable


def country_of(req: Request) -> str:
    """The caller's account country; ISO ``GB`` is the seed's ``UK``."""
    code = (req.header("IM-CountryCode") or req.q("isocountrycode") or "").strip().upper()
    return "UK" if code == "GB" else code


def paging(
    req: Request, size_key: str = "pageSize", page_key: str = "pageNumber"
) -> tuple[int, int]:
    """(page size, page number) with Ingram's defaults; 400 outside 1..100 / below 1."""
    raw_size, raw_page = req.q(size_key), req.q(page_key)
    size = 25 if raw_size is None else parse_int(raw_size)
    page = 1 if raw_page is None else parse_int(raw_page)
    fields = []
    if size is None or not 1 <= size <= 100:
        fields.append((size_key, raw_size or "", f"{size_key} must be between 1 and 100"))
    if page is None or page < 1:
        fields.append((page_key, raw_page or "", f"{page_key} must be 1 or more"))
    if fields:
        raise ApiError(validation_error("Validation failed", fields))
    assert size is not None and page is not None
    return size, page


def page_links(req: Request, page: int, size: int, total: int, base: str) -> dict[str, str]:
    """``nextPage``/``previousPage`` with the original parameters (not Ingram's placeholder)."""
    params = [(k, v) for k, vs in req.query.items() if k not in ("pagenumber",) for v in vs]
    links = {}
    if page * size < total:
        links["nextPage"] = f"{base}?{urlencode([*params, ('pageNumber', page + 1)])}"
    if page > 1:
        links["previousPage"] = f"{base}?{urlencode([*params, ('pageNumber', page - 1)])}"
    return links


def _matches(p: Product, keywords: list[str], vendors: set[str], vpns: set[str], cat: str) -> bool:
    if vendors and p.vendor.upper() not in vendors:
        return False
    if vpns and p.vpn.upper() not in vpns:
        return False
    if cat and cat not in (p.category.group1.upper(), p.category.group2.upper()):
        return False
    if keywords:
        hay = f"{p.sku} {p.vpn} {p.description} {p.vendor} {p.ean}".upper()
        return all(k in hay for k in keywords)
    return True


def _catalog_entry(p: Product) -> dict[str, Any]:
    digital = p.category.product_type in ("SWL", "SERV")
    return {
        "description": p.description,
        "category": p.category.group1,
        "subCategory": p.category.group2,
        "productType": p.category.product_type,
        "ingramPartNumber": p.sku,
        "vendorPartNumber": p.vpn,
        "upcCode": p.ean,
        "vendorName": p.vendor,
        "endUserRequired": "true" if p.category.product_type == "SWL" else "false",
        "hasDiscounts": "true" if p.promo_price is not None else "false",
        "type": "IM::Digital" if digital else "IM::Physical",
        "discontinued": "true" if p.discontinued else "false",
        "newProduct": "false",
        "directShip": "true" if p.central_only else "false",
        "hasWarranty": "true" if p.category.product_type == "SYST" else "false",
        "replacementSku": p.successor,
        "authorizedToPurchase": "true",
        "links": [
            {"topic": "catalog", "href": f"/resellers/v6/catalog/details/{p.sku}", "type": "GET"}
        ],
    }


def catalog_search(ctx: Context, req: Request) -> Response:
    size, page = paging(req)
    keywords = [k.strip().upper() for k in req.qs("keyword") if k.strip()]
    vendors = {v.strip().upper() for v in req.qs("vendor") if v.strip()}
    vpns = {v.strip().upper() for v in req.qs("vendorPartNumber") if v.strip()}
    category = (req.q("category") or "").strip().upper()
    hits = [p for p in ctx.catalogue.products if _matches(p, keywords, vendors, vpns, category)]
    if not hits:
        return json_response(404, error_body("Validation error", "No Records Found"))
    chunk = hits[(page - 1) * size : page * size]
    payload: dict[str, Any] = {
        "recordsFound": len(hits),
        "pageSize": size,
        "pageNumber": page,
        "catalog": [_catalog_entry(p) for p in chunk],
    }
    payload.update(page_links(req, page, size, len(hits), "/resellers/v6/catalog"))
    return json_response(200, payload)


def product_details(ctx: Context, req: Request) -> Response:
    """GET /resellers/v6/catalog/details/{ingramPartNumber} (the catalog entries link here)."""
    p = ctx.catalogue.find(sku=req.params["number"])
    if p is None:
        return json_response(404, error_body("Validation error", "No Records Found"))
    kind = p.category.product_type
    weights = [
        {"plantId": w.id, "weight": float(p.weight), "weightUnit": "KG"}
        for w, _ in stock_by_warehouse(p, country_of(req))
    ]
    payload = {
        "ingramPartNumber": p.sku,
        "vendorPartNumber": p.vpn,
        "productAuthorized": "True",
        "description": p.description,
        "upc": p.ean,
        "productCategory": p.category.group1,
        "productSubcategory": p.category.group2,
        "vendorName": p.vendor,
        "vendorNumber": p.vendor[:4].upper(),
        "productStatusCode": "D" if p.discontinued else "A",
        "productClass": _product_class(p),
        "indicators": {
            "hasWarranty": kind == "SYST",
            "isNewProduct": False,
            "isDirectship": p.central_only,
            "isDownloadable": kind == "SWL",
            "isDigitalType": kind in ("SWL", "SERV"),
            "skuType": "M",
            "hasStdWebDiscount": p.promo_price is not None,
            "isDiscontinuedProduct": p.discontinued,
            "isReturnableProduct": kind not in ("SWL", "SERV"),
            "isEnduserRequired": kind == "SWL",
            "isLicenseProduct": kind == "SWL",
            "isServiceSku": kind == "SERV",
        },
        "additionalInformation": {
            "productWeight": weights,
            "isBulkFreight": float(p.weight) > 30,
            "height": "0.10",
            "width": "0.20",
            "length": "0.30",
            "netWeight": str(p.weight),
            "dimensionUnit": "M",
        },
    }
    return json_response(200, payload)


def stock_by_warehouse(p: Product, country: str) -> list[tuple[Warehouse, int]]:
    """How the product's free stock is spread over the caller's warehouses (seed 004 ids)."""
    table = warehouses_for(country)
    if table is None:
        return [(_FALLBACK_WAREHOUSES[0], p.stock)]
    central = table.central or table.local[-1]
    if p.central_only:
        return [(w, p.stock if w is central else 0) for w in table.all]
    local_qty = round(p.stock * p.local_share)
    out = []
    for w in table.all:
        if w is table.local[0]:
            qty = local_qty + (p.stock - local_qty if w is central else 0)
        elif w is central:
            qty = p.stock - local_qty
        else:
            qty = 0
        out.append((w, qty))
    return out


def _availability(ctx: Context, p: Product, country: str) -> dict[str, Any]:
    spread = stock_by_warehouse(p, country)
    # Back-orders arrive where the product is normally stocked.
    home = spread[-1][0] if p.central_only else spread[0][0]
    rows = []
    for w, qty in spread:
        row: dict[str, Any] = {
            "location": w.location,
            "warehouseId": w.id,
            "quantityAvailable": qty,
            "quantityBackordered": 0,
        }
        if p.stock == 0 and p.eta_days is not None and w is home:
            eta = (ctx.now().date() + timedelta(days=p.eta_days)).isoformat()
            row["quantityBackorderedEta"] = eta
            row["backOrderInfo"] = [{"quantity": 20 + p.index % 80, "etaDate": eta}]
        rows.append(row)
    return {"available": p.stock > 0, "totalAvailability": p.stock, "availabilityByWarehouse": rows}


def _product_class(p: Product) -> str:
    if p.discontinued:
        return "D"
    return "X" if p.central_only else ("A" if p.stock else "B")


def _pna_entry(ctx: Context, p: Product, req: Request, flags: dict[str, bool], i: int) -> dict:
    country = country_of(req)
    currency = CURRENCY_BY_COUNTRY.get(country, "USD")
    entry: dict[str, Any] = {
        "index": i,
        "ingramPartNumber": p.sku,
        "vendorPartNumber": p.vpn,
        "upc": p.ean,
        "partNumberType": "T",
        "vendorNumber": p.vendor[:4].upper(),
        "vendorName": p.vendor,
        "description": p.description,
        "productClass": _product_class(p),
        "uom": "EA",
        "productStatus": "Discontinued" if p.discontinued else "Active",
        "acceptBackOrder": not p.discontinued,
        "productAuthorized": True,
        "returnableProduct": p.category.product_type not in ("SWL", "SERV"),
        "endUserInfoRequired": p.category.product_type == "SWL",
    }
    if flags["availability"]:
        entry["availability"] = _availability(ctx, p, country)
    if flags["pricing"]:
        entry["pricing"] = {
            "currencyCode": currency,
            "retailPrice": float(p.list_price_in(currency)),
            "mapPrice": 0,
            "customerPrice": float(p.price_in(currency)),
            "specialBidPricingAvailable": False,
            "webDiscountsAvailable": p.promo_price is not None,
        }
    if flags["discounts"] and p.promo_price is not None and p.promo_until is not None:
        discount = p.price_in(currency) - (p.promo_price * p.price_in(currency) / p.price)
        entry["discounts"] = [
            {
                "specialPricing": [
                    {
                        "discountType": "Promo Discount",
                        "specialPricingDiscount": float(round(discount, 2)),
                        "specialPricingEffectiveDate": ctx.now().date().isoformat(),
                        "specialPricingExpirationDate": p.promo_until.isoformat(),
                    }
                ]
            }
        ]
    return entry


def price_and_availability(ctx: Context, req: Request) -> Response:
    fields = []
    flags: dict[str, bool] = {}
    for key, name in (("availability", "includeAvailability"), ("pricing", "includePricing")):
        raw = req.q(name)
        value = parse_bool(raw) if raw is not None else None
        if value is None:
            fields.append((name, raw or "", f"{name} is required (true or false)"))
        flags[key] = bool(value)
    if fields:
        raise ApiError(validation_error("Validation failed", fields))
    body = req.json()
    products = body.get("products") if isinstance(body, dict) else None
    if not isinstance(products, list) or not products:
        raise ApiError(
            validation_error("Validation failed", [("products", "", "products is required")])
        )
    if len(products) > PNA_LIMIT:
        raise ApiError(
            validation_error(
                "Validation failed",
                [("products", str(len(products)), f"A maximum of {PNA_LIMIT} products is allowed")],
            )
        )
    flags["discounts"] = parse_bool(body.get("showAvailableDiscounts")) is True
    out, failed = [], False
    for i, item in enumerate(products):
        item = item if isinstance(item, dict) else {}
        sku, vpn, upc = item.get("ingramPartNumber"), item.get("vendorPartNumber"), item.get("upc")
        p = ctx.catalogue.find(
            sku=str(sku) if sku else None,
            vpn=str(vpn) if vpn else None,
            upc=str(upc) if upc else None,
        )
        if p is None:
            failed = True
            kind, value = (
                ("IngramPartNumber", sku)
                if sku
                else ("VendorPartNumber", vpn)
                if vpn
                else ("UPC", upc)
            )
            miss: dict[str, Any] = {
                "index": i,
                "productStatusCode": "E",
                "productStatusMessage": f"Product not found for {kind}:  {value or ''}",
            }
            if sku:
                miss["ingramPartNumber"] = str(sku)
            if vpn:
                miss["vendorPartNumber"] = str(vpn)
            out.append(miss)
            continue
        out.append(_pna_entry(ctx, p, req, flags, i))
    return json_response(207 if failed else 200, out)
