"""The phones of one opening: their signed session cookies, the names they claimed, and
how fast each may act.

A phone is a device id in a cookie signed with a key made at each opening, so a cookie
from an earlier opening, or one a phone made up, names no device. A roster name is
claimed by one device; a second device asking for it waits for the facilitator's OK,
which moves the name to it. The facilitator can remove a device: its cookie then names
nothing and the phone starts again.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass, field, replace
from uuid import UUID, uuid4


@dataclass
class Device:
    id: UUID
    participant_id: UUID | None = None
    anonymous: bool = False
    wants: UUID | None = None
    """A roster name another device holds, waiting for the facilitator's OK."""
    ballot_id: UUID | None = None
    """An anonymous device's ballot, replaced when it votes again."""
    consented: tuple[UUID, str] | None = None
    """The name and the way its contributions appear that the person confirmed: asked
    again when either changes (another name, the Chatham House rule set meanwhile)."""


@dataclass(frozen=True)
class PendingClaim:
    device_id: UUID
    participant_id: UUID


@dataclass
class RateLimit:
    """A token bucket per device: ``burst`` acts at once, then ``per_second``."""

    per_second: float = 5.0
    burst: float = 20.0
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def allow(self, key: str, now: float, weight: float = 1.0) -> bool:
        """Whether ``key`` may make a request costing ``weight`` acts at ``now`` (s)."""
        tokens, last = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.per_second)
        if tokens < weight:
            self._buckets[key] = (tokens, now)
            return False
        self._buckets[key] = (tokens - weight, now)
        return True


class Devices:
    """Every device of this opening; safe to call from the server's and the UI's threads."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)
        self._devices: dict[UUID, Device] = {}
        self._lock = threading.Lock()
        self.revision = 0
        """Counts the facilitator's decisions that change what other phones see (a name
        moved): the server tells the phones when it moves, as when the journal does."""

    def new(self) -> tuple[Device, str]:
        """A new device and its signed cookie value."""
        device = Device(uuid4())
        with self._lock:
            self._devices[device.id] = device
        return device, self._sign(device.id)

    def from_cookie(self, value: str | None) -> Device | None:
        if not value or "." not in value:
            return None
        raw = value.rsplit(".", 1)[0]
        try:
            device_id = UUID(raw)
        except ValueError:
            return None
        if not hmac.compare_digest(self._sign(device_id), value):
            return None
        with self._lock:
            return self._devices.get(device_id)

    def claim(self, device: Device, participant_id: UUID) -> bool:
        """Give ``device`` the name, unless another device holds it (then it waits for
        the facilitator: False)."""
        with self._lock:
            holder = self._holder(participant_id)
            if holder is not None and holder is not device:
                device.wants = participant_id
                return False
            device.participant_id, device.anonymous, device.wants = participant_id, False, None
            return True

    def stay_anonymous(self, device: Device) -> None:
        with self._lock:
            device.participant_id, device.anonymous, device.wants = None, True, None

    def pending(self) -> list[PendingClaim]:
        with self._lock:
            return [
                PendingClaim(d.id, d.wants) for d in self._devices.values() if d.wants is not None
            ]

    def approve(self, device_id: UUID) -> None:
        """The facilitator's OK: the name moves to the device that asked for it."""
        with self._lock:
            device = self._devices.get(device_id)
            if device is None or device.wants is None:
                return
            holder = self._holder(device.wants)
            if holder is not None:
                holder.participant_id = None
            device.participant_id, device.anonymous, device.wants = device.wants, False, None
            self.revision += 1

    def listed(self) -> list[Device]:
        """A copy of every device, in the order they first opened the page."""
        with self._lock:
            return [replace(d) for d in self._devices.values()]

    def remove(self, device_id: UUID) -> None:
        with self._lock:
            self._devices.pop(device_id, None)

    def _holder(self, participant_id: UUID) -> Device | None:
        return next((d for d in self._devices.values() if d.participant_id == participant_id), None)

    def _sign(self, device_id: UUID) -> str:
        digest = hmac.new(self._key, str(device_id).encode(), hashlib.sha256).hexdigest()
        return f"{device_id}.{digest}"
