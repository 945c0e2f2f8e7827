import type { MarkdownHeading } from "astro";
import { hashParts } from "./hash.ts";
import { type JsonFileCache, jsonFileCache } from "./json-file-cache.ts";

/** What the render workers return for one entry (`src/markdown/site-processor.ts`). */
export interface CachedRendering {
	html: string;
	headings: MarkdownHeading[];
}

/** What a rendering depends on besides the pipeline's code: the entry's body and frontmatter. */
export interface RenderSource {
	body: string;
	frontmatter: Record<string, unknown>;
}

/** The cache key of an entry's rendering. The pipeline's version names the cache's folder. */
export function renderKey({ body, frontmatter }: RenderSource): string {
	return hashParts([body, JSON.stringify(frontmatter)]);
}

function isHeading(value: unknown): value is MarkdownHeading {
	if (typeof value !== "object" || value === null) return false;
	const { depth, slug, text } = value as Record<string, unknown>;
	return typeof depth === "number" && typeof slug === "string" && typeof text === "string";
}

/** Whether a value read back from the cache is a whole rendering. */
export function isCachedRendering(value: unknown): value is CachedRendering {
	if (typeof value !== "object" || value === null) return false;
	const { html, headings } = value as Record<string, unknown>;
	return typeof html === "string" && Array.isArray(headings) && headings.every(isHeading);
}

/** Renderings of one pipeline version, kept in `dir` (which names that version). */
export function markdownCache(
	dir: string,
	onWriteError?: (error: unknown) => void,
): JsonFileCache<CachedRendering> {
	return jsonFileCache(dir, isCachedRendering, onWriteError);
}
