"""`python -m flashpoint` is the `flashpoint` command."""

from .cli import run

run()
