"""Reading iCalendar text back in tests: lines, unfolding, properties, unescaping."""

from __future__ import annotations

import re

Property = tuple[str, dict[str, str], str]
"""Name, parameters, raw value."""


def physical_lines(text: str) -> list[str]:
    """The CRLF-separated lines, each checked to be at most 75 octets (RFC 5545)."""
    assert text.endswith("\r\n")
    lines = text.split("\r\n")[:-1]
    for line in lines:
        assert "\n" not in line and "\r" not in line, repr(line)
        assert len(line.encode("utf-8")) <= 75, line
    return lines


def unfold(text: str) -> list[str]:
    logical: list[str] = []
    for line in physical_lines(text):
        if line.startswith((" ", "\t")):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def parse_line(line: str) -> Property:
    head, value = line.split(":", 1)
    name, *raw_params = head.split(";")
    params = dict(param.split("=", 1) for param in raw_params)
    return name, params, value


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)
