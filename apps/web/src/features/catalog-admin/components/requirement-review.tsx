import { ArrowDownOutlined, ArrowUpOutlined, ScissorOutlined } from '@ant-design/icons';
import { defaultCaseQuestion, documentKinds, type AdminProcedureDetail, type DocumentKind, type ProcedureVariant } from '@motcua/shared';
import { Alert, App, Button, Checkbox, Flex, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { DocumentName } from '@/components/case-questions';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { useSaveVariant } from '../api/save-variant';
import {
  casesOfLines, freeCaseKey, groupAlternatives, markNote, mergeLines, moveLine, reviewLinesOf, setCase, setKind, splitLine, variantBodyWith, type ReviewLine,
} from '../lib/requirement-review';
import { CaseDialog, SplitDialog } from './requirement-dialogs';

type Dialog = { kind: 'case' | 'split'; index: number } | null;

/**
 * One variant's dossier components as a table the control officer corrects line by line; "Lưu" writes the variant
 * back whole through the catalog's variant edit, which makes a new version of the procedure.
 */
export function RequirementReview({ procedure, variant }: { procedure: AdminProcedureDetail; variant: ProcedureVariant }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const save = useSaveVariant();
  const [lines, setLines] = useState<ReviewLine[]>(() => reviewLinesOf(variant));
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [changeNote, setChangeNote] = useState('');
  const [dirty, setDirty] = useState(false);
  const cases = casesOfLines(lines);

  const apply = (next: ReviewLine[]) => {
    setLines(next);
    setSelected([]);
    setDirty(true);
  };
  const toggle = (index: number, on: boolean) => setSelected((current) => (on ? [...current, index].sort((a, b) => a - b) : current.filter((i) => i !== index)));
  const onSave = () => {
    const body = variantBodyWith(variant, lines, procedure.latestVersionNumber, changeNote.trim() || t('requirements.review.pageTitle'));
    save.mutate({ id: procedure.id, key: variant.key, body }, {
      onSuccess: (detail) => void message.success(t('requirements.review.saved', { version: detail.latestVersionNumber })),
    });
  };

  if (lines.length === 0) return <p>{t('requirements.review.empty')}</p>;
  return (
    <div data-testid={`review-variant-${variant.key}`}>
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      <Flex gap={8} wrap align="center" className="review-toolbar">
        <span aria-live="polite">{t('requirements.review.selected', { count: selected.length })}</span>
        <Button disabled={selected.length < 2} onClick={() => apply(groupAlternatives(lines, selected))} data-testid="review-group">{t('requirements.review.makeGroup')}</Button>
        <Button disabled={selected.length !== 2} onClick={() => apply(mergeLines(lines, selected[0]!, selected[1]!))} data-testid="review-merge">{t('requirements.review.merge')}</Button>
      </Flex>
      <div className="review-table-wrap">
        <table className="review-table" data-testid="review-table">
          <thead>
            <tr>
              <th scope="col"><span className="sr-only">{t('requirements.review.select', { index: '' })}</span></th>
              <th scope="col">{t('requirements.review.index')}</th>
              <th scope="col">{t('requirements.review.name')}</th>
              <th scope="col">{t('requirements.review.kind')}</th>
              <th scope="col">{t('requirements.review.case')}</th>
              <th scope="col">{t('requirements.review.alternative')}</th>
              <th scope="col">{t('requirements.review.channels')}</th>
              <th scope="col">{t('requirements.review.groupColumn')}</th>
              <th scope="col">{t('requirements.review.counts')}</th>
              <th scope="col">{t('requirements.review.rule')}</th>
              <th scope="col">{t('requirements.review.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <Row
                key={`${index}-${line.name.slice(0, 40)}`}
                line={line}
                index={index}
                last={index === lines.length - 1}
                selected={selected.includes(index)}
                onSelect={(on) => toggle(index, on)}
                onKind={(kind) => apply(setKind(lines, index, kind))}
                onMove={(delta) => apply(moveLine(lines, index, delta))}
                onDialog={(kind) => setDialog({ kind, index })}
                onNote={() => apply(markNote(lines, index))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <Flex gap={8} wrap align="center" className="review-save">
        <Input
          value={changeNote}
          onChange={(e) => setChangeNote(e.target.value)}
          maxLength={1000}
          placeholder={t('requirements.review.changeNote')}
          aria-label={t('requirements.review.changeNote')}
          style={{ maxWidth: 420 }}
        />
        <Button type="primary" onClick={onSave} loading={save.isPending} disabled={!dirty} data-testid="review-save">{t('requirements.review.save')}</Button>
        <Button onClick={() => { setLines(reviewLinesOf(variant)); setSelected([]); setDirty(false); }} disabled={!dirty}>{t('requirements.review.reset')}</Button>
        {dirty ? <Tag>{t('requirements.review.unsaved')}</Tag> : null}
      </Flex>
      {dialog?.kind === 'case' ? (
        <CaseDialog
          index={dialog.index}
          line={lines[dialog.index]!}
          cases={cases}
          suggestedKey={freeCaseKey(lines)}
          suggestedQuestion={defaultCaseQuestion(lines[dialog.index]!)}
          onSave={(key, question) => { apply(setCase(lines, dialog.index, key, question)); setDialog(null); }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'split' ? (
        <SplitDialog index={dialog.index} line={lines[dialog.index]!} onSplit={(at) => { apply(splitLine(lines, dialog.index, at)); setDialog(null); }} onClose={() => setDialog(null)} />
      ) : null}
      {cases.length > 0 ? <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('requirements.cases.heading')} description={<ul className="plain-list">{cases.map((c) => <li key={c.key}><code>{c.key}</code> — {c.question}</li>)}</ul>} /> : null}
    </div>
  );
}

interface RowProps {
  line: ReviewLine;
  index: number;
  last: boolean;
  selected: boolean;
  onSelect: (on: boolean) => void;
  onKind: (kind: DocumentKind) => void;
  onMove: (delta: -1 | 1) => void;
  onDialog: (kind: 'case' | 'split') => void;
  onNote: () => void;
}

function Row({ line, index, last, selected, onSelect, onKind, onMove, onDialog, onNote }: RowProps) {
  const { t } = useI18n();
  const n = index + 1;
  return (
    <tr data-testid="review-row" data-index={index} data-kind={line.kind} className={selected ? 'is-selected' : undefined}>
      <td><Checkbox checked={selected} onChange={(e) => onSelect(e.target.checked)} aria-label={t('requirements.review.select', { index: n })} data-testid={`review-select-${index}`} /></td>
      <td>{n}</td>
      <td className="review-name"><DocumentName name={line.name} lines={3} /></td>
      <td>
        <Select
          value={line.kind}
          onChange={onKind}
          options={documentKinds.map((kind) => ({ value: kind, label: t(`requirements.kind.${kind}`) }))}
          aria-label={`${t('requirements.review.kind')} ${n}`}
          style={{ width: 140 }}
          data-testid={`review-kind-${index}`}
        />
      </td>
      <td className="review-case">
        {line.kind === 'conditional' ? (
          <Space direction="vertical" size={2}>
            <code data-testid={`review-case-key-${index}`}>{line.caseKey ?? `dong-${n}`}</code>
            <span>{line.caseQuestion ?? defaultCaseQuestion(line)}</span>
            <Button size="small" onClick={() => onDialog('case')} data-testid={`review-edit-case-${index}`}>{t('requirements.review.editCase')}</Button>
          </Space>
        ) : <Button size="small" type="link" onClick={() => onDialog('case')} data-testid={`review-edit-case-${index}`}>{t('requirements.review.editCase')}</Button>}
      </td>
      <td>{line.alternativeGroup ?? ''}</td>
      <td>{line.channels ? line.channels.map((c) => t(`dossiers.channel.${c}`)).join(', ') : t('requirements.review.allChannels')}</td>
      <td>{t(`requirements.group.${line.group}`)}</td>
      <td>{line.originals}/{line.copies}</td>
      <td>{line.classifiedBy ? t('requirements.review.auto', { rule: line.classifiedBy }) : t('requirements.review.edited')}</td>
      <td>
        <Space size={2} wrap>
          <Button size="small" icon={<ArrowUpOutlined aria-hidden />} disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('requirements.review.moveUp', { index: n })} />
          <Button size="small" icon={<ArrowDownOutlined aria-hidden />} disabled={last} onClick={() => onMove(1)} aria-label={t('requirements.review.moveDown', { index: n })} />
          <Button size="small" icon={<ScissorOutlined aria-hidden />} onClick={() => onDialog('split')} aria-label={t('requirements.review.splitTitle', { index: n })} />
          <Button size="small" disabled={line.kind === 'note'} onClick={onNote} data-testid={`review-note-${index}`}>{t('requirements.kind.note')}</Button>
        </Space>
      </td>
    </tr>
  );
}
