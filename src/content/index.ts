/**
 * The content, as pages, feeds and tools reach it (`@/content`): this process's catalogue
 * (getCatalogue: what the content holds, the same on every request) and its publication view
 * (getPublicationView: what readers see now), the two classes, and the model's types.
 * Components and src/publish import types from ./model instead: this entry also brings the loader.
 */
export type * from "./model";
export { ContentCatalogue, type CatalogueContent, type CatalogueOptions } from "./catalogue";
export { getCatalogue, getPublicationView, refreshContent } from "./currentIndex";
export { photoPreviewResponse } from "./photos";
export { ContentError } from "./problems";
export { Publication } from "./publication";
export { PublicationView } from "./publicationView";
