import { defineCollection } from "astro:content";
import { sourceOnlyGlob } from "./loaders/source-only-glob.ts";
import { articleSchema } from "./schemas/article.ts";
import { questionSchema } from "./schemas/question.ts";

/**
 * Entries live outside `src/`, in `content/`, so writers and the importer never touch code.
 * `CONTENT_DIR` points a build at another folder (the tests build broken copies this way).
 * Entries are stored as source: pages render them with `renderEntry()`, on worker threads, so the
 * store stays small and rendering runs on every core.
 */
const root = process.env["CONTENT_DIR"] ?? "./content";

const articles = defineCollection({
	loader: sourceOnlyGlob({ base: `${root}/articles`, pattern: "**/*.{md,mdx}" }),
	schema: articleSchema,
});

const questions = defineCollection({
	loader: sourceOnlyGlob({ base: `${root}/questions`, pattern: "**/*.{md,mdx}" }),
	schema: questionSchema,
});

export const collections = { articles, questions };
