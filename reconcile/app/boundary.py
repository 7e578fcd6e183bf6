"""The review app's trust boundary: which server files it may read, how it is served, how user text is shown.

The app has no login: whoever reaches its port can use it. So (issue 19):
- "Add path" reads only inside folders named when the app was started (`reconcile app --documents DIR`, passed in
  RECONCILE_DOCUMENTS); with none named it is off. A path outside them and a path that does not exist get the same
  answer, so the form cannot be used to learn which files exist on the server.
- Streamlit is started on a loopback address with its upload limit at the document limit, XSRF protection on and
  tracebacks hidden; any other address is refused unless `--unsafe-public` says the operator means it.
- Text from documents, uploads and forms is shown with every Markdown character escaped (`plain`), so a name like
  "[Verify](https://...)" or "![x](https://...)" is shown as written and never becomes a link or a fetched image.

Nothing here imports Streamlit, so the CLI and the tests use it directly.
"""

from __future__ import annotations

import ipaddress
import math
import os
import re
from collections.abc import Sequence
from pathlib import Path

from reconcile.errors import CaseError, InputError, UsageError
from reconcile.ingest import MAX_DOCUMENT_BYTES

DOCUMENTS_ENV = "RECONCILE_DOCUMENTS"
"""The folders "Add path" may read, joined with os.pathsep; set by `reconcile app --documents DIR`."""

UPLOAD_LIMIT_MB = math.ceil(MAX_DOCUMENT_BYTES / 2**20)
"""Streamlit's server.maxUploadSize (MiB): the document limit rounded up, so the reader's exact limit decides."""

LOOPBACK_NAMES = ("localhost",)

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:&=^%@?;\"'])")


def plain(text: object) -> str:
    """`text` with every Markdown character backslash-escaped, for st.error/st.success/st.caption and the like."""
    return _MARKDOWN.sub(r"\\\1", str(text)).replace("\n", "  \n")


def allowed_roots(value: str | None = None) -> tuple[Path, ...]:
    """The folders "Add path" may read (resolved), from RECONCILE_DOCUMENTS unless `value` is given."""
    value = os.environ.get(DOCUMENTS_ENV, "") if value is None else value
    return tuple(Path(part).expanduser().resolve() for part in value.split(os.pathsep) if part.strip())


def inside(path: Path, roots: Sequence[Path]) -> bool:
    """Whether `path`, with every symlink followed, lies in one of `roots`."""
    real = path.resolve()
    return any(real == root or real.is_relative_to(root) for root in roots)


def readable_path(path: str | Path, roots: Sequence[Path]) -> Path:
    """The resolved path to read for "Add path", or one error that does not say whether the path exists.

    Raises:
        CaseError: no folder was allowed when the app started.
        InputError: the path is outside every allowed folder, or does not exist (the same message for both).
    """
    if not roots:
        raise CaseError(
            "Adding files from the server is off; upload the file instead, or start the app with "
            "'reconcile app --documents DIR' to allow a folder"
        )
    shown = str(path).strip()
    found = Path(shown)
    if not found.is_absolute():
        found = roots[0] / found
    if not shown or not inside(found, roots) or not found.resolve().exists():
        raise InputError(
            shown or "(empty)",
            "not a file or folder inside the folders this app may read",
            "give a path under " + ", ".join(str(r) for r in roots),
        )
    return found.resolve()


def is_loopback(address: str) -> bool:
    if address.strip().lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return False


def server_flags(address: str, port: int, *, unsafe_public: bool = False) -> list[str]:
    """The `streamlit run` options that serve the app within its trust boundary.

    Raises:
        UsageError: `address` is not a loopback address and `unsafe_public` is not set.
    """
    if not is_loopback(address) and not unsafe_public:
        raise UsageError(
            f"--address {address} would serve the app beyond this machine, and it has no login; keep 127.0.0.1 and "
            "put it behind an authenticating proxy (see the README), or pass --unsafe-public if you mean it"
        )
    return [
        "--server.address", address,
        "--server.port", str(port),
        "--server.headless", "true",
        "--server.maxUploadSize", str(UPLOAD_LIMIT_MB),
        "--server.enableXsrfProtection", "true",
        "--server.enableCORS", "true",
        "--client.showErrorDetails", "none",
        "--client.toolbarMode", "minimal",
        "--browser.gatherUsageStats", "false",
    ]
