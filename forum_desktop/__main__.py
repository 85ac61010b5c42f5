"""Allow ``python -m forum_desktop``."""

from forum_desktop.cli import main

raise SystemExit(main())
