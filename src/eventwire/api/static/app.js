// eventwire web page: events on a map and a timeline, each with the words that support it.
"use strict";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "REQUEST",
  "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"];
const SVG_NS = "http://www.w3.org/2000/svg";

function el(tag, attrs = {}, text = "") {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

function query() {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(document.getElementById("filters"))) if (v) params.set(k, v);
  return params;
}

async function getJSON(url) {
  const resp = await fetch(url);
  if (!resp.ok) throw new Error(`${url}: ${resp.status}`);
  return resp.json();
}

// Country outlines (Natural Earth 1:50m via world-atlas, see DATA_CARD.md), fetched once.
let basemap = null;
function loadBasemap() {
  basemap ??= getJSON("/static/basemap.json").catch(() => ({countries: []}));
  return basemap;
}

async function drawMap(events) {
  const svg = document.getElementById("map");
  const {countries} = await loadBasemap();
  svg.replaceChildren();
  for (const c of countries) {
    const land = el("svg:path", {class: "land", d: c.d});
    land.append(el("svg:title", {}, c.name));
    svg.append(land);
  }
  for (let lon = -180; lon <= 180; lon += 5) svg.append(el("svg:line", {class: "grid", x1: lon, x2: lon, y1: -90, y2: 90}));
  for (let lat = -90; lat <= 90; lat += 5) svg.append(el("svg:line", {class: "grid", x1: -180, x2: 180, y1: lat, y2: lat}));
  const byPlace = new Map();
  for (const ev of events) {
    if (ev.lat == null || ev.lon == null) continue;
    const key = `${ev.lat},${ev.lon}`;
    if (!byPlace.has(key)) byPlace.set(key, {ev, n: 0});
    byPlace.get(key).n += 1;
  }
  const points = [...byPlace.values()];
  // Zoom to the events (with a margin), never closer than MIN_SPAN degrees.
  const MIN_SPAN = 12, MARGIN = 4;
  let [x0, x1, y0, y1] = [-180, 180, -90, 90];
  if (points.length) {
    const lons = points.map((p) => p.ev.lon), lats = points.map((p) => -p.ev.lat);
    x0 = Math.min(...lons) - MARGIN; x1 = Math.max(...lons) + MARGIN;
    y0 = Math.min(...lats) - MARGIN; y1 = Math.max(...lats) + MARGIN;
    const w = Math.max(x1 - x0, MIN_SPAN * 2), h = Math.max(y1 - y0, MIN_SPAN);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    [x0, x1, y0, y1] = [cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2];
  }
  svg.setAttribute("viewBox", `${x0} ${y0} ${x1 - x0} ${y1 - y0}`);
  const unit = (x1 - x0) / 360;  // keeps dots and labels the same size on screen at any zoom
  for (const {ev, n} of points) {
    const dot = el("svg:circle", {class: "point", cx: ev.lon, cy: -ev.lat, r: unit * Math.min(3 + n, 10), "data-place": ev.place});
    dot.append(el("svg:title", {}, `${ev.place}: ${n} event(s)`));
    const label = el("svg:text", {class: "place-label", x: ev.lon + unit * 5, y: -ev.lat + unit * 2}, ev.place);
    label.style.fontSize = `${unit * 9}px`;
    svg.append(dot, label);
  }
}

function drawTimeline(events) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  const counts = new Map();
  for (const ev of events) if (ev.date_start) counts.set(ev.date_start.slice(0, 7), (counts.get(ev.date_start.slice(0, 7)) || 0) + 1);
  const months = [...counts.keys()].sort();
  if (!months.length) { svg.append(el("svg:text", {class: "axis", x: 10, y: 60}, "no dated events")); return; }
  const max = Math.max(...counts.values());
  const w = 580 / months.length;
  months.forEach((m, i) => {
    const h = 90 * counts.get(m) / max;
    const bar = el("svg:rect", {class: "bar", x: 10 + i * w, y: 100 - h, width: Math.max(w - 2, 1), height: h, "data-month": m});
    bar.append(el("svg:title", {}, `${m}: ${counts.get(m)}`));
    svg.append(bar, el("svg:text", {class: "axis", x: 10 + i * w, y: 114}, m));
  });
}

function cell(row, text) { row.append(el("td", {}, text == null ? "" : String(text))); }

function drawTable(events) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const ev of events) {
    const row = el("tr", {class: "event", "data-document": ev.document_id, "data-event": ev.id});
    cell(row, ev.date_start || "");
    cell(row, `${ev.plover}${ev.mode ? " / " + ev.mode : ""}`);
    cell(row, `${ev.actor_name || "?"} → ${ev.target_name || "?"}`);
    cell(row, ev.place || ev.location_text || "");
    cell(row, ev.status);
    cell(row, ev.claim_source ? ev.claim_source + (ev.claim_via ? ` (via ${ev.claim_via})` : "") : (ev.publisher || ""));
    cell(row, String(ev.mentions || 1));
    cell(row, ev.confidence.toFixed(2));
    row.addEventListener("click", () => showDocument(ev.document_id, ev.id));
    body.append(row);
  }
}

// The document with every span of one event marked: the evidence behind each field.
async function showDocument(docId, eventId) {
  const rec = await getJSON(`/documents/${encodeURIComponent(docId)}`);
  const ev = rec.events.find((e) => e.id === eventId);
  const marks = [];
  if (ev) {
    marks.push([ev.trigger, "trigger"]);
    // every other report of the same happening is evidence too
    for (const m of ev.mentions || []) {
      if (m.trigger.start !== ev.trigger.start) marks.push([m.trigger, "mention"]);
    }
    if (ev.actor) marks.push([ev.actor, "actor"]);
    if (ev.target) marks.push([ev.target, "target"]);
    if (ev.location) marks.push([ev.location, "place"]);
  }
  marks.sort((a, b) => a[0].start - b[0].start);
  const text = rec.document.text;
  const box = document.getElementById("doc-text");
  box.replaceChildren();
  let pos = 0;
  for (const [span, kind] of marks) {
    if (span.start < pos) continue;
    box.append(document.createTextNode(text.slice(pos, span.start)));
    box.append(el("mark", {class: kind, title: kind}, text.slice(span.start, span.end)));
    pos = span.end;
  }
  box.append(document.createTextNode(text.slice(pos)));
  document.getElementById("doc-title").textContent = rec.document.title || rec.id;
  const d = rec.document;
  document.getElementById("doc-meta").textContent = [d.publisher, d.published, d.url].filter(Boolean).join(" · ");
  document.getElementById("document-panel").hidden = false;
}

async function refresh() {
  const params = query();
  params.set("limit", "5000");
  const events = await getJSON(`/events?${params}`);
  const located = events.filter((e) => e.lat != null).length;
  document.getElementById("summary").textContent = `${events.length} events, ${located} with coordinates`;
  await drawMap(events);
  drawTimeline(events);
  drawTable(events);
}

const select = document.querySelector("select[name=plover]");
for (const t of PLOVER) select.append(el("option", {}, t));
document.getElementById("filters").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
refresh().catch((err) => { document.getElementById("summary").textContent = `error: ${err.message}`; });
