import { cutsAsciiWord, normalizeText } from "./normalize.ts";

/**
 * Words that carry no meaning in a search: question words, particles, modal verbs, and the halves
 * of 越…越… that frame a trade-off question (词表是不是越大越好: the page is about 词表).
 * A reader types 「为什么大模型需要人类反馈」; the index knows 人类反馈, not 为什么 or 需要.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
	(
		"为什么 为啥 为何 怎么 怎么样 怎样 怎么办 怎么算 如何 什么 什么样 是什么 啥 哪些 哪个 哪种 有哪些 " +
		"要不要 会不会 能不能 可不可以 是不是 有没有 该不该 需不需要 是否 能否 可否 吗 呢 吧 啊 呀 嘛 么 " +
		"的 地 得 了 着 过 是 有 在 和 与 及 或 或者 还是 跟 对 把 被 让 给 从 到 用 就 都 也 还 又 很 太 更 最 " +
		"我 你 他 她 它 我们 你们 他们 大家 这 那 这个 那个 这些 那些 一个 一种 一些 一下 请问 请 " +
		"应该 可以 能 会 要 需要 到底 究竟 其实 一般 通常 多少 多大 多久 几 个 " +
		"越大 越好 越多 越少 越小 越高 越低 越长 越短 越快 越慢 越强 越差 越宽 越窄 " +
		"靠谱 真的 老是 总是 一直 经常 时候 情况 问题 办法 方法 东西 怎么回事 咋 咋办 好不好 行不行 " +
		"我的 你的 他的 她的 它的 我们的 他们的 自己 别人 有人 这样 那样 这么 那么 算不算 " +
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
	/** The reader's own words, in order, fillers dropped; a vocabulary phrase stays one unit. */
	typed: string[];
	/** The same units with each vocabulary phrase replaced by its concept's term (一本正经地编造 → 幻觉). */
	concepts: string[];
}

export interface QueryTermOptions {
	/** Vocabulary spellings and their concepts' terms, in any order. */
	expansions?: readonly Expansion[];
	/** Traditional → simplified character pairs, e.g. `{ 覺: "觉", 評: "评" }`. */
	toSimplified?: Readonly<Record<string, string>>;
	/** Splits a run of text into words; `Intl.Segmenter` in the browser. */
	segment?: (text: string) => string[];
}

