// The coded vocabularies the page filters on and colours by (RECORD.md), kept in one place.

// PLOVER types, cooperative to violent; each keeps one colour on the map, timeline, list and legend.
export const PLOVER_COLOURS = {
  AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#a6d854", COOPERATE: "#4daf4a",
  AID: "#2b8cbe", CONCEDE: "#80b1d3", RETREAT: "#8da0cb", ACCUSE: "#e78ac3",
  REQUEST: "#bc80bd", REJECT: "#984ea3", THREATEN: "#fdb462", PROTEST: "#e6c229",
  MOBILIZE: "#a65628", SANCTION: "#fc8d62", COERCE: "#e34a33", ASSAULT: "#99000d",
};
export const PLOVER = Object.keys(PLOVER_COLOURS);

// ACLED event types and their sub-event types, spelled as ACLED does (the API checks the spelling).
export const ACLED = {
  "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb",
    "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
    "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

export function colour(type) {
  return PLOVER_COLOURS[type] || "#777";
}

// A small coloured square; its colour is set through the CSS object model, which the CSP allows.
export function swatch(type) {
  const box = document.createElement("span");
  box.className = "swatch";
  box.style.background = colour(type);
  return box;
}

// The key of one event across documents (event ids restart in every document).
export function eventKey(ev) {
  return `${ev.document_id}#${ev.id}`;
}
