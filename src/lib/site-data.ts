import { type CollectionEntry, getCollection } from "astro:content";
import { readFileSync } from "node:fs";
import { collectTags, groupByCategory, relatedBothWays, sortNewestFirst } from "./entries.ts";
import { loadVocabulary } from "./load-vocabulary.ts";
import { pageCount } from "./pagination.ts";
import { findBrokenReferences, formatProblems } from "./references.ts";
import { routeCollisions } from "./route-collisions.ts";
import { lists } from "./site-lists.ts";

export type Article = CollectionEntry<"articles">;
export type Question = CollectionEntry<"questions">;

async function load() {
	const isPublished = ({ data }: { data: { draft: boolean } }) => !data.draft;
	const articles = sortNewestFirst(await getCollection("articles", isPublished));
	const questions = await getCollection("questions", isPublished);

	// A question's file is read only to point at the line of a broken reference in it (reading all
	// of them cost 0.9 s at 10,000 questions, and 100,000 at once ran out of file descriptors).
	const links = questions.map((question) => {
		const filePath = question.filePath ?? `content/questions/${question.id}.md`;
		let source: string | undefined;
		return {
			id: question.id,
			filePath,
			get source() {
				source ??= readFileSync(filePath, "utf8");
				return source;
			},
			data: question.data,
		};
	});
	const problems = findBrokenReferences(links, new Set(articles.map((article) => article.id)));
	if (problems.length > 0) {
		throw new Error(`内容中有 ${problems.length} 处引用错误：\n${formatProblems(problems)}`);
	}

	const categories = groupByCategory(questions);
	// Tag pages list questions in bank order, so their pages split the same way on every build.
	const tags = collectTags(
		articles,
		categories.flatMap((group) => group.questions),
	);
	const clashes = routeCollisions({
		questionIds: questions.map((question) => question.id),
		categorySlugs: categories.map((group) => group.slug),
		tagSlugs: tags.map((tag) => tag.slug),
		tagIndexPages: pageCount(tags.length, lists.tagsPerPage),
	});
	if (clashes.length > 0) throw new Error(`有 ${clashes.length} 个页面网址冲突：\n${clashes.join("\n")}`);

	return {
		/** The field's concepts and their other spellings (`content/vocabulary.yaml`). */
		vocabulary: await loadVocabulary(process.env["CONTENT_DIR"] ?? "./content"),
		articles,
		questions,
		/** The bank by category, each in practice order; together they are the bank order. */
		categories,
		tags,
		articleById: new Map(articles.map((article) => [article.id, article])),
		questionById: new Map(questions.map((question) => [question.id, question])),
		/** Each question's related questions, its own `related` first, then the ones naming it. */
		relatedById: relatedBothWays(questions),
	};
}

let cached: ReturnType<typeof load> | undefined;

/** Published articles and questions, checked for broken references once per build. */
export function siteData(): ReturnType<typeof load> {
	cached ??= load();
	return cached;
}
