import { tagSlug } from "./tag-slug.ts";
import { createUrls } from "./urls.ts";

const base = createUrls(import.meta.env.BASE_URL);

/** The site's URLs for this build's base path (`BASE_PATH` at build time), for pages. */
export const urls = {
	...base,
	/** The page of a tag, by its label (`风控` → `/tags/feng-kong/`). Server side only: spelling pulls in a dictionary. */
	tag: (label: string, page = 1) => base.tagBySlug(tagSlug(label), page),
};
