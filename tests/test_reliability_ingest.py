"""Issue #15, ingest side: entries fail alone, URLs have one deadline and go to the address
checked, other scripts are EF113, wide encodings decode, giant texts and lines are refused
cheaply, and symbol runs cannot make tokenizing quadratic."""

from __future__ import annotations

import gzip
import ipaddress
import json
import shutil
import socket
import ssl
import subprocess
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pytest
from reliability.server import LocalServer, Route

from eventfuse import ingest
from eventfuse.config import Settings, load_settings
from eventfuse.ingest import IngestStats, read_inputs, urls
from eventfuse.ingest.addresses import ALLOW_SETTING, Allowlist, carried_ipv4
from eventfuse.ingest.text import MAX_SYMBOL_RUN, normalise_text
from eventfuse.records import Article, Skipped

PROSE_EN = (
    "Gunmen attacked a village near the river on Monday, killing three civilians and "
    "wounding five others, local officials said on Tuesday."
)
PROSE_FR = (
    "Des hommes armés ont attaqué un village près du fleuve lundi, tuant trois civils et en "
    "blessant cinq autres, ont indiqué mardi des responsables locaux."
)


@dataclass(frozen=True, slots=True)
class _AllowSettings(Settings):
    """Settings with the allow-list while config.py does not declare it yet."""

    url_allowlist: str = ""


def allow(value: str) -> Settings:
    """Settings refusing private addresses except those of the allow-list ``value``."""
    if ALLOW_SETTING in {f.name for f in fields(Settings)}:
        return load_settings(env={}, overrides={ALLOW_SETTING: value})
    return _AllowSettings(url_allowlist=value)


def read(inputs: list[str | Path], settings: Settings | None = None) -> list[Article | Skipped]:
    chosen = settings or Settings(allow_private_urls=True)
    return list(read_inputs([str(i) for i in inputs], settings=chosen))


def reasons(items: list[Article | Skipped]) -> list[str]:
    return ["article" if isinstance(i, Article) else i.reason for i in items]


