// Building DOM nodes from text only (never HTML strings): article text is untrusted.
export const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) node.setAttribute(k, v);
  for (const child of children) if (child != null && child !== "") node.append(child);
  return node;
}

export async function getJSON(url) {
  const resp = await fetch(url);
  if (!resp.ok) throw new Error(`${url}: ${resp.status} ${await resp.text()}`);
  return {body: await resp.json(), total: Number(resp.headers.get("X-Total-Count") || NaN)};
}
