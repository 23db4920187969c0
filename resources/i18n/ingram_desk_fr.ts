<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>({name} is missing from this installation)</source>
        <extracomment>notices shown in the dialog, in this order (``resources/licenses``)</extracomment>
        <translation>({name} manque dans cette installation)</translation>
    </message>
    <message>
        <source>About Ingram Desk</source>
        <translation>À propos d’Ingram Desk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Ingram Desk {__version__}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ingram Desk {__version__}&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Catalogue, live price &amp;amp; availability and orders for Ingram Micro resellers.&lt;br&gt;Qt {v0} · PySide6 {__version__}</source>
        <translation>Catalogue, prix &amp;amp; disponibilité en direct et commandes pour les revendeurs d’Ingram Micro.&lt;br&gt;Qt {v0} · PySide6 {__version__}</translation>
    </message>
    <message>
        <source>Licence notices</source>
        <translation>Mentions de licence</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier le diagnostic</translation>
    </message>
    <message>
        <source>Versions, OS and profile kind for a support ticket (no secrets)</source>
        <translation>Versions, système et type de profil pour un ticket de support (sans secrets)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Ship-to address book</source>
        <translation>Carnet d’adresses de livraison</translation>
    </message>
    <message>
        <source>Ingram ship-to id (optional)</source>
        <translation>Identifiant d’adresse de livraison Ingram (facultatif)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ship-to id</source>
        <translation>Id. adresse de livraison</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Use for this order</source>
        <translation>&amp;Utiliser pour cette commande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Showing the addresses last read: {reason}</source>
        <translation>Adresses lues en dernier : {reason}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
</context>
<context>
    <name>ApiCodes</name>
    <message>
        <source>Retry the transaction. If the error persists, contact your local ecommerce representative.</source>
        <translation>Relancez la transaction. Si l’erreur persiste, contactez votre interlocuteur e-commerce chez Ingram.</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Seed 004 &quot;API HTTP Response Codes&quot;.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Successful transaction.</source>
        <translation>Transaction réussie.</translation>
    </message>
    <message>
        <source>None required.</source>
        <translation>Aucune action requise.</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>The server could not understand the request due to invalid syntax.</source>
        <translation>Le serveur n’a pas compris la requête : syntaxe invalide.</translation>
    </message>
    <message>
        <source>Check that your request is correctly formed.</source>
        <translation>Vérifiez que la requête est correctement formée.</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>The request was unauthenticated.</source>
        <translation>La requête n’était pas authentifiée.</translation>
    </message>
    <message>
        <source>Check App ID and Client Secret values are valid and request a new token.</source>
        <translation>Vérifiez que l’App ID et le Client Secret sont valides et demandez un nouveau jeton.</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>The client does not have access rights to the content.</source>
        <translation>Le compte n’a pas les droits d’accès à ces données.</translation>
    </message>
    <message>
        <source>Check you are using the correct endpoint and that you have been granted access to the requested API.</source>
        <translation>Vérifiez que vous utilisez le bon point d’accès et que l’accès à l’API demandée vous a été accordé.</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>The server cannot find the requested resource.</source>
        <translation>Le serveur ne trouve pas la ressource demandée.</translation>
    </message>
    <message>
        <source>Check you are using the correct endpoint.</source>
        <translation>Vérifiez que vous utilisez le bon point d’accès.</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>The user has sent too many requests within a given amount of time (&quot;rate limiting&quot;).</source>
        <translation>Trop de requêtes ont été envoyées en peu de temps (&quot;rate limiting&quot;).</translation>
    </message>
    <message>
        <source>None required but no more requests will be allowed within the allotted period.</source>
        <translation>Aucune action requise, mais aucune autre requête ne sera acceptée pendant cette période.</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>The server has encountered a situation it doesn&apos;t know how to handle.</source>
        <translation>Le serveur a rencontré une situation qu’il ne sait pas traiter.</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>This error response means that the server, while working as a gateway to get a response needed to handle the request, got an invalid response.</source>
        <translation>Le serveur, agissant comme passerelle, a reçu une réponse invalide en traitant la requête.</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>The server is not ready to handle the request.</source>
        <translation>Le serveur n’est pas prêt à traiter la requête.</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Délai de passerelle dépassé</translation>
    </message>
    <message>
        <source>This error response is given when the server is acting as a gateway and cannot get a response in time.</source>
        <translation>Le serveur, agissant comme passerelle, n’a pas reçu de réponse à temps.</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Le serveur a signalé une erreur.</translation>
    </message>
    <message>
        <source>Unexpected status</source>
        <translation>Statut inattendu</translation>
    </message>
    <message>
        <source>The server answered with a status the API does not document.</source>
        <translation>Le serveur a répondu avec un statut que l’API ne documente pas.</translation>
    </message>
    <message>
        <source>1 or more results were found</source>
        <extracomment>&quot;SUCCESS&quot; or &quot;FAILED&quot; Seed 004 &quot;Response Preamble Status Codes&quot; (v5 order search envelope).</extracomment>
        <translation>Un ou plusieurs résultats trouvés</translation>
    </message>
    <message>
        <source>No results matched your search criteria</source>
        <translation>Aucun résultat pour vos critères de recherche</translation>
    </message>
    <message>
        <source>Check your search criteria and resubmit your request</source>
        <translation>Vérifiez vos critères de recherche et renvoyez la requête</translation>
    </message>
    <message>
        <source>Request succeeded</source>
        <translation>Requête réussie</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>La requête a échoué</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Client secret needed</source>
        <extracomment>the catalogue store, one per profile (as ``ingram-desk catalogue`` uses it) saved ship-to addresses, one book per profile seconds the feeds wait at most for the catalogue&apos;s first answer at start set by bench/startup_bench.py to the launch time (epoch seconds): the app prints when the window is visible and when the catalogue answered a search, then quits how the composition root says a profile has no stored secret profiles whose secret was just typed (its environment copy is removed once read)</extracomment>
        <translation>Client secret requis</translation>
    </message>
    <message>
        <source>Profile {name} has no stored client secret.
Enter it (kept in the system keyring):</source>
        <translation>Aucun client secret n’est enregistré pour le profil {name}.
Saisissez-le (conservé dans le trousseau du système) :</translation>
    </message>
    <message>
        <source>The client secret was not saved</source>
        <translation>Le secret client n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Ingram Desk cannot start</source>
        <translation>Ingram Desk ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>CatalogueImporter</name>
    <message>
        <source>An import is already running</source>
        <extracomment>a changed article was opened in the list of changes: its SKU, to show in the catalogue the import ended without a new catalogue (cancelled or refused); message for tests/UI open while the user maps the columns of an unrecognised file the column mapping of the import in progress (kept for &quot;Import anyway&quot;) the dialog of the last import that replaced the catalogue, its report shown the articles the last import changed (File › What changed), while open</extracomment>
        <translation>Une importation est déjà en cours</translation>
    </message>
    <message>
        <source>Finishing the import of {name}, interrupted when Ingram Desk closed…</source>
        <translation>Fin de l’import de {name}, interrompu à la fermeture d’Ingram Desk…</translation>
    </message>
    <message>
        <source> (even when insisting)</source>
        <translation> (même en forçant)</translation>
    </message>
    <message>
        <source>Not imported{note}: {exc}. {kept}</source>
        <translation>Non importé{note} : {exc}. {kept}</translation>
    </message>
    <message>
        <source>Not imported: {exc}. {v1}</source>
        <translation>Non importé : {exc}. {v1}</translation>
    </message>
    <message>
        <source>Not imported: {name}</source>
        <translation>Non importé : {name}</translation>
    </message>
    <message>
        <source>The previous catalogue is unchanged.</source>
        <translation>Le catalogue précédent est inchangé.</translation>
    </message>
    <message>
        <source>No catalogue has been imported yet.</source>
        <translation>Aucun catalogue n’a encore été importé.</translation>
    </message>
    <message>
        <source>Your catalogue of {rows} products is unchanged and still in use.</source>
        <translation>Votre catalogue de {rows} articles est inchangé et reste utilisé.</translation>
    </message>
    <message>
        <source>Stock file applied to {stock_rows_applied} products</source>
        <translation>Fichier de stock appliqué à {stock_rows_applied} articles</translation>
    </message>
    <message>
        <source>Importing with your column mapping…</source>
        <translation>Importation avec votre correspondance de colonnes…</translation>
    </message>
    <message>
        <source>Import cancelled: no column mapping chosen; the catalogue is unchanged</source>
        <translation>Importation annulée : aucune correspondance de colonnes choisie ; le catalogue est inchangé</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <source>All vendors</source>
        <extracomment>a live P&amp;A call takes at most 20 items a typed price filters once the keys pause this long (a price is typed in one go)</extracomment>
        <translation>Tous les fabricants</translation>
    </message>
    <message>
        <source>In stock only</source>
        <extracomment>a search finished and the table shows its result (tests await this)</extracomment>
        <translation>En stock uniquement</translation>
    </message>
    <message>
        <source>min price</source>
        <translation>prix min.</translation>
    </message>
    <message>
        <source>max price</source>
        <translation>prix max.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Check live P&amp;&amp;A</source>
        <translation>Interroger P&amp;&amp;A en direct</translation>
    </message>
    <message>
        <source>Live price &amp; availability for the selection (up to 20)</source>
        <translation>Prix &amp; disponibilité en direct pour la sélection (20 au plus)</translation>
    </message>
    <message>
        <source>Add to order</source>
        <translation>Ajouter à la commande</translation>
    </message>
    <message>
        <source>check the price</source>
        <extracomment>the categories the searched words name (&quot;drucker&quot;: Drucker, Laserdrucker), as links that open them: a category&apos;s name is not among the words a product is found by</extracomment>
        <translation>vérifiez le prix</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · {elapsed} ms</source>
        <translation>
            <numerusform>%Ln article · {elapsed} ms</numerusform>
            <numerusform>%Ln articles · {elapsed} ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “{text}” with the filters chosen.
Try fewer words, or clear the vendor, category, stock or price filter.</source>
        <translation>Rien ne correspond à « {text} » avec les filtres choisis.
Essayez moins de mots, ou retirez le filtre de fabricant, de catégorie, de stock ou de prix.</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.
Try fewer words, part of the part number, or another spelling.</source>
        <translation>Rien ne correspond à « {text} ».
Essayez moins de mots, une partie de la référence ou une autre orthographe.</translation>
    </message>
    <message>
        <source>No product passes the filters chosen.</source>
        <translation>Aucun produit ne passe les filtres choisis.</translation>
    </message>
    <message>
        <source>No catalogue yet: File › Import price file… (Ctrl+I).</source>
        <translation>Pas encore de catalogue : Fichier › Importer un fichier de prix… (Ctrl+I).</translation>
    </message>
    <message>
        <source>Open category: {links}</source>
        <translation>Ouvrir la catégorie : {links}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>{v0} products selected: a live check takes at most {MAX_PNA_SELECTION}. Nothing was sent.</source>
        <translation>{v0} articles sélectionnés : une interrogation en direct en prend {MAX_PNA_SELECTION} au plus. Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Select fewer rows (Ctrl+click), or check them in batches.</source>
        <translation>Sélectionnez moins de lignes (Ctrl+clic) ou interrogez-les par lots.</translation>
    </message>
    <message>
        <source>check live P&amp;A</source>
        <translation>interrogation P&amp;A en direct</translation>
    </message>
    <message>
        <source>{count} products selected: an order holds at most {most} lines. Nothing was added.</source>
        <translation>{count} produits sélectionnés : une commande compte au plus {most} lignes. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Select fewer rows, or narrow the catalogue first.</source>
        <translation>Sélectionnez moins de lignes, ou restreignez d’abord le catalogue.</translation>
    </message>
    <message>
        <source>add to the order</source>
        <translation>ajouter à la commande</translation>
    </message>
