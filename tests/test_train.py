"""`eventfuse train`: fitting on an ACLED-shaped CSV, saving, loading, the classifier setting, bad files."""

from __future__ import annotations

import argparse
import csv
import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import shared_path

from eventfuse.common.cliargs import add_command
from eventfuse.config import Settings
from eventfuse.errors import EventfuseError, ModelError
from eventfuse.extract.learned import (
    MAGIC,
    VAGUE_TYPES,
    Example,
    SubEventModel,
    apply_classifier,
    check_classifier,
    example_for,
    lead_sentence,
    load_model,
    mention_context,
    read_header,
    reclassify,
    rule_features,
)
from eventfuse.pipeline import Stages
from eventfuse.records import Article, ArticleExtraction
from eventfuse.taxonomy import BY_NAME
from eventfuse.train import TrainOptions, save_model, train, train_from_acled
from eventfuse.train.cli import TRAIN
from eventfuse.train.data import (
    acled_rows,
    corpus_examples,
    corpus_lines,
    describe_rows,
    examples_from_rows,
)

pytest.importorskip("sklearn")

# Made-up notes (invented places and groups), a few per sub-event type, in ACLED's style.
PLACES = ["Korlani", "Mesabou", "Tindara", "Wassoko", "Belgora", "Nafiri", "Dourakan", "Sikota"]
TEMPLATES: dict[str, list[str]] = {
    "Armed clash": [
        "On {d}, soldiers of the army clashed with militants near {p}. Two soldiers were killed.",
        "Around {d}, armed men and a militia exchanged fire for hours in {p}; three fighters died.",
    ],
    "Attack": [
        "On {d}, gunmen shot and killed two civilians, a trader and a herder, in {p}.",
        "Around {d}, unidentified armed men attacked villagers in {p}, killing one farmer.",
    ],
    "Peaceful protest": [
        "On {d}, hundreds of residents demonstrated peacefully in {p} against the lack of water.",
        "On {d}, students held a sit-in in {p} to demand better schools. No incident was reported.",
    ],
    "Remote explosive/landmine/IED": [
        "On {d}, a military vehicle hit an improvised explosive device near {p}, wounding four soldiers.",
        "On {d}, a landmine exploded under a bus on the road to {p}, killing two passengers.",
    ],
    "Abduction/forced disappearance": [
        "On {d}, armed men abducted the village chief of {p} and took him to an unknown destination.",
        "Around {d}, gunmen kidnapped two teachers in {p}; their whereabouts remain unknown.",
    ],
}
COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "inter1", "actor2", "inter2", "admin1", "location", "latitude",
           "longitude", "geo_precision", "source", "notes", "fatalities", "country"]
EVENT_TYPE = {"Armed clash": "Battles", "Attack": "Violence against civilians", "Peaceful protest": "Protests",
              "Remote explosive/landmine/IED": "Explosions/Remote violence",
              "Abduction/forced disappearance": "Violence against civilians"}


