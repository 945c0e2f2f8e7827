import { nextActiveIndex } from "./listbox.ts";
import { type FilterSelection, search } from "./pagefind-client.ts";
import { highlightOption, renderResults, renderSuggestions } from "./render-results.ts";

export interface SearchBoxElements {
	input: HTMLInputElement;
	list: HTMLElement;
	/** A polite live region that announces the number of results. */
	status: HTMLElement;
	/** Where tags and popular questions are offered when nothing matches. */
	suggestions?: HTMLElement | null;
}

export interface SearchBoxOptions {
	/** Filters to apply, read at every search. */
	filters?: () => FilterSelection;
	/** Called with each query that was searched, e.g. to keep it in the URL. */
	onSearched?: (query: string) => void;
	limit?: number;
}

/**
 * A combobox over Pagefind: typing searches, ↑/↓/Home/End move through the results, Enter opens
 * the highlighted one. Returns `run`, to search again when something else (a filter) changes.
 */
export function createSearchBox(
	{ input, list, status, suggestions }: SearchBoxElements,
	options: SearchBoxOptions = {},
) {
	let links: HTMLAnchorElement[] = [];
	let active = -1;

	const run = async () => {
		const query = input.value.trim();
		if (!query) {
			links = renderResults(list, [], list.id);
			if (suggestions) renderSuggestions(suggestions, { tags: [], popular: [] });
			status.textContent = "";
			active = -1;
			input.setAttribute("aria-expanded", "false");
			options.onSearched?.("");
			return;
		}
		status.textContent = "正在搜索…";
		let outcome: Awaited<ReturnType<typeof search>>;
		try {
			outcome = await search(query, options.filters?.() ?? {}, options.limit);
		} catch {
			// Offline with the index not saved; or no index: `astro dev` serves none, and a broken deploy may have lost it.
			status.textContent = navigator.onLine
				? "搜索索引无法加载：请先运行 npm run build，或检查 pagefind/ 是否随站点一起部署"
				: "现在没有网络，这次搜索要用的索引还没有保存到本机。下载整个题库（见“离线使用”页）后可以离线搜索全站。";
			return;
		}
		if (outcome === null || query !== input.value.trim()) return;
		const { hits, relaxed } = outcome;
		links = renderResults(list, hits, list.id);
		if (suggestions) renderSuggestions(suggestions, outcome.suggestions);
		active = -1;
		highlightOption(input, list, active);
		input.setAttribute("aria-expanded", String(hits.length > 0));
		status.textContent =
			hits.length === 0
				? `没有找到与「${query}」相关的内容`
				: relaxed
					? `没有完全匹配的结果，以下是相关内容（${hits.length} 条）`
					: `找到 ${hits.length} 条结果`;
		status.dataset["state"] = hits.length === 0 ? "empty" : relaxed ? "relaxed" : "found";
		options.onSearched?.(query);
	};

	input.addEventListener("input", () => void run());
	input.addEventListener("keydown", (event) => {
		if (event.key === "Enter") {
			const target = links[active] ?? (active === -1 ? links[0] : undefined);
			if (target) {
				event.preventDefault();
				target.click();
			}
			return;
		}
		const next = nextActiveIndex(event.key, active, links.length);
		if (next !== active) {
			event.preventDefault();
			active = next;
			highlightOption(input, list, active);
		}
	});
	list.addEventListener("mousemove", (event) => {
		const option = (event.target as Element).closest('[role="option"]');
		const index = option ? [...list.children].indexOf(option) : -1;
		if (index !== -1 && index !== active) {
			active = index;
			highlightOption(input, list, active);
		}
	});

	return { run };
}
