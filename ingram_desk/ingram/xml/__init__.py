"""Ingram's classic IM-XML 2.0 transactions (plain HTTPS POST or wrapped in SOAP 1.1).

Every XML byte from outside goes through ``safe.parse_xml``; messages are built and read with
lxml element trees in ``messages`` and ``documents``; ``client.XmlClient`` puts them behind the
same ``IngramApi`` protocol the REST client implements.
"""
