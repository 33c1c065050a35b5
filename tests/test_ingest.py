"""Tests for eventfuse.ingest: readers, URL safety, bad inputs, duplicates, order."""

from __future__ import annotations

import ipaddress
import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from eventfuse.config import Settings
from eventfuse.errors import SKIP_REASONS, FetchError
from eventfuse.ingest import IngestStats, read_inputs, urls
from eventfuse.ingest.language import detect_language, normalise_language
from eventfuse.ingest.published import parse_date
from eventfuse.ingest.text import decode_bytes, normalise_text
from eventfuse.records import Article, Skipped

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
LANGS = ["en", "fr"]
PRIVATE_OK = Settings(allow_private_urls=True)


def read(
    inputs: list[str | Path], settings: Settings = PRIVATE_OK, stats: IngestStats | None = None
) -> list[Article | Skipped]:
    return list(read_inputs([str(i) for i in inputs], settings=settings, stats=stats))


def articles(items: list[Article | Skipped]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def skips(items: list[Article | Skipped]) -> list[Skipped]:
    return [i for i in items if isinstance(i, Skipped)]


# --------------------------------------------------------------------------- readers


@pytest.mark.parametrize("lang", LANGS)
def test_text_file(lang: str) -> None:
    path = FIXTURES / f"report_{lang}.txt"
    [article] = read([path])
    assert isinstance(article, Article)
    raw = path.read_text(encoding="utf-8")
    assert article.text == raw.strip()
    assert article.id == Article.make_id(article.text)
    assert article.title == raw.splitlines()[0]
    assert article.language == lang
    assert article.source == str(path)
    assert article.published is None
    assert article.retrieved_at == datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_file_title_without_hashes(lang: str) -> None:
    path = FIXTURES / f"note_{lang}.md"
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.text.startswith("# ")  # the text is kept as written
    assert article.title is not None and not article.title.startswith("#")
    assert article.title in article.text
    assert article.language == lang


def test_single_line_text_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("Armed men attacked a checkpoint on the main road on Monday.\n")
    [article] = read([path])
    assert isinstance(article, Article) and article.title is None


@pytest.mark.parametrize(
    ("lang", "title", "outlet", "url"),
    [
        ("en", "Market attacked in central region", "Sahel Daily",
         "https://saheldaily.example/news/market-attack"),
        ("fr", "Un marché attaqué dans le centre", "Le Quotidien du Sahel",
         "https://quotidiensahel.example/actualites/marche-attaque"),
    ],
)  # fmt: skip
def test_html_file(lang: str, title: str, outlet: str, url: str) -> None:
    [article] = read([FIXTURES / f"page_{lang}.html"])
    assert isinstance(article, Article)
    assert article.title == title
    assert article.outlet == outlet
    assert article.url == url
    assert article.published == date(2025, 11, 9)
    assert article.language == lang
    # main text kept, navigation and footer dropped
    assert ("traders" if lang == "en" else "commerçants") in article.text
    assert "Copyright" not in article.text
    assert "Politi" not in article.text.split("\n")[0]


@pytest.mark.parametrize(
    ("lang", "dates"),
    [
        ("en", [date(2025, 11, 11), date(2025, 11, 11), None]),
        ("fr", [date(2025, 11, 11), date(2025, 11, 11), None]),
    ],
)
def test_rss_feed_with_english_and_french_dates(lang: str, dates: list[date | None]) -> None:
    path = FIXTURES / f"feed_{lang}.rss"
    stats = IngestStats()
    items = read([path], stats=stats)
    found = articles(items)
    assert [a.published for a in found] == dates
    assert [a.source for a in found] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert all(a.language == lang for a in found)
    assert all(a.url and a.url.startswith("https://") for a in found)
    assert all(a.outlet and a.outlet.startswith(("Sahel Daily", "Le Quotidien")) for a in found)
    # HTML in descriptions is stripped, paragraphs become lines
    assert "<p>" not in found[0].text and "\n" in found[0].text
    # the unparsable date is counted (EF106) but its article is kept; the empty entry is EF101
    assert [(s.source, s.reason) for s in skips(items)] == [
        (f"{path}#3", "EF106"),
        (f"{path}#4", "EF101"),
    ]
    assert stats.skipped == {"EF106": 1, "EF101": 1}
    assert stats.articles == 3


def test_rss_date_keeps_the_local_day() -> None:
    # "Tue, 11 Nov 2025 00:30:00 +0100" is 10 Nov in UTC; the day as written is kept
    first = articles(read([FIXTURES / "feed_en.rss"]))[0]
    assert first.published == date(2025, 11, 11)


def test_atom_feed() -> None:
    [article] = read([FIXTURES / "feed_en.atom"])
    assert isinstance(article, Article)
    assert article.title == "Bridge destroyed by explosion"
    assert article.url == "https://saheldaily.example/news/bridge"
    assert article.published == date(2025, 11, 10)
    assert article.outlet == "Sahel Daily - Atom"


def test_jsonl_file() -> None:
    path = FIXTURES / "articles.jsonl"
    items = read([path])
    assert skips(items) == []
    found = articles(items)
    assert [a.given_id for a in found] == ["en-1", "fr-1", None, None]
    assert [a.language for a in found] == ["en", "fr", "en", "fr"]  # given, "fr-FR", detected
    assert [a.published for a in found] == [
        date(2025, 11, 6), date(2025, 11, 6), date(2025, 11, 9), None,
    ]  # fmt: skip
    assert [a.source for a in found] == [f"{path}:{n}" for n in range(1, 5)]
    assert found[0].outlet == "Sahel Daily" and found[0].title == "Trader shot dead"
    for article in found:
        assert article.id == Article.make_id(article.text) != article.given_id


@pytest.mark.parametrize("lang", LANGS)
def test_json_document_object_and_array(tmp_path: Path, lang: str) -> None:
    text = (FIXTURES / f"report_{lang}.txt").read_text(encoding="utf-8")
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": 7, "text": text, "language": lang}, indent=2))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": text + " (1)"}, {"title": "no text"}]))
    items = read([one, many])
    found = articles(items)
    assert found[0].given_id == "7" and found[0].source == str(one)
    assert found[1].source == f"{many}[0]" and found[1].language == lang
    assert [(s.source, s.reason) for s in skips(items)] == [(f"{many}[1]", "EF114")]


