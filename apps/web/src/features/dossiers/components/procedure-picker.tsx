import type { ProcedureSummary } from '@motcua/shared';
import { AutoComplete, Input } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/i18n';
import { useDeskProcedureSearch } from '../api/search-procedures';

/**
 * The first field of the desk: focused on load, the officer types a code (1.000426) or words of the
 * name without diacritics, moves with the arrow keys and takes one with Enter.
 *
 * Enter is handled here rather than by the list: the list learns which option is highlighted only after it
 * has painted new results, so a fast typist's Enter could otherwise fall into that gap and take nothing. An
 * Enter pressed before the results for the whole text have arrived takes the first of them when they do.
 */
export function ProcedurePicker({ onPick }: { onPick: (procedure: ProcedureSummary) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useDeskProcedureSearch(text);
  // Results of an earlier, shorter text are never offered: a fast Enter after typing a code must take the match
  // for the whole code, not the first result of what was typed a moment before.
  const searching = text.trim().length >= 2;
  const items = searching && !search.isPlaceholderData ? (search.data?.items ?? []) : [];
  const highlighted = useRef<{ text: string; id: string | null }>({ text: '', id: null });
  const [enterPendingFor, setEnterPendingFor] = useState<string | null>(null);

  const pick = (procedure: ProcedureSummary) => {
    setEnterPendingFor(null);
    setText('');
    onPick(procedure);
  };

  useEffect(() => {
    if (enterPendingFor === null || enterPendingFor !== text || search.isPlaceholderData || search.isFetching) return;
    const first = search.data?.items[0];
    if (first) pick(first);
    else setEnterPendingFor(null);
  }, [enterPendingFor, text, search.data, search.isPlaceholderData, search.isFetching]);

  const onEnter = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.stopPropagation();
    const chosen = highlighted.current.text === text ? items.find((item) => item.id === highlighted.current.id) : undefined;
    const target = chosen ?? items[0];
    if (target) pick(target);
    else if (searching) setEnterPendingFor(text);
  };

  return (
    <div onKeyDownCapture={onEnter}>
      <label htmlFor="desk-procedure-search" className="field-label">
        {t('dossiers.desk.procedureLabel')}
      </label>
      <AutoComplete
        id="desk-procedure-search"
        autoFocus
        defaultActiveFirstOption
        value={text}
        onChange={(value: string) => {
          setText(value);
          setEnterPendingFor(null);
        }}
        onActive={(id: string) => {
          highlighted.current = { text, id };
        }}
        onSelect={(id: string) => {
          const procedure = items.find((item) => item.id === id);
          if (procedure) pick(procedure);
        }}
        options={items.map((procedure) => ({
          value: procedure.id,
          label: (
            <div className="desk-procedure-option" data-testid="desk-procedure-option">
              <code>{procedure.code}</code> {procedure.name}
              {procedure.competentAgency ? <div className="muted-text">{procedure.competentAgency}</div> : null}
            </div>
          ),
        }))}
        notFoundContent={searching && !search.isFetching ? t('dossiers.desk.noProcedure') : null}
        popupMatchSelectWidth
        style={{ width: '100%' }}
        data-testid="desk-procedure-search"
      >
        <Input size="large" placeholder={t('dossiers.desk.procedurePlaceholder')} aria-describedby="desk-procedure-help" />
      </AutoComplete>
      <div id="desk-procedure-help" className="muted-text" style={{ marginTop: 4 }}>
        {t('dossiers.desk.procedureHelp')}
      </div>
    </div>
  );
}
