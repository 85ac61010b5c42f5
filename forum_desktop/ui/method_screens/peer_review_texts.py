"""The peer-review screen's lines of text: a case in the list, a phase's timer, where the
review stands, a feedback's one-line summary. Texts keep the screen's translation
context."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from forum_desktop.methods.peer_review import CaseCapture, PhaseTime, phase_times
from forum_desktop.models.outcome import FeedbackFields
from forum_desktop.models.screens import PeerReviewState, ReviewCase
from forum_desktop.timing.display import countdown
from forum_desktop.timing.snapshot import ItemTiming
from forum_desktop.ui.messages import fill

translate = QCoreApplication.translate

SUMMARY_PART = 80
"""Characters of each heading in a feedback's one-line summary (the capture list's text)."""


def _short(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= SUMMARY_PART else words[: SUMMARY_PART - 1].rstrip() + "…"


def case_line(
    number: int, case: ReviewCase, presenter: str, captured: CaseCapture, feedback: str
) -> str:
    """``feedback``: how many feedback the case has, in words ("3 feedback")."""
    words = [presenter]
    where = ", ".join(part for part in (case.organisation, case.city) if part)
    words += [where] if where else []
    words += [case.topic] if case.topic else []
    done = [feedback]
    done += [translate("PeerReviewScreen", "response")] if captured.responses else []
    done += [translate("PeerReviewScreen", "synthesis")] if captured.syntheses else []
    return f"{number}. {' — '.join(words)}  ({', '.join(done)})"


def phase_line(time: PhaseTime) -> str:
    planned = countdown(time.allotted_seconds)
    if time.running:
        left = time.left_seconds
        text = (
            translate("PeerReviewScreen", "▶ %1: %2 left")
            if left >= 0
            else translate("PeerReviewScreen", "▶ %1: %2 over")
        )
        return fill(text, time.title, countdown(abs(left)))
    if time.used_seconds >= 1:
        return fill(
            translate("PeerReviewScreen", "%1: %2 of %3 used"),
            time.title,
            countdown(time.used_seconds),
            planned,
        )
    return fill(translate("PeerReviewScreen", "%1: %2"), time.title, planned)


def status(
    state: PeerReviewState,
    current: ReviewCase | None,
    presenter: str,
    running: ItemTiming | None,
    now: dt.datetime,
) -> str:
    if not state.cases:
        return translate(
            "PeerReviewScreen",
            "Add the cases under review below: presenter, organisation, city, topic.",
        )
    if current is None:
        return translate(
            "PeerReviewScreen", "Choose the case the room reviews now (Review this case)."
        )
    on = translate("PeerReviewScreen", "On now: %1").replace("%1", presenter)
    if running is None:
        return on
    time = phase_times([running], state, current.id, now)[0]
    return fill(
        translate("PeerReviewScreen", "%1 — %2, %3 left for this case"),
        on,
        time.title,
        countdown(time.left_seconds),
    )


def summary(fields: FeedbackFields) -> str:
    labels = {
        "strengths": translate("PeerReviewScreen", "Strengths"),
        "challenges": translate("PeerReviewScreen", "Challenges"),
        "recommendations": translate("PeerReviewScreen", "Recommendations"),
        "transferable": translate("PeerReviewScreen", "Transferable"),
    }
    parts = [
        fill(translate("PeerReviewScreen", "%1: %2"), label, _short(getattr(fields, name)))
        for name, label in labels.items()
        if getattr(fields, name)
    ]
    if fields.rating is not None:
        parts.append(translate("PeerReviewScreen", "rating %1/5").replace("%1", str(fields.rating)))
    return f"{fields.speaker_name} — {'; '.join(parts)}"
