import { listSettings } from "./list-settings.ts";

/** This build's list settings: `SITE.lists` with any environment overrides, for pages. */
export const lists = listSettings(process.env);
