"""The report and the review app in a real Chromium at 1400x900: what the first screen shows without scrolling
(every conflict's competing values with their sources), a reassignment that survives a reload, the tab kept after
an action, and no Deploy button.

Needs Debian's chromium at /usr/bin/chromium and the playwright package (scripts/install-browser.sh installs both);
skipped otherwise. Run with: python -m pytest tests/app/test_app_browser.py -m browser
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
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
SCREEN = {"width": 1400, "height": 900}
"""An editor's laptop screen: what it shows without scrolling is what the tests measure."""

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
    from reconcile.cli.commands import streamlit_command

    port = _free_port()
    env = dict(os.environ, RECONCILE_STORE=str(store), RECONCILE_CASE="syria", RECONCILE_REVIEWER="browser")
    command = streamlit_command(ROOT / "reconcile" / "app" / "main.py", port)  # as `reconcile app` starts it
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
            age = conflicts.locator('li[data-facet="victim.age"]')
            assert "56" in age.inner_text() and "60" in age.inner_text()
            page.locator(".reconcile-passage").first.wait_for(timeout=WAIT_MS)

            _choose(page, "Row", "victim.age")
            page.locator(".reconcile-passage", has_text="56").first.wait_for(timeout=WAIT_MS)
            sync_api.expect(page.get_by_role("combobox", name="Source", exact=True).first).to_have_value(
                "The family", timeout=WAIT_MS
            )
            _choose(page, "Source", "The family")
            _choose(page, "Reassign to source", "his brother")
            page.get_by_test_id("stRadio").filter(has_text="reassign").get_by_text("reassign", exact=True).click()
            page.get_by_role("button", name="Save claim decision").click()
            page.get_by_text("now said by his brother").first.wait_for(timeout=WAIT_MS)

            page.reload()
            conflicts.wait_for(timeout=WAIT_MS)
            assert "56 — his brother" in conflicts.locator('li[data-facet="victim.age"]').inner_text()
            page.get_by_role("tab", name="Audit log").click()
            page.locator(".reconcile-decisions", has_text="now said by his brother").wait_for(timeout=WAIT_MS)
        except Exception:
            page.screenshot(path=str(ROOT / "test-artifacts" / "app-failure.png"), full_page=True)
            raise
        finally:
            browser.close()


def _within(page, locator) -> dict:
    """The element's box, asserted to lie wholly inside the viewport (seen without scrolling either way)."""
    box = locator.bounding_box()
    size = page.viewport_size
    assert box is not None, "not rendered"
    assert box["y"] >= -1 and box["y"] + box["height"] <= size["height"], (box, "below the first screen")
    assert box["x"] >= -1 and box["x"] + box["width"] <= size["width"], (box, "beyond the right edge")
    return box


def _first_screen_shows_the_disputes(page, age, status) -> None:
    """56 against 60, and 'senior al qaeda leader' against civilian / farmer, each with its sources, unscrolled."""
    assert page.evaluate("window.scrollY") == 0
    _within(page, age)
    text = age.inner_text()
    assert "56 — The family" in text and "60 — White Helmets" in text
    _within(page, status)
    text = status.inner_text().lower()
    assert "senior al qaeda leader — u.s. central command" in text
    assert "civilian — " in text and "farmer — " in text
    for value in status.locator(".v").all():  # every competing value, not only the line's first words
        _within(page, value)


def _save_shot(page, name: str) -> None:
    shot = ROOT / "test-artifacts" / name
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot))
    if os.environ.get("RECONCILE_UPDATE_SCREENSHOT"):  # a test run leaves tracked files alone otherwise
        shutil.copyfile(shot, ROOT / "docs" / name)


