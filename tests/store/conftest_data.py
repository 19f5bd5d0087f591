"""Articles written for the store tests, and a helper to make documents of them."""

from __future__ import annotations

from pathlib import Path

from flashpoint.models import Document

EXAMPLE = (Path(__file__).resolve().parents[2] / "examples" / "harbour-clash.txt").read_text(encoding="utf-8")
BORDER = """KHARTOUM (Flashpoint Wire) — Sudanese troops shelled rebel positions near Kassala on Saturday, killing
at least 12 fighters, the army said. The rebels denied the losses and accused the army of bombing a market.

On Sunday, Ethiopia's foreign ministry condemned the shelling and called for talks between the two sides."""


def docs(*pairs: tuple[str, str], url: str | None = None) -> list[Document]:
    return [Document(id=name, text=body, published="2024-03-12", url=url) for name, body in pairs]
