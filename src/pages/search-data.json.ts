import { siteData } from "../lib/site-data.ts";
import { urls } from "../lib/site-urls.ts";
import { expansionsOf, mostLinked, type SearchData } from "../search/search-data.ts";
import { simplifiedMap } from "../search/simplified-map.ts";

/** The search client's side data: vocabulary expansions, traditional characters, suggestions. */
export async function GET() {
	const { articles, questions, tags, vocabulary, questionById } = await siteData();
	const texts = [
		...articles.flatMap((article) => [article.data.title, article.data.description, ...article.data.tags]),
		...questions.flatMap((question) => [
			question.data.title,
			...question.data.tags,
			...question.data.aliases,
		]),
		...vocabulary.concepts.flatMap((concept) => [concept.term, ...concept.aliases]),
	];
	const data: SearchData = {
		pages: articles.length + questions.length,
		expansions: expansionsOf(vocabulary.concepts),
		toSimplified: simplifiedMap(texts),
		tags: tags.slice(0, 200).map((tag) => ({
			label: tag.label,
			url: urls.tagBySlug(tag.slug),
			count: tag.articles.length + tag.questions.length,
		})),
		popular: mostLinked(
			questions.map((question) => ({ id: question.id, related: question.data.related })),
			6,
		).flatMap((id) => {
			const question = questionById.get(id);
			return question ? [{ title: question.data.title, url: urls.question(id) }] : [];
		}),
	};
	return new Response(JSON.stringify(data), {
		headers: { "content-type": "application/json; charset=utf-8" },
	});
}
