"""The live session timer: clocks that survive sleep, the run's arithmetic, re-planning, cues."""
