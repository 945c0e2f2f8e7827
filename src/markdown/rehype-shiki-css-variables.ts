import rehypeShikiFromHighlighter from "@shikijs/rehype/core";
import type { Root } from "hast";
import { createCssVariablesTheme, createHighlighter, type ShikiTransformer } from "shiki";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import type { Plugin } from "unified";

/** Token colours are CSS variables (`--astro-code-*`), set for light and dark in `tokens.css`. */
const theme = createCssVariablesTheme({ name: "css-variables", variablePrefix: "--astro-code-" });

/**
 * One highlighter per thread. Shiki's JavaScript regex engine tokenizes about twice as fast as the
 * Oniguruma WebAssembly engine here; `forgiving` skips a grammar rule it cannot translate instead of
 * failing the build. Languages load on first use.
 */
const highlighter = createHighlighter({
	themes: [theme],
	langs: [],
	engine: createJavaScriptRegexEngine({ forgiving: true }),
});

/** The markup Astro's own Shiki step gives, which the stylesheet and `rehype-code-figure` expect. */
const astroCodeMarkup: ShikiTransformer = {
	name: "astro-code-markup",
	pre(node) {
		node.properties["class"] = "astro-code css-variables";
		node.properties["dataLanguage"] = this.options.lang;
	},
};

/**
 * Highlights every `<pre><code>` with Shiki (`@shikijs/rehype`): unknown languages and fences
 * without one as plain text. Runs after formulas and diagrams have replaced their own fences.
 */
export const rehypeShikiCssVariables: Plugin<[], Root> = () => {
	const ready = highlighter.then((loaded) =>
		rehypeShikiFromHighlighter(loaded, {
			theme: "css-variables",
			lazy: true,
			defaultLanguage: "plaintext",
			fallbackLanguage: "plaintext",
			// No time limit per line (Shiki's default is 500 ms): on a busy machine a slow line was
			// left untokenized, so the same source built twice gave different HTML.
			tokenizeTimeLimit: 0,
			transformers: [astroCodeMarkup],
		}),
	);
	return async (tree, file) => {
		const transform = await ready;
		await transform(tree, file, () => undefined);
	};
};