# --------------------------------------------------------------------- (4) entries fail alone

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test wire</title>
<item><title>One</title><description>{en}</description><pubDate>2025-11-09</pubDate></item>
<item><title>Two</title><description>{fr}</description><pubDate>0000-00-00</pubDate></item>
<item><title>Three</title><description>{en} Again.</description></item>
</channel></rss>
"""


def test_feed_item_dated_0000_keeps_the_later_items(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(FEED.format(en=PROSE_EN, fr=PROSE_FR), encoding="utf-8")
    items = read([path])
    assert reasons(items) == ["article", "article", "EF106", "article"]
    assert [i.source for i in items if isinstance(i, Article)] == [
        f"{path}#1", f"{path}#2", f"{path}#3"
    ]


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("streamed", [False, True])
def test_deeply_nested_json_line_loses_only_itself(tmp_path: Path, streamed: bool) -> None:
    path = tmp_path / "lines.jsonl"
    lines = [
        json.dumps({"text": PROSE_EN}),
        _nested(100_000),
        json.dumps({"text": PROSE_FR}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    size = path.stat().st_size
    settings = Settings(max_bytes=size - 1 if streamed else size + 1)
    items = read([path], settings)
    assert reasons(items) == ["article", "EF117", "article"]
    assert items[1].source == f"{path}:2"


def test_deeply_nested_json_document_is_one_record(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_nested(100_000), encoding="utf-8")
    [skip] = read([path])
    assert isinstance(skip, Skipped) and skip.reason == "EF117"


def test_deeply_nested_html_page_is_skipped_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 50_000 + PROSE_EN, encoding="utf-8")
    items = read([path, tmp_path / "after.txt"])
    assert all(isinstance(i, (Article, Skipped)) for i in items)
    assert items[0].source == str(path)
    assert not isinstance(items[0], Skipped) or items[0].reason != "EF115"


def test_an_entry_that_cannot_be_finished_loses_only_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lines.jsonl"
    texts = [PROSE_EN, PROSE_FR, PROSE_EN + " Later."]
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    real = ingest.finish

    def finish(draft: Any, *, settings: Settings) -> Any:
        if draft.source.endswith(":2"):
            raise ValueError("boom")
        return real(draft, settings=settings)

    monkeypatch.setattr(ingest, "finish", finish)
    assert reasons(read([path])) == ["article", "EF118", "article"]


def test_skips_are_counted_per_reason_and_per_input(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(f'{{"text": "{PROSE_EN}"}}\nnot json\n{_nested(50_000)}\n', encoding="utf-8")
    second.write_text("not json either\n", encoding="utf-8")
    stats = IngestStats()
    list(read_inputs([str(first), str(second)], settings=Settings(), stats=stats))
    assert stats.articles == 1
    assert stats.skipped == {"EF105": 2, "EF117": 1}
    assert stats.skipped_by_input == {
        str(first): {"EF105": 1, "EF117": 1},
        str(second): {"EF105": 1},
    }


def test_undecodable_json_line_loses_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    good = json.dumps({"text": PROSE_EN}).encode()
    bad = json.dumps({"text": PROSE_FR}).encode()[:-5] + b"\xff\x00\xfe" + b'"}'
    path.write_bytes(good + b"\n" + bad + b"\n" + good.replace(b"Monday", b"Friday") + b"\n")
    assert reasons(read([path])) == ["article", "EF104", "article"]


def test_lone_surrogate_escape_in_json_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text('{"text": "' + PROSE_EN + ' \\ud800 end", "title": "\\udfff"}\n')
    [article] = read([path])
    assert isinstance(article, Article) and article.text.endswith("\ufffd end")
    assert article.title == "\ufffd"


def test_feed_declaring_entities_is_refused_at_once(tmp_path: Path) -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY a{i} "{("&a;" if i == 1 else f"&a{i - 1};") * 10}">' for i in range(1, 10)
    )
    item = f"<item><title>t</title><description>&a9; {PROSE_EN}</description></item>"
    path = tmp_path / "laughs.rss"
    path.write_text(
        f'<!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>x</title>{item}'
        "</channel></rss>",
        encoding="utf-8",
    )
    started = time.monotonic()
    [skip] = read([path])
    assert isinstance(skip, Skipped) and skip.reason == "EF111" and "ENTITY" in skip.detail
    assert time.monotonic() - started < 1.0  # feedparser spent 8 s on it before


# --------------------------------------------------------------------- (5) one deadline per URL


def test_url_deadline_bounds_a_trickling_body() -> None:
    body = PROSE_EN.encode()[:40]
    routes = {"/trickle": Route(200, {"Content-Type": "text/plain"}, body, trickle=0.1)}
    settings = Settings(allow_private_urls=True, url_timeout=0.6)
    with LocalServer(routes) as server:
        started = time.monotonic()
        [skip] = read([server.base + "/trickle"], settings)
        elapsed = time.monotonic() - started
    assert isinstance(skip, Skipped) and skip.reason == "EF108"
    assert "timed out" in skip.detail and "url_timeout=0.6" in skip.detail
    assert "headers and body together" in skip.detail
    assert elapsed < 2.0  # 40 bytes at 0.1 s each would take 4 s


def test_url_deadline_counts_redirects_and_fast_urls_still_work() -> None:
    routes = {
        "/hop": Route(302, {"Location": "/ok"}),
        "/ok": Route(200, {"Content-Type": "text/plain"}, PROSE_EN.encode()),
    }
    with LocalServer(routes) as server:
        [article] = read([server.base + "/hop"], Settings(allow_private_urls=True, url_timeout=5))
    assert isinstance(article, Article) and article.text == PROSE_EN


# --------------------------------------------------------------------- (9) SSRF, fetch side


@pytest.mark.parametrize(
    ("address", "carried"),
    [
        ("2002:7f00:1::", "127.0.0.1"),  # 6to4
        ("2002:a00:1::1", "10.0.0.1"),
        ("2001:0:4136:e378:8000:63bf:80ff:fffe", "127.0.0.1"),  # Teredo, client obfuscated
        ("64:ff9b::7f00:1", "127.0.0.1"),  # NAT64 well-known prefix
        ("64:ff9b::a9fe:a9fe", "169.254.169.254"),
        ("64:ff9b:1:7f00:0:100::", "127.0.0.1"),  # NAT64 local-use /48 (RFC 8215)
        ("::ffff:10.1.2.3", "10.1.2.3"),  # IPv4-mapped
        ("::7f00:1", "127.0.0.1"),  # IPv4-compatible
    ],
)  # fmt: skip
def test_ipv4_carried_in_ipv6_is_judged_by_that_ipv4(address: str, carried: str) -> None:
    ip = ipaddress.ip_address(address)
    assert ipaddress.ip_address(carried) in carried_ipv4(ip)
    reason = urls.address_refusal(ip)
    assert reason is not None
    assert carried in reason or address.startswith("::ffff:")


def test_ipv6_carrying_a_public_ipv4_is_not_refused_for_it() -> None:
    assert urls.address_refusal(ipaddress.ip_address("2002:808:808::1")) is None
    assert urls.address_refusal(ipaddress.ip_address("::ffff:8.8.8.8")) is None


def test_allowlist_parsing() -> None:
    parsed = Allowlist.parse("Intranet.Example., 10.20.0.0/16; fd00::/8  127.0.0.1")
    assert parsed.hosts == frozenset({"intranet.example"})
    assert parsed.allows_address(ipaddress.ip_address("10.20.3.4"))
    assert parsed.allows_address(ipaddress.ip_address("fd00::5"))
    assert parsed.allows_address(ipaddress.ip_address("127.0.0.1"))
    assert not parsed.allows_address(ipaddress.ip_address("10.21.0.1"))
    assert Allowlist.of(Settings()) == Allowlist()


ROUTES = {
    "/ok": Route(200, {"Content-Type": "text/plain"}, PROSE_EN.encode()),
    "/to-other-loopback": Route(302, {"Location": "http://127.0.0.2:{port}/ok"}),
    "/to-6to4-loopback": Route(302, {"Location": "http://[2002:7f00:1::]:{port}/ok"}),
}


@pytest.mark.parametrize(
    ("allowlist", "expected"),
    [
        ("127.0.0.0/8", "article"),
        ("127.0.0.1", "article"),
        ("10.0.0.0/8, other.example", "EF109"),
        ("", "EF109"),
    ],
)
def test_allowlist_admits_listed_ranges_only(allowlist: str, expected: str) -> None:
    with LocalServer(ROUTES) as server:
        items = read([server.base + "/ok"], allow(allowlist))
        assert reasons(items) == [expected]
        assert len(server.requests) == (1 if expected == "article" else 0)


def _fake_resolver(answers: dict[str, list[str]]) -> tuple[Callable[..., Any], list[str]]:
    """A getaddrinfo answering each name with its next address (the last one repeats);
    address literals are resolved as usual and not recorded."""
    calls: list[str] = []
    real = socket.getaddrinfo

    def fake(host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            calls.append(host)
        else:
            return real(host, port, *args, **kwargs)
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        queue = answers[host]
        ip = queue.pop(0) if len(queue) > 1 else queue[0]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    return fake, calls


def test_allowlisted_host_name_is_sent_as_host_header(monkeypatch: pytest.MonkeyPatch) -> None:
    fake, calls = _fake_resolver({"intranet.test": ["127.0.0.1"]})
    monkeypatch.setattr(urls.socket, "getaddrinfo", fake)
    with LocalServer(ROUTES) as server:
        url = f"http://intranet.test:{server.port}/ok"
        [article] = read([url], allow("intranet.test"))
        assert isinstance(article, Article) and article.url == url
        assert server.requests == [("/ok", f"intranet.test:{server.port}")]
    assert calls == ["intranet.test"]


def test_name_is_resolved_once_and_that_address_connected_to(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DNS rebinding: the second answer (another address) must never be used."""
    fake, calls = _fake_resolver({"rebind.test": ["127.0.0.1", "127.0.0.3"]})
    monkeypatch.setattr(urls.socket, "getaddrinfo", fake)
    with LocalServer(ROUTES) as server:
        [article] = read([f"http://rebind.test:{server.port}/ok"], allow("127.0.0.1/32"))
    assert isinstance(article, Article)
    assert calls == ["rebind.test"]


