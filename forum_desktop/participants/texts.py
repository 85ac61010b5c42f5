"""The phone page's words in the phone's language, else the event's (the page is not a Qt
window, so its texts live here rather than in the .ts files)."""

from __future__ import annotations

from collections.abc import Collection

from forum_desktop.models import Language

TEXTS: dict[Language, dict[str, str]] = {
    Language.EN: {
        "title": "Join the session",
        "who": "Who are you?",
        "claim": "This is me",
        "anonymous": "Stay anonymous",
        "anonymous_name": "Anonymous",
        "pending": "Someone already uses this name: the facilitator has been asked to confirm.",
        "you_are": "You are",
        "nothing_running": "Nothing is running yet.",
        "question": "Guiding question",
        "time_left": "Time left",
        "over_time": "Over time by",
        "paused": "Paused",
        "your_answer": "Your answer",
        "send": "Send",
        "sent": "Sent. Thank you!",
        "idea": "Your idea",
        "queue_join": "Join the queue",
        "queue_leave": "Leave the queue",
        "queue_place": "Your place in the queue: {place}",
        "queue_out": "You are not in the queue.",
        "queue_seated": "You are in the inner circle.",
        "vote": "Cast your dots",
        "dots_left": "Dots left",
        "vote_send": "Cast my dots",
        "results": "Results",
        "dots": "dots",
        "feedback": "Feedback on the case",
        "strengths": "Strengths",
        "challenges": "Challenges",
        "recommendations": "Recommendations",
        "transferable": "What others can use",
        "rating": "Rating (1–5)",
        "needs_name": "Claim your name to take part in this.",
        "offline": "Connection lost: trying again…",
        "too_fast": "Too much at once: wait a moment, then try again.",
        "too_long": "This text is too long: keep it under {limit} characters.",
        "empty": "Type something first.",
        "control": "This text holds characters no keyboard types: type it again.",
        "questions": "Questions to the facilitator",
        "your_question": "Your question",
        "ask": "Ask",
        "upvote": "Me too: back this question",
        "votes": "people back it",
        "evaluation": "How was this session?",
        "useful": "How useful was it? (1 = not at all, 5 = very)",
        "keep": "What should we keep?",
        "change": "What should we change?",
        "evaluated": "Thank you: your answers are in. Send again to change them.",
        "consent_title": "How your contributions will appear",
        "consent_named": (
            "Your contributions will appear under your name, {name}, on the projector and in "
            "the minutes."
        ),
        "consent_chatham_house": (
            "This session is under the Chatham House rule: your contributions will appear "
            "without your name."
        ),
        "consent_no_name": (
            "You asked not to be named: your contributions will appear without your name."
        ),
        "consent_ok": "I understand, continue",
        "needs_consent": "First confirm how your contributions will appear.",
        "refused": "The page could not send this: reload it and try again.",
        "not_here": "This is no longer open: the page now shows what is running.",
        "pick_name": "Choose your name in the list first.",
        "name_gone": "That name is no longer on the list: choose yours again.",
        "reopen": "Open the room's address again.",
        "too_big": "This is too much to send at once: shorten it and try again.",
        "joined_named": "Done: you take part as {name}.",
        "joined_anonymous": "Done: you take part anonymously.",
        "consented": "Thank you: you can take part now.",
        "not_sent": (
            "Not sent: the connection was lost. Try again once your phone is back on the "
            "room's Wi-Fi."
        ),
        "busy": "The facilitator's laptop is busy: try again in a moment.",
        "not_saved": "The facilitator's laptop could not save this: tell the facilitator.",
        "name_taken": (
            "The facilitator gave your name to another phone: choose your name again. "
            "What you typed is kept."
        ),
    },
    Language.FR: {
        "title": "Rejoindre la séance",
        "who": "Qui êtes-vous ?",
        "claim": "C’est moi",
        "anonymous": "Rester anonyme",
        "anonymous_name": "Anonyme",
        "pending": "Quelqu’un utilise déjà ce nom : l’animateur doit confirmer.",
        "you_are": "Vous êtes",
        "nothing_running": "Rien n’est encore en cours.",
        "question": "Question directrice",
        "time_left": "Temps restant",
        "over_time": "Dépassement de",
        "paused": "En pause",
        "your_answer": "Votre réponse",
        "send": "Envoyer",
        "sent": "Envoyé. Merci !",
        "idea": "Votre idée",
        "queue_join": "Rejoindre la file",
        "queue_leave": "Quitter la file",
        "queue_place": "Votre place dans la file : {place}",
        "queue_out": "Vous n’êtes pas dans la file.",
        "queue_seated": "Vous êtes dans le cercle intérieur.",
        "vote": "Placez vos gommettes",
        "dots_left": "Gommettes restantes",
        "vote_send": "Voter",
        "results": "Résultats",
        "dots": "gommettes",
        "feedback": "Retour sur le cas",
        "strengths": "Points forts",
        "challenges": "Difficultés",
        "recommendations": "Recommandations",
        "transferable": "Ce que d’autres peuvent reprendre",
        "rating": "Note (1–5)",
        "needs_name": "Choisissez votre nom pour participer.",
        "offline": "Connexion perdue : nouvel essai…",
        "too_fast": "Trop d’envois d’un coup : attendez un instant, puis réessayez.",
        "too_long": "Ce texte est trop long : restez sous {limit} caractères.",
        "empty": "Tapez d’abord quelque chose.",
        "control": "Ce texte contient des caractères qu’aucun clavier ne tape : retapez-le.",
        "questions": "Questions à l’animateur",
        "your_question": "Votre question",
        "ask": "Poser",
        "upvote": "Moi aussi : soutenir cette question",
        "votes": "personnes la soutiennent",
        "evaluation": "Comment s’est passée cette séance ?",
        "useful": "Était-elle utile ? (1 = pas du tout, 5 = très)",
        "keep": "Que faut-il garder ?",
        "change": "Que faut-il changer ?",
        "evaluated": "Merci : vos réponses sont enregistrées. Renvoyez pour les modifier.",
        "consent_title": "Comment vos contributions apparaîtront",
        "consent_named": (
            "Vos contributions apparaîtront sous votre nom, {name}, au projecteur et dans le "
            "compte rendu."
        ),
        "consent_chatham_house": (
            "Cette séance est sous la règle de Chatham House : vos contributions apparaîtront "
            "sans votre nom."
        ),
        "consent_no_name": (
            "Vous avez demandé à ne pas être nommé·e : vos contributions apparaîtront sans "
            "votre nom."
        ),
        "consent_ok": "J’ai compris, continuer",
        "needs_consent": "Confirmez d’abord comment vos contributions apparaîtront.",
        "refused": "La page n’a pas pu envoyer ceci : rechargez-la et réessayez.",
        "not_here": "Ceci n’est plus ouvert : la page montre maintenant ce qui est en cours.",
        "pick_name": "Choisissez d’abord votre nom dans la liste.",
        "name_gone": "Ce nom n’est plus dans la liste : choisissez de nouveau le vôtre.",
        "reopen": "Ouvrez de nouveau l’adresse de la salle.",
        "too_big": "C’est trop à envoyer d’un coup : raccourcissez et réessayez.",
        "joined_named": "C’est fait : vous participez en tant que {name}.",
        "joined_anonymous": "C’est fait : vous participez de façon anonyme.",
        "consented": "Merci : vous pouvez maintenant participer.",
        "not_sent": (
            "Non envoyé : la connexion a été perdue. Réessayez une fois votre téléphone de "
            "retour sur le Wi-Fi de la salle."
        ),
        "busy": "L’ordinateur de l’animateur est occupé : réessayez dans un instant.",
        "not_saved": (
            "L’ordinateur de l’animateur n’a pas pu enregistrer ceci : prévenez l’animateur."
        ),
        "name_taken": (
            "L’animateur a donné votre nom à un autre téléphone : choisissez de nouveau "
            "votre nom. Ce que vous avez tapé est conservé."
        ),
    },
    Language.ES: {
        "title": "Unirse a la sesión",
        "who": "¿Quién es usted?",
        "claim": "Soy yo",
        "anonymous": "Seguir anónimo",
        "anonymous_name": "Anónimo",
        "pending": "Alguien ya usa este nombre: se ha pedido confirmación al facilitador.",
        "you_are": "Usted es",
        "nothing_running": "Todavía no hay nada en curso.",
        "question": "Pregunta guía",
        "time_left": "Tiempo restante",
        "over_time": "Tiempo excedido en",
        "paused": "En pausa",
        "your_answer": "Su respuesta",
        "send": "Enviar",
        "sent": "Enviado. ¡Gracias!",
        "idea": "Su idea",
        "queue_join": "Entrar en la cola",
        "queue_leave": "Salir de la cola",
        "queue_place": "Su lugar en la cola: {place}",
        "queue_out": "No está en la cola.",
        "queue_seated": "Está en el círculo interior.",
        "vote": "Reparta sus puntos",
        "dots_left": "Puntos restantes",
        "vote_send": "Votar",
        "results": "Resultados",
        "dots": "puntos",
        "feedback": "Comentarios sobre el caso",
        "strengths": "Fortalezas",
        "challenges": "Dificultades",
        "recommendations": "Recomendaciones",
        "transferable": "Lo que otros pueden aprovechar",
        "rating": "Valoración (1–5)",
        "needs_name": "Elija su nombre para participar.",
        "offline": "Conexión perdida: reintentando…",
        "too_fast": "Demasiados envíos a la vez: espere un momento y vuelva a intentarlo.",
        "too_long": "Este texto es demasiado largo: no pase de {limit} caracteres.",
        "empty": "Escriba algo primero.",
        "control": "Este texto contiene caracteres que ningún teclado escribe: escríbalo de nuevo.",
        "questions": "Preguntas al facilitador",
        "your_question": "Su pregunta",
        "ask": "Preguntar",
        "upvote": "Yo también: apoyar esta pregunta",
        "votes": "personas la apoyan",
        "evaluation": "¿Qué tal esta sesión?",
        "useful": "¿Fue útil? (1 = nada, 5 = mucho)",
        "keep": "¿Qué deberíamos conservar?",
        "change": "¿Qué deberíamos cambiar?",
        "evaluated": "Gracias: sus respuestas están registradas. Envíe de nuevo para cambiarlas.",
        "consent_title": "Cómo aparecerán sus aportaciones",
        "consent_named": (
            "Sus aportaciones aparecerán con su nombre, {name}, en el proyector y en el acta."
        ),
        "consent_chatham_house": (
            "Esta sesión sigue la regla de Chatham House: sus aportaciones aparecerán sin su "
            "nombre."
        ),
        "consent_no_name": "Pidió no ser nombrado/a: sus aportaciones aparecerán sin su nombre.",
        "consent_ok": "Entendido, continuar",
        "needs_consent": "Confirme primero cómo aparecerán sus aportaciones.",
        "refused": "La página no pudo enviar esto: recárguela y vuelva a intentarlo.",
        "not_here": "Esto ya no está abierto: la página muestra ahora lo que está en curso.",
        "pick_name": "Elija primero su nombre en la lista.",
        "name_gone": "Ese nombre ya no está en la lista: elija de nuevo el suyo.",
        "reopen": "Abra de nuevo la dirección de la sala.",
        "too_big": "Es demasiado para enviar de una vez: acórtelo y vuelva a intentarlo.",
        "joined_named": "Hecho: participa como {name}.",
        "joined_anonymous": "Hecho: participa de forma anónima.",
        "consented": "Gracias: ya puede participar.",
        "not_sent": (
            "No enviado: se perdió la conexión. Vuelva a intentarlo cuando su teléfono esté "
            "de nuevo en el wifi de la sala."
        ),
        "busy": "El ordenador del facilitador está ocupado: vuelva a intentarlo en un momento.",
        "not_saved": "El ordenador del facilitador no pudo guardar esto: avise al facilitador.",
        "name_taken": (
            "El facilitador dio su nombre a otro teléfono: elija de nuevo su nombre. "
            "Lo que escribió se conserva."
        ),
    },
}


def phone_language(
    accept_language: str | None,
    fallback: Language,
    among: Collection[Language] = tuple(Language),
) -> Language:
    """The language the phone's browser prefers ``among`` the given ones (the page's, or
    the event's working languages for its texts), by its Accept-Language header
    (``fr-CH, fr;q=0.9, en;q=0.8``), else ``fallback`` (the event's)."""
    best: tuple[float, int, Language] | None = None
    for order, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        primary = tag.strip().lower().split("-")[0]
        if weight <= 0 or primary not in {language.value for language in among}:
            continue
        candidate = (-weight, order, Language(primary))
        if best is None or candidate < best:
            best = candidate
    return best[2] if best is not None else fallback
