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
  for (const c of children.flat(Infinity)) {
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
  for (const c of children.flat(Infinity)) {
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
  const response = await fetch(url, { headers: authHeaders() });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(errorMessage(response, body));
  return body;
}

// The API's own words for what went wrong: {"error": {"message": ...}} or {"error": "..."}.
function errorMessage(response, body) {
  const error = body && body.error;
  if (typeof error === "string" && error) return error;
  if (error && error.message) return error.message;
  return `${response.status} ${response.statusText}`.trim();
}

function authHeaders() {
  const token = localStorage.getItem("wirewatch-token");
  return token ? { Authorization: "Bearer " + token } : {};
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const key of FILTERS) if (params.get(key)) out.set(key, params.get(key));
  return out;
}

// --- shared pieces -----------------------------------------------------------------

const SECTOR = { GOV: "government", MIL: "military", LEG: "legislature", JUD: "judiciary", COP: "police", SPY: "intelligence",
  OPP: "opposition", PTY: "party", REB: "rebels", CVL: "civilians", BUS: "business", MED: "media", EDU: "education",
  NGO: "NGO", IGO: "intergovernmental", LAB: "labour", REL: "religious", REF: "refugees", CRM: "criminals" };

// A listed actor's name with what it stands for: "United States" (the country, USA) and "United
// States · government" (USA:GOV, an official or office of the state) are two actors, labelled apart.
function actorListLabel(a) {
  const name = a.name || a.actor_id;
  if (!a.sector || a.kind === "person" || a.kind === "igo") return name;
  return `${name} · ${SECTOR[a.sector] || a.sector}`;
}

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
  // On a phone the eleven fields would fill the first screen: they fold away under a summary.
  const active = [...filterParams(params).keys()];
  const open = window.matchMedia("(min-width: 601px)").matches;
  return h("details", { class: "filter-box", open },
    h("summary", {}, "Filters", active.length ? `: ${active.map((k) => `${k}=${params.get(k)}`).join(", ")}` : " (none)"), form);
}

// --- event explorer ----------------------------------------------------------------

// Modalities of events that happened (the API's default selection); any other is flagged.
const HAPPENED = new Set(["actual", "reported"]);

function statusOf(e) {
  const marks = [];
  if (e.polarity && e.polarity !== "affirmed") marks.push(e.polarity);
  if (e.modality && !HAPPENED.has(e.modality)) marks.push(e.modality);
  return marks;
}

function statusCell(e) {
  const marks = statusOf(e);
  if (!marks.length) return h("span", { class: "muted", title: `${e.polarity}, ${e.modality}` }, e.modality === "reported" ? "reported" : "✓");
  return marks.map((m) => h("span", { class: `flag flag-${m}`, title: `${e.polarity}, ${e.modality}: not an event that happened` }, m));
}

const COLUMNS = [
  { key: "date", label: "date", sort: "date", cell: (e) => e.date || "undated" },
  { key: "plover", label: "type", sort: "plover", cell: (e) => e.plover },
  { key: "cameo", label: "CAMEO", sort: "cameo", cell: (e) => e.cameo || "" },
  { key: "quad_class", label: "quad", sort: "quad_class", cell: (e) => quadBadge(e.quad_class) },
  { key: "status", label: "status", cell: statusCell },
  { key: "goldstein", label: "Goldstein", sort: "goldstein", cell: (e) => fmt(e.goldstein, 1) },
  { key: "sources", label: "source", cell: (e) => actorLinks(e.sources) },
  { key: "targets", label: "target", cell: (e) => actorLinks(e.targets) },
  { key: "sentence", label: "evidence", cell: (e) => link(`#/article/${encodeURIComponent(e.article_id)}?event=${e.event_id}`, e.sentence, { class: "evidence" }) },
  { key: "confidence", label: "conf.", sort: "confidence", cell: (e) => fmt(e.confidence, 2) },
];

function quadLegend() {
  return h("p", { class: "legend", id: "quad-legend" }, "quad class: ",
    Object.entries(QUAD).map(([q, name]) => h("span", {}, quadBadge(q), " ", name)),
    h("span", {}, "· status: ", h("span", { class: "flag flag-negated" }, "negated"), " ", h("span", { class: "flag flag-hypothetical" }, "hypothetical"),
      " ", h("span", { class: "flag flag-future" }, "future"), " rows did not happen (shown with “negated / hypothetical too”)"));
}