# --------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("en", "en"), ("EN", "en"), ("English", "en"), ("en-US", "en"), ("en_GB", "en"),
        ("eng", "en"), ("fr", "fr"), ("fr-FR", "fr"), ("French", "fr"), ("Français", "fr"),
        ("fra", "fr"), ("de", None), ("German", None), ("", None), (None, None),
    ],
)  # fmt: skip
def test_normalise_language(value: str | None, expected: str | None) -> None:
    assert normalise_language(value) == expected


@pytest.mark.parametrize("lang", LANGS)
def test_detect_language(lang: str) -> None:
    text = (FIXTURES / f"report_{lang}.txt").read_text(encoding="utf-8")
    other = "fr" if lang == "en" else "en"
    assert detect_language(text, fallback=other) == lang


@pytest.mark.parametrize("lang", LANGS)
def test_short_text_falls_back_to_default_language(lang: str) -> None:
    [article] = read_inputs_text("Gao, Mali.", default_language=lang)
    assert article.language == lang


def read_inputs_text(text: str, *, default_language: str) -> list[Article]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "short.txt"
        path.write_text(text, encoding="utf-8")
        settings = Settings(default_language=default_language)
        return articles(list(read_inputs([str(path)], settings=settings)))


def test_given_unsupported_language_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    rows = [
        {"text": "Bewaffnete Männer griffen am Montag ein Dorf an.", "language": "de"},
        {"text": "Armed men attacked a village on Monday morning.", "language": "English"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    items = read([path])
    assert [(s.source, s.reason) for s in skips(items)] == [(f"{path}:1", "EF113")]
    assert [a.language for a in articles(items)] == ["en"]


def test_html_lang_attribute(tmp_path: Path) -> None:
    page = (FIXTURES / "page_en.html").read_text(encoding="utf-8")
    german = tmp_path / "de.html"
    german.write_text(page.replace('lang="en"', 'lang="de-DE"'), encoding="utf-8")
    # a declared en/fr is only a hint: the text decides
    wrong = tmp_path / "wrong.html"
    wrong.write_text(page.replace('lang="en"', 'lang="fr"'), encoding="utf-8")
    items = read([german, wrong])
    assert [(s.source, s.reason) for s in skips(items)] == [(str(german), "EF113")]
    assert [a.language for a in articles(items)] == ["en"]


def test_feed_in_unsupported_language_is_skipped(tmp_path: Path) -> None:
    feed = (FIXTURES / "feed_en.atom").read_text(encoding="utf-8")
    path = tmp_path / "es.atom"
    path.write_text(feed.replace("<feed ", '<feed xml:lang="es" '), encoding="utf-8")
    items = read([path])
    assert articles(items) == []
    assert [s.reason for s in skips(items)] == ["EF113"]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-11-11", date(2025, 11, 11)),
        ("2025-11-11T23:30:00-05:00", date(2025, 11, 11)),
        ("2025-11-11T10:00:00Z", date(2025, 11, 11)),
        ("Tue, 11 Nov 2025 10:00:00 +0100", date(2025, 11, 11)),
        ("Tuesday, November 11, 2025", date(2025, 11, 11)),
        ("Nov 11th, 2025", date(2025, 11, 11)),
        ("11 November 2025", date(2025, 11, 11)),
        ("mar., 11 nov. 2025 10:00:00", date(2025, 11, 11)),
        ("mar., 11 nov. 2025 10:00:00 +0100", date(2025, 11, 11)),
        ("11 novembre 2025", date(2025, 11, 11)),
        ("mardi 11 novembre 2025 à 10h00", date(2025, 11, 11)),
        ("1er mars 2024", date(2024, 3, 1)),
        ("lun. 3 févr. 2025", date(2025, 2, 3)),
        ("15 août 2025", date(2025, 8, 15)),
        ("15 aout 2025", date(2025, 8, 15)),
        ("4 déc. 2024", date(2024, 12, 4)),
        ("2025/11/11", date(2025, 11, 11)),
        ("31 février 2025", None),
        ("le mois prochain", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_unparsable_published_keeps_article_and_counts_ef106(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    rows = [
        {"text": "Armed men attacked a village on Monday morning.", "published": "someday"},
        {"text": "Des hommes armés ont attaqué un village lundi matin.", "published": 20251111.5},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    items = read([path])
    assert [type(i).__name__ for i in items] == ["Article", "Skipped", "Article", "Skipped"]
    assert [a.published for a in articles(items)] == [None, None]
    assert [(s.source, s.reason) for s in skips(items)] == [
        (f"{path}:1", "EF106"),
        (f"{path}:2", "EF106"),
    ]


# --------------------------------------------------------------------------- text & decoding


def test_normalise_text() -> None:
    raw = "  Title\r\nLine two\rLine thre\u0301e\u00a0 \n\n"
    assert normalise_text(raw) == "Title\nLine two\nLine thre\u0301e".replace("e\u0301", "é")


def test_decoding_utf8_bom_utf16_and_cp1252(tmp_path: Path) -> None:
    text = "Des hommes armés ont attaqué « le village » à l'aube, selon l'élu local."
    for name, data in [
        ("bom.txt", "\ufeff".encode() + text.encode("utf-8")),
        ("utf16.txt", text.encode("utf-16")),
        ("cp1252.txt", text.replace("'", "\u2019").encode("cp1252")),
        ("latin1.txt", text.encode("latin-1")),
    ]:
        (tmp_path / name).write_bytes(data)
    for path in sorted(tmp_path.iterdir()):
        [article] = read([path])
        assert isinstance(article, Article), path.name
        assert article.text.replace("\u2019", "'") == text
        assert article.language == "fr"


def test_decoding_rejects_binary_and_undecodable() -> None:
    with pytest.raises(Exception) as binary:
        decode_bytes(b"GIF89a\x00\x01\x02\x03")
    assert getattr(binary.value, "code", None) == "EF102"
    # bytes that are neither UTF-8 nor plausible single-byte text
    noise = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(Exception) as undecodable:
        decode_bytes(noise)
    assert getattr(undecodable.value, "code", None) == "EF104"


# --------------------------------------------------------------------------- bad inputs


def _write_bad_and_good(folder: Path) -> None:
    shutil.copy(FIXTURES / "report_en.txt", folder / "a_good_en.txt")
    shutil.copy(FIXTURES / "report_fr.txt", folder / "b_good_fr.txt")
    (folder / "c_empty.txt").write_bytes(b"")
    (folder / "d_blank.md").write_text("  \n\t\n")
    (folder / "e_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "f_big.txt").write_text("word " * 300)  # 1500 bytes > max_bytes below
    (folder / "g_garbage.txt").write_bytes(bytes(range(0x80, 0x100)) * 2)
    lines = [
        json.dumps({"text": "Soldiers repelled an attack on a camp near the river on Sunday."}),
        '{"text": "unterminated',
        json.dumps({"title": "no text here"}),
        json.dumps({"text": "Des soldats ont repoussé une attaque dimanche.", "published": "?"}),
        "[1, 2]",
    ]
    (folder / "h_lines.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "i_image.png").write_bytes(b"\x89PNG....")
    (folder / "j_nav.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>"
    )
    (folder / "k_broken.xml").write_text("<this is not <xml at all & never closed")
    (folder / ".hidden.txt").write_text("Hidden files are left out of folder walks.")


def test_bad_inputs_get_their_codes_and_the_run_continues(tmp_path: Path) -> None:
    _write_bad_and_good(tmp_path)
    stats = IngestStats()
    items = read([tmp_path, tmp_path / "missing.txt"], Settings(max_bytes=1000), stats)
    got = [(Path(s.source).name, s.reason) for s in skips(items)]
    assert got == [
        ("c_empty.txt", "EF101"),
        ("d_blank.md", "EF101"),
        ("e_binary.txt", "EF102"),
        ("f_big.txt", "EF103"),
        ("g_garbage.txt", "EF104"),
        ("h_lines.jsonl:2", "EF105"),
        ("h_lines.jsonl:3", "EF114"),
        ("h_lines.jsonl:4", "EF106"),
        ("h_lines.jsonl:5", "EF105"),
        ("i_image.png", "EF107"),
        ("j_nav.html", "EF110"),
        ("k_broken.xml", "EF111"),
        ("missing.txt", "EF112"),
    ]
    assert all(s.detail for s in skips(items))
    assert all(s.reason in SKIP_REASONS for s in skips(items))
    good = articles(items)
    assert [Path(a.source or "").name for a in good] == [
        "a_good_en.txt", "b_good_fr.txt", "h_lines.jsonl:1", "h_lines.jsonl:4",
    ]  # fmt: skip
    assert [a.language for a in good] == ["en", "fr", "en", "fr"]
    assert stats.articles == 4 and sum(stats.skipped.values()) == 13


def test_unexpected_error_is_ef115_and_run_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventfuse.ingest import reader

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(reader, "read_html", boom)
    shutil.copy(FIXTURES / "page_en.html", tmp_path / "a.html")
    shutil.copy(FIXTURES / "report_en.txt", tmp_path / "b.txt")
    items = read([tmp_path])
    assert [(Path(s.source).name, s.reason) for s in skips(items)] == [("a.html", "EF115")]
    assert "parser exploded" in skips(items)[0].detail
    assert [Path(a.source or "").name for a in articles(items)] == ["b.txt"]


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    [skip] = read([path], Settings(max_bytes=100))
    assert isinstance(skip, Skipped) and skip.reason == "EF103"
    assert path not in opened


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_large_jsonl_corpus_is_read_line_by_line(tmp_path: Path, lang: str) -> None:
    """A JSON Lines file over max_bytes is a corpus: each line is checked on its own."""
    text = {"en": "Gunmen attacked the market of a town on Monday.",
            "fr": "Des hommes armés ont attaqué le marché d'une ville lundi."}[lang]
    lines = [json.dumps({"id": f"a{i}", "text": f"{text} ({i})", "language": lang}) for i in range(30)]
    lines[3] = json.dumps({"text": "y" * 400})  # one article over the limit
    lines[5] = "{not json"
    big = tmp_path / "corpus.jsonl"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = Settings(max_bytes=300)
    assert big.stat().st_size > settings.max_bytes
    items = read([big], settings)
    assert [s.reason for s in skips(items)] == ["EF103", "EF105"]
    assert [s.source for s in skips(items)] == [f"{big}:4", f"{big}:6"]
    streamed = articles(items)
    assert len(streamed) == 28
    # the same lines in a small file give the same articles
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    assert [a.id for a in articles(read([small], Settings()))] == [a.id for a in streamed[:3]]


# --------------------------------------------------------------------------- duplicates & order


def test_duplicates_are_yielded_once(tmp_path: Path) -> None:
    text = (FIXTURES / "report_en.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text("\n\n" + text.replace("\n", "\r\n") + "   ")
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"id": "x", "text": text, "published": "nope"}) + "\n"
    )
    stats = IngestStats()
    items = read([tmp_path, tmp_path / "a.txt"], stats=stats)
    assert [Path(a.source or "").name for a in articles(items)] == ["a.txt"]
    assert skips(items) == []  # the EF106 of a duplicate that was not yielded is dropped too
    assert stats.duplicates == 3 and stats.articles == 1


def test_folder_order_is_deterministic(tmp_path: Path) -> None:
    names = ["b/z.txt", "a.txt", "b/a.txt", "c.txt", "b/c/d.txt", "B.txt"]
    for index, name in enumerate(reversed(names)):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Report number {index}: armed men attacked a village on Monday.")
    first = read([tmp_path])
    assert [str(Path(a.source or "").relative_to(tmp_path)) for a in articles(first)] == [
        "B.txt", "a.txt", "b/a.txt", "b/c/d.txt", "b/z.txt", "c.txt",
    ]  # fmt: skip
    assert read([tmp_path]) == first


def test_same_input_gives_equal_articles() -> None:
    assert read([FIXTURES]) == read([FIXTURES])


# --------------------------------------------------------------------------- URL safety


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.1.1", "private"),
        ("172.16.0.1", "private"), ("169.254.169.254", "link-local"), ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"), ("::1", "loopback"),
        ("fe80::1", "link-local"), ("fc00::1", "private"), ("::ffff:127.0.0.1", "loopback"),
        ("100.64.0.1", "not globally routable"), ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
    ],
)  # fmt: skip
def test_address_refusal(address: str, refused: str | None) -> None:
    assert urls.address_refusal(ipaddress.ip_address(address)) == refused


def _fake_getaddrinfo(table: dict[str, list[str]]) -> Callable[..., list[tuple[Any, ...]]]:
    def fake(host: str, port: int, *args: object, **kwargs: object) -> list[tuple[Any, ...]]:
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port)) for ip in table[host]]

    return fake


