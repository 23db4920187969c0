"""The sandbox's IM-XML answers and pushed documents follow the classic element trees of
reference ingram-xml.md: each element's children appear in the schema's order, required ones
are present, and nothing outside the tree appears. (Ingram's XSD files are not in the repository;
these sequences are transcribed from the reference note.)"""

from __future__ import annotations

import json
from typing import Any

import httpx
from lxml import etree

from ingram_desk.ingram.config import ClientConfig
from ingram_desk.ingram.xml import messages as m
from ingram_desk.ingram.xml.safe import parse_xml
from ingram_desk.ingram.xml.tree import to_bytes
from ingram_desk.sandbox import demo

#: element → (its children in schema order, the required ones)
TREES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "PNAResponse": (("Version", "TransactionHeader", "PriceAndAvailability"), ("Version",)),
    "OrderResponse": (("Version", "TransactionHeader", "OrderInfo"), ("Version",)),
    "OrderAcknowledgement": (
        ("Version", "TransactionHeader", "OrderInformation"),
        ("Version", "TransactionHeader"),
    ),
    "OrderStatusResponse": (
        ("Version", "TransactionHeader", "OrderStatusInformation"),
        ("Version", "TransactionHeader"),
    ),
    "OrderDetailResponse": (
        ("Version", "TransactionHeader", "OrderInformation"),
        ("Version", "TransactionHeader"),
    ),
    "OrderTrackingResponse": (
        ("Version", "TransactionHeader", "CustomerPO", "Order"),
        ("Version",),
    ),
    "TransactionHeader": (
        ("SenderID", "ReceiverID", "ErrorStatus", "DocumentID", "TransactionID", "TimeStamp"),
        ("SenderID", "ReceiverID", "ErrorStatus", "DocumentID", "TimeStamp"),
    ),
    "PriceAndAvailability": (
        (
            "Price",
            "SpecialPriceFlag",
            "GovEdSpecialPrice",
            "ManufacturerPartNumber",
            "ManufacturerPartNumberOccurs",
            "VendorNumber",
            "Description",
            "ReserveInventoryFlag",
            "AvailableRebQty",
            "SKUStatus",
            "Branch",
            "UPC",
            "CustomerPartNumber",
            "ServiceFee",
        ),
        (),
    ),
    "Branch": (("Availability", "OnOrder", "ETADate"), ()),
    "OrderInfo": (("OrderNumbers",), ("OrderNumbers",)),
    "OrderNumbers": (
        (
            "BranchOrderNumber",
            "CustomerPO",
            "ShipToAttention",
            "ThirdPartyFreightAccount",
            "ShipToAddress1",
            "ShipToAddress2",
            "ShipToAddress3",
            "ShipToCity",
            "ShipToProvince",
            "ShipToPostalCode",
            "ShipToSuffix",
            "AddressErrorMessage",
            "ContractNumber",
            "OrderSuffix",
            "CustomOrderPersist",
        ),
        ("BranchOrderNumber", "CustomerPO"),
    ),
    "OrderSuffix@OrderNumbers": (
        ("DistributionWeight", "SuffixErrorResponse", "Carrier", "LineInformation"),
        (),
    ),
    "ProductLine@LineInformation": (
        (
            "LineError",
            "SKU",
            "ManufacturerPartNumber",
            "UPC",
            "CustomerPartNumber",
            "SpecialBidNumber",
            "SpecialBidMessage",
            "RequestedPrice",
            "UnitPrice",
            "IngramLineNumber",
            "CustomerLineNumber",
            "ShipFromBranch",
            "OrderQuantity",
            "AllocatedQuantity",
            "BackOrderedQuantity",
            "BackOrderETADate",
            "PriceDerivedFlag",
            "ForeignCurrency",
            "FreightRate",
            "TransitDays",
            "LineBillToSuffix",
            "ServiceFee",
        ),
        (
            "LineError",
            "SKU",
            "UnitPrice",
            "IngramLineNumber",
            "ShipFromBranch",
            "OrderQuantity",
            "AllocatedQuantity",
            "BackOrderedQuantity",
            "BackOrderETADate",
            "PriceDerivedFlag",
            "ForeignCurrency",
            "FreightRate",
            "TransitDays",
            "LineBillToSuffix",
        ),
    ),
    "OrderStatusInformation": (("CustomerPO",), ("CustomerPO",)),
    "CustomerPO@OrderStatusInformation": (("OrderInfo",), ()),
    "OrderInfo@CustomerPO": (
        ("BranchOrderNumber", "OrderEntryDate", "OrderSuffix"),
        ("BranchOrderNumber", "OrderSuffix"),
    ),
    "OrderSuffix@OrderInfo": (
        (
            "ShipFromBranch",
            "OrderStatus",
            "TotalSales",
            "InvoiceDate",
            "ShippedDate",
            "OrderCreditMemo",
        ),
        ("ShipFromBranch", "OrderStatus", "OrderCreditMemo"),
    ),
    "OrderInformation@OrderDetailResponse": (
        (
            "BranchOrderNumber",
            "CustomerPO",
            "EndUserPO",
            "OrderWeight",
            "OrderEntryDate",
            "OrderTotals",
            "OrderSuffix",
            "CustomOrderPersist",
        ),
        ("BranchOrderNumber", "CustomerPO", "OrderWeight", "OrderTotals"),
    ),
    "OrderTotals": (
        (
            "SalesTotal",
            "FreightTotal",
            "TaxTotal",
            "SalePlusTax",
            "GrandTotal",
            "CODAmount",
            "DiscountAmount",
            "CurrencyCode",
            "CompanyCurrency",
            "CurrencyRate",
        ),
        (),
    ),
    "OrderSuffix@OrderInformation": (
        (
            "ShipToInformation",
            "BillToInformation",
            "ShipFromBranch",
            "OrderStatus",
            "Carrier",
            "InvoiceDate",
            "PromiseDate",
            "OrderShipDate",
            "OrderLineDetail",
        ),
        ("OrderStatus",),
    ),
    "ProductLine@OrderLineDetail": (
        (
            "SKU",
            "ManufacturerPartNumber",
            "SKUDescription",
            "SpecialBidNumber",
            "OrderQuantity",
            "ShipQuantity",
            "BackOrderQuantity",
            "ComponentQty",
            "BackOrderETADate",
            "NordicPromiseDate",
            "UnitPrice",
            "UnitOfMeasure",
            "ResellerUnitPrice",
            "ExtendedLineSales",
            "LineSalesTotal",
            "LineTerms",
            "CustomerLineNumber",
            "CustomerItemNumber",
            "IngramLineNumber",
            "SkuSerialNumber",
        ),
        ("SKU", "OrderQuantity", "ShipQuantity", "UnitPrice", "LineSalesTotal", "IngramLineNumber"),
    ),
    "Order": (
        ("BranchOrderNumber", "TotalWeight", "CartonCount", "Suffix"),
        ("BranchOrderNumber", "TotalWeight", "CartonCount"),
    ),
    "Suffix": (("Carrier", "Package"), ()),
    "Package": (
        ("ShipDate", "BoxNumber", "BoxWeight", "TrackingURL", "Contents"),
        ("ShipDate", "BoxNumber", "BoxWeight"),
    ),
    "ContentDetail": (("SKU", "Quantity", "IngramLineNumber"), ()),
    "DespatchAdvice": (
        (
            "DespatchAdviceHeader",
            "IMStandard",
            "IMAccountNumber",
            "ShipToSuffix",
            "DateHeader",
            "Address",
            "ConsignmentHeader",
            "MeasurementHeader",
            "PackageHeader",
            "LineHeader",
            "TotalLinesShipped",
        ),
        (),
    ),
    "Product@LineItem@LineHeader": (
        (
            "Item",
            "ManufacturerSKU",
            "CustomerPartNumber",
            "SKUDescription1",
            "SKUDescription2",
            "SerialNumberHeader",
        ),
        (),
    ),
    "LineItem@LineHeader": (("Product", "PackageHeader"), ()),
    "IdentificationHeader": (("Identification", "TrackingURL"), ()),
    "Invoice": (
        (
            "InvoiceHeader",
            "IMStandard",
            "IMAccountNumber",
            "Address",
            "VAT",
            "Currency",
            "PaymentTerms",
            "PaymentDue",
            "LineItemHeader",
            "TotalInformation",
            "TotalFinancial",
            "Final",
        ),
        ("InvoiceHeader",),
    ),
    "InvoiceHeader": (
        ("InvoiceType", "InvoiceNumber", "InvoiceDate", "CustomerPO", "OriginalOrderNumber"),
        (),
    ),
    "LineItem@LineItemHeader": (
        ("Product", "SerialNumberHeader", "Tax", "LineMonetaryInfo"),
        (),
    ),
    "Product@LineItem@LineItemHeader": (
        ("CustomerSKU", "EANCode", "ManufacturerSKU", "SKUDescription1", "SKUDescription2"),
        (),
    ),
}