@pytest.mark.parametrize("path", ["/to-other-loopback", "/to-6to4-loopback"])
def test_every_redirect_is_checked_again(path: str) -> None:
    with LocalServer(ROUTES) as server:
        [skip] = read([server.base + path], allow("127.0.0.1/32"))
        assert isinstance(skip, Skipped) and skip.reason == "EF109"
        assert [p for p, _ in server.requests] == [path]


def test_checked_addresses_are_tried_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the system's own connect does: the next checked address when one does not answer."""
    answers = [ipaddress.ip_address("127.0.0.3"), ipaddress.ip_address("127.0.0.1")]
    monkeypatch.setattr(urls, "resolve", lambda host, port: answers)
    with LocalServer(ROUTES) as server:
        [article] = read([f"http://two.test:{server.port}/ok"], allow("127.0.0.0/8"))
    assert isinstance(article, Article)


def test_compressed_bodies_are_decoded_within_max_bytes() -> None:
    routes = {
        "/gz": Route(
            200,
            {"Content-Type": "text/plain", "Content-Encoding": "gzip"},
            gzip.compress(PROSE_EN.encode()),
        ),
        "/bomb": Route(
            200,
            {"Content-Type": "text/plain", "Content-Encoding": "gzip"},
            gzip.compress(b" " * 20_000_000),
        ),
    }
    settings = Settings(allow_private_urls=True, max_bytes=100_000)
    with LocalServer(routes) as server:
        [article] = read([server.base + "/gz"], settings)
        [bomb] = read([server.base + "/bomb"], settings)
    assert isinstance(article, Article) and article.text == PROSE_EN
    assert isinstance(bomb, Skipped) and bomb.reason == "EF103"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_tls_verifies_the_name_while_connecting_to_the_checked_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SNI and certificate checks use the URL's host name; the socket goes to 127.0.0.1."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=tls.test",
         "-addext", "subjectAltName=DNS:tls.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    names: list[str | None] = []
    server_context.sni_callback = lambda sock, name, ctx: names.append(name)
    monkeypatch.setattr(urls, "ssl_context", lambda: ssl.create_default_context(cafile=cert))
    monkeypatch.setattr(urls, "resolve", lambda host, port: [ipaddress.ip_address("127.0.0.1")])
    with LocalServer(ROUTES) as server:
        server.httpd.socket = server_context.wrap_socket(server.httpd.socket, server_side=True)
        [article] = read([f"https://tls.test:{server.port}/ok"], allow("127.0.0.1"))
        assert isinstance(article, Article) and article.text == PROSE_EN
        assert names == ["tls.test"]
        assert server.requests == [("/ok", f"tls.test:{server.port}")]


