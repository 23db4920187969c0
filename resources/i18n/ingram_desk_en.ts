<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogueTab</name>
    <message numerus="yes">
        <source>%Ln product(s) · {elapsed} ms</source>
        <translation>
            <numerusform>%Ln product · {elapsed} ms</numerusform>
            <numerusform>%Ln products · {elapsed} ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueTexts</name>
    <message numerus="yes">
        <source>Imported %Ln product(s) from {source}</source>
        <translation>
            <numerusform>Imported %Ln product from {source}</numerusform>
            <numerusform>Imported %Ln products from {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln row skipped</numerusform>
            <numerusform>%Ln rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate(s) replaced</source>
        <translation>
            <numerusform>%Ln duplicate replaced</numerusform>
            <numerusform>%Ln duplicates replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown SKU(s) in the stock file</source>
        <translation>
            <numerusform>%Ln unknown SKU in the stock file</numerusform>
            <numerusform>%Ln unknown SKUs in the stock file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln categor(y|ies)</source>
        <translation>
            <numerusform>%Ln category</numerusform>
            <numerusform>%Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s)</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed article(s)</source>
        <translation>
            <numerusform>%Ln removed article</numerusform>
            <numerusform>%Ln removed articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price rise(s)</source>
        <translation>
            <numerusform>%Ln price rise</numerusform>
            <numerusform>%Ln price rises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln price cut(s)</source>
        <translation>
            <numerusform>%Ln price cut</numerusform>
            <numerusform>%Ln price cuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln back in stock</source>
        <translation>
            <numerusform>%Ln back in stock</numerusform>
            <numerusform>%Ln back in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of stock</source>
        <translation>
            <numerusform>%Ln out of stock</numerusform>
            <numerusform>%Ln out of stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message numerus="yes">
        <source>%n article(s) listed</source>
        <translation>
            <numerusform>%n article listed</numerusform>
            <numerusform>%n articles listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram does not accept %n line(s)&lt;/b&gt;: </source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram does not accept %n line&lt;/b&gt;: </numerusform>
            <numerusform>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;Ingram does not accept %n lines&lt;/b&gt;: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftSelector</name>
    <message numerus="yes">
        <source>{po} — {state} — %n line(s)</source>
        <translation>
            <numerusform>{po} — {state} — %n line</numerusform>
            <numerusform>{po} — {state} — %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedListing</name>
    <message numerus="yes">
        <source>Connected: %n file(s).</source>
        <translation>
            <numerusform>Connected: %n file.</numerusform>
            <numerusform>Connected: %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message numerus="yes">
        <source>{kind} feed (and %n more)</source>
        <translation>
            <numerusform>{kind} feed (and %n more)</numerusform>
            <numerusform>{kind} feed (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalTexts</name>
    <message numerus="yes">
        <source>not found at Ingram after %n resend(s); check with Ingram before doing anything else</source>
        <translation>
            <numerusform>not found at Ingram after %n resend; check with Ingram before doing anything else</numerusform>
            <numerusform>not found at Ingram after %n resends; check with Ingram before doing anything else</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected by Ingram ({reasons})</source>
        <translation>
            <numerusform>%n line rejected by Ingram ({reasons})</numerusform>
            <numerusform>%n lines rejected by Ingram ({reasons})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n line(s) added to the order</source>
        <translation>
            <numerusform>%n line added to the order</numerusform>
            <numerusform>%n lines added to the order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderLinesEntry</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersExport</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}</source>
        <translation>
            <numerusform>Exported %Ln row to {path}</numerusform>
            <numerusform>Exported %Ln rows to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersInbox</name>
    <message numerus="yes">
        <source>, &lt;b style=&apos;color:#a33&apos;&gt;%n unmatched&lt;/b&gt;</source>
        <translation>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n unmatched&lt;/b&gt;</numerusform>
            <numerusform>, &lt;b style=&apos;color:#a33&apos;&gt;%n unmatched&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inbox: %n document(s)</source>
        <translation>
            <numerusform>Inbox: %n document</numerusform>
            <numerusform>Inbox: %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipment row(s)</source>
        <translation>
            <numerusform>%Ln shipment row</numerusform>
            <numerusform>%Ln shipment rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%Ln product(s) · price file of {price}</source>
        <translation>
            <numerusform>%Ln product · price file of {price}</numerusform>
            <numerusform>%Ln products · price file of {price}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) · price file received {price}</source>
        <translation>
            <numerusform>%Ln product · price file received {price}</numerusform>
            <numerusform>%Ln products · price file received {price}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}
The prices are %n day(s) old: older than the {limit} days set in the preferences (price_age_warn_days). Import a current price file (File › Import price file) before quoting them.</source>
        <translation>
            <numerusform>{text}
The prices are %n day old: older than the {limit} days set in the preferences (price_age_warn_days). Import a current price file (File › Import price file) before quoting them.</numerusform>
            <numerusform>{text}
The prices are %n days old: older than the {limit} days set in the preferences (price_age_warn_days). Import a current price file (File › Import price file) before quoting them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n task running</numerusform>
            <numerusform>%n tasks running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchNotifier</name>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
