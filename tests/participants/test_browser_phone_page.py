"""What a new user saw on a real phone (Debian's headless Chromium at 390×844, Spanish):
what typed text does to the page's width and direction, what the page says after joining,
and a name the facilitator gives to a second phone. The server runs in-process, as in the
app, so the test can act as the facilitator's dialog does (``devices.approve``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from forum_desktop.models import AgendaItem, Language
from forum_desktop.participants.server import Opening, ParticipantServer
from forum_desktop.participants.texts import TEXTS
from forum_desktop.services.commands import execute
from forum_desktop.services.participants import AddParticipant
from forum_desktop.services.room_questions import AskQuestion
from forum_desktop.storage import Store
from tests.participants.examples import Room, build_room, run_method
from tests.participants.test_browser import PHONE, WAIT_MS, chromium, live_store

__all__ = ["chromium", "live_store"]  # fixtures shared with the first browser tests

pytestmark = pytest.mark.slow

ES = TEXTS[Language.ES]
LINK = "https://example.org/" + "muy-largo-" * 40
WORD = "Donaudampfschifffahrtsgesellschaft" * 30
ARABIC = "ما هو الأهم للمياه؟"


@pytest.fixture
def server(db_path: Path, live_store: Store) -> Iterator[tuple[ParticipantServer, Room]]:
    room = build_room(live_store)
    server = ParticipantServer(Opening(database=db_path, event_id=room.event_id))
    server.start()
    yield server, room
    server.stop()


def joined_page(browser: object, url: str, name: str) -> object:
    """A Spanish phone that claimed ``name`` and confirmed how it appears."""
    from playwright.sync_api import Browser, expect

    assert isinstance(browser, Browser)
    page = browser.new_context(viewport=PHONE, locale="es-ES").new_page()
    page.goto(url)
    page.select_option("#roster", label=name, timeout=WAIT_MS)
    page.click("#claim")
    expect(page.locator("#consent-ok")).to_be_visible(timeout=WAIT_MS)
    page.click("#consent-ok")
    expect(page.locator("#act-questions")).to_be_visible(timeout=WAIT_MS)
    return page


def test_typed_text_wraps_within_the_phone_and_reads_in_its_own_direction(
    chromium: object, live_store: Store, server: tuple[ParticipantServer, Room], tmp_path: Path
) -> None:
    from playwright.sync_api import Page, expect

    store = live_store
    app, room = server
    run_method(store, room, "round-robin")
    item = room.items["round-robin"]
    for text in (LINK, WORD, ARABIC):
        execute(store, AskQuestion(session_id=room.session_id, item_id=item, text=text))
    page = joined_page(chromium, app.url, "Awa Diop")
    assert isinstance(page, Page)
    expect(page.locator("#questions li")).to_have_count(3, timeout=WAIT_MS)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width  # no sideways scrolling
    for button in page.locator("#questions li button").all():
        box = button.bounding_box()
        assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    arabic = page.locator("#questions li span.text", has_text=ARABIC)
    assert arabic.evaluate("(e) => e.matches(':dir(rtl)')")
    english = page.locator("#question")
    assert english.evaluate("(e) => e.matches(':dir(ltr)')")
    page.fill("#answer-text", ARABIC)
    assert page.locator("#answer-text").evaluate("(e) => e.matches(':dir(rtl)')")
    page.screenshot(path=str(tmp_path / "phone-es-long.png"), full_page=True)

    # An item with no guiding question shows no label for one.
    with store.transaction():
        for record in store.select(AgendaItem, {"parent_id": item}, "position"):
            store.update(AgendaItem, record.id, guiding_question="")
        store.update(AgendaItem, item, guiding_question="")
    run_method(store, room, "round-robin")
    expect(page.locator("#question-label")).to_be_hidden(timeout=WAIT_MS)


def test_joining_says_what_it_did_and_a_moved_name_reaches_both_phones(
    chromium: object, live_store: Store, server: tuple[ParticipantServer, Room]
) -> None:
    from playwright.sync_api import Browser, Page, expect

    assert isinstance(chromium, Browser)
    app, room = server
    run_method(live_store, room, "round-robin")
    holder = chromium.new_context(viewport=PHONE, locale="es-ES").new_page()
    holder.goto(app.url)
    holder.select_option("#roster", label="Awa Diop", timeout=WAIT_MS)
    holder.click("#claim")
    joined = ES["joined_named"].replace("{name}", "Awa Diop")
    expect(holder.locator("#message")).to_have_text(joined, timeout=WAIT_MS)
    holder.click("#consent-ok")
    expect(holder.locator("#message")).to_have_text(ES["consented"], timeout=WAIT_MS)
    holder.fill("#answer-text", "Mi respuesta a medias")
    holder.route("**/api/answer", lambda route: route.abort())  # out of the Wi-Fi
    holder.click("#answer-send")
    expect(holder.locator("#message")).to_have_text(ES["not_sent"], timeout=WAIT_MS)
    holder.unroute("**/api/answer")

    asker = chromium.new_context(viewport=PHONE, locale="es-ES").new_page()
    asker.goto(app.url)
    asker.select_option("#roster", label="Awa Diop", timeout=WAIT_MS)
    asker.click("#claim")
    expect(asker.locator("#pending")).to_be_visible(timeout=WAIT_MS)
    expect(asker.locator("#message")).to_have_text("")  # nothing was sent
    assert app.app is not None
    (claim,) = app.app.devices.pending()
    app.app.devices.approve(claim.device_id)  # "Donner le nom à ce téléphone"

    # Both phones follow without anyone touching them or the agenda moving.
    expect(asker.locator("#whoami")).to_have_text(ES["you_are"] + " Awa Diop", timeout=WAIT_MS)
    expect(asker.locator("#pending")).to_be_hidden()
    expect(holder.locator("#join")).to_be_visible(timeout=WAIT_MS)
    # The list says why it is back, above the names, and the lost name is not chosen: one
    # tap on "Soy yo" would ask for it again.
    expect(holder.locator("#lost")).to_have_text(ES["name_taken"])
    expect(holder.locator("#lost")).to_be_in_viewport()
    expect(holder.locator("#roster")).to_have_value("")
    expect(holder.locator("#claim")).to_be_disabled()
    expect(holder.locator("#message")).to_have_text("")
    expect(holder.locator("#whoami")).to_have_text("")
    # A name added to the roster meanwhile rebuilds the list: still none chosen.
    execute(live_store, AddParticipant(event_id=room.event_id, name="Zoe Ba"))
    expect(holder.locator("#roster option")).to_have_count(4, timeout=WAIT_MS)
    expect(holder.locator("#roster")).to_have_value("")
    expect(holder.locator("#lost")).to_be_visible()
    holder.select_option("#roster", label="João Pereira")
    expect(holder.locator("#claim")).to_be_enabled()
    holder.click("#claim")
    holder.click("#consent-ok", timeout=WAIT_MS)
    assert isinstance(holder, Page)
    expect(holder.locator("#answer-text")).to_have_value("Mi respuesta a medias", timeout=WAIT_MS)


def test_past_its_end_the_clock_says_over_time_as_the_projector_does(
    chromium: object, live_store: Store, server: tuple[ParticipantServer, Room]
) -> None:
    """New-user review: the phone said "Tiempo restante −0:08" where the projector says the
    time is up."""
    from datetime import timedelta

    from playwright.sync_api import Browser, expect

    from forum_desktop.services.run import JumpToItem

    assert isinstance(chromium, Browser)
    app, room = server
    phases = live_store.select(
        AgendaItem, {"parent_id": room.items["round-robin"]}, order_by="position"
    )
    started = live_store.clock.now() - timedelta(hours=2)  # long past the phase's end
    execute(live_store, JumpToItem(session_id=room.session_id, item_id=phases[0].id, at=started))
    page = chromium.new_context(viewport=PHONE, locale="es-ES").new_page()
    page.goto(app.url)
    expect(page.locator("#time-label")).to_have_text(ES["over_time"], timeout=WAIT_MS)
    assert not page.locator("#time").inner_text().startswith("−")
