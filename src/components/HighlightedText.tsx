import type { HighlightSegment } from "@/content/model";
import styles from "./HighlightedText.module.css";

interface HighlightedTextProps {
  segments: readonly HighlightSegment[];
}

/** Text with the words that matched a search in <mark>; React escapes every piece, so no text becomes markup. */
export function HighlightedText({ segments }: HighlightedTextProps) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.match ? (
          <mark key={i} className={styles.mark}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
