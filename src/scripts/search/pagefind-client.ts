import { fuseScores, termWeight } from "../../search/fuse-rankings.ts";
import { markExcerpt } from "../../search/mark-excerpt.ts";
import { queryTerms, termQuery } from "../../search/query-terms.ts";
import { readSearchData, type SearchData, type SearchDataFile } from "../../search/search-data.ts";
import { suggestTags } from "../../search/suggest.ts";

/** The slice of Pagefind's browser API (`/pagefind/pagefind.js`) that the site uses. */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}
interface PagefindResult {
	id: string;
	/** Pagefind's relevance: term frequency weighted by where the words stand (title, aliases…). */
	score: number;
	data: () => Promise<PagefindResultData>;
}
interface PagefindModule {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (
		query: string,
		options: { filters?: Record<string, { any: string[] }> },
	) => Promise<{ results: PagefindResult[] }>;
	filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
	url: string;
	title: string;
	/** HTML: escaped text with `<mark>` around the query's words (Pagefind's marks, and markExcerpt's). */
	excerpt: string;
	type: string;
	category: string | undefined;
	difficulty: string | undefined;
}

export interface SearchOutcome {
	hits: SearchHit[];
	/** No page holds every term: the hits are pages that match some of them. */
	relaxed: boolean;
	/** Offered when nothing matched (tags and popular questions) or only some terms did (tags). */
	suggestions: { tags: SearchData["tags"]; popular: SearchData["popular"] };
}

/** Selected filter values by filter name, e.g. `{ type: ["面试题"] }`. */
export type FilterSelection = Record<string, string[]>;

const base = import.meta.env.BASE_URL.endsWith("/")
	? import.meta.env.BASE_URL
	: `${import.meta.env.BASE_URL}/`;
let loading: Promise<{ pagefind: PagefindModule; data: SearchData }> | undefined;

/**
 * Loads the Pagefind bundle and the site's search data once, on first use, from this site.
 *
 * Pagefind re-segments every query with the browser's `Intl.Segmenter` when the page language is
 * Chinese, and ICU's dictionary splits many technical words (显存, 缓存) into single characters that
 * then prefix-match unrelated words. This client segments queries itself (with the site's
 * vocabulary), so Pagefind is started with a language that needs no segmentation: its index lookup
 * falls back to the site's only index, and each space-separated term is looked up as one word.
 */
function load(): Promise<{ pagefind: PagefindModule; data: SearchData }> {
	loading ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
		// On the main thread: the index is small enough, and a first search skips the worker's 42 KB.
		await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
		const html = document.documentElement;
		const language = html.lang;
		html.lang = "und"; // read synchronously by init(), restored before anything renders
		const ready = pagefind.init();
		html.lang = language;
		const [data] = await Promise.all([loadSearchData(), ready]);
		return { pagefind, data };
	})();
	// A failed load may succeed later (a flaky network): do not keep the rejection.
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}

/** The side data; search still works (without synonyms or suggestions) when it is missing. */
async function loadSearchData(): Promise<SearchData> {
	try {
		const response = await fetch(`${base}search-data.json`);
		return readSearchData(response.ok ? ((await response.json()) as Partial<SearchDataFile>) : {});
	} catch {
		return readSearchData({});
	}
}

/** Pagefind's filter syntax: within one filter any selected value matches, across filters all must. */
export function toPagefindFilters(selection: FilterSelection): Record<string, { any: string[] }> {
	return Object.fromEntries(
		Object.entries(selection)
			.filter(([, values]) => values.length > 0)
			.map(([name, values]) => [name, { any: values }]),
	);
}

let generation = 0;
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Starts loading the index and the search data (e.g. when the search dialog opens). */
export function preloadSearch(): Promise<unknown> {
	return load();
}

/**
 * Searches as a reader means it. The query becomes terms (fillers dropped, vocabulary phrases
 * kept whole and also read as their concepts), and Pagefind is asked for each term alone. The
 * lists are fused by score, rarer terms counting more, so a page that matches the informative
 * words strongly comes first even when no page holds them all ("relaxed"). A page that merely holds
 * every word somewhere gains nothing for that: the words of a reader's question (效果, 越好) meet by
 * chance on long pages. Resolves to null when a newer call superseded this one while typing. Only
 * the first `limit` hits are loaded.
 */
export async function search(
	query: string,
	selection: FilterSelection = {},
	limit = 20,
): Promise<SearchOutcome | null> {
	const current = ++generation;
	await wait(120);
	if (current !== generation) return null;
	const { pagefind, data } = await load();
	const filters = toPagefindFilters(selection);
	const plan = queryTerms(query, { expansions: data.expansions, toSimplified: data.toSimplified });
	const typed = plan.typed.length > 0 ? plan.typed : plan.normalized ? [plan.normalized] : [];
	const concepts = plan.typed.length > 0 ? plan.concepts : typed;
	const run = (group: readonly string[]) =>
		pagefind.search(group.map((term) => termQuery(term)).join(" "), { filters }).then((list) => list.results);
	const terms = [...new Set([...typed, ...concepts])];
	// What an excerpt marks: each term whole (大模型) and the words Pagefind looks it up by.
	const marked = terms.flatMap((term) => [term, ...termQuery(term).split(" ")]);
	const sameTerms = typed.join(" ") === concepts.join(" ");
	const lists = await Promise.all(terms.map((term) => run([term])));
	// Every term on one page, as typed and as concepts: not ranked, but it tells whether the answer
	// is relaxed, and its pages' excerpts mark all the words. A single term is its own such list.
	const whole =
		terms.length === 1 && sameTerms
			? lists
			: await Promise.all(sameTerms ? [run(typed)] : [run(typed), run(concepts)]);
	const rankings = lists.map((results) => ({
		results,
		ids: results.map((result) => result.id),
		scores: results.map((result) => result.score),
		weight: termWeight(results.length, data.pages),
	}));
	const ids = fuseScores(rankings);
	// A page's excerpt comes from the search that marks the most: every term, else its rarest term.
	const byWeight = [...rankings].sort((a, b) => b.weight - a.weight).map((ranking) => ranking.results);
	const byId = new Map<string, PagefindResult>();
	for (const result of [...whole, ...byWeight].flat()) if (!byId.has(result.id)) byId.set(result.id, result);
	if (current !== generation) return null;
	const top = await Promise.all(ids.slice(0, limit).flatMap((id) => byId.get(id)?.data() ?? []));
	const relaxed = whole.every((results) => results.length === 0) && top.length > 0;
	return {
		hits: top.map((hit) => ({
			url: hit.url,
			title: hit.meta["title"] ?? hit.url,
			excerpt: markExcerpt(hit.excerpt, marked),
			type: hit.filters["type"]?.[0] ?? "",
			category: hit.filters["category"]?.[0],
			difficulty: hit.meta["difficulty"],
		})),
		relaxed,
		// A weak match or none: offer the nearest tags; with nothing at all, popular questions too.
		suggestions: {
			tags: relaxed || top.length === 0 ? suggestTags(plan.normalized, data.tags, 6) : [],
			popular: top.length === 0 ? data.popular : [],
		},
	};
}

/** Every filter with the number of pages for each value. */
export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
	return (await load()).pagefind.filters();
}
