/**
 * The word lists of several Pagefind bundles merged into one, as if one Pagefind run had indexed
 * all their pages: each bundle's pages renumbered into the merged order (pages left out dropped,
 * and with them the words only they held), the words cut into chunks sized for the site
 * (chunkTarget) at word-family boundaries (closesChunk). Read a chunk at a time from each bundle
 * (all are sorted by code point), so memory stays at a few chunks whatever the size of the site.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import {
	type FileWriter,
	type MetaChunk,
	type Namer,
	type PageEntry,
	pagefindFileBody,
	readWordChunk,
	type WordEntry,
} from "./pagefind-files.ts";

/** Pagefind's chunk size: a chunk closes once its pages and positions reach this many. */
export const CHUNK_UNITS = 20_000;

/**
 * Units (pages and positions) in an index per word its pages count: 3.27 on the real site
 * (927,128 units, 283,742 words), 3.37 on the 10,000-question corpus. Estimates the size of an
 * index from its pages alone, however they were split into Pagefind runs.
 */
export const UNITS_PER_WORD = 3.3;

/** The smallest chunk worth a line in the metadata every first search downloads. */
export const MIN_CHUNK_UNITS = 1_000;

/**
 * How large the merged index's chunks should be, for an index of about `units` pages and
 * positions. A query term downloads one chunk, and every chunk costs a line in the metadata that
 * each first search downloads; with T terms a query, chunk bytes ∝ size and metadata ∝ units /
 * size, so the total is least near √units (for T ≈ 5 and a line's ~12 bytes against a unit's ~1.5).
 * Between 1,000 and Pagefind's own 20,000; `SEARCH_CHUNK_UNITS` overrides it.
 */
export function chunkTarget(units: number, override = process.env["SEARCH_CHUNK_UNITS"]): number {
	if (override) {
		const value = Number(override);
		if (!Number.isInteger(value) || value < 1)
			throw new Error(`SEARCH_CHUNK_UNITS 应为正整数，现在是 “${override}”`);
		return value;
	}
	return Math.min(CHUNK_UNITS, Math.max(MIN_CHUNK_UNITS, Math.round(Math.sqrt(units))));
}

/** The first `count` characters of a word (code points, not UTF-16 units). */
const head = (word: string, count: number) => [...word].slice(0, count).join("");

/**
 * Whether a chunk holding `units` so far, ending in `last`, closes before `next`. Pagefind loads one
 * chunk per query term, and matches the term as a prefix only among the words of that chunk: so a
 * chunk closes only between words with different first characters, and every word family (all words
 * that start alike) stays in one chunk, answering as one big chunk would. A family more than twice
 * the target may be split between its two-character families: single-character terms then see
 * only part of it (as in Pagefind's own chunks), longer terms still see all of theirs.
 */
export function closesChunk(units: number, target: number, last: string, next: string): boolean {
	if (units < target) return false;
	if (head(last, 1) !== head(next, 1)) return true;
	return units >= 2 * target && head(last, 2) !== head(next, 2);
}

/** Unicode code point order, which is the byte order of UTF-8 that Pagefind sorts words by. */
export function compareCodePoints(a: string, b: string): number {
	const left = a[Symbol.iterator]();
	const right = b[Symbol.iterator]();
	for (;;) {
		const x = left.next();
		const y = right.next();
		if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
		const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
		if (difference !== 0) return difference;
	}
}

/** The greatest code point: a word that starts with `p` sorts before `p` followed by it. */
const LAST_CHARACTER = String.fromCodePoint(0x10ffff);

/**
 * The `to` of one chunk and the `from` of the next, for the chunk's last word and the next one's
 * first: the shortest prefixes that tell them apart (the shared beginning plus one character), as
 * Pagefind names them. Pagefind finds a term's chunk as the first with from ≤ term ≤ to, so under
 * its own rule the last word of a chunk ("apple", to "app") and its longer neighbours find no
 * chunk, and are searched only when no term of the query found one. Here `to` is followed by the
 * greatest code point, so every word that starts like the last one (its whole family, which
 * `closesChunk` keeps together) finds this chunk.
 */
