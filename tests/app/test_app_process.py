"""`reconcile app` as a process: a SIGINT or SIGTERM to it stops its Streamlit server too (nothing left listening)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc), so the test can see the server the command started."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc to find the server process")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_stopping_reconcile_app_stops_its_server(tmp_path, signum):
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), RECONCILE_HOME=str(tmp_path))
    store = str(tmp_path / "d.sqlite")
    command = [sys.executable, "-m", "reconcile", "app", "demo", "--port", str(port), "--store", store]
    proc = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not _listening(port):
            assert proc.poll() is None and time.monotonic() < deadline, "the app did not start"
            time.sleep(0.2)
        servers = _children(proc.pid)
        assert servers, "the server should run as a child of reconcile app"
        proc.send_signal(signum)  # to the parent only, as `kill` or a service manager sends it
        proc.wait(timeout=30)
        assert not _listening(port)
        for pid in servers:
            assert not Path(f"/proc/{pid}").exists(), f"server {pid} left running or unreaped"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
