import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CardManifest } from "./card-content.ts";
import { type CardSource, shareCardPng } from "./share-card-png.ts";

export interface WriteSummary {
	cards: number;
	drawn: number;
	bytes: number;
}

/** Cards in flight at once: enough to keep libuv's compression threads busy while the next is drawn. */
const IN_FLIGHT = 8;

/**
 * Writes every card of the manifest under `outDir`: copied from the cache when it was drawn
 * before, drawn (and cached) otherwise.
 */
export async function writeShareCards(
	outDir: string,
	cards: CardManifest,
	cacheDir: string,
): Promise<WriteSummary> {
	const summary: WriteSummary = { cards: cards.length, drawn: 0, bytes: 0 };
	const folders = new Map<string, Promise<unknown>>();
	let next = 0;
	const worker = async () => {
		for (let card = cards[next++]; card; card = cards[next++]) {
			const target = join(outDir, card.file);
			const folder = dirname(target);
			if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
			const [{ png, source }] = await Promise.all([
				shareCardPng(card.content, cacheDir),
				folders.get(folder),
			]);
			await writeFile(target, png);
			if (source === ("drawn" satisfies CardSource)) summary.drawn++;
			summary.bytes += png.length;
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
	return summary;
}
