type Child = Node | string;

/** A new element with attributes (`text` sets its text) and children: keeps view code short. */
export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (name === "text") element.textContent = value;
		else element.setAttribute(name, value);
	}
	element.append(...children);
	return element;
}

/** The element a page's script needs; a missing one is a bug in the page, reported as such. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`页面缺少 ${selector}`);
	return element;
}

/** Offers a value as a JSON file download. */
export function downloadJson(filename: string, value: unknown): void {
	const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" });
	const link = h("a", { href: URL.createObjectURL(blob), download: filename });
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
