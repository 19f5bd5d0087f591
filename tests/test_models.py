from flashpoint.models import Article


def test_models_contract_fields(extract):
    article = extract("Israeli warplanes struck Hamas positions in Gaza on Sunday, killing three militants.",
                      published="2021-05-18")
    data = article.to_contract()
    assert set(data) >= {"id", "published", "events", "quotes", "links"}
    ev = data["events"][0]
    for key in ("id", "code", "root", "plover", "acled", "quad_class", "goldstein", "source", "target", "date",
                "date_precision", "location", "fatalities", "injured", "quantities", "modality", "claimed_by",
                "sentence", "trigger", "confidence", "provenance"):
        assert key in ev, key
    assert ev["code"].startswith(ev["root"]) and len(ev["root"]) == 2
    assert {"index", "start", "end", "text"} <= set(ev["sentence"])
    assert ev["provenance"]["rule"]
    text = "Israeli warplanes struck Hamas positions in Gaza on Sunday, killing three militants."
    assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]


def test_models_error_article_serialises_error():
    data = Article(id="x", error="[E001] document is empty").to_contract()
    assert data["error"].startswith("[E001]") and data["events"] == []
