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
    <name>FeedsController</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
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
    <name>OrderTab</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
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