def test_report_first_screen_shows_every_conflict_with_its_sources(example_evidence, tmp_path):
    from reconcile.export import html_page

    report = tmp_path / "report.html"
    report.write_bytes(html_page.render(example_evidence))
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport=SCREEN)
            page.goto(report.as_uri())
            disputed = page.locator("ul.lines-disputed > li")
            assert disputed.count() == sum(r.status == "conflict" for r in example_evidence.rows)
            for line in disputed.all():
                _within(page, line)
            age = page.locator('ul.lines-disputed > li:has(a.label:text-is("Age"))')
            status = page.locator('ul.lines-disputed > li:has(a.label:text-is("Victim\'s status"))')
            _first_screen_shows_the_disputes(page, age, status)
            _save_shot(page, "report-first-screen.png")

            age.get_by_role("link", name="The family").click()  # a source's name leads to its quote
            cell = page.locator(":target")
            assert "Loutfi Hassan Mesto, 56" in cell.inner_text()
            _within(page, cell)

            table = page.locator("#main-table")
            table.scroll_into_view_if_needed()
            family = table.locator("th.party.open", has_text="Family")
            assert family.is_visible() and table.locator("th", has_text="Mohamed Sajee").first.is_visible()
            family.locator("label").click()  # fold the family's three columns into one
            assert not table.locator("th", has_text="Mohamed Sajee").first.is_visible()
            assert "The family" in table.locator("td.shut:visible").first.inner_text() or table.locator(
                "td.shut:visible"
            ).count() > 0
            scroller = table.locator(".scroll")
            left = table.locator("tbody th.pin-facet").first.bounding_box()["x"]
            assert scroller.evaluate("el => (el.scrollLeft = el.scrollWidth, el.scrollLeft)") > 0
            for pinned in ("th.pin-facet", "td.pin-status"):  # still where they were, the table scrolled right
                assert abs(table.locator(f"tbody {pinned}").first.bounding_box()["x"] - left) < 200
        finally:
            browser.close()


def test_app_first_screen_shows_every_conflict_and_no_deploy_button(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport=SCREEN)
            page.goto(server)
            conflicts = page.locator(".reconcile-conflicts")
            conflicts.wait_for(timeout=WAIT_MS)
            page.get_by_test_id("stDataFrame").first.wait_for(timeout=WAIT_MS)
            page.wait_for_timeout(1000)  # the grid draws on a canvas after it is attached
            for line in conflicts.locator("li").all():
                _within(page, line)
            age = conflicts.locator('li[data-facet="victim.age"]')
            status = conflicts.locator('li[data-facet="victim.status"]')
            _first_screen_shows_the_disputes(page, age, status)
            assert page.get_by_text("Deploy", exact=True).count() == 0
            _save_shot(page, "app-table.png")
        except Exception:
            page.screenshot(path=str(ROOT / "test-artifacts" / "app-failure.png"), full_page=True)
            raise
        finally:
            browser.close()


def test_the_tab_is_kept_after_saving_a_verdict(server):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport=SCREEN)
            page.goto(server)
            page.locator(".reconcile-conflicts").wait_for(timeout=WAIT_MS)
            page.get_by_role("tab", name="Review").click()
            verdict = page.get_by_role("combobox", name="Verdict", exact=True)
            verdict.wait_for(timeout=WAIT_MS)
            assert "not assessed" in (verdict.get_attribute("placeholder") or _shown(verdict))
            _choose(page, "Verdict", "disputed")
            page.get_by_label("Why (required)").fill("The family says 56, the White Helmets 60")
            page.get_by_role("button", name="Save verdict").click()
            page.get_by_text("Saved:").first.wait_for(timeout=WAIT_MS)
            sync_api.expect(page.get_by_role("tab", name="Review")).to_have_attribute(
                "aria-selected", "true", timeout=WAIT_MS
            )
            sync_api.expect(page.get_by_role("combobox", name="Verdict", exact=True)).to_be_visible(timeout=WAIT_MS)
        except Exception:
            page.screenshot(path=str(ROOT / "test-artifacts" / "app-failure.png"), full_page=True)
            raise
        finally:
            browser.close()