/** Word segmentation with the runtime's ICU (dictionary based for Chinese). */
export function intlSegment(text: string): string[] {
	const segmenter = new Intl.Segmenter("zh-CN", { granularity: "word" });
	return [...segmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * How to ask Pagefind for one term: its words as the segmenter sees them, space-separated (so
 * 数据投毒 is looked up as 数据 投毒, the way the index stores it). Two single characters in a row
 * are one word the segmenter did not know (显|存 → 显存, a word in the index); longer runs of single
 * characters stay apart (先 升 后 降): joined they would match no word at all.
 */
export function termQuery(term: string, segment: (text: string) => string[] = intlSegment): string {
	const pieces = meaningfulWords(term, segment);
	return pieces.length > 0 ? pieces.join(" ") : term;
}

/** The words of a text as the index stores them (see joinSingleCharacters), fillers and punctuation dropped. */
function meaningfulWords(text: string, segment: (text: string) => string[]): string[] {
	return joinSingleCharacters(segment(text.replace(PUNCTUATION, " "))).filter(
		(word) => !FILLER_WORDS.has(word),
	);
}

/** The query with traditional characters replaced and full-width forms folded. */
export function normalizeQuery(query: string, toSimplified: Readonly<Record<string, string>> = {}): string {
	const simplified = [...query].map((char) => toSimplified[char] ?? char).join("");
	return normalizeText(simplified);
}

/**
 * Turns what a reader typed into search terms: vocabulary phrases are found first (a mistyped long
 * one, then longest match, spaces ignored) and kept as units; the rest is segmented into words as
 * the index stores them (two split characters joined: 显|存 → 显存), fillers and punctuation dropped.
 */
export function queryTerms(query: string, options: QueryTermOptions = {}): QueryTerms {
	const { expansions = [], toSimplified = {}, segment = intlSegment } = options;
	const normalized = normalizeQuery(query, toSimplified);
	const bySpellingLength = [...expansions]
		.filter((expansion) => expansion.spelling.length > 0)
		.sort((a, b) => b.spelling.length - a.spelling.length);
	const units: { typed: string; concept: string }[] = [];
	let rest = "";
	const flushRest = () => {
		for (const word of meaningfulWords(rest, segment)) units.push({ typed: word, concept: word });
		rest = "";
	};
	// A mistyped vocabulary phrase (投技解码, pageattention) still names its concept; looked for
	// first, so that a short exact spelling inside it (解码) does not hide it.
	const typo = findMistyped(normalized, bySpellingLength);
	let index = 0;
	while (index < normalized.length) {
		if (typo && index === typo.start) {
			flushRest();
			units.push({ typed: typo.expansion.spelling, concept: normalizeText(typo.expansion.term) });
			index = typo.end;
			continue;
		}
		const match = bySpellingLength.find((expansion) =>
			startsWithSpelling(normalized, index, expansion.spelling),
		);
		if (match) {
			flushRest();
			units.push({ typed: match.spelling, concept: normalizeText(match.term) });
			index += matchedLength(normalized, index, match.spelling);
			continue;
		}
		rest += normalized[index];
		index += 1;
	}
	flushRest();
	return {
		normalized,
		typed: [...new Set(units.map((unit) => unit.typed))],
		concepts: [...new Set(units.map((unit) => unit.concept))],
	};
}

/** Spellings long enough that one wrong, missing or extra character still identifies them. */
const MIN_TYPO_LENGTH = { cjk: 5, ascii: 7 };

/**
 * The first place where `text` spells a vocabulary phrase with one character wrong, missing or
 * extra (edit distance 1). Short spellings are left out: one edit away from 显存 is too much else.
 */
export function findMistyped(
	text: string,
	expansions: readonly Expansion[],
): { start: number; end: number; expansion: Expansion } | undefined {
	const compact = text.replace(/ /g, "");
	if (compact.length < MIN_TYPO_LENGTH.cjk) return undefined;
	// Spellings of each concept found as typed: a window holding one of them is not a typo of the
	// same concept (一本正经地编 is 一本正经, not a mistyped 一本正经地编造).
	const exact = expansions.filter((expansion) => compact.includes(expansion.spelling.replace(/ /g, "")));
	for (const expansion of expansions) {
		const spelling = expansion.spelling.replace(/ /g, "");
		const minimum = CJK.test(spelling) ? MIN_TYPO_LENGTH.cjk : MIN_TYPO_LENGTH.ascii;
		if (spelling.length < minimum || compact.includes(spelling)) continue;
		const sameConcept = exact
			.filter((other) => other.term === expansion.term)
			.map((other) => other.spelling.replace(/ /g, ""));
		for (const length of [spelling.length, spelling.length - 1, spelling.length + 1]) {
			for (let start = 0; start + length <= text.length; start += 1) {
				const window = text.slice(start, start + length);
				if (window.includes(" ") || sameConcept.some((other) => window.includes(other))) continue;
				if (cutsAsciiWord(text, start, start + length)) continue;
				if (window !== spelling && editDistanceAtMostOne(window, spelling))
					return { start, end: start + length, expansion };
			}
		}
	}
	return undefined;
}

/** Levenshtein distance ≤ 1, in one pass. */
export function editDistanceAtMostOne(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	let i = 0;
	let j = 0;
	let edits = 0;
	while (i < short.length && j < long.length) {
		if (short[i] === long[j]) {
			i += 1;
			j += 1;
			continue;
		}
		edits += 1;
		if (edits > 1) return false;
		if (short.length === long.length) i += 1;
		j += 1;
	}
	return edits + (long.length - j) <= 1;
}

/**
 * Joins two single Chinese characters in a row, a word the segmenter did not know (显|存 → 显存,
 * as the index has it); longer runs and lone characters stay apart, as the index stores them
 * (学习|率, 先|升|后|降). Fillers are never joined.
 */
function joinSingleCharacters(words: readonly string[]): string[] {
	const isLoose = (word: string) => word.length === 1 && CJK.test(word) && !FILLER_WORDS.has(word);
	const out: string[] = [];
	let run: string[] = [];
	const flush = () => {
		if (run.length === 2) out.push(run.join(""));
		else out.push(...run);
		run = [];
	};
	for (const word of words) {
		if (isLoose(word)) {
			run.push(word);
			continue;
		}
		flush();
		out.push(word);
	}
	flush();
	return out;
}

/** Whether `text` at `index` spells `spelling`, ignoring spaces, and not inside an ASCII word. */
function startsWithSpelling(text: string, index: number, spelling: string): boolean {
	const length = matchedLength(text, index, spelling);
	return length > 0 && !cutsAsciiWord(text, index, index + length);
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
