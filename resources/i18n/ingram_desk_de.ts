<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>({name} is missing from this installation)</source>
        <extracomment>notices shown in the dialog, in this order (``resources/licenses``)</extracomment>
        <translation>({name} fehlt in dieser Installation)</translation>
    </message>
    <message>
        <source>About Ingram Desk</source>
        <translation>Über Ingram Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ingram Desk {__version__}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ingram Desk {__version__}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Catalogue, live price &amp;amp; availability and orders for Ingram Micro resellers.&lt;br&gt;Qt {v0} · PySide6 {__version__}</source>
        <translation>Katalog, aktuelle Preise &amp;amp; Verfügbarkeit und Bestellungen für Fachhändler von Ingram Micro.&lt;br&gt;Qt {v0} · PySide6 {__version__}</translation>
    </message>
    <message>
        <source>Licence notices</source>
        <translation>Lizenzhinweise</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnose kopieren</translation>
    </message>
    <message>
        <source>Versions, OS and profile kind for a support ticket (no secrets)</source>
        <translation>Versionen, Betriebssystem und Profilart für ein Support-Ticket (keine Geheimnisse)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Ship-to address book</source>
        <translation>Adressbuch Lieferadressen</translation>
    </message>
    <message>
        <source>Ingram ship-to id (optional)</source>
        <translation>Ingram-Lieferadress-ID (optional)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ship-to id</source>
        <translation>Lieferadress-ID</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Use for this order</source>
        <translation>Für diese Bestellung &amp;verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Showing the addresses last read: {reason}</source>
        <translation>Zuletzt gelesene Adressen: {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ApiCodes</name>
    <message>
        <source>Retry the transaction. If the error persists, contact your local ecommerce representative.</source>
        <translation>Wiederholen Sie den Vorgang. Besteht der Fehler weiter, wenden Sie sich an Ihren E-Commerce-Ansprechpartner bei Ingram.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Seed 004 &quot;API HTTP Response Codes&quot;.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Successful transaction.</source>
        <translation>Vorgang erfolgreich.</translation>
    </message>
    <message>
        <source>None required.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>The server could not understand the request due to invalid syntax.</source>
        <translation>Der Server hat die Anfrage wegen ungültiger Syntax nicht verstanden.</translation>
    </message>
    <message>
        <source>Check that your request is correctly formed.</source>
        <translation>Prüfen Sie, ob die Anfrage korrekt aufgebaut ist.</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>The request was unauthenticated.</source>
        <translation>Die Anfrage war nicht authentifiziert.</translation>
    </message>
    <message>
        <source>Check App ID and Client Secret values are valid and request a new token.</source>
        <translation>Prüfen Sie, ob App ID und Client Secret gültig sind, und fordern Sie ein neues Token an.</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <source>The client does not have access rights to the content.</source>
        <translation>Das Konto hat keine Zugriffsrechte auf diese Daten.</translation>
    </message>
    <message>
        <source>Check you are using the correct endpoint and that you have been granted access to the requested API.</source>
        <translation>Prüfen Sie, ob Sie den richtigen Endpunkt verwenden und für die angefragte API freigeschaltet sind.</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The server cannot find the requested resource.</source>
        <translation>Der Server findet das Angefragte nicht.</translation>
    </message>
    <message>
        <source>Check you are using the correct endpoint.</source>
        <translation>Prüfen Sie, ob Sie den richtigen Endpunkt verwenden.</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>The user has sent too many requests within a given amount of time (&quot;rate limiting&quot;).</source>
        <translation>Es wurden in zu kurzer Zeit zu viele Anfragen gesendet (&quot;Rate Limiting&quot;).</translation>
    </message>
    <message>
        <source>None required but no more requests will be allowed within the allotted period.</source>
        <translation>Nichts zu tun, aber in diesem Zeitraum werden keine weiteren Anfragen angenommen.</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>The server has encountered a situation it doesn&apos;t know how to handle.</source>
        <translation>Der Server ist in eine Lage geraten, die er nicht behandeln kann.</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>This error response means that the server, while working as a gateway to get a response needed to handle the request, got an invalid response.</source>
        <translation>Der Server hat als Gateway beim Bearbeiten der Anfrage eine ungültige Antwort erhalten.</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>The server is not ready to handle the request.</source>
        <translation>Der Server ist nicht bereit, die Anfrage zu bearbeiten.</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>This error response is given when the server is acting as a gateway and cannot get a response in time.</source>
        <translation>Der Server hat als Gateway nicht rechtzeitig eine Antwort erhalten.</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Unexpected status</source>
        <translation>Unerwarteter Status</translation>
    </message>
    <message>
        <source>The server answered with a status the API does not document.</source>
        <translation>Der Server antwortete mit einem Status, den die API nicht dokumentiert.</translation>
    </message>
    <message>
        <source>1 or more results were found</source>
        <extracomment>&quot;SUCCESS&quot; or &quot;FAILED&quot; Seed 004 &quot;Response Preamble Status Codes&quot; (v5 order search envelope).</extracomment>
        <translation>Ein oder mehrere Ergebnisse gefunden</translation>
    </message>
    <message>
        <source>No results matched your search criteria</source>
        <translation>Keine Ergebnisse für Ihre Suchkriterien</translation>
    </message>
    <message>
        <source>Check your search criteria and resubmit your request</source>
        <translation>Prüfen Sie Ihre Suchkriterien und senden Sie die Anfrage erneut</translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation>Anfrage erfolgreich</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>Die Anfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Client secret needed</source>
        <extracomment>the catalogue store, one per profile (as ``ingram-desk catalogue`` uses it) saved ship-to addresses, one book per profile seconds the feeds wait at most for the catalogue&apos;s first answer at start set by bench/startup_bench.py to the launch time (epoch seconds): the app prints when the window is visible and when the catalogue answered a search, then quits how the composition root says a profile has no stored secret profiles whose secret was just typed (its environment copy is removed once read)</extracomment>
        <translation>Client Secret erforderlich</translation>
    </message>
    <message>
        <source>Profile {name} has no stored client secret.
Enter it (kept in the system keyring):</source>
        <translation>Für Profil {name} ist kein Client Secret gespeichert.
Geben Sie es ein (wird im Schlüsselbund des Systems gespeichert):</translation>
    </message>
    <message>
        <source>The client secret was not saved</source>
        <translation>Das Client Secret wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Ingram Desk cannot start</source>
        <translation>Ingram Desk kann nicht starten</translation>
    </message>
</context>
<context>
    <name>CatalogueImporter</name>
    <message>
        <source>An import is already running</source>
        <extracomment>a changed article was opened in the list of changes: its SKU, to show in the catalogue the import ended without a new catalogue (cancelled or refused); message for tests/UI open while the user maps the columns of an unrecognised file the column mapping of the import in progress (kept for &quot;Import anyway&quot;) the dialog of the last import that replaced the catalogue, its report shown the articles the last import changed (File › What changed), while open</extracomment>
        <translation>Es läuft bereits ein Import</translation>
    </message>
    <message>
        <source>Finishing the import of {name}, interrupted when Ingram Desk closed…</source>
        <translation>Der Import von {name} wird abgeschlossen; er wurde unterbrochen, als Ingram Desk geschlossen wurde…</translation>
    </message>
    <message>
        <source> (even when insisting)</source>
        <translation> (auch nicht erzwungen)</translation>
    </message>
    <message>
        <source>Not imported{note}: {exc}. {kept}</source>
        <translation>Nicht importiert{note}: {exc}. {kept}</translation>
    </message>
    <message>
        <source>Not imported: {exc}. {v1}</source>
        <translation>Nicht importiert: {exc}. {v1}</translation>
    </message>
    <message>
        <source>Not imported: {name}</source>
        <translation>Nicht importiert: {name}</translation>
    </message>
    <message>
        <source>The previous catalogue is unchanged.</source>
        <translation>Der bisherige Katalog ist unverändert.</translation>
    </message>
    <message>
        <source>No catalogue has been imported yet.</source>
        <translation>Es wurde noch kein Katalog importiert.</translation>
    </message>
    <message>
        <source>Your catalogue of {rows} products is unchanged and still in use.</source>
        <translation>Ihr Katalog mit {rows} Artikeln ist unverändert und bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>Stock file applied to {stock_rows_applied} products</source>
        <translation>Bestandsdatei auf {stock_rows_applied} Artikel angewendet</translation>
    </message>
    <message>
        <source>Importing with your column mapping…</source>
        <translation>Import mit Ihrer Spaltenzuordnung…</translation>
    </message>
    <message>
        <source>Import cancelled: no column mapping chosen; the catalogue is unchanged</source>
        <translation>Import abgebrochen: keine Spaltenzuordnung gewählt; der Katalog ist unverändert</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>All vendors</source>
        <extracomment>a live P&amp;A call takes at most 20 items a typed price filters once the keys pause this long (a price is typed in one go)</extracomment>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <source>In stock only</source>
        <extracomment>a search finished and the table shows its result (tests await this)</extracomment>
        <translation>Nur lieferbar</translation>
    </message>
    <message>
        <source>min price</source>
        <translation>Preis ab</translation>
    </message>
    <message>
        <source>max price</source>
        <translation>Preis bis</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Check live P&amp;&amp;A</source>
        <translation>Live P&amp;&amp;A abfragen</translation>
    </message>
    <message>
        <source>Live price &amp; availability for the selection (up to 20)</source>
        <translation>Aktueller Preis &amp; Verfügbarkeit für die Auswahl (bis zu 20)</translation>
    </message>
    <message>
        <source>Add to order</source>
        <translation>Zur Bestellung</translation>
    </message>
    <message>
        <source>check the price</source>
        <extracomment>the categories the searched words name (&quot;drucker&quot;: Drucker, Laserdrucker), as links that open them: a category&apos;s name is not among the words a product is found by</extracomment>
        <translation>Preis prüfen</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>suche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · {elapsed} ms</source>
        <translation>
            <numerusform>%Ln Artikel · {elapsed} ms</numerusform>
            <numerusform>%Ln Artikel · {elapsed} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “{text}” with the filters chosen.
Try fewer words, or clear the vendor, category, stock or price filter.</source>
        <translation>Nichts passt zu „{text}“ mit den gewählten Filtern.
Weniger Wörter versuchen oder den Hersteller-, Kategorie-, Bestands- oder Preisfilter aufheben.</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.
Try fewer words, part of the part number, or another spelling.</source>
        <translation>Nichts passt zu „{text}“.
Weniger Wörter, einen Teil der Artikelnummer oder eine andere Schreibweise versuchen.</translation>
    </message>
    <message>
        <source>No product passes the filters chosen.</source>
        <translation>Kein Artikel passt zu den gewählten Filtern.</translation>
    </message>
    <message>
        <source>No catalogue yet: File › Import price file… (Ctrl+I).</source>
        <translation>Noch kein Katalog: Datei › Preisdatei importieren… (Strg+I).</translation>
    </message>
    <message>
        <source>Open category: {links}</source>
        <translation>Kategorie öffnen: {links}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>{v0} products selected: a live check takes at most {MAX_PNA_SELECTION}. Nothing was sent.</source>
        <translation>{v0} Artikel ausgewählt: eine Live-Abfrage nimmt höchstens {MAX_PNA_SELECTION}. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Select fewer rows (Ctrl+click), or check them in batches.</source>
        <translation>Wählen Sie weniger Zeilen (Strg+Klick) oder fragen Sie sie in Teilen ab.</translation>
    </message>
    <message>
        <source>check live P&amp;A</source>
        <translation>Live-P&amp;A-Abfrage</translation>
    </message>
    <message>
        <source>{count} products selected: an order holds at most {most} lines. Nothing was added.</source>
        <translation>{count} Artikel ausgewählt: eine Bestellung hat höchstens {most} Positionen. Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Select fewer rows, or narrow the catalogue first.</source>
        <translation>Wählen Sie weniger Zeilen, oder grenzen Sie den Katalog zuerst ein.</translation>
    </message>
    <message>
        <source>add to the order</source>
        <translation>zur Bestellung hinzufügen</translation>
    </message>
</context>
<context>
    <name>CatalogueTexts</name>
    <message>
        <source>{name} is empty</source>
        <extracomment>the lines before the header (or the first row): blank ones, Excel&apos;s ``sep=;`` hint Excel&apos;s delimiter hint, a file&apos;s first line (&quot;sep=;&quot;): Excel opens the file by it</extracomment>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data): a price file is CSV or TXT</source>
        <translation>{name} ist keine Textdatei (sie enthält Binärdaten): eine Preisliste ist CSV oder TXT</translation>
    </message>
    <message>
        <source>{name}: no readable rows</source>
        <translation>{name}: keine lesbaren Zeilen</translation>
    </message>
    <message>
        <source>{name} is a web page, not a price file: the download may have failed; fetch the file again</source>
        <translation>{name} ist eine Webseite, keine Preisliste: der Download ist wohl fehlgeschlagen; laden Sie die Datei erneut herunter</translation>
    </message>
    <message>
        <source>{name} is an XML document, not a price file</source>
        <translation>{name} ist ein XML-Dokument, keine Preisliste</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <extracomment>what a stock file may change per row (generation folder name, its snapshot, its info) before anything is opened replaced whole, so a reader never pairs one generation&apos;s snapshot with another&apos;s info what the change summary joins on (``Snapshot.keys``), taken by ``complete`` the kept rows&apos; problems, not yet in ``report`` (``problems.LaterChecks``)</extracomment>
        <translation>{file} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>not UTF-8: read as {encoding}</source>
        <translation>nicht UTF-8: als {encoding} gelesen</translation>
    </message>
    <message>
        <source>stock kept from the stock file of {when} (newer)</source>
        <translation>Bestand aus der Bestandsdatei vom {when} beibehalten (neuer)</translation>
    </message>
    <message>
        <source>cannot write the catalogue: {error}</source>
        <extracomment>the canonical fields a column mapping may name (the UI&apos;s mapping step offers these) the fields an import cannot do without (a mapping naming these two imports) from this size a price file&apos;s snapshot serves while the import commits (below it, the whole import takes about a second: 16 MB is ~50,000 DACH rows) a big import&apos;s copy (``kept_import``) waits this long at most for the window&apos;s first search to be answered (it answers within ~0.1 s; the commit itself waits up to 2 s for it) payload: ``ImportOutcome`` after a price file (or stock file) became the live catalogue payload: ``CatalogueInfo``: an import&apos;s stage-1 snapshot now serves the catalogue (``info.interim``), or it was dropped because the commit failed (the previous catalogue is back) words for the purchaser when a damaged catalogue was set aside at start imports run in a spawned child process: a thread would hold the GUI&apos;s GIL (stalls of ~0.9 s measured at 1M rows); ``False`` imports in a thread of this process serve an import&apos;s snapshot while it commits the generation (needs ``in_subprocess``) smaller files are imported in one go: it finishes before serving would pay off imports and stock updates write the catalogue in turn: a feed&apos;s scheduled import can start while the user&apos;s own runs (both failed, or the older one won, without this)</extracomment>
        <translation>der Katalog kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>another Ingram Desk window is updating this catalogue: try again once it is done</source>
        <translation>ein anderes Ingram-Desk-Fenster aktualisiert gerade diesen Katalog: versuchen Sie es erneut, sobald es fertig ist</translation>
    </message>
    <message>
        <source>no catalogue yet: import a price file first</source>
        <extracomment>a price file alone (``import_files`` without ``stock_file``) the parts a stock file changes; a stock file&apos;s generation links every other one</extracomment>
        <translation>noch kein Katalog: importieren Sie zuerst eine Preisliste</translation>
    </message>
    <message>
        <source>unreadable row: field larger than field limit ({limit})</source>
        <extracomment>a problem: its line, its reason, whether the row was skipped what a blank record&apos;s cells hold</extracomment>
        <translation>unlesbare Zeile: Feld größer als die Feldgrenze ({limit})</translation>
    </message>
    <message>
        <source>{n} columns, expected {expected}</source>
        <translation>{n} Spalten, erwartet {expected}</translation>
    </message>
    <message>
        <source>duplicate SKU {sku}: replaces line {before}</source>
        <translation>doppelte Artikelnummer {sku}: ersetzt Zeile {before}</translation>
    </message>
    <message>
        <source>{source}: no usable rows; catalogue not replaced</source>
        <extracomment>Problems kept in a report (the count of all of them is kept too). Anything with ``is_set()`` (``threading.Event``, ``multiprocessing.Event``). The gate refuses a file with fewer rows than this share of the live catalogue. The gate refuses a file where more than this share of rows lack a SKU or a price (&quot;most&quot;).</extracomment>
        <translation>{source}: keine verwendbaren Zeilen; Katalog nicht ersetzt</translation>
    </message>
    <message>
        <source>file looks incomplete ({rows} rows vs {previous} in the current catalogue); catalogue not replaced (use force to import it anyway)</source>
        <translation>die Datei scheint unvollständig ({rows} Zeilen gegenüber {previous} im aktuellen Katalog); Katalog nicht ersetzt (mit „Trotzdem importieren“ dennoch einlesen)</translation>
    </message>
    <message>
        <source>{unusable} of {read} rows lack a SKU or price; catalogue not replaced (use force to import it anyway)</source>
        <translation>{unusable} von {read} Zeilen fehlt Artikelnummer oder Preis; Katalog nicht ersetzt (mit „Trotzdem importieren“ dennoch einlesen)</translation>
    </message>
    <message>
        <source>column {n}, {name}</source>
        <extracomment>Joins the original cells in the ``raw`` column when a row has no byte offsets (UTF-16 files). What ``RowConverter`` returns per row, in this order (prices scaled, ``eta`` ISO text). fields a page shows and nothing searches, filters or sorts by: stage 1 leaves them unread (English links: 73 MB of columns at 1M rows, at the read&apos;s peak); the rows&apos; store has them</extracomment>
        <translation>Spalte {n}, {name}</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>keine Artikelnummer</translation>
    </message>
    <message>
        <source>no customer price</source>
        <translation>kein Händlerpreis</translation>
    </message>
    <message>
        <source>negative stock {stock} read as 0</source>
        <translation>negativer Bestand {stock} als 0 gelesen</translation>
    </message>
    <message>
        <source>{what}: {rule}: {value} ({column})</source>
        <translation>{what}: {rule}: {value} ({column})</translation>
    </message>
    <message>
        <source>customer price</source>
        <translation>Händlerpreis</translation>
    </message>
    <message>
        <source>retail price ignored</source>
        <translation>Verkaufspreis (UVP) ignoriert</translation>
    </message>
    <message>
        <source>stock ignored</source>
        <translation>Bestand ignoriert</translation>
    </message>
    <message>
        <source>ETA ignored</source>
        <translation>Liefertermin ignoriert</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>keine Menge</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>category file</source>
        <translation>Kategoriedatei</translation>
    </message>
    <message>
        <source>category file: too few columns</source>
        <translation>Kategoriedatei: zu wenige Spalten</translation>
    </message>
    <message>
        <source>category file: no code or name</source>
        <translation>Kategoriedatei: kein Code oder Name</translation>
    </message>
    <message>
        <source>stock file</source>
        <extracomment>Warehouse column names of stock files (normalised like price-file headers).</extracomment>
        <translation>Bestandsdatei</translation>
    </message>
    <message>
        <source>stock file: {n} columns, too few</source>
        <translation>Bestandsdatei: {n} Spalten, zu wenige</translation>
    </message>
    <message>
        <source>stock file: not a quantity: {value} (column {n})</source>
        <translation>Bestandsdatei: keine Menge: {value} (Spalte {n})</translation>
    </message>
    <message>
        <source>stock file: not a date: {value} (column {n})</source>
        <translation>Bestandsdatei: kein Datum: {value} (Spalte {n})</translation>
    </message>
    <message>
        <source>stock file: no SKU or quantity</source>
        <translation>Bestandsdatei: keine Artikelnummer oder Menge</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged ({error})</source>
        <extracomment>ZIP members we know, in the order we prefer them. the largest ZIP member unpacked (Ingram&apos;s biggest full price files are well under 2 GB) the most a ZIP member may expand (checked for members over ``_RATIO_FROM_BYTES``)</extracomment>
        <translation>das ZIP-Archiv ist beschädigt ({error})</translation>
    </message>
    <message>
        <source>byte {byte} at column {n} is not valid {codec}; read as cp1252</source>
        <translation>Byte {byte} in Spalte {n} ist kein gültiges {codec}; als cp1252 gelesen</translation>
    </message>
    <message>
        <source>not valid {encoding}: undecodable bytes replaced by {mark}</source>
        <translation>kein gültiges {encoding}: nicht lesbare Bytes durch {mark} ersetzt</translation>
    </message>
    <message>
        <source>no price file loaded to commit</source>
        <extracomment>per method, its last call&apos;s (seconds in the child, what the import was doing then) set once a search after ``load`` has its answer: its ids and first page, or no ids (the child&apos;s ``_answered``); the caller&apos;s own disk work waits for it, as settling does</extracomment>
        <translation>keine Preisdatei geladen, die übernommen werden könnte</translation>
    </message>
    <message>
        <source>the import process died (exit code {code}); the previous catalogue is unchanged</source>
        <translation>der Importprozess ist abgestürzt (Exit-Code {code}); der bisherige Katalog ist unverändert</translation>
    </message>
    <message>
        <source>the import failed: {error}</source>
        <translation>der Import ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <extracomment>encodings whose line breaks, quotes and delimiters are the same bytes as in UTF-8, one byte a character: the file&apos;s shape is counted on the file itself while it is re-encoded bytes re-encoded at a time: each chunk&apos;s bytes, text and UTF-8 stay under glibc&apos;s mmap threshold as ``heap`` fixes it (128 KB), so they reuse the same heap pages (16 MB chunks were fresh pages each, ~100k page faults at 150 MB), and the GIL is let go between chunks for the shape count beside it a column with at most ``_FEW`` distinct cells in its first ``_SAMPLE`` rows is read as categories (``_few_valued``), sampled from the first ``_SAMPLE_BYTES`` of the data (reading the sample from the file&apos;s path cost polars 0.05-0.1 CPU-s, from these bytes 15 ms)</extracomment>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>cannot read the file: a quote (&quot;) in it opens a cell that it does not close</source>
        <extracomment>records polars read over several lines that are read again by the csv module at most</extracomment>
        <translation>Die Datei kann nicht gelesen werden: ein Anführungszeichen (&quot;) darin öffnet eine Zelle, die es nicht schließt</translation>
    </message>
    <message>
        <source>a quoted cell runs on over {lines} lines: they are read as one row</source>
        <translation>eine Zelle in Anführungszeichen läuft über {lines} Zeilen weiter: sie werden als eine Zeile gelesen</translation>
    </message>
    <message>
        <source>only {got} of the {wanted} mapped columns could be read</source>
        <translation>nur {got} der {wanted} zugeordneten Spalten konnten gelesen werden</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>Indexierung</translation>
    </message>
    <message>
        <source>swapping in</source>
        <translation>Umschalten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>DACH Impulse price list</source>
        <translation>DACH-Impulse-Preisliste</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV mit Kopfzeile</translation>
    </message>
    <message>
        <source>North American PRICE.TXT</source>
        <translation>nordamerikanische PRICE.TXT</translation>
    </message>
    <message>
        <source>your column mapping</source>
        <translation>Ihre Spaltenzuordnung</translation>
    </message>
    <message>
        <source>hourly stock file</source>
        <translation>stündliche Bestandsdatei</translation>
    </message>
    <message>
        <source>Searchable now · building the full index — {phase}: {rows:,} rows</source>
        <translation>Jetzt durchsuchbar · vollständiger Index wird aufgebaut — {phase}: {rows:,} Zeilen</translation>
    </message>
    <message>
        <source>{phase}: {rows:,} rows</source>
        <translation>{phase}: {rows:,} Zeilen</translation>
    </message>
    <message>
        <source>{rows_per_second:,} rows/s</source>
        <translation>{rows_per_second:,} Zeilen/s</translation>
    </message>
    <message>
        <source>, about {seconds:,} s left</source>
        <translation>, noch etwa {seconds:,} s</translation>
    </message>
    <message>
        <source>{rows:,} products are searchable now. Building the full index (change history, import report).</source>
        <translation>{rows:,} Artikel sind jetzt durchsuchbar. Der vollständige Index wird aufgebaut (Änderungshistorie, Importbericht).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s) from {source}</source>
        <translation>
            <numerusform>%Ln Artikel aus {source} importiert</numerusform>
            <numerusform>%Ln Artikel aus {source} importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln Zeile übersprungen</numerusform>
            <numerusform>%Ln Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) replaced</source>
        <translation>
            <numerusform>%Ln Duplikat ersetzt</numerusform>
            <numerusform>%Ln Duplikate ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>stock applied to {rows:,}</source>
        <translation>Bestand angewendet auf {rows:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown SKU(s) in the stock file</source>
        <translation>
            <numerusform>%Ln unbekannte SKU in der Bestandsdatei</numerusform>
            <numerusform>%Ln unbekannte SKUs in der Bestandsdatei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln categor(y|ies)</source>
        <translation>
            <numerusform>%Ln Kategorie</numerusform>
            <numerusform>%Ln Kategorien</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout {layout}, {encoding}; {seconds:.1f} s.</source>
        <translation>Layout {layout}, {encoding}; {seconds:.1f} s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln neuer Artikel</numerusform>
            <numerusform>%Ln neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed article(s)</source>
        <translation>
            <numerusform>%Ln entfernter Artikel</numerusform>
            <numerusform>%Ln entfernte Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price rise(s)</source>
        <translation>
            <numerusform>%Ln Preiserhöhung</numerusform>
            <numerusform>%Ln Preiserhöhungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price cut(s)</source>
        <translation>
            <numerusform>%Ln Preissenkung</numerusform>
            <numerusform>%Ln Preissenkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln back in stock</source>
        <translation>
            <numerusform>%Ln wieder lieferbar</numerusform>
            <numerusform>%Ln wieder lieferbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of stock</source>
        <translation>
            <numerusform>%Ln nicht mehr lieferbar</numerusform>
            <numerusform>%Ln nicht mehr lieferbar</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the previous file</source>
        <translation>Was sich seit der vorigen Datei geändert hat</translation>
    </message>
    <message>
        <source>Nothing changed since the previous file.</source>
        <translation>Seit der vorigen Datei hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ChangeOrderDialog</name>
    <message>
        <source>(keep the current ship-to)</source>
        <translation>(aktuelle Lieferadresse behalten)</translation>
    </message>
    <message>
        <source>Change order {ingram_order_number}</source>
        <translation>Auftrag {ingram_order_number} ändern</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>New quantity; 0 removes the line</source>
        <translation>Neue Menge; 0 entfernt die Position</translation>
    </message>
    <message>
        <source>New ship-to</source>
        <translation>Neue Lieferadresse</translation>
    </message>
    <message>
        <source>Ingram accepts changes while the order is on customer hold, within 24 hours of entry. Set a quantity to 0 to remove a line.</source>
        <translation>Ingram nimmt Änderungen an, solange der Auftrag auf Kundensperre steht, innerhalb von 24 Stunden nach Erfassung. Setzen Sie eine Menge auf 0, um eine Position zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Send changes</source>
        <translation>Änderungen &amp;senden</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed since the previous file</source>
        <translation>Was sich seit der vorigen Datei geändert hat</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Each kind lists {n} articles at most (price changes the biggest first, the others by SKU); the counts above are complete.</source>
        <translation>Je Art werden höchstens {n} Artikel aufgeführt (Preisänderungen die größten zuerst, die anderen nach Artikelnummer); die Zahlen oben sind vollständig.</translation>
    </message>
    <message>
        <source>Nothing changed since the previous file, or there was none before it.</source>
        <translation>Seit der vorigen Datei hat sich nichts geändert, oder es gab keine.</translation>
    </message>
    <message>
        <source>&amp;Show in catalogue</source>
        <translation>Im &amp;Katalog zeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) listed</source>
        <translation>
            <numerusform>%n Artikel aufgeführt</numerusform>
            <numerusform>%n Artikel aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Price rise</source>
        <translation>Preiserhöhung</translation>
    </message>
    <message>
        <source>Price cut</source>
        <translation>Preissenkung</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Wieder lieferbar</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht mehr lieferbar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Ingram SKU</source>
        <translation>Ingram-Artikelnummer</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Herst.-Art.-Nr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Ship what is available (partial)</source>
        <translation>Verfügbares liefern (Teillieferung)</translation>
    </message>
    <message>
        <source>Ship complete (all lines together)</source>
        <translation>Komplettlieferung (alle Positionen zusammen)</translation>
    </message>
    <message>
        <source>Ship complete per line</source>
        <translation>Komplettlieferung je Position</translation>
    </message>
    <message>
        <source>Ship complete per line (E)</source>
        <translation>Komplettlieferung je Position (E)</translation>
    </message>
    <message>
        <source>Ship complete</source>
        <translation>Komplettlieferung</translation>
    </message>
    <message>
        <source>Ingram&apos;s default ship-to for your account</source>
        <translation>Standard-Lieferadresse Ihres Ingram-Kontos</translation>
    </message>
    <message>
        <source>Ingram ship-to id {address_id}</source>
        <translation>Ingram-Lieferadress-ID {address_id}</translation>
    </message>
    <message>
        <source>(empty address)</source>
        <translation>(leere Adresse)</translation>
    </message>
    <message>
        <source>Review order {customer_po}</source>
        <translation>Bestellung {customer_po} prüfen</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>So bald wie möglich</translation>
    </message>
    <message>
        <source>Ingram chooses</source>
        <translation>Ingram wählt</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Wunschliefertermin</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Bestellnr. Endkunde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Stück</numerusform>
            <numerusform>%Ln Stück</numerusform>
        </translation>
    </message>
    <message>
        <source>{lines}, {units} — order total &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{lines}, {units} — Bestellsumme &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{lines}, {units} — total unknown (a line has no price)</source>
        <translation>{lines}, {units} — Summe unbekannt (eine Position hat keinen Preis)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram does not accept %n line(s)&lt;/b&gt;: </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram nimmt %n Position nicht an&lt;/b&gt;: </numerusform>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram nimmt %n Positionen nicht an&lt;/b&gt;: </numerusform>
        </translation>
    </message>
    <message>
        <source> — go back and remove or correct them.&lt;/span&gt;</source>
        <translation> — gehen Sie zurück und entfernen oder korrigieren Sie sie.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Changed since the lines were added:&lt;/b&gt; </source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Geändert, seit die Positionen hinzugefügt wurden:&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Live check: prices and stock unchanged for every line.</source>
        <translation>Live-Abfrage: Preise und Bestand bei allen Positionen unverändert.</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>Bestellung &amp;aufgeben</translation>
    </message>
    <message>
        <source>&amp;Back to the order</source>
        <translation>&amp;Zurück zur Bestellung</translation>
    </message>
    <message>
        <source>Disabled: Ingram does not accept every line — remove or correct {skus}</source>
        <translation>Deaktiviert: Ingram nimmt nicht alle Positionen an — entfernen oder korrigieren Sie {skus}</translation>
    </message>
    <message>
        <source>Send this order to Ingram now</source>
        <translation>Diese Bestellung jetzt an Ingram senden</translation>
    </message>
