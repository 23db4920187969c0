"""Deterministic invented products: the one source for the sample files and the sandbox catalogue.

Same ``seed`` and index give the same product, so the bundled price file, the bench generator
and the sandbox's catalogue/P&A all describe the same goods without reading each other's files.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

__all__ = [
    "ANCHOR_DATE",
    "BLOCK",
    "CATEGORIES",
    "DEFAULT_SEED",
    "SAMPLE_ROWS",
    "VENDORS",
    "Category",
    "Product",
    "ean13",
    "generate_products",
    "product_block",
    "sku_for",
]

DEFAULT_SEED = 2026
SAMPLE_ROWS = 3000
#: Day the sample files pretend to be exported; ETAs and stock timestamps are relative to it.
ANCHOR_DATE = date(2026, 1, 15)


@dataclass(frozen=True, slots=True)
class Category:
    group1: str  #: GRUPPE1, level-1 name
    group2: str  #: GRUPPE2, level-2 name
    catalog_id: str  #: CATALOGID, 8 digits
    parent_id: str  #: CATALOGID of the level-1 node
    product_type: str  #: ARTIKELTYP
    nouns: tuple[str, ...]  #: first words of ARTIKEL1
    details: tuple[str, ...]  #: ARTIKEL2 candidates
    price_range: tuple[int, int]  #: EK in whole euros
    weight_range: tuple[float, float]  #: kg


def _cat(g1: str, g1_id: str, g2: str, g2_no: int, typ: str, nouns: str, details: str,
         price: tuple[int, int], weight: tuple[float, float]) -> Category:  # fmt: skip
    return Category(
        g1, g2, f"{g1_id[:4]}{g2_no:02d}00", g1_id, typ,
        tuple(nouns.split(";")), tuple(details.split(";")), price, weight,
    )  # fmt: skip


#: The category tree: GRUPPE1 names with umlauts and ampersands, as the real files have.
CATEGORIES: tuple[Category, ...] = (
    _cat(
        "Computersysteme",
        "10010000",
        "Notebooks",
        1,
        "SYST",
        "NOTEBOOK 14IN;NOTEBOOK 15.6IN;CONVERTIBLE 13IN;ULTRABOOK 14IN",
        "I5 16GB 512GB W11P;I7 32GB 1TB W11P;R5 16GB 512GB W11H;U7 16GB 1TB W11P",
        (480, 2400),
        (1.1, 2.6),
    ),
    _cat(
        "Computersysteme",
        "10010000",
        "Desktop-PCs",
        2,
        "SYST",
        "MINI-PC;TOWER-PC;SFF-PC;ALL-IN-ONE 24IN",
        "I5 8GB 256GB W11P;I7 16GB 512GB W11P;R7 32GB 1TB W11P",
        (390, 1900),
        (1.2, 9.5),
    ),
    _cat(
        "Computersysteme",
        "10010000",
        "Server",
        3,
        "SYST",
        "RACK-SERVER 1HE;TOWER-SERVER;RACK-SERVER 2HE",
        "XEON 32GB 2X960GB SSD;EPYC 64GB OHNE HDD;XEON 16GB 4X LFF",
        (1200, 9800),
        (9.0, 28.0),
    ),
    _cat(
        "Displays",
        "10020000",
        "Monitore",
        1,
        "MNTR",
        "MONITOR 24IN FHD;MONITOR 27IN QHD;MONITOR 32IN UHD;MONITOR 34IN CURVED",
        "IPS 75HZ HDMI DP;VA 144HZ HÖHENVERST.;IPS USB-C 90W HUB",
        (95, 980),
        (3.5, 9.8),
    ),
    _cat(
        "Displays",
        "10020000",
        "Großformat-Displays",
        2,
        "MNTR",
        "SIGNAGE 43IN;SIGNAGE 55IN;SIGNAGE 65IN",
        "24/7 500 NITS;16/7 ANDROID SOC",
        (590, 3900),
        (12.0, 32.0),
    ),
    _cat(
        "Displays",
        "10020000",
        "Projektoren",
        3,
        "PROJ",
        "BEAMER WXGA;BEAMER FULL HD;LASER-BEAMER",
        "3600 LUMEN HDMI;4000 ANSI LUMEN;KURZDISTANZ",
        (310, 2800),
        (2.2, 6.0),
    ),
    _cat(
        "Zubehör",
        "10030000",
        "Notebook-Zubehör",
        1,
        "ACC",
        "USB-C DOCK 90W;DOCKINGSTATION TB4;NETZTEIL 65W;NOTEBOOK-TASCHE 15IN",
        "DUAL DISPLAY HDMI DP;SCHWARZ;FÜR 14-15.6 ZOLL;MIT KABELSCHLOSS",
        (19, 320),
        (0.2, 1.4),
    ),
    _cat(
        "Zubehör",
        "10030000",
        "Mäuse",
        2,
        "PERP",
        "MAUS KABELLOS;MAUS USB;ERGONOMISCHE MAUS;PRÄSENTER",
        "2.4GHZ SCHWARZ;BLUETOOTH GRAU;LINKSHÄNDER;7 TASTEN",
        (6, 95),
        (0.08, 0.3),
    ),
    _cat(
        "Zubehör",
        "10030000",
        "Tastaturen",
        3,
        "PERP",
        "TASTATUR USB;TASTATUR KABELLOS;DESKTOP-SET",
        "DEUTSCH QWERTZ;SCHWEIZ QWERTZ;NUMMERNBLOCK;FLÜSTERLEISE",
        (12, 160),
        (0.4, 1.2),
    ),
    _cat(
        "Zubehör",
        "10030000",
        "Kabel & Adapter",
        4,
        "CABL",
        "HDMI KABEL 2M;USB-C KABEL 1M;DP KABEL 3M;ADAPTER USB-C/HDMI;PATCHKABEL CAT6A 5M",
        "4K 60HZ;SCHWARZ;GESCHIRMT S/FTP;WEIß",
        (2, 48),
        (0.03, 0.4),
    ),
    _cat(
        "Netzwerk & Kommunikation",
        "10040000",
        "Switches",
        1,
        "NETW",
        "SWITCH 8P GBE;SWITCH 24P GBE;SWITCH 48P POE+;SWITCH 10GBE SFP+",
        "UNMANAGED DESKTOP;SMART MANAGED RACK;L3 STACKABLE",
        (25, 4200),
        (0.4, 6.5),
    ),
    _cat(
        "Netzwerk & Kommunikation",
        "10040000",
        "WLAN",
        2,
        "NETW",
        "ACCESS POINT WIFI 6;ACCESS POINT WIFI 7;WLAN-ROUTER;MESH-SYSTEM 3ER",
        "DECKENMONTAGE POE;DUAL-BAND AX3000;TRI-BAND",
        (39, 690),
        (0.3, 1.6),
    ),
    _cat(
        "Netzwerk & Kommunikation",
        "10040000",
        "Firewalls",
        3,
        "NETW",
        "FIREWALL APPLIANCE;UTM-GATEWAY",
        "8X GBE 1 JAHR LIZENZ;DESKTOP INKL. SUPPORT",
        (290, 5400),
        (1.0, 7.0),
    ),
    _cat(
        "Speicher",
        "10050000",
        "SSD",
        1,
        "STOR",
        "NVME SSD 1TB;NVME SSD 2TB;SATA SSD 500GB;SATA SSD 4TB",
        "M.2 2280 PCIE 4.0;2.5IN 7MM;M.2 PCIE 5.0 KÜHLKÖRPER",
        (29, 420),
        (0.01, 0.08),
    ),
    _cat(
        "Speicher",
        "10050000",
        "Festplatten",
        2,
        "STOR",
        "HDD 4TB;HDD 8TB;HDD 16TB;HDD 20TB NAS",
        "3.5IN SATA 7200RPM;3.5IN SAS 12GB/S;NAS-EDITION",
        (69, 520),
        (0.5, 0.75),
    ),
    _cat(
        "Speicher",
        "10050000",
        "NAS",
        3,
        "STOR",
        "NAS 2-BAY;NAS 4-BAY;NAS 8-BAY RACK",
        "OHNE FESTPLATTEN;2X 10GBE;INKL. 4X 4TB",
        (190, 3600),
        (1.5, 11.0),
    ),
    _cat(
        "Drucker",
        "10060000",
        "Laserdrucker",
        1,
        "PRNT",
        "LASER A4 MONO;LASER A4 FARBE;MFP LASER A4;LASER A3 FARBE",
        "40PPM DUPLEX LAN;WLAN DRUCKEN KOPIEREN;ADF FAX",
        (89, 2900),
        (6.0, 48.0),
    ),
    _cat(
        "Drucker",
        "10060000",
        "Verbrauchsmaterial",
        2,
        "SUPP",
        "TONER SCHWARZ;TONER CYAN;TONER MAGENTA;TONER GELB;TROMMEL",
        "3000 SEITEN;6000 SEITEN HOHE KAP.;ORIGINAL",
        (19, 260),
        (0.3, 1.4),
    ),
    _cat(
        "Software",
        "10070000",
        "Lizenzen",
        1,
        "SWL",
        "SECURITY SUITE 1Y;OFFICE-PAKET;BACKUP-SOFTWARE;VIRENSCHUTZ 3Y",
        "1 USER ESD;5 GERÄTE ESD;SERVER-LIZENZ;VERLÄNGERUNG",
        (9, 890),
        (0.0, 0.0),
    ),
    _cat(
        "Software",
        "10070000",
        "Garantieerweiterungen",
        2,
        "SERV",
        "GARANTIE 3J VOR-ORT;CARE PACK 4J;SERVICE 5J NBD",
        "NÄCHSTER ARBEITSTAG;BRING-IN;INKL. AKKU",
        (29, 690),
        (0.0, 0.0),
    ),
    _cat(
        "Stromversorgung",
        "10080000",
        "USV",
        1,
        "UPS",
        "USV 1000VA;USV 1500VA RACK;USV 3000VA ONLINE",
        "LINE-INTERACTIVE;2HE SCHIENEN;LCD USB",
        (110, 2100),
        (8.0, 38.0),
    ),
    _cat(
        "Komponenten",
        "10090000",
        "Arbeitsspeicher",
        1,
        "MEM",
        "DDR5 16GB;DDR5 32GB;DDR4 8GB SODIMM;DDR5 64GB ECC RDIMM",
        "4800MHZ CL40;5600MHZ;3200MHZ CL22",
        (19, 480),
        (0.01, 0.05),
    ),
    _cat(
        "Komponenten",
        "10090000",
        "Grafikkarten",
        2,
        "COMP",
        "GRAFIKKARTE 8GB;GRAFIKKARTE 16GB;WORKSTATION-GPU 20GB",
        "PCIE 4.0 3X DP HDMI;LÜFTERLOS;LOW-PROFILE",
        (120, 2900),
        (0.4, 1.6),
    ),
    _cat(
        "Komponenten",
        "10090000",
        "Gehäuse & Kühlung",
        3,
        "COMP",
        "MIDI-TOWER GEHÄUSE;CPU-KÜHLER;GEHÄUSELÜFTER 120MM;NETZTEIL 750W",
        "SCHWARZ GLASFENSTER;LEISE 120MM;80+ GOLD MODULAR",
        (9, 190),
        (0.2, 8.0),
    ),
)

#: Invented manufacturers (HERSTELLER), with their VPN styles and price-level factors.
VENDORS: tuple[tuple[str, str, float], ...] = (
    ("ACME", "AC-{a}{n}-{s}", 1.00),
    ("NORTHWIND", "NW-{a}{n}/{s}", 1.12),
    ("CONTOSO", "CT{n}{a}-{s}", 0.94),
    ("FABRIKAM", "FB/{a}{n}-{s}", 1.05),
    ("LITWARE", "LW{n}-{a}{s}", 0.88),
    ("TAILSPIN", "TS-{n}{a}/{s}", 1.08),
    ("ADVENTUREW", "AW-{a}-{n}{s}", 0.97),
    ("WOODGROVE", "{n}{a}-{s}", 1.20),
    ("PROSEWARE", "PW{a}{n}{s}", 0.91),
    ("WINGTIP", "WT-{a}{n}#{s}", 1.02),
    ("KRONBERG SYSTEMS", "KS.{n}.{a}{s}", 1.15),
    ("MÜLLER & SÖHNE", "MS-{n}-{a}{s}", 0.99),
    ("NORDLICHT", "NL{n}{a}/{s}", 1.03),
    ("BLAUFUCHS", "BF-{a}{n}.{s}", 0.86),
)

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SKU_SPACE = 36**5
_SKU_STEP = 15_485_863  # prime, coprime to 36: index -> SKU is a bijection over the space


def sku_for(index: int) -> str:
    """Ingram-style 7-character SKU for product ``index`` (unique below 60 million)."""
    n = (index * _SKU_STEP + 7_777_777) % _SKU_SPACE
    digits = []
    for _ in range(5):
        n, r = divmod(n, 36)
        digits.append(r)
    body = "".join(_B36[d] for d in reversed(digits))
    check = sum((5 - i) * d for i, d in enumerate(digits)) % 10
    return f"{index % 9 + 1}{body}{check}"


def ean13(first12: str) -> str:
    """Append the EAN-13 check digit to 12 digits."""
    total = sum(map(int, first12[0::2])) + 3 * sum(map(int, first12[1::2]))
    return first12 + str((10 - total % 10) % 10)


@dataclass(frozen=True, slots=True)
class Product:
    index: int
    sku: str
    vendor: str
    vpn: str
    category: Category
    description1: str
    description2: str
    ean: str
    list_price: Decimal  #: EVP, EUR
    price: Decimal  #: EK, EUR net
    promo_price: Decimal | None
    promo_until: date | None
    stock: int  #: total free stock (VMENGE)
    reserved: int
    local_share: float  #: fraction of stock held locally (the rest is central)
    eta_days: int | None  #: days to the next arrival when out of stock
    central_only: bool  #: only stocked in the central warehouse (direct ship)
    discontinued: bool
    successor: str
    weight: Decimal
    created: date
    units_per_carton: int
    vat_rate: str
    icecat_id: int

    @property
    def description(self) -> str:
        return f"{self.description1} {self.description2}"

    @property
    def category_path(self) -> str:
        return f"{self.category.group1} > {self.category.group2}"

    def price_in(self, currency: str) -> Decimal:
        """EK converted at the sandbox's fixed invented rates."""
        return (self.price * _RATES.get(currency, Decimal(1))).quantize(Decimal("0.01"))

    def list_price_in(self, currency: str) -> Decimal:
        return (self.list_price * _RATES.get(currency, Decimal(1))).quantize(Decimal("0.01"))