// "wirewatch-events_country-RUS_quad_class-4.csv": the file says which selection it holds.
function csvName(params) {
  const parts = [...filterParams(params)].map(([k, v]) => `${k}-${v}`.replace(/[^A-Za-z0-9.-]+/g, "_"));
  return ["wirewatch-events", ...parts].join("_").slice(0, 150) + ".csv";
}

// Every row the filters select, in the API's own CSV (GET /v1/events?format=csv without a limit).
async function downloadCsv(params, button) {
  const query = filterParams(params);
  query.set("sort", params.get("sort") || "date");
  query.set("format", "csv");
  button.setAttribute("aria-busy", "true");
  try {
    const response = await fetch(`/v1/events?${query}`, { headers: authHeaders() });
    if (!response.ok) throw new Error(errorMessage(response, await response.json().catch(() => null)));
    const url = URL.createObjectURL(await response.blob());
    const a = h("a", { href: url, download: csvName(params), hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (err) {
    button.after(h("span", { class: "error inline" }, err.message));
  } finally {
    button.removeAttribute("aria-busy");
  }
}

const FACETS = [
  { key: "type", label: "PLOVER type", filter: "type", text: (v) => v },
  { key: "quad_class", label: "quad class", filter: "quad_class", text: (v) => h("span", {}, quadBadge(v), " ", QUAD[v]) },
  { key: "source_country", label: "source country", filter: "country", text: (v) => v },
  { key: "target_country", label: "target country", filter: "country", text: (v) => v },
];

function facetPanel(data, params) {
  const groups = FACETS.map((f) => {
    const values = data.facets[f.key] || [];
    const items = values.slice(0, 12).map((v) => {
      const next = new URLSearchParams(params);
      const active = String(params.get(f.filter) || "").toUpperCase() === String(v.value).toUpperCase();
      if (active) next.delete(f.filter); else next.set(f.filter, v.value);
      next.delete("offset");
      return h("li", {}, link(hashFor("events", next), [f.text(v.value), h("span", { class: "n" }, v.count)],
        { class: "facet" + (active ? " active" : ""), "data-facet": f.key, "data-value": v.value, title: active ? "remove this filter" : "filter on this" }));
    });
    const more = values.length > 12 ? h("li", { class: "muted" }, `and ${values.length - 12} more`) : "";
    return h("section", { class: "facet-group" }, h("h3", {}, f.label), h("ul", {}, items, more));
  });
  const open = window.matchMedia("(min-width: 901px)").matches;
  return h("details", { class: "facets", id: "facets", open },
    h("summary", {}, `Facets: ${data.total} events by type, quad class and country`), groups);
}

function countText(page, offset) {
  if (page.items.length) {
    const shown = page.total > page.items.length ? `, showing ${offset + 1}–${offset + page.items.length}` : "";
    return `${page.total} events${shown}`;
  }
  return offset > 0 && page.total > 0 ? `${page.total} events; none from row ${offset + 1} on` : `${page.total} events`;
}

async function viewEvents(main, params) {
  const sort = params.get("sort") || "date";
  const offset = Math.max(0, Number(params.get("offset") || 0));
  const query = filterParams(params);
  query.set("sort", sort);
  query.set("limit", PAGE);
  query.set("offset", offset);
  const [page, facets] = await Promise.all([api("/events", query), api("/facets", filterParams(params))]);
  const head = h("tr", {}, COLUMNS.map((c) => {
    if (!c.sort) return h("th", {}, c.label);
    const active = sort.replace("-", "") === c.sort;
    const next = new URLSearchParams(params);
    next.set("sort", active && !sort.startsWith("-") ? "-" + c.sort : c.sort);
    next.delete("offset");
    return h("th", { class: "sortable", "data-sort": c.sort, onclick: () => { location.hash = hashFor("events", next); } },
      c.label, active ? h("span", { class: "arrow" }, sort.startsWith("-") ? " ▼" : " ▲") : "");
  }));
  const rows = page.items.map((e) => h("tr", { "data-event": e.event_id, class: statusOf(e).map((m) => `row-${m}`).join(" ") || null },
    COLUMNS.map((c) => h("td", { class: c.key }, c.cell(e)))));
  const pager = (to, text) => {
    const next = new URLSearchParams(params);
    next.set("offset", to);
    return link(hashFor("events", next), text, { class: "pager" });
  };
  const button = h("button", { type: "button", class: "secondary", id: "download-csv", title: "every row these filters select, as GET /v1/events?format=csv" },
    `Download CSV (${page.total} rows)`);
  button.addEventListener("click", () => downloadCsv(params, button));
  let empty = "No event matches these filters.";
  if (page.total && !page.items.length) empty = "No rows on this page: the selection is shorter.";
  main.replaceChildren(
    h("h1", {}, "Events"),
    filterForm("events", params),
    h("div", { class: "toolbar" },
      h("span", { id: "count" }, countText(page, offset)),
      page.total ? button : "",
      offset > 0 ? pager(Math.max(0, Math.min(offset - PAGE, Math.floor((page.total - 1) / PAGE) * PAGE)), "← previous") : "",
      page.next_offset !== null ? pager(offset + PAGE, "next →") : ""),
    quadLegend(),
    h("div", { class: "explorer" },
      facetPanel(facets, params),
      page.items.length ? h("div", { class: "table-wrap" }, h("table", { id: "events" }, h("thead", {}, head), h("tbody", {}, rows)))
        : h("p", { class: "muted", id: "events-empty" }, empty)),
  );
}

// --- article view --------------------------------------------------------------------

function spansOf(detail, selected) {
  const spans = [];
  // The evidence: the sentence of the event opened from the table, under the other marks.
  const chosen = detail.events.find((e) => e.event_id === selected);
  if (chosen) spans.push({ start: chosen.sentence_start, end: chosen.sentence_start + chosen.sentence.length, cls: "evidence-sentence", title: "the sentence this event was coded from" });
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
    const attrs = { class: covering.map((c) => c.cls).join(" "), title: covering.map((c) => c.title).filter(Boolean).join(" · ") };
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
    h("span", { class: "trigger" }, "trigger"), h("span", { class: "quote" }, "quote"),
    selected ? h("span", { class: "evidence-sentence" }, "the selected event's sentence") : "");
  const events = detail.events.length ? detail.events.map((e) => eventCard(e, e.event_id === selected))
    : [h("p", { class: "muted" }, "No events coded in this article.")];
  main.replaceChildren(
    h("h1", { id: "article-title" }, a.title || a.article_id), facts,
    h("div", { class: "article" },
      h("section", {}, legend, h("div", { class: "article-text", id: "article-text" }, highlighted(a.text || "", spansOf(detail, selected)))),
      h("section", { id: "article-events" }, h("h2", {}, `Events (${detail.events.length})`), events)));
  if (selected) {
    const sentence = document.querySelector("#article-text .evidence-sentence");
    const card = document.getElementById(`event-${selected}`);
    if (card) card.scrollIntoView({ block: "center" });
    if (sentence) sentence.scrollIntoView({ block: "center" });
  }
}

// --- actors --------------------------------------------------------------------------

async function viewActors(main, params) {
  const offset = Math.max(0, Number(params.get("offset") || 0));
  const query = new URLSearchParams({ limit: PAGE, offset });
  if (params.get("q")) query.set("q", params.get("q"));
  const page = await api("/actors", query);
  const form = h("form", { class: "filters" }, h("label", {}, "name or id", h("input", { name: "q", value: params.get("q") || "" })),
    h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = hashFor("actors", new URLSearchParams({ q: new FormData(form).get("q") }));
  });
  const pager = (to, text) => {
    const next = new URLSearchParams(params);
    next.set("offset", to);
    return link(hashFor("actors", next), text, { class: "pager" });
  };
  const shown = page.items.length ? `, showing ${offset + 1}–${offset + page.items.length}` : offset ? `; none from row ${offset + 1} on` : "";
  main.replaceChildren(h("h1", {}, "Actors"), form,
    h("div", { class: "toolbar" }, h("span", { id: "actor-count" }, `${page.total} actors${shown}`),
      offset > 0 ? pager(Math.max(0, offset - PAGE), "← previous") : "",
      page.next_offset !== null ? pager(page.next_offset, "next →") : ""),
    h("p", { class: "muted" }, "Events: every coded event naming the actor, negated and hypothetical ones included (as on its page). Seen: its first and last mention in the articles stored."),
    h("div", { class: "table-wrap" }, h("table", { id: "actors" }, h("thead", {}, h("tr", {}, ["actor", "code", "kind", "country", "sector", "role", "first seen", "last seen", "events"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((a) => h("tr", { "data-actor": a.actor_id },
        h("td", { class: "name" }, link(`#/actor/${encodeURIComponent(a.actor_id)}`, actorListLabel(a))), h("td", { class: "code" }, a.actor_id),
        h("td", {}, a.kind || ""), h("td", {}, a.country || ""), h("td", {}, a.sector ? `${a.sector} ${SECTOR[a.sector] || ""}` : ""), h("td", {}, a.role || ""),
        h("td", { class: "first-seen date" }, a.first_seen || ""), h("td", { class: "date" }, a.last_seen || ""), h("td", { class: "n-events" }, a.n_events)))))));
}

function timeline(events, W) {
  const dated = events.filter((e) => e.date);
  if (!dated.length) return h("p", { class: "muted" }, "No dated events to place on a timeline.");
  const H = 150, L = 70, R = 20;
  const times = dated.map((e) => Date.parse(e.date.slice(0, 10)));
  let [t0, t1] = [Math.min(...times), Math.max(...times)];
  if (t0 === t1) { t0 -= 86400e3 * 30; t1 += 86400e3 * 30; }
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const rowY = { source: 45, target: 100, both: 72 };
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "timeline", role: "img" },
    s("text", { x: 8, y: rowY.source + 4 }, "as source"), s("text", { x: 8, y: rowY.target + 4 }, "as target"),
    s("line", { class: "axis", x1: L, x2: W - R, y1: H - 20, y2: H - 20 }));
  for (const tick of timeTicks(t0, t1, Math.max(2, Math.floor((W - L - R) / 70)))) {
    svg.append(s("line", { class: "axis", x1: x(tick.t), x2: x(tick.t), y1: H - 20, y2: H - 16 }),
      s("text", { class: "tick", x: x(tick.t), y: H - 4, "text-anchor": "middle" }, tick.label));
  }
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
    h("h1", { id: "actor-name" }, actorListLabel(a)),
    h("dl", { class: "facts" }, h("dt", {}, "id"), h("dd", {}, a.actor_id), h("dt", {}, "kind"), h("dd", {}, a.kind || ""),
      h("dt", {}, "country"), h("dd", {}, a.country || ""), h("dt", {}, "mentioned"), h("dd", { id: "actor-seen" }, a.first_seen ? `${a.first_seen} to ${a.last_seen}` : "not in the stored articles"),
      a.aliases && a.aliases.length ? [h("dt", {}, "also called"), h("dd", { id: "aliases" }, a.aliases.join("; "))] : ""),
    h("h2", {}, "Roles over time"),
    d.roles.length ? h("div", { class: "table-wrap" }, h("table", { id: "roles" }, h("thead", {}, h("tr", {}, ["role", "sector", "country", "from", "to", "mentions"].map((t) => h("th", {}, t)))),
      h("tbody", {}, d.roles.map((r) => h("tr", {}, [r.role || "—", r.sector || "", r.country || "", r.first_seen || "", r.last_seen || "", r.mentions ?? ""].map((v) => h("td", {}, v)))))))
      : h("p", { class: "muted" }, "No mentions stored."),
    h("h2", {}, `Events (${d.events.length})`), timeline(d.events, chartWidth(main)),
    h("div", { class: "table-wrap" }, h("table", { id: "actor-events" }, h("tbody", {}, d.events.map((e) => h("tr", { class: statusOf(e).map((m) => `row-${m}`).join(" ") || null },
      h("td", { class: "date" }, e.date || ""), h("td", { class: "nowrap" }, quadBadge(e.quad_class), " ", e.plover), h("td", {}, statusCell(e)),
      h("td", {}, e.side), h("td", {}, link(`#/article/${encodeURIComponent(e.article_id)}?event=${e.event_id}`, e.sentence))))))));
}