</context>
<context>
    <name>ChooseProductDialog</name>
    <message>
        <source>Which article?</source>
        <translation>Welcher Artikel?</translation>
    </message>
    <message>
        <source>“{code}” matches {v1} articles. Pick one:</source>
        <translation>„{code}“ passt zu {v1} Artikeln. Wählen Sie einen:</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Ingram SKU</source>
        <extracomment>worth pointing at where the file has them (the search and the order form show them), but an import runs without: a supplier&apos;s list may have no vendor part number canonical field -&gt; label, in the order the dialog offers them</extracomment>
        <translation>Ingram-Artikelnummer</translation>
    </message>
    <message>
        <source>Vendor part number</source>
        <translation>Herstellerartikelnummer</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>UVP</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Liefertermin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Category code</source>
        <translation>Kategoriecode</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>Herstellercode</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datasheet link</source>
        <translation>Link zum Datenblatt</translation>
    </message>
    <message>
        <source>Image link</source>
        <translation>Link zum Bild</translation>
    </message>
    <message>
        <source>Icecat id</source>
        <translation>Icecat-ID</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— nicht in dieser Datei —</translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>Aus den Werten erkennen</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Komma: 1.234,56</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Punkt: 1,234.56</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolon getrennt</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Komma getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulator getrennt</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>durch senkrechten Strich getrennt</translation>
    </message>
    <message>
        <source>Columns of {file_name}</source>
        <translation>Spalten von {file_name}</translation>
    </message>
    <message>
        <source>Ingram Desk does not recognise the columns of &lt;b&gt;{file_name}&lt;/b&gt;. Choose which column holds what (&lt;b&gt;*&lt;/b&gt; = needed). The choice is remembered: the next file with these columns imports without asking.</source>
        <translation>Ingram Desk erkennt die Spalten von &lt;b&gt;{file_name}&lt;/b&gt; nicht. Wählen Sie, welche Spalte was enthält (&lt;b&gt;*&lt;/b&gt; = erforderlich). Die Wahl wird gespeichert: die nächste Datei mit diesen Spalten wird ohne Rückfrage importiert.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message>
        <source>  (e.g. {example})</source>
        <translation>  (z. B. {example})</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>gelesen als {encoding}</translation>
    </message>
    <message>
        <source>File: {detected}.</source>
        <translation>Datei: {detected}.</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Preise:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>column {v0}</source>
        <translation>Spalte {v0}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Still needed: {v0}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Noch erforderlich: {v0}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Ready to import, without: {v0}.</source>
        <translation>Bereit zum Import, ohne: {v0}.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Bereit zum Import.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Show all columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
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
        <translation>Herst.-Art.-Nr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Whg.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Liefertermin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Not found at Ingram</source>
        <translation>Nicht bei Ingram gefunden</translation>
    </message>
    <message>
        <source>Rejected by Ingram</source>
        <translation>Von Ingram abgelehnt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Not in stock</source>
        <translation>Nicht am Lager</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Angefragt</translation>
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
        <translation>Unerwarteter Fehler (protokolliert)</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Ingram sandbox</source>
        <extracomment>a connection test gives up after this long (it also has a Cancel button)</extracomment>
        <translation>Ingram-Sandbox</translation>
    </message>
    <message>
        <source>Production (live orders)</source>
        <translation>Produktion (echte Bestellungen)</translation>
    </message>
    <message>
        <source>Custom API URL</source>
        <translation>Eigene API-URL</translation>
    </message>
    <message>
        <source>REST API (default)</source>
        <translation>REST-API (Standard)</translation>
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
        <translation>Eingebaut und schreibgeschützt: Die Demo spricht mit dem simulierten Ingram in der App und braucht keine Zugangsdaten. Für Ihr eigenes Ingram-Konto klicken Sie auf Neu.</translation>
    </message>
    <message>
        <source>Profiles &amp; credentials</source>
        <translation>Profile &amp; Zugangsdaten</translation>
    </message>
    <message>
        <source>Demo (the simulated Ingram inside the app)</source>
        <translation>Demo (das simulierte Ingram in der App)</translation>
    </message>
    <message>
        <source>only for a custom API, e.g. http://127.0.0.1:8080</source>
        <translation>nur für eine eigene API, z. B. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>REST is Ingram&apos;s current API. IM-XML sends the classic XML transactions (login and password = the client id and secret above); SOAP wraps them in a SOAP 1.1 envelope.</source>
        <translation>REST ist die aktuelle API von Ingram. IM-XML sendet die klassischen XML-Transaktionen (Login und Passwort = Client-ID und Secret oben); SOAP verpackt sie in einen SOAP-1.1-Umschlag.</translation>
    </message>
    <message>
        <source>none (as in IM-XML); from Ingram&apos;s onboarding kit</source>
        <translation>keiner (wie in IM-XML); aus dem Onboarding-Kit von Ingram</translation>
    </message>
    <message>
        <source>SOAPAction header; {message} becomes e.g. PNARequest</source>
        <translation>SOAPAction-Header; {message} wird z. B. zu PNARequest</translation>
    </message>
    <message>
        <source>the profile&apos;s country</source>
        <translation>das Land des Profils</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Client id (App ID)</source>
        <translation>Client-ID (App ID)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client Secret</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Absender-ID</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>IM-XML path</source>
        <translation>IM-XML-Pfad</translation>
    </message>
    <message>
        <source>SOAP path</source>
        <translation>SOAP-Pfad</translation>
    </message>
    <message>
        <source>SOAP body namespace</source>
        <translation>Namespace des SOAP-Body</translation>
    </message>
    <message>
        <source>XML country code</source>
        <translation>XML-Ländercode</translation>
    </message>
    <message>
        <source>The secret is stored in the system keyring.</source>
        <translation>Das Secret wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>is a secret stored for the profile shown? None while the keyring has not answered</extracomment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask the keyring again (unlock it first)</source>
        <translation>Den Schlüsselbund erneut fragen (zuerst entsperren)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>no server set</source>
        <translation>kein Server eingerichtet</translation>
    </message>
    <message>
        <source>&lt;b&gt;File feeds&lt;/b&gt; of the open profile ({where})</source>
        <translation>&lt;b&gt;Datei-Feeds&lt;/b&gt; des geöffneten Profils ({where})</translation>
    </message>
    <message>
        <source>Test feed connection</source>
        <translation>Feed-Verbindung testen</translation>
    </message>
    <message>
        <source>List the files on the feed server and the feed of each</source>
        <translation>Die Dateien auf dem Feed-Server und den Feed jeder Datei anzeigen</translation>
    </message>
    <message>
        <source>Feed settings…</source>
        <translation>Feed-Einstellungen…</translation>
    </message>
    <message>
        <source>asking the keyring…</source>
        <translation>Schlüsselbund wird gefragt…</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Nicht gespeichert:&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <source>Saved profile {name}; storing the secret in the keyring…</source>
        <translation>Profil {name} gespeichert; das Secret wird im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Saved profile {name}; the secret is &lt;b&gt;not&lt;/b&gt; in the keyring yet (kept for this session): unlock the keyring and Retry.</source>
        <translation>Profil {name} gespeichert; das Secret ist noch &lt;b&gt;nicht&lt;/b&gt; im Schlüsselbund (für diese Sitzung behalten): entsperren Sie den Schlüsselbund und wählen Sie Erneut versuchen.</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>for this session only (no keyring)</source>
        <translation>nur für diese Sitzung (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Saved profile {name}; secret kept {where}.</source>
        <translation>Profil {name} gespeichert; Secret gespeichert {where}.</translation>
    </message>
    <message>
        <source>Saved profile {name}.</source>
        <translation>Profil {name} gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profile&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>Geben Sie dem Profil zuerst einen Namen.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid profile name: use up to 40 letters, digits, “.”, “-” and “_”.</source>
        <translation>„{name}“ ist kein gültiger Profilname: verwenden Sie bis zu 40 Buchstaben, Ziffern, „.“, „-“ und „_“.</translation>
    </message>
    <message>
        <source>A custom profile needs its API URL.</source>
        <translation>Ein eigenes Profil braucht seine API-URL.</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Fill in the {label} first.</source>
        <translation>Geben Sie zuerst die {label} ein.</translation>
    </message>
    <message>
        <source>The keyring is locked or not answering: unlock it and Retry, or type the secret.</source>
        <translation>Der Schlüsselbund ist gesperrt oder antwortet nicht: entsperren Sie ihn und wählen Sie Erneut versuchen, oder geben Sie das Secret ein.</translation>
    </message>
    <message>
        <source>Type the client secret first (none is stored for this profile).</source>
        <translation>Geben Sie zuerst das Client Secret ein (für dieses Profil ist keines gespeichert).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not tested:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Nicht getestet:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Testing… (gives up after {TEST_TIMEOUT_S:.0f} s)</source>
        <translation>Test läuft… (Abbruch nach {TEST_TIMEOUT_S:.0f} s)</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile</source>
        <translation>Für dieses Profil ist kein Client-Secret gespeichert</translation>
    </message>
    <message>
        <source>Type it in the form.</source>
        <translation>Geben Sie es im Formular ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; no answer within {TEST_TIMEOUT_S:.0f} s — check the API URL and your network.</source>
        <translation>&lt;b&gt;Verbindung fehlgeschlagen:&lt;/b&gt; keine Antwort innerhalb von {TEST_TIMEOUT_S:.0f} s — prüfen Sie die API-URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Verbindung fehlgeschlagen:&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Verbindung fehlgeschlagen:&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Correlation id: &lt;code&gt;{correlation}&lt;/code&gt;</source>
        <translation>&lt;br&gt;Korrelations-ID: &lt;code&gt;{correlation}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>in stock</source>
        <translation>am Lager</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Herst.-Art.-Nr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>UVP</translation>
    </message>
    <message>
        <source>Stock (from the files)</source>
        <translation>Lagerbestand (laut Dateien)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Liefertermin</translation>
    </message>
    <message>
        <source>Warehouse (from the files)</source>
        <translation>Lager (laut Dateien)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Icecat product id</source>
        <translation>Icecat-Produkt-ID</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Datenblatt</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>&lt;h4&gt;All columns in the file&lt;/h4&gt;&lt;table cellspacing=2&gt;{raw}&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Alle Spalten der Datei&lt;/h4&gt;&lt;table cellspacing=2&gt;{raw}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Select a product to see all its fields.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Wählen Sie einen Artikel, um alle seine Felder zu sehen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>DraftSelector</name>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Only on your desk while it is a draft; your colleagues see it once it is submitted. Its PO is kept for it either way.</source>
        <translation>Nur an Ihrem Arbeitsplatz, solange es ein Entwurf ist; Ihre Kollegen sehen ihn, sobald er abgeschickt ist. Die Bestellnummer bleibt ihm in jedem Fall vorbehalten.</translation>
    </message>
    <message numerus="yes">
        <source>{po} — {state} — %n line(s)</source>
        <translation>
            <numerusform>{po} — {state} — %n Position</numerusform>
            <numerusform>{po} — {state} — %n Positionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>See the log for details.</source>
        <translation>Einzelheiten im Protokoll.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Protokoll zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Correlation id to quote to Ingram: &lt;code&gt;{v0}&lt;/code&gt;</source>
        <translation>Korrelations-ID für Rückfragen bei Ingram: &lt;code&gt;{v0}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Enter at least one SKU, vendor part number or EAN</source>
        <extracomment>one purchaser request checks at most 20 items (seed / XML P&amp;A limit)</extracomment>
        <translation>Geben Sie mindestens eine Ingram-Artikelnummer, Herstellerartikelnummer oder EAN ein</translation>
    </message>
    <message>
        <source>At most {most} items per check ({given} given)</source>
        <translation>Höchstens {most} Artikel pro Abfrage ({given} angegeben)</translation>
    </message>
    <message>
        <source>Split the list, or use the catalogue for bulk prices.</source>
        <translation>Teilen Sie die Liste auf oder nutzen Sie den Katalog für Preise in großer Menge.</translation>
    </message>
    <message>
        <source>unchanged since the last fetch</source>
        <translation>unverändert seit dem letzten Abruf</translation>
    </message>
    <message>
        <source>No password or key for the feed server</source>
        <extracomment>payload: ``SyncReport`` after every run (the status bar and the banner listen)</extracomment>
        <translation>Kein Passwort oder Schlüssel für den Feed-Server</translation>
    </message>
    <message>
        <source>Enter it under Tools › Profiles &amp; credentials › Feeds, or set INGRAM_FEED_SECRET.</source>
        <translation>Tragen Sie es unter Extras › Profile &amp; Zugangsdaten › Feeds ein oder setzen Sie INGRAM_FEED_SECRET.</translation>
    </message>
    <message>
        <source>{name} could not be imported: {error}</source>
        <translation>{name} konnte nicht importiert werden: {error}</translation>
    </message>
    <message>
        <source>Import it by hand (Ctrl+I) to see why.</source>
        <translation>Importieren Sie die Datei von Hand (Strg+I), um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>{name} could not be applied: {error}</source>
        <translation>{name} konnte nicht übernommen werden: {error}</translation>
    </message>
    <message>
        <source>Apply it by hand to see why.</source>
        <translation>Übernehmen Sie die Datei von Hand, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>The order journal {path} is damaged ({problem}) and there is no backup to restore. It was left as it is; nothing was sent.</source>
        <extracomment>set when a damaged journal was set aside and restored from its backup (words for the purchaser: what happened and which orders to check at Ingram)</extracomment>
        <translation>Das Auftragsjournal {path} ist beschädigt ({problem}) und es gibt keine Sicherung zum Wiederherstellen. Es wurde unverändert gelassen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Keep the file for support; check Ingram&apos;s order search.</source>
        <translation>Bewahren Sie die Datei für den Support auf; prüfen Sie Ingrams Auftragssuche.</translation>
    </message>
    <message>
        <source>Browsing and P&amp;A keep working; orders wait until it is back.</source>
        <translation>Katalog und P&amp;A funktionieren weiter; Aufträge warten, bis sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Connecting to the team database {server}…</source>
        <extracomment>this process&apos;s advisory-lock key: free on the server once the process is gone set once the desk has joined (its first connection is open)</extracomment>
        <translation>Verbindung zur Team-Datenbank {server} wird aufgebaut…</translation>
    </message>
    <message>
        <source>the connection is being re-opened</source>
        <translation>die Verbindung wird neu aufgebaut</translation>
    </message>
    <message>
        <source>The team database refused: {problem}</source>
        <translation>Die Team-Datenbank hat abgelehnt: {problem}</translation>
    </message>
    <message>
        <source>Orders wait until it is back; nothing was sent twice.</source>
        <translation>Aufträge warten, bis sie wieder erreichbar ist; nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>No order {draft_id} in the journal</source>
        <extracomment>an order with its author&apos;s readable name (the desk that wrote it) orders this process moved to in flight and has not finished yet</extracomment>
        <translation>Kein Auftrag {draft_id} im Journal</translation>
    </message>
    <message>
        <source>PO {po} is already used by another order in the journal ({state})</source>
        <translation>Bestellnummer {po} wird bereits von einem anderen Auftrag im Journal verwendet ({state})</translation>
    </message>
    <message>
        <source>PO {po} is already used by another order in the journal</source>
        <translation>Bestellnummer {po} wird bereits von einem anderen Auftrag im Journal verwendet</translation>
    </message>
    <message>
        <source>Only a draft can be edited; this order was submitted</source>
        <translation>Nur ein Entwurf kann bearbeitet werden; dieser Auftrag wurde bereits übermittelt</translation>
    </message>
    <message>
        <source>Order {draft_id} is {state}, not {expected}</source>
        <translation>Auftrag {draft_id} ist im Zustand {state}, nicht {expected}</translation>
    </message>
    <message>
        <source>Order {draft_id} is no longer {state}</source>
        <translation>Auftrag {draft_id} ist nicht mehr im Zustand {state}</translation>
    </message>
    <message>
        <source>Order {draft_id} is not queued; not sending it</source>
        <translation>Auftrag {draft_id} steht nicht in der Warteschlange; er wird nicht gesendet</translation>
    </message>
    <message>
        <source>Ingram answered {status} {description}: {message}</source>
        <translation>Ingram antwortete {status} {description}: {message}</translation>
    </message>
    <message>
        <source>Ingram answered {status} {description}</source>
        <translation>Ingram antwortete {status} {description}</translation>
    </message>
    <message>
        <source>Could not reach Ingram&apos;s token service ({error})</source>
        <extracomment>seconds, from ``expires_in`` (a string on the wire) monotonic clock number of token requests made (for the status line and tests)</extracomment>
        <translation>Ingrams Token-Dienst war nicht erreichbar ({error})</translation>
    </message>
    <message>
        <source>Check the network and the API URL of this profile.</source>
        <translation>Prüfen Sie das Netzwerk und die API-URL dieses Profils.</translation>
    </message>
    <message>
        <source>Ingram&apos;s token service sent an unreadable answer</source>
        <translation>Ingrams Token-Dienst hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <source>No client id / client secret configured for this profile</source>
        <extracomment>refuse bodies above this size before parsing (reliability §1.5) parsed JSON, None for an empty body (204, 200 without body) turns an error answer (status, body, correlation id) into a typed error</extracomment>
        <translation>Für dieses Profil sind keine Client-ID / kein Client Secret eingerichtet</translation>
    </message>
    <message>
        <source>The profile needs a customer number and a country</source>
        <translation>Das Profil braucht eine Kundennummer und ein Land</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer was too large ({size} bytes)</source>
        <extracomment>why no call may go out yet (no secret: a keyring that did not answer at start); ``use_secret`` lifts it requests put on the wire (the benchmark divides by it) called with the gate&apos;s ``RateBudget`` after every answer (the status bar&apos;s feed)</extracomment>
        <translation>Ingrams Antwort war zu groß ({size} Bytes)</translation>
    </message>
    <message>
        <source>Ingram sent {type} where JSON was expected</source>
        <translation>Ingram sandte {type}, wo JSON erwartet wurde</translation>
    </message>
    <message>
        <source>Retry later; if it persists, check the API URL.</source>
        <translation>Versuchen Sie es später erneut; wenn es anhält, prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer could not be read as JSON ({error})</source>
        <translation>Ingrams Antwort war kein lesbares JSON ({error})</translation>
    </message>
    <message>
        <source>Retry the request; nothing was changed locally.</source>
        <translation>Wiederholen Sie die Anfrage; lokal wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The API URL is not usable: {url}</source>
        <translation>Die API-URL ist nicht verwendbar: {url}</translation>
    </message>
    <message>
        <source>Ingram did not answer in time</source>
        <translation>Ingram hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Could not reach Ingram ({problem})</source>
        <translation>Ingram war nicht erreichbar ({problem})</translation>
    </message>
    <message>
        <source>Timed out waiting to send the order</source>
        <translation>Zeitüberschreitung beim Warten auf das Senden des Auftrags</translation>
    </message>
    <message>
        <source>Could not connect to Ingram ({error}); the order was not sent</source>
        <translation>Keine Verbindung zu Ingram ({error}); der Auftrag wurde nicht gesendet</translation>
    </message>
    <message>
        <source>The connection failed after the order was sent ({error})</source>
        <translation>Die Verbindung brach ab, nachdem der Auftrag gesendet war ({error})</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order search for this PO before any resend.</source>
        <translation>Ingrams Auftragssuche wird vor jedem erneuten Senden nach dieser Bestellnummer abgefragt.</translation>
    </message>
    <message>
        <source>Ingram&apos;s rate limit refused the order; it will be sent after the reset</source>
        <translation>Ingrams Anfragelimit hat den Auftrag abgewiesen; er wird nach dem Zurücksetzen gesendet</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order search for this PO.</source>
        <translation>Ingrams Auftragssuche wird nach dieser Bestellnummer abgefragt.</translation>
    </message>
    <message>
        <source>Ingram refused the token twice; check the client id and secret</source>
        <translation>Ingram hat das Token zweimal abgelehnt; prüfen Sie Client-ID und Client Secret</translation>
    </message>
    <message>
        <source>No folder {folder} on the feed server</source>
        <translation>Kein Ordner {folder} auf dem Feed-Server</translation>
    </message>
    <message>
        <source>Check the remote folder Ingram gave you.</source>
        <translation>Prüfen Sie den entfernten Ordner, den Ingram Ihnen genannt hat.</translation>
    </message>
    <message>
        <source>{name} is no longer on the feed server</source>
        <translation>{name} liegt nicht mehr auf dem Feed-Server</translation>
    </message>
    <message>
        <source>The feed server {host} refused the login of user {user}</source>
        <translation>Der Feed-Server {host} hat die Anmeldung des Benutzers {user} abgelehnt</translation>
    </message>
    <message>
        <source>Cannot reach the feed server {host}:{port} ({reason})</source>
        <translation>Feed-Server {host}:{port} nicht erreichbar ({reason})</translation>
    </message>
    <message>
        <source>Check the host and port, the internet connection and that the firewall lets FTP/SFTP out; the next run tries again.</source>
        <translation>Prüfen Sie Host und Port, die Internetverbindung und ob die Firewall FTP/SFTP durchlässt; der nächste Lauf versucht es erneut.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} did not show the host key this profile trusts ({reason})</source>
        <translation>Der SFTP-Server {host}:{port} hat nicht den Host-Schlüssel gezeigt, dem dieses Profil vertraut ({reason})</translation>
    </message>
    <message>
        <source>Check the FTP user and password Ingram sent you (Tools › Profiles &amp; credentials › Feeds); Ingram&apos;s e-commerce support resets them on request.</source>
        <translation>Prüfen Sie FTP-Benutzer und Passwort, die Ingram Ihnen geschickt hat (Extras › Profile &amp; Zugangsdaten › Feeds); der E-Commerce-Support von Ingram setzt sie auf Anfrage zurück.</translation>
    </message>
    <message>
        <source>Ask Ingram whether the server&apos;s key changed; if so, clear the host key in Tools › Profiles &amp; credentials › Feeds and connect again.</source>
        <translation>Fragen Sie Ingram, ob sich der Schlüssel des Servers geändert hat; wenn ja, löschen Sie den Host-Schlüssel unter Extras › Profile &amp; Zugangsdaten › Feeds und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>No {feed} file matching {pattern} in {folder} on the feed server today</source>
        <translation>Heute keine {feed}-Datei passend zu {pattern} in {folder} auf dem Feed-Server</translation>
    </message>
    <message>
        <source>Ingram publishes it before business hours; the next run looks again. If it stays missing, compare the pattern with what Test connection lists.</source>
        <translation>Ingram stellt sie vor Geschäftsbeginn bereit; der nächste Lauf sucht erneut. Fehlt sie weiterhin, vergleichen Sie das Muster mit der Liste von „Verbindung testen“.</translation>
    </message>
    <message>
        <source>The transfer of {name} failed ({reason}); the catalogue was not changed</source>
        <translation>Die Übertragung von {name} ist fehlgeschlagen ({reason}); der Katalog wurde nicht geändert</translation>
    </message>
    <message>
        <source>The next run resumes where it stopped.</source>
        <translation>Der nächste Lauf setzt dort fort, wo er abbrach.</translation>
    </message>
    <message>
        <source>{name} arrived incomplete ({got:,} of {expected:,} bytes); the catalogue was not changed</source>
        <translation>{name} kam unvollständig an ({got:,} von {expected:,} Bytes); der Katalog wurde nicht geändert</translation>
    </message>
    <message>
        <source>It is fetched again on the next run; if it keeps happening, tell Ingram&apos;s e-commerce support.</source>
        <translation>Beim nächsten Lauf wird die Datei erneut abgeholt; wenn das wiederholt passiert, informieren Sie den E-Commerce-Support von Ingram.</translation>
    </message>
    <message>
        <source>{name} was refused by the sanity check: {reason}</source>
        <translation>{name} wurde von der Plausibilitätsprüfung abgewiesen: {reason}</translation>
    </message>
    <message>
        <source>The previous catalogue stays live. The file is kept in {kept}; if it is right, import it by hand with Force.</source>
        <translation>Der bisherige Katalog bleibt aktiv. Die Datei liegt in {kept}; wenn sie stimmt, importieren Sie sie von Hand mit „Erzwingen“.</translation>
    </message>
    <message>
        <source>The feed server {host} said: {error}</source>
        <translation>Der Feed-Server {host} meldete: {error}</translation>
    </message>
    <message>
        <source>No folder {folder} on the feed server ({error})</source>
        <translation>Kein Ordner {folder} auf dem Feed-Server ({error})</translation>
    </message>
    <message>
        <source>The feed server refused {name}: {error}</source>
        <translation>Der Feed-Server hat {name} verweigert: {error}</translation>
    </message>
    <message>
        <source>{name} is an empty zip</source>
        <translation>{name} ist ein leeres ZIP-Archiv</translation>
    </message>
    <message>
        <source>{name} is not a readable zip ({error}); the catalogue was not changed</source>
        <translation>{name} ist kein lesbares ZIP-Archiv ({error}); der Katalog wurde nicht geändert</translation>
    </message>
    <message>
        <source>It is fetched again on the next run.</source>
        <translation>Beim nächsten Lauf wird die Datei erneut abgeholt.</translation>
    </message>
    <message>
        <source>Ingram&apos;s P&amp;A answer was not a list of products</source>
        <translation>Ingrams Preis- und Verfügbarkeitsantwort war keine Artikelliste</translation>
    </message>
    <message>
        <source>Ingram&apos;s order-create answer was not an object</source>
        <translation>Ingrams Antwort auf die Auftragsanlage war kein Objekt</translation>
    </message>
    <message>
        <source>Ingram&apos;s order-create answer named no order number</source>
        <translation>Ingrams Antwort auf die Auftragsanlage nannte keine Auftragsnummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s order search answer had no serviceresponse</source>
        <translation>Ingrams Antwort auf die Auftragssuche enthielt kein serviceresponse</translation>
    </message>
    <message>
        <source>Ingram&apos;s order details answer had no order number</source>
        <translation>Ingrams Antwort zu den Auftragsdetails enthielt keine Auftragsnummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s invoice answer had no invoice number</source>
        <translation>Ingrams Rechnungsantwort enthielt keine Rechnungsnummer</translation>
    </message>
    <message>
        <source>Ingram answered with {got} where {name} was expected</source>
        <extracomment>the classic order status texts (guide §6, compared case-insensitively) → seed 004 codes, so the Orders grid decodes an IM-XML status into the same badge as a REST one</extracomment>
        <translation>Ingram antwortete mit {got}, erwartet war {name}</translation>
    </message>
    <message>
        <source>Ingram&apos;s order acknowledgement named no PO</source>
        <translation>Ingrams Auftragsbestätigung nannte keine Bestellnummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s XML order answer named no order number</source>
        <translation>Ingrams XML-Antwort zum Auftrag nannte keine Auftragsnummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s XML order detail named no order number</source>
        <translation>Ingrams XML-Auftragsdetail nannte keine Auftragsnummer</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>Not an Ingram document this app reads ({name})</source>
        <translation>Kein Ingram-Dokument, das diese App liest ({name})</translation>
    </message>
    <message>
        <source>The order confirmation named no order number</source>
        <translation>Die Auftragsbestätigung nannte keine Auftragsnummer</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP answer had an empty body</source>
        <translation>Ingrams SOAP-Antwort hatte einen leeren Body</translation>
    </message>
    <message>
        <source>Ingram&apos;s error answer</source>
        <extracomment>(customer PO, Ingram order numbers) pairs this desk knows of (journal, inbox) how many known POs a search without a PO asks about (newest first) order number → customer PO, from every answer; kept in ``po_index`` (JSON) so the watch list can poll an order found by PO in an earlier session</extracomment>
        <translation>Ingrams Fehlerantwort</translation>
    </message>
    <message>
        <source>Ingram sent {content_type} where XML was expected</source>
        <translation>Ingram hat {content_type} gesendet, erwartet war XML</translation>
    </message>
    <message>
        <source>Retry later; if it persists, check the XML endpoint.</source>
        <translation>Versuchen Sie es später erneut; wenn es anhält, prüfen Sie den XML-Endpunkt.</translation>
    </message>
    <message>
        <source>Product search is not part of the IM-XML set</source>
        <translation>Die Artikelsuche gehört nicht zum IM-XML-Umfang</translation>
    </message>
    <message>
        <source>Use the catalogue tab (price files) or a REST profile.</source>
        <translation>Nutzen Sie die Registerkarte Katalog (Preisdateien) oder ein REST-Profil.</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order status for this PO.</source>
        <translation>Ingrams Auftragsstatus wird für diese Bestellnummer abgefragt.</translation>
    </message>
    <message>
        <source>Ingram acknowledged PO {po}; its confirmation is still pending</source>
        <translation>Ingram hat die Bestellung {po} angenommen; die Auftragsbestätigung steht noch aus</translation>
    </message>
    <message>
        <source>IM-XML needs the customer PO of order {order_number}</source>
        <translation>IM-XML braucht die Bestellnummer zu Auftrag {order_number}</translation>
    </message>
    <message>
        <source>Search for the order by its PO first.</source>
        <translation>Suchen Sie den Auftrag zuerst über seine Bestellnummer.</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} is not available over IM-XML</source>
        <translation>Rechnung {invoice_number} ist über IM-XML nicht abrufbar</translation>
    </message>
    <message>
        <source>Import Ingram&apos;s Invoice XML into the inbox (Orders tab).</source>
        <translation>Importieren Sie Ingrams Rechnungs-XML in den Posteingang (Registerkarte Aufträge).</translation>
    </message>
    <message>
        <source>Cancelling is not part of the IM-XML set used here</source>
        <translation>Stornieren gehört nicht zum hier genutzten IM-XML-Umfang</translation>
    </message>
    <message>
        <source>Cancel the order in Ingram&apos;s portal or with a REST profile.</source>
        <translation>Stornieren Sie den Auftrag in Ingrams Portal oder mit einem REST-Profil.</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer</source>
        <translation>Ingrams Antwort</translation>
    </message>
    <message>
        <source>{what} declared a DOCTYPE, which is refused</source>
        <translation>{what} deklarierte einen DOCTYPE; das wird abgelehnt</translation>
    </message>
    <message>
        <source>{what} was too large to read ({size:,} bytes, limit {limit:,})</source>
        <extracomment>largest XML document accepted (an IM-XML answer for 20 items is a few kB)</extracomment>
        <translation>{what} war zu groß zum Lesen ({size:,} Byte, Grenze {limit:,})</translation>
    </message>
    <message>
        <source>{what} was empty</source>
        <translation>{what} war leer</translation>
    </message>
    <message>
        <source>{what} could not be read as XML ({problem})</source>
        <translation>{what} ließ sich nicht als XML lesen ({problem})</translation>
    </message>
    <message>
        <source>Retry; if it persists, check the XML endpoint in the profile.</source>
        <translation>Versuchen Sie es erneut; wenn es anhält, prüfen Sie den XML-Endpunkt im Profil.</translation>
    </message>
    <message>
        <source>{what} contained entity references, which are refused</source>
        <translation>{what} enthielt Entity-Referenzen; diese werden abgelehnt</translation>
    </message>
    <message>
        <source>The team database {server} is unreachable: {problem}</source>
        <translation>Die Team-Datenbank {server} ist nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>An address needs a name.</source>
        <extracomment>why the entries offered are the last ones read (&quot;&quot;: they are the team&apos;s current ones)</extracomment>
        <translation>Eine Adresse braucht einen Namen.</translation>
    </message>
    <message>
        <source>An address called {name} already exists.</source>
        <translation>Eine Adresse namens {name} gibt es bereits.</translation>
    </message>
    <message>
        <source>The team database has schema version {found}, newer than this Ingram Desk knows ({known}); nothing was changed.</source>
        <extracomment>version -&gt; SQL; append only (a released step is never edited)</extracomment>
        <translation>Die Team-Datenbank hat Schemaversion {found}, neuer als die, die dieses Ingram Desk kennt ({known}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Install the newer Ingram Desk the team uses.</source>
        <translation>Installieren Sie das neuere Ingram Desk, das das Team nutzt.</translation>
    </message>
    <message>
        <source>The team database is not set up for this Ingram Desk (schema {found}, needs {known})</source>
        <translation>Die Team-Datenbank ist für dieses Ingram Desk nicht eingerichtet (Schema {found}, benötigt {known})</translation>
    </message>
    <message>
        <source>Run: ingram-desk team migrate (as the database owner).</source>
        <translation>Führen Sie aus: ingram-desk team migrate (als Eigentümer der Datenbank).</translation>
    </message>
    <message>
        <source>{reason}. The order stays a draft on this desk; nothing is sent until its PO can be claimed in the team database.</source>
        <translation>{reason}. Der Auftrag bleibt ein Entwurf an diesem Arbeitsplatz; es wird nichts gesendet, bis seine Bestellnummer in der Team-Datenbank reserviert werden kann.</translation>
    </message>
    <message>
        <source>Check the IM-XML login, password and country code in the profile.</source>
        <translation>Prüfen Sie IM-XML-Login, Passwort und Ländercode im Profil.</translation>
    </message>
    <message>
        <source>Ingram refused the XML request (error {number}): {detail}</source>
        <translation>Ingram hat die XML-Anfrage abgelehnt (Fehler {number}): {detail}</translation>
    </message>
    <message>
        <source>Ingram refused the XML request (error {number})</source>
        <translation>Ingram hat die XML-Anfrage abgelehnt (Fehler {number})</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service failed: {text}</source>
        <translation>Ingrams SOAP-Dienst ist fehlgeschlagen: {text}</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service refused the login: {text}</source>
        <translation>Ingrams SOAP-Dienst hat die Anmeldung abgelehnt: {text}</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service refused the request: {text}</source>
        <translation>Ingrams SOAP-Dienst hat die Anfrage abgelehnt: {text}</translation>
    </message>
    <message>
        <source>Check the API URL. If a company proxy inspects TLS, its root certificate must be installed in the operating system&apos;s certificate store (Windows: Certificates, macOS: Keychain Access, Linux: the CA bundle, e.g. update-ca-certificates); ask IT.</source>
        <translation>Prüfen Sie die API-URL. Prüft ein Firmen-Proxy TLS, muss sein Stammzertifikat im Zertifikatspeicher des Betriebssystems installiert sein (Windows: Zertifikate, macOS: Schlüsselbundverwaltung, Linux: das CA-Bundle, z. B. update-ca-certificates); fragen Sie die IT.</translation>
    </message>
    <message>
        <source>The TLS certificate of {url} could not be verified against the operating system&apos;s certificate store</source>
        <extracomment>what the error text names as the source of trust (it must stay true to ``ssl_context``)</extracomment>
        <translation>Das TLS-Zertifikat von {url} ließ sich nicht gegen den Zertifikatspeicher des Betriebssystems prüfen</translation>
    </message>
    <message>
        <source>the protocol must be ftp, ftps or sftp</source>
        <extracomment>in the profile&apos;s folder ftp, ftps (explicit TLS) or sftp 0: the protocol&apos;s default (21 / 22) empty: no category file local time of the daily price fetch downloaded files kept per feed FTPS: a certificate to trust besides the system&apos;s SFTP: the pinned host key; empty: trusted on first use</extracomment>
        <translation>das Protokoll muss ftp, ftps oder sftp sein</translation>
    </message>
    <message>
        <source>the feed host is empty</source>
        <translation>der Feed-Server ist nicht angegeben</translation>
    </message>
    <message>
        <source>the feed user is empty</source>
        <translation>der Feed-Benutzer ist nicht angegeben</translation>
    </message>
    <message>
        <source>the price time must be HH:MM</source>
        <translation>die Uhrzeit der Preisdatei muss HH:MM sein</translation>
    </message>
    <message>
        <source>the port must be 1-65535</source>
        <translation>der Port muss 1-65535 sein</translation>
    </message>
    <message>
        <source>the stock file is fetched at most every 5 minutes</source>
        <translation>die Bestandsdatei wird höchstens alle 5 Minuten abgerufen</translation>
    </message>
    <message>
        <source>{path}: not valid feed settings ({problem})</source>
        <translation>{path}: keine gültigen Feed-Einstellungen ({problem})</translation>
    </message>
    <message>
        <source>not a feed URL: {url} (expected ftp://, ftps:// or sftp://host…)</source>
        <translation>keine Feed-URL: {url} (erwartet ftp://, ftps:// oder sftp://host…)</translation>
    </message>
    <message>
        <source>put no password in the feed URL; it comes from the keyring or INGRAM_FEED_SECRET</source>
        <translation>kein Passwort in die Feed-URL schreiben; es kommt aus dem Schlüsselbund oder INGRAM_FEED_SECRET</translation>
    </message>
    <message>
        <source>No client secret is stored for profile {name}</source>
        <extracomment>True once the secret came and the app went online</extracomment>
        <translation>Für Profil {name} ist kein Client Secret gespeichert</translation>
    </message>
    <message>
        <source>Enter it in Tools › Profiles &amp; credentials, then Retry.</source>
        <translation>Geben Sie es unter Extras › Profile &amp; Zugangsdaten ein und wählen Sie dann Erneut versuchen.</translation>
    </message>
    <message>
        <source>(correlation id {correlation_id})</source>
        <translation>(Korrelations-ID {correlation_id})</translation>
    </message>
</context>
<context>
    <name>FeedListing</name>
    <message>
        <source>Remote file</source>
        <translation>Datei auf dem Server</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Feed today</source>
        <translation>Heutiger Feed</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>Failed: {exc}</source>
        <translation>Fehlgeschlagen: {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n file(s).</source>
        <translation>
            <numerusform>Verbunden: %n Datei.</numerusform>
            <numerusform>Verbunden: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source> No file for today&apos;s {v0} pattern.</source>
        <translation> Keine Datei für das heutige Muster {v0}.</translation>
    </message>
</context>
<context>
    <name>FeedSettingsDialog</name>
    <message>
        <source>FTPS (explicit TLS)</source>
        <translation>FTPS (explizites TLS)</translation>
    </message>
    <message>
        <source>Ingram file feeds</source>
        <translation>Datei-Feeds von Ingram</translation>
    </message>
    <message>
        <source>Fetch the feeds on schedule</source>
        <translation>Feeds nach Zeitplan abrufen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>{date} is today as YYYYMMDD; {date:%d%m%Y} any other form; * and ?</source>
        <translation>{date} ist heute als JJJJMMTT; {date:%d%m%Y} jede andere Form; * und ?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>SFTP: the server&apos;s key Ingram gave you (empty: trust on first use)</source>
        <translation>SFTP: der Serverschlüssel, den Ingram Ihnen gab (leer: beim ersten Mal vertrauen)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password or key</source>
        <translation>Passwort oder Schlüssel</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Ordner auf dem Server</translation>
    </message>
    <message>
        <source>Price file</source>
        <translation>Preisdatei</translation>
    </message>
    <message>
        <source>Stock file</source>
        <translation>Bestandsdatei</translation>
    </message>
    <message>
        <source>Category file</source>
        <translation>Kategoriedatei</translation>
    </message>
    <message>
        <source>Price file daily at</source>
        <translation>Preisdatei täglich um</translation>
    </message>
    <message>
        <source>Stock file every</source>
        <translation>Bestandsdatei alle</translation>
    </message>
    <message>
        <source>Keep downloads</source>
        <translation>Downloads behalten</translation>
    </message>
    <message>
        <source>SFTP host key</source>
        <translation>SFTP-Hostschlüssel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Store the password in the keyring again (unlock it first)</source>
        <translation>Das Passwort erneut im Schlüsselbund ablegen (zuerst entsperren)</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Nicht gespeichert: </translation>
    </message>
    <message>
        <source>Saved; storing the password in the keyring…</source>
        <translation>Gespeichert; das Passwort wird im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Saved; the password is not in the keyring yet (kept for this session): {why}. Unlock the keyring and Retry.</source>
        <translation>Gespeichert; das Passwort ist noch nicht im Schlüsselbund (für diese Sitzung behalten): {why}. Entsperren Sie den Schlüsselbund und wählen Sie Erneut versuchen.</translation>
    </message>
    <message>
        <source> (password kept for this session only: no keyring)</source>
        <translation> (Passwort nur für diese Sitzung gespeichert: kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
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
        <translation>F&amp;eeds jetzt abrufen</translation>
    </message>
    <message numerus="yes">
        <source>{kind} feed (and %n more)</source>
        <translation>
            <numerusform>{kind}-Feed (und %n weiterer)</numerusform>
            <numerusform>{kind}-Feed (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} feed</source>
        <translation>{kind}-Feed</translation>
    </message>
    <message>
        <source>Feeds: {kinds} updated at {v1}</source>
        <translation>Feeds: {kinds} aktualisiert um {v1}</translation>
    </message>
</context>
<context>
    <name>FeedsStatus</name>
    <message>
        <source>price</source>
        <extracomment>how often the desk looks whether a feed is due (the schedule itself is in the service) the feeds and the units of their age, as the status bar words them</extracomment>
        <translation>Preis</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>skipped (unchanged)</source>
        <translation>übersprungen (unverändert)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlte</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>{kind} {n} min old</source>
        <translation>{kind} {n} min alt</translation>
    </message>
    <message>
        <source>{kind} {n} h old</source>
        <translation>{kind} {n} h alt</translation>
    </message>
    <message>
        <source>{kind} {n} d old</source>
        <translation>{kind} {n} T alt</translation>
    </message>
    <message>
        <source>{kind} {n} min</source>
        <translation>{kind} {n} min</translation>
    </message>
    <message>
        <source>{kind} {n} h</source>
        <translation>{kind} {n} h</translation>
    </message>
    <message>
        <source>{kind} {n} d</source>
        <translation>{kind} {n} T</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <extracomment>feeds whose field is shown only when something is wrong with them (see ``show_status``)</extracomment>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Fetch now: Ingram&apos;s price, stock and category files (Tools › Fetch feeds now)</source>
        <translation>Jetzt abrufen: Ingrams Preis-, Bestands- und Kategoriedateien (Extras › Feeds jetzt abrufen)</translation>
    </message>
    <message>
        <source>Feeds…</source>
        <translation>Feeds…</translation>
    </message>
    <message>
        <source>Feed server, files and schedule</source>
        <translation>Feed-Server, Dateien und Zeitplan</translation>
    </message>
    <message>
        <source>{kind} never fetched</source>
        <translation>{kind} nie abgerufen</translation>
    </message>
    <message>
        <source>{kind} file: last run {v1}</source>
        <translation>{kind}-Datei: zuletzt {v1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — überfällig</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>rufe ab…</translation>
    </message>
    <message>
        <source>feeds off</source>
        <translation>Feeds aus</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>next {v0}</source>
        <translation>nächster {v0}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · überfällig</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“{text}”: thousands go in groups of three, e.g. 1.234,56</source>
        <translation>„{text}“: Tausender stehen in Dreiergruppen, z. B. 1.234,56</translation>
    </message>
    <message>
        <source>“{text}” has more than one decimal mark</source>
        <translation>„{text}“ hat mehr als ein Dezimalzeichen</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: write {a} or {b}</source>
        <translation>„{text}“ ist mehrdeutig: schreiben Sie {a} oder {b}</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like {example}</source>
        <translation>„{text}“ ist kein Datum; schreiben Sie z. B. {example}</translation>
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
        <translation>&lt;h3&gt;Willkommen bei Ingram Desk — dies ist die Demo&lt;/h3&gt;
&lt;p&gt;Das Demoprofil spricht mit einem &lt;b&gt;simulierten Ingram Micro&lt;/b&gt; innerhalb der App: Preise,
Bestände und Aufträge sind erfunden, und nichts erreicht Ingram. Eine Beispiel-Preisdatei mit 3.000 Artikeln
wird gerade importiert.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Drei Dinge zum Ausprobieren:&lt;/b&gt;&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Suchen und live abfragen:&lt;/b&gt; tippen Sie &lt;i&gt;monitor&lt;/i&gt; im Reiter Katalog, wählen Sie eine Zeile und
drücken Sie &lt;b&gt;Strg+Umschalt+P&lt;/b&gt; für aktuellen Preis &amp;amp; Verfügbarkeit je Lager.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Eine Bestellung aufgeben:&lt;/b&gt; drücken Sie &lt;b&gt;Strg+Umschalt+O&lt;/b&gt; auf einer Zeile, um sie zur Bestellung hinzuzufügen, wählen Sie eine der
zwei Beispieladressen als Lieferadresse, drücken Sie &lt;b&gt;Bestellung senden&lt;/b&gt; und lesen Sie die Übersicht vor
&lt;b&gt;Bestellung aufgeben&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Eine Sperre bearbeiten:&lt;/b&gt; wählen Sie im Reiter Aufträge &lt;i&gt;PO-HOLD-CANCEL&lt;/i&gt; (auf Kundensperre) und
geben Sie ihn frei, ändern Sie die Mengen oder stornieren Sie ihn.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Ihr eigenes Ingram-Konto gehört unter &lt;b&gt;Extras → Profile &amp;amp; Zugangsdaten&lt;/b&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;{body}&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Tastenkürzel&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;{body}&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <source>Contact your Ingram credit controller or pay overdue invoices; the order is released once credit clears.</source>
        <extracomment>Where the seed and Ingram&apos;s spec disagree: code -&gt; (seed meaning, spec meaning).</extracomment>
        <translation>Wenden Sie sich an Ihr Kreditmanagement bei Ingram oder begleichen Sie überfällige Rechnungen; der Auftrag wird freigegeben, sobald das Kreditlimit es erlaubt.</translation>
    </message>
    <message>
        <source>Ingram&apos;s sales team is checking the price or margin; confirm the price with your account manager.</source>
        <translation>Der Vertrieb von Ingram prüft Preis oder Marge; bestätigen Sie den Preis mit Ihrem Account Manager.</translation>
    </message>
    <message>
        <source>Export compliance check: provide end-user and destination details if Ingram asks for them.</source>
        <translation>Exportkontrolle: geben Sie Endkunden- und Bestimmungsangaben an, wenn Ingram danach fragt.</translation>
    </message>
    <message>
        <source>Check the special bid number and its validity with the vendor or your Ingram account manager.</source>
        <translation>Prüfen Sie die Sonderpreisnummer und ihre Gültigkeit beim Hersteller oder Ihrem Account Manager bei Ingram.</translation>
    </message>
    <message>
        <source>Awaiting Ingram&apos;s ACOP review; no action unless your account manager asks for information.</source>
        <translation>Wartet auf die ACOP-Prüfung von Ingram; nichts zu tun, außer Ihr Account Manager bittet um Angaben.</translation>
    </message>
    <message>
        <source>Contact your Ingram sales representative with the order number.</source>
        <translation>Wenden Sie sich mit der Auftragsnummer an Ihren Vertriebskontakt bei Ingram.</translation>
    </message>
    <message>
        <source>No hold</source>
        <extracomment>Seed 004&apos;s hold reason codes with descriptions, plus our advice on what to do.</extracomment>
        <translation>Keine Sperre</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Adjusted cost hold</source>
        <translation>Sperre angepasster Einstandspreis</translation>
    </message>
    <message>
        <source>Bad address hold</source>
        <translation>Sperre ungültige Adresse</translation>
    </message>
    <message>
        <source>Correct the ship-to address with Ingram sales; the order ships once it validates.</source>
        <translation>Korrigieren Sie die Lieferadresse mit dem Vertrieb von Ingram; der Auftrag wird versandt, sobald sie gültig ist.</translation>
    </message>
    <message>
        <source>Special bid hold</source>
        <translation>Sonderpreissperre</translation>
    </message>
    <message>
        <source>Bill only hold</source>
        <translation>Sperre nur Rechnung</translation>
    </message>
    <message>
        <source>Order is to be billed without shipment; confirm this was intended.</source>
        <translation>Der Auftrag wird ohne Lieferung berechnet; bestätigen Sie, dass dies gewollt ist.</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>Credit card hold</source>
        <translation>Kreditkartensperre</translation>
    </message>
    <message>
        <source>Credit card payment not authorised; update card details with Ingram.</source>
        <translation>Kreditkartenzahlung nicht autorisiert; aktualisieren Sie die Kartendaten bei Ingram.</translation>
    </message>
    <message>
        <source>Credit check hold</source>
        <translation>Sperre Kreditprüfung</translation>
    </message>
    <message>
        <source>ACOP hold</source>
        <translation>ACOP-Sperre</translation>
    </message>
    <message>
        <source>Final review hold</source>
        <translation>Sperre Endprüfung</translation>
    </message>
    <message>
        <source>Ingram is doing a final review; it usually clears without action.</source>
        <translation>Ingram führt eine Endprüfung durch; sie löst sich meist ohne Zutun.</translation>
    </message>
    <message>
        <source>End-user rejected/missing</source>
        <translation>Endkunde abgelehnt/fehlt</translation>
    </message>
    <message>
        <source>Send valid end-user information for the lines that need it.</source>
        <translation>Senden Sie gültige Endkundenangaben für die Positionen, die sie brauchen.</translation>
    </message>
    <message>
        <source>End-user data missing</source>
        <translation>Endkundendaten fehlen</translation>
    </message>
    <message>
        <source>Send the missing end-user data (name, address, contact) to Ingram.</source>
        <translation>Senden Sie die fehlenden Endkundendaten (Name, Adresse, Kontakt) an Ingram.</translation>
    </message>
    <message>
        <source>Export hold</source>
        <translation>Exportsperre</translation>
    </message>
    <message>
        <source>Flooring hold</source>
        <translation>Sperre Einkaufsfinanzierung</translation>
    </message>
    <message>
        <source>Flooring (financing) limit reached; contact your flooring company or Ingram credit.</source>
        <translation>Limit der Einkaufsfinanzierung erreicht; wenden Sie sich an Ihren Finanzierer oder das Kreditmanagement von Ingram.</translation>
    </message>
    <message>
        <source>Margin hold</source>
        <translation>Margensperre</translation>
    </message>
    <message>
        <source>All orders set to hold (customer setting)</source>
        <translation>Alle Aufträge gesperrt (Kundeneinstellung)</translation>
    </message>
    <message>
        <source>Your account holds every order: release it in Ingram&apos;s portal or ask sales.</source>
        <translation>Ihr Konto sperrt jeden Auftrag: geben Sie ihn im Ingram-Portal frei oder fragen Sie den Vertrieb.</translation>
    </message>
    <message>
        <source>Customer hold</source>
        <translation>Kundensperre</translation>
    </message>
    <message>
        <source>Held at your request: release it (or cancel it) when ready.</source>
        <translation>Auf Ihren Wunsch gesperrt: geben Sie ihn frei (oder stornieren Sie ihn), wenn es so weit ist.</translation>
    </message>
    <message>
        <source>Fulfilment (dropship) value hold</source>
        <translation>Wertsperre Streckengeschäft</translation>
    </message>
    <message>
        <source>Drop-ship value limit exceeded; Ingram sales must approve.</source>
        <translation>Wertgrenze im Streckengeschäft überschritten; der Vertrieb von Ingram muss zustimmen.</translation>
    </message>
    <message>
        <source>Pricing hold</source>
        <translation>Preissperre</translation>
    </message>
    <message>
        <source>Combined SM/SP hold</source>
        <translation>Kombinierte SM/SP-Sperre</translation>
    </message>
    <message>
        <source>Minimum-order fee and price change both need approval; ask Ingram sales.</source>
        <translation>Mindermengenzuschlag und Preisänderung müssen beide genehmigt werden; fragen Sie den Vertrieb von Ingram.</translation>
    </message>
    <message>
        <source>Special product hold</source>
        <translation>Sperre Sonderartikel</translation>
    </message>
    <message>
        <source>Freight hold</source>
        <translation>Frachtsperre</translation>
    </message>
    <message>
        <source>Freight charges need confirming; agree the carrier or freight cost with Ingram.</source>
        <translation>Frachtkosten müssen bestätigt werden; stimmen Sie Spediteur oder Frachtkosten mit Ingram ab.</translation>
    </message>
    <message>
        <source>Sales hold</source>
        <translation>Vertriebssperre</translation>
    </message>
    <message>
        <source>Waive minimum order fee hold</source>
        <translation>Sperre Erlass Mindermengenzuschlag</translation>
    </message>
    <message>
        <source>Order is under the minimum value; accept the fee or add lines.</source>
        <translation>Der Auftrag liegt unter dem Mindestwert; akzeptieren Sie den Zuschlag oder fügen Sie Positionen hinzu.</translation>
    </message>
    <message>
        <source>Price change hold</source>
        <translation>Sperre Preisänderung</translation>
    </message>
    <message>
        <source>The price changed since the order was placed; confirm the new price.</source>
        <translation>Der Preis hat sich seit der Bestellung geändert; bestätigen Sie den neuen Preis.</translation>
    </message>
    <message>
        <source>Transmit to vendor hold (awaiting a response)</source>
        <translation>Sperre Weiterleitung an Hersteller (wartet auf Antwort)</translation>
    </message>
    <message>
        <source>Waiting for the vendor; no action needed unless it lasts days.</source>
        <translation>Wartet auf den Hersteller; nichts zu tun, außer es dauert Tage.</translation>
    </message>
    <message>
        <source>Deleted order</source>
        <translation>Gelöschter Auftrag</translation>
    </message>
    <message>
        <source>The order was deleted; place a new order if still needed.</source>
        <translation>Der Auftrag wurde gelöscht; bestellen Sie neu, falls noch nötig.</translation>
    </message>
    <message>
        <source>Vendor required information missing</source>
        <translation>Vom Hersteller verlangte Angaben fehlen</translation>
    </message>
    <message>
        <source>Provide the vendor-required details (often end user or licence data).</source>
        <translation>Liefern Sie die vom Hersteller verlangten Angaben (oft Endkunden- oder Lizenzdaten).</translation>
    </message>
    <message>
        <source>Weight hold</source>
        <translation>Gewichtssperre</translation>
    </message>
    <message>
        <source>Shipment weight needs a freight quote; confirm with Ingram.</source>
        <translation>Das Sendungsgewicht erfordert ein Frachtangebot; bestätigen Sie es mit Ingram.</translation>
    </message>
    <message>
        <source>IM-Online offline hold</source>
        <translation>Sperre IM-Online offline</translation>
    </message>
    <message>
        <source>Ingram&apos;s online system was offline; the order is released when it is back.</source>
        <translation>Das Onlinesystem von Ingram war offline; der Auftrag wird freigegeben, sobald es wieder läuft.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>skipped</source>
        <extracomment>the report&apos;s links to a kind of change: this, then the kind (``query.CHANGE_KINDS``)</extracomment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source> (first {shown} of {total})</source>
        <translation> (die ersten {shown} von {total})</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Rows with problems{more}&lt;/h4&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th&gt;line&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;reason&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Zeilen mit Problemen{more}&lt;/h4&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th&gt;Zeile&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;Grund&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Importing {file_name}</source>
        <extracomment>the user chose &quot;Import anyway&quot; after the sanity gate refused the file a kind of change in the report was clicked: its articles are asked for</extracomment>
        <translation>Import von {file_name}</translation>
    </message>
    <message>
        <source>Saved: if Ingram Desk closes now, this import finishes at its next start.</source>
        <extracomment>said once the import is kept on disk: closing the app no longer loses it</extracomment>
        <translation>Gesichert: Wird Ingram Desk jetzt geschlossen, wird dieser Import beim nächsten Start abgeschlossen.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Cancelling — back to the previous catalogue, unchanged…</source>
        <translation>Abbruch — zurück zum bisherigen Katalog, unverändert…</translation>
    </message>
    <message>
        <source>Cancelling — the current catalogue stays as it is…</source>
        <translation>Abbruch — der aktuelle Katalog bleibt, wie er ist…</translation>
    </message>
    <message>
        <source>You can close this window and keep working.</source>
        <extracomment>once the new catalogue answers: the import goes on without the window</extracomment>
        <translation>Sie können dieses Fenster schließen und weiterarbeiten.</translation>
    </message>
    <message>
        <source>Reading the price file…</source>
        <extracomment>the import dialog&apos;s first line, while the file is read (before it is searchable)</extracomment>
        <translation>Preisdatei wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Importing anyway…</source>
        <translation>Importiere trotzdem…</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Inbox — documents from Ingram</source>
        <translation>Posteingang — Dokumente von Ingram</translation>
    </message>
    <message>
        <source>Watch &amp;folder…</source>
        <translation>&amp;Ordner überwachen…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Watching {folder} (new files are imported every minute)</source>
        <translation>{folder} wird überwacht (neue Dateien werden jede Minute importiert)</translation>
    </message>
    <message>
        <source>No folder watched: choose the folder your e-mail rule or EDI mailbox fills.</source>
        <translation>Kein Ordner überwacht: wählen Sie den Ordner, den Ihre E-Mail-Regel oder Ihr EDI-Postfach füllt.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Despatch advice</source>
        <translation>Lieferavis</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Auftragsbestätigung</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
</context>
<context>
    <name>IngramState</name>
    <message>
        <source>On Hold</source>
        <extracomment>the words Ingram&apos;s order details give an order&apos;s and a line&apos;s state (not codes: these are English words, shown in the user&apos;s language; a word not listed is shown as Ingram sent it)</extracomment>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Partially Shipped</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
</context>
<context>
    <name>JournalTexts</name>
    <message>
        <source>journal restored from the backup of {taken}; checking Ingram before any send</source>
        <translation>Journal aus der Sicherung vom {taken} wiederhergestellt; Abgleich mit Ingram vor jedem Senden</translation>
    </message>
    <message>
        <source>draft created</source>
        <translation>Entwurf angelegt</translation>
    </message>
    <message>
        <source>submitted by the user</source>
        <translation>vom Benutzer übermittelt</translation>
    </message>
    <message>
        <source>sending (correlation id {correlation_id})</source>
        <translation>wird gesendet (Korrelations-ID {correlation_id})</translation>
    </message>
    <message>
        <source>found in flight at start; checking Ingram before any resend</source>
        <translation>beim Start noch in Übermittlung vorgefunden; Abgleich mit Ingram vor jedem erneuten Senden</translation>
    </message>
    <message>
        <source>PO {po} already exists at Ingram ({orders}); not sent</source>
        <translation>Bestellnummer {po} ist bei Ingram bereits vorhanden ({orders}); nicht gesendet</translation>
    </message>
    <message>
        <source>cancelled while sending</source>
        <translation>beim Senden abgebrochen</translation>
    </message>
    <message>
        <source>not sent: {error}</source>
        <translation>nicht gesendet: {error}</translation>
    </message>
    <message>
        <source>API window closed</source>
        <translation>API-Zeitfenster geschlossen</translation>
    </message>
    <message>
        <source>refused before processing (not placed): {error}</source>
        <translation>vor der Verarbeitung abgewiesen (nicht bestellt): {error}</translation>
    </message>
    <message>
        <source>rejected by Ingram: {error}</source>
        <translation>von Ingram abgelehnt: {error}</translation>
    </message>
    <message>
        <source>placed: Ingram order {orders}; {rejected}</source>
        <translation>bestellt: Ingram-Auftrag {orders}; {rejected}</translation>
    </message>
    <message>
        <source>placed: Ingram order {orders}</source>
        <translation>bestellt: Ingram-Auftrag {orders}</translation>
    </message>
    <message>
        <source>order search failed: {error}</source>
        <translation>Auftragssuche fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>found at Ingram by PO: {orders} (several orders carry this PO: split or duplicate, please check)</source>
        <translation>bei Ingram über die Bestellnummer gefunden: {orders} (mehrere Aufträge tragen diese Bestellnummer: Teilung oder Duplikat, bitte prüfen)</translation>
    </message>
    <message>
        <source>found at Ingram by PO: {orders}</source>
        <translation>bei Ingram über die Bestellnummer gefunden: {orders}</translation>
    </message>
    <message>
        <source>Ingram has this PO (duplicate refused); waiting for it</source>
        <translation>Ingram kennt diese Bestellnummer (Duplikat abgewiesen); warten, bis der Auftrag erscheint</translation>
    </message>
    <message numerus="yes">
        <source>not found at Ingram after %n resend(s); check with Ingram before doing anything else</source>
        <translation>
            <numerusform>nach %n erneuten Sendung nicht bei Ingram gefunden; vor jedem weiteren Schritt bei Ingram nachfragen</numerusform>
            <numerusform>nach %n erneuten Sendungen nicht bei Ingram gefunden; vor jedem weiteren Schritt bei Ingram nachfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>not found at Ingram after {seconds} s; resending the same PO and bytes</source>
        <translation>nach {seconds} s nicht bei Ingram gefunden; dieselbe Bestellnummer wird mit denselben Bytes erneut gesendet</translation>
    </message>
    <message>
        <source>outcome unknown ({why}); checking Ingram by PO before any resend</source>
        <translation>Ergebnis unbekannt ({why}); Abgleich mit Ingram über die Bestellnummer vor jedem erneuten Senden</translation>
    </message>
    <message>
        <source>Ingram could not confirm this order in time; check Ingram&apos;s order search for PO {po} before doing anything else ({why})</source>
        <translation>Ingram konnte diesen Auftrag nicht rechtzeitig bestätigen; prüfen Sie Bestellnummer {po} in Ingrams Auftragssuche, bevor Sie etwas anderes tun ({why})</translation>
    </message>
    <message>
        <source>Ingram could not confirm this order in time; check Ingram&apos;s order search for PO {po} before doing anything else</source>
        <translation>Ingram konnte diesen Auftrag nicht rechtzeitig bestätigen; prüfen Sie Bestellnummer {po} in Ingrams Auftragssuche, bevor Sie etwas anderes tun</translation>
    </message>
    <message>
        <source>waiting: {reason}</source>
        <translation>wartet: {reason}</translation>
    </message>
    <message>
        <source>line {line} {sku}: {reason}</source>
        <translation>Position {line} {sku}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected by Ingram ({reasons})</source>
        <translation>
            <numerusform>%n Position von Ingram abgelehnt ({reasons})</numerusform>
            <numerusform>%n Positionen von Ingram abgelehnt ({reasons})</numerusform>
        </translation>
    </message>
    <message>
        <source>sending from desk {desk} (correlation id {correlation_id})</source>
        <translation>wird von Arbeitsplatz {desk} gesendet (Korrelations-ID {correlation_id})</translation>
    </message>
    <message>
        <source>found in flight from desk {desk}, which stopped; checking Ingram before any resend</source>
        <translation>in Übermittlung von Arbeitsplatz {desk} vorgefunden, der beendet wurde; Abgleich mit Ingram vor jedem erneuten Senden</translation>
    </message>
    <message>
        <source>draft with PO {po} stays on this desk: {error} (change its PO to send it)</source>
        <translation>Entwurf mit Bestellnummer {po} bleibt an diesem Arbeitsplatz: {error} (ändern Sie die Bestellnummer, um ihn zu senden)</translation>
    </message>
    <message>
        <source>edit of draft {po} stays on this desk: a colleague submitted or deleted it (change its PO to send it)</source>
        <translation>Änderung am Entwurf {po} bleibt an diesem Arbeitsplatz: ein Kollege hat ihn gesendet oder gelöscht (ändern Sie die Bestellnummer, um ihn zu senden)</translation>
    </message>
</context>
<context>
    <name>LineInputError</name>
    <message>
        <source>Nothing added: {shown} — write one SKU per line, optionally followed by a whole quantity of at least 1 (e.g. “1234567 3”).</source>
        <translation>Nichts hinzugefügt: {shown} — schreiben Sie eine Artikelnummer pro Zeile, optional gefolgt von einer ganzen Menge ab 1 (z. B. „1234567 3“).</translation>
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
        <translation>{title} — PRODUKTION: Bestellungen sind echt</translation>
    </message>
    <message>
        <source>PRODUCTION — profile {profile_name}: orders placed here are real</source>
        <translation>PRODUKTION — Profil {profile_name}: hier aufgegebene Bestellungen sind echt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>No ordering service in this window.</source>
        <translation>Kein Bestelldienst in diesem Fenster.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>No tracking service in this window.</source>
        <translation>Kein Auftragsverfolgungsdienst in diesem Fenster.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>&amp;P&amp;&amp;A</source>
        <translation>&amp;P&amp;&amp;A</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>Be&amp;stellung</translation>
    </message>
    <message>
        <source>Or&amp;ders</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>IM-XML over SOAP</source>
        <translation>IM-XML über SOAP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import price file…</source>
        <translation>Preisdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Last import &amp;report…</source>
        <translation>Letzter Import&amp;bericht…</translation>
    </message>
    <message>
        <source>What &amp;changed in the last import…</source>
        <translation>Was sich beim letzten Import &amp;geändert hat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in catalogue</source>
        <translation>Im Katalog &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>P&amp;&amp;A</source>
        <translation>P&amp;&amp;A</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>&amp;Protokoll zeigen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>&amp;Profiles &amp;&amp; credentials…</source>
        <translation>&amp;Profile &amp;&amp; Zugangsdaten…</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Show &amp;data folder</source>
        <translation>&amp;Datenordner zeigen</translation>
    </message>
    <message>
        <source>&amp;About Ingram Desk</source>
        <translation>&amp;Über Ingram Desk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to the order</source>
        <translation>
            <numerusform>%n Position zur Bestellung hinzugefügt</numerusform>
            <numerusform>%n Positionen zur Bestellung hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import price file</source>
        <translation>Preisdatei importieren</translation>
    </message>
    <message>
        <source>Price files (*.csv *.txt *.zip)</source>
        <translation>Preisdateien (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profile {name} saved; start with --profile {name} to use it</source>
        <translation>Profil {name} gespeichert; mit --profile {name} starten, um es zu verwenden</translation>
    </message>
    <message>
        <source>  (PRODUCTION)</source>
        <translation>  (PRODUKTION)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Order → add the SKU and quantity typed in the line box</source>
        <translation>Bestellung → eingegebene Artikelnummer und Menge hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Order → remove the selected lines</source>
        <translation>Bestellung → ausgewählte Positionen entfernen</translation>
    </message>
    <message>
        <source>Orders → search with the order number or PO typed</source>
        <translation>Aufträge → mit der eingegebenen Auftrags- oder Bestellnummer suchen</translation>
    </message>
    <message>
        <source>Welcome to the demo</source>
        <translation>Willkommen in der Demo</translation>
    </message>
    <message>
        <source>Working on: {tasks}</source>
        <translation>In Arbeit: {tasks}</translation>
    </message>
    <message>
        <source>An order is being sent</source>
        <translation>Eine Bestellung wird gesendet</translation>
    </message>
    <message>
        <source>Order {pos} is being sent to Ingram right now. If you quit, Ingram Desk lets the send finish (at most a few minutes); if it cannot, it checks with Ingram at the next start whether the order was placed. It is never sent twice.</source>
        <translation>Bestellung {pos} wird gerade an Ingram gesendet. Wenn Sie beenden, lässt Ingram Desk das Senden zu Ende laufen (höchstens einige Minuten); geht das nicht, prüft es beim nächsten Start bei Ingram, ob die Bestellung aufgegeben wurde. Sie wird nie doppelt gesendet.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Geöffnet lassen</translation>
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
        <translation>&lt;p style=&apos;color:#8a4b00&apos;&gt;Gesperrt:&lt;/p&gt;&lt;ul&gt;{v0}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Order {order} — PO {po}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Auftrag {order} — Bestellnummer {po}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: &lt;b&gt;{status}&lt;/b&gt; · created {created} · total {total}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Status: &lt;b&gt;{status}&lt;/b&gt; · angelegt {created} · Summe {total}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Sub-order&lt;/th&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;SKU&lt;/th&gt;&lt;th&gt;Description&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Qty&lt;/th&gt;&lt;th&gt;Confirmed&lt;/th&gt;&lt;th&gt;Backorder (ETA)&lt;/th&gt;&lt;th&gt;Price&lt;/th&gt;&lt;th&gt;Shipments and tracking&lt;/th&gt;&lt;th&gt;Serial numbers&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Teilauftrag&lt;/th&gt;&lt;th&gt;Pos.&lt;/th&gt;&lt;th&gt;Artikelnr.&lt;/th&gt;&lt;th&gt;Bezeichnung&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Menge&lt;/th&gt;&lt;th&gt;Bestätigt&lt;/th&gt;&lt;th&gt;Lieferrückstand (Liefertermin)&lt;/th&gt;&lt;th&gt;Preis&lt;/th&gt;&lt;th&gt;Sendungen und Verfolgung&lt;/th&gt;&lt;th&gt;Seriennummern&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> · invoice &lt;a href=&apos;invoice:{number}&apos;&gt;{number}&lt;/a&gt;</source>
        <translation> · Rechnung &lt;a href=&apos;invoice:{number}&apos;&gt;{number}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{quantity} shipped {date} {warehouse}: {links}</source>
        <translation>{quantity} versandt {date} {warehouse}: {links}</translation>
    </message>
    <message>
        <source>no ETA</source>
        <translation>kein Liefertermin</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invoices: {links}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rechnungen: {links}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;h4&gt;Invoice {number}&lt;/h4&gt;&lt;p&gt;{status} · dated {dated} · due {due_date} · amount due {due} · lines: {lines}&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;h4&gt;Rechnung {number}&lt;/h4&gt;&lt;p&gt;{status} · vom {dated} · fällig {due_date} · offener Betrag {due} · Positionen: {lines}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;h4&gt;Documents from Ingram (inbox)&lt;/h4&gt;</source>
        <translation>&lt;hr&gt;&lt;h4&gt;Dokumente von Ingram (Posteingang)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source> · total {total}</source>
        <translation> · Summe {total}</translation>
    </message>
    <message>
        <source> · tracking {links}</source>
        <translation> · Sendungsverfolgung {links}</translation>
    </message>
    <message>
        <source> · serials {serials}</source>
        <translation> · Seriennummern {serials}</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Wählen Sie einen Auftrag, um die Einzelheiten zu sehen.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Ship what is available (partial)</source>
        <extracomment>ship-complete choices: label → the v6 ``shipComplete`` value (None = Ingram&apos;s default)</extracomment>
        <translation>Verfügbares liefern (Teillieferung)</translation>
    </message>
    <message>
        <source>Ship complete (all lines together)</source>
        <translation>Komplettlieferung (alle Positionen zusammen)</translation>
    </message>
    <message>
        <source>Ship complete per line</source>
        <translation>Komplettlieferung je Position</translation>
    </message>
    <message>
        <source>(Ingram&apos;s default ship-to for your account)</source>
        <translation>(Standard-Lieferadresse Ihres Ingram-Kontos)</translation>
    </message>
    <message>
        <source>(no end-user information)</source>
        <translation>(keine Endkundenangaben)</translation>
    </message>
    <message>
        <source>(Ingram chooses)</source>
        <translation>(Ingram wählt)</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Neue Bestellung</translation>
    </message>
    <message>
        <source>Copy as new draft</source>
        <translation>Als neuen Entwurf kopieren</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Bestellung:</translation>
    </message>
    <message>
        <source>required, at most {MAX_PO_LENGTH} characters</source>
        <translation>Pflichtfeld, höchstens {MAX_PO_LENGTH} Zeichen</translation>
    </message>
    <message>
        <source>Your purchase order number, at most {MAX_PO_LENGTH} characters. A new order starts with a generated one shown here; type your own over it. Sending needs a PO.</source>
        <translation>Ihre Bestellnummer, höchstens {MAX_PO_LENGTH} Zeichen. Eine neue Bestellung beginnt mit einer hier gezeigten erzeugten Nummer; überschreiben Sie sie mit Ihrer eigenen. Zum Senden ist eine Bestellnummer nötig.</translation>
    </message>
    <message>
        <source>optional, at most {MAX_PO_LENGTH} characters</source>
        <translation>optional, höchstens {MAX_PO_LENGTH} Zeichen</translation>
    </message>
    <message>
        <source>Address &amp;book…</source>
        <translation>&amp;Adressbuch…</translation>
    </message>
    <message>
        <source>End-user information (from the address book) for lines or countries that need it</source>
        <translation>Endkundenangaben (aus dem Adressbuch) für Positionen oder Länder, die sie verlangen</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Wunschliefertermin</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Kopfdaten</translation>
    </message>
    <message>
        <source>Customer &amp;PO</source>
        <translation>Bestell&amp;nummer</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Bestellnr. Endkunde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Endkunde</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Spediteur</translation>
    </message>
    <message>
        <source>SKU and quantity, e.g. “1234567 3” — Enter adds</source>
        <translation>Artikelnummer und Menge, z. B. „1234567 3“ — Eingabe fügt hinzu</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Paste SKU/qty lines</source>
        <translation>Artikel/Menge einfügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>Check prices &amp;&amp; stock</source>
        <translation>Preise &amp;&amp; Bestand prüfen</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>Bestellung &amp;senden</translation>
    </message>
    <message>
        <source>Showing the addresses last read: {reason}</source>
        <translation>Zuletzt gelesene Adressen: {reason}</translation>
    </message>
    <message>
        <source>(this order&apos;s end user) {text}</source>
        <translation>(Endkunde dieser Bestellung) {text}</translation>
    </message>
    <message>
        <source>(this order&apos;s address) {v0}</source>
        <translation>(Adresse dieser Bestellung) {v0}</translation>
    </message>
    <message>
        <source>{code} (not in this profile&apos;s list)</source>
        <translation>{code} (nicht in der Liste dieses Profils)</translation>
    </message>
</context>
<context>
    <name>OrderHoldActions</name>
    <message>
        <source>Cancel Ingram order {ingram_order_number} (PO {customer_order_number})?</source>
        <translation>Ingram-Auftrag {ingram_order_number} (Bestellnummer {customer_order_number}) stornieren?</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Auftrag stornieren</translation>
    </message>
    <message>
        <source>Order {number}: Ingram refused {v1}</source>
        <translation>Auftrag {number}: Ingram lehnte ab: {v1}</translation>
    </message>
    <message>
        <source>Order {number}: changed as asked</source>
        <translation>Auftrag {number}: wie gewünscht geändert</translation>
    </message>
    <message>
        <source>Order {number}: hold released, Ingram is processing it</source>
        <translation>Auftrag {number}: Sperre aufgehoben, Ingram bearbeitet ihn</translation>
    </message>
    <message>
        <source>Release Ingram order {ingram_order_number} (PO {customer_order_number})? Ingram starts processing it; it can no longer be changed or cancelled here.</source>
        <translation>Ingram-Auftrag {ingram_order_number} (Bestellnummer {customer_order_number}) freigeben? Ingram beginnt mit der Bearbeitung; er kann hier dann nicht mehr geändert oder storniert werden.</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Sperre freigeben</translation>
    </message>
</context>
<context>
    <name>OrderLinesEntry</name>
    <message>
        <source>price file of {v0}</source>
        <translation>Preisdatei vom {v0}</translation>
    </message>
    <message>
        <source>price file</source>
        <translation>Preisdatei</translation>
    </message>
    <message>
        <source>{codes}: the part number of several articles; choose one in P&amp;A or the catalogue.</source>
        <translation>{codes}: Teilenummer mehrerer Artikel; wählen Sie einen in P&amp;A oder im Katalog.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <source> — order total &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation> — Bestellsumme &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — total unknown until every line has a price</source>
        <translation> — Summe unbekannt, bis jede Position einen Preis hat</translation>
    </message>
</context>
<context>
    <name>OrderLinesInput</name>
    <message>
        <source>live P&amp;A {time}</source>
        <translation>Live-P&amp;A {time}</translation>
    </message>
    <message>
        <source>no answer from Ingram</source>
        <translation>keine Antwort von Ingram</translation>
    </message>
    <message>
        <source>rejected by Ingram</source>
        <translation>von Ingram abgelehnt</translation>
    </message>
    <message>
        <source>price {old} → {new}</source>
        <translation>Preis {old} → {new}</translation>
    </message>
    <message>
        <source>none in stock</source>
        <translation>nicht auf Lager</translation>
    </message>
    <message>
        <source>only {total_available} available</source>
        <translation>nur {total_available} verfügbar</translation>
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
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Ihr Preis</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Whg.</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Preis aus</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Sonderpreis</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Live-Abfrage</translation>
    </message>
    <message>
        <source>✓ unchanged</source>
        <translation>✓ unverändert</translation>
    </message>
    <message>
        <source>✗ not accepted: {live_note}</source>
        <translation>✗ nicht angenommen: {live_note}</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Wartet auf Senden</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Ingram has not confirmed yet; checking</source>
        <translation>Ingram hat noch nicht bestätigt; wird geprüft</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Rejected by Ingram (not placed)</source>
        <translation>Von Ingram abgelehnt (nicht aufgegeben)</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>In progress/Open order</source>
        <extracomment>&quot;&quot; is the seed&apos;s &quot;blank&quot; (open order) &quot;&quot; means no hold What the purchaser can do about it (our advice, not Ingram&apos;s text). Seed 004&apos;s order status codes, verbatim descriptions.</extracomment>
        <translation>In Bearbeitung/offener Auftrag</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Kreditsperre</translation>
    </message>
    <message>
        <source>Shipment hold</source>
        <translation>Versandsperre</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Fakturierungsfehler</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Fakturiert</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Ecommerce Hold</source>
        <translation>E-Commerce-Sperre</translation>
    </message>
    <message>
        <source>Released to the warehouse management system</source>
        <translation>An das Lagerverwaltungssystem freigegeben</translation>
    </message>
    <message>
        <source>Sales Hold</source>
        <translation>Vertriebssperre</translation>
    </message>
    <message>
        <source>Deleted order</source>
        <translation>Gelöschter Auftrag</translation>
    </message>
    <message>
        <source>Order not released to the warehouse management system</source>
        <translation>Auftrag nicht an das Lagerverwaltungssystem freigegeben</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Codes only Ingram&apos;s 2024 v5 spec lists (order-details ``orderstatus``), kept as a fallback.</extracomment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Kommissioniert</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Verpackt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Bill for history only</source>
        <translation>Rechnung nur für die Historie</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Tag hold</source>
        <translation>Tag-Sperre</translation>
    </message>
    <message>
        <source>Drop ship hold</source>
        <translation>Sperre Streckengeschäft</translation>
    </message>
    <message>
        <source>Internet customer origin hold</source>
        <translation>Sperre Herkunft Internetkunde</translation>
    </message>
    <message>
        <source>RMA hold</source>
        <translation>RMA-Sperre</translation>
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
        <translation>privat</translation>
    </message>
    <message>
        <source>on this desk</source>
        <translation>auf diesem Arbeitsplatz</translation>
    </message>
    <message>
        <source>Saved on this desk; it joins the team when the database is back.</source>
        <translation>Auf diesem Arbeitsplatz gespeichert; er geht ans Team, sobald die Datenbank wieder da ist.</translation>
    </message>
    <message>
        <source>(new order)</source>
        <translation>(neue Bestellung)</translation>
    </message>
    <message>
        <source> — until you type one, this draft keeps {customer_po}</source>
        <extracomment>P&amp;A accepts at most this many items per call the latest live P&amp;A answer per SKU (from the P&amp;A tab), with when it was given</extracomment>
        <translation> — bis Sie eine eingeben, behält dieser Entwurf {customer_po}</translation>
    </message>
    <message>
        <source>A customer PO is required (at most {MAX_PO_LENGTH} characters){kept}.</source>
        <translation>Eine Bestellnummer ist erforderlich (höchstens {MAX_PO_LENGTH} Zeichen){kept}.</translation>
    </message>
    <message>
        <source>Customer PO too long: {v0} characters, Ingram takes at most {MAX_PO_LENGTH} — shorten it before sending.</source>
        <translation>Bestellnummer zu lang: {v0} Zeichen, Ingram nimmt höchstens {MAX_PO_LENGTH} — kürzen Sie sie vor dem Senden.</translation>
    </message>
    <message>
        <source>End-customer PO too long: {v0} characters, at most {MAX_PO_LENGTH}.</source>
        <translation>Bestellnr. Endkunde zu lang: {v0} Zeichen, höchstens {MAX_PO_LENGTH}.</translation>
    </message>
    <message>
        <source>Another order is being sent; submit this one when it is done.</source>
        <translation>Es wird bereits eine Bestellung gesendet; senden Sie diese, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Add at least one line before submitting.</source>
        <translation>Fügen Sie vor dem Senden mindestens eine Position hinzu.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Nicht gesendet: {reason}</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>Nicht gesendet: {problem}</translation>
    </message>
    <message>
        <source>No live check (P&amp;A is not available): prices are the price file&apos;s.</source>
        <translation>Keine Live-Abfrage (P&amp;A nicht verfügbar): die Preise stammen aus der Preisdatei.</translation>
    </message>
    <message>
        <source>The live check failed ({v0}): prices are the price file&apos;s and stock was not checked.</source>
        <translation>Die Live-Abfrage ist fehlgeschlagen ({v0}): die Preise stammen aus der Preisdatei, der Bestand wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Not sent — {po} is still a draft. Change it and submit again.</source>
        <translation>Nicht gesendet — {po} ist noch ein Entwurf. Ändern Sie ihn und senden Sie erneut.</translation>
    </message>
    <message>
        <source>Unusual quantity</source>
        <translation>Ungewöhnliche Menge</translation>
    </message>
    <message>
        <source>Order {listed}? That is more than usual for one line.</source>
        <translation>{listed} bestellen? Das ist mehr als üblich für eine Position.</translation>
    </message>
    <message>
        <source>Not sent: change the quantity, then submit.</source>
        <translation>Nicht gesendet: ändern Sie die Menge und senden Sie dann.</translation>
    </message>
    <message>
        <source>New order — saved as a draft as you type.</source>
        <translation>Neue Bestellung — wird beim Tippen als Entwurf gespeichert.</translation>
    </message>
    <message>
        <source>Draft {customer_po} — saved.</source>
        <translation>Entwurf {customer_po} — gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Placed, but not every line: {last_error}&lt;/b&gt; — those lines were not ordered</source>
        <translation>&lt;b&gt;Aufgegeben, aber nicht alle Positionen: {last_error}&lt;/b&gt; — diese Positionen wurden nicht bestellt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — awaiting confirmation; do not place it again</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — wartet auf Bestätigung; nicht erneut bestellen</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ingram order(s): &lt;b&gt;{v0}&lt;/b&gt;</source>
        <translation>&lt;br&gt;Ingram-Auftrag/-Aufträge: &lt;b&gt;{v0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Another Ingram Desk window or command is sending orders from this journal; it will send this one.</source>
        <translation>&lt;br&gt;Ein anderes Ingram-Desk-Fenster oder -Kommando sendet Bestellungen aus diesem Journal; es sendet auch diese.</translation>
    </message>
</context>
<context>
    <name>OrdersExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}</source>
        <translation>
            <numerusform>%Ln Zeile nach {path} exportiert</numerusform>
            <numerusform>%Ln Zeilen nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
</context>
<context>
    <name>OrdersInbox</name>
    <message numerus="yes">
        <source>, &lt;b style=&apos;color:#a33&apos;&gt;%n unmatched&lt;/b&gt;</source>
        <translation>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n nicht zugeordnet&lt;/b&gt;</numerusform>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n nicht zugeordnet&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder Ingram&apos;s documents arrive in</source>
        <translation>Ordner, in dem die Dokumente von Ingram ankommen</translation>
    </message>
    <message>
        <source>Import documents from Ingram</source>
        <translation>Dokumente von Ingram importieren</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n document(s)</source>
        <translation>
            <numerusform>Posteingang: %n Dokument</numerusform>
            <numerusform>Posteingang: %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>XML documents (*.xml);;All files (*)</source>
        <translation>XML-Dokumente (*.xml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Ingram order</source>
        <extracomment>the ``OrderSummary`` behind a row (text, colour) for the badge delegate, or None for a plain cell what a header click sorts by: numbers for value and lines (None while not known: listed last whichever the direction), ISO text for dates orders pulled per fetchMore (the service asks Ingram for pages of at most 100) a value or line count not known yet (the tooltip says why)</extracomment>
        <translation>Ingram-Auftrag</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Teilauftrag</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Auftragswert</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Ingram&apos;s note</source>
        <translation>Hinweis Ingram</translation>
    </message>
    <message>
        <source>Status {code}: {description} ({bucket})</source>
        <translation>Status {code}: {description} ({bucket})</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code} — {description}&lt;/b&gt;&lt;br&gt;What you can do: {action}</source>
        <translation>&lt;b&gt;{code} — {description}&lt;/b&gt;&lt;br&gt;Was Sie tun können: {action}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ingram&apos;s note: {note}</source>
        <translation>&lt;br&gt;Hinweis Ingram: {note}</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>Geändert seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <source>Not known yet: select the order to read its details</source>
        <translation>Noch nicht bekannt: Auftrag auswählen, um seine Details zu lesen</translation>
    </message>
    <message>
        <source>Not known yet: select the order to read its lines. The grid reads no order&apos;s details by itself: that would spend Ingram&apos;s 60 calls a minute.</source>
        <translation>Noch nicht bekannt: Auftrag auswählen, um seine Positionen zu lesen. Die Liste liest von sich aus keine Auftragsdetails: das würde Ingrams 60 Aufrufe pro Minute verbrauchen.</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Disabled: select an order first</source>
        <translation>Deaktiviert: wählen Sie zuerst einen Auftrag</translation>
    </message>
    <message>
        <source>Disabled: this order is cancelled</source>
        <translation>Deaktiviert: dieser Auftrag ist storniert</translation>
    </message>
    <message>
        <source>{what} (Ingram allows it while the order is on customer hold, within 24 hours)</source>
        <translation>{what} (Ingram erlaubt es, solange der Auftrag auf Kundensperre steht, innerhalb von 24 Stunden)</translation>
    </message>
    <message>
        <source>Disabled: Ingram allows this only for orders placed on customer hold (IM) that are still held</source>
        <translation>Deaktiviert: Ingram erlaubt dies nur für mit Kundensperre (IM) aufgegebene Aufträge, die noch gesperrt sind</translation>
    </message>
    <message>
        <source>Disabled: this order is already cancelled</source>
        <translation>Deaktiviert: dieser Auftrag ist bereits storniert</translation>
    </message>
    <message>
        <source>Cancel this order (Ingram allows it while it is on customer hold)</source>
        <translation>Diesen Auftrag stornieren (Ingram erlaubt es, solange er auf Kundensperre steht)</translation>
    </message>
    <message>
        <source>Disabled: Ingram cancels only orders on customer hold (IM); for this one, call your Ingram sales contact</source>
        <translation>Deaktiviert: Ingram storniert nur Aufträge auf Kundensperre (IM); rufen Sie für diesen Ihren Vertriebskontakt bei Ingram an</translation>
    </message>
    <message>
        <source>Ingram order number</source>
        <extracomment>the status filter&apos;s &quot;Open / in progress&quot; choice (filtered here, not a code Ingram knows) an order placed since the search (on this desk or, live, on a colleague&apos;s) is now shown the inbox imported documents (list of InboxRecord, possibly empty after a rescan) the ship-to choices of &quot;Change order&quot; (the window sets it) the folder of the last export (the dialog starts there)</extracomment>
        <translation>Ingram-Auftragsnummer</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open / in progress (every open code)</source>
        <translation>Offen / in Bearbeitung (jeder offene Code)</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Angelegt ab</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>Sperre &amp;freigeben…</translation>
    </message>
    <message>
        <source>C&amp;hange order…</source>
        <translation>Auftrag &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>Auftrag &amp;stornieren…</translation>
    </message>
    <message>
        <source>&amp;Export grid…</source>
        <translation>Tabelle &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;details…</source>
        <translation>&amp;Details exportieren…</translation>
    </message>
    <message>
        <source>&amp;Inbox…</source>
        <translation>&amp;Posteingang…</translation>
    </message>
    <message>
        <source>Despatch advice and invoices Ingram pushes: drop XML files on this tab, or watch a folder</source>
        <translation>Lieferavise und Rechnungen, die Ingram sendet: XML-Dateien auf diesen Reiter ziehen oder einen Ordner überwachen</translation>
    </message>
    <message>
        <source>Search stopped: {v0} — Refresh or Search to retry</source>
        <translation>Suche angehalten: {v0} — Aktualisieren oder Suchen für einen neuen Versuch</translation>
    </message>
    <message>
        <source>{orders}, {rows}{more}</source>
        <translation>{orders}, {rows}{more}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment row(s)</source>
        <translation>
            <numerusform>%Ln Sendungszeile</numerusform>
            <numerusform>%Ln Sendungszeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation> — für mehr blättern</translation>
    </message>
    <message>
        <source>Loading order {order_number}…</source>
        <translation>Lade Auftrag {order_number}…</translation>
    </message>
    <message>
        <source>Release the hold: Ingram starts processing the order</source>
        <translation>Sperre freigeben: Ingram beginnt mit der Bearbeitung des Auftrags</translation>
    </message>
    <message>
        <source>Disabled: wait for the order&apos;s details to load</source>
        <translation>Deaktiviert: warten Sie, bis die Auftragsdetails geladen sind</translation>
    </message>
    <message>
        <source>Change line quantities or the ship-to</source>
        <translation>Mengen oder Lieferadresse ändern</translation>
    </message>
    <message>
        <source>Disabled: search first; there is nothing to export</source>
        <translation>Deaktiviert: suchen Sie zuerst; es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Nicht mehr &amp;beobachten</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <source>Lines waiting for the order form: {text}</source>
        <translation>Positionen, die auf das Bestellformular warten: {text}</translation>
    </message>
</context>
<context>
    <name>PnaModel</name>
    <message>
        <source>file said {stock} at {price}</source>
        <extracomment>the ``PnaResult`` behind a top-level row (or behind a warehouse row&apos;s parent)</extracomment>
        <translation>Datei sagte {stock} zu {price}</translation>
    </message>
    <message>
        <source>From the price file: {description}</source>
        <extracomment>per row, the price file&apos;s description where Ingram gave none (an article it no longer knows: the clerk still sees which one it was)</extracomment>
        <translation>Aus der Preisliste: {description}</translation>
    </message>
    <message>
        <source>central warehouse</source>
        <translation>Zentrallager</translation>
    </message>
    <message>
        <source>local warehouse</source>
        <translation>lokales Lager</translation>
    </message>
    <message>
        <source> (not in the seed table)</source>
        <translation> (nicht in der Lagerliste)</translation>
    </message>
    <message>
        <source>{n} backordered</source>
        <translation>{n} im Lieferrückstand</translation>
    </message>
    <message>
        <source>{on_order} on order</source>
        <translation>{on_order} bestellt</translation>
    </message>
</context>
<context>
    <name>PnaTab</name>
    <message>
        <source>Enter, paste or drop up to 20 items — Ingram SKUs, vendor part numbers or EANs.
One per line, a column copied from a spreadsheet, or a whole e-mail.</source>
        <translation>Bis zu 20 Artikel eingeben, einfügen oder hierher ziehen — Ingram-Artikelnummern, Herstellerartikelnummern oder EANs.
Einer pro Zeile, eine aus einer Tabelle kopierte Spalte oder eine ganze E-Mail.</translation>
    </message>
    <message>
        <source>Check live P&amp;&amp;A</source>
        <translation>Live P&amp;&amp;A abfragen</translation>
    </message>
    <message>
        <source>One live call for the batch (Ctrl+Enter)</source>
        <translation>Eine Live-Abfrage für alle (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Artikel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Qty </source>
        <translation>Menge </translation>
    </message>
    <message>
        <source>Add to order</source>
        <translation>Zur Bestellung</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live price &amp;amp; availability&lt;/b&gt; — expand a row for each warehouse</source>
        <translation>&lt;b&gt;Aktueller Preis &amp;amp; Verfügbarkeit&lt;/b&gt; — Zeile aufklappen für jedes Lager</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Enter at least one SKU, vendor part number or EAN.</source>
        <translation>Geben Sie mindestens eine Artikelnummer, Herstellerartikelnummer oder EAN ein.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{v0} items — a live check takes at most {MAX_ITEMS}.&lt;/b&gt; Nothing was sent; remove some lines or split the list.</source>
        <translation>&lt;b&gt;{v0} Artikel — eine Live-Abfrage nimmt höchstens {MAX_ITEMS}.&lt;/b&gt; Es wurde nichts gesendet; entfernen Sie Zeilen oder teilen Sie die Liste.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Frage ab…</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Nichts abzufragen.</translation>
    </message>
    <message>
        <source>The check did not complete (see the message above).</source>
        <translation>Die Abfrage wurde nicht abgeschlossen (siehe Meldung oben).</translation>
    </message>
    <message>
        <source>Check cancelled; the results shown are from before.</source>
        <translation>Abfrage abgebrochen; die gezeigten Ergebnisse sind von vorher.</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>central</source>
        <translation>Zentrallager</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>Items checked: {n}</source>
        <translation>Abgefragte Artikel: {n}</translation>
    </message>
    <message>
        <source>, {rejected} rejected by Ingram (see Status).</source>
        <translation>, {rejected} von Ingram abgelehnt (siehe Status).</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search SKU, vendor part no., EAN or words   (Ctrl+F)</source>
        <translation>Artikelnr., Herst.-Art.-Nr., EAN oder Wörter suchen   (Strg+F)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>PRODUCTION — live orders</source>
        <translation>PRODUKTION — echte Bestellungen</translation>
    </message>
    <message>
        <source>Ingram sandbox</source>
        <translation>Ingram-Sandbox</translation>
    </message>
    <message>
        <source>Demo (embedded sandbox)</source>
        <translation>Demo (eingebaute Sandbox)</translation>
    </message>
    <message>
        <source>Custom API</source>
        <translation>Eigene API</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <source>No catalogue yet — File › Import price file</source>
        <translation>Noch kein Katalog — Datei › Preisdatei importieren</translation>
    </message>
    <message>
        <source>; stock of {stock}</source>
        <translation>; Bestand vom {stock}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · price file received {price}</source>
        <translation>
            <numerusform>%Ln Artikel · Preisdatei erhalten am {price}</numerusform>
            <numerusform>%Ln Artikel · Preisdatei erhalten am {price}</numerusform>
        </translation>
    </message>
    <message>
        <source> until {closes_at}</source>
        <translation> bis {closes_at}</translation>
    </message>
    <message>
        <source>API closed until {opens_at}</source>
        <translation>API zu bis {opens_at}</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is open all day</source>
        <translation>Ingrams API für {country} ist den ganzen Tag geöffnet</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is open until {time} local time</source>
        <translation>Ingrams API für {country} ist bis {time} Ortszeit geöffnet</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is closed until {time} local time</source>
        <translation>Ingrams API für {country} ist bis {time} Ortszeit geschlossen</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Ingram&apos;s API answers</source>
        <translation>Die API von Ingram antwortet</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>offline — next try {when}</source>
        <translation>offline — nächster Versuch {when}</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>{reason}. The catalogue, drafts and queued orders stay as they are; queued orders are sent once Ingram answers.</source>
        <translation>{reason}. Katalog, Entwürfe und wartende Aufträge bleiben unverändert; wartende Aufträge werden gesendet, sobald Ingram antwortet.</translation>
    </message>
    <message>
        <source> — waiting until {v0}</source>
        <translation> — warte bis {v0}</translation>
    </message>
    <message>
        <source> · building the full index…</source>
        <translation> · vollständiger Index wird aufgebaut…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · price file of {price}</source>
        <translation>
            <numerusform>%Ln Artikel · Preisdatei vom {price}</numerusform>
            <numerusform>%Ln Artikel · Preisdatei vom {price}</numerusform>
        </translation>
    </message>
    <message>
        <source>Active profile: {profile_name} ({kind_text})</source>
        <translation>Aktives Profil: {profile_name} ({kind_text})</translation>
    </message>
    <message>
        <source>API calls: 60 / 60 left</source>
        <translation>API-Aufrufe: noch 60 / 60</translation>
    </message>
    <message>
        <source>API hours: unknown</source>
        <translation>API-Zeiten: unbekannt</translation>
    </message>
    <message>
        <source> all day</source>
        <translation> ganztägig</translation>
    </message>
    <message>
        <source>API open{until}</source>
        <translation>API offen{until}</translation>
    </message>
    <message>
        <source>API calls{v0}: {remaining} / {limit} left</source>
        <translation>API-Aufrufe{v0}: noch {remaining} / {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{text}
The prices are %n day(s) old: older than the {limit} days set in the preferences (price_age_warn_days). Import a current price file (File › Import price file) before quoting them.</source>
        <translation>
            <numerusform>{text}
Die Preise sind %n Tag alt: älter als die {limit} Tage aus den Einstellungen (price_age_warn_days). Importieren Sie eine aktuelle Preisdatei (Datei › Preisdatei importieren), bevor Sie sie anbieten.</numerusform>
            <numerusform>{text}
Die Preise sind %n Tage alt: älter als die {limit} Tage aus den Einstellungen (price_age_warn_days). Importieren Sie eine aktuelle Preisdatei (Datei › Preisdatei importieren), bevor Sie sie anbieten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n Aufgabe läuft</numerusform>
            <numerusform>%n Aufgaben laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBucket</name>
    <message>
        <source>open</source>
        <extracomment>the badge groups (ours, not Ingram&apos;s) as a purchaser reads them</extracomment>
        <translation>offen</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>fakturiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>Vienna</source>
        <extracomment>&quot;Impulse&quot; or &quot;SAP&quot;: decides id style (numeric vs NL01/PE02/PEDE) The warehouse towns as purchasers call them, marked for translation (Vienna is Wien in German).</extracomment>
        <translation>Wien</translation>
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
        <translation>Ingram Desk — beobachtete Aufträge</translation>
    </message>
    <message>
        <source>Watch list unchanged</source>
        <translation>Beobachtungsliste unverändert</translation>
    </message>
    <message>
        <source>Order {order_number} changed</source>
        <translation>Auftrag {order_number} geändert</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weiterer</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
</context>
</TS>
