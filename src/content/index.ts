/**
 * The content, as pages, feeds and tools reach it (`@/content`): the content index of this
 * process (getContentIndex), the index itself, and the model's types. Components and
 * src/publish import types from ./model instead: this entry also brings the loader.
 */
export type * from "./model";
export { ContentIndex, type ContentIndexOptions } from "./contentIndex";
export { getContentIndex, refreshContentIndex } from "./currentIndex";
export { photoPreviewResponse } from "./photos";
export { ContentError } from "./problems";
export { Publication } from "./publication";
