"""The suite runs offline: the autouse fixture in conftest.py refuses every connection."""

from __future__ import annotations

import socket
import threading
import urllib.request

import pytest

from conftest import NetworkBlockedError


def test_a_connection_to_the_internet_is_refused() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(NetworkBlockedError, match=r"192\.0\.2\.1"),
    ):
        sock.connect(("192.0.2.1", 80))


def test_a_name_lookup_is_refused() -> None:
    with pytest.raises(NetworkBlockedError, match=r"example\.com"):
        urllib.request.urlopen("http://example.com/", timeout=1)


def test_udp_and_connect_ex_are_refused() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        with pytest.raises(NetworkBlockedError):
            sock.sendto(b"x", ("192.0.2.1", 53))
        with pytest.raises(NetworkBlockedError):
            sock.connect_ex(("192.0.2.1", 53))


def test_loopback_is_refused_without_the_mark() -> None:
    with socket.socket() as sock, pytest.raises(NetworkBlockedError, match="mark the test"):
        sock.connect(("127.0.0.1", 9))


def _serve_once(server: socket.socket) -> None:
    conn, _ = server.accept()
    with conn:
        conn.sendall(b"ok")


@pytest.mark.loopback
def test_a_loopback_test_reaches_its_own_server_and_nothing_else() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        thread = threading.Thread(target=_serve_once, args=(server,))
        thread.start()
        with socket.create_connection(server.getsockname()[:2], timeout=5) as client:
            assert client.recv(2) == b"ok"
        thread.join(timeout=5)
    with socket.socket() as sock, pytest.raises(NetworkBlockedError):
        sock.connect(("192.0.2.1", 80))
