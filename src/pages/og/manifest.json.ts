import { siteData } from "../../lib/site-data.ts";
import { articleCard, type CardManifest, questionCard, siteCard } from "../../og/card-content.ts";
import { SITE } from "../../site.config.ts";

/**
 * Every share card the pages point to, for the share-cards integration to draw after the build
 * (see src/integrations/share-cards.ts, which removes this file from `dist/` once read).
 */
export async function GET() {
	const { articles, questions } = await siteData();
	const cards: CardManifest = [
		siteCard(SITE.name, SITE.description),
		...articles.map((article) => articleCard(article.id, article.data, SITE.name)),
		...questions.map((question) => questionCard(question.id, question.data, SITE.name)),
	].map(({ file, content }) => ({ file, content }));
	return new Response(JSON.stringify(cards), {
		headers: { "content-type": "application/json; charset=utf-8" },
	});
}
