"""Process diagnostics: the log file per process kind, faulthandler, hooks that log every uncaught
exception (Qt slots reach ``sys.excepthook`` too) and tell listeners such as the window's banner,
and the "Copy diagnostics" text (versions, OS, profile kind; never a secret).

No Qt here: the CLI, the sandbox and the GUI all start through ``start_diagnostics``.
"""

from __future__ import annotations

import faulthandler
import importlib.metadata
import logging
import os
import platform
import sys
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from ingram_desk import __version__
from ingram_desk.logging_setup import configure_logging, current_log_stream

__all__ = [
    "add_crash_listener",
    "diagnostics_report",
    "is_frozen",
    "on_loop_exception",
    "remove_crash_listener",
    "start_diagnostics",
]

log = logging.getLogger(__name__)

CrashListener = Callable[[BaseException], None]
_listeners: list[CrashListener] = []
_previous_hook: Callable[..., Any] | None = None
_previous_thread_hook: Callable[..., Any] | None = None
_fault_stream: Any = None
#: the distributions whose versions the report names
REPORTED = ("PySide6-Essentials", "httpx", "polars", "numpy", "lxml", "keyring", "truststore")


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def start_diagnostics(kind: str, logs_dir: Path | None, level: int = logging.INFO) -> Path | None:
    """Log this process to ``<logs_dir>/<kind>.log``, arm faulthandler and the hooks."""
    path = configure_logging(logs_dir, level, kind)
    _enable_faulthandler()
    install_hooks()
    log.info(
        "ingram-desk %s (%s) starting: pid %s, Python %s, %s",
        __version__, "frozen" if is_frozen() else "source", os.getpid(), platform.python_version(),
        platform.platform(),
    )  # fmt: skip
    return path


def add_crash_listener(listener: CrashListener) -> None:
    """``listener(exc)`` runs after an uncaught exception is logged (any thread: marshal it)."""
    _listeners.append(listener)


def remove_crash_listener(listener: CrashListener) -> None:
    if listener in _listeners:
        _listeners.remove(listener)


def install_hooks() -> None:
    """Replace ``sys.excepthook`` and ``threading.excepthook`` once per process.

    A hook someone installed before us (pytest-qt's capture) still runs afterwards; Python's
    default one does not, so the user never sees a traceback, only one line pointing to the log.
    """
    global _previous_hook, _previous_thread_hook
    if sys.excepthook is not _on_uncaught:
        _previous_hook = sys.excepthook
        sys.excepthook = _on_uncaught
    if threading.excepthook is not _on_thread_uncaught:
        _previous_thread_hook = threading.excepthook
        threading.excepthook = _on_thread_uncaught


def _enable_faulthandler() -> None:
    """Hard crashes (a segfault in Qt) dump every thread's stack into the log file.

    Left alone when someone else enabled it (pytest, PYTHONFAULTHANDLER); a windowed frozen
    app has no stderr, so the log file is the only place the dump can go.
    """
    global _fault_stream
    if faulthandler.is_enabled() and _fault_stream is None:
        return
    stream = current_log_stream()
    if stream is None:
        return
    try:
        faulthandler.enable(stream, all_threads=True)  # type: ignore[arg-type]
    except (ValueError, OSError, AttributeError):  # a stream without a file descriptor
        return
    _fault_stream = stream


def _on_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
    _tell(exc)
    previous = _previous_hook
    if previous is not None and previous is not sys.__excepthook__:
        previous(exc_type, exc, tb)
    elif sys.stderr is not None:
        print(
            f"ingram-desk: unexpected error: {exc_type.__name__}: {exc} (details in the log)",
            file=sys.stderr,
        )


def _on_thread_uncaught(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.critical(
        "Uncaught exception in thread %s", name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )  # fmt: skip
    _tell(args.exc_value)
    previous = _previous_thread_hook
    if previous is not None and previous is not threading.__excepthook__:
        previous(args)


def on_loop_exception(loop: object, context: dict[str, Any]) -> None:
    """asyncio's exception handler: a callback or a never-awaited task that raised is logged
    with its traceback and told to the listeners, like any other uncaught exception."""
    exc = context.get("exception")
    message = context.get("message") or "Unhandled exception in the event loop"
    if not isinstance(exc, BaseException):  # e.g. "Task was destroyed but it is pending!"
        log.error("%s", message)
        return
    log.critical(
        "Uncaught exception in the event loop: %s", message,
        exc_info=(type(exc), exc, exc.__traceback__),
    )  # fmt: skip
    _tell(exc)


def _tell(exc: BaseException) -> None:
    for listener in list(_listeners):
        try:
            listener(exc)
        except Exception:  # a broken listener must not hide the original error
            log.exception("crash listener failed")


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        module = sys.modules.get(dist.split("-")[0].lower()) or sys.modules.get(dist.split("-")[0])
        return str(getattr(module, "__version__", "not bundled"))


def diagnostics_report(
    *,
    profile_kind: str,
    data_dir: Path | None = None,
    logs_dir: Path | None = None,
    extra: Mapping[str, str] | None = None,
) -> str:
    """Plain text for a support ticket: what runs where. Names, versions and paths only."""
    import keyring

    backend = keyring.get_keyring()
    from ingram_desk.settings.credentials import backend_usable

    keyring_state = "usable" if backend_usable(backend) else "none usable: secrets session-only"
    lines = [
        f"Ingram Desk {__version__} ({'frozen build' if is_frozen() else 'from source'})",
        f"Python {platform.python_version()} ({platform.python_implementation()})",
        f"OS: {platform.platform()} ({platform.machine()})",
        *(f"{key}: {value}" for key, value in (extra or {}).items()),
        *(f"{dist}: {_version(dist)}" for dist in REPORTED),
        f"Keyring backend: {type(backend).__module__}.{type(backend).__name__} ({keyring_state})",
        "TLS trust: the operating system's certificate store (truststore)",
        f"Profile kind: {profile_kind}",
    ]
    if data_dir is not None:
        lines.append(f"Data folder: {data_dir}")
    if logs_dir is not None:
        lines.append(f"Log folder: {logs_dir}")
    return "\n".join(lines) + "\n"
