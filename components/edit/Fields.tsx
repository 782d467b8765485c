"use client";

import { PRECISIONS } from "@/lib/dates/precision";

/** A labelled select of fixed choices (kinds, statuses, precisions). */
export function ChoiceField({ label, value, choices, onChange }: { label: string; value: string; choices: readonly string[]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </label>
  );
}

export interface IntervalDraft {
  start: string;
  end: string;
  precision: string;
}

/** The start, end and precision of a date or deadline: calendar days, entered as such. */
export function IntervalFields({ value, onChange, required = false }: { value: IntervalDraft; onChange: (field: keyof IntervalDraft, value: string) => void; required?: boolean }) {
  return (
    <div className="field-row">
      <label>
        Start
        <input type="date" value={value.start} onChange={(e) => onChange("start", e.target.value)} required={required} />
      </label>
      <label>
        End
        <input type="date" value={value.end} onChange={(e) => onChange("end", e.target.value)} required={required} />
      </label>
      <ChoiceField label="Precision" value={value.precision} choices={PRECISIONS} onChange={(v) => onChange("precision", v)} />
    </div>
  );
}
