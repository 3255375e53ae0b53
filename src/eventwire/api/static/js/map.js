// The map: Leaflet (vendored) over Natural Earth country outlines drawn as vector GeoJSON, no
// tile server; points clustered by leaflet.markercluster and coloured by PLOVER type.
/* global L */
import {colour, eventKey, PLOVER, swatch} from "./types.js";
import {el} from "./dom.js";

// basemap.json keeps each country as an SVG path "Mx yLx y...Z" with y = -latitude; one
// polygon with every ring keeps holes (Leaflet fills even-odd), so Lesotho stays out of South Africa.
export function outlinesToGeoJSON(basemap) {
  const features = basemap.countries.map(({name, d}) => {
    const rings = d.split("Z").filter(Boolean).map((part) => {
      const ring = part.slice(1).split("L").map((xy) => {
        const [x, y] = xy.split(" ").map(Number);
        return [x, -y];
      });
      ring.push(ring[0]);
      return ring;
    });
    return {type: "Feature", properties: {name}, geometry: {type: "Polygon", coordinates: rings}};
  });
  return {type: "FeatureCollection", features};
}

// A cluster's icon: its count on a ring split by the types it holds (a conic gradient).
function clusterIcon(cluster) {
  const counts = new Map();
  for (const m of cluster.getAllChildMarkers()) counts.set(m.options.plover, (counts.get(m.options.plover) || 0) + 1);
  const total = cluster.getChildCount();
  let at = 0;
  const stops = [];
  for (const type of PLOVER.filter((t) => counts.has(t))) {
    const next = at + 360 * counts.get(type) / total;
    stops.push(`${colour(type)} ${at}deg ${next}deg`);
    at = next;
  }
  const ring = el("div", {class: "cluster-ring", title: [...counts].map(([t, n]) => `${t} ${n}`).join(", ")},
    el("span", {}, String(total)));
  ring.style.background = `conic-gradient(${stops.join(", ")})`;
  const size = total < 10 ? 30 : total < 100 ? 38 : 46;
  return L.divIcon({html: ring, className: "cluster", iconSize: [size, size]});
}

export class EventMap {
  constructor(node, onPick) {
    this.map = L.map(node, {minZoom: 1, maxZoom: 14, zoomSnap: 0.5, worldCopyJump: true});
    this.map.attributionControl.setPrefix("Leaflet");
    this.map.attributionControl.addAttribution("outlines: Natural Earth");
    this.map.setView([20, 0], 1.5);
    this.onPick = onPick;
    this.markers = new Map();
    this.cluster = L.markerClusterGroup({iconCreateFunction: clusterIcon, showCoverageOnHover: false,
      maxClusterRadius: 40, spiderfyOnMaxZoom: true});
    this.map.addLayer(this.cluster);
    this.legend = L.control({position: "bottomright"});
    this.legend.onAdd = () => el("div", {class: "legend", id: "legend"});
    this.legend.addTo(this.map);
  }

  drawOutlines(basemap) {
    const layer = L.geoJSON(outlinesToGeoJSON(basemap), {
      interactive: false,
      style: {className: "land", color: "#b9b5a8", weight: 0.7, fillColor: "#f7f5ef", fillOpacity: 1},
    }).addTo(this.map);
    layer.eachLayer((l) => { l.getElement().dataset.country = l.feature.properties.name; });
    layer.bringToBack();
  }

  draw(events) {
    this.cluster.clearLayers();
    this.markers.clear();
    const shown = new Map();
    for (const ev of events) {
      if (ev.lat == null || ev.lon == null) continue;
      const key = eventKey(ev);
      const marker = L.circleMarker([ev.lat, ev.lon], {radius: 7, weight: 1.5, color: "#fff", fillOpacity: 0.9,
        fillColor: colour(ev.plover), plover: ev.plover, className: "point"});
      marker.bindTooltip(`${ev.plover} · ${ev.place || ev.location_text || ""} · ${ev.date_start || "undated"}`);
      marker.on("click", () => this.onPick(key, "map"));
      marker.on("add", () => marker.getElement()?.setAttribute("data-key", key));
      this.markers.set(key, marker);
      shown.set(ev.plover, (shown.get(ev.plover) || 0) + 1);
    }
    this.cluster.addLayers([...this.markers.values()]);
    this.drawLegend(shown);
    if (this.markers.size) this.map.fitBounds(this.cluster.getBounds(), {padding: [30, 30], maxZoom: 6});
  }

  drawLegend(shown) {
    const box = document.getElementById("legend");
    box.replaceChildren(el("strong", {}, "on the map"));
    for (const type of PLOVER.filter((t) => shown.has(t))) {
      box.append(el("div", {class: "legend-row", "data-type": type}, swatch(type), `${type} ${shown.get(type)}`));
    }
    if (!shown.size) box.append(el("div", {}, "no located events"));
  }

  // Mark the picked event's point (if it is drawn unclustered), unmark the one before.
  mark(key) {
    for (const [k, m] of this.markers) m.setStyle({color: k === key ? "#000" : "#fff", weight: k === key ? 3 : 1.5});
  }
}
