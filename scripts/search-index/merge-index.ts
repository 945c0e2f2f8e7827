/**
 * Makes the bundle the site publishes from the bundles Pagefind wrote, each indexed from a disjoint
 * set of pages by its own Pagefind run: one word list, one page numbering, one set of word
 * statistics, as if one run had indexed every page. The browser then loads and ranks a split index
 * exactly as an unsplit one — same files per query, same scores — while no indexing run had to
 * hold the whole site in memory. A single bundle passes through the same way.
 *
 * The result depends on the pages alone, not on how they were split: pages are numbered in the
 * order of their word counts (then of Pagefind's page hashes), and chunks are sized from the pages'
 * word counts. So a bundle's pages may also be left out (`drop`), to be replaced by their new
 * versions from another run: the build cache re-indexes only the pages that changed
 * (scripts/build-search-index.ts).
 *
 * Pages get short names (see pageNames), which makes the metadata every first search downloads a
 * third smaller. The words are merged a chunk at a time from each bundle (all are sorted the same
 * way), so memory stays at a few chunks whatever the size of the site, and cut into chunks sized for
 * the first search (chunkTarget, closesChunk): smaller than Pagefind's on a small site, each word
 * family whole; a word on most pages keeps one position per page (capPositions). Fragments are
 * moved (or linked, when the bundles are kept).
 */
import {
	copyFileSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { chunkTarget, compareCodePoints, mergeWords, UNITS_PER_WORD } from "./merge-words.ts";
import {
	contentHash,
	type FileWriter,
	type FilterIndex,
	fileWriter,
	fragmentUrl,
	type Meta,
	type MetaFilter,
	type MetaPage,
	type Namer,
	namer,
	pagefindFileBody,
	readFilter,
	readMeta,
} from "./pagefind-files.ts";

interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
	include_characters?: string[];
}

interface Bundle {
	dir: string;
	meta: Meta;
	/** Each of this bundle's pages' number in the merged index, or -1 for a page left out. */
	numbers: Int32Array;
	/** This bundle's meta field numbers in the merged list. */
	fields: number[];
}

/** A bundle to merge, and the hashes of its pages to leave out. */
export interface MergeSource {
	dir: string;
	drop?: ReadonlySet<string> | undefined;
}

/** Puts a bundle's file into the merged one: moved, or linked when the bundle is kept. */
type Place = (from: string, to: string) => void;

/** Moves a file, copying when the two paths are on different file systems. */
function move(from: string, to: string): void {
	try {
		renameSync(from, to);
	} catch {
		copyFileSync(from, to);
		rmSync(from);
	}
}

/**
 * Links a file (no bytes copied), copying when the two paths are on different file systems. Only
 * for files named by their content, which Pagefind never writes again in place.
 */