// --- dyads ---------------------------------------------------------------------------

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
    parts.push(h("p", { class: "muted" }, "Bars: events per period on a time axis (a period with no event is a gap), stacked by quad class, left axis. "
        + "Dots and line: their mean Goldstein score, right axis from −10 (most conflictual) to +10 (most cooperative); the dashed blue line is Goldstein 0."),
      dyadChart(stats, chartWidth(main)),
      h("div", { class: "table-wrap" }, h("table", { id: "dyad-table" }, h("thead", {}, h("tr", {}, ["period", "events", "q1", "q2", "q3", "q4", "mean Goldstein"].map((t) => h("th", {}, t)))),
        h("tbody", {}, stats.periods.map((p) => h("tr", {}, [p.period || "undated", p.events, p.quad_class["1"], p.quad_class["2"], p.quad_class["3"], p.quad_class["4"], fmt(p.mean_goldstein, 2)].map((v) => h("td", {}, v))))))),
      h("p", {}, link(hashFor("events", new URLSearchParams({ dyad: `${a}-${b}` })), `Events between ${a} and ${b}`)));
  } else {
    parts.push(h("p", { class: "muted" }, "Pick two countries (ISO3 codes, or IGO codes such as UN)."));
  }
  main.replaceChildren(...parts);
}

