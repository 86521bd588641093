import { Fragment } from 'react';

const HTTPS_URL = /(https:\/\/[^\s"'<>]+)/g;

/** Cluster-supplied text rendered as text; only `https:` URLs become links (never javascript:, http:, data:). */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(HTTPS_URL);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} target="_blank" rel="noopener noreferrer nofollow" className="text-indigo-700 underline">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
