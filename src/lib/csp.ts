/**
 * The site's Content Security Policy: everything from the site itself, no inline script but the
 * hashed theme script, WebAssembly for Pagefind, the site's own service worker and manifest, inline styles (KaTeX, Shiki and the diagrams
 * colour with `style` attributes), no plugins, no framing.
 */
export function contentSecurityPolicy(
	scriptHashes: readonly string[],
	options: { forHeader?: boolean } = {},
): string {
	const directives = [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(" ")}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		// The service worker and the web app manifest: the site's own files only.
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		// Only a header can forbid framing; a <meta> policy ignores frame-ancestors.
		...(options.forHeader ? ["frame-ancestors 'none'"] : []),
	];
	return directives.join("; ");
}
