import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { type Concept, vocabularySchema } from "../schemas/vocabulary.ts";
import { compactKey, cutsAsciiWord } from "../search/normalize.ts";

export interface VocabularyProblem {
	line: number;
	message: string;
}

export interface ParsedVocabulary {
	concepts: Concept[];
	problems: VocabularyProblem[];
}

/**
 * Parses `content/vocabulary.yaml`: YAML syntax, the schema, and one meaning per spelling (no alias
 * may name two concepts, or repeat a term). Problems carry the line of the offending value.
 */
export function parseVocabulary(text: string): ParsedVocabulary {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	const lineOf = (node: Node | null | undefined) =>
		node?.range ? lineCounter.linePos(node.range[0]).line : 1;
	if (document.errors.length > 0) {
		return {
			concepts: [],
			problems: document.errors.map((error) => ({
				line: error.linePos?.[0].line ?? 1,
				message: `YAML 语法错误：${error.message.split("\n")[0]}`,
			})),
		};
	}
	const raw: unknown = document.toJS() ?? [];
	const parsed = vocabularySchema.safeParse(raw);
	if (!parsed.success) {
		return {
			concepts: [],
			problems: parsed.error.issues.map((issue) => {
				const node = document.getIn(issue.path as (string | number)[], true) as Node | undefined;
				const fallback = document.getIn(issue.path.slice(0, 1) as (string | number)[], true) as
					| Node
					| undefined;
				return {
					line: lineOf(node ?? fallback),
					message: `${issue.path.join(".") || "词表"}：${issue.message}`,
				};
			}),
		};
	}
	const problems: VocabularyProblem[] = [];
	const owner = new Map<string, string>();
	const root = document.contents;
	parsed.data.forEach((concept, index) => {
		const item = isSeq(root) ? root.items[index] : undefined;
		const spellings = [concept.term, ...concept.aliases];
		spellings.forEach((spelling, position) => {
			const key = compactKey(spelling);
			const previous = owner.get(key);
			if (previous !== undefined) {
				const node = isMap(item)
					? position === 0
						? (item.get("term", true) as Node | undefined)
						: ((item.getIn(["aliases", position - 1], true) as Node | undefined) ?? item)
					: undefined;
				problems.push({
					line: lineOf(node ?? item),
					message:
						previous === concept.term
							? `「${spelling}」在概念「${concept.term}」里重复：请删除这一项`
							: `「${spelling}」已属于概念「${previous}」：一个写法只能指一个概念，请删除它或把两个概念合并`,
				});
				return;
			}
			owner.set(key, concept.term);
		});
	});
	return { concepts: problems.length > 0 ? [] : parsed.data, problems };
}

/** Looks up concepts by any spelling (term or alias), ignoring case, width and spaces. */
export class Vocabulary {
	readonly concepts: readonly Concept[];
	readonly #bySpelling = new Map<string, Concept>();
	/** Each concept's spellings as keys, computed once: every page of a build asks about them. */
	readonly #keys: { concept: Concept; spellings: { text: string; key: string }[] }[];

	constructor(concepts: readonly Concept[]) {
		this.concepts = concepts;
		this.#keys = concepts.map((concept) => ({
			concept,
			spellings: [concept.term, ...concept.aliases].map((text) => ({ text, key: compactKey(text) })),
		}));
		for (const { concept, spellings } of this.#keys)
			for (const { key } of spellings) this.#bySpelling.set(key, concept);
	}

	/** What the vocabulary is made of: its concepts (what a page's build cache key sees of it). */
	toJSON(): readonly Concept[] {
		return this.concepts;
	}

	/** The concept a spelling names, if any. */
	conceptOf(spelling: string): Concept | undefined {
		return this.#bySpelling.get(compactKey(spelling));
	}

	/** The site's spelling of a tag: the concept's term when the tag is one of its aliases. */
	canonicalTag(tag: string): string {
		return this.conceptOf(tag)?.term ?? tag;
	}

	/**
	 * Spellings to index with a page about `texts` (its title, tags, aliases): every spelling of
	 * the concepts it names, except those the texts already contain.
	 */
	synonymsFor(texts: readonly string[]): string[] {
		const present = texts.map(compactKey).join("\u0000");
		return this.#named(present).flatMap(({ spellings }) =>
			spellings.filter(({ key }) => !present.includes(key)).map(({ text }) => text),
		);
	}

	/**
	 * Concepts a text names, by term or alias (longest spellings first, each concept once).
	 * Used on what a page is about (title, tags, aliases), not on its whole body.
	 */
	conceptsIn(texts: readonly string[]): Concept[] {
		return this.#named(texts.map(compactKey).join("\u0000")).map(({ concept }) => concept);
	}

	/** The concepts whose spellings occur in `haystack` (compact keys joined by NUL). */
	#named(haystack: string) {
		return this.#keys.filter(({ spellings }) =>
			spellings.some(({ key }) => key.length > 0 && containsWord(haystack, key)),
		);
	}
}

/** Substring match, except that an ASCII spelling must not sit inside a longer ASCII word ("rag" in "storage"). */
function containsWord(haystack: string, needle: string): boolean {
	for (let from = haystack.indexOf(needle); from !== -1; from = haystack.indexOf(needle, from + 1))
		if (!cutsAsciiWord(haystack, from, from + needle.length)) return true;
	return false;
}
