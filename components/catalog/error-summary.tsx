import { fieldId } from './describe-field';
import type { FieldError } from './request-form-state';

export interface SummaryItem extends FieldError {
  label: string;
}

/** Every problem in one list, each linking to its field, plus messages no field owns. */
export function ErrorSummary(props: { items: readonly SummaryItem[]; messages: readonly string[] }) {
  const total = props.items.length + props.messages.length;
  if (total === 0) return null;
  return (
    <section className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" aria-labelledby="error-summary-heading" data-testid="error-summary">
      <h2 id="error-summary-heading" className="font-semibold">
        {total === 1 ? '1 problem' : `${total} problems`} to fix before submitting
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {props.items.map((item) => (
          <li key={`${item.field}:${item.message}`}>
            <a className="underline" href={`#${fieldId(item.field.split('.'))}`}>
              {item.label}
            </a>
            : {item.message}
          </li>
        ))}
        {props.messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </section>
  );
}
