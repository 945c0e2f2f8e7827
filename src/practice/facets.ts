/** What the bank filters and the practice deck know about a question. */
export interface BankItem {
	id: string;
	title: string;
	url: string;
	category: string;
	difficulty: string;
	industries: string[];
	tags: string[];
}

export const FACETS = ["category", "industry", "difficulty", "tag"] as const;
export type Facet = (typeof FACETS)[number];

/** Selected values per facet; empty means "any". */
export type Selection = Record<Facet, string[]>;

export function emptySelection(): Selection {
	return { category: [], industry: [], difficulty: [], tag: [] };
}

/** The values a question has for a facet. */
export function valuesOf(item: BankItem, facet: Facet): string[] {
	switch (facet) {
		case "category":
			return [item.category];
		case "difficulty":
			return [item.difficulty];
		case "industry":
			return item.industries;
		case "tag":
			return item.tags;
	}
}

/** Within a facet any selected value matches; across facets all must. `skip` ignores one facet. */
export function matches(item: BankItem, selection: Selection, skip?: Facet): boolean {
	return FACETS.every((facet) => {
		const wanted = selection[facet];
		if (facet === skip || wanted.length === 0) return true;
		const has = valuesOf(item, facet);
		return wanted.some((value) => has.includes(value));
	});
}

/**
 * Live counts per facet value: how many questions would match if that value were ticked, given the
 * other facets' selections (the usual faceted-search count). One pass: a question counts for every
 * facet when it matches them all, and only for the one it fails when it fails exactly one.
 */
export function facetCounts(
	items: readonly BankItem[],
	selection: Selection,
): Record<Facet, Map<string, number>> {
	const counts: Record<Facet, Map<string, number>> = {
		category: new Map(),
		industry: new Map(),
		difficulty: new Map(),
		tag: new Map(),
	};
	const wanted = FACETS.map((facet) => new Set(selection[facet]));
	const count = (facet: Facet, item: BankItem) => {
		const map = counts[facet];
		for (const value of valuesOf(item, facet)) map.set(value, (map.get(value) ?? 0) + 1);
	};
	for (const item of items) {
		let failed: Facet | undefined;
		let failures = 0;
		FACETS.forEach((facet, index) => {
			const set = wanted[index] as Set<string>;
			if (set.size > 0 && !valuesOf(item, facet).some((value) => set.has(value))) {
				failures += 1;
				failed = facet;
			}
		});
		if (failures === 0) for (const facet of FACETS) count(facet, item);
		else if (failures === 1 && failed) count(failed, item);
	}
	return counts;
}

/** The selection a URL holds: `?category=训练与优化&tag=LoRA&tag=量化`. Unknown parameters are ignored. */
export function selectionFromParams(params: URLSearchParams): Selection {
	const selection = emptySelection();
	for (const facet of FACETS) selection[facet] = [...new Set(params.getAll(facet).filter(Boolean))];
	return selection;
}

/** The URL query for a selection, in a fixed facet order so equal selections give equal URLs. */
export function selectionToParams(selection: Selection): URLSearchParams {
	const params = new URLSearchParams();
	for (const facet of FACETS) for (const value of selection[facet]) params.append(facet, value);
	return params;
}
