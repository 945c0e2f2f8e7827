/** Where to study a tag: its page (which lists its questions) and a few articles that carry it. */
export interface TagGuideEntry {
	url: string;
	articles: { title: string; url: string }[];
}

export type TagGuide = Record<string, TagGuideEntry>;

interface TagLike {
	label: string;
	articles: readonly { id: string; data: { title: string } }[];
	questions: readonly unknown[];
}

/** The study guide of every tag some question carries, with at most `maxArticles` articles each (in the order given). */
export function tagGuide(
	tags: readonly TagLike[],
	urlOf: { tag: (label: string) => string; article: (id: string) => string },
	maxArticles = 2,
): TagGuide {
	return Object.fromEntries(
		tags
			.filter((tag) => tag.questions.length > 0)
			.map((tag) => [
				tag.label,
				{
					url: urlOf.tag(tag.label),
					articles: tag.articles
						.slice(0, maxArticles)
						.map((article) => ({ title: article.data.title, url: urlOf.article(article.id) })),
				},
			]),
	);
}