def write_acled_csv(path: Path, *, relabel: dict[str, str] | None = None) -> Path:
    """A small made-up export: every template with every place, dated one day apart."""
    relabel = relabel or {}
    day = date(2020, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        n = 0
        for place in PLACES:
            for sub, texts in TEMPLATES.items():
                for text in texts:
                    n += 1
                    day += timedelta(days=1)
                    label = relabel.get(sub, sub)
                    note = text.format(d=day.strftime("%d %B %Y"), p=place)
                    if n % 5 == 0:
                        note = "Security measures: " + note  # a leading label, stripped before training
                    w.writerow({"event_id_cnty": f"XX{n}", "event_date": day.isoformat(), "year": day.year,
                                "time_precision": 1, "event_type": EVENT_TYPE.get(label, "Protests"),
                                "sub_event_type": label, "notes": note, "fatalities": 0, "country": "Testland"})
    return path


@pytest.fixture(scope="module")
def acled_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_acled_csv(tmp_path_factory.mktemp("train") / "made_up.csv")


@pytest.fixture(scope="module")
def text_model(acled_csv: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model") / "text.model"
    train_from_acled(acled_csv, out=out, settings=Settings(progress=False), until=date(2020, 3, 1),
                     options=TrainOptions(use_rules=False, corpus_weight=0.0))
    return out


def test_header_describes_the_training_data(text_model: Path, acled_csv: Path) -> None:
    header = read_header(text_model)
    assert header["format"] == "eventfuse-subevent-model" and header["version"] == 3
    assert header["options"]["event_margin"] == TrainOptions().event_margin
    assert set(header["labels"]) == set(TEMPLATES)
    assert header["data"]["until"] == "2020-03-01"
    assert header["data"]["last_date"] <= "2020-03-01" < max(r["event_date"] for r in csv.DictReader(acled_csv.open()))
    assert header["data"]["rows"] == header["examples"] < len(PLACES) * 10
    assert header["languages"] == ["en"]
    assert "notes" not in json.dumps(header["data"])  # no row content in the header


def test_saved_model_predicts_like_the_fitted_one(tmp_path: Path) -> None:
    examples = [Example(text=t.format(d="1 May 2020", p=p), label=sub)
                for sub, texts in TEMPLATES.items() for t in texts for p in PLACES]
    model = train(examples, options=TrainOptions(use_rules=False))
    path = save_model(model, tmp_path / "m.model")
    loaded = load_model(path)
    probe = [Example(text="Protesters marched peacefully through the market of Ravelo on Friday."),
             Example(text="A roadside bomb exploded as an army truck passed near Ravelo.")]
    assert [lab for lab, _ in loaded.predict(probe)] == [lab for lab, _ in model.predict(probe)]
    assert [lab for lab, _ in loaded.predict(probe)] == ["Peaceful protest", "Remote explosive/landmine/IED"]


def test_model_files_name_their_classes_where_they_were_first_defined(text_model: Path) -> None:
    """The file format does not move with the code: the pickled payload names its eventfuse
    classes in ``eventfuse.train.model`` (so files load in every version), and applying a model
    reads them as the classes of ``eventfuse.extract.learned``."""
    payload = text_model.read_bytes().split(b"\n", 1)[1]
    assert b"eventfuse.train.model" in payload and b"eventfuse.extract" not in payload
    loaded = load_model(text_model)
    assert type(loaded.featurizer).__module__ == "eventfuse.extract.learned"
    assert loaded.featurizer.options.use_rules is False


def test_training_needs_two_known_types() -> None:
    with pytest.raises(ModelError) as err:
        train([Example(text="a", label="Attack"), Example(text="b", label="Attack")])
    assert err.value.code == "EF305"
    with pytest.raises(ModelError):
        train([Example(text="a", label="Attack"), Example(text="b", label="Shootout")])


def test_rules_setting_leaves_extractions_untouched() -> None:
    assert apply_classifier([], "rules") == []


TEXTS = {
    "en": "On Friday, hundreds of residents demonstrated peacefully in the town of Korlani to demand water.",
    "fr": "Vendredi, des centaines d'habitants ont manifesté pacifiquement à Korlani pour réclamer de l'eau.",
}


@pytest.fixture(scope="module")
def relabelled_model(tmp_path_factory: pytest.TempPathFactory, stages: Stages) -> Path:
    """A model taught (on purpose) that peaceful protests are violent demonstrations."""
    tmp = tmp_path_factory.mktemp("relabelled")
    path = write_acled_csv(tmp / "relabelled.csv", relabel={"Peaceful protest": "Violent demonstration"})
    rows = acled_rows(path)
    model = train(examples_from_rows(rows, extractor=stages.extractor), data=describe_rows(path, rows))
    return save_model(model, tmp / "relabelled.model")


def _with_classifier(stages: Stages, classifier: str) -> Stages:
    """Stages that share the loaded models and gazetteer but use another classifier setting."""
    settings = replace(stages.settings, classifier=classifier)
    return Stages(settings, _extractor=replace(stages.extractor, settings=settings), _gazetteer=stages.gazetteer)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_model_setting_recodes_english_and_french_mentions(
    lang: str, relabelled_model: Path, stages: Stages,
) -> None:
    """Through the setting, the model recodes English mentions (text and the rules' reading) and
    French ones (the rules' language-neutral reading alone: the notes were English)."""
    assert read_header(relabelled_model)["options"]["use_rules"] is True
    article = Article(id=Article.make_id(TEXTS[lang]), text=TEXTS[lang], language=lang,
                      published=date(2024, 3, 9))
    rules = stages.process([article])[0]
    assert isinstance(rules, ArticleExtraction)
    assert [m.sub_event_type for m in rules.mentions] == ["Peaceful protest"]
    coded = _with_classifier(stages, str(relabelled_model)).process([article])[0]
    assert isinstance(coded, ArticleExtraction)
    assert len(coded.mentions) == 1
    m = coded.mentions[0]
    assert (m.sub_event_type, m.event_type, m.disorder_type) == ("Violent demonstration", "Riots", "Demonstrations")
    assert m.id != rules.mentions[0].id
    assert m.actor1 == rules.mentions[0].actor1 and m.date == rules.mentions[0].date


@pytest.mark.parametrize("content, code", [
    (None, "EF301"),
    (b"just some text\n", "EF302"),
    (MAGIC + b"{not json\n" + b"x", "EF302"),
    (MAGIC + json.dumps({"format": "other-tool"}).encode() + b"\n", "EF302"),
    (MAGIC + json.dumps({"format": "eventfuse-subevent-model", "version": 99,
                         "labels": ["Attack"]}).encode() + b"\n", "EF303"),
    (MAGIC + json.dumps({"format": "eventfuse-subevent-model", "version": 3,
                         "labels": ["Shootout"]}).encode() + b"\n", "EF302"),
    (MAGIC + json.dumps({"format": "eventfuse-subevent-model", "version": 2,
                         "labels": ["Attack"]}).encode() + b"\n", "EF303"),
])
def test_wrong_files_are_refused_with_a_code_and_hint(tmp_path: Path, content: bytes | None, code: str) -> None:
    path = tmp_path / "bad.model"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ModelError) as err:
        load_model(path)
    assert err.value.code == code
    assert err.value.hint


def test_damaged_payload_is_refused(text_model: Path, tmp_path: Path) -> None:
    data = text_model.read_bytes()
    damaged = tmp_path / "damaged.model"
    damaged.write_bytes(data[:-100])
    with pytest.raises(ModelError) as err:
        load_model(damaged)
    assert err.value.code == "EF304"


@pytest.mark.slow
def test_bad_model_setting_stops_the_pipeline(tmp_path: Path, stages: Stages) -> None:
    (tmp_path / "bad.model").write_text("not a model", encoding="utf-8")
    art = Article(id="a1", text=TEXTS["en"], language="en", published=date(2024, 3, 9))
    with pytest.raises(ModelError) as err:
        _with_classifier(stages, str(tmp_path / "bad.model")).process([art])
    assert err.value.code == "EF302"


def _cli(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="eventfuse")
    sub = parser.add_subparsers()

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db")
        p.add_argument("--config")
        p.add_argument("--set", action="append")

    add_command(sub, TRAIN, common)
    return parser.parse_args(argv)


def test_train_command(acled_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.model"
    args = _cli(["train", "--acled", str(acled_csv), "--out", str(out), "--since", "2020-01-10",
                 "--text-only", "-q"])
    assert args.func(args) == 0
    assert "trained on" in capsys.readouterr().out
    assert read_header(out)["data"]["first_date"] >= "2020-01-10"
    args = _cli(["train", "--acled", str(acled_csv), "--out", str(out), "--text-only", "-q", "--event-margin", "none",
                 "--min-margin", "-1"])
    assert args.func(args) == 0
    assert read_header(out)["options"]["event_margin"] is None and read_header(out)["options"]["min_margin"] == -1
    args = _cli(["train", "--acled", str(acled_csv), "--out", str(out), "--text-only", "-q",
                 "--vague-event-margin", "0.25"])
    assert args.func(args) == 0
    assert read_header(out)["options"]["vague_event_margin"] == 0.25
    with pytest.raises(SystemExit):
        _cli(["train", "--acled", str(acled_csv), "--out", str(out), "--c", "0"])


def test_train_command_reports_missing_input(tmp_path: Path) -> None:
    args = _cli(["train", "--acled", str(tmp_path / "absent.csv"), "--out", str(tmp_path / "m")])
    with pytest.raises(EventfuseError) as err:
        args.func(args)
    assert err.value.code == "EF112"
    args = _cli(["train", "--acled", str(write_acled_csv(tmp_path / "x.csv")), "--out", str(tmp_path / "m"),
                 "--until", "1990-01-01", "--text-only"])
    with pytest.raises(EventfuseError):
        args.func(args)


def test_leading_labels_are_stripped_before_training(acled_csv: Path) -> None:
    assert "Security measures:" in acled_csv.read_text(encoding="utf-8")
    examples = examples_from_rows(acled_rows(acled_csv), use_rules=False)
    assert examples and not any(e.text.startswith("Security measures") for e in examples)
    assert {e.label for e in examples} == set(TEMPLATES)


@pytest.mark.slow
@pytest.mark.shared
def test_text_model_trained_on_an_acled_export_codes_later_notes(tmp_path: Path) -> None:
    """Trained on a real export's earlier notes (text only, no spaCy pass), the model codes the
    later notes far better than chance; nothing of the export is kept in the header."""
    path = shared_path("eval", "acled", "mali_1997-2022-06.csv")
    model_path = tmp_path / "mali.model"
    train_from_acled(path, out=model_path, settings=Settings(progress=False), until=date(2021, 6, 30),
                     options=TrainOptions(use_rules=False))
    model = load_model(model_path)
    assert model.header["data"]["last_date"] <= "2021-06-30"
    later = acled_rows(path, since=date(2021, 7, 1))[:400]
    predicted = model.predict([Example(text=r.notes) for r in later])
    accuracy = sum(p == r.sub_event_type for (p, _), r in zip(predicted, later)) / len(later)
    assert accuracy > 0.75


def test_check_classifier_fails_early(tmp_path: Path, text_model: Path) -> None:
    check_classifier("rules")
    check_classifier(str(text_model))
    with pytest.raises(ModelError) as err:
        check_classifier(str(tmp_path / "missing.model"))
    assert err.value.code == "EF301" and "eventfuse train" in err.value.hint


def _extraction(text: str, acts: list[tuple[str, str]]) -> ArticleExtraction:
    """An extraction with one mention per (sentence, sub-event type), as the rules would give."""
    from eventfuse.records import Mention, Span
    from eventfuse.taxonomy import sub_event

    art = Article(id="art", text=text, language="en")
    mentions = []
    for sentence, name in acts:
        start = text.index(sentence)
        span = Span("art", start, start + len(sentence), sentence)
        sub = sub_event(name)
        mentions.append(Mention(id=f"m{start}", article="art", sub_event_type=name, event_type=sub.event_type,
                                disorder_type=sub.disorder_type, trigger=span, sentence=span, date=None,
                                language="en"))
    return ArticleExtraction(art, tuple(mentions))


def test_first_act_reads_the_whole_article_later_acts_their_part() -> None:

    text = "Gunmen attacked a market. Two traders died. Later, soldiers arrested five suspects. Calm returned."
    x = _extraction(text, [("Gunmen attacked a market.", "Attack"),
                           ("Later, soldiers arrested five suspects.", "Arrests")])
    assert mention_context(x, x.mentions[0]) == text
    assert mention_context(x, x.mentions[1]) == "Later, soldiers arrested five suspects. Calm returned."


def test_low_scores_keep_the_rules_type() -> None:

    examples = [Example(text=t.format(d="1 May 2020", p=p), label=sub)
                for sub, texts in TEMPLATES.items() for t in texts for p in PLACES]
    text = "Hundreds of residents demonstrated peacefully in Ravelo against the lack of water."
    x = _extraction(text, [(text, "Attack")])  # a deliberately wrong rules' type
    eager = train(examples, options=TrainOptions(use_rules=False))
    assert reclassify([x], eager)[0].mentions[0].sub_event_type == "Peaceful protest"
    timid = train(examples, options=TrainOptions(use_rules=False, min_margin=1e9))
    assert reclassify([x], timid)[0].mentions[0] == x.mentions[0]
    french = replace(x, mentions=tuple(replace(m, language="fr") for m in x.mentions))
    assert reclassify([french], eager)[0] == french


def test_examples_carry_who_did_what_to_whom() -> None:
    """The model reads the rules' fuller reading: actor types of both sides, toll, civilian
    targeting, the act word and the article's other acts."""
    from eventfuse.records import Actor

    text = "Gunmen attacked a market, killing two traders. Later, soldiers arrested five suspects."
    x = _extraction(text, [("Gunmen attacked a market, killing two traders.", "Attack"),
                           ("Later, soldiers arrested five suspects.", "Arrests")])
    first = replace(x.mentions[0], actor1=Actor("Unidentified Armed Group", 3), actor2=Actor("Civilians", 7),
                    fatalities=2, civilian_targeting=True)
    ex = example_for(x, first)
    assert (ex.rule_sub, ex.inter1, ex.inter2, ex.fatalities, ex.civilian_targeting) == ("Attack", 3, 7, 2, True)
    assert ex.others == ("Arrests",) and ex.trigger == "Gunmen attacked a market, killing two traders."
    feats = rule_features(ex)
    assert {"i1=3|i2=7", "toll=1-4", "civilians=True", "other=Arrests"} <= set(feats)
    assert rule_features(Example(text="x")) == {"rule=(none)": 1.0}  # nothing read: nothing else claimed


def _template_model(**options: Any) -> SubEventModel:
    examples = [Example(text=t.format(d="1 May 2020", p=p), label=sub)
                for sub, texts in TEMPLATES.items() for t in texts for p in PLACES]
    return train(examples, options=TrainOptions(use_rules=False, **options))


NO_ACT = ("On 3 May 2024, residents of Ravelo marched peacefully through the market to demand water. "
          "Two people were later found dead nearby.")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_model_codes_an_event_where_the_rules_found_none(lang: str) -> None:
    """Opted in, the model codes the act of an English article where the rules found none;
    never for French articles, nor with event_margin None."""

    art = Article(id="art", text=NO_ACT, language=lang, published=date(2024, 5, 10))
    empty = ArticleExtraction(art, ())
    coded = reclassify([empty], _template_model(event_margin=-10.0))[0]
    if lang == "fr":
        assert coded == empty
        return
    assert len(coded.mentions) == 1
    m = coded.mentions[0]
    assert m.primary and m.sub_event_type == "Peaceful protest" and m.event_type == "Protests"
    assert m.sentence.quote == NO_ACT.split(" Two")[0] and m.trigger == m.sentence
    assert m.date is not None and m.date.value == date(2024, 5, 3) and m.date.precision == 1
    assert m.fatalities is None  # a peaceful protest has no toll; the later deaths are not its
    never = _template_model(event_margin=None)
    assert reclassify([empty], never)[0] == empty
    assert apply_classifier([empty], "rules") == [empty]


def test_set_aside_acts_and_weak_scores_add_no_event() -> None:
    """Background, negated and hypothetical acts stay set aside; a low score adds nothing."""
    from eventfuse.records import Span

    art = Article(id="art", text=NO_ACT, language="en", published=date(2024, 5, 10))
    eager = _template_model(event_margin=-10.0)
    aside = Span("art", 0, 20, NO_ACT[:20])
    for x in (ArticleExtraction(art, (), background=(aside,)), ArticleExtraction(art, (), not_happened=(aside,))):
        assert reclassify([x], eager)[0] == x
    timid = _template_model(event_margin=1e9)
    assert reclassify([ArticleExtraction(art, ())], timid)[0].mentions == ()
    old = Article(id="old", text=NO_ACT, language="en", published=date(2024, 9, 1))  # dated months before
    assert reclassify([ArticleExtraction(old, ())], eager)[0].mentions == ()


@pytest.mark.parametrize("options, other, attack", [
    ({"event_margin": -0.5, "vague_event_margin": -0.3}, -0.3, -0.5),
    ({"event_margin": -0.5, "vague_event_margin": -0.9}, -0.5, -0.5),  # never below event_margin
    ({"event_margin": None, "vague_event_margin": -0.3}, float("inf"), float("inf")),
    ({"event_margin": -0.3}, -0.3, -0.3),  # a model trained before vague_event_margin existed
])
def test_vague_types_need_a_higher_score_to_add_an_event(
    options: dict[str, Any], other: float, attack: float
) -> None:
    """A model-coded event of a type that names no act (Other, Agreement, ...) needs more certainty."""

    model = SubEventModel(featurizer=None, estimator=None, header={"options": options})  # type: ignore[arg-type]
    assert "Other" in VAGUE_TYPES and "Attack" not in VAGUE_TYPES and VAGUE_TYPES <= set(BY_NAME)
    assert model.event_margin_for("Other") == other
    assert model.event_margin_for("Attack") == attack


def test_vague_margin_decides_which_model_events_are_added() -> None:
    """Through reclassify: a score that adds an act's event does not add a vague type's."""

    art = Article(id="art", text=NO_ACT, language="en", published=date(2024, 5, 10))
    empty = ArticleExtraction(art, ())
    for sub, vague in (("Peaceful protest", False), ("Agreement", True)):  # protests taught as `sub`
        examples = [Example(text=t.format(d="1 May 2020", p=p), label=sub if s == "Peaceful protest" else s)
                    for s, texts in TEMPLATES.items() for t in texts for p in PLACES]

        def fit(**options: Any) -> SubEventModel:
            return train(examples, options=TrainOptions(use_rules=False, **options))  # noqa: B023

        label, score = fit().predict([Example(text=NO_ACT)])[0]
        assert label == sub
        coded = reclassify([empty], fit(event_margin=score - 0.01, vague_event_margin=score + 0.01))[0]
        assert [m.sub_event_type for m in coded.mentions] == ([] if vague else [sub])
        coded = reclassify([empty], fit(event_margin=score - 0.01, vague_event_margin=score - 0.01))[0]
        assert [m.sub_event_type for m in coded.mentions] == [sub]


@pytest.mark.parametrize("text, lead", [
    ("Gunmen attacked a market. Two died.", "Gunmen attacked a market."),
    ("  One sentence only, no stop", "One sentence only, no stop"),
    ("On 3 Jan. 2021 militants struck. Calm.", "On 3 Jan. 2021 militants struck."),
])
def test_lead_sentence(text: str, lead: str) -> None:

    start, end = lead_sentence(text)
    assert text[start:end] == lead


# A report of soldiers fighting gunmen, read by the rules as an attack on the soldiers (made up).
FIGHT = {
    "en": "Gunmen attacked soldiers near Ravelo; the soldiers returned fire.",
    "fr": "Des hommes armés ont attaqué des soldats près de Ravelo ; les soldats ont riposté.",
}


def _reading_examples() -> list[Example]:
    """Notes whose rules' reading says 'Attack on state forces' but whose gold says 'Armed clash'."""
    out = []
    for p in PLACES:
        out.append(Example(text=f"Gunmen and soldiers fought near {p}.", rule_sub="Attack", inter1=3, inter2=1,
                           label="Armed clash", trigger="attacked"))
        out.append(Example(text=f"Gunmen shot dead two farmers in {p}.", rule_sub="Attack", inter1=3, inter2=7,
                           civilian_targeting=True, label="Attack", trigger="shot"))
        out.append(Example(text=f"Residents marched in {p}.", rule_sub="Peaceful protest", inter1=8,
                           label="Peaceful protest", trigger="marched"))
    return out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_reading_model_codes_mentions_in_other_languages(lang: str) -> None:
    """A model fitted on English notes recodes a French mention from the rules' language-neutral
    reading (actor types, toll, ...; not the act word); the rules' type stays unless the reading
    model prefers another by more than ``rule_bonus``."""
    from eventfuse.records import Actor

    text = FIGHT[lang]
    x = _extraction(text, [(text, "Attack")])
    m = replace(x.mentions[0], language=lang, actor1=Actor("Unidentified Armed Group", 3), actor2=Actor("Military", 1))
    x = replace(x, article=replace(x.article, language=lang), mentions=(m,))
    model = train(_reading_examples())
    assert model.reading is not None and "trigger=attacked" not in model.reading[0].vocabulary_
    assert reclassify([x], model)[0].mentions[0].sub_event_type == "Armed clash"
    stubborn = train(_reading_examples(), options=TrainOptions(rule_bonus=1e9))
    coded = reclassify([x], stubborn)[0].mentions[0]
    assert coded.sub_event_type == ("Armed clash" if lang == "en" else "Attack")  # English: the text model
    text_only = train(_reading_examples(), options=TrainOptions(use_rules=False))
    assert text_only.reading is None


def test_reading_model_survives_saving(tmp_path: Path) -> None:
    model = train(_reading_examples())
    loaded = load_model(save_model(model, tmp_path / "reading.model"))
    ex = [Example(text="x", rule_sub="Attack", inter1=3, inter2=1)]
    assert loaded.predict_reading(ex) == model.predict_reading(ex)
    assert read_header(tmp_path / "reading.model")["version"] == 3


def test_invented_corpus_adds_every_type_in_the_notes_language(acled_csv: Path, tmp_path: Path) -> None:
    """The project's invented sentences (never ACLED's) join the notes, weighted down: a model
    trained on an export holding five types knows all 25, and its header says what was added."""
    english = corpus_lines(("en",))
    assert english and {r["lang"] for r in english} == {"en"} and {r["label"] for r in english} == set(BY_NAME)
    assert {r["lang"] for r in corpus_lines(("en", "fr"))} == {"en", "fr"}
    assert len(corpus_examples(("en",), use_rules=False)) == len(english)
    out = tmp_path / "corpus.model"
    train_from_acled(acled_csv, out=out, settings=Settings(progress=False),
                     options=TrainOptions(use_rules=False, corpus_weight=0.3))
    header = read_header(out)
    assert set(header["labels"]) == set(BY_NAME)
    assert header["added_examples"] == len(english) and header["options"]["corpus_weight"] == 0.3
    assert header["data"]["corpus"]["sentences"] == len(english) and len(header["data"]["corpus"]["sha256"]) == 64
    without = tmp_path / "notes.model"
    train_from_acled(acled_csv, out=without, settings=Settings(progress=False),
                     options=TrainOptions(use_rules=False, corpus_weight=0.0))
    assert set(read_header(without)["labels"]) == set(TEMPLATES) and read_header(without)["added_examples"] == 0
    assert load_model(out).featurizer.options.__class__.__name__ == "ModelOptions"
