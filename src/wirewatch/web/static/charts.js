// wirewatch web UI, charts: the dyad time chart, the network layout and the map, in plain SVG.
// Loaded before app.js, whose helpers (h, s, link, fmt, QUAD, QUAD_COLOR, ...) these call.
// Every SVG is drawn at the width of the page's main column (viewBox = pixels), so text keeps
// its CSS size on a phone instead of being scaled down with the drawing.
"use strict";

const DAY = 86400e3;
const CHAR_W = 6.2; // rough width of one 11-px character, for legends

// The width an 11-px SVG label will take (the font of style.css's `svg text`), for placing labels.
const MEASURE = document.createElement("canvas").getContext("2d");
function textWidth(text) {
  MEASURE.font = `11px ${getComputedStyle(document.body).fontFamily}`;
  return MEASURE.measureText(text).width;
}

function chartWidth(main, min = 300, max = 1100) {
  const style = getComputedStyle(main);
  const inner = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Math.round(Math.max(min, Math.min(max, inner - 2)));
}

function svgOf(id, W, H, ...children) {
  return s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id, role: "img" }, ...children);
}

// Labels placed greedily, biggest first; a label that would overlap one already placed (or a
// reserved box such as a dot) tries the other sides of its anchor, and is left out if none is free.
function placeLabels(items, reserved, W, H) {
  const boxes = [...reserved];
  const free = (b) => b.x >= 0 && b.y >= 0 && b.x + b.w <= W && b.y + b.h <= H &&
    !boxes.some((o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h);
  const placed = [];
  for (const it of items) {
    const w = textWidth(it.text) + 3, hgt = 14, gap = it.gap || 4;
    const tries = [
      { x: it.x + gap, y: it.y - hgt / 2, anchor: "start" },
      { x: it.x - gap - w, y: it.y - hgt / 2, anchor: "end" },
      { x: it.x - w / 2, y: it.y - gap - hgt, anchor: "middle" },
      { x: it.x - w / 2, y: it.y + gap, anchor: "middle" },
    ];
    const spot = tries.map((t) => ({ ...t, w, h: hgt })).find(free);
    if (!spot) continue;
    boxes.push(spot);
    const tx = spot.anchor === "start" ? spot.x + 1 : spot.anchor === "end" ? spot.x + w - 1 : spot.x + w / 2;
    placed.push({ ...it, tx, ty: spot.y + hgt - 3, anchor: spot.anchor });
  }
  return placed;
}

function haloText(x, y, anchor, text, cls) {
  return s("text", { x, y, "text-anchor": anchor, class: `halo ${cls || ""}` }, text);
}

// A legend row inside an SVG: swatches with words, wrapped to the chart's width.
function svgLegend(entries, x0, y0, W) {
  const g = s("g", { class: "chart-legend" });
  let [x, y] = [x0, y0];
  for (const e of entries) {
    const w = 18 + e.label.length * CHAR_W + 14;
    if (x + w > W && x > x0) { x = x0; y += 16; }
    g.append(e.line
      ? s("line", { x1: x, x2: x + 14, y1: y - 4, y2: y - 4, stroke: e.color, "stroke-width": 2.5 })
      : s("rect", { x, y: y - 10, width: 12, height: 10, fill: e.color }));
    g.append(s("text", { x: x + 18, y }, e.label));
    x += w;
  }
  return { g, bottom: y };
}

// --- dyad: counts and mean Goldstein on a time axis -----------------------------------------

function periodSpan(key) {
  const [y, m, d] = key.split("-").map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d + 1)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

// Tick marks at calendar boundaries: the finest step (month … decade) that leaves room for labels.
function timeTicks(t0, t1, maxTicks) {
  const steps = [[1, "day"], [7, "day"], [1, "month"], [3, "month"], [6, "month"], [1, "year"], [2, "year"], [5, "year"], [10, "year"]];
  for (const [n, unit] of steps) {
    const approx = unit === "day" ? n * DAY : unit === "month" ? n * 30.4 * DAY : n * 365.25 * DAY;
    if ((t1 - t0) / approx > maxTicks) continue;
    const out = [];
    const start = new Date(t0);
    let [y, m, d] = [start.getUTCFullYear(), unit === "year" ? 0 : start.getUTCMonth(), unit === "day" ? start.getUTCDate() : 1];
    if (unit === "year") y = Math.floor(y / n) * n;
    if (unit === "month") m = Math.floor(m / n) * n;
    for (let i = 0; i < 500; i++) {
      const t = Date.UTC(y, m, d);
      if (t > t1) break;
      if (t >= t0) {
        const iso = new Date(t).toISOString();
        out.push({ t, label: unit === "year" ? iso.slice(0, 4) : unit === "month" ? iso.slice(0, 7) : iso.slice(0, 10) });
      }
      if (unit === "year") y += n; else if (unit === "month") m += n; else d += n;
    }
    return out;
  }
  return [];
}

function niceStep(max, target) {
  const raw = Math.max(1, max / target);
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((k) => k * pow).find((k) => k >= raw);
}

function dyadChart(stats, W) {
  const periods = stats.periods.filter((p) => p.period).map((p) => {
    const [start, end] = periodSpan(p.period);
    return { ...p, start, end };
  });
  if (!periods.length) return h("p", { class: "muted", id: "dyad-empty" }, "No dated events between these two.");
  const [L, R, B] = [44, 44, 34];
  let t0 = Math.min(...periods.map((p) => p.start)), t1 = Math.max(...periods.map((p) => p.end));
  const pad = Math.max((t1 - t0) * 0.02, DAY);
  [t0, t1] = [t0 - pad, t1 + pad];
  const x = (t) => L + ((t - t0) / (t1 - t0)) * (W - L - R);
  const legend = svgLegend([
    ...Object.entries(QUAD).map(([q, name]) => ({ color: QUAD_COLOR[q], label: name })),
    { color: "#1f5fbf", label: "mean Goldstein (right axis)", line: true },
  ], L, 14, W - R);
  const T = legend.bottom + 16, H = T + 220 + B;
  const max = Math.max(...periods.map((p) => p.events));
  const step = niceStep(max, 5);
  const top = Math.ceil(max / step) * step;
  const y = (n) => H - B - (n / top) * (H - B - T);
  const g = (v) => H - B - ((v + 10) / 20) * (H - B - T);
  const svg = svgOf("dyad-chart", W, H, legend.g);
  for (let n = 0; n <= top; n += step) {
    svg.append(s("line", { class: "grid", x1: L, x2: W - R, y1: y(n), y2: y(n) }),
      s("text", { class: "tick y-tick", x: L - 6, y: y(n) + 4, "text-anchor": "end" }, n));
  }
  for (const v of [-10, -5, 0, 5, 10]) {
    svg.append(s("text", { class: "tick g-tick", x: W - R + 6, y: g(v) + 4 }, v > 0 ? `+${v}` : v === 0 ? "0" : `−${-v}`));
  }
  svg.append(
    s("text", { class: "axis-label", transform: `translate(12 ${(T + H - B) / 2}) rotate(-90)`, "text-anchor": "middle" }, "events"),
    s("text", { class: "axis-label", transform: `translate(${W - 8} ${(T + H - B) / 2}) rotate(90)`, "text-anchor": "middle" }, "mean Goldstein"),
    s("line", { class: "axis", x1: L, x2: L, y1: T, y2: H - B }),
    s("line", { class: "axis", x1: W - R, x2: W - R, y1: T, y2: H - B }));
  for (const tick of timeTicks(t0, t1, Math.max(2, Math.floor((W - L - R) / 70)))) {
    svg.append(s("line", { class: "axis x-tick", x1: x(tick.t), x2: x(tick.t), y1: H - B, y2: H - B + 5, "data-time": tick.t }),
      s("text", { class: "tick x-tick", x: x(tick.t), y: H - B + 18, "text-anchor": "middle", "data-time": tick.t }, tick.label));
  }
  for (const p of periods) {
    let base = 0;
    const [x0, x1] = [x(p.start), x(p.end)];
    const width = Math.max(2, x1 - x0 - 1);
    for (const q of ["1", "2", "3", "4"]) {
      const n = p.quad_class[q];
      if (!n) continue;
      svg.append(s("rect", { x: x0 + (x1 - x0 - width) / 2, width, y: y(base + n), height: y(base) - y(base + n), fill: QUAD_COLOR[q],
        class: `bar quad-${q}`, "data-start": p.start, "data-end": p.end }, s("title", {}, `${p.period}: ${n} ${QUAD[q]}`)));
      base += n;
    }
  }
  svg.append(s("line", { class: "axis", x1: L, x2: W - R, y1: H - B, y2: H - B }),
    s("line", { class: "zero-line", x1: L, x2: W - R, y1: g(0), y2: g(0) }, s("title", {}, "Goldstein 0: neither cooperation nor conflict")),
    haloText(W - R - 4, g(0) - 4, "end", "Goldstein 0", "zero-label"));
  // The mean Goldstein line is broken wherever periods are not adjacent: a gap in the data is a gap.
  let run = [];
  const flush = () => {
    if (run.length > 1) svg.append(s("polyline", { class: "goldstein-line", points: run.join(" "), fill: "none", stroke: "#1f5fbf", "stroke-width": 2 }));
    run = [];
  };
  periods.forEach((p, i) => {
    if (p.mean_goldstein === null) { flush(); return; }
    if (i && periods[i - 1].end !== p.start) flush();
    const [px, py] = [(x(p.start) + x(p.end)) / 2, g(p.mean_goldstein)];
    run.push(`${px},${py}`);
    svg.append(s("circle", { cx: px, cy: py, r: 4, fill: "#1f5fbf", class: "goldstein" }, s("title", {}, `${p.period}: mean Goldstein ${fmt(p.mean_goldstein, 2)}`)));
  });
  flush();
  return svg;
}

// --- network: a force-directed layout with a fixed seed --------------------------------------

function seeded(seed) {
  // mulberry32: the same layout for the same data, every time.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Fruchterman-Reingold on a unit square, edges pulling by log(count), a weak pull to the centre
// so separate clusters stay on the page; returns positions scaled into the drawing's box.
function forceLayout(nodes, edges, W, H, margin) {
  const rand = seeded(12);
  const ids = nodes.map((n) => n.id);
  const index = Object.fromEntries(ids.map((id, i) => [id, i]));
  const pos = ids.map(() => [rand(), rand()]);
  const links = {};
  for (const e of edges) {
    const [a, b] = [index[e.source], index[e.target]].sort((u, v) => u - v);
    links[`${a},${b}`] = (links[`${a},${b}`] || 0) + e.events;
  }
  const pairs = Object.entries(links).map(([k, w]) => [...k.split(",").map(Number), Math.log(1 + w)]);
  const n = ids.length;
  const k = Math.sqrt(1 / Math.max(1, n));
  for (let it = 0, temp = 0.1; it < 300; it++, temp *= 0.985) {
    const disp = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        const d2 = Math.max(dx * dx + dy * dy, 1e-6), f = (k * k) / d2;
        disp[i][0] += dx * f; disp[i][1] += dy * f; disp[j][0] -= dx * f; disp[j][1] -= dy * f;
      }
    }
    for (const [a, b, w] of pairs) {
      const dx = pos[a][0] - pos[b][0], dy = pos[a][1] - pos[b][1];
      const d = Math.sqrt(dx * dx + dy * dy) || 1e-3, f = (d * w) / k;
      disp[a][0] -= dx * f; disp[a][1] -= dy * f; disp[b][0] += dx * f; disp[b][1] += dy * f;
    }
    for (let i = 0; i < n; i++) {
      disp[i][0] += (0.5 - pos[i][0]) * k * 2; disp[i][1] += (0.5 - pos[i][1]) * k * 2;
      const len = Math.hypot(disp[i][0], disp[i][1]) || 1;
      const step = Math.min(len, temp);
      pos[i][0] += (disp[i][0] / len) * step; pos[i][1] += (disp[i][1] / len) * step;
    }
  }
  const xs = pos.map((p) => p[0]), ys = pos.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (W - 2 * margin) / Math.max(x1 - x0, 1e-6), sy = (H - 2 * margin) / Math.max(y1 - y0, 1e-6);
  return Object.fromEntries(ids.map((id, i) => [id, [margin + (pos[i][0] - x0) * sx, margin + (pos[i][1] - y0) * sy]]));
}

