"""The review app in a real Chromium: the example case's age conflict, a reassignment that survives a reload.

Needs Debian's chromium at /usr/bin/chromium and the playwright package (scripts/install-browser.sh installs both);
skipped otherwise. Run with: python -m pytest tests/test_app_browser.py -m browser
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "examples" / "syria-strike-2023"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WAIT_MS = 60_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="needs /usr/bin/chromium: run scripts/install-browser.sh"
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs playwright: run scripts/install-browser.sh"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"streamlit did not listen on port {port} within {seconds} s")


@pytest.fixture
def server(tmp_path, nlp):
    from reconcile.pipeline import extract
    from reconcile.store import CaseStore

    store = tmp_path / "syria.sqlite"
    with CaseStore.open(store, create=True) as case:
        case.save_run(extract([EXAMPLE], nlp=nlp), reviewer="setup")
    port = _free_port()
    env = dict(os.environ, RECONCILE_STORE=str(store), RECONCILE_CASE="syria", RECONCILE_REVIEWER="browser")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "reconcile" / "app" / "main.py"),
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
    ]
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        _wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _shown(box) -> str:
    """The value a selectbox shows (in its input's value or, in older Streamlit, as text beside it)."""
    return (box.input_value() or box.locator("xpath=..").inner_text()).strip()


def _choose(page, label: str, option: str) -> None:
    """Pick `option` in the first selectbox labelled `label` (a Base Web combobox: click, type, Enter)."""
    box = page.get_by_role("combobox", name=label, exact=True).first
    shown = _shown(box)
    if shown == option or option in [line.strip() for line in shown.splitlines()]:
        return  # already chosen: typing over a chosen value leaves the list filtered to nothing
    box.click()
    page.keyboard.type(option)
    page.get_by_role("option", name=option, exact=True).first.wait_for(timeout=WAIT_MS)
    page.keyboard.press("Enter")  # a click can miss while Streamlit re-renders the list under a loaded machine
    sync_api.expect(box).to_have_value(option, timeout=WAIT_MS)


def test_age_conflict_and_reassign_survives_reload(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            (ROOT / "test-artifacts").mkdir(exist_ok=True)
            page = browser.new_page(viewport={"width": 1600, "height": 1300})
            page.goto(server)
            conflicts = page.locator(".reconcile-conflicts")
            conflicts.wait_for(timeout=WAIT_MS)
            age = conflicts.locator("li", has_text="victim.age")
            assert "56" in age.inner_text() and "60" in age.inner_text()
            page.locator(".reconcile-passage").first.wait_for(timeout=WAIT_MS)

            _choose(page, "Row", "victim.age")
            page.locator(".reconcile-passage", has_text="56").first.wait_for(timeout=WAIT_MS)
            sync_api.expect(page.get_by_role("combobox", name="Source", exact=True).first).to_have_value(
                "The family", timeout=WAIT_MS
            )
            _choose(page, "Source", "The family")
            _choose(page, "Reassign to source", "his brother")
            page.get_by_test_id("stRadio").first.get_by_text("reassign", exact=True).click()
            page.get_by_role("button", name="Save claim decision").click()
            page.get_by_text("now said by his brother").first.wait_for(timeout=WAIT_MS)

            page.reload()
            conflicts.wait_for(timeout=WAIT_MS)
            assert "his brother says 56" in conflicts.locator("li", has_text="victim.age").inner_text()
            page.get_by_role("tab", name="Audit log").click()
            page.locator(".reconcile-decisions", has_text="now said by his brother").wait_for(timeout=WAIT_MS)
            page.get_by_role("tab", name="Evidence").click()
            page.get_by_test_id("stDataFrame").first.wait_for(timeout=WAIT_MS)
            page.wait_for_timeout(1000)  # the grid draws on a canvas after it is attached
            shot = ROOT / "test-artifacts" / "app-table.png"
            shot.parent.mkdir(exist_ok=True)
            page.screenshot(path=str(shot), full_page=True)
            if os.environ.get("RECONCILE_UPDATE_SCREENSHOT"):  # a test run leaves tracked files alone otherwise
                shutil.copyfile(shot, ROOT / "docs" / "app-table.png")
        except Exception:
            page.screenshot(path=str(ROOT / "test-artifacts" / "app-failure.png"), full_page=True)
            raise
        finally:
            browser.close()
