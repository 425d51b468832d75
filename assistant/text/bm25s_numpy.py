"""bm25s, imported without numba.

bm25s tries `import numba` when it is imported, for a JIT backend this project never
selects (it scores with bm25s's numpy backend). numba is installed here because ranx, the
evaluation's metrics library, needs it, and importing it costs about 0.15 s of every
command's start. So bm25s is imported with numba hidden; numba stays importable for ranx
afterwards. Import bm25s from here, never directly, so that whichever module comes first
imports it this way.

Example:
    >>> from assistant.text.bm25s_numpy import bm25s
    >>> bm25s.BM25().backend
    'numpy'
"""

from __future__ import annotations

import sys
from types import ModuleType


def _import_without_numba() -> ModuleType:
    hide = "bm25s" not in sys.modules and "numba" not in sys.modules
    if hide:
        sys.modules["numba"] = None  # type: ignore[assignment]  # makes `import numba` fail
    try:
        import bm25s
    finally:
        if hide:
            del sys.modules["numba"]
    return bm25s


bm25s = _import_without_numba()
