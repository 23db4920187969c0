"""Logging: one file per process kind (GUI, CLI, sandbox) in the log folder, rolled over at start
(never renamed while open), with secrets redacted before any handler sees a record."""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from ingram_desk.paths import private_dir, private_file

__all__ = [
    "PROCESS_KINDS",
    "RedactingFilter",
    "configure_logging",
    "current_log_stream",
    "log_file",
    "redact",
    "register_secret",
    "roll_over",
]

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


#: a log file above this size is rolled over when the next process of its kind starts
MAX_LOG_BYTES = 2_000_000
#: rolled-over files kept per process kind (``gui.log.1`` … ``gui.log.3``)
LOG_BACKUPS = 3
#: the process kinds, one log file each: no two kinds ever share (or rename) a file
PROCESS_KINDS = ("gui", "cli", "sandbox")


def log_file(logs_dir: Path, kind: str) -> Path:
    return logs_dir / f"{kind}.log"


def roll_over(path: Path, max_bytes: int = MAX_LOG_BYTES, backups: int = LOG_BACKUPS) -> bool:
    """Rotate ``path`` once, at start, if it has grown past ``max_bytes``.

    Never during a run: on Windows a file another process still holds open cannot be renamed,
    which broke the shared RotatingFileHandler. If the rename fails here (a second window of the
    same kind is running), this process simply appends and the next start tries again.
    """
    try:
        if path.stat().st_size <= max_bytes:
            return False
    except OSError:
        return False
    try:
        for i in range(backups - 1, 0, -1):
            older = path.with_name(f"{path.name}.{i}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{i + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        return False
    return True


def configure_logging(
    logs_dir: Path | None, level: int = logging.INFO, kind: str = "cli"
) -> Path | None:
    """Log this process to ``logs_dir/<kind>.log`` (secrets redacted); returns the file."""
    root = logging.getLogger()
    root.setLevel(level)
    for h in list(root.handlers):
        if getattr(h, "_ingram_desk", False):
            root.removeHandler(h)
            h.close()
    handlers: list[logging.Handler] = []
    path = None
    if logs_dir is not None:
        private_dir(logs_dir)
        path = log_file(logs_dir, kind)
        roll_over(path)
        private_file(path, create=True)
        handlers.append(logging.FileHandler(path, encoding="utf-8", delay=False))
    for h in handlers:
        h._ingram_desk = True  # type: ignore[attr-defined]
        h.addFilter(RedactingFilter())
        h.setFormatter(
            logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(h)
    # httpx logs full URLs at INFO; keep it at WARNING so query strings never reach the file.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return path


def current_log_stream() -> object | None:
    """The open stream of this process's log file (faulthandler writes crashes there)."""
    for h in logging.getLogger().handlers:
        if getattr(h, "_ingram_desk", False) and isinstance(h, logging.FileHandler):
            return h.stream
    return None
