// A select inside its label (the label's text is the select's accessible name), one option per
// item: the block the case workbench's forms repeated for factors, ratings, pillars, criteria,
// judgements and versions (case-view.tsx). The option's value is also its key.
import type { ReactNode } from 'react';

export function LabelledSelect<O>({
  label,
  value,
  options,
  onChange,
  optionValue,
  optionLabel,
  optionTitle,
}: {
  label: string;
  value: string | number;
  options: readonly O[];
  /** The chosen option's value, as the select gives it (a string). */
  onChange: (value: string) => void;
  optionValue?: (option: O) => string | number;
  optionLabel?: (option: O) => ReactNode;
  optionTitle?: (option: O) => string;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => {
          // without optionValue the options are the values themselves (strings or numbers)
          const v = optionValue ? optionValue(o) : (o as string | number);
          return (
            <option key={v} value={v} title={optionTitle?.(o)}>
              {optionLabel ? optionLabel(o) : v}
            </option>
          );
        })}
      </select>
    </label>
  );
}
