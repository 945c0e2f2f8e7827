import { siteData } from "../lib/site-data.ts";
import { encodeManifest } from "../practice/compact-manifest.ts";

/** Every question in bank order, compactly, for the bank filters and practice (`loadBankManifest()`). */
export async function GET() {
	const { categories } = await siteData();
	const manifest = encodeManifest(categories.flatMap((group) => group.questions));
	return new Response(JSON.stringify(manifest), {
		headers: { "content-type": "application/json; charset=utf-8" },
	});
}
