import { createUrls } from "../../lib/urls.ts";
import { isInFormField } from "../keyboard.ts";

/** True for the search shortcut: Ctrl-K, or ⌘-K on a Mac. */
export function isSearchShortcut(
	event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">,
): boolean {
	return (
		event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey
	);
}

/** The header's search dialog: opened by its button, Ctrl/⌘-K or `/`; Esc closes it. */
export function initSearchDialog(): void {
	const dialog = document.querySelector<HTMLDialogElement>("[data-search-dialog]");
	if (!dialog) return;
	const input = dialog.querySelector<HTMLInputElement>("input[type=search]");
	const list = dialog.querySelector<HTMLElement>("[role=listbox]");
	const status = dialog.querySelector<HTMLElement>("[data-search-status]");
	const more = dialog.querySelector<HTMLAnchorElement>("[data-search-more]");
	const suggestions = dialog.querySelector<HTMLElement>("[data-search-suggestions]");
	if (!input || !list || !status || !more) return;

	const urls = createUrls(import.meta.env.BASE_URL);
	// The search code (query understanding, Pagefind's client) loads when the dialog first opens, so
	// pages that are only read do not pay for it.
	let box: Promise<unknown> | undefined;
	const startSearch = () => {
		box ??= (async () => {
			const [{ createSearchBox }, { preloadSearch }] = await Promise.all([
				import("./search-box.ts"),
				import("./pagefind-client.ts"),
			]);
			const created = createSearchBox(
				{ input, list, status, suggestions },
				{
					limit: 8,
					onSearched: (query) => {
						more.href = urls.search(query || undefined);
					},
				},
			);
			// Whatever was typed while the code loaded is searched now.
			if (input.value.trim()) void created.run();
			await preloadSearch();
		})();
		box.catch(() => {
			box = undefined;
		});
	};

	const open = () => {
		if (dialog.open) return;
		dialog.showModal();
		input.select();
		startSearch();
	};
	for (const button of document.querySelectorAll("[data-search-open]"))
		button.addEventListener("click", open);
	if (/Mac|iPhone|iPad/.test(navigator.userAgent)) {
		for (const key of document.querySelectorAll(".search-button kbd")) key.textContent = "⌘ K";
	}

	document.addEventListener("keydown", (event) => {
		if (isSearchShortcut(event) || (event.key === "/" && !isInFormField(event) && !dialog.open)) {
			event.preventDefault();
			open();
		}
	});
	// A click on the backdrop (outside the panel) closes the dialog.
	dialog.addEventListener("click", (event) => {
		if (event.target === dialog) dialog.close();
	});
}
