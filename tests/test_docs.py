"""The documentation names every error code, command and pipeline stage that the code has."""

import re
from pathlib import Path

from flashpoint import pipeline  # noqa: F401  (registers the stages)
from flashpoint.cli import app
from flashpoint.errors import Errors, Warnings
from flashpoint.nlp import registry

REPO = Path(__file__).resolve().parents[1]


def codes(cls) -> list[str]:
    return [name for name in vars(cls) if re.fullmatch(r"[EW]\d{3}", name)]


def test_docs_every_error_code_is_documented():
    text = (REPO / "docs" / "errors.md").read_text(encoding="utf-8")
    missing = [c for c in codes(Errors) + codes(Warnings) if f"| {c} |" not in text]
    assert not missing, f"undocumented error codes: {missing}"


def test_docs_every_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"flashpoint {name}" in readme, name


def test_docs_every_stage_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [n for n in registry.names() if n not in readme]
    assert not missing, f"stages missing from the README: {missing}"
