// The event card: every coded field next to the words it came from, the chain of who says so,
// and the article with every mention of the event (and each role's words) marked.
import {el} from "./dom.js";
import {swatch} from "./types.js";

const quote = (span) => (span && span.text ? el("q", {}, span.text) : null);
const row = (term, ...value) => [el("dt", {}, term), el("dd", {}, ...value)];
const yesNo = (v) => (v == null ? "not known" : v ? "yes" : "no");

function role(r) {
  return r ? [r.name || r.text, " ", quote(r)] : ["—"];
}

function datePart(date) {
  if (!date || (!date.start && !date.end)) return ["no date"];
  const range = date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start || date.end;
  return [`${range} (${date.precision})`, " ", quote(date.span) || el("span", {class: "weak"}, "from the publication date")];
}

function placePart(ev, rec) {
  if (!ev.location) return ["—"];
  const place = rec.places.find((p) => p.id === ev.location.place);
  if (!place) return [quote(ev.location), " (not located)"];
  const where = [place.feature, place.admin1, place.country].filter(Boolean).join(", ");
  return [`${place.name} — ${where} (${place.lat.toFixed(2)}, ${place.lon.toFixed(2)}) `, quote(ev.location)];
}

function quantities(ev) {
  if (!ev.quantities.length) return ["—"];
  return ev.quantities.flatMap((q, i) => [i ? "; " : "", `${q.value} ${q.kind}${q.unit ? " " + q.unit : ""} `, quote(q)]);
}

// source → via (nearest first) → publisher: each link of the reporting chain.
function claimChain(claim, doc) {
  const chain = el("ol", {class: "chain"});
  if (!claim) {
    chain.append(el("li", {}, "the publisher itself: ", doc.publisher || "(unnamed)", " — no attributed source"));
    return [chain];
  }
  const party = claim.party_to_conflict ? el("span", {class: "party"}, " party to the conflict") : null;
  chain.append(el("li", {class: "source"}, "source: ", ...(claim.source ? role(claim.source) : ["the publisher"]), party));
  for (const v of claim.via) chain.append(el("li", {class: "via"}, "via ", ...role(v)));
  if (doc.publisher) chain.append(el("li", {}, "published by ", doc.publisher));
  const ver = claim.verification;
  const verified = ver ? [ver.status, ver.by ? ` by ${ver.by.name || ver.by.text}` : "", " ", quote(ver)] : ["none stated"];
  return [chain, el("dl", {class: "facts"},
    ...row("cue", quote(claim.cue) || "—"),
    ...row("hedged", yesNo(claim.hedged)),
    ...row("verification", ...verified),
    ...row("party to the conflict", yesNo(claim.party_to_conflict)))];
}

// Marks chosen so that none overlap, the event's own mentions first: they must all show.
function marks(ev, claim) {
  const wanted = [[ev.trigger, "trigger"]];
  for (const m of ev.mentions || []) if (m.trigger.start !== ev.trigger.start) wanted.push([m.trigger, "mention"]);
  for (const [span, kind] of [[ev.actor, "actor"], [ev.target, "target"], [ev.location, "place"],
    [ev.date && ev.date.span, "date"], [claim && claim.source, "source"]]) if (span) wanted.push([span, kind]);
  for (const q of ev.quantities) wanted.push([q, "quantity"]);
  const kept = [];
  for (const [span, kind] of wanted) {
    if (!kept.some(([s]) => s.start < span.end && span.start < s.end)) kept.push([span, kind]);
  }
  return kept.sort((a, b) => a[0].start - b[0].start);
}

function articleText(text, chosen) {
  const box = el("div", {class: "article-text"});
  let pos = 0;
  for (const [span, kind] of chosen) {
    box.append(text.slice(pos, span.start), el("mark", {class: kind, title: kind}, text.slice(span.start, span.end)));
    pos = span.end;
  }
  box.append(text.slice(pos));
  return box;
}

export function renderCard(card, rec, eventId) {
  const ev = rec.events.find((e) => e.id === eventId);
  if (!ev) { card.replaceChildren(el("p", {}, `event ${eventId} is no longer in ${rec.id}`)); return; }
  const claim = rec.claims.find((c) => c.id === ev.claim) || null;
  const doc = rec.document;
  const acled = ev.acled ? `${ev.acled.event_type} › ${ev.acled.sub_event_type}` : "not an ACLED event";
  const n = (ev.mentions || []).length || 1;
  card.dataset.key = `${rec.id}#${ev.id}`;
  card.replaceChildren(
    el("h2", {}, swatch(ev.plover), ` ${ev.plover}`, ev.mode ? el("small", {}, ` ${ev.mode}`) : null),
    el("dl", {class: "facts"},
      ...row("ACLED", acled),
      ...row("date", ...datePart(ev.date)),
      ...row("place", ...placePart(ev, rec)),
      ...row("actor", ...role(ev.actor)),
      ...row("target", ...role(ev.target)),
      ...row("quantities", ...quantities(ev)),
      ...row("status", `${ev.status} · confidence ${ev.confidence.toFixed(2)} · ${n} mention${n > 1 ? "s" : ""}`)),
    el("h3", {}, "Who says so"),
    ...claimChain(claim, doc),
    el("h3", {}, doc.title || rec.id),
    el("p", {class: "meta"}, [doc.publisher, doc.published, doc.url].filter(Boolean).join(" · ")),
    articleText(doc.text, marks(ev, claim)));
}
