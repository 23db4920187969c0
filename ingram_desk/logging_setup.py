"""Logging to a rotating file under the data folder, with secrets redacted before any handler."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

from ingram_desk.paths import private_dir, private_file

__all__ = ["RedactingFilter", "configure_logging", "redact", "register_secret"]

_PATTERNS = (
    re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?bearer\s+)[^\s\"',}]+"),
    re.compile(
        r"(?i)((?:client_secret|access_token|refresh_token)[\"']?\s*[:=]\s*[\"']?)[^\s\"'&,}]+"
    ),
    # IM-XML TransactionHeader credentials (plain or namespaced elements)
    re.compile(r"(?i)(<(?:[\w.-]+:)?(?:Password|LoginID)\b[^>]*>)[^<]*"),
)
_known_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a secret value so it is masked wherever it appears in a log message."""
    if value and len(value) >= 4:
        _known_secrets.add(value)


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(r"\1***", text)
    for secret in _known_secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message so no handler ever sees a token or secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not kill logging
            message = str(record.msg)
        cleaned = redact(message)
        record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure_logging(logs_dir: Path | None, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_ingram_desk", False):
            root.removeHandler(h)
    handlers: list[logging.Handler] = []
    if logs_dir is not None:
        private_dir(logs_dir)
        private_file(logs_dir / "ingram-desk.log", create=True)  # 0600 before the handler opens it
        handlers.append(
            logging.handlers.RotatingFileHandler(
                logs_dir / "ingram-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
            )
        )
    for h in handlers:
        h._ingram_desk = True  # type: ignore[attr-defined]
        h.addFilter(RedactingFilter())
        h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(h)
    # httpx logs full URLs at INFO; keep it at WARNING so query strings never reach the file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
