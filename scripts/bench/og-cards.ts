/**
 * Times the share cards alone, on the benchmark's synthetic corpus:
 *   node scripts/bench/og-cards.ts [questions=10000]
 * Draws every card into an empty cache (cold), then asks for every card again (cached), eight at a
 * time as `astro build` does, and prints milliseconds per card (wall and CPU) and bytes per card.
 */
import { rmSync } from "node:fs";
import { cpus } from "node:os";
import { parse } from "yaml";
import { articleCard, questionCard } from "../../src/og/card-content.ts";
import { shareCardPng } from "../../src/og/share-card-png.ts";
import { SITE } from "../../src/site.config.ts";
import { syntheticCorpus } from "./synthetic-corpus.ts";

const questions = Number(process.argv[2] ?? 10_000);
const CACHE = "tests/.tmp/og-bench-cache";
const IN_FLIGHT = 8;

const cards = syntheticCorpus(questions).map((file) => {
	const data = parse(file.text.split("---\n")[1] ?? "");
	const id = file.path.replace(/^\w+\/|\.md$/g, "");
	return file.path.startsWith("articles/")
		? articleCard(id, data, SITE.name)
		: questionCard(id, data, SITE.name);
});

async function pass(): Promise<{ msPerCard: number; cpuMsPerCard: number; bytes: number }> {
	const started = performance.now();
	const cpu = process.cpuUsage();
	let next = 0;
	let bytes = 0;
	await Promise.all(
		Array.from({ length: IN_FLIGHT }, async () => {
			while (next < cards.length) {
				const card = cards[next++];
				if (!card) continue;
				const { png } = await shareCardPng(card.content, CACHE);
				bytes += png.length;
			}
		}),
	);
	const used = process.cpuUsage(cpu);
	return {
		msPerCard: (performance.now() - started) / cards.length,
		cpuMsPerCard: (used.user + used.system) / 1000 / cards.length,
		bytes,
	};
}

rmSync(CACHE, { recursive: true, force: true });
const cold = await pass();
const cached = await pass();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(`${cards.length} cards, ${cpus().length} cores (CPU time counts every thread of this process)`);
console.log(`cold:   ${cold.msPerCard.toFixed(2)} ms/card wall, ${cold.cpuMsPerCard.toFixed(2)} ms/card CPU`);
console.log(
	`cached: ${cached.msPerCard.toFixed(2)} ms/card wall, ${cached.cpuMsPerCard.toFixed(2)} ms/card CPU`,
);
console.log(`size:   ${(cold.bytes / cards.length / 1024).toFixed(1)} KB/card, ${mb(cold.bytes)} MB in all`);
rmSync(CACHE, { recursive: true, force: true });
