// The timeline: events per day, week or month on a true time scale (a bar sits at its own date
// and is as wide as its period; empty months take their room), stacked by PLOVER type. Dragging
// across it sets the time window; a click on a bar picks the bar's first event.
import {colour, eventKey, PLOVER} from "./types.js";
import {el} from "./dom.js";

const DAY = 86_400_000;
const HEIGHT = 130, TOP = 8, AXIS = 22, SIDE = 12;
const MIN_DRAG_PX = 4;  // less than this is a click, not a window

const utc = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
export const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

// Periods: bars of a day for a few months of events, of a week (from Monday) up to three years, else of a month.
function period(spanDays) {
  if (spanDays <= 92) return {floor: (t) => t, next: (t) => t + DAY};
  if (spanDays <= 3 * 366) return {floor: (t) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY, next: (t) => t + 7 * DAY};
  const floor = (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); };
  return {floor, next: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }};
}

// Axis ticks at month (or year, or day) starts, as many as fit about 80 px apart.
function ticks(t0, t1, width) {
  const fit = Math.max(1, Math.floor(width / 80));
  const days = (t1 - t0) / DAY;
  if (days <= fit) {
    const out = [];
    for (let t = t0; t <= t1; t += DAY) out.push([t, isoDay(t).slice(5)]);
    return out;
  }
  const months = [];
  const d = new Date(t0);
  for (let m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); m <= t1;) {
    const md = new Date(m);
    months.push([m, md.getUTCMonth() === 0 ? String(md.getUTCFullYear()) : md.toLocaleString("en", {month: "short", timeZone: "UTC"})]);
    m = Date.UTC(md.getUTCFullYear(), md.getUTCMonth() + 1, 1);
  }
  if (months.length <= fit) return months;
  const years = months.filter(([m]) => new Date(m).getUTCMonth() === 0);
  const step = Math.ceil(years.length / fit);
  return years.filter((_, i) => i % step === 0);
}

export class Timeline {
  constructor(svg, {onWindow, onPick}) {
    this.svg = svg;
    this.onWindow = onWindow;
    this.onPick = onPick;
    this.events = [];
    this.window = null;
    svg.addEventListener("pointerdown", (e) => this.dragStart(e));
    svg.addEventListener("pointermove", (e) => this.dragMove(e));
    svg.addEventListener("pointerup", (e) => this.dragEnd(e));
    new ResizeObserver(() => this.draw(this.events, this.window)).observe(svg);
  }

  // events: those under every filter but the window; win: {since, until} (inclusive days) or null.
  draw(events, win) {
    this.events = events;
    this.window = win;
    const svg = this.svg, width = svg.clientWidth || 600;
    svg.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
    svg.replaceChildren();
    const dated = events.filter((ev) => ev.date_start);
    if (!dated.length) {
      this.scale = null;
      svg.append(el("svg:text", {class: "axis", x: SIDE, y: HEIGHT / 2}, "no dated events"));
      return;
    }
    const starts = dated.map((ev) => utc(ev.date_start));
    const ends = dated.map((ev) => utc(ev.date_end || ev.date_start));
    const lo = Math.min(...starts), hi = Math.max(...ends);
    const per = period((hi - lo) / DAY);
    const t0 = per.floor(lo), t1 = per.next(per.floor(hi));
    const x = (t) => SIDE + (width - 2 * SIDE) * (t - t0) / (t1 - t0);
    this.scale = {x, t: (px) => t0 + (px - SIDE) / (width - 2 * SIDE) * (t1 - t0), t0, t1};
    this.drawBars(dated, per, x);
    this.drawAxis(t0, t1, x, width);
    this.brush = el("svg:rect", {class: "brush", y: TOP - 4, height: HEIGHT - AXIS - TOP + 4, x: 0, width: 0});
    svg.append(this.brush);
    if (win) this.showWindow(x(utc(win.since)), x(utc(win.until) + DAY));
  }

  drawBars(dated, per, x) {
    const buckets = new Map();
    for (const ev of dated) {
      const b = per.floor(utc(ev.date_start));
      if (!buckets.has(b)) buckets.set(b, []);
      buckets.get(b).push(ev);
    }
    const most = Math.max(...[...buckets.values()].map((list) => list.length));
    const unit = (HEIGHT - AXIS - TOP) / most;
    for (const [b, list] of buckets) {
      const x0 = x(b), w = Math.max(x(per.next(b)) - x0 - 1, 2);
      let y = HEIGHT - AXIS;
      for (const type of PLOVER) {
        const ofType = list.filter((ev) => ev.plover === type);
        if (!ofType.length) continue;
        y -= unit * ofType.length;
        const inside = !this.window || (isoDay(b) <= this.window.until && isoDay(per.next(b) - DAY) >= this.window.since);
        const bar = el("svg:rect", {class: inside ? "bar" : "bar out", x: x0, y, width: w, height: unit * ofType.length,
          fill: colour(type), "data-key": eventKey(ofType[0]), "data-day": isoDay(b)},
        el("svg:title", {}, `${isoDay(b)}: ${ofType.length} ${type}`));
        this.svg.append(bar);
      }
    }
  }

  drawAxis(t0, t1, x, width) {
    const base = HEIGHT - AXIS;
    this.svg.append(el("svg:line", {class: "axis-line", x1: SIDE, x2: width - SIDE, y1: base, y2: base}));
    for (const [t, label] of ticks(t0, t1, width)) {
      this.svg.append(el("svg:line", {class: "tick", x1: x(t), x2: x(t), y1: base, y2: base + 4}),
        el("svg:text", {class: "axis", x: x(t) + 2, y: base + 15}, label));
    }
  }

  showWindow(a, b) {
    this.brush.setAttribute("x", Math.min(a, b));
    this.brush.setAttribute("width", Math.abs(b - a));
  }

  px(e) {
    const box = this.svg.getBoundingClientRect();
    return (e.clientX - box.left) * (this.svg.viewBox.baseVal.width / box.width);
  }

  dragStart(e) {
    if (!this.scale || e.button !== 0) return;
    this.from = this.px(e);
    this.svg.setPointerCapture(e.pointerId);
  }

  dragMove(e) {
    if (this.from != null && Math.abs(this.px(e) - this.from) >= MIN_DRAG_PX) this.showWindow(this.from, this.px(e));
  }

  dragEnd(e) {
    if (this.from == null) return;
    const a = this.from, b = this.px(e);
    this.from = null;
    if (Math.abs(b - a) < MIN_DRAG_PX) {
      // a click: on a bar picks its event; elsewhere clears the window
      const bar = document.elementsFromPoint(e.clientX, e.clientY).find((n) => n.classList?.contains("bar"));
      if (bar) this.onPick(bar.dataset.key, "timeline");
      else if (this.window) this.onWindow(null);
      return;
    }
    const {t, t0, t1} = this.scale;
    const since = Math.max(t(Math.min(a, b)), t0), until = Math.min(t(Math.max(a, b)), t1 - DAY);
    this.onWindow({since: isoDay(since), until: isoDay(until)});
  }
}
