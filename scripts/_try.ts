import { loadKnowledge } from "../src/data/knowledge.js";
import { codeDocument } from "../src/pipeline/index.js";
const show = (a: { country: string | null; org: string | null; sector: string | null; name: string | null; text: string }) => `${a.country ?? a.org ?? "-"}/${a.sector ?? "-"}[${a.text}|${a.name}]`;
const k = await loadKnowledge();
for (const s of process.argv.slice(2)) {
  const [lang, text] = [s.slice(0, 2) as "es" | "en", s.slice(3)];
  const evs = await codeDocument({ id: "t", text, date: "2026-03-01", language: lang }, k);
  console.log(text, "\n   ", evs.map((e) => `${e.type} ${e.source.map(show).join("+")} → ${e.target.map(show).join("+")}`).join(" | ") || "none");
}
