import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./schemas/article.ts";
import { questionSchema } from "./schemas/question.ts";

/** Entries live outside `src/`, in `content/`, so writers and the importer never touch code. */
const articles = defineCollection({
	loader: glob({ base: "./content/articles", pattern: "**/*.{md,mdx}" }),
	schema: articleSchema,
});

const questions = defineCollection({
	loader: glob({ base: "./content/questions", pattern: "**/*.{md,mdx}" }),
	schema: questionSchema,
});

export const collections = { articles, questions };
