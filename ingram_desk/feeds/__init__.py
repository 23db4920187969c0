"""Ingram's file feeds (Price, Hourly Stock and Category File) fetched over FTP, FTPS or SFTP.

No Qt and no catalogue here: settings, transfer clients and the safe download (temp file,
resume, size check, unzip, atomic rename). ``services.feed_service`` decides when and imports.
"""
