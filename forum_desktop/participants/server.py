"""The participants' web server: aiohttp in a thread of its own, beside Qt or the command
line.

aiohttp rather than Starlette with uvicorn: one library (server, routing, server-sent
events, a test client) with no ASGI server to tie in, an event loop we own (so it runs in
a plain thread the app starts and stops) and a long record of maintenance.

Security on a shared Wi-Fi: every path starts with a random token of 256 bits, new at
each opening, compared in constant time; anything else is 404, as is anything naming
another event's records. Bodies over 16 KB are 413, a device acting faster than its
limit is 429. The page's own script and style are the only ones it may run (a strict
Content-Security-Policy); it writes every text with ``textContent``, so a script typed
in a field shows as text. The token keeps out passers-by who do not see the room's
screen, not someone sniffing the network: plain HTTP, since phones refuse self-signed
certificates.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from aiohttp import web
from pydantic import BaseModel, ValidationError

from forum_desktop.clock import Clock, SystemClock
from forum_desktop.models import Language
from forum_desktop.notices import NoticeError
from forum_desktop.participants.devices import Device, Devices, RateLimit
from forum_desktop.participants.refusals import refusal
from forum_desktop.participants.room import (
    AnswerInput,
    ConsentInput,
    EvaluationInput,
    FeedbackInput,
    JoinInput,
    NameGoneError,
    NeedsConsentError,
    NeedsNameError,
    NotHereError,
    QuestionInput,
    QueueInput,
    Room,
    UpvoteInput,
    VoteInput,
    typed_fields,
)
from forum_desktop.participants.texts import TEXTS, phone_language
from forum_desktop.paths import resource
from forum_desktop.services.operations import OpResult
from forum_desktop.storage import DatabaseBusyError, StorageError, Store
from forum_desktop.storage.database import connect

log = logging.getLogger(__name__)

MAX_BODY = 16 * 1024
COOKIE = "forum_device"
POLL_SECONDS = 0.25
"""How often the server looks for changes made elsewhere (the facilitator's laptop)."""
HEARTBEAT_SECONDS = 15.0
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
ASSETS = {"app.js": "text/javascript", "app.css": "text/css"}

OnActs = Callable[[OpResult], None]
"""Called on the server's thread after each act a phone made, with what it changed."""


@dataclass(frozen=True)
class Opening:
    """What the facilitator chose: which event (and session), where, and who may act."""

    database: Path
    event_id: UUID
    session_id: UUID | None = None
    host: str = "127.0.0.1"
    port: int = 0
    allow_anonymous: bool = False
    acts_per_second: float = 2.0
    """Each phone's steady rate; it may also act ``burst`` times at once."""
    burst: float = 20.0


class Hub:
    """The open update streams; a change wakes each of them."""

    def __init__(self) -> None:
        self.streams: dict[asyncio.Queue[str | None], UUID] = {}

    def publish(self, message: str | None) -> None:
        for queue in self.streams:
            queue.put_nowait(message)

    def phones(self) -> int:
        return len(set(self.streams.values()))

    def drop(self, device_id: UUID) -> None:
        """End the streams of a device the facilitator removed."""
        for queue, owner in self.streams.items():
            if owner == device_id:
                queue.put_nowait(None)


class ParticipantApp:
    """The aiohttp application of one opening, over its own store."""

    def __init__(self, opening: Opening, store: Store, on_acts: OnActs | None = None) -> None:
        self.opening = opening
        self.token = secrets.token_urlsafe(32)
        self.store = store
        self.room = Room(store, opening.event_id, opening.session_id)
        self.devices = Devices()
        self.rate = RateLimit(opening.acts_per_second, opening.burst)
        self.hub = Hub()
        self.on_acts = on_acts
        self._shared: tuple[int, tuple[Language, ...], dict[Language, dict[str, Any]]] | None = None
        """Per journal mark: the event's working languages and the view shared by the
        phones, per language of the item's texts."""
        self._mark = (store.journal_mark(), 0)
        """The journal's end and the devices' revision the phones were last told of."""
        self._poller: asyncio.Task[None] | None = None
        self._assets = resource("participants")
        self.app = web.Application(
            client_max_size=MAX_BODY, middlewares=[self._guard, self._security_headers]
        )
        base = f"/{self.token}/"
        self.app.router.add_get(base, self._page)
        self.app.router.add_get(base + "{asset:app\\.(js|css)}", self._asset)
        self.app.router.add_get(base + "api/state", self._state)
        self.app.router.add_get(base + "api/events", self._events)
        self.app.router.add_post(base + "api/join", self._act(JoinInput, self._join))
        self.app.router.add_post(base + "api/consent", self._act(ConsentInput, self._consent))
        self.app.router.add_post(base + "api/answer", self._act(AnswerInput, self._answer))
        self.app.router.add_post(base + "api/vote", self._act(VoteInput, self._vote))
        self.app.router.add_post(base + "api/queue", self._act(QueueInput, self._queue))
        self.app.router.add_post(base + "api/feedback", self._act(FeedbackInput, self._feedback))
        self.app.router.add_post(base + "api/question", self._act(QuestionInput, self._ask))
        self.app.router.add_post(base + "api/upvote", self._act(UpvoteInput, self._upvote))
        self.app.router.add_post(
            base + "api/evaluation", self._act(EvaluationInput, self._evaluate)
        )
        self.app.on_startup.append(self._start_polling)
        self.app.on_shutdown.append(self._close_streams)

    # --- guards ------------------------------------------------------------------------

    @web.middleware
    async def _guard(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        prefix = request.path.split("/", 2)[1] if request.path.count("/") >= 2 else ""
        if not secrets.compare_digest(prefix.encode(), self.token.encode()):
            raise web.HTTPNotFound()
        length = request.content_length
        if length is not None and length > MAX_BODY:
            return _error(413, self._texts(request)["too_big"])
        key = request.cookies.get(COOKIE) or (request.remote or "")
        weight = 1.0 if request.method == "POST" else 0.2  # reads are cheap, acts are not
        if not self.rate.allow(key, time.monotonic(), weight):
            return _error(429, self._texts(request)["too_fast"])
        return await handler(request)

    @web.middleware
    async def _security_headers(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        response = await handler(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    def _device(self, request: web.Request) -> Device | None:
        return self.devices.from_cookie(request.cookies.get(COOKIE))

    def _language(self, request: web.Request) -> Language:
        """The phone's language among the page's, else the event's."""
        return phone_language(request.headers.get("Accept-Language"), self.room.event.language)

    def _texts(self, request: web.Request) -> dict[str, str]:
        return TEXTS[self._language(request)]

    # --- reads --------------------------------------------------------------------------

    async def _page(self, request: web.Request) -> web.StreamResponse:
        page = (self._assets / "index.html").read_text(encoding="utf-8")
        page = page.replace("<html>", f'<html lang="{self._language(request).value}">', 1)
        response = web.Response(text=page, content_type="text/html")
        response.headers["Vary"] = "Accept-Language"
        if self._device(request) is None:
            _, cookie = self.devices.new()
            response.set_cookie(COOKIE, cookie, httponly=True, samesite="Strict", path="/")
        return response

    async def _asset(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["asset"]
        return web.Response(body=(self._assets / name).read_bytes(), content_type=ASSETS[name])

    def _fresh(self) -> tuple[tuple[Language, ...], dict[Language, dict[str, Any]]]:
        """The working languages and views of now: computed again only when the journal
        moved."""
        mark = self.store.journal_mark()
        if self._shared is None or self._shared[0] != mark:
            self._shared = (mark, self.room.working_languages(), {})
        return self._shared[1], self._shared[2]

    def _item_language(self, request: web.Request) -> Language:
        """The language of the item's texts: the phone's among the event's working
        languages, else the main one."""
        languages, _ = self._fresh()
        header = request.headers.get("Accept-Language")
        return phone_language(header, languages[0], among=languages)

    def shared(self, language: Language) -> dict[str, Any]:
        """The view every phone reading ``language`` shares."""
        _, views = self._fresh()
        if language not in views:
            views[language] = self.room.room_view(language)
        return views[language]

    async def _state(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        if device is None:
            return _error(401, self._texts(request)["reopen"])
        view = self.room.personal_view(self.shared(self._item_language(request)), device)
        language = self._language(request)
        view["language"] = language.value
        view["texts"] = TEXTS[language]
        view["allow_anonymous"] = self.opening.allow_anonymous
        return web.json_response(view, dumps=_dumps)

    async def _events(self, request: web.Request) -> web.StreamResponse:
        device = self._device(request)
        if device is None:
            return _error(401, self._texts(request)["reopen"])
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.hub.streams[queue] = device.id
        try:
            await response.write(b"event: change\ndata: {}\n\n")
            while True:
                try:
                    message = await asyncio.wait_for(queue.get(), HEARTBEAT_SECONDS)
                except TimeoutError:
                    await response.write(b": still here\n\n")
                    continue
                if message is None:
                    break
                await response.write(f"event: change\ndata: {message}\n\n".encode())
        except ConnectionResetError:
            pass  # the phone went away (asleep, closed, out of the Wi-Fi)
        finally:
            self.hub.streams.pop(queue, None)
        return response

    async def _start_polling(self, app: web.Application) -> None:
        self._poller = asyncio.get_running_loop().create_task(self._poll())

    async def _poll(self) -> None:
        """Tell the phones when the journal moved (a phone's act or the facilitator's) or
        the facilitator moved a name from one phone to another (the dialog runs on the
        UI thread, so it is polled too rather than calling into this loop)."""
        while True:
            await asyncio.sleep(POLL_SECONDS)
            try:
                mark = (self.store.journal_mark(), self.devices.revision)
            except sqlite3.Error as error:
                log.warning("participants' server could not read the journal: %s", error)
                continue
            if mark != self._mark:
                self._mark = mark
                self.hub.publish(json.dumps({"mark": mark[0], "names": mark[1]}))

    async def _close_streams(self, app: web.Application) -> None:
        if self._poller is not None:
            self._poller.cancel()
        self.hub.publish(None)

    # --- acts --------------------------------------------------------------------------

    def _act(
        self,
        model: type[BaseModel],
        run: Callable[[Device, Any], OpResult | None],
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def handle(request: web.Request) -> web.StreamResponse:
            device = self._device(request)
            if device is None:
                return _error(401, self._texts(request)["reopen"])
            language = self._language(request)
            try:
                data = model.model_validate_json(await request.read())
            except web.HTTPRequestEntityTooLarge:  # a body sent without its length
                return _error(413, TEXTS[language]["too_big"])
            except ValidationError as error:
                return _error(400, _problem(model, error, TEXTS[language]))
            try:
                result = run(device, data)
            except NotHereError:
                # 404 as for any address not here, with a sentence for a phone whose page
                # still shows what just ended.
                return _error(404, TEXTS[language]["not_here"])
            except NameGoneError:  # 404 as for another event's person: nothing to tell apart
                return _error(404, TEXTS[language]["name_gone"])
            except NeedsNameError:
                return _error(403, TEXTS[language]["needs_name"])
            except NeedsConsentError:
                return _error(403, TEXTS[language]["needs_consent"])
            except NoticeError as error:
                return _error(409, refusal(error.notice, language))
            except DatabaseBusyError:
                return _error(503, TEXTS[language]["busy"])
            except StorageError:
                log.exception("a phone's act could not be saved")
                return _error(503, TEXTS[language]["not_saved"])
            # The phones hear of it from the poller (at most every POLL_SECONDS, however
            # many act at once); the one that acted reads its state at once.
            if result is not None and result.changes and self.on_acts is not None:
                self.on_acts(result)
            return web.json_response(
                {"ok": True, "me": self.room.personal_view({}, device)["me"]}, dumps=_dumps
            )

        return handle

    def _join(self, device: Device, data: JoinInput) -> None:
        if data.participant_id is None:
            if not (data.anonymous and self.opening.allow_anonymous):
                raise NeedsNameError("this session takes no anonymous acts")
            self.devices.stay_anonymous(device)
            return None
        if not self.room.on_roster(data.participant_id):
            raise NameGoneError("no such person on this event's roster")
        self.devices.claim(device, data.participant_id)
        return None

    def _answer(self, device: Device, data: AnswerInput) -> OpResult:
        return self.room.answer(self._acting(device), data)

    def _vote(self, device: Device, data: VoteInput) -> OpResult:
        return self.room.vote(self._acting(device), data)

    def _queue(self, device: Device, data: QueueInput) -> OpResult:
        return self.room.queue(self._acting(device), data)

    def _feedback(self, device: Device, data: FeedbackInput) -> OpResult:
        # Stored for the minutes, so in the event's language, not the phone's.
        anonymous = TEXTS[self.room.event.language]["anonymous_name"]
        return self.room.feedback(self._acting(device), data, anonymous)

    def _ask(self, device: Device, data: QuestionInput) -> OpResult:
        return self.room.ask(self._acting(device), data)

    def _upvote(self, device: Device, data: UpvoteInput) -> OpResult:
        return self.room.upvote(self._acting(device), data)

    def _evaluate(self, device: Device, data: EvaluationInput) -> OpResult:
        return self.room.evaluate(self._acting(device), data)

    def _consent(self, device: Device, data: ConsentInput) -> None:
        self.room.consent(device, data)

    def _acting(self, device: Device) -> Device:
        """A device may act once it has a name its person agreed to the use of, or
        stayed anonymous where allowed."""
        if device.participant_id is None and not device.anonymous:
            raise NeedsNameError("claim your name first")
        if not self.room.consented(device):
            raise NeedsConsentError("confirm how your contributions appear first")
        return device


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status, dumps=_dumps)


def _problem(model: type[BaseModel], error: ValidationError, texts: dict[str, str]) -> str:
    """The first thing wrong with a phone's input, as one sentence in the page's words:
    never the validator's own text, which is English and names fields. A blank text fails
    the length checked after ``_typed`` (pydantic's generic ``too_short``)."""
    problem = error.errors()[0]
    kind = problem["type"]
    field = str(problem["loc"][0]) if problem["loc"] else ""
    if field in typed_fields(model):
        if kind == "string_too_long":
            return texts["too_long"].replace("{limit}", str(problem["ctx"]["max_length"]))
        if kind in ("string_too_short", "too_short", "missing"):
            return texts["empty"]
        if kind == "value_error":
            return texts["control"]
    if field == "participant_id":
        return texts["pick_name"]
    return texts["refused"]  # the page never sends it: a stale or crafted request


class ParticipantServer:
    """The server of one opening in its own thread, event loop and database connection.

    ``start`` returns once it listens (or raises what stopped it); ``stop`` closes every
    connection and the thread. A failure inside is logged and ends the server, never the
    process that started it.
    """

    def __init__(
        self, opening: Opening, clock: Clock | None = None, on_acts: OnActs | None = None
    ) -> None:
        self.opening = opening
        self._clock = clock or SystemClock()
        self._on_acts = on_acts
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._failure: BaseException | None = None
        self.app: ParticipantApp | None = None
        self.url = ""

    def start(self) -> str:
        self._thread = threading.Thread(target=self._run, name="participants", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._failure is not None:
            raise self._failure
        return self.url

    def phones(self) -> int:
        return self.app.hub.phones() if self.app is not None else 0

    def remove_device(self, device_id: UUID) -> None:
        """The facilitator removes a phone (from any thread): its cookie names nothing
        from now on, its update stream ends, and its name is free to claim again."""
        if self.app is None:
            return
        self.app.devices.remove(device_id)
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self.app.hub.drop, device_id)

    def stop(self) -> None:
        if self._loop is not None and self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as error:  # the app goes on without its server
            log.exception("the participants' server stopped")
            self._failure = error
        finally:
            self._ready.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        conn = connect(self.opening.database)
        try:
            self.app = ParticipantApp(self.opening, Store(conn, self._clock), self._on_acts)
            runner = web.AppRunner(self.app.app, access_log=None, shutdown_timeout=1.0)
            await runner.setup()
            try:
                site = web.TCPSite(runner, self.opening.host, self.opening.port)
                await site.start()
                port = runner.addresses[0][1]
                host = self.opening.host
                shown = f"[{host}]" if ":" in host else host
                self.url = f"http://{shown}:{port}/{self.app.token}/"
                self._ready.set()
                await self._stopped.wait()
            finally:
                await runner.cleanup()
        finally:
            conn.close()
