import type { Page } from "playwright-core";
import { createUrls } from "../../src/lib/urls.ts";
import { decodeManifest } from "../../src/practice/compact-manifest.ts";
import type { BankItem } from "../../src/practice/facets.ts";

/** The bank as the page's scripts read it: the compact manifest the site (built for `base`) serves, decoded. */
export async function bankOfSite(page: Page, base: string): Promise<BankItem[]> {
	const urls = createUrls(base);
	const data: unknown = await page.evaluate(
		(url) => fetch(url).then((response) => response.json()),
		urls.bankManifest(),
	);
	return decodeManifest(data, urls.question);
}
