"""Every word the exported documents print, in English, French and Spanish.

The catalogue is Qt-free and keyed by language, so a PDF can be French while the UI is
English. Dates and times are written from the catalogue's own month and day names and
patterns, never from the operating system's locale.

French uses no-break spaces (U+00A0) inside times ("10 h 00") and before the colon
("Lieu : …") so a line never breaks there.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Final

from forum_desktop.agenda.durations import format_duration
from forum_desktop.agenda.schedule import Flag
from forum_desktop.export.isolation import isolate
from forum_desktop.models import (
    ActionStatus,
    AttendanceMode,
    AttendanceStatus,
    ItemKind,
    Language,
    Role,
    SessionMode,
)

NBSP: Final = "\u00a0"

_EN: Final[dict[str, str]] = {
    # documents
    "run_sheet": "Run sheet",
    "participants_agenda": "Agenda",
    "signin_sheet": "Sign-in sheet",
    "page_of": "Page {page} of {pages}",
    # columns
    "col_time": "Time",
    "col_number": "No.",
    "col_item": "Item",
    "col_duration": "Duration",
    "col_actual": "Actual",
    "col_actual_duration": "Took",
    "timeline_caption": (
        "Planned (light) and actual (dark) times of each item, in minutes from {start}."
    ),
    "run_skipped": "skipped",
    "run_since": "since {start}",
    "col_method": "Method",
    "col_roles": "Roles",
    "col_materials": "Materials",
    "col_notes": "Facilitator notes",
    "col_name": "Name",
    "col_organisation": "Organisation",
    "col_country": "Country",
    "col_signature": "Signature",
    # roles on an item
    "role_facilitators": "Facilitation",
    "role_rapporteurs": "Rapporteurs",
    "role_speakers": "Speakers",
    # fields
    "guiding_question": "Guiding question",
    "method": "Method",
    "materials": "Materials",
    "place": "Place",
    "link": "Link",
    "organised_by": "Organised by",
    "objectives": "Objectives",
    "locked_start": "Fixed start at {time}",
    "priority_fixed": "Fixed length",
    "priority_optional": "Optional",
    # item kinds
    "kind_presentation": "Presentation",
    "kind_discussion": "Discussion",
    "kind_group_method": "Group method",
    "kind_break": "Break",
    "kind_energiser": "Energiser",
    "kind_other": "Other",
    # session modes
    "mode_onsite": "On site",
    "mode_online": "Online",
    "mode_hybrid": "Hybrid (on site and online)",
    # participant roles
    "person_facilitator": "Facilitator",
    "person_rapporteur": "Rapporteur",
    "person_participant": "Participant",
    "person_speaker": "Speaker",
    "person_host": "Host",
    # schedule
    "no_items": "No agenda items yet.",
    "date_to_confirm": "Date to be confirmed",
    "time_to_confirm": "Time to be confirmed",
    "agenda_ends": "The agenda as planned ends at {time}.",
    "agenda_total": "The agenda as planned lasts {duration}.",
    "overrun": "The agenda runs {duration} past the session's end.",
    "flag_past_session_end": "Ends {duration} after the session's end",
    "flag_locked_start_missed": "Starts {duration} after its fixed start",
    "flag_overflows_parent": "Ends {duration} after the end planned for the item it belongs to",
    "flag_crosses_midnight": "Ends {duration} after midnight",
    # patterns
    "label_value": "{label}: {value}",
    "list_separator": ", ",
    "time": "{hour:02d}:{minute:02d}",
    "time_range": "{start}–{end}",
    "offset": "+{duration}",
    "date_long": "{weekday} {day} {month} {year}",
    "date_range": "{start} to {end}",
    "first_of_month": "1",
    "month_1": "January",
    "month_2": "February",
    "month_3": "March",
    "month_4": "April",
    "month_5": "May",
    "month_6": "June",
    "month_7": "July",
    "month_8": "August",
    "month_9": "September",
    "month_10": "October",
    "month_11": "November",
    "month_12": "December",
    "weekday_0": "Monday",
    "weekday_1": "Tuesday",
    "weekday_2": "Wednesday",
    "weekday_3": "Thursday",
    "weekday_4": "Friday",
    "weekday_5": "Saturday",
    "weekday_6": "Sunday",
    # calendar
    "calendar_agenda": "Agenda",
    # actions
    "actions": "Actions",
    "col_event": "Event",
    "col_session": "Session",
    "col_action": "Action",
    "col_owners": "Owners",
    "col_due": "Due date",
    "col_status": "Status",
    "col_captured_at": "Captured at",
    "col_author": "Author",
    "action_open": "Open",
    "action_in_progress": "In progress",
    "action_done": "Done",
    "action_dropped": "Dropped",
    # minutes
    "minutes": "Minutes",
    "contents": "Contents",
    "watermark": "DRAFT",
    "status": "Status",
    "status_draft": "Draft: not every session's minutes are final",
    "status_final": "Final",
    "note_approved_only": "Approved entries only.",
    "note_drafts": "Includes entries not yet approved, marked “(draft)”.",
    "note_anonymous": "Names of people are left out.",
    "note_unsettled": (
        "Texts edited on two laptops at once and not settled yet: {count}. "
        "This document shows one version of each."
    ),
    "dates": "Dates",
    "times": "Times",
    "time_zone": "Time zone",
    "section_context": "Context and objectives",
    "context": "Context",
    "section_summary": "Executive summary",
    "key_messages": "Key messages",
    "summary_counts": "Entries by session and kind",
    "col_kind": "Kind",
    "key_entries": "Key decisions and points",
    "open_actions_by_owner": "Open actions by owner",
    "col_open_actions": "Open",
    "col_next_due": "Next due date",
    "whole_event": "Whole event",
    "no_owner": "No owner",
    "more_in_proceedings": "… and {count} more in the proceedings.",
    "section_attendance": "Attendance",
    "section_agenda": "Agenda",
    "section_proceedings": "Proceedings",
    "section_questions": "Open questions",
    "by_organisation": "By organisation",
    "by_country": "By country",
    "people_list": "Participants",
    "col_people": "People",
    "col_total": "Total",
    "col_attendance": "Attendance",
    "col_mode": "Taking part",
    "attendance_present": "Present",
    "attendance_late": "Late",
    "attendance_absent": "Absent",
    "attendance_unknown": "Not recorded",
    "attendance_mode_onsite": "On site",
    "attendance_mode_online": "Online",
    "not_given": "Not given",
    "no_participants": "No one is on the roster.",
    "session_final": "Minutes final",
    "session_draft": "Minutes not final yet",
    "summary": "Summary",
    "draft_entry": "(draft)",
    "conflict_entry": "(sync conflict, not resolved)",
    "conflict_kept": "other version: “{text}”",
    "quote": "“{text}”",
    "said_by": "— {name}",
    "outcomes_note": "Notes",
    "outcomes_decision": "Decisions",
    "outcomes_action": "Actions",
    "outcomes_insight": "Insights",
    "outcomes_question": "Questions",
    "outcomes_quote": "Quotes",
    "outcomes_recommendation": "Recommendations",
    "outcomes_risk": "Risks",
    "outcomes_summary": "Summaries",
    "outcomes_answer": "Answers",
    "outcomes_contribution": "Contributions",
    "outcomes_feedback": "Peer feedback",
    "outcomes_response": "Presenter's responses",
    "outcomes_synthesis": "Case syntheses",
    "outcomes_vote_result": "Vote results",
    "outcomes_report": "Group reports",
    "outcomes_idea": "Ideas",
    "other_outcomes": "Other outcomes of the session",
    "photo_list": "List of photos",
    "not_named": "(not named)",
    "not_listed": "Asked not to be named (counted above, not listed)",
    "photo_without_caption": "Photo",
    "event_outcomes": "Outcomes of the whole event",
    # method results
    "col_person": "Person",
    "col_answer": "Answer",
    "col_turns": "Turns",
    "col_speaking_time": "Speaking time",
    "col_share": "Share",
    "col_option": "Option",
    "col_votes": "Votes",
    "col_rank": "Rank",
    "speaking_time": "Speaking time",
    "by_person": "By person",
    "speaking_time_note": (
        "Everyone present is listed; those who did not speak show no turns."
        " Times in minutes:seconds."
    ),
    "topic_general": "General",
    "case_heading": "Case {number}: {topic}",
    "case_number": "Case {number}",
    "case_unlinked": "Feedback not linked to a case",
    "presented_by": "Presented by {name}",
    "feedback_by": "Feedback from {name}",
    "reviewer_number": "Reviewer {number}",
    "strengths": "Strengths",
    "challenges": "Challenges",
    "recommendations": "Recommendations",
    "transferable": "Transferable lessons",
    "rating": "Rating",
    "rating_value": "{rating}/5",
    "comment": "Comment",
    "presenter_response": "Presenter's response",
    "case_synthesis": "Synthesis",
    "group_number": "Group {number}",
    "idea_themes": "Themes",
    "chatham_house": (
        "Held under the Chatham House rule: nothing said here is attributed to anyone."
    ),
    "room_questions": "Questions from the room",
    "room_answer": "Answer",
    "room_answered": "Answered",
    "room_unanswered": "Not answered",
    "room_backing": "Backed by",
    "evaluation": "Evaluation of the session",
    "evaluation_answers": "Answers",
    "evaluation_useful": "How useful (1–5)",
    "evaluation_count": "Answers",
    "evaluation_average": "Average",
    "evaluation_keep": "What to keep",
    "evaluation_change": "What to change",
    "rapporteur": "Rapporteur",
    "members": "Members",
    "voters": "Voters",
    "vote_top": "Most votes: {options} ({votes})",
    "vote_tie": "Tied for most votes: {options} ({votes} each)",
    "percent": "{value}%",
    "decimal_separator": ".",
    "nothing_recorded": "Nothing recorded.",
    "no_actions": "No actions.",
    "no_questions": "No open questions.",
}

_FR: Final[dict[str, str]] = {
    "run_sheet": "Feuille de route",
    "participants_agenda": "Programme",
    "signin_sheet": "Feuille d'émargement",
    "page_of": "Page {page} sur {pages}",
    "col_time": "Horaire",
    "col_number": "N°",
    "col_item": "Point",
    "col_duration": "Durée",
    "col_actual": "Réel",
    "col_actual_duration": "Durée réelle",
    "timeline_caption": (
        "Horaires prévus (clair) et réels (foncé) de chaque point, en minutes depuis {start}."
    ),
    "run_skipped": "sauté",
    "run_since": "depuis {start}",
    "col_method": "Méthode",
    "col_roles": "Rôles",
    "col_materials": "Matériel",
    "col_notes": "Notes d'animation",
    "col_name": "Nom",
    "col_organisation": "Organisation",
    "col_country": "Pays",
    "col_signature": "Signature",
    "role_facilitators": "Animation",
    "role_rapporteurs": "Rapporteur·e·s",
    "role_speakers": "Intervenant·e·s",
    "guiding_question": "Question directrice",
    "method": "Méthode",
    "materials": "Matériel",
    "place": "Lieu",
    "link": "Lien",
    "organised_by": "Organisé par",
    "objectives": "Objectifs",
    "locked_start": f"Heure fixe{NBSP}: {{time}}",
    "priority_fixed": "Durée fixe",
    "priority_optional": "Facultatif",
    "kind_presentation": "Présentation",
    "kind_discussion": "Discussion",
    "kind_group_method": "Méthode de groupe",
    "kind_break": "Pause",
    "kind_energiser": "Énergiseur",
    "kind_other": "Autre",
    "mode_onsite": "Sur place",
    "mode_online": "En ligne",
    "mode_hybrid": "Hybride (sur place et en ligne)",
    "person_facilitator": "Animateur·rice",
    "person_rapporteur": "Rapporteur·e",
    "person_participant": "Participant·e",
    "person_speaker": "Intervenant·e",
    "person_host": "Hôte",
    "no_items": "Aucun point au programme pour l'instant.",
    "date_to_confirm": "Date à confirmer",
    "time_to_confirm": "Horaire à confirmer",
    "agenda_ends": "Le programme tel que prévu se termine à {time}.",
    "agenda_total": "Le programme tel que prévu dure {duration}.",
    "overrun": "Le programme dépasse de {duration} la fin de la session.",
    "flag_past_session_end": "Se termine {duration} après la fin de la session",
    "flag_locked_start_missed": "Commence {duration} après son heure fixe",
    "flag_overflows_parent": (
        "Se termine {duration} après la fin prévue du point dont il fait partie"
    ),
    "flag_crosses_midnight": "Se termine {duration} après minuit",
    "label_value": f"{{label}}{NBSP}: {{value}}",
    "list_separator": ", ",
    "time": f"{{hour}}{NBSP}h{NBSP}{{minute:02d}}",
    "time_range": "{start} – {end}",
    "offset": "+{duration}",
    "date_long": "{weekday} {day} {month} {year}",
    "date_range": "du {start} au {end}",
    "first_of_month": "1er",
    "month_1": "janvier",
    "month_2": "février",
    "month_3": "mars",
    "month_4": "avril",
    "month_5": "mai",
    "month_6": "juin",
    "month_7": "juillet",
    "month_8": "août",
    "month_9": "septembre",
    "month_10": "octobre",
    "month_11": "novembre",
    "month_12": "décembre",
    "weekday_0": "lundi",
    "weekday_1": "mardi",
    "weekday_2": "mercredi",
    "weekday_3": "jeudi",
    "weekday_4": "vendredi",
    "weekday_5": "samedi",
    "weekday_6": "dimanche",
    "calendar_agenda": "Programme",
    "actions": "Actions",
    "col_event": "Événement",
    "col_session": "Session",
    "col_action": "Action",
    "col_owners": "Responsables",
    "col_due": "Échéance",
    "col_status": "Statut",
    "col_captured_at": "Date de saisie",
    "col_author": "Auteur·rice",
    "action_open": "À faire",
    "action_in_progress": "En cours",
    "action_done": "Faite",
    "action_dropped": "Abandonnée",
    "minutes": "Compte rendu",
    "contents": "Sommaire",
    "watermark": "PROJET",
    "status": "Statut",
    "status_draft": (
        f"Projet{NBSP}: le compte rendu d'au moins une session n'est pas encore définitif"
    ),
    "status_final": "Définitif",
    "note_approved_only": "Entrées approuvées uniquement.",
    "note_drafts": (
        f"Comprend des entrées non encore approuvées, marquées «{NBSP}(brouillon){NBSP}»."
    ),
    "note_anonymous": "Les noms des personnes ne figurent pas.",
    "note_unsettled": (
        f"Textes modifiés sur deux ordinateurs à la fois et pas encore départagés{NBSP}: "
        "{count}. Ce document montre une seule version de chacun."
    ),
    "dates": "Dates",
    "times": "Horaires",
    "time_zone": "Fuseau horaire",
    "section_context": "Contexte et objectifs",
    "context": "Contexte",
    "section_summary": "Synthèse",
    "key_messages": "Messages clés",
    "summary_counts": "Entrées par session et par type",
    "col_kind": "Type",
    "key_entries": "Décisions et points clés",
    "open_actions_by_owner": "Actions en cours par responsable",
    "col_open_actions": "En cours",
    "col_next_due": "Prochaine échéance",
    "whole_event": "Tout l'événement",
    "no_owner": "Sans responsable",
    "more_in_proceedings": "… et {count} de plus dans le déroulé.",
    "section_attendance": "Participation",
    "section_agenda": "Programme",
    "section_proceedings": "Déroulé et résultats",
    "section_questions": "Questions ouvertes",
    "by_organisation": "Par organisation",
    "by_country": "Par pays",
    "people_list": "Participant·e·s",
    "col_people": "Personnes",
    "col_total": "Total",
    "col_attendance": "Présence",
    "col_mode": "Modalité",
    "attendance_present": "Présent·e",
    "attendance_late": "En retard",
    "attendance_absent": "Absent·e",
    "attendance_unknown": "Non renseigné",
    "attendance_mode_onsite": "Sur place",
    "attendance_mode_online": "En ligne",
    "not_given": "Non précisé",
    "no_participants": "Personne n'est inscrit·e.",
    "session_final": "Compte rendu définitif",
    "session_draft": "Compte rendu pas encore définitif",
    "summary": "Synthèse",
    "draft_entry": "(brouillon)",
    "conflict_entry": "(conflit de synchronisation, non résolu)",
    "conflict_kept": "autre version : « {text} »",
    "quote": f"«{NBSP}{{text}}{NBSP}»",
    "said_by": "— {name}",
    "outcomes_note": "Notes",
    "outcomes_decision": "Décisions",
    "outcomes_action": "Actions",
    "outcomes_insight": "Enseignements",
    "outcomes_question": "Questions",
    "outcomes_quote": "Citations",
    "outcomes_recommendation": "Recommandations",
    "outcomes_risk": "Risques",
    "outcomes_summary": "Synthèses",
    "outcomes_answer": "Réponses",
    "outcomes_contribution": "Contributions",
    "outcomes_feedback": "Retours des pairs",
    "outcomes_response": "Réponses de la personne présentatrice",
    "outcomes_synthesis": "Synthèses des cas",
    "outcomes_vote_result": "Résultats des votes",
    "outcomes_report": "Restitutions des groupes",
    "outcomes_idea": "Idées",
    "other_outcomes": "Autres résultats de la session",
    "photo_list": "Liste des photos",
    "not_named": "(non nommé·e)",
    "not_listed": "Ont demandé à ne pas être nommé·e·s (compté·e·s ci-dessus, non listé·e·s)",
    "photo_without_caption": "Photo",
    "event_outcomes": "Résultats de l'ensemble de l'événement",
    # method results
    "col_person": "Personne",
    "col_answer": "Réponse",
    "col_turns": "Prises de parole",
    "col_speaking_time": "Temps de parole",
    "col_share": "Part",
    "col_option": "Option",
    "col_votes": "Voix",
    "col_rank": "Rang",
    "speaking_time": "Temps de parole",
    "by_person": "Par personne",
    "speaking_time_note": (
        "Toutes les personnes présentes figurent ; celles qui n'ont pas parlé ont zéro prise"
        " de parole. Durées en minutes:secondes."
    ),
    "topic_general": "Général",
    "case_heading": f"Cas {{number}}{NBSP}: {{topic}}",
    "case_number": "Cas {number}",
    "case_unlinked": "Retours sans cas associé",
    "presented_by": "Présenté par {name}",
    "feedback_by": "Retour de {name}",
    "reviewer_number": "Retour {number}",
    "strengths": "Points forts",
    "challenges": "Défis",
    "recommendations": "Recommandations",
    "transferable": "Enseignements transférables",
    "rating": "Note",
    "rating_value": "{rating}/5",
    "comment": "Commentaire",
    "presenter_response": "Réponse de la personne présentatrice",
    "case_synthesis": "Synthèse",
    "group_number": "Groupe {number}",
    "idea_themes": "Thèmes",
    "chatham_house": (
        "Séance sous la règle de Chatham House\u00a0: rien de ce qui s'y est dit n'est "
        "attribué à personne."
    ),
    "room_questions": "Questions de la salle",
    "room_answer": "Réponse",
    "room_answered": "Répondue",
    "room_unanswered": "Sans réponse",
    "room_backing": "Soutenue par",
    "evaluation": "Évaluation de la séance",
    "evaluation_answers": "Réponses",
    "evaluation_useful": "Utilité (1–5)",
    "evaluation_count": "Réponses",
    "evaluation_average": "Moyenne",
    "evaluation_keep": "À garder",
    "evaluation_change": "À changer",
    "rapporteur": "Rapporteur·rice",
    "members": "Membres",
    "voters": "Votant·e·s",
    "vote_top": f"Le plus de voix{NBSP}: {{options}} ({{votes}})",
    "vote_tie": f"À égalité en tête{NBSP}: {{options}} ({{votes}} chacune)",
    "percent": f"{{value}}{NBSP}%",
    "decimal_separator": ",",
    "nothing_recorded": "Rien de consigné.",
    "no_actions": "Aucune action.",
    "no_questions": "Aucune question ouverte.",
}

_ES: Final[dict[str, str]] = {
    "run_sheet": "Hoja de ruta",
    "participants_agenda": "Programa",
    "signin_sheet": "Hoja de firmas",
    "page_of": "Página {page} de {pages}",
    "col_time": "Hora",
    "col_number": "N.º",
    "col_item": "Punto",
    "col_duration": "Duración",
    "col_actual": "Real",
    "col_actual_duration": "Duración real",
    "timeline_caption": (
        "Horarios previstos (claro) y reales (oscuro) de cada punto, en minutos desde {start}."
    ),
    "run_skipped": "omitido",
    "run_since": "desde {start}",
    "col_method": "Método",
    "col_roles": "Funciones",
    "col_materials": "Materiales",
    "col_notes": "Notas de facilitación",
    "col_name": "Nombre",
    "col_organisation": "Organización",
    "col_country": "País",
    "col_signature": "Firma",
    "role_facilitators": "Facilitación",
    "role_rapporteurs": "Relatoría",
    "role_speakers": "Ponentes",
    "guiding_question": "Pregunta guía",
    "method": "Método",
    "materials": "Materiales",
    "place": "Lugar",
    "link": "Enlace",
    "organised_by": "Organizado por",
    "objectives": "Objetivos",
    "locked_start": "Hora fija: {time}",
    "priority_fixed": "Duración fija",
    "priority_optional": "Opcional",
    "kind_presentation": "Presentación",
    "kind_discussion": "Debate",
    "kind_group_method": "Método grupal",
    "kind_break": "Pausa",
    "kind_energiser": "Dinamizador",
    "kind_other": "Otro",
    "mode_onsite": "Presencial",
    "mode_online": "En línea",
    "mode_hybrid": "Híbrido (presencial y en línea)",
    "person_facilitator": "Facilitación",
    "person_rapporteur": "Relatoría",
    "person_participant": "Participante",
    "person_speaker": "Ponente",
    "person_host": "Anfitrión",
    "no_items": "Todavía no hay puntos en el programa.",
    "date_to_confirm": "Fecha por confirmar",
    "time_to_confirm": "Horario por confirmar",
    "agenda_ends": "El programa previsto termina a las {time}.",
    "agenda_total": "El programa previsto dura {duration}.",
    "overrun": "El programa se extiende {duration} más allá del final de la sesión.",
    "flag_past_session_end": "Termina {duration} después del final de la sesión",
    "flag_locked_start_missed": "Empieza {duration} después de su hora fija",
    "flag_overflows_parent": (
        "Termina {duration} después del final previsto del punto al que pertenece"
    ),
    "flag_crosses_midnight": "Termina {duration} después de medianoche",
    "label_value": "{label}: {value}",
    "list_separator": ", ",
    "time": "{hour:02d}:{minute:02d}",
    "time_range": "{start}–{end}",
    "offset": "+{duration}",
    "date_long": "{weekday}, {day} de {month} de {year}",
    "date_range": "del {start} al {end}",
    "first_of_month": "1",
    "month_1": "enero",
    "month_2": "febrero",
    "month_3": "marzo",
    "month_4": "abril",
    "month_5": "mayo",
    "month_6": "junio",
    "month_7": "julio",
    "month_8": "agosto",
    "month_9": "septiembre",
    "month_10": "octubre",
    "month_11": "noviembre",
    "month_12": "diciembre",
    "weekday_0": "lunes",
    "weekday_1": "martes",
    "weekday_2": "miércoles",
    "weekday_3": "jueves",
    "weekday_4": "viernes",
    "weekday_5": "sábado",
    "weekday_6": "domingo",
    "calendar_agenda": "Programa",
    "actions": "Acciones",
    "col_event": "Evento",
    "col_session": "Sesión",
    "col_action": "Acción",
    "col_owners": "Responsables",
    "col_due": "Fecha límite",
    "col_status": "Estado",
    "col_captured_at": "Fecha de registro",
    "col_author": "Autoría",
    "action_open": "Pendiente",
    "action_in_progress": "En curso",
    "action_done": "Hecha",
    "action_dropped": "Descartada",
    "minutes": "Acta",
    "contents": "Índice",
    "watermark": "BORRADOR",
    "status": "Estado",
    "status_draft": "Borrador: el acta de alguna sesión aún no es definitiva",
    "status_final": "Definitiva",
    "note_approved_only": "Solo entradas aprobadas.",
    "note_drafts": "Incluye entradas aún no aprobadas, marcadas «(borrador)».",
    "note_anonymous": "Los nombres de las personas no figuran.",
    "note_unsettled": (
        "Textos modificados en dos portátiles a la vez y aún sin resolver: {count}. "
        "Este documento muestra una versión de cada uno."
    ),
    "dates": "Fechas",
    "times": "Horario",
    "time_zone": "Zona horaria",
    "section_context": "Contexto y objetivos",
    "context": "Contexto",
    "section_summary": "Resumen ejecutivo",
    "key_messages": "Mensajes clave",
    "summary_counts": "Entradas por sesión y tipo",
    "col_kind": "Tipo",
    "key_entries": "Decisiones y puntos clave",
    "open_actions_by_owner": "Acciones pendientes por responsable",
    "col_open_actions": "Pendientes",
    "col_next_due": "Próxima fecha límite",
    "whole_event": "Todo el evento",
    "no_owner": "Sin responsable",
    "more_in_proceedings": "… y {count} más en el desarrollo.",
    "section_attendance": "Asistencia",
    "section_agenda": "Programa",
    "section_proceedings": "Desarrollo y resultados",
    "section_questions": "Preguntas abiertas",
    "by_organisation": "Por organización",
    "by_country": "Por país",
    "people_list": "Participantes",
    "col_people": "Personas",
    "col_total": "Total",
    "col_attendance": "Asistencia",
    "col_mode": "Modalidad",
    "attendance_present": "Presente",
    "attendance_late": "Con retraso",
    "attendance_absent": "Ausente",
    "attendance_unknown": "Sin registrar",
    "attendance_mode_onsite": "Presencial",
    "attendance_mode_online": "En línea",
    "not_given": "Sin indicar",
    "no_participants": "No hay nadie inscrito.",
    "session_final": "Acta definitiva",
    "session_draft": "Acta aún no definitiva",
    "summary": "Resumen",
    "draft_entry": "(borrador)",
    "conflict_entry": "(conflicto de sincronización, sin resolver)",
    "conflict_kept": "otra versión: «{text}»",
    "quote": "«{text}»",
    "said_by": "— {name}",
    "outcomes_note": "Notas",
    "outcomes_decision": "Decisiones",
    "outcomes_action": "Acciones",
    "outcomes_insight": "Aprendizajes",
    "outcomes_question": "Preguntas",
    "outcomes_quote": "Citas",
    "outcomes_recommendation": "Recomendaciones",
    "outcomes_risk": "Riesgos",
    "outcomes_summary": "Resúmenes",
    "outcomes_answer": "Respuestas",
    "outcomes_contribution": "Aportes",
    "outcomes_feedback": "Retroalimentación de pares",
    "outcomes_response": "Respuestas de quien presenta",
    "outcomes_synthesis": "Síntesis de los casos",
    "outcomes_vote_result": "Resultados de las votaciones",
    "outcomes_report": "Informes de los grupos",
    "outcomes_idea": "Ideas",
    "other_outcomes": "Otros resultados de la sesión",
    "photo_list": "Lista de fotos",
    "not_named": "(sin nombre)",
    "not_listed": "Pidieron no ser nombrados (contados arriba, no listados)",
    "photo_without_caption": "Foto",
    "event_outcomes": "Resultados del evento en su conjunto",
    # method results
    "col_person": "Persona",
    "col_answer": "Respuesta",
    "col_turns": "Turnos",
    "col_speaking_time": "Tiempo de palabra",
    "col_share": "Proporción",
    "col_option": "Opción",
    "col_votes": "Votos",
    "col_rank": "Puesto",
    "speaking_time": "Tiempo de palabra",
    "by_person": "Por persona",
    "speaking_time_note": (
        "Figuran todas las personas presentes; quienes no hablaron tienen cero turnos."
        " Tiempos en minutos:segundos."
    ),
    "topic_general": "General",
    "case_heading": "Caso {number}: {topic}",
    "case_number": "Caso {number}",
    "case_unlinked": "Retroalimentación sin caso asociado",
    "presented_by": "Presentado por {name}",
    "feedback_by": "Retroalimentación de {name}",
    "reviewer_number": "Retroalimentación {number}",
    "strengths": "Fortalezas",
    "challenges": "Desafíos",
    "recommendations": "Recomendaciones",
    "transferable": "Lecciones transferibles",
    "rating": "Valoración",
    "rating_value": "{rating}/5",
    "comment": "Comentario",
    "presenter_response": "Respuesta de quien presenta",
    "case_synthesis": "Síntesis",
    "group_number": "Grupo {number}",
    "idea_themes": "Temas",
    "chatham_house": (
        "Sesión bajo la regla de Chatham House: nada de lo dicho aquí se atribuye a nadie."
    ),
    "room_questions": "Preguntas de la sala",
    "room_answer": "Respuesta",
    "room_answered": "Respondida",
    "room_unanswered": "Sin respuesta",
    "room_backing": "Apoyada por",
    "evaluation": "Evaluación de la sesión",
    "evaluation_answers": "Respuestas",
    "evaluation_useful": "Utilidad (1–5)",
    "evaluation_count": "Respuestas",
    "evaluation_average": "Media",
    "evaluation_keep": "Qué conservar",
    "evaluation_change": "Qué cambiar",
    "rapporteur": "Relator/a",
    "members": "Integrantes",
    "voters": "Votantes",
    "vote_top": "Más votos: {options} ({votes})",
    "vote_tie": "Empate en cabeza: {options} ({votes} cada una)",
    "percent": f"{{value}}{NBSP}%",
    "decimal_separator": ",",
    "nothing_recorded": "Nada registrado.",
    "no_actions": "Ninguna acción.",
    "no_questions": "Ninguna pregunta abierta.",
}

CATALOGUES: Final[dict[Language, dict[str, str]]] = {
    Language.EN: _EN,
    Language.FR: _FR,
    Language.ES: _ES,
}
"""Every label by language; a test checks the catalogues have the same keys."""


class Labels:
    """The labels and date/time formats of one language."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self._catalogue = CATALOGUES[language]

    def get(self, key: str, **values: object) -> str:
        """The label ``key``, with ``{name}`` fields filled from ``values``; each text value
        a bidi isolate of its own, so a right-to-left name or an override typed in it
        cannot reorder the label around it.

        Raises KeyError for a key no catalogue has: a typo fails loudly, in every language.
        """
        text = self._catalogue[key]
        if not values:
            return text
        return text.format(
            **{
                name: isolate(value) if isinstance(value, str) else value
                for name, value in values.items()
            }
        )

    __getitem__ = get

    def label_value(self, label_key: str, value: str) -> str:
        """ "Place: Lyon" ("Lieu : Lyon" in French)."""
        return self.get("label_value", label=self.get(label_key), value=value)

    def decimal(self, value: float, places: int = 1) -> str:
        """ "2.5" in English, "2,5" in French and Spanish: every decimal a reader sees."""
        return f"{value:.{places}f}".replace(".", self.get("decimal_separator"))

    def join(self, parts: list[str]) -> str:
        """The parts as a list, each an isolate, so "سلمى, John" keeps its order."""
        return self.get("list_separator").join(map(isolate, parts))

    # --- dates and times --------------------------------------------------------------

    def date(self, day: dt.date) -> str:
        """ "Wednesday 23 February 2022", "mercredi 23 février 2022",
        "miércoles, 23 de febrero de 2022"."""
        return self.get(
            "date_long",
            weekday=self.get(f"weekday_{day.weekday()}"),
            day=self.get("first_of_month") if day.day == 1 else str(day.day),
            month=self.get(f"month_{day.month}"),
            year=day.year,
        )

    def date_range(self, start: dt.date, end: dt.date) -> str:
        if start == end:
            return self.date(start)
        return self.get("date_range", start=self.date(start), end=self.date(end))

    def time(self, moment: dt.time | dt.datetime) -> str:
        """ "10:00" ("10 h 00" in French, with no-break spaces)."""
        return self.get("time", hour=moment.hour, minute=moment.minute)

    def time_range(self, start: dt.time | dt.datetime, end: dt.time | dt.datetime) -> str:
        return self.get("time_range", start=self.time(start), end=self.time(end))

    def duration(self, minutes: int) -> str:
        """ "15 min", "1 h 30" (the same in every language), with no-break spaces."""
        return format_duration(minutes).replace(" ", NBSP)

    def page_of(self, page: int, pages: int) -> str:
        return self.get("page_of", page=page, pages=pages)

    # --- enumerations -----------------------------------------------------------------

    def kind(self, kind: ItemKind) -> str:
        return self.get(f"kind_{kind.value}")

    def mode(self, mode: SessionMode) -> str:
        return self.get(f"mode_{mode.value}")

    def role(self, role: Role) -> str:
        return self.get(f"person_{role.value}")

    def attendance(self, status: AttendanceStatus) -> str:
        return self.get(f"attendance_{status.value}")

    def attendance_mode(self, mode: AttendanceMode) -> str:
        return self.get(f"attendance_mode_{mode.value}")

    def outcomes_heading(self, kind: str) -> str:
        """ "Decisions", "Quotes", … : the heading of a kind's outcomes."""
        return self.get(f"outcomes_{kind}")

    def action_status(self, status: ActionStatus) -> str:
        return self.get(f"action_{status.value}")

    def flag(self, flag: Flag) -> str:
        """A schedule flag in words: "Ends 10 min after the session's end"."""
        return self.get(f"flag_{flag.kind.value}", duration=self.duration(flag.minutes))


def language_of(value: Language | str) -> Language:
    """``value`` as a Language; ValueError names the languages there are."""
    try:
        return Language(value)
    except ValueError:
        known = ", ".join(language.value for language in Language)
        raise ValueError(f"no labels for language {value!r} (use one of {known})") from None


@cache
def labels(language: Language | str) -> Labels:
    """The labels of ``language`` ("en", "fr", "es" or a Language)."""
    return Labels(language_of(language))
