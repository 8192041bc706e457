"""A sample article shipped with the package, to try the library on without any other data.

The story (a commune opens its first community library), its people, the outlet *Tin Vùng
Cao* and its address ``tinvungcao.example`` are invented: the project's own writing,
released with the project under its MIT license. It comes in two forms that tell the same
story, the same files as ``examples/`` in the source tree:

* ``sample-article.html``: the story as a news site would serve it, with metadata, a site
  menu, a sapo with its outlet tag, two captioned photos, a related-links box, tags, share
  buttons, comments and a footer;
* ``sample-article.txt``: the plain-text dump the text reader reads.

Read one with :func:`read_bytes`, or find its file with :func:`path`:

>>> from vn_newsdoc import read_html, samples
>>> read_html(samples.read_bytes("sample-article.html")).headline
'Tân Phong mở thư viện cộng đồng đầu tiên cho học sinh vùng cao'
>>> samples.path("sample-article.txt").name
'sample-article.txt'
"""

from __future__ import annotations

from vn_newsdoc._shipped import Traversable, shipped_file

__all__ = ["NAMES", "path", "read_bytes"]

NAMES = ("sample-article.html", "sample-article.txt")
"""The file names of the shipped samples."""


def path(name: str) -> Traversable:
    """The shipped sample file called ``name``.

    For an ordinary installation the result is a :class:`pathlib.Path`; wrap it in
    :func:`importlib.resources.as_file` where the package may be installed zipped.

    Args:
        name: One of :data:`NAMES`.

    Raises:
        FileNotFoundError: ``name`` is not a shipped sample.

    >>> path("sample-article.html").is_file()
    True
    """
    return shipped_file(__name__, NAMES, "sample", name)


def read_bytes(name: str) -> bytes:
    """The bytes of the shipped sample file called ``name``, as a reader takes them.

    Args:
        name: One of :data:`NAMES`.

    Raises:
        FileNotFoundError: ``name`` is not a shipped sample.

    >>> read_bytes("sample-article.txt").decode("utf-8").splitlines()[2]
    '21/11/2026 16:30'
    """
    return path(name).read_bytes()
