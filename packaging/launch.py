"""The bundle's entry point: the same ``forum-desktop`` command as the installed script."""

from forum_desktop.cli import main

raise SystemExit(main())
