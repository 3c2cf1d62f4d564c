/**
 * The HTML of a page rendered at run time, in a form two renders of the same page share.
 *
 * React streams the page's RSC data inline (`self.__next_f.push([1, "..."])`) and may cut it into
 * rows differently from one render to the next: under load it moves a part of the tree (a footer
 * link, say) into a row of its own, referenced as "$La". What a reader or a crawler can learn from
 * the data is its text, not how it was cut; so the inline data is replaced by the sorted list of
 * its string values, references ("$...") left out. A slug, title or summary that leaked into one
 * render would still show as a string the other lacks.
 */
const RSC_ROW = /<script>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g;
const STRING_VALUE = /"((?:[^"\\]|\\.)*)"/g;

export function comparableHtml(html: string): string {
  const rows: string[] = [];
  const page = html.replace(RSC_ROW, (_, literal: string) => {
    rows.push(JSON.parse(literal) as string);
    return "";
  });
  const values = [...rows.join("").matchAll(STRING_VALUE)]
    .map(([, value]) => value)
    .filter((value) => !value.startsWith("$"));
  return `${page}\n<!-- RSC strings -->\n${values.sort().join("\n")}`;
}