def _key(el: etree._Element) -> list[str]:
    """Most specific key first: Name@Parent@Grandparent, Name@Parent, Name."""
    names = [etree.QName(el).localname]
    parent = el.getparent()
    for _ in range(2):
        if parent is None:
            break
        names.append(etree.QName(parent).localname)
        parent = parent.getparent()
    return ["@".join(names[:n]) for n in range(len(names), 0, -1)]


def check_tree(root: etree._Element) -> int:
    """Assert every known element's children follow the schema order; returns how many checked."""
    checked = 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        rule = next((TREES[k] for k in _key(el) if k in TREES), None)
        if rule is None:
            continue
        order, required = rule
        children = [etree.QName(c).localname for c in el if isinstance(c.tag, str)]
        where = "/".join(reversed(_key(el)[0].split("@")))
        assert set(children) <= set(order), f"{where}: unexpected {set(children) - set(order)}"
        positions = [order.index(c) for c in children]
        assert positions == sorted(positions), f"{where}: out of order {children}"
        missing = set(required) - set(children)
        assert not missing, f"{where}: missing {missing}"
        checked += 1
    return checked


def post(sandbox: Any, root: etree._Element) -> etree._Element:
    resp = httpx.post(
        f"{sandbox.url}/imxml", content=to_bytes(root), headers={"Content-Type": "text/xml"}
    )
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/xml")
    return parse_xml(resp.content)