// --- network and map (drawn by charts.js) ------------------------------------------------

async function viewNetwork(main, params) {
  const net = await api("/network", filterParams(params));
  const focus = params.get("country") || params.get("actor") || params.get("dyad");
  main.replaceChildren(h("h1", {}, "Who interacts with whom"), filterForm("network", params),
    h("p", { class: "muted", id: "network-count" }, `${net.nodes.length} countries, ${net.edges.length} directed pairs`,
      focus ? ` involving ${focus} (only edges with it are drawn)` : "", ". Layout: linked countries pull together, so clusters show. Click a country for its events."),
    networkLegend());
  main.append(networkSvg(net, params, chartWidth(main)));
}

// The map asks for this many places (the API's most): the busiest ones when there are more.
const MAP_PLACES = 1000;

async function viewMap(main, params) {
  const query = filterParams(params);
  query.set("limit", MAP_PLACES);
  const [located, world] = await Promise.all([api("/locations", query), worldOutlines()]);
  const all = located.items;
  const picked = h("div", { id: "map-place" });
  const pick = (place) => {
    const quads = Object.entries(place.quad_class).map(([q, n]) => h("li", {}, quadBadge(q), ` ${n} ${QUAD[q]}`));
    picked.replaceChildren(h("h2", {}, `${placeName(place)}: ${place.events} event${place.events > 1 ? "s" : ""}`),
      h("p", { class: "muted" }, place.latest ? `latest ${place.latest}` : "undated",
        " · most frequent types: ", place.types.map((t) => `${t.type} ${t.count}`).join(", ")),
      h("ul", { class: "place-quads" }, quads));
  };
  const total = all.reduce((n, p) => n + p.events, 0);
  main.replaceChildren(h("h1", {}, "Where events happened"), filterForm("map", params),
    h("p", { class: "muted", id: "map-count" }, all.length
      ? `${total} located events at ${all.length} places${all.length >= MAP_PLACES ? ` (the ${MAP_PLACES} places with most events)` : ""} (equirectangular; country outlines: Natural Earth 1:110m). Click a dot for its quad classes, top types and latest date.`
      : "No event under these filters has coordinates yet."),
    mapLegend(Math.max(1, ...all.map((p) => p.events))));
  main.append(mapSvg(world, all, chartWidth(main), pick), picked);
}

