/**
 * The help texts the editing desk shows under each field, by field name (`event.start` for a field
 * of the event block). A field without one is still in the form: its type says enough.
 */

/** Under every date field: the two shapes the contract accepts. */
export const DATE_HELP =
  "YYYY-MM-DD, or YYYY-MM-DDTHH:mm with a time, in Amsterdam time (e.g. 2030-04-02 or 2030-04-02T14:00)";

export const FIELD_HELP: Readonly<Record<string, string>> = {
  title: "The headline, as readers see it on the page, in lists and in feeds.",
  date: "The publication date: YYYY-MM-DD, or YYYY-MM-DDTHH:mm to publish at that time (Amsterdam time). A future date schedules the article.",
  updated: "Only when the article was changed after publication: YYYY-MM-DD or YYYY-MM-DDTHH:mm (Amsterdam time).",
  author: "Who wrote it, e.g. HSD Foundation.",
  summary: "One or two sentences for lists, feeds and shared links. Left empty, the first paragraph is used.",
  themes: "The themes the article is filed under (content/themes.yml).",
  partners: "The organisations the article is about (content/partners.yml).",
  image: "A photo uploaded to public/images/, or an https:// address.",
  imageAlt: "Required with a photo: describe it for readers who cannot see it.",
  draft: "A draft is never shown on the site.",
  aliases: "Earlier addresses of this article (its old slugs), lower-case words joined by hyphens; they lead here.",
  event: "Only for an event: when and where it takes place. Needs a location, an online link, or both.",
  "event.start": "When the event starts: YYYY-MM-DD for a whole day, YYYY-MM-DDTHH:mm with a time (Amsterdam time).",
  "event.end": "When it ends, in the same shape as the start (both with a time, or neither).",
  "event.location": "The place's name, e.g. HSD Campus.",
  "event.address": "The street address of the location.",
  "event.online": "A link to join online (https://...).",
  "event.registration": "Where readers register (https://...).",
  body: "The article's text, in Markdown.",
};

export const THEME_HELP: Readonly<Record<string, string>> = {
  id: "Lower-case words joined by hyphens; articles refer to it. Do not change the id of a theme in use.",
  name: "The theme's name as readers see it.",
  description: "One sentence about the theme.",
  nl: "The Dutch name and description; left empty, the English ones are shown in the Dutch edition.",
};

export const PARTNER_HELP: Readonly<Record<string, string>> = {
  id: "Lower-case words joined by hyphens; articles refer to it. Do not change the id of a partner in use.",
  name: "The organisation's name as readers see it.",
  url: "The organisation's web address (https://...).",
  logo: "A logo under public/, e.g. /partners/vng.svg.",
  nl: "The Dutch name; left empty, the English one is shown in the Dutch edition.",
};
