"""Real Syncthing instances on loopback, for the end-to-end sync test.

Each gets a generated key and a config written here: listening on 127.0.0.1 only, the
other instance's address given, discovery, relays, NAT traversal, usage reporting,
crash reporting and upgrades off, and a one-second watcher delay.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

CONFIG = """\
<configuration version="36">
    <folder id="forum-event" label="forum-event" path="{folder}" type="sendreceive"
            rescanIntervalS="10" fsWatcherEnabled="true" fsWatcherDelayS="1">
        <device id="{me}"></device>
        <device id="{peer}"></device>
    </folder>
    <device id="{me}" name="{name}" compression="metadata">
        <address>tcp://127.0.0.1:{port}</address>
    </device>
    <device id="{peer}" name="peer" compression="metadata">
        <address>tcp://127.0.0.1:{peer_port}</address>
    </device>
    <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
    </options>
</configuration>
"""


@dataclass
class Instance:
    name: str
    home: Path
    folder: Path
    device_id: str
    port: int
    process: subprocess.Popen[bytes] | None = None
    log: BinaryIO | None = None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _environment(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "HOME": str(home),
        "STNODEFAULTFOLDER": "1",
        "STNOUPGRADE": "1",
        "STNORESTART": "1",
    }


def generate(root: Path, name: str) -> Instance:
    home = root / f"syncthing-{name}"
    folder = root / f"shared-{name}"
    (folder / ".stfolder").mkdir(parents=True)  # Syncthing's marker: the folder is there
    out = subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=_environment(home),
    )
    match = re.search(r"Device ID: ([A-Z0-9-]+)", out.stdout + out.stderr)
    assert match, out.stdout + out.stderr
    return Instance(name, home, folder, match.group(1), free_port())


def configure(me: Instance, peer: Instance) -> None:
    (me.home / "config.xml").write_text(
        CONFIG.format(
            folder=me.folder,
            me=me.device_id,
            peer=peer.device_id,
            name=me.name,
            port=me.port,
            peer_port=peer.port,
        ),
        encoding="utf-8",
    )


def start(instance: Instance) -> None:
    instance.log = log = (instance.home / "syncthing.log").open("wb")
    instance.process = subprocess.Popen(
        [
            "syncthing",
            "serve",
            f"--home={instance.home}",
            "--no-browser",
            "--no-restart",
            "--no-upgrade",
            "--no-default-folder",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=_environment(instance.home),
    )


def stop(instance: Instance) -> None:
    if instance.process is not None and instance.process.poll() is None:
        instance.process.terminate()
        try:
            instance.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            instance.process.kill()
            instance.process.wait(timeout=20)
    if instance.log is not None:
        instance.log.close()
