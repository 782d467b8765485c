"use client";

import { useState } from "react";
import { submitWrite, type WriteResult } from "@/components/edit/submit-write";
import { WriteErrors } from "@/components/edit/WriteErrors";

type Counts = { sources: number; events: number; targets: number };
interface Report {
  dryRun: boolean;
  created: Counts;
  updated: Counts;
  unchanged: Counts;
}

const MAX_BYTES = 10 * 1024 * 1024;

/** CSV when the file is named so or the text does not start like JSON. */
const contentTypeOf = (name: string, text: string) =>
  name.toLowerCase().endsWith(".csv") || !/^\uFEFF?\s*[[{]/.test(text) ? "text/csv" : "application/json";

export function ImportForm() {
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  const [checked, setChecked] = useState<Report | null>(null);
  const [done, setDone] = useState<Report | null>(null);
  const [result, setResult] = useState<WriteResult | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(dryRun: boolean) {
    if (new Blob([text]).size > MAX_BYTES) {
      setResult({ ok: false, status: 413, body: null, message: "The file is over 10 MB: use `npm run import -- FILE` on the server.", issues: [] });
      return;
    }
    setBusy(true);
    const answer = await submitWrite(`/api/import${dryRun ? "?dryRun=1" : ""}`, "POST", text, contentTypeOf(name, text));
    setBusy(false);
    setResult(answer);
    if (!answer.ok) return;
    if (dryRun) setChecked(answer.body as unknown as Report);
    else {
      setDone(answer.body as unknown as Report);
      setChecked(null);
    }
  }

  function reset(nextText: string, nextName: string) {
    setText(nextText);
    setName(nextName);
    setChecked(null);
    setDone(null);
    setResult(null);
  }

  return (
    <div className="edit-form" data-testid="import-form">
      <label>
        File (.json or .csv)
        <input type="file" accept=".json,.csv,application/json,text/csv" onChange={async (e) => { const file = e.target.files?.[0]; if (file) reset(await file.text(), file.name); }} />
      </label>
      <label>
        Or paste it
        <textarea rows={8} value={text} onChange={(e) => reset(e.target.value, name)} spellCheck={false} />
      </label>
      <div className="event-actions">
        <button type="button" className="button" disabled={busy || !text.trim()} onClick={() => send(true)}>
          Check (dry run)
        </button>
        {checked && (
          <button type="button" className="button" disabled={busy} onClick={() => send(false)}>
            Import for real
          </button>
        )}
      </div>
      <WriteErrors result={result} />
      {checked && <ReportTable report={checked} caption="The dry run found no problem. Importing would do this:" />}
      {done && <ReportTable report={done} caption="Imported:" />}
    </div>
  );
}

function ReportTable({ report, caption }: { report: Report; caption: string }) {
  const rows: (keyof Counts)[] = ["sources", "events", "targets"];
  return (
    <table className="data-table" data-testid={report.dryRun ? "dry-run-report" : "import-report"}>
      <caption style={{ textAlign: "left", fontWeight: 600 }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col"></th>
          <th scope="col">Created</th>
          <th scope="col">Updated</th>
          <th scope="col">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((kind) => (
          <tr key={kind}>
            <th scope="row">{kind}</th>
            <td>{report.created[kind]}</td>
            <td>{report.updated[kind]}</td>
            <td>{report.unchanged[kind]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