// Colours as QUAD_COLOR's (app.js, loaded first): the band a quad class's events mostly score in.
const GOLDSTEIN_BANDS = [
  { min: 4, quad: 2, label: "Goldstein ≥ +4" },
  { min: 0, quad: 1, label: "0 to +4" },
  { min: -5, quad: 3, label: "−5 to 0" },
  { min: -Infinity, quad: 4, label: "below −5" },
];

function goldsteinColor(g) {
  if (g === null || g === undefined) return "#999";
  return QUAD_COLOR[GOLDSTEIN_BANDS.find((b) => g >= b.min).quad];
}

function networkLegend() {
  return h("p", { class: "legend", id: "network-legend" }, "Edge colour, mean Goldstein of the events: ",
    GOLDSTEIN_BANDS.map((b) => h("span", {}, h("i", { class: `swatch quad-${b.quad}` }), b.label)),
    h("span", {}, "· edge width: number of events · arrow: source → target · dot size: events of the country · orange ring: the filtered country"));
}

function networkSvg(net, params, W) {
  if (!net.nodes.length) return h("p", { class: "muted", id: "network-empty" }, "No country-to-country events under these filters.");
  const H = Math.round(Math.max(340, Math.min(620, W * 0.72)));
  const pos = forceLayout(net.nodes, net.edges, W, H, 40);
  const maxEdge = Math.max(...net.edges.map((e) => e.events));
  const maxNode = Math.max(...net.nodes.map((n) => n.events));
  const radius = Object.fromEntries(net.nodes.map((n) => [n.id, 5 + 9 * Math.sqrt(n.events / maxNode)]));
  const svg = svgOf("network", W, H,
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
      markerUnits: "userSpaceOnUse", orient: "auto" }, s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#666" }))));
  const pairs = new Set(net.edges.map((e) => `${e.source}>${e.target}`));
  for (const e of net.edges) {
    const [[x1, y1], [x2, y2]] = [pos[e.source], pos[e.target]];
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
    // Both directions drawn: bend each to its own side so neither hides the other.
    const bend = pairs.has(`${e.target}>${e.source}`) ? 0.12 * len : 0;
    const [mx, my] = [(x1 + x2) / 2 - uy * bend, (y1 + y2) / 2 + ux * bend];
    const end = radius[e.target] + 2;
    const [ex, ey] = [x2 - ((x2 - mx) / Math.hypot(x2 - mx, y2 - my)) * end, y2 - ((y2 - my) / Math.hypot(x2 - mx, y2 - my)) * end];
    svg.append(s("path", { d: `M ${x1} ${y1} Q ${mx} ${my} ${ex} ${ey}`, class: "edge", fill: "none", stroke: goldsteinColor(e.mean_goldstein),
      "stroke-width": 1 + (4 * e.events) / maxEdge, "stroke-opacity": 0.75, "marker-end": "url(#arrow)", "data-source": e.source, "data-target": e.target },
    s("title", {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${fmt(e.mean_goldstein, 1)}`)));
  }
  const focus = (params.get("country") || "").toUpperCase();
  for (const n of net.nodes) {
    const [x, y] = pos[n.id];
    const next = filterParams(params);
    next.set("country", n.id);
    svg.append(s("a", { href: hashFor("events", next) },
      s("circle", { cx: x, cy: y, r: radius[n.id], fill: "#1f5fbf", "fill-opacity": 0.85, class: "node" + (n.id === focus ? " focus" : ""), "data-id": n.id },
        s("title", {}, `${n.id}: ${n.events} events`))));
  }
  const reserved = net.nodes.map((n) => ({ x: pos[n.id][0] - radius[n.id], y: pos[n.id][1] - radius[n.id], w: 2 * radius[n.id], h: 2 * radius[n.id] }));
  const labels = net.nodes.map((n) => ({ x: pos[n.id][0], y: pos[n.id][1], text: n.id, gap: radius[n.id] + 3 }));
  for (const l of placeLabels(labels, reserved, W, H)) svg.append(haloText(l.tx, l.ty, l.anchor, l.text, "node-label"));
  return svg;
}

// --- map: Natural Earth outlines, one dot per place sized by its events ------------------------

let WORLD = null;

async function worldOutlines() {
  if (!WORLD) {
    const response = await fetch("/static/world-110m.json");
    if (!response.ok) throw new Error(`country outlines: ${response.status} ${response.statusText}`);
    WORLD = await response.json();
  }
  return WORLD;
}

const MAP_LAT = [84, -58]; // Antarctica and the far north left out: more room for where events are

// The server sums the events per place (GET /v1/locations): name, coordinates, events, quad_class counts.
function placeName(p) {
  return p.name || `${fmt(p.lat, 1)}, ${fmt(p.lon, 1)}`;
}

function mainQuad(place) {
  return Object.entries(place.quad_class).sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function mapSvg(world, all, W, onPick) {
  const H = Math.round((W * (MAP_LAT[0] - MAP_LAT[1])) / 360);
  const x = (lon) => ((lon + 180) / 360) * W;
  const y = (lat) => ((MAP_LAT[0] - lat) / (MAP_LAT[0] - MAP_LAT[1])) * H;
  const svg = svgOf("map", W, H);
  const active = new Set(all.map((p) => p.country).filter(Boolean));
  for (const c of world.countries) {
    const d = c.rings.map((r) => {
      const pts = [];
      for (let i = 0; i < r.length; i += 2) pts.push(`${x(r[i]).toFixed(1)},${y(r[i + 1]).toFixed(1)}`);
      return `M${pts.join("L")}Z`;
    }).join("");
    svg.append(s("path", { d, class: "country" + (active.has(c.iso3) ? " has-events" : ""), "data-iso3": c.iso3 }, s("title", {}, c.name)));
  }
  const maxCount = Math.max(1, ...all.map((p) => p.events));
  const r = (n) => 3 + 9 * Math.sqrt(n / maxCount);
  const reserved = [];
  for (const p of all) {
    const [cx, cy, rr] = [x(p.lon), y(p.lat), r(p.events)];
    reserved.push({ x: cx - rr, y: cy - rr, w: 2 * rr, h: 2 * rr });
    const dot = s("circle", { cx, cy, r: rr, fill: QUAD_COLOR[mainQuad(p)] || "#555", "fill-opacity": 0.8, stroke: "#fff", class: "place",
      "data-count": p.events, "data-name": placeName(p), tabindex: 0 },
    s("title", {}, `${placeName(p)}: ${p.events} event${p.events > 1 ? "s" : ""} (${Object.entries(p.quad_class).map(([q, n]) => `${n} ${QUAD[q]}`).join(", ")})`));
    dot.addEventListener("click", () => onPick(p));
    svg.append(dot);
  }
  const labels = all.map((p) => ({ x: x(p.lon), y: y(p.lat), text: `${placeName(p)} ${p.events}`, gap: r(p.events) + 2 }));
  for (const l of placeLabels(labels, reserved, W, H)) svg.append(haloText(l.tx, l.ty, l.anchor, l.text, "place-label"));
  return svg;
}

function mapLegend(maxCount) {
  const sizes = [...new Set([1, Math.round(maxCount / 4), maxCount].filter((n) => n >= 1))];
  const r = (n) => 3 + 9 * Math.sqrt(n / maxCount);
  const key = s("svg", { width: 150, height: 28, class: "size-key", viewBox: "0 0 150 28" },
    sizes.map((n, i) => [s("circle", { cx: 14 + i * 48, cy: 14, r: r(n), fill: "#8a93a6" }), s("text", { x: 28 + i * 48, y: 18 }, n)]));
  return h("p", { class: "legend", id: "map-legend" }, "Dot colour, the place's most frequent quad class: ",
    Object.entries(QUAD).map(([q, name]) => h("span", {}, h("i", { class: `swatch quad-${q}` }), name)),
    h("span", {}, "· dot size, events at the place: ", key), h("span", {}, "· label: place and its number of events; shaded: countries with located events"));
}
