"""Every CLI command, option and setting is documented in the README (as datasette does)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from wirewatch.cli import build_parser
from wirewatch.settings import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _commands() -> list[tuple[str, argparse.ArgumentParser]]:
    out = []
    for name, sub in _subparsers(build_parser()).items():
        nested = _subparsers(sub)
        out.extend((f"{name} {n}", p) for n, p in nested.items()) if nested else out.append((name, sub))
    return out


def test_every_command_and_option_is_in_the_readme() -> None:
    for name, parser in _commands():
        assert f"wirewatch {name}" in README, f"command `wirewatch {name}` is not documented"
        for action in parser._actions:
            for flag in action.option_strings:
                if flag.startswith("--") and flag != "--help":
                    assert flag in README, f"option {flag} of `wirewatch {name}` is not documented"


def test_every_setting_is_in_the_readme() -> None:
    for field in dataclasses.fields(Settings):
        if field.name == "parallel_min_articles":
            continue  # internal tuning constant, documented in settings.py
        assert f"WIREWATCH_{field.name.upper()}" in README, field.name


def test_quick_start_is_two_make_commands() -> None:
    assert "make demo" in README and "make test" in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "make test" in ci
