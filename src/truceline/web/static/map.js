// The events map: offline outlines (countries, admin-1, zones), optional tiles, one circle per
// event coloured by status or claimant. Built with DOM nodes and textContent: no HTML strings,
// so report-derived names can never become markup.
"use strict";

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2",
  "#17becf", "#7f7f7f", "#bcbd22"];
const STATUS = { "single-source": 4, corroborated: 2, contested: 1 };

function el(tag, text, attrs) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

async function getJSON(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(url + ": HTTP " + response.status);
  return response.json();
}

function colourIndex(props, mode, claimants) {
  if (mode === "claimant") {
    const who = (props.claimants && props.claimants[0]) || "(unattributed)";
    return claimants.indexOf(who) % PALETTE.length;
  }
  return STATUS[props.status] ?? 8;
}

function biggest(props) {
  let top = 0;
  for (const fig of Object.values(props.figures || {})) {
    for (const k of ["count", "killed", "injured"]) top = Math.max(top, fig[k] || 0);
  }
  return top;
}

function popup(props) {
  const box = el("div", null, { class: "popup" });
  box.append(el("strong", (props.kind || "").replace(/_/g, " ") + " · " + (props.place || "unlocated")));
  box.append(el("div", [props.start, props.end].filter(Boolean).join(" – ") + " · " + props.status));
  const table = el("table");
  for (const [who, fig] of Object.entries(props.figures || {})) {
    const row = el("tr");
    row.append(el("td", who));
    const parts = [];
    if (fig.count !== null) parts.push(fig.count + " " + (fig.unit || ""));
    if (fig.killed !== null) parts.push(fig.killed + " killed");
    if (fig.injured !== null) parts.push(fig.injured + " injured");
    row.append(el("td", parts.join(", ") || "—"));
    table.append(row);
  }
  box.append(table);
  const link = el("a", "the sentences behind these numbers »", { href: "/events/" + encodeURIComponent(props.id), class: "event-link" });
  box.append(link);
  return box;
}

function legend(map, mode, claimants) {
  const control = L.control({ position: "bottomright" });
  control.onAdd = () => {
    const box = el("div", null, { class: "map-legend", id: "legend" });
    const entries = mode === "claimant"
      ? claimants.map((c, i) => [c, i % PALETTE.length])
      : Object.entries(STATUS);
    for (const [name, index] of entries) {
      const line = el("div");
      line.append(el("i", null, { class: "swatch-" + index }));
      line.append(document.createTextNode(name));
      box.append(line);
    }
    return box;
  };
  control.addTo(map);
}

// world-atlas rings are spherical: Russia and Fiji cross the antimeridian and Antarctica
// circles the pole. A flat map needs each ring continuous (no 360-degree jumps), and
// Antarctica is left out (no ceasefire reports come from there; its ring cannot be flat).
function unwrap(ring) {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const step = lon + shift - (ring[i - 1][0] + (ring[i - 1].shift || 0));
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    ring[i].shift = shift;
    return [lon + shift, lat];
  });
}

function flatCountries(world) {
  const all = topojson.feature(world, world.objects.countries);
  all.features = all.features.filter((f) => f.id !== "010");
  for (const f of all.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(unwrap);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map((p) => p.map(unwrap));
  }
  return all;
}

// Without an imported admin-1 file the server sends approximate province areas (hulls
// around the gazetteer's places, "approximate": true): fainter, dashed, and said so.
const APPROXIMATE = { color: "#8d99a6", weight: 0.8, opacity: 0.6, fill: false, dashArray: "2 5" };
const APPROXIMATE_NOTE = "Provinces: approximate hulls around gazetteer places " +
  "(import real outlines with <code>truceline serve --admin1-outlines FILE</code>)";

async function outlines(map, url, style) {
  try {
    const data = await getJSON(url);
    if (!(data.features && data.features.length)) return;
    const approximate = data.features.some((f) => f.properties && f.properties.approximate);
    const options = approximate
      ? { style: APPROXIMATE, interactive: false, attribution: APPROXIMATE_NOTE }
      : { style, interactive: false };
    L.geoJSON(data, options).addTo(map);
  } catch (err) { console.warn(err); }
}

async function main() {
  const node = document.getElementById("map");
  const status = document.getElementById("map-status");
  const map = L.map(node, { worldCopyJump: true }).setView([20, 20], 2);
  if (node.dataset.tiles) {
    L.tileLayer(node.dataset.tiles, { attribution: node.dataset.attribution, maxZoom: 18 }).addTo(map);
  }
  const world = await getJSON(node.dataset.countries);
  L.geoJSON(flatCountries(world), {
    style: { color: "#7a8a99", weight: 1, fillColor: "#f7f5ef", fillOpacity: node.dataset.tiles ? 0 : 1 },
    interactive: false,
  }).addTo(map);
  await outlines(map, node.dataset.admin1, { color: "#a0aab4", weight: 0.6, fill: false, dashArray: "3" });
  await outlines(map, node.dataset.zones, { color: "#9467bd", weight: 1.5, fillOpacity: 0.08 });
  const events = await getJSON(node.dataset.events);
  const located = events.features.filter((f) => f.geometry);
  const claimants = [...new Set(located.map((f) => (f.properties.claimants && f.properties.claimants[0]) || "(unattributed)"))].sort();
  const mode = node.dataset.colour;
  const layer = L.featureGroup();
  for (const f of located) {
    const [lon, lat] = f.geometry.coordinates;
    const colour = PALETTE[colourIndex(f.properties, mode, claimants)];
    const radius = 6 + Math.min(14, Math.sqrt(biggest(f.properties)) * 2);
    const marker = L.circleMarker([lat, lon], { radius, color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.85, className: "event-marker" });
    marker.bindPopup(() => popup(f.properties));
    marker.addTo(layer);
  }
  layer.addTo(map);
  if (located.length) map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 8 });
  legend(map, mode, claimants);
  const unlocated = events.features.length - located.length;
  status.textContent = located.length + " events on the map" + (unlocated ? ", " + unlocated + " without a place" : "") + ".";
  node.dataset.ready = String(located.length);
}

document.addEventListener("DOMContentLoaded", () => {
  main().catch((err) => {
    document.getElementById("map-status").textContent = "The map could not load: " + err.message;
  });
});
