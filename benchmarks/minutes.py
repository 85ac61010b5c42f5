"""Minutes: building the PDF of an event's minutes, against plain reportlab in the same run.

- ``minutes_demo``: the built-in demo event (one session, 15 people, no entries captured).
- ``minutes_large``: a three-day event with 40 sessions of 8 items, 300 participants,
  5,000 entries of every kind (some in Arabic and Korean; the method kinds with their
  fields: votes, peer feedback, group reports), three fishbowls timed with the speaker
  timer, and 30 camera-size photos (4,000 × 3,000 JPEG). CPU seconds, so that other work
  on the machine does not count.
- ``minutes_large_wall``: the same, in wall-clock seconds (the target: 8 s on 2 cores).
- ``minutes_peak_rss_mb``: the peak memory (MB) of a child process that only loads and
  exports the large event's minutes, ours and the baseline each in its own process.

Ours: ``load_minutes`` from the database plus ``minutes_pdf``. The baseline lays out the
same content — the same headings, paragraphs, bullets and tables, taken from our section
blocks before timing — with plain reportlab: the same embedded fonts, ``Paragraph`` of
escaped text, ``Table`` with a repeated header, a vote's bars as a table of drawings, a
table of contents (``multiBuild``: two layout passes, where ours lays the story out once
and draws its page numbers at the end) and a held-back canvas for "page X of Y". Each
figure is the
median of interleaved runs after a warm-up of each. Prints one JSON line per figure
(seconds).

    python benchmarks/minutes.py [--rounds N] [--entries N] [--sessions N] [--people N]
                                 [--photos N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any
from uuid import UUID
from xml.sax.saxutils import escape

from figures import figure

from forum_desktop.clock import SystemClock
from forum_desktop.export.fonts import register_fonts
from forum_desktop.export.labels import labels
from forum_desktop.export.minutes_blocks import (
    Block,
    Entry,
    Heading,
    Picture,
    Table,
    Text,
    VoteChart,
)
from forum_desktop.export.minutes_data import load_minutes
from forum_desktop.export.minutes_options import MinutesOptions
from forum_desktop.export.minutes_pdf import minutes_pdf
from forum_desktop.export.minutes_sections import cover as minutes_cover
from forum_desktop.export.minutes_sections import section_blocks
from forum_desktop.models import (
    AgendaItem,
    AttendanceMode,
    AttendanceStatus,
    Event,
    Language,
    Outcome,
    OutcomeKind,
    Participant,
    ReviewState,
    Session,
    SpeakerTurn,
)
from forum_desktop.services.commands import execute
from forum_desktop.services.demo import CreateDemoEvent
from forum_desktop.services.photos import AddPhoto
from forum_desktop.storage import Store, open_database

WORDS = [
    "apprentissage",
    "pairs",
    "méthodologie",
    "ville",
    "municipalité",
    "collectivités",
    "gouvernance",
    "participation",
    "budget",
    "école",
    "formation",
    "localisation",
    "développement",
    "objectifs",
    "réseau",
    "échange",
    "expérience",
    "pratiques",
    "recommandation",
    "décision",
    "suivi",
    "évaluation",
    "plateforme",
    "praticien·ne·s",
    "Daejeon",
    "Bogotá",
    "Quito",
    "Dakar",
    "Rabat",
    "Lyon",
    "aprendizaje",
    "ciudades",
    "learning",
    "cities",
    "climat",
    "résilience",
    "logement",
    "mobilité",
    "culture",
    "patrimoine",
    "quartier",
    "<b>",
    "&",
    "co",
]
SCRIPTS = ("대전 세계총회 준비", "التعلم بين الأقران في الرباط")
KINDS = [kind for kind in OutcomeKind]


def sentence(rng: random.Random, low: int = 6, high: int = 30) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    if rng.random() < 0.03:
        words.append(rng.choice(SCRIPTS))
    return " ".join(words).capitalize() + "."


def camera_photo(rng: random.Random) -> bytes:
    """A 4,000 × 3,000 JPEG with a camera photo's detail (about 4 MB), different each time."""
    from PIL import Image

    noise = Image.effect_noise((4000, 3000), rng.randint(20, 60))
    light = Image.linear_gradient("L").resize((4000, 3000))
    image = Image.merge("RGB", (noise, light, Image.blend(noise, light, 0.5)))
    out = BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def large_event(store: Store, *, sessions: int, entries: int, people: int, photos: int = 0) -> UUID:
    """A three-day event of ``sessions`` sessions (8 items each), ``people`` participants
    and ``entries`` outcomes inserted in one transaction, and ``photos`` camera-size
    photos of random items."""
    rng = random.Random(7)
    event = Event(
        title="Forum d'apprentissage — Daejeon 2026",
        language=Language.FR,
        timezone="Asia/Seoul",
        start_date=dt.date(2026, 10, 12),
        end_date=dt.date(2026, 10, 14),
        place="Daejeon Convention Center",
        organisers="CGLU Apprentissage",
        context="\n\n".join(sentence(rng, 40, 80) for _ in range(3)),
    )
    with store.transaction():
        store.insert(event)
        roster = []
        for n in range(people):
            person = Participant(
                event_id=event.id,
                name=f"Personne {n:03d} {rng.choice(WORDS)}",
                organisation=f"Ville {n % 60}",
                country=f"Pays {n % 25}",
                mode=rng.choice(list(AttendanceMode)),
                attendance=rng.choice(list(AttendanceStatus)),
                position=n,
            )
            store.insert(person)
            roster.append(person.id)
        item_ids: list[tuple[UUID, UUID]] = []
        for s in range(sessions):
            day = event.start_date + dt.timedelta(days=s * 3 // sessions)  # type: ignore[operator]
            hour = 8 + (s % (sessions // 3 + 1)) % 10
            session = Session(
                event_id=event.id,
                title=f"Session {s + 1} : {sentence(rng, 3, 6)}",
                date=day,
                start_time=dt.time(hour % 24),
                end_time=dt.time((hour + 1) % 24, 30),
                position=s,
            )
            store.insert(session)
            for i in range(8):
                item = AgendaItem(
                    session_id=session.id,
                    position=i,
                    title=sentence(rng, 3, 8),
                    planned_minutes=10,
                    guiding_question=sentence(rng, 6, 12) if i % 2 else "",
                )
                store.insert(item)
                item_ids.append((session.id, item.id))
        start = dt.datetime(2026, 10, 12, 0, tzinfo=dt.UTC)
        # A few fishbowls timed with the speaker timer: their fairness tables list
        # everyone present.
        for session_id, item_id in rng.sample(item_ids, 3):
            for turn in range(12):
                began = start + dt.timedelta(minutes=turn * 3)
                store.insert(
                    SpeakerTurn(
                        session_id=session_id,
                        item_id=item_id,
                        participant_id=rng.choice(roster),
                        started_at=began,
                        ended_at=began + dt.timedelta(seconds=rng.randint(30, 170)),
                    )
                )
        for n in range(entries):
            session_id, item_id = rng.choice(item_ids)
            kind = rng.choice(KINDS)
            fields: dict[str, Any] = {}
            if kind is OutcomeKind.ACTION:
                fields = {"owner_ids": [str(rng.choice(roster))], "due": "2026-11-30"}
            else:
                fields = method_fields(rng, kind, roster)
            store.insert(
                Outcome(
                    event_id=event.id,
                    session_id=session_id,
                    item_id=item_id,
                    kind=kind,
                    text=sentence(rng),
                    captured_at=start + dt.timedelta(seconds=n),
                    review=ReviewState.APPROVED if n % 5 else ReviewState.DRAFT,
                    fields=fields,
                )
            )
    for n in range(photos):
        _, item_id = rng.choice(item_ids)
        execute(
            store,
            AddPhoto(
                event_id=event.id,
                item_id=item_id,
                image=camera_photo(rng),
                mime="image/jpeg",
                width=4000,
                height=3000,
                caption=f"Tableau {n + 1} : {sentence(rng, 3, 6)}",
            ),
        )
    return event.id


def method_fields(rng: random.Random, kind: OutcomeKind, roster: list[UUID]) -> dict[str, Any]:
    """What the method screens store with an entry of ``kind`` (nothing for other kinds)."""
    speaker = str(rng.choice(roster))
    if kind in (OutcomeKind.QUOTE, OutcomeKind.ANSWER, OutcomeKind.RESPONSE):
        return {"speaker_id": speaker}
    if kind is OutcomeKind.CONTRIBUTION:
        return {"speaker_id": speaker, "topic": rng.choice(["MOOC", "Financement", "Daejeon"])}
    if kind is OutcomeKind.FEEDBACK:
        parts = ("strengths", "challenges", "recommendations", "transferable")
        return {"speaker_id": speaker, "rating": rng.randint(1, 5)} | {
            part: sentence(rng) for part in parts
        }
    if kind is OutcomeKind.VOTE_RESULT:
        options = [{"option": sentence(rng, 2, 5), "votes": rng.randint(0, 20)} for _ in range(5)]
        return {"counts": options, "voters": 30}
    if kind is OutcomeKind.REPORT:
        members = [str(person) for person in rng.sample(roster, 4)]
        return {"group": sentence(rng, 1, 3), "speaker_id": speaker, "member_ids": members}
    return {}


# --- the baseline: plain reportlab ----------------------------------------------------------


def baseline_pdf(title: str, cover: list[str], blocks: list[Block]) -> bytes:
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        Image,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        TableStyle,
    )
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus.tableofcontents import TableOfContents

    def style(name: str, size: float, font: str = "NotoSans") -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.25)

    body, bold, cell = style("b", 10), style("h", 13, "NotoSans-Bold"), style("c", 9)

    class Doc(BaseDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            level = getattr(flowable, "toc_level", None)
            if level is not None:
                key = f"k{id(flowable)}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level)
                if level < 2:
                    entry = escape(flowable.getPlainText())
                    self.notify("TOCEntry", (level, entry, self.page, key))

    class Numbered(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self.held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self.held:
                self.__dict__.update(state)
                self.setFont("NotoSans", 9)
                self.drawString(40, 20, f"{title} — Page {self._pageNumber} of {len(self.held)}")
                super().showPage()
            super().save()

    # The same cover as ours, in the same sizes, so that the table of contents takes the
    # same room.
    cover_title = style("title", 24, "NotoSans-Bold")
    cover_title.spaceBefore = 60
    story: list[Any] = [Paragraph(escape(cover[0]), cover_title), Spacer(0, 20)]
    story += [Paragraph(escape(line), body) for line in cover[1:]]
    story += [Spacer(0, 18), Paragraph("Contents", style("contents", 15, "NotoSans-Bold"))]
    contents = TableOfContents()
    contents.levelStyles = [style("t0", 10.5), style("t1", 9.5)]
    story += [contents, PageBreak()]
    frame_width = A4[0] - 80
    for block in blocks:
        if isinstance(block, Heading):
            heading = Paragraph(escape(block.text), bold)
            if block.level <= 3:
                heading.toc_level = block.level - 1
            story.append(heading)
        elif isinstance(block, Text):
            story.append(Paragraph(escape(f"{block.label} {block.text}"), body))
        elif isinstance(block, Entry):
            story.append(Paragraph(escape(block.text), body, bulletText="•"))
            if block.detail:
                story.append(Paragraph(escape(block.detail), cell))
        elif isinstance(block, Table):
            rows = [[Paragraph(escape(value), cell) for value in row] for row in block.rows]
            header = [Paragraph(escape(value), cell) for value in block.header]
            total = sum(block.weights)
            table = RLTable(
                [header, *rows],
                colWidths=[frame_width * weight / total for weight in block.weights],
                repeatRows=1,
            )
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "grey")]))
            story.append(table)
        elif isinstance(block, VoteChart):  # rank, option, a bar, the votes
            top = max([1, *(votes for _, votes in block.options)])
            widths = [frame_width * share for share in (0.07, 0.43, 0.40, 0.10)]
            chart_rows = []
            for rank, (option, votes) in zip(block.ranks(), block.options, strict=True):
                bar = Drawing(widths[2] - 8, 9)
                if votes:
                    bar.add(Rect(0, 0, (widths[2] - 8) * votes / top, 9, fillColor="green"))
                cells = [Paragraph(escape(str(value)), cell) for value in (rank, option, votes)]
                chart_rows.append([cells[0], cells[1], bar, cells[2]])
            story.append(RLTable(chart_rows, colWidths=widths))
        elif isinstance(block, Picture):  # the same bytes as ours, scaled to the frame
            scale = min(1.0, frame_width / block.width, (A4[1] - 100) * 0.5 / block.height)
            story.append(Image(BytesIO(block.data), block.width * scale, block.height * scale))
            story.append(Paragraph(escape(block.caption), cell))
    buffer = BytesIO()
    doc = Doc(buffer, pagesize=A4)
    doc.addPageTemplates(
        [PageTemplate(frames=[Frame(40, 50, frame_width, A4[1] - 100, id="body")])]
    )
    doc.multiBuild(story, canvasmaker=Numbered)
    return buffer.getvalue()


