import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { EARLY_SCRIPT, scriptHash } from "../lib/early-script.ts";
import { hostingHeaders } from "../lib/hosting-headers.ts";

/** Writes `dist/_headers` after the build, with the same policy the pages carry in their `<meta>`. */
export function hostingHeadersFile(): AstroIntegration {
	let base = "/";
	return {
		name: "hosting-headers",
		hooks: {
			"astro:config:done": ({ config }) => {
				base = config.base;
			},
			"astro:build:done": async ({ dir }) => {
				await writeFile(new URL("_headers", dir), hostingHeaders(base, [scriptHash(EARLY_SCRIPT)]));
			},
		},
	};
}
