// wirewatch web UI: plain JavaScript, no build step, no CDN.
// Every piece of data reaches the page through textContent or setAttribute,
// never innerHTML, so article text containing markup is shown, not run.
"use strict";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QUAD_COLOR = { 1: "#2e8b57", 2: "#8fbc5a", 3: "#e0a030", 4: "#c8372d" };
const FILTERS = ["actor", "country", "dyad", "type", "quad_class", "since", "until", "q", "min_confidence", "all"];
const SVGNS = "http://www.w3.org/2000/svg";
const PAGE = 100;

// --- small DOM helpers ---------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function link(href, text, attrs) { return h("a", { href, ...(attrs || {}) }, text); }
function safeUrl(url) { return /^https?:\/\//i.test(url || "") ? url : null; }
function fmt(x, digits) { return x === null || x === undefined ? "" : Number(x).toFixed(digits); }

function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query] = hash.split("?");
  const parts = (path || "events").split("/").map(decodeURIComponent);
  return { view: parts[0] || "events", arg: parts.slice(1).join("/"), params: new URLSearchParams(query || "") };
}

function hashFor(view, params) {
  const q = params.toString();
  return `#/${view}${q ? "?" + q : ""}`;
}

// --- API ---------------------------------------------------------------------------

async function api(path, params) {
  const url = "/v1" + path + (params && params.toString() ? "?" + params.toString() : "");
  const token = localStorage.getItem("wirewatch-token");
  const response = await fetch(url, { headers: token ? { Authorization: "Bearer " + token } : {} });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `${response.status} ${response.statusText}`;
    throw new Error(message);
  }
  return body;
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const key of FILTERS) if (params.get(key)) out.set(key, params.get(key));
  return out;
}

// --- shared pieces -----------------------------------------------------------------

function actorLabel(a) {
  const who = a.name || a.text;
  const code = [a.country, a.sector].filter(Boolean).join("/");
  return code ? `${who} [${code}]` : who;
}

function actorLinks(actors) {
  const out = [];
  actors.forEach((a, i) => {
    if (i) out.push("; ");
    out.push(a.actor_id ? link(`#/actor/${encodeURIComponent(a.actor_id)}`, actorLabel(a)) : actorLabel(a));
  });
  return out;
}

function quadBadge(q) {
  return q ? h("span", { class: `quad quad-${q}`, title: QUAD[q] }, q) : "";
}

function filterForm(view, params) {
  const input = (name, label, attrs) =>
    h("label", {}, label, h("input", { name, value: params.get(name) || "", ...(attrs || {}) }));
  const quad = h("select", { name: "quad_class" }, h("option", { value: "" }, "any"),
    [1, 2, 3, 4].map((q) => h("option", { value: q, selected: params.get("quad_class") === String(q) }, `${q} ${QUAD[q]}`)));
  const types = h("datalist", { id: "plover-types" }, PLOVER.map((t) => h("option", { value: t })));
  const form = h("form", { class: "filters", id: "filters" },
    input("actor", "actor", { placeholder: "name or id" }),
    input("country", "country", { placeholder: "ISO3", size: 5 }),
    input("dyad", "dyad", { placeholder: "USA-RUS", size: 8 }),
    input("type", "type", { list: "plover-types", placeholder: "PLOVER" }), types,
    h("label", {}, "quad class", quad),
    input("since", "since", { type: "date" }),
    input("until", "until", { type: "date" }),
    input("q", "sentence contains"),
    input("min_confidence", "min. confidence", { type: "number", min: 0, max: 1, step: 0.05, placeholder: "0–1",
      title: "only events at least this likely to be right (calibrated confidence, 0 to 1)" }),
    h("label", { class: "check" }, h("input", { type: "checkbox", name: "all", checked: params.get("all") === "true" }), "negated / hypothetical too"),
    h("button", { type: "submit" }, "Apply"),
    link(`#/${view}`, "Clear", { class: "button secondary" }));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) next.set(k, k === "all" ? "true" : v.trim());
    const sort = params.get("sort");
    if (sort && view === "events") next.set("sort", sort);
    location.hash = hashFor(view, next);
  });
  return form;
}

