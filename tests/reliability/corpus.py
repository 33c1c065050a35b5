"""A fuzz corpus of hostile inputs for the readers, written to a folder from a seed.

Every case is a file; its ``entries`` are the sources its records must cover ("lost" means a
file or entry with neither an article nor a skip record). Texts carry the case number so no
two cases are exact duplicates. Families: random bytes, broken encodings, deep nesting,
huge lines, hostile HTML, hostile feeds, symbol runs, long prose, other scripts.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROSE = (
    (
        "Gunmen attacked a village near the river on Monday, killing three civilians and "
        "wounding five others, local officials said on Tuesday."
    ),
    (
        "Des hommes armés ont attaqué un village près du fleuve lundi, tuant trois civils, "
        "ont indiqué mardi des responsables locaux."
    ),
    (
        "Soldiers clashed with militants at a checkpoint outside the town on Friday; two "
        "soldiers died, the army said in a statement."
    ),
)
SUFFIXES = (".txt", ".md", ".jsonl", ".json", ".html", ".rss", ".atom", ".xml")


@dataclass(frozen=True)
class Case:
    """One generated input: its family, its file, and the sources its records must cover."""

    family: str
    path: Path
    entries: tuple[str, ...]  # sources that must each get a record ("" = the file itself)


Maker = Callable[[random.Random, int], tuple[str, bytes, int]]  # -> suffix, data, entries


def _prose(rng: random.Random, number: int) -> str:
    return f"Report {number}. " + " ".join(rng.sample(PROSE, k=2))


def random_bytes(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    size = rng.choice((1, 7, 64, 1000, 20_000))
    return rng.choice(SUFFIXES), rng.randbytes(size), 0


def broken_encoding(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    text = _prose(rng, number)
    variants: list[bytes] = [
        text.encode("utf-8")[:-1] + b"\xc3",  # truncated UTF-8 sequence
        text.encode("utf-8") + "é".encode("cp1252") + "é".encode(),  # mixed encodings
        text.encode(rng.choice(("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))),  # no BOM
        b"\xff\xfe" + text.encode("utf-8"),  # a UTF-16 BOM on UTF-8
        b"\xef\xbb\xbf" + b"\xef\xbb\xbf" + text.encode("utf-8"),  # two BOMs
        text.encode("utf-8").replace(b" ", b"\x00", 3),  # stray NUL bytes
        text.encode("utf-8") + b"\xed\xa0\x80",  # an encoded surrogate
    ]
    data = rng.choice(variants)
    if rng.random() < 0.3:
        line = json.dumps({"text": text}).encode("ascii")[:-2] + b"\\ud800\"}"
        return ".jsonl", line + b"\n" + data.replace(b"\n", b" ") + b"\n", 2
    return rng.choice((".txt", ".md", ".html")), data, 0


def nesting(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    depth = rng.choice((1_000, 100_000))
    good = json.dumps({"text": _prose(rng, number)})
    kind = rng.choice(("jsonl", "json", "html", "feed"))
    if kind == "jsonl":
        deep = "[" * depth + "]" * depth if rng.random() < 0.5 else '{"a":' * depth + "1" + "}" * depth
        return ".jsonl", f"{good}\n{deep}\n{good.replace('Report', 'Again')}\n".encode(), 3
    if kind == "json":
        return ".json", ('{"text": ' * depth + '"x"' + "}" * depth).encode(), 0
    if kind == "html":
        body = "<div><span>" * (depth // 10) + _prose(rng, number)
        return ".html", f"<html><body>{body}</body></html>".encode(), 0
    items = "<item><title>t</title><description>" + "<b>" * (depth // 10)
    return ".rss", f'<rss version="2.0"><channel><title>x</title>{items}</channel></rss>'.encode(), 0


def huge_line(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    big = json.dumps({"text": "word " * rng.choice((50_000, 300_000))})
    first = json.dumps({"text": _prose(rng, number)})
    last = json.dumps({"text": _prose(rng, number + 100_000)})
    return ".jsonl", f"{first}\n{big}\n{last}\n".encode(), 3


def hostile_html(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    prose = _prose(rng, number)
    pages = [
        "<script>" + "x" * 100_000 + "</script>",
        "<html><body><p>" + prose + "<p>" * 5_000,
        "<html>" + "<!-- c -->" * 20_000 + "<p>" + prose + "</p></html>",
        '<html><body><p title="' + "a" * 200_000 + '">' + prose + "</p></body></html>",
        "<html><body>" + "&amp;" * 50_000 + "<p>" + prose + "</p></body></html>",
        '<html lang="ar"><body><p>' + prose + "</p></body></html>",
        "<html><body><p>" + "\u202e\u200b" * 1000 + prose + "</p></body></html>",
        "<html><head><meta charset='utf-16'></head><body><p>" + prose + "</p></body></html>",
    ]
    return ".html", rng.choice(pages).encode("utf-8"), 0


def _feed(items: list[str]) -> str:
    body = "".join(items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{body}</channel></rss>'


def hostile_feed(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    prose = _prose(rng, number)

    def item(n: int, date: str) -> str:
        return f"<item><title>T{n}</title><description>{prose} Item {n}.</description><pubDate>{date}</pubDate></item>"

    dates = ["0000-00-00", "9999-99-99", "Mon, 32 Foo 2025", "-1", "2025-02-30", "", "1e309"]
    kind = rng.choice(("dates", "laughs", "xxe", "empty-items", "many"))
    if kind == "dates":
        items = [item(n, rng.choice(dates)) for n in range(4)]
        return ".rss", _feed(items).encode(), 4
    if kind == "laughs":
        ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
            f'<!ENTITY a{i} "{("&a;" if i == 1 else f"&a{i - 1};") * 10}">' for i in range(1, 9)
        )
        doc = _feed([item(0, "2025-01-01").replace(prose, "&a8; " + prose)])
        return ".rss", f"<!DOCTYPE rss [{ents}]>{doc.split('?>', 1)[1]}".encode(), 0
    if kind == "xxe":
        doc = _feed([item(0, "2025-01-01").replace(prose, "&x; " + prose)])
        dtd = '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        return ".rss", (dtd + doc.split("?>", 1)[1]).encode(), 0
    if kind == "empty-items":
        return ".rss", _feed(["<item><title>x</title></item>", item(1, "2025-01-01")]).encode(), 2
    return ".rss", _feed([item(n, "2025-01-01") for n in range(30)]).encode(), 30


def symbol_runs(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    symbol = rng.choice(("=", "#", "*", "(", "'", "%", "—", "!?", "/x"))
    run = symbol * (20_000 // len(symbol))
    text = f"{run} {_prose(rng, number)}" if rng.random() < 0.5 else f"{_prose(rng, number)}\n{run}"
    return rng.choice((".txt", ".md")), text.encode("utf-8"), 0


def long_prose(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    paragraphs = rng.choice((2_000, 8_000))  # about 0.3 or 1.1 million characters
    text = "\n".join(f"{rng.choice(PROSE)} ({number}.{n})" for n in range(paragraphs))
    return ".txt", text.encode("utf-8"), 0


def other_scripts(rng: random.Random, number: int) -> tuple[str, bytes, int]:
    texts = (
        "هاجم مسلحون قرية قرب النهر يوم الاثنين وقتلوا ثلاثة مدنيين",
        "周一，武装分子袭击了河边的一个村庄，打死三名平民。",
        "В понедельник боевики напали на деревню у реки, убив трёх мирных жителей.",
    )
    text = f"{rng.choice(texts)} {number}"
    if rng.random() < 0.5:
        return ".jsonl", (json.dumps({"text": text}, ensure_ascii=False) + "\n").encode(), 1
    return ".txt", text.encode("utf-8"), 0


FAMILIES: dict[str, Maker] = {
    "random bytes": random_bytes,
    "broken encodings": broken_encoding,
    "nesting": nesting,
    "huge lines": huge_line,
    "hostile html": hostile_html,
    "hostile feeds": hostile_feed,
    "symbol runs": symbol_runs,
    "long prose": long_prose,
    "other scripts": other_scripts,
}


def _entries(path: Path, suffix: str, count: int) -> tuple[str, ...]:
    if count == 0:
        return ("",)
    mark = "#" if suffix in (".rss", ".atom", ".xml") else ":"
    return tuple(f"{path}{mark}{n}" for n in range(1, count + 1))


def generate(folder: Path, *, seed: int, per_family: int) -> list[Case]:
    """Write ``per_family`` cases of every family into ``folder``; the same seed gives the
    same files."""
    rng = random.Random(seed)
    cases: list[Case] = []
    number = 0
    for family, make in FAMILIES.items():
        for _ in range(per_family):
            number += 1
            suffix, data, count = make(rng, number)
            path = folder / f"{number:04d}-{family.replace(' ', '-')}{suffix}"
            path.write_bytes(data)
            cases.append(Case(family, path, _entries(path, suffix, count)))
    return cases