def test_check_url_resolves_and_checks_every_address(monkeypatch: pytest.MonkeyPatch) -> None:
    table = {"public.example": ["93.184.216.34"], "mixed.example": ["93.184.216.34", "10.0.0.5"]}
    monkeypatch.setattr(urls.socket, "getaddrinfo", _fake_getaddrinfo(table))
    settings = Settings()
    urls.check_url("https://public.example/news", settings=settings)  # no exception
    with pytest.raises(FetchError) as refused:
        urls.check_url("http://mixed.example/", settings=settings)
    assert refused.value.code == "EF109" and "10.0.0.5" in str(refused.value)
    with pytest.raises(FetchError) as unknown:
        urls.check_url("http://unknown.example/", settings=settings)
    assert unknown.value.code == "EF108"
    with pytest.raises(FetchError) as scheme:
        urls.check_url("file:///etc/passwd", settings=settings)
    assert scheme.value.code == "EF109"


@pytest.mark.parametrize("value", ["ftp://example.org/feed.xml", "file:///etc/hostname"])
def test_non_http_input_urls_are_refused(value: str) -> None:
    [skip] = read([value], Settings())
    assert isinstance(skip, Skipped) and skip.reason == "EF109" and skip.source == value


# --------------------------------------------------------------------------- URL fetching