function link(from: string, to: string): void {
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

/**
 * Short page names in place of Pagefind's hashes (`zh-cn_1a2b3c4`): the page's number in base 36
 * under a folder named after all the pages' hashes, so names stay unique, a changed site gets new
 * URLs (no stale cached fragment), and the metadata every first search loads shrinks by a third.
 */
export function pageNames(hashes: readonly string[]): string[] {
	const folder = contentHash(new TextEncoder().encode(hashes.join("\n")), 8);
	return hashes.map((_, index) => `${folder}/${index.toString(36)}`);
}

/** A page of one bundle, before the merge numbers it. */
interface SourcePage {
	bundle: number;
	index: number;
	page: MetaPage;
}

/**
 * The order of the merged pages: by word count, then by Pagefind's page hash. Both come from the
 * page's own content, so the order is the same however the pages were split into runs. Word counts
 * first because the metadata every first search downloads lists each page's count in page order:
 * ascending, they repeat and gzip to almost nothing (the metadata of 100,000 questions is 27 KB,
 * against 336 KB in hash order). Pagefind's hashes are short, and two pages may share one: those
 * are ordered by the URL in their fragments.
 */
function mergedOrder(pages: SourcePage[], dirs: readonly string[]): SourcePage[] {
	const urls = new Map<SourcePage, string>();
	const urlOf = (page: SourcePage) => {
		let url = urls.get(page);
		if (url === undefined) {
			url = fragmentUrl(join(dirs[page.bundle] ?? "", "fragment", `${page.page[0]}.pf_fragment`));
			urls.set(page, url);
		}
		return url;
	};
	return pages.sort(
		(a, b) =>
			a.page[1] - b.page[1] ||
			compareCodePoints(a.page[0], b.page[0]) ||
			compareCodePoints(urlOf(a), urlOf(b)),
	);
}

/**
 * The bundles' pages in the merged order (pages in `drop` left out), renamed (pageNames), their
 * fragments placed under the new names; sets each bundle's `numbers`.
 */
function mergePages(
	bundles: readonly Bundle[],
	drops: readonly (ReadonlySet<string> | undefined)[],
	outDir: string,
	place: Place,
): MetaPage[] {
	const sources = bundles.flatMap((bundle, index) =>
		bundle.meta.pages.flatMap((page, pageIndex): SourcePage[] =>
			drops[index]?.has(page[0]) ? [] : [{ bundle: index, index: pageIndex, page }],
		),
	);
	const ordered = mergedOrder(
		sources,
		bundles.map((bundle) => bundle.dir),
	);
	const names = pageNames(ordered.map(({ page }) => page[0]));
	mkdirSync(join(outDir, "fragment", dirname(names[0] ?? "x")), { recursive: true });
	return ordered.map(({ bundle: bundleIndex, index: pageIndex, page: [hash, wordCount, group] }, number) => {
		const bundle = bundles[bundleIndex] as Bundle;
		bundle.numbers[pageIndex] = number;
		const name = names[number] ?? "";
		place(
			join(bundle.dir, "fragment", `${hash}.pf_fragment`),
			join(outDir, "fragment", `${name}.pf_fragment`),
		);
		return [name, wordCount, group];
	});
}

/**
 * The bundles' filters, each value's pages renumbered and joined (values and filters left without
 * a page are dropped); returns the filter list.
 */
async function mergeFilters(
	bundles: readonly Bundle[],
	outDir: string,
	name: Namer,
	files: FileWriter,
): Promise<MetaFilter[]> {
	mkdirSync(join(outDir, "filter"), { recursive: true });
	const filters = new Map<string, Map<string, number[]>>();
	for (const bundle of bundles)
		for (const [filterName, hash] of bundle.meta.filters) {
			const [, values]: FilterIndex = readFilter(join(bundle.dir, "filter", `${hash}.pf_filter`));
			const merged = filters.get(filterName) ?? new Map<string, number[]>();
			for (const [value, valuePages] of values) {
				const numbered = valuePages.map((page) => bundle.numbers[page] ?? -1).filter((page) => page >= 0);
				if (numbered.length > 0) merged.set(value, [...(merged.get(value) ?? []), ...numbered]);
			}
			filters.set(filterName, merged);
		}
	const metaFilters: [string, string][] = [];
	for (const [filterName, values] of [...filters].sort(([a], [b]) => compareCodePoints(a, b))) {
		if (values.size === 0) continue;
		const sorted = [...values]
			.sort(([a], [b]) => compareCodePoints(a, b))
			.map(([value, pages]): [string, number[]] => [value, pages.sort((a, b) => a - b)]);
		const body = pagefindFileBody([filterName, sorted]);
		const hash = name(body);
		await files.write(join(outDir, "filter", `${hash}.pf_filter`), body);
		metaFilters.push([filterName, hash]);
	}

	return metaFilters;
}

/** Merges one language's indexes from `sources` into `outDir`; returns its entry. */
async function mergeLanguage(
	language: string,
	sources: readonly { dir: string; metaFile: string; drop: ReadonlySet<string> | undefined }[],
	outDir: string,
	place: Place,
): Promise<{ hash: string; pages: number }> {
	const metas = sources.map((source) => readMeta(join(source.dir, source.metaFile)));
	for (const [index, meta] of metas.entries()) {
		if (meta.sorts.length > 0) throw new Error(`${sources[index]?.dir}：带排序键的索引不能合并`);
		if (meta.pages.some((page) => page[2] !== ""))
			throw new Error(`${sources[index]?.dir}：分组的结果片段（maxFragments）不能合并`);
	}
	const metaFields = [...new Set(metas.flatMap((meta) => meta.metaFields))].sort(compareCodePoints);
	const bundles: Bundle[] = sources.map((source, index) => {
		const meta = metas[index] as Meta;
		return {
			dir: source.dir,
			meta,
			numbers: new Int32Array(meta.pages.length).fill(-1),
			fields: meta.metaFields.map((field) => metaFields.indexOf(field)),
		};
	});
	const name = namer(language);
	const files = fileWriter();

	// Pages, in the merged order, under short names; their fragments move along.
	const pages = mergePages(
		bundles,
		sources.map((source) => source.drop),
		outDir,
		place,
	);

	// Words: a k-way merge of the bundles' sorted lists (one bundle too), cut into chunks sized for
	// the first search, from the size of the index its pages make.
	const units = pages.reduce((sum, [, wordCount]) => sum + wordCount, 0) * UNITS_PER_WORD;
	const chunks = await mergeWords(
		bundles.map((bundle) => ({ ...bundle, chunks: bundle.meta.chunks })),
		outDir,
		name,
		files,
		{ target: chunkTarget(units), pageCount: pages.length },
	);

	// Filters: each value's pages from every bundle, renumbered.
	const metaFilters = await mergeFilters(bundles, outDir, name, files);

	const version = metas[0]?.version ?? "";
	const metaBody = pagefindFileBody([version, pages, chunks, metaFilters, [], metaFields]);
	const hash = name(metaBody, 13);
	await files.write(join(outDir, `pagefind.${hash}.pf_meta`), metaBody);
	await files.done();
	return { hash, pages: pages.length };
}

/**
 * Merges the Pagefind bundles in `bundles` (one is fine; each may name pages to leave out) into
 * `outDir`, which receives the first bundle's script, WebAssembly and other static files too. The
 * bundles' files are moved, not copied; with `keepBundles` (the build cache keeps them for the next
 * build) they are hard-linked instead. Returns the number of pages.
 */
export async function mergeIndexes(
	bundles: readonly (string | MergeSource)[],
	outDir: string,
	{ keepBundles = false }: { keepBundles?: boolean } = {},
): Promise<number> {
	const place = keepBundles ? link : move;
	const sourcesOf = bundles.map((bundle) => (typeof bundle === "string" ? { dir: bundle } : bundle));
	const bundleDirs = sourcesOf.map((source) => source.dir);
	const entries = bundleDirs.map(
		(dir) => JSON.parse(readFileSync(join(dir, "pagefind-entry.json"), "utf8")) as Entry,
	);
	const first = entries[0];
	if (!first) throw new Error("没有要合并的 Pagefind 索引");
	for (const [index, entry] of entries.entries())
		if (entry.version !== first.version)
			throw new Error(`${bundleDirs[index]} 的 Pagefind 版本与第一个分片不同`);
	mkdirSync(outDir, { recursive: true });
	// Pagefind's script, WebAssembly and UI files, the same in every bundle.
	const firstDir = bundleDirs[0] ?? "";
	for (const file of readdirSync(firstDir, { withFileTypes: true }))
		if (file.isFile() && !file.name.endsWith(".pf_meta") && file.name !== "pagefind-entry.json")
			copyFileSync(join(firstDir, file.name), join(outDir, file.name));
	const languages = [...new Set(entries.flatMap((entry) => Object.keys(entry.languages)))].sort(
		compareCodePoints,
	);
	const merged: Entry = { version: first.version, languages: {} };
	let total = 0;
	for (const language of languages) {
		const sources = bundleDirs.flatMap((dir, index) => {
			const info = entries[index]?.languages[language];
			return info ? [{ dir, metaFile: `pagefind.${info.hash}.pf_meta`, drop: sourcesOf[index]?.drop }] : [];
		});
		const wasm = entries.find((entry) => entry.languages[language])?.languages[language]?.wasm ?? null;
		const { hash, pages } = await mergeLanguage(language, sources, outDir, place);
		merged.languages[language] = { hash, wasm, page_count: pages };
		total += pages;
	}
	if (first.include_characters) merged.include_characters = first.include_characters;
	writeFileSync(join(outDir, "pagefind-entry.json"), JSON.stringify(merged));
	return total;
}
