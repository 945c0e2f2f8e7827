import type { BankItem } from "../../practice/facets.ts";

/** The question list the page embeds as `<script type="application/json" id="bank-manifest">`. */
export function readBankManifest(): BankItem[] {
	const element = document.getElementById("bank-manifest");
	try {
		return element?.textContent ? (JSON.parse(element.textContent) as BankItem[]) : [];
	} catch {
		return [];
	}
}

/** The answer part of a question page (its rendered Markdown), fetched from the site itself. */
export async function fetchAnswer(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${response.status}`);
	const page = new DOMParser().parseFromString(await response.text(), "text/html");
	return page.querySelector("[data-answer] .prose")?.innerHTML ?? "";
}
