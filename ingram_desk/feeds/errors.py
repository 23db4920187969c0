"""Feed errors, each with the remedy the banner and the CLI show (plain text, never a secret)."""

from __future__ import annotations

from ingram_desk.domain.errors import IngramError
from ingram_desk.domain.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "FeedError",
    "FeedFileMissingError",
    "FeedHostKeyError",
    "FeedLoginError",
    "FeedRefusedError",
    "FeedTransferError",
    "FeedTruncatedError",
    "FeedUnreachableError",
]


class FeedError(IngramError):
    kind = "feed_error"


class FeedLoginError(FeedError):
    kind = "feed_login"

    def __init__(self, host: str, user: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The feed server {host} refused the login of user {user}"),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors",
                "Check the FTP user and password Ingram sent you (Tools › Profiles & credentials › Feeds); "
                "Ingram's e-commerce support resets them on request.",
            ),
            values={"host": host, "user": repr(user)},
        )


class FeedUnreachableError(FeedError):
    kind = "feed_unreachable"

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Cannot reach the feed server {host}:{port} ({reason})"),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors",
                "Check the host and port, the internet connection and that the "
                "firewall lets FTP/SFTP out; the next run tries again.",
            ),
            values={"host": host, "port": port, "reason": reason},
        )


class FeedHostKeyError(FeedError):
    kind = "feed_host_key"

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The SFTP server {host}:{port} did not show the host key this profile trusts ({reason})",
            ),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors",
                "Ask Ingram whether the server's key changed; if so, clear the host "
                "key in Tools › Profiles & credentials › Feeds and connect again.",
            ),
            values={"host": host, "port": port, "reason": reason},
        )


class FeedFileMissingError(FeedError):
    kind = "feed_missing"

    def __init__(self, feed: str, pattern: str, folder: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "No {feed} file matching {pattern} in {folder} on the feed server today"
            ),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors",
                "Ingram publishes it before business hours; the next run looks "
                "again. If it stays missing, compare the pattern with what Test connection lists.",
            ),
            values={"feed": feed, "pattern": repr(pattern), "folder": folder or "/"},
        )


class FeedTransferError(FeedError):
    kind = "feed_transfer"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The transfer of {name} failed ({reason}); the catalogue was not changed"
            ),
            remedial_action=QT_TRANSLATE_NOOP("Errors", "The next run resumes where it stopped."),
            values={"name": name, "reason": reason},
        )


class FeedTruncatedError(FeedError):
    kind = "feed_truncated"

    def __init__(self, name: str, got: int, expected: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{name} arrived incomplete ({got:,} of {expected:,} bytes); "
                "the catalogue was not changed",
            ),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors",
                "It is fetched again on the next run; if it keeps happening, tell "
                "Ingram's e-commerce support.",
            ),
            values={"name": name, "got": got, "expected": expected},
        )


class FeedRefusedError(FeedError):
    kind = "feed_refused"

    def __init__(self, name: str, reason: str, kept: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{name} was refused by the sanity check: {reason}"),
            remedial_action=QT_TRANSLATE_NOOP(
                "Errors",
                "The previous catalogue stays live. The file is kept in {kept}; "
                "if it is right, import it by hand with Force.",
            ),
            values={"name": name, "reason": reason, "kept": kept},
        )
