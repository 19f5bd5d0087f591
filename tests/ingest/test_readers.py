"""Readers for folders, HTML pages, JSON, JSON Lines, exports and RSS/Atom feeds (all written for these tests)."""

from __future__ import annotations

import json
from pathlib import Path

from flashpoint.ingest import Rejected
from flashpoint.ingest.readers import Extracted, expand, read_all
from flashpoint.models import Article, Document

PAGE = """<!doctype html><html><head><title>Ferry strike spreads | Lakeside Courier</title>
<meta property="og:site_name" content="Lakeside Courier">
<meta property="article:published_time" content="2024-05-02T07:30:00Z">
<link rel="canonical" href="https://courier.example/news/ferry-strike"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ferry strike spreads</h1>
<p>Ferry crews in Kisumu walked off the job on Wednesday, stranding thousands of passengers, union leaders said.</p>
<p>The transport ministry accused the union of holding the region hostage and threatened to hire replacement
crews if the strike continued into next week.</p></article>
<footer>Subscribe to our newsletter. Copyright Lakeside Courier.</footer></body></html>"""

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Wire</title><link>https://wire.example</link>
<item><title>Port workers march</title><link>https://wire.example/a1</link><guid>wire-a1</guid>
<pubDate>Mon, 11 Mar 2024 10:00:00 GMT</pubDate>
<description>Thousands of port workers marched through the city centre on Monday to demand unpaid wages,
organisers said.</description></item>
<item><title>Police detain organisers</title><link>https://wire.example/a2</link><guid>wire-a2</guid>
<pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Police detained three union organisers on Tuesday, a day after the march, their lawyer
said.&lt;/p&gt;</description></item>
</channel></rss>"""


def read(tmp_path: Path, name: str, content: str | bytes, published: str | None = None) -> list:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return list(read_all(expand([str(path)]), published))


def test_readers_html_page_gives_main_text_and_metadata(tmp_path):
    [doc] = read(tmp_path, "ferry.html", PAGE)
    assert isinstance(doc, Document)
    assert doc.text.startswith("Ferry crews in Kisumu walked off the job")
    assert "newsletter" not in doc.text and "Home" not in doc.text  # boilerplate gone
    assert (doc.title, doc.published, doc.url, doc.source) == (
        "Ferry strike spreads", "2024-05-02", "https://courier.example/news/ferry-strike",
        "Lakeside Courier")


def test_readers_html_without_article_text_is_one_error(tmp_path):
    [item] = read(tmp_path, "menu.html", "<html><body><nav>Home</nav></body></html>")
    assert isinstance(item, Rejected) and item.error.startswith("[E013]")


def test_readers_feed_entries_are_documents_with_their_metadata(tmp_path):
    items = read(tmp_path, "wire.rss", FEED)
    assert [d.id for d in items] == ["wire-a1", "wire-a2"]
    first, second = items
    assert (first.title, first.url, first.published, first.source) == (
        "Port workers march", "https://wire.example/a1", "2024-03-11", "Harbour Wire")
    assert first.text.startswith("Thousands of port workers marched")
    assert second.text.startswith("Police detained three union organisers") and "<p>" not in second.text


def test_readers_broken_feed_is_one_error(tmp_path):
    [item] = read(tmp_path, "broken.xml", "<rss><channel><title>x</title></chan")
    assert isinstance(item, Rejected) and item.error.startswith("[E015]")


def test_readers_json_and_jsonl_in_the_contract_input_form(tmp_path):
    records = [{"id": "a", "text": "Rebels attacked a convoy near Gao on Sunday.", "published": "2024-01-07",
                "url": "https://x.example/a", "source": "Wire"},
               {"id": "b", "text": "Troops withdrew from the town."}]
    from_json = read(tmp_path, "two.json", json.dumps(records), published="2024-01-08")
    lines = "\n".join([json.dumps(records[0]), "{not json", "", json.dumps({"id": "c"}), json.dumps(records[1])])
    from_jsonl = read(tmp_path, "two.jsonl", lines, published="2024-01-08")
    assert [(d.id, d.published) for d in from_json] == [("a", "2024-01-07"), ("b", "2024-01-08")]
    assert from_json[0].url == "https://x.example/a" and from_json[0].source == "Wire"
    assert [type(x).__name__ for x in from_jsonl] == ["Document", "Rejected", "Rejected", "Document"]
    assert from_jsonl[1].id.endswith("two.jsonl:2") and from_jsonl[1].error.startswith("[E005] input line 2")
    assert from_jsonl[2].error.startswith("[E006] input line 4")


def test_readers_an_export_line_is_taken_as_extracted(tmp_path):
    article = Article(id="k1", text="Rebels attacked a convoy.", published="2024-01-07")
    [item] = read(tmp_path, "export.jsonl", json.dumps(article.to_contract()))
    assert isinstance(item, Extracted) and item.article.text == "Rebels attacked a convoy."


def test_readers_folders_are_read_recursively_and_bad_files_reported(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("Police arrested two men in Lagos on Friday.", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "a" / "b" / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "a" / ".hidden.txt").write_text("not read", encoding="utf-8")
    items = list(read_all(expand([str(tmp_path / "a")]), "2024-02-02"))
    assert [Path(i.id).name for i in items] == ["scan.pdf", "two.txt", "one.txt"]
    assert items[0].error.startswith("[E016]") and items[1].error.startswith("[E003]")
    assert isinstance(items[2], Document) and items[2].published == "2024-02-02"


def test_readers_unreachable_url_is_one_error():
    [item] = list(read_all(expand(["http://127.0.0.1:9/feed.rss"]), None))
    assert isinstance(item, Rejected) and item.error.startswith("[E008]")
