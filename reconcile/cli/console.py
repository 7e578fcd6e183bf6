"""What the CLI prints: text stripped of control characters, and a closed pipe that ends the command quietly.

A speaker's name, a file name or a quote comes from the documents, which anyone can write; an escape sequence in
one ("\x1b[2J" clears the screen, "\x1b]0;...\x07" sets the window title) would reach the user's terminal through
the run table or `review show` (issue 19). Everything the CLI prints goes through `printable`, which removes the
C0 and C1 control characters (tab and newline kept), DEL, and the Unicode marks that reorder text (bidi overrides),
and leaves every other character as it is. Exports written to files are not touched: they keep the exact text.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` without control characters or bidi overrides; tab and newline kept."""
    return _CONTROL.sub("", text)


class SafeConsole(Console):
    """A rich Console whose every printed text is `printable` (rich's own styling codes are kept)."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        clean = (segment if segment.control else Segment(printable(segment.text), segment.style) for segment in buffer)
        return super()._render_buffer(clean)

    def on_broken_pipe(self) -> None:
        """The reader went away: raise BrokenPipeError for `cli.main` to end quietly (rich would exit 1)."""
        self.quiet = True
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")
