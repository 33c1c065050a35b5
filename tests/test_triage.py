"""The relevance gate (triage): conflict reports pass, general news is set aside with EF120,
nothing is lost, and ``triage = false`` turns it off. Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from eventfuse.config import Settings, load_settings
from eventfuse.errors import SKIP_REASONS
from eventfuse.extract import triage
from eventfuse.pipeline import NewArticles, run
from eventfuse.records import Article
from eventfuse.store import Store

CONFLICT = {
    "en": [
        "On 3 May, gunmen attacked the village of Kolbara, killing four civilians.",
        "Soldiers clashed with militants near the market town of Derongo on Tuesday.",
        "A roadside bomb struck a patrol east of Sallé, wounding two gendarmes.",
        "Unidentified armed men abducted a teacher on the road to Tinbara.",
        "Hundreds of students demonstrated in Korimé against the closure of their school.",
        "Traders went on strike and marched to the town hall of Bénéla.",
        "Rioters torched a police station in Vandoula after a contested arrest.",
        "Militiamen looted shops and stole cattle in Abarga overnight.",
    ],
    "fr": [
        "Le 3 mai, des hommes armés ont attaqué le village de Kolbara, tuant quatre civils.",
        "Des soldats ont affronté des jihadistes près du bourg de Derongo mardi.",
        "Un engin explosif a touché une patrouille à l'est de Sallé, blessant deux gendarmes.",
        "Des individus armés ont enlevé un enseignant sur la route de Tinbara.",
        "Des centaines d'élèves ont manifesté à Korimé contre la fermeture de leur école.",
        "Les commerçants en grève ont marché jusqu'à la mairie de Bénéla.",
        "Des émeutiers ont incendié un commissariat à Vandoula après une interpellation contestée.",
        "Des miliciens ont pillé des boutiques et volé du bétail à Abarga dans la nuit.",
    ],
}

GENERAL = {
    "en": [
        "The home side won three to one on Sunday, with two late goals from their young winger.",
        "Quarterly profits at the brewery rose by eight percent as exports to the region grew.",
        "Showers will spread from the west tomorrow, with mild temperatures and light winds.",
        "The festival opens on Friday with a concert by a choir and an exhibition of paintings.",
    ],
    "fr": [
        "L'équipe locale s'est imposée trois buts à un dimanche grâce à son jeune ailier.",
        "Le bénéfice trimestriel de la brasserie a progressé de huit pour cent grâce aux exportations.",
        "Des averses gagneront l'ouest demain, avec des températures douces et un vent faible.",
        "Le festival s'ouvre vendredi par un concert de chorale et une exposition de peintures.",
    ],
}

# A long sports report that uses fighting words in passing ("attack", "battle", "shot").
LONG_SPORT = {
    "en": " ".join(
        ["The visitors pressed high from the first whistle and the match was an even battle."]
        + ["Their attack looked sharp, but the keeper stopped every shot from the edge of the box."]
        + ["The midfield passed the ball well and the crowd enjoyed a lively afternoon in the sun."]
        * 8
    ),
    "fr": " ".join(
        ["Les visiteurs ont pressé haut dès le coup d'envoi et le match fut une belle bataille."]
        + ["Leur attaque semblait vive, mais le gardien a repoussé chaque tir depuis la surface."]
        + [
            "Le milieu a bien fait circuler le ballon et le public a profité d'un après-midi ensoleillé."
        ]
        * 8
    ),
}


def _article(text: str, lang: str, n: int = 0) -> Article:
    return Article(
        id=Article.make_id(text + str(n)), text=text, language=lang, source=f"test:{lang}:{n}"
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_conflict_reports_are_kept(lang: str) -> None:
    for text in CONFLICT[lang]:
        assert triage.check(_article(text, lang)) is None, (text, triage.read(text, lang))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_general_news_is_skipped_with_ef120_and_a_hint(lang: str) -> None:
    for text in [*GENERAL[lang], LONG_SPORT[lang]]:
        record = triage.check(_article(text, lang))
        assert record is not None, (text, triage.read(text, lang))
        assert record.reason == "EF120" and "EF120" in SKIP_REASONS
        assert "triage=false" in record.detail
        assert record.source == f"test:{lang}:0"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_long_conflict_report_is_kept(lang: str) -> None:
    """A long report passes on its lead even when the rest is background without conflict words."""
    background = LONG_SPORT[lang].split(". ", 2)[-1]  # the quiet sentences only
    text = " ".join(CONFLICT[lang][:3]) + " " + background
    assert len(text.split()) > triage.LEAD_WORDS
    assert triage.check(_article(text, lang)) is None


def test_need_grows_with_length_up_to_a_cap() -> None:
    assert triage.needed(10) == triage.THRESHOLD == triage.needed(triage.SHORT_WORDS)
    assert triage.needed(triage.SHORT_WORDS + triage.WORDS_PER_POINT) == triage.THRESHOLD + 1
    assert triage.needed(100_000) == triage.MOST


def test_a_text_without_language_is_read_in_every_language() -> None:
    assert triage.read(CONFLICT["fr"][0]).relevant
    assert triage.read(CONFLICT["en"][0]).relevant
    assert triage.check(Article(id="x", text=CONFLICT["fr"][1], language=None)) is None


def _mixed() -> list[Article]:
    out = []
    for lang in ("en", "fr"):
        out += [_article(t, lang, i) for i, t in enumerate(CONFLICT[lang])]
        out += [_article(t, lang, 100 + i) for i, t in enumerate(GENERAL[lang])]
    return out


@pytest.mark.parametrize("on", [True, False])
def test_new_articles_batches_or_records_every_article(on: bool) -> None:
    articles = _mixed()
    feed = NewArticles(articles, settings=Settings(triage=on, batch_size=5))
    batched = [a.id for b in feed.batches() for a in b]
    gated = [s for s in feed.skipped if s.reason == "EF120"]
    assert len(batched) + len(gated) == len(articles)  # nothing lost
    conflict_ids = {a.id for a in articles if a.text in CONFLICT["en"] + CONFLICT["fr"]}
    assert conflict_ids <= set(batched)
    if on:
        assert len(gated) == len(GENERAL["en"]) + len(GENERAL["fr"])
    else:
        assert gated == [] and len(batched) == len(articles)


def test_the_setting_comes_from_set_options() -> None:
    assert Settings().triage is True
    assert load_settings(env={}, overrides={"triage": "false"}).triage is False


def test_skips_are_counted_in_the_run_report_and_stored(tmp_path: Path) -> None:
    articles = _mixed()
    settings = replace(Settings(), db=str(tmp_path / "t.db"), progress=False)
    parsed: list[str] = []

    def no_parse(batches):  # the stages are not under test: record what would be parsed
        for batch in batches:
            parsed.extend(a.id for a in batch)
            yield []

    with Store.open(settings.db) as store:
        report = run(articles, settings=settings, store=store, process_batches=no_parse)
        stored = store.skipped()
    general = len(GENERAL["en"]) + len(GENERAL["fr"])
    assert report.skipped.get("EF120") == general
    assert sum(s.reason == "EF120" for s in stored) == general
    assert len(parsed) == len(articles) - general