export function chunkBoundary(last: string, first: string): [string, string] {
	const a = [...last];
	const b = [...first];
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
	// When the last word is itself the shared beginning ("cath" before "cathartic"), nothing longer may follow it here.
	const to = a.slice(0, common + 1).join("") + (common < a.length ? LAST_CHARACTER : "");
	return [to, b.slice(0, common + 1).join("")];
}

/**
 * The share of pages from which on a word is "common": its entries keep one position each
 * (capPositions). A word on half the pages or more tells little about a page (Pagefind's own weight
 * for it, log(1 + (N − n + ½) / (n + ½)), is at most log 2, a tenth of a rare word's), yet its
 * positions are most of the chunk every query with it downloads: 模型 at 100,000 questions is on
 * 90% of the pages, 4.5 positions each: its chunk was 362 KB, with one position each 150 KB.
 */
export const COMMON_SHARE = 0.5;

/**
 * An entry's positions cut to the first one, with the weight marker before it (Pagefind's positions
 * are read in order, a negative number setting the weight of those after it), so the page still
 * holds the word, at the weight it first stands at. Its meta-field positions (the title…) are kept.
 * What changes: the word's count on the page reads as 1 (its term frequency, for Pagefind's
 * ranking), and an excerpt marks its first place only.
 */
export function capPositions(positions: readonly number[]): number[] {
	const first = positions.findIndex((position) => position >= 0);
	if (first < 0) return [...positions];
	const weight = positions.slice(0, first).findLast((position) => position < 0);
	return weight === undefined ? [positions[first] as number] : [weight, positions[first] as number];
}

/** A page holding a word, by its number in the merged index (not a difference). */
export type NumberedEntry = [page: number, positions: number[], metaPositions: number[]];

/**
 * Adds a bundle's `pages` for one word (numbered from 0 within the bundle, as differences) to
 * `into`, each renumbered through `numbers` (its number in the merged index, or -1 for a page left
 * out) and its meta fields renamed through `fields`.
 */
export function collectPages(
	into: NumberedEntry[],
	pages: readonly PageEntry[],
	numbers: ArrayLike<number>,
	fields: readonly number[],
): void {
	let own = 0;
	for (const [delta, positions, metaPositions] of pages) {
		own += delta;
		const page = numbers[own] ?? -1;
		if (page < 0) continue;
		const renamed = metaPositions.map((position) =>
			position < 0 ? -1 - (fields[-1 - position] ?? unknownField(-1 - position)) : position,
		);
		into.push([page, positions, renamed]);
	}
}

/** Entries from `collectPages`, in page order, written as Pagefind does: each number as a difference. */
export function asDifferences(entries: NumberedEntry[]): PageEntry[] {
	entries.sort((a, b) => a[0] - b[0]);
	let previous = 0;
	return entries.map(([page, positions, metaPositions]) => {
		const entry: PageEntry = [page - previous, positions, metaPositions];
		previous = page;
		return entry;
	});
}

function unknownField(index: number): never {
	throw new Error(`Pagefind 索引引用了不存在的元字段 #${index}`);
}

/** One bundle's words in order, read a chunk at a time. */
class WordCursor {
	private words: WordEntry[] = [];
	private position = 0;
	private chunk = 0;
	private readonly dir: string;
	private readonly chunks: readonly MetaChunk[];
	constructor(dir: string, chunks: readonly MetaChunk[]) {
		this.dir = dir;
		this.chunks = chunks;
		this.load();
	}
	private load() {
		while (this.position >= this.words.length && this.chunk < this.chunks.length) {
			this.words = readWordChunk(join(this.dir, "index", `${this.chunks[this.chunk]?.[2]}.pf_index`));
			this.position = 0;
			this.chunk += 1;
		}
	}
	get current(): WordEntry | undefined {
		return this.words[this.position];
	}
	advance() {
		this.position += 1;
		this.load();
	}
}