class _Server:
    """A local HTTP server in a thread, serving fixed routes and recording requests."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str]] = []  # (path, user agent)
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, self.headers.get("User-Agent", "")))
                if self.path == "/slow":
                    time.sleep(1.5)
                status, headers, body = server.routes.get(self.path, (404, {}, b"not found"))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value.replace("{port}", str(server.port)))
                if "Content-Length" not in headers and not self.path.startswith("/stream"):
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except OSError:
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]


@pytest.fixture(scope="module")
def server() -> Iterator[_Server]:
    srv = _Server()
    html = "text/html; charset=utf-8"
    srv.routes.update(
        {
            "/page_en.html": (
                200,
                {"Content-Type": html},
                (FIXTURES / "page_en.html").read_bytes(),
            ),
            "/page_fr": (200, {"Content-Type": html}, (FIXTURES / "page_fr.html").read_bytes()),
            "/feed_fr": (
                200,
                {"Content-Type": "application/rss+xml"},
                (FIXTURES / "feed_fr.rss").read_bytes(),
            ),
            "/feed_as_html": (
                200,
                {"Content-Type": "text/html"},
                (FIXTURES / "feed_en.rss").read_bytes(),
            ),
            "/plain_en": (
                200,
                {"Content-Type": "text/plain; charset=utf-8"},
                (FIXTURES / "report_en.txt").read_bytes(),
            ),
            "/plain_fr_latin1": (
                200,
                {"Content-Type": "text/plain; charset=iso-8859-1"},
                (FIXTURES / "report_fr.txt").read_text(encoding="utf-8").encode("latin-1"),
            ),
            "/lines": (
                200,
                {"Content-Type": "application/x-ndjson"},
                (FIXTURES / "articles.jsonl").read_bytes(),
            ),
            "/binary": (200, {"Content-Type": "application/octet-stream"}, bytes(range(256))),
            "/redirect": (302, {"Location": "/plain_en"}, b""),
            "/redirect-absolute": (301, {"Location": "http://127.0.0.1:{port}/page_fr"}, b""),
            "/redirect-loop": (302, {"Location": "/redirect-loop"}, b""),
            "/redirect-loopback": (302, {"Location": "http://127.0.0.2:{port}/plain_en"}, b""),
            "/redirect-file": (302, {"Location": "file:///etc/hostname"}, b""),
            "/big": (200, {"Content-Type": "text/plain"}, b"word " * 400),
            "/stream-big": (200, {"Content-Type": "text/plain"}, b"word " * 400),
            "/error": (500, {"Content-Type": "text/plain"}, b"oops"),
            "/slow": (200, {"Content-Type": "text/plain"}, b"too late"),
        }
    )
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


@pytest.mark.parametrize(("lang", "path"), [("en", "/page_en.html"), ("fr", "/page_fr")])
def test_url_html(server: _Server, lang: str, path: str) -> None:
    settings = Settings(allow_private_urls=True, user_agent="eventfuse-test/1")
    before = datetime.now(UTC)
    [article] = read([server.base + path], settings)
    assert isinstance(article, Article)
    assert article.language == lang
    assert article.source == server.base + path
    assert article.published == date(2025, 11, 9)
    assert article.retrieved_at is not None
    assert before - timedelta(seconds=1) <= article.retrieved_at <= datetime.now(UTC)
    assert server.requests[-1] == (path, "eventfuse-test/1")
    local = articles(read([FIXTURES / f"page_{lang}.html"]))[0]
    assert article.id == local.id and article.text == local.text


def test_url_feed_with_french_dates(server: _Server) -> None:
    items = read([server.base + "/feed_fr"])
    found = articles(items)
    assert [a.published for a in found] == [date(2025, 11, 11), date(2025, 11, 11), None]
    assert [a.source for a in found] == [f"{server.base}/feed_fr#{n}" for n in (1, 2, 3)]
    assert all(a.language == "fr" for a in found)
    assert [s.reason for s in skips(items)] == ["EF106", "EF101"]


def test_url_feed_served_as_html_is_read_as_feed(server: _Server) -> None:
    found = articles(read([server.base + "/feed_as_html"]))
    assert len(found) == 3 and found[0].title == "Gendarmerie post attacked"


@pytest.mark.parametrize(("lang", "path"), [("en", "/plain_en"), ("fr", "/plain_fr_latin1")])
def test_url_plain_text(server: _Server, lang: str, path: str) -> None:
    [article] = read([server.base + path])
    assert isinstance(article, Article)
    expected = (FIXTURES / f"report_{lang}.txt").read_text(encoding="utf-8").strip()
    assert article.text == expected
    assert article.language == lang
    assert article.url == server.base + path


def test_url_jsonl(server: _Server) -> None:
    found = articles(read([server.base + "/lines"]))
    assert [a.given_id for a in found] == ["en-1", "fr-1", None, None]
    assert found[0].source == server.base + "/lines:1"


def test_url_unsupported_content_type(server: _Server) -> None:
    [skip] = read([server.base + "/binary"])
    assert isinstance(skip, Skipped) and skip.reason == "EF107"


def test_url_redirects_are_followed(server: _Server) -> None:
    [plain] = read([server.base + "/redirect"])
    assert isinstance(plain, Article)
    assert plain.url == server.base + "/plain_en" and plain.source == server.base + "/redirect"
    [page] = read([server.base + "/redirect-absolute"])
    assert isinstance(page, Article) and page.language == "fr"


def test_url_too_many_redirects(server: _Server) -> None:
    server.requests.clear()
    [skip] = read([server.base + "/redirect-loop"])
    assert isinstance(skip, Skipped) and skip.reason == "EF108" and "redirects" in skip.detail
    assert server.paths() == ["/redirect-loop"] * (urls.MAX_REDIRECTS + 1)


def test_url_redirect_to_other_scheme_is_refused(server: _Server) -> None:
    [skip] = read([server.base + "/redirect-file"])
    assert isinstance(skip, Skipped) and skip.reason == "EF109" and "file" in skip.detail


def test_loopback_url_is_refused_by_default(server: _Server) -> None:
    server.requests.clear()
    url = server.base + "/plain_en"
    [skip] = read([url], Settings())
    assert isinstance(skip, Skipped)
    assert (skip.source, skip.reason) == (url, "EF109")
    assert "loopback" in skip.detail
    assert server.requests == []  # refused before any request was sent


def test_redirect_to_loopback_is_refused(server: _Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first hop is allowed (127.0.0.1 treated as public); the redirect is re-checked."""
    real = urls.address_refusal
    monkeypatch.setattr(
        urls, "address_refusal", lambda a: None if str(a) == "127.0.0.1" else real(a)
    )
    server.requests.clear()
    [skip] = read([server.base + "/redirect-loopback"], Settings())
    assert isinstance(skip, Skipped) and skip.reason == "EF109"
    assert "127.0.0.2" in skip.detail and "loopback" in skip.detail
    assert server.paths() == ["/redirect-loopback"]


