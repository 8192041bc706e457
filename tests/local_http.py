"""A web server on 127.0.0.1 for the tests that fetch URLs (nothing else touches the network)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import NamedTuple

from vn_newsdoc.vi.encodings import from_unicode

HEADLINE = "Mưa lớn gây ngập ở Quảng Tín"
PAGE = (
    f"<html><head><title>{HEADLINE} - Báo Mẫu</title></head><body><h1>{HEADLINE}</h1>"
    '<div class="content"><p>Cơn mưa lớn kéo dài từ 1h sáng làm nhiều tuyến đường ngập sâu, '
    "người dân phải di chuyển tài sản lên cao.</p><p>Chính quyền xã đã huy động lực lượng "
    'hỗ trợ người dân.</p><img src="anh/mua.jpg"></div></body></html>'
)


class Route(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes
    delay: float = 0.0


ROUTES: dict[str, Route] = {
    "/bai-viet.html": Route(200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
    "/chuyen": Route(302, {"Location": "/bai-viet.html"}, b""),
    "/chuyen-ftp": Route(302, {"Location": "ftp://127.0.0.1/x.html"}, b""),
    # No <meta charset>, no byte-order mark: only the server says how to read these bytes.
    "/utf16.html": Route(
        200, {"Content-Type": "text/html; charset=UTF-16LE"}, PAGE.encode("utf-16-le")
    ),
    "/cp1258.html": Route(
        200,
        {"Content-Type": "text/html; charset=windows-1258"},
        from_unicode(PAGE, "windows-1258"),
    ),
    "/qua-lon.html": Route(200, {"Content-Length": str(32 * 1024 * 1024 + 1)}, b"<html>"),
    "/cham.html": Route(200, {"Content-Type": "text/html"}, PAGE.encode(), delay=3.0),
    "/tai-lieu.pdf": Route(200, {"Content-Type": "application/pdf"}, b"%PDF-1.7 ..."),
}


class _Handler(BaseHTTPRequestHandler):
    seen_agents: list[str]

    def do_GET(self) -> None:
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        route = ROUTES.get(self.path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        time.sleep(route.delay)
        self.send_response(route.status)
        for key, value in route.headers.items():
            self.send_header(key, value)
        if "Content-Length" not in route.headers:
            self.send_header("Content-Length", str(len(route.body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self.wfile.write(route.body)

    def log_message(self, format: str, *args: object) -> None:
        return


class Server(NamedTuple):
    base: str
    """``http://127.0.0.1:PORT``."""
    agents: list[str]
    """The User-Agent of every request, in order."""


@contextmanager
def serving() -> Iterator[Server]:
    """Run the server on a free port of 127.0.0.1 in a thread, for the block's duration."""
    agents: list[str] = []
    handler = type("Handler", (_Handler,), {"seen_agents": agents})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", agents)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
