import { createHash } from "node:crypto";
import { normalizeQuestion, SAME_QUESTION, similarity } from "../lib/question-similarity.ts";
import type { Vocabulary } from "../lib/vocabulary.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Ways of asking that mean the same: 怎样/怎么 → 如何, 为何 → 为什么, 请问 dropped. */
const QUESTION_WORDS: [RegExp, string][] = [
	[/怎么样|怎样|怎么|如何去/g, "如何"],
	[/为何|为啥/g, "为什么"],
	[/^请问|^试问|^简述一下|^简述|^请解释/g, ""],
	[/哪些|哪几种/g, "哪些"],
];

/**
 * Compares questions by meaning as far as words allow: every spelling the vocabulary knows (LLM,
 * 大语言模型…) becomes its concept's term, then numbering, punctuation and particles go.
 */
export class QuestionMatcher {
	readonly #spellings: [RegExp, string][];
	readonly #vocabulary: Vocabulary | undefined;

	constructor(vocabulary?: Vocabulary) {
		this.#vocabulary = vocabulary;
		this.#spellings = (vocabulary?.concepts ?? [])
			.flatMap((concept) => concept.aliases.map((alias) => [alias, concept.term] as const))
			.filter(([alias]) => alias.trim().length >= 2)
			.sort((a, b) => b[0].length - a[0].length)
			.map(([alias, term]) => {
				const ascii = /^[\x20-\x7e]+$/.test(alias);
				const pattern = ascii ? `(?<![A-Za-z0-9])${escapeRegExp(alias)}(?![A-Za-z0-9])` : escapeRegExp(alias);
				return [new RegExp(pattern, "gi"), `\u0000${term}\u0000`] as [RegExp, string];
			});
	}

	/** The form two questions are compared in. */
	key(title: string): string {
		let text = title;
		for (const [pattern, word] of QUESTION_WORDS) text = text.replace(pattern, word);
		for (const [pattern, term] of this.#spellings) text = text.replace(pattern, term);
		return normalizeQuestion(text.replaceAll("\u0000", ""));
	}

	/** Same question: the same key, or nearly (a changed particle or synonym, other punctuation). */
	same(a: string, b: string): boolean {
		return a === b || (similarity(a, b) >= SAME_QUESTION && !this.aboutOtherThings(a, b));
	}

	/**
	 * True when two questions name different concepts of the vocabulary (召回率 / 精确率, 可解释性 / 鲁棒性):
	 * however alike their wording, they ask different things.
	 */
	aboutOtherThings(a: string, b: string): boolean {
		if (!this.#vocabulary) return false;
		const terms = (text: string) =>
			this.#vocabulary
				?.conceptsIn([text])
				.map((concept) => concept.term)
				.sort()
				.join("|") ?? "";
		const left = terms(a);
		const right = terms(b);
		return left !== "" && right !== "" && left !== right;
	}
}

/** A short stable digest of a text. */
export function digest(text: string, length = 12): string {
	return createHash("sha256").update(text).digest("hex").slice(0, length);
}

/**
 * The stable key of an imported item, recorded in its entry: the source file's name and a digest
 * of the question as the source asks it (or `article`). Hand edits to the entry, title included, do
 * not change it, so a re-import finds the entry it made.
 */
export function itemKey(from: string, question?: string): string {
	return question === undefined ? `${from}#article` : `${from}#q-${digest(normalizeQuestion(question))}`;
}
