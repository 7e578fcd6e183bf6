"""Plain text and Markdown: the decoded file is the account, character for character."""

from __future__ import annotations

from reconcile.ingest.decoding import decode
from reconcile.ingest.received import Received
from reconcile.model import Document


def read_plain_text(received: Received) -> list[Document]:
    """Reads one account whose text is the whole file (Markdown is kept as written, marks included)."""
    return [received.document(decode(received.data, received.shown), "text")]
