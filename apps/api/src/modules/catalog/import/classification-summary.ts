import { documentKinds, type DocumentKind, type ImportRecordReport } from '@motcua/shared';

const kindLabels: Record<DocumentKind, string> = {
  required: 'bắt buộc', conditional: 'theo trường hợp', alternative: 'thay thế (một trong)', optional: 'nếu có', note: 'ghi chú',
};

/** Over an import: lines and records per kind, and the records whose classification should be checked first. */
export function classificationSummary(records: readonly ImportRecordReport[], threshold: number) {
  const classified = records.filter((r) => r.classification);
  const kinds = documentKinds.map((kind) => ({
    kind,
    label: kindLabels[kind],
    lines: classified.reduce((n, r) => n + r.classification!.kinds[kind], 0),
    records: classified.filter((r) => r.classification!.kinds[kind] > 0).length,
  }));
  const under = classified
    .filter((r) => r.classification!.confidence < threshold)
    .map((r) => ({ code: r.code, confidence: r.classification!.confidence, lines: r.classification!.lines, lowLines: r.classification!.lowConfidence.length }))
    .sort((a, b) => a.confidence - b.confidence || b.lines - a.lines);
  return {
    lines: classified.reduce((n, r) => n + r.classification!.lines, 0),
    lowLines: classified.reduce((n, r) => n + r.classification!.lowConfidence.length, 0),
    kinds,
    under,
  };
}