Runs = dict[str, list[tuple[float, float]]]
"""(CPU seconds, wall seconds) of each measured run, by "ours" and "baseline"."""


def measure(store: Store, event_id: UUID, rounds: int) -> Runs:
    """Ours and the baseline, interleaved after a warm-up of each."""
    options = MinutesOptions()
    data = load_minutes(store, event_id, options)
    lab = labels(data.language)
    blocks = section_blocks(data, lab)
    front = minutes_cover(data, lab)
    cover = [
        front.title,
        front.document_name,
        *(f"{label}: {value}" for label, value in front.lines),
        *front.notes,
    ]

    def ours() -> None:
        minutes_pdf(load_minutes(store, event_id, options))

    def baseline() -> None:
        baseline_pdf(data.event.title, cover, blocks)

    runs: Runs = {"ours": [], "baseline": []}
    measured: dict[str, Callable[[], None]] = {"ours": ours, "baseline": baseline}
    for name, run in measured.items():  # warm-up: fonts registered, modules imported
        run()
        del name
    for _ in range(rounds):
        for name, run in measured.items():
            cpu, wall = time.process_time(), time.perf_counter()
            run()
            runs[name].append((time.process_time() - cpu, time.perf_counter() - wall))
    return runs


def medians(runs: Runs, which: int) -> tuple[float, float]:
    """The median CPU (``which`` 0) or wall (1) seconds of ours and of the baseline."""
    return (
        statistics.median(run[which] for run in runs["ours"]),
        statistics.median(run[which] for run in runs["baseline"]),
    )


