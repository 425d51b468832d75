"""bm25s, imported without numba and SciPy.

bm25s tries `import numba` and `import scipy.sparse` when it is imported, for a JIT backend
and a sparse-matrix builder this project never selects (it scores and builds with bm25s's
numpy backends, the defaults). SciPy is installed here (sentence-transformers needs it),
numba may be, and importing them costs about 0.25 s of every command's start. So bm25s is
imported with them hidden; they stay importable for other code afterwards.
Import bm25s from here, never directly, so that whichever module comes first imports it
this way.

Example:
    >>> from assistant.text.bm25s_numpy import bm25s
    >>> bm25s.BM25().backend, bm25s.BM25().csc_backend
    ('numpy', 'numpy')
"""

from __future__ import annotations

import sys
from types import ModuleType

# What bm25s imports for backends this project does not use.
_UNUSED = ("numba", "scipy")


def _import_without_unused_backends() -> ModuleType:
    hidden = [] if "bm25s" in sys.modules else [m for m in _UNUSED if m not in sys.modules]
    for module in hidden:
        sys.modules[module] = None  # type: ignore[assignment]  # makes `import module` fail
    try:
        import bm25s
    finally:
        for module in hidden:
            del sys.modules[module]
    return bm25s


bm25s = _import_without_unused_backends()
