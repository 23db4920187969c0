<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>({name} is missing from this installation)</source>
        <extracomment>notices shown in the dialog, in this order (``resources/licenses``)</extracomment>
        <translation>({name} ontbreekt in deze installatie)</translation>
    </message>
    <message>
        <source>About Ingram Desk</source>
        <translation>Over Ingram Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ingram Desk {__version__}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ingram Desk {__version__}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Catalogue, live price &amp;amp; availability and orders for Ingram Micro resellers.&lt;br&gt;Qt {v0} · PySide6 {__version__}</source>
        <translation>Catalogus, actuele prijs &amp;amp; beschikbaarheid en bestellingen voor resellers van Ingram Micro.&lt;br&gt;Qt {v0} · PySide6 {__version__}</translation>
    </message>
    <message>
        <source>Licence notices</source>
        <translation>Licentievermeldingen</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopiëren</translation>
    </message>
    <message>
        <source>Versions, OS and profile kind for a support ticket (no secrets)</source>
        <translation>Versies, besturingssysteem en profielsoort voor een supportticket (geen geheimen)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Ship-to address book</source>
        <translation>Adresboek afleveradressen</translation>
    </message>
    <message>
        <source>Ingram ship-to id (optional)</source>
        <translation>Ingram-afleveradres-id (optioneel)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Ship-to id</source>
        <translation>Afleveradres-id</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Use for this order</source>
        <translation>&amp;Gebruiken voor deze bestelling</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Showing the addresses last read: {reason}</source>
        <translation>De laatst gelezen adressen: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ApiCodes</name>
    <message>
        <source>Retry the transaction. If the error persists, contact your local ecommerce representative.</source>
        <translation>Probeer de transactie opnieuw. Blijft de fout bestaan, neem dan contact op met uw e-commercecontactpersoon bij Ingram.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Seed 004 &quot;API HTTP Response Codes&quot;.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Successful transaction.</source>
        <translation>Transactie geslaagd.</translation>
    </message>
    <message>
        <source>None required.</source>
        <translation>Geen actie nodig.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ongeldig verzoek</translation>
    </message>
    <message>
        <source>The server could not understand the request due to invalid syntax.</source>
        <translation>De server begreep het verzoek niet door een ongeldige opbouw.</translation>
    </message>
    <message>
        <source>Check that your request is correctly formed.</source>
        <translation>Controleer of het verzoek juist is opgebouwd.</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Niet geautoriseerd</translation>
    </message>
    <message>
        <source>The request was unauthenticated.</source>
        <translation>Het verzoek was niet geauthenticeerd.</translation>
    </message>
    <message>
        <source>Check App ID and Client Secret values are valid and request a new token.</source>
        <translation>Controleer of App ID en Client Secret geldig zijn en vraag een nieuw token aan.</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Geen toegang</translation>
    </message>
    <message>
        <source>The client does not have access rights to the content.</source>
        <translation>Het account heeft geen toegangsrechten voor deze gegevens.</translation>
    </message>
    <message>
        <source>Check you are using the correct endpoint and that you have been granted access to the requested API.</source>
        <translation>Controleer of u het juiste endpoint gebruikt en toegang hebt gekregen tot de gevraagde API.</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <source>The server cannot find the requested resource.</source>
        <translation>De server kan het gevraagde niet vinden.</translation>
    </message>
    <message>
        <source>Check you are using the correct endpoint.</source>
        <translation>Controleer of u het juiste endpoint gebruikt.</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Te veel verzoeken</translation>
    </message>
    <message>
        <source>The user has sent too many requests within a given amount of time (&quot;rate limiting&quot;).</source>
        <translation>Er zijn te veel verzoeken verstuurd binnen de toegestane tijd (&quot;rate limiting&quot;).</translation>
    </message>
    <message>
        <source>None required but no more requests will be allowed within the allotted period.</source>
        <translation>Geen actie nodig, maar binnen deze periode worden geen verzoeken meer toegelaten.</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interne serverfout</translation>
    </message>
    <message>
        <source>The server has encountered a situation it doesn&apos;t know how to handle.</source>
        <translation>De server kwam in een situatie die hij niet kan afhandelen.</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Ongeldige gateway</translation>
    </message>
    <message>
        <source>This error response means that the server, while working as a gateway to get a response needed to handle the request, got an invalid response.</source>
        <translation>De server kreeg als gateway een ongeldig antwoord terwijl hij het verzoek afhandelde.</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst niet beschikbaar</translation>
    </message>
    <message>
        <source>The server is not ready to handle the request.</source>
        <translation>De server is niet klaar om het verzoek af te handelen.</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-time-out</translation>
    </message>
    <message>
        <source>This error response is given when the server is acting as a gateway and cannot get a response in time.</source>
        <translation>De server kreeg als gateway niet op tijd antwoord.</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Serverfout</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>De server meldde een fout.</translation>
    </message>
    <message>
        <source>Unexpected status</source>
        <translation>Onverwachte status</translation>
    </message>
    <message>
        <source>The server answered with a status the API does not document.</source>
        <translation>De server antwoordde met een status die de API niet beschrijft.</translation>
    </message>
    <message>
        <source>1 or more results were found</source>
        <extracomment>&quot;SUCCESS&quot; or &quot;FAILED&quot; Seed 004 &quot;Response Preamble Status Codes&quot; (v5 order search envelope).</extracomment>
        <translation>Er zijn 1 of meer resultaten gevonden</translation>
    </message>
    <message>
        <source>No results matched your search criteria</source>
        <translation>Geen resultaten voor uw zoekcriteria</translation>
    </message>
    <message>
        <source>Check your search criteria and resubmit your request</source>
        <translation>Controleer uw zoekcriteria en verstuur het verzoek opnieuw</translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation>Verzoek geslaagd</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>Het verzoek is mislukt</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Client secret needed</source>
        <extracomment>the catalogue store, one per profile (as ``ingram-desk catalogue`` uses it) saved ship-to addresses, one book per profile seconds the feeds wait at most for the catalogue&apos;s first answer at start set by bench/startup_bench.py to the launch time (epoch seconds): the app prints when the window is visible and when the catalogue answered a search, then quits how the composition root says a profile has no stored secret profiles whose secret was just typed (its environment copy is removed once read)</extracomment>
        <translation>Client secret nodig</translation>
    </message>
    <message>
        <source>Profile {name} has no stored client secret.
Enter it (kept in the system keyring):</source>
        <translation>Voor profiel {name} is geen client secret opgeslagen.
Voer het in (bewaard in de sleutelhanger van het systeem):</translation>
    </message>
    <message>
        <source>The client secret was not saved</source>
        <translation>Het client secret is niet opgeslagen</translation>
    </message>
    <message>
        <source>Ingram Desk cannot start</source>
        <translation>Ingram Desk kan niet starten</translation>
    </message>
</context>
<context>
    <name>CatalogueImporter</name>
    <message>
        <source>An import is already running</source>
        <extracomment>a changed article was opened in the list of changes: its SKU, to show in the catalogue the import ended without a new catalogue (cancelled or refused); message for tests/UI open while the user maps the columns of an unrecognised file the column mapping of the import in progress (kept for &quot;Import anyway&quot;) the dialog of the last import that replaced the catalogue, its report shown the articles the last import changed (File › What changed), while open</extracomment>
        <translation>Er loopt al een import</translation>
    </message>
    <message>
        <source>Finishing the import of {name}, interrupted when Ingram Desk closed…</source>
        <translation>De import van {name} wordt afgerond; die werd onderbroken toen Ingram Desk sloot…</translation>
    </message>
    <message>
        <source> (even when insisting)</source>
        <translation> (ook niet bij aandringen)</translation>
    </message>
    <message>
        <source>Not imported{note}: {exc}. {kept}</source>
        <translation>Niet geïmporteerd{note}: {exc}. {kept}</translation>
    </message>
    <message>
        <source>Not imported: {exc}. {v1}</source>
        <translation>Niet geïmporteerd: {exc}. {v1}</translation>
    </message>
    <message>
        <source>Not imported: {name}</source>
        <translation>Niet geïmporteerd: {name}</translation>
    </message>
    <message>
        <source>The previous catalogue is unchanged.</source>
        <translation>De vorige catalogus is ongewijzigd.</translation>
    </message>
    <message>
        <source>No catalogue has been imported yet.</source>
        <translation>Er is nog geen catalogus geïmporteerd.</translation>
    </message>
    <message>
        <source>Your catalogue of {rows} products is unchanged and still in use.</source>
        <translation>Uw catalogus van {rows} artikelen is ongewijzigd en blijft in gebruik.</translation>
    </message>
    <message>
        <source>Stock file applied to {stock_rows_applied} products</source>
        <translation>Voorraadbestand toegepast op {stock_rows_applied} artikelen</translation>
    </message>
    <message>
        <source>Importing with your column mapping…</source>
        <translation>Importeren met uw kolomindeling…</translation>
    </message>
    <message>
        <source>Import cancelled: no column mapping chosen; the catalogue is unchanged</source>
        <translation>Import geannuleerd: geen kolomindeling gekozen; de catalogus is ongewijzigd</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>All vendors</source>
        <extracomment>a live P&amp;A call takes at most 20 items a typed price filters once the keys pause this long (a price is typed in one go)</extracomment>
        <translation>Alle fabrikanten</translation>
    </message>
    <message>
        <source>In stock only</source>
        <extracomment>a search finished and the table shows its result (tests await this)</extracomment>
        <translation>Alleen op voorraad</translation>
    </message>
    <message>
        <source>min price</source>
        <translation>min. prijs</translation>
    </message>
    <message>
        <source>max price</source>
        <translation>max. prijs</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Check live P&amp;&amp;A</source>
        <translation>Live P&amp;&amp;A opvragen</translation>
    </message>
    <message>
        <source>Live price &amp; availability for the selection (up to 20)</source>
        <translation>Actuele prijs &amp; beschikbaarheid voor de selectie (max. 20)</translation>
    </message>
    <message>
        <source>Add to order</source>
        <translation>Aan bestelling toevoegen</translation>
    </message>
    <message>
        <source>check the price</source>
        <extracomment>the categories the searched words name (&quot;drucker&quot;: Drucker, Laserdrucker), as links that open them: a category&apos;s name is not among the words a product is found by</extracomment>
        <translation>controleer de prijs</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>zoeken…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · {elapsed} ms</source>
        <translation>
            <numerusform>%Ln artikel · {elapsed} ms</numerusform>
            <numerusform>%Ln artikelen · {elapsed} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “{text}” with the filters chosen.
Try fewer words, or clear the vendor, category, stock or price filter.</source>
        <translation>Niets komt overeen met ‘{text}’ met de gekozen filters.
Probeer minder woorden, of wis het fabrikant-, categorie-, voorraad- of prijsfilter.</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.
Try fewer words, part of the part number, or another spelling.</source>
        <translation>Niets komt overeen met ‘{text}’.
Probeer minder woorden, een deel van het artikelnummer of een andere spelling.</translation>
    </message>
    <message>
        <source>No product passes the filters chosen.</source>
        <translation>Geen artikel voldoet aan de gekozen filters.</translation>
    </message>
    <message>
        <source>No catalogue yet: File › Import price file… (Ctrl+I).</source>
        <translation>Nog geen catalogus: Bestand › Prijsbestand importeren… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Open category: {links}</source>
        <translation>Categorie openen: {links}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>{v0} products selected: a live check takes at most {MAX_PNA_SELECTION}. Nothing was sent.</source>
        <translation>{v0} artikelen geselecteerd: een live controle neemt er hoogstens {MAX_PNA_SELECTION}. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>Select fewer rows (Ctrl+click), or check them in batches.</source>
        <translation>Selecteer minder regels (Ctrl+klik) of controleer ze in delen.</translation>
    </message>
    <message>
        <source>check live P&amp;A</source>
        <translation>live P&amp;A opvragen</translation>
    </message>
    <message>
        <source>{count} products selected: an order holds at most {most} lines. Nothing was added.</source>
        <translation>{count} artikelen geselecteerd: een order telt hoogstens {most} regels. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Select fewer rows, or narrow the catalogue first.</source>
        <translation>Selecteer minder rijen, of beperk eerst de catalogus.</translation>
    </message>
    <message>
        <source>add to the order</source>
        <translation>aan de order toevoegen</translation>
    </message>
