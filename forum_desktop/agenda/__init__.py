"""Agenda planning logic, Qt-free: durations, schedule arithmetic, programme text."""