def test_every_answer_follows_the_classic_trees(sandbox, tmp_path):
    cfg = ClientConfig(
        sandbox.url,
        demo.DEMO_CUSTOMER_NUMBER,
        "NL",
        sandbox.config.client_id,
        sandbox.config.client_secret,
    )
    creds = m.Credentials("ME", "INGRAM", "NL", cfg.client_id, cfg.client_secret)
    skus = [p.sku for p in sandbox.catalogue.products if p.stock > 10][:2]
    body = json.dumps(
        {
            "customerOrderNumber": "PO-TREE-1",
            "lines": [
                {"customerLineNumber": "1", "ingramPartNumber": skus[0], "quantity": 1},
                {"customerLineNumber": "2", "ingramPartNumber": "NOPE99", "quantity": 1},
            ],
        }
    ).encode()
    shipped = next(
        o
        for o in sandbox.orders.all()
        if any(sh.serial_numbers for s in o.sub_orders for ln in s.lines for sh in ln.shipments)
    )
    answers = [
        post(
            sandbox,
            m.pna_request(creds, [{"ingramPartNumber": skus[1]}, {"ingramPartNumber": "NOPE99"}]),
        ),
        post(sandbox, m.order_request(creds, body, ship_from_branches="NL01")),
        post(
            sandbox,
            m.order_request(creds, body.replace(b"PO-TREE-1", b"PO-TREE-2"), asynchronous=True),
        ),
        post(sandbox, m.order_status_request(creds, shipped.customer_order_number)),
        post(sandbox, m.order_detail_request(creds, shipped.number, shipped.customer_order_number)),
        post(
            sandbox, m.order_tracking_request(creds, shipped.number, shipped.customer_order_number)
        ),
        post(sandbox, m.pna_request(m.Credentials("ME", "INGRAM", "NL", "x", "y"), [{"upc": "1"}])),
    ]
    names = [etree.QName(a).localname for a in answers]
    assert names == [
        "PNAResponse",
        "OrderResponse",
        "OrderAcknowledgement",
        "OrderStatusResponse",
        "OrderDetailResponse",
        "OrderTrackingResponse",
        "PNAResponse",
    ]
    assert all(check_tree(a) >= 2 for a in answers)
    assert answers[-1].find("TransactionHeader/ErrorStatus").get("ErrorNumber") == "20007"
    for path in sandbox.write_documents(tmp_path, shipped.number):
        assert check_tree(parse_xml(path.read_bytes())) >= 3


def test_the_checker_catches_a_tree_out_of_order():
    bad = parse_xml(b"<Branch><OnOrder>1</OnOrder><Availability>2</Availability></Branch>")
    try:
        check_tree(bad)
    except AssertionError as exc:
        assert "out of order" in str(exc)
    else:
        raise AssertionError("the checker missed an out-of-order tree")
