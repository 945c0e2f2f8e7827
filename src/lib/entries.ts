import { CATEGORIES, type Category, DIFFICULTIES, type Difficulty } from "../schemas/taxonomy.ts";
import { tagSlug } from "./tag-slug.ts";

/** The parts of a collection entry this module reads; real entries and test data both fit. */
export interface DatedEntry {
	id: string;
	data: { title: string; date: Date; tags: string[] };
}

export interface BankEntry {
	id: string;
	data: { title: string; category: Category; difficulty: Difficulty; tags: string[] };
}

/** Newest first; entries of the same day in id order, so the result never depends on file order. */
export function sortNewestFirst<T extends DatedEntry>(entries: readonly T[]): T[] {
	return [...entries].sort(
		(a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id),
	);
}

/** Each entry of an already sorted list with the entries before and after it, in one pass. */
export function withNeighbours<T>(sorted: readonly T[]): { entry: T; previous?: T; next?: T }[] {
	return sorted.map((entry, index) => {
		const result: { entry: T; previous?: T; next?: T } = { entry };
		const previous = sorted[index - 1];
		const next = sorted[index + 1];
		if (previous !== undefined) result.previous = previous;
		if (next !== undefined) result.next = next;
		return result;
	});
}

const difficultyRank = (difficulty: Difficulty) =>
	DIFFICULTIES.findIndex((term) => term.label === difficulty);

/** Easiest first, then by title in Chinese collation order. */
export function sortForPractice<T extends BankEntry>(questions: readonly T[]): T[] {
	return [...questions].sort(
		(a, b) =>
			difficultyRank(a.data.difficulty) - difficultyRank(b.data.difficulty) ||
			a.data.title.localeCompare(b.data.title, "zh-CN"),
	);
}

export interface CategoryGroup<T> {
	label: Category;
	slug: string;
	questions: T[];
}

/** The bank by category, in the fixed category order, empty categories included. */
export function groupByCategory<T extends BankEntry>(questions: readonly T[]): CategoryGroup<T>[] {
	return CATEGORIES.map(({ label, slug }) => ({
		label,
		slug,
		questions: sortForPractice(questions.filter((question) => question.data.category === label)),
	}));
}

export interface TagGroup<A, Q> {
	label: string;
	slug: string;
	articles: A[];
	questions: Q[];
}

/**
 * Every tag with the entries that carry it, most used first. Two different tags that spell the
 * same slug (say `RAG` and `rag`) are an error, since they would share one page.
 */
export function collectTags<
	A extends { id: string; data: { tags: string[] } },
	Q extends { id: string; data: { tags: string[] } },
>(articles: readonly A[], questions: readonly Q[]): TagGroup<A, Q>[] {
	const groups = new Map<string, TagGroup<A, Q>>();
	const groupFor = (label: string) => {
		const slug = tagSlug(label);
		const group = groups.get(slug) ?? { label, slug, articles: [], questions: [] };
		if (group.label !== label) {
			throw new Error(
				`标签「${group.label}」和「${label}」会生成同一个网址 /tags/${slug}/：请统一成一种写法`,
			);
		}
		groups.set(slug, group);
		return group;
	};
	for (const article of articles) for (const tag of article.data.tags) groupFor(tag).articles.push(article);
	for (const question of questions)
		for (const tag of question.data.tags) groupFor(tag).questions.push(question);
	const size = (group: TagGroup<A, Q>) => group.articles.length + group.questions.length;
	return [...groups.values()].sort((a, b) => size(b) - size(a) || a.slug.localeCompare(b.slug));
}

/**
 * Related questions read both ways: a question shows the ones it names in `related`, then the ones
 * that name it (so a link written on one page appears on both). Unknown ids are left out.
 */
export function relatedBothWays(
	questions: readonly { id: string; data: { related: readonly string[] } }[],
): Map<string, string[]> {
	const known = new Set(questions.map((question) => question.id));
	const linked = new Map(questions.map((question) => [question.id, [] as string[]]));
	const add = (from: string, to: string) => {
		const list = linked.get(from);
		if (list && to !== from && known.has(to) && !list.includes(to)) list.push(to);
	};
	for (const question of questions) for (const id of question.data.related) add(question.id, id);
	for (const question of questions) for (const id of question.data.related) add(id, question.id);
	return linked;
}
