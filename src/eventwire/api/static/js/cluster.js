// The happening across reports, under the event card: how many documents and independent
// sources carry it (by side), who could not confirm it, figures that disagree, and every
// other report's sentence (a click picks that report's event when it is in the list).
import {el} from "./dom.js";

const side = (s) => (s === "party" ? el("span", {class: "party"}, " party to the conflict") : ` ${s}`);
const cite = (r) => `${r.publisher || r.document_id}${r.published ? ", " + r.published : ""}`;

function figure(f) {
  return [el("q", {}, f.text), ` ${f.source || "unnamed source"} `, el("small", {}, `[${f.document_id} @${f.start}]`)];
}

export function renderCluster(detail, current, onPick) {
  const c = detail.cluster;
  const corr = detail.corroboration;
  const box = el("section", {class: "happening", "data-cluster": c.id});
  box.append(el("h3", {}, "This happening in other reports"),
    el("p", {class: "meta"}, `${c.documents} documents · ${corr.independent_sources} independent source` +
      `${corr.independent_sources === 1 ? "" : "s"} (${corr.party_sources} party to the conflict, ` +
      `${corr.other_sources} not or unknown) · cluster ${c.id}`));
  const sources = el("ul", {class: "sources"});
  for (const s of corr.sources) {
    sources.append(el("li", {}, s.name, side(s.side),
      ` — ${s.documents.length} document${s.documents.length === 1 ? "" : "s"}`,
      s.publishers.length ? ` from ${s.publishers.join(", ")}` : "",
      s.speakers && s.speakers.length ? ` (speaking: ${s.speakers.join(", ")})` : ""));
  }
  box.append(sources);
  for (const [label, key] of [["could not confirm", "could_not_confirm"], ["confirmed by", "confirmed_by"],
    ["disputed by", "disputed_by"]]) {
    for (const item of corr[key]) box.append(el("p", {class: "check"}, `${label}: ${item.by || "unnamed"} (${item.document_id})`));
  }
  for (const [label, key] of [["Figures that disagree", "contradictions"], ["A figure over time", "timeline"]]) {
    if (!detail[key].length) continue;
    const list = el("ul", {class: key});
    for (const x of detail[key]) list.append(el("li", {}, `${x.kind}: `, ...figure(x.a), " against ", ...figure(x.b), ` — ${x.why}`));
    box.append(el("h4", {}, label), list);
  }
  const reports = el("ol", {class: "reports"});
  for (const r of detail.reports) {
    const key = `${r.document_id}#${r.event_id}`;
    const here = key === current;
    const item = el("li", {class: here ? "here" : "", "data-key": key},
      el("strong", {}, cite(r)), here ? " (this report)" : "",
      ` — ${r.source || "its own voice"}`, r.party ? el("span", {class: "party"}, " party") : null,
      el("blockquote", {}, r.sentence ? r.sentence.text : ""));
    if (!here && onPick) {
      item.tabIndex = 0;
      item.addEventListener("click", () => onPick(key));
      item.addEventListener("keydown", (e) => { if (e.key === "Enter") onPick(key); });
    }
    reports.append(item);
  }
  box.append(reports);
  return box;
}
