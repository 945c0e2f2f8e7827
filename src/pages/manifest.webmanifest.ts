import type { APIRoute } from "astro";
import { urls } from "../lib/site-urls.ts";
import { webManifest } from "../lib/web-manifest.ts";
import { SITE } from "../site.config.ts";

export const GET: APIRoute = () =>
	new Response(JSON.stringify(webManifest(SITE, urls), null, "\t"), {
		headers: { "content-type": "application/manifest+json" },
	});