// --- event explorer ----------------------------------------------------------------

const COLUMNS = [
  { key: "date", label: "date", sort: "date", cell: (e) => e.date || "undated" },
  { key: "plover", label: "type", sort: "plover", cell: (e) => e.plover },
  { key: "cameo", label: "CAMEO", sort: "cameo", cell: (e) => e.cameo || "" },
  { key: "quad_class", label: "quad", sort: "quad_class", cell: (e) => quadBadge(e.quad_class) },
  { key: "goldstein", label: "Goldstein", sort: "goldstein", cell: (e) => fmt(e.goldstein, 1) },
  { key: "sources", label: "source", cell: (e) => actorLinks(e.sources) },
  { key: "targets", label: "target", cell: (e) => actorLinks(e.targets) },
  { key: "sentence", label: "evidence", cell: (e) => link(`#/article/${encodeURIComponent(e.article_id)}?event=${e.event_id}`, e.sentence, { class: "evidence" }) },
  { key: "confidence", label: "conf.", sort: "confidence", cell: (e) => fmt(e.confidence, 2) },
];

function csvCell(value) {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function eventsCsv(events) {
  const head = ["event_id", "article_id", "date", "plover", "cameo", "quad_class", "goldstein", "polarity",
    "modality", "sources", "targets", "sentence", "trigger", "confidence", "rule"];
  const rows = events.map((e) => [e.event_id, e.article_id, e.date, e.plover, e.cameo, e.quad_class, e.goldstein,
    e.polarity, e.modality, e.sources.map(actorLabel).join("; "), e.targets.map(actorLabel).join("; "),
    e.sentence, e.trigger.text, e.confidence, e.rule]);
  return [head, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

async function viewEvents(main, params) {
  const sort = params.get("sort") || "date";
  const offset = Number(params.get("offset") || 0);
  const query = filterParams(params);
  query.set("sort", sort);
  query.set("limit", PAGE);
  query.set("offset", offset);
  const page = await api("/events", query);
  const head = h("tr", {}, COLUMNS.map((c) => {
    if (!c.sort) return h("th", {}, c.label);
    const active = sort.replace("-", "") === c.sort;
    const next = new URLSearchParams(params);
    next.set("sort", active && !sort.startsWith("-") ? "-" + c.sort : c.sort);
    next.delete("offset");
    return h("th", { class: "sortable", "data-sort": c.sort, onclick: () => { location.hash = hashFor("events", next); } },
      c.label, active ? h("span", { class: "arrow" }, sort.startsWith("-") ? " ▼" : " ▲") : "");
  }));
  const rows = page.items.map((e) => h("tr", { "data-event": e.event_id }, COLUMNS.map((c) => h("td", { class: c.key }, c.cell(e)))));
  const csv = URL.createObjectURL(new Blob([eventsCsv(page.items)], { type: "text/csv" }));
  const pager = (delta, text) => {
    const next = new URLSearchParams(params);
    next.set("offset", Math.max(0, offset + delta));
    return link(hashFor("events", next), text);
  };
  main.replaceChildren(
    h("h1", {}, "Events"),
    filterForm("events", params),
    h("div", { class: "toolbar" },
      h("span", { id: "count" }, `${page.total} events`, page.total > PAGE ? `, showing ${offset + 1}–${offset + page.items.length}` : ""),
      h("a", { class: "button secondary", id: "download-csv", href: csv, download: "events.csv" }, "Download CSV of this table"),
      offset > 0 ? pager(-PAGE, "← previous") : "",
      page.next_offset !== null ? pager(PAGE, "next →") : ""),
    page.items.length ? h("table", { id: "events" }, h("thead", {}, head), h("tbody", {}, rows))
      : h("p", { class: "muted", id: "events-empty" }, "No event matches these filters."),
  );
}

// --- article view --------------------------------------------------------------------

function spansOf(detail) {
  const spans = [];
  for (const m of detail.mentions) spans.push({ start: m.start, end: m.end, cls: `mention kind-${m.kind}`, title: actorLabel(m), actor: m.actor_id });
  for (const e of detail.events) spans.push({ start: e.trigger.start, end: e.trigger.end, cls: "trigger", title: `${e.plover} (${e.rule})`, event: e.event_id });
  for (const q of detail.quotes) spans.push({ start: q.start, end: q.end, cls: "quote", title: q.speaker ? `said by ${actorLabel(q.speaker)}` : "quote" });
  return spans.filter((x) => x.end > x.start);
}

function highlighted(text, spans) {
  // Cut the text at every span boundary; each piece carries the classes of the spans covering it.
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(Math.max(0, sp.start)); cuts.add(Math.min(text.length, sp.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b);
    if (!covering.length) { out.push(piece); continue; }
    const attrs = { class: covering.map((c) => c.cls).join(" "), title: covering.map((c) => c.title).join(" · ") };
    const ev = covering.find((c) => c.event);
    if (ev) attrs["data-event"] = ev.event;
    const actor = covering.find((c) => c.actor);
    out.push(actor ? h("a", { href: `#/actor/${encodeURIComponent(actor.actor)}`, ...attrs }, piece) : h("span", attrs, piece));
  }
  return out;
}

function eventCard(e, selected) {
  return h("div", { class: "event-card" + (selected ? " selected" : ""), id: `event-${e.event_id}`, "data-event": e.event_id },
    h("div", {}, quadBadge(e.quad_class), " ", h("strong", {}, e.plover), e.mode ? ` (${e.mode})` : "", e.cameo ? ` · CAMEO ${e.cameo}` : "",
      e.goldstein !== null ? ` · Goldstein ${fmt(e.goldstein, 1)}` : ""),
    h("div", {}, actorLinks(e.sources), " → ", actorLinks(e.targets)),
    h("div", { class: "meta" }, `rule ${e.rule} · confidence ${fmt(e.confidence, 2)} · ${e.polarity}, ${e.modality}`,
      e.date ? ` · ${e.date} (${e.date_precision})` : "", e.location ? ` · ${e.location.name}` : ""),
    h("div", { class: "meta" }, "trigger: ", h("span", { class: "trigger" }, e.trigger.text)));
}

async function viewArticle(main, id, params) {
  const detail = await api(`/articles/${encodeURIComponent(id)}`);
  const a = detail.article;
  const selected = params.get("event");
  const url = safeUrl(a.url);
  const facts = h("dl", { class: "facts" },
    h("dt", {}, "id"), h("dd", {}, a.article_id),
    h("dt", {}, "source"), h("dd", {}, a.source || ""),
    h("dt", {}, "published"), h("dd", {}, a.published || "unknown"),
    h("dt", {}, "url"), h("dd", {}, url ? h("a", { href: url, rel: "noopener noreferrer" }, url) : (a.url || "")),
    h("dt", {}, "status"), h("dd", {}, a.status, a.message ? ` — ${a.message}` : ""));
  const legend = h("p", { class: "legend" }, h("span", { class: "mention" }, "actor"), h("span", { class: "mention kind-person" }, "person"),
    h("span", { class: "trigger" }, "trigger"), h("span", { class: "quote" }, "quote"));
  const events = detail.events.length ? detail.events.map((e) => eventCard(e, e.event_id === selected))
    : [h("p", { class: "muted" }, "No events coded in this article.")];
  main.replaceChildren(
    h("h1", { id: "article-title" }, a.title || a.article_id), facts,
    h("div", { class: "article" },
      h("section", {}, legend, h("div", { class: "article-text", id: "article-text" }, highlighted(a.text || "", spansOf(detail)))),
      h("section", { id: "article-events" }, h("h2", {}, `Events (${detail.events.length})`), events)));
  if (selected) {
    const card = document.getElementById(`event-${selected}`);
    if (card) card.scrollIntoView({ block: "center" });
  }
}

// --- actors --------------------------------------------------------------------------

async function viewActors(main, params) {
  const query = new URLSearchParams({ limit: PAGE });
  if (params.get("q")) query.set("q", params.get("q"));
  const page = await api("/actors", query);
  const form = h("form", { class: "filters" }, h("label", {}, "name or id", h("input", { name: "q", value: params.get("q") || "" })),
    h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = hashFor("actors", new URLSearchParams({ q: new FormData(form).get("q") }));
  });
  main.replaceChildren(h("h1", {}, "Actors"), form, h("p", { class: "muted" }, `${page.total} actors`),
    h("table", { id: "actors" }, h("thead", {}, h("tr", {}, ["actor", "kind", "country", "sector", "role", "first seen", "last seen", "events"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((a) => h("tr", {},
        h("td", {}, link(`#/actor/${encodeURIComponent(a.actor_id)}`, a.name || a.actor_id)), h("td", {}, a.kind || ""),
        h("td", {}, a.country || ""), h("td", {}, a.sector || ""), h("td", {}, a.role || ""),
        h("td", {}, a.first_seen || ""), h("td", {}, a.last_seen || ""), h("td", {}, a.n_events))))));
}

function timeline(events) {
  const dated = events.filter((e) => e.date);
  if (!dated.length) return h("p", { class: "muted" }, "No dated events to place on a timeline.");
  const W = 900, H = 150, L = 70, R = 20;
  const times = dated.map((e) => Date.parse(e.date.slice(0, 10)));
  let [t0, t1] = [Math.min(...times), Math.max(...times)];
  if (t0 === t1) { t0 -= 86400e3 * 30; t1 += 86400e3 * 30; }
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const rowY = { source: 45, target: 100 };
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "timeline", role: "img" },
    s("text", { x: 8, y: rowY.source + 4 }, "as source"), s("text", { x: 8, y: rowY.target + 4 }, "as target"),
    s("line", { class: "axis", x1: L, x2: W - R, y1: H - 20, y2: H - 20 }),
    s("text", { x: L, y: H - 5 }, new Date(t0).toISOString().slice(0, 10)),
    s("text", { x: W - R, y: H - 5, "text-anchor": "end" }, new Date(t1).toISOString().slice(0, 10)));
  dated.forEach((e, i) => {
    const a = s("a", { href: `#/article/${encodeURIComponent(e.article_id)}?event=${e.event_id}` },
      s("circle", { cx: x(times[i]), cy: rowY[e.side] || 70, r: 6, fill: QUAD_COLOR[e.quad_class] || "#999", "fill-opacity": 0.8 },
        s("title", {}, `${e.date} ${e.plover}: ${e.sentence}`)));
    svg.append(a);
  });
  return svg;
}

async function viewActor(main, id) {
  const d = await api(`/actors/${encodeURIComponent(id)}`);
  const a = d.actor;
  main.replaceChildren(
    h("h1", { id: "actor-name" }, a.name || a.actor_id),
    h("dl", { class: "facts" }, h("dt", {}, "id"), h("dd", {}, a.actor_id), h("dt", {}, "kind"), h("dd", {}, a.kind || ""),
      h("dt", {}, "country"), h("dd", {}, a.country || ""), h("dt", {}, "seen"), h("dd", {}, `${a.first_seen || "?"} to ${a.last_seen || "?"}`),
      a.aliases && a.aliases.length ? [h("dt", {}, "also called"), h("dd", { id: "aliases" }, a.aliases.join("; "))] : ""),
    h("h2", {}, "Roles over time"),
    d.roles.length ? h("table", { id: "roles" }, h("thead", {}, h("tr", {}, ["role", "sector", "country", "from", "to", "mentions"].map((t) => h("th", {}, t)))),
      h("tbody", {}, d.roles.map((r) => h("tr", {}, [r.role || "—", r.sector || "", r.country || "", r.first_seen || "", r.last_seen || "", r.mentions ?? ""].map((v) => h("td", {}, v))))))
      : h("p", { class: "muted" }, "No mentions stored."),
    h("h2", {}, `Events (${d.events.length})`), timeline(d.events),
    h("table", {}, h("tbody", {}, d.events.map((e) => h("tr", {}, h("td", {}, e.date || ""), h("td", {}, quadBadge(e.quad_class), " ", e.plover),
      h("td", {}, e.side), h("td", {}, link(`#/article/${encodeURIComponent(e.article_id)}?event=${e.event_id}`, e.sentence)))))));
}

// --- dyads ---------------------------------------------------------------------------

function dyadChart(stats) {
  const periods = stats.periods.filter((p) => p.period);
  if (!periods.length) return h("p", { class: "muted", id: "dyad-empty" }, "No dated events between these two.");
  const W = 900, H = 280, L = 40, B = 40, T = 20, R = 40;
  const max = Math.max(...periods.map((p) => p.events));
  const bw = Math.min(80, (W - L - R) / periods.length);
  const y = (n) => H - B - (n / max) * (H - B - T);
  const g = (v) => H - B - ((v + 10) / 20) * (H - B - T);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "dyad-chart", role: "img" },
    s("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }),
    s("text", { x: 4, y: T + 4 }, max), s("text", { x: W - R + 4, y: g(10) + 4 }, "+10"), s("text", { x: W - R + 4, y: g(-10) + 4 }, "−10"),
    s("line", { class: "grid", x1: L, x2: W - R, y1: g(0), y2: g(0), "stroke-dasharray": "4 3" }));
  const line = [];
  periods.forEach((p, i) => {
    let base = 0;
    for (const q of ["1", "2", "3", "4"]) {
      const n = p.quad_class[q];
      if (!n) continue;
      svg.append(s("rect", { x: L + i * bw + 2, width: Math.max(2, bw - 4), y: y(base + n), height: y(base) - y(base + n), fill: QUAD_COLOR[q], class: `bar quad-${q}` },
        s("title", {}, `${p.period}: ${n} ${QUAD[q]}`)));
      base += n;
    }
    svg.append(s("text", { x: L + i * bw + bw / 2, y: H - B + 14, "text-anchor": "middle" }, p.period));
    if (p.mean_goldstein !== null) {
      const [px, py] = [L + i * bw + bw / 2, g(p.mean_goldstein)];
      line.push(`${px},${py}`);
      svg.append(s("circle", { cx: px, cy: py, r: 4, fill: "#1f5fbf", class: "goldstein" }, s("title", {}, `${p.period}: mean Goldstein ${fmt(p.mean_goldstein, 2)}`)));
    }
  });
  if (line.length) svg.append(s("polyline", { points: line.join(" "), fill: "none", stroke: "#1f5fbf", "stroke-width": 2 }, s("title", {}, "mean Goldstein")));
  return svg;
}

async function viewDyad(main, params) {
  const [a, b, period] = [params.get("a") || "", params.get("b") || "", params.get("period") || "month"];
  const form = h("form", { class: "filters", id: "dyad-form" },
    h("label", {}, "country A", h("input", { name: "a", value: a, placeholder: "USA", size: 6 })),
    h("label", {}, "country B", h("input", { name: "b", value: b, placeholder: "RUS", size: 6 })),
    h("label", {}, "period", h("select", { name: "period" }, ["day", "month", "year"].map((p) => h("option", { value: p, selected: p === period }, p)))),
    h("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = hashFor("dyad", new URLSearchParams({ a: f.get("a").trim().toUpperCase(), b: f.get("b").trim().toUpperCase(), period: f.get("period") }));
  });
  const parts = [h("h1", {}, "Dyad: cooperation and conflict over time"), form];
  if (a && b) {
    const stats = await api("/stats/dyads", new URLSearchParams({ a, b, period }));
    parts.push(h("p", { class: "legend" }, Object.entries(QUAD).map(([q, name]) => h("span", {}, quadBadge(q), " ", name)), h("span", {}, "line: mean Goldstein (−10…+10)")),
      dyadChart(stats),
      h("table", { id: "dyad-table" }, h("thead", {}, h("tr", {}, ["period", "events", "q1", "q2", "q3", "q4", "mean Goldstein"].map((t) => h("th", {}, t)))),
        h("tbody", {}, stats.periods.map((p) => h("tr", {}, [p.period || "undated", p.events, p.quad_class["1"], p.quad_class["2"], p.quad_class["3"], p.quad_class["4"], fmt(p.mean_goldstein, 2)].map((v) => h("td", {}, v)))))),
      h("p", {}, link(hashFor("events", new URLSearchParams({ dyad: `${a}-${b}` })), `Events between ${a} and ${b}`)));
  } else {
    parts.push(h("p", { class: "muted" }, "Pick two countries (ISO3 codes, or IGO codes such as UN)."));
  }
  main.replaceChildren(...parts);
}

// --- network and map ----------------------------------------------------------------------

function goldsteinColor(g) {
  if (g === null || g === undefined) return "#999";
  return g >= 0 ? (g >= 4 ? QUAD_COLOR[2] : QUAD_COLOR[1]) : (g <= -5 ? QUAD_COLOR[4] : QUAD_COLOR[3]);
}

function networkSvg(net, params) {
  if (!net.nodes.length) return h("p", { class: "muted", id: "network-empty" }, "No country-to-country events under these filters.");
  const W = 760, H = 560, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 60;
  const pos = {};
  net.nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / net.nodes.length - Math.PI / 2;
    pos[n.id] = [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  });
  const maxEdge = Math.max(...net.edges.map((e) => e.events));
  const maxNode = Math.max(...net.nodes.map((n) => n.events));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "network", role: "img" },
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
      s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#888" }))));
  for (const e of net.edges) {
    const [[x1, y1], [x2, y2]] = [pos[e.source], pos[e.target]];
    svg.append(s("line", { x1, y1, x2, y2, class: "edge", stroke: goldsteinColor(e.mean_goldstein), "stroke-width": 1 + (4 * e.events) / maxEdge, "stroke-opacity": 0.75, "marker-end": "url(#arrow)" },
      s("title", {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${fmt(e.mean_goldstein, 1)}`)));
  }
  for (const n of net.nodes) {
    const [x, y] = pos[n.id];
    const next = filterParams(params);
    next.set("country", n.id);
    svg.append(s("a", { href: hashFor("events", next) },
      s("circle", { cx: x, cy: y, r: 6 + (10 * n.events) / maxNode, fill: "#1f5fbf", "fill-opacity": 0.85, class: "node" }, s("title", {}, `${n.id}: ${n.events} events`)),
      s("text", { x, y: y - 14 - (10 * n.events) / maxNode, "text-anchor": "middle" }, n.id)));
  }
  return svg;
}

async function viewNetwork(main, params) {
  const net = await api("/network", filterParams(params));
  main.replaceChildren(h("h1", {}, "Who interacts with whom"), filterForm("network", params),
    h("p", { class: "muted" }, `${net.nodes.length} countries, ${net.edges.length} directed pairs; edge colour by mean Goldstein, width by count. Click a country for its events.`),
    networkSvg(net, params));
}

function mapSvg(points) {
  const W = 900, H = 450;
  const x = (lon) => ((lon + 180) / 360) * W;
  const y = (lat) => ((90 - lat) / 180) * H;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "map", role: "img" });
  for (let lon = -180; lon <= 180; lon += 30) svg.append(s("line", { class: "grid", x1: x(lon), x2: x(lon), y1: 0, y2: H }));
  for (let lat = -90; lat <= 90; lat += 30) svg.append(s("line", { class: "grid", x1: 0, x2: W, y1: y(lat), y2: y(lat) }));
  svg.append(s("line", { class: "axis", x1: 0, x2: W, y1: y(0), y2: y(0), "stroke-dasharray": "4 3" }));
  for (let lon = -150; lon < 180; lon += 60) svg.append(s("text", { x: x(lon) + 3, y: H - 4, class: "tick" }, `${lon}°`));
  for (let lat = -60; lat < 90; lat += 30) svg.append(s("text", { x: 3, y: y(lat) - 3, class: "tick" }, `${lat}°`));
  const labelled = new Set();
  for (const p of points) {
    const key = `${p.name}|${fmt(p.lat, 1)}|${fmt(p.lon, 1)}`;
    if (p.name && !labelled.has(key)) {
      labelled.add(key);
      svg.append(s("text", { x: x(p.lon) + 7, y: y(p.lat) + 4, class: "place" }, p.name));
    }
  }
  for (const p of points) {
    svg.append(s("a", { href: `#/article/${encodeURIComponent(p.article_id)}?event=${p.event_id}` },
      s("circle", { cx: x(p.lon), cy: y(p.lat), r: 5, fill: QUAD_COLOR[p.quad_class] || "#555", "fill-opacity": 0.8, class: "point" },
        s("title", {}, `${p.name || ""} (${fmt(p.lat, 2)}, ${fmt(p.lon, 2)}) ${p.date || ""} ${p.plover}`))));
  }
  return svg;
}

async function viewMap(main, params) {
  const located = await api("/locations", filterParams(params));
  main.replaceChildren(h("h1", {}, "Where events happened"), filterForm("map", params),
    h("p", { class: "muted", id: "map-count" }, located.items.length
      ? `${located.items.length} located events (equirectangular: longitude across, latitude up; grid every 30°).`
      : "No event under these filters has coordinates yet."),
    mapSvg(located.items));
}

// --- articles list ----------------------------------------------------------------------------

async function viewArticles(main, params) {
  const query = new URLSearchParams({ limit: PAGE, offset: params.get("offset") || 0 });
  if (params.get("status")) query.set("status", params.get("status"));
  const page = await api("/articles", query);
  main.replaceChildren(h("h1", {}, "Articles"), h("p", { class: "muted" }, `${page.total} articles`),
    h("table", { id: "articles" }, h("thead", {}, h("tr", {}, ["published", "title", "source", "status", "events"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((a) => h("tr", {}, h("td", {}, a.published || ""),
        h("td", {}, link(`#/article/${encodeURIComponent(a.article_id)}`, a.title || a.article_id)), h("td", {}, a.source || ""),
        h("td", {}, a.status, a.reason ? ` (${a.reason})` : ""), h("td", {}, a.n_events))))));
}

// --- router --------------------------------------------------------------------------------

const VIEWS = {
  events: (main, r) => viewEvents(main, r.params),
  article: (main, r) => viewArticle(main, r.arg, r.params),
  actors: (main, r) => viewActors(main, r.params),
  actor: (main, r) => viewActor(main, r.arg),
  dyad: (main, r) => viewDyad(main, r.params),
  network: (main, r) => viewNetwork(main, r.params),
  map: (main, r) => viewMap(main, r.params),
  articles: (main, r) => viewArticles(main, r.params),
};

async function render() {
  const main = document.getElementById("main");
  const r = route();
  const view = VIEWS[r.view] || VIEWS.events;
  const section = { article: "articles", actor: "actors" }[r.view] || r.view;
  const carried = filterParams(r.params);
  for (const a of document.querySelectorAll("#nav a")) {
    a.classList.toggle("active", a.dataset.view === section);
    if (["events", "network", "map"].includes(a.dataset.view) && ["events", "network", "map"].includes(r.view)) {
      a.setAttribute("href", hashFor(a.dataset.view, carried));
    }
  }
  document.body.dataset.view = r.view;
  document.body.dataset.ready = "false";
  try {
    await view(main, r);
  } catch (err) {
    main.replaceChildren(h("p", { class: "error", id: "error" }, err.message));
  }
  document.body.dataset.ready = "true";
}

const tokenInput = document.getElementById("token");
tokenInput.value = localStorage.getItem("wirewatch-token") || "";
tokenInput.addEventListener("change", () => {
  localStorage.setItem("wirewatch-token", tokenInput.value.trim());
  render();
});
window.addEventListener("hashchange", render);
render();
