import { createUrls } from "../../lib/urls.ts";
import { decodeManifest, ManifestError } from "../../practice/compact-manifest.ts";
import type { BankItem } from "../../practice/facets.ts";

let loading: Promise<BankItem[]> | undefined;

async function fetchManifest(): Promise<BankItem[]> {
	const urls = createUrls(import.meta.env.BASE_URL);
	let response: Response;
	try {
		response = await fetch(urls.bankManifest());
	} catch {
		throw new ManifestError("题库数据下载失败，请检查网络后刷新页面");
	}
	if (!response.ok) throw new ManifestError(`题库数据下载失败（HTTP ${response.status}），请稍后刷新页面`);
	let data: unknown;
	try {
		data = await response.json();
	} catch {
		throw new ManifestError("题库数据不是有效的 JSON（可能没有下载完整），请刷新页面");
	}
	return decodeManifest(data, urls.question);
}

/**
 * Every question of the bank, in bank order: the one way scripts get the list. Downloaded once per
 * page (`/bank-manifest.json`) and shared by every caller. Rejects with a `ManifestError` whose
 * message can be shown to the reader as it is; a later call tries again.
 */
export function loadBankManifest(): Promise<BankItem[]> {
	loading ??= fetchManifest().catch((error: unknown) => {
		loading = undefined;
		throw error instanceof ManifestError ? error : new ManifestError("题库数据无法读取，请刷新页面");
	});
	return loading;
}

/**
 * Asks the browser to download the manifest at low priority once the page is loaded and idle, so a
 * later `loadBankManifest()` finds it in the HTTP cache (it is cacheable, see `hosting-headers.ts`).
 * Nothing is parsed until then: the page stays responsive.
 */
export function prefetchBankManifest(): void {
	const prefetch = () => {
		if (loading) return;
		const link = document.createElement("link");
		link.rel = "prefetch";
		link.as = "fetch";
		link.crossOrigin = "anonymous";
		link.href = createUrls(import.meta.env.BASE_URL).bankManifest();
		document.head.append(link);
	};
	const whenIdle = () =>
		"requestIdleCallback" in window ? requestIdleCallback(prefetch) : setTimeout(prefetch, 1000);
	if (document.readyState === "complete") whenIdle();
	else addEventListener("load", whenIdle, { once: true });
}

/** The answer part of a question page (its rendered Markdown), fetched from the site itself. */
export async function fetchAnswer(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${response.status}`);
	const page = new DOMParser().parseFromString(await response.text(), "text/html");
	return page.querySelector("[data-answer] .prose")?.innerHTML ?? "";
}