</context>
<context>
    <name>CatalogueTexts</name>
    <message>
        <source>{name} is empty</source>
        <extracomment>the lines before the header (or the first row): blank ones, Excel&apos;s ``sep=;`` hint Excel&apos;s delimiter hint, a file&apos;s first line (&quot;sep=;&quot;): Excel opens the file by it</extracomment>
        <translation>{name} is leeg</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data): a price file is CSV or TXT</source>
        <translation>{name} is geen tekstbestand (het bevat binaire gegevens): een prijslijst is CSV of TXT</translation>
    </message>
    <message>
        <source>{name}: no readable rows</source>
        <translation>{name}: geen leesbare regels</translation>
    </message>
    <message>
        <source>{name} is a web page, not a price file: the download may have failed; fetch the file again</source>
        <translation>{name} is een webpagina, geen prijslijst: de download is mogelijk mislukt; download het bestand opnieuw</translation>
    </message>
    <message>
        <source>{name} is an XML document, not a price file</source>
        <translation>{name} is een XML-document, geen prijslijst</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <extracomment>what a stock file may change per row (generation folder name, its snapshot, its info) before anything is opened replaced whole, so a reader never pairs one generation&apos;s snapshot with another&apos;s info what the change summary joins on (``Snapshot.keys``), taken by ``complete`` the kept rows&apos; problems, not yet in ``report`` (``problems.LaterChecks``)</extracomment>
        <translation>{file} kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>not UTF-8: read as {encoding}</source>
        <translation>geen UTF-8: gelezen als {encoding}</translation>
    </message>
    <message>
        <source>stock kept from the stock file of {when} (newer)</source>
        <translation>voorraad behouden uit het voorraadbestand van {when} (nieuwer)</translation>
    </message>
    <message>
        <source>cannot write the catalogue: {error}</source>
        <extracomment>the canonical fields a column mapping may name (the UI&apos;s mapping step offers these) the fields an import cannot do without (a mapping naming these two imports) from this size a price file&apos;s snapshot serves while the import commits (below it, the whole import takes about a second: 16 MB is ~50,000 DACH rows) a big import&apos;s copy (``kept_import``) waits this long at most for the window&apos;s first search to be answered (it answers within ~0.1 s; the commit itself waits up to 2 s for it) payload: ``ImportOutcome`` after a price file (or stock file) became the live catalogue payload: ``CatalogueInfo``: an import&apos;s stage-1 snapshot now serves the catalogue (``info.interim``), or it was dropped because the commit failed (the previous catalogue is back) words for the purchaser when a damaged catalogue was set aside at start imports run in a spawned child process: a thread would hold the GUI&apos;s GIL (stalls of ~0.9 s measured at 1M rows); ``False`` imports in a thread of this process serve an import&apos;s snapshot while it commits the generation (needs ``in_subprocess``) smaller files are imported in one go: it finishes before serving would pay off imports and stock updates write the catalogue in turn: a feed&apos;s scheduled import can start while the user&apos;s own runs (both failed, or the older one won, without this)</extracomment>
        <translation>de catalogus kan niet worden weggeschreven: {error}</translation>
    </message>
    <message>
        <source>another Ingram Desk window is updating this catalogue: try again once it is done</source>
        <translation>een ander Ingram Desk-venster werkt deze catalogus bij: probeer het opnieuw zodra dat klaar is</translation>
    </message>
    <message>
        <source>no catalogue yet: import a price file first</source>
        <extracomment>a price file alone (``import_files`` without ``stock_file``) the parts a stock file changes; a stock file&apos;s generation links every other one</extracomment>
        <translation>nog geen catalogus: importeer eerst een prijslijst</translation>
    </message>
    <message>
        <source>unreadable row: field larger than field limit ({limit})</source>
        <extracomment>a problem: its line, its reason, whether the row was skipped what a blank record&apos;s cells hold</extracomment>
        <translation>onleesbare regel: veld groter dan de veldlimiet ({limit})</translation>
    </message>
    <message>
        <source>{n} columns, expected {expected}</source>
        <translation>{n} kolommen, verwacht {expected}</translation>
    </message>
    <message>
        <source>duplicate SKU {sku}: replaces line {before}</source>
        <translation>dubbel artikelnummer {sku}: vervangt regel {before}</translation>
    </message>
    <message>
        <source>{source}: no usable rows; catalogue not replaced</source>
        <extracomment>Problems kept in a report (the count of all of them is kept too). Anything with ``is_set()`` (``threading.Event``, ``multiprocessing.Event``). The gate refuses a file with fewer rows than this share of the live catalogue. The gate refuses a file where more than this share of rows lack a SKU or a price (&quot;most&quot;).</extracomment>
        <translation>{source}: geen bruikbare regels; catalogus niet vervangen</translation>
    </message>
    <message>
        <source>file looks incomplete ({rows} rows vs {previous} in the current catalogue); catalogue not replaced (use force to import it anyway)</source>
        <translation>het bestand lijkt onvolledig ({rows} regels tegenover {previous} in de huidige catalogus); catalogus niet vervangen (met „Toch importeren” alsnog inlezen)</translation>
    </message>
    <message>
        <source>{unusable} of {read} rows lack a SKU or price; catalogue not replaced (use force to import it anyway)</source>
        <translation>bij {unusable} van {read} regels ontbreekt artikelnummer of prijs; catalogus niet vervangen (met „Toch importeren” alsnog inlezen)</translation>
    </message>
    <message>
        <source>column {n}, {name}</source>
        <extracomment>Joins the original cells in the ``raw`` column when a row has no byte offsets (UTF-16 files). What ``RowConverter`` returns per row, in this order (prices scaled, ``eta`` ISO text). fields a page shows and nothing searches, filters or sorts by: stage 1 leaves them unread (English links: 73 MB of columns at 1M rows, at the read&apos;s peak); the rows&apos; store has them</extracomment>
        <translation>kolom {n}, {name}</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>kolom {n}</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>geen artikelnummer</translation>
    </message>
    <message>
        <source>no customer price</source>
        <translation>geen inkoopprijs</translation>
    </message>
    <message>
        <source>negative stock {stock} read as 0</source>
        <translation>negatieve voorraad {stock} gelezen als 0</translation>
    </message>
    <message>
        <source>{what}: {rule}: {value} ({column})</source>
        <translation>{what}: {rule}: {value} ({column})</translation>
    </message>
    <message>
        <source>customer price</source>
        <translation>inkoopprijs</translation>
    </message>
    <message>
        <source>retail price ignored</source>
        <translation>adviesprijs genegeerd</translation>
    </message>
    <message>
        <source>stock ignored</source>
        <translation>voorraad genegeerd</translation>
    </message>
    <message>
        <source>ETA ignored</source>
        <translation>verwachte leverdatum genegeerd</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>geen aantal</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>category file</source>
        <translation>categoriebestand</translation>
    </message>
    <message>
        <source>category file: too few columns</source>
        <translation>categoriebestand: te weinig kolommen</translation>
    </message>
    <message>
        <source>category file: no code or name</source>
        <translation>categoriebestand: geen code of naam</translation>
    </message>
    <message>
        <source>stock file</source>
        <extracomment>Warehouse column names of stock files (normalised like price-file headers).</extracomment>
        <translation>voorraadbestand</translation>
    </message>
    <message>
        <source>stock file: {n} columns, too few</source>
        <translation>voorraadbestand: {n} kolommen, te weinig</translation>
    </message>
    <message>
        <source>stock file: not a quantity: {value} (column {n})</source>
        <translation>voorraadbestand: geen aantal: {value} (kolom {n})</translation>
    </message>
    <message>
        <source>stock file: not a date: {value} (column {n})</source>
        <translation>voorraadbestand: geen datum: {value} (kolom {n})</translation>
    </message>
    <message>
        <source>stock file: no SKU or quantity</source>
        <translation>voorraadbestand: geen artikelnummer of aantal</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged ({error})</source>
        <extracomment>ZIP members we know, in the order we prefer them. the largest ZIP member unpacked (Ingram&apos;s biggest full price files are well under 2 GB) the most a ZIP member may expand (checked for members over ``_RATIO_FROM_BYTES``)</extracomment>
        <translation>het ZIP-archief is beschadigd ({error})</translation>
    </message>
    <message>
        <source>byte {byte} at column {n} is not valid {codec}; read as cp1252</source>
        <translation>byte {byte} in kolom {n} is geen geldige {codec}; gelezen als cp1252</translation>
    </message>
    <message>
        <source>not valid {encoding}: undecodable bytes replaced by {mark}</source>
        <translation>geen geldige {encoding}: onleesbare bytes vervangen door {mark}</translation>
    </message>
    <message>
        <source>no price file loaded to commit</source>
        <extracomment>per method, its last call&apos;s (seconds in the child, what the import was doing then) set once a search after ``load`` has its answer: its ids and first page, or no ids (the child&apos;s ``_answered``); the caller&apos;s own disk work waits for it, as settling does</extracomment>
        <translation>geen prijsbestand geladen om vast te leggen</translation>
    </message>
    <message>
        <source>the import process died (exit code {code}); the previous catalogue is unchanged</source>
        <translation>het importproces is gestopt (afsluitcode {code}); de vorige catalogus is ongewijzigd</translation>
    </message>
    <message>
        <source>the import failed: {error}</source>
        <translation>de import is mislukt: {error}</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <extracomment>encodings whose line breaks, quotes and delimiters are the same bytes as in UTF-8, one byte a character: the file&apos;s shape is counted on the file itself while it is re-encoded bytes re-encoded at a time: each chunk&apos;s bytes, text and UTF-8 stay under glibc&apos;s mmap threshold as ``heap`` fixes it (128 KB), so they reuse the same heap pages (16 MB chunks were fresh pages each, ~100k page faults at 150 MB), and the GIL is let go between chunks for the shape count beside it a column with at most ``_FEW`` distinct cells in its first ``_SAMPLE`` rows is read as categories (``_few_valued``), sampled from the first ``_SAMPLE_BYTES`` of the data (reading the sample from the file&apos;s path cost polars 0.05-0.1 CPU-s, from these bytes 15 ms)</extracomment>
        <translation>het bestand kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>cannot read the file: a quote (&quot;) in it opens a cell that it does not close</source>
        <extracomment>records polars read over several lines that are read again by the csv module at most</extracomment>
        <translation>het bestand kan niet worden gelezen: een aanhalingsteken (&quot;) erin opent een cel die het niet sluit</translation>
    </message>
    <message>
        <source>a quoted cell runs on over {lines} lines: they are read as one row</source>
        <translation>een cel tussen aanhalingstekens loopt door over {lines} regels: die worden als één rij gelezen</translation>
    </message>
    <message>
        <source>only {got} of the {wanted} mapped columns could be read</source>
        <translation>slechts {got} van de {wanted} toegewezen kolommen konden worden gelezen</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>inlezen</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>indexeren</translation>
    </message>
    <message>
        <source>swapping in</source>
        <translation>overschakelen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>DACH Impulse price list</source>
        <translation>DACH Impulse-prijslijst</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV met kopregel</translation>
    </message>
    <message>
        <source>North American PRICE.TXT</source>
        <translation>Noord-Amerikaanse PRICE.TXT</translation>
    </message>
    <message>
        <source>your column mapping</source>
        <translation>uw kolomindeling</translation>
    </message>
    <message>
        <source>hourly stock file</source>
        <translation>voorraadbestand per uur</translation>
    </message>
    <message>
        <source>Searchable now · building the full index — {phase}: {rows:,} rows</source>
        <translation>Nu doorzoekbaar · volledige index wordt opgebouwd — {phase}: {rows:,} regels</translation>
    </message>
    <message>
        <source>{phase}: {rows:,} rows</source>
        <translation>{phase}: {rows:,} regels</translation>
    </message>
    <message>
        <source>{rows_per_second:,} rows/s</source>
        <translation>{rows_per_second:,} regels/s</translation>
    </message>
    <message>
        <source>, about {seconds:,} s left</source>
        <translation>, nog ongeveer {seconds:,} s</translation>
    </message>
    <message>
        <source>{rows:,} products are searchable now. Building the full index (change history, import report).</source>
        <translation>{rows:,} artikelen zijn nu doorzoekbaar. De volledige index wordt opgebouwd (wijzigingshistorie, importrapport).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s) from {source}</source>
        <translation>
            <numerusform>%Ln artikel geïmporteerd uit {source}</numerusform>
            <numerusform>%Ln artikelen geïmporteerd uit {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln regel overgeslagen</numerusform>
            <numerusform>%Ln regels overgeslagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) replaced</source>
        <translation>
            <numerusform>%Ln dubbele vervangen</numerusform>
            <numerusform>%Ln dubbele vervangen</numerusform>
        </translation>
    </message>
    <message>
        <source>stock applied to {rows:,}</source>
        <translation>voorraad toegepast op {rows:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown SKU(s) in the stock file</source>
        <translation>
            <numerusform>%Ln onbekende SKU in het voorraadbestand</numerusform>
            <numerusform>%Ln onbekende SKU&apos;s in het voorraadbestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln categor(y|ies)</source>
        <translation>
            <numerusform>%Ln categorie</numerusform>
            <numerusform>%Ln categorieën</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout {layout}, {encoding}; {seconds:.1f} s.</source>
        <translation>Indeling {layout}, {encoding}; {seconds:.1f} s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln nieuw artikel</numerusform>
            <numerusform>%Ln nieuwe artikelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed article(s)</source>
        <translation>
            <numerusform>%Ln verwijderd artikel</numerusform>
            <numerusform>%Ln verwijderde artikelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price rise(s)</source>
        <translation>
            <numerusform>%Ln prijsverhoging</numerusform>
            <numerusform>%Ln prijsverhogingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price cut(s)</source>
        <translation>
            <numerusform>%Ln prijsverlaging</numerusform>
            <numerusform>%Ln prijsverlagingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln back in stock</source>
        <translation>
            <numerusform>%Ln weer op voorraad</numerusform>
            <numerusform>%Ln weer op voorraad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of stock</source>
        <translation>
            <numerusform>%Ln niet meer op voorraad</numerusform>
            <numerusform>%Ln niet meer op voorraad</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the previous file</source>
        <translation>Wat er veranderd is sinds het vorige bestand</translation>
    </message>
    <message>
        <source>Nothing changed since the previous file.</source>
        <translation>Niets veranderd sinds het vorige bestand.</translation>
    </message>
</context>
<context>
    <name>ChangeOrderDialog</name>
    <message>
        <source>(keep the current ship-to)</source>
        <translation>(huidig afleveradres behouden)</translation>
    </message>
    <message>
        <source>Change order {ingram_order_number}</source>
        <translation>Bestelling {ingram_order_number} wijzigen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>New quantity; 0 removes the line</source>
        <translation>Nieuw aantal; 0 verwijdert de regel</translation>
    </message>
    <message>
        <source>New ship-to</source>
        <translation>Nieuw afleveradres</translation>
    </message>
    <message>
        <source>Ingram accepts changes while the order is on customer hold, within 24 hours of entry. Set a quantity to 0 to remove a line.</source>
        <translation>Ingram accepteert wijzigingen zolang de bestelling op klantblokkade staat, binnen 24 uur na invoer. Zet een aantal op 0 om een regel te verwijderen.</translation>
    </message>
    <message>
        <source>&amp;Send changes</source>
        <translation>Wijzigingen &amp;versturen</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed since the previous file</source>
        <translation>Wat er veranderd is sinds het vorige bestand</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle wijzigingen</translation>
    </message>
    <message>
        <source>Each kind lists {n} articles at most (price changes the biggest first, the others by SKU); the counts above are complete.</source>
        <translation>Per soort worden hoogstens {n} artikelen getoond (prijswijzigingen de grootste eerst, de andere op artikelnummer); de aantallen hierboven zijn volledig.</translation>
    </message>
    <message>
        <source>Nothing changed since the previous file, or there was none before it.</source>
        <translation>Er is niets veranderd sinds het vorige bestand, of er was er geen.</translation>
    </message>
    <message>
        <source>&amp;Show in catalogue</source>
        <translation>In &amp;catalogus tonen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) listed</source>
        <translation>
            <numerusform>%n artikel getoond</numerusform>
            <numerusform>%n artikelen getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Price rise</source>
        <translation>Prijsverhoging</translation>
    </message>
    <message>
        <source>Price cut</source>
        <translation>Prijsverlaging</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Weer op voorraad</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Niet meer op voorraad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Ingram SKU</source>
        <translation>Ingram-artikelnummer</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Fabr.art.nr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Ship what is available (partial)</source>
        <translation>Leveren wat beschikbaar is (deellevering)</translation>
    </message>
    <message>
        <source>Ship complete (all lines together)</source>
        <translation>Compleet leveren (alle regels samen)</translation>
    </message>
    <message>
        <source>Ship complete per line</source>
        <translation>Compleet leveren per regel</translation>
    </message>
    <message>
        <source>Ship complete per line (E)</source>
        <translation>Compleet leveren per regel (E)</translation>
    </message>
    <message>
        <source>Ship complete</source>
        <translation>Compleet leveren</translation>
    </message>
    <message>
        <source>Ingram&apos;s default ship-to for your account</source>
        <translation>Standaardafleveradres van uw Ingram-account</translation>
    </message>
    <message>
        <source>Ingram ship-to id {address_id}</source>
        <translation>Ingram-afleveradres-id {address_id}</translation>
    </message>
    <message>
        <source>(empty address)</source>
        <translation>(leeg adres)</translation>
    </message>
    <message>
        <source>Review order {customer_po}</source>
        <translation>Bestelling {customer_po} controleren</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Zo snel mogelijk</translation>
    </message>
    <message>
        <source>Ingram chooses</source>
        <translation>Ingram kiest</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Inkooporder</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Afleveradres</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Gewenste levering</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Vervoerder</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Inkooporder eindklant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln stuk</numerusform>
            <numerusform>%Ln stuks</numerusform>
        </translation>
    </message>
    <message>
        <source>{lines}, {units} — order total &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{lines}, {units} — ordertotaal &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{lines}, {units} — total unknown (a line has no price)</source>
        <translation>{lines}, {units} — totaal onbekend (een regel heeft geen prijs)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram does not accept %n line(s)&lt;/b&gt;: </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram accepteert %n regel niet&lt;/b&gt;: </numerusform>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram accepteert %n regels niet&lt;/b&gt;: </numerusform>
        </translation>
    </message>
    <message>
        <source> — go back and remove or correct them.&lt;/span&gt;</source>
        <translation> — ga terug en verwijder of corrigeer ze.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Changed since the lines were added:&lt;/b&gt; </source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Gewijzigd sinds de regels zijn toegevoegd:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Live check: prices and stock unchanged for every line.</source>
        <translation>Live controle: prijzen en voorraad ongewijzigd voor alle regels.</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>Bestelling &amp;plaatsen</translation>
    </message>
    <message>
        <source>&amp;Back to the order</source>
        <translation>&amp;Terug naar de bestelling</translation>
    </message>
    <message>
        <source>Disabled: Ingram does not accept every line — remove or correct {skus}</source>
        <translation>Uitgeschakeld: Ingram accepteert niet alle regels — verwijder of corrigeer {skus}</translation>
    </message>
    <message>
        <source>Send this order to Ingram now</source>
        <translation>Deze bestelling nu naar Ingram sturen</translation>
    </message>
