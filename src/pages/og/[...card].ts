import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../lib/site-data.ts";
import { articleCard, CARD_DIR, questionCard, type ShareCard, siteCard } from "../../og/card-content.ts";
import { DEFAULT_CACHE_DIR, shareCardPng } from "../../og/share-card-png.ts";
import { SITE } from "../../site.config.ts";

/** One share card per article and question, and the site's own card for every other page. */
export const getStaticPaths = (async () => {
	const { articles, questions } = await siteData();
	const cards = [
		siteCard(SITE.name, SITE.description),
		...articles.map((article) => articleCard(article.id, article.data, SITE.name)),
		...questions.map((question) => questionCard(question.id, question.data, SITE.name)),
	];
	return cards.map((card) => ({ params: { card: card.file.slice(CARD_DIR.length + 1) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) => {
	const png = await shareCardPng(props.card.content, process.env["OG_CACHE_DIR"] ?? DEFAULT_CACHE_DIR);
	return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
};
