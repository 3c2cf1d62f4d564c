/**
 * The route folders (src/app/(en), the files at the root of src/app, src/app/(nl)/nl) and the words
 * of the addresses (src/lib/routes.ts) must agree: a folder renamed, or a page added, on one side
 * only is a 404 or a dead link that only a browser test would show. Every folder of a page or file
 * must be an address routes.ts writes, and every address it writes must have its folder. (Whether
 * the front door knows each Dutch folder is dutch-routes.test.ts; the test page list is checked
 * against the folders below.)
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { EDITIONS, type Edition } from "@/lib/editions";
import {
  accessibilityPath,
  articleCalendarPath,
  articlePath,
  articlePhotoPreviewPath,
  articlePreviewImagePath,
  dutchNotFoundDocumentPath,
  eventsCalendarPath,
  EVENTS_LISTING,
  feedPath,
  homePath,
  listingPath,
  logoPath,
  NEWS_LISTING,
  partnerListing,
  partnersPath,
  releasedSearchPath,
  robotsPath,
  searchPath,
  sitemapPath,
  sitePreviewImagePath,
  staticSearchFilePath,
  themeFeedPath,
  themeListing,
  themesPath,
} from "@/lib/routes";
import { nonPagePaths, pageTypes } from "../e2e/support/pages";
import { appDir, isParameter, isPrivate, isRouteGroup, routeFolders } from "./support/app-files";

/** What a slug, an id or a file name is written as in the sample addresses, and a later page's number. */
const NAME = "x-sample-name";
const PAGE_NUMBER = 7;
/** Any one segment of an address (a parameter folder). */
const ANY = "*";

/**
 * Folders with routes that are no address of either edition's words: the editing desk (its own
 * paths, src/admin) and the Dutch edition's catch-all, which answers every other Dutch address
 * with its 404.
 */
const OUTSIDE_THE_WORDS = [/^\/admin(\/|$)/, /^\/nl\/\*$/];

/** Every address routes.ts writes in an edition (and, in the English one, the files both share), with the names and numbers as `*`. */
function addressesIn(edition: Edition): string[] {
  const listings = [NEWS_LISTING, EVENTS_LISTING, themeListing(NAME), partnerListing(NAME)];
  const written = [
    homePath(edition),
    articlePath(edition, NAME),
    articlePreviewImagePath(edition, NAME),
    articleCalendarPath(edition, NAME),
    ...listings.flatMap((listing) => [listingPath(edition, listing), listingPath(edition, listing, PAGE_NUMBER)]),
    themesPath(edition),
    themeFeedPath(edition, NAME),
    partnersPath(edition),
    eventsCalendarPath(edition),
    feedPath(edition, "rss"),
    feedPath(edition, "atom"),
    feedPath(edition, "json"),
    searchPath(edition),
    releasedSearchPath(edition),
    accessibilityPath(edition),
    sitePreviewImagePath(edition),
    ...(edition === "en"
      ? [articlePhotoPreviewPath(NAME), logoPath(), staticSearchFilePath(NAME), sitemapPath(), robotsPath()]
      : [dutchNotFoundDocumentPath()]),
  ];
  return written.map((address) =>
    address
      .split("/")
      .map((segment) => (segment === NAME || segment === String(PAGE_NUMBER) ? ANY : segment))
      .join("/"),
  );
}

/** Next's metadata files at the root of src/app, each a route of its own, and the address it answers. */
const METADATA_FILES = { "sitemap.ts": "/sitemap.xml", "robots.ts": "/robots.txt" };

/** The address each route folder (or metadata file) answers, its parameters as `*`, and the folder it is. */
const folders = routeFolders(appDir)
  .filter((segments) => !segments.some(isPrivate))
  .map((segments) => ({
    folder: `src/app/${segments.join("/")}`,
    address: `/${segments
      .filter((segment) => !isRouteGroup(segment))
      .map((segment) => (isParameter(segment) ? ANY : segment))
      .join("/")}`,
  }))
  .filter(({ address }) => !OUTSIDE_THE_WORDS.some((pattern) => pattern.test(address)))
  .concat(
    Object.entries(METADATA_FILES).flatMap(([file, address]) =>
      fs.existsSync(path.join(appDir, file)) ? [{ folder: `src/app/${file}`, address }] : [],
    ),
  );

const addresses = EDITIONS.flatMap(addressesIn);

/** Whether `path` (without its query) is an address of the pattern, `*` standing for any one segment. */
function matches(pattern: string, path: string): boolean {
  const wanted = pattern.split("/");
  const given = path.split("?")[0].split("/");
  return wanted.length === given.length && wanted.every((segment, at) => segment === ANY || segment === given[at]);
}

describe("the route folders and the words of the addresses agree", () => {
  test("the walk finds both editions' folders", () => {
    expect(folders.map(({ address }) => address)).toEqual(
      expect.arrayContaining(["/", "/news/*", "/events.ics", "/nl", "/nl/nieuws/pagina/*", "/nl/evenementen.ics"]),
    );
  });

  test("every route folder answers an address routes.ts writes", () => {
    expect(
      folders
        .filter(({ address }) => !addresses.includes(address))
        .map(({ folder, address }) => `${folder} answers ${address}, which routes.ts never writes`),
    ).toEqual([]);
  });

  test("every address routes.ts writes has its route folder", () => {
    expect(
      addresses
        .filter((address) => !folders.some((found) => found.address === address))
        .map((address) => `${address} has no route folder under src/app`),
    ).toEqual([]);
  });

  test("every page and file of the test page list (tests/e2e/support/pages.ts) that answers 200 has its route folder", () => {
    const listed = [...pageTypes, ...nonPagePaths]
      .filter(({ status }) => (status ?? 200) === 200)
      .map(({ path }) => path);
    expect(
      listed
        .filter((path) => !folders.some(({ address }) => matches(address, path)))
        .map((path) => `${path} has no route folder under src/app`),
    ).toEqual([]);
  });
});