// --- articles list ----------------------------------------------------------------------------

async function viewArticles(main, params) {
  const query = new URLSearchParams({ limit: PAGE, offset: params.get("offset") || 0 });
  if (params.get("status")) query.set("status", params.get("status"));
  const page = await api("/articles", query);
  main.replaceChildren(h("h1", {}, "Articles"), h("p", { class: "muted" }, `${page.total} articles`),
    h("div", { class: "table-wrap" }, h("table", { id: "articles" }, h("thead", {}, h("tr", {}, ["published", "title", "source", "status", "events"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((a) => h("tr", {}, h("td", {}, a.published || ""),
        h("td", {}, link(`#/article/${encodeURIComponent(a.article_id)}`, a.title || a.article_id)), h("td", {}, a.source || ""),
        h("td", {}, a.status, a.reason ? ` (${a.reason})` : ""), h("td", {}, a.n_events)))))));
}

// --- happenings and stories (issue 13) -------------------------------------------------------

// A happening's columns: one row per real-world event, however many articles reported it.
const HAPPENING_COLUMNS = [
  { key: "date", label: "date", cell: (x) => x.date || "undated" },
  { key: "plover", label: "type", cell: (x) => h("span", { class: "nowrap" }, quadBadge(x.quad_class), " ", x.plover) },
  { key: "cameo", label: "CAMEO", cell: (x) => x.cameo || "" },
  { key: "actors", label: "sources → targets", cell: (x) => [actorLinks(x.sources), " → ", x.targets.length ? actorLinks(x.targets) : "—"] },
  { key: "n-articles", label: "articles", cell: (x) => x.n_articles },
  { key: "n-sources", label: "outlets", cell: (x) => x.n_sources },
  { key: "n-mentions", label: "mentions", cell: (x) => x.n_mentions },
  { key: "confidence", label: "conf.", cell: (x) => fmt(x.confidence, 2) },
];

function pagerLinks(view, params, offset, page) {
  const to = (n, text) => {
    const next = new URLSearchParams(params);
    next.set("offset", n);
    return link(hashFor(view, next), text, { class: "pager" });
  };
  return [offset > 0 ? to(Math.max(0, offset - PAGE), "← previous") : "", page.next_offset !== null && page.next_offset !== undefined ? to(page.next_offset, "next →") : ""];
}

async function viewHappenings(main, params) {
  const offset = Math.max(0, Number(params.get("offset") || 0));
  const query = filterParams(params);
  query.set("sort", params.get("sort") || "-article");
  query.set("limit", PAGE);
  query.set("offset", offset);
  const page = await api("/happenings", query);
  const sorts = [["-article", "most articles"], ["date", "date"], ["-date", "latest"], ["-confidence", "confidence"]];
  const sortLinks = sorts.map(([key, text]) => {
    const next = new URLSearchParams(params);
    next.set("sort", key);
    next.delete("offset");
    return key === query.get("sort") ? h("strong", {}, text) : link(hashFor("happenings", next), text);
  });
  const shown = page.items.length ? `, showing ${offset + 1}–${offset + page.items.length}` : "";
  main.replaceChildren(h("h1", {}, "Happenings"), filterForm("happenings", params),
    h("p", { class: "muted" }, "One row per real-world event: the events of every article reporting it merged. Articles counts copies; outlets counts independent sources."),
    h("div", { class: "toolbar" }, h("span", { id: "happening-count" }, `${page.total} happenings${shown}`),
      h("span", { class: "sort-links" }, "sort: ", sortLinks.flatMap((l, i) => (i ? [" · ", l] : [l]))), pagerLinks("happenings", params, offset, page)),
    page.items.length ? h("div", { class: "table-wrap" }, h("table", { id: "happenings", class: "cards" },
      h("thead", {}, h("tr", {}, HAPPENING_COLUMNS.map((c) => h("th", {}, c.label)), h("th", {}, ""))),
      h("tbody", {}, page.items.map((x) => h("tr", { "data-happening": x.happening_id },
        HAPPENING_COLUMNS.map((c) => h("td", { class: c.key, "data-label": c.label }, c.cell(x))),
        h("td", { class: "open" }, link(`#/happening/${encodeURIComponent(x.happening_id)}`, "reports →")))))))
      : h("p", { class: "muted", id: "happenings-empty" }, "No happening under these filters."));
}

// The sentence with its trigger marked; the trigger's offsets are in the article's text.
function sentenceWithTrigger(e) {
  const text = e.sentence || "";
  let start = e.trigger.start - (e.sentence_start || 0);
  if (!(start >= 0 && text.slice(start, start + e.trigger.text.length) === e.trigger.text)) start = text.indexOf(e.trigger.text);
  if (start < 0 || !e.trigger.text) return [text];
  const end = start + e.trigger.text.length;
  return [text.slice(0, start), h("mark", { class: "trigger" }, text.slice(start, end)), text.slice(end)];
}

async function viewHappening(main, id) {
  // One request: the happening with its reports (headline, outlet, date, URL, evidence sentences).
  const x = await api(`/happenings/${encodeURIComponent(id)}`);
  const reports = x.reports.map((a) => h("article", { class: "report", "data-article": a.article_id },
    h("h3", {}, link(`#/article/${encodeURIComponent(a.article_id)}${a.events.length ? `?event=${a.events[0].event_id}` : ""}`, a.title || a.article_id, { class: "report-title" })),
    h("p", { class: "meta" }, a.source || "unknown source", " · ", a.published || "undated",
      safeUrl(a.url) ? [" · ", h("a", { href: safeUrl(a.url), rel: "noopener noreferrer", class: "report-url" }, "original")] : "",
      a.duplicate_of ? [" · copy of ", link(`#/article/${encodeURIComponent(a.duplicate_of)}`, a.duplicate_of)] : ""),
    a.events.map((e) => h("div", { class: "report-event", "data-event": e.event_id },
      h("blockquote", { class: "evidence-quote" }, sentenceWithTrigger(e)),
      h("p", { class: "meta" }, `${e.plover}${e.cameo ? ` · CAMEO ${e.cameo}` : ""} · confidence ${fmt(e.confidence, 2)} · ${e.polarity}, ${e.modality}`)))));
  main.replaceChildren(
    h("h1", { id: "happening-title" }, quadBadge(x.quad_class), " ", x.plover, x.cameo ? ` (CAMEO ${x.cameo})` : "", ": ",
      actorLinks(x.sources), " → ", x.targets.length ? actorLinks(x.targets) : "—"),
    h("dl", { class: "facts", id: "happening-facts" },
      h("dt", {}, "id"), h("dd", {}, x.happening_id),
      h("dt", {}, "date"), h("dd", {}, x.date ? `${x.date} (${x.date_precision})` : "undated"),
      h("dt", {}, "place"), h("dd", {}, x.location ? x.location.name : ""),
      h("dt", {}, "Goldstein"), h("dd", {}, fmt(x.goldstein, 1)),
      h("dt", {}, "reports"), h("dd", {}, `${x.n_mentions} mentions in ${x.n_articles} articles from ${x.n_sources} outlets`),
      h("dt", {}, "first seen"), h("dd", {}, x.first_seen || ""),
      h("dt", {}, "confidence"), h("dd", {}, fmt(x.confidence, 2))),
    h("h2", {}, `Reports (${x.article_ids.length})`),
    h("p", { class: "legend" }, "Each article's evidence sentence, its ", h("mark", { class: "trigger" }, "trigger"), " marked."),
    h("div", { class: "reports", id: "reports" }, reports));
}

async function viewStories(main, params) {
  const offset = Math.max(0, Number(params.get("offset") || 0));
  const page = await api("/stories", new URLSearchParams({ limit: PAGE, offset }));
  const shown = page.items.length ? `, showing ${offset + 1}–${offset + page.items.length}` : "";
  main.replaceChildren(h("h1", {}, "Stories"),
    h("p", { class: "muted" }, "Articles grouped into stories as they arrived, most recent first."),
    h("div", { class: "toolbar" }, h("span", { id: "story-count" }, `${page.total} stories${shown}`), pagerLinks("stories", params, offset, page)),
    h("div", { class: "table-wrap" }, h("table", { id: "stories" },
      h("thead", {}, h("tr", {}, ["headline", "dates", "articles", "top actors"].map((t) => h("th", {}, t)))),
      h("tbody", {}, page.items.map((st) => h("tr", { "data-story": st.story_id },
        h("td", { class: "headline" }, link(`#/story/${encodeURIComponent(st.story_id)}`, st.headline || st.story_id)),
        h("td", { class: "date" }, st.first_date === st.last_date ? st.first_date || "" : `${st.first_date || "?"} – ${st.last_date || "?"}`),
        h("td", { class: "n-articles" }, st.n_articles),
        h("td", { class: "top-actors" }, st.top_actors.slice(0, 3).map((a) => a.name).join(", "))))))));
}

// Articles on a time axis, one dot per article (stacked when they share a day), as the dyad chart's axis.
function storyTimeline(items, W) {
  const dated = items.filter((it) => it.t !== null);
  if (!dated.length) return h("p", { class: "muted" }, "No dated article to place on a timeline.");
  const L = 20, R = 20;
  let [t0, t1] = [dated[0].t, dated[dated.length - 1].t];
  if (t0 === t1) { t0 -= DAY * 3; t1 += DAY * 3; }
  const pad = (t1 - t0) * 0.03;
  t0 -= pad; t1 += pad;
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const perDay = new Map();
  const placed = dated.map((it) => {
    const k = Math.round(x(it.t));
    const n = perDay.get(k) || 0;
    perDay.set(k, n + 1);
    return { it, cx: x(it.t), level: n };
  });
  const rows = Math.max(...placed.map((p) => p.level)) + 1;
  const H = 50 + rows * 16;
  const axisY = H - 24;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "story-timeline", role: "img", "aria-label": "the story's articles by date" },
    s("line", { class: "axis", x1: L, x2: W - R, y1: axisY, y2: axisY }));
  for (const tick of timeTicks(t0, t1, Math.max(2, Math.floor((W - L - R) / 80)))) {
    svg.append(s("line", { class: "axis", x1: x(tick.t), x2: x(tick.t), y1: axisY, y2: axisY + 4 }),
      s("text", { class: "tick", x: x(tick.t), y: H - 6, "text-anchor": "middle" }, tick.label));
  }
  for (const p of placed) {
    svg.append(s("a", { href: `#/article/${encodeURIComponent(p.it.id)}` },
      s("circle", { class: "story-article", cx: p.cx.toFixed(1), cy: axisY - 12 - p.level * 16, r: 6, "data-article": p.it.id, "data-date": p.it.date },
        s("title", {}, `${p.it.date} ${p.it.title}`))));
  }
  return svg;
}

