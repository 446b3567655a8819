"use client";
import { useEffect, useMemo, useState } from "react";
import type { Model } from "@/lib/model";
import { diffReview, reviewSide } from "@/lib/review";
import { useDocument } from "@/lib/store/document";
import { Modal } from "@/components/ui/Modal";
import { DiffSections } from "./DiffSections";
import { PatternNotes } from "./PatternNotes";
import { useFileModel } from "./useFileModel";
import { useReviewBases } from "./useReviewBases";

/**
 * The review: a base version against a changed one, with what changed in entities and
 * patterns, keys and indexes, the pattern → operation mapping and the monthly cost.
 * The changed version is the open model unless a file is chosen, so two files compare too.
 */
export function ReviewDialog({ model, readOnly, onClose }: { model: Model; readOnly: boolean; onClose: () => void }) {
  const bases = useReviewBases(model);
  const baseFile = useFileModel();
  const headFile = useFileModel();
  const [baseKey, setBaseKey] = useState<string>(bases[0]?.key ?? "");
  const documentModel = useDocument((s) => s.model);
  // A newly chosen base file is what the user wants to compare against.
  useEffect(() => {
    if (baseFile.file) setBaseKey("file");
  }, [baseFile.file]);

  const options = baseFile.file ? [{ key: "file", label: `File: ${baseFile.file.name}`, model: baseFile.file.model }, ...bases] : bases;
  const base = options.find((b) => b.key === baseKey) ?? (baseFile.file ? options[0] : undefined);
  const head = headFile.file?.model ?? model;

  const baseModel = base?.model ?? null;
  const baseSide = useMemo(() => (baseModel ? reviewSide(baseModel) : null), [baseModel]);
  const headSide = useMemo(() => reviewSide(head), [head]);
  const diff = useMemo(() => (baseSide ? diffReview(baseSide, headSide) : null), [baseSide, headSide]);
  const editable = !readOnly && headFile.file === null && documentModel === model;

  return (
    <Modal title="Review changes" onClose={onClose} wide>
      <div className="review">
        <div className="row" role="group" aria-label="Base version">
          <label>
            Base version{" "}
            <select aria-label="Base version" value={base?.key ?? ""} onChange={(e) => setBaseKey(e.currentTarget.value)} disabled={options.length === 0}>
              {options.length === 0 && <option value="">No earlier version: choose a file</option>}
              {options.map((b) => (
                <option key={b.key} value={b.key}>
                  {b.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={baseFile.choose}>
            Choose base file
          </button>
          {baseFile.picker("Base model file")}
        </div>
        <div className="row" role="group" aria-label="Changed version">
          <span>
            Changed version: <strong>{headFile.file ? `File: ${headFile.file.name}` : `the open model, ${model.name}`}</strong>
          </span>
          <button type="button" onClick={headFile.choose}>
            Choose changed file
          </button>
          {headFile.file && (
            <button type="button" onClick={() => headFile.setFile(null)}>
              Use the open model
            </button>
          )}
          {headFile.picker("Changed model file")}
        </div>
        {[baseFile.failure, headFile.failure].map((f, i) =>
          f ? (
            <section key={i} role="alert" className="problems">
              <h3>Could not read {f.name}</h3>
              <ul>
                {f.problems.map((p, j) => (
                  <li key={j}>
                    <code>{p.path || "(file)"}</code>: {p.message}
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
        {diff ? <DiffSections diff={diff} /> : <p>Choose a base version to compare against.</p>}
        {editable && <PatternNotes model={model} />}
      </div>
    </Modal>
  );
}
