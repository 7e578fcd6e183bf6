"""The review app's trust boundary: server paths only inside --documents folders and no existence oracle,
refused uploads deleted, documents removable, user strings never live Markdown, no public bind by accident."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.app.boundary import UPLOAD_LIMIT_MB, allowed_roots, plain, readable_path, server_flags
from reconcile.app.case import AppCase
from reconcile.errors import CaseError, InputError, UsageError
from reconcile.ingest import MAX_DOCUMENT_BYTES

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
MAIN = str(ROOT / "reconcile" / "app" / "main.py")
NEWS = "The mayor said 12 people died in the fire on Tuesday."
LINK = "[Verify](https://evil.example/login)"
IMAGE = "![x](https://evil.example/pixel.png)"


@pytest.fixture
def folders(tmp_path):
    allowed, secret = tmp_path / "allowed", tmp_path / "secret"
    allowed.mkdir()
    secret.mkdir()
    (allowed / "report.txt").write_text(NEWS, encoding="utf-8")
    (secret / "credentials.txt").write_text("The admin password is hunter2, the mayor said.", encoding="utf-8")
    return allowed, secret


def test_a_path_outside_the_allowed_folder_is_refused_like_a_missing_one(tmp_path, folders):
    allowed, secret = folders
    case = AppCase.open("c1", store_env=str(tmp_path / "cases"))
    messages = []
    refused = (secret / "credentials.txt", secret / "missing.txt", allowed / "missing.txt", allowed / ".." / "secret")
    for path in refused:
        with pytest.raises(InputError) as caught:
            case.add_path(path, [allowed.resolve()])
        messages.append(str(caught.value).split(": ", 1)[1])
    assert len(set(messages)) == 1, messages  # the same words whether the file exists or not
    assert case.pending() == []
    assert case.add_path(allowed / "report.txt", [allowed.resolve()]) == []
    assert [Path(item["path"]).name for item in case.pending()] == ["report.txt"]


def test_a_link_inside_the_allowed_folder_does_not_lead_out_of_it(tmp_path, folders):
    allowed, secret = folders
    (allowed / "sub").mkdir()
    (allowed / "sub" / "leak.txt").symlink_to(secret / "credentials.txt")
    (allowed / "sub" / "ok.txt").write_text(NEWS, encoding="utf-8")
    case = AppCase.open("c1", store_env=str(tmp_path / "cases"))
    with pytest.raises(InputError):
        case.add_path(allowed / "sub" / "leak.txt", [allowed.resolve()])
    problems = case.add_path(allowed / "sub", [allowed.resolve()])
    assert [Path(p.path).name for p in problems] == ["leak.txt"]
    assert all("hunter2" not in item.document.text for item in case.documents())


def test_with_no_documents_folder_add_path_is_off(tmp_path, folders, monkeypatch):
    monkeypatch.delenv("RECONCILE_DOCUMENTS", raising=False)
    assert allowed_roots() == ()
    with pytest.raises(CaseError, match="--documents DIR"):
        readable_path(folders[0] / "report.txt", allowed_roots())
    monkeypatch.setenv("RECONCILE_STORE", str(tmp_path / "cases"))
    at = AppTest.from_file(MAIN, default_timeout=60).run()
    assert not at.exception
    assert "server_path" not in {t.key for t in at.text_input}
    assert "Add path" not in {b.label for b in at.button}


def test_a_refused_upload_is_deleted(tmp_path):
    case = AppCase.open("c1", store_env=str(tmp_path / "cases"))
    with pytest.raises(InputError):
        case.add_upload("huge.txt", b"a" * (MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(InputError):
        case.add_upload("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300))
    assert [p.name for p in case.folder.iterdir() if p.name != "pending.json"] == []  # neither file kept
    assert case.pending() == []


def test_any_document_can_be_removed_from_the_case(tmp_path, nlp):
    case = AppCase.open("c1", store_env=str(tmp_path / "cases"))
    case.add_upload("one.txt", NEWS.encode())
    case.add_upload("two.txt", b"The fire chief said 14 people were hurt.")
    case.run(nlp=nlp)
    first = next(item.document for item in case.documents() if item.document.path.endswith("one.txt"))
    case.remove(first.id)
    assert [item.document.path.rsplit("-", 1)[-1] for item in case.documents()] == ["two.txt"]
    case.run(nlp=nlp)
    evidence, _ = case.reviewed()
    assert [d.path.rsplit("-", 1)[-1] for d in evidence.documents] == ["two.txt"]
    case.add_upload("one.txt", NEWS.encode())  # added again: back in the case
    assert len(case.documents()) == 2


@pytest.mark.parametrize("name", [LINK, IMAGE, ":red[alarm] **bold** `code` $x$ <b>b</b>"])
def test_markdown_in_a_name_is_shown_as_written(name):
    escaped = plain(name)
    assert "](" not in escaped and "![" not in escaped and "**" not in escaped and ":red[" not in escaped
    assert escaped.replace("\\", "") == name


def test_a_markdown_source_name_is_never_a_link_or_an_image_in_the_app(tmp_path, monkeypatch):
    monkeypatch.setenv("RECONCILE_STORE", str(tmp_path / "cases"))
    monkeypatch.delenv("RECONCILE_DOCUMENTS", raising=False)
    at = AppTest.from_file(MAIN, default_timeout=60).run()
    at.text_area(key="paste_text").input(NEWS)
    at.text_input(key="paste_source").input(f"{LINK} {IMAGE}")
    next(b for b in at.button if b.label == "Add pasted text").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    shown = [s.value for s in at.success]
    assert shown and all("](" not in s and "![" not in s for s in shown), shown
    assert any("Verify" in s and "evil" in s for s in shown)


def test_the_server_is_started_within_the_boundary():
    flags = dict(zip(server_flags("127.0.0.1", 8501)[::2], server_flags("127.0.0.1", 8501)[1::2], strict=True))
    assert flags["--server.address"] == "127.0.0.1"
    assert flags["--server.maxUploadSize"] == str(UPLOAD_LIMIT_MB) and UPLOAD_LIMIT_MB * 2**20 >= MAX_DOCUMENT_BYTES
    assert flags["--server.enableXsrfProtection"] == "true"
    assert flags["--client.showErrorDetails"] == "none"
    for address in ("0.0.0.0", "192.0.2.1", "::", "example.org"):
        with pytest.raises(UsageError, match="--unsafe-public"):
            server_flags(address, 8501)
    assert server_flags("0.0.0.0", 8501, unsafe_public=True)[1] == "0.0.0.0"
    assert server_flags("::1", 8501)[1] == "::1" and server_flags("localhost", 8501)[1] == "localhost"


def test_the_command_refuses_a_public_address_without_starting(tmp_path):
    done = subprocess.run([sys.executable, "-m", "reconcile", "app", "--address", "0.0.0.0"], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2
    assert "--unsafe-public" in done.stderr and "reconcile app on" not in done.stdout
