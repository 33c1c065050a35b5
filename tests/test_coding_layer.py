"""The learned coding layer (issue #14): weights tied to the shipped corpus, invented sentences
coded in English and French, and the setting ``coding_layer`` (on by default) that turns it off."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from eventfuse.config import Settings, load_settings, parse_set_options
from eventfuse.extract import coding_layer as layer_lib
from eventfuse.extract import extractor as extractor_lib
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction, Span
from eventfuse.taxonomy import BY_NAME

CORPUS = Path(layer_lib.__file__).resolve().parents[1] / "data" / "coding_corpus" / "corpus.jsonl"


def test_weights_were_fitted_on_the_shipped_corpus() -> None:
    """Editing the corpus without refitting (scripts/train_coding_layer.py) fails here; the script's
    ``--check`` refits and compares the coefficients."""
    data = np.load(layer_lib.LAYER_PATH)
    assert str(data["corpus_sha256"]) == hashlib.sha256(CORPUS.read_bytes()).hexdigest()
    assert str(data["encoder"]) == layer_lib.ENCODER
    layer = layer_lib.load_layer()
    assert set(layer.classes) == set(BY_NAME)
    assert layer.types_w.shape == (len(BY_NAME), 384) and layer.gate_w.shape == (384,)
    th = layer.thresholds
    assert 0 < th.add_below < th.drop_above < 1 and th.rules_prior > 0


def test_the_rules_type_weighs_in_the_product() -> None:
    layer = layer_lib.load_layer()
    log_p = np.log(np.full(len(layer.classes), 1 / len(layer.classes)))
    log_p[layer.classes.index("Attack")] += 0.5  # the layer leans to Attack, a little
    assert layer.decide_type(log_p, None) == "Attack"
    assert layer.decide_type(log_p, "Armed clash") == "Armed clash"  # the rules' reading stands
    log_p[layer.classes.index("Attack")] += 2.0  # the layer is markedly surer
    assert layer.decide_type(log_p, "Armed clash") == "Attack"


def test_the_types_can_be_kept_to_a_group() -> None:
    layer = layer_lib.load_layer()
    log_p = np.log(np.full(len(layer.classes), 1 / len(layer.classes)))
    log_p[layer.classes.index("Looting/property destruction")] += 5.0  # the layer is sure of looting
    log_p[layer.classes.index("Attack")] += 2.0
    group = frozenset({"Attack", "Armed clash"})
    assert layer.decide_type(log_p, "Armed clash") == "Looting/property destruction"
    assert layer.decide_type(log_p, "Armed clash", group) == "Attack"  # only within the group


@pytest.mark.parametrize("sub", ["Attack", "Armed clash", "Peaceful protest", "Abduction/forced disappearance"])
def test_where_the_layer_is_asked(sub: str) -> None:
    """The shipped layer reads only articles where the rules found no act: it never embeds,
    drops or recodes an act the rules read; the first design (EVERYWHERE) did."""
    act = SimpleNamespace(sub_event_type=sub, actor1=None, actor2=None)
    shipped = layer_lib.CONSULT
    assert shipped == layer_lib.WHERE_RULES_FOUND_NOTHING and shipped.add
    assert not shipped.asks(act) and not shipped.recodes(act)  # type: ignore[arg-type]
    everywhere = layer_lib.EVERYWHERE
    assert everywhere.asks(act) == (sub != "Peaceful protest" or everywhere.recodes(act))  # type: ignore[arg-type]
    assert everywhere.recodes(act) == (sub not in layer_lib.RULES_EXACT)  # type: ignore[arg-type]
    pair = layer_lib.Consult(add=False, drop=False, recode=frozenset({"Attack", "Armed clash"}))
    assert pair.recodes(act) == (sub in {"Attack", "Armed clash"})  # type: ignore[arg-type]


# Invented sentences, the same act in each language (none of them is in the corpus).
ACTS = {
    "en": [
        ("Gunmen on motorbikes stormed a market and shot dead five traders on Friday.", "Attack"),
        ("A fighter jet bombed positions of the rebels in the hills overnight.", "Air/drone strike"),
        ("Thousands of students marched peacefully through the city to demand free tuition.", "Peaceful protest"),
        ("A roadside bomb exploded under a minibus, killing three passengers.", "Remote explosive/landmine/IED"),
        ("Police arrested four journalists at the offices of an opposition newspaper.", "Arrests"),
    ],
    "fr": [
        ("Des hommes armés à moto ont pris d'assaut un marché et abattu cinq commerçants vendredi.", "Attack"),
        ("Un avion de chasse a bombardé dans la nuit des positions rebelles dans les collines.", "Air/drone strike"),
        ("Des milliers d'étudiants ont marché pacifiquement dans la ville pour exiger la gratuité des études.",
         "Peaceful protest"),
        ("Une bombe artisanale a explosé au passage d'un minibus, tuant trois passagers.",
         "Remote explosive/landmine/IED"),
        ("La police a arrêté quatre journalistes dans les locaux d'un journal d'opposition.", "Arrests"),
    ],
}
NON_EVENTS = {
    "en": ["The striker scored twice as the home side won the cup final.",
           "The finance minister presented next year's budget to parliament."],
    "fr": ["L'attaquant a marqué deux fois et l'équipe locale a remporté la finale de la coupe.",
           "Le ministre des finances a présenté le budget de l'année prochaine au parlement."],
}
# Non-events worded like events (the kinds part E of the corpus added): the gate must not add them.
LOOKALIKES = {
    "en": ["Customs officers stopped a lorry full of smuggled fuel at the border and arrested its two drivers.",
           "Torrential rain flooded the lower town, washing away dozens of mud houses.",
           "A gas tank blew up at the brick factory, injuring six workers, the company said."],
    "fr": ["Les douaniers ont arrêté à la frontière un camion rempli de carburant de contrebande et ses deux chauffeurs.",
           "Des pluies torrentielles ont inondé la ville basse, emportant des dizaines de maisons en banco.",
           "Une citerne de gaz a explosé à la briqueterie, blessant six ouvriers, selon l'entreprise."],
}


@pytest.mark.slow  # loads the encoder (0.3 s idle, seconds on a busy machine)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_layer_codes_invented_sentences(lang: str) -> None:
    layer = layer_lib.load_layer()
    texts = [t for t, _ in ACTS[lang]] + NON_EVENTS[lang]
    x = layer_lib.vectors(texts)
    p_none, log_p = layer.p_none(x), layer.log_types(x)
    n = len(ACTS[lang])
    assert [layer.decide_type(row, None) for row in log_p[:n]] == [s for _, s in ACTS[lang]]
    assert all(p < layer.thresholds.drop_above for p in p_none[:n])
    assert all(p > layer.thresholds.drop_above for p in p_none[n:])  # a mention read there is dropped


@pytest.mark.slow  # loads the encoder
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_gate_adds_no_event_to_lookalike_non_events(lang: str) -> None:
    layer = layer_lib.load_layer()
    p_none = layer.p_none(layer_lib.vectors(LOOKALIKES[lang]))
    assert all(p >= layer.thresholds.add_below for p in p_none), p_none


def test_an_added_event_is_coded_only_as_surely_as_its_type() -> None:
    """A sure type is kept; an unsure one falls back to its event type's general sub-type (Armed
    clash, Attack), and an unsure type of any other event type adds nothing."""
    layer = layer_lib.load_layer()
    classes = list(layer.classes)

    def log_p(first: str, second: str, ratio: float) -> np.ndarray:
        p = np.full(len(classes), 0.01)
        p[classes.index(second)] = 0.2
        p[classes.index(first)] = 0.2 * ratio
        return np.log(p / p.sum())

    assert layer.added_type(log_p("Grenade", "Attack", 3.0)) == "Grenade"
    assert layer.added_type(log_p("Government regains territory", "Arrests", 1.2)) == "Armed clash"
    assert layer.added_type(log_p("Sexual violence", "Grenade", 1.2)) == "Attack"
    assert layer.added_type(log_p("Headquarters or base established", "Arrests", 1.2)) is None
    assert layer.added_type(log_p("Grenade", "Attack", 1.2)) is None


@pytest.mark.slow  # loads spaCy and the encoder
def test_off_setting_keeps_the_rules_coding(stages: Stages, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [(t, lang) for lang in ("en", "fr") for t in [a for a, _ in ACTS[lang]] + NON_EVENTS[lang]]
    articles = [
        Article(id=Article.make_id(f"layer:{n}"), text=t, language=lang, published=date(2026, 3, 5),
                source=f"test:{n}")
        for n, (t, lang) in enumerate(texts)
    ]
    on = replace(stages.extractor, settings=Settings(progress=False, coding_layer=True))
    off = replace(stages.extractor, settings=Settings(progress=False, coding_layer=False))
    rules = off.extract(articles)
    assert on.extract(articles) == layer_lib.apply_coding_layer(rules)
    monkeypatch.setattr(extractor_lib, "apply_coding_layer", lambda xs: pytest.fail("the layer ran while off"))
    assert off.extract(articles) == rules


def test_the_layer_is_on_by_default_and_a_setting_turns_it_off() -> None:
    assert Settings().coding_layer is True
    assert load_settings(env={}).coding_layer is True
    assert load_settings(env={}, overrides=parse_set_options(["coding_layer=false"])).coding_layer is False
    assert load_settings(env={"EVENTFUSE_CODING_LAYER": "false"}).coding_layer is False


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two years ago gunmen attacked the market of a small town."),
    ("fr", "Il y a deux ans, des hommes armés ont attaqué le marché d'une petite ville."),
])
def test_a_batch_with_nothing_to_read_never_loads_the_encoder(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On by default, the layer must cost nothing where the rules found an act or set one aside:
    the encoder (0.3 s to load) is not even asked whether it is there."""
    article = Article(id=Article.make_id(f"quiet:{lang}"), text=text, language=lang, source="test:quiet")
    background = ArticleExtraction(article, mentions=(), background=(Span(article.id, 0, len(text), text),))
    monkeypatch.setattr(layer_lib, "encoder_available", lambda: pytest.fail("the encoder was loaded"))
    assert layer_lib.apply_coding_layer([background]) == [background]
    assert layer_lib.apply_coding_layer([]) == []
