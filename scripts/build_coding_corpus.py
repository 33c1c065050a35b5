"""Build ``src/eventfuse/data/coding_corpus/corpus.jsonl`` from the hand-written frames.

The frames (``scripts/coding_corpus_frames_*.py``) were written for this project; this script
fills their slots with invented place and region names, generic actor phrases, numbers and days,
deterministically (fixed seed), and writes one JSON line per sentence:
``{"text", "lang", "label", "register", "note"}`` plus ``non_event_kind`` when label is "none".

Run: ``.venv/bin/python scripts/build_coding_corpus.py`` (rewrites the file; same output each run).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from coding_corpus_frames_a import FRAMES_A
from coding_corpus_frames_b import FRAMES_B
from coding_corpus_frames_c import FRAMES_C
from coding_corpus_frames_d import NONE_FRAMES
from coding_corpus_frames_e import FRAMES_E, NONE_FRAMES_E

OUT = Path(__file__).resolve().parents[1] / "src/eventfuse/data/coding_corpus/corpus.jsonl"
SEED = 14
EVENT_FILLS = 2
NONE_FILLS = 3

REGISTERS = {
    "w": "wire",
    "l": "local_press",
    "o": "official_statement",
    "n": "ngo_report",
    "b": "security_brief",
    "s": "social_media",
}

# Invented place and region names (checked not to be place names of the evaluation sets).
PLACES = (
    "Kessoura", "Mbalinde", "Tarvosa", "Ouli-Bara", "San Teodoro", "Korvani", "Baldera",
    "Nyamtoro", "Qasr Amin", "Dhul Hamra", "Port Selwyn", "Ilembe", "Kouandara", "Arandel",
    "Bokandi", "Sidi Marwan", "Tenkorro", "Yarubo", "Djemani", "Fallowa", "Kiriba", "Lundaru",
    "Marvella", "Ostrelin", "Pangoro", "Quelimbe", "Ravalo", "Sambiri", "Torgala", "Umbara",
    "Vaskovo", "Wendari", "Xambala", "Zenkou", "Akoumba", "Belvara", "Cassanga", "Dalmira",
    "Essoumi", "Fandara", "Gomboro", "Hassi Mellal", "Iferane", "Jabal Nur", "Kalowe",
    "Mirabad", "Nossende", "Palmeira", "Rio Verdejo", "Santa Lucinda", "Tchimbélé", "Valdoro",
)
REGIONS = (
    "Dorsaly", "Kalambo", "Tiwara", "Makuru", "Belanga", "Sahra Kebir", "Ossiri", "Lunda Alta",
    "Mavoro", "Pendaro", "Hautes-Collines", "Kivandi", "Serenga", "Bas-Delta",
)
COUNTRIES = (  # (English "in ...", French "au/en ...")
    ("in Nigeria", "au Nigeria"), ("in Colombia", "en Colombie"), ("in Myanmar", "en Birmanie"),
    ("in Yemen", "au Yémen"), ("in Somalia", "en Somalie"), ("in the Philippines", "aux Philippines"),
    ("in Mexico", "au Mexique"), ("in Pakistan", "au Pakistan"), ("in DR Congo", "en RD Congo"),
    ("in Sudan", "au Soudan"), ("in Burkina Faso", "au Burkina Faso"), ("in Niger", "au Niger"),
    ("in Mali", "au Mali"), ("in Cameroon", "au Cameroun"), ("in Mozambique", "au Mozambique"),
    ("in Ethiopia", "en Éthiopie"), ("in Iraq", "en Irak"), ("in Syria", "en Syrie"),
    ("in Afghanistan", "en Afghanistan"), ("in Haiti", "en Haïti"),
    ("in the Central African Republic", "en Centrafrique"), ("in Chad", "au Tchad"),
    ("in Libya", "en Libye"), ("in Lebanon", "au Liban"), ("in India", "en Inde"),
    ("in Ukraine", "en Ukraine"), ("in Kenya", "au Kenya"), ("in Peru", "au Pérou"),
    ("in Guinea", "en Guinée"), ("in Bangladesh", "au Bangladesh"),
)
SLOTS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "A": ("gunmen", "armed men", "militants", "rebel fighters", "suspected jihadists",
              "insurgents", "militiamen", "unidentified gunmen", "assailants"),
        "S": ("soldiers", "troops", "security forces", "government forces", "the army",
              "gendarmes", "army units", "police officers"),
        "G": ("Black River Front", "Northern Liberation Movement", "Eastern Patriotic Union",
              "Free Hills Brigade", "People's Defence Army", "Valley Sons militia"),
        "Q": ("students", "teachers", "traders", "health workers", "taxi drivers", "residents",
              "women", "farmers", "miners", "civil servants"),
        "D": ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
              "on Saturday", "on Sunday", "overnight", "on 4 March", "on 17 June",
              "on 22 October", "late on Friday", "early on Wednesday", "on 9 January"),
    },
    "fr": {
        "A": ("des hommes armés", "des militants", "des combattants rebelles",
              "des jihadistes présumés", "des insurgés", "des miliciens",
              "des hommes armés non identifiés", "des assaillants"),
        "S": ("des soldats", "les forces de sécurité", "les forces armées", "des militaires",
              "les troupes gouvernementales", "des gendarmes", "les forces de défense"),
        "G": ("Front de la Rivière Noire", "Mouvement de libération du Nord",
              "Front patriotique de l'Est", "Mouvement des Fils de la Vallée",
              "Rassemblement pour la défense du peuple", "Front des collines libres"),
        "Q": ("étudiants", "enseignants", "commerçants", "agents de santé", "chauffeurs de taxi",
              "habitants", "femmes", "cultivateurs", "orpailleurs", "fonctionnaires"),
        "D": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
              "dans la nuit", "le 4 mars", "le 17 juin", "le 22 octobre", "vendredi soir",
              "tôt mercredi", "le 9 janvier"),
    },
}
MONTHS = {
    "en": ("January", "March", "May", "June", "August", "October", "November"),
    "fr": ("janvier", "mars", "mai", "juin", "août", "octobre", "novembre"),
}
SLOT_RE = re.compile(r"\{([A-Za-z0-9]+)\}")


def _fill(frame: str, lang: str, rng: random.Random) -> str:
    table = SLOTS[lang]
    country = rng.choice(COUNTRIES)
    values = {
        "P": rng.choice(PLACES),
        "R": rng.choice(REGIONS),
        "N": str(rng.choice((2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 14, 15, 18, 20, 23, 27, 31, 40))),
        "inC": country[0] if lang == "en" else country[1],
        "Q2": rng.choice(table["Q"]),
    }
    for key in ("A", "S", "G", "Q", "D"):
        values[key] = rng.choice(table[key])
    text = SLOT_RE.sub(lambda m: values[m.group(1)], frame)
    if lang == "fr":
        text = text.replace(" de des ", " de ").replace(" à les ", " aux ").replace(" de les ", " des ")
        text = re.sub(r"\b([dD]e|[qQ]ue) ([aeiouhAEIOUHéÉèÈ])", lambda m: m.group(1)[0] + "'" + m.group(2), text)
    return text[0].upper() + text[1:]


def _dateline(lang: str, rng: random.Random) -> str:
    place = rng.choice(PLACES).upper()
    day = rng.randint(1, 28)
    month = rng.choice(MONTHS[lang])
    return f"{place}, {month} {day} — " if lang == "en" else f"{place}, {day} {month} — "


def build() -> list[dict[str, str]]:
    rng = random.Random(SEED)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    # (label, non-event kind, frames, fills, number of the first frame): part E comes after A-D so
    # that their sentences (and the random draws that fill them) stay as they were
    groups: list[tuple[str, str | None, dict[str, list[str]], int, dict[str, int]]] = []
    for table in (FRAMES_A, FRAMES_B, FRAMES_C):
        groups += [(label, None, frames, EVENT_FILLS, {}) for label, frames in table.items()]
    groups += [("none", kind, frames, NONE_FILLS, {}) for kind, frames in NONE_FRAMES.items()]
    before = {label: frames for table in (FRAMES_A, FRAMES_B, FRAMES_C) for label, frames in table.items()}
    groups += [(label, None, frames, EVENT_FILLS, {lang: len(before[label][lang]) for lang in frames})
               for label, frames in FRAMES_E.items()]
    groups += [("none", kind, frames, NONE_FILLS, {lang: len(NONE_FRAMES.get(kind, {}).get(lang, [])) for lang in frames})
               for kind, frames in NONE_FRAMES_E.items()]
    for label, kind, frames, fills, first in groups:
        for lang in ("en", "fr"):
            for index, entry in enumerate(frames[lang], start=first.get(lang, 0)):
                reg, frame = entry.split("|", 1)
                made = 0
                for attempt in range(12):
                    if made == fills:
                        break
                    text = _fill(frame, lang, rng)
                    if reg == "w" and (attempt % 2 == 1 or "{" not in frame):
                        text = _dateline(lang, rng) + text
                    if text in seen:
                        continue
                    seen.add(text)
                    made += 1
                    row = {
                        "text": text,
                        "lang": lang,
                        "label": label,
                        "register": REGISTERS[reg],
                        "note": f"frame {index + 1} of {label if kind is None else kind} ({lang}), fill {made}",
                    }
                    if kind is not None:
                        row["non_event_kind"] = kind
                    rows.append(row)
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences -> {OUT}")


if __name__ == "__main__":
    main()