/** A bundle as the merge sees it. */
export interface WordSource {
	dir: string;
	chunks: readonly MetaChunk[];
	/** Each of this bundle's pages' number in the merged index, or -1 for a page left out. */
	numbers: ArrayLike<number>;
	/** This bundle's meta field numbers in the merged list. */
	fields: readonly number[];
}

/**
 * The bundles' words merged in order, written in chunks of about `target` pages and positions
 * (`closesChunk`); a word on `COMMON_SHARE` of the `pageCount` merged pages or more keeps one
 * position per page (capPositions). Returns the chunk list.
 */
export async function mergeWords(
	bundles: readonly WordSource[],
	outDir: string,
	name: Namer,
	files: FileWriter,
	{ target = CHUNK_UNITS, pageCount }: { target?: number; pageCount: number },
): Promise<MetaChunk[]> {
	mkdirSync(join(outDir, "index"), { recursive: true });
	const chunks: MetaChunk[] = [];
	let words: WordEntry[] = [];
	let units = 0;
	const flush = async () => {
		if (words.length === 0) return;
		const body = pagefindFileBody([words]);
		const hash = name(body);
		chunks.push([words[0]?.[0] ?? "", words.at(-1)?.[0] ?? "", hash]);
		words = [];
		units = 0;
		await files.write(join(outDir, "index", `${hash}.pf_index`), body);
	};
	const cursors = bundles.map((bundle) => new WordCursor(bundle.dir, bundle.chunks));
	for (;;) {
		let word: string | undefined;
		for (const cursor of cursors) {
			const candidate = cursor.current?.[0];
			if (candidate !== undefined && (word === undefined || compareCodePoints(candidate, word) < 0))
				word = candidate;
		}
		if (word === undefined) break;
		const pages: NumberedEntry[] = [];
		const variants = new Map<string, NumberedEntry[]>();
		cursors.forEach((cursor, index) => {
			const entry = cursor.current;
			if (entry?.[0] !== word) return;
			const bundle = bundles[index] as WordSource;
			collectPages(pages, entry[1], bundle.numbers, bundle.fields);
			for (const [spelling, variantPages] of entry[2]) {
				const variant = variants.get(spelling) ?? [];
				collectPages(variant, variantPages, bundle.numbers, bundle.fields);
				variants.set(spelling, variant);
			}
			cursor.advance();
		});
		// A word only on pages left out is not in the index, as if those pages had never been read.
		const kept = [...variants].filter(([, variant]) => variant.length > 0);
		if (pages.length === 0 && kept.length === 0) continue;
		const common = pages.length >= COMMON_SHARE * pageCount;
		const entries = (numbered: NumberedEntry[]) =>
			asDifferences(
				common
					? numbered.map(([page, positions, metaPositions]) => [page, capPositions(positions), metaPositions])
					: numbered,
			);
		const merged: WordEntry = [
			word,
			entries(pages),
			kept.map(([spelling, variant]) => [spelling, entries(variant)]),
		];
		const previous = words.at(-1)?.[0];
		if (previous !== undefined && closesChunk(units, target, previous, word)) await flush();
		words.push(merged);
		units += merged[1].reduce(
			(sum, [, positions, metaPositions]) => sum + positions.length + metaPositions.length + 1,
			0,
		);
	}
	await flush();
	for (let index = 0; index + 1 < chunks.length; index += 1) {
		const [to, from] = chunkBoundary(chunks[index]?.[1] ?? "", chunks[index + 1]?.[0] ?? "");
		(chunks[index] as MetaChunk)[1] = to;
		(chunks[index + 1] as MetaChunk)[0] = from;
	}

	return chunks;
}
