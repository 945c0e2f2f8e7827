import { normalizeText } from "./normalize.ts";

/**
 * Words that carry no meaning in a search: question words, particles, modal verbs and the like.
 * A reader types 「为什么大模型需要人类反馈」; the index knows 人类反馈, not 为什么 or 需要.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
	(
		"为什么 为啥 为何 怎么 怎么样 怎样 怎么办 怎么算 如何 什么 什么样 是什么 啥 哪些 哪个 哪种 有哪些 " +
		"要不要 会不会 能不能 可不可以 是不是 有没有 该不该 需不需要 是否 能否 可否 吗 呢 吧 啊 呀 嘛 么 " +
		"的 地 得 了 着 过 是 有 在 和 与 及 或 或者 还是 跟 对 把 被 让 给 从 到 用 就 都 也 还 又 很 太 更 最 " +
		"我 你 他 她 它 我们 你们 他们 大家 这 那 这个 那个 这些 那些 一个 一种 一些 一下 请问 请 " +
		"应该 可以 能 会 要 需要 到底 究竟 其实 一般 通常 多少 多大 多久 几 个 吗？ 呢？ " +
		"what how why is are the a an of to do does in for and or vs"
	).split(" "),
);

const CJK = /\p{Script=Han}/u;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/** A spelling the query may contain, and the term to search for it. */
export interface Expansion {
	/** Normalised spelling, e.g. 一本正经地编造. */
	spelling: string;
	/** What to search instead, e.g. 幻觉. */
	term: string;
}

export interface QueryTerms {
	/** The query in normal form (NFKC, lower case, simplified characters). */
	normalized: string;
	/** Distinct search terms, in query order, fillers dropped. */
	terms: string[];
	/** Vocabulary concepts the query named, as `[spelling, term]` pairs. */
	expanded: Expansion[];
}

export interface QueryTermOptions {
	/** Spellings to replace by a concept's term, longest first is not required. */
	expansions?: readonly Expansion[];
	/** Traditional → simplified character pairs, e.g. `{ 幻: "幻", 覺: "觉" }`. */
	toSimplified?: Readonly<Record<string, string>>;
	/** Splits a run of text into words; `Intl.Segmenter` in the browser. */
	segment?: (text: string) => string[];
}

/** Word segmentation with the runtime's ICU (dictionary based for Chinese). */
export function intlSegment(text: string): string[] {
	const segmenter = new Intl.Segmenter("zh-CN", { granularity: "word" });
	return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/** The query with traditional characters replaced and full-width forms folded. */
export function normalizeQuery(query: string, toSimplified: Readonly<Record<string, string>> = {}): string {
	const simplified = [...query].map((char) => toSimplified[char] ?? char).join("");
	return normalizeText(simplified);
}

/**
 * Turns what a reader typed into search terms: vocabulary phrases become their concept's term
 * (longest match first), the rest is segmented into words, fillers and punctuation are dropped,
 * and runs of single Chinese characters that the segmenter split off are joined again
 * (显|存 → 显存). A lone character left over is dropped: it matches too much to help.
 */
export function queryTerms(query: string, options: QueryTermOptions = {}): QueryTerms {
	const { expansions = [], toSimplified = {}, segment = intlSegment } = options;
	const normalized = normalizeQuery(query, toSimplified);
	const bySpellingLength = [...expansions]
		.filter((expansion) => expansion.spelling.length > 0)
		.sort((a, b) => b.spelling.length - a.spelling.length);
	const terms: string[] = [];
	const expanded: Expansion[] = [];
	let rest = "";
	const flushRest = () => {
		for (const word of joinSingleCharacters(segment(rest.replace(PUNCTUATION, " "))))
			if (isMeaningful(word)) terms.push(word);
		rest = "";
	};
	// Spaces do not separate Chinese words in a query ("KV 缓存" = "KV缓存"): match without them.
	const compact = normalized;
	let index = 0;
	while (index < compact.length) {
		const match = bySpellingLength.find((expansion) =>
			startsWithSpelling(compact, index, expansion.spelling),
		);
		if (match) {
			flushRest();
			terms.push(match.term);
			expanded.push(match);
			index += matchedLength(compact, index, match.spelling);
			continue;
		}
		rest += compact[index];
		index += 1;
	}
	flushRest();
	return { normalized, terms: [...new Set(terms.map((term) => normalizeText(term)))], expanded };
}

function isMeaningful(word: string): boolean {
	if (FILLER_WORDS.has(word)) return false;
	// A single Chinese character left after joining is almost always a particle or a fragment.
	return !(word.length === 1 && CJK.test(word));
}

/** Joins runs of single Chinese characters (not fillers) that a segmenter split apart. */
function joinSingleCharacters(words: readonly string[]): string[] {
	const out: string[] = [];
	let run = "";
	for (const word of words) {
		if (word.length === 1 && CJK.test(word) && !FILLER_WORDS.has(word)) {
			run += word;
			continue;
		}
		if (run) out.push(run);
		run = "";
		out.push(word);
	}
	if (run) out.push(run);
	return out;
}

/** Whether `text` at `index` spells `spelling`, ignoring spaces, and not inside an ASCII word. */
function startsWithSpelling(text: string, index: number, spelling: string): boolean {
	const length = matchedLength(text, index, spelling);
	if (length === 0) return false;
	const isWordChar = (char: string | undefined) => char !== undefined && /[a-z0-9]/.test(char);
	if (isWordChar(text[index - 1]) && isWordChar(spelling[0])) return false;
	if (isWordChar(text[index + length]) && isWordChar(spelling.at(-1))) return false;
	return true;
}

/** Characters of `text` from `index` that spell `spelling` (spaces skipped); 0 when it does not. */
function matchedLength(text: string, index: number, spelling: string): number {
	const target = spelling.replace(/ /g, "");
	let position = index;
	let matched = 0;
	if (text[position] === " ") return 0;
	while (matched < target.length && position < text.length) {
		const char = text[position];
		if (char === " ") {
			position += 1;
			continue;
		}
		if (char !== target[matched]) return 0;
		matched += 1;
		position += 1;
	}
	return matched === target.length ? position - index : 0;
}