</context>
<context>
    <name>CatalogueTexts</name>
    <message>
        <source>{name} is empty</source>
        <extracomment>the lines before the header (or the first row): blank ones, Excel&apos;s ``sep=;`` hint Excel&apos;s delimiter hint, a file&apos;s first line (&quot;sep=;&quot;): Excel opens the file by it</extracomment>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data): a price file is CSV or TXT</source>
        <translation>{name} n’est pas un fichier texte (il contient des données binaires) : un tarif est au format CSV ou TXT</translation>
    </message>
    <message>
        <source>{name}: no readable rows</source>
        <translation>{name} : aucune ligne lisible</translation>
    </message>
    <message>
        <source>{name} is a web page, not a price file: the download may have failed; fetch the file again</source>
        <translation>{name} est une page web, pas un tarif : le téléchargement a peut-être échoué ; téléchargez à nouveau le fichier</translation>
    </message>
    <message>
        <source>{name} is an XML document, not a price file</source>
        <translation>{name} est un document XML, pas un tarif</translation>
    </message>
    <message>
        <source>cannot read {file}: {error}</source>
        <extracomment>what a stock file may change per row (generation folder name, its snapshot, its info) before anything is opened replaced whole, so a reader never pairs one generation&apos;s snapshot with another&apos;s info what the change summary joins on (``Snapshot.keys``), taken by ``complete`` the kept rows&apos; problems, not yet in ``report`` (``problems.LaterChecks``)</extracomment>
        <translation>impossible de lire {file} : {error}</translation>
    </message>
    <message>
        <source>not UTF-8: read as {encoding}</source>
        <translation>pas en UTF-8 : lu comme {encoding}</translation>
    </message>
    <message>
        <source>stock kept from the stock file of {when} (newer)</source>
        <translation>stock conservé depuis le fichier de stock du {when} (plus récent)</translation>
    </message>
    <message>
        <source>cannot write the catalogue: {error}</source>
        <extracomment>the canonical fields a column mapping may name (the UI&apos;s mapping step offers these) the fields an import cannot do without (a mapping naming these two imports) from this size a price file&apos;s snapshot serves while the import commits (below it, the whole import takes about a second: 16 MB is ~50,000 DACH rows) a big import&apos;s copy (``kept_import``) waits this long at most for the window&apos;s first search to be answered (it answers within ~0.1 s; the commit itself waits up to 2 s for it) payload: ``ImportOutcome`` after a price file (or stock file) became the live catalogue payload: ``CatalogueInfo``: an import&apos;s stage-1 snapshot now serves the catalogue (``info.interim``), or it was dropped because the commit failed (the previous catalogue is back) words for the purchaser when a damaged catalogue was set aside at start imports run in a spawned child process: a thread would hold the GUI&apos;s GIL (stalls of ~0.9 s measured at 1M rows); ``False`` imports in a thread of this process serve an import&apos;s snapshot while it commits the generation (needs ``in_subprocess``) smaller files are imported in one go: it finishes before serving would pay off imports and stock updates write the catalogue in turn: a feed&apos;s scheduled import can start while the user&apos;s own runs (both failed, or the older one won, without this)</extracomment>
        <translation>impossible d’écrire le catalogue : {error}</translation>
    </message>
    <message>
        <source>another Ingram Desk window is updating this catalogue: try again once it is done</source>
        <translation>une autre fenêtre d’Ingram Desk met à jour ce catalogue : réessayez une fois qu’elle a terminé</translation>
    </message>
    <message>
        <source>no catalogue yet: import a price file first</source>
        <extracomment>a price file alone (``import_files`` without ``stock_file``) the parts a stock file changes; a stock file&apos;s generation links every other one</extracomment>
        <translation>pas encore de catalogue : importez d’abord un tarif</translation>
    </message>
    <message>
        <source>unreadable row: field larger than field limit ({limit})</source>
        <extracomment>a problem: its line, its reason, whether the row was skipped what a blank record&apos;s cells hold</extracomment>
        <translation>ligne illisible : champ plus grand que la limite ({limit})</translation>
    </message>
    <message>
        <source>{n} columns, expected {expected}</source>
        <translation>{n} colonnes, {expected} attendues</translation>
    </message>
    <message>
        <source>duplicate SKU {sku}: replaces line {before}</source>
        <translation>référence {sku} en double : remplace la ligne {before}</translation>
    </message>
    <message>
        <source>{source}: no usable rows; catalogue not replaced</source>
        <extracomment>Problems kept in a report (the count of all of them is kept too). Anything with ``is_set()`` (``threading.Event``, ``multiprocessing.Event``). The gate refuses a file with fewer rows than this share of the live catalogue. The gate refuses a file where more than this share of rows lack a SKU or a price (&quot;most&quot;).</extracomment>
        <translation>{source} : aucune ligne utilisable ; catalogue non remplacé</translation>
    </message>
    <message>
        <source>file looks incomplete ({rows} rows vs {previous} in the current catalogue); catalogue not replaced (use force to import it anyway)</source>
        <translation>le fichier semble incomplet ({rows} lignes contre {previous} dans le catalogue actuel) ; catalogue non remplacé (« Importer quand même » pour l’importer malgré tout)</translation>
    </message>
    <message>
        <source>{unusable} of {read} rows lack a SKU or price; catalogue not replaced (use force to import it anyway)</source>
        <translation>{unusable} lignes sur {read} n’ont ni référence ni prix ; catalogue non remplacé (« Importer quand même » pour l’importer malgré tout)</translation>
    </message>
    <message>
        <source>column {n}, {name}</source>
        <extracomment>Joins the original cells in the ``raw`` column when a row has no byte offsets (UTF-16 files). What ``RowConverter`` returns per row, in this order (prices scaled, ``eta`` ISO text). fields a page shows and nothing searches, filters or sorts by: stage 1 leaves them unread (English links: 73 MB of columns at 1M rows, at the read&apos;s peak); the rows&apos; store has them</extracomment>
        <translation>colonne {n}, {name}</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>pas de référence</translation>
    </message>
    <message>
        <source>no customer price</source>
        <translation>pas de prix revendeur</translation>
    </message>
    <message>
        <source>negative stock {stock} read as 0</source>
        <translation>stock négatif {stock} lu comme 0</translation>
    </message>
    <message>
        <source>{what}: {rule}: {value} ({column})</source>
        <translation>{what} : {rule} : {value} ({column})</translation>
    </message>
    <message>
        <source>customer price</source>
        <translation>prix revendeur</translation>
    </message>
    <message>
        <source>retail price ignored</source>
        <translation>prix public ignoré</translation>
    </message>
    <message>
        <source>stock ignored</source>
        <translation>stock ignoré</translation>
    </message>
    <message>
        <source>ETA ignored</source>
        <translation>date de livraison prévue ignorée</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>pas un nombre</translation>
    </message>
    <message>
        <source>not a quantity</source>
        <translation>pas une quantité</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>pas une date</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file} : {problem}</translation>
    </message>
    <message>
        <source>category file</source>
        <translation>fichier des catégories</translation>
    </message>
    <message>
        <source>category file: too few columns</source>
        <translation>fichier des catégories : trop peu de colonnes</translation>
    </message>
    <message>
        <source>category file: no code or name</source>
        <translation>fichier des catégories : ni code ni nom</translation>
    </message>
    <message>
        <source>stock file</source>
        <extracomment>Warehouse column names of stock files (normalised like price-file headers).</extracomment>
        <translation>fichier de stock</translation>
    </message>
    <message>
        <source>stock file: {n} columns, too few</source>
        <translation>fichier de stock : {n} colonnes, trop peu</translation>
    </message>
    <message>
        <source>stock file: not a quantity: {value} (column {n})</source>
        <translation>fichier de stock : pas une quantité : {value} (colonne {n})</translation>
    </message>
    <message>
        <source>stock file: not a date: {value} (column {n})</source>
        <translation>fichier de stock : pas une date : {value} (colonne {n})</translation>
    </message>
    <message>
        <source>stock file: no SKU or quantity</source>
        <translation>fichier de stock : ni référence ni quantité</translation>
    </message>
    <message>
        <source>the ZIP archive is damaged ({error})</source>
        <extracomment>ZIP members we know, in the order we prefer them. the largest ZIP member unpacked (Ingram&apos;s biggest full price files are well under 2 GB) the most a ZIP member may expand (checked for members over ``_RATIO_FROM_BYTES``)</extracomment>
        <translation>l’archive ZIP est endommagée ({error})</translation>
    </message>
    <message>
        <source>byte {byte} at column {n} is not valid {codec}; read as cp1252</source>
        <translation>l’octet {byte} à la colonne {n} n’est pas du {codec} valide ; lu comme cp1252</translation>
    </message>
    <message>
        <source>not valid {encoding}: undecodable bytes replaced by {mark}</source>
        <translation>{encoding} non valide : octets illisibles remplacés par {mark}</translation>
    </message>
    <message>
        <source>no price file loaded to commit</source>
        <extracomment>per method, its last call&apos;s (seconds in the child, what the import was doing then) set once a search after ``load`` has its answer: its ids and first page, or no ids (the child&apos;s ``_answered``); the caller&apos;s own disk work waits for it, as settling does</extracomment>
        <translation>aucun fichier de prix chargé à enregistrer</translation>
    </message>
    <message>
        <source>the import process died (exit code {code}); the previous catalogue is unchanged</source>
        <translation>le processus d’importation s’est arrêté (code de sortie {code}) ; le catalogue précédent est inchangé</translation>
    </message>
    <message>
        <source>the import failed: {error}</source>
        <translation>l’import a échoué : {error}</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <extracomment>encodings whose line breaks, quotes and delimiters are the same bytes as in UTF-8, one byte a character: the file&apos;s shape is counted on the file itself while it is re-encoded bytes re-encoded at a time: each chunk&apos;s bytes, text and UTF-8 stay under glibc&apos;s mmap threshold as ``heap`` fixes it (128 KB), so they reuse the same heap pages (16 MB chunks were fresh pages each, ~100k page faults at 150 MB), and the GIL is let go between chunks for the shape count beside it a column with at most ``_FEW`` distinct cells in its first ``_SAMPLE`` rows is read as categories (``_few_valued``), sampled from the first ``_SAMPLE_BYTES`` of the data (reading the sample from the file&apos;s path cost polars 0.05-0.1 CPU-s, from these bytes 15 ms)</extracomment>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <source>cannot read the file: a quote (&quot;) in it opens a cell that it does not close</source>
        <extracomment>records polars read over several lines that are read again by the csv module at most</extracomment>
        <translation>impossible de lire le fichier : un guillemet (&quot;) y ouvre une cellule qu’il ne referme pas</translation>
    </message>
    <message>
        <source>a quoted cell runs on over {lines} lines: they are read as one row</source>
        <translation>une cellule entre guillemets se poursuit sur {lines} lignes : elles sont lues comme une seule ligne</translation>
    </message>
    <message>
        <source>only {got} of the {wanted} mapped columns could be read</source>
        <translation>seules {got} des {wanted} colonnes associées ont pu être lues</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>indexation</translation>
    </message>
    <message>
        <source>swapping in</source>
        <translation>mise en service</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>DACH Impulse price list</source>
        <translation>liste de prix DACH Impulse</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV avec ligne d’en-tête</translation>
    </message>
    <message>
        <source>North American PRICE.TXT</source>
        <translation>PRICE.TXT nord-américain</translation>
    </message>
    <message>
        <source>your column mapping</source>
        <translation>votre correspondance de colonnes</translation>
    </message>
    <message>
        <source>hourly stock file</source>
        <translation>fichier de stock horaire</translation>
    </message>
    <message>
        <source>Searchable now · building the full index — {phase}: {rows:,} rows</source>
        <translation>Consultable · construction de l’index complet — {phase} : {rows:,} lignes</translation>
    </message>
    <message>
        <source>{phase}: {rows:,} rows</source>
        <translation>{phase} : {rows:,} lignes</translation>
    </message>
    <message>
        <source>{rows_per_second:,} rows/s</source>
        <translation>{rows_per_second:,} lignes/s</translation>
    </message>
    <message>
        <source>, about {seconds:,} s left</source>
        <translation>, environ {seconds:,} s restantes</translation>
    </message>
    <message>
        <source>{rows:,} products are searchable now. Building the full index (change history, import report).</source>
        <translation>{rows:,} articles sont consultables. Construction de l’index complet (historique des modifications, rapport d’import).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln product(s) from {source}</source>
        <translation>
            <numerusform>%Ln article importé depuis {source}</numerusform>
            <numerusform>%Ln articles importés depuis {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln ligne ignorée</numerusform>
            <numerusform>%Ln lignes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) replaced</source>
        <translation>
            <numerusform>%Ln doublon remplacé</numerusform>
            <numerusform>%Ln doublons remplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>stock applied to {rows:,}</source>
        <translation>stock appliqué à {rows:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown SKU(s) in the stock file</source>
        <translation>
            <numerusform>%Ln référence inconnue dans le fichier de stock</numerusform>
            <numerusform>%Ln références inconnues dans le fichier de stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln categor(y|ies)</source>
        <translation>
            <numerusform>%Ln catégorie</numerusform>
            <numerusform>%Ln catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout {layout}, {encoding}; {seconds:.1f} s.</source>
        <translation>Format {layout}, {encoding} ; {seconds:.1f} s.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln nouvel article</numerusform>
            <numerusform>%Ln nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed article(s)</source>
        <translation>
            <numerusform>%Ln article retiré</numerusform>
            <numerusform>%Ln articles retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price rise(s)</source>
        <translation>
            <numerusform>%Ln hausse de prix</numerusform>
            <numerusform>%Ln hausses de prix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price cut(s)</source>
        <translation>
            <numerusform>%Ln baisse de prix</numerusform>
            <numerusform>%Ln baisses de prix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln back in stock</source>
        <translation>
            <numerusform>%Ln de nouveau en stock</numerusform>
            <numerusform>%Ln de nouveau en stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of stock</source>
        <translation>
            <numerusform>%Ln en rupture de stock</numerusform>
            <numerusform>%Ln en rupture de stock</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the previous file</source>
        <translation>Ce qui a changé depuis le fichier précédent</translation>
    </message>
    <message>
        <source>Nothing changed since the previous file.</source>
        <translation>Rien n’a changé depuis le fichier précédent.</translation>
    </message>
</context>
<context>
    <name>ChangeOrderDialog</name>
    <message>
        <source>(keep the current ship-to)</source>
        <translation>(garder l’adresse de livraison actuelle)</translation>
    </message>
    <message>
        <source>Change order {ingram_order_number}</source>
        <translation>Modifier la commande {ingram_order_number}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>New quantity; 0 removes the line</source>
        <translation>Nouvelle quantité ; 0 supprime la ligne</translation>
    </message>
    <message>
        <source>New ship-to</source>
        <translation>Nouvelle adresse de livraison</translation>
    </message>
    <message>
        <source>Ingram accepts changes while the order is on customer hold, within 24 hours of entry. Set a quantity to 0 to remove a line.</source>
        <translation>Ingram accepte les modifications tant que la commande est en blocage client, dans les 24 heures suivant la saisie. Mettez une quantité à 0 pour supprimer une ligne.</translation>
    </message>
    <message>
        <source>&amp;Send changes</source>
        <translation>&amp;Envoyer les modifications</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed since the previous file</source>
        <translation>Ce qui a changé depuis le fichier précédent</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Tous les changements</translation>
    </message>
    <message>
        <source>Each kind lists {n} articles at most (price changes the biggest first, the others by SKU); the counts above are complete.</source>
        <translation>Chaque type liste {n} articles au plus (les plus fortes variations de prix d’abord, les autres par référence) ; les nombres ci-dessus sont complets.</translation>
    </message>
    <message>
        <source>Nothing changed since the previous file, or there was none before it.</source>
        <translation>Rien n’a changé depuis le fichier précédent, ou il n’y en avait pas.</translation>
    </message>
    <message>
        <source>&amp;Show in catalogue</source>
        <translation>&amp;Afficher dans le catalogue</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) listed</source>
        <translation>
            <numerusform>%n article listé</numerusform>
            <numerusform>%n articles listés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Price rise</source>
        <translation>Hausse de prix</translation>
    </message>
    <message>
        <source>Price cut</source>
        <translation>Baisse de prix</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>De nouveau en stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Ingram SKU</source>
        <translation>Référence Ingram</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Réf. fabricant</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Ship what is available (partial)</source>
        <translation>Livrer ce qui est disponible (partiel)</translation>
    </message>
    <message>
        <source>Ship complete (all lines together)</source>
        <translation>Livraison complète (toutes les lignes ensemble)</translation>
    </message>
    <message>
        <source>Ship complete per line</source>
        <translation>Livraison complète par ligne</translation>
    </message>
    <message>
        <source>Ship complete per line (E)</source>
        <translation>Livraison complète par ligne (E)</translation>
    </message>
    <message>
        <source>Ship complete</source>
        <translation>Livraison complète</translation>
    </message>
    <message>
        <source>Ingram&apos;s default ship-to for your account</source>
        <translation>Adresse de livraison par défaut de votre compte Ingram</translation>
    </message>
    <message>
        <source>Ingram ship-to id {address_id}</source>
        <translation>Id. adresse de livraison Ingram {address_id}</translation>
    </message>
    <message>
        <source>(empty address)</source>
        <translation>(adresse vide)</translation>
    </message>
    <message>
        <source>Review order {customer_po}</source>
        <translation>Vérifier la commande {customer_po}</translation>
    </message>
    <message>
        <source>As soon as possible</source>
        <translation>Dès que possible</translation>
    </message>
    <message>
        <source>Ingram chooses</source>
        <translation>Au choix d’Ingram</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Livraison souhaitée</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Bon de commande client final</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unité</numerusform>
            <numerusform>%Ln unités</numerusform>
        </translation>
    </message>
    <message>
        <source>{lines}, {units} — order total &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>{lines}, {units} — total de la commande &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{lines}, {units} — total unknown (a line has no price)</source>
        <translation>{lines}, {units} — total inconnu (une ligne n’a pas de prix)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram does not accept %n line(s)&lt;/b&gt;: </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram refuse %n ligne&lt;/b&gt; : </numerusform>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram refuse %n lignes&lt;/b&gt; : </numerusform>
        </translation>
    </message>
    <message>
        <source> — go back and remove or correct them.&lt;/span&gt;</source>
        <translation> — revenez en arrière et supprimez-les ou corrigez-les.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Changed since the lines were added:&lt;/b&gt; </source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;&lt;b&gt;Modifié depuis l’ajout des lignes :&lt;/b&gt; </translation>
    </message>
    <message>
        <source>Live check: prices and stock unchanged for every line.</source>
        <translation>Interrogation en direct : prix et stock inchangés pour toutes les lignes.</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Passer la commande</translation>
    </message>
    <message>
        <source>&amp;Back to the order</source>
        <translation>&amp;Retour à la commande</translation>
    </message>
    <message>
        <source>Disabled: Ingram does not accept every line — remove or correct {skus}</source>
        <translation>Désactivé : Ingram n’accepte pas toutes les lignes — supprimez ou corrigez {skus}</translation>
    </message>
    <message>
        <source>Send this order to Ingram now</source>
        <translation>Envoyer cette commande à Ingram maintenant</translation>
    </message>
</context>
<context>
    <name>ChooseProductDialog</name>
    <message>
        <source>Which article?</source>
        <translation>Quel article ?</translation>
    </message>
    <message>
        <source>“{code}” matches {v1} articles. Pick one:</source>
        <translation>« {code} » correspond à {v1} articles. Choisissez-en un :</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Ingram SKU</source>
        <extracomment>worth pointing at where the file has them (the search and the order form show them), but an import runs without: a supplier&apos;s list may have no vendor part number canonical field -&gt; label, in the order the dialog offers them</extracomment>
        <translation>Référence Ingram</translation>
    </message>
    <message>
        <source>Vendor part number</source>
        <translation>Référence fabricant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Votre prix</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>Prix public</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Category code</source>
        <translation>Code catégorie</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Vendor code</source>
        <translation>Code fabricant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Datasheet link</source>
        <translation>Lien vers la fiche technique</translation>
    </message>
    <message>
        <source>Image link</source>
        <translation>Lien vers l’image</translation>
    </message>
    <message>
        <source>Icecat id</source>
        <translation>Id. Icecat</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— absent de ce fichier —</translation>
    </message>
    <message>
        <source>Detect from the values</source>
        <translation>Déduire des valeurs</translation>
    </message>
    <message>
        <source>Comma: 1.234,56</source>
        <translation>Virgule : 1.234,56</translation>
    </message>
    <message>
        <source>Point: 1,234.56</source>
        <translation>Point : 1,234.56</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>séparé par des barres verticales</translation>
    </message>
    <message>
        <source>Columns of {file_name}</source>
        <translation>Colonnes de {file_name}</translation>
    </message>
    <message>
        <source>Ingram Desk does not recognise the columns of &lt;b&gt;{file_name}&lt;/b&gt;. Choose which column holds what (&lt;b&gt;*&lt;/b&gt; = needed). The choice is remembered: the next file with these columns imports without asking.</source>
        <translation>Ingram Desk ne reconnaît pas les colonnes de &lt;b&gt;{file_name}&lt;/b&gt;. Indiquez quelle colonne contient quoi (&lt;b&gt;*&lt;/b&gt; = obligatoire). Le choix est mémorisé : le prochain fichier avec ces colonnes sera importé sans question.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>colonne {n}</translation>
    </message>
    <message>
        <source>  (e.g. {example})</source>
        <translation>  (p. ex. {example})</translation>
    </message>
    <message>
        <source>read as {encoding}</source>
        <translation>lu en {encoding}</translation>
    </message>
    <message>
        <source>File: {detected}.</source>
        <translation>Fichier : {detected}.</translation>
    </message>
    <message>
        <source>Prices:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier :</translation>
    </message>
    <message>
        <source>column {v0}</source>
        <translation>colonne {v0}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;Still needed: {v0}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;Encore requis : {v0}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Ready to import, without: {v0}.</source>
        <translation>Prêt à importer, sans : {v0}.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Prêt à importer.</translation>
    </message>
