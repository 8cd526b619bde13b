"""Shared fixtures: the library (skip everything when it cannot be found),
the team's shared folder (seed article, corpus) and the CLI."""
import glob
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
PKG_ROOT = os.path.dirname(HERE)                       # bindings/python
REPO = os.path.dirname(os.path.dirname(PKG_ROOT))      # the repository
if PKG_ROOT not in sys.path:
    sys.path.insert(0, PKG_ROOT)

import warta  # noqa: E402


def shared_dir():
    """$WARTA_SHARED_DIR, else <repo>/../shared."""
    return os.environ.get("WARTA_SHARED_DIR") or os.path.join(os.path.dirname(REPO), "shared")


def _library_or_skip():
    try:
        return warta.library_path()
    except warta.LibraryNotFoundError as e:
        if os.environ.get("WARTA_LIBRARY"):
            # set (as the CMake registration does) but unusable: a real failure
            pytest.fail("WARTA_LIBRARY=%s cannot be loaded: %s"
                        % (os.environ["WARTA_LIBRARY"], e))
        pytest.skip("SKIPPED: WARTA_LIBRARY not set and libwarta not found: %s"
                    % str(e).splitlines()[0])


@pytest.fixture(scope="session", autouse=True)
def library():
    return _library_or_skip()


@pytest.fixture(scope="session")
def ctx(library):
    c = warta.Context()
    yield c
    c.close()


@pytest.fixture(scope="session")
def seed_path():
    p = os.path.join(shared_dir(), "seed", "antara-sco-2023.txt")
    if not os.path.exists(p):
        pytest.skip("SKIPPED: seed article %s absent (../shared not available)" % p)
    return p


def corpus_files(n):
    """n corpus articles spread over the sorted list (so several outlets)."""
    files = sorted(glob.glob(os.path.join(shared_dir(), "corpus", "articles", "*.txt")))
    if not files:
        pytest.skip("SKIPPED: %s/corpus/articles absent" % shared_dir())
    step = max(1, len(files) // n)
    return files[::step][:n]


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8")