async function viewStory(main, id) {
  // One request: the story with its articles (headline, outlet, date, URL, evidence sentence).
  const st = await api(`/stories/${encodeURIComponent(id)}`);
  const items = st.articles.map((a) => {
    const date = a.published ? a.published.slice(0, 10) : null;
    const t = date ? Date.parse(date) : NaN;
    return { id: a.article_id, title: a.title || a.article_id, source: a.source || "", event: a.event, date, t: Number.isNaN(t) ? null : t };
  });
  items.sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity) || a.id.localeCompare(b.id));
  const first = items.find((it) => it.t !== null);
  const span = first ? items.filter((it) => it.t !== null).slice(-1)[0].t - first.t : 0;
  const bar = (it) => {
    // A proportional bar: where in the story's span the article falls.
    const el = h("span", { class: "when-bar" }, h("span", { class: "when-dot" }));
    if (it.t !== null) el.firstChild.style.left = `${span ? ((it.t - first.t) / span) * 100 : 0}%`;
    return el;
  };
  const maxMentions = Math.max(1, ...st.top_actors.map((a) => a.mentions));
  main.replaceChildren(
    h("h1", { id: "story-title" }, st.headline || st.story_id),
    h("dl", { class: "facts" }, h("dt", {}, "id"), h("dd", {}, st.story_id),
      h("dt", {}, "dates"), h("dd", {}, `${st.first_date || "?"} to ${st.last_date || "?"}`),
      h("dt", {}, "articles"), h("dd", {}, st.n_articles)),
    h("h2", {}, "Timeline"), storyTimeline(items, chartWidth(main)),
    h("ol", { class: "story-articles", id: "story-articles" }, items.map((it) => h("li", { "data-article": it.id, "data-date": it.date || "" },
      h("span", { class: "date" }, it.date || "undated"), " ",
      link(`#/article/${encodeURIComponent(it.id)}${it.event ? `?event=${it.event.event_id}` : ""}`, it.title), " ",
      h("span", { class: "muted" }, it.source), bar(it),
      it.event ? h("blockquote", { class: "evidence-quote" }, sentenceWithTrigger(it.event)) : ""))),
    h("h2", {}, "Top actors"),
    h("ul", { class: "top-actors", id: "story-actors" }, st.top_actors.map((a) => {
      const meter = h("span", { class: "meter" }, h("span", {}));
      meter.firstChild.style.width = `${(a.mentions / maxMentions) * 100}%`;
      const target = a.actor_id ? `#/actor/${encodeURIComponent(a.actor_id)}`
        : (a.kind === "country" || a.kind === "igo") ? hashFor("events", new URLSearchParams({ country: a.code })) : hashFor("events", new URLSearchParams({ actor: a.name }));
      return h("li", { "data-code": a.code || "" },
        h("span", {}, link(target, a.name), a.code ? [" ", h("span", { class: "code" }, a.code)] : ""), " ", h("span", { class: "n" }, a.mentions), meter);
    })));
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
  happenings: (main, r) => viewHappenings(main, r.params),
  happening: (main, r) => viewHappening(main, r.arg),
  stories: (main, r) => viewStories(main, r.params),
  story: (main, r) => viewStory(main, r.arg),
};

async function render() {
  const main = document.getElementById("main");
  const r = route();
  const view = VIEWS[r.view] || VIEWS.events;
  const section = { article: "articles", actor: "actors", happening: "happenings", story: "stories" }[r.view] || r.view;
  const carried = filterParams(r.params);
  for (const a of document.querySelectorAll("#nav a")) {
    a.classList.toggle("active", a.dataset.view === section);
    if (["events", "network", "map", "happenings"].includes(a.dataset.view) && ["events", "network", "map", "happenings"].includes(r.view)) {
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
  document.body.dataset.shown = location.hash; // which view the page shows, for tests to wait on
  document.body.dataset.ready = "true";
}

const tokenInput = document.getElementById("token");
tokenInput.value = localStorage.getItem("wirewatch-token") || "";
tokenInput.addEventListener("change", () => {
  localStorage.setItem("wirewatch-token", tokenInput.value.trim());
  render();
});
window.addEventListener("hashchange", render);
document.addEventListener("DOMContentLoaded", render); // after charts.js, loaded next, has run