</context>
<context>
    <name>ColumnMenu</name>
    <message>
        <source>Show all columns</source>
        <translation>Afficher toutes les colonnes</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Rétablir les colonnes</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>SKU</source>
        <extracomment>the English header, marked for translation; ``title`` is what the user reads &quot;text&quot;, &quot;money&quot;, &quot;stock&quot;, &quot;date&quot;, &quot;status&quot;: picks the formatter/delegate the store&apos;s sort key for this column, or &quot;&quot; when the column cannot be sorted</extracomment>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Réf. fabricant</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Votre prix</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Dev.</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Not found at Ingram</source>
        <translation>Introuvable chez Ingram</translation>
    </message>
    <message>
        <source>Rejected by Ingram</source>
        <translation>Refusé par Ingram</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Not in stock</source>
        <translation>Hors stock</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CrashBanner</name>
    <message>
        <source>Unexpected error (logged)</source>
        <translation>Erreur inattendue (journalisée)</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Ingram sandbox</source>
        <extracomment>a connection test gives up after this long (it also has a Cancel button)</extracomment>
        <translation>Bac à sable Ingram</translation>
    </message>
    <message>
        <source>Production (live orders)</source>
        <translation>Production (commandes réelles)</translation>
    </message>
    <message>
        <source>Custom API URL</source>
        <translation>URL d’API personnalisée</translation>
    </message>
    <message>
        <source>REST API (default)</source>
        <translation>API REST (par défaut)</translation>
    </message>
    <message>
        <source>IM-XML 2.0 (HTTPS POST)</source>
        <translation>IM-XML 2.0 (HTTPS POST)</translation>
    </message>
    <message>
        <source>IM-XML in SOAP 1.1</source>
        <translation>IM-XML dans SOAP 1.1</translation>
    </message>
    <message>
        <source>Built in and read-only: the demo talks to the simulated Ingram inside the app and needs no credentials. For your own Ingram account, press New.</source>
        <translation>Intégré et en lecture seule : la démo dialogue avec l&apos;Ingram simulé dans l&apos;application et n&apos;a besoin d&apos;aucun identifiant. Pour votre propre compte Ingram, cliquez sur Nouveau.</translation>
    </message>
    <message>
        <source>Profiles &amp; credentials</source>
        <translation>Profils &amp; identifiants</translation>
    </message>
    <message>
        <source>Demo (the simulated Ingram inside the app)</source>
        <translation>Démo (l&apos;Ingram simulé dans l&apos;application)</translation>
    </message>
    <message>
        <source>only for a custom API, e.g. http://127.0.0.1:8080</source>
        <translation>seulement pour une API personnalisée, p. ex. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>REST is Ingram&apos;s current API. IM-XML sends the classic XML transactions (login and password = the client id and secret above); SOAP wraps them in a SOAP 1.1 envelope.</source>
        <translation>REST est l’API actuelle d’Ingram. IM-XML envoie les transactions XML classiques (identifiant et mot de passe = client id et secret ci-dessus) ; SOAP les enveloppe dans une enveloppe SOAP 1.1.</translation>
    </message>
    <message>
        <source>none (as in IM-XML); from Ingram&apos;s onboarding kit</source>
        <translation>aucun (comme en IM-XML) ; voir le kit d’intégration d’Ingram</translation>
    </message>
    <message>
        <source>SOAPAction header; {message} becomes e.g. PNARequest</source>
        <translation>En-tête SOAPAction ; {message} devient p. ex. PNARequest</translation>
    </message>
    <message>
        <source>the profile&apos;s country</source>
        <translation>le pays du profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro client</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Client id (App ID)</source>
        <translation>Client id (App ID)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>Sender id</source>
        <translation>Id. expéditeur</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>IM-XML path</source>
        <translation>Chemin IM-XML</translation>
    </message>
    <message>
        <source>SOAP path</source>
        <translation>Chemin SOAP</translation>
    </message>
    <message>
        <source>SOAP body namespace</source>
        <translation>Espace de noms du corps SOAP</translation>
    </message>
    <message>
        <source>XML country code</source>
        <translation>Code pays XML</translation>
    </message>
    <message>
        <source>The secret is stored in the system keyring.</source>
        <translation>Le secret est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>is a secret stored for the profile shown? None while the keyring has not answered</extracomment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ask the keyring again (unlock it first)</source>
        <translation>Interroger à nouveau le trousseau (déverrouillez-le d’abord)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>no server set</source>
        <translation>aucun serveur défini</translation>
    </message>
    <message>
        <source>&lt;b&gt;File feeds&lt;/b&gt; of the open profile ({where})</source>
        <translation>&lt;b&gt;Flux de fichiers&lt;/b&gt; du profil ouvert ({where})</translation>
    </message>
    <message>
        <source>Test feed connection</source>
        <translation>Tester la connexion des flux</translation>
    </message>
    <message>
        <source>List the files on the feed server and the feed of each</source>
        <translation>Lister les fichiers du serveur de flux et le flux de chacun</translation>
    </message>
    <message>
        <source>Feed settings…</source>
        <translation>Paramètres des flux…</translation>
    </message>
    <message>
        <source>asking the keyring…</source>
        <translation>interrogation du trousseau…</translation>
    </message>
    <message>
        <source>stored — type to replace</source>
        <translation>enregistré — tapez pour remplacer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not saved:&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Non enregistré :&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <source>Saved profile {name}; storing the secret in the keyring…</source>
        <translation>Profil {name} enregistré ; enregistrement du secret dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved profile {name}; the secret is &lt;b&gt;not&lt;/b&gt; in the keyring yet (kept for this session): unlock the keyring and Retry.</source>
        <translation>Profil {name} enregistré ; le secret n’est &lt;b&gt;pas&lt;/b&gt; encore dans le trousseau (gardé pour cette session) : déverrouillez le trousseau puis Réessayer.</translation>
    </message>
    <message>
        <source>in the system keyring</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>for this session only (no keyring)</source>
        <translation>pour cette session seulement (pas de trousseau)</translation>
    </message>
    <message>
        <source>Saved profile {name}; secret kept {where}.</source>
        <translation>Profil {name} enregistré ; secret conservé {where}.</translation>
    </message>
    <message>
        <source>Saved profile {name}.</source>
        <translation>Profil {name} enregistré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profiles&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profils&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>inutile</translation>
    </message>
    <message>
        <source>Give the profile a name first.</source>
        <translation>Donnez d’abord un nom au profil.</translation>
    </message>
    <message>
        <source>“{name}” is not a valid profile name: use up to 40 letters, digits, “.”, “-” and “_”.</source>
        <translation>« {name} » n’est pas un nom de profil valide : utilisez au plus 40 lettres, chiffres, « . », « - » et « _ ».</translation>
    </message>
    <message>
        <source>A custom profile needs its API URL.</source>
        <translation>Un profil personnalisé a besoin de son URL d’API.</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>numéro client</translation>
    </message>
    <message>
        <source>client id</source>
        <translation>client id</translation>
    </message>
    <message>
        <source>Fill in the {label} first.</source>
        <translation>Renseignez d’abord le {label}.</translation>
    </message>
    <message>
        <source>The keyring is locked or not answering: unlock it and Retry, or type the secret.</source>
        <translation>Le trousseau est verrouillé ou ne répond pas : déverrouillez-le et cliquez sur Réessayer, ou tapez le secret.</translation>
    </message>
    <message>
        <source>Type the client secret first (none is stored for this profile).</source>
        <translation>Saisissez d’abord le client secret (aucun n’est enregistré pour ce profil).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not tested:&lt;/b&gt; {problem}</source>
        <translation>&lt;b&gt;Non testé :&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <source>Testing… (gives up after {TEST_TIMEOUT_S:.0f} s)</source>
        <translation>Test en cours… (abandon après {TEST_TIMEOUT_S:.0f} s)</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile</source>
        <translation>Aucun secret client n’est conservé pour ce profil</translation>
    </message>
    <message>
        <source>Type it in the form.</source>
        <translation>Tapez-le dans le formulaire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; no answer within {TEST_TIMEOUT_S:.0f} s — check the API URL and your network.</source>
        <translation>&lt;b&gt;Échec de la connexion :&lt;/b&gt; pas de réponse en {TEST_TIMEOUT_S:.0f} s — vérifiez l’URL de l’API et votre réseau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Échec de la connexion :&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connection failed:&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Échec de la connexion :&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Correlation id: &lt;code&gt;{correlation}&lt;/code&gt;</source>
        <translation>&lt;br&gt;Id. de corrélation : &lt;code&gt;{correlation}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Vendor part no.</source>
        <translation>Réf. fabricant</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Votre prix</translation>
    </message>
    <message>
        <source>Retail price</source>
        <translation>Prix public</translation>
    </message>
    <message>
        <source>Stock (from the files)</source>
        <translation>Stock (selon les fichiers)</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Livraison prévue</translation>
    </message>
    <message>
        <source>Warehouse (from the files)</source>
        <translation>Entrepôt (selon les fichiers)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Icecat product id</source>
        <translation>Id. produit Icecat</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Fiche technique</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>&lt;h4&gt;All columns in the file&lt;/h4&gt;&lt;table cellspacing=2&gt;{raw}&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Toutes les colonnes du fichier&lt;/h4&gt;&lt;table cellspacing=2&gt;{raw}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#777&apos;&gt;Select a product to see all its fields.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#777&apos;&gt;Sélectionnez un article pour voir tous ses champs.&lt;/p&gt;</translation>
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
        <translation>Sur votre poste seulement tant que c&apos;est un brouillon ; vos collègues le voient dès qu&apos;il est envoyé. Son numéro de bon de commande lui reste réservé dans tous les cas.</translation>
    </message>
    <message numerus="yes">
        <source>{po} — {state} — %n line(s)</source>
        <translation>
            <numerusform>{po} — {state} — %n ligne</numerusform>
            <numerusform>{po} — {state} — %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>See the log for details.</source>
        <translation>Voir le journal pour les détails.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Show log</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Correlation id to quote to Ingram: &lt;code&gt;{v0}&lt;/code&gt;</source>
        <translation>Id. de corrélation à communiquer à Ingram : &lt;code&gt;{v0}&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Enter at least one SKU, vendor part number or EAN</source>
        <extracomment>one purchaser request checks at most 20 items (seed / XML P&amp;A limit)</extracomment>
        <translation>Saisissez au moins une référence Ingram (SKU), une référence fabricant ou un EAN</translation>
    </message>
    <message>
        <source>At most {most} items per check ({given} given)</source>
        <translation>Au plus {most} articles par vérification ({given} saisis)</translation>
    </message>
    <message>
        <source>Split the list, or use the catalogue for bulk prices.</source>
        <translation>Scindez la liste, ou utilisez le catalogue pour les prix en masse.</translation>
    </message>
    <message>
        <source>unchanged since the last fetch</source>
        <translation>inchangé depuis la dernière récupération</translation>
    </message>
    <message>
        <source>No password or key for the feed server</source>
        <extracomment>payload: ``SyncReport`` after every run (the status bar and the banner listen)</extracomment>
        <translation>Aucun mot de passe ni clé pour le serveur de flux</translation>
    </message>
    <message>
        <source>Enter it under Tools › Profiles &amp; credentials › Feeds, or set INGRAM_FEED_SECRET.</source>
        <translation>Saisissez-le sous Outils › Profils &amp; identifiants › Flux, ou définissez INGRAM_FEED_SECRET.</translation>
    </message>
    <message>
        <source>{name} could not be imported: {error}</source>
        <translation>{name} n’a pas pu être importé : {error}</translation>
    </message>
    <message>
        <source>Import it by hand (Ctrl+I) to see why.</source>
        <translation>Importez le fichier à la main (Ctrl+I) pour en voir la raison.</translation>
    </message>
    <message>
        <source>{name} could not be applied: {error}</source>
        <translation>{name} n’a pas pu être appliqué : {error}</translation>
    </message>
    <message>
        <source>Apply it by hand to see why.</source>
        <translation>Appliquez le fichier à la main pour en voir la raison.</translation>
    </message>
    <message>
        <source>The order journal {path} is damaged ({problem}) and there is no backup to restore. It was left as it is; nothing was sent.</source>
        <extracomment>set when a damaged journal was set aside and restored from its backup (words for the purchaser: what happened and which orders to check at Ingram)</extracomment>
        <translation>Le journal des commandes {path} est endommagé ({problem}) et aucune sauvegarde ne permet de le restaurer. Il a été laissé tel quel ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Keep the file for support; check Ingram&apos;s order search.</source>
        <translation>Conservez le fichier pour le support ; consultez la recherche de commandes d’Ingram.</translation>
    </message>
    <message>
        <source>Browsing and P&amp;A keep working; orders wait until it is back.</source>
        <translation>La consultation et le P&amp;A continuent de fonctionner ; les commandes attendent son retour.</translation>
    </message>
    <message>
        <source>Connecting to the team database {server}…</source>
        <extracomment>this process&apos;s advisory-lock key: free on the server once the process is gone set once the desk has joined (its first connection is open)</extracomment>
        <translation>Connexion à la base de données de l’équipe {server}…</translation>
    </message>
    <message>
        <source>the connection is being re-opened</source>
        <translation>la connexion est en cours de réouverture</translation>
    </message>
    <message>
        <source>The team database refused: {problem}</source>
        <translation>La base de données de l’équipe a refusé : {problem}</translation>
    </message>
    <message>
        <source>Orders wait until it is back; nothing was sent twice.</source>
        <translation>Les commandes attendent son retour ; rien n’a été envoyé deux fois.</translation>
    </message>
    <message>
        <source>No order {draft_id} in the journal</source>
        <extracomment>an order with its author&apos;s readable name (the desk that wrote it) orders this process moved to in flight and has not finished yet</extracomment>
        <translation>Aucune commande {draft_id} dans le journal</translation>
    </message>
    <message>
        <source>PO {po} is already used by another order in the journal ({state})</source>
        <translation>Le bon de commande {po} est déjà utilisé par une autre commande du journal ({state})</translation>
    </message>
    <message>
        <source>PO {po} is already used by another order in the journal</source>
        <translation>Le bon de commande {po} est déjà utilisé par une autre commande du journal</translation>
    </message>
    <message>
        <source>Only a draft can be edited; this order was submitted</source>
        <translation>Seul un brouillon peut être modifié ; cette commande a déjà été transmise</translation>
    </message>
    <message>
        <source>Order {draft_id} is {state}, not {expected}</source>
        <translation>La commande {draft_id} est à l’état {state}, pas {expected}</translation>
    </message>
    <message>
        <source>Order {draft_id} is no longer {state}</source>
        <translation>La commande {draft_id} n’est plus à l’état {state}</translation>
    </message>
    <message>
        <source>Order {draft_id} is not queued; not sending it</source>
        <translation>La commande {draft_id} n’est pas en file d’attente ; elle n’est pas envoyée</translation>
    </message>
    <message>
        <source>Ingram answered {status} {description}: {message}</source>
        <translation>Ingram a répondu {status} {description} : {message}</translation>
    </message>
    <message>
        <source>Ingram answered {status} {description}</source>
        <translation>Ingram a répondu {status} {description}</translation>
    </message>
    <message>
        <source>Could not reach Ingram&apos;s token service ({error})</source>
        <extracomment>seconds, from ``expires_in`` (a string on the wire) monotonic clock number of token requests made (for the status line and tests)</extracomment>
        <translation>Le service de jetons d’Ingram est injoignable ({error})</translation>
    </message>
    <message>
        <source>Check the network and the API URL of this profile.</source>
        <translation>Vérifiez le réseau et l’URL de l’API de ce profil.</translation>
    </message>
    <message>
        <source>Ingram&apos;s token service sent an unreadable answer</source>
        <translation>Le service de jetons d’Ingram a envoyé une réponse illisible</translation>
    </message>
    <message>
        <source>No client id / client secret configured for this profile</source>
        <extracomment>refuse bodies above this size before parsing (reliability §1.5) parsed JSON, None for an empty body (204, 200 without body) turns an error answer (status, body, correlation id) into a typed error</extracomment>
        <translation>Aucun identifiant client / client secret configuré pour ce profil</translation>
    </message>
    <message>
        <source>The profile needs a customer number and a country</source>
        <translation>Le profil doit avoir un numéro client et un pays</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer was too large ({size} bytes)</source>
        <extracomment>why no call may go out yet (no secret: a keyring that did not answer at start); ``use_secret`` lifts it requests put on the wire (the benchmark divides by it) called with the gate&apos;s ``RateBudget`` after every answer (the status bar&apos;s feed)</extracomment>
        <translation>La réponse d’Ingram était trop volumineuse ({size} octets)</translation>
    </message>
    <message>
        <source>Ingram sent {type} where JSON was expected</source>
        <translation>Ingram a envoyé {type} au lieu du JSON attendu</translation>
    </message>
    <message>
        <source>Retry later; if it persists, check the API URL.</source>
        <translation>Réessayez plus tard ; si cela persiste, vérifiez l’URL de l’API.</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer could not be read as JSON ({error})</source>
        <translation>La réponse d’Ingram n’a pas pu être lue comme JSON ({error})</translation>
    </message>
    <message>
        <source>Retry the request; nothing was changed locally.</source>
        <translation>Relancez la requête ; rien n’a été modifié localement.</translation>
    </message>
    <message>
        <source>The API URL is not usable: {url}</source>
        <translation>L’URL de l’API est inutilisable : {url}</translation>
    </message>
    <message>
        <source>Ingram did not answer in time</source>
        <translation>Ingram n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>Could not reach Ingram ({problem})</source>
        <translation>Ingram est injoignable ({problem})</translation>
    </message>
    <message>
        <source>Timed out waiting to send the order</source>
        <translation>Délai dépassé en attendant d’envoyer la commande</translation>
    </message>
    <message>
        <source>Could not connect to Ingram ({error}); the order was not sent</source>
        <translation>Connexion à Ingram impossible ({error}) ; la commande n’a pas été envoyée</translation>
    </message>
    <message>
        <source>The connection failed after the order was sent ({error})</source>
        <translation>La connexion a échoué après l’envoi de la commande ({error})</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order search for this PO before any resend.</source>
        <translation>Recherche de ce numéro de bon de commande chez Ingram avant tout renvoi.</translation>
    </message>
    <message>
        <source>Ingram&apos;s rate limit refused the order; it will be sent after the reset</source>
        <translation>La limite de requêtes d’Ingram a refusé la commande ; elle sera envoyée après la réinitialisation</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order search for this PO.</source>
        <translation>Recherche de ce numéro de bon de commande chez Ingram.</translation>
    </message>
    <message>
        <source>Ingram refused the token twice; check the client id and secret</source>
        <translation>Ingram a refusé le jeton deux fois ; vérifiez l’identifiant client et le client secret</translation>
    </message>
    <message>
        <source>No folder {folder} on the feed server</source>
        <translation>Aucun dossier {folder} sur le serveur de flux</translation>
    </message>
    <message>
        <source>Check the remote folder Ingram gave you.</source>
        <translation>Vérifiez le dossier distant indiqué par Ingram.</translation>
    </message>
    <message>
        <source>{name} is no longer on the feed server</source>
        <translation>{name} n’est plus sur le serveur de flux</translation>
    </message>
    <message>
        <source>The feed server {host} refused the login of user {user}</source>
        <translation>Le serveur de flux {host} a refusé la connexion de l’utilisateur {user}</translation>
    </message>
    <message>
        <source>Cannot reach the feed server {host}:{port} ({reason})</source>
        <translation>Serveur de flux {host}:{port} injoignable ({reason})</translation>
    </message>
    <message>
        <source>Check the host and port, the internet connection and that the firewall lets FTP/SFTP out; the next run tries again.</source>
        <translation>Vérifiez l’hôte et le port, la connexion Internet et que le pare-feu laisse passer FTP/SFTP ; la prochaine exécution réessaiera.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} did not show the host key this profile trusts ({reason})</source>
        <translation>Le serveur SFTP {host}:{port} n’a pas présenté la clé d’hôte approuvée par ce profil ({reason})</translation>
    </message>
    <message>
        <source>Check the FTP user and password Ingram sent you (Tools › Profiles &amp; credentials › Feeds); Ingram&apos;s e-commerce support resets them on request.</source>
        <translation>Vérifiez l’utilisateur et le mot de passe FTP envoyés par Ingram (Outils › Profils &amp; identifiants › Flux) ; le support e-commerce d’Ingram les réinitialise sur demande.</translation>
    </message>
    <message>
        <source>Ask Ingram whether the server&apos;s key changed; if so, clear the host key in Tools › Profiles &amp; credentials › Feeds and connect again.</source>
        <translation>Demandez à Ingram si la clé du serveur a changé ; si oui, effacez la clé d’hôte sous Outils › Profils &amp; identifiants › Flux et reconnectez-vous.</translation>
    </message>
    <message>
        <source>No {feed} file matching {pattern} in {folder} on the feed server today</source>
        <translation>Aucun fichier {feed} correspondant à {pattern} dans {folder} sur le serveur de flux aujourd’hui</translation>
    </message>
    <message>
        <source>Ingram publishes it before business hours; the next run looks again. If it stays missing, compare the pattern with what Test connection lists.</source>
        <translation>Ingram le publie avant l’ouverture des bureaux ; la prochaine exécution regardera à nouveau. S’il manque toujours, comparez le motif avec la liste de « Tester la connexion ».</translation>
    </message>
    <message>
        <source>The transfer of {name} failed ({reason}); the catalogue was not changed</source>
        <translation>Le transfert de {name} a échoué ({reason}) ; le catalogue n’a pas été modifié</translation>
    </message>
    <message>
        <source>The next run resumes where it stopped.</source>
        <translation>La prochaine exécution reprendra là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>{name} arrived incomplete ({got:,} of {expected:,} bytes); the catalogue was not changed</source>
        <translation>{name} est arrivé incomplet ({got:,} sur {expected:,} octets) ; le catalogue n’a pas été modifié</translation>
    </message>
    <message>
        <source>It is fetched again on the next run; if it keeps happening, tell Ingram&apos;s e-commerce support.</source>
        <translation>Il sera de nouveau récupéré à la prochaine exécution ; si cela se répète, prévenez le support e-commerce d’Ingram.</translation>
    </message>
    <message>
        <source>{name} was refused by the sanity check: {reason}</source>
        <translation>{name} a été refusé par le contrôle de cohérence : {reason}</translation>
    </message>
    <message>
        <source>The previous catalogue stays live. The file is kept in {kept}; if it is right, import it by hand with Force.</source>
        <translation>Le catalogue précédent reste en service. Le fichier est conservé dans {kept} ; s’il est correct, importez-le à la main avec Forcer.</translation>
    </message>
    <message>
        <source>The feed server {host} said: {error}</source>
        <translation>Le serveur de flux {host} a répondu : {error}</translation>
    </message>
    <message>
        <source>No folder {folder} on the feed server ({error})</source>
        <translation>Aucun dossier {folder} sur le serveur de flux ({error})</translation>
    </message>
    <message>
        <source>The feed server refused {name}: {error}</source>
        <translation>Le serveur de flux a refusé {name} : {error}</translation>
    </message>
    <message>
        <source>{name} is an empty zip</source>
        <translation>{name} est une archive ZIP vide</translation>
    </message>
    <message>
        <source>{name} is not a readable zip ({error}); the catalogue was not changed</source>
        <translation>{name} n’est pas une archive ZIP lisible ({error}) ; le catalogue n’a pas été modifié</translation>
    </message>
    <message>
        <source>It is fetched again on the next run.</source>
        <translation>Il sera de nouveau récupéré à la prochaine exécution.</translation>
    </message>
    <message>
        <source>Ingram&apos;s P&amp;A answer was not a list of products</source>
        <translation>La réponse prix et disponibilité d’Ingram n’était pas une liste d’articles</translation>
    </message>
    <message>
        <source>Ingram&apos;s order-create answer was not an object</source>
        <translation>La réponse d’Ingram à la création de commande n’était pas un objet</translation>
    </message>
    <message>
        <source>Ingram&apos;s order-create answer named no order number</source>
        <translation>La réponse d’Ingram à la création de commande ne mentionnait aucun numéro de commande</translation>
    </message>
    <message>
        <source>Ingram&apos;s order search answer had no serviceresponse</source>
        <translation>La réponse d’Ingram à la recherche de commandes ne contenait pas de serviceresponse</translation>
    </message>
    <message>
        <source>Ingram&apos;s order details answer had no order number</source>
        <translation>La réponse d’Ingram sur le détail de la commande ne contenait pas de numéro de commande</translation>
    </message>
    <message>
        <source>Ingram&apos;s invoice answer had no invoice number</source>
        <translation>La réponse d’Ingram sur la facture ne contenait pas de numéro de facture</translation>
    </message>
    <message>
        <source>Ingram answered with {got} where {name} was expected</source>
        <extracomment>the classic order status texts (guide §6, compared case-insensitively) → seed 004 codes, so the Orders grid decodes an IM-XML status into the same badge as a REST one</extracomment>
        <translation>Ingram a répondu par {got} au lieu de {name}</translation>
    </message>
    <message>
        <source>Ingram&apos;s order acknowledgement named no PO</source>
        <translation>L’accusé de réception d’Ingram ne mentionnait aucun numéro de bon de commande</translation>
    </message>
    <message>
        <source>Ingram&apos;s XML order answer named no order number</source>
        <translation>La réponse XML d’Ingram à la commande ne mentionnait aucun numéro de commande</translation>
    </message>
    <message>
        <source>Ingram&apos;s XML order detail named no order number</source>
        <translation>Le détail XML de commande d’Ingram ne mentionnait aucun numéro de commande</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
    <message>
        <source>Not an Ingram document this app reads ({name})</source>
        <translation>Pas un document Ingram que cette application sait lire ({name})</translation>
    </message>
    <message>
        <source>The order confirmation named no order number</source>
        <translation>La confirmation de commande ne mentionnait aucun numéro de commande</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP answer had an empty body</source>
        <translation>La réponse SOAP d’Ingram avait un corps vide</translation>
    </message>
    <message>
        <source>Ingram&apos;s error answer</source>
        <extracomment>(customer PO, Ingram order numbers) pairs this desk knows of (journal, inbox) how many known POs a search without a PO asks about (newest first) order number → customer PO, from every answer; kept in ``po_index`` (JSON) so the watch list can poll an order found by PO in an earlier session</extracomment>
        <translation>La réponse d’erreur d’Ingram</translation>
    </message>
    <message>
        <source>Ingram sent {content_type} where XML was expected</source>
        <translation>Ingram a envoyé {content_type} au lieu de XML</translation>
    </message>
    <message>
        <source>Retry later; if it persists, check the XML endpoint.</source>
        <translation>Réessayez plus tard ; si cela persiste, vérifiez le point d’accès XML.</translation>
    </message>
    <message>
        <source>Product search is not part of the IM-XML set</source>
        <translation>La recherche d’articles ne fait pas partie des messages IM-XML</translation>
    </message>
    <message>
        <source>Use the catalogue tab (price files) or a REST profile.</source>
        <translation>Utilisez l’onglet Catalogue (fichiers de prix) ou un profil REST.</translation>
    </message>
    <message>
        <source>Checking Ingram&apos;s order status for this PO.</source>
        <translation>Vérification chez Ingram de l’état de commande pour ce numéro de bon de commande.</translation>
    </message>
    <message>
        <source>Ingram acknowledged PO {po}; its confirmation is still pending</source>
        <translation>Ingram a accusé réception du bon de commande {po} ; la confirmation est encore attendue</translation>
    </message>
    <message>
        <source>IM-XML needs the customer PO of order {order_number}</source>
        <translation>IM-XML a besoin du bon de commande de la commande {order_number}</translation>
    </message>
    <message>
        <source>Search for the order by its PO first.</source>
        <translation>Recherchez d’abord la commande par son numéro de bon de commande.</translation>
    </message>
    <message>
        <source>Invoice {invoice_number} is not available over IM-XML</source>
        <translation>La facture {invoice_number} n’est pas disponible via IM-XML</translation>
    </message>
    <message>
        <source>Import Ingram&apos;s Invoice XML into the inbox (Orders tab).</source>
        <translation>Importez le XML de facture d’Ingram dans la boîte de réception (onglet Commandes).</translation>
    </message>
    <message>
        <source>Cancelling is not part of the IM-XML set used here</source>
        <translation>L’annulation ne fait pas partie des messages IM-XML utilisés ici</translation>
    </message>
    <message>
        <source>Cancel the order in Ingram&apos;s portal or with a REST profile.</source>
        <translation>Annulez la commande dans le portail d’Ingram ou avec un profil REST.</translation>
    </message>
    <message>
        <source>Ingram&apos;s answer</source>
        <translation>La réponse d’Ingram</translation>
    </message>
    <message>
        <source>{what} declared a DOCTYPE, which is refused</source>
        <translation>{what} déclarait un DOCTYPE, ce qui est refusé</translation>
    </message>
    <message>
        <source>{what} was too large to read ({size:,} bytes, limit {limit:,})</source>
        <extracomment>largest XML document accepted (an IM-XML answer for 20 items is a few kB)</extracomment>
        <translation>{what} dépassait la taille admise ({size:,} octets, limite {limit:,})</translation>
    </message>
    <message>
        <source>{what} was empty</source>
        <translation>{what} était vide</translation>
    </message>
    <message>
        <source>{what} could not be read as XML ({problem})</source>
        <translation>{what} : lecture XML impossible ({problem})</translation>
    </message>
    <message>
        <source>Retry; if it persists, check the XML endpoint in the profile.</source>
        <translation>Réessayez ; si cela persiste, vérifiez le point d’accès XML dans le profil.</translation>
    </message>
    <message>
        <source>{what} contained entity references, which are refused</source>
        <translation>{what} contenait des références d’entité, ce qui est refusé</translation>
    </message>
    <message>
        <source>The team database {server} is unreachable: {problem}</source>
        <translation>La base de données de l’équipe {server} est injoignable : {problem}</translation>
    </message>
    <message>
        <source>An address needs a name.</source>
        <extracomment>why the entries offered are the last ones read (&quot;&quot;: they are the team&apos;s current ones)</extracomment>
        <translation>Une adresse doit avoir un nom.</translation>
    </message>
    <message>
        <source>An address called {name} already exists.</source>
        <translation>Une adresse nommée {name} existe déjà.</translation>
    </message>
    <message>
        <source>The team database has schema version {found}, newer than this Ingram Desk knows ({known}); nothing was changed.</source>
        <extracomment>version -&gt; SQL; append only (a released step is never edited)</extracomment>
        <translation>La base de données de l’équipe est en version de schéma {found}, plus récente que celle que connaît cet Ingram Desk ({known}) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Install the newer Ingram Desk the team uses.</source>
        <translation>Installez la version plus récente d’Ingram Desk qu’utilise l’équipe.</translation>
    </message>
    <message>
        <source>The team database is not set up for this Ingram Desk (schema {found}, needs {known})</source>
        <translation>La base de données de l’équipe n’est pas préparée pour cet Ingram Desk (schéma {found}, requis {known})</translation>
    </message>
    <message>
        <source>Run: ingram-desk team migrate (as the database owner).</source>
        <translation>Exécutez : ingram-desk team migrate (en tant que propriétaire de la base).</translation>
    </message>
    <message>
        <source>{reason}. The order stays a draft on this desk; nothing is sent until its PO can be claimed in the team database.</source>
        <translation>{reason}. La commande reste un brouillon sur ce poste ; rien n’est envoyé tant que son bon de commande ne peut pas être réservé dans la base de données de l’équipe.</translation>
    </message>
    <message>
        <source>Check the IM-XML login, password and country code in the profile.</source>
        <translation>Vérifiez l’identifiant IM-XML, le mot de passe et le code pays dans le profil.</translation>
    </message>
    <message>
        <source>Ingram refused the XML request (error {number}): {detail}</source>
        <translation>Ingram a refusé la requête XML (erreur {number}) : {detail}</translation>
    </message>
    <message>
        <source>Ingram refused the XML request (error {number})</source>
        <translation>Ingram a refusé la requête XML (erreur {number})</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service failed: {text}</source>
        <translation>Le service SOAP d’Ingram a échoué : {text}</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service refused the login: {text}</source>
        <translation>Le service SOAP d’Ingram a refusé la connexion : {text}</translation>
    </message>
    <message>
        <source>Ingram&apos;s SOAP service refused the request: {text}</source>
        <translation>Le service SOAP d’Ingram a refusé la requête : {text}</translation>
    </message>
    <message>
        <source>Check the API URL. If a company proxy inspects TLS, its root certificate must be installed in the operating system&apos;s certificate store (Windows: Certificates, macOS: Keychain Access, Linux: the CA bundle, e.g. update-ca-certificates); ask IT.</source>
        <translation>Vérifiez l’URL de l’API. Si un proxy d’entreprise inspecte le TLS, son certificat racine doit être installé dans le magasin de certificats du système (Windows : Certificats, macOS : Trousseaux d’accès, Linux : le bundle CA, p. ex. update-ca-certificates) ; demandez au service informatique.</translation>
    </message>
    <message>
        <source>The TLS certificate of {url} could not be verified against the operating system&apos;s certificate store</source>
        <extracomment>what the error text names as the source of trust (it must stay true to ``ssl_context``)</extracomment>
        <translation>Le certificat TLS de {url} n’a pas pu être vérifié auprès du magasin de certificats du système</translation>
    </message>
    <message>
        <source>the protocol must be ftp, ftps or sftp</source>
        <extracomment>in the profile&apos;s folder ftp, ftps (explicit TLS) or sftp 0: the protocol&apos;s default (21 / 22) empty: no category file local time of the daily price fetch downloaded files kept per feed FTPS: a certificate to trust besides the system&apos;s SFTP: the pinned host key; empty: trusted on first use</extracomment>
        <translation>le protocole doit être ftp, ftps ou sftp</translation>
    </message>
    <message>
        <source>the feed host is empty</source>
        <translation>le serveur de flux n’est pas renseigné</translation>
    </message>
    <message>
        <source>the feed user is empty</source>
        <translation>l’utilisateur du flux n’est pas renseigné</translation>
    </message>
    <message>
        <source>the price time must be HH:MM</source>
        <translation>l’heure du fichier de prix doit être au format HH:MM</translation>
    </message>
    <message>
        <source>the port must be 1-65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>the stock file is fetched at most every 5 minutes</source>
        <translation>le fichier de stock est récupéré au plus toutes les 5 minutes</translation>
    </message>
    <message>
        <source>{path}: not valid feed settings ({problem})</source>
        <translation>{path} : paramètres de flux non valides ({problem})</translation>
    </message>
    <message>
        <source>not a feed URL: {url} (expected ftp://, ftps:// or sftp://host…)</source>
        <translation>pas une URL de flux : {url} (attendu ftp://, ftps:// ou sftp://hôte…)</translation>
    </message>
    <message>
        <source>put no password in the feed URL; it comes from the keyring or INGRAM_FEED_SECRET</source>
        <translation>ne mettez pas de mot de passe dans l’URL du flux ; il vient du trousseau ou d’INGRAM_FEED_SECRET</translation>
    </message>
    <message>
        <source>No client secret is stored for profile {name}</source>
        <extracomment>True once the secret came and the app went online</extracomment>
        <translation>Aucun secret client n’est enregistré pour le profil {name}</translation>
    </message>
    <message>
        <source>Enter it in Tools › Profiles &amp; credentials, then Retry.</source>
        <translation>Saisissez-le dans Outils › Profils &amp; identifiants, puis Réessayer.</translation>
    </message>
    <message>
        <source>(correlation id {correlation_id})</source>
        <translation>(id. de corrélation {correlation_id})</translation>
    </message>
</context>
<context>
    <name>FeedListing</name>
    <message>
        <source>Remote file</source>
        <translation>Fichier distant</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Feed today</source>
        <translation>Flux du jour</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>Failed: {exc}</source>
        <translation>Échec : {exc}</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n file(s).</source>
        <translation>
            <numerusform>Connecté : %n fichier.</numerusform>
            <numerusform>Connecté : %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source> No file for today&apos;s {v0} pattern.</source>
        <translation> Aucun fichier pour le modèle {v0} du jour.</translation>
    </message>
</context>
<context>
    <name>FeedSettingsDialog</name>
    <message>
        <source>FTPS (explicit TLS)</source>
        <translation>FTPS (TLS explicite)</translation>
    </message>
    <message>
        <source>Ingram file feeds</source>
        <translation>Flux de fichiers Ingram</translation>
    </message>
    <message>
        <source>Fetch the feeds on schedule</source>
        <translation>Récupérer les flux selon le planning</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>{date} is today as YYYYMMDD; {date:%d%m%Y} any other form; * and ?</source>
        <translation>{date} est la date du jour en AAAAMMJJ ; {date:%d%m%Y} toute autre forme ; * et ?</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>SFTP: the server&apos;s key Ingram gave you (empty: trust on first use)</source>
        <translation>SFTP : la clé du serveur fournie par Ingram (vide : confiance à la première connexion)</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password or key</source>
        <translation>Mot de passe ou clé</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>Dossier distant</translation>
    </message>
    <message>
        <source>Price file</source>
        <translation>Fichier de prix</translation>
    </message>
    <message>
        <source>Stock file</source>
        <translation>Fichier de stock</translation>
    </message>
    <message>
        <source>Category file</source>
        <translation>Fichier de catégories</translation>
    </message>
    <message>
        <source>Price file daily at</source>
        <translation>Fichier de prix chaque jour à</translation>
    </message>
    <message>
        <source>Stock file every</source>
        <translation>Fichier de stock toutes les</translation>
    </message>
    <message>
        <source>Keep downloads</source>
        <translation>Conserver les téléchargements</translation>
    </message>
    <message>
        <source>SFTP host key</source>
        <translation>Clé d’hôte SFTP</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Store the password in the keyring again (unlock it first)</source>
        <translation>Enregistrer à nouveau le mot de passe dans le trousseau (déverrouillez-le d’abord)</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Non enregistré : </translation>
    </message>
    <message>
        <source>Saved; storing the password in the keyring…</source>
        <translation>Enregistré ; enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Saved; the password is not in the keyring yet (kept for this session): {why}. Unlock the keyring and Retry.</source>
        <translation>Enregistré ; le mot de passe n’est pas encore dans le trousseau (gardé pour cette session) : {why}. Déverrouillez le trousseau puis Réessayer.</translation>
    </message>
    <message>
        <source> (password kept for this session only: no keyring)</source>
        <translation> (mot de passe conservé pour cette session seulement : pas de trousseau)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>&amp;Feeds…</source>
        <translation>&amp;Flux…</translation>
    </message>
    <message>
        <source>Fetch f&amp;eeds now</source>
        <translation>Récupérer les f&amp;lux maintenant</translation>
    </message>
    <message numerus="yes">
        <source>{kind} feed (and %n more)</source>
        <translation>
            <numerusform>Flux {kind} (et %n autre)</numerusform>
            <numerusform>Flux {kind} (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} feed</source>
        <translation>Flux {kind}</translation>
    </message>
    <message>
        <source>Feeds: {kinds} updated at {v1}</source>
        <translation>Flux : {kinds} mis à jour à {v1}</translation>
    </message>
</context>
<context>
    <name>FeedsStatus</name>
    <message>
        <source>price</source>
        <extracomment>how often the desk looks whether a feed is due (the schedule itself is in the service) the feeds and the units of their age, as the status bar words them</extracomment>
        <translation>prix</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégories</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>skipped (unchanged)</source>
        <translation>ignoré (inchangé)</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>{kind} {n} min old</source>
        <translation>{kind} : il y a {n} min</translation>
    </message>
    <message>
        <source>{kind} {n} h old</source>
        <translation>{kind} : il y a {n} h</translation>
    </message>
    <message>
        <source>{kind} {n} d old</source>
        <translation>{kind} : il y a {n} j</translation>
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
        <translation>{kind} {n} j</translation>
    </message>
    <message>
        <source>Fetch now</source>
        <extracomment>feeds whose field is shown only when something is wrong with them (see ``show_status``)</extracomment>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Fetch now: Ingram&apos;s price, stock and category files (Tools › Fetch feeds now)</source>
        <translation>Récupérer maintenant : les fichiers de prix, de stock et de catégories d’Ingram (Outils › Récupérer les flux maintenant)</translation>
    </message>
    <message>
        <source>Feeds…</source>
        <translation>Flux…</translation>
    </message>
    <message>
        <source>Feed server, files and schedule</source>
        <translation>Serveur de flux, fichiers et planning</translation>
    </message>
    <message>
        <source>{kind} never fetched</source>
        <translation>{kind} jamais récupéré</translation>
    </message>
    <message>
        <source>{kind} file: last run {v1}</source>
        <translation>Fichier {kind} : dernière récupération {v1}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — en retard</translation>
    </message>
    <message>
        <source>fetching…</source>
        <translation>récupération…</translation>
    </message>
    <message>
        <source>feeds off</source>
        <translation>flux arrêtés</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à faire maintenant</translation>
    </message>
    <message>
        <source>next {v0}</source>
        <translation>prochain {v0}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{date} · overdue</source>
        <translation>{date} · en retard</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>« {text} » n’est pas un nombre</translation>
    </message>
    <message>
        <source>“{text}”: thousands go in groups of three, e.g. 1.234,56</source>
        <translation>« {text} » : les milliers vont par groupes de trois, p. ex. 1 234,56</translation>
    </message>
    <message>
        <source>“{text}” has more than one decimal mark</source>
        <translation>« {text} » a plus d’un séparateur décimal</translation>
    </message>
    <message>
        <source>“{text}” is ambiguous: write {a} or {b}</source>
        <translation>« {text} » est ambigu : écrivez {a} ou {b}</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>« {text} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>“{text}” is not a date; write it like {example}</source>
        <translation>« {text} » n’est pas une date ; écrivez par exemple {example}</translation>
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
        <translation>&lt;h3&gt;Bienvenue dans Ingram Desk — ceci est la démo&lt;/h3&gt;
&lt;p&gt;Le profil de démonstration dialogue avec un &lt;b&gt;Ingram Micro simulé&lt;/b&gt; à l’intérieur de l’application : prix,
stocks et commandes sont fictifs et rien n’arrive chez Ingram. Un fichier de prix d’exemple de 3 000 articles
est en cours d’importation.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Trois choses à essayer :&lt;/b&gt;&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Rechercher et interroger en direct :&lt;/b&gt; tapez &lt;i&gt;monitor&lt;/i&gt; dans l’onglet Catalogue, sélectionnez une ligne et
appuyez sur &lt;b&gt;Ctrl+Maj+P&lt;/b&gt; pour le prix &amp;amp; la disponibilité en direct par entrepôt.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Passer une commande :&lt;/b&gt; appuyez sur &lt;b&gt;Ctrl+Maj+O&lt;/b&gt; sur une ligne pour l’ajouter à la commande, choisissez l’une des
deux adresses d’exemple comme adresse de livraison, appuyez sur &lt;b&gt;Envoyer la commande&lt;/b&gt; et lisez le récapitulatif avant
&lt;b&gt;Passer la commande&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Traiter un blocage :&lt;/b&gt; dans l’onglet Commandes, sélectionnez &lt;i&gt;PO-HOLD-CANCEL&lt;/i&gt; (en blocage client) et
libérez-la, modifiez ses quantités ou annulez-la.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Votre propre compte Ingram se configure dans &lt;b&gt;Outils → Profils &amp;amp; identifiants&lt;/b&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyboard shortcuts&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;{body}&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Raccourcis clavier&lt;/h3&gt;&lt;table cellpadding=&apos;3&apos;&gt;{body}&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>HoldReason</name>
    <message>
        <source>Contact your Ingram credit controller or pay overdue invoices; the order is released once credit clears.</source>
        <extracomment>Where the seed and Ingram&apos;s spec disagree: code -&gt; (seed meaning, spec meaning).</extracomment>
        <translation>Contactez votre gestionnaire crédit chez Ingram ou réglez les factures échues ; la commande est libérée dès que l’encours le permet.</translation>
    </message>
    <message>
        <source>Ingram&apos;s sales team is checking the price or margin; confirm the price with your account manager.</source>
        <translation>Le service commercial d’Ingram vérifie le prix ou la marge ; confirmez le prix avec votre responsable de compte.</translation>
    </message>
    <message>
        <source>Export compliance check: provide end-user and destination details if Ingram asks for them.</source>
        <translation>Contrôle export : fournissez les informations sur l’utilisateur final et la destination si Ingram les demande.</translation>
    </message>
    <message>
        <source>Check the special bid number and its validity with the vendor or your Ingram account manager.</source>
        <translation>Vérifiez le numéro de prix spécial et sa validité auprès du fabricant ou de votre responsable de compte Ingram.</translation>
    </message>
    <message>
        <source>Awaiting Ingram&apos;s ACOP review; no action unless your account manager asks for information.</source>
        <translation>En attente de la revue ACOP d’Ingram ; rien à faire sauf si votre responsable de compte demande des informations.</translation>
    </message>
    <message>
        <source>Contact your Ingram sales representative with the order number.</source>
        <translation>Contactez votre commercial Ingram avec le numéro de commande.</translation>
    </message>
    <message>
        <source>No hold</source>
        <extracomment>Seed 004&apos;s hold reason codes with descriptions, plus our advice on what to do.</extracomment>
        <translation>Aucun blocage</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Adjusted cost hold</source>
        <translation>Blocage coût ajusté</translation>
    </message>
    <message>
        <source>Bad address hold</source>
        <translation>Blocage adresse incorrecte</translation>
    </message>
    <message>
        <source>Correct the ship-to address with Ingram sales; the order ships once it validates.</source>
        <translation>Corrigez l’adresse de livraison avec le service commercial d’Ingram ; la commande part dès qu’elle est validée.</translation>
    </message>
    <message>
        <source>Special bid hold</source>
        <translation>Blocage prix spécial</translation>
    </message>
    <message>
        <source>Bill only hold</source>
        <translation>Blocage facturation seule</translation>
    </message>
    <message>
        <source>Order is to be billed without shipment; confirm this was intended.</source>
        <translation>La commande sera facturée sans livraison ; confirmez que c’est voulu.</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blocage crédit</translation>
    </message>
    <message>
        <source>Credit card hold</source>
        <translation>Blocage carte bancaire</translation>
    </message>
    <message>
        <source>Credit card payment not authorised; update card details with Ingram.</source>
        <translation>Paiement par carte non autorisé ; mettez à jour les données de la carte auprès d’Ingram.</translation>
    </message>
    <message>
        <source>Credit check hold</source>
        <translation>Blocage contrôle crédit</translation>
    </message>
    <message>
        <source>ACOP hold</source>
        <translation>Blocage ACOP</translation>
    </message>
    <message>
        <source>Final review hold</source>
        <translation>Blocage revue finale</translation>
    </message>
    <message>
        <source>Ingram is doing a final review; it usually clears without action.</source>
        <translation>Ingram procède à une revue finale ; elle se lève généralement sans action.</translation>
    </message>
    <message>
        <source>End-user rejected/missing</source>
        <translation>Utilisateur final refusé/manquant</translation>
    </message>
    <message>
        <source>Send valid end-user information for the lines that need it.</source>
        <translation>Envoyez des informations valides sur l’utilisateur final pour les lignes qui en ont besoin.</translation>
    </message>
    <message>
        <source>End-user data missing</source>
        <translation>Données utilisateur final manquantes</translation>
    </message>
    <message>
        <source>Send the missing end-user data (name, address, contact) to Ingram.</source>
        <translation>Envoyez à Ingram les données manquantes de l’utilisateur final (nom, adresse, contact).</translation>
    </message>
    <message>
        <source>Export hold</source>
        <translation>Blocage export</translation>
    </message>
    <message>
        <source>Flooring hold</source>
        <translation>Blocage financement de stock</translation>
    </message>
    <message>
        <source>Flooring (financing) limit reached; contact your flooring company or Ingram credit.</source>
        <translation>Plafond de financement de stock atteint ; contactez votre organisme de financement ou le service crédit d’Ingram.</translation>
    </message>
    <message>
        <source>Margin hold</source>
        <translation>Blocage marge</translation>
    </message>
    <message>
        <source>All orders set to hold (customer setting)</source>
        <translation>Toutes les commandes bloquées (paramètre client)</translation>
    </message>
    <message>
        <source>Your account holds every order: release it in Ingram&apos;s portal or ask sales.</source>
        <translation>Votre compte bloque chaque commande : libérez-la dans le portail Ingram ou demandez au service commercial.</translation>
    </message>
    <message>
        <source>Customer hold</source>
        <translation>Blocage client</translation>
    </message>
    <message>
        <source>Held at your request: release it (or cancel it) when ready.</source>
        <translation>Bloquée à votre demande : libérez-la (ou annulez-la) quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Fulfilment (dropship) value hold</source>
        <translation>Blocage valeur livraison directe</translation>
    </message>
    <message>
        <source>Drop-ship value limit exceeded; Ingram sales must approve.</source>
        <translation>Plafond de valeur en livraison directe dépassé ; le service commercial d’Ingram doit approuver.</translation>
    </message>
    <message>
        <source>Pricing hold</source>
        <translation>Blocage prix</translation>
    </message>
    <message>
        <source>Combined SM/SP hold</source>
        <translation>Blocage combiné SM/SP</translation>
    </message>
    <message>
        <source>Minimum-order fee and price change both need approval; ask Ingram sales.</source>
        <translation>Les frais de minimum de commande et le changement de prix doivent être approuvés ; demandez au service commercial d’Ingram.</translation>
    </message>
    <message>
        <source>Special product hold</source>
        <translation>Blocage article spécial</translation>
    </message>
    <message>
        <source>Freight hold</source>
        <translation>Blocage transport</translation>
    </message>
    <message>
        <source>Freight charges need confirming; agree the carrier or freight cost with Ingram.</source>
        <translation>Les frais de port doivent être confirmés ; convenez du transporteur ou du coût avec Ingram.</translation>
    </message>
    <message>
        <source>Sales hold</source>
        <translation>Blocage commercial</translation>
    </message>
    <message>
        <source>Waive minimum order fee hold</source>
        <translation>Blocage exonération des frais de minimum de commande</translation>
    </message>
    <message>
        <source>Order is under the minimum value; accept the fee or add lines.</source>
        <translation>La commande est sous le montant minimum ; acceptez les frais ou ajoutez des lignes.</translation>
    </message>
    <message>
        <source>Price change hold</source>
        <translation>Blocage changement de prix</translation>
    </message>
    <message>
        <source>The price changed since the order was placed; confirm the new price.</source>
        <translation>Le prix a changé depuis la commande ; confirmez le nouveau prix.</translation>
    </message>
    <message>
        <source>Transmit to vendor hold (awaiting a response)</source>
        <translation>Blocage transmission au fabricant (en attente de réponse)</translation>
    </message>
    <message>
        <source>Waiting for the vendor; no action needed unless it lasts days.</source>
        <translation>En attente du fabricant ; rien à faire sauf si cela dure des jours.</translation>
    </message>
    <message>
        <source>Deleted order</source>
        <translation>Commande supprimée</translation>
    </message>
    <message>
        <source>The order was deleted; place a new order if still needed.</source>
        <translation>La commande a été supprimée ; passez-en une nouvelle si besoin.</translation>
    </message>
    <message>
        <source>Vendor required information missing</source>
        <translation>Informations exigées par le fabricant manquantes</translation>
    </message>
    <message>
        <source>Provide the vendor-required details (often end user or licence data).</source>
        <translation>Fournissez les informations exigées par le fabricant (souvent utilisateur final ou licence).</translation>
    </message>
    <message>
        <source>Weight hold</source>
        <translation>Blocage poids</translation>
    </message>
    <message>
        <source>Shipment weight needs a freight quote; confirm with Ingram.</source>
        <translation>Le poids de l’envoi nécessite un devis de transport ; confirmez avec Ingram.</translation>
    </message>
    <message>
        <source>IM-Online offline hold</source>
        <translation>Blocage IM-Online hors ligne</translation>
    </message>
    <message>
        <source>Ingram&apos;s online system was offline; the order is released when it is back.</source>
        <translation>Le système en ligne d’Ingram était indisponible ; la commande est libérée à son retour.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>skipped</source>
        <extracomment>the report&apos;s links to a kind of change: this, then the kind (``query.CHANGE_KINDS``)</extracomment>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservée</translation>
    </message>
    <message>
        <source> (first {shown} of {total})</source>
        <translation> ({shown} premières sur {total})</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Rows with problems{more}&lt;/h4&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th&gt;line&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;reason&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;h4&gt;Lignes en erreur{more}&lt;/h4&gt;&lt;table cellspacing=4&gt;&lt;tr&gt;&lt;th&gt;ligne&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;motif&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Importing {file_name}</source>
        <extracomment>the user chose &quot;Import anyway&quot; after the sanity gate refused the file a kind of change in the report was clicked: its articles are asked for</extracomment>
        <translation>Importation de {file_name}</translation>
    </message>
    <message>
        <source>Saved: if Ingram Desk closes now, this import finishes at its next start.</source>
        <extracomment>said once the import is kept on disk: closing the app no longer loses it</extracomment>
        <translation>Enregistré : si Ingram Desk se ferme maintenant, cet import se terminera au prochain démarrage.</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <source>Cancelling — back to the previous catalogue, unchanged…</source>
        <translation>Annulation — retour au catalogue précédent, inchangé…</translation>
    </message>
    <message>
        <source>Cancelling — the current catalogue stays as it is…</source>
        <translation>Annulation — le catalogue actuel reste tel quel…</translation>
    </message>
    <message>
        <source>You can close this window and keep working.</source>
        <extracomment>once the new catalogue answers: the import goes on without the window</extracomment>
        <translation>Vous pouvez fermer cette fenêtre et continuer à travailler.</translation>
    </message>
    <message>
        <source>Reading the price file…</source>
        <extracomment>the import dialog&apos;s first line, while the file is read (before it is searchable)</extracomment>
        <translation>Lecture du fichier de prix…</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Importing anyway…</source>
        <translation>Importation forcée…</translation>
    </message>
</context>
<context>
    <name>InboxDialog</name>
    <message>
        <source>Inbox — documents from Ingram</source>
        <translation>Boîte de réception — documents d’Ingram</translation>
    </message>
    <message>
        <source>Watch &amp;folder…</source>
        <translation>Surveiller un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Watching {folder} (new files are imported every minute)</source>
        <translation>Surveillance de {folder} (les nouveaux fichiers sont importés chaque minute)</translation>
    </message>
    <message>
        <source>No folder watched: choose the folder your e-mail rule or EDI mailbox fills.</source>
        <translation>Aucun dossier surveillé : choisissez le dossier alimenté par votre règle de messagerie ou votre boîte EDI.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Matched</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Despatch advice</source>
        <translation>Avis d’expédition</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
</context>
<context>
    <name>IngramState</name>
    <message>
        <source>On Hold</source>
        <extracomment>the words Ingram&apos;s order details give an order&apos;s and a line&apos;s state (not codes: these are English words, shown in the user&apos;s language; a word not listed is shown as Ingram sent it)</extracomment>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Backordered</source>
        <translation>En reliquat</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Partially Shipped</source>
        <translation>Partiellement expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>JournalTexts</name>
    <message>
        <source>journal restored from the backup of {taken}; checking Ingram before any send</source>
        <translation>journal restauré à partir de la sauvegarde du {taken} ; vérification auprès d’Ingram avant tout envoi</translation>
    </message>
    <message>
        <source>draft created</source>
        <translation>brouillon créé</translation>
    </message>
    <message>
        <source>submitted by the user</source>
        <translation>transmise par l’utilisateur</translation>
    </message>
    <message>
        <source>sending (correlation id {correlation_id})</source>
        <translation>envoi en cours (id. de corrélation {correlation_id})</translation>
    </message>
    <message>
        <source>found in flight at start; checking Ingram before any resend</source>
        <translation>trouvée en cours d’envoi au démarrage ; vérification auprès d’Ingram avant tout renvoi</translation>
    </message>
    <message>
        <source>PO {po} already exists at Ingram ({orders}); not sent</source>
        <translation>Le bon de commande {po} existe déjà chez Ingram ({orders}) ; non envoyée</translation>
    </message>
    <message>
        <source>cancelled while sending</source>
        <translation>annulée pendant l’envoi</translation>
    </message>
    <message>
        <source>not sent: {error}</source>
        <translation>non envoyée : {error}</translation>
    </message>
    <message>
        <source>API window closed</source>
        <translation>plage horaire de l’API fermée</translation>
    </message>
    <message>
        <source>refused before processing (not placed): {error}</source>
        <translation>refusée avant traitement (non passée) : {error}</translation>
    </message>
    <message>
        <source>rejected by Ingram: {error}</source>
        <translation>refusée par Ingram : {error}</translation>
    </message>
    <message>
        <source>placed: Ingram order {orders}; {rejected}</source>
        <translation>passée : commande Ingram {orders} ; {rejected}</translation>
    </message>
    <message>
        <source>placed: Ingram order {orders}</source>
        <translation>passée : commande Ingram {orders}</translation>
    </message>
    <message>
        <source>order search failed: {error}</source>
        <translation>échec de la recherche de commande : {error}</translation>
    </message>
    <message>
        <source>found at Ingram by PO: {orders} (several orders carry this PO: split or duplicate, please check)</source>
        <translation>trouvée chez Ingram par bon de commande : {orders} (plusieurs commandes portent ce bon de commande : scission ou doublon, à vérifier)</translation>
    </message>
    <message>
        <source>found at Ingram by PO: {orders}</source>
        <translation>trouvée chez Ingram par bon de commande : {orders}</translation>
    </message>
    <message>
        <source>Ingram has this PO (duplicate refused); waiting for it</source>
        <translation>Ingram a déjà ce bon de commande (doublon refusé) ; en attente de son apparition</translation>
    </message>
    <message numerus="yes">
        <source>not found at Ingram after %n resend(s); check with Ingram before doing anything else</source>
        <translation>
            <numerusform>introuvable chez Ingram après %n renvoi ; vérifiez auprès d’Ingram avant toute autre action</numerusform>
            <numerusform>introuvable chez Ingram après %n renvois ; vérifiez auprès d’Ingram avant toute autre action</numerusform>
        </translation>
    </message>
    <message>
        <source>not found at Ingram after {seconds} s; resending the same PO and bytes</source>
        <translation>introuvable chez Ingram après {seconds} s ; renvoi du même bon de commande, octet pour octet</translation>
    </message>
    <message>
        <source>outcome unknown ({why}); checking Ingram by PO before any resend</source>
        <translation>résultat inconnu ({why}) ; vérification chez Ingram par bon de commande avant tout renvoi</translation>
    </message>
    <message>
        <source>Ingram could not confirm this order in time; check Ingram&apos;s order search for PO {po} before doing anything else ({why})</source>
        <translation>Ingram n’a pas pu confirmer cette commande à temps ; recherchez le bon de commande {po} dans la recherche de commandes d’Ingram avant toute autre action ({why})</translation>
    </message>
    <message>
        <source>Ingram could not confirm this order in time; check Ingram&apos;s order search for PO {po} before doing anything else</source>
        <translation>Ingram n’a pas pu confirmer cette commande à temps ; recherchez le bon de commande {po} dans la recherche de commandes d’Ingram avant toute autre action</translation>
    </message>
    <message>
        <source>waiting: {reason}</source>
        <translation>en attente : {reason}</translation>
    </message>
    <message>
        <source>line {line} {sku}: {reason}</source>
        <translation>ligne {line} {sku} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected by Ingram ({reasons})</source>
        <translation>
            <numerusform>%n ligne refusée par Ingram ({reasons})</numerusform>
            <numerusform>%n lignes refusées par Ingram ({reasons})</numerusform>
        </translation>
    </message>
    <message>
        <source>sending from desk {desk} (correlation id {correlation_id})</source>
        <translation>envoi depuis le poste {desk} (id. de corrélation {correlation_id})</translation>
    </message>
    <message>
        <source>found in flight from desk {desk}, which stopped; checking Ingram before any resend</source>
        <translation>trouvée en cours d’envoi depuis le poste {desk}, qui s’est arrêté ; vérification auprès d’Ingram avant tout renvoi</translation>
    </message>
    <message>
        <source>draft with PO {po} stays on this desk: {error} (change its PO to send it)</source>
        <translation>le brouillon avec le numéro de commande {po} reste sur ce poste : {error} (changez son numéro de commande pour l’envoyer)</translation>
    </message>
    <message>
        <source>edit of draft {po} stays on this desk: a colleague submitted or deleted it (change its PO to send it)</source>
        <translation>la modification du brouillon {po} reste sur ce poste : un collègue l’a envoyé ou supprimé (changez son numéro de commande pour l’envoyer)</translation>
    </message>
</context>
<context>
    <name>LineInputError</name>
    <message>
        <source>Nothing added: {shown} — write one SKU per line, optionally followed by a whole quantity of at least 1 (e.g. “1234567 3”).</source>
        <translation>Rien d’ajouté : {shown} — écrivez une référence par ligne, suivie éventuellement d’une quantité entière d’au moins 1 (p. ex. « 1234567 3 »).</translation>
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
        <translation>{title} — PRODUCTION : les commandes sont réelles</translation>
    </message>
    <message>
        <source>PRODUCTION — profile {profile_name}: orders placed here are real</source>
        <translation>PRODUCTION — profil {profile_name} : les commandes passées ici sont réelles</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>No ordering service in this window.</source>
        <translation>Pas de service de commande dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>No tracking service in this window.</source>
        <translation>Pas de service de suivi dans cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;P&amp;&amp;A</source>
        <translation>&amp;P&amp;&amp;A</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>Nouvelle co&amp;mmande</translation>
    </message>
    <message>
        <source>Or&amp;ders</source>
        <translation>Comman&amp;des</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>IM-XML over SOAP</source>
        <translation>IM-XML sur SOAP</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import price file…</source>
        <translation>&amp;Importer un fichier de prix…</translation>
    </message>
    <message>
        <source>Last import &amp;report…</source>
        <translation>Dernier &amp;rapport d’import…</translation>
    </message>
    <message>
        <source>What &amp;changed in the last import…</source>
        <translation>&amp;Changements du dernier import…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find in catalogue</source>
        <translation>&amp;Rechercher dans le catalogue</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>P&amp;&amp;A</source>
        <translation>P&amp;&amp;A</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Profiles &amp;&amp; credentials…</source>
        <translation>&amp;Profils &amp;&amp; identifiants…</translation>
    </message>
    <message>
        <source>&amp;Switch profile</source>
        <translation>&amp;Changer de profil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Show &amp;data folder</source>
        <translation>Afficher le &amp;dossier de données</translation>
    </message>
    <message>
        <source>&amp;About Ingram Desk</source>
        <translation>&amp;À propos d’Ingram Desk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to the order</source>
        <translation>
            <numerusform>%n ligne ajoutée à la commande</numerusform>
            <numerusform>%n lignes ajoutées à la commande</numerusform>
        </translation>
    </message>
    <message>
        <source>Import price file</source>
        <translation>Importer un fichier de prix</translation>
    </message>
    <message>
        <source>Price files (*.csv *.txt *.zip)</source>
        <translation>Fichiers de prix (*.csv *.txt *.zip)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profile {name} saved; start with --profile {name} to use it</source>
        <translation>Profil {name} enregistré ; démarrez avec --profile {name} pour l’utiliser</translation>
    </message>
    <message>
        <source>  (PRODUCTION)</source>
        <translation>  (PRODUCTION)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Order → add the SKU and quantity typed in the line box</source>
        <translation>Commande → ajouter la référence et la quantité saisies</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Order → remove the selected lines</source>
        <translation>Commande → supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Orders → search with the order number or PO typed</source>
        <translation>Commandes → rechercher avec le numéro de commande ou de bon de commande saisi</translation>
    </message>
    <message>
        <source>Welcome to the demo</source>
        <translation>Bienvenue dans la démo</translation>
    </message>
    <message>
        <source>Working on: {tasks}</source>
        <translation>En cours : {tasks}</translation>
    </message>
    <message>
        <source>An order is being sent</source>
        <translation>Une commande est en cours d’envoi</translation>
    </message>
    <message>
        <source>Order {pos} is being sent to Ingram right now. If you quit, Ingram Desk lets the send finish (at most a few minutes); if it cannot, it checks with Ingram at the next start whether the order was placed. It is never sent twice.</source>
        <translation>La commande {pos} est en cours d’envoi à Ingram. Si vous quittez, Ingram Desk laisse l’envoi se terminer (quelques minutes au plus) ; sinon, il vérifie auprès d’Ingram au prochain démarrage si la commande a été passée. Elle n’est jamais envoyée deux fois.</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Garder ouvert</translation>
    </message>
</context>
<context>
    <name>OrderDetailPane</name>
    <message>
        <source> (Ingram: {note})</source>
        <extracomment>public tracking pages for carriers whose answers carry no URL (prefix of the carrier name)</extracomment>
        <translation> (Ingram : {note})</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#8a4b00&apos;&gt;On hold:&lt;/p&gt;&lt;ul&gt;{v0}&lt;/ul&gt;</source>
        <translation>&lt;p style=&apos;color:#8a4b00&apos;&gt;Bloquée :&lt;/p&gt;&lt;ul&gt;{v0}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Order {order} — PO {po}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Commande {order} — bon de commande {po}&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Status: &lt;b&gt;{status}&lt;/b&gt; · created {created} · total {total}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Statut : &lt;b&gt;{status}&lt;/b&gt; · créée le {created} · total {total}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th&gt;Sub-order&lt;/th&gt;&lt;th&gt;Line&lt;/th&gt;&lt;th&gt;SKU&lt;/th&gt;&lt;th&gt;Description&lt;/th&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Qty&lt;/th&gt;&lt;th&gt;Confirmed&lt;/th&gt;&lt;th&gt;Backorder (ETA)&lt;/th&gt;&lt;th&gt;Price&lt;/th&gt;&lt;th&gt;Shipments and tracking&lt;/th&gt;&lt;th&gt;Serial numbers&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th&gt;Sous-commande&lt;/th&gt;&lt;th&gt;Ligne&lt;/th&gt;&lt;th&gt;Réf. Ingram&lt;/th&gt;&lt;th&gt;Désignation&lt;/th&gt;&lt;th&gt;Statut&lt;/th&gt;&lt;th&gt;Qté&lt;/th&gt;&lt;th&gt;Confirmé&lt;/th&gt;&lt;th&gt;Reliquat (date de livraison prévue)&lt;/th&gt;&lt;th&gt;Prix&lt;/th&gt;&lt;th&gt;Expéditions et suivi&lt;/th&gt;&lt;th&gt;Numéros de série&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source> · invoice &lt;a href=&apos;invoice:{number}&apos;&gt;{number}&lt;/a&gt;</source>
        <translation> · facture &lt;a href=&apos;invoice:{number}&apos;&gt;{number}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{quantity} shipped {date} {warehouse}: {links}</source>
        <translation>{quantity} expédié(s) le {date} {warehouse} : {links}</translation>
    </message>
    <message>
        <source>no ETA</source>
        <translation>pas de date prévue</translation>
    </message>
    <message>
        <source>&lt;p&gt;Invoices: {links}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Factures : {links}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;h4&gt;Invoice {number}&lt;/h4&gt;&lt;p&gt;{status} · dated {dated} · due {due_date} · amount due {due} · lines: {lines}&lt;/p&gt;</source>
        <translation>&lt;hr&gt;&lt;h4&gt;Facture {number}&lt;/h4&gt;&lt;p&gt;{status} · du {dated} · échéance {due_date} · montant dû {due} · lignes : {lines}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;hr&gt;&lt;h4&gt;Documents from Ingram (inbox)&lt;/h4&gt;</source>
        <translation>&lt;hr&gt;&lt;h4&gt;Documents d’Ingram (boîte de réception)&lt;/h4&gt;</translation>
    </message>
    <message>
        <source> · total {total}</source>
        <translation> · total {total}</translation>
    </message>
    <message>
        <source> · tracking {links}</source>
        <translation> · suivi {links}</translation>
    </message>
    <message>
        <source> · serials {serials}</source>
        <translation> · numéros de série {serials}</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Sélectionnez une commande pour voir son détail.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>Ship what is available (partial)</source>
        <extracomment>ship-complete choices: label → the v6 ``shipComplete`` value (None = Ingram&apos;s default)</extracomment>
        <translation>Livrer ce qui est disponible (partiel)</translation>
    </message>
    <message>
        <source>Ship complete (all lines together)</source>
        <translation>Livraison complète (toutes les lignes ensemble)</translation>
    </message>
    <message>
        <source>Ship complete per line</source>
        <translation>Livraison complète par ligne</translation>
    </message>
    <message>
        <source>(Ingram&apos;s default ship-to for your account)</source>
        <translation>(adresse de livraison par défaut de votre compte Ingram)</translation>
    </message>
    <message>
        <source>(no end-user information)</source>
        <translation>(pas d’informations utilisateur final)</translation>
    </message>
    <message>
        <source>(Ingram chooses)</source>
        <translation>(au choix d’Ingram)</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nouvelle commande</translation>
    </message>
    <message>
        <source>Copy as new draft</source>
        <translation>Copier en nouveau brouillon</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Commande :</translation>
    </message>
    <message>
        <source>required, at most {MAX_PO_LENGTH} characters</source>
        <translation>obligatoire, {MAX_PO_LENGTH} caractères au plus</translation>
    </message>
    <message>
        <source>Your purchase order number, at most {MAX_PO_LENGTH} characters. A new order starts with a generated one shown here; type your own over it. Sending needs a PO.</source>
        <translation>Votre numéro de bon de commande, {MAX_PO_LENGTH} caractères au plus. Une nouvelle commande commence avec un numéro généré affiché ici ; saisissez le vôtre par-dessus. L’envoi exige un bon de commande.</translation>
    </message>
    <message>
        <source>optional, at most {MAX_PO_LENGTH} characters</source>
        <translation>facultatif, {MAX_PO_LENGTH} caractères au plus</translation>
    </message>
    <message>
        <source>Address &amp;book…</source>
        <translation>Carnet d’&amp;adresses…</translation>
    </message>
    <message>
        <source>End-user information (from the address book) for lines or countries that need it</source>
        <translation>Informations utilisateur final (du carnet d’adresses) pour les lignes ou pays qui l’exigent</translation>
    </message>
    <message>
        <source>Requested delivery</source>
        <translation>Livraison souhaitée</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Customer &amp;PO</source>
        <translation>&amp;Bon de commande</translation>
    </message>
    <message>
        <source>End-customer PO</source>
        <translation>Bon de commande client final</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Livrer à</translation>
    </message>
    <message>
        <source>End user</source>
        <translation>Utilisateur final</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <source>SKU and quantity, e.g. “1234567 3” — Enter adds</source>
        <translation>Référence et quantité, p. ex. « 1234567 3 » — Entrée ajoute</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter la ligne</translation>
    </message>
    <message>
        <source>Paste SKU/qty lines</source>
        <translation>Coller réf./qté</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Check prices &amp;&amp; stock</source>
        <translation>Vérifier prix &amp;&amp; stock</translation>
    </message>
    <message>
        <source>&amp;Submit order</source>
        <translation>&amp;Envoyer la commande</translation>
    </message>
    <message>
        <source>Showing the addresses last read: {reason}</source>
        <translation>Adresses lues en dernier : {reason}</translation>
    </message>
    <message>
        <source>(this order&apos;s end user) {text}</source>
        <translation>(utilisateur final de cette commande) {text}</translation>
    </message>
    <message>
        <source>(this order&apos;s address) {v0}</source>
        <translation>(adresse de cette commande) {v0}</translation>
    </message>
    <message>
        <source>{code} (not in this profile&apos;s list)</source>
        <translation>{code} (absent de la liste de ce profil)</translation>
    </message>
</context>
<context>
    <name>OrderHoldActions</name>
    <message>
        <source>Cancel Ingram order {ingram_order_number} (PO {customer_order_number})?</source>
        <translation>Annuler la commande Ingram {ingram_order_number} (bon de commande {customer_order_number}) ?</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Order {number}: Ingram refused {v1}</source>
        <translation>Commande {number} : Ingram a refusé {v1}</translation>
    </message>
    <message>
        <source>Order {number}: changed as asked</source>
        <translation>Commande {number} : modifiée comme demandé</translation>
    </message>
    <message>
        <source>Order {number}: hold released, Ingram is processing it</source>
        <translation>Commande {number} : blocage levé, Ingram la traite</translation>
    </message>
    <message>
        <source>Release Ingram order {ingram_order_number} (PO {customer_order_number})? Ingram starts processing it; it can no longer be changed or cancelled here.</source>
        <translation>Libérer la commande Ingram {ingram_order_number} (bon de commande {customer_order_number}) ? Ingram commence à la traiter ; elle ne pourra plus être modifiée ni annulée ici.</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Lever le blocage</translation>
    </message>
</context>
<context>
    <name>OrderLinesEntry</name>
    <message>
        <source>price file of {v0}</source>
        <translation>fichier de prix du {v0}</translation>
    </message>
    <message>
        <source>price file</source>
        <translation>fichier de prix</translation>
    </message>
    <message>
        <source>{codes}: the part number of several articles; choose one in P&amp;A or the catalogue.</source>
        <translation>{codes} : la référence de plusieurs articles ; choisissez-en un dans P&amp;A ou dans le catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source> — order total &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation> — total de la commande &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — total unknown until every line has a price</source>
        <translation> — total inconnu tant qu’une ligne n’a pas de prix</translation>
    </message>
</context>
<context>
    <name>OrderLinesInput</name>
    <message>
        <source>live P&amp;A {time}</source>
        <translation>P&amp;A en direct {time}</translation>
    </message>
    <message>
        <source>no answer from Ingram</source>
        <translation>pas de réponse d’Ingram</translation>
    </message>
    <message>
        <source>rejected by Ingram</source>
        <translation>refusé par Ingram</translation>
    </message>
    <message>
        <source>price {old} → {new}</source>
        <translation>prix {old} → {new}</translation>
    </message>
    <message>
        <source>none in stock</source>
        <translation>aucun en stock</translation>
    </message>
    <message>
        <source>only {total_available} available</source>
        <translation>seulement {total_available} disponible(s)</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>SKU</source>
        <extracomment>the ``FormLine`` behind a row where the price comes from and how old it is (&quot;price file of 23 Nov 06:12&quot;, &quot;live 14:02&quot;) what the last live P&amp;A said changed since the line was added (&quot;&quot; = nothing) a live P&amp;A answered for this line since it was added the last live P&amp;A refused this line (unknown SKU, not orderable): it cannot be placed (key, header, editable)</extracomment>
        <translation>Réf. Ingram</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Your price</source>
        <translation>Votre prix</translation>
    </message>
    <message>
        <source>Cur.</source>
        <translation>Dev.</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total ligne</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Prix issu de</translation>
    </message>
    <message>
        <source>Special bid</source>
        <translation>Prix spécial</translation>
    </message>
    <message>
        <source>Live check</source>
        <translation>Interrogation en direct</translation>
    </message>
    <message>
        <source>✓ unchanged</source>
        <translation>✓ inchangé</translation>
    </message>
    <message>
        <source>✗ not accepted: {live_note}</source>
        <translation>✗ non accepté : {live_note}</translation>
    </message>
</context>
<context>
    <name>OrderState</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Ingram has not confirmed yet; checking</source>
        <translation>Ingram n’a pas encore confirmé ; vérification en cours</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Rejected by Ingram (not placed)</source>
        <translation>Refusée par Ingram (non passée)</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Demande votre attention</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>In progress/Open order</source>
        <extracomment>&quot;&quot; is the seed&apos;s &quot;blank&quot; (open order) &quot;&quot; means no hold What the purchaser can do about it (our advice, not Ingram&apos;s text). Seed 004&apos;s order status codes, verbatim descriptions.</extracomment>
        <translation>En cours/commande ouverte</translation>
    </message>
    <message>
        <source>Credit hold</source>
        <translation>Blocage crédit</translation>
    </message>
    <message>
        <source>Shipment hold</source>
        <translation>Blocage expédition</translation>
    </message>
    <message>
        <source>Billing error</source>
        <translation>Erreur de facturation</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Ecommerce Hold</source>
        <translation>Blocage e-commerce</translation>
    </message>
    <message>
        <source>Released to the warehouse management system</source>
        <translation>Transmise au système de gestion d’entrepôt</translation>
    </message>
    <message>
        <source>Sales Hold</source>
        <translation>Blocage commercial</translation>
    </message>
    <message>
        <source>Deleted order</source>
        <translation>Commande supprimée</translation>
    </message>
    <message>
        <source>Order not released to the warehouse management system</source>
        <translation>Commande non transmise au système de gestion d’entrepôt</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>Codes only Ingram&apos;s 2024 v5 spec lists (order-details ``orderstatus``), kept as a fallback.</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Contrôlée</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Bill for history only</source>
        <translation>Facture pour historique seulement</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transférée</translation>
    </message>
    <message>
        <source>Tag hold</source>
        <translation>Blocage étiquette</translation>
    </message>
    <message>
        <source>Drop ship hold</source>
        <translation>Blocage livraison directe</translation>
    </message>
    <message>
        <source>Internet customer origin hold</source>
        <translation>Blocage origine client internet</translation>
    </message>
    <message>
        <source>RMA hold</source>
        <translation>Blocage RMA</translation>
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
        <translation>sur ce poste</translation>
    </message>
    <message>
        <source>Saved on this desk; it joins the team when the database is back.</source>
        <translation>Enregistré sur ce poste ; il rejoint l’équipe dès que la base de données est de retour.</translation>
    </message>
    <message>
        <source>(new order)</source>
        <translation>(nouvelle commande)</translation>
    </message>
    <message>
        <source> — until you type one, this draft keeps {customer_po}</source>
        <extracomment>P&amp;A accepts at most this many items per call the latest live P&amp;A answer per SKU (from the P&amp;A tab), with when it was given</extracomment>
        <translation> — tant que vous n’en saisissez pas, ce brouillon garde {customer_po}</translation>
    </message>
    <message>
        <source>A customer PO is required (at most {MAX_PO_LENGTH} characters){kept}.</source>
        <translation>Un numéro de bon de commande est obligatoire ({MAX_PO_LENGTH} caractères au plus){kept}.</translation>
    </message>
    <message>
        <source>Customer PO too long: {v0} characters, Ingram takes at most {MAX_PO_LENGTH} — shorten it before sending.</source>
        <translation>Bon de commande trop long : {v0} caractères, Ingram en accepte {MAX_PO_LENGTH} au plus — raccourcissez-le avant l’envoi.</translation>
    </message>
    <message>
        <source>End-customer PO too long: {v0} characters, at most {MAX_PO_LENGTH}.</source>
        <translation>Bon de commande client final trop long : {v0} caractères, {MAX_PO_LENGTH} au plus.</translation>
    </message>
    <message>
        <source>Another order is being sent; submit this one when it is done.</source>
        <translation>Une autre commande est en cours d’envoi ; envoyez celle-ci quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Add at least one line before submitting.</source>
        <translation>Ajoutez au moins une ligne avant l’envoi.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyée : {reason}</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>Non envoyée : {problem}</translation>
    </message>
    <message>
        <source>No live check (P&amp;A is not available): prices are the price file&apos;s.</source>
        <translation>Pas d’interrogation en direct (P&amp;A indisponible) : les prix sont ceux du fichier de prix.</translation>
    </message>
    <message>
        <source>The live check failed ({v0}): prices are the price file&apos;s and stock was not checked.</source>
        <translation>L’interrogation en direct a échoué ({v0}) : les prix sont ceux du fichier de prix et le stock n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>Not sent — {po} is still a draft. Change it and submit again.</source>
        <translation>Non envoyée — {po} est encore un brouillon. Modifiez-la et renvoyez-la.</translation>
    </message>
    <message>
        <source>Unusual quantity</source>
        <translation>Quantité inhabituelle</translation>
    </message>
    <message>
        <source>Order {listed}? That is more than usual for one line.</source>
        <translation>Commander {listed} ? C’est plus que d’habitude pour une ligne.</translation>
    </message>
    <message>
        <source>Not sent: change the quantity, then submit.</source>
        <translation>Non envoyée : modifiez la quantité, puis envoyez.</translation>
    </message>
    <message>
        <source>New order — saved as a draft as you type.</source>
        <translation>Nouvelle commande — enregistrée en brouillon pendant la saisie.</translation>
    </message>
    <message>
        <source>Draft {customer_po} — saved.</source>
        <translation>Brouillon {customer_po} — enregistré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Placed, but not every line: {last_error}&lt;/b&gt; — those lines were not ordered</source>
        <translation>&lt;b&gt;Passée, mais pas toutes les lignes : {last_error}&lt;/b&gt; — ces lignes n’ont pas été commandées</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — awaiting confirmation; do not place it again</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — en attente de confirmation ; ne la repassez pas</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ingram order(s): &lt;b&gt;{v0}&lt;/b&gt;</source>
        <translation>&lt;br&gt;Commande(s) Ingram : &lt;b&gt;{v0}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Another Ingram Desk window or command is sending orders from this journal; it will send this one.</source>
        <translation>&lt;br&gt;Une autre fenêtre ou commande Ingram Desk envoie les commandes de ce journal ; elle enverra celle-ci.</translation>
    </message>
</context>
<context>
    <name>OrdersExport</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}</source>
        <translation>
            <numerusform>%Ln ligne exportée vers {path}</numerusform>
            <numerusform>%Ln lignes exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>OrdersInbox</name>
    <message numerus="yes">
        <source>, &lt;b style=&apos;color:#a33&apos;&gt;%n unmatched&lt;/b&gt;</source>
        <translation>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n non rapproché&lt;/b&gt;</numerusform>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n non rapprochés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder Ingram&apos;s documents arrive in</source>
        <translation>Dossier où arrivent les documents d’Ingram</translation>
    </message>
    <message>
        <source>Import documents from Ingram</source>
        <translation>Importer des documents d’Ingram</translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n document(s)</source>
        <translation>
            <numerusform>Boîte de réception : %n document</numerusform>
            <numerusform>Boîte de réception : %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>XML documents (*.xml);;All files (*)</source>
        <translation>Documents XML (*.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Ingram order</source>
        <extracomment>the ``OrderSummary`` behind a row (text, colour) for the badge delegate, or None for a plain cell what a header click sorts by: numbers for value and lines (None while not known: listed last whichever the direction), ISO text for dates orders pulled per fetchMore (the service asks Ingram for pages of at most 100) a value or line count not known yet (the tooltip says why)</extracomment>
        <translation>Commande Ingram</translation>
    </message>
    <message>
        <source>Sub-order</source>
        <translation>Sous-commande</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Ingram&apos;s note</source>
        <translation>Note d’Ingram</translation>
    </message>
    <message>
        <source>Status {code}: {description} ({bucket})</source>
        <translation>Statut {code} : {description} ({bucket})</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code} — {description}&lt;/b&gt;&lt;br&gt;What you can do: {action}</source>
        <translation>&lt;b&gt;{code} — {description}&lt;/b&gt;&lt;br&gt;Ce que vous pouvez faire : {action}</translation>
    </message>
    <message>
        <source>&lt;br&gt;Ingram&apos;s note: {note}</source>
        <translation>&lt;br&gt;Note d’Ingram : {note}</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>Modifiée depuis votre dernière consultation</translation>
    </message>
    <message>
        <source>Not known yet: select the order to read its details</source>
        <translation>Pas encore connu : sélectionnez la commande pour lire son détail</translation>
    </message>
    <message>
        <source>Not known yet: select the order to read its lines. The grid reads no order&apos;s details by itself: that would spend Ingram&apos;s 60 calls a minute.</source>
        <translation>Pas encore connu : sélectionnez la commande pour lire ses lignes. La liste ne lit d&apos;elle-même aucun détail de commande : cela épuiserait les 60 appels par minute d&apos;Ingram.</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Disabled: select an order first</source>
        <translation>Désactivé : sélectionnez d’abord une commande</translation>
    </message>
    <message>
        <source>Disabled: this order is cancelled</source>
        <translation>Désactivé : cette commande est annulée</translation>
    </message>
    <message>
        <source>{what} (Ingram allows it while the order is on customer hold, within 24 hours)</source>
        <translation>{what} (Ingram l’autorise tant que la commande est en blocage client, dans les 24 heures)</translation>
    </message>
    <message>
        <source>Disabled: Ingram allows this only for orders placed on customer hold (IM) that are still held</source>
        <translation>Désactivé : Ingram ne l’autorise que pour les commandes passées en blocage client (IM) et encore bloquées</translation>
    </message>
    <message>
        <source>Disabled: this order is already cancelled</source>
        <translation>Désactivé : cette commande est déjà annulée</translation>
    </message>
    <message>
        <source>Cancel this order (Ingram allows it while it is on customer hold)</source>
        <translation>Annuler cette commande (Ingram l’autorise tant qu’elle est en blocage client)</translation>
    </message>
    <message>
        <source>Disabled: Ingram cancels only orders on customer hold (IM); for this one, call your Ingram sales contact</source>
        <translation>Désactivé : Ingram n’annule que les commandes en blocage client (IM) ; pour celle-ci, appelez votre commercial Ingram</translation>
    </message>
    <message>
        <source>Ingram order number</source>
        <extracomment>the status filter&apos;s &quot;Open / in progress&quot; choice (filtered here, not a code Ingram knows) an order placed since the search (on this desk or, live, on a colleague&apos;s) is now shown the inbox imported documents (list of InboxRecord, possibly empty after a rescan) the ship-to choices of &quot;Change order&quot; (the window sets it) the folder of the last export (the dialog starts there)</extracomment>
        <translation>Numéro de commande Ingram</translation>
    </message>
    <message>
        <source>Customer PO</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open / in progress (every open code)</source>
        <translation>Ouverte / en cours (tout code ouvert)</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Créée du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Re&amp;lease hold…</source>
        <translation>&amp;Libérer…</translation>
    </message>
    <message>
        <source>C&amp;hange order…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>&amp;Export grid…</source>
        <translation>&amp;Exporter la grille…</translation>
    </message>
    <message>
        <source>Export &amp;details…</source>
        <translation>Exporter le &amp;détail…</translation>
    </message>
    <message>
        <source>&amp;Inbox…</source>
        <translation>&amp;Boîte de réception…</translation>
    </message>
    <message>
        <source>Despatch advice and invoices Ingram pushes: drop XML files on this tab, or watch a folder</source>
        <translation>Avis d’expédition et factures envoyés par Ingram : déposez des fichiers XML sur cet onglet ou surveillez un dossier</translation>
    </message>
    <message>
        <source>Search stopped: {v0} — Refresh or Search to retry</source>
        <translation>Recherche interrompue : {v0} — Actualiser ou Rechercher pour réessayer</translation>
    </message>
    <message>
        <source>{orders}, {rows}{more}</source>
        <translation>{orders}, {rows}{more}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment row(s)</source>
        <translation>
            <numerusform>%Ln ligne d’expédition</numerusform>
            <numerusform>%Ln lignes d’expédition</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source> — scroll for more</source>
        <translation> — faites défiler pour voir la suite</translation>
    </message>
    <message>
        <source>Loading order {order_number}…</source>
        <translation>Chargement de la commande {order_number}…</translation>
    </message>
    <message>
        <source>Release the hold: Ingram starts processing the order</source>
        <translation>Lever le blocage : Ingram commence à traiter la commande</translation>
    </message>
    <message>
        <source>Disabled: wait for the order&apos;s details to load</source>
        <translation>Désactivé : attendez le chargement du détail de la commande</translation>
    </message>
    <message>
        <source>Change line quantities or the ship-to</source>
        <translation>Modifier les quantités ou l’adresse de livraison</translation>
    </message>
    <message>
        <source>Disabled: search first; there is nothing to export</source>
        <translation>Désactivé : lancez d’abord une recherche ; rien à exporter</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Ne plus &amp;suivre</translation>
    </message>
</context>
<context>
    <name>PlaceholderTab</name>
    <message>
        <source>Lines waiting for the order form: {text}</source>
        <translation>Lignes en attente du formulaire de commande : {text}</translation>
    </message>
</context>
<context>
    <name>PnaModel</name>
    <message>
        <source>file said {stock} at {price}</source>
        <extracomment>the ``PnaResult`` behind a top-level row (or behind a warehouse row&apos;s parent)</extracomment>
        <translation>le fichier indiquait {stock} à {price}</translation>
    </message>
    <message>
        <source>From the price file: {description}</source>
        <extracomment>per row, the price file&apos;s description where Ingram gave none (an article it no longer knows: the clerk still sees which one it was)</extracomment>
        <translation>D’après le fichier de prix : {description}</translation>
    </message>
    <message>
        <source>central warehouse</source>
        <translation>entrepôt central</translation>
    </message>
    <message>
        <source>local warehouse</source>
        <translation>entrepôt local</translation>
    </message>
    <message>
        <source> (not in the seed table)</source>
        <translation> (absent de la liste des entrepôts)</translation>
    </message>
    <message>
        <source>{n} backordered</source>
        <translation>{n} en reliquat</translation>
    </message>
    <message>
        <source>{on_order} on order</source>
        <translation>{on_order} en commande</translation>
    </message>
</context>
<context>
    <name>PnaTab</name>
    <message>
        <source>Enter, paste or drop up to 20 items — Ingram SKUs, vendor part numbers or EANs.
One per line, a column copied from a spreadsheet, or a whole e-mail.</source>
        <translation>Saisissez, collez ou déposez jusqu’à 20 articles — références Ingram, références fabricant ou EAN.
Un par ligne, une colonne copiée d’un tableur ou un e-mail entier.</translation>
    </message>
    <message>
        <source>Check live P&amp;&amp;A</source>
        <translation>Interroger P&amp;&amp;A en direct</translation>
    </message>
    <message>
        <source>One live call for the batch (Ctrl+Enter)</source>
        <translation>Une seule interrogation en direct pour le lot (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Items&lt;/b&gt;</source>
        <translation>&lt;b&gt;Articles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Qty </source>
        <translation>Qté </translation>
    </message>
    <message>
        <source>Add to order</source>
        <translation>Ajouter à la commande</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy as CSV</source>
        <translation>Copier en CSV</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live price &amp;amp; availability&lt;/b&gt; — expand a row for each warehouse</source>
        <translation>&lt;b&gt;Prix &amp;amp; disponibilité en direct&lt;/b&gt; — dépliez une ligne pour chaque entrepôt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Enter at least one SKU, vendor part number or EAN.</source>
        <translation>Saisissez au moins une référence Ingram, une référence fabricant ou un EAN.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{v0} items — a live check takes at most {MAX_ITEMS}.&lt;/b&gt; Nothing was sent; remove some lines or split the list.</source>
        <translation>&lt;b&gt;{v0} articles — une interrogation en direct en prend {MAX_ITEMS} au plus.&lt;/b&gt; Rien n’a été envoyé ; supprimez des lignes ou scindez la liste.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Nothing to check.</source>
        <translation>Rien à interroger.</translation>
    </message>
    <message>
        <source>The check did not complete (see the message above).</source>
        <translation>L’interrogation n’a pas abouti (voir le message ci-dessus).</translation>
    </message>
    <message>
        <source>Check cancelled; the results shown are from before.</source>
        <translation>Interrogation annulée ; les résultats affichés sont antérieurs.</translation>
    </message>
    <message>
        <source>Warehouses</source>
        <translation>Entrepôts</translation>
    </message>
    <message>
        <source>central</source>
        <translation>central</translation>
    </message>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>Items checked: {n}</source>
        <translation>Articles interrogés : {n}</translation>
    </message>
    <message>
        <source>, {rejected} rejected by Ingram (see Status).</source>
        <translation>, {rejected} refusé(s) par Ingram (voir Statut).</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search SKU, vendor part no., EAN or words   (Ctrl+F)</source>
        <translation>Rechercher réf. Ingram, réf. fabricant, EAN ou mots   (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>PRODUCTION — live orders</source>
        <translation>PRODUCTION — commandes réelles</translation>
    </message>
    <message>
        <source>Ingram sandbox</source>
        <translation>Bac à sable Ingram</translation>
    </message>
    <message>
        <source>Demo (embedded sandbox)</source>
        <translation>Démo (bac à sable intégré)</translation>
    </message>
    <message>
        <source>Custom API</source>
        <translation>API personnalisée</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>No catalogue yet — File › Import price file</source>
        <translation>Pas encore de catalogue — Fichier › Importer un fichier de prix</translation>
    </message>
    <message>
        <source>; stock of {stock}</source>
        <translation> ; stock du {stock}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · price file received {price}</source>
        <translation>
            <numerusform>%Ln article · fichier de prix reçu le {price}</numerusform>
            <numerusform>%Ln articles · fichier de prix reçu le {price}</numerusform>
        </translation>
    </message>
    <message>
        <source> until {closes_at}</source>
        <translation> jusqu’à {closes_at}</translation>
    </message>
    <message>
        <source>API closed until {opens_at}</source>
        <translation>API fermée jusqu’à {opens_at}</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is open all day</source>
        <translation>L’API d’Ingram pour {country} est ouverte toute la journée</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is open until {time} local time</source>
        <translation>L’API d’Ingram pour {country} est ouverte jusqu’à {time}, heure locale</translation>
    </message>
    <message>
        <source>Ingram&apos;s API for {country} is closed until {time} local time</source>
        <translation>L’API d’Ingram pour {country} est fermée jusqu’à {time}, heure locale</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Ingram&apos;s API answers</source>
        <translation>L’API d’Ingram répond</translation>
    </message>
    <message>
        <source>credentials refused</source>
        <translation>identifiants refusés</translation>
    </message>
    <message>
        <source>offline — next try {when}</source>
        <translation>hors ligne — prochain essai {when}</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>{reason}. The catalogue, drafts and queued orders stay as they are; queued orders are sent once Ingram answers.</source>
        <translation>{reason}. Le catalogue, les brouillons et les commandes en attente restent tels quels ; les commandes en attente partent dès qu’Ingram répond.</translation>
    </message>
    <message>
        <source> — waiting until {v0}</source>
        <translation> — attente jusqu’à {v0}</translation>
    </message>
    <message>
        <source> · building the full index…</source>
        <translation> · construction de l’index complet…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · price file of {price}</source>
        <translation>
            <numerusform>%Ln article · tarif du {price}</numerusform>
            <numerusform>%Ln articles · tarif du {price}</numerusform>
        </translation>
    </message>
    <message>
        <source>Active profile: {profile_name} ({kind_text})</source>
        <translation>Profil actif : {profile_name} ({kind_text})</translation>
    </message>
    <message>
        <source>API calls: 60 / 60 left</source>
        <translation>Appels API restants : 60 / 60</translation>
    </message>
    <message>
        <source>API hours: unknown</source>
        <translation>Horaires API : inconnus</translation>
    </message>
    <message>
        <source> all day</source>
        <translation> toute la journée</translation>
    </message>
    <message>
        <source>API open{until}</source>
        <translation>API ouverte{until}</translation>
    </message>
    <message>
        <source>API calls{v0}: {remaining} / {limit} left</source>
        <translation>Appels API restants{v0} : {remaining} / {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{text}
The prices are %n day(s) old: older than the {limit} days set in the preferences (price_age_warn_days). Import a current price file (File › Import price file) before quoting them.</source>
        <translation>
            <numerusform>{text}
Les prix datent de %n jour : plus que les {limit} jours fixés dans les préférences (price_age_warn_days). Importez un fichier de prix à jour (Fichier › Importer un fichier de prix) avant de les proposer.</numerusform>
            <numerusform>{text}
Les prix datent de %n jours : plus que les {limit} jours fixés dans les préférences (price_age_warn_days). Importez un fichier de prix à jour (Fichier › Importer un fichier de prix) avant de les proposer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBucket</name>
    <message>
        <source>open</source>
        <extracomment>the badge groups (ours, not Ingram&apos;s) as a purchaser reads them</extracomment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Warehouse</name>
    <message>
        <source>Vienna</source>
        <extracomment>&quot;Impulse&quot; or &quot;SAP&quot;: decides id style (numeric vs NL01/PE02/PEDE) The warehouse towns as purchasers call them, marked for translation (Vienna is Wien in German).</extracomment>
        <translation>Vienne</translation>
    </message>
    <message>
        <source>Straubing</source>
        <translation>Straubing</translation>
    </message>
    <message>
        <source>Tilburg</source>
        <translation>Tilbourg</translation>
    </message>
    <message>
        <source>Altishofen</source>
        <translation>Altishofen</translation>
    </message>
    <message>
        <source>Tarragona</source>
        <translation>Tarragone</translation>
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
        <translation>Ingram Desk — commandes suivies</translation>
    </message>
    <message>
        <source>Watch list unchanged</source>
        <translation>Liste de suivi inchangée</translation>
    </message>
    <message>
        <source>Order {order_number} changed</source>
        <translation>Commande {order_number} modifiée</translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… et %n autre</numerusform>
            <numerusform>
… et %n autres</numerusform>
        </translation>
    </message>
</context>
</TS>
