"""Feed errors, each with the remedy the banner and the CLI show (plain text, never a secret)."""

from __future__ import annotations

from ingram_desk.domain.errors import IngramError

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

_SETTINGS = "Tools › Profiles & credentials › Feeds"


class FeedError(IngramError):
    kind = "feed_error"


class FeedLoginError(FeedError):
    kind = "feed_login"

    def __init__(self, host: str, user: str) -> None:
        super().__init__(
            f"The feed server {host} refused the login of user {user!r}",
            remedial_action=f"Check the FTP user and password Ingram sent you ({_SETTINGS}); "
            "Ingram's e-commerce support resets them on request.",
        )


class FeedUnreachableError(FeedError):
    kind = "feed_unreachable"

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(
            f"Cannot reach the feed server {host}:{port} ({reason})",
            remedial_action="Check the host and port, the internet connection and that the "
            "firewall lets FTP/SFTP out; the next run tries again.",
        )


class FeedHostKeyError(FeedError):
    kind = "feed_host_key"

    def __init__(self, host: str, port: int, reason: str) -> None:
        super().__init__(
            f"The SFTP server {host}:{port} did not show the host key this profile trusts ({reason})",
            remedial_action="Ask Ingram whether the server's key changed; if so, clear the host "
            f"key in {_SETTINGS} and connect again.",
        )


class FeedFileMissingError(FeedError):
    kind = "feed_missing"

    def __init__(self, feed: str, pattern: str, folder: str) -> None:
        super().__init__(
            f"No {feed} file matching {pattern!r} in {folder or '/'} on the feed server today",
            remedial_action="Ingram publishes it before business hours; the next run looks "
            "again. If it stays missing, compare the pattern with what Test connection lists.",
        )


class FeedTransferError(FeedError):
    kind = "feed_transfer"

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            f"The transfer of {name} failed ({reason}); the catalogue was not changed",
            remedial_action="The next run resumes where it stopped.",
        )


class FeedTruncatedError(FeedError):
    kind = "feed_truncated"

    def __init__(self, name: str, got: int, expected: int) -> None:
        super().__init__(
            f"{name} arrived incomplete ({got:,} of {expected:,} bytes); the catalogue was not changed",
            remedial_action="It is fetched again on the next run; if it keeps happening, tell "
            "Ingram's e-commerce support.",
        )


class FeedRefusedError(FeedError):
    kind = "feed_refused"

    def __init__(self, name: str, reason: str, kept: str) -> None:
        super().__init__(
            f"{name} was refused by the sanity check: {reason}",
            remedial_action=f"The previous catalogue stays live. The file is kept in {kept}; "
            "if it is right, import it by hand with Force.",
        )
