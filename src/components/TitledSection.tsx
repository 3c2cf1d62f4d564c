import { createElement, type ReactNode } from "react";

interface TitledSectionProps {
  /** The heading's id: it names the section for assistive technology. */
  id: string;
  title: string;
  /** The placement's own styles, from the CSS Module of the component that places it. */
  className?: string;
  headingClassName?: string;
  /** The blocks under the heading; those that are absent (undefined, null, false) are left out. */
  children: ReactNode;
}

/** A region of a page named by its h2: the blocks under an article and on the home page. */
export function TitledSection({ id, title, className, headingClassName, children }: TitledSectionProps) {
  const heading = (
    <h2 id={id} className={headingClassName}>
      {title}
    </h2>
  );
  // The heading and the blocks side by side, as the section's own children, rather than the blocks as one nested list.
  const blocks = (Array.isArray(children) ? children : [children]).filter(
    (block) => block !== undefined && block !== null && block !== false,
  );
  return createElement("section", { className, "aria-labelledby": id }, heading, ...blocks);
}