_RATES = {"EUR": Decimal(1), "GBP": Decimal("0.86"), "CHF": Decimal("0.94"),
          "SEK": Decimal("11.40"), "HUF": Decimal("395")}  # fmt: skip

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXZ"
_CENT = Decimal("0.01")


def _make_product(index: int, rnd: random.Random) -> Product:
    """Draw product ``index`` from ``rnd`` (a fixed number of draws per product, in order)."""
    r = rnd.random
    cat = CATEGORIES[int(r() * len(CATEGORIES))]
    vendor, vpn_style, factor = VENDORS[int(r() * len(VENDORS))]
    a = _LETTERS[int(r() * 22)] + _LETTERS[int(r() * 22)]
    vpn = vpn_style.format(a=a, n=10 + int(r() * 9989), s=_LETTERS[int(r() * 22)] + str(index % 97))
    short_vendor = vendor.split()[0][:10]
    d1 = f"{short_vendor} {cat.nouns[int(r() * len(cat.nouns))]}"[:25]
    d2 = cat.details[int(r() * len(cat.details))][:25]
    lo, hi = cat.price_range
    ek_cents = max(1, int((lo + (hi - lo) * r()) * factor * 100))
    ek = Decimal(ek_cents).scaleb(-2)
    evp = Decimal(max(ek_cents, int(ek_cents * (1.18 + 0.27 * r())) // 100 * 100 - 10)).scaleb(-2)
    promo = r() < 0.06
    roll = r()
    if roll < 0.22:
        stock = 0
    elif roll < 0.30:
        stock = 1 + int(r() * 4)
    elif roll < 0.97:
        stock = 5 + int(r() * 395)
    else:
        stock = 9999
    central_only = r() < 0.12
    ean = ean13(f"{'0' if r() < 0.35 else str(1 + int(r() * 9))}{int(r() * 1e11):011d}")
    wlo, whi = cat.weight_range
    discontinued = r() < 0.02
    reserved = int(r() * 6) if stock and r() < 0.2 else 0
    eta_draw = r()
    return Product(
        index=index,
        sku=sku_for(index),
        vendor=vendor,
        vpn=vpn,
        category=cat,
        description1=d1,
        description2=d2,
        ean=ean,
        list_price=evp,
        price=ek,
        promo_price=(ek * Decimal("0.93")).quantize(_CENT) if promo else None,
        promo_until=ANCHOR_DATE + timedelta(days=10 + int(r() * 65)) if promo else None,
        stock=stock,
        reserved=reserved,
        local_share=0.0 if central_only else (1.0, 1.0, 0.8, 0.6, 0.5)[int(r() * 5)],
        eta_days=3 + int(eta_draw * 100) % 42 if stock == 0 and eta_draw < 0.8 else None,
        central_only=central_only,
        discontinued=discontinued,
        successor=sku_for(index + 1) if discontinued else "",
        weight=Decimal(int((wlo + (whi - wlo) * r()) * 100)).scaleb(-2),
        created=ANCHOR_DATE - timedelta(days=20 + int(r() * 1480)),
        units_per_carton=(1, 1, 1, 4, 10, 20, 50)[int(r() * 7)],
        vat_rate="0.19",
        icecat_id=900_000 + index * 13,
    )


#: Products are drawn in blocks with their own random stream, so any block can be made alone
#: (parallel bench generation) and any prefix of a longer run equals the shorter run.
BLOCK = 1000


def product_block(block: int, seed: int = DEFAULT_SEED, count: int = BLOCK) -> list[Product]:
    """The first ``count`` products of block number ``block``."""
    rnd = random.Random(seed * 1_000_003 + block)
    base = block * BLOCK
    return [_make_product(base + i, rnd) for i in range(min(count, BLOCK))]


def generate_products(count: int = SAMPLE_ROWS, seed: int = DEFAULT_SEED) -> Iterator[Product]:
    """Products 0..count-1 under ``seed``."""
    for block in range((count + BLOCK - 1) // BLOCK):
        yield from product_block(block, seed, count - block * BLOCK)
