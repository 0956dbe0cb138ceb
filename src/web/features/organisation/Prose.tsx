import { Fragment } from 'react';
import { paragraphs } from './prose';

/** Free text (a charter, a decision competence) as paragraphs, unwrapped (see `paragraphs`). */
export function Prose({ text }: { text: string }) {
  return (
    <div className="org-prose">
      {paragraphs(text).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <Fragment key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}