def test_connection_goes_to_the_checked_address(
    server: _Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The address judged is the address connected to: the name is not resolved again.

    The name resolves to 127.0.0.2 (treated as public here), which this server, bound to
    127.0.0.1 only, does not answer on: a second resolution by the HTTP client would have
    reached it instead.
    """
    real = urls.address_refusal
    monkeypatch.setattr(
        urls, "address_refusal", lambda a: None if str(a) == "127.0.0.2" else real(a)
    )
    monkeypatch.setattr(urls, "resolve", lambda host, port: [ipaddress.ip_address("127.0.0.2")])
    server.requests.clear()
    [skip] = read([server.base + "/plain_en"], Settings())
    assert isinstance(skip, Skipped) and skip.reason == "EF108"
    assert server.requests == []


def test_single_string_input() -> None:
    items = list(read_inputs(str(FIXTURES / "report_en.txt"), settings=PRIVATE_OK))
    assert len(items) == 1 and isinstance(items[0], Article)


@pytest.mark.parametrize("path", ["/big", "/stream-big"])
def test_url_size_limit(server: _Server, path: str) -> None:
    [skip] = read([server.base + path], Settings(allow_private_urls=True, max_bytes=1000))
    assert isinstance(skip, Skipped) and skip.reason == "EF103"


def test_url_http_error(server: _Server) -> None:
    [skip] = read([server.base + "/error"])
    assert isinstance(skip, Skipped) and skip.reason == "EF108" and "500" in skip.detail


def test_url_timeout(server: _Server) -> None:
    settings = Settings(allow_private_urls=True, url_timeout=0.3)
    [skip] = read([server.base + "/slow"], settings)
    assert isinstance(skip, Skipped) and skip.reason == "EF108" and "timed out" in skip.detail


def test_unreachable_url(server: _Server) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    items = read([url, FIXTURES / "report_en.txt"])
    assert isinstance(items[0], Skipped) and items[0].reason == "EF108"
    assert items[0].source == url and items[0].detail
    assert isinstance(items[1], Article)  # the run continues


def test_retrieved_at_of_files_is_their_mtime(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    shutil.copy(FIXTURES / "report_fr.txt", path)
    os.utime(path, (1_700_000_000, 1_700_000_000))
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.retrieved_at == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
