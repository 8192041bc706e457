"""Shared test configuration: hypothesis profiles, the shared corpus, golden-file updates,
and no network: every test runs with outgoing connections refused (see ``_no_network``).

Tests that read ``../shared`` (the corpus pages with their expected readings, the seed dump)
carry the ``corpus`` marker. Without ``../shared`` beside the checkout (or at
``$VN_NEWSDOC_SHARED``) they are skipped, all with the one reason :data:`SHARED_MISSING`;
under CI (``CI`` set) they fail with it instead, since CI must run the corpus figures.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import subprocess
from pathlib import Path
from typing import Any

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


def run_checked(
    *args: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None, timeout: int = 600
) -> str:
    """Run a command (a build, a Python in another environment) and return its standard
    output; the test fails with both outputs when it exits with an error."""
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=timeout,
    )
    assert result.returncode == 0, f"{args} failed:\n{result.stdout[-5000:]}\n{result.stderr}"
    return result.stdout


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


class NetworkBlockedError(RuntimeError):
    """A test tried to reach the network (or, without the ``loopback`` mark, this machine)."""


def _is_loopback(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # an AF_UNIX path: a local pipe, not a network
        return True
    host = address[0] if isinstance(address, tuple) and address else None
    if not isinstance(host, str):
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse every connection and name lookup a test makes, but to AF_UNIX paths.

    Tests marked ``loopback`` may connect to 127.0.0.1, ``::1`` and ``localhost`` (a server
    the test starts itself); nothing reaches another address. Child processes a test starts
    are not covered (they run the library's own code only: sphinx, build, mypy).
    """
    loopback = request.node.get_closest_marker("loopback") is not None
    connect, connect_ex, sendto = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.socket.sendto,
    )
    getaddrinfo = socket.getaddrinfo

    def allowed(address: object) -> bool:
        return isinstance(address, (str, bytes)) or (loopback and _is_loopback(address))

    def refuse(address: object) -> NetworkBlockedError:
        where = "" if loopback else " (mark the test loopback to reach 127.0.0.1)"
        return NetworkBlockedError(f"tests may not use the network: connect to {address!r}{where}")

    def guarded_connect(self: socket.socket, address: Any) -> None:
        if not allowed(address):
            raise refuse(address)
        connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: Any) -> int:
        if not allowed(address):
            raise refuse(address)
        return connect_ex(self, address)

    def guarded_sendto(self: socket.socket, data: Any, *args: Any) -> int:
        address = args[-1]
        if not allowed(address):
            raise refuse(address)
        return sendto(self, data, *args)

    def guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if not ((loopback and host in (None, "localhost")) or _is_loopback((host,))):
            raise refuse(host)
        return getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", guarded_sendto)
    monkeypatch.setattr(socket, "getaddrinfo", guarded_getaddrinfo)


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
