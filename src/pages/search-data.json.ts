import { siteData } from "../lib/site-data.ts";
import { urls } from "../lib/site-urls.ts";
import { mostLinked, type SearchDataFile } from "../search/search-data.ts";
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
	const data: SearchDataFile = {
		pages: articles.length + questions.length,
		concepts: vocabulary.concepts.map((concept) => [concept.term, ...concept.aliases]),
		toSimplified: Object.entries(simplifiedMap(texts))
			.map(([traditional, simplified]) => `${traditional}${simplified}`)
			.join(""),
		tags: tags
			.slice(0, 200)
			.map((tag) => [tag.label, urls.tagBySlug(tag.slug), tag.articles.length + tag.questions.length]),
		popular: mostLinked(
			questions.map((question) => ({ id: question.id, related: question.data.related })),
			6,
		).flatMap((id) => {
			const question = questionById.get(id);
			return question ? [[question.data.title, urls.question(id)] as [string, string]] : [];
		}),
	};
	return new Response(JSON.stringify(data), {
		headers: { "content-type": "application/json; charset=utf-8" },
	});
}
