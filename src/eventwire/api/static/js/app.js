// The analyst's workbench: filters and a time window select events through the API's one filter
// model; the map, timeline, list and counts show that selection, and a pick opens its card.
import {el, getJSON} from "./dom.js";
import {ACLED, eventKey, PLOVER, swatch} from "./types.js";
import {EventMap} from "./map.js";
import {Timeline} from "./timeline.js";
import {renderCard} from "./card.js";
import {renderCluster} from "./cluster.js";

const SHOWN_LIMIT = 5000;  // events drawn at once; counts come from the API's total
const EXPORT_LIMIT = 100000;  // the API's largest page: a download is the whole selection
const form = document.getElementById("filters");
const state = {events: [], byKey: new Map(), picked: null, documents: new Map(), countries: new Set(), seq: 0};

// The filters as the API's query parameters; the window (since/until) only when asked for.
function params(withWindow = true) {
  const out = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (v && (withWindow || (k !== "since" && k !== "until"))) out.set(k, v);
  return out;
}

function timeWindow() {
  const since = form.elements.since.value, until = form.elements.until.value;
  return since || until ? {since: since || "0001-01-01", until: until || "9999-12-31"} : null;
}

function fillSelects() {
  const plover = form.elements.plover, acled = form.elements.acled;
  for (const t of PLOVER) plover.append(el("option", {}, t));
  for (const [type, subs] of Object.entries(ACLED)) {
    acled.append(el("option", {class: "acled-type"}, type));
    for (const sub of subs) acled.append(el("option", {value: sub}, `\u00a0\u00a0${sub}`));
  }
}

// Countries offered are those seen in the store so far, by name where the browser knows it.
const regionNames = new Intl.DisplayNames(["en"], {type: "region"});
function addCountries(events) {
  const select = form.elements.country;
  for (const code of new Set(events.map((ev) => ev.country).filter(Boolean))) {
    if (state.countries.has(code)) continue;
    state.countries.add(code);
    const option = el("option", {value: code}, `${regionNames.of(code) || code} (${code})`);
    const after = [...select.options].slice(1).find((o) => o.textContent > option.textContent);
    select.insertBefore(option, after || null);
  }
}

function drawSummary(events, total) {
  const located = events.filter((ev) => ev.lat != null).length;
  const undated = events.filter((ev) => !ev.date_start).length;
  const killed = events.reduce((sum, ev) => sum + (ev.fatalities || 0), 0);
  const docs = new Set(events.map((ev) => ev.document_id)).size;
  const parts = [`${total} events`, `${located} on the map`, `${undated} undated`, `${killed} killed (as stated)`,
    `${docs} documents`];
  if (total > events.length) parts.push(`first ${events.length} drawn`);
  const win = timeWindow();
  if (win) parts.push(`window ${form.elements.since.value || "…"} to ${form.elements.until.value || "…"}`);
  document.getElementById("summary").textContent = parts.join(" · ");
}

function drawDownloads() {
  const query = params();
  query.set("limit", String(EXPORT_LIMIT));
  document.getElementById("dl-csv").href = `/events.csv?${query}`;
  document.getElementById("dl-geojson").href = `/events.geojson?${query}`;
}

const text = (v) => (v == null ? "" : String(v));
function drawTable(events) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren(...events.map((ev) => {
    const key = eventKey(ev);
    const acled = ev.acled_sub_event_type || ev.acled_event_type;
    const who = ev.claim_source ? ev.claim_source + (ev.claim_via ? ` via ${ev.claim_via}` : "") : text(ev.publisher);
    const tr = el("tr", {class: "event", tabindex: "0", "data-key": key},
      el("td", {}, text(ev.date_start)), el("td", {}, swatch(ev.plover), ` ${ev.plover}`), el("td", {}, text(acled)),
      el("td", {}, `${ev.actor_name || "?"} → ${ev.target_name || "?"}`), el("td", {}, text(ev.place || ev.location_text)),
      el("td", {}, text(ev.country)), el("td", {}, ev.status), el("td", {}, who), el("td", {}, text(ev.fatalities)));
    tr.addEventListener("click", () => pick(key, "list"));
    tr.addEventListener("keydown", (e) => { if (e.key === "Enter") pick(key, "list"); });
    return tr;
  }));
}

