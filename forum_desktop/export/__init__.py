"""Documents the app produces (PDF, iCalendar), Qt-free."""
