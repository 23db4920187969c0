"""A thread's Python stack in one line, innermost first: the probes run in a fresh process
(``python -c``) print where a busy thread was when another one waited for it."""

from __future__ import annotations

import os
from types import FrameType


def stack(frame: FrameType | None, depth: int = 6) -> str:
    """``file:line function < caller < …``, at most ``depth`` frames from ``frame`` out."""
    out = []
    while frame is not None and len(out) < depth:
        code = frame.f_code
        out.append(f"{os.path.basename(code.co_filename)}:{frame.f_lineno} {code.co_name}")
        frame = frame.f_back
    return " < ".join(out)