// One pick, from the map, the timeline or the list: row highlighted, card filled and in view.
async function pick(key, from) {
  const ev = state.byKey.get(key);
  if (!ev) return;
  state.picked = key;
  for (const tr of document.querySelectorAll("#events tr.selected")) tr.classList.remove("selected");
  const tr = document.querySelector(`#events tr[data-key="${CSS.escape(key)}"]`);
  tr?.classList.add("selected");
  if (from !== "list") tr?.scrollIntoView({block: "nearest"});
  eventMap.mark(key);
  if (!state.documents.has(ev.document_id)) {
    state.documents.set(ev.document_id, (await getJSON(`/documents/${encodeURIComponent(ev.document_id)}`)).body);
  }
  if (state.picked !== key) return;  // a later pick won the race
  const card = document.getElementById("card");
  renderCard(card, state.documents.get(ev.document_id), ev.id);
  if (ev.cluster_id && ev.cluster_documents > 1) {
    const detail = (await getJSON(`/clusters/${encodeURIComponent(ev.cluster_id)}`)).body;
    if (state.picked !== key) return;
    card.append(renderCluster(detail, key, (other) => pick(other, "card")));
  }
  card.hidden = false;
  card.scrollTop = 0;
  card.scrollIntoView({block: "nearest"});
  card.querySelector("mark.trigger")?.scrollIntoView({block: "nearest"});
}

async function refresh() {
  const win = timeWindow();
  const wide = params(false), narrow = params();
  const shown = narrow.toString();
  wide.set("limit", String(SHOWN_LIMIT));
  narrow.set("limit", String(SHOWN_LIMIT));
  const seq = ++state.seq;
  const context = await getJSON(`/events?${wide}`);
  const selected = win ? await getJSON(`/events?${narrow}`) : context;
  if (seq !== state.seq) return;  // the filters changed meanwhile: a newer refresh draws
  state.events = selected.body;
  state.byKey = new Map(state.events.map((ev) => [eventKey(ev), ev]));
  addCountries(context.body);
  drawSummary(state.events, selected.total);
  drawDownloads();
  timeline.draw(context.body, win);
  eventMap.draw(state.events);
  drawTable(state.events);
  if (state.picked && !state.byKey.has(state.picked)) document.getElementById("card").hidden = true;
  document.querySelector(`#events tr[data-key="${CSS.escape(state.picked || "")}"]`)?.classList.add("selected");
  document.body.dataset.ready = shown;  // the query whose selection is drawn (tests wait on it)
}

function setWindow(win) {
  form.elements.since.value = win ? win.since : "";
  form.elements.until.value = win ? win.until : "";
  refresh().catch(showError);
}

// JSONL: the /events rows of the selection, one JSON object a line, saved by the browser.
async function downloadJsonl() {
  const query = params();
  query.set("limit", String(EXPORT_LIMIT));
  const {body} = await getJSON(`/events?${query}`);
  const blob = new Blob(body.map((row) => JSON.stringify(row) + "\n"), {type: "application/x-ndjson"});
  const link = el("a", {href: URL.createObjectURL(blob), download: "events.jsonl"});
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function showError(err) {
  document.getElementById("summary").textContent = `error: ${err.message}`;
}

const eventMap = new EventMap(document.getElementById("map"), pick);
const timeline = new Timeline(document.getElementById("timeline"), {onWindow: setWindow, onPick: pick});
fillSelects();
form.addEventListener("submit", (e) => { e.preventDefault(); refresh().catch(showError); });
form.addEventListener("change", () => refresh().catch(showError));
form.addEventListener("reset", () => setTimeout(() => refresh().catch(showError)));
document.getElementById("clear-window").addEventListener("click", () => setWindow(null));
document.getElementById("dl-jsonl").addEventListener("click", () => downloadJsonl().catch(showError));
getJSON("/static/basemap.json").then(({body}) => eventMap.drawOutlines(body)).catch(showError);
refresh().catch(showError);
