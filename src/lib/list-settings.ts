import { SITE } from "../site.config.ts";

/** How long lists get before they are split into pages. */
export interface ListSettings {
	/** Up to this many questions the bank page lists them all; beyond it links to paginated category pages. */
	fullBankMax: number;
	/** Entries per page of a category or tag page. */
	pageSize: number;
	/** Tags per page of the tags index. */
	tagsPerPage: number;
}

/** Questions a large bank's page shows at first, and again on each 显示更多. */
export const RESULTS_BATCH_SIZE = 50;

/** Environment variables that override each setting (tests and benchmarks use them to paginate a small corpus). */
const OVERRIDES: Record<keyof ListSettings, string> = {
	fullBankMax: "BANK_FULL_LIST_MAX",
	pageSize: "LIST_PAGE_SIZE",
	tagsPerPage: "TAGS_PER_PAGE",
};

/** The site's list settings (`SITE.lists`), each overridable by its environment variable. */
export function listSettings(env: Readonly<Record<string, string | undefined>>): ListSettings {
	const settings: ListSettings = { ...SITE.lists };
	for (const [key, name] of Object.entries(OVERRIDES) as [keyof ListSettings, string][]) {
		const text = env[name];
		if (text === undefined || text === "") continue;
		const value = Number(text);
		if (!Number.isInteger(value) || value < 1) throw new Error(`${name} 必须是正整数（收到「${text}」）`);
		settings[key] = value;
	}
	return settings;
}

/** Whether the bank page lists every question itself (a small bank) or links to category pages. */
export function bankListsAll(questionCount: number, settings: ListSettings): boolean {
	return questionCount <= settings.fullBankMax;
}