def child(database: Path, event_id: UUID, which: str) -> None:
    """Load and export the minutes (ours or the baseline) and print the peak memory in MB:
    run in a process of its own, so nothing else has been held."""
    clock = SystemClock()
    conn = open_database(database, clock)
    store = Store(conn, clock)
    data = load_minutes(store, event_id, MinutesOptions())
    if which == "ours":
        minutes_pdf(data)
    else:
        register_fonts()  # the baseline sets its text in the same embedded fonts
        lab = labels(data.language)
        front = minutes_cover(data, lab)
        baseline_pdf(data.event.title, [front.title], section_blocks(data, lab))
    conn.close()
    print(peak_rss_mb())


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB. Linux's VmHWM belongs to the program
    running (ru_maxrss would count the parent's memory at the fork); ru_maxrss elsewhere."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # in kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_memory(database: Path, event_id: UUID, which: str) -> float:
    result = subprocess.run(
        [sys.executable, __file__, "--child", which, str(database), str(event_id)],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(result.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="measured runs of each (5)")
    parser.add_argument("--entries", type=int, default=5000, help="entries captured (5000)")
    parser.add_argument("--sessions", type=int, default=40, help="sessions (40)")
    parser.add_argument("--people", type=int, default=300, help="participants (300)")
    parser.add_argument("--photos", type=int, default=30, help="camera-size photos (30)")
    parser.add_argument(
        "--child", nargs=3, metavar=("WHICH", "DB", "EVENT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[1]), UUID(args.child[2]), args.child[0])
        return 0
    if min(args.rounds, args.entries, args.sessions, args.people) < 1:
        parser.error("every number must be at least 1")
    with tempfile.TemporaryDirectory(prefix="forum-minutes-") as temp:
        clock = SystemClock()
        conn = open_database(Path(temp) / "forum.sqlite3", clock)
        try:
            store = Store(conn, clock)
            demo = execute(store, CreateDemoEvent()).value
            print(figure("minutes_demo", *medians(measure(store, demo, args.rounds), 0)))
            large = large_event(
                store,
                sessions=args.sessions,
                entries=args.entries,
                people=args.people,
                photos=args.photos,
            )
            runs = measure(store, large, max(1, args.rounds // 2))
            print(figure("minutes_large", *medians(runs, 0)))
            print(figure("minutes_large_wall", *medians(runs, 1)))
            database = Path(temp) / "forum.sqlite3"
            print(
                figure(
                    "minutes_peak_rss_mb",
                    peak_memory(database, large, "ours"),
                    peak_memory(database, large, "baseline"),
                )
            )
        finally:
            conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
