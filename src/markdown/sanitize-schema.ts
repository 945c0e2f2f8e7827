import { defaultSchema, type Options as Schema } from "rehype-sanitize";

/**
 * What Markdown may produce: GitHub's rules (no script, no event handlers, no `javascript:` URLs,
 * no frames, forms or styles sheets), widened only for what the site's own pipeline has made by
 * then: Shiki's highlighted code (classes, colour variables in `style`, `data-language`) and the
 * `language-math` code that KaTeX renders next. Raw HTML written in an article, or carried in by
 * the importer, goes through the same gate.
 */
export const sanitizeSchema: Schema = {
	...defaultSchema,
	// Ids stay as written (headings and footnotes link to them); `name` is still prefixed.
	clobber: ["name"],
	attributes: {
		...defaultSchema.attributes,
		"*": [...(defaultSchema.attributes?.["*"] ?? []), "className"],
		code: [["className", /^language-/, "math-inline", "math-display"]],
		pre: ["className", "style", "tabIndex", "dataLanguage"],
		span: ["className", "style"],
	},
};
