/* eventfuse dashboard: map, timeline, filters, list and event pages over the JSON API.
   No framework and nothing from the network: Leaflet and the outlines come from this server.
   Every text from the data goes through textContent (never innerHTML). */
"use strict";

(() => {
  const FILTERS = ["q", "event_type", "actor", "country", "admin1", "since", "until",
                   "min_fatalities", "min_sources", "bbox"];
  const PAGE = 1000;          // events per API request
  const MAX_EVENTS = 5000;    // events drawn at most
  const FIELD_ORDER = ["event_date", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "inter1", "actor2", "inter2", "victims", "location", "admin2",
    "admin1", "country", "latitude", "longitude", "geo_precision", "fatalities",
    "civilian_targeting"];
  const KIND_LABELS = {
    value_conflict: "Values disagree",
    date_conflict: "Dates disagree",
    weekday_mismatch: "Weekday does not match the date",
    role_conflict: "Roles disagree",
    single_source: "Only one source",
  };
  const QUALIFIERS = { exact: "", at_least: "at least ", at_most: "at most ", approx: "about " };

  const state = {
    meta: null, colours: {}, other: "#7f7f7f",
    token: sessionStorage.getItem("eventfuse-token") || "",
    map: null, markerLayer: null, markers: new Map(), outlines: null,
    miniMap: null, events: [], params: new URLSearchParams(), loadSeq: 0,
  };

  // -- helpers ------------------------------------------------------------------------------

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") el.textContent = String(value);
      else if (key === "class") el.className = value;
      else if (key === "dataset") Object.assign(el.dataset, value);
      else if (key === "style") Object.assign(el.style, value);
      else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
      else el.setAttribute(key, String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  function svg(tag, attrs) {
    const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, String(value));
    return el;
  }

  class ApiError extends Error {
    constructor(status, body) {
      const err = (body && body.error) || {};
      super(err.message || `HTTP ${status}`);
      this.status = status;
      this.code = err.code || "";
      this.hint = err.hint || "";
    }
  }

  async function api(path) {
    const headers = { Accept: "application/json" };
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    const response = await fetch(path, { headers });
    let body = null;
    try { body = await response.json(); } catch (_) { body = null; }
    if (!response.ok) throw new ApiError(response.status, body);
    return body;
  }

  function colourOf(eventType) { return state.colours[eventType] || state.other; }
  function radiusOf(fatalities) {
    const n = Number(fatalities) || 0;
    return Math.min(28, 5 + 2.6 * Math.sqrt(n));
  }
  function place(e) {
    return [e.location, e.admin1, e.country].filter((x, i, all) => x && all.indexOf(x) === i)
      .join(", ") || "unknown place";
  }
  function fmt(value) {
    if (value === null || value === undefined || value === "") return "—";
    if (Array.isArray(value)) return value.map(fmt).join("; ");
    if (typeof value === "boolean") return value ? "yes" : "no";
    if (typeof value === "number") return Number.isInteger(value) ? value.toLocaleString("en") : String(value);
    return String(value);
  }
  function label(name) { return name.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()); }

  function setStatus(text, isError) {
    const el = document.getElementById("status");
    el.textContent = text;
    el.classList.toggle("error", Boolean(isError));
  }

  function showError(err) {
    if (err instanceof ApiError && err.status === 401) {
      document.getElementById("token-box").hidden = false;
      setStatus("A token is needed to read from this server.", true);
      return;
    }
    const hint = err.hint ? ` (${err.hint})` : "";
    setStatus(`Could not load: ${err.message}${hint}`, true);
  }

  // -- routing ------------------------------------------------------------------------------

  function currentRoute() {
    const hash = location.hash || "#/";
    const match = hash.match(/^#\/event\/([A-Za-z0-9_.:-]+)/);
    if (match) return { page: "event", id: decodeURIComponent(match[1]) };
    const query = hash.indexOf("?") >= 0 ? hash.slice(hash.indexOf("?") + 1) : "";
    return { page: "overview", params: new URLSearchParams(query) };
  }

  function overviewHash(params) {
    const clean = new URLSearchParams();
    for (const key of FILTERS) {
      const value = params.get(key);
      if (value !== null && value !== "") clean.set(key, value);
    }
    const text = clean.toString();
    return text ? `#/?${text}` : "#/";
  }

  async function route() {
    const r = currentRoute();
    const overview = document.getElementById("overview");
    const eventView = document.getElementById("event-view");
    if (r.page === "event") {
      overview.hidden = true;
      eventView.hidden = false;
      await showEvent(r.id);
    } else {
      eventView.hidden = true;
      overview.hidden = false;
      if (state.map) state.map.invalidateSize();
      await showOverview(r.params);
    }
  }

  // -- overview: filters, map, list, timeline -----------------------------------------------

  function fillForm(params) {
    const form = document.getElementById("filters");
    for (const key of FILTERS) {
      if (form.elements[key]) form.elements[key].value = params.get(key) || "";
    }
    const bbox = params.get("bbox");
    const note = document.getElementById("area-note");
    note.replaceChildren();
    if (bbox) {
      note.append("Map area filter on · ",
        h("a", { href: "#", onclick: (ev) => { ev.preventDefault(); const p = new URLSearchParams(state.params); p.delete("bbox"); location.hash = overviewHash(p); } }, "show all areas"));
    }
  }

  function formParams() {
    const form = document.getElementById("filters");
    const params = new URLSearchParams();
    for (const key of FILTERS) {
      const el = form.elements[key];
      if (el && el.value.trim() !== "") params.set(key, el.value.trim());
    }
    const bbox = state.params.get("bbox");
    if (bbox) params.set("bbox", bbox);
    return params;
  }

  async function loadEvents(params) {
    const events = [];
    let total = 0;
    for (let offset = 0; offset < MAX_EVENTS; offset += PAGE) {
      const query = new URLSearchParams(params);
      query.set("limit", String(PAGE));
      query.set("offset", String(offset));
      const page = await api(`/api/events?${query}`);
      total = page.total;
      events.push(...page.events);
      if (!page.next) break;
    }
    return { events, total };
  }

  async function showOverview(params) {
    state.params = params;
    fillForm(params);
    const seq = ++state.loadSeq;
    setStatus("Loading events…");
    let result;
    try {
      result = await loadEvents(params);
    } catch (err) {
      showError(err);
      return;
    }
    if (seq !== state.loadSeq) return; // a newer search started meanwhile
    state.events = result.events;
    const shown = result.events.length < result.total ? ` (showing ${result.events.length})` : "";
    const filtered = [...params.keys()].length ? " matching the filters" : "";
    setStatus(`${result.total} event${result.total === 1 ? "" : "s"}${filtered}${shown}`);
    renderMarkers(result.events);
    renderList(result.events);
    renderTimeline(result.events);
    renderCountries(result.events);
  }

  function initMap() {
    const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 14 });
    map.setView([15, 0], 4);
    if (state.meta && state.meta.tile_url) {
      L.tileLayer(state.meta.tile_url, {
        maxZoom: 18, attribution: `Tiles: ${new URL(state.meta.tile_url.replace("{s}", "a")).host}`,
      }).addTo(map);
    }
    map.createPane("outlines").style.zIndex = 250;
    map.createPane("labels").style.zIndex = 300; // under the markers (overlay pane: 400)
    fetch("/outlines.geojson").then((r) => (r.ok ? r.json() : null)).then((data) => {
      if (!data) return;
      const tiles = Boolean(state.meta && state.meta.tile_url);
      state.outlines = data;
      L.geoJSON(data, {
        pane: "outlines", interactive: false,
        style: { color: "#8a8f94", weight: 0.8, fillColor: "#f2efe6", fillOpacity: tiles ? 0 : 1 },
      }).addTo(map);
      const labels = L.layerGroup();
      for (const f of data.features) {
        const at = f.properties && f.properties.label_at;
        if (!Array.isArray(at)) continue;
        labels.addLayer(L.tooltip({ permanent: true, direction: "center", className: "country-label", interactive: false, pane: "labels" })
          .setLatLng(at).setContent(h("span", { text: f.properties.name })));
      }
      const toggle = () => { if (map.getZoom() >= 4) labels.addTo(map); else labels.remove(); };
      map.on("zoomend", toggle);
      toggle();
    }).catch((err) => console.error("country outlines could not be drawn:", err));
    state.markerLayer = L.featureGroup().addTo(map);
    state.map = map;
    const legend = document.getElementById("legend");
    for (const t of state.meta.event_types) {
      legend.append(h("span", {}, h("span", { class: "dot", style: { background: t.colour } }), t.name));
    }
    legend.append(h("span", { class: "muted" }, "size = fatalities"));
  }

  function popupFor(e) {
    return h("div", { class: "popup" },
      h("h3", { text: `${e.sub_event_type || e.event_type || "Event"} — ${place(e)}` }),
      h("p", { text: `${e.event_date || "date unknown"} · ${fmt(e.fatalities)} fatalities · ${e.independent_sources} independent source${e.independent_sources === 1 ? "" : "s"}` }),
      e.contradictions_count ? h("p", { class: "claim-bad", text: `⚠ ${e.contradictions_count} contradiction${e.contradictions_count === 1 ? "" : "s"}` }) : null,
      h("p", {}, h("a", { href: `#/event/${encodeURIComponent(e.id)}`, class: "open-event" }, "Open event →")));
  }

  function renderMarkers(events) {
    state.markerLayer.clearLayers();
    state.markers.clear();
    const placed = events.filter((e) => typeof e.latitude === "number" && typeof e.longitude === "number");
    placed.sort((a, b) => (Number(b.fatalities) || 0) - (Number(a.fatalities) || 0));
    for (const e of placed) {
      const marker = L.circleMarker([e.latitude, e.longitude], {
        radius: radiusOf(e.fatalities), color: "#1d2329", weight: 1, opacity: 0.9,
        fillColor: colourOf(e.event_type), fillOpacity: 0.82, className: "ef-marker",
      });
      marker.bindPopup(() => popupFor(e));
      marker.bindTooltip(h("span", { text: `${e.sub_event_type || ""} · ${place(e)} · ${e.event_date || ""}` }));
      marker.addTo(state.markerLayer);
      const el = marker.getElement();
      if (el) { el.dataset.eventId = e.id; el.dataset.eventType = e.event_type || ""; }
      state.markers.set(e.id, marker);
    }
    if (placed.length && !state.params.get("bbox")) {
      state.map.fitBounds(state.markerLayer.getBounds().pad(0.3), { maxZoom: 6 });
    }
  }

  function renderList(events) {
    const body = document.querySelector("#list tbody");
    body.replaceChildren();
    for (const e of events) {
      const actors = [e.actor1, e.actor2].filter(Boolean).join(" vs ");
      const row = h("tr", {
        class: "event-row", dataset: { id: e.id, contradictions: String(e.contradictions_count) },
        onclick: () => { location.hash = `#/event/${encodeURIComponent(e.id)}`; },
        onmouseenter: () => { const m = state.markers.get(e.id); if (m) m.openTooltip(); },
        onmouseleave: () => { const m = state.markers.get(e.id); if (m) m.closeTooltip(); },
      },
        h("td", { class: "date", text: e.event_date || "?" }),
        h("td", {},
          h("span", { class: "dot", style: { background: colourOf(e.event_type), marginRight: "5px" } }),
          e.sub_event_type || e.event_type || "?",
          h("div", { class: "sub", text: actors })),
        h("td", { text: place(e) }),
        h("td", { class: "n", text: fmt(e.fatalities) }),
        h("td", { class: "n", title: "independent sources / articles", text: `${e.independent_sources}/${e.articles_count}` }),
        h("td", { class: "n" }, e.contradictions_count ? h("span", { class: "badge-warn", text: e.contradictions_count }) : ""));
      body.append(row);
    }
    if (!events.length) body.append(h("tr", {}, h("td", { colspan: 6, class: "muted", text: "No event matches." })));
  }

  function renderCountries(events) {
    const list = document.getElementById("countries");
    list.replaceChildren();
    for (const c of [...new Set(events.map((e) => e.country).filter(Boolean))].sort()) {
      list.append(h("option", { value: c }));
    }
  }

  function monday(iso) {
    const d = new Date(`${iso}T00:00:00Z`);
    const day = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - day);
    return d;
  }
  const isoDay = (d) => d.toISOString().slice(0, 10);

  function renderTimeline(events) {
    const el = document.getElementById("timeline-svg");
    el.replaceChildren();
    const dated = events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.event_date || ""));
    document.getElementById("timeline-note").textContent =
      dated.length < events.length ? `(${events.length - dated.length} undated left out)` : "";
    if (!dated.length) return;
    const counts = new Map();
    let first = null, last = null;
    for (const e of dated) {
      const w = monday(e.event_date);
      if (!first || w < first) first = w;
      if (!last || w > last) last = w;
      const key = isoDay(w);
      if (!counts.has(key)) counts.set(key, {});
      const c = counts.get(key);
      c[e.event_type] = (c[e.event_type] || 0) + 1;
    }
    const weeks = [];
    for (let d = new Date(first); d <= last; d.setUTCDate(d.getUTCDate() + 7)) weeks.push(isoDay(d));
    if (weeks.length < 8) { // a little room on both sides for short ranges
      const before = new Date(first); before.setUTCDate(before.getUTCDate() - 7);
      const after = new Date(last); after.setUTCDate(after.getUTCDate() + 7);
      weeks.unshift(isoDay(before)); weeks.push(isoDay(after));
    }
    const width = el.clientWidth || 600, height = el.clientHeight || 150;
    const left = 28, bottom = 18, top = 6;
    const plotW = width - left - 6, plotH = height - bottom - top;
    const max = Math.max(1, ...weeks.map((w) => Object.values(counts.get(w) || {}).reduce((a, b) => a + b, 0)));
    const step = plotW / weeks.length;
    const barW = Math.max(1, Math.min(28, step * 0.8));
    el.append(svg("line", { x1: left, y1: top + plotH, x2: width - 6, y2: top + plotH, class: "axis" }));
    for (const tick of [0, max]) {
      const y = top + plotH - (tick / max) * plotH;
      const t = svg("text", { x: left - 4, y: y + 3, "text-anchor": "end" });
      t.textContent = String(tick);
      el.append(t);
    }
    const types = state.meta.event_types.map((t) => t.name);
    const labelEvery = Math.max(1, Math.ceil(weeks.length / Math.max(1, Math.floor(plotW / 70))));
    weeks.forEach((week, i) => {
      const x = left + i * step + (step - barW) / 2;
      let y = top + plotH;
      const c = counts.get(week) || {};
      const all = [...types, ...Object.keys(c).filter((k) => !types.includes(k))];
      for (const type of all) {
        const n = c[type] || 0;
        if (!n) continue;
        const hgt = (n / max) * plotH;
        y -= hgt;
        const rect = svg("rect", { x, y, width: barW, height: hgt, fill: colourOf(type), class: "bar" });
        const title = svg("title", {});
        title.textContent = `week of ${week}: ${n} × ${type}`;
        rect.append(title);
        rect.addEventListener("click", () => {
          const end = new Date(`${week}T00:00:00Z`); end.setUTCDate(end.getUTCDate() + 6);
          const p = new URLSearchParams(state.params);
          p.set("since", week); p.set("until", isoDay(end));
          location.hash = overviewHash(p);
        });
        el.append(rect);
      }
      if (i % labelEvery === 0) {
        const t = svg("text", { x: x + barW / 2, y: height - 4, "text-anchor": "middle" });
        t.textContent = week;
        el.append(t);
      }
    });
  }

  // -- event page ---------------------------------------------------------------------------

  async function showEvent(id) {
    const view = document.getElementById("event-view");
    view.replaceChildren(h("p", { class: "muted", text: "Loading event…" }));
    let event;
    try {
      event = await api(`/api/events/${encodeURIComponent(id)}?_extra=articles`);
    } catch (err) {
      view.replaceChildren(h("p", { class: "status error", text: `Could not load event ${id}: ${err.message}` }),
        h("p", {}, h("a", { href: "#/" }, "← All events")));
      if (err instanceof ApiError && err.status === 401) showError(err);
      return;
    }
    renderEvent(view, event);
    document.querySelector("main").scrollTop = 0;
  }

  function renderEvent(view, e) {
    const refs = new Map(e.articles.map((a, i) => [a, i + 1]));
    const meta = new Map((e.article_meta || []).map((a) => [a.id, a]));
    const ref = (articleId) => h("a", {
      class: "ref", href: `#article-${refs.get(articleId) || 0}`, title: (meta.get(articleId) || {}).title || articleId,
      onclick: (ev) => { ev.preventDefault(); openArticle(articleId); },
    }, `[${refs.get(articleId) || "?"}]`);

    const back = h("a", { href: overviewHash(state.params), class: "back" }, "← All events");
    const title = `${e.sub_event_type || e.event_type || "Event"} — ${place(e)}`;
    const chips = h("div", { class: "chips" },
      h("span", { class: "chip" }, h("span", { class: "dot", style: { background: colourOf(e.event_type) } }), e.event_type || "?"),
      h("span", { class: "chip", text: e.event_date || "date unknown" }),
      h("span", { class: "chip", text: `${fmt(e.fatalities)} fatalities` }),
      h("span", { class: "chip", text: `${e.independent_sources} independent source${e.independent_sources === 1 ? "" : "s"} · ${e.articles.length} article${e.articles.length === 1 ? "" : "s"}` }),
      e.contradictions.length ? h("span", { class: "chip warn", text: `⚠ ${e.contradictions.length} contradiction${e.contradictions.length === 1 ? "" : "s"}` }) : null);
    const mini = h("div", { class: "mini-map", id: "mini-map" });
    const head = h("div", { class: "event-head" },
      h("div", {}, back, h("h1", { text: title }), chips,
        e.notes ? h("p", { class: "notes", text: e.notes }) : null,
        h("p", { class: "muted" }, "Event id ", h("code", { text: e.id }), " · ",
          h("a", { href: `/api/events/${encodeURIComponent(e.id)}`, target: "_blank", rel: "noopener" }, "JSON"))),
      mini);

    view.replaceChildren(head,
      contradictionsCard(e, ref),
      fieldsCard(e, ref),
      claimsCard(e, ref),
      chainsCard(e, ref, meta),
      articlesCard(e, meta));
    drawMiniMap(e);
  }

  function contradictionsCard(e, ref) {
    const card = h("section", { class: "card contradictions" }, h("h2", { text: "Contradictions between reports" }));
    if (!e.contradictions.length) {
      card.append(h("p", { class: "muted", text: "None: the reports agree on every field they share." }));
      return card;
    }
    for (const c of e.contradictions) {
      card.append(h("div", { class: "contradiction", dataset: { kind: c.kind } },
        h("span", { class: "kind", text: KIND_LABELS[c.kind] || c.kind }),
        h("span", { class: "muted", text: `(${label(c.field)})` }),
        h("div", { text: c.note }),
        h("ul", {}, c.values.map((v) => h("li", {}, h("strong", { text: fmt(v.value) }), " ", v.articles.map(ref))))));
    }
    return card;
  }

  function fieldsCard(e, ref) {
    const names = Object.keys(e.fields);
    names.sort((a, b) => {
      const ia = FIELD_ORDER.indexOf(a), ib = FIELD_ORDER.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
    });
    const body = h("tbody");
    for (const name of names) {
      const f = e.fields[name];
      const quotes = h("td", {});
      for (const s of f.support.slice(0, 6)) {
        quotes.append(h("span", { class: "quote" }, ref(s.article), h("q", { text: s.quote })));
      }
      if (f.support.length > 6) quotes.append(h("span", { class: "muted", text: `… ${f.support.length - 6} more` }));
      for (const alt of f.alternatives) {
        const arts = [...new Set(alt.support.map((s) => s.article))];
        quotes.append(h("span", { class: "alt" }, `also reported: ${fmt(alt.value)} `, arts.map(ref),
          alt.support.slice(0, 2).map((s) => [h("q", { text: s.quote }), " "])));
      }
      const pct = Math.round((Number(f.confidence) || 0) * 100);
      body.append(h("tr", { dataset: { field: name } },
        h("td", { class: "name", text: label(name) }),
        h("td", { text: fmt(f.value) }),
        h("td", { class: "confidence", title: `confidence ${pct}%` }, h("span", { class: "conf" }, h("span", { style: { width: `${pct}%` } })), `${pct}%`),
        quotes));
    }
    return h("section", { class: "card" }, h("h2", { text: "Fields, with the quotes that support them" }),
      h("table", { class: "fields" },
        h("thead", {}, h("tr", {}, h("th", { text: "Field" }), h("th", { text: "Value" }), h("th", { text: "Confidence" }), h("th", { text: "Sources (quotes)" }))),
        body));
  }

  function claimsCard(e, ref) {
    if (!e.claims.length) return null;
    const body = h("tbody");
    for (const c of e.claims) {
      body.append(h("tr", {},
        h("td", { class: "name", text: label(c.attribute) }),
        h("td", { text: c.subject }),
        h("td", {}, c.values.map((v) => h("span", { class: "quote" },
          `${QUALIFIERS[v.qualifier] || ""}${fmt(v.value)}${v.unit ? " " + v.unit : ""} `, v.articles.map(ref)))),
        h("td", {}, c.status === "consistent"
          ? h("span", { class: "claim-ok", text: "✓ consistent" })
          : h("span", { class: "claim-bad", text: "✗ conflict" }))));
    }
    return h("section", { class: "card" }, h("h2", { text: "Quantities stated by the reports" }),
      h("table", { class: "fields" },
        h("thead", {}, h("tr", {}, h("th", { text: "Attribute" }), h("th", { text: "About" }), h("th", { text: "Values" }), h("th", { text: "Verdict" }))),
        body));
  }

  function chainsCard(e, ref, meta) {
    const box = h("div", { class: "chains" });
    e.source_chains.forEach((chain, i) => {
      box.append(h("div", { class: `chain${chain.length > 1 ? " copies" : ""}` },
        h("h3", { text: `Source ${i + 1}${chain.length > 1 ? ` — ${chain.length} copies, counted once` : ""}` }),
        chain.map((a) => h("div", {}, ref(a), (meta.get(a) || {}).outlet || (meta.get(a) || {}).title || a))));
    });
    return h("section", { class: "card" },
      h("h2", { text: `Source chains: ${e.source_chains.length} independent of ${e.articles.length} articles` }),
      h("p", { class: "muted", text: "Articles that share passages or repeat one wire story form one chain; only chains count as independent confirmation." }),
      box);
  }

  function articlesCard(e, meta) {
    const card = h("section", { class: "card" }, h("h2", { text: "Articles" }));
    e.articles.forEach((a, i) => {
      const m = meta.get(a) || { id: a };
      const safeUrl = typeof m.url === "string" && /^https?:\/\//.test(m.url) ? m.url : null;
      card.append(h("div", { class: "article", id: `article-${i + 1}`, dataset: { article: a } },
        h("span", { class: "ref", text: `[${i + 1}]` }),
        h("strong", { text: m.title || a }), " ",
        h("span", { class: "muted", text: [m.outlet, m.published, m.language].filter(Boolean).join(" · ") }), " ",
        safeUrl ? h("a", { href: safeUrl, target: "_blank", rel: "noopener noreferrer" }, "original") : null, " ",
        h("button", { type: "button", class: "secondary", onclick: () => openArticle(a) }, "Show text with quotes")));
    });
    card.dataset.spans = "";
    state.currentEvent = e;
    return card;
  }

  async function openArticle(articleId) {
    const box = document.querySelector(`.article[data-article="${CSS.escape(articleId)}"]`);
    if (!box) return;
    box.scrollIntoView({ block: "center" });
    if (box.querySelector(".text")) return;
    let article;
    try {
      article = await api(`/api/articles/${encodeURIComponent(articleId)}`);
    } catch (err) {
      box.append(h("div", { class: "text", text: `Could not load the article: ${err.message}` }));
      return;
    }
    box.append(highlighted(article.text, spansOf(state.currentEvent, articleId)));
  }

  function spansOf(e, articleId) {
    const spans = [];
    for (const [name, f] of Object.entries(e.fields)) {
      for (const s of f.support) if (s.article === articleId) spans.push({ start: s.start, end: s.end, field: name, alt: false });
      for (const alt of f.alternatives) {
        for (const s of alt.support) if (s.article === articleId) spans.push({ start: s.start, end: s.end, field: name, alt: true });
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        if (!last.fields.includes(s.field)) last.fields.push(s.field);
        last.alt = last.alt && s.alt;
      } else merged.push({ start: s.start, end: s.end, fields: [s.field], alt: s.alt });
    }
    return merged;
  }

  function highlighted(text, spans) {
    const out = h("div", { class: "text" });
    let at = 0;
    for (const s of spans) {
      if (s.start < at || s.end > text.length) continue;
      out.append(text.slice(at, s.start));
      out.append(h("mark", { class: s.alt ? "alt-span" : "", title: s.fields.map(label).join(", "), text: text.slice(s.start, s.end) }));
      at = s.end;
    }
    out.append(text.slice(at));
    return out;
  }

  function drawMiniMap(e) {
    if (state.miniMap) { state.miniMap.remove(); state.miniMap = null; }
    const el = document.getElementById("mini-map");
    if (typeof e.latitude !== "number" || typeof e.longitude !== "number") {
      el.replaceChildren(h("p", { class: "muted", style: { padding: "8px" }, text: "No coordinates." }));
      return;
    }
    const map = L.map(el, { zoomControl: false, attributionControl: false }).setView([e.latitude, e.longitude], 5);
    if (state.meta.tile_url) L.tileLayer(state.meta.tile_url, { maxZoom: 18 }).addTo(map);
    if (state.outlines) {
      L.geoJSON(state.outlines, { interactive: false, style: { color: "#8a8f94", weight: 0.8, fillColor: "#f2efe6", fillOpacity: state.meta.tile_url ? 0 : 1 } }).addTo(map);
    }
    L.circleMarker([e.latitude, e.longitude], {
      radius: radiusOf(e.fatalities), color: "#1d2329", weight: 1, fillColor: colourOf(e.event_type), fillOpacity: 0.85,
    }).addTo(map).bindTooltip(h("span", { text: `${e.location || ""} (geo precision ${e.geo_precision || "?"})` }));
    state.miniMap = map;
  }

  // -- start --------------------------------------------------------------------------------

  async function start() {
    try {
      state.meta = await api("/api/meta");
    } catch (err) {
      showError(err);
      return;
    }
    state.other = state.meta.other_colour || state.other;
    for (const t of state.meta.event_types) state.colours[t.name] = t.colour;
    const select = document.querySelector("#filters select[name=event_type]");
    for (const t of state.meta.event_types) select.append(h("option", { value: t.name, text: t.name }));
    initMap();

    document.getElementById("filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      location.hash = overviewHash(formParams());
    });
    document.getElementById("reset").addEventListener("click", () => { location.hash = "#/"; });
    document.getElementById("area").addEventListener("click", () => {
      const b = state.map.getBounds();
      const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
      const box = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90),
                   clamp(b.getEast(), -180, 180), clamp(b.getNorth(), -90, 90)].map((v) => v.toFixed(3));
      const p = formParams();
      p.set("bbox", box.join(","));
      location.hash = overviewHash(p);
    });
    document.getElementById("token-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      state.token = ev.target.elements.token.value.trim();
      sessionStorage.setItem("eventfuse-token", state.token);
      document.getElementById("token-box").hidden = true;
      route();
    });
    window.addEventListener("hashchange", route);
    await route();
  }

  start();
})();
