"""The web UI: static HTML, JavaScript and CSS under static/, served by wirewatch.api."""
