/* global uPlot, ResizeObserver, getComputedStyle, document, Blob */
// The cooperation-vs-conflict chart: uPlot (served from node_modules), one point per interval.
import { getLang, t } from "./i18n.js";

const COOP = "#1b7f5f";
const CONFLICT = "#c2362b";
const GOLD = "#555";
const toX = (period) => Date.parse(`${period}T00:00:00Z`) / 1000;

/**
 * Draw the timeline into `box`; `onPick(index)` is called when an interval is clicked. Returns { select(i), destroy() }.
 * @example drawTimeline(box, periods, (i) => showEvents(periods[i]))
 */
export function drawTimeline(box, periods, onPick, split = null, view = {}, compare = null) {
  let selected = -1;
  // Coverage: events per 100 articles stored in the interval (null where none were), and a trailing mean of three
  // intervals; the raw counts stay in the legend.
  const rate = (xs) => (view.rate ? xs.map((x, i) => (periods[i].articles ? Math.round((x / periods[i].articles) * 1000) / 10 : null)) : xs);
  const roll = (xs) => (view.roll ? xs.map((_, i) => {
    const w = xs.slice(Math.max(0, i - 2), i + 1).filter((x) => x !== null);
    return w.length ? Math.round((w.reduce((a, b) => a + b, 0) / w.length) * 10) / 10 : null;
  }) : xs);
  const shown = (xs) => roll(rate(xs));
  const coop = (ps) => shown(ps.map((p) => p.verbal_cooperation + p.material_cooperation));
  const conf = (ps) => shown(ps.map((p) => p.verbal_conflict + p.material_conflict));
  const raw = (ps, kind) => ps.map((p) => (kind === "coop" ? p.verbal_cooperation + p.material_cooperation : p.verbal_conflict + p.material_conflict));
  const legend = (ps, kind) => (_u, v, _s, i) => (v == null ? "--" : view.rate || view.roll
    ? `${v} (${raw(ps, kind)[i] ?? 0} ${t("eventsShort")}, ${periods[i]?.articles ?? 0} ${t("articlesShort")})` : String(v));
  // Split: each direction's cooperation and conflict as its own line (the second direction's drawn thinner, dotted
  // points), over the same intervals; the mean Goldstein line stays the pair's.
  // Compare: another pair over the same intervals, its cooperation and conflict as thin lines of their own dashes.
  // Quads: verbal and material cooperation and conflict as four lines (the pair's, both ways).
  const quads = !split && view.quads;
  const quad = (k) => shown(periods.map((p) => p[k]));
  const data = [periods.map((p) => toX(p.period)),
    ...(split ? [coop(split.ab), conf(split.ab), coop(split.ba), conf(split.ba)]
      : quads ? ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"].map(quad) : [coop(periods), conf(periods)]),
    ...(compare ? [coop(compare.periods), conf(compare.periods)] : []), periods.map((p) => p.goldstein)];
  const dayLabel = new Intl.DateTimeFormat(getLang() === "es" ? "es-MX" : "en-US", { timeZone: "UTC", month: "short", day: "numeric" });
  const font = `12px ${getComputedStyle(box).fontFamily}`;
  const axis = { font, stroke: "#333", grid: { stroke: "#e6e6e6" }, ticks: { stroke: "#ccc" } };
  const opts = {
    width: box.clientWidth || 600,
    height: 300,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
    cursor: { drag: { x: false, y: false }, points: { size: 8 } },
    legend: { live: true },
    // One interval alone is drawn in a span of a few intervals around it, not across years.
    scales: { x: { time: true, range: (_u, min, max) => (min === max ? [min - 3 * 86_400 * 7, max + 3 * 86_400 * 7] : [min, max]) }, n: { range: (_u, _min, max) => [0, Math.max(view.rate ? 1 : 4, Math.ceil(max * 1.15))] }, g: { range: [-10, 10] } },
    series: [
      { label: t("date"), value: (_u, v) => (v == null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
      ...(split ? [
        { label: `${t("cooperation")} ${split.labels[0]}`, scale: "n", stroke: COOP, width: 2.5, points: { size: 6, fill: COOP }, value: legend(split.ab, "coop") },
        { label: `${t("conflict")} ${split.labels[0]}`, scale: "n", stroke: CONFLICT, width: 2.5, dash: [10, 4], points: { size: 6, fill: CONFLICT }, value: legend(split.ab, "conf") },
        { label: `${t("cooperation")} ${split.labels[1]}`, scale: "n", stroke: COOP, width: 1.5, points: { size: 6, fill: "#fff" }, value: legend(split.ba, "coop") },
        { label: `${t("conflict")} ${split.labels[1]}`, scale: "n", stroke: CONFLICT, width: 1.5, dash: [10, 4], points: { size: 6, fill: "#fff" }, value: legend(split.ba, "conf") },
      ] : quads ? [
        { label: t("verbalCoop"), scale: "n", stroke: COOP, width: 1.5, dash: [3, 3], points: { size: 5, fill: "#fff" } },
        { label: t("materialCoop"), scale: "n", stroke: COOP, width: 2.5, points: { size: 6, fill: COOP } },
        { label: t("verbalConf"), scale: "n", stroke: CONFLICT, width: 1.5, dash: [3, 3], points: { size: 5, fill: "#fff" } },
        { label: t("materialConf"), scale: "n", stroke: CONFLICT, width: 2.5, dash: [10, 4], points: { size: 6, fill: CONFLICT } },
      ] : [
        { label: t("cooperation"), scale: "n", stroke: COOP, width: 2.5, points: { size: 6, fill: COOP }, value: legend(periods, "coop") },
        // Conflict is dashed, not only red: the two read apart without colour.
        { label: t("conflict"), scale: "n", stroke: CONFLICT, width: 2.5, dash: [10, 4], points: { size: 6, fill: CONFLICT }, value: legend(periods, "conf") },
      ]),
      ...(compare ? [
        { label: `${t("cooperation")} ${compare.label}`, scale: "n", stroke: COOP, width: 1.2, dash: [2, 3], points: { size: 5, fill: "#fff" }, value: legend(compare.periods, "coop") },
        { label: `${t("conflict")} ${compare.label}`, scale: "n", stroke: CONFLICT, width: 1.2, dash: [6, 3, 2, 3], points: { size: 5, fill: "#fff" }, value: legend(compare.periods, "conf") },
      ] : []),
      // No mean across an interval without events: the line breaks there rather than drawing a mean nobody measured.
      { label: t("goldstein"), scale: "g", stroke: GOLD, width: 1.5, dash: [2, 4], spanGaps: false, points: { size: 4, fill: GOLD }, value: (_u, v) => (v == null ? "—" : v.toFixed(2)) },
    ],
    axes: [
      // Every label names its day; the first, and the first of each new year, names the year under it.
      { ...axis, size: 56, values: (_u, splits) => splits.map((v, i) => {
        const d = new Date(v * 1000);
        const year = d.getUTCFullYear();
        return i === 0 || new Date(splits[i - 1] * 1000).getUTCFullYear() !== year ? `${dayLabel.format(d)}\n${year}` : dayLabel.format(d);
      }) },
      { ...axis, scale: "n", label: view.rate ? t("per100Axis") : t("eventsTitle"), labelFont: font, size: 50 },
      { ...axis, scale: "g", side: 1, grid: { show: false }, label: "Goldstein", labelFont: font, size: 50 },
    ],
    hooks: {
      // The selected interval as a light band behind the lines.
      drawClear: [(u) => {
        if (selected < 0) return;
        const x0 = u.valToPos(data[0][selected], "x", true);
        const next = data[0][selected + 1] ?? data[0][selected] + (data[0][selected] - (data[0][selected - 1] ?? data[0][selected] - 86400));
        const x1 = u.valToPos(next, "x", true);
        u.ctx.save();
        u.ctx.fillStyle = "rgba(255, 196, 0, 0.22)";
        u.ctx.fillRect(x0, u.bbox.top, Math.max(3, x1 - x0), u.bbox.height);
        u.ctx.restore();
      }],
    },
  };
  const plot = new uPlot(opts, data, box);
  plot.over.addEventListener("click", () => {
    const i = plot.cursor.idx;
    if (i != null && i >= 0) onPick(i);
  });
  const resize = new ResizeObserver(() => plot.setSize({ width: box.clientWidth, height: 300 }));
  resize.observe(box);
  return {
    select(i) {
      selected = i;
      plot.redraw(false);
    },
    destroy() {
      resize.disconnect();
      plot.destroy();
    },
    /** The chart as a file: "svg" drawn from its numbers, or "png" from its canvas; `caption` (the query) is written in. */
    image(format, caption) {
      const lines = opts.series.slice(1).map((x) => ({ label: x.label, stroke: x.stroke, dash: x.dash ?? [], scale: x.scale }));
      if (format === "svg") return Promise.resolve(new Blob([svgOf(data, lines, caption, dayLabel)], { type: "image/svg+xml" }));
      return pngOf(plot, lines, caption, font);
    },
  };
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An SVG of the chart's lines, axes and legend, with the caption as its title: nothing from the page, only numbers and labels. */
function svgOf(data, lines, caption, dayLabel) {
  const [W, H, L, R, T, B] = [900, 440, 56, 56, 48, 110];
  const xs = data[0];
  const [x0, x1] = [xs[0], xs.length > 1 ? xs.at(-1) : xs[0] + 86_400];
  const counts = lines.flatMap((l, i) => (l.scale === "n" ? data[i + 1].filter((v) => v !== null) : []));
  const top = Math.max(4, Math.ceil(Math.max(0, ...counts) * 1.15));
  const X = (v) => (L + ((v - x0) / (x1 - x0 || 1)) * (W - L - R)).toFixed(1);
  const Y = (v, scale) => (T + (1 - (scale === "g" ? (v + 10) / 20 : v / top)) * (H - T - B)).toFixed(1);
  const paths = lines.map((l, i) => {
    let d = "";
    let pen = "M";
    data[i + 1].forEach((v, j) => {
      if (v === null || v === undefined) pen = "M";
      else {
        d += `${pen}${X(xs[j])},${Y(v, l.scale)} `;
        pen = "L";
      }
    });
    return `<path class="series" d="${d.trim()}" fill="none" stroke="${esc(l.stroke)}" stroke-width="2"${l.dash.length ? ` stroke-dasharray="${l.dash.join(" ")}"` : ""}><title>${esc(l.label)}</title></path>`;
  });
  const step = Math.max(1, Math.ceil(xs.length / 10));
  const xTicks = xs.map((v, j) => (j % step ? "" : `<text x="${X(v)}" y="${H - B + 18}" text-anchor="middle">${esc(dayLabel.format(new Date(v * 1000)))}${j === 0 || new Date(xs[j - step] * 1000).getUTCFullYear() !== new Date(v * 1000).getUTCFullYear() ? ` ${new Date(v * 1000).getUTCFullYear()}` : ""}</text>`)).join("");
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => `<text x="${L - 6}" y="${Y(top * f, "n")}" text-anchor="end">${Math.round(top * f * 10) / 10}</text><line x1="${L}" x2="${W - R}" y1="${Y(top * f, "n")}" y2="${Y(top * f, "n")}" stroke="#e6e6e6"/>`).join("");
  const gTicks = lines.some((l) => l.scale === "g") ? [-10, -5, 0, 5, 10].map((g) => `<text x="${W - R + 6}" y="${Y(g, "g")}">${g}</text>`).join("") + `<text x="${W - 8}" y="${T - 10}" text-anchor="end">Goldstein</text>` : "";
  const legend = lines.map((l, i) => `<g transform="translate(${L + (i % 3) * 270},${H - B + 44 + Math.floor(i / 3) * 20})"><line x1="0" x2="24" y1="-4" y2="-4" stroke="${esc(l.stroke)}" stroke-width="2"${l.dash.length ? ` stroke-dasharray="${l.dash.join(" ")}"` : ""}/><text x="30" y="0">${esc(l.label)}</text></g>`).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">
<title>${esc(caption)}</title><rect width="${W}" height="${H}" fill="#fff"/>
<text x="${L}" y="24" font-size="14" font-weight="700">${esc(caption)}</text>
${yTicks}${gTicks}${xTicks}${paths.join("\n")}${legend}
</svg>
`;
}

/** The chart's canvas with the caption above it and the legend below, as a PNG. */
function pngOf(plot, lines, caption, font) {
  const src = plot.ctx.canvas;
  const scale = src.width / plot.width;
  const extra = Math.ceil((72 + Math.ceil(lines.length / 2) * 20) * scale);
  const out = document.createElement("canvas");
  out.width = src.width;
  out.height = src.height + extra;
  const ctx = out.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.scale(scale, scale);
  ctx.font = `bold ${font}`;
  ctx.fillStyle = "#1d2430";
  // The caption in two lines: what is drawn, then the address that draws it again.
  const at = caption.indexOf(" · #");
  ctx.fillText(at < 0 ? caption : caption.slice(0, at), 8, 18);
  ctx.font = font;
  if (at >= 0) ctx.fillText(caption.slice(at + 3), 8, 36);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(src, 0, Math.ceil(44 * scale));
  ctx.scale(scale, scale);
  ctx.font = font;
  lines.forEach((l, i) => {
    const [x, y] = [8 + (i % 2) * 300, 44 + src.height / scale + 16 + Math.floor(i / 2) * 20];
    ctx.strokeStyle = l.stroke;
    ctx.lineWidth = 2;
    ctx.setLineDash(l.dash);
    ctx.beginPath();
    ctx.moveTo(x, y - 4);
    ctx.lineTo(x + 24, y - 4);
    ctx.stroke();
    ctx.fillText(l.label, x + 30, y);
  });
  return new Promise((resolve) => out.toBlob(resolve, "image/png"));
}