</context>
<context>
    <name>ChooseProductDialog</name>
    <message>
        <source>Which article?</source>
        <translation>Welk artikel?</translation>
    </message>
    <message>
        <source>“{code}” matches {v1} articles. Pick one:</source>
        <translation>“{code}” past bij {v1} artikelen. Kies er één:</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Ingram SKU</source>
        <extracomment>worth pointing at where the file has them (the search and the order form show them), but an import runs without: a supplier&apos;s list may have no vendor part number canonical field -&gt; label, in the order the dialog offers them</extracomment>
        <translation>Ingram-artikelnummer</translation>
    </message>
    <message>
        <source>Vendor part number</source>
        <translation>Fabrikantartikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Uw prijs</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>Adviesprijs</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Levertijd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Category code</source>
        <translation>Categoriecode</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>Fabrikantcode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datasheet link</source>
        <translation>Link naar datasheet</translation>
    </message>
    <message>
        <source>Image link</source>
        <translation>Link naar afbeelding</translation>
    </message>
    <message>
        <source>Icecat id</source>
        <translation>Icecat-id</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— niet in dit bestand —</translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>Uit de waarden afleiden</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Komma: 1.234,56</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Punt: 1,234.56</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>gescheiden door puntkomma</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>gescheiden door komma</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>gescheiden door tab</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>gescheiden door verticale streep</translation>
    </message>
    <message>
        <source>Columns of {file_name}</source>
        <translation>Kolommen van {file_name}</translation>
    </message>
    <message>
        <source>Ingram Desk does not recognise the columns of &lt;b&gt;{file_name}&lt;/b&gt;. Choose which column holds what (&lt;b&gt;*&lt;/b&gt; = needed). The choice is remembered: the next file with these columns imports without asking.</source>
        <translation>Ingram Desk herkent de kolommen van &lt;b&gt;{file_name}&lt;/b&gt; niet. Kies welke kolom wat bevat (&lt;b&gt;*&lt;/b&gt; = verplicht). De keuze wordt onthouden: het volgende bestand met deze kolommen wordt zonder vragen geïmporteerd.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>kolom {n}</translation>
    </message>
    <message>
        <source>  (e.g. {example})</source>
        <translation>  (bijv. {example})</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>gelezen als {encoding}</translation>
    </message>
    <message>
        <source>File: {detected}.</source>
        <translation>Bestand: {detected}.</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Prijzen:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Eerste regels van het bestand:</translation>
    </message>
    <message>
        <source>column {v0}</source>
        <translation>kolom {v0}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Still needed: {v0}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Nog nodig: {v0}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Ready to import, without: {v0}.</source>
        <translation>Klaar om te importeren, zonder: {v0}.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Klaar om te importeren.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Show all columns</source>
        <translation>Alle kolommen tonen</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Kolommen herstellen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>SKU</source>
        <extracomment>the English header, marked for translation; ``title`` is what the user reads &quot;text&quot;, &quot;money&quot;, &quot;stock&quot;, &quot;date&quot;, &quot;status&quot;: picks the formatter/delegate the store&apos;s sort key for this column, or &quot;&quot; when the column cannot be sorted</extracomment>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Fabr.art.nr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Uw prijs</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Voorraad</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Levertijd</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Not found at Ingram</source>
        <translation>Niet gevonden bij Ingram</translation>
    </message>
    <message>
        <source>Rejected by Ingram</source>
        <translation>Geweigerd door Ingram</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Not in stock</source>
        <translation>Niet op voorraad</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Unexpected error (logged)</source>
        <translation>Onverwachte fout (gelogd)</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Ingram sandbox</source>
        <extracomment>a connection test gives up after this long (it also has a Cancel button)</extracomment>
        <translation>Ingram-sandbox</translation>
    </message>
    <message>
        <source>Production (live orders)</source>
        <translation>Productie (echte bestellingen)</translation>
    </message>
    <message>
        <source>Custom API URL</source>
        <translation>Eigen API-URL</translation>
    </message>
    <message>
        <source>REST API (default)</source>
        <translation>REST API (standaard)</translation>
    </message>
    <message>
        <source>IM-XML 2.0 (HTTPS POST)</source>
        <translation>IM-XML 2.0 (HTTPS POST)</translation>
    </message>
    <message>
        <source>IM-XML in SOAP 1.1</source>
        <translation>IM-XML in SOAP 1.1</translation>
    </message>
    <message>
        <source>Built in and read-only: the demo talks to the simulated Ingram inside the app and needs no credentials. For your own Ingram account, press New.</source>
        <translation>Ingebouwd en alleen-lezen: de demo praat met de gesimuleerde Ingram in de app en heeft geen inloggegevens nodig. Voor uw eigen Ingram-account: klik op Nieuw.</translation>
    </message>
    <message>
        <source>Profiles &amp; credentials</source>
        <translation>Profielen &amp; inloggegevens</translation>
    </message>
    <message>
        <source>Demo (the simulated Ingram inside the app)</source>
        <translation>Demo (de gesimuleerde Ingram in de app)</translation>
    </message>
    <message>
        <source>only for a custom API, e.g. http://127.0.0.1:8080</source>
        <translation>alleen voor een eigen API, bijv. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>REST is Ingram&apos;s current API. IM-XML sends the classic XML transactions (login and password = the client id and secret above); SOAP wraps them in a SOAP 1.1 envelope.</source>
        <translation>REST is de huidige API van Ingram. IM-XML verstuurt de klassieke XML-transacties (login en wachtwoord = client-id en secret hierboven); SOAP verpakt ze in een SOAP 1.1-envelop.</translation>
    </message>
    <message>
        <source>none (as in IM-XML); from Ingram&apos;s onboarding kit</source>
        <translation>geen (zoals in IM-XML); uit de onboardingkit van Ingram</translation>
    </message>
    <message>
        <source>SOAPAction header; {message} becomes e.g. PNARequest</source>
        <translation>SOAPAction-header; {message} wordt bijv. PNARequest</translation>
    </message>
    <message>
        <source>the profile&apos;s country</source>
        <translation>het land van het profiel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Klantnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Client id (App ID)</source>
        <translation>Client-id (App ID)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Afzender-id</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>IM-XML path</source>
        <translation>IM-XML-pad</translation>
    </message>
    <message>
        <source>SOAP path</source>
        <translation>SOAP-pad</translation>
    </message>
    <message>
        <source>SOAP body namespace</source>
        <translation>Namespace SOAP-body</translation>
    </message>
    <message>
        <source>XML country code</source>
        <translation>XML-landcode</translation>
    </message>
    <message>
        <source>The secret is stored in the system keyring.</source>
        <translation>Het secret wordt in de sleutelhanger van het systeem bewaard.</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>is a secret stored for the profile shown? None while the keyring has not answered</extracomment>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Ask the keyring again (unlock it first)</source>
        <translation>Vraag de sleutelhanger opnieuw (ontgrendel hem eerst)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test afbreken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>no server set</source>
        <translation>geen server ingesteld</translation>
    </message>
    <message>
        <source>&lt;b&gt;File feeds&lt;/b&gt; of the open profile ({where})</source>
        <translation>&lt;b&gt;Bestandsfeeds&lt;/b&gt; van het open profiel ({where})</translation>
    </message>
    <message>
        <source>Test feed connection</source>
        <translation>Feedverbinding testen</translation>
    </message>
    <message>
        <source>List the files on the feed server and the feed of each</source>
        <translation>Toon de bestanden op de feedserver en de feed van elk bestand</translation>
    </message>
    <message>
        <source>Feed settings…</source>
        <translation>Feedinstellingen…</translation>
    </message>
    <message>
        <source>asking the keyring…</source>
        <translation>sleutelhanger wordt gevraagd…</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>opgeslagen — typ om te vervangen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Niet opgeslagen:&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <source>Saved profile {name}; storing the secret in the keyring…</source>
        <translation>Profiel {name} opgeslagen; het secret wordt in de sleutelhanger bewaard…</translation>
    </message>
    <message>
        <source>Saved profile {name}; the secret is &lt;b&gt;not&lt;/b&gt; in the keyring yet (kept for this session): unlock the keyring and Retry.</source>
        <translation>Profiel {name} opgeslagen; het secret staat nog &lt;b&gt;niet&lt;/b&gt; in de sleutelhanger (bewaard voor deze sessie): ontgrendel de sleutelhanger en kies Opnieuw.</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>for this session only (no keyring)</source>
        <translation>alleen voor deze sessie (geen sleutelhanger)</translation>
    </message>
    <message>
        <source>Saved profile {name}; secret kept {where}.</source>
        <translation>Profiel {name} opgeslagen; secret bewaard {where}.</translation>
    </message>
    <message>
        <source>Saved profile {name}.</source>
        <translation>Profiel {name} opgeslagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profielen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>niet nodig</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>Geef het profiel eerst een naam.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid profile name: use up to 40 letters, digits, “.”, “-” and “_”.</source>
        <translation>“{name}” is geen geldige profielnaam: gebruik hoogstens 40 letters, cijfers, “.”, “-” en “_”.</translation>
    </message>
    <message>
        <source>A custom profile needs its API URL.</source>
        <translation>Een eigen profiel heeft een API-URL nodig.</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>klantnummer</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client-id</translation>
    </message>
    <message>
        <source>Fill in the {label} first.</source>
        <translation>Vul eerst het {label} in.</translation>
    </message>
    <message>
        <source>The keyring is locked or not answering: unlock it and Retry, or type the secret.</source>
        <translation>De sleutelhanger is vergrendeld of antwoordt niet: ontgrendel hem en kies Opnieuw, of typ het secret.</translation>
    </message>
    <message>
        <source>Type the client secret first (none is stored for this profile).</source>
        <translation>Typ eerst het client secret (voor dit profiel is er geen opgeslagen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not tested:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Niet getest:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Testing… (gives up after {TEST_TIMEOUT_S:.0f} s)</source>
        <translation>Testen… (stopt na {TEST_TIMEOUT_S:.0f} s)</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test afgebroken.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile</source>
        <translation>Er is geen client secret bewaard voor dit profiel</translation>
    </message>
    <message>
        <source>Type it in the form.</source>
        <translation>Typ het in het formulier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; no answer within {TEST_TIMEOUT_S:.0f} s — check the API URL and your network.</source>
        <translation>&lt;b&gt;Verbinding mislukt:&lt;/b&gt; geen antwoord binnen {TEST_TIMEOUT_S:.0f} s — controleer de API-URL en uw netwerk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Verbinding mislukt:&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Verbinding mislukt:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Correlation id: &lt;code&gt;{correlation}&lt;/code&gt;</source>
        <translation>&lt;br&gt;Correlatie-id: &lt;code&gt;{correlation}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>in stock</source>
        <translation>op voorraad</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Fabr.art.nr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabrikant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Uw prijs</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>Adviesprijs</translation>
    </message>
    <message>
        <source>Stock (from the files)</source>
        <translation>Voorraad (volgens de bestanden)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Levertijd</translation>
    </message>
    <message>
        <source>Warehouse (from the files)</source>
        <translation>Magazijn (volgens de bestanden)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Icecat product id</source>
        <translation>Icecat-product-id</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Datasheet</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>&lt;h4&gt;All columns in the file&lt;/h4&gt;&lt;table cellspacing=2&gt;{raw}&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Alle kolommen in het bestand&lt;/h4&gt;&lt;table cellspacing=2&gt;{raw}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Select a product to see all its fields.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Selecteer een artikel om al zijn velden te zien.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DraftSelector</name>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Only on your desk while it is a draft; your colleagues see it once it is submitted. Its PO is kept for it either way.</source>
        <translation>Alleen op uw werkplek zolang het een concept is; uw collega&apos;s zien het zodra het is verstuurd. Het inkoopordernummer blijft er hoe dan ook voor gereserveerd.</translation>
    </message>
    <message numerus="yes">
        <source>{po} — {state} — %n line(s)</source>
        <translation>
            <numerusform>{po} — {state} — %n regel</numerusform>
            <numerusform>{po} — {state} — %n regels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>See the log for details.</source>
        <translation>Zie het logboek voor details.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Logboek tonen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Correlation id to quote to Ingram: &lt;code&gt;{v0}&lt;/code&gt;</source>
        <translation>Correlatie-id om aan Ingram door te geven: &lt;code&gt;{v0}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Enter at least one SKU, vendor part number or EAN</source>
        <extracomment>one purchaser request checks at most 20 items (seed / XML P&amp;A limit)</extracomment>
        <translation>Voer minstens één SKU, fabrikantartikelnummer of EAN in</translation>
    </message>
    <message>
        <source>At most {most} items per check ({given} given)</source>
        <translation>Hoogstens {most} artikelen per controle ({given} opgegeven)</translation>
    </message>
    <message>
        <source>Split the list, or use the catalogue for bulk prices.</source>
        <translation>Splits de lijst, of gebruik de catalogus voor prijzen in bulk.</translation>
    </message>
    <message>
        <source>unchanged since the last fetch</source>
        <translation>ongewijzigd sinds de vorige keer ophalen</translation>
    </message>
    <message>
        <source>No password or key for the feed server</source>
        <extracomment>payload: ``SyncReport`` after every run (the status bar and the banner listen)</extracomment>
        <translation>Geen wachtwoord of sleutel voor de feedserver</translation>
    </message>
    <message>
        <source>Enter it under Tools › Profiles &amp; credentials › Feeds, or set INGRAM_FEED_SECRET.</source>
        <translation>Vul het in onder Extra › Profielen &amp; inloggegevens › Feeds, of zet INGRAM_FEED_SECRET.</translation>
    </message>
    <message>
        <source>{name} could not be imported: {error}</source>
        <translation>{name} kon niet worden geïmporteerd: {error}</translation>
    </message>
    <message>
        <source>Import it by hand (Ctrl+I) to see why.</source>
        <translation>Importeer het bestand handmatig (Ctrl+I) om de reden te zien.</translation>
    </message>
    <message>
        <source>{name} could not be applied: {error}</source>
        <translation>{name} kon niet worden verwerkt: {error}</translation>
    </message>
    <message>
        <source>Apply it by hand to see why.</source>
        <translation>Verwerk het bestand handmatig om de reden te zien.</translation>
    </message>
    <message>
        <source>The order journal {path} is damaged ({problem}) and there is no backup to restore. It was left as it is; nothing was sent.</source>
        <extracomment>set when a damaged journal was set aside and restored from its backup (words for the purchaser: what happened and which orders to check at Ingram)</extracomment>
        <translation>Het orderjournaal {path} is beschadigd ({problem}) en er is geen back-up om terug te zetten. Het is gelaten zoals het is; er is niets verzonden.</translation>
    </message>
    <message>
        <source>Keep the file for support; check Ingram&apos;s order search.</source>
        <translation>Bewaar het bestand voor support; controleer de orderzoekfunctie van Ingram.</translation>
    </message>
    <message>
        <source>Browsing and P&amp;A keep working; orders wait until it is back.</source>
        <translation>Bladeren en P&amp;A blijven werken; orders wachten tot ze weer bereikbaar is.</translation>
    </message>
    <message>
        <source>Connecting to the team database {server}…</source>
        <extracomment>this process&apos;s advisory-lock key: free on the server once the process is gone set once the desk has joined (its first connection is open)</extracomment>
        <translation>Verbinding met de teamdatabase {server} wordt gemaakt…</translation>
    </message>
    <message>
        <source>the connection is being re-opened</source>
        <translation>de verbinding wordt opnieuw geopend</translation>
    </message>
    <message>
        <source>The team database refused: {problem}</source>
        <translation>De teamdatabase weigerde: {problem}</translation>
    </message>
    <message>
        <source>Orders wait until it is back; nothing was sent twice.</source>
        <translation>Orders wachten tot ze weer bereikbaar is; niets is twee keer verzonden.</translation>
    </message>
    <message>
        <source>No order {draft_id} in the journal</source>
        <extracomment>an order with its author&apos;s readable name (the desk that wrote it) orders this process moved to in flight and has not finished yet</extracomment>
        <translation>Geen order {draft_id} in het journaal</translation>
    </message>
    <message>
        <source>PO {po} is already used by another order in the journal ({state})</source>
        <translation>Inkooporder {po} wordt al door een andere order in het journaal gebruikt ({state})</translation>
    </message>
    <message>
        <source>PO {po} is already used by another order in the journal</source>
        <translation>Inkooporder {po} wordt al door een andere order in het journaal gebruikt</translation>
    </message>
    <message>
        <source>Only a draft can be edited; this order was submitted</source>
        <translation>Alleen een concept kan worden bewerkt; deze order is al verzonden</translation>
    </message>
    <message>
        <source>Order {draft_id} is {state}, not {expected}</source>
        <translation>Order {draft_id} heeft de status {state}, niet {expected}</translation>
    </message>
    <message>
        <source>Order {draft_id} is no longer {state}</source>
        <translation>Order {draft_id} heeft niet meer de status {state}</translation>
    </message>
    <message>
        <source>Order {draft_id} is not queued; not sending it</source>
        <translation>Order {draft_id} staat niet in de wachtrij; hij wordt niet verzonden</translation>
    </message>
    <message>
        <source>Ingram answered {status} {description}: {message}</source>
        <translation>Ingram antwoordde {status} {description}: {message}</translation>
    </message>
    <message>
        <source>Ingram answered {status} {description}</source>
        <translation>Ingram antwoordde {status} {description}</translation>
    </message>
    <message>
        <source>Could not reach Ingram&apos;s token service ({error})</source>
        <extracomment>seconds, from ``expires_in`` (a string on the wire) monotonic clock number of token requests made (for the status line and tests)</extracomment>
        <translation>De tokendienst van Ingram was niet bereikbaar ({error})</translation>
    </message>
    <message>
        <source>Check the network and the API URL of this profile.</source>
        <translation>Controleer het netwerk en de API-URL van dit profiel.</translation>
    </message>
    <message>
        <source>Ingram&apos;s token service sent an unreadable answer</source>
        <translation>De tokendienst van Ingram stuurde een onleesbaar antwoord</translation>
    </message>
    <message>
        <source>No client id / client secret configured for this profile</source>
        <extracomment>refuse bodies above this size before parsing (reliability §1.5) parsed JSON, None for an empty body (204, 200 without body) turns an error answer (status, body, correlation id) into a typed error</extracomment>
        <translation>Voor dit profiel zijn geen client-ID / client secret ingesteld</translation>
    </message>
    <message>
        <source>The profile needs a customer number and a country</source>
        <translation>Het profiel heeft een klantnummer en een land nodig</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer was too large ({size} bytes)</source>
        <extracomment>why no call may go out yet (no secret: a keyring that did not answer at start); ``use_secret`` lifts it requests put on the wire (the benchmark divides by it) called with the gate&apos;s ``RateBudget`` after every answer (the status bar&apos;s feed)</extracomment>
        <translation>Het antwoord van Ingram was te groot ({size} bytes)</translation>
    </message>
    <message>
        <source>Ingram sent {type} where JSON was expected</source>
        <translation>Ingram stuurde {type} waar JSON werd verwacht</translation>
    </message>
    <message>
        <source>Retry later; if it persists, check the API URL.</source>
        <translation>Probeer het later opnieuw; blijft het, controleer dan de API-URL.</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer could not be read as JSON ({error})</source>
        <translation>Het antwoord van Ingram kon niet als JSON worden gelezen ({error})</translation>
    </message>
    <message>
        <source>Retry the request; nothing was changed locally.</source>
        <translation>Herhaal het verzoek; lokaal is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The API URL is not usable: {url}</source>
        <translation>De API-URL is niet bruikbaar: {url}</translation>
    </message>
    <message>
        <source>Ingram did not answer in time</source>
        <translation>Ingram antwoordde niet op tijd</translation>
    </message>
    <message>
        <source>Could not reach Ingram ({problem})</source>
        <translation>Ingram was niet bereikbaar ({problem})</translation>
    </message>
    <message>
        <source>Timed out waiting to send the order</source>
        <translation>Time-out bij het wachten om de order te verzenden</translation>
    </message>
    <message>
        <source>Could not connect to Ingram ({error}); the order was not sent</source>
        <translation>Geen verbinding met Ingram ({error}); de order is niet verzonden</translation>
    </message>
    <message>
        <source>The connection failed after the order was sent ({error})</source>
        <translation>De verbinding viel weg nadat de order was verzonden ({error})</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order search for this PO before any resend.</source>
        <translation>De orderzoekfunctie van Ingram wordt op dit inkoopordernummer nagekeken voordat er opnieuw wordt verzonden.</translation>
    </message>
    <message>
        <source>Ingram&apos;s rate limit refused the order; it will be sent after the reset</source>
        <translation>De verzoeklimiet van Ingram weigerde de order; hij wordt na de reset verzonden</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order search for this PO.</source>
        <translation>De orderzoekfunctie van Ingram wordt op dit inkoopordernummer nagekeken.</translation>
    </message>
    <message>
        <source>Ingram refused the token twice; check the client id and secret</source>
        <translation>Ingram weigerde het token twee keer; controleer de client-ID en het client secret</translation>
    </message>
    <message>
        <source>No folder {folder} on the feed server</source>
        <translation>Geen map {folder} op de feedserver</translation>
    </message>
    <message>
        <source>Check the remote folder Ingram gave you.</source>
        <translation>Controleer de externe map die Ingram u heeft opgegeven.</translation>
    </message>
    <message>
        <source>{name} is no longer on the feed server</source>
        <translation>{name} staat niet meer op de feedserver</translation>
    </message>
    <message>
        <source>The feed server {host} refused the login of user {user}</source>
        <translation>De feedserver {host} weigerde de aanmelding van gebruiker {user}</translation>
    </message>
    <message>
        <source>Cannot reach the feed server {host}:{port} ({reason})</source>
        <translation>Feedserver {host}:{port} niet bereikbaar ({reason})</translation>
    </message>
    <message>
        <source>Check the host and port, the internet connection and that the firewall lets FTP/SFTP out; the next run tries again.</source>
        <translation>Controleer host en poort, de internetverbinding en of de firewall FTP/SFTP doorlaat; de volgende run probeert het opnieuw.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} did not show the host key this profile trusts ({reason})</source>
        <translation>De SFTP-server {host}:{port} toonde niet de hostsleutel die dit profiel vertrouwt ({reason})</translation>
    </message>
    <message>
        <source>Check the FTP user and password Ingram sent you (Tools › Profiles &amp; credentials › Feeds); Ingram&apos;s e-commerce support resets them on request.</source>
        <translation>Controleer de FTP-gebruiker en het wachtwoord die Ingram u stuurde (Extra › Profielen &amp; inloggegevens › Feeds); de e-commercesupport van Ingram stelt ze op verzoek opnieuw in.</translation>
    </message>
    <message>
        <source>Ask Ingram whether the server&apos;s key changed; if so, clear the host key in Tools › Profiles &amp; credentials › Feeds and connect again.</source>
        <translation>Vraag Ingram of de sleutel van de server is gewijzigd; zo ja, wis de hostsleutel onder Extra › Profielen &amp; inloggegevens › Feeds en maak opnieuw verbinding.</translation>
    </message>
    <message>
        <source>No {feed} file matching {pattern} in {folder} on the feed server today</source>
        <translation>Vandaag geen {feed}-bestand dat overeenkomt met {pattern} in {folder} op de feedserver</translation>
    </message>
    <message>
        <source>Ingram publishes it before business hours; the next run looks again. If it stays missing, compare the pattern with what Test connection lists.</source>
        <translation>Ingram publiceert het voor kantooruren; de volgende run kijkt opnieuw. Blijft het ontbreken, vergelijk het patroon dan met wat „Verbinding testen“ toont.</translation>
    </message>
    <message>
        <source>The transfer of {name} failed ({reason}); the catalogue was not changed</source>
        <translation>De overdracht van {name} is mislukt ({reason}); de catalogus is niet gewijzigd</translation>
    </message>
    <message>
        <source>The next run resumes where it stopped.</source>
        <translation>De volgende run gaat verder waar hij stopte.</translation>
    </message>
    <message>
        <source>{name} arrived incomplete ({got:,} of {expected:,} bytes); the catalogue was not changed</source>
        <translation>{name} kwam onvolledig binnen ({got:,} van {expected:,} bytes); de catalogus is niet gewijzigd</translation>
    </message>
    <message>
        <source>It is fetched again on the next run; if it keeps happening, tell Ingram&apos;s e-commerce support.</source>
        <translation>Bij de volgende run wordt het bestand opnieuw opgehaald; blijft het gebeuren, meld het dan aan de e-commercesupport van Ingram.</translation>
    </message>
    <message>
        <source>{name} was refused by the sanity check: {reason}</source>
        <translation>{name} werd geweigerd door de controle op plausibiliteit: {reason}</translation>
    </message>
    <message>
        <source>The previous catalogue stays live. The file is kept in {kept}; if it is right, import it by hand with Force.</source>
        <translation>De vorige catalogus blijft actief. Het bestand staat in {kept}; klopt het, importeer het dan handmatig met Forceren.</translation>
    </message>
    <message>
        <source>The feed server {host} said: {error}</source>
        <translation>De feedserver {host} meldde: {error}</translation>
    </message>
    <message>
        <source>No folder {folder} on the feed server ({error})</source>
        <translation>Geen map {folder} op de feedserver ({error})</translation>
    </message>
    <message>
        <source>The feed server refused {name}: {error}</source>
        <translation>De feedserver weigerde {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is an empty zip</source>
        <translation>{name} is een leeg zipbestand</translation>
    </message>
    <message>
        <source>{name} is not a readable zip ({error}); the catalogue was not changed</source>
        <translation>{name} is geen leesbaar zipbestand ({error}); de catalogus is niet gewijzigd</translation>
    </message>
    <message>
        <source>It is fetched again on the next run.</source>
        <translation>Bij de volgende run wordt het bestand opnieuw opgehaald.</translation>
    </message>
    <message>
        <source>Ingram&apos;s P&amp;A answer was not a list of products</source>
        <translation>Het prijs- en beschikbaarheidsantwoord van Ingram was geen lijst met artikelen</translation>
    </message>
    <message>
        <source>Ingram&apos;s order-create answer was not an object</source>
        <translation>Het antwoord van Ingram op het aanmaken van de order was geen object</translation>
    </message>
    <message>
        <source>Ingram&apos;s order-create answer named no order number</source>
        <translation>Het antwoord van Ingram op de order noemde geen ordernummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s order search answer had no serviceresponse</source>
        <translation>Het antwoord van Ingram op de orderzoekopdracht bevatte geen serviceresponse</translation>
    </message>
    <message>
        <source>Ingram&apos;s order details answer had no order number</source>
        <translation>Het antwoord van Ingram met de orderdetails bevatte geen ordernummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s invoice answer had no invoice number</source>
        <translation>Het factuurantwoord van Ingram bevatte geen factuurnummer</translation>
    </message>
    <message>
        <source>Ingram answered with {got} where {name} was expected</source>
        <extracomment>the classic order status texts (guide §6, compared case-insensitively) → seed 004 codes, so the Orders grid decodes an IM-XML status into the same badge as a REST one</extracomment>
        <translation>Ingram antwoordde met {got} waar {name} werd verwacht</translation>
    </message>
    <message>
        <source>Ingram&apos;s order acknowledgement named no PO</source>
        <translation>De orderbevestiging van Ingram noemde geen inkoopordernummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s XML order answer named no order number</source>
        <translation>Het XML-antwoord van Ingram op de order noemde geen ordernummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s XML order detail named no order number</source>
        <translation>Het XML-orderdetail van Ingram noemde geen ordernummer</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Het document</translation>
    </message>
    <message>
        <source>Not an Ingram document this app reads ({name})</source>
        <translation>Geen Ingram-document dat deze app leest ({name})</translation>
    </message>
    <message>
        <source>The order confirmation named no order number</source>
        <translation>De orderbevestiging noemde geen ordernummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP answer had an empty body</source>
        <translation>Het SOAP-antwoord van Ingram had een lege body</translation>
    </message>
    <message>
        <source>Ingram&apos;s error answer</source>
        <extracomment>(customer PO, Ingram order numbers) pairs this desk knows of (journal, inbox) how many known POs a search without a PO asks about (newest first) order number → customer PO, from every answer; kept in ``po_index`` (JSON) so the watch list can poll an order found by PO in an earlier session</extracomment>
        <translation>Het foutantwoord van Ingram</translation>
    </message>
    <message>
        <source>Ingram sent {content_type} where XML was expected</source>
        <translation>Ingram stuurde {content_type} waar XML werd verwacht</translation>
    </message>
    <message>
        <source>Retry later; if it persists, check the XML endpoint.</source>
        <translation>Probeer het later opnieuw; blijft het, controleer dan het XML-eindpunt.</translation>
    </message>
    <message>
        <source>Product search is not part of the IM-XML set</source>
        <translation>Artikelzoeken hoort niet bij de IM-XML-berichten</translation>
    </message>
    <message>
        <source>Use the catalogue tab (price files) or a REST profile.</source>
        <translation>Gebruik het tabblad Catalogus (prijsbestanden) of een REST-profiel.</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order status for this PO.</source>
        <translation>De orderstatus bij Ingram wordt voor dit inkoopordernummer nagekeken.</translation>
    </message>
    <message>
        <source>Ingram acknowledged PO {po}; its confirmation is still pending</source>
        <translation>Ingram heeft inkooporder {po} ontvangen; de bevestiging volgt nog</translation>
    </message>
    <message>
        <source>IM-XML needs the customer PO of order {order_number}</source>
        <translation>IM-XML heeft het inkoopordernummer van order {order_number} nodig</translation>
    </message>
    <message>
        <source>Search for the order by its PO first.</source>
        <translation>Zoek de order eerst op zijn inkoopordernummer.</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} is not available over IM-XML</source>
        <translation>Factuur {invoice_number} is niet via IM-XML beschikbaar</translation>
    </message>
    <message>
        <source>Import Ingram&apos;s Invoice XML into the inbox (Orders tab).</source>
        <translation>Importeer de factuur-XML van Ingram in het postvak (tabblad Bestellingen).</translation>
    </message>
    <message>
        <source>Cancelling is not part of the IM-XML set used here</source>
        <translation>Annuleren hoort niet bij de hier gebruikte IM-XML-berichten</translation>
    </message>
    <message>
        <source>Cancel the order in Ingram&apos;s portal or with a REST profile.</source>
        <translation>Annuleer de order in het portaal van Ingram of met een REST-profiel.</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer</source>
        <translation>Het antwoord van Ingram</translation>
    </message>
    <message>
        <source>{what} declared a DOCTYPE, which is refused</source>
        <translation>{what} declareerde een DOCTYPE; dat wordt geweigerd</translation>
    </message>
    <message>
        <source>{what} was too large to read ({size:,} bytes, limit {limit:,})</source>
        <extracomment>largest XML document accepted (an IM-XML answer for 20 items is a few kB)</extracomment>
        <translation>{what} was te groot om te lezen ({size:,} bytes, limiet {limit:,})</translation>
    </message>
    <message>
        <source>{what} was empty</source>
        <translation>{what} was leeg</translation>
    </message>
    <message>
        <source>{what} could not be read as XML ({problem})</source>
        <translation>{what} kon niet als XML worden gelezen ({problem})</translation>
    </message>
    <message>
        <source>Retry; if it persists, check the XML endpoint in the profile.</source>
        <translation>Probeer het opnieuw; blijft het, controleer dan het XML-eindpunt in het profiel.</translation>
    </message>
    <message>
        <source>{what} contained entity references, which are refused</source>
        <translation>{what} bevatte entiteitsverwijzingen; die worden geweigerd</translation>
    </message>
    <message>
        <source>The team database {server} is unreachable: {problem}</source>
        <translation>De teamdatabase {server} is niet bereikbaar: {problem}</translation>
    </message>
    <message>
        <source>An address needs a name.</source>
        <extracomment>why the entries offered are the last ones read (&quot;&quot;: they are the team&apos;s current ones)</extracomment>
        <translation>Een adres heeft een naam nodig.</translation>
    </message>
    <message>
        <source>An address called {name} already exists.</source>
        <translation>Er bestaat al een adres met de naam {name}.</translation>
    </message>
    <message>
        <source>The team database has schema version {found}, newer than this Ingram Desk knows ({known}); nothing was changed.</source>
        <extracomment>version -&gt; SQL; append only (a released step is never edited)</extracomment>
        <translation>De teamdatabase heeft schemaversie {found}, nieuwer dan deze Ingram Desk kent ({known}); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Install the newer Ingram Desk the team uses.</source>
        <translation>Installeer de nieuwere Ingram Desk die het team gebruikt.</translation>
    </message>
    <message>
        <source>The team database is not set up for this Ingram Desk (schema {found}, needs {known})</source>
        <translation>De teamdatabase is niet ingericht voor deze Ingram Desk (schema {found}, nodig {known})</translation>
    </message>
    <message>
        <source>Run: ingram-desk team migrate (as the database owner).</source>
        <translation>Voer uit: ingram-desk team migrate (als eigenaar van de database).</translation>
    </message>
    <message>
        <source>{reason}. The order stays a draft on this desk; nothing is sent until its PO can be claimed in the team database.</source>
        <translation>{reason}. De order blijft een concept op deze werkplek; er wordt niets verzonden tot het inkoopordernummer in de teamdatabase kan worden vastgelegd.</translation>
    </message>
    <message>
        <source>Check the IM-XML login, password and country code in the profile.</source>
        <translation>Controleer de IM-XML-login, het wachtwoord en de landcode in het profiel.</translation>
    </message>
    <message>
        <source>Ingram refused the XML request (error {number}): {detail}</source>
        <translation>Ingram weigerde het XML-verzoek (fout {number}): {detail}</translation>
    </message>
    <message>
        <source>Ingram refused the XML request (error {number})</source>
        <translation>Ingram weigerde het XML-verzoek (fout {number})</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service failed: {text}</source>
        <translation>De SOAP-dienst van Ingram faalde: {text}</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service refused the login: {text}</source>
        <translation>De SOAP-dienst van Ingram weigerde de aanmelding: {text}</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service refused the request: {text}</source>
        <translation>De SOAP-dienst van Ingram weigerde het verzoek: {text}</translation>
    </message>
    <message>
        <source>Check the API URL. If a company proxy inspects TLS, its root certificate must be installed in the operating system&apos;s certificate store (Windows: Certificates, macOS: Keychain Access, Linux: the CA bundle, e.g. update-ca-certificates); ask IT.</source>
        <translation>Controleer de API-URL. Als een bedrijfsproxy TLS inspecteert, moet zijn basiscertificaat in het certificaatarchief van het besturingssysteem staan (Windows: Certificaten, macOS: Sleutelhangertoegang, Linux: de CA-bundel, bijv. update-ca-certificates); vraag het aan IT.</translation>
    </message>
    <message>
        <source>The TLS certificate of {url} could not be verified against the operating system&apos;s certificate store</source>
        <extracomment>what the error text names as the source of trust (it must stay true to ``ssl_context``)</extracomment>
        <translation>Het TLS-certificaat van {url} kon niet worden geverifieerd met het certificaatarchief van het besturingssysteem</translation>
    </message>
    <message>
        <source>the protocol must be ftp, ftps or sftp</source>
        <extracomment>in the profile&apos;s folder ftp, ftps (explicit TLS) or sftp 0: the protocol&apos;s default (21 / 22) empty: no category file local time of the daily price fetch downloaded files kept per feed FTPS: a certificate to trust besides the system&apos;s SFTP: the pinned host key; empty: trusted on first use</extracomment>
        <translation>het protocol moet ftp, ftps of sftp zijn</translation>
    </message>
    <message>
        <source>the feed host is empty</source>
        <translation>de feedserver is niet ingevuld</translation>
    </message>
    <message>
        <source>the feed user is empty</source>
        <translation>de feedgebruiker is niet ingevuld</translation>
    </message>
    <message>
        <source>the price time must be HH:MM</source>
        <translation>de tijd voor het prijsbestand moet UU:MM zijn</translation>
    </message>
    <message>
        <source>the port must be 1-65535</source>
        <translation>de poort moet 1-65535 zijn</translation>
    </message>
    <message>
        <source>the stock file is fetched at most every 5 minutes</source>
        <translation>het voorraadbestand wordt hoogstens elke 5 minuten opgehaald</translation>
    </message>
    <message>
        <source>{path}: not valid feed settings ({problem})</source>
        <translation>{path}: geen geldige feedinstellingen ({problem})</translation>
    </message>
    <message>
        <source>not a feed URL: {url} (expected ftp://, ftps:// or sftp://host…)</source>
        <translation>geen feed-URL: {url} (verwacht ftp://, ftps:// of sftp://host…)</translation>
    </message>
    <message>
        <source>put no password in the feed URL; it comes from the keyring or INGRAM_FEED_SECRET</source>
        <translation>zet geen wachtwoord in de feed-URL; het komt uit de sleutelhanger of INGRAM_FEED_SECRET</translation>
    </message>
    <message>
        <source>No client secret is stored for profile {name}</source>
        <extracomment>True once the secret came and the app went online</extracomment>
        <translation>Voor profiel {name} is geen client secret opgeslagen</translation>
    </message>
    <message>
        <source>Enter it in Tools › Profiles &amp; credentials, then Retry.</source>
        <translation>Voer het in via Extra › Profielen &amp; inloggegevens en kies dan Opnieuw.</translation>
    </message>
    <message>
        <source>(correlation id {correlation_id})</source>
        <translation>(correlatie-id {correlation_id})</translation>
    </message>
</context>
<context>
    <name>FeedListing</name>
    <message>
        <source>Remote file</source>
        <translation>Bestand op de server</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Feed today</source>
        <translation>Feed van vandaag</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinden…</translation>
    </message>
    <message>
        <source>Failed: {exc}</source>
        <translation>Mislukt: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n file(s).</source>
        <translation>
            <numerusform>Verbonden: %n bestand.</numerusform>
            <numerusform>Verbonden: %n bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source> No file for today&apos;s {v0} pattern.</source>
        <translation> Geen bestand voor het patroon {v0} van vandaag.</translation>
    </message>
</context>
<context>
    <name>FeedSettingsDialog</name>
    <message>
        <source>FTPS (explicit TLS)</source>
        <translation>FTPS (expliciete TLS)</translation>
    </message>
    <message>
        <source>Ingram file feeds</source>
        <translation>Bestandsfeeds van Ingram</translation>
    </message>
    <message>
        <source>Fetch the feeds on schedule</source>
        <translation>Feeds volgens schema ophalen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>ongewijzigd (bewaard in de sleutelhanger)</translation>
    </message>
    <message>
        <source>{date} is today as YYYYMMDD; {date:%d%m%Y} any other form; * and ?</source>
        <translation>{date} is vandaag als JJJJMMDD; {date:%d%m%Y} elke andere vorm; * en ?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>SFTP: the server&apos;s key Ingram gave you (empty: trust on first use)</source>
        <translation>SFTP: de serversleutel die Ingram u gaf (leeg: vertrouwen bij eerste gebruik)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Password or key</source>
        <translation>Wachtwoord of sleutel</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Map op de server</translation>
    </message>
    <message>
        <source>Price file</source>
        <translation>Prijsbestand</translation>
    </message>
    <message>
        <source>Stock file</source>
        <translation>Voorraadbestand</translation>
    </message>
    <message>
        <source>Category file</source>
        <translation>Categoriebestand</translation>
    </message>
    <message>
        <source>Price file daily at</source>
        <translation>Prijsbestand dagelijks om</translation>
    </message>
    <message>
        <source>Stock file every</source>
        <translation>Voorraadbestand elke</translation>
    </message>
    <message>
        <source>Keep downloads</source>
        <translation>Downloads bewaren</translation>
    </message>
    <message>
        <source>SFTP host key</source>
        <translation>SFTP-hostsleutel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbinding testen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Store the password in the keyring again (unlock it first)</source>
        <translation>Het wachtwoord opnieuw in de sleutelhanger bewaren (ontgrendel hem eerst)</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Niet opgeslagen: </translation>
    </message>
    <message>
        <source>Saved; storing the password in the keyring…</source>
        <translation>Opgeslagen; het wachtwoord wordt in de sleutelhanger bewaard…</translation>
    </message>
    <message>
        <source>Saved; the password is not in the keyring yet (kept for this session): {why}. Unlock the keyring and Retry.</source>
        <translation>Opgeslagen; het wachtwoord staat nog niet in de sleutelhanger (bewaard voor deze sessie): {why}. Ontgrendel de sleutelhanger en kies Opnieuw.</translation>
    </message>
    <message>
        <source> (password kept for this session only: no keyring)</source>
        <translation> (wachtwoord alleen voor deze sessie bewaard: geen sleutelhanger)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Feeds…</translation>
    </message>
    <message>
        <source>Fetch f&amp;eeds now</source>
        <translation>F&amp;eeds nu ophalen</translation>
    </message>
    <message numerus="yes">
        <source>{kind} feed (and %n more)</source>
        <translation>
            <numerusform>{kind}-feed (en nog %n)</numerusform>
            <numerusform>{kind}-feed (en nog %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} feed</source>
        <translation>{kind}-feed</translation>
    </message>
    <message>
        <source>Feeds: {kinds} updated at {v1}</source>
        <translation>Feeds: {kinds} bijgewerkt om {v1}</translation>
    </message>
</context>
<context>
    <name>FeedsStatus</name>
    <message>
        <source>price</source>
        <extracomment>how often the desk looks whether a feed is due (the schedule itself is in the service) the feeds and the units of their age, as the status bar words them</extracomment>
        <translation>prijs</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>voorraad</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <source>skipped (unchanged)</source>
        <translation>overgeslagen (ongewijzigd)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>gedownload</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbrak</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>{kind} {n} min old</source>
        <translation>{kind} {n} min oud</translation>
    </message>
    <message>
        <source>{kind} {n} h old</source>
        <translation>{kind} {n} u oud</translation>
    </message>
    <message>
        <source>{kind} {n} d old</source>
        <translation>{kind} {n} d oud</translation>
    </message>
    <message>
        <source>{kind} {n} min</source>
        <translation>{kind} {n} min</translation>
    </message>
    <message>
        <source>{kind} {n} h</source>
        <translation>{kind} {n} u</translation>
    </message>
    <message>
        <source>{kind} {n} d</source>
        <translation>{kind} {n} d</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <extracomment>feeds whose field is shown only when something is wrong with them (see ``show_status``)</extracomment>
        <translation>Nu ophalen</translation>
    </message>
    <message>
        <source>Fetch now: Ingram&apos;s price, stock and category files (Tools › Fetch feeds now)</source>
        <translation>Nu ophalen: de prijs-, voorraad- en categoriebestanden van Ingram (Extra › Feeds nu ophalen)</translation>
    </message>
    <message>
        <source>Feeds…</source>
        <translation>Feeds…</translation>
    </message>
    <message>
        <source>Feed server, files and schedule</source>
        <translation>Feedserver, bestanden en schema</translation>
    </message>
    <message>
        <source>{kind} never fetched</source>
        <translation>{kind} nooit opgehaald</translation>
    </message>
    <message>
        <source>{kind} file: last run {v1}</source>
        <translation>{kind}-bestand: laatst opgehaald {v1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — te laat</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>ophalen…</translation>
    </message>
    <message>
        <source>feeds off</source>
        <translation>feeds uit</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>nu aan de beurt</translation>
    </message>
    <message>
        <source>next {v0}</source>
        <translation>volgende {v0}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · te laat</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}” is geen getal</translation>
    </message>
    <message>
        <source>“{text}”: thousands go in groups of three, e.g. 1.234,56</source>
        <translation>“{text}”: duizendtallen staan in groepen van drie, bijv. 1.234,56</translation>
    </message>
    <message>
        <source>“{text}” has more than one decimal mark</source>
        <translation>“{text}” heeft meer dan één decimaalteken</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: write {a} or {b}</source>
        <translation>“{text}” is dubbelzinnig: schrijf {a} of {b}</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>“{text}” is geen geheel getal</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like {example}</source>
        <translation>“{text}” is geen datum; schrijf bijvoorbeeld {example}</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>&lt;h3&gt;Welcome to Ingram Desk — this is the demo&lt;/h3&gt;
&lt;p&gt;The demo profile talks to a &lt;b&gt;simulated Ingram Micro&lt;/b&gt; running inside the app: prices,
stock and orders are invented and nothing reaches Ingram. A sample price file of 3,000 products
is being imported now.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Three things to try:&lt;/b&gt;&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Search and check live:&lt;/b&gt; type &lt;i&gt;monitor&lt;/i&gt; in the Catalogue tab, select a row and
press &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; for live price &amp;amp; availability per warehouse.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Place an order:&lt;/b&gt; press &lt;b&gt;Ctrl+Shift+O&lt;/b&gt; on a row to add it to the order, pick one of the
two sample addresses as ship-to, press &lt;b&gt;Submit order&lt;/b&gt; and read the review before
&lt;b&gt;Place order&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Act on a hold:&lt;/b&gt; in the Orders tab select &lt;i&gt;PO-HOLD-CANCEL&lt;/i&gt; (on customer hold) and
release it, change its quantities, or cancel it.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Your own Ingram account goes in &lt;b&gt;Tools → Profiles &amp;amp; credentials&lt;/b&gt;.&lt;/p&gt;
</source>
        <translation>&lt;h3&gt;Welkom bij Ingram Desk — dit is de demo&lt;/h3&gt;
&lt;p&gt;Het demoprofiel praat met een &lt;b&gt;gesimuleerde Ingram Micro&lt;/b&gt; binnen de app: prijzen,
voorraad en bestellingen zijn verzonnen en er gaat niets naar Ingram. Een voorbeeldprijsbestand met 3.000 artikelen
wordt nu geïmporteerd.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Drie dingen om te proberen:&lt;/b&gt;&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Zoeken en live controleren:&lt;/b&gt; typ &lt;i&gt;monitor&lt;/i&gt; op het tabblad Catalogus, selecteer een regel en
druk op &lt;b&gt;Ctrl+Shift+P&lt;/b&gt; voor actuele prijs &amp;amp; beschikbaarheid per magazijn.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Een bestelling plaatsen:&lt;/b&gt; druk op &lt;b&gt;Ctrl+Shift+O&lt;/b&gt; op een regel om die aan de bestelling toe te voegen, kies een van de
twee voorbeeldadressen als afleveradres, druk op &lt;b&gt;Bestelling versturen&lt;/b&gt; en lees het overzicht voor
&lt;b&gt;Bestelling plaatsen&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Een blokkade afhandelen:&lt;/b&gt; selecteer op het tabblad Bestellingen &lt;i&gt;PO-HOLD-CANCEL&lt;/i&gt; (op klantblokkade) en
geef ze vrij, wijzig de aantallen of annuleer ze.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Uw eigen Ingram-account hoort onder &lt;b&gt;Extra → Profielen &amp;amp; inloggegevens&lt;/b&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;{body}&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Sneltoetsen&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;{body}&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <source>Contact your Ingram credit controller or pay overdue invoices; the order is released once credit clears.</source>
        <extracomment>Where the seed and Ingram&apos;s spec disagree: code -&gt; (seed meaning, spec meaning).</extracomment>
        <translation>Neem contact op met uw kredietbeheerder bij Ingram of betaal openstaande facturen; de bestelling wordt vrijgegeven zodra het krediet in orde is.</translation>
    </message>
    <message>
        <source>Ingram&apos;s sales team is checking the price or margin; confirm the price with your account manager.</source>
        <translation>De verkoopafdeling van Ingram controleert de prijs of marge; bevestig de prijs met uw accountmanager.</translation>
    </message>
    <message>
        <source>Export compliance check: provide end-user and destination details if Ingram asks for them.</source>
        <translation>Exportcontrole: geef eindgebruiker- en bestemmingsgegevens door als Ingram erom vraagt.</translation>
    </message>
    <message>
        <source>Check the special bid number and its validity with the vendor or your Ingram account manager.</source>
        <translation>Controleer het special-bidnummer en de geldigheid ervan bij de fabrikant of uw accountmanager bij Ingram.</translation>
    </message>
    <message>
        <source>Awaiting Ingram&apos;s ACOP review; no action unless your account manager asks for information.</source>
        <translation>Wacht op de ACOP-beoordeling van Ingram; geen actie tenzij uw accountmanager om informatie vraagt.</translation>
    </message>
    <message>
        <source>Contact your Ingram sales representative with the order number.</source>
        <translation>Neem met het bestelnummer contact op met uw verkoopcontact bij Ingram.</translation>
    </message>
    <message>
        <source>No hold</source>
        <extracomment>Seed 004&apos;s hold reason codes with descriptions, plus our advice on what to do.</extracomment>
        <translation>Geen blokkade</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Niets te doen.</translation>
    </message>
    <message>
        <source>Adjusted cost hold</source>
        <translation>Blokkade aangepaste kostprijs</translation>
    </message>
    <message>
        <source>Bad address hold</source>
        <translation>Blokkade ongeldig adres</translation>
    </message>
    <message>
        <source>Correct the ship-to address with Ingram sales; the order ships once it validates.</source>
        <translation>Corrigeer het afleveradres met de verkoopafdeling van Ingram; de bestelling wordt verzonden zodra het adres klopt.</translation>
    </message>
    <message>
        <source>Special bid hold</source>
        <translation>Blokkade special bid</translation>
    </message>
    <message>
        <source>Bill only hold</source>
        <translation>Blokkade alleen factureren</translation>
    </message>
    <message>
        <source>Order is to be billed without shipment; confirm this was intended.</source>
        <translation>De bestelling wordt gefactureerd zonder levering; bevestig dat dit de bedoeling is.</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kredietblokkade</translation>
    </message>
    <message>
        <source>Credit card hold</source>
        <translation>Blokkade creditcard</translation>
    </message>
    <message>
        <source>Credit card payment not authorised; update card details with Ingram.</source>
        <translation>Creditcardbetaling niet geautoriseerd; werk de kaartgegevens bij Ingram bij.</translation>
    </message>
    <message>
        <source>Credit check hold</source>
        <translation>Blokkade kredietcontrole</translation>
    </message>
    <message>
        <source>ACOP hold</source>
        <translation>ACOP-blokkade</translation>
    </message>
    <message>
        <source>Final review hold</source>
        <translation>Blokkade eindcontrole</translation>
    </message>
    <message>
        <source>Ingram is doing a final review; it usually clears without action.</source>
        <translation>Ingram doet een eindcontrole; die wordt meestal zonder actie opgeheven.</translation>
    </message>
    <message>
        <source>End-user rejected/missing</source>
        <translation>Eindgebruiker geweigerd/ontbreekt</translation>
    </message>
    <message>
        <source>Send valid end-user information for the lines that need it.</source>
        <translation>Stuur geldige eindgebruikergegevens voor de regels die ze nodig hebben.</translation>
    </message>
    <message>
        <source>End-user data missing</source>
        <translation>Eindgebruikergegevens ontbreken</translation>
    </message>
    <message>
        <source>Send the missing end-user data (name, address, contact) to Ingram.</source>
        <translation>Stuur de ontbrekende eindgebruikergegevens (naam, adres, contactpersoon) naar Ingram.</translation>
    </message>
    <message>
        <source>Export hold</source>
        <translation>Exportblokkade</translation>
    </message>
    <message>
        <source>Flooring hold</source>
        <translation>Blokkade voorraadfinanciering</translation>
    </message>
    <message>
        <source>Flooring (financing) limit reached; contact your flooring company or Ingram credit.</source>
        <translation>Limiet van de voorraadfinanciering bereikt; neem contact op met uw financier of met kredietbeheer van Ingram.</translation>
    </message>
    <message>
        <source>Margin hold</source>
        <translation>Margeblokkade</translation>
    </message>
    <message>
        <source>All orders set to hold (customer setting)</source>
        <translation>Alle bestellingen geblokkeerd (klantinstelling)</translation>
    </message>
    <message>
        <source>Your account holds every order: release it in Ingram&apos;s portal or ask sales.</source>
        <translation>Uw account blokkeert elke bestelling: geef ze vrij in het portaal van Ingram of vraag het de verkoopafdeling.</translation>
    </message>
    <message>
        <source>Customer hold</source>
        <translation>Klantblokkade</translation>
    </message>
    <message>
        <source>Held at your request: release it (or cancel it) when ready.</source>
        <translation>Op uw verzoek geblokkeerd: geef de bestelling vrij (of annuleer ze) wanneer u zover bent.</translation>
    </message>
    <message>
        <source>Fulfilment (dropship) value hold</source>
        <translation>Waardeblokkade dropshipment</translation>
    </message>
    <message>
        <source>Drop-ship value limit exceeded; Ingram sales must approve.</source>
        <translation>Waardelimiet voor dropshipment overschreden; de verkoopafdeling van Ingram moet goedkeuren.</translation>
    </message>
    <message>
        <source>Pricing hold</source>
        <translation>Prijsblokkade</translation>
    </message>
    <message>
        <source>Combined SM/SP hold</source>
        <translation>Gecombineerde SM/SP-blokkade</translation>
    </message>
    <message>
        <source>Minimum-order fee and price change both need approval; ask Ingram sales.</source>
        <translation>Toeslag onder minimumorderwaarde en prijswijziging moeten allebei worden goedgekeurd; vraag het de verkoopafdeling van Ingram.</translation>
    </message>
    <message>
        <source>Special product hold</source>
        <translation>Blokkade speciaal artikel</translation>
    </message>
    <message>
        <source>Freight hold</source>
        <translation>Vrachtblokkade</translation>
    </message>
    <message>
        <source>Freight charges need confirming; agree the carrier or freight cost with Ingram.</source>
        <translation>Vrachtkosten moeten worden bevestigd; spreek vervoerder of vrachtkosten af met Ingram.</translation>
    </message>
    <message>
        <source>Sales hold</source>
        <translation>Verkoopblokkade</translation>
    </message>
    <message>
        <source>Waive minimum order fee hold</source>
        <translation>Blokkade kwijtschelding toeslag minimumorder</translation>
    </message>
    <message>
        <source>Order is under the minimum value; accept the fee or add lines.</source>
        <translation>De bestelling ligt onder de minimumwaarde; accepteer de toeslag of voeg regels toe.</translation>
    </message>
    <message>
        <source>Price change hold</source>
        <translation>Blokkade prijswijziging</translation>
    </message>
    <message>
        <source>The price changed since the order was placed; confirm the new price.</source>
        <translation>De prijs is gewijzigd sinds de bestelling is geplaatst; bevestig de nieuwe prijs.</translation>
    </message>
    <message>
        <source>Transmit to vendor hold (awaiting a response)</source>
        <translation>Blokkade doorsturen naar fabrikant (wacht op antwoord)</translation>
    </message>
    <message>
        <source>Waiting for the vendor; no action needed unless it lasts days.</source>
        <translation>Wacht op de fabrikant; geen actie nodig tenzij het dagen duurt.</translation>
    </message>
    <message>
        <source>Deleted order</source>
        <translation>Verwijderde bestelling</translation>
    </message>
    <message>
        <source>The order was deleted; place a new order if still needed.</source>
        <translation>De bestelling is verwijderd; plaats een nieuwe als die nog nodig is.</translation>
    </message>
    <message>
        <source>Vendor required information missing</source>
        <translation>Door fabrikant vereiste gegevens ontbreken</translation>
    </message>
    <message>
        <source>Provide the vendor-required details (often end user or licence data).</source>
        <translation>Lever de door de fabrikant vereiste gegevens (vaak eindgebruiker- of licentiegegevens).</translation>
    </message>
    <message>
        <source>Weight hold</source>
        <translation>Gewichtsblokkade</translation>
    </message>
    <message>
        <source>Shipment weight needs a freight quote; confirm with Ingram.</source>
        <translation>Het zendingsgewicht vraagt om een vrachtofferte; bevestig met Ingram.</translation>
    </message>
    <message>
        <source>IM-Online offline hold</source>
        <translation>Blokkade IM-Online offline</translation>
    </message>
    <message>
        <source>Ingram&apos;s online system was offline; the order is released when it is back.</source>
        <translation>Het onlinesysteem van Ingram was offline; de bestelling wordt vrijgegeven zodra het terug is.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>skipped</source>
        <extracomment>the report&apos;s links to a kind of change: this, then the kind (``query.CHANGE_KINDS``)</extracomment>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behouden</translation>
    </message>
    <message>
        <source> (first {shown} of {total})</source>
        <translation> (eerste {shown} van {total})</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Rows with problems{more}&lt;/h4&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th&gt;line&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;reason&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Regels met problemen{more}&lt;/h4&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th&gt;regel&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;reden&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Importing {file_name}</source>
        <extracomment>the user chose &quot;Import anyway&quot; after the sanity gate refused the file a kind of change in the report was clicked: its articles are asked for</extracomment>
        <translation>{file_name} importeren</translation>
    </message>
    <message>
        <source>Saved: if Ingram Desk closes now, this import finishes at its next start.</source>
        <extracomment>said once the import is kept on disk: closing the app no longer loses it</extracomment>
        <translation>Opgeslagen: sluit Ingram Desk nu, dan wordt deze import bij de volgende start afgerond.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Toch importeren</translation>
    </message>
    <message>
        <source>Cancelling — back to the previous catalogue, unchanged…</source>
        <translation>Annuleren — terug naar de vorige catalogus, ongewijzigd…</translation>
    </message>
    <message>
        <source>Cancelling — the current catalogue stays as it is…</source>
        <translation>Annuleren — de huidige catalogus blijft zoals hij is…</translation>
    </message>
    <message>
        <source>You can close this window and keep working.</source>
        <extracomment>once the new catalogue answers: the import goes on without the window</extracomment>
        <translation>U kunt dit venster sluiten en doorwerken.</translation>
    </message>
    <message>
        <source>Reading the price file…</source>
        <extracomment>the import dialog&apos;s first line, while the file is read (before it is searchable)</extracomment>
        <translation>Prijsbestand lezen…</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import annuleren</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Importing anyway…</source>
        <translation>Toch importeren…</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Inbox — documents from Ingram</source>
        <translation>Postvak — documenten van Ingram</translation>
    </message>
    <message>
        <source>Watch &amp;folder…</source>
        <translation>&amp;Map bewaken…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Bestanden &amp;importeren…</translation>
    </message>
    <message>
        <source>Watching {folder} (new files are imported every minute)</source>
        <translation>{folder} wordt bewaakt (nieuwe bestanden worden elke minuut geïmporteerd)</translation>
    </message>
    <message>
        <source>No folder watched: choose the folder your e-mail rule or EDI mailbox fills.</source>
        <translation>Geen map bewaakt: kies de map die uw e-mailregel of EDI-postbus vult.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Matched</source>
        <translation>Gekoppeld</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Despatch advice</source>
        <translation>Verzendbericht</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Orderbevestiging</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Onleesbaar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEE</translation>
    </message>
</context>
<context>
    <name>IngramState</name>
    <message>
        <source>On Hold</source>
        <extracomment>the words Ingram&apos;s order details give an order&apos;s and a line&apos;s state (not codes: these are English words, shown in the user&apos;s language; a word not listed is shown as Ingram sent it)</extracomment>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>In backorder</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Partially Shipped</source>
        <translation>Deels verzonden</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>JournalTexts</name>
    <message>
        <source>journal restored from the backup of {taken}; checking Ingram before any send</source>
        <translation>journaal teruggezet uit de back-up van {taken}; controle bij Ingram vóór elke verzending</translation>
    </message>
    <message>
        <source>draft created</source>
        <translation>concept aangemaakt</translation>
    </message>
    <message>
        <source>submitted by the user</source>
        <translation>door de gebruiker ingediend</translation>
    </message>
    <message>
        <source>sending (correlation id {correlation_id})</source>
        <translation>wordt verzonden (correlatie-id {correlation_id})</translation>
    </message>
    <message>
        <source>found in flight at start; checking Ingram before any resend</source>
        <translation>bij het starten nog onderweg aangetroffen; controle bij Ingram vóór elke herverzending</translation>
    </message>
    <message>
        <source>PO {po} already exists at Ingram ({orders}); not sent</source>
        <translation>Inkooporder {po} bestaat al bij Ingram ({orders}); niet verzonden</translation>
    </message>
    <message>
        <source>cancelled while sending</source>
        <translation>geannuleerd tijdens het verzenden</translation>
    </message>
    <message>
        <source>not sent: {error}</source>
        <translation>niet verzonden: {error}</translation>
    </message>
    <message>
        <source>API window closed</source>
        <translation>API-venster gesloten</translation>
    </message>
    <message>
        <source>refused before processing (not placed): {error}</source>
        <translation>geweigerd vóór verwerking (niet geplaatst): {error}</translation>
    </message>
    <message>
        <source>rejected by Ingram: {error}</source>
        <translation>geweigerd door Ingram: {error}</translation>
    </message>
    <message>
        <source>placed: Ingram order {orders}; {rejected}</source>
        <translation>geplaatst: Ingram-order {orders}; {rejected}</translation>
    </message>
    <message>
        <source>placed: Ingram order {orders}</source>
        <translation>geplaatst: Ingram-order {orders}</translation>
    </message>
    <message>
        <source>order search failed: {error}</source>
        <translation>zoeken naar de order mislukt: {error}</translation>
    </message>
    <message>
        <source>found at Ingram by PO: {orders} (several orders carry this PO: split or duplicate, please check)</source>
        <translation>bij Ingram gevonden op inkoopordernummer: {orders} (meerdere orders hebben dit inkoopordernummer: gesplitst of dubbel, graag controleren)</translation>
    </message>
    <message>
        <source>found at Ingram by PO: {orders}</source>
        <translation>bij Ingram gevonden op inkoopordernummer: {orders}</translation>
    </message>
    <message>
        <source>Ingram has this PO (duplicate refused); waiting for it</source>
        <translation>Ingram heeft dit inkoopordernummer al (dubbel geweigerd); wachten tot de order verschijnt</translation>
    </message>
    <message numerus="yes">
        <source>not found at Ingram after %n resend(s); check with Ingram before doing anything else</source>
        <translation>
            <numerusform>na %n herverzending niet gevonden bij Ingram; neem contact op met Ingram voordat u iets anders doet</numerusform>
            <numerusform>na %n herverzendingen niet gevonden bij Ingram; neem contact op met Ingram voordat u iets anders doet</numerusform>
        </translation>
    </message>
    <message>
        <source>not found at Ingram after {seconds} s; resending the same PO and bytes</source>
        <translation>na {seconds} s niet gevonden bij Ingram; hetzelfde inkoopordernummer wordt met dezelfde bytes opnieuw verzonden</translation>
    </message>
    <message>
        <source>outcome unknown ({why}); checking Ingram by PO before any resend</source>
        <translation>uitkomst onbekend ({why}); controle bij Ingram op inkoopordernummer vóór elke herverzending</translation>
    </message>
    <message>
        <source>Ingram could not confirm this order in time; check Ingram&apos;s order search for PO {po} before doing anything else ({why})</source>
        <translation>Ingram kon deze order niet op tijd bevestigen; zoek inkoopordernummer {po} op in de orderzoekfunctie van Ingram voordat u iets anders doet ({why})</translation>
    </message>
    <message>
        <source>Ingram could not confirm this order in time; check Ingram&apos;s order search for PO {po} before doing anything else</source>
        <translation>Ingram kon deze order niet op tijd bevestigen; zoek inkoopordernummer {po} op in de orderzoekfunctie van Ingram voordat u iets anders doet</translation>
    </message>
    <message>
        <source>waiting: {reason}</source>
        <translation>wacht: {reason}</translation>
    </message>
    <message>
        <source>line {line} {sku}: {reason}</source>
        <translation>regel {line} {sku}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected by Ingram ({reasons})</source>
        <translation>
            <numerusform>%n regel geweigerd door Ingram ({reasons})</numerusform>
            <numerusform>%n regels geweigerd door Ingram ({reasons})</numerusform>
        </translation>
    </message>
    <message>
        <source>sending from desk {desk} (correlation id {correlation_id})</source>
        <translation>wordt verzonden vanaf werkplek {desk} (correlatie-id {correlation_id})</translation>
    </message>
    <message>
        <source>found in flight from desk {desk}, which stopped; checking Ingram before any resend</source>
        <translation>onderweg aangetroffen vanaf werkplek {desk}, die is gestopt; controle bij Ingram vóór elke herverzending</translation>
    </message>
    <message>
        <source>draft with PO {po} stays on this desk: {error} (change its PO to send it)</source>
        <translation>concept met inkoopordernummer {po} blijft op deze werkplek: {error} (wijzig het inkoopordernummer om het te verzenden)</translation>
    </message>
    <message>
        <source>edit of draft {po} stays on this desk: a colleague submitted or deleted it (change its PO to send it)</source>
        <translation>bewerking van concept {po} blijft op deze werkplek: een collega heeft het verzonden of verwijderd (wijzig het inkoopordernummer om het te verzenden)</translation>
    </message>
</context>
<context>
    <name>LineInputError</name>
    <message>
        <source>Nothing added: {shown} — write one SKU per line, optionally followed by a whole quantity of at least 1 (e.g. “1234567 3”).</source>
        <translation>Niets toegevoegd: {shown} — schrijf één artikelnummer per regel, eventueel gevolgd door een heel aantal van minstens 1 (bijv. “1234567 3”).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ingram Desk — {profile}</source>
        <extracomment>the profile&apos;s transport: rest, xml or soap what Help ▸ Show data folder opens named in Help ▸ About&apos;s diagnostics the window&apos;s size at first start, where the screen has room for it left for the window&apos;s frame and title bar, which ``resize`` does not count the user chose another profile in Tools → Switch profile (the app reopens on it) the language now spoken, after View › Language (the window then reopens in it)</extracomment>
        <translation>Ingram Desk — {profile}</translation>
    </message>
    <message>
        <source>{title} — PRODUCTION: orders are real</source>
        <translation>{title} — PRODUCTIE: bestellingen zijn echt</translation>
    </message>
    <message>
        <source>PRODUCTION — profile {profile_name}: orders placed here are real</source>
        <translation>PRODUCTIE — profiel {profile_name}: bestellingen die u hier plaatst zijn echt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestelling</translation>
    </message>
    <message>
        <source>No ordering service in this window.</source>
        <translation>Geen bestelservice in dit venster.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <source>No tracking service in this window.</source>
        <translation>Geen volgservice in dit venster.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogus</translation>
    </message>
    <message>
        <source>&amp;P&amp;&amp;A</source>
        <translation>&amp;P&amp;&amp;A</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>Be&amp;stelling</translation>
    </message>
    <message>
        <source>Or&amp;ders</source>
        <translation>Bestellin&amp;gen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>IM-XML over SOAP</source>
        <translation>IM-XML via SOAP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import price file…</source>
        <translation>Prijsbestand &amp;importeren…</translation>
    </message>
    <message>
        <source>Last import &amp;report…</source>
        <translation>Laatste import&amp;rapport…</translation>
    </message>
    <message>
        <source>What &amp;changed in the last import…</source>
        <translation>Wat de laatste import &amp;veranderde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find in catalogue</source>
        <translation>In catalogus &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>P&amp;&amp;A</source>
        <translation>P&amp;&amp;A</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Logboek tonen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extra</translation>
    </message>
    <message>
        <source>&amp;Profiles &amp;&amp; credentials…</source>
        <translation>&amp;Profielen &amp;&amp; inloggegevens…</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>Ander profiel &amp;kiezen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Show &amp;data folder</source>
        <translation>&amp;Gegevensmap tonen</translation>
    </message>
    <message>
        <source>&amp;About Ingram Desk</source>
        <translation>&amp;Over Ingram Desk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to the order</source>
        <translation>
            <numerusform>%n regel aan de bestelling toegevoegd</numerusform>
            <numerusform>%n regels aan de bestelling toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Import price file</source>
        <translation>Prijsbestand importeren</translation>
    </message>
    <message>
        <source>Price files (*.csv *.txt *.zip)</source>
        <translation>Prijsbestanden (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Profile {name} saved; start with --profile {name} to use it</source>
        <translation>Profiel {name} opgeslagen; start met --profile {name} om het te gebruiken</translation>
    </message>
    <message>
        <source>  (PRODUCTION)</source>
        <translation>  (PRODUCTIE)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Order → add the SKU and quantity typed in the line box</source>
        <translation>Bestelling → het getypte artikelnummer en aantal toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Order → remove the selected lines</source>
        <translation>Bestelling → de geselecteerde regels verwijderen</translation>
    </message>
    <message>
        <source>Orders → search with the order number or PO typed</source>
        <translation>Bestellingen → zoeken op het getypte bestel- of inkoopordernummer</translation>
    </message>
    <message>
        <source>Welcome to the demo</source>
        <translation>Welkom bij de demo</translation>
    </message>
    <message>
        <source>Working on: {tasks}</source>
        <translation>Bezig met: {tasks}</translation>
    </message>
    <message>
        <source>An order is being sent</source>
        <translation>Er wordt een bestelling verstuurd</translation>
    </message>
    <message>
        <source>Order {pos} is being sent to Ingram right now. If you quit, Ingram Desk lets the send finish (at most a few minutes); if it cannot, it checks with Ingram at the next start whether the order was placed. It is never sent twice.</source>
        <translation>Bestelling {pos} wordt nu naar Ingram verstuurd. Als u afsluit, laat Ingram Desk het versturen afronden (hoogstens enkele minuten); lukt dat niet, dan controleert het bij de volgende start bij Ingram of de bestelling is geplaatst. Ze wordt nooit twee keer verstuurd.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Toch afsluiten</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Open laten</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source> (Ingram: {note})</source>
        <extracomment>public tracking pages for carriers whose answers carry no URL (prefix of the carrier name)</extracomment>
        <translation> (Ingram: {note})</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#8a4b00&apos;&gt;On hold:&lt;/p&gt;&lt;ul&gt;{v0}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;color:#8a4b00&apos;&gt;Geblokkeerd:&lt;/p&gt;&lt;ul&gt;{v0}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Order {order} — PO {po}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bestelling {order} — inkooporder {po}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: &lt;b&gt;{status}&lt;/b&gt; · created {created} · total {total}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Status: &lt;b&gt;{status}&lt;/b&gt; · aangemaakt {created} · totaal {total}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Sub-order&lt;/th&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;SKU&lt;/th&gt;&lt;th&gt;Description&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Qty&lt;/th&gt;&lt;th&gt;Confirmed&lt;/th&gt;&lt;th&gt;Backorder (ETA)&lt;/th&gt;&lt;th&gt;Price&lt;/th&gt;&lt;th&gt;Shipments and tracking&lt;/th&gt;&lt;th&gt;Serial numbers&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Deelorder&lt;/th&gt;&lt;th&gt;Regel&lt;/th&gt;&lt;th&gt;Artikelnr.&lt;/th&gt;&lt;th&gt;Omschrijving&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Aantal&lt;/th&gt;&lt;th&gt;Bevestigd&lt;/th&gt;&lt;th&gt;Nalevering (levertijd)&lt;/th&gt;&lt;th&gt;Prijs&lt;/th&gt;&lt;th&gt;Zendingen en track &amp;amp; trace&lt;/th&gt;&lt;th&gt;Serienummers&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> · invoice &lt;a href=&apos;invoice:{number}&apos;&gt;{number}&lt;/a&gt;</source>
        <translation> · factuur &lt;a href=&apos;invoice:{number}&apos;&gt;{number}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{quantity} shipped {date} {warehouse}: {links}</source>
        <translation>{quantity} verzonden {date} {warehouse}: {links}</translation>
    </message>
    <message>
        <source>no ETA</source>
        <translation>geen levertijd</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invoices: {links}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Facturen: {links}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;h4&gt;Invoice {number}&lt;/h4&gt;&lt;p&gt;{status} · dated {dated} · due {due_date} · amount due {due} · lines: {lines}&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;h4&gt;Factuur {number}&lt;/h4&gt;&lt;p&gt;{status} · gedateerd {dated} · vervalt {due_date} · te betalen {due} · regels: {lines}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;h4&gt;Documents from Ingram (inbox)&lt;/h4&gt;</source>
        <translation>&lt;hr&gt;&lt;h4&gt;Documenten van Ingram (postvak)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source> · total {total}</source>
        <translation> · totaal {total}</translation>
    </message>
    <message>
        <source> · tracking {links}</source>
        <translation> · track &amp;amp; trace {links}</translation>
    </message>
    <message>
        <source> · serials {serials}</source>
        <translation> · serienummers {serials}</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Selecteer een bestelling om de details te zien.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Ship what is available (partial)</source>
        <extracomment>ship-complete choices: label → the v6 ``shipComplete`` value (None = Ingram&apos;s default)</extracomment>
        <translation>Leveren wat beschikbaar is (deellevering)</translation>
    </message>
    <message>
        <source>Ship complete (all lines together)</source>
        <translation>Compleet leveren (alle regels samen)</translation>
    </message>
    <message>
        <source>Ship complete per line</source>
        <translation>Compleet leveren per regel</translation>
    </message>
    <message>
        <source>(Ingram&apos;s default ship-to for your account)</source>
        <translation>(standaardafleveradres van uw Ingram-account)</translation>
    </message>
    <message>
        <source>(no end-user information)</source>
        <translation>(geen eindgebruikergegevens)</translation>
    </message>
    <message>
        <source>(Ingram chooses)</source>
        <translation>(Ingram kiest)</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nieuwe bestelling</translation>
    </message>
    <message>
        <source>Copy as new draft</source>
        <translation>Kopiëren als nieuw concept</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Bestelling:</translation>
    </message>
    <message>
        <source>required, at most {MAX_PO_LENGTH} characters</source>
        <translation>verplicht, hoogstens {MAX_PO_LENGTH} tekens</translation>
    </message>
    <message>
        <source>Your purchase order number, at most {MAX_PO_LENGTH} characters. A new order starts with a generated one shown here; type your own over it. Sending needs a PO.</source>
        <translation>Uw inkoopordernummer, hoogstens {MAX_PO_LENGTH} tekens. Een nieuwe bestelling begint met een gegenereerd nummer; typ uw eigen nummer eroverheen. Voor versturen is een inkoopordernummer nodig.</translation>
    </message>
    <message>
        <source>optional, at most {MAX_PO_LENGTH} characters</source>
        <translation>optioneel, hoogstens {MAX_PO_LENGTH} tekens</translation>
    </message>
    <message>
        <source>Address &amp;book…</source>
        <translation>&amp;Adresboek…</translation>
    </message>
    <message>
        <source>End-user information (from the address book) for lines or countries that need it</source>
        <translation>Eindgebruikergegevens (uit het adresboek) voor regels of landen die ze vereisen</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Gewenste levering</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>Customer &amp;PO</source>
        <translation>&amp;Inkooporder</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Inkooporder eindklant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Afleveradres</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Eindgebruiker</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Vervoerder</translation>
    </message>
    <message>
        <source>SKU and quantity, e.g. “1234567 3” — Enter adds</source>
        <translation>Artikelnummer en aantal, bijv. “1234567 3” — Enter voegt toe</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>Paste SKU/qty lines</source>
        <translation>Artikel/aantal-regels plakken</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Selectie verwijderen</translation>
    </message>
    <message>
        <source>Check prices &amp;&amp; stock</source>
        <translation>Prijzen &amp;&amp; voorraad controleren</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>Bestelling &amp;versturen</translation>
    </message>
    <message>
        <source>Showing the addresses last read: {reason}</source>
        <translation>De laatst gelezen adressen: {reason}</translation>
    </message>
    <message>
        <source>(this order&apos;s end user) {text}</source>
        <translation>(eindgebruiker van deze bestelling) {text}</translation>
    </message>
    <message>
        <source>(this order&apos;s address) {v0}</source>
        <translation>(adres van deze bestelling) {v0}</translation>
    </message>
    <message>
        <source>{code} (not in this profile&apos;s list)</source>
        <translation>{code} (niet in de lijst van dit profiel)</translation>
    </message>
</context>
<context>
    <name>OrderHoldActions</name>
    <message>
        <source>Cancel Ingram order {ingram_order_number} (PO {customer_order_number})?</source>
        <translation>Ingram-bestelling {ingram_order_number} (inkooporder {customer_order_number}) annuleren?</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestelling annuleren</translation>
    </message>
    <message>
        <source>Order {number}: Ingram refused {v1}</source>
        <translation>Bestelling {number}: Ingram weigerde {v1}</translation>
    </message>
    <message>
        <source>Order {number}: changed as asked</source>
        <translation>Bestelling {number}: gewijzigd zoals gevraagd</translation>
    </message>
    <message>
        <source>Order {number}: hold released, Ingram is processing it</source>
        <translation>Bestelling {number}: blokkade opgeheven, Ingram verwerkt haar</translation>
    </message>
    <message>
        <source>Release Ingram order {ingram_order_number} (PO {customer_order_number})? Ingram starts processing it; it can no longer be changed or cancelled here.</source>
        <translation>Ingram-bestelling {ingram_order_number} (inkooporder {customer_order_number}) vrijgeven? Ingram begint ze te verwerken; ze kan hier dan niet meer worden gewijzigd of geannuleerd.</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Blokkade opheffen</translation>
    </message>
</context>
<context>
    <name>OrderLinesEntry</name>
    <message>
        <source>price file of {v0}</source>
        <translation>prijsbestand van {v0}</translation>
    </message>
    <message>
        <source>price file</source>
        <translation>prijsbestand</translation>
    </message>
    <message>
        <source>{codes}: the part number of several articles; choose one in P&amp;A or the catalogue.</source>
        <translation>{codes}: het onderdeelnummer van meerdere artikelen; kies er een in P&amp;A of in de catalogus.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regels</numerusform>
        </translation>
    </message>
    <message>
        <source> — order total &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation> — ordertotaal &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — total unknown until every line has a price</source>
        <translation> — totaal onbekend tot elke regel een prijs heeft</translation>
    </message>
</context>
<context>
    <name>OrderLinesInput</name>
    <message>
        <source>live P&amp;A {time}</source>
        <translation>live P&amp;A {time}</translation>
    </message>
    <message>
        <source>no answer from Ingram</source>
        <translation>geen antwoord van Ingram</translation>
    </message>
    <message>
        <source>rejected by Ingram</source>
        <translation>geweigerd door Ingram</translation>
    </message>
    <message>
        <source>price {old} → {new}</source>
        <translation>prijs {old} → {new}</translation>
    </message>
    <message>
        <source>none in stock</source>
        <translation>niet op voorraad</translation>
    </message>
    <message>
        <source>only {total_available} available</source>
        <translation>slechts {total_available} beschikbaar</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>SKU</source>
        <extracomment>the ``FormLine`` behind a row where the price comes from and how old it is (&quot;price file of 23 Nov 06:12&quot;, &quot;live 14:02&quot;) what the last live P&amp;A said changed since the line was added (&quot;&quot; = nothing) a live P&amp;A answered for this line since it was added the last live P&amp;A refused this line (unknown SKU, not orderable): it cannot be placed (key, header, editable)</extracomment>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Uw prijs</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Val.</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Regeltotaal</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Prijs uit</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Special bid</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Live controle</translation>
    </message>
    <message>
        <source>✓ unchanged</source>
        <translation>✓ ongewijzigd</translation>
    </message>
    <message>
        <source>✗ not accepted: {live_note}</source>
        <translation>✗ niet geaccepteerd: {live_note}</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wacht op versturen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Ingram has not confirmed yet; checking</source>
        <translation>Ingram heeft nog niet bevestigd; wordt nagegaan</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Geplaatst</translation>
    </message>
    <message>
        <source>Rejected by Ingram (not placed)</source>
        <translation>Geweigerd door Ingram (niet geplaatst)</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Vraagt uw aandacht</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>In progress/Open order</source>
        <extracomment>&quot;&quot; is the seed&apos;s &quot;blank&quot; (open order) &quot;&quot; means no hold What the purchaser can do about it (our advice, not Ingram&apos;s text). Seed 004&apos;s order status codes, verbatim descriptions.</extracomment>
        <translation>In behandeling/open bestelling</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kredietblokkade</translation>
    </message>
    <message>
        <source>Shipment hold</source>
        <translation>Verzendblokkade</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Factureringsfout</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Gefactureerd</translation>
    </message>
    <message>
        <source>Ecommerce Hold</source>
        <translation>E-commerceblokkade</translation>
    </message>
    <message>
        <source>Released to the warehouse management system</source>
        <translation>Vrijgegeven aan het magazijnbeheersysteem</translation>
    </message>
    <message>
        <source>Sales Hold</source>
        <translation>Verkoopblokkade</translation>
    </message>
    <message>
        <source>Deleted order</source>
        <translation>Verwijderde bestelling</translation>
    </message>
    <message>
        <source>Order not released to the warehouse management system</source>
        <translation>Bestelling niet vrijgegeven aan het magazijnbeheersysteem</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Codes only Ingram&apos;s 2024 v5 spec lists (order-details ``orderstatus``), kept as a fallback.</extracomment>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Ingepakt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Bill for history only</source>
        <translation>Alleen factuur voor historie</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <source>Tag hold</source>
        <translation>Tagblokkade</translation>
    </message>
    <message>
        <source>Drop ship hold</source>
        <translation>Dropshipmentblokkade</translation>
    </message>
    <message>
        <source>Internet customer origin hold</source>
        <translation>Blokkade herkomst internetklant</translation>
    </message>
    <message>
        <source>RMA hold</source>
        <translation>RMA-blokkade</translation>
    </message>
    <message>
        <source>Cisco 3A6</source>
        <translation>Cisco 3A6</translation>
    </message>
</context>
<context>
    <name>OrderTab</name>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>on this desk</source>
        <translation>op deze werkplek</translation>
    </message>
    <message>
        <source>Saved on this desk; it joins the team when the database is back.</source>
        <translation>Op deze werkplek bewaard; het gaat naar het team zodra de database terug is.</translation>
    </message>
    <message>
        <source>(new order)</source>
        <translation>(nieuwe bestelling)</translation>
    </message>
    <message>
        <source> — until you type one, this draft keeps {customer_po}</source>
        <extracomment>P&amp;A accepts at most this many items per call the latest live P&amp;A answer per SKU (from the P&amp;A tab), with when it was given</extracomment>
        <translation> — tot u er een typt, houdt dit concept {customer_po}</translation>
    </message>
    <message>
        <source>A customer PO is required (at most {MAX_PO_LENGTH} characters){kept}.</source>
        <translation>Een inkoopordernummer is verplicht (hoogstens {MAX_PO_LENGTH} tekens){kept}.</translation>
    </message>
    <message>
        <source>Customer PO too long: {v0} characters, Ingram takes at most {MAX_PO_LENGTH} — shorten it before sending.</source>
        <translation>Inkoopordernummer te lang: {v0} tekens, Ingram neemt er hoogstens {MAX_PO_LENGTH} — kort het in voor het versturen.</translation>
    </message>
    <message>
        <source>End-customer PO too long: {v0} characters, at most {MAX_PO_LENGTH}.</source>
        <translation>Inkooporder eindklant te lang: {v0} tekens, hoogstens {MAX_PO_LENGTH}.</translation>
    </message>
    <message>
        <source>Another order is being sent; submit this one when it is done.</source>
        <translation>Er wordt al een bestelling verstuurd; verstuur deze als die klaar is.</translation>
    </message>
    <message>
        <source>Add at least one line before submitting.</source>
        <translation>Voeg minstens één regel toe voor het versturen.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Niet verstuurd: {reason}</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>Niet verstuurd: {problem}</translation>
    </message>
    <message>
        <source>No live check (P&amp;A is not available): prices are the price file&apos;s.</source>
        <translation>Geen live controle (P&amp;A is niet beschikbaar): de prijzen komen uit het prijsbestand.</translation>
    </message>
    <message>
        <source>The live check failed ({v0}): prices are the price file&apos;s and stock was not checked.</source>
        <translation>De live controle is mislukt ({v0}): de prijzen komen uit het prijsbestand en de voorraad is niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Not sent — {po} is still a draft. Change it and submit again.</source>
        <translation>Niet verstuurd — {po} is nog een concept. Pas het aan en verstuur opnieuw.</translation>
    </message>
    <message>
        <source>Unusual quantity</source>
        <translation>Ongebruikelijk aantal</translation>
    </message>
    <message>
        <source>Order {listed}? That is more than usual for one line.</source>
        <translation>{listed} bestellen? Dat is meer dan gebruikelijk voor één regel.</translation>
    </message>
    <message>
        <source>Not sent: change the quantity, then submit.</source>
        <translation>Niet verstuurd: pas het aantal aan en verstuur dan.</translation>
    </message>
    <message>
        <source>New order — saved as a draft as you type.</source>
        <translation>Nieuwe bestelling — wordt tijdens het typen als concept bewaard.</translation>
    </message>
    <message>
        <source>Draft {customer_po} — saved.</source>
        <translation>Concept {customer_po} — bewaard.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Placed, but not every line: {last_error}&lt;/b&gt; — those lines were not ordered</source>
        <translation>&lt;b&gt;Geplaatst, maar niet alle regels: {last_error}&lt;/b&gt; — die regels zijn niet besteld</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — awaiting confirmation; do not place it again</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — wacht op bevestiging; niet opnieuw plaatsen</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ingram order(s): &lt;b&gt;{v0}&lt;/b&gt;</source>
        <translation>&lt;br&gt;Ingram-bestelling(en): &lt;b&gt;{v0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Another Ingram Desk window or command is sending orders from this journal; it will send this one.</source>
        <translation>&lt;br&gt;Een ander Ingram Desk-venster of -commando verstuurt bestellingen uit dit journaal; het verstuurt ook deze.</translation>
    </message>
</context>
<context>
    <name>OrdersExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}</source>
        <translation>
            <numerusform>%Ln regel geëxporteerd naar {path}</numerusform>
            <numerusform>%Ln regels geëxporteerd naar {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>OrdersInbox</name>
    <message numerus="yes">
        <source>, &lt;b style=&apos;color:#a33&apos;&gt;%n unmatched&lt;/b&gt;</source>
        <translation>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n niet gekoppeld&lt;/b&gt;</numerusform>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n niet gekoppeld&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder Ingram&apos;s documents arrive in</source>
        <translation>Map waarin de documenten van Ingram binnenkomen</translation>
    </message>
    <message>
        <source>Import documents from Ingram</source>
        <translation>Documenten van Ingram importeren</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n document(s)</source>
        <translation>
            <numerusform>Postvak: %n document</numerusform>
            <numerusform>Postvak: %n documenten</numerusform>
        </translation>
    </message>
    <message>
        <source>XML documents (*.xml);;All files (*)</source>
        <translation>XML-documenten (*.xml);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Ingram order</source>
        <extracomment>the ``OrderSummary`` behind a row (text, colour) for the badge delegate, or None for a plain cell what a header click sorts by: numbers for value and lines (None while not known: listed last whichever the direction), ISO text for dates orders pulled per fetchMore (the service asks Ingram for pages of at most 100) a value or line count not known yet (the tooltip says why)</extracomment>
        <translation>Ingram-bestelling</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Deelorder</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Inkooporder</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Orderwaarde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Blokkade</translation>
    </message>
    <message>
        <source>Ingram&apos;s note</source>
        <translation>Opmerking Ingram</translation>
    </message>
    <message>
        <source>Status {code}: {description} ({bucket})</source>
        <translation>Status {code}: {description} ({bucket})</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code} — {description}&lt;/b&gt;&lt;br&gt;What you can do: {action}</source>
        <translation>&lt;b&gt;{code} — {description}&lt;/b&gt;&lt;br&gt;Wat u kunt doen: {action}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ingram&apos;s note: {note}</source>
        <translation>&lt;br&gt;Opmerking Ingram: {note}</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>Gewijzigd sinds u het laatst keek</translation>
    </message>
    <message>
        <source>Not known yet: select the order to read its details</source>
        <translation>Nog niet bekend: selecteer de order om de details te lezen</translation>
    </message>
    <message>
        <source>Not known yet: select the order to read its lines. The grid reads no order&apos;s details by itself: that would spend Ingram&apos;s 60 calls a minute.</source>
        <translation>Nog niet bekend: selecteer de order om de regels te lezen. De lijst leest zelf geen orderdetails: dat zou de 60 oproepen per minuut bij Ingram opmaken.</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Disabled: select an order first</source>
        <translation>Uitgeschakeld: selecteer eerst een bestelling</translation>
    </message>
    <message>
        <source>Disabled: this order is cancelled</source>
        <translation>Uitgeschakeld: deze bestelling is geannuleerd</translation>
    </message>
    <message>
        <source>{what} (Ingram allows it while the order is on customer hold, within 24 hours)</source>
        <translation>{what} (Ingram staat dit toe zolang de bestelling op klantblokkade staat, binnen 24 uur)</translation>
    </message>
    <message>
        <source>Disabled: Ingram allows this only for orders placed on customer hold (IM) that are still held</source>
        <translation>Uitgeschakeld: Ingram staat dit alleen toe voor bestellingen die met klantblokkade (IM) zijn geplaatst en nog geblokkeerd zijn</translation>
    </message>
    <message>
        <source>Disabled: this order is already cancelled</source>
        <translation>Uitgeschakeld: deze bestelling is al geannuleerd</translation>
    </message>
    <message>
        <source>Cancel this order (Ingram allows it while it is on customer hold)</source>
        <translation>Deze bestelling annuleren (Ingram staat dit toe zolang ze op klantblokkade staat)</translation>
    </message>
    <message>
        <source>Disabled: Ingram cancels only orders on customer hold (IM); for this one, call your Ingram sales contact</source>
        <translation>Uitgeschakeld: Ingram annuleert alleen bestellingen op klantblokkade (IM); bel voor deze uw verkoopcontact bij Ingram</translation>
    </message>
    <message>
        <source>Ingram order number</source>
        <extracomment>the status filter&apos;s &quot;Open / in progress&quot; choice (filtered here, not a code Ingram knows) an order placed since the search (on this desk or, live, on a colleague&apos;s) is now shown the inbox imported documents (list of InboxRecord, possibly empty after a rescan) the ship-to choices of &quot;Change order&quot; (the window sets it) the folder of the last export (the dialog starts there)</extracomment>
        <translation>Ingram-bestelnummer</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Inkooporder</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Elke status</translation>
    </message>
    <message>
        <source>Open / in progress (every open code)</source>
        <translation>Open / in behandeling (elke open code)</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Aangemaakt vanaf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Vo&amp;lgen</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Blokkade op&amp;heffen…</translation>
    </message>
    <message>
        <source>C&amp;hange order…</source>
        <translation>Bestelling &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>Bestelling &amp;annuleren…</translation>
    </message>
    <message>
        <source>&amp;Export grid…</source>
        <translation>Tabel &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;details…</source>
        <translation>&amp;Details exporteren…</translation>
    </message>
    <message>
        <source>&amp;Inbox…</source>
        <translation>&amp;Postvak…</translation>
    </message>
    <message>
        <source>Despatch advice and invoices Ingram pushes: drop XML files on this tab, or watch a folder</source>
        <translation>Verzendberichten en facturen die Ingram stuurt: sleep XML-bestanden op dit tabblad of bewaak een map</translation>
    </message>
    <message>
        <source>Search stopped: {v0} — Refresh or Search to retry</source>
        <translation>Zoeken gestopt: {v0} — Vernieuwen of Zoeken om het opnieuw te proberen</translation>
    </message>
    <message>
        <source>{orders}, {rows}{more}</source>
        <translation>{orders}, {rows}{more}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln bestelling</numerusform>
            <numerusform>%Ln bestellingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment row(s)</source>
        <translation>
            <numerusform>%Ln zendingsregel</numerusform>
            <numerusform>%Ln zendingsregels</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation> — scroll voor meer</translation>
    </message>
    <message>
        <source>Loading order {order_number}…</source>
        <translation>Bestelling {order_number} laden…</translation>
    </message>
    <message>
        <source>Release the hold: Ingram starts processing the order</source>
        <translation>Blokkade opheffen: Ingram begint de bestelling te verwerken</translation>
    </message>
    <message>
        <source>Disabled: wait for the order&apos;s details to load</source>
        <translation>Uitgeschakeld: wacht tot de bestelgegevens geladen zijn</translation>
    </message>
    <message>
        <source>Change line quantities or the ship-to</source>
        <translation>Aantallen of het afleveradres wijzigen</translation>
    </message>
    <message>
        <source>Disabled: search first; there is nothing to export</source>
        <translation>Uitgeschakeld: zoek eerst; er is niets te exporteren</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Niet meer vo&amp;lgen</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <source>Lines waiting for the order form: {text}</source>
        <translation>Regels die wachten op het bestelformulier: {text}</translation>
    </message>
</context>
<context>
    <name>PnaModel</name>
    <message>
        <source>file said {stock} at {price}</source>
        <extracomment>the ``PnaResult`` behind a top-level row (or behind a warehouse row&apos;s parent)</extracomment>
        <translation>bestand zei {stock} à {price}</translation>
    </message>
    <message>
        <source>From the price file: {description}</source>
        <extracomment>per row, the price file&apos;s description where Ingram gave none (an article it no longer knows: the clerk still sees which one it was)</extracomment>
        <translation>Uit de prijslijst: {description}</translation>
    </message>
    <message>
        <source>central warehouse</source>
        <translation>centraal magazijn</translation>
    </message>
    <message>
        <source>local warehouse</source>
        <translation>lokaal magazijn</translation>
    </message>
    <message>
        <source> (not in the seed table)</source>
        <translation> (niet in de magazijnlijst)</translation>
    </message>
    <message>
        <source>{n} backordered</source>
        <translation>{n} in nalevering</translation>
    </message>
    <message>
        <source>{on_order} on order</source>
        <translation>{on_order} in bestelling</translation>
    </message>
</context>
<context>
    <name>PnaTab</name>
    <message>
        <source>Enter, paste or drop up to 20 items — Ingram SKUs, vendor part numbers or EANs.
One per line, a column copied from a spreadsheet, or a whole e-mail.</source>
        <translation>Typ, plak of sleep tot 20 artikelen — Ingram-artikelnummers, fabrikantartikelnummers of EAN’s.
Eén per regel, een kolom uit een spreadsheet of een hele e-mail.</translation>
    </message>
    <message>
        <source>Check live P&amp;&amp;A</source>
        <translation>Live P&amp;&amp;A opvragen</translation>
    </message>
    <message>
        <source>One live call for the batch (Ctrl+Enter)</source>
        <translation>Eén live oproep voor de hele reeks (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Artikelen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Qty </source>
        <translation>Aantal </translation>
    </message>
    <message>
        <source>Add to order</source>
        <translation>Aan bestelling toevoegen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Kopiëren als tekst</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Kopiëren als CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live price &amp;amp; availability&lt;/b&gt; — expand a row for each warehouse</source>
        <translation>&lt;b&gt;Actuele prijs &amp;amp; beschikbaarheid&lt;/b&gt; — klap een regel open per magazijn</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Enter at least one SKU, vendor part number or EAN.</source>
        <translation>Voer minstens één artikelnummer, fabrikantartikelnummer of EAN in.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{v0} items — a live check takes at most {MAX_ITEMS}.&lt;/b&gt; Nothing was sent; remove some lines or split the list.</source>
        <translation>&lt;b&gt;{v0} artikelen — een live controle neemt er hoogstens {MAX_ITEMS}.&lt;/b&gt; Er is niets verstuurd; verwijder regels of splits de lijst.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Niets te controleren.</translation>
    </message>
    <message>
        <source>The check did not complete (see the message above).</source>
        <translation>De controle is niet afgerond (zie de melding hierboven).</translation>
    </message>
    <message>
        <source>Check cancelled; the results shown are from before.</source>
        <translation>Controle geannuleerd; de getoonde resultaten zijn van eerder.</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Magazijnen</translation>
    </message>
    <message>
        <source>central</source>
        <translation>centraal</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokaal</translation>
    </message>
    <message>
        <source>Items checked: {n}</source>
        <translation>Gecontroleerde artikelen: {n}</translation>
    </message>
    <message>
        <source>, {rejected} rejected by Ingram (see Status).</source>
        <translation>, {rejected} geweigerd door Ingram (zie Status).</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search SKU, vendor part no., EAN or words   (Ctrl+F)</source>
        <translation>Zoek artikelnr., fabr.art.nr., EAN of woorden   (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>PRODUCTION — live orders</source>
        <translation>PRODUCTIE — echte bestellingen</translation>
    </message>
    <message>
        <source>Ingram sandbox</source>
        <translation>Ingram-sandbox</translation>
    </message>
    <message>
        <source>Demo (embedded sandbox)</source>
        <translation>Demo (ingebouwde sandbox)</translation>
    </message>
    <message>
        <source>Custom API</source>
        <translation>Eigen API</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTIE</translation>
    </message>
    <message>
        <source>No catalogue yet — File › Import price file</source>
        <translation>Nog geen catalogus — Bestand › Prijsbestand importeren</translation>
    </message>
    <message>
        <source>; stock of {stock}</source>
        <translation>; voorraad van {stock}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · price file received {price}</source>
        <translation>
            <numerusform>%Ln artikel · prijsbestand ontvangen {price}</numerusform>
            <numerusform>%Ln artikelen · prijsbestand ontvangen {price}</numerusform>
        </translation>
    </message>
    <message>
        <source> until {closes_at}</source>
        <translation> tot {closes_at}</translation>
    </message>
    <message>
        <source>API closed until {opens_at}</source>
        <translation>API dicht tot {opens_at}</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is open all day</source>
        <translation>De API van Ingram voor {country} is de hele dag open</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is open until {time} local time</source>
        <translation>De API van Ingram voor {country} is open tot {time} lokale tijd</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is closed until {time} local time</source>
        <translation>De API van Ingram voor {country} is gesloten tot {time} lokale tijd</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Ingram&apos;s API answers</source>
        <translation>De API van Ingram antwoordt</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>inloggegevens geweigerd</translation>
    </message>
    <message>
        <source>offline — next try {when}</source>
        <translation>offline — volgende poging {when}</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>{reason}. The catalogue, drafts and queued orders stay as they are; queued orders are sent once Ingram answers.</source>
        <translation>{reason}. De catalogus, concepten en wachtende bestellingen blijven zoals ze zijn; wachtende bestellingen worden verzonden zodra Ingram antwoordt.</translation>
    </message>
    <message>
        <source> — waiting until {v0}</source>
        <translation> — wachten tot {v0}</translation>
    </message>
    <message>
        <source> · building the full index…</source>
        <translation> · volledige index wordt opgebouwd…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · price file of {price}</source>
        <translation>
            <numerusform>%Ln artikel · prijslijst van {price}</numerusform>
            <numerusform>%Ln artikelen · prijslijst van {price}</numerusform>
        </translation>
    </message>
    <message>
        <source>Active profile: {profile_name} ({kind_text})</source>
        <translation>Actief profiel: {profile_name} ({kind_text})</translation>
    </message>
    <message>
        <source>API calls: 60 / 60 left</source>
        <translation>API-oproepen: nog 60 / 60</translation>
    </message>
    <message>
        <source>API hours: unknown</source>
        <translation>API-uren: onbekend</translation>
    </message>
    <message>
        <source> all day</source>
        <translation> de hele dag</translation>
    </message>
    <message>
        <source>API open{until}</source>
        <translation>API open{until}</translation>
    </message>
    <message>
        <source>API calls{v0}: {remaining} / {limit} left</source>
        <translation>API-oproepen{v0}: nog {remaining} / {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{text}
The prices are %n day(s) old: older than the {limit} days set in the preferences (price_age_warn_days). Import a current price file (File › Import price file) before quoting them.</source>
        <translation>
            <numerusform>{text}
De prijzen zijn %n dag oud: ouder dan de {limit} dagen uit de voorkeuren (price_age_warn_days). Importeer een actueel prijsbestand (Bestand › Prijsbestand importeren) voordat u ze offreert.</numerusform>
            <numerusform>{text}
De prijzen zijn %n dagen oud: ouder dan de {limit} dagen uit de voorkeuren (price_age_warn_days). Importeer een actueel prijsbestand (Bestand › Prijsbestand importeren) voordat u ze offreert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n taak bezig</numerusform>
            <numerusform>%n taken bezig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBucket</name>
    <message>
        <source>open</source>
        <extracomment>the badge groups (ours, not Ingram&apos;s) as a purchaser reads them</extracomment>
        <translation>open</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>geblokkeerd</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>gefactureerd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>Vienna</source>
        <extracomment>&quot;Impulse&quot; or &quot;SAP&quot;: decides id style (numeric vs NL01/PE02/PEDE) The warehouse towns as purchasers call them, marked for translation (Vienna is Wien in German).</extracomment>
        <translation>Wenen</translation>
    </message>
    <message>
        <source>Straubing</source>
        <translation>Straubing</translation>
    </message>
    <message>
        <source>Tilburg</source>
        <translation>Tilburg</translation>
    </message>
    <message>
        <source>Altishofen</source>
        <translation>Altishofen</translation>
    </message>
    <message>
        <source>Tarragona</source>
        <translation>Tarragona</translation>
    </message>
    <message>
        <source>Madrid</source>
        <translation>Madrid</translation>
    </message>
    <message>
        <source>Lomme</source>
        <translation>Lomme</translation>
    </message>
    <message>
        <source>Fót</source>
        <translation>Fót</translation>
    </message>
    <message>
        <source>Settala</source>
        <translation>Settala</translation>
    </message>
    <message>
        <source>Sintra</source>
        <translation>Sintra</translation>
    </message>
    <message>
        <source>Rosersberg</source>
        <translation>Rosersberg</translation>
    </message>
    <message>
        <source>Crick</source>
        <translation>Crick</translation>
    </message>
</context>
<context>
    <name>WatchNotifier</name>
    <message>
        <source>Ingram Desk — watched orders</source>
        <extracomment>default poll interval; the tracking service polls at background priority within the budget a poll finished (number of changed orders)</extracomment>
        <translation>Ingram Desk — gevolgde bestellingen</translation>
    </message>
    <message>
        <source>Watch list unchanged</source>
        <translation>Volglijst niet gewijzigd</translation>
    </message>
    <message>
        <source>Order {order_number} changed</source>
        <translation>Bestelling {order_number} gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… en nog %n</numerusform>
            <numerusform>
… en nog %n</numerusform>
        </translation>
    </message>
</context>
</TS>
