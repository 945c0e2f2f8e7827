/**
 * What a share card says, from an entry's frontmatter: pure, so pages (for the meta tags) and the
 * card endpoint (for the picture) derive the same card from the same data.
 */
import type { Difficulty } from "../schemas/taxonomy.ts";
import type { Tone } from "./design.ts";

export interface CardContent {
	kind: "site" | "article" | "question";
	siteName: string;
	/** Accent line above the title: a question's category, an article's industries. */
	kicker: string;
	title: string;
	/** Text in the footer pill: a question's difficulty, 文章 for an article. */
	badge: string;
	tone: Tone;
	/** Muted text after the pill. */
	note: string;
}

export interface ShareCard {
	/** Where the PNG is written, relative to the site root: `og/questions/kv-cache.png`. */
	file: string;
	content: CardContent;
	/** Text alternative for `og:image:alt` and `twitter:image:alt`. */
	alt: string;
}

const TONES: Record<Difficulty, Tone> = { 入门: "beginner", 进阶: "intermediate", 高级: "advanced" };

/** Folder under the site root that holds every card. */
export const CARD_DIR = "og";

/**
 * The list of cards to draw, written by the build as a page (`src/pages/og/manifest.json.ts`) from
 * the same data as the pages, then read and removed by the share-cards integration after the build.
 */
export const CARD_MANIFEST = `${CARD_DIR}/manifest.json`;

/** The manifest's content: each card's file and what it shows. */
export type CardManifest = Pick<ShareCard, "file" | "content">[];

export interface ArticleCardData {
	title: string;
	industries: readonly string[];
	tags: readonly string[];
}

export function articleCard(id: string, data: ArticleCardData, siteName: string): ShareCard {
	const kicker = data.industries.join(" / ");
	return {
		file: `${CARD_DIR}/articles/${id}.png`,
		content: {
			kind: "article",
			siteName,
			kicker,
			title: data.title,
			badge: "文章",
			tone: "accent",
			note: data.tags.slice(0, 3).join(" · "),
		},
		alt: `${siteName}的文章「${data.title}」，行业：${data.industries.join("、")}`,
	};
}

export interface QuestionCardData {
	title: string;
	category: string;
	difficulty: Difficulty;
	industries: readonly string[];
}

export function questionCard(id: string, data: QuestionCardData, siteName: string): ShareCard {
	const industries = data.industries.filter((industry) => industry !== "通用");
	return {
		file: `${CARD_DIR}/questions/${id}.png`,
		content: {
			kind: "question",
			siteName,
			kicker: data.category,
			title: data.title,
			badge: data.difficulty,
			tone: TONES[data.difficulty],
			note: ["面试题", ...industries].join(" · "),
		},
		alt: `${siteName}的面试题「${data.title}」，分类：${data.category}，难度：${data.difficulty}`,
	};
}

/** The card for every other page: the site's name and description. */
export function siteCard(siteName: string, description: string): ShareCard {
	return {
		file: `${CARD_DIR}/site.png`,
		content: { kind: "site", siteName, kicker: "", title: description, badge: "", tone: "accent", note: "" },
		alt: `${siteName}：${description}`,
	};
}

/** The card's address for `og:image`: absolute when the site's public URL is known, as crawlers need. */
export function cardUrl(path: string, site: URL | undefined): string {
	return site ? new URL(path, site).href : path;
}
