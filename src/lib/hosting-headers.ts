import { contentSecurityPolicy } from "./csp.ts";

/**
 * The `_headers` file read by Netlify and Cloudflare Pages (and by `scripts/serve-dist.ts`): security
 * headers on every page, long immutable caching for hashed build assets, short caching for the
 * search index and the bank manifest, none for the service worker script. HTML keeps the hosts' default
 * (revalidate every time), so a deploy shows at once.
 * Cache-Control is set on disjoint paths only, since some hosts join the values of all matching rules.
 */
export function hostingHeaders(base: string, scriptHashes: readonly string[]): string {
	const root = base.endsWith("/") ? base : `${base}/`;
	const rules: [string, Record<string, string>][] = [
		[
			`${root}*`,
			{
				"Content-Security-Policy": contentSecurityPolicy(scriptHashes, { forHeader: true }),
				"X-Content-Type-Options": "nosniff",
				"Referrer-Policy": "strict-origin-when-cross-origin",
				"Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
				"X-Frame-Options": "DENY",
				"Cross-Origin-Opener-Policy": "same-origin",
			},
		],
		[`${root}_astro/*`, { "Cache-Control": "public, max-age=31536000, immutable" }],
		[`${root}pagefind/*`, { "Cache-Control": "public, max-age=3600" }],
		// Like the search index: the bank list may be an hour old, and its prefetch serves the first filter.
		[`${root}bank-manifest.json`, { "Cache-Control": "public, max-age=3600" }],
		// Browsers look for a new service worker on every visit; no cache may answer for the host.
		[`${root}sw.js`, { "Cache-Control": "no-cache" }],
	];
	return `${rules.map(([path, headers]) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n")).join("\n")}\n`;
}

export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

/** Parses a `_headers` file into rules; `*` matches any run of characters, as on Netlify. */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split("\n")) {
		if (line.trim() === "" || line.trim().startsWith("#")) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, "\\$&")
				.replace(/\*/g, ".*");
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const [name, ...value] = line.trim().split(":");
			rules.at(-1)?.headers.push([name?.trim() ?? "", value.join(":").trim()]);
		}
	}
	return rules;
}

/** The headers a path gets: every matching rule's, later rules overriding earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules)
		if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
	return headers;
}