# --------------------------------------------------------------------- (10) languages, sizes


@pytest.mark.parametrize(
    "text",
    [
        "هاجم مسلحون قرية قرب النهر يوم الاثنين وقتلوا ثلاثة مدنيين وأصابوا خمسة آخرين",
        "周一，武装分子袭击了河边的一个村庄，打死三名平民，打伤五人，当地官员周二说。",
        "В понедельник боевики напали на деревню у реки, убив трёх мирных жителей.",
    ],
)
def test_texts_in_other_scripts_are_unsupported_language(tmp_path: Path, text: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    [skip] = read([path])
    assert isinstance(skip, Skipped) and skip.reason == "EF113"


@pytest.mark.parametrize(
    "text",
    [
        ("Hombres armados atacaron una aldea cerca del río el lunes, matando a tres civiles e "
        "hiriendo a otros cinco, dijeron funcionarios locales. El ejército dijo que los "
        "atacantes huyeron hacia la frontera."),
        ("Bewaffnete griffen am Montag ein Dorf in der Nähe des Flusses an und töteten drei "
        "Zivilisten, teilten örtliche Beamte mit. Die Armee sagte, die Angreifer seien zur "
        "Grenze geflohen."),
        ("Uomini armati hanno attaccato un villaggio vicino al fiume lunedì, uccidendo tre "
        "civili, hanno detto i funzionari locali. L'esercito ha detto che gli aggressori sono "
        "fuggiti verso il confine."),
    ],
)
def test_texts_in_other_latin_languages_are_unsupported(tmp_path: Path, text: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    [skip] = read([path])
    assert isinstance(skip, Skipped) and skip.reason == "EF113" and "not English" in skip.detail


@pytest.mark.parametrize(
    "text",
    [
        "Attack in Gao.",
        "Attaque à Gao: 3 morts.",
        PROSE_EN + " " + PROSE_FR,
        PROSE_EN + " The group calls itself جماعة in its statements.",
        PROSE_EN + " Residents of El Fasher and Van told reporters the convoy of Von der "
        "Leyen's delegation had left; a banner read 'No a la guerra, y no más muertos'.",
        "Le chef du village a dit: « Los hombres armados llegaron por la noche. » "
        + PROSE_FR,
    ],
)
def test_short_mixed_and_quoting_texts_are_kept(tmp_path: Path, text: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    [article] = read([path])
    assert isinstance(article, Article) and article.language in ("en", "fr")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(PROSE_FR.encode(encoding))
    [article] = read([path])
    assert isinstance(article, Article) and article.text == PROSE_FR
    assert article.language == "fr"


def test_text_over_a_million_characters_is_ef103(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text((PROSE_EN + "\n") * 8_000, encoding="utf-8")  # about 1.1 million
    [skip] = read([path])
    assert isinstance(skip, Skipped) and skip.reason == "EF103"
    assert "characters" in skip.detail


def test_long_jsonl_line_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"text": PROSE_EN}) + "\n")
        handle.write('{"text": "' + "x" * 30_000_000 + '"}\n')
        handle.write(json.dumps({"text": PROSE_FR}) + "\n")
    tracemalloc.start()
    try:
        items = read([path], Settings(max_bytes=100_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert reasons(items) == ["article", "EF103", "article"]
    assert isinstance(items[1], Skipped) and "30000013 bytes" in items[1].detail
    assert peak < 10_000_000  # the 30 MB line was never held


# --------------------------------------------------------------------- (1) symbol runs


def test_symbol_runs_are_cut_and_normal_text_is_untouched() -> None:
    assert normalise_text("=" * 20_000 + " " + PROSE_EN) == "=" * MAX_SYMBOL_RUN + " " + PROSE_EN
    ruled = "Title\n" + "=" * 80 + "\n" + PROSE_EN + "\n" + "-" * 72 + "\n#hashtag ..."
    assert normalise_text(ruled) == ruled
    assert normalise_text("!?" * 10_000) == ("!?" * 50)
    assert max(len(word) for word in normalise_text("ab" * 5_000).split()) == 1000


@pytest.mark.slow
def test_symbol_run_article_tokenizes_fast(tmp_path: Path) -> None:
    from eventfuse.extract.nlp import load_model  # spaCy loads in seconds: this test only

    path = tmp_path / "runs.txt"
    path.write_text("=" * 20_000 + " " + "#" * 20_000 + " " + PROSE_EN, encoding="utf-8")
    [article] = read([path])
    assert isinstance(article, Article)
    nlp = load_model(Settings().model_en)
    started = time.perf_counter()
    doc = nlp.make_doc(article.text)
    assert time.perf_counter() - started < 1.0  # 20,000 '=' alone took 77 s before
    assert doc.text.endswith(PROSE_EN)
