"""A value a command or a record refused (pydantic's check), said in the interface
language: which field, what is wrong, what would do."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from forum_desktop.ui.messages import fill

translate = QCoreApplication.translate


def field_names() -> dict[str, str]:
    """The fields people type into, by the name the core gives them."""
    return {
        "title": translate("InvalidInput", "The title"),
        "name": translate("InvalidInput", "The name"),
        "text": translate("InvalidInput", "The text"),
        "topic": translate("InvalidInput", "The topic"),
        "answer": translate("InvalidInput", "The answer"),
        "presenter_name": translate("InvalidInput", "The presenter's name"),
        "organisation": translate("InvalidInput", "The organisation"),
        "city": translate("InvalidInput", "The city"),
        "email": translate("InvalidInput", "The e-mail address"),
        "timezone": translate("InvalidInput", "The time zone"),
        "place": translate("InvalidInput", "The place"),
        "footer": translate("InvalidInput", "The footer"),
    }


def describe_invalid(error: ValidationError) -> str:
    """One sentence for the first value refused."""
    first = error.errors()[0]
    names = [str(part) for part in first["loc"] if isinstance(part, str)]
    known = field_names()
    # ("name", "fr"): the name in French is the name
    named = next((name for name in reversed(names) if name in known), None)
    label = known[named] if named else (names[-1].replace("_", " ") if names else "")
    context: dict[str, Any] = first.get("ctx") or {}
    kind = first["type"]
    if kind == "string_too_long":
        return fill(
            translate("InvalidInput", "%1 is too long: %2 characters at most. Shorten it."),
            label,
            str(context.get("max_length", "")),
        )
    if kind == "string_too_short":
        return fill(translate("InvalidInput", "%1 cannot be empty."), label)
    if kind == "value_error" and named in ("email", "timezone"):
        given = str(first.get("input", ""))
        if named == "email":
            return fill(translate("InvalidInput", "“%1” is not an e-mail address."), given)
        return fill(
            translate(
                "InvalidInput",
                "“%1” is not a time zone this computer knows: choose one in the list "
                "(such as Europe/Paris).",
            ),
            given,
        )
    if kind == "value_error":  # another check of the model's own: its words, in English
        return f"{label}: {str(first['msg']).removeprefix('Value error, ')}"
    return f"{label}: {first['msg']}"
