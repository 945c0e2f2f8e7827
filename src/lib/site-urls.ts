import { createUrls } from "./urls.ts";

/** The site's URLs for this build's base path (`BASE_PATH` at build time). */
export const urls = createUrls(import.meta.env.BASE_URL);
