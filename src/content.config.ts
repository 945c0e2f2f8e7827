import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./schemas/article.ts";
import { questionSchema } from "./schemas/question.ts";

/**
 * Entries live outside `src/`, in `content/`, so writers and the importer never touch code.
 * `CONTENT_DIR` points a build at another folder (the tests build broken copies this way).
 */
const root = process.env["CONTENT_DIR"] ?? "./content";

const articles = defineCollection({
	loader: glob({ base: `${root}/articles`, pattern: "**/*.{md,mdx}" }),
	schema: articleSchema,
});

const questions = defineCollection({
	loader: glob({ base: `${root}/questions`, pattern: "**/*.{md,mdx}" }),
	schema: questionSchema,
});

export const collections = { articles, questions };
