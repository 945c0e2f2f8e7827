import { statSync } from "node:fs";
import { mkdir, utimes, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { stampOf } from "../build-cache/file-stamp.ts";
import type { StampMemo } from "../build-cache/stamp-memo.ts";
import { cardCacheKey } from "./cache-key.ts";
import type { CardManifest } from "./card-content.ts";
import { type CardSource, rendererIdentity, shareCardPng } from "./share-card-png.ts";

export interface WriteSummary {
	cards: number;
	drawn: number;
	/** Cards already in the output folder as an earlier build wrote them, and still the same card. */
	kept: number;
	bytes: number;
}

/**
 * The cards a build wrote into an output folder, by file: each card's cache key, remembered with
 * the file's stamp (size, modification time, inode), so that a later build into the same folder
 * can leave an unchanged card as it is.
 */
export type PlacedCards = StampMemo<string>;

/** Cards in flight at once: enough to keep libuv's compression threads busy while the next is drawn. */
const IN_FLIGHT = 8;

/**
 * Writes every card of the manifest under `outDir`: copied from the cache when it was drawn
 * before, drawn (and cached) otherwise. With `placed`, a card the folder already holds as an
 * earlier build wrote it, for the same content, is only touched (its time set to now, so the build
 * cache's sweep counts it as written by this build), not copied again.
 */
export async function writeShareCards(
	outDir: string,
	cards: CardManifest,
	cacheDir: string,
	placed?: PlacedCards,
): Promise<WriteSummary> {
	const summary: WriteSummary = { cards: cards.length, drawn: 0, kept: 0, bytes: 0 };
	const folders = new Map<string, Promise<unknown>>();
	const stampOfFile = (path: string) => {
		const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
		return stat && { stamp: stampOf(stat), size: Number(stat.size) };
	};
	let next = 0;
	const worker = async () => {
		for (let card = cards[next++]; card; card = cards[next++]) {
			const target = join(outDir, card.file);
			const key = placed && cardCacheKey(card.content, rendererIdentity());
			const before = placed && stampOfFile(target);
			if (placed && key && before && placed.get(card.file, before.stamp) === key) {
				const now = new Date();
				await utimes(target, now, now);
				placed.set(card.file, stampOfFile(target)?.stamp ?? "", key);
				summary.kept++;
				summary.bytes += before.size;
				continue;
			}
			const folder = dirname(target);
			if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
			const [{ png, source }] = await Promise.all([
				shareCardPng(card.content, cacheDir),
				folders.get(folder),
			]);
			await writeFile(target, png);
			if (placed && key) placed.set(card.file, stampOfFile(target)?.stamp ?? "", key);
			if (source === ("drawn" satisfies CardSource)) summary.drawn++;
			summary.bytes += png.length;
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
	return summary;
}
