"""Participants join from their phones: a small web server over the room's network.

Qt-free. ``room`` reads what a phone may see and turns a phone's act into the typed core
command the laptop's screens run; ``devices`` keeps the phones' sessions and name claims;
``server`` serves the page, the API and the pushed updates (aiohttp) in a thread of its
own with its own event loop and its own connection to the database.
"""
