"""The words rosters use: column headers and cell values in English, French and Spanish.

Everything is compared in folded form (see ``fold``), so "Rôle", "ROLE" and "rôle :" match.
Synonyms are written as "a | b | c" strings to keep the lists compact and easy to extend.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import TypeVar

from forum_desktop.models import AttendanceMode, AttendanceStatus, Language, Role

T = TypeVar("T")


def fold(text: str) -> str:
    """Lowercase, accents stripped, only letters and digits kept ("E-mail " -> "email")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


def _table(words: Mapping[T, str]) -> dict[str, T]:
    """Invert {target: "synonym | synonym"} into {folded synonym: target}."""
    return {
        fold(word): target for target, synonyms in words.items() for word in synonyms.split("|")
    }


HEADER_SYNONYMS: dict[str, str] = _table(
    {
        "name": "name | full name | participant | participant name | participante | nom"
        " | nom complet | nom et prénom | prénom et nom | nombre | nombres | nombre completo"
        " | nombre y apellido | nombre y apellidos | nombres y apellidos",
        "first_name": "first name | given name | forename | prénom | prénoms | nombre de pila",
        "last_name": "last name | surname | family name | nom de famille | apellido | apellidos",
        "organisation": "organisation | organization | org | institution | entity | organisme"
        " | institución | organización | entidad | organismo | company | entreprise | société"
        " | empresa | affiliation",
        "city": "city | town | ville | ciudad | municipality | municipalité | municipio"
        " | commune | localidad",
        "country": "country | pays | país",
        "role": "role | rôle | rol | function | fonction | función",
        "email": "email | e-mail | mail | courriel | adresse e-mail | adresse courriel"
        " | email address | correo | correo electrónico",
        "language": "language | preferred language | langue | idioma | lengua",
        "mode": "attendance mode | mode | onsite/online | participation | modalité | présentiel"
        " | modalidad | participation mode | mode de participation",
        "notes": "notes | note | comments | comment | remarks | commentaires | commentaire"
        " | remarques | remarque | notas | nota | observaciones | observación | comentarios"
        " | comentario",
    }
)

AMBIGUOUS_NAMES = frozenset({"name", "nom", "nombre", "nombres"})
"""Headers meaning the whole name alone, but one half of it next to the other half."""

NOT_CONTAINED = frozenset({"mode", "note", "nota", "participant", "participante", "participation"})
"""Synonyms too generic to recognise inside a longer header ("Payment mode" is not a mode)."""

ROLE_WORDS: dict[str, Role] = _table(
    {
        Role.FACILITATOR: "facilitator | facilitateur | facilitatrice | animateur | animatrice"
        " | facilitador | facilitadora | facilitador(a) | moderador | moderadora | moderator"
        " | modérateur | modératrice",
        Role.RAPPORTEUR: "rapporteur | rapporteuse | rapporteure | relator | relatora"
        " | relator(a) | note taker",
        Role.PARTICIPANT: "participant | participante | participant(e) | attendee",
        Role.SPEAKER: "speaker | intervenant | intervenante | intervenant(e) | orateur | oratrice"
        " | ponente | orador | oradora | orador(a) | panelist | panéliste | panelista",
        Role.HOST: "host | hôte | hote | hôtesse | anfitrión | anfitriona | organisateur"
        " | organisatrice | organiser | organizer | organizador | organizadora",
    }
)

MODE_WORDS: dict[str, AttendanceMode] = _table(
    {
        AttendanceMode.ONSITE: "onsite | on-site | on site | in person | in-person | présentiel"
        " | sur place | presencial",
        AttendanceMode.ONLINE: "online | remote | virtual | virtuel | en ligne | à distance"
        " | distanciel | en línea | remoto | a distancia",
    }
)

LANGUAGE_WORDS: dict[str, Language] = _table(
    {
        Language.EN: "en | eng | english | anglais | inglés",
        Language.FR: "fr | fra | fre | french | français | francés",
        Language.ES: "es | spa | spanish | espagnol | español | castellano",
    }
)

ATTENDANCE_WORDS: dict[str, AttendanceStatus] = _table(
    {
        AttendanceStatus.PRESENT: "present | présent | presente",
        AttendanceStatus.LATE: "late | en retard | con retraso | tarde",
        AttendanceStatus.ABSENT: "absent | ausente",
    }
)
"""The exported attendance words (a blank cell means ``UNKNOWN``)."""

EXPORT_HEADERS: dict[Language, tuple[str, ...]] = {
    Language.EN: tuple(
        [
            "Name",
            "Organisation",
            "City",
            "Country",
            "Role",
            "Email",
            "Language",
            "Mode",
            "Attendance",
            "Checked in at",
            "Notes",
        ]
    ),
    Language.FR: tuple(
        [
            "Nom",
            "Organisation",
            "Ville",
            "Pays",
            "Rôle",
            "Courriel",
            "Langue",
            "Modalité",
            "Présence",
            "Heure d'arrivée",
            "Remarques",
        ]
    ),
    Language.ES: tuple(
        [
            "Nombre",
            "Organización",
            "Ciudad",
            "País",
            "Rol",
            "Correo electrónico",
            "Idioma",
            "Modalidad",
            "Asistencia",
            "Hora de llegada",
            "Observaciones",
        ]
    ),
}
"""Export columns: name, organisation, city, country, role, email, language, mode,
attendance, checked_in_at, notes."""

EXPORT_ROLES: dict[Language, dict[Role, str]] = {
    Language.EN: {role: role.value for role in Role},
    Language.FR: {
        Role.FACILITATOR: "animateur",
        Role.RAPPORTEUR: "rapporteur",
        Role.PARTICIPANT: "participant",
        Role.SPEAKER: "intervenant",
        Role.HOST: "hôte",
    },
    Language.ES: {
        Role.FACILITATOR: "facilitador",
        Role.RAPPORTEUR: "relator",
        Role.PARTICIPANT: "participante",
        Role.SPEAKER: "ponente",
        Role.HOST: "anfitrión",
    },
}

EXPORT_MODES: dict[Language, dict[AttendanceMode, str]] = {
    Language.EN: {AttendanceMode.ONSITE: "onsite", AttendanceMode.ONLINE: "online"},
    Language.FR: {AttendanceMode.ONSITE: "présentiel", AttendanceMode.ONLINE: "en ligne"},
    Language.ES: {AttendanceMode.ONSITE: "presencial", AttendanceMode.ONLINE: "en línea"},
}

EXPORT_LANGUAGES: dict[Language, dict[Language, str]] = {
    Language.EN: {Language.EN: "English", Language.FR: "French", Language.ES: "Spanish"},
    Language.FR: {Language.EN: "anglais", Language.FR: "français", Language.ES: "espagnol"},
    Language.ES: {Language.EN: "inglés", Language.FR: "francés", Language.ES: "español"},
}

EXPORT_ATTENDANCE: dict[Language, dict[AttendanceStatus, str]] = {
    Language.EN: {
        AttendanceStatus.UNKNOWN: "",
        AttendanceStatus.PRESENT: "present",
        AttendanceStatus.LATE: "late",
        AttendanceStatus.ABSENT: "absent",
    },
    Language.FR: {
        AttendanceStatus.UNKNOWN: "",
        AttendanceStatus.PRESENT: "présent",
        AttendanceStatus.LATE: "en retard",
        AttendanceStatus.ABSENT: "absent",
    },
    Language.ES: {
        AttendanceStatus.UNKNOWN: "",
        AttendanceStatus.PRESENT: "presente",
        AttendanceStatus.LATE: "con retraso",
        AttendanceStatus.ABSENT: "ausente",
    },
}
