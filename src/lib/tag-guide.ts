/**
 * Where to study a tag: its page (which lists its questions) and a few articles that carry it.
 * Built at build time for the mock-interview report; each article is listed once and tags point
 * at it by index, which keeps the page small.
 */
export interface TagGuide {
	articles: { title: string; url: string }[];
	tags: Record<string, { url: string; articles: number[] }>;
}

export interface TagStudy {
	url: string;
	articles: { title: string; url: string }[];
}

interface TagLike {
	label: string;
	articles: readonly { id: string; data: { title: string } }[];
	questions: readonly unknown[];
}

/** The guide to every tag some question carries, with at most `maxArticles` articles each (in the order given). */
export function tagGuide(
	tags: readonly TagLike[],
	urlOf: { tag: (label: string) => string; article: (id: string) => string },
	maxArticles = 2,
): TagGuide {
	const guide: TagGuide = { articles: [], tags: {} };
	const indexOf = new Map<string, number>();
	for (const tag of tags.filter((candidate) => candidate.questions.length > 0)) {
		const articles = tag.articles.slice(0, maxArticles).map((article) => {
			let index = indexOf.get(article.id);
			if (index === undefined) {
				index = guide.articles.push({ title: article.data.title, url: urlOf.article(article.id) }) - 1;
				indexOf.set(article.id, index);
			}
			return index;
		});
		guide.tags[tag.label] = { url: urlOf.tag(tag.label), articles };
	}
	return guide;
}

/** A tag's page and articles from the guide; undefined for a tag it does not know. */
export function studyTag(guide: TagGuide, tag: string): TagStudy | undefined {
	const entry = Object.hasOwn(guide.tags, tag) ? guide.tags[tag] : undefined;
	if (!entry) return undefined;
	return { url: entry.url, articles: entry.articles.flatMap((index) => guide.articles[index] ?? []) };
}
