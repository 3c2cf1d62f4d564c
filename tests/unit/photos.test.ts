import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatProblem, loadContent } from "@/content/load";
import { checkPhotos, photoPreviewJpeg } from "@/content/photos";
import { isPageImageRequest } from "@/lib/photoAddresses";
import { article, contentWith, removeContentFolders } from "./support/content-fixture";

/** Real image files, made here with sharp, in a public/ folder of the test's own. */
const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "hsd-photos-public-"));
const imagesDir = path.join(publicDir, "images");

async function photo(width: number, height: number, options: { orientation?: number } = {}): Promise<Buffer> {
  // Two colours left and right, so a crop's position can be seen in its pixels.
  const left = await sharp({ create: { width: Math.ceil(width / 2), height, channels: 3, background: "#1d4ed8" } })
    .png()
    .toBuffer();
  const image = sharp({ create: { width, height, channels: 3, background: "#f59e0b" } })
    .composite([{ input: left, left: 0, top: 0 }])
    .jpeg({ quality: 85 });
  return options.orientation ? image.withMetadata({ orientation: options.orientation }).toBuffer() : image.toBuffer();
}

beforeAll(async () => {
  fs.mkdirSync(imagesDir, { recursive: true });
  const write = (name: string, bytes: Buffer | string) => fs.writeFileSync(path.join(imagesDir, name), bytes);
  write("harbour.jpg", await photo(1600, 1000));
  // Stored 1600x1000 on its side, with EXIF orientation 6: upright it is 1000 wide and 1600 high.
  write("upright-phone.jpg", await photo(1600, 1000, { orientation: 6 }));
  write("notes.jpg", "These are the meeting notes, not a photo.\n");
  const whole = await photo(1600, 1000);
  write("cut-off.jpg", whole.subarray(0, Math.floor(whole.length / 2)));
  write(
    "drawing.png",
    '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="red"/></svg>',
  );
  write(
    "animation.jpg",
    await sharp({ create: { width: 1600, height: 1000, channels: 3, background: "#888" } })
      .gif()
      .toBuffer(),
  );
  write("thumbnail.jpg", await photo(400, 300));
  write("panorama.jpg", await photo(3000, 1000));
  // Noise does not compress: a PNG of it is as large as its pixels, here 1400x1400x3 bytes (5.6 MB).
  write(
    "huge.png",
    await sharp(randomBytes(1400 * 1400 * 3), { raw: { width: 1400, height: 1400, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer(),
  );
});

afterAll(() => {
  removeContentFolders();
  fs.rmSync(publicDir, { recursive: true, force: true });
});

function photoArticle(image: string, extra = ""): string {
  return article(`title: A photo\ndate: 2019-03-20\nimage: ${image}\nimageAlt: What the photo shows\n${extra}`);
}

/** Every problem, of the front matter and of the image check, as `npm run check` prints it (path under the folder). */
async function checked(files: Record<string, string>): Promise<string[]> {
  const dir = contentWith(files);
  const content = loadContent(dir, { publicDir });
  const photos = await checkPhotos(content.articles, publicDir);
  return [...content.problems, ...photos.problems]
    .map(formatProblem)
    .map((line) => line.replace(`${path.join(dir, "news")}/`, "").replace(publicDir, "<public>"));
}

describe("the image check opens each local photo and names the file and field of what is wrong", () => {
  test("a good photo passes and the snapshot gets its format, size and a tiny placeholder", async () => {
    const dir = contentWith({
      "a.md": photoArticle("/images/harbour.jpg"),
      "b.md": photoArticle("/images/harbour.jpg"),
    });
    const content = loadContent(dir, { publicDir });
    const { problems, facts } = await checkPhotos(content.articles, publicDir);
    expect(problems).toEqual([]);
    const read = facts.get("/images/harbour.jpg")!;
    expect(read).toMatchObject({ format: "jpeg", width: 1600, height: 1000 });
    expect(read.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(read.placeholder.length).toBeLessThan(400);
    expect(content.articles.every((each) => each.image?.facts === read)).toBe(true);
  });

  test("a phone photo stored on its side is measured upright (EXIF orientation)", async () => {
    const content = loadContent(
      contentWith({ "a.md": photoArticle("/images/upright-phone.jpg", "imageCredit: Jan de Vries") }),
      { publicDir },
    );
    const { facts } = await checkPhotos(content.articles, publicDir);
    expect(facts.get("/images/upright-phone.jpg")).toMatchObject({ width: 1000, height: 1600 });
  });

  test("a file that is not an image", async () => {
    expect(await checked({ "a.md": photoArticle("/images/notes.jpg") })).toEqual([
      'a.md: image: "/images/notes.jpg" is not an image (<public>/images/notes.jpg holds no picture sharp can read): save the photo as a JPEG, PNG, WebP or AVIF file',
    ]);
  });

  test("a truncated image", async () => {
    const [line] = await checked({ "a.md": photoArticle("/images/cut-off.jpg") });
    expect(line).toMatch(
      /^a\.md: image: "\/images\/cut-off\.jpg" is damaged or cut off \(<public>\/images\/cut-off\.jpg: .+\): export the photo again$/,
    );
  });

  test("an SVG drawing or a GIF is not a photo the site shows, whatever its name says", async () => {
    expect(
      await checked({ "a.md": photoArticle("/images/drawing.png"), "b.md": photoArticle("/images/animation.jpg") }),
    ).toEqual([
      'a.md: image: "/images/drawing.png" is an SVG drawing, not a photo the site shows: save it as a JPEG, PNG, WebP or AVIF file',
      'b.md: image: "/images/animation.jpg" is a GIF file, not a photo the site shows: save it as a JPEG, PNG, WebP or AVIF file',
    ]);
    expect(await checked({ "a.md": photoArticle("/images/logo.svg") })).toEqual([
      'a.md: image: "/images/logo.svg" is an SVG drawing; a photo must be a JPEG, PNG, WebP or AVIF file',
    ]);
  });

  test("a missing file", async () => {
    expect(await checked({ "a.md": photoArticle("/images/not-there.jpg") })).toEqual([
      'a.md: image: "/images/not-there.jpg" is not a file under public/ (looked for <public>/images/not-there.jpg): add the photo there, or correct the path',
    ]);
  });

  test("a file name the optimizer would not serve (capitals, spaces, outside /images/)", async () => {
    const lines = await checked({
      "a.md": photoArticle("/images/Harbour.JPG"),
      "b.md": photoArticle("/photos/harbour.jpg"),
    });
    expect(lines).toHaveLength(2);
    for (const line of lines)
      expect(line).toMatch(
        /: image: ".+" is not a photo under public\/images\/: write \/images\/ and a file name of lower-case letters/,
      );
  });

  test("a remote host not on the list, and a remote photo without a credit", async () => {
    expect(
      await checked({
        "a.md": photoArticle("https://images.example.org/x.jpg", "imageCredit: Someone"),
        "b.md": photoArticle("https://www.thehaguesecuritydelta.com/x.jpg"),
      }),
    ).toEqual([
      'a.md: image: "images.example.org" is not a host the site shows photos from; the allowed hosts are www.thehaguesecuritydelta.com, thehaguesecuritydelta.com (or put the file under public/images/)',
      "b.md: imageCredit: is required for a photo from another site: name the photographer or the source, as its owner asks to be credited",
    ]);
  });

  test("a focus that is not two percentages", async () => {
    const lines = await checked({
      "a.md": photoArticle("/images/harbour.jpg", 'imageFocus: "30%"'),
      "b.md": photoArticle("/images/harbour.jpg", 'imageFocus: "120% 40%"'),
      "c.md": photoArticle("/images/harbour.jpg", 'imageFocus: "30% 40%"'),
    });
    expect(lines).toEqual([
      'a.md: imageFocus: "30%" is not two percentages from 0% to 100%, across then down, e.g. "30% 40%" (the middle is "50% 50%")',
      'b.md: imageFocus: "120% 40%" is not two percentages from 0% to 100%, across then down, e.g. "30% 40%" (the middle is "50% 50%")',
    ]);
  });

  test("caption, credit or focus without an image", async () => {
    expect(
      await checked({ "a.md": article("title: A\ndate: 2019-03-20\nimageCaption: A caption\nimageCredit: Someone") }),
    ).toEqual(["a.md: imageCaption: is set but there is no image", "a.md: imageCredit: is set but there is no image"]);
  });

  test("warnings: a photo too small for the article's width, an original over 5 MB", async () => {
    expect(
      await checked({ "a.md": photoArticle("/images/thumbnail.jpg"), "b.md": photoArticle("/images/huge.png") }),
    ).toEqual([
      'warning: a.md: image: "/images/thumbnail.jpg" is 400x300 pixels: narrower than 1280, it looks blurry across the article\'s column on a sharp screen; use a larger original',
      'warning: b.md: image: "/images/huge.png" is 5.6 MB: readers get it resized, but every original stays in the repository; export it at most 5 MB (about 3000 pixels wide at quality 85)',
    ]);
  });

  test("a translation may carry its own alt text and caption, not the credit or focus", async () => {
    const original = photoArticle(
      "/images/harbour.jpg",
      'imageCaption: The harbour\nimageCredit: Jan de Vries\nimageFocus: "30% 40%"',
    );
    const translation = article(
      'title: Een foto\nimageAlt: Wat de foto laat zien\nimageCaption: De haven\nimageCredit: Iemand\nimageFocus: "10% 10%"',
    );
    expect(await checked({ "a.md": original, "a.nl.md": translation })).toEqual([
      "a.nl.md: imageCredit: comes from a.md; remove it here",
      "a.nl.md: imageFocus: comes from a.md; remove it here",
    ]);
    const content = loadContent(
      contentWith({ "a.md": original, "a.nl.md": translation.replace(/imageCredit.*\n|imageFocus.*\n/g, "") }),
      { publicDir },
    );
    expect(content.articles[0].image).toMatchObject({
      caption: "The harbour",
      credit: "Jan de Vries",
      focus: { x: 30, y: 40 },
    });
    expect(content.articles[0].translations?.nl).toMatchObject({
      imageAlt: "Wat de foto laat zien",
      imageCaption: "De haven",
    });
  });
});

describe("the link preview of a photo", () => {
  test("is a 1200x630 JPEG under 200 KB, cut around the focus", async () => {
    // panorama.jpg is blue on its left half, amber on its right: a focus far left shows mostly blue.
    const leftFocused = await photoPreviewJpeg("/images/panorama.jpg", { x: 0, y: 50 }, publicDir);
    const meta = await sharp(leftFocused).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
    expect(leftFocused.length).toBeLessThan(200 * 1024);
    const blueShare = async (jpeg: Buffer) => {
      const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
      let blue = 0;
      for (let i = 0; i < data.length; i += info.channels) if (data[i + 2] > data[i]) blue++;
      return blue / (info.width * info.height);
    };
    expect(await blueShare(leftFocused)).toBeGreaterThan(0.6);
    expect(await blueShare(await photoPreviewJpeg("/images/panorama.jpg", { x: 100, y: 50 }, publicDir))).toBeLessThan(
      0.4,
    );
  });

  test("of a phone photo stored on its side is upright", async () => {
    const jpeg = await photoPreviewJpeg("/images/upright-phone.jpg", undefined, publicDir);
    expect(await sharp(jpeg).metadata()).toMatchObject({ width: 1200, height: 630 });
  });
});

describe("the image optimizer requests the pages make, and no other spelling", () => {
  const request = (query: string) => isPageImageRequest(new URLSearchParams(query));
  const photo = encodeURIComponent("/images/harbour.jpg");

  test("the pages' own requests pass", () => {
    expect(request(`url=${photo}&w=640&q=70`)).toBe(true);
    expect(request(`url=${photo}&w=240&q=70`)).toBe(true);
    expect(request(`url=${encodeURIComponent("https://www.thehaguesecuritydelta.com/images/x.jpg")}&w=1920&q=70`)).toBe(
      true,
    );
  });

  test.each([
    ["a width no page uses", `url=${photo}&w=1000&q=70`],
    ["a width with a leading zero", `url=${photo}&w=0640&q=70`],
    ["another quality", `url=${photo}&w=640&q=75`],
    ["a quality with a leading zero", `url=${photo}&w=640&q=070`],
    ["an extra parameter", `url=${photo}&w=640&q=70&x=1`],
    ["a repeated parameter", `url=${photo}&w=640&w=640&q=70`],
    ["a dot segment", `url=${encodeURIComponent("/images/./harbour.jpg")}&w=640&q=70`],
    ["a double slash", `url=${encodeURIComponent("/images//harbour.jpg")}&w=640&q=70`],
    ["a query on the photo", `url=${encodeURIComponent("/images/harbour.jpg?v=2")}&w=640&q=70`],
    ["capitals", `url=${encodeURIComponent("/images/Harbour.jpg")}&w=640&q=70`],
    ["a page address", `url=${encodeURIComponent("/news/page/1")}&w=640&q=70`],
    ["a host not allowed", `url=${encodeURIComponent("https://images.example.org/x.jpg")}&w=640&q=70`],
    ["an allowed host over http", `url=${encodeURIComponent("http://www.thehaguesecuritydelta.com/x.jpg")}&w=640&q=70`],
    [
      "an allowed host spelt in capitals",
      `url=${encodeURIComponent("https://WWW.thehaguesecuritydelta.com/x.jpg")}&w=640&q=70`,
    ],
  ])("%s is refused", (_name, query) => {
    expect(request(query)).toBe(false);
  });
});
