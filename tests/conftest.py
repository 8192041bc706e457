"""Shared test configuration: hypothesis profiles, the shared corpus, golden-file updates.

Tests that read ``../shared`` (the corpus pages with their expected readings, the seed dump)
carry the ``corpus`` marker. Without ``../shared`` beside the checkout (or at
``$VN_NEWSDOC_SHARED``) they are skipped, all with the one reason :data:`SHARED_MISSING`;
under CI (``CI`` set) they fail with it instead, since CI must run the corpus figures.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VN_NEWSDOC_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SEED = SHARED / "seed"
GOLDEN = Path(__file__).resolve().parent / "golden"

_ABSENT = [p for p in (CORPUS, SEED) if not p.is_dir()]
SHARED_MISSING = (
    f"needs ../shared beside the checkout: {', '.join(map(str, _ABSENT))} not found "
    "(set VN_NEWSDOC_SHARED to the folder that holds corpus/ and seed/)"
    if _ABSENT
    else None
)
"""Why the tests marked ``corpus`` cannot run here, or ``None`` when ``../shared`` is there."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files from the current output (review the diff in git)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """Whether golden files are to be rewritten instead of compared."""
    return bool(request.config.getoption("--update-golden"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the tests that read ``../shared`` when it is missing, all for one reason.

    The skip goes first among the item's markers, so a test parametrized over the corpus
    pages (an empty parameter set without them) reports this reason, not pytest's own.
    """
    if SHARED_MISSING is None or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason=SHARED_MISSING)
    for item in items:
        if item.get_closest_marker("corpus") is not None:
            item.add_marker(skip, append=False)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Under CI, a test that reads ``../shared`` fails at once when it is missing."""
    needs_shared = item.get_closest_marker("corpus") is not None
    if needs_shared and SHARED_MISSING is not None and os.environ.get("CI"):
        pytest.fail(f"CI {SHARED_MISSING}", pytrace=False)
